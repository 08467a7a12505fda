import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers, mainTrigger } from '../../src/extract/event-type.js';

const main = (s: string) => mainTrigger(findTriggers(s))?.type ?? null;
const attacks = (s: string) => findTriggers(s).filter((t) => t.type === 'attack').map((t) => t.text);

test('event words map to types, strongest wins', () => {
  assert.equal(main('Obama đã có cuộc hội đàm với Mattarella, đang ở thăm nước này'), 'meeting');
  assert.equal(main('Obama đã có cuộc điện đàm với Trudeau'), 'call');
  assert.equal(main('Hai ông trò chuyện qua điện thoại'), 'call');
  assert.equal(main('Hai nhà lãnh đạo trò chuyện ngắn khi cùng tham dự Hội nghị APEC'), 'meeting');
  assert.equal(main('Kerry và Dion đã nhất trí tăng cường hợp tác'), 'agreement');
  assert.equal(main('Obama và Stoltenberg ra tuyên bố kêu gọi Nga'), 'statement');
  assert.equal(main('Biden tiếp Tổng thống Zelensky tại Nhà Trắng'), 'meeting');
  assert.equal(main('Họ tiếp tục nói chuyện trực tiếp với nhau'), null);
  assert.equal(main('Cuộc thăm dò cho thấy'), null);
});

test('attacks need a noun head or a completed verb', () => {
  assert.deepEqual(attacks('sau vụ tấn công khủng bố ở Paris và vụ xả súng tại San Bernardino'), ['vụ tấn công khủng bố', 'vụ xả súng']);
  assert.deepEqual(attacks('Thổ Nhĩ Kỳ bắn hạ máy bay Su-24'), ['bắn hạ']);
  assert.deepEqual(attacks('cam kết phản ứng nếu Nga tấn công Ukraine'), []);
});

test('a "2+2" dialogue attended and a courtesy call are meetings; "các cuộc đối thoại như vậy" is none', () => {
  const kinds = (s: string) => findTriggers(s).map((t) => `${t.lemma}:${t.type}`);
  assert.deepEqual(kinds('hai bộ trưởng Mỹ tham dự đối thoại "2+2" với Ngoại trưởng Hàn Quốc, rồi chào xã giao Tổng thống Moon Jae-in'), ['đối thoại:meeting', 'chào xã giao:meeting']);
  assert.deepEqual(kinds('Bắc Kinh cho rằng các cuộc đối thoại như vậy có lợi'), []);
  assert.deepEqual(kinds('đối thoại là cần thiết'), []);
});

test('meeting "hai người đồng cấp" or received as "phái đoàn" is a meeting', () => {
  assert.equal(main('Hôm 27/4, Ngoại trưởng John Kerry gặp hai người đồng cấp Nhật Bản Fumio Kishida và Gen Nakatani.'), 'meeting');
  assert.equal(main('Tại Rabat, Quốc vương Mohammed VI tiếp phái đoàn gồm cố vấn Jared Kushner.'), 'meeting');
});

test('an agreement not signed ("mà không đặt bút ký") or only aimed at ("hướng tới một thỏa thuận cuối cùng") is none', () => {
  assert.equal(main('Ông Haftar rời Nga sáng hôm sau mà không đặt bút ký.'), null);
  assert.equal(main('Hôm 4/12, ông Ahmad Nasser đã tuyên bố các bên có những cuộc thảo luận hiệu quả, hướng tới một thỏa thuận cuối cùng.'), 'statement');
  assert.equal(main('Ông Sarraj đã ký thỏa thuận ngừng bắn.'), 'agreement');
  // greetings conveyed to someone are no arrival ("chuyển lời thăm hỏi của … tới Thủ tướng Modi"); a plan reaches the verbs joined to it by "và"
  assert.deepEqual(findTriggers('Chủ tịch Quốc hội Vương Đình Huệ chuyển lời thăm hỏi của Tổng Bí thư Nguyễn Phú Trọng tới Thủ tướng Modi.'), []);
  assert.deepEqual(findTriggers('Trước khi rời Hà Nội, ông Abe dự kiến gặp gỡ cộng đồng doanh nghiệp Nhật và thăm một cơ sở đào tạo nhân lực.'), []);
  // the text of a summit, adopted: the summit named in it is its owner
  assert.deepEqual(findTriggers('Tuyên bố chung của Hội nghị thượng đỉnh G20 được thông qua tối 22/11 (giờ Hà Nội), kết thúc hai ngày họp.').map((t) => t.type), ['statement']);
  // a withdrawal taking effect is no agreement entering into force
  assert.deepEqual(findTriggers('Người tiền nhiệm Donald Trump tuyên bố rút Mỹ khỏi thỏa thuận ngày 1/6/2017, và việc rút lui có hiệu lực từ ngày 4/11/2020.').map((t) => t.type), ['statement', 'statement']);
  // talks only rumoured ("bác bỏ đồn đoán về các cuộc đàm phán bí mật") are no talks
  assert.equal(main('Ông Moeed Yusuf viết trên Twitter rằng thỏa thuận là kết quả của các cuộc tiếp xúc trực tiếp, đồng thời bác bỏ đồn đoán về các cuộc đàm phán bí mật giữa ông và người đồng cấp Ấn Độ Ajit Doval.'), 'statement');
  // an application signed: "ký đơn xin gia nhập EU"
  assert.equal(main('Tổng thống Ukraine Volodymyr Zelensky ký đơn xin gia nhập EU ngày 28/2.'), 'other');
  // a plan set out by a person: "Ngoại trưởng Dominic Raab trình bày chi tiết: …"
  assert.equal(main('Cùng ngày, Ngoại trưởng Dominic Raab trình bày chi tiết: những người mang hộ chiếu BNO sẽ được quyền sang Anh.'), 'statement');
  // a message delivered, told by its delivery: "Trong thông điệp Phục sinh đọc tại …, Giáo hoàng Francis nhắc tới …"
  assert.equal(main('Trong thông điệp Phục sinh đọc tại Quảng trường Thánh Phêrô hôm 5/4, Giáo hoàng Francis nhắc tới các sinh viên thiệt mạng.'), 'statement');
  // documents counted: "… và ký 14 văn kiện hợp tác"
  assert.equal(main('Hai bên tuyên bố nâng cấp quan hệ lên đối tác chiến lược toàn diện và ký 14 văn kiện hợp tác.'), 'agreement');
});

test('"Thỏa thuận được Tổng thống Mỹ Donald Trump công bố trên Twitter …": a deal announced, no agreement word', () => {
  assert.deepEqual(findTriggers('Thỏa thuận được Tổng thống Mỹ Donald Trump bất ngờ công bố trên Twitter hôm 10/12, sau cuộc điện đàm với Quốc vương Mohammed VI.').map((t) => t.type), ['statement', 'call']);
  assert.equal(main('Thỏa thuận được ký tại Washington hôm 15/9.'), 'agreement');
  // (declared: "\"Ngày Thực thi\" thỏa thuận hạt nhân được tuyên bố hôm 16.1" is no agreement word)
  assert.deepEqual(findTriggers('Ông Tập tới Tehran tối 22.1, chỉ một tuần sau khi Cơ quan Năng lượng nguyên tử quốc tế (IAEA) xác nhận Iran đã hoàn tất các cam kết và "Ngày Thực thi" thỏa thuận hạt nhân được tuyên bố hôm 16.1.').map((t) => t.type), ['visit', 'statement', 'statement']);
});

