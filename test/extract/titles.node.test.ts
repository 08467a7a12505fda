import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coHosting, makeTitle, shortName, titleWithPlace } from '../../src/extract/titles.js';
import { findPlaces } from '../../src/extract/places.js';

const obama = { name: 'Barack Obama', role: 'President', country: 'US' };
const mattarella = { name: 'Sergio Mattarella', role: 'President', country: 'IT' };
const wh = { name: 'White House, Washington', nameVi: 'Nhà Trắng', country: 'US' };

test('headline titles in both languages', () => {
  assert.deepEqual(makeTitle({ type: 'meeting', lemma: 'hội đàm', participants: [obama, mattarella], location: wh, summit: null }), {
    en: 'Obama and Mattarella hold talks at the White House',
    vi: 'Obama hội đàm với Mattarella tại Nhà Trắng',
  });
  assert.deepEqual(makeTitle({ type: 'attack', lemma: 'vụ tấn công khủng bố', participants: [], location: { name: 'Paris', country: 'FR' }, summit: null }), {
    en: 'Paris attacks',
    vi: 'Tấn công khủng bố tại Paris',
  });
  assert.equal(shortName('Jean-Yves Le Drian'), 'Le Drian');
  assert.equal(shortName('Recep Tayyip Erdogan'), 'Erdogan');
  // a regnal number is never a name on its own
  assert.equal(shortName('Abdullah II'), 'Abdullah II');
  assert.equal(shortName('Felipe VI'), 'Felipe VI');
  assert.equal(shortName('Nguyễn Xuân Phúc'), 'Nguyễn Xuân Phúc');
});

test('a name the gazetteer also gives shorter from its start is headlined by that form\'s surname ("Tony Tan Keng Yam" → "Tan", "Benigno Aquino III" → "Aquino"), unless that form ends on a title or patronymic', () => {
  assert.equal(shortName('Tony Tan Keng Yam'), 'Tan');
  assert.equal(shortName('Benigno Aquino III'), 'Aquino');
  assert.equal(shortName('Ferdinand Marcos Jr.'), 'Marcos');
  assert.equal(shortName('Carlos Alvarado Quesada'), 'Alvarado');
  assert.equal(shortName('Hassan Sheikh Mohamud'), 'Mohamud');
  assert.equal(shortName('Sabah Al-Ahmad Al-Jaber Al-Sabah'), 'Al-Sabah');
});

test('attack headlines say who did what when the text does, else stay generic', () => {
  const attack = { agent: { code: 'TR', vi: 'Thổ Nhĩ Kỳ' }, object: { en: 'Russian Su-24 jet', vi: 'máy bay Su-24 của Nga' }, border: 'SY' };
  assert.deepEqual(makeTitle({ type: 'attack', lemma: 'bắn hạ', participants: [], location: { name: 'Syria', country: 'SY' }, summit: null, attack }), {
    en: 'Turkey shoots down Russian Su-24 jet near the Syrian border',
    vi: 'Thổ Nhĩ Kỳ bắn hạ máy bay Su-24 của Nga',
  });
  assert.equal(makeTitle({ type: 'attack', lemma: 'vụ đánh bom', participants: [], location: { name: 'Brussels', country: 'BE' }, summit: null, attack: { agent: null, object: null, border: null } }).en, 'Bombing in Brussels');
});

test('a visit that lands at an airport arrives in its city; a venue name stops at a time of day', () => {
  const t = makeTitle({ type: 'visit', lemma: 'tới', participants: [{ name: 'Yoshihide Suga' }], location: { name: 'Noi Bai International Airport, Hanoi', nameVi: 'sân bay quốc tế Nội Bài', country: 'VN' }, summit: null });
  assert.deepEqual(t, { en: 'Suga arrives in Hanoi', vi: 'Suga tới Hà Nội' });
  const venue = findPlaces('Tổng thống Obama tới sân bay quốc tế José Martí chiều Chủ nhật.').map((p) => p.location.name);
  assert.ok(venue.includes('José Martí Airport'), JSON.stringify(venue));
});

test('a joint statement told with one party named agrees with it: "Li issues", "Obama and Xi issue"', () => {
  const li = { name: 'Li Keqiang', role: 'Premier', country: 'CN' };
  const xi = { name: 'Xi Jinping', role: 'President', country: 'CN' };
  assert.equal(makeTitle({ type: 'statement', lemma: 'tuyên bố chung', participants: [li], location: null, summit: null }).en, 'Li issues a joint statement');
  assert.equal(makeTitle({ type: 'statement', lemma: 'tuyên bố chung', participants: [obama, xi], location: null, summit: null }).en, 'Obama and Xi issue a joint statement');
});

