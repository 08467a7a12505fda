import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticlePeople, LEADERS, holderOf, personKey } from '../../src/extract/people.js';
import { inferDocumentDate } from '../../src/extract/document-date.js';
import { actingLeaders, formerLeaders, titlePattern } from '../../src/extract/leader-evidence.js';
import { isIsoDate } from '../../src/events-schema.js';
import { shortName } from '../../src/extract/titles.js';
const names = (ms: { person: { name: string } }[]) => ms.map((m) => m.person.name);

// The leaders gazetteer (src/extract/knowledge/leaders.json) is data: these checks keep it
// well-formed as it grows, and show that what was added is used.

const forms = (l: (typeof LEADERS)[number]) => [l.name, ...l.aliases, ...(l.vi ?? [])];

test('leaders gazetteer: every entry has a name, terms of office with ISO dates in order, and a Wikipedia source', () => {
  assert.ok(LEADERS.length >= 400, `only ${LEADERS.length} leaders`);
  for (const l of LEADERS) {
    assert.ok(l.name.trim() === l.name && l.name.length > 1, `name ${JSON.stringify(l.name)}`);
    assert.ok(Array.isArray(l.aliases), `${l.name}: aliases`);
    assert.match(l.source, /^https:\/\/en\.wikipedia\.org\/wiki\/\S+$/, `${l.name}: source`);
    assert.ok(l.terms.length > 0, `${l.name}: no terms`);
    // a birth date (or year) before the first office, for ages stated with the name
    if (l.born !== undefined) {
      assert.ok(isIsoDate(l.born) && (l.born.length === 4 || l.born.length === 10), `${l.name}: born ${l.born}`);
      assert.ok(+l.born.slice(0, 4) >= 1900 && l.born < l.terms[0].from, `${l.name}: born ${l.born}`);
    }
    for (const t of l.terms) {
      assert.ok(t.role.trim().length > 0, `${l.name}: role`);
      assert.match(t.country, /^[A-Z]{2,6}$/, `${l.name}: country ${t.country}`);
      assert.ok(isIsoDate(t.from) && t.from.length === 10, `${l.name}: from ${t.from}`);
      if (t.to !== null) {
        assert.ok(isIsoDate(t.to) && t.to.length === 10, `${l.name}: to ${t.to}`);
        assert.ok(t.from <= t.to, `${l.name}: ${t.role} ${t.from} after ${t.to}`);
      }
    }
  }
});

test('leaders gazetteer: no two people share a name, an alias or a Vietnamese form, and a title-only short form is nobody else\'s name', () => {
  const owner = new Map<string, string>();
  const keys = new Set<string>();
  for (const l of LEADERS) {
    assert.ok(!keys.has(personKey(l.name)), `${l.name} is in the gazetteer twice`);
    keys.add(personKey(l.name));
    for (const f of new Set(forms(l))) {
      assert.ok(!owner.has(f) || owner.get(f) === l.name, `"${f}" names both ${owner.get(f)} and ${l.name}`);
      owner.set(f, l.name);
    }
  }
  for (const l of LEADERS) for (const f of l.titled ?? []) assert.ok(!owner.has(f) || owner.get(f) === l.name, `"${f}" (title-only for ${l.name}) names ${owner.get(f)}`);
});

test('leaders gazetteer: forms start with a capital or a name particle, so none is an ordinary lower-case word', () => {
  for (const l of LEADERS) {
    for (const f of [...forms(l), ...(l.titled ?? [])]) {
      assert.ok(f.trim() === f && f.length >= 2, `${l.name}: form ${JSON.stringify(f)}`);
      assert.match(f, /^(?:\p{Lu}|(?:le|la|de|del|da|di|du|van|von|der|al|el|bin)[ -])/u, `${l.name}: form "${f}"`);
    }
  }
});

test('leaders gazetteer: an office held by one person at a time has one holder on any day (handover days aside)', () => {
  // offices held by several people at once
  const plural = /deputy|vice premier|spokesperson|senator|press secretary|member of/i;
  const byOffice = new Map<string, { name: string; from: string; to: string }[]>();
  for (const l of LEADERS) {
    for (const t of l.terms) {
      if (plural.test(t.role)) continue;
      const k = `${t.role}|${t.country}`;
      byOffice.set(k, [...(byOffice.get(k) ?? []), { name: l.name, from: t.from, to: t.to ?? '9999-12-31' }]);
    }
  }
  for (const [office, terms] of byOffice) {
    terms.sort((a, b) => (a.from < b.from ? -1 : 1));
    for (let i = 1; i < terms.length; i++) {
      const [a, b] = [terms[i - 1], terms[i]];
      if (a.name !== b.name) assert.ok(b.from >= a.to, `${office}: ${a.name} (${a.from}..${a.to}) and ${b.name} (from ${b.from})`);
    }
  }
  // so an office named without a name resolves on a date
  assert.equal(holderOf('Foreign Minister', 'GB', '2019-03-05')?.name, 'Jeremy Hunt');
  assert.equal(holderOf('Foreign Minister', 'KP', '2018-06-12')?.name, 'Ri Yong-ho');
  assert.equal(holderOf('Defence Minister', 'VN', '2017-05-01')?.name, 'Ngô Xuân Lịch');
  assert.equal(holderOf('President', 'IN', '2019-01-01')?.name, 'Ram Nath Kovind');
});

