import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';

// Shapes of Vietnamese news first met in held-out batches 11–13, each on a short text of its own:
// states' bodies, armed groups and spokespeople as the subjects of what they declare, the people
// an attack killed, attacks told by what was hit, states that met or agreed with no one named,
// summit days, receptions, letters, oaths of office.

const HEADER = 'Tiêu đề bài báo\n\n20/01/2020 09:00 GMT+7\n\n';
const rows = (body: string, header = HEADER) =>
  extractArticle({ id: 't', text: header + body }).events.map((e) => [e.start, e.type, e.title.en, e.participants.map((p) => p.name).join('+'), e.location?.name ?? null]);

test('a group claims an attack: "IS nhận trách nhiệm", "tuyên bố đứng sau"', () => {
  assert.deepEqual(rows('Ngày 2/1, IS nhận trách nhiệm vụ xả súng tại hộp đêm.').filter((r) => r[1] === 'statement'),
    [['2020-01-02', 'statement', 'Islamic State claims responsibility', '', null]]);
  assert.deepEqual(rows('Tổ chức Nhà nước Hồi giáo (IS) tối 4/1 đã tuyên bố nhận trách nhiệm thông qua hãng tin Amaq.'),
    [['2020-01-04', 'statement', 'Islamic State claims responsibility', '', null]]);
});

test("a parliament's resolution is passed in its capital; an embassy speaks for its own country where it is posted", () => {
  assert.deepEqual(rows('Ngày 5/1, Quốc hội Iraq thông qua nghị quyết yêu cầu quân đội nước ngoài rút đi.'),
    [['2020-01-05', 'statement', 'The parliament of Iraq passes a resolution', '', 'Baghdad']]);
  assert.deepEqual(rows('Ngày 17/1, Đại sứ quán Trung Quốc tại Mỹ lên án tuyên bố chung.'),
    [['2020-01-17', 'statement', 'The embassy of China issues a condemnation', '', 'United States']]);
  assert.deepEqual(rows('Ngày 3/1, Điện Kremlin thông báo kế hoạch mới.').map((r) => r[2]), ['The Kremlin makes an announcement']);
});

test('the people an attack killed take part in it: "khiến X … thiệt mạng", "ám sát X"', () => {
  const killed = rows('Rạng sáng 3/1, máy bay không người lái của Mỹ đã phóng tên lửa vào đoàn xe rời sân bay quốc tế Baghdad, khiến Thiếu tướng Qassem Soleimani, chỉ huy lực lượng Quds, thiệt mạng.');
  assert.deepEqual(killed, [['2020-01-03', 'attack', killed[0][2], 'Qassem Soleimani', 'Baghdad']]);
  // the people who condemn it do not
  const condemned = rows('Rạng sáng 3/1, máy bay không người lái của Mỹ đã phóng tên lửa vào đoàn xe tại Baghdad, khiến 10 người thiệt mạng. Ngày 4/1, Lãnh tụ tối cao Iran Ali Khamenei lên án vụ tấn công.');
  assert.deepEqual(condemned.map((r) => [r[1], r[3]]), [['attack', ''], ['statement', 'Ali Khamenei']]);
});

test('criticism is a statement, an ongoing one is not; a relative clause on a person is not what the sentence tells', () => {
  assert.deepEqual(rows('Sáng 4/1, ông Donald Trump chỉ trích Thị trưởng London Sadiq Khan, người kêu gọi người dân bình tĩnh.').map((r) => [r[1], r[3]]),
    [['statement', 'Donald Trump']]);
  assert.deepEqual(rows('Ngày 4/1, Tổng thống Philippines Rodrigo Duterte tiếp tục chỉ trích Washington.'), []);
});

test('a killing counted ("sát hại 12 người", "bắn chết một nữ cảnh sát") is an attack; a day that set the scene dates the sentence after it', () => {
  assert.deepEqual(rows('Ngày 8/1, tay súng bắn chết một nữ cảnh sát ở Montrouge.').map((r) => [r[0], r[1], r[4]]), [['2020-01-08', 'attack', 'Montrouge']]);
  // "Hôm 9/1, …" tells nothing itself; the shooting told right after it is of that day, and so is "Tối cùng ngày"
  const out = rows('Hôm 9/1, cuộc truy lùng kết thúc bằng hai chiến dịch vây bắt. Tay súng xả súng vào đám đông ở Montrouge, sát hại 4 người. Tối cùng ngày, Tổng thống Pháp François Hollande phát biểu trên truyền hình.');
  assert.deepEqual(out.map((r) => [r[0], r[1]]).sort(), [['2020-01-09', 'attack'], ['2020-01-09', 'statement']]);
});

test('a deal spoken of ("khẳng định thỏa thuận …") is no deal reached; "phát biểu … từ sáng 14/1" is when it was said', () => {
  const out = rows('Phát biểu tại Nhà Trắng từ sáng sớm 14/1, Tổng thống Mỹ Donald Trump khẳng định thỏa thuận "dựa trên sự kiểm chứng".');
  assert.deepEqual(out.map((r) => [r[0], r[1], r[3]]), [['2020-01-14', 'statement', 'Donald Trump']]);
  // what was announced from a day on is not when it was announced
  assert.deepEqual(rows('Ngày 10/1, Tổng thống Mỹ Donald Trump tuyên bố lệnh cấm có hiệu lực từ ngày 15/1.').map((r) => r[0]), ['2020-01-10']);
});

test('"… kể từ khi X nhậm chức là hôm 28/1": after "là" the date is the main clause\'s; "gọi cuộc điện đàm chỉ là …" judges it', () => {
  const body = 'Ngày 4/1, Tổng thống Mỹ Donald Trump đã điện đàm với Tổng thống Nga Vladimir Putin. Lần đầu tiên hai người điện đàm kể từ khi ông Trump nhậm chức là hôm 2/1.';
  assert.deepEqual(rows(body).map((r) => [r[0], r[1]]), [['2020-01-02', 'call'], ['2020-01-04', 'call']]);
  const judged = rows('Ngày 5/1, Ngoại trưởng Trung Quốc Vương Nghị gọi cuộc điện đàm chỉ là "trò vặt" của phía Đài Loan.');
  assert.deepEqual(judged.map((r) => [r[1], r[3]]), [['statement', 'Wang Yi']]);
});