test('a treaty clause invoked ("chính thức kích hoạt Điều 50") is a statement; negotiators ("các nhà đàm phán") and a negotiating process opened ("mở ra tiến trình đàm phán") are no talks', () => {
  assert.deepEqual(findTriggers('Bà May chính thức kích hoạt Điều 50 của Hiệp ước Lisbon vào ngày 29/3/2017, mở ra tiến trình đàm phán kéo dài 2 năm.').map((t) => t.type), ['statement']);
  assert.equal(main('Văn bản được các nhà đàm phán hai bên hoàn tất.'), null);
});

test('talks paused, suspended or put off ("thông báo tạm dừng đàm phán") are no talks held: the announcement is the event', () => {
  const types = findTriggers('Đại diện cấp cao EU Josep Borrell thông báo tạm dừng đàm phán do các yếu tố bên ngoài.').map((t) => t.type);
  assert.deepEqual(types, ['statement']);
});

test('rockets counted as missiles are ("đã phóng khoảng 20 quả rocket Fajr-5 và Grad nhằm vào …"): an attack', () => {
  assert.ok(findTriggers('Lực lượng Quds đã phóng khoảng 20 quả rocket Fajr-5 và Grad nhằm vào các vị trí tiền tiêu của Israel.').some((t) => t.type === 'attack'));
});

test('chairing a Security Council open debate or session ("chủ trì phiên thảo luận mở cấp cao") is a meeting; a government\'s own session is not', () => {
  assert.equal(main('Tối 19/4, Chủ tịch nước Nguyễn Xuân Phúc đã chủ trì phiên thảo luận mở cấp cao của Hội đồng Bảo an Liên hợp quốc.'), 'meeting');
  assert.equal(main('Bộ trưởng chủ trì phiên họp cấp bộ trưởng của Hội đồng Bảo an ngày 9/1.'), 'meeting');
  assert.equal(main('Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 5.'), null);
});

test('"Một nhóm tay súng ôm bom đã tấn công khu vực …" is an attack; "được truyền hình trực tiếp" receives no one, "được Tổng thống Biden tiếp trực tiếp tại Nhà Trắng" does', () => {
  assert.deepEqual(findTriggers('Một nhóm tay súng ôm bom đã tấn công khu vực gần trung tâm thương mại Sarinah, thủ đô Jakarta, hôm qua.').map((t) => t.type), ['attack']);
  assert.equal(main('Khác với thông lệ, phần thảo luận của ba nhà lãnh đạo được truyền hình trực tiếp.'), null);
  assert.equal(main('Ông Suga là lãnh đạo nước ngoài đầu tiên được Tổng thống Joe Biden tiếp trực tiếp tại Nhà Trắng.'), 'meeting');
});

test('a quotation after "và nói:" is the speaker\'s words: the deal it names is no event the news tells', () => {
  assert.deepEqual(findTriggers('Thủ tướng Yair Lapid gọi đây là "thành tựu chính trị" và nói: "Không phải ngày nào một quốc gia thù địch cũng công nhận Nhà nước Israel, bằng một thỏa thuận thành văn".').map((t) => t.type), ['statement']);
});

test('a deal named as the subject of what it will do ("khẳng định nếu được thực thi đầy đủ, thỏa thuận sẽ …") is no deal reached', () => {
  assert.deepEqual(findTriggers('Ông Obama phát biểu tại Vườn Hồng và khẳng định nếu được thực thi đầy đủ, thỏa thuận sẽ cắt đứt mọi con đường để Iran chế tạo vũ khí hạt nhân.').map((t) => t.type), ['statement', 'statement']);
});

test('a meeting held by video ("ông Tập đã họp trực tuyến với bà Merkel") is a meeting; negotiations concluded in principle ("hoàn tất về nguyên tắc đàm phán") are an agreement', () => {
  assert.equal(main('Ngày 14/9, ông Tập đã họp trực tuyến với bà Merkel, ông Michel và bà von der Leyen.'), 'meeting');
  assert.deepEqual(findTriggers('Lãnh đạo EU và Chủ tịch Trung Quốc Tập Cận Bình tuyên bố hoàn tất về nguyên tắc đàm phán Hiệp định toàn diện về đầu tư.').map((t) => t.type), ['statement', 'agreement']);
});

test('gunmen told with the group they belong to ("các tay súng thuộc nhóm al-Qaeda … tấn công khách sạn …") and a restaurant attacked ("nhà hàng … cũng bị tấn công") are attacks', () => {
  assert.deepEqual(findTriggers('Hôm 15/1/2016, các tay súng thuộc nhóm al-Qaeda ở Maghreb Hồi giáo (AQIM) tấn công khách sạn Splendid và quán cà phê Cappuccino.').map((t) => t.type), ['attack']);
  assert.deepEqual(findTriggers('Ngày 13/8 năm nay, nhà hàng Aziz Istanbul trên đại lộ Kwame Nkrumah cũng bị tấn công, khiến 18 người thiệt mạng.').map((t) => t.type), ['attack']);
});

test('a ministers\' conference held ("Hội nghị Bộ trưởng Ngoại giao đặc biệt ASEAN - Trung Quốc … được tổ chức") is a meeting; one still planned is none', () => {
  assert.equal(main('Sáu ngày sau, tại Vientiane (Lào), Hội nghị Bộ trưởng Ngoại giao đặc biệt ASEAN - Trung Quốc về COVID-19 được tổ chức với sự tham dự của Phó Thủ tướng Phạm Bình Minh.'), 'meeting');
  assert.equal(main('Hội nghị Bộ trưởng Ngoại giao ASEAN sẽ được tổ chức tại Hà Nội vào tháng 9.'), null);
});

test('a body adopting a text ("nhất trí thông qua Nghị quyết 2337", "thông qua đề xuất của Tổng thống", "thông qua dự thảo") is a statement; "thông qua đối thoại" (through dialogue) is none', () => {
  assert.equal(main('Hội đồng Bảo an Liên hợp quốc nhất trí thông qua Nghị quyết 2337 ngày 19/1.'), 'statement');
  assert.equal(main('Một ngày sau, Quốc hội Ukraine thông qua đề xuất của Tổng thống Petro Poroshenko.'), 'statement');
  assert.equal(main('Các bên cần giải quyết bất đồng thông qua đối thoại.'), null);
});

