/**
 * Office titles in Vietnamese news ("Tổng thống", "Bộ trưởng Quốc phòng", "Người phát ngôn") with
 * their English roles, and how they are matched: longest title first, at word borders, after an
 * interim qualifier ("lâm thời"). Which offices speak for others (sources, not participants) and
 * which ones answer each other across countries ("Ngoại trưởng" and "Secretary of State").
 */
import { isLetterUnit } from './word-chars.js';

/** Vietnamese office titles → English role; `source` marks people who speak for others; `country`, a title only Vietnam's office holder has. */
export const OFFICES: { vi: string; en: string; source?: boolean; country?: string; ofPlace?: boolean }[] = [
  { vi: 'Tổng thống đắc cử', en: 'President-elect' },
  { vi: 'ứng viên tổng thống', en: 'Presidential candidate' },
  { vi: 'ứng cử viên tổng thống', en: 'Presidential candidate' },
  // ("Phó Tổng thống thứ nhất Riek Machar", "Phó Thủ tướng thứ nhất Igor Shuvalov": the first of several deputies)
  { vi: 'Phó Tổng thống thứ nhất', en: 'First Vice President' },
  { vi: 'Phó Tổng thống', en: 'Vice President' },
  { vi: 'Phó Thủ tướng thứ nhất', en: 'First Deputy Prime Minister' },
  { vi: 'Tổng thống', en: 'President' },
  { vi: 'Phó Thủ tướng', en: 'Deputy Prime Minister' },
  { vi: 'Thủ tướng', en: 'Prime Minister' },
  { vi: 'Tổng Bí thư', en: 'General Secretary' },
  { vi: 'Chủ tịch nước', en: 'President', country: 'VN' },
  { vi: 'Chủ tịch Quốc hội', en: 'Chairman of the National Assembly' },
  { vi: 'Chủ tịch Hạ viện', en: 'Speaker' },
  { vi: 'Chủ tịch Thượng viện', en: 'President of the Senate' },
  // ("Chủ tịch Nghị viện châu Âu David Sassoli": a parliament's president, not a person called "Nghị")
  { vi: 'Chủ tịch Nghị viện châu Âu', en: 'President of the European Parliament' },
  { vi: 'Chủ tịch Nghị viện', en: 'Speaker' },
  // "Phó chủ tịch thứ hai Thượng viện Jeanine Áñez": the Senate's (first or second) vice-president
  { vi: 'Phó Chủ tịch thứ nhất Thượng viện', en: 'Vice President of the Senate' },
  { vi: 'Phó Chủ tịch thứ hai Thượng viện', en: 'Vice President of the Senate' },
  { vi: 'Phó Chủ tịch Thượng viện', en: 'Vice President of the Senate' },
  { vi: 'Phó Chủ tịch Hạ viện', en: 'Deputy Speaker' },
  // a parliament's or council's head ("Chủ tịch Hội đồng Lập pháp Quốc gia Pornpetch Wichitcholchai", "Chủ tịch Hội đồng Liên bang Valentina Matviyenko")
  { vi: 'Chủ tịch Hội đồng Lập pháp Quốc gia', en: 'Speaker' },
  { vi: 'Chủ tịch Hội đồng Liên bang', en: 'Speaker' },
  { vi: 'Chủ tịch Hội đồng Đại biểu Nhân dân', en: 'Speaker' },
  { vi: 'Chủ tịch Duma Quốc gia', en: 'Speaker' },
  { vi: 'Chủ tịch Hội đồng Cơ mật', en: 'President of the Privy Council' },
  { vi: 'Chủ tịch Hội đồng Chủ quyền', en: 'Chairman of the Sovereignty Council' },
  { vi: 'Chủ tịch Ủy ban Quốc vụ', en: 'Chairman of the State Affairs Commission' },
  { vi: 'Chủ tịch', en: 'President' },
  // a ruling party's head of foreign relations, who leads its delegations ("Trưởng Ban Đối ngoại Trung ương Hoàng Bình Quân")
  { vi: 'Trưởng Ban Đối ngoại Trung ương', en: 'Head of the Central External Relations Commission', country: 'VN' },
  { vi: 'Bộ trưởng Ngoại giao', en: 'Foreign Minister' },
  { vi: 'Ngoại trưởng', en: 'Foreign Minister' },
  { vi: 'Bộ trưởng Quốc phòng', en: 'Defence Minister' },
  { vi: 'Bộ trưởng Thương mại', en: 'Commerce Minister' },
  { vi: 'Bộ trưởng Tài chính', en: 'Finance Minister' },
  { vi: 'Bộ trưởng Tư pháp', en: 'Justice Minister' },
  { vi: 'Bộ trưởng Nội vụ', en: 'Interior Minister' },
  { vi: 'Bộ trưởng An ninh Nội địa', en: 'Homeland Security Secretary' },
  // ("Bộ trưởng An ninh quốc gia Bongani Bongo": "An" is no name)
  { vi: 'Bộ trưởng An ninh quốc gia', en: 'State Security Minister' },
  { vi: 'Bộ trưởng An ninh', en: 'Security Minister' },
  { vi: 'Bộ trưởng Năng lượng', en: 'Energy Minister' },
  { vi: 'Bộ trưởng Y tế', en: 'Health Minister' },
  { vi: 'Bộ trưởng Thông tin', en: 'Information Minister' },
  { vi: 'Bộ trưởng Di trú', en: 'Immigration Minister' },
  { vi: 'Bộ trưởng Công an', en: 'Minister of Public Security' },
  { vi: 'Bộ trưởng Kinh tế', en: 'Economy Minister' },
  { vi: 'Bộ trưởng Công Thương', en: 'Minister of Industry and Trade' },
  { vi: 'Bộ trưởng Kế hoạch và Đầu tư', en: 'Minister of Planning and Investment' },
  { vi: 'Bộ trưởng Ngoại thương', en: 'Foreign Trade Minister' },
  { vi: 'Bộ trưởng Giáo dục', en: 'Education Minister' },
  { vi: 'Bộ trưởng Lao động', en: 'Labour Minister' },
  { vi: 'Bộ trưởng Môi trường', en: 'Environment Minister' },
  { vi: 'Bộ trưởng Tài nguyên và Môi trường', en: 'Minister of Natural Resources and Environment' },
  { vi: 'Bộ trưởng Ngoại giao và Hợp tác quốc tế', en: 'Foreign Minister' },
  { vi: 'Bộ trưởng Nông nghiệp', en: 'Agriculture Minister' },
  { vi: 'Bộ trưởng Giao thông', en: 'Transport Minister' },
  { vi: 'Bộ trưởng Văn hóa', en: 'Culture Minister' },
  { vi: 'Bộ trưởng Khoa học', en: 'Science Minister' },
  // ("Bộ trưởng Thống nhất Hàn Quốc Cho Myoung-gyon": Seoul's minister for relations with the North)
  { vi: 'Bộ trưởng Thống nhất', en: 'Unification Minister' },
  // ("Bộ trưởng Gia đình và Chính sách xã hội Thổ Nhĩ Kỳ Fatma Betül Sayan Kaya": "Gia" is no name)
  { vi: 'Bộ trưởng Gia đình và Chính sách xã hội', en: 'Family and Social Policy Minister' },
  { vi: 'Bộ trưởng Gia đình', en: 'Family Minister' },
  { vi: 'Bộ trưởng Phát triển', en: 'Development Minister' },
  { vi: 'Bộ trưởng Du lịch', en: 'Tourism Minister' },
  { vi: 'Bộ trưởng Thể thao', en: 'Sports Minister' },
  { vi: 'Bộ trưởng Công nghiệp', en: 'Industry Minister' },
  { vi: 'Bộ trưởng Dầu mỏ', en: 'Oil Minister' },
  { vi: 'Bộ trưởng Xã hội', en: 'Social Affairs Minister' },
  { vi: 'Bộ trưởng Xây dựng', en: 'Construction Minister' },
  { vi: 'Bộ trưởng Nhà ở', en: 'Housing Minister' },
  { vi: 'Bộ trưởng Truyền thông', en: 'Communications Minister' },
  { vi: 'Bộ trưởng Tình báo', en: 'Intelligence Minister' },
  { vi: 'Bộ trưởng Ngân khố', en: 'Treasury Secretary' },
  { vi: 'Bộ trưởng Nhập cư', en: 'Immigration Minister' },
  { vi: 'Bộ trưởng Thủy sản', en: 'Fisheries Minister' },
  { vi: 'Đại diện Thương mại', en: 'Trade Representative' },
  { vi: 'Bộ trưởng', en: 'Minister' },
  { vi: 'Thứ trưởng Ngoại giao', en: 'Deputy Foreign Minister' },
  { vi: 'Thứ trưởng thứ nhất Bộ Ngoại giao', en: 'First Deputy Foreign Minister' },
  // a foreign ministry's senior civil servant ("Tổng giám đốc Bộ Ngoại giao Israel Dore Gold", "Thứ trưởng Thường trực Bộ Ngoại giao Thổ Nhĩ Kỳ Feridun Sinirlioğlu")
  { vi: 'Thứ trưởng Thường trực Bộ Ngoại giao', en: 'Permanent Under-Secretary for Foreign Affairs' },
  { vi: 'Tổng giám đốc Bộ Ngoại giao', en: 'Director-General of the Foreign Ministry' },
  // ("Tổng thư ký Bộ Ngoại giao Malaysia Othman Hashim ra thông cáo": the ministry's highest civil servant, not a body's secretary-general)
  { vi: 'Tổng thư ký Bộ Ngoại giao', en: 'Secretary-General of the Foreign Ministry' },
  { vi: 'Thứ trưởng Quốc phòng', en: 'Deputy Defence Minister' },
  { vi: 'Thứ trưởng', en: 'Deputy Minister' },
  { vi: 'Phó Ngoại trưởng', en: 'Deputy Foreign Minister' },
  { vi: 'Phó Chủ tịch', en: 'Vice President' },
  { vi: 'Đặc phái viên', en: 'Special Envoy' },
  // a member of the European Commission ("Ủy viên châu Âu phụ trách Nội vụ Ylva Johansson", "Ủy viên Thương mại EU Phil Hogan")
  { vi: 'Ủy viên châu Âu', en: 'European Commissioner' },
  { vi: 'Ủy viên Thương mại', en: 'Trade Commissioner' },
  { vi: 'Giáo hoàng', en: 'Pope' },
  // ("Hồng y Pietro Parolin, Quốc vụ khanh Tòa thánh", "Tổng Giám mục Paul Gallagher": the Holy See's diplomats)
  { vi: 'Hồng y', en: 'Cardinal' },
  // ("Tổng Giám mục Athens Ieronymos II", "Thượng phụ Đại kết Constantinople Bartholomew I": the see before the name)
  { vi: 'Tổng Giám mục', en: 'Archbishop', ofPlace: true },
  // religious leaders who meet heads of state: "Đại giáo chủ Ali al-Sistani", "Đại Imam Ahmed al-Tayeb", "Thượng phụ Kirill"
  { vi: 'Đại giáo chủ', en: 'Grand Ayatollah' },
  { vi: 'Đại Giáo chủ', en: 'Grand Ayatollah' },
  { vi: 'Đại Imam', en: 'Grand Imam' },
  // ("Chủ tịch quốc tế của tổ chức Bác sĩ không biên giới, bác sĩ Joanne Liu": a doctor named, who may speak for a body)
  { vi: 'bác sĩ', en: 'Doctor' },
  // ("Đại giáo trưởng Al-Azhar Ahmed al-Tayeb")
  { vi: 'Đại giáo trưởng', en: 'Grand Imam', ofPlace: true },
  { vi: 'Đại Giáo trưởng', en: 'Grand Imam', ofPlace: true },
  { vi: 'Thượng phụ Đại kết', en: 'Ecumenical Patriarch', ofPlace: true },
  { vi: 'Thượng phụ', en: 'Patriarch', ofPlace: true },
  // ("Tổng Thư ký Hội đồng châu Âu Thorbjørn Jagland": the Council of Europe's, named without a country)
  { vi: 'Tổng Thư ký Hội đồng châu Âu', en: 'Secretary General of the Council of Europe' },
  { vi: 'Tổng Thư ký', en: 'Secretary General' },
  // a court's prosecutor ("Công tố viên trưởng Tòa án Hình sự Quốc tế (ICC) Karim Khan")
  { vi: 'Công tố viên trưởng Tòa án Hình sự Quốc tế', en: 'ICC Chief Prosecutor' },
  { vi: 'Công tố viên trưởng', en: 'Chief Prosecutor' },
  { vi: 'Quốc vương', en: 'King' },
  { vi: 'Tiểu vương', en: 'Emir', ofPlace: true },
  { vi: 'Nhà vua', en: 'King' },
  { vi: 'Nữ hoàng', en: 'Queen' },
  // ("Quốc vương Maha Vajiralongkorn và Hoàng hậu Suthida tiếp Giáo hoàng": the king's consort, beside him)
  { vi: 'Hoàng hậu', en: 'Queen Consort' },
  { vi: 'Thái tử', en: 'Crown Prince' },
  { vi: 'Hoàng tử', en: 'Prince' },
  // ("Hoàng thân Karim Aga Khan, thủ lĩnh tinh thần của cộng đồng Ismaili": a prince by title, not a king's son)
  { vi: 'Hoàng thân', en: 'Prince' },
  { vi: 'Thượng nghị sĩ', en: 'Senator' },
  { vi: 'Lãnh tụ tối cao', en: 'Supreme Leader' },
  // ("Toàn quyền Australia David Hurley": the monarch's representative in a realm)
  { vi: 'Toàn quyền', en: 'Governor-General' },
  // ("bắt tay thủ lĩnh đối lập Raila Odinga": the opposition's leader)
  { vi: 'Thủ lĩnh đối lập', en: 'Opposition Leader' },
  { vi: 'Lãnh đạo đối lập', en: 'Opposition Leader' },
  { vi: 'Lãnh tụ đối lập', en: 'Opposition Leader' },
  { vi: 'Thủ lĩnh', en: 'Leader', ofPlace: true },
  { vi: 'Thị trưởng', en: 'Mayor', ofPlace: true },
  // Vietnam's city and province leaders, who receive visitors ("Bí thư Thành ủy Lê Thanh Hải", "Chủ tịch UBND thành phố Lê Hoàng Quân")
  { vi: 'Bí thư Thành ủy', en: 'Party Secretary', ofPlace: true },
  { vi: 'Bí thư Tỉnh ủy', en: 'Party Secretary', ofPlace: true },
  { vi: 'Chủ tịch UBND thành phố', en: 'Chairman of the People\'s Committee', ofPlace: true },
  { vi: 'Chủ tịch UBND tỉnh', en: 'Chairman of the People\'s Committee', ofPlace: true },
  { vi: 'Chủ tịch UBND', en: 'Chairman of the People\'s Committee', ofPlace: true },
  { vi: 'Chủ tịch Ủy ban nhân dân thành phố', en: 'Chairman of the People\'s Committee', ofPlace: true },
  { vi: 'Chủ tịch Ủy ban nhân dân tỉnh', en: 'Chairman of the People\'s Committee', ofPlace: true },
  { vi: 'Thống đốc', en: 'Governor', ofPlace: true },
  // ("Thủ hiến vùng Catalonia Carles Puigdemont": a region's premier)
  { vi: 'Thủ hiến', en: 'Regional Premier', ofPlace: true },
  // ("người đứng đầu chính quyền vùng Carles Puigdemont": the same office, told by what it is)
  { vi: 'người đứng đầu chính quyền vùng', en: 'Regional Premier', ofPlace: true },
  { vi: 'người đứng đầu chính quyền bang', en: 'Regional Premier', ofPlace: true },
  // ("người đứng đầu Cộng hòa Chechnya Ramzan Kadyrov": a Russian republic's head)
  { vi: 'người đứng đầu Cộng hòa', en: 'Head of the Republic', ofPlace: true },
  // ("người đứng đầu AEOI Ali Akbar Salehi": the head of the body named after it)
  { vi: 'người đứng đầu', en: 'Head', ofPlace: true },
  { vi: 'Đệ nhất phu nhân', en: 'First Lady' },
  { vi: 'Tổng tư lệnh', en: 'Commander-in-Chief' },
  // ("Tư lệnh Hải quân Trung Quốc Ngô Thắng Lợi và Tham mưu trưởng Tác chiến Hải quân Mỹ John Richardson có cuộc hội đàm trực tuyến": commanders who hold talks)
  { vi: 'Tư lệnh Hải quân', en: 'Navy Commander' },
  { vi: 'Tham mưu trưởng Tác chiến Hải quân', en: 'Chief of Naval Operations' },
  { vi: 'Tổng Tham mưu trưởng', en: 'Chief of the General Staff' },
  { vi: 'Đô đốc', en: 'Admiral' },
  { vi: 'Đại tướng', en: 'General' },
  { vi: 'Thượng tướng', en: 'Colonel General' },
  { vi: 'Trung tướng', en: 'Lieutenant General' },
  { vi: 'Thiếu tướng', en: 'Major General' },
  { vi: 'Tướng', en: 'General' },
  { vi: 'Đại sứ', en: 'Ambassador' },
  // ("Đại biện lâm thời Litva Virginija Umbrasienė": the envoy who heads a mission without an ambassador; see OFFICE_QUALIFIER)
  { vi: 'Đại biện', en: "Chargé d'Affaires" },
  { vi: 'Nhà lãnh đạo', en: 'Leader' },
  { vi: 'người đồng cấp', en: '' },
  { vi: 'người đồng nhiệm', en: '' },
  { vi: 'Người phát ngôn', en: 'Spokesperson', source: true },
  { vi: 'phát ngôn viên', en: 'Spokesperson', source: true },
  { vi: 'Phó cố vấn an ninh quốc gia', en: 'Deputy National Security Advisor', source: true },
  { vi: 'Cố vấn an ninh quốc gia', en: 'National Security Advisor', source: true },
  { vi: 'Cố vấn an ninh', en: 'Security Adviser', source: true },
  // ("Giám đốc Hội đồng Kinh tế Quốc gia Brian Deese": the White House's chief economic adviser)
  { vi: 'Giám đốc Hội đồng Kinh tế Quốc gia', en: 'Director of the National Economic Council', source: true },
  // ("Cố vấn Thủ tướng Pakistan về an ninh quốc gia và đối ngoại Sartaj Aziz": an adviser who holds talks as a minister would)
  { vi: 'Cố vấn Thủ tướng', en: 'Adviser to the Prime Minister' },
  { vi: 'cố vấn', en: 'Adviser', source: true },
  // ("Trợ lý Ngoại trưởng Mỹ David Stilwell đã triệu Đại sứ …": an assistant secretary acts, no aide who comments)
  { vi: 'Trợ lý Ngoại trưởng', en: 'Assistant Secretary of State' },
  { vi: 'Trợ lý', en: 'Aide', source: true },
  { vi: 'quan chức', en: 'Official', source: true },
  { vi: 'Thư ký báo chí', en: 'Press Secretary', source: true },
  { vi: 'Thư ký Hội đồng An ninh quốc gia tối cao', en: 'Secretary of the Supreme National Security Council' },
  { vi: 'Thư ký Hội đồng An ninh Quốc gia', en: 'Secretary of the National Security Council' },
];