test('a spokesperson who declares or judges makes a statement; one who announces what others did is a source', () => {
  const own = rows('Hôm 15/1, người phát ngôn Bộ Ngoại giao Iran Abbas Mousavi gọi các tuyên bố của Mỹ là "vô nghĩa".');
  assert.deepEqual(own.map((r) => [r[0], r[1], r[3]]), [['2020-01-15', 'statement', 'Abbas Mousavi']]);
  const apposed = rows('Ngày 14/1, người phát ngôn quân sự của lực lượng Houthi ở Yemen, ông Yahya Saree, tuyên bố nhóm này đã dùng 10 máy bay không người lái.');
  assert.deepEqual(apposed.map((r) => r[3]), ['Yahya Saree']);
  const told = rows('Hôm 17/1, người phát ngôn Điện Kremlin Dmitry Peskov thông báo Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đã gửi thư cho Tổng thống Nga Vladimir Putin.');
  assert.ok(told.every((r) => !String(r[3]).includes('Peskov')), 'Peskov only tells of the letter');
});

test('"Hôm sau" after a sentence that told a day but no event counts from that day', () => {
  const out = rows('Ngày 5/1, chính phủ Ấn Độ bãi bỏ Điều 370 của hiến pháp. Hôm sau, người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh tuyên bố động thái này "không thể chấp nhận được".');
  assert.deepEqual(out.map((r) => [r[0], r[1], r[3]]), [['2020-01-06', 'statement', 'Hua Chunying']]);
});

test('hosts of top offices "lần lượt tiếp" a visitor: one reception each; "hai bộ trưởng" is the pair of ministers', () => {
  const out = rows('Ngày 19/7, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Mỹ Lloyd Austin tại Hà Nội. Tổng thống Mỹ Joe Biden đã gửi lời chào. Sau hội đàm, hai bộ trưởng ký Bản ghi nhớ. Cùng ngày, Chủ tịch nước Nguyễn Xuân Phúc và Thủ tướng Phạm Minh Chính lần lượt tiếp Bộ trưởng Austin.', 'Tiêu đề\n\n20/07/2021 09:00 GMT+7\n\n');
  const people = out.map((r) => `${r[1]} ${r[3]}`);
  assert.ok(people.includes('agreement Phan Văn Giang+Lloyd Austin'), JSON.stringify(out));
  assert.ok(people.includes('meeting Nguyễn Xuân Phúc+Lloyd Austin') && people.includes('meeting Phạm Minh Chính+Lloyd Austin'), JSON.stringify(out));
});

test('"Trước ông X," compares, X takes no part; "hoan nghênh việc … đạt được thỏa thuận" welcomes an agreement of others', () => {
  assert.deepEqual(rows('Trước ông Austin, Bộ trưởng Quốc phòng Mỹ Mark Esper đã thăm Việt Nam hồi tháng 1.').map((r) => r[3]), ['Mark Esper']);
  // (the welcome itself is a statement of his, no agreement of his)
  assert.deepEqual(rows('Ngày 19/1, Thủ tướng Phạm Minh Chính hoan nghênh việc Bộ Tài chính Mỹ và Ngân hàng Nhà nước đã đạt được thỏa thuận.').map((r) => r[1]), ['statement']);
});

test('"Quốc hội Iran hôm 1/1 thông qua dự luật" is the parliament\'s act in Tehran; "X cáo buộc …" is a statement', () => {
  assert.deepEqual(rows('Quốc hội Iran hôm 1/1 thông qua dự luật yêu cầu chính phủ nâng mức làm giàu urani.').map((r) => [r[0], r[2], r[4]]),
    [['2020-01-01', 'The parliament of Iran passes a bill', 'Tehran']]);
  assert.deepEqual(rows('Ngày 2/1, Thư ký Hội đồng An ninh quốc gia tối cao Ali Shamkhani cáo buộc Israel đứng sau vụ tấn công.').map((r) => [r[1], r[3]]), [['statement', 'Ali Shamkhani']]);
});

test('"Ngay trong tối hôm đó", "Hôm đó", "Cùng tối" are the day just told; "X cũng khẳng định" says it then too', () => {
  const out = rows('Chiều 7/1, xe chở ông Fakhrizadeh bị tấn công bằng súng và chất nổ ở thị trấn Absard. Ngay trong tối hôm đó, Ngoại trưởng Iran Mohammad Javad Zarif viết trên Twitter rằng có dấu hiệu nghiêm trọng. Sang ngày 8/1, Lãnh tụ tối cao Ali Khamenei ra tuyên bố kêu gọi trừng phạt. Tổng thống Hassan Rouhani cũng khẳng định Iran sẽ đáp trả.');
  assert.deepEqual(out.map((r) => [r[0], r[1], r[3]]), [['2020-01-07', 'attack', ''], ['2020-01-07', 'statement', 'Mohammad Javad Zarif'], ['2020-01-08', 'statement', 'Ali Khamenei'], ['2020-01-08', 'statement', 'Hassan Rouhani']]);
  // "cũng từng" is ever, not then
  assert.deepEqual(rows('Sang ngày 8/1, Lãnh tụ tối cao Ali Khamenei ra tuyên bố kêu gọi trừng phạt. Tổng thống Hassan Rouhani cũng từng khẳng định Iran sẽ đáp trả.').map((r) => r[3]), ['Ali Khamenei']);
});

test('attacks told by what was hit ("hai tàu chở dầu bị tấn công trên vịnh Oman", placed in the gulf), by blasts heard, by a truck that blew up', () => {
  assert.deepEqual(rows('Đến ngày 13/1, hai tàu chở dầu bị tấn công trên vịnh Oman, và Mỹ quy trách nhiệm cho Iran.').map((r) => [r[0], r[1], r[4]]), [['2020-01-13', 'attack', 'Gulf of Oman']]);
  assert.deepEqual(rows('Hôm 12/1, bốn tàu thương mại, trong đó có hai tàu chở dầu của Saudi Arabia, bị phá hoại ngoài khơi cảng Fujairah của UAE.').map((r) => [r[1], r[4]]), [['attack', 'United Arab Emirates']]);
  assert.deepEqual(rows('Những tiếng nổ lớn vang lên ở trung tâm thủ đô Kiev khoảng 8h15 sáng 10/1.').map((r) => [r[0], r[1], r[4]]), [['2020-01-10', 'attack', 'Kyiv']]);
  assert.deepEqual(rows('Khoảng 6h ngày 8/1, một xe tải phát nổ trên cây cầu Crimea.').map((r) => [r[0], r[1]]), [['2020-01-08', 'attack']]);
  // what a state threatens is no attack
  assert.deepEqual(rows('Ngày 8/1, Iran cảnh báo các tàu chở dầu sẽ bị tấn công nếu đi qua eo biển.').filter((r) => r[1] === 'attack'), []);
});