test('leaders gazetteer: Vietnamese forms and offices of the added leaders are recognised in a sentence', () => {
  const p = new ArticlePeople();
  const got = p.inSentence('Chủ tịch Quốc hội Trung Quốc Lật Chiến Thư tiếp Thủ tướng Campuchia Hun Xen và Ngoại trưởng Indonesia Retno Marsudi.', '2019-03-05');
  assert.deepEqual(got.map((m) => [m.text, m.person.name, m.person.country, m.person.nameVi ?? null]), [
    ['Lật Chiến Thư', 'Li Zhanshu', 'CN', 'Lật Chiến Thư'],
    ['Hun Xen', 'Hun Sen', 'KH', 'Hun Xen'],
    ['Retno Marsudi', 'Retno Marsudi', 'ID', null],
  ]);
  // a first name that is also another leader's alias is not that leader when a surname follows
  const aoun = new ArticlePeople().inSentence('Ông Macron hội đàm với Tổng thống Liban Michel Aoun.', '2020-08-06');
  assert.deepEqual(aoun.map((m) => m.person.name), ['Emmanuel Macron', 'Michel Aoun']);
});

test('leaders gazetteer: the terms of the foreign ministers named date an article without a header', () => {
  // Hunt was Foreign Secretary from July 2018 to July 2019: a 5 March with him in office is 2019
  const d = inferDocumentDate('Ngày 5/3, Ngoại trưởng Anh Jeremy Hunt hội đàm với người đồng cấp Triều Tiên Ri Yong-ho tại London.', { leaders: [...LEADERS] });
  assert.equal(d.published, '2019-03-05');
  assert.match(d.publishedBasis ?? '', /Jeremy Hunt is named as Foreign Minister/);
  // "Michel Aoun" is not Charles Michel, President of the European Council
  const b = inferDocumentDate('Ngày 6/8, Tổng thống Pháp Emmanuel Macron hội đàm với Tổng thống Liban Michel Aoun tại Beirut.', { leaders: [...LEADERS] });
  assert.doesNotMatch(b.publishedBasis ?? '', /Charles Michel/);
});

test('leaders gazetteer: headlines name the added leaders as the press does', () => {
  // pinyin names open with the family name; Cambodian two-word names are said in full
  assert.equal(shortName('Wang Qishan'), 'Wang');
  assert.equal(shortName('Li Zhanshu'), 'Li');
  assert.equal(shortName('Hun Sen'), 'Hun Sen');
  assert.equal(shortName('Hun Manet'), 'Hun Manet');
  // Hong Kong and Taiwan names written given name first, or with a hyphenated given name
  assert.equal(shortName('Carrie Lam'), 'Lam');
  assert.equal(shortName('John Lee'), 'Lee');
  assert.equal(shortName('Lai Ching-te'), 'Lai');
  assert.equal(shortName('Ri Yong-ho'), 'Ri');
  assert.equal(shortName('Jeremy Hunt'), 'Hunt');
  assert.equal(shortName('Mohamed bin Zayed'), 'Mohamed bin Zayed');
});

test('a late or former leader ("Cố Quốc vương", "cựu Tổng thống") is not in office when the article is written, but was before it', () => {
  const late = 'Cố Quốc vương Sheikh Sabah Al-Ahmad Al-Sabah từng nhiều lần làm trung gian.';
  assert.deepEqual(actingLeaders(late, [...LEADERS]), []);
  assert.deepEqual(formerLeaders(late, [...LEADERS]).map((a) => `${a.name} ${a.to}`), ['Sabah Al-Ahmad Al-Jaber Al-Sabah 2020-09-29']);
  assert.deepEqual(formerLeaders('Cựu Tổng thống Mỹ Barack Obama phát biểu.', [...LEADERS]).map((a) => a.name), ['Barack Obama']);
  assert.deepEqual(formerLeaders('Tổng thống Mỹ Barack Obama phát biểu.', [...LEADERS]), []);
  // the writing is after the term: "cố Chủ tịch nước Trần Đại Quang" rules out the years before 2018
  const r = inferDocumentDate('Hồi tháng 3, cố Chủ tịch nước Trần Đại Quang đã thăm Ấn Độ. Hôm 19/11, hai bên hội đàm; năm 2017 hai nước ký hiệp định.', { leaders: [...LEADERS] });
  assert.equal(r.published?.slice(0, 4), '2018');
});