test('a ballistic missile launched at no target ("phóng tên lửa đạn đạo tầm trung Hwasong-12 bay qua đảo Hokkaido") is a weapons test; an armed group named attacking a base ("al-Shabaab tấn công một căn cứ") is an attack', () => {
  assert.deepEqual(findTriggers('Sáng 29/8, Bình Nhưỡng phóng tên lửa đạn đạo tầm trung Hwasong-12 bay qua đảo Hokkaido.').map((t) => t.type), ['other']);
  assert.deepEqual(findTriggers('Tháng 1/2016, al-Shabaab tấn công một căn cứ của quân đội Kenya ở El Adde.').map((t) => t.type), ['attack']);
});

test('"lực lượng của Mặt trận … (TPLF) đã tấn công căn cứ …" and a ship that "bị nổ" are attacks', () => {
  assert.deepEqual(findTriggers('Ông tuyên bố rằng lực lượng của Mặt trận Giải phóng Nhân dân Tigray (TPLF) đã tấn công căn cứ của Bộ Chỉ huy phương Bắc.').map((t) => t.type), ['statement', 'attack']);
  assert.deepEqual(findTriggers('Cuối tháng 2 năm nay, tàu chở xe MV Helios Ray của một công ty Israel bị nổ ở vịnh Oman.').map((t) => t.type), ['attack']);
});

test('talks paused with the verb quoted ("tuyên bố "tạm dừng" các cuộc đàm phán gián tiếp") are no talks held', () => {
  assert.equal(main('Ông Staffan de Mistura đã tuyên bố "tạm dừng" các cuộc đàm phán gián tiếp giữa chính phủ và phe đối lập.'), 'statement');
});

test('a conference named in quotes and dated by its weekday ("Hội nghị "Hỗ trợ Syria và khu vực" diễn ra hôm thứ năm (4/2)") is one held', () => {
  assert.equal(main('Hội nghị "Hỗ trợ Syria và khu vực" diễn ra hôm thứ năm (4/2) tại thủ đô London.'), 'summit');
  assert.equal(main('Hội nghị "Hỗ trợ Syria và khu vực" sẽ diễn ra hôm thứ năm (4/2) tại thủ đô London.'), null);
});

test('"trên bàn đàm phán" (at the negotiating table) is no talks (the sentence tells a resignation); "với cam kết …" (with a pledge, a noun) is no statement', () => {
  assert.equal(main('Sáng hôm sau, Bộ trưởng Tài chính Yanis Varoufakis, gương mặt gây nhiều tranh cãi trên bàn đàm phán, bất ngờ từ chức.'), 'other');
  assert.equal(main('Đảng Syriza giành chiến thắng trong cuộc bầu cử tháng 1 năm nay với cam kết chấm dứt chính sách thắt lưng buộc bụng.'), null);
  assert.equal(main('Ông Tsipras cam kết chấm dứt chính sách thắt lưng buộc bụng.'), 'statement');
});

test('a vote a sentence opens on, told as done ("Trong cuộc trưng cầu ý dân ngày 5/7, hơn 61% cử tri Hy Lạp đã bỏ phiếu …"), is a vote held; one ahead is none', () => {
  assert.equal(main('Trong cuộc trưng cầu ý dân ngày 5/7, hơn 61% cử tri Hy Lạp đã bỏ phiếu "Không" với các điều kiện của chủ nợ.'), 'other');
  assert.equal(main('Trong cuộc trưng cầu ý dân ngày 5/7, cử tri Hy Lạp sẽ bỏ phiếu về các điều kiện của chủ nợ.'), null);
});

test('a gunman who "đã nổ súng tại siêu thị" and "kẻ tấn công hai nhà thờ Hồi giáo" tell attacks; visiting the wounded ("tới thăm các nạn nhân bị thương") do not', () => {
  assert.deepEqual(attacks('Sáng thứ bảy (3/8), một tay súng mang súng trường tấn công đã nổ súng tại siêu thị Walmart ở El Paso.'), ['đã nổ súng']);
  assert.deepEqual(attacks('Nghi phạm học theo kẻ tấn công hai nhà thờ Hồi giáo ở Christchurch ngày 15/3 năm nay.'), ['tấn công']);
  assert.equal(main('Ông Ebrard phát biểu sau khi tới thăm các nạn nhân bị thương đang điều trị tại bệnh viện.'), 'statement');
});

test('tea with someone ("tới Lâu đài Windsor uống trà với Nữ hoàng Elizabeth II") is a meeting, as a working meal is', () => {
  assert.equal(main('Chiều cùng ngày, ông Trump và Đệ nhất phu nhân Melania tới Lâu đài Windsor uống trà với Nữ hoàng Elizabeth II.'), 'meeting');
});

test('a building attacked with its attackers named ("lãnh sự quán Ấn Độ … bị các tay súng tấn công") is an attack', () => {
  assert.deepEqual(attacks('Cũng trong đêm 3/1, lãnh sự quán Ấn Độ ở thành phố Mazar-i-Sharif, miền bắc Afghanistan, bị các tay súng tấn công.'), ['bị các tay súng tấn công']);
});

test('air strikes begun ("Nga bắt đầu (chiến dịch) không kích tại Syria …") and jihadist gunmen attacking a camp ("các tay súng thánh chiến tấn công doanh trại") are attacks; strikes threatened are none', () => {
  assert.deepEqual(attacks('Nga bắt đầu chiến dịch không kích tại Syria ngày 30/9/2015.'), ['bắt đầu chiến dịch không kích']);
  assert.deepEqual(attacks('Nga bắt đầu không kích tại Syria từ ngày 30.9.2015.'), ['bắt đầu không kích']);
  assert.deepEqual(attacks('Nga dọa bắt đầu không kích tại Syria.'), []);
  assert.deepEqual(attacks('Ngày 10/12, các tay súng thánh chiến tấn công doanh trại quân đội ở Inates.'), ['tấn công']);
});

test('a named deal "được ký hồi tháng 2/2015" or "được thông qua tháng 12/2015" is an agreement told with its month', () => {
  assert.deepEqual(findTriggers('Thỏa thuận Minsk được ký hồi tháng 2/2015 sau cuộc đàm phán.').filter((t) => t.type === 'agreement').map((t) => t.text), ['Thỏa thuận', 'ký']);
  assert.deepEqual(findTriggers('Thỏa thuận Paris được thông qua tháng 12/2015.').filter((t) => t.type === 'agreement').map((t) => t.text), ['Thỏa thuận', 'thông qua']);
});

test('an arrival still ahead ("ông Macron sẽ tới Abidjan …") is no visit; one done ("đã tới") is', () => {
  assert.equal(main('Sau Burkina Faso, ông Macron sẽ tới Abidjan dự hội nghị.'), null);
  assert.equal(main('Sau Burkina Faso, ông Macron đã tới Abidjan.'), 'visit');
});

test('militants named by a group with its acronym, attacking a counted target ("nhóm phiến quân Quân đội Cứu thế Rohingya Arakan (ARSA) tấn công khoảng 30 đồn cảnh sát"), attack', () => {
  assert.deepEqual(attacks('Làn sóng tị nạn bùng phát từ ngày 25/8/2017, khi nhóm phiến quân Quân đội Cứu thế Rohingya Arakan (ARSA) tấn công khoảng 30 đồn cảnh sát ở bắc Rakhine.'), ['tấn công']);
});