test('"thủ đô Áo" is Vienna; an attack named as whose victims are mourned is no attack of the day', () => {
  assert.deepEqual(rows('Ngày 11/1, Cuộc gặp diễn ra sau vụ xả súng tối 2/1 tại khu trung tâm lịch sử của thủ đô Áo.').filter((r) => r[1] === 'attack').map((r) => [r[0], r[4]]), [['2020-01-02', 'Vienna']]);
  const march = rows('Chiều 11/1, Tổng thống Pháp François Hollande dẫn đầu đoàn tuần hành tưởng niệm 17 nạn nhân của chuỗi vụ tấn công khủng bố làm rung chuyển thủ đô Pháp. Sáng cùng ngày, Bộ trưởng Nội vụ Pháp Bernard Cazeneuve chủ trì cuộc họp khẩn với Bộ trưởng Tư pháp Mỹ Eric Holder.');
  assert.ok(march.every((r) => r[0] !== '2020-01-11' || r[1] !== 'attack'), JSON.stringify(march));
  assert.ok(march.some((r) => r[0] === '2020-01-11' && r[1] === 'meeting'), JSON.stringify(march));
});

test('"ký văn kiện sáp nhập" is a signing; a summit named for a plan after a call is not where the call was', () => {
  assert.deepEqual(rows('Ông Putin hôm 30/12 ký văn kiện sáp nhập bốn vùng tại Điện Kremlin.', 'Tiêu đề\n\n05/01/2023 09:00 GMT+7\n\n').map((r) => [r[0], r[1], r[3]]), [['2022-12-30', 'agreement', 'Vladimir Putin']]);
  const call = rows('Hôm 18.6, Tổng thống Mỹ Donald Trump viết trên Twitter rằng ông vừa có cuộc điện đàm với Chủ tịch Trung Quốc Tập Cận Bình và hai bên sẽ có cuộc gặp tại hội nghị thượng đỉnh G20 ở Osaka vào cuối tháng này.', 'Tiêu đề\n\n21/06/2019 09:00 GMT+7\n\n');
  assert.deepEqual(call.map((r) => [r[0], r[1], r[4]]), [['2019-06-18', 'call', null]]);
});

test('what was said ("… rằng … qua đàm phán") is no event; "Sau tuyên bố của ông X, ông Y lên truyền hình …" is Y\'s, on X\'s day', () => {
  const said = rows('Ngày 6/1, Tổng thư ký Liên Hợp Quốc Antonio Guterres phát biểu rằng vấn đề phải được giải quyết qua đàm phán trực tiếp.');
  assert.deepEqual(said.map((r) => [r[0], r[1], r[3]]), [['2020-01-06', 'statement', 'António Guterres']]);
  const out = rows('Ngày 6/1, Tổng thống Mỹ Donald Trump tuyên bố công nhận Jerusalem. Sau tuyên bố của ông Trump, Tổng thống Palestine Mahmoud Abbas lên truyền hình khẳng định Mỹ đã tự loại mình khỏi vai trò trung gian.');
  assert.deepEqual(out.map((r) => [r[0], r[1], r[3]]).sort(), [['2020-01-06', 'statement', 'Donald Trump'], ['2020-01-06', 'statement', 'Mahmoud Abbas']]);
});

test('a recall of ambassadors is declared: "Paris triệu hồi đại sứ", "Chính quyền Palestine … triệu hồi đại sứ"', () => {
  assert.deepEqual(rows('Chính quyền Palestine hôm 12/1 đã triệu hồi đại sứ tại Bahrain để tham vấn.').map((r) => [r[0], r[2]]), [['2020-01-12', 'The government of Palestine recalls an ambassador']]);
  assert.deepEqual(rows('Đến tối 17/1, theo chỉ thị của ông Emmanuel Macron, Paris triệu hồi đại sứ tại Mỹ về nước.').map((r) => [r[0], r[1]]), [['2020-01-17', 'statement']]);
});

test('"chủ trì lễ đón chính thức X" is a reception of X; with "và hội đàm" after it, the talks tell it', () => {
  const out = rows('Sáng 19/1, Chủ tịch nước Trần Đại Quang đã chủ trì lễ đón chính thức Tổng thống Philippines Rodrigo Duterte tại Phủ Chủ tịch.', 'Tiêu đề\n\n20/01/2017 09:00 GMT+7\n\n');
  assert.deepEqual(out.map((r) => [r[0], r[1], r[3], r[4]]), [['2017-01-19', 'meeting', 'Trần Đại Quang+Rodrigo Duterte', 'Presidential Palace, Hanoi']]);
  const both = rows('Sáng 19/1, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang chủ trì lễ đón chính thức và hội đàm với Tổng thống Philippines Rodrigo Duterte.', 'Tiêu đề\n\n20/01/2017 09:00 GMT+7\n\n');
  assert.deepEqual(both.map((r) => [r[1], r[3]]), [['meeting', 'Trần Đại Quang+Rodrigo Duterte']]);
});

test('summit days: "Cũng trong ngày cuối hội nghị" is its last day, "Trong ngày làm việc đầu tiên" its first; "gặp riêng với A, rồi với B" two meetings', () => {
  const sco = rows('Ngày 15/9, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Vladimir Putin hội đàm bên lề hội nghị thượng đỉnh SCO ở Samarkand. Cũng trong ngày cuối hội nghị, ông Putin gặp Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan.', 'Tiêu đề\n\n17/09/2022 09:00 GMT+7\n\n');
  assert.deepEqual(sco.map((r) => [r[0], r[3], r[4]]), [['2022-09-15', 'Xi Jinping+Vladimir Putin', 'Samarkand'], ['2022-09-16', 'Vladimir Putin+Recep Tayyip Erdogan', 'Samarkand']]);
  const g7 = rows('Hội nghị thượng đỉnh G7 diễn ra trong hai ngày 8-9/6 tại La Malbaie, Quebec. Trong ngày làm việc đầu tiên, Tổng thống Mỹ Donald Trump có cuộc gặp riêng với Thủ tướng Canada Justin Trudeau, rồi với Tổng thống Pháp Emmanuel Macron.', 'Tiêu đề\n\n10/06/2018 09:00 GMT+7\n\n');
  assert.deepEqual(g7.filter((r) => r[1] === 'meeting').map((r) => [r[0], r[3]]).sort(), [['2018-06-08', 'Donald Trump+Emmanuel Macron'], ['2018-06-08', 'Donald Trump+Justin Trudeau']]);
  // the summit itself keeps its days
  assert.deepEqual(g7.filter((r) => r[1] === 'summit').map((r) => r[0]), ['2018-06-08']);
});

test('"A và B bắt tay tại X ngày D" tells their meeting; "A đón B tại X" a reception', () => {
  assert.deepEqual(rows('Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin bắt tay tại Hamburg ngày 7/1.').map((r) => [r[0], r[1], r[3], r[4]]), [['2020-01-07', 'meeting', 'Donald Trump+Vladimir Putin', 'Hamburg']]);
  assert.deepEqual(rows('Phó Thủ tướng Phạm Bình Minh đón Ngoại trưởng Mỹ Mike Pompeo tại trụ sở Bộ Ngoại giao sáng 10/1.').map((r) => [r[0], r[1], r[3]]), [['2020-01-10', 'meeting', 'Phạm Bình Minh+Mike Pompeo']]);
  // the New Year is no one
  assert.deepEqual(rows('Ngày 1/1, người dân đón năm mới tại Hà Nội.'), []);
});