test('offices of their own tell a leader named in office: State Counsellor, Supreme Leader, the National Assembly\'s chair, the presidents of the European Commission and Council', () => {
  const title = (role: string, text: string) => titlePattern(role)?.test(text) ?? false;
  assert.ok(title('State Counsellor', 'Cố vấn Nhà nước Aung San Suu Kyi'));
  assert.ok(title('Supreme Leader', 'Lãnh tụ tối cao Iran Ali Khamenei'));
  assert.ok(title('Chairman of the National Assembly', 'Chủ tịch Quốc hội Vương Đình Huệ'));
  assert.ok(title('President of the European Commission', 'Chủ tịch Ủy ban châu Âu Ursula von der Leyen'));
  assert.ok(!title('President of the European Commission', 'Chủ tịch Hội đồng châu Âu Charles Michel'));
  assert.ok(title('President of the European Council', 'Chủ tịch Hội đồng châu Âu Charles Michel'));
  // (a president of a country is not the Commission's)
  assert.ok(!title('President', 'Chủ tịch Ủy ban châu Âu Ursula von der Leyen'));
});

test('the gazetteer knows the heads of state and government of smaller states too, by their press names ("Farmajo", "Kiir", "Keïta")', () => {
  const people = new ArticlePeople();
  assert.deepEqual(names(people.inSentence('Tổng thống Somalia Mohamed Abdullahi Farmajo tuyên bố quốc tang ba ngày.', '2017-10-15')), ['Mohamed Abdullahi Mohamed']);
  assert.deepEqual(names(new ArticlePeople().inSentence('Ông Kiir và ông Keïta đã gặp nhau tại Addis Ababa.', '2016-07-10')).sort(), ['Ibrahim Boubacar Keïta', 'Salva Kiir']);
});

test("a UN envoy or a state's ambassador to the UN named in office dates an article: \"Đặc phái viên Liên Hợp Quốc về Yemen Martin Griffiths\", \"Đại sứ Anh tại Liên Hợp Quốc Karen Pierce\"", () => {
  const acting = (text: string) => actingLeaders(text, [...LEADERS]).map((a) => `${a.name} ${a.role}`);
  assert.deepEqual(acting('Đặc phái viên Liên Hợp Quốc về Yemen Martin Griffiths dự kiến chủ trì vòng tham vấn.'), ['Martin Griffiths UN Special Envoy for Yemen']);
  assert.deepEqual(acting('Đại sứ Anh tại Liên Hợp Quốc Karen Pierce cho biết.'), ['Karen Pierce Ambassador to the UN']);
  assert.deepEqual(acting('Đại sứ Mỹ tại LHQ Nikki Haley phát biểu.'), ['Nikki Haley Ambassador to the UN']);
  // an ambassador elsewhere is not the one at the UN
  assert.deepEqual(acting('Đại sứ Anh tại Mỹ Karen Pierce cho biết.'), []);
  // Pierce and Griffiths in office from March 2018, Haley until December 2018: a 10 August is 2018
  const d = inferDocumentDate('Ngày 10/8, Đại sứ Anh tại Liên Hợp Quốc Karen Pierce cho biết Hội đồng Bảo an quan ngại. Đặc phái viên Liên Hợp Quốc về Yemen Martin Griffiths kêu gọi hai bên kiềm chế, còn Đại sứ Mỹ tại Liên Hợp Quốc Nikki Haley im lặng.', { leaders: [...LEADERS] });
  assert.equal(d.published, '2018-08-10');
});

test('a leader named in a sentence whose time counts from the one before ("Khi đó, …", "… sáng hôm sau"), back to a year written out, held the office then, not when the article was written', () => {
  const acting = (text: string) => actingLeaders(text, [...LEADERS]).map((a) => `${a.name} ${a.role}`);
  const told = 'Chiến dịch là cuộc đột kích lớn nhất kể từ đêm 26/10/2019, khi lực lượng Delta tấn công nơi ẩn náu của Baghdadi. Khi đó, Baghdadi tự kích nổ áo bom. Tổng thống Donald Trump công bố cái chết của Baghdadi tại Nhà Trắng sáng hôm sau.';
  assert.deepEqual(acting(told), []);
  // (a new paragraph starts afresh)
  assert.deepEqual(acting('Năm 2019, Baghdadi bị tiêu diệt.\nTổng thống Donald Trump công bố cái chết của Baghdadi tại Nhà Trắng sáng hôm sau.').some((a) => a.startsWith('Donald Trump')), true);
});

test('a leader named in a clause comparing with an earlier occasion ("khác hẳn cách ông Modi … ra đón Tổng thống Mỹ Barack Obama") held the office then; Trudeau\'s 2018 visit to India is known', () => {
  const acting = (text: string) => actingLeaders(text, [...LEADERS]).map((a) => a.name);
  assert.ok(!acting('Người ra sân bay đón ông chỉ là một quốc vụ khanh, khác hẳn cách ông Modi phá lệ đích thân ra đón Tổng thống Mỹ Barack Obama.').includes('Barack Obama'));
  const d = inferDocumentDate('Thủ tướng Canada Justin Trudeau tới New Delhi tối 17/2. Hôm 21/2, ông Trudeau tới thành phố Amritsar thăm Đền Vàng, nơi linh thiêng nhất của đạo Sikh. Ngoại trưởng Chrystia Freeland tháp tùng ông. Lễ đón ông Trudeau diễn ra sáng 23/2, khác hẳn cách ông Modi ra đón Tổng thống Mỹ Barack Obama.', { leaders: [...LEADERS] });
  assert.equal(d.published?.slice(0, 4), '2018', d.publishedBasis ?? '');
});
