import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, placeByName } from '../../src/extract/places.js';
import { COUNTRY_CODES } from '../../src/extract/countries.js';
import placesData from '../../src/extract/knowledge/places.json' with { type: 'json' };

interface Entry { name: string; forms: string[]; country: string | null; kind: string; source: string; except?: string[] }
const PLACES = placesData as Entry[];
/** The English name of the gazetteer place `text` finds first. */
const first = (text: string) => findPlaces(text)[0]?.location.name;

test('buildings, cities and countries, with locative cue', () => {
  const p = findPlaces('cuộc gặp tại Nhà Trắng, trước thềm G20 ở thành phố Antalya của Thổ Nhĩ Kỳ');
  assert.deepEqual(p.map((x) => [x.location.name, x.kind, x.locative]), [
    ['White House, Washington', 'building', true],
    ['Antalya', 'city', true],
    ['Turkey', 'country', false],
  ]);
  assert.equal(p[0].location.nameVi, 'Nhà Trắng');
});

test('placeByName: a place known from other data (a summit host city) with its Vietnamese form', () => {
  assert.deepEqual(placeByName('Hangzhou'), { name: 'Hangzhou', nameVi: 'Hàng Châu', country: 'CN' });
  assert.equal(placeByName('Saint Petersburg')?.name, 'St. Petersburg');
  assert.equal(placeByName('Atlantis'), null);
});

test('gazetteer shape: every entry sourced, a real country code, one entry per form, no country name taken', () => {
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const names = new Set<string>();
  const owner = new Map<string, string>();
  for (const p of PLACES) {
    assert.ok(p.name && !names.has(p.name), `name ${p.name} present and unique`);
    names.add(p.name);
    assert.match(p.source, /^https:\/\/(?:en|vi)\.wikipedia\.org\/wiki\/\S+$/u, `${p.name}: a Wikipedia source`);
    assert.ok(p.kind === 'building' || p.kind === 'city', `${p.name}: kind ${p.kind}`);
    assert.ok(p.country === null || (/^[A-Z]{2}$/.test(p.country) && regions.of(p.country) !== undefined), `${p.name}: country ${p.country}`);
    assert.ok(p.forms.length > 0, `${p.name}: has forms`);
    for (const f of p.forms) {
      assert.equal(f, f.trim().normalize('NFC'), `${p.name}: form "${f}" trimmed, NFC`);
      assert.ok(!owner.has(f), `form "${f}" of ${p.name} is also a form of ${owner.get(f)}`);
      owner.set(f, p.name);
      // a city-state's name is both; any other country name stays with countries.ts
      if (COUNTRY_CODES.has(f)) assert.ok(['Singapore', 'Luxembourg'].includes(f), `form "${f}" of ${p.name} is a country name`);
    }
    for (const x of p.except ?? []) assert.ok(p.forms.some((f) => x.includes(f)), `${p.name}: exception "${x}" holds one of its forms`);
  }
  assert.ok(PLACES.length >= 380, 'capitals, summit cities and venues of diplomacy');
});

test('Vietnamese spellings of world capitals, press transliterations included', () => {
  const cases: [string, string][] = [
    ['Moskva', 'Moscow'], ['Mát-xcơ-va', 'Moscow'], ['Mátxcơva', 'Moscow'], ['Oa-sinh-tơn', 'Washington'], ['Niu Oóc', 'New York'],
    ['Tô-ky-ô', 'Tokyo'], ['Xơ-un', 'Seoul'], ['Pa-ri', 'Paris'], ['Béc-lin', 'Berlin'], ['Luân Đôn', 'London'], ['Niu Đê-li', 'New Delhi'],
    ['Gia-các-ta', 'Jakarta'], ['Băng Cốc', 'Bangkok'], ['Ma-ni-la', 'Manila'], ['Phnôm Pênh', 'Phnom Penh'], ['Cu-a-la Lăm-pơ', 'Kuala Lumpur'],
    ['Xin-ga-po', 'Singapore'], ['Tê-hê-ran', 'Tehran'], ['Bát-đa', 'Baghdad'], ['Đa-mát', 'Damascus'], ['Ri-át', 'Riyadh'], ['Đô-ha', 'Doha'],
    ['An-ca-ra', 'Ankara'], ['I-xtan-bun', 'Istanbul'], ['Ki-ép', 'Kyiv'], ['Kiev', 'Kyiv'], ['Véc-xai', 'Versailles'], ['La Hay', 'The Hague'],
    ['Crưm', 'Crimea'], ['Đôn-bát', 'Donbas'], ['Donbass', 'Donbas'], ['Va-ti-căng', 'Vatican City'], ['Bruxelles', 'Brussels'],
  ];
  for (const [vi, en] of cases) assert.equal(first(`cuộc gặp tại ${vi} hôm qua`), en, vi);
});