test('states that met or agreed with no one named: "Nga và Ukraine đã tổ chức vòng đàm phán …", "đại diện 11 nước … đã ký"', () => {
  assert.deepEqual(rows('Ngày 5/1, Nga và Ukraine đã tổ chức vòng đàm phán thứ hai tại Belarus.').map((r) => [r[0], r[1], r[2], r[4]]), [['2020-01-05', 'meeting', 'Russia and Ukraine hold talks in Belarus', 'Belarus']]);
  assert.deepEqual(rows('Ngày 5/1, Mỹ và Trung Quốc đạt được thỏa thuận thương mại giai đoạn một.').map((r) => r[2]), ['The United States and China reach agreement']);
  assert.deepEqual(rows('Ngày 8/1, tại thủ đô Santiago của Chile, đại diện 11 nước gồm Australia, Brunei, Canada, Chile, Nhật Bản, Malaysia, Mexico, New Zealand, Peru, Singapore và Việt Nam đã ký Hiệp định CPTPP.').map((r) => [r[1], r[2], r[4]]),
    [['agreement', '11 countries sign an agreement in Santiago', 'Santiago']]);
  // one state is not a meeting
  assert.deepEqual(rows('Ngày 5/1, Nga đã tổ chức vòng đàm phán.'), []);
});

test('the UN and its Security Council declare; an ambassador summoned; a letter sent; a leader sworn in', () => {
  assert.deepEqual(rows('Ngày 5/1, Hội đồng Bảo an Liên Hợp Quốc đã thông qua nghị quyết về Syria.').map((r) => r[2]), ['The UN Security Council passes a resolution']);
  assert.deepEqual(rows('Ngày 5/1, Liên Hợp Quốc lên án vụ tấn công.').map((r) => r[2]), ['The United Nations issues a condemnation']);
  assert.deepEqual(rows('Hôm 5/1, Bộ Ngoại giao Trung Quốc triệu tập đại sứ Mỹ để phản đối.').map((r) => [r[2], r[4]]), [['The foreign ministry of China summons an ambassador', 'Beijing']]);
  assert.deepEqual(rows('Ngày 5/1, Tổng thống Pháp Emmanuel Macron gửi thư cho Chủ tịch Trung Quốc Tập Cận Bình.').map((r) => [r[1], r[3]]), [['statement', 'Emmanuel Macron']]);
  assert.deepEqual(rows('Ngày 20/1, Tổng thống Mỹ Joe Biden tuyên thệ nhậm chức.', 'Tiêu đề\n\n21/01/2021 09:00 GMT+7\n\n').map((r) => [r[0], r[1], r[2]]), [['2021-01-20', 'other', 'Biden takes office']]);
  // taking office told as the time of something else is no event
  assert.deepEqual(rows('Kể từ khi chính thức nhậm chức ngày 20/1, ông Biden chưa gặp ông Tập.', 'Tiêu đề\n\n21/03/2021 09:00 GMT+7\n\n'), []);
});

test('an attack named as judged, investigated or mourned is dated and placed only by its own words; a birth year and an anniversary\'s dates date nothing', () => {
  const out = rows('Vụ nổ xảy ra chiều 3/1 trong một toa tàu điện ngầm ở St. Petersburg. Trước đó, khi tiếp Tổng thống Ai Cập Abdel Fattah al-Sisi tại Nhà Trắng hôm 3/1, ông Donald Trump đã gọi vụ nổ là "một điều khủng khiếp". Ủy ban Điều tra Nga ngày 4/1 xác định nghi phạm gây ra vụ nổ trên tàu điện ngầm St. Petersburg là một công dân sinh năm 1995.');
  assert.deepEqual(out.filter((r) => r[1] === 'attack').map((r) => [r[0], r[4]]), [['2020-01-03', 'St. Petersburg']]);
  const anniversary = rows('Ngày 5/1, Chủ tịch Trung Quốc Tập Cận Bình thăm Hà Nội, trong năm hai nước kỷ niệm 65 năm thiết lập quan hệ ngoại giao (18/1/1950 - 18/1/2015).', 'Tiêu đề\n\n06/11/2015 09:00 GMT+7\n\n');
  assert.ok(anniversary.every((r) => !String(r[0]).startsWith('1950')), JSON.stringify(anniversary));
});

test('states listed each with a year of its own ("Ai Cập (năm 1979) và Jordan (năm 1994) ký hiệp ước") are no one agreement', () => {
  assert.deepEqual(rows('Trước UAE và Bahrain, mới chỉ có Ai Cập (năm 1979) và Jordan (năm 1994) ký hiệp ước hòa bình với Israel.').filter((r) => String(r[2]).includes('Egypt and Jordan')), []);
});

test('a leader\'s reaction to an attack of the day before, said without a day, is of the attack\'s day; an older attack lends none', () => {
  const attack = 'Sáng 19/1, hai vụ nổ rung chuyển sân bay Zaventem ở Brussels, khiến 30 người thiệt mạng.\n\n';
  const reaction = 'Tổng thống Pháp François Hollande tuyên bố các vụ tấn công ở Brussels nhắm vào cả châu Âu.';
  assert.deepEqual(rows(attack + reaction).map((r) => [r[0], r[1], r[3]]), [['2020-01-19', 'attack', ''], ['2020-01-19', 'statement', 'François Hollande']]);
  // a statement that does not react to it, or an attack weeks old: no day to take
  assert.deepEqual(rows(attack + 'Tổng thống Pháp François Hollande tuyên bố cải cách lao động.').map((r) => r[1]), ['attack']);
  assert.deepEqual(rows(attack.replace('19/1', '2/1') + reaction).map((r) => r[1]), ['attack']);
  // "ông nói" after a named leader is a statement too
  assert.deepEqual(rows('Trưa 19/1, Thủ tướng Bỉ Charles Michel nói: "Điều chúng ta lo sợ đã xảy ra".').map((r) => [r[1], r[3]]), [['statement', 'Charles Michel']]);
});

test('a circumstance told between commas after the subject (", đang ở Havana trong chuyến thăm …,") is not what the sentence tells', () => {
  assert.deepEqual(rows('Tổng thống Mỹ Barack Obama, đang ở Havana trong chuyến thăm lịch sử tới Cuba, hôm 19/1 gửi lời chia buồn tới người dân Bỉ.').map((r) => [r[1], r[3]]),
    [['statement', 'Barack Obama']]);
});

