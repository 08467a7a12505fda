/**
 * Who took part in an event: for a statement, its speaker (not whom it was said to nor whom it
 * was about); for other events, everyone its clause names, subject first and each person once.
 * Offsets are relative to the sentence.
 */
import type { EventType, Participant } from '../events-schema.js';
import { CAPITAL_EN, countryAt, englishCountry, findCountries, STATE_CAPITALS, type CountryMention } from './countries.js';
import { DIPLOMATS_WITHDRAWN, IN_FORCE, TIES_VERBS, type Trigger } from './event-type.js';
import type { PersonMention } from './people.js';
import { ANOTHERS_ACT, invitedBy, isObject, orderParticipants, otherClauseAt, otherClauseBefore, subjectOf } from './sentence-roles.js';
import { quotationEnd } from './quotes.js';

/** "đồng ý rằng …", "nhất trí là …": agreeing that something is so. */
const THAT = /^\s*(?:rằng|là)\s/u;

/** "ông Biden … đồng ý rằng ông Putin là …": one person agreeing that something is so states it. */
export function agreementOrStatement(t: Trigger, actors: PersonMention[], text: string): EventType {
  if (t.type === 'agreement' && THAT.test(text.slice(t.end)) && new Set(actors.filter((a) => a.end <= t.start && !isObject(text, a.start)).map((a) => a.person)).size === 1) return 'statement';
  return t.type;
}

/** "trao đổi tù nhân": a prisoner swap, done by states. */
export const PRISONER_SWAP = /^(?:(?:cuộc|đợt)\s+)?(?:trao đổi|hoán đổi)\s.*tù nhân$/u;
/** Declaring words: what a state or a ruling party announces as a decision. */
const DECLARING = new RegExp(String.raw`^(?:ra\s+)?(?:tuyên bố|thông báo|thông cáo|công bố|lên án|gọi|coi|mô tả|kêu gọi|phản đối|bác bỏ|hoan nghênh|yêu cầu|xác nhận)$|^(?:ra|phát đi|đưa ra)\s+(?:một\s+)?(?:thông cáo|thông báo)$|trục xuất$|triệu hồi$|^(?:cắt đứt|cắt|hạ cấp) quan hệ$|triệu tập$|^triệu$|công hàm(?: phản đối)?$|^bầu$|^bỏ phiếu$|^phủ quyết$|^rút\s.*khỏi\s|${DIPLOMATS_WITHDRAWN.source}|trách nhiệm$|đứng sau$|nghị quyết$|luật$`, 'u');
/** Words between a subject and its verb: "đã", "bất ngờ", "chính thức", "đồng loạt", "cùng ngày", "tối 4/6", "ngay trong ngày 14/5", "hôm qua (28/8)". */
const ADVERBS = String.raw`(?:\s+(?:(?:đáp trả|trả đũa)(?:\s+[^\s,.;]+){0,6}?\s+bằng(?:\s+(?:việc|cách))?|đã|tự xưng|bất ngờ|chính thức|đồng loạt|cùng|cùng ngày|(?:ngay\s+|cũng\s+)?trong\s+(?:ngày|đêm)(?:\s+(?:này|đó|hôm đó))?|lần lượt|(?:hôm nay|(?:ngày\s+)?hôm qua|(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua))(?:\s*\(\d{1,2}[/.-]\d{1,2}\))?|nhanh chóng|lập tức|khi đó|sau đó|cũng|mới|tiếp tục|bỏ phiếu|ngay|(?:(?:ngay\s+)?(?:trong|vào)\s+)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?(?:\s*\([^()]{1,20}\)|\s+năm\s+(?:ngoái|trước))?|(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+(?:thứ\s+\p{L}+|[Cc]hủ nhật)\s*\(\d{1,2}[/.-]\d{1,2}\)|(?:hồi|vào)\s+(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{1,2}(?:[/.]\d{4})?))*`;
/** "liên minh cầm quyền EPRDF của Ethiopia bất ngờ tuyên bố": a ruling party or coalition as the subject. */
const RULING_BODY = new RegExp(String.raw`(?:^|[,;:]\s*|\s)(liên minh|đảng|mặt trận)\s+cầm quyền((?:\s+\S+){0,4}?)${ADVERBS}\s+$`, 'u');
/**
 * Between two countries of a list: a comma, "và", an abbreviation in brackets (a bracket with a
 * year, "Ai Cập (năm 1979) và Jordan (năm 1994)", tells each state apart).
 */
const LIST_GAP = /^\)?(?:\s*\([^()\d]{1,12}\))?\s*(?:,|và|cùng)?\s*$/u;
/** Between the list and the verb: "đồng loạt", "đã", "cùng ngày", "chiều 24/12 (giờ châu Âu)". */
// ("Mỹ tuyên bố rút khỏi …", "Mỹ quyết định rút …": a declaring verb before a declared act)
// ("Israel và Lebanon, hai quốc gia … vẫn trong tình trạng chiến tranh, ngày 27/10 đã …": an apposition about the states)
const TO_VERB = new RegExp(String.raw`^(?:\s*\([^()]{1,12}\))?(?:,\s+(?:hai|ba|các|những)\s+(?:nước|quốc gia|bên)(?!\p{L})[^,.;:]{0,80},)?${ADVERBS}(?:\s+(?:tuyên bố|quyết định|thông báo))?\s+$`, 'u');
const RULING_EN: Record<string, string> = { 'liên minh': 'coalition', 'đảng': 'party', 'mặt trận': 'front' };

/** Who declared a decision, when no person did: states or a ruling party, in both languages. */
export interface Declarer {
  en: string;
  vi: string;
  many: boolean;
  /** Where the country a body acts in is named ("Quốc hội Iraq", "Đại sứ quán X tại Mỹ"): its place. */
  at?: number;
  /** Where a seat or a capital that speaks is named ("Nhà Trắng", "Tokyo tuyên bố"): its place, and no more. */
  where?: number;
  /** A state itself ("Thổ Nhĩ Kỳ … triệu hồi đại sứ"), placed in its country (a body of it, at its capital). */
  state?: true;
  /** A document told as signed, its signers unnamed ("Hiệp định … được ký ngày 29/5/2015 tại Burabay"). */
  document?: true;
  /** The country an armed group fights in, when it is one ("Taliban công bố …": Afghanistan), an ISO code. */
  home?: string;
}

/**
 * "Arab Saudi, UAE, Bahrain và Ai Cập đồng loạt tuyên bố cắt đứt quan hệ …", "liên minh cầm
 * quyền X của Ethiopia bất ngờ tuyên bố chấp nhận …": a decision declared by two or more states
 * or by a ruling party, an event without people; null when the subject is neither.
 */