test('"cùng gặp gỡ báo chí": meeting the press is no meeting, so the signing witnessed before it stays an agreement of its own', () => {
  assert.deepEqual(findTriggers('Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết một số văn kiện hợp tác giữa các bộ, ngành hai nước, sau đó cùng gặp gỡ báo chí.').map((t) => t.type), ['meeting', 'agreement']);
  assert.deepEqual(findTriggers('Ông gặp gỡ các phóng viên tại sân bay.'), []);
});

test('"ký thông cáo chung": signing a joint communiqué (restoring or opening relations) is an agreement', () => {
  assert.deepEqual(findTriggers('Phái đoàn Nicaragua đã cùng Thứ trưởng Ngoại giao Trung Quốc Mã Triêu Húc ký thông cáo chung về việc khôi phục quan hệ ngoại giao tại thành phố Thiên Tân.').map((t) => t.type), ['agreement']);
});

test('"… đã dự kiến tới khu nghỉ dưỡng Camp David, bang Maryland, để gặp riêng ông": what a planned trip was for is planned too', () => {
  assert.deepEqual(findTriggers('Ông Trump cho biết các thủ lĩnh Taliban và ông Ghani đã dự kiến tới khu nghỉ dưỡng Camp David, bang Maryland, để gặp riêng ông vào Chủ nhật.').map((t) => t.type), ['statement']);
  assert.deepEqual(findTriggers('Ông Ghani đã tới Camp David, bang Maryland, để gặp riêng ông Trump.').map((t) => t.type), ['visit', 'meeting']);
});

test('"khi hai người có cuộc tiếp xúc bên lề Hội nghị …": two told as a pair, in contact somewhere, meet', () => {
  assert.deepEqual(findTriggers('Ngoại trưởng Tillerson đưa ra lời mời ông Minh thăm Mỹ khi hai người có cuộc tiếp xúc bên lề Hội nghị Bộ trưởng Ngoại giao G20 tại Bonn, Đức hôm 17/2.').map((t) => t.type), ['meeting']);
  // (not contacts kept up: "hai bên duy trì tiếp xúc")
  assert.deepEqual(findTriggers('Hai bên duy trì tiếp xúc thường xuyên tại các diễn đàn.'), []);
});

test('"dù có thỏa thuận hay không": a deal in a "whether or not" clause is no agreement', () => {
  assert.deepEqual(findTriggers('Ông Johnson nhiều lần tuyên bố Anh sẽ rời EU vào ngày 31-10 "dù có thỏa thuận hay không".').map((t) => t.type), ['statement']);
  assert.deepEqual(findTriggers('Hai bên đạt được thỏa thuận hôm 17/10.').map((t) => t.type), ['agreement']);
});

test('"gặp lại nguyên Chủ tịch nước …" is a meeting; "vui mừng được gặp lại người đồng cấp" is glad of the meeting it is at', () => {
  const met = findTriggers('Tối nay, bà Bachelet vẫn dành thời gian gặp lại nguyên Chủ tịch nước Nguyễn Minh Triết.');
  assert.deepEqual(met.map((t) => `${t.type}:${t.text}`), ['meeting:gặp lại']);
  assert.deepEqual(findTriggers('Thủ tướng bày tỏ vui mừng được gặp lại người đồng cấp Ấn Độ.').map((t) => t.text), []);
});

test('a meal hosted is a meeting ("bà May mời Thái tử dùng bữa tối tại dinh thự Chequers"); one planned, accepted or with a guest invited by no one named is not', () => {
  const kinds = (s: string) => findTriggers(s).map((t) => `${t.type}:${t.text}`);
  assert.deepEqual(kinds('Hôm sau, bà May tiếp tục mời Thái tử dùng bữa tối tại dinh thự Chequers.'), ['meeting:dùng bữa tối']);
  assert.deepEqual(kinds('Thái tử được Nữ hoàng Elizabeth II mời dùng bữa trưa tại Điện Buckingham hôm 7/3.'), ['meeting:dùng bữa trưa']);
  assert.deepEqual(kinds('Ông Macron sẽ mời ông Biden dự quốc yến.'), []);
  assert.deepEqual(kinds('Ông Biden nhận lời mời dự quốc yến.'), []);
  assert.deepEqual(kinds('Jaspal Atwal được mời dự tiệc chiêu đãi tại tư dinh Cao ủy Canada.'), []);
});

test('"… hôm qua đến làng Ogossagou ở miền trung nước này để chia buồn": an arrival in a village named is a visit', () => {
  assert.deepEqual(findTriggers('Tổng thống Mali Ibrahim Boubacar Keïta hôm qua đến làng Ogossagou ở miền trung nước này để chia buồn với người dân.').map((t) => `${t.type}:${t.text}`), ['visit:đến']);
});

test('"đã đồng chủ trì Giao lưu hữu nghị quốc phòng biên giới lần thứ năm": an exchange co-chaired is a meeting', () => {
  assert.deepEqual(findTriggers('Ngày 19-21/11/2018, ông và Đại tướng Ngô Xuân Lịch đã đồng chủ trì Giao lưu hữu nghị quốc phòng biên giới lần thứ năm tại tỉnh Cao Bằng.').map((t) => `${t.type}:${t.text}`), ['meeting:đồng chủ trì']);
});

test('"bà Liu yêu cầu Mỹ đồng ý để Ủy ban … tiến hành điều tra độc lập": an agreement asked for is none reached', () => {
  assert.deepEqual(findTriggers('Phát biểu tại Geneva hôm qua, bà Liu yêu cầu Mỹ đồng ý để Ủy ban Quốc tế Tìm hiểu Sự thật về Nhân đạo tiến hành điều tra độc lập.').filter((t) => t.type === 'agreement'), []);
});

test('"Michael Spavor - doanh nhân chuyên tổ chức các chuyến đi tới Triều Tiên -": what someone does for a living is no event; "chuyên cơ" is a plane', () => {
  assert.deepEqual(findTriggers('Michael Spavor - doanh nhân chuyên tổ chức các chuyến đi tới Triều Tiên - đã về tới Calgary.').filter((t) => t.type === 'visit'), []);
  assert.deepEqual(findTriggers('Ông đang trên chuyên cơ tới Buenos Aires.').map((t) => t.type), ['visit']);
});

test('a dialogue with the public ("cuộc đối thoại với giới trẻ ở Kingston") is where someone spoke, no meeting; one with a counterpart still is', () => {
  assert.equal(main('Hôm 9/4, phát biểu trong cuộc đối thoại với giới trẻ ở Kingston, Jamaica, Tổng thống Mỹ Barack Obama nói Washington lo ngại.'), 'statement');
  assert.ok(!findTriggers('phát biểu trong cuộc đối thoại với giới trẻ ở Kingston').some((t) => t.type === 'meeting'));
  assert.ok(findTriggers('Hai bên có cuộc đối thoại với Ngoại trưởng Nga ở Moskva').some((t) => t.type === 'meeting'));
});

