import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incidentTrigger } from '../../src/extract/attack-event.js';
import { findTriggers, mainTrigger } from '../../src/extract/event-type.js';
import { ArticlePeople } from '../../src/extract/people.js';
import { extractArticle } from '../../src/extract/index.js';

const kinds = (s: string) => findTriggers(s).map((t) => `${t.type}:${t.text}`);
const attacks = (s: string) => findTriggers(s).filter((t) => t.type === 'attack').map((t) => t.text);
const main = (s: string) => mainTrigger(findTriggers(s))?.type ?? null;
const names = (ms: { person: { name: string } }[]) => ms.map((m) => m.person.name);

/** The events of a made-up article, one paragraph per argument. */
async function articleEvents(...paragraphs: string[]) {
  const { extractArticle } = await import('../../src/extract/index.js');
  return extractArticle({ id: 'made-up', text: paragraphs.join('\n\n') }).events;
}
type Events = Awaited<ReturnType<typeof articleEvents>>;
/** The day of `name`'s statement, if one came out. */
const statementDay = (events: Events, name: string) => events.find((e) => e.type === 'statement' && e.participants.some((p) => p.name === name))?.start;
/** Does any event name `name`? */
const named = (events: Events, name: string) => events.some((e) => e.participants.some((p) => p.name === name));

test('a shooting or a blast told by its completed verb is an attack', () => {
  assert.deepEqual(attacks('Ngày 2/4, một tay súng đã xả súng tại một trường học ở thành phố Oslo.'), ['đã xả súng']);
  assert.deepEqual(attacks('Kẻ tấn công xả súng vào đám đông tại quảng trường.'), ['xả súng']);
  assert.deepEqual(attacks('Hôm 9/5, một quả lựu đạn đã phát nổ tại cuộc mít tinh ở Kampala.'), ['quả lựu đạn đã phát nổ']);
  assert.deepEqual(attacks('Một nhóm người lạ ném lựu đạn vào đồn cảnh sát.'), ['ném lựu đạn']);
  assert.deepEqual(attacks('Phiến quân tấn công bằng lựu đạn vào trụ sở chính quyền.'), ['tấn công bằng lựu đạn']);
  // not attacks: training, talk of guns
  assert.deepEqual(attacks('Cảnh sát tập luyện bắn súng.'), []);
  assert.deepEqual(attacks('Luật về súng đạn sẽ được thay đổi.'), []);
});

test('event words inside quoted speech are the speaker\'s, not events the news tells', () => {
  // (calling it "a good call" is a comment of the speaker's, not a call)
  assert.equal(main('Ông Smith mô tả đây là "một cuộc gọi rất tốt".'), 'statement');
  assert.equal(main('"Chúng tôi tin rằng cần phải có một cuộc đối thoại cởi mở", Ngoại trưởng nói.'), null);
  // the reporting verb outside the quotation still tells a statement
  assert.equal(main('Ông Lee thông báo trên Twitter: "Tôi sẽ không tham dự cuộc gặp với Thủ tướng".'), 'statement');
  // a quotation that closes a sentence begun in the previous one
  assert.equal(main('Một chương mới của hợp tác đã mở ra", Bộ trưởng viết trên Twitter.'), 'statement');
  // a short quoted name is not speech
  assert.equal(main('Hai bên đã ký "Hiệp ước Hòa bình" tại thủ đô.'), 'agreement');
  // an attack named in a quotation is still that attack
  assert.deepEqual(attacks('Ông gọi đó là "vụ tấn công khủng bố hèn hạ nhất".'), ['vụ tấn công khủng bố']);
});

test('statements posted, told to the press or declared; meetings at a joint press conference; a text signed on a date', () => {
  assert.deepEqual(kinds('Cùng ngày, ông Lee viết trên Twitter rằng hai nước sẽ hợp tác.'), ['statement:viết trên Twitter']);
  assert.deepEqual(kinds('Bà Kato đăng trên Facebook: "Cảm ơn".'), ['statement:đăng trên Facebook']);
  // (a blog, a Telegram channel: "Trong bài viết trên blog hôm Chủ nhật (7/2), ông Borrell nhận định …")
  assert.deepEqual(kinds('Trong bài viết trên blog hôm Chủ nhật (7/2), ông Borrell nhận định Nga không muốn cải thiện quan hệ.'), ['statement:viết trên blog']);
  assert.deepEqual(kinds('Ông Kadyrov đăng trên kênh Telegram một đoạn video.'), ['statement:đăng trên kênh Telegram']);
  // (testimony: "Tướng John Campbell, chỉ huy lực lượng Mỹ …, điều trần trước Ủy ban Quân vụ Thượng viện"; not a hearing opened, "mở phiên điều trần")
  assert.deepEqual(kinds('Hôm 6/10, Tướng John Campbell, chỉ huy lực lượng Mỹ tại Afghanistan, điều trần trước Ủy ban Quân vụ Thượng viện.'), ['statement:điều trần']);
  assert.deepEqual(kinds('Tòa án Công lý Quốc tế mở phiên điều trần vụ Gambia kiện Myanmar.'), []);
  assert.deepEqual(kinds('Ông Santos ban bố tình trạng khẩn cấp trên toàn quốc.'), ['statement:ban bố']);
  assert.deepEqual(kinds('Ngoại trưởng Oman nói với kênh truyền hình BBC hôm qua.'), ['statement:nói với kênh']);
  assert.equal(main('Phát biểu tại cuộc họp báo chung với Thủ tướng Canada ở Nhà Trắng, ông Lee cảm ơn.'), 'meeting');
  assert.equal(main('Văn kiện được Tổng thống A và Tổng thống B ký ngày 9/7 tại thủ đô.'), 'agreement');
  assert.equal(main('Ông ký vào biên bản.'), null);
});

test('Arab names: honorifics, lower-case "al-" parts, monarchs under any title, given names', () => {
  const p = new ArticlePeople();
  const d = '2017-06-05';
  assert.deepEqual(names(p.inSentence('Quốc vương Kuwait Sheikh Sabah al-Ahmad al-Jaber al-Sabah đã tới Jeddah.', d)), ['Sabah Al-Ahmad Al-Jaber Al-Sabah']);
  // the Emir of Qatar is "Quốc vương Qatar" too
  assert.deepEqual(names(p.inSentence('Quốc vương Sabah đã điện đàm với Quốc vương Qatar.', d)), ['Sabah Al-Ahmad Al-Jaber Al-Sabah', 'Tamim bin Hamad Al Thani']);
  // a new person with an honorific keeps the name without it
  assert.deepEqual(names(p.inSentence('Bộ trưởng Oman Sheikh Khalid al-Harthy phát biểu.', d)), ['Khalid al-Harthy']);
  const q = new ArticlePeople();
  q.inSentence('Tổng thống Djibouti Musa Bihi gặp Thủ tướng Ahmed Nur.', d);
  // "ông Musa": the given name of a leader named in full
  assert.deepEqual(names(q.inSentence('Ông Musa đáp lại hôm 20/6.', d)), ['Musa Bihi']);
  assert.deepEqual(names(q.inSentence('Tổng thống Musa tuyên bố.', d)), ['Musa Bihi']);
});