test('a summit the sentence opens on, closed that day, is an event beside the one the sentence stresses; the leaders told at it attend it', () => {
  const text = 'Hội nghị thượng đỉnh G20 ở Thổ Nhĩ Kỳ khép lại chiều 16/11/2015, nhưng điểm nhấn lại là cuộc trao đổi giữa hai nhà lãnh đạo Mỹ và Nga.\n\n'
    + 'Bên lề hội nghị G20 ở Antalya ngày 15/11/2015, Tổng thống Mỹ Barack Obama hội đàm với Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan.\n\n'
    + 'Cũng bên lề hội nghị G20 ở Antalya ngày 16/11/2015, Tổng thống Nga Vladimir Putin gặp Thủ tướng Anh David Cameron.';
  const summit = rows(text).find((r) => r[1] === 'summit');
  assert.deepEqual(summit && [summit[0], summit[4]], ['2015-11-16', 'Antalya']);
  assert.deepEqual(String(summit![3]).split('+').sort(), ['Barack Obama', 'David Cameron', 'Recep Tayyip Erdogan', 'Vladimir Putin']);
  // two people told at a summit are no attendance list (they would read as a bilateral meeting)
  const two = rows(text.split('\n\n').slice(0, 2).join('\n\n')).find((r) => r[1] === 'summit');
  assert.equal(two?.[3], '');
});

test('the date of a fronted report ("Theo báo Washington Post hôm 1/2, cuộc điện đàm diễn ra … (28/1)") is the report\'s, not the event\'s', () => {
  assert.deepEqual(rows('Theo báo Washington Post hôm 19/1, cuộc điện đàm diễn ra tối thứ bảy tuần trước (18/1) đã bị ông Donald Trump kết thúc sau 25 phút.').map((r) => [r[0], r[1]]), [['2020-01-18', 'call']]);
});

test('calls made one by one ("lần lượt điện đàm với A, B, C và D") are one call each', () => {
  assert.deepEqual(rows('Ngày 11/1, ông Donald Trump lần lượt điện đàm với Thủ tướng Nhật Bản Shinzo Abe, Thủ tướng Đức Angela Merkel và Tổng thống Nga Vladimir Putin.').map((r) => r[3]).sort(),
    ['Donald Trump+Angela Merkel', 'Donald Trump+Shinzo Abe', 'Donald Trump+Vladimir Putin']);
});

test('offices: a ministry named after "Bộ trưởng" is no name ("Bộ trưởng Di trú Peter Dutton"); an ambassador is named after where posted ("Đại sứ Australia tại Mỹ Joe Hockey")', () => {
  assert.deepEqual(rows('Ngày 13/1, Thủ tướng Australia Malcolm Turnbull và Bộ trưởng Di trú Peter Dutton công bố thỏa thuận.').map((r) => r[3]), ['Malcolm Turnbull+Peter Dutton']);
  assert.deepEqual(rows('Hôm 2/1, Thượng nghị sĩ John McCain điện đàm với Đại sứ Australia tại Mỹ Joe Hockey.').map((r) => [r[1], r[3]]), [['call', 'John McCain+Joe Hockey']]);
});

test('an event word that gives the cause ("vì nội dung cuộc điện đàm bị rò rỉ") or what a victim was doing ("bị bắn chết khi đang phát biểu") is no event of the sentence', () => {
  assert.deepEqual(rows('Sáng 2/1, trả lời phỏng vấn đài phát thanh ở Sydney, Thủ tướng Australia Malcolm Turnbull nói ông "rất thất vọng" vì nội dung cuộc điện đàm bị rò rỉ.').map((r) => [r[1], r[3]]),
    [['statement', 'Malcolm Turnbull']]);
  assert.deepEqual(rows('Đại sứ Nga tại Thổ Nhĩ Kỳ Andrei Karlov bị một tay súng bắn chết khi đang phát biểu tại một triển lãm ở Ankara tối 19/1.').map((r) => r[1]), ['attack']);
});

test('a summit series\' leaders who meet ("Các nhà lãnh đạo 29 nước thành viên NATO … họp tại …") hold its summit, one with the summit told by name', () => {
  const header = 'Tiêu đề bài báo\n\nThứ năm, 05/12/2019 - 09:20\n\n';
  const met = 'Các nhà lãnh đạo 29 nước thành viên NATO hôm qua (4/12) họp tại khách sạn The Grove ở Watford, ngoại ô phía bắc London.';
  assert.deepEqual(rows(met, header).map((r) => [r[0], r[1], r[2]]), [['2019-12-04', 'summit', 'NATO summit in Watford']]);
  const named = 'Ngày 4/12, Tổng thống Mỹ Donald Trump dự Hội nghị thượng đỉnh NATO ở London.\n\n';
  assert.deepEqual(rows(named + met, header).filter((r) => r[1] === 'summit').length, 1);
  // leaders who meet with no series named are no summit of one
  assert.deepEqual(rows('Các nhà lãnh đạo doanh nghiệp hôm qua (4/12) họp tại khách sạn The Grove ở Watford.', header), []);
});

test('"(Sáng 3/12,) trong cuộc gặp … với X, Y chỉ trích …": the meeting the statement was made in is an event with its own people', () => {
  const header = 'Tiêu đề bài báo\n\nThứ năm, 05/12/2019 - 09:20\n\n';
  assert.deepEqual(rows('Sáng 3/12, trong cuộc gặp ăn sáng với Tổng thư ký NATO Jens Stoltenberg tại London, Tổng thống Mỹ Donald Trump chỉ trích phát biểu của Tổng thống Pháp Emmanuel Macron.', header).map((r) => [r[1], r[3]]),
    [['meeting', 'Jens Stoltenberg+Donald Trump'], ['statement', 'Donald Trump']]);
  // "chủ nhân Nhà Trắng và người đồng cấp Pháp": the French President
  assert.deepEqual(rows('Chiều 3/12, chủ nhân Nhà Trắng và người đồng cấp Pháp có cuộc gặp tại London.', header).map((r) => r[3]), ['Donald Trump+Emmanuel Macron']);
});

test('states counted, not named ("bộ trưởng phụ trách thương mại của 12 nước …, trong đó có Việt Nam, đã ký") sign as that many countries; a host "tiếp đón" its guests', () => {
  assert.deepEqual(rows('Bộ trưởng phụ trách thương mại của 12 nước vành đai Thái Bình Dương, trong đó có Việt Nam, đã ký Hiệp định TPP tại thành phố Auckland sáng 4/1.').map((r) => [r[0], r[1], r[2]]),
    [['2020-01-04', 'agreement', '12 countries sign an agreement in Auckland']]);
  // three are few enough to be named: a count of three is no subject of its own
  assert.deepEqual(rows('Bộ trưởng của 3 nước đã ký thỏa thuận tại Auckland sáng 4/1.'), []);
  assert.deepEqual(rows('Hôm 7/1, Tổng thống nước chủ nhà Hassan Rouhani đã tiếp đón Tổng thống Nga Vladimir Putin tại thủ đô Tehran.').map((r) => [r[1], r[3]]), [['meeting', 'Hassan Rouhani+Vladimir Putin']]);
});