test('a UN body opening the sentence ("Hội đồng Bảo an đã nhóm họp khẩn cấp …", "Đại hội đồng … bỏ phiếu") is read as mid-sentence: the first capital is lowered before matching', () => {
  assert.equal(main('Hội đồng Bảo an đã nhóm họp khẩn cấp hôm 22/3.'), 'meeting');
  assert.equal(main('Đại hội đồng Liên Hợp Quốc đã bỏ phiếu thông qua nghị quyết hôm 2/3.'), 'statement');
});

test('talks resumed or held with someone ("nối lại các cuộc thảo luận với người đồng cấp Anh David Frost") are a meeting; talks in general ("các cuộc thảo luận về …") are not', () => {
  assert.ok(findTriggers('Barnier đã tới London và nối lại các cuộc thảo luận với người đồng cấp Anh David Frost.').some((t) => t.type === 'meeting'));
  assert.ok(!findTriggers('Các cuộc thảo luận về thương mại vẫn bế tắc.').some((t) => t.type === 'meeting'));
});

test('an attack plotted or foiled ("bị nghi chuẩn bị một vụ tấn công", "ngăn chặn được một vụ đánh bom") is none carried out', () => {
  assert.deepEqual(findTriggers('Hôm 18/4, cảnh sát bắt hai người đàn ông ở Marseille bị nghi chuẩn bị một vụ tấn công "sắp xảy ra" nhằm vào chiến dịch bầu cử.').filter((t) => t.type === 'attack'), []);
  assert.deepEqual(findTriggers('Cảnh sát Anh cho biết đã ngăn chặn được một vụ đánh bom nhằm vào phủ Thủ tướng.').filter((t) => t.type === 'attack'), []);
  assert.equal(findTriggers('Hôm 18/4, một vụ tấn công nhằm vào đồn cảnh sát ở Marseille khiến hai người thiệt mạng.').filter((t) => t.type === 'attack').length, 1);
});

test('a trip planned, named again as the trip it is ("dự kiến tới Nhà Trắng vào thứ sáu, trong một chuyến thăm ngắn hơn"), shares the plan\'s fate', () => {
  assert.deepEqual(findTriggers('Thủ tướng Đức Angela Merkel dự kiến tới Nhà Trắng vào thứ sáu, trong một chuyến thăm ngắn hơn và ít nghi lễ hơn nhiều.'), []);
  assert.deepEqual(findTriggers('Thủ tướng Đức Angela Merkel tới Nhà Trắng hôm thứ sáu, trong một chuyến thăm ngắn hơn.').map((t) => t.type), ['visit', 'visit']);
});

test('what a plan puts after it ("dự kiến có cuộc gặp riêng …, trước khi bước vào các phiên hội đàm chính thức ngày mai") is planned too', () => {
  assert.deepEqual(findTriggers('Tối nay, ông Trump và ông Kim dự kiến có cuộc gặp riêng ngắn và ăn tối tại khách sạn Metropole, trước khi bước vào các phiên hội đàm chính thức ngày mai.'), []);
  assert.equal(findTriggers('Tối qua, ông Trump và ông Kim có cuộc gặp riêng tại khách sạn Metropole, trước khi bước vào các phiên hội đàm chính thức sáng nay.').length, 2);
  // (and its purpose: "dự kiến … tới Kobe để thăm nhà máy …")
  assert.deepEqual(findTriggers('Hôm nay, hai nhà lãnh đạo dự kiến cùng đi tàu Shinkansen từ Tokyo tới Kobe để thăm nhà máy của Kawasaki Heavy Industries.'), []);
});

test('rockets of a stated calibre that fell on a base ("18 quả rocket Katyusha loại 107 mm đã rơi xuống căn cứ Taji") and an army that struck sites ("Quân đội Mỹ đã tấn công 5 cơ sở") are attacks', () => {
  assert.deepEqual(attacks('tối thứ Tư (11/3), khoảng 18 quả rocket Katyusha loại 107 mm đã rơi xuống căn cứ Taji, cách thủ đô Baghdad khoảng 27 km.'), ['18 quả rocket Katyusha loại 107 mm đã rơi xuống']);
  assert.deepEqual(attacks('quân đội Mỹ đã tấn công 5 cơ sở cất giữ vũ khí của lực lượng Kataib Hezbollah ở Iraq.'), ['tấn công']);
  assert.deepEqual(attacks('quân đội Mỹ sẽ tấn công 5 cơ sở cất giữ vũ khí.'), []);
});

test('a named conference told with its kind first ("Hội nghị thường niên lần thứ 26 Diễn đàn Nghị viện châu Á - Thái Bình Dương (APPF-26) bế mạc …") is held, as one named right away is', () => {
  const kinds = (s: string) => findTriggers(s).map((t) => `${t.lemma}:${t.type}`);
  assert.deepEqual(kinds('hội nghị thường niên lần thứ 26 Diễn đàn Nghị viện châu Á - Thái Bình Dương (APPF-26) bế mạc chiều nay tại Hà Nội.'), ['hội nghị:summit']);
  assert.deepEqual(kinds('hội nghị thường niên sẽ khai mạc tại Hà Nội.'), []);
});

test('attacks said to be needed no more ("Nga hiện không cần thiết tiến hành thêm các đợt tập kích") or not planned are none carried out', () => {
  assert.deepEqual(attacks('ông Putin nói Nga "hiện không cần thiết" tiến hành thêm các đợt tập kích quy mô lớn vào Ukraine.'), []);
  assert.deepEqual(attacks('Nga không có kế hoạch tiến hành các cuộc tấn công vào Kiev.'), []);
  assert.deepEqual(attacks('Nga tiến hành thêm các đợt tập kích quy mô lớn vào Ukraine.'), ['các đợt tập kích']);
});

test('a threat of a measure by whom the sentence names ("ông Trump và Phó Tổng thống Mike Pence đồng loạt đe dọa áp đặt …") is a statement; a threat as a noun ("mối đe dọa") is none', () => {
  assert.equal(main('ngày hôm sau, ông Trump và Phó Tổng thống Mike Pence đồng loạt đe dọa áp đặt các lệnh trừng phạt lớn.'), 'statement');
  assert.equal(main('đây là mối đe dọa trừng phạt lớn nhất.'), null);
});

test('a round of talks suspended ("tuyên bố tạm dừng vòng đàm phán") is no meeting; "ra tuyên bố" is never read inside a name ending in "ra" ("ông de Mistura tuyên bố")', () => {
  const kinds = (s: string) => findTriggers(s).map((t) => `${t.text}:${t.type}`);
  assert.deepEqual(kinds('hôm 3/2, ông de Mistura tuyên bố tạm dừng vòng đàm phán mới khởi động chưa đầy một tuần.'), ['tuyên bố:statement']);
  assert.ok(findTriggers('ông de Mistura thông cáo với báo chí.').every((t) => !t.text.startsWith('ra')));
});

test('a deal something paved the way for ("quyết định trả tự do cho ông này, mở đường cho thỏa thuận") is no agreement reached', () => {
  assert.ok(findTriggers('tòa phúc thẩm Kiev hôm thứ Năm đã quyết định trả tự do cho ông này, mở đường cho thỏa thuận.').every((t) => t.type !== 'agreement'));
});