test('an acting office between the title and the name: "Thủ tướng lâm thời X"', () => {
  const p = new ArticlePeople();
  const d = '2021-07-07';
  assert.deepEqual(names(p.inSentence('Thủ tướng lâm thời Pierre Laval cho biết tình hình đã được kiểm soát.', d)), ['Pierre Laval']);
  assert.deepEqual(names(p.inSentence('Cũng trong ngày 7.7, ông Laval ban bố tình trạng khẩn cấp.', d)), ['Pierre Laval']);
  assert.deepEqual(names(new ArticlePeople().inSentence('Tổng thống Peru tạm quyền Ana Torres tuyên bố.', d)), ['Ana Torres']);
});

test('a dateless reaction naming the attack just told was made on its day; other dateless statements stay undated', async () => {
  const events = await articleEvents(
    'Vụ xả súng tại Oslo',
    'Ngày 22/7/2011, một tay súng đã xả súng tại một trại hè ở thành phố Oslo, Na Uy, khiến 69 người thiệt mạng.',
    'Thủ tướng Na Uy Jens Stoltenberg gọi đây là "thảm kịch quốc gia" và khẳng định đất nước sẽ không khuất phục.',
    'Tổng thống Phần Lan Sauli Niinistö khẳng định quan hệ hai nước vững chắc.',
  );
  assert.equal(statementDay(events, 'Jens Stoltenberg'), '2011-07-22');
  assert.ok(events.some((e) => e.type === 'attack' && e.start === '2011-07-22'));
  // no reaction to the attack, not dated by it
  assert.ok(!named(events, 'Sauli Niinistö'));
});

test('a joint press conference is a meeting unless the sentence tells a statement made there', () => {
  assert.equal(main('Phát biểu tại cuộc họp báo chung với Thủ tướng Canada ở Nhà Trắng, ông Lee mô tả đây là bước tiến.'), 'meeting');
  assert.equal(main('Ngày 3/5, ông Lee tuyên bố dỡ bỏ lệnh cấm vận, trong cuộc họp báo chung với Chủ tịch nước.'), 'statement');
});

test('a spokesperson\'s third-person account in quotes still tells its events', () => {
  assert.equal(main('"Bộ trưởng A và Bộ trưởng B đồng ý rằng hai bên cần phối hợp chặt chẽ", ông Cook nói.'), 'agreement');
});

test('a decision declared by states, a capital or a ruling party is a statement without people', async () => {
  const { declaredBy } = await import('../../src/extract/event-participants.js');
  const by = (s: string) => {
    const t = findTriggers(s).find((x) => x.type === 'statement');
    return t ? declaredBy(t, s) : null;
  };
  assert.deepEqual(by('Rạng sáng 5/6, Ai Cập, Libya (LY) và Jordan đồng loạt tuyên bố cắt đứt quan hệ với Qatar.'), { en: 'Egypt, Libya and Jordan', vi: 'Ai Cập, Libya và Jordan', many: true });
  assert.equal(by('Ngày 5/6, liên minh cầm quyền ANC của Nam Phi bất ngờ tuyên bố chấp nhận thỏa thuận.')?.en, "South Africa's ruling coalition ANC");
  assert.equal(by('Ngày hôm sau, Tokyo thông báo hai nước sẽ tổ chức hội nghị.')?.en, 'Tokyo');
  assert.equal(by('Ngày 3/3, Nhật Bản chính thức tuyên bố rút khỏi tổ chức.')?.en, 'Japan');
  // a country as the object, or someone's statement, is not a state declaring
  assert.equal(by('Ngày 3/3, ông Abe tuyên bố Nhật Bản rút khỏi tổ chức.'), null);
  assert.equal(by('Quan chức ngoại giao của Nhật Bản cảnh báo về rủi ro.'), null);
  assert.equal(by('Ngày 3/3, Nhật Bản và Hàn Quốc ký thỏa thuận.'), null);
});

test('an adviser heading a delegation takes part; "gặp nhà lãnh đạo X" is a meeting', () => {
  const p = new ArticlePeople();
  const s = p.inSentence('Hôm 5-3, phái đoàn do Cố vấn an ninh quốc gia Park Min-ho dẫn đầu đã gặp nhà lãnh đạo Lào Thongloun Sisoulith.', '2018-03-05');
  assert.deepEqual(s.map((m) => [m.person.name, m.person.source]), [['Park Min-ho', false], ['Thongloun Sisoulith', false]]);
  assert.deepEqual(new ArticlePeople().inSentence('Cố vấn an ninh quốc gia Park Min-ho cho biết.', '2018-03-05').map((m) => m.person.source), [true]);
  assert.equal(main('Phái đoàn đã gặp nhà lãnh đạo Triều Tiên tại Bình Nhưỡng.'), 'meeting');
});

test('a joint statement named as a document: issued is a statement, signed is the agreement, a summit\'s outcome is none', () => {
  assert.deepEqual(kinds('Sau hội đàm sáng 3/9, Thủ tướng A và Thủ tướng B đã ra Tuyên bố chung, nâng quan hệ hai nước.'), ['meeting:hội đàm', 'statement:ra Tuyên bố']);
  assert.deepEqual(kinds('Hai nhà lãnh đạo đã ký Tuyên bố chung Viêng Chăn.'), ['agreement:đã ký']);
  assert.deepEqual(kinds('Ngày 27/4, hai nhà lãnh đạo đã tổ chức hội nghị thượng đỉnh tại Bàn Môn Điếm và ra Tuyên bố chung Bàn Môn Điếm.'), ['summit:hội nghị thượng đỉnh']);
});

