import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventSpan, formatEventDate, parseIsoDate } from '../../src/timeline/event-span.js';

const ms = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('eventSpan', () => {
  it('a day-precision event is a point covering its day', () => {
    assert.deepEqual(eventSpan({ start: '2016-02-08', precision: 'day' }), { start: ms(2016, 2, 8), end: ms(2016, 2, 9), kind: 'point' });
  });
  it('a multi-day event is a range whose inclusive end day is covered', () => {
    assert.deepEqual(eventSpan({ start: '2016-02-08', end: '2016-02-10', precision: 'day' }), { start: ms(2016, 2, 8), end: ms(2016, 2, 11), kind: 'range' });
  });
  it('a month-precision event is a band across the whole month', () => {
    assert.deepEqual(eventSpan({ start: '2015-09', precision: 'month' }), { start: ms(2015, 9, 1), end: ms(2015, 10, 1), kind: 'band' });
  });
  it('a year-precision event is a band across the whole year, even if start names a day', () => {
    assert.deepEqual(eventSpan({ start: '2017-05-04', precision: 'year' }), { start: ms(2017, 1, 1), end: ms(2018, 1, 1), kind: 'band' });
  });
  it('a day-precision event whose start only names a month is still a band (never claims a day)', () => {
    assert.equal(eventSpan({ start: '2015-09', precision: 'day' })?.kind, 'band');
  });
  it('an unparseable or reversed date gives null', () => {
    assert.equal(eventSpan({ start: 'tháng 9', precision: 'day' }), null);
    assert.equal(eventSpan({ start: '2016-02-10', end: '2016-02-01', precision: 'day' }), null);
  });
  it('parseIsoDate reads YYYY, YYYY-MM and YYYY-MM-DD as local midnights', () => {
    assert.equal(parseIsoDate('2016')?.getTime(), ms(2016, 1, 1));
    assert.equal(parseIsoDate('2016-02')?.getTime(), ms(2016, 2, 1));
    assert.equal(parseIsoDate('02/08/2016'), null);
  });
});

describe('formatEventDate', () => {
  it('writes a day in Vietnamese press style and in English', () => {
    assert.equal(formatEventDate({ start: '2016-02-08', precision: 'day' }, 'vi'), '8 tháng 2 năm 2016');
    assert.equal(formatEventDate({ start: '2016-02-08', precision: 'day' }, 'en'), '8 February 2016');
  });
  it('writes only what is known for month and year precision', () => {
    assert.equal(formatEventDate({ start: '2015-09', precision: 'month' }, 'vi'), 'tháng 9 năm 2015');
    assert.equal(formatEventDate({ start: '2015-09', precision: 'month' }, 'en'), 'September 2015');
    assert.equal(formatEventDate({ start: '2017', precision: 'year' }, 'en'), '2017');
  });
  it('writes a range compactly, naming the month and year once when they are shared', () => {
    assert.equal(formatEventDate({ start: '2016-02-08', end: '2016-02-10', precision: 'day' }, 'en'), '8–10 February 2016');
    assert.equal(formatEventDate({ start: '2016-02-08', end: '2016-02-10', precision: 'day' }, 'vi'), '8–10 tháng 2 năm 2016');
    assert.equal(formatEventDate({ start: '2015-11-30', end: '2015-12-02', precision: 'day' }, 'en'), '30 November – 2 December 2015');
    assert.equal(formatEventDate({ start: '2015-12-30', end: '2016-01-02', precision: 'day' }, 'vi'), '30 tháng 12 năm 2015 – 2 tháng 1 năm 2016');
    assert.equal(formatEventDate({ start: '2015-09', end: '2015-11', precision: 'month' }, 'en'), 'September 2015 – November 2015');
  });
});