test('bombs that went off one after another ("hai quả bom liên tiếp phát nổ gần khu nhà làm việc của Quốc hội Afghanistan") are an attack', () => {
  assert.deepEqual(attacks('chiều 10/1, hai quả bom liên tiếp phát nổ gần khu nhà làm việc của Quốc hội Afghanistan ở phía tây Kabul.'), ['quả bom liên tiếp phát nổ']);
});

test('what a leader told the press ("ông Biden nói với phóng viên tại Nhà Trắng rằng … hai bên \'đồng ý sẽ tuân thủ …\'") is his statement; an agreement in it is what he says, none reached that day', () => {
  const kinds = (s: string) => findTriggers(s).map((t) => `${t.text}:${t.type}`);
  assert.deepEqual(kinds('tối thứ Ba (5/10), ông Biden nói với phóng viên tại Nhà Trắng rằng ông đã trao đổi với ông Tập về Đài Loan và hai bên "đồng ý sẽ tuân thủ thỏa thuận Đài Loan".'), ['nói với phóng viên:statement']);
});

test('warning shots fired ("Một tàu tuần tra của lực lượng biên phòng đã bắn cảnh cáo") are an attack; ones threatened are none', () => {
  assert.deepEqual(attacks('một tàu tuần tra của lực lượng biên phòng đã bắn cảnh cáo, trong khi một máy bay ném bom Su-24M thả bốn quả bom.'), ['bắn cảnh cáo']);
  assert.deepEqual(attacks('Nga dọa sẽ bắn cảnh cáo nếu tàu Anh quay lại.'), []);
});

test('a leader who "bất ngờ xuất hiện tại" a city made a surprise visit; an appearance alone, or of something unnamed, is none', () => {
  assert.equal(main('tổng thống Ukraine Volodymyr Zelensky sáng nay bất ngờ xuất hiện tại thành phố Kherson.'), 'visit');
  assert.equal(main('tổng thống Ukraine Volodymyr Zelensky xuất hiện tại thành phố Kherson.'), null);
  assert.equal(main('một con gấu bất ngờ xuất hiện tại Kherson.'), null);
});

test('a kidnapping or hostage-taking told as a noun ("Vụ bắt cóc xảy ra hôm thứ Bảy (15/1)", "vụ bắt giữ con tin") is an attack', () => {
  assert.deepEqual(attacks('vụ bắt cóc xảy ra hôm thứ Bảy (15/1) tại giáo đường Congregation Beth Israel ở thị trấn Colleyville.'), ['vụ bắt cóc']);
  assert.deepEqual(attacks('vụ bắt giữ con tin kéo dài hơn 10 giờ.'), ['vụ bắt giữ con tin']);
});

test('a visit in a clause of when after words told to the press (\'ông Biden nói với phóng viên hôm 16/1, khi tới thăm một ngân hàng thực phẩm …\') is where he said them, no visit of its own', () => {
  assert.equal(main('"Đây là một hành động khủng bố", Tổng thống Mỹ Joe Biden nói với phóng viên hôm 16/1, khi tới thăm một ngân hàng thực phẩm ở thành phố Philadelphia.'), 'statement');
  assert.equal(main('Tổng thống Mỹ Joe Biden hôm 16/1 tới thăm một ngân hàng thực phẩm ở thành phố Philadelphia.'), 'visit');
});

test('a truck that drove up onto the pavement ("Một chiếc xe tải thuê lao lên vỉa hè phố Yonge …, khiến 10 người chết") is an attack', () => {
  assert.deepEqual(attacks('một chiếc xe tải thuê lao lên vỉa hè phố Yonge ở Toronto chiều 23/4, khiến 10 người chết.'), ['lao lên vỉa hè']);
});

test('a trip one came back from ("vừa trở về từ chuyến công du châu Á, ông Biden phát biểu …") is no visit of that day; one told with its days still is', () => {
  assert.equal(main('tối cùng ngày, vừa trở về từ chuyến công du châu Á, ông Biden phát biểu trên truyền hình từ Nhà Trắng.'), 'statement');
  assert.equal(main('ông Biden vừa trở về từ chuyến công du châu Á hôm 24/5.'), 'visit');
});

test('a stop on the way ("ông Netanyahu dừng chân hai ngày 20-21/2 tại Singapore") is a visit there; a stop as a noun ("điểm dừng chân cuối cùng") is none', () => {
  assert.deepEqual(findTriggers('ông Netanyahu dừng chân hai ngày 20-21/2 tại Singapore.').map((t) => `${t.text}:${t.type}`), ['dừng chân:visit']);
  assert.deepEqual(findTriggers('đây là điểm dừng chân cuối cùng trong chuyến đi.').filter((t) => t.text.includes('dừng chân')), []);
});

test('a summit in what was told to the press ("ông Trump nói với báo giới tại Nhà Trắng rằng hai bên đang đàm phán về địa điểm tổ chức thượng đỉnh lần hai") is what he says, none held', () => {
  assert.ok(findTriggers('hôm 6/1, ông Trump nói với báo giới tại Nhà Trắng rằng hai bên đang đàm phán về địa điểm tổ chức thượng đỉnh lần hai.').every((t) => t.type !== 'summit'));
});

test('a firefight told as a noun ("Cuộc đấu súng sau đó khiến 7 tay súng Palestine … thiệt mạng") is an attack', () => {
  assert.deepEqual(attacks('cuộc đấu súng sau đó khiến 7 tay súng Palestine và một trung tá Israel thiệt mạng.'), ['cuộc đấu súng']);
});

test('a ruling made known in the passive ("Phán quyết được Tòa án quận The Hague công bố chiều 17/11") is the ruling, not a statement; one awaited is none', () => {
  assert.deepEqual(findTriggers('phán quyết được Tòa án quận The Hague công bố chiều 17/11 tại khu tòa án gần sân bay Schiphol.').map((t) => t.type), ['other']);
  assert.ok(findTriggers('các gia đình chờ phán quyết được tòa công bố vào tuần tới.').every((t) => t.type !== 'other'));
});

test('strikes carried out on a target ("UAE hôm 29/8 tiến hành không kích nhằm vào lực lượng này") and fighting that broke out on a day ("Giao tranh nổ ra ngày 7/8") are attacks; strikes planned are not carried out', () => {
  assert.deepEqual(attacks('uAE hôm 29/8 tiến hành không kích nhằm vào lực lượng này ở ngoại ô Aden.'), ['tiến hành không kích']);
  assert.deepEqual(attacks('giao tranh nổ ra ngày 7/8 sau lễ tang các nạn nhân.'), ['giao tranh']);
  assert.ok(findTriggers('Mỹ có kế hoạch tiến hành không kích vào các mục tiêu này.').every((t) => t.text !== 'tiến hành không kích'));
});