test('a dateless statement at the closing press conference of a summit was made on its last day', async () => {
  const events = await articleEvents(
    'Hội nghị thượng đỉnh G20 tại Osaka (Nhật Bản) khép lại chiều 29.6 với tuyên bố chung.',
    'Phát biểu tại cuộc họp báo bế mạc hội nghị, Thủ tướng Nhật Bản Shinzo Abe cho biết các nước phản đối chủ nghĩa bảo hộ.',
    'Thủ tướng Canada Justin Trudeau cho biết ông hài lòng với kết quả.',
  );
  assert.equal(statementDay(events, 'Shinzo Abe'), '2019-06-29');
  assert.ok(!named(events, 'Justin Trudeau'));
});

test('"đã có bữa trưa" is a meeting; "vào ngày cuối của hội nghị" is the summit\'s last day', async () => {
  assert.equal(main('Hai nhà lãnh đạo trước đó đã có bữa trưa kéo dài hai giờ tại khách sạn.'), 'meeting');
  assert.equal(main('Bữa trưa có món cá.'), null);
  const met = (await articleEvents(
    'Hội nghị thượng đỉnh G20 tại Osaka (Nhật Bản) khép lại chiều 29.6 với tuyên bố chung.',
    'Thủ tướng Ấn Độ Narendra Modi gặp Thủ tướng Nhật Bản Shinzo Abe vào ngày cuối của hội nghị.',
  )).find((e) => e.type === 'meeting');
  assert.equal(met?.start, '2019-06-29');
});

test('"Tiểu vương" is an emir, "Tiểu vương quốc" a country', () => {
  const p = new ArticlePeople();
  const d = '2017-06-05';
  assert.deepEqual(names(p.inSentence('Tiểu vương Qatar Sheikh Tamim bin Hamad al-Thani tiếp ông.', d)), ['Tamim bin Hamad Al Thani']);
  assert.deepEqual(names(p.inSentence('Các Tiểu vương quốc Arab Thống nhất (UAE) cắt quan hệ.', d)), []);
  assert.deepEqual(names(p.inSentence('Tiểu vương Qatar hoan nghênh.', d)), ['Tamim bin Hamad Al Thani']);
});

test('the host who welcomed a visitor takes part in the visit, and the headline says who met whom', async () => {
  const visit = (await articleEvents('Ngày 6/6/2017, Quốc vương Jordan Ahmad Nasser đã tới thành phố Doha và được Tiểu vương Qatar Tamim bin Hamad al-Thani ra tận sân bay đón.')).find((e) => e.type === 'visit');
  assert.deepEqual(visit?.participants.map((p) => p.name), ['Ahmad Nasser', 'Tamim bin Hamad Al Thani']);
  assert.equal(visit?.title.en, 'Nasser visits Doha and meets Tamim bin Hamad');
  // someone named after the visit word who did not welcome them is no host
  const other = (await articleEvents('Ngày 6/6/2017, Quốc vương Jordan Ahmad Nasser đã tới thành phố Doha để bàn về Tiểu vương Qatar Tamim bin Hamad al-Thani.')).find((e) => e.type === 'visit');
  assert.deepEqual(other?.participants.map((p) => p.name), ['Ahmad Nasser']);
});

test('a named person "bị bắn" is an attack, placed by the circumstance they were shot in', async () => {
  assert.deepEqual(attacks('Ông Tanaka, 70 tuổi, bị bắn vào khoảng 10 giờ sáng 3/5 khi đang phát biểu.'), ['bị bắn']);
  // not a shooting: being fired at in a drill, a gun that was fired
  assert.deepEqual(attacks('Mục tiêu giả bị bắn trúng trong cuộc tập trận.'), []);
  const shot = (await articleEvents('Ông Tanaka, 70 tuổi, bị bắn vào khoảng 10 giờ sáng 3/5/2021 khi đang phát biểu vận động tranh cử cho một ứng viên của đảng cầm quyền trước một nhà ga ở TP Osaka.'));
  assert.deepEqual(shot.map((e) => [e.type, e.start, e.location?.name]), [['attack', '2021-05-03', 'Osaka']]);
  // being taken to hospital is no visit
  assert.equal(main('Ông được đưa bằng trực thăng tới Bệnh viện Đại học Osaka.'), null);
  assert.equal(main('Thủ tướng đã tới Bệnh viện Chợ Rẫy thăm người bị thương.'), 'visit');
});

test('a deal told with its signing, and a named joint document signed or adopted, are agreements', () => {
  assert.equal(main('Việc rút quân theo thỏa thuận mà chính quyền tiền nhiệm ký với phiến quân tại Doha ngày 29/2.'), 'agreement');
  assert.equal(main('Bộ trưởng A cùng Ngoại trưởng B ký Thông cáo chung về quan hệ đối tác chiến lược.'), 'agreement');
  assert.equal(main('Nhân dịp này, hai bên đã thông qua Tuyên bố Tầm nhìn chung.'), 'agreement');
  // passing through a place, or a deal only talked about, is not
  assert.equal(main('Đoàn xe đi thông qua cửa khẩu.'), null);
  // (nor are negotiations under way, "mà hai nước đang đàm phán", talks held)
  assert.equal(main('Họ bàn về thỏa thuận mà hai nước đang đàm phán.'), null);
});

test('a speech "vài giờ sau vụ tấn công" is on the attack\'s day, and places no second attack', async () => {
  const events = await articleEvents(
    'Hai vụ đánh bom liều chết đã nhắm vào đám đông bên ngoài sân bay ở thủ đô Kabul vào chiều 26/8/2021.',
    'Đây là ngày đẫm máu nhất trong nhiều năm.',
    'Phát biểu tại Nhà Trắng vài giờ sau vụ tấn công, Tổng thống Joe Biden nói: "Chúng tôi sẽ không tha thứ".',
  );
  assert.equal(statementDay(events, 'Joe Biden'), '2021-08-26');
  assert.deepEqual(events.filter((e) => e.type === 'attack').map((e) => e.location?.name), ['Kabul']);
});

test('"gọi cuộc điện đàm là …" judges a call: a statement, not a call', () => {
  assert.equal(main('Một ngày sau, Ngoại trưởng A gọi cuộc điện đàm là "trò vặt" của phía bên kia.'), 'statement');
  assert.equal(main('Ông B coi cuộc gặp này là bước ngoặt.'), 'statement');
  // a call told, or judged without naming what it is called, is still a call
  assert.equal(main('Ông B gọi điện cho ông C hôm 3/5.'), 'call');
  assert.equal(main('Cuộc điện đàm là lần đầu tiên hai người nói chuyện.'), 'call');
  assert.equal(main('Ông B đánh giá cuộc điện đàm rất tốt đẹp.'), 'call');
});