test('Chinese, Taiwanese and Korean places in their Sino-Vietnamese forms', () => {
  const cases: [string, string, string][] = [
    ['Quảng Châu', 'Guangzhou', 'CN'], ['Thâm Quyến', 'Shenzhen', 'CN'], ['Thiên Tân', 'Tianjin', 'CN'], ['Thanh Đảo', 'Qingdao', 'CN'],
    ['Trùng Khánh', 'Chongqing', 'CN'], ['Thành Đô', 'Chengdu', 'CN'], ['Tây An', "Xi'an", 'CN'], ['Đại Liên', 'Dalian', 'CN'],
    ['Côn Minh', 'Kunming', 'CN'], ['Nam Kinh', 'Nanjing', 'CN'], ['Phúc Châu', 'Fuzhou', 'CN'], ['Bác Ngao', 'Boao', 'CN'],
    ['Hạ Môn', 'Xiamen', 'CN'], ['Tân Cương', 'Xinjiang', 'CN'], ['Đài Bắc', 'Taipei', 'TW'], ['Cao Hùng', 'Kaohsiung', 'TW'],
    ['Ma Cao', 'Macau', 'MO'], ['Bình Nhưỡng', 'Pyongyang', 'KP'], ['Bàn Môn Điếm', 'Panmunjom', 'KR'],
  ];
  for (const [vi, en, cc] of cases) {
    const p = findPlaces(`Ông tới ${vi} chiều 3/8`)[0];
    assert.deepEqual([p?.location.name, p?.location.country, p?.locative], [en, cc, true], vi);
  }
});

test('venues of diplomacy in Hanoi and abroad', () => {
  const cases: [string, string][] = [
    ['Nhà khách Chính phủ', 'State Guest House, Hanoi'], ['Trung tâm Hội nghị Quốc gia', 'National Convention Center, Hanoi'],
    ['Nhà Quốc hội', 'National Assembly House, Hanoi'], ['Hội trường Diên Hồng', 'Dien Hong Hall, National Assembly House, Hanoi'],
    ['Dinh Độc Lập', 'Independence Palace, Ho Chi Minh City'], ['sân bay quốc tế Nội Bài', 'Noi Bai International Airport, Hanoi'],
    ['khách sạn Sofitel Legend Metropole', 'Sofitel Legend Metropole Hanoi'], ['Nhà khách Quốc gia Điếu Ngư Đài', 'Diaoyutai State Guesthouse, Beijing'],
    ['Cung điện Buckingham', 'Buckingham Palace, London'], ['cung điện Versailles', 'Palace of Versailles'], ['Điện Bellevue', 'Bellevue Palace, Berlin'],
    ['Phủ Thủ tướng Đức', 'Federal Chancellery, Berlin'], ['Điện Quirinale', 'Quirinal Palace, Rome'], ['Cung điện Akasaka', 'Akasaka Palace, Tokyo'],
    ['Văn phòng Thủ tướng Nhật Bản', "Prime Minister's Official Residence, Tokyo"], ['Phòng Bầu dục', 'Oval Office, White House, Washington'],
    ['Đồi Capitol', 'United States Capitol, Washington'], ['trụ sở NATO', 'NATO headquarters, Brussels'], ['Phủ Tổng thống Hàn Quốc', 'Blue House, Seoul'],
  ];
  for (const [vi, en] of cases) {
    const p = findPlaces(`Hai bên hội đàm tại ${vi} sáng 12/6.`)[0];
    assert.deepEqual([p?.location.name, p?.kind, p?.locative], [en, 'building', true], vi);
  }
  // a head of government's office named by its office, in the city the phrase goes on to name
  const pm = findPlaces('Ông được đón tại Phủ Thủ tướng Campuchia ở thủ đô Phnom Penh.')[0];
  assert.deepEqual([pm.location.name, pm.location.country, pm.kind], ["Prime Minister's Office, Phnom Penh", 'KH', 'building']);
});