test('a force that seized a seat of power ("lực lượng STC … chiếm dinh tổng thống cùng hầu hết doanh trại") made an attack; one that means to is none', () => {
  assert.deepEqual(attacks('đến ngày 10/8, lực lượng STC được UAE hậu thuẫn chiếm dinh tổng thống cùng hầu hết doanh trại quân đội ở Aden.'), ['chiếm']);
  assert.deepEqual(attacks('lực lượng STC muốn chiếm dinh tổng thống.'), []);
});

test('a summit called for ("ra tuyên bố chung, … và kêu gọi tổ chức thượng đỉnh 5 nước thành viên thường trực") is not held', () => {
  assert.ok(findTriggers('hai ngoại trưởng hôm nay ra tuyên bố chung, chỉ trích các lệnh trừng phạt đơn phương và kêu gọi tổ chức thượng đỉnh 5 nước thành viên thường trực.').every((t) => t.type !== 'summit'));
});

test('missiles fired in a number told as at least so many ("phóng ít nhất 23 tên lửa") are an attack', () => {
  assert.deepEqual(attacks('Sáng thứ Tư (2/11), Bình Nhưỡng phóng ít nhất 23 tên lửa các loại.'), ['phóng ít nhất 23 tên lửa']);
});

test('a deal confirmed ("ra tuyên bố …, xác nhận thỏa thuận") is what the statement is about, no agreement reached', () => {
  assert.equal(main('Một ngày sau, Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh ra tuyên bố trước Thượng viện (Rajya Sabha), xác nhận thỏa thuận.'), 'statement');
});

test('what someone admitted to the press ("thừa nhận với hãng tin AFP: …") is a statement', () => {
  assert.equal(main('Tối thứ Năm, tướng Cyrille Ndayirukiye, cựu bộ trưởng quốc phòng, thừa nhận với hãng tin AFP: "Phong trào của chúng tôi đã thất bại".'), 'statement');
});

test('a mutiny named as a noun, its day told by weekday ("Cuộc binh biến bắt đầu từ sáng thứ Ba (18/8) …"), is a coup; a kindergarten shelled ("một trường mẫu giáo … trúng đạn pháo") an attack', () => {
  assert.equal(main('Cuộc binh biến bắt đầu từ sáng thứ Ba (18/8) tại trại quân sự Soundiata Keïta ở thị trấn Kati.'), 'other');
  assert.deepEqual(attacks('Căng thẳng leo thang từ hôm 17/2, khi một trường mẫu giáo ở làng Stanytsia Luhanska, miền đông Ukraine, trúng đạn pháo.'), ['trúng đạn pháo']);
});

test('someone presenting himself to the press ("ra mắt báo giới với tư cách Chủ tịch CNSP") makes a statement', () => {
  assert.equal(main('Vài giờ sau, Đại tá Assimi Goïta, 37 tuổi, ra mắt báo giới với tư cách Chủ tịch CNSP.'), 'statement');
});

test('leaders appearing together before the press ("cùng xuất hiện trước báo giới") make a statement; before a crowd they meet', () => {
  assert.equal(main('Sáng 31/1, Chủ tịch Hội đồng châu Âu Charles Michel và Chủ tịch Ủy ban châu Âu Ursula von der Leyen cùng xuất hiện trước báo giới.'), 'statement');
  assert.equal(main('Donald Trump và Thủ tướng Ấn Độ Narendra Modi ngày 22/9 cùng xuất hiện trước khoảng 50.000 người tại Houston.'), 'meeting');
});

test('what someone "nói trên kênh CBS rằng …" is a statement, and a deal aimed at ("hạn chót … để hai bên đạt thỏa thuận") none reached', () => {
  const s = 'Đại diện Thương mại Mỹ Robert Lighthizer hôm 9/12 nói trên kênh CBS rằng vụ bắt giữ không ảnh hưởng tới hạn chót 1/3 năm sau để hai bên đạt thỏa thuận.';
  assert.equal(main(s), 'statement');
  assert.ok(findTriggers(s).every((t) => t.type !== 'agreement'));
});

test('a document "chính thức có hiệu lực từ hôm nay" enters into force today, as one "từ ngày 1/8" does; one that "sẽ có hiệu lực từ hôm nay" is not told done', () => {
  assert.equal(main('Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA) chính thức có hiệu lực từ hôm nay.'), 'agreement');
  assert.equal(main('Hiệp định EVFTA sẽ có hiệu lực từ hôm nay.'), null);
});

test('"Phát biểu với báo giới bên lề hội nghị G-20 ở Hàng Châu hôm 5/9, ông Putin gọi …" tells a statement, the summit only where it was said', () => {
  const s = 'Phát biểu với báo giới bên lề hội nghị G-20 ở Hàng Châu hôm 5/9, ông Putin gọi sự ra đi của ông Karimov là "mất mát to lớn".';
  assert.equal(main(s), 'statement');
  assert.ok(findTriggers(s).every((t) => t.type !== 'summit'));
  // (with nothing said after it, the summit is still told)
  assert.ok(findTriggers('Phát biểu bên lề hội nghị G-20 ở Hàng Châu hôm 5/9.').some((t) => t.type === 'summit'));
});

test('gunmen who "xông vào cuộc họp …, bắn chết Chủ tịch bang …" attacked; police who shot a suspect did not', () => {
  assert.deepEqual(attacks('Tối thứ Bảy (22/6), một nhóm vũ trang xông vào cuộc họp của lãnh đạo bang Amhara tại Bahir Dar, bắn chết Chủ tịch bang Ambachew Mekonnen.'), ['bắn chết']);
  assert.deepEqual(attacks('Cảnh sát đã bắn chết nghi phạm sau khi vây bắt.'), []);
});

test('a leader who "đã tới bệnh viện tỉnh Nong Bua Lamphu để thăm hỏi …" or "tới tỉnh …" visits', () => {
  assert.equal(main('Quốc vương Thái Lan Maha Vajiralongkorn tối qua (7/10) đã tới bệnh viện tỉnh Nong Bua Lamphu để thăm hỏi người bị thương.'), 'visit');
  assert.equal(main('Thủ tướng tối qua đã tới tỉnh Nakhon Phanom.'), 'visit');
});

test('a boat that "bị một tàu Trung Quốc đâm vào đuôi" was rammed: an attack, told in the passive', () => {
  assert.deepEqual(attacks('Khoảng nửa đêm 9/6, tàu cá F/B Gem-Ver 1 chở 22 ngư dân đang neo thì bị một tàu Trung Quốc đâm vào đuôi.'), ['đâm vào']);
  assert.deepEqual(attacks('Tàu cá bị sóng đánh vỡ.'), []);
});

test('a force that "dùng xe tăng và máy bay tấn công ba vị trí …" attacked, as one using missiles does', () => {
  assert.deepEqual(attacks('Tối 30/3, IDF dùng xe tăng và máy bay tấn công ba vị trí của Hamas ở Gaza.'), ['tấn công']);
});

test('\'Trên Twitter hôm qua (1/4), ông Netanyahu viết: "…"\' is a statement, as "viết rằng" is', () => {
  assert.equal(main('Trên Twitter hôm qua (1/4), ông Netanyahu viết: "Quân đội đạo đức nhất thế giới sẽ không nghe lời lên lớp".'), 'statement');
});