test('"gặp thủ lĩnh …" is a meeting', () => {
  assert.equal(main('Giám đốc cơ quan tình báo đã bí mật gặp thủ lĩnh chính trị của phiến quân tại thủ đô.'), 'meeting');
  assert.equal(main('Ông A gặp lãnh tụ phe đối lập hôm 3/5.'), 'meeting');
  // meeting trouble is not a meeting
  assert.equal(main('Kế hoạch gặp khó khăn.'), null);
});

test('a named person\'s demand, confirmation or defence is a statement ("yêu cầu Iran xin lỗi", "xác nhận", "lên tiếng", "bảo vệ hành động"); a demand of no one named is not', () => {
  assert.deepEqual(kinds('Tổng thống Volodymyr Zelensky yêu cầu Iran xin lỗi chính thức'), ['statement:yêu cầu']);
  assert.deepEqual(kinds('Ngoại trưởng Faisal bin Farhan xác nhận Riyadh và Doha khôi phục quan hệ'), ['statement:xác nhận']);
  assert.deepEqual(kinds('ông Khan lần đầu lên tiếng qua một thông điệp video'), ['statement:lên tiếng']);
  assert.deepEqual(kinds('Tổng thống Recep Tayyip Erdogan bảo vệ hành động của quân đội'), ['statement:bảo vệ']);
  assert.deepEqual(kinds('Luật yêu cầu các công ty công khai dữ liệu'), []);
  assert.deepEqual(kinds('lực lượng bảo vệ bờ biển'), []);
});

test('a landing and a named person going over to a country are visits ("hạ cánh xuống sân bay", "Naidu sang Việt Nam dự …"); "chuyển sang", "sang năm" are not', () => {
  assert.deepEqual(kinds('Chuyên cơ chở ông Tập hạ cánh xuống sân bay quốc tế King Khalid tối 7/12'), ['visit:hạ cánh xuống']);
  assert.deepEqual(kinds('Phó Tổng thống Venkaiah Naidu sang Việt Nam dự Đại lễ Phật đản'), ['visit:sang']);
  assert.deepEqual(kinds('Hai nước chuyển sang Đối tác chiến lược'), []);
  assert.deepEqual(kinds('Kế hoạch được lùi sang năm 2021'), []);
});

test('a sentence opening on a schedule ("Theo chương trình, …") tells nothing held, however far its events are from "sẽ"', () => {
  assert.deepEqual(kinds('Theo chương trình, trong hai ngày tới, ông Singh sẽ chào xã giao Chủ tịch nước và Thủ tướng, chủ trì lễ bàn giao tàu tuần tra tại Hải Phòng, và thăm Trường Đại học Thông tin liên lạc ở Nha Trang.'), []);
});

test('a victim killed or poisoned ("bị sát hại bên trong lãnh sự quán", "vụ đầu độc"), a border clash ("vụ đụng độ tại thung lũng Galwan"), insurgents storming a base, an envoy summoned with a capital "Đại sứ"', () => {
  assert.deepEqual(attacks('Khashoggi bị sát hại bên trong lãnh sự quán Arab Saudi ở Istanbul ngày 2/10/2018.'), ['bị sát hại']);
  assert.deepEqual(attacks('vụ đầu độc cựu điệp viên Sergei Skripal tại thành phố Salisbury ngày 4/3'), ['vụ đầu độc']);
  assert.deepEqual(attacks('quan hệ xuống dốc sau vụ đụng độ tại thung lũng Galwan đêm 15/6'), ['vụ đụng độ']);
  assert.deepEqual(attacks('hôm 2/1, phiến quân tấn công căn cứ không quân Pathankot'), ['tấn công']);
  // a victim "bị sát hại" with nothing after is not an attack word (a count of victims is, elsewhere)
  assert.deepEqual(attacks('ông lo ngại mình sẽ bị sát hại.'), []);
  assert.deepEqual(kinds('thứ trưởng Ngoại giao Sedat Onal triệu tập Đại sứ Mỹ David Satterfield để phản đối'), ['statement:triệu tập']);
});

test('"kể từ vụ đầu độc … ở Salisbury" names an earlier attack as a time anchor: the sentence\'s day is not its day; the envoy recalled is no participant', () => {
  const header = 'Tiêu đề\n\n29/06/2019 08:00 GMT+7\n\n';
  const events = (body: string) => extractArticle({ id: 't', text: header + body }).events.map((e) => [e.start, e.type, e.participants.map((p) => p.name).join('+')]);
  assert.deepEqual(events('Cũng trong ngày 28/6, Thủ tướng Anh Theresa May có cuộc gặp chính thức đầu tiên với ông Putin kể từ vụ đầu độc cựu điệp viên Sergei Skripal ở Salisbury.').filter((e) => e[1] === 'attack'), []);
  assert.deepEqual(events('Ngày 17/3, Moscow đã triệu hồi Đại sứ Anatoly Antonov về nước để tham vấn.').map((e) => e[2]), ['']);
});

test('leaving a deal is a declared act ("Tổng thống Donald Trump rút khỏi thỏa thuận hạt nhân", "sau khi Mỹ tuyên bố rút khỏi hiệp định"), titled as a withdrawal by whoever left', () => {
  assert.deepEqual(kinds('căng thẳng leo thang kể từ khi Tổng thống Donald Trump rút khỏi thỏa thuận hạt nhân hồi tháng 5/2018'), ['statement:rút khỏi thỏa thuận']);
  assert.deepEqual(kinds('các nước rút quân khỏi khu vực'), []);
  const header = 'Tiêu đề\n\n07/06/2017 08:00 GMT+7\n\n';
  const titles = (body: string) => extractArticle({ id: 't', text: header + body }).events.map((e) => [e.start, e.title.en]);
  assert.deepEqual(titles('Ngày 1/6, Tổng thống Mỹ Donald Trump tuyên bố rút khỏi Thỏa thuận Paris.'), [['2017-06-01', 'Trump withdraws from the agreement']]);
  assert.deepEqual(titles('Ngày 6/6, sau khi Mỹ tuyên bố rút khỏi hiệp định hồi tháng 1, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe nhất trí thúc đẩy TPP.').filter((t) => /withdraw/.test(t[1])), [['2017-01', 'The United States withdraws from the agreement']]);
});

test('"an ninh được siết chặt … sau hàng loạt vụ tấn công khủng bố trên thế giới": attacks named as a time anchor take no day or place from the sentence', () => {
  const header = 'Tiêu đề\n\n23/11/2015 08:00 GMT+7\n\n';
  const events = extractArticle({ id: 't', text: header + 'Hội nghị khai mạc hôm 21/11, trong bối cảnh an ninh được siết chặt tại thủ đô Malaysia sau hàng loạt vụ tấn công khủng bố trên thế giới.' }).events;
  assert.deepEqual(events.filter((e) => e.type === 'attack'), []);
});