test('risky forms: a common word, a classifier, a person, another place or a longer name is no place', () => {
  // "viên" is a syllable ("thành viên"), the classifier of officials ("Viên tướng") and part of Sino-Vietnamese names ("Đào Viên")
  assert.deepEqual(findPlaces('các thành viên NATO nhất trí'), []);
  for (const s of ['Viên chức này cho biết', 'Viên tướng này nói', 'Viên đại sứ đã rời đi']) assert.ok(!findPlaces(s).some((p) => p.location.name === 'Vienna'), s);
  assert.equal(first('đàm phán hạt nhân tại Viên hôm 14/7'), 'Vienna');
  assert.equal(first('hàng trăm người tập trung ở sân bay Đào Viên'), 'Taoyuan International Airport');
  assert.equal(first('tham quan Di Hòa Viên'), 'Summer Palace, Beijing');
  // a newspaper, a Vietnamese district, a river, islands, a guild hall, a basketball player
  assert.deepEqual(findPlaces('theo báo Sài Gòn Giải Phóng'), []);
  assert.equal(first('ông tới Sài Gòn'), 'Ho Chi Minh City');
  // ("TP HCM", "TPHCM": the city's short forms, which the press writes as often as "TP.HCM")
  for (const s of ['tại TP HCM', 'tại TPHCM', 'tại TP. HCM']) assert.equal(first(s), 'Ho Chi Minh City', s);
  // (the district is itself, not Chongqing)
  assert.deepEqual(findPlaces('thác Bản Giốc ở huyện Trùng Khánh').map((p) => p.location.name), ['Trùng Khánh']);
  assert.deepEqual(findPlaces('quân đội vượt sông Dnipro'), []);
  assert.equal(first('tên lửa rơi xuống thành phố Dnipro'), 'Dnipro');
  assert.deepEqual(findPlaces('tranh chấp quần đảo Điếu Ngư Đài'), []);
  assert.deepEqual(findPlaces('lễ hội tại Hội quán Phúc Kiến').map((p) => p.location.name), []);
  assert.deepEqual(findPlaces('Kobe Bryant qua đời'), []);
  // whole words only: "Hamas" holds "Hama"
  assert.deepEqual(findPlaces('lực lượng Hamas tuyên bố'), []);
  // a person who shares a city's name is no place an event happened
  assert.ok(findPlaces('ông Cao Hùng phát biểu').every((p) => !p.locative));
  // a venue the gazetteer names only by its city stays that venue
  assert.equal(first('xe tải lao vào đám đông tại quảng trường Catalunya'), 'Plaça de Catalunya, Barcelona');
  assert.equal(first('tàu bị bắt giữ trên eo biển Kerch'), 'Kerch Strait');
  assert.equal(first('Taiwan: tàu chiến đi qua eo biển Đài Loan'), 'Taiwan Strait');
  // Northern Ireland is part of the UK, not Ireland
  assert.deepEqual(findPlaces('vụ đánh bom ở Bắc Ireland').map((p) => [p.location.name, p.location.country]), [['Northern Ireland', 'GB']]);
});