test('a headline opens on a capital whatever name leads it; an Arab name is said up to its patronymic; a statement with no one named and no declarer still reads', () => {
  const sisi = { name: 'Abdel Fattah el-Sisi', role: 'President', country: 'EG' };
  const trump = { name: 'Donald Trump', role: 'President', country: 'US' };
  assert.equal(makeTitle({ type: 'meeting', lemma: 'tiếp', participants: [sisi, trump], location: null, summit: null }).en, 'El-Sisi receives Trump');
  assert.equal(makeTitle({ type: 'statement', lemma: 'tuyên bố', participants: [{ name: 'Ursula von der Leyen', role: 'President', country: 'EU' }], location: null, summit: null }).en, 'Von der Leyen issues a statement');
  assert.equal(shortName('Mohammed bin Salman'), 'Mohammed bin Salman');
  assert.equal(shortName('Abdullah bin Zayed Al Nahyan'), 'Abdullah bin Zayed');
  assert.deepEqual(makeTitle({ type: 'statement', lemma: 'công bố', participants: [], location: { name: 'Luxembourg', country: 'LU' }, summit: null }), { en: 'Statement issued in Luxembourg', vi: 'Tuyên bố được đưa ra tại Luxembourg' });
});

test('talks or a signing told with no one named read as English ("Talks held in Astana", not "Leaders holds talks"; "Agreement reached", not " reaches agreement")', () => {
  const astana = { name: 'Astana', country: 'KZ' };
  assert.deepEqual(makeTitle({ type: 'meeting', lemma: 'đàm phán', participants: [], location: astana, summit: null }), { en: 'Talks held in Astana', vi: 'Đàm phán tại Astana' });
  assert.equal(makeTitle({ type: 'agreement', lemma: 'nhất trí', participants: [], location: astana, summit: null }).en, 'Agreement reached in Astana');
  assert.match(makeTitle({ type: 'other', lemma: 'ký', participants: [], location: astana, summit: null }).en, /^Leaders sign /);
});

test('a council session chaired reads as chaired, not as talks ("Phúc chairs an open debate")', () => {
  const phuc = { name: 'Nguyễn Xuân Phúc', role: 'President', country: 'VN' };
  assert.deepEqual(makeTitle({ type: 'meeting', lemma: 'phiên thảo luận mở', participants: [phuc], location: null, summit: null }), { en: 'Nguyễn Xuân Phúc chairs an open debate', vi: 'Nguyễn Xuân Phúc chủ trì phiên thảo luận mở' });
  assert.deepEqual(makeTitle({ type: 'meeting', lemma: 'phiên họp', participants: [phuc], location: { name: 'New York', country: 'US' }, summit: null }).en, 'Nguyễn Xuân Phúc chairs a session in New York');
});

test('a death reads "X dies"', () => {
  assert.deepEqual(makeTitle({ type: 'other', lemma: 'từ trần', participants: [{ name: 'Trần Đại Quang', role: 'President', country: 'VN' }], location: null, summit: null }), { en: 'Trần Đại Quang dies', vi: 'Trần Đại Quang qua đời' });
});

test('namesakes keep their full names ("Moon, Kim Yo-jong and Kim Yong-nam meet"), and a leader touring his own country with someone of no known country visits it with them, not as their guest', () => {
  const moon = { name: 'Moon Jae-in', role: 'President', country: 'KR' };
  const yoJong = { name: 'Kim Yo-jong', role: null, country: 'KP' };
  const yongNam = { name: 'Kim Yong-nam', role: 'President of the Presidium', country: 'KP' };
  assert.equal(makeTitle({ type: 'meeting', lemma: 'gặp', participants: [moon, yoJong, yongNam], location: null, summit: null }).en, 'Moon, Kim Yo-jong and Kim Yong-nam meet');
  const nawaz = { name: 'Nawaz Sharif', role: 'Prime Minister', country: 'PK' };
  const raheel = { name: 'Raheel Sharif', role: null, country: null };
  assert.equal(makeTitle({ type: 'visit', lemma: 'bay tới', participants: [nawaz, raheel], location: { name: 'Quetta', country: 'PK' }, summit: null }).en, 'Nawaz Sharif and Raheel Sharif visit Quetta');
});

test('a Burmese leader\'s name, with no family name, is said in full ("Min Aung Hlaing", "Thein Sein"), or by the form the gazetteer gives ("Suu Kyi")', () => {
  assert.equal(shortName('Min Aung Hlaing'), 'Min Aung Hlaing');
  assert.equal(shortName('Thein Sein'), 'Thein Sein');
  assert.equal(shortName('Aung San Suu Kyi'), 'Suu Kyi');
});

test('an attack at a building is "at the …", and attacks named by a building keep it bare ("White House attacks")', () => {
  assert.equal(makeTitle({ type: 'attack', lemma: 'vụ tấn công', participants: [], location: wh, summit: null }).en, 'Attack at the White House');
  assert.equal(makeTitle({ type: 'attack', lemma: 'vụ tấn công', participants: [], location: { name: 'Paris', country: 'FR' }, summit: null }).en, 'Attack in Paris');
  assert.equal(makeTitle({ type: 'attack', lemma: 'các vụ tấn công', participants: [], location: wh, summit: null }).en, 'White House attacks');
});