export function declaredBy(t: Trigger, text: string, previous = ''): Declarer | null {
  // "Bộ trưởng Ngoại giao các nước ASEAN và Trung Quốc đã thông qua …", "các Bộ trưởng Ngoại giao ASEAN ra tuyên bố …": a bloc's officials
  // (a document adopted or signed; what they agreed at a summit is the summit's)
  // ("Lãnh đạo các nước SCO hôm nay ký Tuyên bố Bishkek, khép lại hội nghị thượng đỉnh …": the summit's outcome)
  // ("Hôm 20/2, nhóm bộ trưởng tài chính eurozone đã đồng ý gia hạn …": what they agreed on among themselves)
  if ((t.type === 'agreement' && /^(?:ký|thông qua|đồng ý|nhất trí|thống nhất)$/u.test(t.lemma) && !/[Tt]hượng đỉnh|[Cc]ấp cao/u.test(text)) || (t.type === 'statement' && DECLARING.test(t.lemma))) {
    const bloc = blocOfficials(text.slice(0, t.start));
    if (bloc) return bloc;
    // ("Ba ngày sau, tại cuộc họp ngoại trưởng ở Lima, 12 nước châu Mỹ ra tuyên bố …": states counted as the speaker)
    const counted = t.type === 'statement' ? countedStates(text.slice(0, t.start), STATES_COUNTED_SUBJECT) : null;
    if (counted) return counted;
  }
  // "Ngày 12/4, OPEC+ đã đạt thỏa thuận cắt giảm …", "EU đã nhất trí áp đặt …": a bloc itself agreeing (not at a summit, whose outcome it is)
  if (t.type === 'agreement' && !/^(?:ký|thông qua)$/u.test(t.lemma) && !/[Tt]hượng đỉnh|[Cc]ấp cao|[Hh]ội nghị/u.test(text)) {
    const bloc = BLOC_AGREEING.exec(text.slice(Math.max(0, t.start - 60), t.start));
    if (bloc) return { en: bloc[1] === 'Liên minh châu Âu' ? 'EU' : bloc[1], vi: bloc[1], many: true };
  }
  // ("ngoại trưởng các nước NATO đã họp trực tuyến …": a bloc's officials meeting among themselves)
  if (t.type === 'meeting') {
    const bloc = blocOfficials(text.slice(0, t.start));
    if (bloc) return bloc;
  }
  // "Nga và Ukraine đã tổ chức vòng đàm phán …", "Mỹ và Trung Quốc đạt được thỏa thuận …": states
  // listed as the ones who met or agreed
  if (t.type === 'meeting' || t.type === 'agreement' || t.type === 'call' || PRISONER_SWAP.test(t.lemma)) {
    // ("Việt Nam, Malaysia, Singapore và Brunei cùng Mỹ và 7 nước khác đã ký": the states named; the others counted)
    // ("Nhật Bản, Australia cùng 13 nước khác ký …": a list the others counted close, with no "và")
    const done = text.slice(0, t.start).replace(STATES_DID, ' ');
    const others = OTHERS_COUNTED.exec(done);
    const before = done.replace(OTHERS_COUNTED, ' ');
    const states = statesListed(before, others ? others[1] : null);
    // ("Morocco thiết lập lại quan hệ với Israel hồi tháng 12/2020", "Ai Cập … đã ký thỏa thuận … với Hy Lạp": the state acting and the one it acted with)
    const paired = !states?.many && t.type === 'agreement' ? tiesOrDealWith(t, text, before) : null;
    if (paired) return paired;
    // ("Ngày 15/5, chính phủ Mali ký hiệp định hòa bình tại Bamako": one state signing a document named right after the verb, at a place)
    // (not one of two parties signing together: "chính phủ Colombia và nhóm … (FARC) ký thỏa thuận hòa bình …")
    if (t.type === 'agreement' && states && !states.many && ONE_SIGNING_AT.test(text.slice(t.start)) && !/\s(?:và|cùng|với)\s/u.test(before.slice(before.search(/[^,;:]*$/u)))) return states;
    if (t.type === 'agreement' && !states?.many && (SIGNED_DOCUMENT.test(text.slice(0, t.end)) || REACHED_DEAL.test(text.slice(t.start)) || t.lemma === IN_FORCE)) {
      // ("lệnh ngừng bắn có hiệu lực ngày 21/5": a ceasefire taking effect)
      const ceasefire = t.lemma === IN_FORCE && CEASEFIRE_BEFORE.test(text.slice(Math.max(0, t.start - 130), t.start));
      return { en: ceasefire ? 'Ceasefire' : 'Agreement', vi: ceasefire ? 'Lệnh ngừng bắn' : 'Hiệp định', many: false, document: true };
    }
    // ("Hội đồng Bảo an … họp khẩn": the Security Council meets, at its seat)
    // ("Nga chủ trì cuộc tham vấn về Afghanistan … với sự tham gia của 11 nước": a state hosting a meeting of many)
    const hosting = t.type === 'meeting' && HOSTED_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start));
    return states?.many || (t.type === 'meeting' && states?.en === SEATS['Hội đồng Bảo an']) || (hosting && states) ? states : countedStates(before);
  }
  if (t.type !== 'statement' || !DECLARING.test(t.lemma)) return null;
  // "Tuyên bố của Bộ Tổng tham mưu các lực lượng vũ trang Iran được phát trên truyền hình …": the body whose statement it is
  // (a body of a state, placed at its capital; not "văn phòng Tổng thống X", whose office names no state)
  const noun = STATEMENT_OF.exec(text.slice(t.start));
  if (noun && /^\s*$/u.test(text.slice(0, t.start))) {
    const body = bodyNamed(noun[1]);
    const country = findCountries(noun[1]).pop();
    if (!body || !country) return null;
    const from = t.start + noun[0].indexOf(noun[1]);
    return { ...body, at: from + (body.at ?? country.start) };
  }
  // "Thông báo được Cơ quan thường trực Công ước khung … (UNFCCC) đưa ra hôm qua": the body that made it, told in the passive
  const made = MADE_BY_BODY.exec(text.slice(t.start));
  if (made && /^\s*$/u.test(text.slice(0, t.start))) {
    const body = bodyNamed(made[1]);
    const acronym = /\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(made[1])?.[1];
    // (and where it was made, when the sentence says: "… đưa ra hôm qua (1/11) tại Bonn (Đức)")
    const at = /^[^,.;:]{0,40}?\s(?:tại|ở)\s+(?=\p{Lu})/u.exec(text.slice(t.start + made[0].length));
    const where = at ? t.start + made[0].length + at[0].length : undefined;
    const declarer = body ?? (acronym ? { en: acronym, vi: made[1], many: false } : null);
    if (declarer) return where === undefined ? declarer : { ...declarer, where };
  }
  // "Trong thông cáo phát đi chiều 22/9 (giờ địa phương), Bộ Ngoại giao Đức cho biết …": the statement the sentence opens on
  // is the subject's after it, the body right before its verb
  const opening = STATEMENT_OPENING.exec(text);
  const saidBy = opening && t.end <= opening[0].length ? SAID_AFTER_OPENING.exec(text.slice(opening[0].length)) : null;
  if (opening && saidBy) {
    const subject = `${text.slice(0, opening[0].length + saidBy.index)} `;
    return statesListed(subject) ?? organisationAtEnd(subject);
  }
  // "Bahrain và Sudan tiếp bước Saudi Arabia tuyên bố …": whose lead they followed is not the subject
  // ("Campuchia với tư cách Chủ tịch ASEAN ra tuyên bố …": the state, not the bloc it chairs)
  const before = text.slice(0, t.start).replace(FOLLOWING, (m) => ' '.repeat(m.length)).replace(IN_CAPACITY, (m) => ' '.repeat(m.length));
  // "Một số nạn nhân mang quốc tịch Thổ Nhĩ Kỳ. Bộ Ngoại giao nước này …": the country just named
  const thisOne = THIS_COUNTRY.exec(before);
  if (thisOne) {
    const last = findCountries(previous).pop();
    return last ? onItsOwn({ ...last, start: thisOne.index, end: thisOne.index + last.text.length }, before.slice(0, thisOne.index) + last.text) : null;
  }
  const body = RULING_BODY.exec(before.slice(-80));
  if (body) {
    const rest = body[2];
    const acronym = /\s(\p{Lu}{2,})(?!\p{L})/u.exec(rest)?.[1];
    const of = /\scủa\s+(.+)$/u.exec(rest);
    const country = of ? countryAt(of[1], 0) : null;
    const en = `${country ? `${englishCountry(country.code) ?? country.text}'s ruling` : 'Ruling'} ${RULING_EN[body[1]]}${acronym ? ` ${acronym}` : ''}`;
    return { en, vi: `${body[1].charAt(0).toUpperCase()}${body[1].slice(1)} cầm quyền${rest}`, many: false };
  }
  // "Văn phòng Điều phối các vấn đề nhân đạo của Liên Hợp Quốc (OCHA) thông báo …": a named body
  return statesListed(before) ?? organisationAtEnd(before);
}

/** Ministers' portfolios named after "bộ trưởng", and their English. */
const PORTFOLIOS: Record<string, string> = { 'tài chính': 'finance', 'nội vụ': 'interior', 'quốc phòng': 'defence', 'thương mại': 'trade', 'tư pháp': 'justice', 'năng lượng': 'energy', 'y tế': 'health' };
/** "(các) Bộ trưởng Ngoại giao (các nước) ASEAN (và Trung Quốc) đã ": a bloc's officials as the subject, right before the verb. */
const BLOC_OFFICIALS = new RegExp(String.raw`(?:^|[,;:]\s*)(?:[Cc]ác\s+|[Nn]hóm\s+)?(Bộ trưởng Ngoại giao|[Nn]goại trưởng|[Bb]ộ trưởng(?:\s+(?:${Object.keys(PORTFOLIOS).join('|')}))?|[Nn]hà lãnh đạo|[Ll]ãnh đạo)\s+(?:các nước\s+|(?:\d+\s+)?nước thành viên\s+)?(ASEAN|G7|G-7|G20|G-20|EU|NATO|BRICS|SCO|APEC|Liên minh châu Âu|[Ee]urozone)(?:\s+(?:và|cùng)\s+(\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)?))?${ADVERBS}\s+$`, 'u');
/** "(nhóm) OPEC+ đã ", "EU đã ": a bloc as the subject of what it agreed, right before the verb. */
const BLOC_AGREEING = new RegExp(String.raw`(?:^|[,;:]\s*)(?:[Nn]hóm\s+|[Kk]hối\s+)?(OPEC\+|OPEC|NATO|EU|G7|G20|ASEAN|BRICS|Liên minh châu Âu)${ADVERBS}(?:\s+đạt(?:\s+được)?)?\s+$`, 'u');
const BLOC_ROLE_EN: Record<string, string> = { 'bộ trưởng ngoại giao': 'foreign ministers', 'ngoại trưởng': 'foreign ministers', 'bộ trưởng': 'ministers', 'nhà lãnh đạo': 'leaders', 'lãnh đạo': 'leaders' };
/** A bloc's officials named as the subject ("Bộ trưởng Ngoại giao các nước ASEAN và Trung Quốc"), or null. */
function blocOfficials(before: string): Declarer | null {
  const m = BLOC_OFFICIALS.exec(before.slice(-140));
  if (!m) return null;
  const partner = m[3] ? findCountries(m[3])[0] : undefined;
  if (m[3] && !partner) return null;
  const bloc = m[2].replace('-', '');
  const portfolio = PORTFOLIOS[/^bộ trưởng\s+(.+)$/u.exec(m[1].toLowerCase())?.[1] ?? ''];
  const role = portfolio ? `${portfolio} ministers` : BLOC_ROLE_EN[m[1].toLowerCase()];
  const en = partner ? `${bloc} and ${englishCountry(partner.code) ?? partner.text} ${role}` : `${bloc} ${role}`;
  return { en, vi: `${m[1]} ${bloc}${partner ? ` và ${partner.text}` : ''}`, many: true };
}

/** The states or the body that words naming a statement's maker ("Bộ Tổng tham mưu các lực lượng vũ trang Iran") stand for. */
const bodyNamed = (words: string): Declarer | null => statesListed(`${words} `) ?? organisationAtEnd(`${words} `);

/** "Tuyên bố của X được phát/công bố …": a statement named by whose it is, told in the passive. */
const STATEMENT_OF = /^(?:[Tt]uyên bố|[Tt]hông báo)\s+của\s+([^,.;:]{3,80}?)\s+(?:đã\s+)?được\s+(?:phát|công bố|đưa ra|đăng|phát đi)(?!\p{L})/u;