/** Roles in the gazetteer that speak for others. */
export const SOURCE_ROLES = /spokesperson|adviser|advisor|aide|press secretary|official/i;

/** "lâm thời", "tạm quyền", "thường trực", "lưu động": an office held for a time, its standing first deputy, or at large, between the title and the name. */
// ("Quyền ngoại trưởng trong chính quyền Taliban Amir Khan Muttaqi": the government served, before whose it is)
export const OFFICE_QUALIFIER = /^\s+(?:lâm thời|tạm quyền|lưu động|[Tt]hường trực|sắp mãn nhiệm|mãn nhiệm|mới nhậm chức|mới đắc cử|(?:của\s+)?nước chủ nhà|(?:trong\s+|của\s+)?chính quyền(?=\s+\p{Lu}))(?=\s)/u;
/** Where the text after `i` goes on past an {@link OFFICE_QUALIFIER} ("lâm thời"), or `i`. */
export function afterQualifier(text: string, i: number): number {
  const q = OFFICE_QUALIFIER.exec(text.slice(i));
  return q ? i + q[0].length : i;
}

/** Monarchs' offices, one for another in Vietnamese ("Quốc vương Qatar" is the Emir). */
export const MONARCH = /^(?:King|Emir|Sultan)$/i;
/** An envoy's office, in English: one summoned to a ministry rather than summoning. */
export const ENVOY = /^(?:Ambassador|Chargé d'Affaires)$/u;
/** Offices that are one another's counterparts across countries ("Ngoại trưởng Mỹ … người đồng cấp Nga"). */
export const COUNTERPARTS = [['Foreign Minister', 'Secretary of State'], ['Prime Minister', 'Chancellor', 'Premier']];
export const counterpartRoles = (role: string) => COUNTERPARTS.find((g) => g.includes(role)) ?? [role];
/** The same office, a monarch's under any of its titles, a chair's whether man or woman holds it ("Chủ tịch Quốc hội" for Nguyễn Thị Kim Ngân). */
export const sameRole = (a: string | null, b: string) => a === b || (!!a && ((MONARCH.test(a) && MONARCH.test(b)) || unGendered(a) === unGendered(b)));
const unGendered = (role: string) => role.replace(/^Chairwoman(?!\p{L})/u, 'Chairman');
/** The same office however hyphenated: a bare "Tổng Thư ký" is the "Secretary-General" the article named. */
export const sameTitle = (a: string | null, b: string) => sameRole(a, b) || (!!a && a.replace(/-/gu, ' ') === b.replace(/-/gu, ' '));

/** Office titles lower-cased once, for suffix tests. */
export const OFFICES_LOWER = OFFICES.map((o): [(typeof OFFICES)[number], string] => [o, o.vi.toLowerCase()]);

/** {@link OFFICES_LOWER} by the code of their last letter, in the same order. */
export const OFFICES_BY_LAST = new Map<number, typeof OFFICES_LOWER>();
for (const entry of OFFICES_LOWER) OFFICES_BY_LAST.set(entry[1].charCodeAt(entry[1].length - 1), [...(OFFICES_BY_LAST.get(entry[1].charCodeAt(entry[1].length - 1)) ?? []), entry]);

/** The first word of each office title, lower-cased. */
export const OFFICE_FIRST = OFFICES_LOWER.map(([, low]) => low.split(' ')[0]);

/**
 * Whether an office title (lower-cased) could overlap an occurrence of itself that starts a
 * word: it ends with a start of itself that follows a non-letter ("x y x").
 */
export const OFFICE_WORD_BORDER = OFFICES_LOWER.map(([, low]) => {
  for (let d = 1; d < low.length; d++) if (!isLetterUnit(low.charCodeAt(d - 1)) && low.startsWith(low.slice(d))) return true;
  return false;
});

/** Where `part` occurs in `text`, left to right, each search going on after the last occurrence. */
export function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) out.push(at);
  return out;
}

/**
 * For each office, the longer titles (lower-cased) that end with it ("phó tổng thống" for
 * "tổng thống") and that begin with it ("bộ trưởng quốc phòng" for "bộ trưởng").
 */
export const LONGER_ENDING = OFFICES_LOWER.map(([office, officeLow]) =>
  OFFICES_LOWER.filter(([o, low]) => o !== office && low.length > officeLow.length && low.endsWith(officeLow)).map(([, low]) => low));
export const LONGER_STARTING = OFFICES_LOWER.map(([office, officeLow]) =>
  OFFICES_LOWER.filter(([o, low]) => o !== office && low.length > officeLow.length && low.startsWith(officeLow)).map(([, low]) => low));

/** The office title that ends exactly at `end` in `text`, if any. */
export function officeBefore(text: string, end: number): (typeof OFFICES)[number] | null {
  const before = text.slice(Math.max(0, end - 40), end).replace(/\s+$/, '').toLowerCase();
  // only titles ending in the same letter can end there
  for (const [o, lower] of OFFICES_BY_LAST.get(before.charCodeAt(before.length - 1)) ?? []) if (before.endsWith(lower)) return o;
  return null;
}