test('an attack at a site the text named, not the gazetteer, is "at" it, "on" a bridge, with "the" only for a hotel or a zone', () => {
  const at = (name: string) => makeTitle({ type: 'attack', lemma: 'vụ tấn công', participants: [], location: { name, country: null }, summit: null }).en;
  assert.equal(at('Hayat Hotel, Mogadishu'), 'Attack at the Hayat Hotel');
  assert.equal(at('Shayrat Air Base'), 'Attack at Shayrat Air Base');
  assert.equal(at('Westminster Bridge, London'), 'Attack on Westminster Bridge');
  assert.equal(at('Halle'), 'Attack in Halle');
});

test('an oath taken ("ông Odinga tự tuyên thệ làm …") is headlined as such, not by the name alone', () => {
  const odinga = { name: 'Raila Odinga', role: null, country: 'KE' };
  assert.deepEqual(makeTitle({ type: 'other', lemma: 'tự tuyên thệ', participants: [odinga], location: { name: 'Nairobi', country: 'KE' }, summit: null }), {
    en: 'Odinga takes the oath in Nairobi',
    vi: 'Odinga tuyên thệ tại Nairobi',
  });
});

test('a visit told with no place, placed by another mention ("Suga pays a visit" + Vietnam), is titled with it', () => {
  assert.deepEqual(titleWithPlace({ en: 'Suga pays a visit', vi: 'Suga có chuyến thăm' }, 'visit', { name: 'Vietnam', nameVi: 'Việt Nam', country: 'VN' }), { en: 'Suga visits Vietnam', vi: 'Suga thăm Việt Nam' });
});

test('a recognition ("công nhận") is headlined as one, not as a statement', () => {
  const trump = { name: 'Donald Trump', role: 'President', country: 'US' };
  assert.deepEqual(makeTitle({ type: 'statement', lemma: 'chính thức công nhận', participants: [trump], location: null, summit: null }), { en: 'Trump announces recognition', vi: 'Trump tuyên bố công nhận' });
});

test('a country whose headline name takes "the" keeps it, "in" it ("Modi visits the United Arab Emirates", "talks in the Philippines"), and the Congos are named as headlines name them, not "Congo - Kinshasa"', () => {
  const modi = { name: 'Narendra Modi', role: 'Prime Minister', country: 'IN' };
  const duterte = { name: 'Rodrigo Duterte', role: 'President', country: 'PH' };
  assert.equal(makeTitle({ type: 'visit', lemma: 'thăm', participants: [modi], location: findPlaces('tại Các Tiểu vương quốc Arab Thống nhất')[0].location, summit: null }).en, 'Modi visits the United Arab Emirates');
  assert.equal(makeTitle({ type: 'meeting', lemma: 'hội đàm', participants: [modi, duterte], location: findPlaces('tại Philippines')[0].location, summit: null }).en, 'Modi and Duterte hold talks in the Philippines');
  assert.equal(makeTitle({ type: 'visit', lemma: 'thăm', participants: [modi], location: findPlaces('tại CHDC Congo')[0].location, summit: null }).en, 'Modi visits the Democratic Republic of the Congo');
  assert.equal(makeTitle({ type: 'statement', lemma: 'phát biểu', participants: [modi], location: findPlaces('tại Liên Hợp Quốc')[0].location, summit: null }).en, 'Modi speaks at the United Nations');
});

test('two hosts joined by "và" as the subject of "tiếp" receive guests (not one the other); a guest received ("X được Y tiếp") is no co-host', () => {
  const salman = { name: 'Salman bin Abdulaziz', country: 'SA' };
  const mbs = { name: 'Mohammed bin Salman', country: 'SA' };
  const said = 'Tại Riyadh, Quốc vương Salman bin Abdulaziz và Thái tử Mohammed bin Salman tiếp con trai của Khashoggi là Salah để chia buồn.';
  assert.equal(coHosting([salman, mbs], 'tiếp', said), true);
  assert.deepEqual(makeTitle({ type: 'meeting', lemma: 'tiếp', participants: [salman, mbs], location: null, summit: null, coHosts: true }).en, 'Salman bin Abdulaziz and Mohammed bin Salman receive guests');
  const merkel = { name: 'Angela Merkel', country: 'DE' };
  const macron = { name: 'Emmanuel Macron', country: 'FR' };
  assert.equal(coHosting([macron, merkel], 'tiếp', 'Hôm 16/3, ông Emmanuel Macron và các cố vấn đã được bà Angela Merkel tiếp tại Phủ Thủ tướng.'), false);
  assert.equal(coHosting([merkel, macron], 'tiếp', 'Bà Angela Merkel tiếp ông Emmanuel Macron tại Berlin.'), false);
});