test('"Ngoại trưởng Saudi Arabia, Hoàng tử Faisal bin Farhan, xác nhận …": the verb after a name in apposition is a statement', () => {
  assert.deepEqual(kinds('trong cuộc họp báo cùng ngày, Ngoại trưởng Saudi Arabia, Hoàng tử Faisal bin Farhan, xác nhận Riyadh và Doha sẽ khôi phục quan hệ').filter((k) => k.startsWith('statement')), ['statement:xác nhận']);
  assert.deepEqual(kinds('theo các nguồn tin, xác nhận này chưa được công bố'), []);
});

test('a speaker\'s own report in quotes ("Tôi vừa có cuộc điện đàm với Tổng thống Putin …", ông Trump nói) is the call itself; other event words in quotes are what was said', () => {
  assert.deepEqual(kinds('"Tôi vừa có cuộc điện đàm với Tổng thống Putin và chúc mừng ông ấy", ông Donald Trump nói với báo giới').filter((k) => k.startsWith('call')), ['call:điện đàm']);
  assert.deepEqual(kinds('"Hai bên sẽ điện đàm với nhau sớm", ông Donald Trump nói với báo giới').filter((k) => k.startsWith('call')), []);
});

test('a strike or killing told by the named commander it killed is an attack ("Mỹ không kích sát hại tướng Qassem Soleimani"), a plot to kill one is not', () => {
  assert.deepEqual(attacks('Chưa đầy một tuần sau khi Mỹ không kích sát hại tướng Qassem Soleimani gần sân bay Baghdad hôm 3/1.'), ['không kích', 'sát hại']);
  assert.deepEqual(attacks('Israel bị cáo buộc sát hại nhà khoa học hạt nhân Mohsen Fakhrizadeh ngày 27/11.'), ['sát hại']);
  assert.deepEqual(attacks('Nhóm này bị cáo buộc âm mưu sát hại tướng Qassem Soleimani.'), []);
  assert.deepEqual(attacks('Bộ phim kể về kẻ sát hại tướng quân trong truyền thuyết.'), []);
});

test('attacks told as suspected, as a massacre, as a strike by mistake, or as storming a university', () => {
  assert.deepEqual(attacks('Sau vụ nghi tấn công hóa học hôm 7/4 tại thị trấn Douma.'), ['vụ nghi tấn công hóa học']);
  assert.deepEqual(attacks('Vụ thảm sát tại Đại học Garissa hồi đầu tháng 4 khiến 148 người chết.'), ['Vụ thảm sát']);
  assert.deepEqual(attacks('Hôm 17/9, máy bay của liên quân không kích nhầm các vị trí của quân đội Syria.'), ['không kích']);
  assert.deepEqual(attacks('Bốn tay súng đã xông vào khuôn viên Đại học Garissa.'), ['xông vào khuôn viên Đại học']);
  // a university visited: no attack
  assert.deepEqual(attacks('Ông tới thăm Đại học Garissa.'), []);
});

test('an army opening a campaign ("Quân đội Thổ Nhĩ Kỳ … mở chiến dịch hôm 9/10") or jets dropping bombs ("thả bom xuống khu vực Balakot") is an attack; a campaign threatened is not', () => {
  assert.deepEqual(attacks('Quân đội Thổ Nhĩ Kỳ cùng các nhóm phiến quân Syria thân Ankara mở chiến dịch hôm 9/10.'), ['mở chiến dịch']);
  assert.deepEqual(attacks('Rạng sáng 26/2, các máy bay Mirage 2000 của Ấn Độ đã thả bom xuống khu vực Balakot.'), ['thả bom xuống']);
  assert.deepEqual(attacks('Ông Erdogan tuyên bố quân đội Thổ Nhĩ Kỳ sẽ mở chiến dịch ở bờ đông sông Euphrates trong vài ngày tới.'), []);
});

test('"Theo thông báo của Bộ Ngoại giao Pháp, vụ nổ xảy ra … sáng 3/4": the attack the lead told, on that day and at its place', () => {
  const text = 'Tiêu đề\n\n03/04/2019 18:00 GMT+7\n\nMột kẻ đánh bom liều chết đã kích nổ quả bom gần lối vào Đại sứ quán Pháp tại thủ đô Bamako của Mali.\n\nTheo thông báo của Bộ Ngoại giao Pháp, vụ nổ xảy ra vào khoảng 9h sáng 3/4 theo giờ địa phương.';
  const out = extractArticle({ id: 't', text }).events.filter((e) => e.type === 'attack');
  assert.deepEqual(out.map((e) => [e.start, e.location?.name]), [['2019-04-03', 'Bamako']]);
});

test('"hai bên ký Thỏa thuận bảo vệ công nghệ": a document named with a capital is signed', () => {
  assert.deepEqual(kinds('ngày 18/3, hai bên ký Thỏa thuận bảo vệ công nghệ.'), ['agreement:ký']);
  assert.deepEqual(kinds('hai nước ký Nghị định thư về hợp tác nghề cá.'), ['agreement:ký']);
});

test('"… ủng hộ Hiệp định Abraham - thỏa thuận …, được ký tại Nhà Trắng ngày 15/9/2020": a named document signed, told mid-sentence', () => {
  assert.deepEqual(kinds('chính quyền mới được cho là sẽ tiếp tục ủng hộ Hiệp định Oslo - thỏa thuận hòa bình giữa Israel và PLO, được ký tại Nhà Trắng ngày 13/9/1993.'), ['agreement:ký']);
  // (a document merely named, not said to be signed, is none)
  assert.deepEqual(kinds('chính quyền mới sẽ tiếp tục ủng hộ Hiệp định Oslo.'), []);
});

test('"sau vụ nổ mìn hôm 4/8 ở khu phi quân sự (DMZ)": an attack named as what came before, with a day and a place of its own, is an event', () => {
  const out = extractArticle({ id: 't', text: 'Tiêu đề\n\n03/09/2015 09:00 GMT+7\n\nCăng thẳng bùng lên sau vụ nổ mìn hôm 4/8 ở khu phi quân sự (DMZ) khiến hai binh sĩ Hàn Quốc bị thương nặng.' }).events;
  assert.deepEqual(out.map((e) => [e.start, e.type, e.location?.name]), [['2015-08-04', 'attack', 'Korean Demilitarized Zone']]);
});