test('a leader who "đã tiếp tại Điện Kremlin bà Ekaterina Kornelyuk" receives her: where, before whom', () => {
  assert.ok(findTriggers('Sáng 25/5, ông Putin đã tiếp tại Điện Kremlin bà Ekaterina Kornelyuk, vợ góa của phóng viên Igor Kornelyuk.').some((t) => t.type === 'meeting' && t.text === 'tiếp'));
  // (not "tiếp tục" nor a place with no one received after it)
  assert.ok(!findTriggers('Ông Putin tiếp tại Điện Kremlin các nhà báo.').some((t) => t.type === 'meeting'));
});

test('a release welcomed ("hoan nghênh việc bà Savchenko được thả tự do") is what the statement is about, not a release by the speaker', () => {
  const s = 'Hôm 25/5, Tổng Thư ký Hội đồng châu Âu Thorbjørn Jagland hoan nghênh việc bà Savchenko được thả tự do.';
  assert.equal(main(s), 'statement');
  assert.equal(main('Hôm 25/5, bà Savchenko được thả tự do.'), 'other');
});

test('a video posted with words said in it ("Tổng thống Pháp Emmanuel Macron đăng video nói …") is a statement', () => {
  assert.equal(main('Tổng thống Pháp Emmanuel Macron đăng video nói bằng tiếng Anh trước lá cờ hai nước.'), 'statement');
  assert.equal(main('Kênh truyền hình đăng video về vụ việc.'), null);
});

test('talks someone is hoped or asked to hold ("mong chính phủ Thổ Nhĩ Kỳ tiến hành đối thoại") have not happened', () => {
  assert.deepEqual(findTriggers('Berlin mong chính phủ Thổ Nhĩ Kỳ tiến hành đối thoại tôn trọng với mọi lực lượng chính trị.').filter((t) => t.type === 'meeting'), []);
  assert.equal(main('Hai bên đã tiến hành đối thoại tại Geneva.'), 'meeting');
});

test('a meeting whose decision is defended or judged ("lên tiếng bảo vệ quyết định tiếp ông Abbas") was told before: the sentence is a statement', () => {
  assert.equal(main('Hôm nay, ông Gantz lên tiếng bảo vệ quyết định tiếp ông Abbas.'), 'statement');
  assert.equal(main('Hôm nay, ông Gantz tiếp ông Abbas.'), 'meeting');
});

test('a visit word in a treaty\'s name ("Thỏa thuận Các lực lượng thăm viếng (VFA)") is no visit', () => {
  assert.equal(main('Tổng thống Mỹ Donald Trump tuyên bố không phản đối việc Philippines chấm dứt Thỏa thuận Các lực lượng thăm viếng (VFA).'), 'statement');
  assert.deepEqual(findTriggers('Philippines chấm dứt Thỏa thuận lực lượng thăm viếng với Mỹ.').filter((t) => t.type === 'visit'), []);
});

test('a meeting welcomed as done ("hoan nghênh việc cuộc gặp được tổ chức tại Moscow") is what the statement is about, not new talks', () => {
  assert.deepEqual(findTriggers('Ngoại trưởng Nga Sergei Lavrov hoan nghênh việc cuộc gặp được tổ chức tại Moscow.').filter((t) => t.type === 'meeting'), []);
  assert.equal(main('Ngoại trưởng Nga Sergei Lavrov hoan nghênh việc cuộc gặp được tổ chức tại Moscow.'), 'statement');
});

test('"hàng nghìn người ủng hộ ông Trump … tràn vào Đồi Capitol" is an attack, as "xông vào Điện Capitol" was', () => {
  assert.deepEqual(findTriggers('Chiều 6/1, hàng nghìn người ủng hộ ông Trump vượt qua hàng rào an ninh, đập vỡ cửa kính và tràn vào Đồi Capitol.').filter((t) => t.type === 'attack').map((t) => t.text), ['tràn vào Đồi Capitol']);
});

test('attacks told as where something began ("… khởi nguồn từ các cuộc tấn công của phiến quân …") are no attack told that day', () => {
  assert.deepEqual(findTriggers('Bà mô tả những gì diễn ra tại Rakhine là một "cuộc xung đột vũ trang nội bộ" khởi nguồn từ các cuộc tấn công của phiến quân ARSA.').filter((t) => t.type === 'attack'), []);
});

test('a bomb planted that went off ("khi quả bom gài trên chiếc xe bà đang lái phát nổ", "một quả bom gài trên xe máy đã phát nổ") is an attack', () => {
  assert.deepEqual(findTriggers('Bà thiệt mạng chiều 16/10 khi quả bom gài trên chiếc xe bà đang lái phát nổ.').filter((t) => t.type === 'attack').map((t) => t.text), ['quả bom']);
  assert.deepEqual(findTriggers('Một quả bom gài trên xe máy đã phát nổ gần đoàn xe của ông tại huyện Bannu.').filter((t) => t.type === 'attack').map((t) => t.text), ['quả bom']);
  assert.deepEqual(findTriggers('Cảnh sát tìm thấy một quả bom gài trên xe nhưng đã kịp vô hiệu hóa.').filter((t) => t.type === 'attack'), []);
});

test('a summit proposed ("đề xuất một cuộc gặp thượng đỉnh tại một nước thứ ba") is none; the call it was proposed in still is', () => {
  assert.deepEqual(findTriggers('Trong cuộc điện đàm với ông Putin hôm 13/4, nhà lãnh đạo Mỹ bày tỏ lo ngại, đồng thời đề xuất một cuộc gặp thượng đỉnh tại một nước thứ ba trong vài tháng tới.').map((t) => t.type), ['call']);
});

test('a message not sent ("Putin không gửi lời chúc mừng, và … ông ký sắc lệnh …") holds back nothing after it as its content', () => {
  assert.deepEqual(findTriggers('Tổng thống Nga Vladimir Putin không gửi lời chúc mừng, và chỉ ba ngày sau cuộc bầu cử, hôm 24/4, ông ký sắc lệnh đơn giản hóa thủ tục cấp hộ chiếu Nga.').map((t) => t.text), ['ký sắc lệnh']);
});

test('a visit that was to be ("lẽ ra có chuyến thăm Copenhagen") is none; goods sent to a country ("gửi thuốc men, vaccine và lương thực tới Cuba") are no visit', () => {
  assert.deepEqual(findTriggers('Ông Trump lẽ ra có chuyến thăm Copenhagen vào ngày 2-3/9 theo lời mời của Nữ hoàng Margrethe II.'), []);
  assert.deepEqual(findTriggers('Ông López Obrador đề nghị gửi thuốc men, vaccine và lương thực tới Cuba.').map((t) => t.type), ['statement']);
  assert.deepEqual(findTriggers('Thỏa thuận lẽ ra đã được ký trong chuyến thăm Dhaka của Thủ tướng Manmohan Singh vào tháng 9/2011.').map((t) => t.type), ['agreement', 'visit']);
});