test('attacks told by the attacker ("nghi phạm tấn công khu chợ …", "tấn công người đi đường"), at a spot named only by what it is, in the place of the attack told before', () => {
  const text = 'Cherif Chekatt, nghi phạm tấn công khu chợ Giáng sinh ở Strasbourg, đã bị cảnh sát hạ gục.\n\n'
    + 'Sáng 11/1, cảnh sát đến nhà định bắt y nhưng không gặp.\n\n'
    + 'Khoảng 20h cùng ngày, Chekatt mang súng ngắn và dao tấn công người đi đường tại các con phố quanh khu chợ Giáng sinh.';
  assert.deepEqual(rows(text).map((r) => [r[0], r[1], r[4]]), [['2020-01-11', 'attack', 'Strasbourg']]);
  // a venue with a name of its own is no spot to lend a place to
  const named = 'Một vụ đánh bom xảy ra ở Sinai.\n\nCác vụ xả súng và đánh bom liều chết tối thứ sáu 10/1 tại nhà hát Bataclan đã khiến 129 người chết.';
  assert.ok(!rows(named).some((r) => r[4] === 'Sinai' && r[0] === '2020-01-10'));
});

test('days counted back from an event a sentence names as its subject ("chính cuộc điện đàm … hôm 14/1 đã dẫn tới …. Trước đó hai ngày, …")', () => {
  const text = 'Tổng thống Mỹ Donald Trump và Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan điện đàm hôm 17/1.\n\n'
    + 'Theo báo Mỹ, chính cuộc điện đàm giữa hai nhà lãnh đạo hôm 14/1 đã dẫn tới quyết định của ông Trump. Trước đó hai ngày, ông Erdogan tuyên bố mở chiến dịch ở Syria.';
  assert.deepEqual(rows(text).filter((r) => r[1] === 'statement').map((r) => r[0]), ['2020-01-12']);
});

test('"Chiều cùng ngày" after a flashback paragraph resumes on the day the guest received was told, when the host was not told before', () => {
  const text = 'Sáng 17/1, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Australia Scott Morrison tại Hà Nội.\n\n'
    + 'Ngày 10/1, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng tuyên bố phản đối.\n\n'
    + 'Chiều cùng ngày, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng đã tiếp Thủ tướng Morrison.';
  assert.deepEqual(rows(text).filter((r) => String(r[3]).includes('Nguyễn Phú Trọng')).map((r) => r[0]), ['2020-01-17']);
});

test('a clause after a semicolon has people of its own (here a state banquet\'s two hosts); a place talked about ("duy trì hòa bình, ổn định ở Biển Đông") is not where', () => {
  assert.deepEqual(rows('Tối 12/1, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội kiến Chủ tịch Trung Quốc Tập Cận Bình; sau đó Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch nước Trần Đại Quang chủ trì quốc yến.').map((r) => r[3]).sort(),
    ['Nguyễn Phú Trọng+Trần Đại Quang', 'Nguyễn Thị Kim Ngân+Xi Jinping']);
  assert.deepEqual(rows('Ngày 12/1, Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch Trung Quốc Tập Cận Bình nhất trí duy trì hòa bình, ổn định ở Biển Đông.').map((r) => r[4]), [null]);
});

test('a tweet told in the passive ("được ông Trump báo trước trên Twitter hôm 21/1"); a rocket fired from somewhere that hit ("quả rocket phóng từ Dải Gaza đã rơi trúng")', () => {
  assert.deepEqual(rows('Quyết định được Tổng thống Mỹ Donald Trump báo trước trên Twitter hôm 16/1.').map((r) => [r[0], r[1], r[3]]), [['2020-01-16', 'statement', 'Donald Trump']]);
  assert.deepEqual(rows('Rạng sáng 15/1, một quả rocket phóng từ Dải Gaza đã rơi trúng một ngôi nhà ở làng Mishmeret, khiến bảy người bị thương.').map((r) => [r[0], r[1], r[4]]), [['2020-01-15', 'attack', 'Mishmeret']]);
});

test('a ceremony that "took place yesterday" sets the scene for who signed in the next sentence; "Macedonia" is a country, not part of a name', () => {
  const header = 'Tiêu đề bài báo\n\n18/06/2018 07:45 GMT+7\n\n';
  assert.deepEqual(rows('Lễ ký diễn ra hôm qua tại làng chài Psarades. Ngoại trưởng Hy Lạp Nikos Kotzias và người đồng cấp Macedonia Nikola Dimitrov đặt bút ký văn kiện.', header).map((r) => [r[0], r[1], r[3]]),
    [['2018-06-17', 'agreement', 'Nikos Kotzias+Nikola Dimitrov']]);
  assert.deepEqual(rows('Ngày 12/6, Thủ tướng Macedonia Zoran Zaev điện đàm với Thủ tướng Hy Lạp Alexis Tsipras.', header).map((r) => r[3]), ['Zoran Zaev+Alexis Tsipras']);
});

test('a summit not in the gazetteer, chaired by a head of state named with the country ("do Tổng thống Panama … chủ trì"), was held in that country\'s capital', () => {
  assert.deepEqual(rows('Hội nghị thượng đỉnh châu Mỹ, do Tổng thống Panama Juan Carlos Varela chủ trì trong hai ngày 10 và 11/1, lần đầu có sự tham gia của Cuba.').map((r) => [r[0], r[1], r[4]]),
    [['2020-01-10', 'summit', 'Panama City']]);
});

test('attacks listed one after another keep their own dates; a strike on a state\'s targets is placed in that state; the attack it answers ("đáp trả vụ tấn công …") is referred to, not told', () => {
  assert.deepEqual(rows('Đẫm máu nhất là loạt vụ tấn công ở Paris tối 13/11/2015 và vụ xe tải lao vào đám đông trên Đại lộ Anh ở Nice ngày 14/7/2016.').map((r) => [r[0], r[4]]),
    [['2015-11-13', 'Paris'], ['2016-07-14', 'Nice']]);
  assert.deepEqual(rows('Mỹ, Pháp và Anh tiến hành đợt không kích vào các cơ sở vũ khí hóa học của chính quyền Syria rạng sáng 14/1, đáp trả vụ tấn công nghi dùng vũ khí hóa học ở Douma.').map((r) => [r[0], r[1], r[4]]),
    [['2020-01-14', 'attack', 'Syria']]);
});