test('placeByName keeps the Vietnamese form the press uses, never a hyphenated transliteration', () => {
  assert.equal(placeByName('Moscow')?.nameVi, 'Mátxcơva');
  assert.equal(placeByName('Tokyo')?.nameVi, undefined);
  assert.deepEqual(placeByName('Taipei'), { name: 'Taipei', nameVi: 'Đài Bắc', country: 'TW' });
  assert.equal(placeByName('Schloss Elmau')?.country, 'DE');
  assert.equal(placeByName('Port Moresby')?.country, 'PG');
});

test('"tại đảo Síp": an island state is the state, not a venue named in Vietnamese', () => {
  assert.equal(first('Ông có chặng dừng ngắn tại đảo Síp để gặp Tổng thống Nicos Anastasiades.'), 'Cyprus');
  assert.equal(first('Cuộc gặp diễn ra trên đảo Jeju.'), 'Jeju');
});

test('"tại trụ sở Hội đồng châu Âu": the Europa building in Brussels', () => {
  assert.equal(first('Hội nghị diễn ra ngày 14/12 tại trụ sở Hội đồng châu Âu.'), 'Europa building, Brussels');
});

test('a university named with a capital "Đại học" ("xông vào khuôn viên Đại học Garissa"); the Far Eastern Federal University by its Vietnamese name', () => {
  assert.equal(first('Bốn tay súng đã xông vào khuôn viên Đại học Garissa, cách biên giới Somalia 150 km.'), 'Garissa University');
  assert.equal(first('Cuộc gặp diễn ra tại Đại học Liên bang Viễn Đông trên đảo Russky.'), 'Far Eastern Federal University, Vladivostok');
});

test('a capitalised Vietnamese word opening a phrase after "tại" ("tại Khu phức hợp tổng thống ở Ankara", "tại Hoàng sảnh") is no foreign place name; "tại Chennai hồi tháng 10" is', () => {
  assert.deepEqual(findPlaces('Ông Erdogan đón người đồng cấp tại Khu phức hợp tổng thống ở Ankara hôm 9/3.').map((p) => p.location.name), ['Ankara']);
  assert.deepEqual(findPlaces('Ông Tập phát biểu tại Hoàng sảnh của Cung điện Westminster.').map((p) => p.text).filter((t) => t === 'Hoàng'), []);
  assert.deepEqual(findPlaces('cuộc gặp không chính thức tại Chennai hồi tháng 10').map((p) => p.location.name), ['Chennai']);
});

test('"thăm hữu nghị chính thức Cộng hòa Dân chủ Nhân dân Lào": a visit of two kinds at once still goes to the place after it', () => {
  const text = 'Tổng Bí thư Nguyễn Phú Trọng đã thăm hữu nghị chính thức Cộng hòa Dân chủ Nhân dân Lào.';
  assert.deepEqual(findPlaces(text).map((p) => [p.location.name, p.locative]), [['Laos', true]]);
});

test('a district the gazetteer lacks, named after "quận" ("tại quận Pulwama"), is a place like a town', () => {
  assert.deepEqual(findPlaces('một chiếc xe chở thuốc nổ lao vào đoàn xe trên quốc lộ Jammu - Srinagar tại quận Pulwama.').filter((p) => p.location.name === 'Pulwama').map((p) => [p.kind, p.locative]), [['city', true]]);
});

test('"Nhà Quốc hội Liên bang ở Canberra" is no National Assembly House in Hanoi; "Nhà Quốc hội Australia" is Parliament House', () => {
  assert.deepEqual(findPlaces('ông Sơn đã chào xã giao Thủ tướng Albanese tại Nhà Quốc hội Liên bang ở Canberra.').map((p) => p.location.name), ['Canberra']);
  assert.equal(first('ông Huệ phát biểu tại Nhà Quốc hội Australia.'), 'Parliament House, Canberra');
});