test('"bà Merkel tuyên bố các cuộc đàm phán trước hết phải làm rõ …": talks as they ought to be are no talks told; the statement is', () => {
  assert.deepEqual(main('tại Berlin, bà Merkel hôm qua tuyên bố các cuộc đàm phán trước hết phải làm rõ việc Anh rút khỏi EU như thế nào.'), 'statement');
  assert.deepEqual(main('bà Merkel hôm qua chủ trì các cuộc đàm phán tại Berlin.'), 'meeting');
});

test('"Tuyên bố của Bộ Tổng tham mưu các lực lượng vũ trang Iran được phát … sáng 11/1": a statement named by the state body whose it is, at its capital', () => {
  const events = (body: string) => extractArticle({ id: 't', text: `Tiêu đề\n\n11/01/2020 20:00 GMT+7\n\n${body}` }).events.map((e) => [e.start, e.type, e.title.en, e.location?.name ?? null]);
  assert.deepEqual(events('Tuyên bố của Bộ Tổng tham mưu các lực lượng vũ trang Iran được phát trên truyền hình nhà nước sáng 11/1 thừa nhận đã bắn nhầm máy bay.'),
    [['2020-01-11', 'statement', 'The general staff of Iran makes an announcement', 'Tehran']]);
  // (an office named by its holder names no state: none)
  assert.deepEqual(events('Thông báo của văn phòng Tổng thống Beji Caid Essebsi được đưa ra hôm nay.'), []);
});

test('"cuộc gặp Biden - Putin có thể diễn ra ở châu Âu vào tháng 6": a meeting that may take place is none', () => {
  assert.deepEqual(kinds('theo một số nguồn tin, cuộc gặp Biden - Putin có thể diễn ra ở châu Âu vào tháng 6.'), []);
  assert.deepEqual(kinds('cuộc gặp Biden - Putin đã diễn ra ở Geneva vào tháng 6.'), ['meeting:cuộc gặp']);
});

test('"không thể có" an event ("Không thể có Hội nghị thượng đỉnh châu Mỹ nếu …") tells none', () => {
  assert.deepEqual(kinds('"Không thể có Hội nghị thượng đỉnh châu Mỹ nếu không phải tất cả các nước châu Mỹ đều tham dự", ông nói.'), []);
  assert.deepEqual(kinds('Hội nghị thượng đỉnh châu Mỹ khai mạc tối 8/6.'), ['summit:Hội nghị thượng đỉnh']);
});

test('a memorandum "mà" a long-named pair signed ("biên bản ghi nhớ về phân định vùng biển mà Tổng thống … và Thủ tướng Chính phủ Hiệp định Dân tộc (GNA) của Libya Fayez al-Sarraj ký tại Istanbul") is a signing', () => {
  assert.ok(kinds('Thỏa thuận này là lời đáp trả biên bản ghi nhớ về phân định vùng biển mà Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan và Thủ tướng Chính phủ Hiệp định Dân tộc (GNA) của Libya Fayez al-Sarraj ký tại Istanbul ngày 27/11/2019.').includes('agreement:ký'));
});

test('a message sent to a meeting ("trong thông điệp gửi hội nghị thượng đỉnh AU tại Kigali, Quốc vương …") is a statement, and the meeting no event of the sender', () => {
  assert.deepEqual(kinds('Hồi tháng 7/2016, trong thông điệp gửi hội nghị thượng đỉnh AU tại Kigali (Rwanda), Quốc vương Mohammed VI lần đầu công khai ý định.'), ['statement:thông điệp gửi']);
});

test('a body "ra thông cáo" ("Hôm 20/7, Bộ Ngoại giao Mỹ ra thông cáo cho biết …") makes a statement, as with "ra tuyên bố"', () => {
  const doc = extractArticle({ id: 't', text: 'Tiêu đề\n\n21/07/2019 08:00 GMT+7\n\nHôm 20/7 (giờ Washington), Bộ Ngoại giao Mỹ ra thông cáo cho biết Mỹ quan ngại trước các hoạt động của Trung Quốc.' });
  assert.deepEqual(doc.events.map((e) => `${e.start} ${e.type} ${e.title.en}`), ['2019-07-20 statement The foreign ministry of the United States makes an announcement']);
});

test('a head\'s office that issues a statement is named as such ("văn phòng Thủ tướng mới ra thông cáo" → "The prime minister\'s office")', () => {
  const doc = extractArticle({ id: 't', text: 'Tiêu đề\n\n29/01/2017 08:00 GMT+7\n\nĐêm 28/1, trước sức ép từ các nghị sĩ, văn phòng Thủ tướng Anh ra thông cáo nói rằng bà không đồng tình.' });
  assert.deepEqual(doc.events.map((e) => e.title.en), ["The prime minister's office of the United Kingdom makes an announcement"]);
});

test('deals a visit comes "với hàng loạt thỏa thuận" are what it brings, not a deal reached then: the arrival is the event', () => {
  assert.deepEqual(kinds('Chủ tịch Trung Quốc Tập Cận Bình hôm qua 20.4 đến Islamabad, mở đầu chuyến thăm cấp nhà nước, với hàng loạt thỏa thuận đầu tư trị giá 46 tỉ USD.').filter((k) => k.startsWith('agreement')), []);
});

test('a residence "bị máy bay không người lái mang chất nổ tấn công" is an attack, and "Vụ tấn công xảy ra sau nhiều tuần căng thẳng … cuộc bầu cử … ngày 10/10" is not of that day', () => {
  const doc = extractArticle({ id: 't', text: 'Tiêu đề\n\n08/11/2021 08:00 GMT+7\n\nThủ tướng Iraq Mustafa al-Kadhimi không bị thương sau khi dinh thự của ông tại thủ đô Baghdad bị máy bay không người lái mang chất nổ tấn công rạng sáng chủ nhật (7/11).\n\nVụ tấn công xảy ra sau nhiều tuần căng thẳng xung quanh kết quả cuộc bầu cử Quốc hội ngày 10/10.' });
  assert.deepEqual(doc.events.filter((e) => e.type === 'attack').map((e) => `${e.start} ${e.location?.name}`), ['2021-11-07 Baghdad']);
});

test('"ông Modi lần đầu tiên lên tiếng về chuyến thăm": speaking out for the first time is the statement, not the visit spoken of', () => {
  assert.deepEqual(kinds('ông Modi lần đầu tiên lên tiếng về chuyến thăm').slice(0, 1), ['statement:lên tiếng']);
});