/** "Thông báo được <a body> đưa ra": a statement opening its sentence, made by a body told in the passive. */
const MADE_BY_BODY = /^(?:[Tt]uyên bố|[Tt]hông báo|[Tt]hông cáo)(?:\s+(?:này|chung))?\s+(?:đã\s+)?được\s+(\p{Lu}[^,.;:]{2,140}?)\s+(?:đưa ra|công bố|phát đi|phát|ra)(?!\p{L})/u;
/** "Trong thông cáo phát đi chiều 22/9 (giờ địa phương), ": a sentence opening on a statement made, up to its subject. */
const STATEMENT_OPENING = /^[Tt]rong\s+(?:một\s+|bản\s+)?(?:thông cáo|thông báo|tuyên bố)(?:\s+báo chí)?\s+(?:được\s+)?(?:phát đi|đưa ra|công bố|ban hành)[^,.;:]{0,60},\s+/u;
/** " cho biết", " khẳng định": the verb of whom a statement opening its sentence is by, right after them. */
const SAID_AFTER_OPENING = /\s(?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|tuyên bố|thông báo|cáo buộc|kêu gọi|lên án|bày tỏ|yêu cầu)(?!\p{L})/u;
/** Heads of a body's name ("Văn phòng …", "Bộ Tư lệnh …", "quân đội …"), and their English. */
const ORG_HEADS: Record<string, string> = {
  'văn phòng': 'office', 'cơ quan': 'agency', 'ủy ban': 'committee', 'hội đồng': 'council', 'liên đoàn': 'league',
  'tổ chức': 'organisation', 'quân đội': 'army', 'bộ tổng tham mưu': 'general staff', 'bộ tư lệnh': 'command',
  'chính quyền': 'administration', 'lực lượng': 'forces', 'hãng thông tấn': 'news agency', 'phái bộ': 'mission', 'chương trình': 'programme', 'quỹ': 'fund', 'nhóm': 'group',
  'liên quân': 'coalition', 'bộ chỉ huy': 'command', 'đại sứ quán': 'embassy',
  // ("Phủ Tổng thống Nigeria", "Phủ Thủ tướng Anh": the office of a head of state or government, as "văn phòng")
  'phủ tổng thống': "president's office", 'phủ thủ tướng': "prime minister's office",
};
/**
 * A body named as the subject right before the verb: its head, then capitalised words, a
 * bracketed acronym or a country ("Văn phòng Điều phối … của Liên Hợp Quốc (OCHA)", "quân đội
 * Syria", "chính quyền người Kurd"), then adverbs and "ra (thông cáo)".
 */
// (as written at a clause's start, and with the second word capitalised as names are: "Bộ Tư lệnh", "Bộ Tổng tham mưu")
const HEAD = `(?:${Object.keys(ORG_HEADS).flatMap((h) => { const c = h.charAt(0).toUpperCase() + h.slice(1); return [h, c, c.replace(/ (\p{L})/u, (m) => m.toUpperCase())]; }).join('|')})`;
/** Where a head opens a clause (cheap to find), or follows "tự xưng là" (a group naming itself), and the whole subject read from there to the end. */
const ORG_HEAD_AT = new RegExp(String.raw`(?:^|[,;:]\s*|\stự xưng là\s+)(?=${HEAD}\s)`, 'gu');
const ORG_FROM_HEAD = new RegExp(String.raw`^(${HEAD})((?:\s+[^\s,.;:]+){0,12}?)${ADVERBS}(?:\s+(?:đã|vừa))?(?:\s+(?:nhất trí|đăng|ra)(?:\s+(?:thông cáo|văn bản|tuyên bố))?)?\s+$`, 'u');

/** Where a body's head opens the words (they name another body). */
const HEAD_OPENING = new RegExp(`^${HEAD}\\s`, 'u');
/**
 * "Hội đồng Hòa bình và An ninh của Liên minh châu Phi (AU)": one "và" between capitalised words of one name, not
 * before another body's head or a state ("Bộ Ngoại giao Mỹ và Nhật Bản" is two).
 */
function andInName(rest: string): boolean {
  const joins = [...rest.matchAll(/\s(và|cùng|với)\s+/gu)];
  if (joins.length !== 1 || joins[0][1] !== 'và') return false;
  const before = rest.slice(0, joins[0].index);
  const after = rest.slice(joins[0].index + joins[0][0].length);
  return /\s\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?$/u.test(before) && /^\p{Lu}\p{Ll}*\s+\p{Ll}+/u.test(after) && !HEAD_OPENING.test(after) && !findCountries(after).some((c) => c.start === 0);
}

function organisationAtEnd(before: string): Declarer | null {
  const tail = before.slice(-160);
  // (the last clause-opening head is the subject's: read from there only, not at every offset)
  const heads = [...tail.matchAll(ORG_HEAD_AT)];
  const last = heads[heads.length - 1];
  const m = last ? ORG_FROM_HEAD.exec(tail.slice(last.index + last[0].length)) : null;
  if (!m) return null;
  const rest = m[2];
  // named, not described: a capitalised word or an acronym in the name ("quân đội nước này" is no name)
  const head = m[1].toLowerCase();
  // (a coalition is a body however it is written: "liên quân ra tuyên bố", "Bộ chỉ huy liên quân cho biết")
  const coalition = head === 'liên quân' || (head === 'bộ chỉ huy' && /^\s+liên quân$/u.test(rest));
  if ((!coalition && !/\s\p{Lu}/u.test(rest)) || (/\s(?:và|cùng|với)\s/u.test(rest) && !andInName(rest))) return null;
  const name = `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)}${rest}`;
  // ("Hội đồng Bảo an", a seat the press names as a government's: its own English name;
  // not one read as the head of a body's name, "Phủ Tổng thống Nigeria", whose state comes next)
  const seat = Object.keys(SEATS).find((k) => name.startsWith(k) && !ORG_HEADS[k.toLowerCase()]);
  if (seat) return { en: SEATS[seat], vi: name, many: false };
  // (bracketed or bare at its end: "Nhóm phiến quân người Kurd TAK")
  const acronym = /\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(rest)?.[1] ?? /\s(\p{Lu}[\p{Lu}\d-]{1,9})$/u.exec(rest)?.[1];
  const country = findCountries(rest).pop();
  const of = country ? englishCountry(country.code) ?? country.text : null;
  // ("văn phòng Thủ tướng", "Văn phòng Tổng thống Ukraine": the office of a head of government or state)
  const officeOf = head === 'văn phòng' ? /^\s+(Thủ tướng|Tổng thống)(?!\p{L})/u.exec(rest)?.[1] : undefined;
  const what = officeOf ? `${officeOf === 'Thủ tướng' ? "prime minister's" : "president's"} office` : ORG_HEADS[head];
  // ("liên quân chống Nhà nước Hồi giáo (IS) do Mỹ dẫn đầu": a coalition is named by who leads it, not by its foe)
  if (coalition) {
    const led = LED_BY.exec(rest);
    const leader = led ? findCountries(led[1])[0] : undefined;
    const by = leader ? (englishCountry(leader.code) ?? leader.text).replace(/^the\s+/iu, '') : null;
    return { en: by ? `The ${by}-led coalition` : 'The coalition', vi: name, many: false };
  }
  const en = acronym ?? (of ? `The ${what} of ${of}` : `The ${what}`);
  // ("chính quyền quân sự Myanmar thông báo …": a state's body, placed at its capital as one named before its state is;
  // not a continent's, "các nước châu Mỹ", nor the body of a union or of the state leading it, "do Hà Lan dẫn đầu")
  const own = country && country.code !== 'UN' && country.code !== 'EU' && !/(?:châu|do)\s+$/u.test(rest.slice(0, country.start));
  const at = own ? before.length - tail.length + last.index + last[0].length + m[1].length + country.start : undefined;
  return { en, vi: name, many: false, ...(at !== undefined ? { at } : {}) };
}

/** " do Mỹ dẫn đầu": who leads a coalition. */
const LED_BY = /\sdo\s+([^,.;:]{2,30}?)\s+dẫn đầu$/u;
/** "chủ trì cuộc ", "đăng cai các cuộc ": right before a meeting a state hosted. */
const HOSTED_BEFORE = /(?:chủ trì|tổ chức|đăng cai)\s+(?:một\s+|các\s+)?cuộc\s+$/u;
/** Most states a headline names one by one. */
const MAX_LISTED = 4;
/** "đã tổ chức vòng", "đạt được", "có cuộc": what stands between states and the word of their talks or deal. */
const STATES_DID = /\s(?:(?:đã|vừa)\s+)?(?:tổ chức|chủ trì|đăng cai|tiến hành|có|đạt được|đạt|ký|nối lại|mở|hoàn tất)(?:\s+(?:vòng|cuộc|một|các|những|thêm|\S+\s+vòng))*(?:\s+thứ\s+\S+)?\s*$/u;

/** "bình thường hóa quan hệ", "thiết lập lại quan hệ ngoại giao": ties set (back) up. */
const TIES = new RegExp(String.raw`^(?:${TIES_VERBS})\s+(?:đầy đủ\s+|hoàn toàn\s+)?quan hệ`, 'u');
/** "ký", "đã ký kết": a signing, whose object ("thỏa thuận phân định vùng đặc quyền kinh tế") may come before its " với ". */
const SIGNING = /^(?:đã\s+|vừa\s+)?ký(?:\s+kết)?$/u;
/**
 * The one state right before a ties verb or a signing and the one after its " với ", as a pair, or null
 * ("Morocco thiết lập lại quan hệ với Israel", "Ai Cập hồi tháng 8 đã ký thỏa thuận phân định … với Hy Lạp").
 */