test('a city that only gives the bearings ("căn cứ không quân Balad ở phía bắc Baghdad") places in its country, not in the city', () => {
  assert.deepEqual(findPlaces('căn cứ không quân Balad ở phía bắc Baghdad').map((p) => [p.location.name, p.kind, p.locative]), [['Iraq', 'country', true]]);
});

test('"ở ngoại ô phía nam thủ đô Beirut" is the city\'s outskirts and "khu vực phía đông Aleppo" a part of it, still the city', () => {
  assert.deepEqual(findPlaces('khu Burj al-Barajneh ở ngoại ô phía nam thủ đô Beirut').map((p) => p.location.name), ['Beirut']);
  assert.deepEqual(findPlaces('các cuộc tấn công gần đây vào khu vực phía đông Aleppo').map((p) => p.location.name), ['Aleppo']);
});

test('an Arabic name joined by "al-" is one place name ("thị trấn Bir al-Abed", "căn cứ Ain al-Asad"), not cut at the particle', () => {
  assert.equal(first('Vụ tấn công xảy ra tại một nhà thờ Hồi giáo ở thị trấn Bir al-Abed hôm 24/11.'), 'Bir al-Abed');
  assert.equal(first('Tên lửa rơi xuống căn cứ Ain al-Asad.'), 'Ain al-Asad Base');
});

test('"thủ đô nước Bỉ", "thủ đô của Pháp" are the capital, as "thủ đô Áo" is, not the country', () => {
  assert.equal(first('Các vụ nổ rung chuyển ga tàu điện ngầm ở thủ đô nước Bỉ sáng qua.'), 'Brussels');
  assert.equal(first('Hai bên đọc tuyên bố chung tại thủ đô của Pháp.'), 'Paris');
  assert.equal(first('Hai bên đọc tuyên bố chung tại thủ đô Áo.'), 'Vienna');
});

test('a district named with "huyện" ("ở huyện Achin, tỉnh Nangarhar") is a place, as one named with "quận" is', () => {
  assert.deepEqual(findPlaces('Hình ảnh cho thấy vụ nổ của quả bom ở huyện Achin, tỉnh Nangarhar hôm 13/4.').map((p) => p.location.name), ['Achin', 'Nangarhar']);
});

test('a building of the gazetteer followed by another country\'s name ("Nhà Quốc hội Hungary") is not that building', () => {
  assert.deepEqual(findPlaces('Cuộc hội đàm diễn ra tại Nhà Quốc hội Hungary bên bờ sông Danube.').map((p) => p.location.name), ['Hungary']);
  assert.deepEqual(findPlaces('Hai bên hội đàm tại Nhà Quốc hội.').map((p) => p.location.name), ['National Assembly House, Hanoi']);
});

test('a building told "ở/tại" a city of another country ("trụ sở Liên Hợp Quốc ở Geneva") is its office there, not the one of that name; in a city of its own country it stays', () => {
  assert.deepEqual(findPlaces('Thỏa thuận được ký tại trụ sở Liên Hợp Quốc ở Geneva.').map((p) => p.location.name), ['United Nations', 'Geneva']);
  assert.ok(findPlaces('Ông Trump phát biểu tại trụ sở Liên Hợp Quốc ở New York.').some((p) => p.location.name === 'UN Headquarters, New York'));
});

test('a town the gazetteer lacks, told with its district, province and country ("ở Kalaya, huyện Orakzai, tỉnh Khyber Pakhtunkhwa, tây bắc Pakistan"), is in that country', () => {
  const kalaya = findPlaces('một vụ đánh bom tại khu chợ đông đúc ở Kalaya, huyện Orakzai, tỉnh Khyber Pakhtunkhwa, tây bắc Pakistan, khiến ít nhất 30 người chết.').find((p) => p.text === 'Kalaya');
  assert.equal(kalaya?.location.country, 'PK');
});