test('reactions: "hoan nghênh", "bác bỏ", "bày tỏ quan ngại" are statements (a spokesperson who welcomes speaks for the state), but not what was said at a meeting the sentence opens on, nor what a ruling rejected', () => {
  assert.deepEqual(rows('Tối 12/1, Người phát ngôn Bộ Ngoại giao Lê Hải Bình cho biết Việt Nam hoan nghênh việc Tòa Trọng tài ra phán quyết cuối cùng.').map((r) => [r[1], r[3]]), [['statement', 'Lê Hải Bình']]);
  assert.deepEqual(rows('Tiếp vị khách ngày 12/1, Thủ tướng Phạm Minh Chính hoan nghênh việc hai bên đạt được thỏa thuận.').filter((r) => r[1] === 'statement'), []);
  assert.deepEqual(rows('Ngày 12/1, Tổng thống Mỹ Barack Obama nêu quan ngại về Biển Đông, sau phán quyết của Tòa Trọng tài hôm 10/1 bác bỏ yêu sách "đường chín đoạn".').filter((r) => r[1] === 'statement').length, 0);
  // "cũng như" is "as well as", not "also": no day carried from the sentence before
  assert.deepEqual(rows('Ngày 12/1, Tổng thống Mỹ Barack Obama điện đàm với Thủ tướng Canada Justin Trudeau. Nhà lãnh đạo Mỹ hoan nghênh những đóng góp cũng như vai trò đi đầu của Canada.').map((r) => r[1]), ['call']);
});

test('an adviser who meets or is met ("Cố vấn An ninh Quốc gia Mỹ Jake Sullivan đã gặp …") takes part; one who only speaks of it is a source', () => {
  assert.deepEqual(rows('Ngày 6/1, Cố vấn An ninh Quốc gia Mỹ Jake Sullivan đã gặp Ủy viên Bộ Chính trị Trung Quốc Dương Khiết Trì tại Zurich.').map((r) => r[3]), ['Jake Sullivan+Yang Jiechi']);
  assert.deepEqual(rows('Ngày 4/1, Tổng thống Mỹ Joe Biden hội đàm với Cố vấn an ninh quốc gia Israel Eyal Hulata tại Washington.').map((r) => r[3]), ['Joe Biden+Eyal Hulata']);
  assert.deepEqual(rows('Ngày 4/1, Cố vấn an ninh quốc gia Mỹ Jake Sullivan cho biết Tổng thống Joe Biden đã điện đàm với Thủ tướng Anh Boris Johnson.').map((r) => r[3]), ['Joe Biden+Boris Johnson']);
  // one who speaks in a sentence that tells nothing else makes a statement of his own
  assert.deepEqual(rows('Hôm 11/7, Cố vấn An ninh Quốc gia Mỹ Jake Sullivan cho biết Washington lo ngại về kế hoạch này.').map((r) => [r[1], r[3]]), [['statement', 'Jake Sullivan']]);
});

test('a military coup ("quân đội Myanmar đã bắt giữ Cố vấn Nhà nước …") is an event of the leaders seized, and reactions to it said without a day are of its day', () => {
  const header = 'Tiêu đề bài báo\n\nCập nhật: 06:12 ngày 02/02/2021\n\n';
  const coup = 'Rạng sáng qua (1/2), quân đội Myanmar đã bắt giữ Cố vấn Nhà nước Aung San Suu Kyi, Tổng thống Win Myint cùng nhiều lãnh đạo.';
  assert.deepEqual(rows(coup, header).map((r) => [r[0], r[1], r[2], r[3]]), [['2021-02-01', 'other', 'Military coup in Myanmar', 'Aung San Suu Kyi+Win Myint']]);
  const reaction = '\n\nTổng thư ký Liên Hợp Quốc António Guterres lên án mạnh mẽ việc bắt giữ.';
  assert.deepEqual(rows(coup + reaction, header).filter((r) => r[1] === 'statement').map((r) => [r[0], r[3]]), [['2021-02-01', 'António Guterres']]);
  // a coup referred to by a day that is another event's ("xảy ra đúng vào ngày … sau cuộc tổng tuyển cử ngày 8/11") is no coup told
  // (the election itself is an event of that day: a vote held, no coup)
  assert.deepEqual(rows('Cuộc chính biến xảy ra đúng vào ngày quốc hội mới nhóm họp, sau cuộc tổng tuyển cử ngày 8/11 năm ngoái.', header).filter((r) => r[1] === 'other').map((r) => [r[0], r[2]]), [['2020-11-08', 'Election held']]);
});

test('a congratulating call ("Tổng thống Mỹ Donald Trump gọi điện chúc mừng"), a proposal ("hai nhà lãnh đạo đề xuất lập quỹ …", "trình kế hoạch chính thức mang tên …") and fire opened ("khai hỏa vào") are events', () => {
  assert.deepEqual(rows('Khoảng 22h30 tối 10/1, Tổng thống Mỹ Donald Trump gọi điện chúc mừng.').map((r) => [r[0], r[1], r[3]]), [['2020-01-10', 'call', 'Donald Trump']]);
  assert.deepEqual(rows('Hôm 18/1, Thủ tướng Đức Angela Merkel và Tổng thống Pháp Emmanuel Macron đề xuất lập quỹ 500 tỷ euro.').map((r) => [r[1], r[3]]), [['statement', 'Angela Merkel+Emmanuel Macron']]);
  assert.deepEqual(rows('Ngày 17/1, Chủ tịch Ủy ban châu Âu Ursula von der Leyen trình kế hoạch chính thức mang tên "Thế hệ EU tiếp theo".').map((r) => [r[1], r[3]]), [['statement', 'Ursula von der Leyen']]);
  // a proposal named ("đề xuất của ông") is no proposal made
  assert.deepEqual(rows('Ngày 17/1, Thủ tướng Hà Lan Mark Rutte bác bỏ đề xuất của ông Macron.').map((r) => r[3]), ['Mark Rutte']);
  assert.deepEqual(rows('Sáng 14/1, hai chiến đấu cơ F-16 đã khai hỏa vào chiếc Su-24 gần biên giới ở tỉnh Hatay.').map((r) => r[1]), ['attack']);
});

test('"Sau đó, X hội đàm …" opening a sentence is the day just told; "Thái tử kiêm Thủ tướng Mohammed bin Salman (MBS)"', () => {
  const text = 'Ngày 8/1, Quốc vương Salman bin Abdulaziz chủ trì lễ đón chính thức Chủ tịch Trung Quốc Tập Cận Bình tại Cung điện Al-Yamamah. Sau đó, Thái tử kiêm Thủ tướng Mohammed bin Salman (MBS) hội đàm với nhà lãnh đạo Trung Quốc.';
  assert.ok(rows(text).some((r) => r[0] === '2020-01-08' && r[3] === 'Mohammed bin Salman+Xi Jinping'), JSON.stringify(rows(text)));
});