function tiesOrDealWith(t: Trigger, text: string, before: string): Declarer | null {
  const signed = SIGNING.test(t.lemma);
  if (!TIES.test(t.lemma) && !signed) return null;
  const one = findCountries(before).pop();
  const other = findCountries(text.slice(t.end)).shift();
  const between = signed ? /^\s+(?:(?:các|một|hai|\d+)\s+)?(?:thỏa thuận|hiệp định|hiệp ước|bản ghi nhớ|văn kiện)(?:\s+[^\s,.;:]+){0,10}?\s+với\s+$/u : /^(?:\s+ngoại giao)?\s+với\s+$/u;
  if (!one || !other || one.code === other.code || !TO_VERB.test(before.slice(one.end)) || !between.test(text.slice(t.end, t.end + other.start))) return null;
  const name = (c: CountryMention) => englishCountry(c.code) ?? c.text;
  return { en: `${name(one)} and ${name(other)}`, vi: `${one.text} và ${other.text}`, many: true };
}

/** The states listed as the subject right before the end of `before` (`others`: how many more, counted, close the list instead of "và"), or null. */
function statesListed(before: string, others: string | null = null): Declarer | null {
  // the countries listed right before the verb, last to first
  // "Các Tiểu vương quốc Arab Thống nhất (UAE)": a short form in brackets is the same country
  const all = findCountries(before).filter((c, i, xs) => !(i && xs[i - 1].code === c.code && /^\s*\($/u.test(before.slice(xs[i - 1].end, c.start))));
  let last = all[all.length - 1];
  // ("Ankara và Washington hôm 7/8 đã đạt thỏa thuận …": two capitals standing for their states, listed right before the verb)
  const capitals = capitalsListed(before);
  if (capitals && (!last || last.end <= capitals[0].start)) { all.push(...capitals); last = all[all.length - 1]; }
  if (!last || !TO_VERB.test(before.slice(last.end))) return onItsOwn(undefined, before);
  const listed = [last];
  for (let i = all.length - 2; i >= 0 && LIST_GAP.test(before.slice(all[i].end, listed[0].start)); i--) if (all[i].code !== listed[0].code) listed.unshift(all[i]);
  if (listed.length < 2 || (!others && !/\svà\s/u.test(before.slice(listed[0].start, last.start)))) return onItsOwn(last, before);
  const name = (c: CountryMention) => englishCountry(c.code) ?? c.text;
  const list = (xs: string[], and: string) => `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
  // "đại diện 11 nước gồm Australia, Brunei, …": a long list is a count in a headline
  // ("… cùng Mỹ và 7 nước khác": the others counted too)
  const n = listed.length + (others && /^\d+$/u.test(others) ? +others : 0);
  if (listed.length > MAX_LISTED) return { en: `${n} countries`, vi: `${n} nước`, many: true };
  // ("Nhật Bản, Australia cùng 13 nước khác": Japan, Australia and 13 other countries)
  const en = others ? `${listed.map(name).join(', ')} and ${others} other countries` : list(listed.map(name), 'and');
  const vi = others ? `${listed.map((c) => c.text).join(', ')} cùng ${others} nước khác` : list(listed.map((c) => c.text), 'và');
  return { en: en.charAt(0).toUpperCase() + en.slice(1), vi, many: true };
}

/** "Ankara và Washington": two capitals joined by "và", opening their clause (as states, in the country mentions' shape), or null. */
const CAPITAL_PAIR = new RegExp(String.raw`(?:^|[,;:]\s*)(${Object.keys(STATE_CAPITALS).join('|')})\s+và\s+(${Object.keys(STATE_CAPITALS).join('|')})(?=\s)`, 'gu');
function capitalsListed(before: string): CountryMention[] | null {
  const m = [...before.matchAll(CAPITAL_PAIR)].pop();
  if (!m || STATE_CAPITALS[m[1]] === STATE_CAPITALS[m[2]]) return null;
  const a = m.index! + m[0].indexOf(m[1]);
  const b = m.index! + m[0].length - m[2].length;
  return [{ start: a, end: a + m[1].length, text: m[1], code: STATE_CAPITALS[m[1]] }, { start: b, end: b + m[2].length, text: m[2], code: STATE_CAPITALS[m[2]] }];
}

/** "bộ trưởng phụ trách thương mại của 12 nước vành đai Thái Bình Dương, trong đó có Việt Nam, (đã ký)": states counted, not named. */
const COUNTED_STATES = /(?:^|[,;:]\s*|\s)(?:các\s+)?(?:đại diện|bộ trưởng|lãnh đạo|nhà lãnh đạo|ngoại trưởng|nguyên thủ)(?:\s+[^\s,.;:]+){0,5}?\s+(?:của\s+)?(\d{1,3})\s+(?:nước|quốc gia|nền kinh tế)(?:\s+[^\s,.;:]+){0,5}(?:,\s*(?:vùng lãnh thổ|tổ chức)(?:\s+[^\s,.;:]+){0,3})?(?:,\s*trong đó có\s+[^,.;:]{2,30},)?\s*$/iu;

/** ", 12 nước châu Mỹ ": states counted as a clause's subject, right before what they said. */
const STATES_COUNTED_SUBJECT = /(?:^|[,;:]\s*)(\d{1,3})\s+(?:nước|quốc gia)(?:\s+[^\s,.;:]+){0,3}?\s+(?:đã\s+|cùng\s+)?$/u;
/** The states a subject counts ("đại diện 12 nước …", or with `STATES_COUNTED_SUBJECT` ", 12 nước châu Mỹ ") when there are more than a headline names, or null. */
function countedStates(before: string, counting = COUNTED_STATES): Declarer | null {
  const m = counting.exec(before);
  const n = m ? +m[1] : 0;
  return n > MAX_LISTED ? { en: `${n} countries`, vi: `${n} nước`, many: true } : null;
}

/** "lệnh ngừng bắn ", "thỏa thuận ngừng bắn giữa Israel và Hamas ": a ceasefire, before what it did. */
const CEASEFIRE_BEFORE = /ngừng bắn[^.;:]{0,110}$/iu;
/** A named document as the subject of a passive signing: "Hiệp định … (, ) được ký (kết)", "văn bản hiệp định đã được hai trưởng đoàn ký tắt", "thỏa thuận giữa Mỹ và Taliban ký hôm 29/2" (no "được"). */
/** "ký hiệp định hòa bình … tại Bamako": a signing verb, the document named right after it, then where it was signed. */
const ONE_SIGNING_AT = /^(?:đã\s+)?ký\s+(?:(?:các|một|hai|ba)\s+)?(?:hiệp định|hiệp ước|thỏa thuận|văn kiện|văn bản)(?:\s+[^,.;:]{1,40}?)?\s+(?:(?:hôm|ngày|vào)\s+[^,.;:]{1,20}?\s+)?tại\s+\p{Lu}/u;
const SIGNED_DOCUMENT = /(?:^|[^\p{L}])(?:[Hh]iệp định|[Hh]iệp ước|[Cc]ông ước|[Tt]hỏa thuận|[Vv]ăn kiện|[Vv]ăn bản|FTA|^\p{Lu}{3,}(?=\s))\s(?:[^.;:]{0,140}?\s)?(?:(?:đã\s+)?được\s+(?:[^\s,.;:]+\s+){0,6}?(?:ký(?:\s+(?:kết|tắt))?|chốt)|(?<=(?:[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước)\s+giữa\s+[^.;:,]{2,60}?\s)ký(?:\s+kết)?)$/u;
/** A deal as the subject of a passive reaching, where or when: "Thỏa thuận về nguyên tắc đạt được tại Brussels hôm 6-7 năm ngoái". */
const REACHED_DEAL = /^thỏa thuận\s(?:[^,.;:]{0,40}?\s)?(?:đã\s+)?(?:được\s+)?đạt được\s+(?:tại|ở|hôm|ngày|vào)\s/iu;
/** "và 7 nước khác" closing a list of states: more signers, counted, not named. */
const OTHERS_COUNTED = /\s+(?:và|cùng)\s+(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nước|quốc gia|thành viên)\s+khác(?=\s+(?:(?:đã|cùng)\s+)*$)/u;
/** "tiếp bước / theo chân X" right before the verb: the states that followed X's lead. */
const FOLLOWING = /(?<=\s)(?:tiếp bước|theo chân|noi gương|theo gương)\s+[^,.;:]{1,30}?(?=\s*$)/u;
/** "với tư cách Chủ tịch ASEAN" right before the verb: in what capacity the subject speaks, not who. */
const IN_CAPACITY = /(?<=\s)với tư cách(?:\s+là)?\s+[^,.;:]{1,40}?(?=(?:\s+(?:đã|vừa|ra))*\s*$)/u;
/** "nước này" after a state's body, the subject right before the verb ("Bộ Ngoại giao nước này hôm 20/2 ra …"). */
const THIS_COUNTRY = new RegExp(String.raw`(?<=(?:chính phủ|Chính phủ|chính quyền|Chính quyền|Bộ Ngoại giao|bộ ngoại giao|Bộ Quốc phòng|bộ quốc phòng|Quốc hội|quốc hội|Nội các|nội các)\s+)nước này${ADVERBS}\s+(?:(?:đã|vừa)\s+)?(?:ra\s+)?$`, 'u');
const BODY_EN: Record<string, string> = {
  'chính phủ': 'The government', 'chính quyền': 'The government', 'quốc hội': 'The parliament', 'hạ viện': 'The House', 'thượng viện': 'The Senate', 'nội các': 'The cabinet', 'đại sứ quán': 'The embassy',
  'bộ ngoại giao': 'The foreign ministry', 'bộ quốc phòng': 'The defence ministry', 'bộ tài chính': 'The finance ministry', 'bộ thương mại': 'The commerce ministry',
  'bộ tư pháp': 'The justice ministry', 'bộ nội vụ': 'The interior ministry', 'bộ công an': 'The public security ministry', 'bộ dân chính': 'The civil affairs ministry',
  'bộ y tế': 'The health ministry', 'bộ năng lượng': 'The energy ministry', 'bộ kinh tế': 'The economy ministry', 'bộ an ninh nội địa': 'The homeland security department',
  // (France's "Ministère des Armées", South Korea's ministry for the North)
  'bộ quân lực': 'The armed forces ministry', 'bộ thống nhất': 'The unification ministry',
  // ("…, đại diện Syria tuyên bố tại Bonn rằng nước này sẽ ký Thỏa thuận Paris": a state's envoy, unnamed)
  'đại diện': 'The representative', 'phái đoàn': 'The delegation',
};
/** "chính phủ", "Bộ Ngoại giao", "Bộ Dân chính", "Quốc hội" opening a clause right before the country it belongs to. */
// (", khi Bộ Ngoại giao Mỹ yêu cầu Trung Quốc đóng cửa …": the body acting in a when-clause)
const BODY_BEFORE = new RegExp(String.raw`(?:^|[,;:]\s*|\sviệc\s+|[,;:]\s*khi\s+)(${Object.keys(BODY_EN).join('|')})\s+$`, 'iu');
/** "Đại sứ quán Trung Quốc tại Mỹ": an embassy's host country after its own. */
const POSTED_IN = /^\s+tại\s+$/u;
/** Armed groups that claim attacks or declare ("TTP tuyên bố chấm dứt lệnh ngừng bắn"), as the press names them, and their English names. */
const GROUPS: Record<string, string> = { IS: 'Islamic State', ISIS: 'Islamic State', ISIL: 'Islamic State', Taliban: 'The Taliban', 'al-Qaeda': 'Al-Qaeda', 'Al-Qaeda': 'Al-Qaeda', Hamas: 'Hamas', Hezbollah: 'Hezbollah', Houthi: 'The Houthis', TTP: 'The Pakistani Taliban', PKK: 'The PKK', 'al-Shabaab': 'Al-Shabaab', 'Al-Shabaab': 'Al-Shabaab', 'Boko Haram': 'Boko Haram', 'Abu Sayyaf': 'Abu Sayyaf', FARC: 'The FARC', ELN: 'The ELN' };
/** The one country each armed group named above fights in (not the Islamic State's or al-Qaeda's many). */
const GROUP_HOMES: Record<string, string> = { Taliban: 'AF', Hamas: 'PS', Hezbollah: 'LB', Houthi: 'YE', TTP: 'PK', 'al-Shabaab': 'SO', 'Al-Shabaab': 'SO', 'Boko Haram': 'NG', 'Abu Sayyaf': 'PH', FARC: 'CO', ELN: 'CO' };
const GROUP_AT_END = new RegExp(String.raw`(?:^|[,;:(]\s*|\s)(${Object.keys(GROUPS).join('|')})\)?${ADVERBS}\s+$`, 'u');
/** Seats that stand for a government: "Điện Kremlin tuyên bố", "Nhà Trắng thông báo". */
const SEATS: Record<string, string> = { 'Điện Kremlin': 'The Kremlin', 'Nhà Trắng': 'The White House', 'Lầu Năm Góc': 'The Pentagon', 'Phủ Tổng thống': "The president's office", 'Điện Élysée': 'The Élysée', 'Điện Elysée': 'The Élysée', 'Điện Elysee': 'The Élysée', 'Nhà Xanh': 'The Blue House', 'Hội đồng Bảo an': 'The UN Security Council', 'Đại hội đồng': 'The UN General Assembly' };
const SEAT_AT_END = new RegExp(String.raw`(?:^|[,;:]\s*|\sđược\s+)(${Object.keys(SEATS).join('|')})(?:\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?${ADVERBS}\s+$`, 'u');

/** Legislatures that pass resolutions, named without their country: "Hạ viện thông qua nghị quyết …". */
const LEGISLATURES: Record<string, string> = { 'Hạ viện': 'House of Representatives', 'Thượng viện': 'Senate', 'Quốc hội': 'Parliament' };
const LEGISLATURE_AT_END = new RegExp(String.raw`(?:^|[,;:]\s*|\s)(${Object.keys(LEGISLATURES).join('|')})${ADVERBS}\s+$`, 'u');

const CAPITAL_AT_END = new RegExp(String.raw`(?:^|[,;:]\s*)(?:(?:còn|trong khi)\s+)?(${Object.keys(STATE_CAPITALS).join('|')})${ADVERBS}\s+$`, 'u');

/**
 * "Ngày hôm sau, Seoul thông báo …", "Nga chính thức tuyên bố …": a state, by its name or its
 * capital's, as the subject of its clause, declares a decision.
 */
function onItsOwn(last: CountryMention | undefined, before: string): Declarer | null {
  const group = GROUP_AT_END.exec(before) ?? SEAT_AT_END.exec(before);
  // ("Nhà Trắng ra tuyên bố …": a seat speaks where it stands, as a capital does)
  if (group) return { en: GROUPS[group[1]] ?? SEATS[group[1]], vi: group[1], many: false, ...(SEATS[group[1]] ? { where: group.index + group[0].indexOf(group[1]) } : {}), ...(GROUP_HOMES[group[1]] ? { home: GROUP_HOMES[group[1]] } : {}) };
  const capital = CAPITAL_AT_END.exec(before);
  // ("Ngày 1-7, Tokyo tuyên bố …": the capital speaking is where it was said)
  if (capital) return { en: CAPITAL_EN[capital[1]] ?? capital[1], vi: capital[1], many: false, where: capital.index + capital[0].indexOf(capital[1]) };
  // "Ngày 29.10.2019, Hạ viện thông qua nghị quyết …": a legislature named without its country (with it, a state's body below)
  const house = last ? null : LEGISLATURE_AT_END.exec(before);
  if (house) return { en: `The ${LEGISLATURES[house[1]]}`, vi: house[1], many: false };
  if (!last) return null;
  // "Tối 5/1, chính phủ Iran tuyên bố …", "Bộ Ngoại giao Ba Lan thông báo …": a state's body
  // "Đại sứ quán Trung Quốc tại Mỹ lên án …": the embassy's own country, not its host
  const own = findCountries(before.slice(0, last.start)).pop();
  const posted = own && POSTED_IN.test(before.slice(own.end, last.start)) && /Đại sứ quán\s+$/iu.test(before.slice(0, own.start));
  const host = last.start;
  if (posted) last = own;
  const body = BODY_BEFORE.exec(before.slice(0, last.start));
  if (body) {
    const country = englishCountry(last.code) ?? last.text;
    const kind = body[1].toLowerCase();
    return { en: `${BODY_EN[kind]} of ${country}`, vi: `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${last.text}`, many: false, at: host };
  }
  // (a clause opens at a comma, or after "sau khi", "trước khi": "…, sau khi Mỹ tuyên bố rút khỏi hiệp định", or ", còn": "…, còn
  // Moscow ngày 15/10/2020 tuyên bố …"; an act named
  // by "việc": "… bắt nguồn từ việc Nga hôm 17/12 năm ngoái công bố hai dự thảo hiệp ước")
  // (not an act only talked about: "… liên quan tới việc Mỹ rút khỏi Thỏa thuận Paris")
  if (!/(?:^|[,;:]|[,;:]\s*(?:còn|trong khi)|\s(?:sau|trước)\s+khi|(?<!liên quan\s+(?:tới|đến))\sviệc)\s*$/u.test(before.slice(0, last.start))) return null;
  const en = englishCountry(last.code) ?? last.text;
  return { en: en.charAt(0).toUpperCase() + en.slice(1), vi: last.text, many: false, at: host, state: true };
}

/** A saying verb right after a name: the one who speaks. */
const SAYS_NEXT = /^\s+(?:(?:cũng|đã|còn|thì)\s+)*(?:nói|khẳng định|cho biết|tuyên bố|nhấn mạnh|cảnh báo|gọi|kêu gọi|cho rằng)(?!\p{L})/u;

/** Statement verbs aimed at someone: the person right after is whom they are aimed at ("chỉ trích bà Hasina", "kêu gọi ông Putin"). */
const AIMED_AT = /^(?:chỉ trích|cáo buộc|lên án|kêu gọi|hối thúc|cảnh báo)$/u;
/** A few words, no punctuation, between a verb and the person after it: the verb's object. */
const OBJECT_NEXT = /^\s+(?:[^\s,.;:"“”]+\s+){0,4}$/u;

/** "tuyên bố Đại sứ Canada …", "gọi vụ bà …": a verb that declares whom a few words after it to be something … */
const DECLARED_BEFORE = /(?:tuyên bố|gọi|coi)\s+(?:[^\s,.;:"“”]+\s+){0,4}$/u;
/** … with " là …" right after them. */
const DECLARED_AS = /^\s+là\s/u;
/** Acts on envoys, by their word. */
export const ENVOY_ACT = /triệu hồi|triệu tập|trục xuất/u;
/** " triệu hồi bà ", " sẽ trục xuất Đại sứ ": right after a verb of saying, up to the envoy an act declared is on. */
const ENVOY_ACT_BETWEEN = new RegExp(String.raw`^\s+(?:(?:sẽ|đã|việc)\s+)?(?:${ENVOY_ACT.source})\s+(?:[^\s,.;]+\s+){0,3}$`, 'u');

/** "… về việc ông ", "… về ": what was said is about whoever follows in that clause. */
// ("Bệnh viện Charité thông báo ngày 7/9 rằng ông Navalny đã thoát khỏi …": whom what was said is about)
// ("cho biết … để trả đũa việc thủ lĩnh PKK Abdullah Öcalan bị cầm tù": whom the matter told is about)
const ABOUT_BETWEEN = /(?:^|\s)về(?:\s+(?:việc|vụ))?\s[^,;:]*$|(?:^|\s)rằng\s[^;:]*$|(?:^|\s)việc\s[^,;:]*$/u;

/** " nhắc lại rằng số phận của ": a reported "rằng" clause opening between a speaker and a name. */
const THAT_BETWEEN = /\srằng\s/u;
/** The speaker of the statement at `t`, among the people of its clause. */
export function speakerOf(t: Trigger, actors: PersonMention[], text: string): PersonMention[] {
  // ('"Theo chỉ thị của Tổng thống Biden, …", người phát ngôn … John Kirby cho biết trong tuyên bố …': who is named in the words quoted did not say them)
  const quoted = (a: PersonMention) => { const close = quotationEnd(text, a.start); return close >= 0 && close < t.start; };
  // (nor whom a chant names: "… phản đối chuyến thăm, hô khẩu hiệu "Putin, nyet!" và cáo buộc …")
  actors = actors.filter((a) => !quoted(a));
  const subject = subjectOf(t, actors, text);
  // ("Bộ Ngoại giao Ả Rập Xê Út tuyên bố Đại sứ Canada Dennis Horak là người không được hoan nghênh": whom it is declared to be something of)
  const declared = (a: PersonMention) => DECLARED_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) && DECLARED_AS.test(text.slice(a.end, a.end + 12));
  // the speaker, not whom it was said to ("gửi thư cho ông Kim thông báo…")
  // ("Ông chỉ trích việc Hạ viện Mỹ hôm 29/10 thông qua nghị quyết …": the criticised act is not the critic's)
  const earlier = actors.filter((a) => a.start < t.start && !isObject(text, a.start) && !declared(a) && !ANOTHERS_ACT.test(text.slice(a.end, t.start)));
  // ("ông Putin nhắc lại rằng số phận của nhà lãnh đạo Syria phải do …, và coi …": whom the words someone said name is not a speaker)
  const before = earlier.filter((a) => !earlier.some((b) => b.end <= a.start && THAT_BETWEEN.test(text.slice(b.end, a.start))));
  // "Trong bài phát biểu … ngày 7/12, Tổng thống Obama coi…": a fronted phrase, its speaker after it
  // ("Phát biểu trước Nhà Trắng sau cuộc họp với Tổng thống Trump, ông Mattis nói …": the one who says it, not whom they met)
  // ("Moscow triệu hồi Đại sứ Anatoly Antonov": the envoy recalled, summoned or expelled is the act's object)
  // ("ra tuyên bố chung bày tỏ "quan ngại sâu sắc" về việc ông Castillo bị phế truất": whom it is about does not say it)
  // (nor when named again: "…, gọi ông là …")
  const about = actors.filter((a) => a.start >= t.end && ABOUT_BETWEEN.test(text.slice(t.end, a.start)));
  // ("Rabat tuyên bố triệu hồi bà Benyaich về nước": nor one the act declared is on)
  const later = ENVOY_ACT.test(t.lemma) ? [] : actors.filter((a) => a.start >= t.end && !about.some((b) => b.person === a.person) && !declared(a) && !ENVOY_ACT_BETWEEN.test(text.slice(t.end, a.start)));
  // ("phe đối lập Bangladesh chỉ trích bà Hasina …", "Trung Quốc … kêu gọi hai bên kiềm chế": whom the verb is aimed at, right after it, did not say it)
  const target = AIMED_AT.test(t.lemma) ? later.find((a) => a.start - t.end <= 40 && OBJECT_NEXT.test(text.slice(t.end, a.start))) : undefined;
  const after = [later.find((a) => SAYS_NEXT.test(text.slice(a.end, a.end + 30))) ?? later.find((a) => a.start !== target?.start)].filter((a) => a !== undefined);
  if (subject.length || before.length) return subject.length ? subject : before;
  // ("Lời kêu gọi ngừng bắn được ông Putin và Tổng thống … Erdogan đưa ra hôm 8-1": all who made it, told in the passive)
  const passive = MADE_BY.exec(text.slice(t.end));
  const from = passive ? t.end + passive.index + passive[0].length - passive[1].length - (passive[2]?.length ?? 0) : -1;
  const by = passive ? later.filter((a) => a.start >= from && a.end <= from + passive[1].length) : [];
  // ("Nhà Trắng ra thông cáo của Cố vấn An ninh Quốc gia Jake Sullivan và … Brian Deese, cho biết …": whose statement it is, all of them)
  const whose = by.length ? null : whoseStatementEnds(t, text);
  const of = whose ? later.filter((a) => a.end <= whose) : [];
  return by.length ? by : of.length ? of : after;
}

/**
 * The people of a clause who were at its event, leaving out those it names as not there: a
 * visit's inviter after a meeting's word ("…, theo lời mời của Chủ tịch Thượng viện X"), the
 * absent ("Quốc vương Salman vắng mặt", "chứ không phải Quốc vương Salman"), a contrasting
 * clause's ("…, trong khi hai trưởng đoàn Michel Barnier …"), the prisoners a swap names, the
 * late one a ceremony is for ("lễ Quốc tang cố Thủ tướng Abe Shinzo"), and whoever made the last
 * such trip years back ("kể từ chuyến đi của ông Ariel Sharon năm 2003").
 */
export function withoutTheAbsent(t: Trigger, type: EventType, chosen: PersonMention[], text: string): PersonMention[] {
  if (type === 'meeting' && chosen.some((a) => !invitedBy(a, text))) chosen = chosen.filter((a) => a.start < t.end || !invitedBy(a, text));
  // (not one absent from something else who went on to this: "Thủ tướng Đức Angela Merkel không dự hội nghị, nhưng đã tới Kiev …")
  const absent = (a: PersonMention) => ABSENT_AFTER.test(text.slice(a.end, a.end + 40)) && !(a.end < t.start && BUT_THEN.test(text.slice(a.end, t.start)));
  chosen = chosen.filter((a) => !absent(a) && !NOT_HIM_BEFORE.test(text.slice(Math.max(0, a.start - 50), a.start)));
  const other = type === 'statement' ? -1 : otherClauseAt(t, text);
  if (other >= 0 && chosen.some((a) => a.start < other)) chosen = chosen.filter((a) => a.start < other);
  const opened = type === 'statement' ? -1 : otherClauseBefore(t, text);
  if (opened >= 0 && chosen.some((a) => a.start >= opened)) chosen = chosen.filter((a) => a.start >= opened);
  if (PRISONER_SWAP.test(t.lemma)) chosen = chosen.filter((a) => a.end <= t.start);
  // ("Trong cuộc gặp, ông Johnson … kêu gọi Tehran trả tự do cho các công dân …, trong đó có bà Nazanin Zaghari-Ratcliffe": whose release was asked for was not there)
  // (nor whom the talks backed or condemned: "Tại cuộc gặp, hai ông thảo luận …, tái khẳng định ủng hộ thủ lĩnh đối lập Juan Guaidó")
  if (type === 'meeting' || type === 'call') chosen = chosen.filter((a) => a.start < t.end || !(FREED_BEFORE.test(text.slice(t.end, a.start)) || STANCE_ON_BEFORE.test(text.slice(t.end, a.start))));
  // ("… ra tuyên bố phản đối mạnh mẽ và yêu cầu trả tự do cho bà Mạnh": whose release a statement asks for does not speak)
  if (type === 'statement') chosen = chosen.filter((a) => a.start < t.end || !FREED_BEFORE.test(text.slice(t.end, a.start)));
  if (/^[Ll]ễ\s/u.test(t.lemma)) chosen = chosen.filter((a) => !LATE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)));
  // ("…, ngay khi Hội nghị … APEC do Chủ tịch nước Trần Đại Quang chủ trì đang diễn ra": an occasion's chair, named in the clause that dates the event)
  if (type !== 'summit' && type !== 'meeting') chosen = chosen.filter((a) => a.end <= t.end || !(CHAIRED_BY_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) && CHAIRED_AFTER.test(text.slice(a.end, a.end + 20))));
  // ("tại buổi hòa nhạc và tiệc chiêu đãi do Tổng thống Nazarbayev tổ chức …, ông Modi và ông Sharif đã bắt tay": the host of the
  // occasion a fronted clause names, when two others met at it)
  const hostOf = (a: PersonMention) => a.end <= t.start && CHAIRED_BY_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) && HOSTED_AFTER.test(text.slice(a.end, a.end + 20));
  if (type === 'meeting' && chosen.some(hostOf) && chosen.filter((a) => !hostOf(a)).length >= 2) chosen = chosen.filter((a) => !hostOf(a));
  // ("… đã có cuộc gặp song phương chiều 6/8, lần đầu tiên kể từ khi Tổng thống Donald Trump ký ban hành đạo luật …": who acted in the since-clause after it)
  // (not one's own taking office: "… điện đàm kể từ khi ông Trump nhậm chức", he is of the call)
  const sinceWhen = SINCE_WHEN.exec(text.slice(t.end));
  // (nor when a pair was told before it, "hai nhà lãnh đạo gặp nhau …, chưa đầy một tháng sau khi ông Modi …", whom the clause names again)
  if (sinceWhen && !TOOK_OFFICE_AFTER.test(text.slice(t.end + sinceWhen.index, t.end + sinceWhen.index + 80))) {
    const from = t.end + sinceWhen.index;
    const before = chosen.filter((a) => a.start < from);
    // ("hai nhà lãnh đạo Mỹ và Cuba đã điện đàm, một ngày trước khi Giáo hoàng Francis tới Havana": the pair is whole before it)
    if (before.length && (!PAIR_TOLD.test(text.slice(0, from)) || before.length >= 2)) chosen = before;
    // ("nghị quyết của Đại hội đồng … lên án Nga hôm 2/3, chỉ một tuần sau khi Tổng thống Vladimir Putin phát động …": no one of it said it)
    else if (!before.length && type === 'statement' && t.start < from) chosen = [];
  }
  // ("…, kể từ chuyến đi của ông Ariel Sharon năm 2003": who made the last such trip, years back, is at no event of the sentence's)
  const since = SINCE_SOMEONES.exec(text);
  if (since && (t.start < since.index || t.start >= since.index + since[0].length)) chosen = chosen.filter((a) => a.start < since.index || a.end > since.index + since[0].length);
  return chosen;
}
/** "… trả tự do cho ", "… phóng thích ": after a meeting's word, whose release it asked for or told. */
/** "ủng hộ thủ lĩnh đối lập ", "lên án " right before a name: whom a stance is taken on. */
const STANCE_ON_BEFORE = /(?:^|\s)(?:ủng hộ|phản đối|lên án|chỉ trích)\s+(?:[^\s,.;:]+\s+){0,4}$/u;
const FREED_BEFORE = /(?:^|\s)(?:trả tự do cho|phóng thích|thả)\s[^.;:]{0,100}$/u;
/** ", lần đầu tiên kể từ khi ", " kể từ sau khi ", ", một ngày sau khi ": a clause of what came before the event, after its word. */
// (or after it: "…, chỉ một ngày sau khi ông bất ngờ sa thải Giám đốc FBI James Comey")
// (or a time before it: "…, một ngày trước khi Giáo hoàng Francis tới Havana"; or an event named: "…, chỉ một tuần sau thượng đỉnh Mỹ - Triều lần thứ nhất";
// or hours before a clause: "… điện đàm tối 19/12, vài giờ sau khi Đại sứ Nga tại Ankara Andrei Karlov bị bắn chết")
const SINCE_WHEN = /(?:^|[,\s])(?:kể từ\s+(?:sau\s+)?khi|(?:một|hai|ba|vài|mấy|\d+)\s+(?:(?:ngày|tuần|tháng)\s+(?:sau|trước)(?:\s+khi)?|(?:giờ|tiếng)\s+(?:sau|trước)\s+khi))\s(?!(?:đó|nữa|nay)(?!\p{L}))/u;
const PAIR_TOLD = /(?:^|[^\p{L}])(?:[Hh]ai|2)\s+(?:nhà lãnh đạo|bên|ông|bà|người|nguyên thủ|ngoại trưởng|thủ tướng|tổng thống)(?!\p{L})/u;
const TOOK_OFFICE_AFTER = /^[^,.;]*?\s(?:nhậm chức|lên nắm quyền|đắc cử|tái đắc cử|tuyên thệ)(?!\p{L})/u;
/** "(Hội nghị …) do Chủ tịch nước ": right before the chair of an occasion named by it; " chủ trì" right after. */
const CHAIRED_BY_BEFORE = /(?:^|\s)do\s+(?:[^\s,.;]+\s+){0,4}$/u;
const CHAIR_WORDS = String.raw`(?:chủ trì|đăng cai|chủ tọa)`;
const CHAIRED_AFTER = new RegExp(String.raw`^\s+(?:làm\s+)?${CHAIR_WORDS}(?!\p{L})`, 'u');
/** " tổ chức", " chủ trì": right after the host of an occasion named by "do". */
const HOSTED_AFTER = new RegExp(String.raw`^\s+(?:tổ chức|${CHAIR_WORDS})(?!\p{L})`, 'u');
/** "kể từ chuyến đi của ông Ariel Sharon năm 2003", "kể từ chuyến thăm của bà Indira Gandhi năm 1982": the last such trip, by someone else, long ago. */
const SINCE_SOMEONES = /kể từ\s+(?:chuyến (?:đi|thăm|công du)|cuộc gặp|lần)\s+(?:[^,.;]{0,30}?\s)?của\s+[^,.;]{2,60}?\s+(?:năm|hồi)\s+(?:tháng\s+\d{1,2}\/)?\d{4}(?!\d)/u;
/** "ra thông cáo", "ra tuyên bố": a statement's word that may name whose it is right after it. */
const OF_WHOM = /^(?:ra|phát đi|đưa ra)\s+(?:một\s+)?(?:thông cáo|tuyên bố)$/u;
/** " của Cố vấn An ninh Quốc gia Jake Sullivan và …, ": whose statement it is, up to the clause's end. */
const STATEMENT_OF_PEOPLE = /^(?:\s+chung)?\s+của\s+[^,.;:"“]{3,160}?(?=\s*[,.;:]|\s+(?:cho biết|nói|khẳng định|nêu rõ|bày tỏ)(?!\p{L}))/u;
/** Where the people a statement is said to be of end ("ra thông cáo của Cố vấn … Jake Sullivan và … Brian Deese, "), or null. */
export function whoseStatementEnds(t: Trigger, text: string): number | null {
  const whose = OF_WHOM.test(t.lemma) ? STATEMENT_OF_PEOPLE.exec(text.slice(t.end)) : null;
  return whose ? t.end + whose[0].length : null;
}
/** "… được ông Putin và Tổng thống … Erdogan đưa ra": the makers of a statement named in the passive. */
const MADE_BY = /^[^,.;]{0,40}?\s(?:đã\s+)?được\s+([^,.;]{2,120}?)(\s+(?:cùng\s+)?(?:đưa ra|công bố|phát đi|đọc))(?!\p{L})/u;
/** Whether what follows an event word up to a person opens another clause: ", song …", or another meeting's ", sau khi đã gặp …". */
const inAnotherClause = (between: string) => BUT_THEN.test(between) || WHEN_AFTER_COMMA.test(between);
/** ", sau khi đã gặp …", ", trước khi hội đàm với …": a clause of another meeting, after the one told, up to whom it names. */
const WHEN_AFTER_COMMA = /,\s*(?:ngay\s+|chỉ\s+)?(?:sau|trước)\s+khi\s[^,.;]*?(?:gặp|hội đàm|hội kiến|điện đàm|tiếp)\s[^,.;]*$/u;
/** ", nhưng đã tới …": a clause turning from what someone did not do to what they did. */
const BUT_THEN = /,\s+(?:nhưng|song|mà)\s/u;
/** " vắng mặt", " đã không tham dự": right after someone who was not there. */
const ABSENT_AFTER = /^\s+(?:(?:đã|lại|cũng|bất ngờ)\s+)?(?:vắng mặt|không (?:tham )?dự|không có mặt)(?!\p{L})/u;
/** "chứ không phải Quốc vương ", "thay vì ", "Được sự ủy quyền của ": right before someone named as not the one. */
const NOT_HIM_BEFORE = /(?:chứ không phải|thay vì|(?:người\s+)?đại diện cho|thay mặt(?:\s+cho)?|ủy quyền của)(?:\s+là)?\s+(?:(?:ông|bà|\p{Lu}\S*|tướng|trưởng|tịch|thống|vương|nước)\s+){0,4}$/u;
/** "cố Thủ tướng ", "cố ", "Lễ quốc tang Nữ hoàng ": right before the name of someone dead. */
const LATE_BEFORE = /(?:^|\s)(?:cố|[Qq]uốc tang|tang lễ|lễ tang)\s+(?:(?:Tổng thống|Thủ tướng|Chủ tịch|Tổng Bí thư|Quốc vương|Nữ hoàng|Nhà vua|cựu)\s+)*(?:\p{Lu}\S*\s+){0,2}$/u;

/**
 * The travellers of the visit at `t`: the people named before its word ("Obama thăm Việt Nam
 * theo lời mời của Chủ tịch nước …", "Macron và Merkel tới Washington để thuyết phục ông Trump");
 * whom they visited or meant to sway come after it. A visit told as a noun ("chuyến thăm … của
 * ông Obama") names its travellers after it.
 */
export function visitorsOf(t: Trigger, actors: PersonMention[], text: string): PersonMention[] {
  // "…, theo lời mời của Phó Chủ tịch nước X": the host who invited, not a visitor
  actors = actors.filter((a) => !invitedBy(a, text));
  // "… trong chuyến thăm Nhật Bản của ông Trump": a visit told as a noun is its owner's, whoever the sentence is about
  const owner = /^(?:chuyến|cuộc)\s/u.test(t.lemma) ? actors.find((a) => a.start > t.end && OWNER_BEFORE.test(text.slice(t.end, a.start))) : undefined;
  if (owner) return [owner];
  // ("… đồng thời cử Thứ trưởng Ngoại giao Yasuhide Nakayama tới Amman": the one sent goes, not who sent them)
  const sent = actors.find((a) => a.end <= t.start && SENT_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) && /^\s+$/u.test(text.slice(a.end, t.start)));
  if (sent) return [sent];
  const before = actors.filter((a) => a.end <= t.start && !isObject(text, a.start));
  if (!before.length) return actors;
  // "… tới Jeddah và được Quốc vương Salman đón tại sân bay": the host who welcomed them takes part
  const hosts = actors.filter((a) => a.start > t.end && WELCOMED_BY.test(text.slice(Math.max(t.end, a.start - 30), a.start)) && WELCOMES.test(text.slice(a.end, a.end + 40)));
  return [...before, ...hosts.filter((h) => !before.some((b) => b.person === h.person))];
}
/** "cử Thứ trưởng Ngoại giao ": sending someone, right before the one sent (named by office or not). */
const SENT_BEFORE = /(?:^|\s)(?:cử|phái)\s+(?:\p{Lu}[^\s,.;]*(?:\s+[^\s,.;]+){0,4}\s+)?$/u;
/** "chuyến thăm Nhật Bản của ông": the owner of a visit told as a noun, right after its destination. */
const OWNER_BEFORE = /^(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc|tới|đến))*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+của\s+(?:(?:ông|bà|Tổng thống|Thủ tướng|Chủ tịch|Ngoại trưởng)\s+)?$/u;
/** "và được [chính] …": the person after it did something for the travellers. */
const WELCOMED_BY = /\s(?:và\s+)?được\s+(?:chính\s+)?(?:\S+\s+){0,3}$/u;
/** "… [ra tận sân bay] đón", "… tiếp": welcomed or received them. */
const WELCOMES = /^(?:\s+[^\s,.;:]+){0,3}?\s+(?:(?:ra|đến|tới)\s+(?:tận\s+)?(?:sân bay|nhà ga)\s+(?:\S+\s+){0,2})?(?:đón|tiếp|chào đón|nghênh đón)(?!\p{L})/u;

/** The participants of an event from the people chosen for it: subject first, each person once. */
export function participantsOf(chosen: PersonMention[], text: string, trigger?: { start: number }): Participant[] {
  const seen = new Set<string>();
  // "Fidel Ramos, với tư cách đặc phái viên của ông Duterte, …": whom an envoy speaks for is not there
  // ("sự vắng mặt của Tổng thống Mexico": one told as absent)
  // ("…, gửi thông điệp tới ông Trump": whom a message was sent to)
  // ("… sẽ đáp lại thế nào nếu ông Obama chất vấn …": one in a supposition)
  // ("… tại một tòa nhà gần trụ sở Liên Hiệp Quốc, nơi ông Kishida đang dự một sự kiện": one doing something else where it was)
  // ("Hội đồng Bảo an … đã nhóm họp khẩn cấp theo đề nghị của Tổng thống Hadi": who asked the UN body to meet; a call "theo đề nghị của" one side is still theirs)
  const present = chosen.filter((a) => !ENVOY_OF.test(text.slice(Math.max(0, a.start - 40), a.start)) && !ABSENT_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start)) && !SENT_TO.test(text.slice(Math.max(0, a.start - 50), a.start)) && !SUPPOSED.test(text.slice(Math.max(0, a.start - 30), a.start)) && !TENURE_OF.test(text.slice(Math.max(0, a.start - 50), a.start)) && !KIN_OF.test(text.slice(Math.max(0, a.start - 40), a.start))
    && !(trigger && a.start > trigger.start && REQUESTED_BY.test(text.slice(Math.max(0, a.start - 50), a.start)) && UN_BODY.test(text.slice(0, trigger.start)))
    && !(trigger && a.start > trigger.start && WHERE_ELSE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) && DOING_ELSE_AFTER.test(text.slice(a.end, a.end + 30)))
    // ("… cùng ngồi vào bàn đàm phán với các cường quốc tại Vienna, song các bên vẫn chia rẽ … về vai trò của Tổng thống Bashar al-Assad": a clause turning to something else;
    // "… tới Ramallah hội đàm với ông Abbas …, sau khi đã gặp ông Netanyahu tại Jerusalem": what came before it, told after it)
    && !(trigger && a.start > trigger.start && inAnotherClause(text.slice(trigger.start, a.start))));
  // "thảo luận về quyết định của Tổng thống Mỹ Donald Trump": one whose act is talked about (unless
  // the pair told, "cuộc điện đàm giữa hai nhà lãnh đạo … quyết định của ông Trump", needs them)
  // ("quyết định của Tổng thống Mỹ Donald Trump công nhận Jerusalem …": the owner right before the event word is its subject)
  const actors = present.filter((a) => (trigger && a.end <= trigger.start && !text.slice(a.end, trigger.start).trim()) || !OWNER_OF_TOPIC.test(text.slice(Math.max(0, a.start - 70), a.start)));
  const pairNeeds = actors.length < present.length && PAIR.test(text) && new Set(actors.map((a) => a.person.key)).size < 2;
  // ("Hai bên cũng nhắc lại kết quả cuộc gặp giữa Thủ tướng Phúc với … Tập Cận Bình": the two the event word names after "giữa" are all who took part)
  const between = trigger ? BETWEEN_AFTER.exec(text.slice(trigger.start)) : null;
  const named = between && trigger ? actors.filter((a) => a.start > trigger.start && a.end <= trigger.start + between[0].length) : [];
  const chosenOnes = new Set(named.map((a) => a.person.key)).size >= 2 ? named : pairNeeds ? present : actors;
  return orderParticipants(chosenOnes, text)
    .filter((a) => !seen.has(a.person.key) && seen.add(a.person.key))
    .map(toParticipant);
}

/** "đặc phái viên của ông", "cố vấn của", "người tiền nhiệm của ông": the person after it is the one represented or succeeded. */
const ENVOY_OF = /(?:đặc phái viên|phái viên|đặc sứ|cố vấn|trợ lý|người phát ngôn|đại diện|thư ký|người tiền nhiệm|người kế nhiệm)\s+(?:riêng\s+)?của\s+(?:(?:ông|bà|Tổng thống|Thủ tướng|Chủ tịch)\s+)?$/u;

/** "… đã nhóm họp khẩn cấp theo đề nghị của Tổng thống …": after the event word, whoever asked for it. */
/** A UN body as the subject: "Hội đồng Bảo an …", "Đại hội đồng …". */
const UN_BODY = /Hội đồng Bảo an|Đại hội đồng/u;
const REQUESTED_BY = /(?:^|[^\p{L}])theo\s+(?:đề nghị|yêu cầu)\s+của\s+(?:(?:Tổng thống|Thủ tướng|Chủ tịch|Ngoại trưởng|ông|bà)(?:\s+[^\s,.;:]+){0,3}\s+)?$/u;
/** "em trai cựu Tổng thống", "con gái của ông": the person after it is whose kin the one told is, not there. */
const KIN_OF = /(?:^|[^\p{L}])(?:em trai|em gái|anh trai|chị gái|con trai|con gái|cháu trai|cháu gái|con rể)\s+(?:ruột\s+)?(?:của\s+)?(?:(?:cựu|nguyên|cố|đương kim)\s+)?(?:(?:Tổng thống|Thủ tướng|Chủ tịch|Quốc vương|Nhà vua|nhà lãnh đạo|Nhà lãnh đạo|lãnh đạo|ông|bà)\s+)?$/u;
/** "gửi thông điệp tới", "gửi tín hiệu cho", "gửi lời chúc mừng tới": the person after it is whom something was sent to. */
const SENT_TO = /(?:^|[^\p{L}])gửi\s+(?:đi\s+)?(?:một\s+)?(?:thông điệp|tín hiệu|lời nhắn|cảnh báo|lời chúc mừng|lời chúc|lời thăm hỏi|lời chào)(?:\s+[^\s,.;:]+){0,3}?\s+(?:tới|đến|cho)\s+(?:(?:Tổng thống|Thủ tướng|Chủ tịch|ông|bà)(?:\s+[^\s,.;:]+){0,2}\s+)?$/u;
/** "cuộc gặp giữa … với …": an event word, then whom it was between by name (not "giữa hai bên"), up to the clause's end. */
const BETWEEN_AFTER = /^[^\s,.;]+(?:\s+[^\s,.;]+){0,2}?\s+giữa\s+(?!(?:hai|ba|các)\s)(?:[^,.;]|,\s*(?=\p{Lu}))*/u;
/** "hai nhà lãnh đạo", "hai bên": a pair the sentence tells. */
const PAIR = /(?:^|[^\p{L}])hai\s+(?:nhà lãnh đạo|bên|ông|vị)(?!\p{L})/iu;
/** "quyết định của Tổng thống Mỹ", "chính sách thuế quan của": the person after it owns what is talked about, and is not there. */
const OWNER_OF_TOPIC = /(?:^|[^\p{L}])(?:quyết định|chính sách|động thái|sắc lệnh|lời kêu gọi|cáo buộc|phát ngôn|bình luận|cái chết|chiến thắng)(?:\s+[^\s,.;:]+){0,3}\s+của\s+(?:(?:Tổng thống|Thủ tướng|Chủ tịch|Ngoại trưởng|Quốc vương|Thái tử|ông|bà)(?:\s+[^\s,.;:]+){0,3}\s+)?$/u;
/** ", nơi [ông]": the person after it is told in a clause about the place. */
const WHERE_ELSE_BEFORE = /,\s*nơi\s+(?:[^\s,.;:]+\s+){0,2}$/u;
/** "… đang dự", "… đang ở": and was doing something else there. */
const DOING_ELSE_AFTER = /^(?:\s+[^\s,.;:]+){0,2}?\s+đang\s/u;
/** "nếu ông", "giả sử Tổng thống": the person after it is in a supposition. */
const SUPPOSED = /(?:^|[^\p{L}])(?:nếu|giả sử|giả như)\s+(?:(?:như|mà)\s+)?(?:[^\s,.;:]+\s+){0,3}$/u;
/** "bị bỏ dở dưới thời người tiền nhiệm Donald Trump", "thời ông Obama": the person after it names a time, a tenure. */
const TENURE_OF = /(?:^|[^\p{L}])(?:dưới\s+thời|dưới\s+chính quyền|(?<!(?:đồng|cùng|lâm|kịp|tạm|đương)\s)thời(?=\s+(?:người tiền nhiệm|cựu|Tổng thống|Thủ tướng|ông|bà)\s))\s+(?:người tiền nhiệm\s+|cựu\s+)?(?:(?:Tổng thống|Thủ tướng|Chủ tịch|ông|bà)\s+)?(?:\p{Lu}[^\s,.;:]*\s+){0,2}$/u;
/** "sự vắng mặt của", "vắng bóng": the person after it was not there. */
const ABSENT_BEFORE = /(?:vắng mặt|vắng bóng|thiếu vắng)\s+(?:của\s+)?(?:[^\s,.;]+\s+){0,4}$/u;

/** A person found, as an event's participant. */
export function toParticipant(m: PersonMention): Participant {
  const p: Participant = { name: m.person.name, role: m.person.role, country: m.person.country };
  if (m.person.nameVi && m.person.nameVi !== m.person.name) p.nameVi = m.person.nameVi;
  return p;
}
