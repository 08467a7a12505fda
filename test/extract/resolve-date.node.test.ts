import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from '../../src/extract/time-expressions.js';
import { resolveTimeExpression, type ResolvedDate } from '../../src/extract/resolve-date.js';

/** Resolves the single expression of `text`. */
function resolve(text: string, documentDate: string | null, previous: ResolvedDate | null = null) {
  const found = findTimeExpressions(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return resolveTimeExpression(found[0], { documentDate, previous });
}

const day = (start: string, over: Partial<ResolvedDate> = {}): ResolvedDate =>
  ({ start, precision: 'day', anchoring: 'absolute', yearInferred: false, ...over });

describe('resolveTimeExpression: calendar dates', () => {
  it('29/2 read in a year without that day is no date (found by the random-input property test)', () => {
    assert.equal(resolve('ngày 29/2', '2015-05-03'), null);
    assert.equal(resolve('ngày 29/2', '2016-05-03')?.start, '2016-02-29');
  });
  it('a full date anchors absolutely and ignores the document date', () => {
    assert.deepEqual(resolve('ngày 5/9/2013', '2015-11-16'), day('2013-09-05'));
  });
  it('a day/month takes the document year when that is not after the document date', () => {
    assert.deepEqual(resolve('ngày 8/2', '2016-02-09'), day('2016-02-08', { anchoring: 'document', yearInferred: true }));
  });
  it('an article of 5 Jan 2016 saying "ngày 20/12" means 20 Dec 2015', () => {
    assert.equal(resolve('ngày 20/12', '2016-01-05')?.start, '2015-12-20');
  });
  it('a few days after the document date is an announced event of the same year', () => {
    assert.equal(resolve('ngày 10/1', '2016-01-05')?.start, '2016-01-10');
  });
  it('"ngày 20/12 tới" in January is the coming December', () => {
    assert.equal(resolve('ngày 20/12 tới', '2016-01-05')?.start, '2016-12-20');
  });
  it('with only the document year known, a day/month takes that year', () => {
    assert.deepEqual(resolve('hôm 13/11', '2015'), day('2015-11-13', { anchoring: 'document', yearInferred: true }));
  });
  it('"tháng 9" in a November article is September of that year, at month precision', () => {
    assert.deepEqual(resolve('vào tháng 9', '2016-11-20'), { start: '2016-09', precision: 'month', anchoring: 'document', yearInferred: true });
  });
  it('"tháng 12" in a November article is the December before', () => {
    assert.equal(resolve('vào tháng 12', '2016-11-20')?.start, '2015-12');
  });
  it('"cuối năm 2015" has at most year precision, keeps its part and anchors absolutely', () => {
    assert.deepEqual(resolve('cuối năm 2015', '2016-02-08'), { start: '2015', precision: 'year', anchoring: 'absolute', yearInferred: false, part: 'late' });
  });
  it('"cuối tháng 11" is a month with part late', () => {
    assert.deepEqual(resolve('cuối tháng 11', '2015-12-02'), { start: '2015-11', precision: 'month', anchoring: 'document', yearInferred: true, part: 'late' });
  });
  it('"7/12 năm ngoái" is day precision in the year before the document', () => {
    assert.deepEqual(resolve('ngày 7/12 năm ngoái', '2016-02-08'), day('2015-12-07', { anchoring: 'document' }));
  });
  it('"15-16/11" resolves to an inclusive range', () => {
    assert.deepEqual(resolve('15-16/11', '2015-11-17'), day('2015-11-15', { end: '2015-11-16', anchoring: 'document', yearInferred: true }));
  });
  it('a range across the new year ends in the next year', () => {
    assert.equal(resolve('từ 30/12 đến 2/1', '2016-01-05')?.end, '2016-01-02');
  });
  it('a weekday stated with the date picks the year it fits: "thứ Bảy (7/2)" near 1 Feb 2016 is 2015', () => {
    assert.equal(resolve('hôm thứ Bảy (7/2)', '2016-02-01')?.start, '2015-02-07');
    assert.equal(resolve('Chủ nhật (7/2)', '2016-02-01')?.start, '2016-02-07');
  });
  it('without a document date a day/month stays unresolved rather than invented', () => {
    assert.equal(resolve('ngày 8/2', null), null);
    assert.equal(resolve('tháng 9', null), null);
  });
});

describe('resolveTimeExpression: relative expressions', () => {
  const doc = '2016-02-10'; // a Wednesday
  const cases: Array<[string, Partial<ResolvedDate>]> = [
    ['hôm nay', { start: '2016-02-10', precision: 'day' }],
    ['hôm qua', { start: '2016-02-09', precision: 'day' }],
    ['ngày mai', { start: '2016-02-11', precision: 'day' }],
    ['năm ngoái', { start: '2015', precision: 'year' }],
    ['năm nay', { start: '2016', precision: 'year' }],
    ['năm tới', { start: '2017', precision: 'year' }],
    ['tháng trước', { start: '2016-01', precision: 'month' }],
    ['tuần trước', { start: '2016-02-01', end: '2016-02-07', precision: 'day' }],
    ['giữa năm', { start: '2016', precision: 'year', part: 'mid' }],
    ['3 ngày trước', { start: '2016-02-07', precision: 'day' }],
    ['hôm thứ Hai', { start: '2016-02-08', precision: 'day' }],
    ['thứ Sáu tuần trước', { start: '2016-02-05', precision: 'day' }],
  ];
  for (const [text, want] of cases) {
    it(`"${text}" in an article of ${doc} is ${want.start}`, () => {
      const got = resolve(`${text}, ông nói`, doc);
      assert.ok(got);
      assert.equal(got.anchoring, 'document');
      for (const [k, v] of Object.entries(want)) assert.equal(got[k as keyof ResolvedDate], v, k);
    });
  }
  it('"hôm qua" against a month-only document date claims no day', () => {
    assert.deepEqual(resolve('hôm qua', '2016-02'), { start: '2016-02', precision: 'month', anchoring: 'document', yearInferred: false, qualifier: 'approximate' });
  });
  it('"năm ngoái" with no document date is null', () => {
    assert.equal(resolve('năm ngoái', null), null);
  });
  it('"Cùng ngày" takes the previous event\'s date and precision', () => {
    assert.deepEqual(resolve('Cùng ngày', doc, day('2016-02-08', { anchoring: 'document', yearInferred: true })), day('2016-02-08', { anchoring: 'previous', yearInferred: true }));
  });
  it('"Trước đó" and "Vài giờ trước đó" are on or before the previous date, no more precise', () => {
    const prev: ResolvedDate = { start: '2015-11', precision: 'month', anchoring: 'absolute', yearInferred: false };
    for (const text of ['Trước đó', 'Vài giờ trước đó']) {
      assert.deepEqual(resolve(text, null, prev), { start: '2015-11', precision: 'month', anchoring: 'previous', yearInferred: false, qualifier: 'on-or-before' });
    }
  });
  it('"hôm sau" is the day after the previous event', () => {
    assert.equal(resolve('hôm sau', null, day('2015-11-30'))?.start, '2015-12-01');
  });
  it('"Cùng ngày" with no previous event is null', () => {
    assert.equal(resolve('Cùng ngày', doc, null), null);
  });
});