test('"Chỉ ít giờ sau vụ tấn công, IS đăng tuyên bố trên mạng nhận trách nhiệm": a claim posted online, a few hours after the attack, on its day', () => {
  assert.deepEqual(kinds('IS đăng tuyên bố trên mạng nhận trách nhiệm'), ['statement:đăng tuyên bố trên mạng nhận trách nhiệm']);
  const header = 'Tiêu đề\n\n13/11/2015 19:40 GMT+7\n\n';
  const events = extractArticle({ id: 't', text: `${header}Hai vụ nổ xảy ra tối 12/11 ở Beirut. Chỉ ít giờ sau vụ tấn công, IS đăng tuyên bố trên mạng nhận trách nhiệm.` }).events;
  assert.deepEqual(events.filter((e) => e.type === 'statement').map((e) => e.start), ['2015-11-12']);
});

test('gunmen attacking a building ("Các tay súng tấn công Đại sứ quán Pháp ở Ouagadougou", "… tấn công Lãnh sự quán Trung Quốc tại Karachi") is an attack', () => {
  assert.deepEqual(kinds('Các tay súng tấn công Đại sứ quán Pháp ở Ouagadougou sáng 2/3'), ['attack:tấn công']);
  assert.deepEqual(kinds('các tay súng BLA tấn công Lãnh sự quán Trung Quốc tại Karachi'), ['attack:tấn công']);
});

test('"một tên lửa tấn công nhà ga xe lửa ở thành phố Kramatorsk": a missile striking a place is an attack; one that could is not', () => {
  assert.deepEqual(kinds('Cũng hôm 8/4, một tên lửa tấn công nhà ga xe lửa ở thành phố Kramatorsk'), ['attack:tấn công']);
  assert.deepEqual(kinds('Hai tên lửa đạn đạo có thể tấn công nhà ga ở Kyiv'), []);
});

test('"Hôm 27/6, theo lệnh ông Biden, quân đội Mỹ đã không kích …, động thái bị Baghdad chỉ trích …": the strike is the ordering leader\'s, and a criticism suffered is no statement of his', () => {
  assert.deepEqual(kinds('động thái bị Baghdad chỉ trích là vi phạm chủ quyền'), []);
  const header = 'Tiêu đề\n\n27/07/2021 07:40 GMT+7\n\n';
  const events = extractArticle({ id: 't', text: `${header}Tổng thống Mỹ Joe Biden tiếp Thủ tướng Iraq Mustafa al-Kadhimi ngày 26/7. Hôm 27/6, theo lệnh ông Biden, quân đội Mỹ đã không kích các cơ sở của lực lượng dân quân thân Iran ở khu vực biên giới Iraq - Syria, động thái bị Baghdad chỉ trích là vi phạm chủ quyền.` }).events;
  assert.deepEqual(events.filter((e) => e.start === '2021-06-27').map((e) => [e.type, e.participants.map((p) => p.name).join('+')]), [['attack', 'Joe Biden']]);
});

test('"các nhóm đàm phán sẽ tiếp tục làm việc": negotiating teams are people, no talks held', () => {
  assert.deepEqual(kinds('các nhóm đàm phán sẽ tiếp tục làm việc tại Brussels').filter((k) => k.startsWith('meeting')), []);
  assert.deepEqual(kinds('phái đoàn đàm phán hai nước').filter((k) => k.startsWith('meeting')), []);
});

test('"… và đoàn đại biểu cấp cao Việt Nam về tới Hà Nội, kết thúc chuyến công tác": coming home is no visit', () => {
  assert.deepEqual(kinds('Tối 15/11, Thủ tướng Nguyễn Xuân Phúc và đoàn về tới Hà Nội, kết thúc chuyến công tác.').filter((k) => k.startsWith('visit')), []);
  assert.deepEqual(kinds('Thủ tướng đã tới Singapore chiều 13/11.').filter((k) => k.startsWith('visit')), ['visit:đã tới']);
});

test('"Đêm 5 rạng sáng 6/1, căn cứ Hmeimim và căn cứ hải quân Tartus của Nga bị tấn công bằng …": a named venue, the passive\'s subject, places the attack', () => {
  const events = extractArticle({ id: 't', text: 'Tiêu đề\n\n04/02/2018 08:00 GMT+7\n\nĐêm 5 rạng sáng 6/1, căn cứ Hmeimim và căn cứ hải quân Tartus của Nga bị tấn công bằng 13 máy bay không người lái tự chế.' }).events;
  assert.deepEqual(events.map((e) => [e.type, e.start, e.location?.name ?? null]), [['attack', '2018-01-06', 'Hmeimim Base']]);
});

test('"[Ảnh] Tổng thống Barack Obama và Quốc vương Salman tại Cung điện Erga ở Riyadh hôm 27/1.": a caption of two together on a day, without a comma before it', () => {
  assert.deepEqual(kinds('[Ảnh] Tổng thống Barack Obama và Quốc vương Salman tại Cung điện Erga ở Riyadh hôm 27/1.'), ['meeting:và']);
  assert.deepEqual(kinds('[Ảnh] Chủ tịch Quốc hội Vương Đình Huệ và Thủ tướng Australia Anthony Albanese tại Canberra, chiều 30/11.'), ['meeting:và']);
});

test('"các tay súng đã đặt bom đoàn tàu chạy tuyến Abuja - Kaduna, giết chết …": an attack on a route from a city, in that city\'s country', () => {
  const events = extractArticle({ id: 't', text: 'Tiêu đề\n\n10/06/2022 08:00 GMT+7\n\nHôm 28.3, các tay súng đã đặt bom đoàn tàu chạy tuyến Abuja - Kaduna, giết chết ít nhất 8 người và bắt cóc hàng chục hành khách.' }).events;
  assert.deepEqual(events.map((e) => [e.type, e.start, e.location?.name ?? null]), [['attack', '2022-03-28', 'Nigeria']]);
});

test('"… rằng mọi dấu hiệu cho thấy đây là một vụ khủng bố" judges the attack told; "… vụ tấn công khủng bố đầu tiên … kể từ khi … ngày 1/11/2017" is not dated by what it is the first since; "một quả bom phá hủy máy bay" is an attack', () => {
  const header = 'Tiêu đề\n\n24/03/2018 08:00 GMT+7\n\n';
  const told = (body: string) => extractArticle({ id: 't', text: header + body }).events.filter((e) => e.type === 'attack').map((e) => [e.start, e.location?.name ?? null]);
  assert.deepEqual(told('Trưa 23/3, Tổng thống Macron phát biểu tại Brussels rằng mọi dấu hiệu cho thấy đây là một vụ khủng bố, trước khi rút ngắn lịch trình để về Paris.'), []);
  assert.deepEqual(told('Đây là vụ tấn công khủng bố đầu tiên gây thương vong tại Pháp kể từ khi nước này chấm dứt tình trạng khẩn cấp ngày 1/11/2017, sau gần hai năm áp dụng.'), []);
  assert.deepEqual(told('Đây là vụ tấn công đẫm máu nhất nhằm vào người Nga kể từ khi một quả bom phá hủy máy bay chở khách của hãng Metrojet trên bán đảo Sinai của Ai Cập ngày 31/10/2015, khiến toàn bộ 224 người thiệt mạng.'), [['2015-10-31', 'Sinai']]);
});