test('"tại trung tâm hội nghị Mahatma Mandir ở thủ phủ Gandhinagar": a state capital after "thủ phủ", and a convention centre in the city named after it', () => {
  const found = findPlaces('Hai Thủ tướng tiến hành hội nghị thượng đỉnh tại trung tâm hội nghị Mahatma Mandir ở thủ phủ Gandhinagar.').map((p) => [p.kind, p.location.name]);
  assert.deepEqual(found, [['building', 'Mahatma Mandir Convention Centre, Gandhinagar'], ['city', 'Gandhinagar']]);
  assert.deepEqual(findPlaces('… căn cứ của quân đội liên bang đóng tại thủ phủ Mekelle và một số nơi khác.').map((p) => p.location.name), ['Mekelle']);
});

test('a town the gazetteer lacks, told with its country right after a comma ("tại Leego, Somalia"), is in that country', () => {
  const leego = findPlaces('Cũng trong ngày 26/6, phiến quân al-Shabaab tấn công một căn cứ của phái bộ AMISOM tại Leego, Somalia, gây thương vong lớn.').find((p) => p.text === 'Leego');
  assert.equal(leego?.location.country, 'SO');
});

test('"tại sảnh tiệc Shahr-e-Dubai (Thành phố Dubai), khu vực phía tây Kabul": a city\'s name inside a venue\'s, and its gloss in brackets, are no place; the city after is', () => {
  assert.deepEqual(findPlaces('Vụ nổ xảy ra tối qua tại sảnh tiệc Shahr-e-Dubai (Thành phố Dubai), khu vực phía tây Kabul.').map((p) => p.location.name), ['Kabul']);
});

test('"xả súng vào nhà hàng Aziz Istanbul trên đại lộ Kwame Nkrumah": a city\'s name ending an eatery\'s name is no place', () => {
  assert.ok(!findPlaces('Các tay súng xả súng vào nhà hàng Aziz Istanbul trên đại lộ Kwame Nkrumah, làm 18 người chết.').some((p) => p.location.name === 'Istanbul'));
  assert.deepEqual(findPlaces('Ông Erdogan phát biểu tại Istanbul.').map((p) => p.location.name), ['Istanbul']);
});

test('"tới Lumbini, miền nam Nepal": a name the gazetteer lacks, after "tới", in the country whose part is named right after it', () => {
  const places = findPlaces('Ông Modi tới Lumbini, miền nam Nepal, bằng trực thăng sáng 16/5.');
  assert.deepEqual(places[0], { start: 13, end: 20, text: 'Lumbini', location: { name: 'Lumbini', country: 'NP' }, kind: 'city', locative: true });
  // (not a word after "tới" with no such part named: "tới Hiroshima dự hội nghị")
  assert.equal(findPlaces('Ông tới Koro dự hội nghị.').length, 0);
});

test('"sân bay King Khalid": an airport named after a person is known with its city (Riyadh)', () => {
  assert.equal(findPlaces('Hôm 4/11/2017, Saudi Arabia đánh chặn một tên lửa nhắm vào sân bay King Khalid.').find((p) => p.kind === 'building')?.location.name, 'King Khalid International Airport, Riyadh');
});

test('"ở quận Şahinbey, thành phố Gaziantep": a district is named with the city told right after it, so that it lies in that city', () => {
  assert.equal(findPlaces('một kẻ đánh bom liều chết kích nổ ở quận Şahinbey, thành phố Gaziantep, cách biên giới Syria khoảng 60 km.')[0].location.name, 'Şahinbey, Gaziantep');
  assert.equal(findPlaces('giao tranh ở huyện Achin của tỉnh Nangarhar.')[0].location.name, 'Achin');
});

test('"hàng loạt vụ nổ làm rung chuyển nhà máy xử lý dầu Abqaiq … và mỏ dầu Khurais": Saudi oil sites the press names by their town and field', () => {
  const p = findPlaces('Rạng sáng 14/9, hàng loạt vụ nổ làm rung chuyển nhà máy xử lý dầu Abqaiq - lớn nhất thế giới - và mỏ dầu Khurais ở miền đông Saudi Arabia.');
  assert.deepEqual(p.map((x) => x.location.name), ['Abqaiq', 'Khurais', 'Saudi Arabia']);
});