test('a strike of "tổng cộng 105 tên lửa nhằm vào …" hits the state whose targets it names, not a capital named as who judged them', () => {
  assert.deepEqual(rows('Rạng sáng 14/1, Mỹ, Anh và Pháp phóng tổng cộng 105 tên lửa nhằm vào ba mục tiêu mà Washington cho là liên quan tới chương trình vũ khí hóa học của Syria: trung tâm Barzeh ở ngoại ô Damascus.').map((r) => [r[0], r[1], r[4]]),
    [['2020-01-14', 'attack', 'Syria']]);
});

test('"tiếp vị khách Trung Quốc": the guest is the visitor told before', () => {
  const text = 'Chiều 11/1, Tổng bí thư Nguyễn Phú Trọng tiếp Ngoại trưởng Trung Quốc Vương Nghị. Cùng ngày, Thủ tướng Phạm Minh Chính cũng tiếp vị khách Trung Quốc.';
  assert.deepEqual(rows(text).map((r) => r[3]).sort(), ['Nguyễn Phú Trọng+Wang Yi', 'Phạm Minh Chính+Wang Yi']);
});

test('an agreement states signed with no one named ("Lãnh đạo và đại diện 175 quốc gia, vùng lãnh thổ đã ký …") takes as participants those the article says signed it', () => {
  const text = 'Lãnh đạo và đại diện 175 quốc gia, vùng lãnh thổ đã ký Thỏa thuận Paris về biến đổi khí hậu tại New York hôm 12/1.\n\n'
    + 'Tổng thống Pháp François Hollande là người đầu tiên đặt bút ký. Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà đã ký thỏa thuận thay mặt Chính phủ Việt Nam.';
  const signed = rows(text).filter((r) => r[1] === 'agreement');
  assert.deepEqual(signed.map((r) => [r[0], r[2], String(r[3]).split('+').sort().join('+')]), [['2020-01-12', '175 countries sign an agreement', 'François Hollande+Trần Hồng Hà']]);
});

test('an event told in a "sau khi" clause with a subject of its own is that subject\'s; one without is the main subject\'s', () => {
  const text = 'Ngoại trưởng Trung Quốc Vương Nghị đang thăm Việt Nam. Chuyến thăm của ông Vương diễn ra hơn hai tuần sau khi Phó tổng thống Mỹ Kamala Harris thăm Việt Nam từ 4 đến 6/1.';
  assert.deepEqual(rows(text).map((r) => [r[0], r[1], r[3]]), [['2020-01-04', 'visit', 'Kamala Harris']]);
  const own = 'Chủ tịch nước Trần Đại Quang tới Moskva chiều 8/1, sau khi kết thúc chuyến thăm chính thức Belarus từ ngày 6 đến 8/1 theo lời mời của Tổng thống Alexander Lukashenko.';
  assert.ok(rows(own).some((r) => r[1] === 'visit' && String(r[3]).startsWith('Trần Đại Quang') && r[4] === 'Belarus'), JSON.stringify(rows(own)));
});

test('gunmen who storm a newspaper\'s office and open fire ("xông vào trụ sở tuần báo … và xả súng khiến 12 người chết") attack it', () => {
  assert.deepEqual(rows('Ngày 7/1, hai anh em nhà Kouachi đã xông vào trụ sở tuần báo trào phúng Charlie Hebdo ở Paris và xả súng khiến 12 người chết.').map((r) => [r[0], r[1], r[4]]), [['2020-01-07', 'attack', 'Paris']]);
});

test('"Đặt chân tới Shima, ông Obama lập tức hội đàm …": on the day of the arrival told before, not of a flashback between', () => {
  const text = 'Tổng thống Mỹ Barack Obama tới Nhật Bản tối 15/1. Tại Hà Nội hôm 13/1, ông thông báo dỡ bỏ lệnh cấm vận. Đặt chân tới Shima, ông Obama lập tức hội đàm với Thủ tướng Nhật Bản Shinzo Abe.';
  assert.ok(rows(text).some((r) => r[0] === '2020-01-15' && r[1] === 'meeting' && r[3] === 'Barack Obama+Shinzo Abe'), JSON.stringify(rows(text)));
});

test('a video conference leaders hosted ("chủ trì hội nghị trực tuyến với …"), leaders who meet in person ("gặp trực tiếp tại"), and a stalled process\'s start ("đình trệ từ cuối năm 2018") is no date', () => {
  const text = 'Hôm 10/1, Thủ tướng Đức Angela Merkel và Tổng thống Pháp Emmanuel Macron đã chủ trì hội nghị trực tuyến với Tổng thống Serbia Aleksandar Vučić và Thủ tướng Kosovo Avdullah Hoti nhằm khởi động lại đối thoại bị đình trệ từ cuối năm 2018.';
  assert.deepEqual(rows(text).map((r) => [r[0], r[1]]), [['2020-01-10', 'meeting']]);
  assert.deepEqual(rows('Ngày 16/1, Tổng thống Serbia Aleksandar Vučić và Thủ tướng Kosovo Avdullah Hoti gặp trực tiếp tại Brussels.').map((r) => [r[1], r[3], r[4]]), [['meeting', 'Aleksandar Vučić+Avdullah Hoti', 'Brussels']]);
});

test('talks held on the sidelines of a summit share the day told after the summit ("rồi hội đàm bên lề hội nghị thượng đỉnh G20 tại Hamburg, Đức, hôm 8/7")', () => {
  const text = 'Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Mỹ Donald Trump gặp nhau tại Mar-a-Lago hôm 6-7/4/2017, rồi hội đàm bên lề hội nghị thượng đỉnh G20 tại Hamburg, Đức, hôm 8/7/2017.';
  assert.deepEqual(rows(text).map((r) => [r[0], r[4]]), [['2017-04-06', 'Mar-a-Lago, Palm Beach'], ['2017-07-08', 'Hamburg']]);
});

test('a day told as "sáng hôm qua" in a sentence that tells no event is one "chiều cùng ngày" counts from', () => {
  const text = 'Sáng hôm qua, hai chiến đấu cơ F-16 đã khai hỏa vào chiếc Su-24 của Nga.\n\nPhát biểu trước cuộc hội đàm với Quốc vương Jordan Abdullah II tại Sochi chiều cùng ngày, Tổng thống Nga Vladimir Putin gọi đây là "nhát dao đâm sau lưng".';
  assert.ok(rows(text).some((r) => r[0] === '2020-01-19' && String(r[3]).includes('Vladimir Putin')), JSON.stringify(rows(text)));
});