test('"một kẻ đánh bom lao xe máy vào chiếc xe …", "hai kẻ đánh bom khác tấn công ở …" are attacks; a summons "… tới Tổng hành dinh ở Rawalpindi" is where the summoned were called', () => {
  assert.deepEqual(attacks('Ngày 15/2, một kẻ đánh bom lao xe máy vào chiếc xe chở các thẩm phán ở Peshawar, trong khi hai kẻ đánh bom khác tấn công ở khu vực bộ tộc Mohmand.'), ['lao xe máy vào', 'tấn công']);
  // (not a bomber's plan, nor anyone's attack "ở" a place without a bomber)
  assert.deepEqual(attacks('Quân đội Pakistan tấn công ở khu vực bộ tộc.'), []);
  const events = extractArticle({ id: 't', text: 'Tiêu đề\n\n18/02/2017 08:00 GMT+7\n\nSáng hôm qua (17/2), quân đội Pakistan triệu tập các quan chức Đại sứ quán Afghanistan tới Tổng hành dinh ở Rawalpindi và trao cho họ danh sách 76 phần tử khủng bố.' }).events;
  assert.deepEqual(events.map((e) => [e.type, e.start, e.location?.name ?? null]), [['statement', '2017-02-17', 'Rawalpindi']]);
});

test('"đã triệu phó đại diện Đại sứ quán Afghanistan tại Islamabad" is a summons, the embassy\'s deputy head named by the embassy', () => {
  assert.deepEqual(kinds('Cũng trong ngày 15/2, Bộ Ngoại giao Pakistan đã triệu phó đại diện Đại sứ quán Afghanistan tại Islamabad để phản đối.'), ['statement:triệu']);
  // (a number in millions is none)
  assert.deepEqual(kinds('Dự án trị giá 3 triệu quan chức đại sứ quán.'), []);
});

test('"Houthi tấn công bằng máy bay không người lái và tên lửa vào … ở khu công nghiệp Musaffah" is an attack placed in the industrial area; "không quân UAE đã phá hủy bệ phóng tên lửa …" is a strike', () => {
  const header = 'Tiêu đề\n\n31/01/2022 08:00 GMT+7\n\n';
  const told = (body: string) => extractArticle({ id: 't', text: header + body }).events.filter((e) => e.type === 'attack').map((e) => [e.start, e.location?.name ?? null]);
  assert.deepEqual(told('Ngày 17/1, Houthi tấn công bằng máy bay không người lái và tên lửa vào một kho nhiên liệu ở khu công nghiệp Musaffah và khu vực đang mở rộng của sân bay quốc tế Abu Dhabi, khiến 3 người thiệt mạng.'), [['2022-01-17', 'Musaffah']]);
  assert.deepEqual(attacks('Vài giờ sau, Bộ này cho biết không quân UAE đã phá hủy bệ phóng tên lửa đạn đạo của Houthi tại tỉnh Al Jawf, Yemen.'), ['phá hủy']);
  // (not something else destroyed: "phá hủy vũ khí hóa học" by inspectors)
  assert.deepEqual(attacks('Các thanh sát viên đã phá hủy kho vũ khí hóa học.'), []);
});

test('"Donald Trump cùng ngày đăng Twitter ca ngợi …" is a statement; "Điện Elysée ngày 26/3 thông báo …", spelled without its accent, is the Élysée announcing', () => {
  assert.deepEqual(kinds('Từ Washington, Tổng thống Mỹ Donald Trump cùng ngày đăng Twitter ca ngợi ông Beltrame là "một người anh hùng vĩ đại".'), ['statement:đăng Twitter']);
  const events = extractArticle({ id: 't', text: 'Tiêu đề\n\n27/03/2018 08:00 GMT+7\n\nĐiện Elysée ngày 26/3 thông báo lễ vinh danh cấp quốc gia dành cho Trung tá hiến binh Arnaud Beltrame sẽ diễn ra tại điện Invalides.' }).events;
  assert.deepEqual(events.map((e) => [e.type, e.start, e.location?.name ?? null]), [['statement', '2018-03-26', 'Élysée Palace, Paris']]);
});

test('"chiếc máy bay chở khách của hãng Metrojet phát nổ trên bán đảo Sinai ngày 31/10/2015" is an attack; a plane landing or taking off is none', () => {
  assert.deepEqual(attacks('Các chuyến bay bị đình chỉ sau khi chiếc máy bay chở khách của hãng Metrojet phát nổ trên bán đảo Sinai ngày 31/10/2015 khiến toàn bộ 224 người thiệt mạng.'), ['phát nổ']);
  assert.deepEqual(attacks('Chiếc máy bay chở Tổng thống hạ cánh xuống sân bay Nội Bài.'), []);
});

test('gunmen attacking a town named, then told what it is ("đã tấn công Palma, thị trấn ven biển …"), is an attack; a name with no such apposition is not', () => {
  assert.deepEqual(kinds('Hơn 100 tay súng đã tấn công Palma, thị trấn ven biển thuộc tỉnh Cabo Delgado ở miền bắc Mozambique, từ chiều 24/3.'), ['attack:tấn công']);
  assert.deepEqual(kinds('Các tay súng đã tấn công thành phố Palma.'), ['attack:tấn công']);
  assert.deepEqual(kinds('Phiến quân tấn công Chính phủ bằng lời lẽ gay gắt.'), []);
});

test('an incident opening after whom it is told by: "Theo Bộ Nội vụ Saudi Arabia, vụ việc xảy ra …" names "vụ việc", not the "vụ" of "Nội vụ"', () => {
  const t = incidentTrigger('Theo Bộ Nội vụ Saudi Arabia, vụ việc xảy ra lúc 2h sáng.');
  assert.deepEqual(t && [t.start, t.text], [29, 'vụ việc']);
  assert.equal(incidentTrigger('Vụ đầu tiên xảy ra ngay sau nửa đêm tại thành phố cảng Jeddah.')?.text, 'Vụ đầu tiên');
});