test('"trong chuyến thăm chính thức Vương quốc Maroc": a country visited under its formal style is where the visit was', () => {
  assert.deepEqual(findPlaces('Trong chuyến thăm chính thức Vương quốc Maroc kết thúc trưa 30/3, bà đã hội đàm với Chủ tịch Hạ viện.').map((p) => [p.location.name, p.locative]), [['Morocco', true]]);
  assert.deepEqual(findPlaces('Chủ tịch nước thăm chính thức Liên bang Nga theo lời mời của Tổng thống.').map((p) => [p.location.name, p.locative]), [['Russia', true]]);
});

test('"trên phố Halfeld, trung tâm thành phố Juiz de Fora": the city centre the street is in goes on the stretch that says where', () => {
  assert.deepEqual(findPlaces('Vụ tấn công xảy ra chiều 6/9 trên phố Halfeld, trung tâm thành phố Juiz de Fora, bang Minas Gerais.').filter((p) => p.locative).map((p) => p.location.name), ['Juiz de Fora', 'Minas Gerais']);
});

test('"tại trụ sở Hạ viện": a chamber\'s seat is no place named "Hạ"', () => {
  assert.deepEqual(findPlaces('Ngay sau lễ đón tại trụ sở Hạ viện, Chủ tịch Quốc hội đã hội đàm với Chủ tịch Hạ viện Philippines.').filter((p) => p.locative).map((p) => p.location.name), []);
});

test('a city said to be where something is held ("Astana tiếp tục là nơi diễn ra hội nghị …", "Sochi cũng là nơi …") is where it is, as "tại Astana" is', () => {
  const astana = (s: string) => findPlaces(s).find((p) => p.location.name === 'Astana')?.locative;
  assert.equal(astana('Hôm nay, Astana tiếp tục là nơi diễn ra hội nghị thượng đỉnh Nga - Trung Á đầu tiên.'), true);
  assert.equal(astana('Hôm nay, Astana cũng là nơi diễn ra hội nghị.'), true);
  assert.equal(astana('Hôm nay, Astana tiếp tục phản đối.'), false);
});

test('a neighbourhood ("ở khu Gudele", "tại khu phố Tampouy") is a place where no city is named; with a city, the city is', () => {
  const names = (s: string) => findPlaces(s).filter((p) => p.locative).map((p) => p.location.name);
  assert.deepEqual(names('Binh sĩ bị chặn lại tại một trạm kiểm soát ở khu Gudele và xảy ra đấu súng.'), ['Gudele']);
  assert.deepEqual(names('Một quả lựu đạn được ném vào xe quân sự tại khu phố Tampouy.'), ['Tampouy']);
  assert.deepEqual(names('Một quả lựu đạn được ném vào xe quân sự tại khu phố Tampouy, thành phố Ouagadougou.'), ['Ouagadougou']);
});

test('an armed group named for the land it works in, with its acronym ("Nhà nước Hồi giáo tự xưng tại Khorasan (IS-K)"), names no place', () => {
  const names = (s: string) => findPlaces(s).map((p) => p.location.name);
  assert.deepEqual(names('Nhánh Nhà nước Hồi giáo tự xưng tại Khorasan (IS-K) đánh bom liều chết.'), []);
  assert.deepEqual(names('Tổ chức Al-Qaeda ở Maghreb Hồi giáo (AQIM) nhận trách nhiệm.'), []);
  assert.deepEqual(names('Đại diện Taliban tại Doha (Qatar) cho biết.'), ['Doha', 'Qatar']);
});

test('a county ("ở hạt Lamu, Kenya") is a locative stretch like a province: the country after it is where', () => {
  assert.deepEqual(findPlaces('Các tay súng phục kích một xe buýt chở khách ở hạt Lamu, Kenya.').filter((p) => p.locative).map((p) => p.location.name), ['Kenya']);
});
