/**
 * One event mention from an event word, the people of its clause and what the sentence around
 * it says: its type, participants (`event-participants.ts`), date (`event-date.ts`), summit
 * (`event-summit.ts`), place (`event-place.ts`) and, for a statement, what was said. Events
 * called off are none.
 */
import type { EventLocation, EventType, Participant } from '../events-schema.js';
import type { AttackDetail } from './attack-detail.js';
import { aboutAName, announcedBy, dateFor, dayCountedApart, ownedByAttack, ownedByLaterEvent, ofTalksFollowed, reportedOn, spanOfEndedEvent } from './event-date.js';
import { ENVOY_ACT, agreementOrStatement, declaredBy, participantsOf, speakerOf, visitorsOf, withoutTheAbsent, type Declarer } from './event-participants.js';
import { placeFor, placeReferredTo, placesOfEvent } from './event-place.js';
import { cityNamingSummit, dateAtSummit, heldAtSummit, heldOnline, hostOfSummit, namedAsForum, placeAtSummit } from './event-summit.js';
import { COUP_WORD, DEATH_WORD, IN_FORCE, MESSAGE_LEMMA, PARADE, SUMMONS_LEMMA, VETO_LEMMA, type Trigger } from './event-type.js';
import { impersonalKind, impersonalPlace, type ImpersonalKind } from './impersonal-events.js';
import { countriesAsParties, isJointStatement, JOINT_LEMMA } from './joint-statement.js';
import { diedBefore, GUEST, type PersonMention } from './people.js';
import { countryAt, findCountries } from './countries.js';
import { capitalOf, countryLocation, placeByName, type PlaceMention } from './places.js';
import { AHEAD_OF, subjectOf } from './sentence-roles.js';
import { statementContent } from './statement-content.js';
import { ENVOY } from './offices.js';
import { isQuoted, quotationEnd } from './quotes.js';
import type { DatedSpan, ResolvedDate, SummitMention } from './temporal.js';

/** One event as one sentence tells it. */
export interface EventMention {
  type: EventType;
  /** The trigger word, lower-cased ("hội đàm"). */
  lemma: string;
  date: ResolvedDate | null;
  participants: Participant[];
  location: EventLocation | null;
  /** The summit it happened at, when the sentence names one. */
  summit: { series: string; year: number; city: string | null; start: string } | null;
  /** Whether it was held at that summit ("bên lề Hội nghị G20"), not just told beside it. */
  atSummit?: boolean;
  document: string;
  quote: string;
  start: number;
  end: number;
  /** A definite back-reference without people ("Tại cuộc hội đàm…"): the event just told. */
  anaphoric: boolean;
  /** Agent, object and border of an attack, when its clause states them. */
  attack?: AttackDetail | null;
  /** The event the same sentence says came after this one ("Sau cuộc hội đàm …, X tuyên bố"). */
  precedes?: EventMention;
  /** Index of the paragraph the sentence is in. */
  paragraph?: number;
  /** What a statement said, for its headline (see `statement-content.ts`). */
  said?: string | null;
  /** Who declared a decision when no person did: states or a ruling party (see `declaredBy`). */
  by?: Declarer | null;
}

/** Where a mention's event word first stands in its quote (-1 when its case or spacing differ there). */
export const wordAt = (m: Pick<EventMention, 'quote' | 'lemma'>): number => m.quote.toLowerCase().indexOf(m.lemma);

/** What the sentence around an event word says, for {@link mentionFor}. */
export interface SentenceContext {
  text: string;
  triggers: Trigger[];
  dates: DatedSpan[];
  places: PlaceMention[];
  summitsHere: SummitMention[];
  attacks: Trigger[];
  base: { document: string; quote: string; start: number; end: number };
  /** The clause the event is told in, when the sentence tells more than one. */
  limit?: { from: number; to: number };
  /** "bên lề hội nghị" without a series name: the one summit the article is about, if any. */
  contextSummit?: SummitMention | null;
  /** A part of a coordinated sentence: without a date of its own it takes the sentence's. */
  shared?: boolean;
  /** Where the last event told took place, for "tại đây". */
  lastPlace?: EventLocation | null;
  /** Where the last attack told took place, for "tới hiện trường". */
  lastAttackPlace?: EventLocation | null;
  /** Where the summit took place whose sidelines the sentence is on ("Bên lề hội nghị, …"). */
  sidelinesPlace?: EventLocation | null;
  /** The article's headline: it may say a statement in fewer words. */
  headline?: string | null;
  /** The sentence told before, for "Bộ Ngoại giao nước này": the country it named last. */
  previous?: string;
}

/** `c` with more fields: a new object whose `places` is still looked up lazily through `c`. */
export function withContext(c: SentenceContext, more: Omit<Partial<SentenceContext>, 'places'>): SentenceContext {
  // a copy of one shape, not `Object.create(c)`: reads through a prototype per call were slow
  const out: SentenceContext = {
    text: c.text, triggers: c.triggers, dates: c.dates, get places() { return c.places; }, summitsHere: c.summitsHere, attacks: c.attacks, base: c.base,
    limit: c.limit, contextSummit: c.contextSummit, shared: c.shared, lastPlace: c.lastPlace, lastAttackPlace: c.lastAttackPlace, sidelinesPlace: c.sidelinesPlace, headline: c.headline, previous: c.previous,
  };
  return Object.assign(out, more);
}

/** An event noun's predicate that calls it off: "bị hoãn", "bị hủy", "hoãn lại". */
const CALLED_OFF = /(?:^|[^\p{L}])(?:bị\s+(?:hoãn|hủy|huỷ|đình hoãn)|hoãn lại|bị\s+hủy\s+bỏ)(?!\p{L})/u;

/** "Hội đồng Bảo an Liên Hợp Quốc (đã) ", "Đại hội đồng LHQ " right before its verb: a UN body as the subject. */
const UN_BODY_BEFORE = /(?:Hội đồng Bảo an|Đại hội đồng|Hội đồng Nhân quyền)(?:\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?(?:\s+\([^()]{2,12}\))?\s+(?:(?:đã|cũng|vừa|nhất trí|hôm nay|hôm qua)\s+)*$/u;
/** " 2254 mà Hội đồng Bảo an … ", " do Đại hội đồng … " right after "Nghị quyết", up to "thông qua": the UN body that adopted it. */
const UN_BODY_AFTER = /^(?:\s+(?:số\s+)?\d+)?\s+(?:mà|do)\s+(?=(?:Hội đồng Bảo an|Đại hội đồng)(?!\p{L}))([^,.;]{0,60}?\s)thông qua(?!\p{L})/u;

/** The verb of the body that adopted a resolution named before it ("Nghị quyết 2254 mà Hội đồng Bảo an … nhất trí |thông qua|"). */
function adoptingVerb(t: Trigger, after: RegExpExecArray): Trigger {
  const at = t.end + after[0].length - 'thông qua'.length;
  return { ...t, start: at, end: at + 'thông qua'.length, lemma: 'thông qua nghị quyết' };
}

/** Who adopted it: the subject of that verb. */
function bodyAdopting(verb: Trigger, after: RegExpExecArray, text: string): ReturnType<typeof declaredBy> {
  const bodyAt = verb.start - after[1].length;
  // (the words before the body blanked, and a comma before it: a clause of its own)
  return declaredBy(verb, `${' '.repeat(Math.max(0, bodyAt - 2))}, ${text.slice(bodyAt)}`);
}

/** Is `at` inside words quoted, longer than a title ("Namaste Trump") would be? */
function inWordsQuoted(text: string, at: number): boolean {
  const end = quotationEnd(text, at);
  return end >= 0 && end - Math.max(text.lastIndexOf('"', at - 1), text.lastIndexOf('“', at - 1)) > QUOTED_WORDS;
}
/** "vụ sát hại bà ", "ám sát ông ": a victim named right after, whom a statement speaks of. */
const VICTIM_BEFORE = /(?:sát hại|ám sát|giết hại|bắn chết|cái chết của)\s+(?:(?:ông|bà|nhà báo|phóng viên)\s+)?$/u;
/** ", và " after an agreement's word: another clause, with a subject of its own. */
const AND_CLAUSE_AFTER = /^[^.;]*?,\s+và\s/u;
/** ': "…' with no quote closed since: the words quoted after a colon, up to a name. */
const SAID_AFTER_COLON = /:\s*["“][^"”]*$/u;
/** How long a quotation must be to be someone's words rather than a name. */
const QUOTED_WORDS = 30;

/**
 * "Cuộc gặp … ban đầu dự kiến diễn ra hôm 14/3 nhưng bị hoãn": an event told as a noun whose
 * predicate calls it off did not happen (unless the sentence goes on to say it took place).
 */
function calledOff(t: Trigger, type: EventType, text: string): boolean {
  if (type !== 'summit' && !/^(?:cuộc|buổi|chuyến|lễ)\s/iu.test(t.lemma) && !/(?:^|\s)(?:cuộc|buổi|chuyến|lễ)\s+$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))) return false;
  const rest = text.slice(t.end).split(NEXT_EVENT_NOUN)[0];
  // ("Cuộc gặp ban đầu được lên lịch vào 11h30 sáng thứ năm (26/8)": when it was first set for, not when it was held)
  if (AHEAD.test(rest) || FIRST_SET_FOR.test(rest)) return true;
  const off = CALLED_OFF.exec(rest);
  return !!off && !TOOK_PLACE.test(rest.slice(off.index + off[0].length));
}
/** "ban đầu được lên lịch", "ban đầu dự kiến": what an occasion was first set for (a regex source). */
export const FIRST_SET_WORDS = String.raw`(?:ban đầu|lúc đầu|ban đầu vốn|vốn)\s+(?:được\s+)?(?:lên lịch|dự kiến|ấn định|lên kế hoạch)(?!\p{L})`;
/** "ban đầu được lên lịch vào", "ban đầu dự kiến diễn ra" right after an event noun: what it was first set for. */
const FIRST_SET_FOR = new RegExp(String.raw`^[^,.;:]{0,30}?(?:^|\s)${FIRST_SET_WORDS}`, 'u');
/** "không gặp", "từ chối hội đàm": a meeting verb denied. */
const MEETING_DENIED = /(?:^|[^\p{L}])(?:không|chưa|từ chối)\s+(?:hề\s+)?(?:gặp|hội đàm|tiếp|điện đàm)(?!\p{L})/u;

/**
 * "Nhà Trắng cho biết Tổng thống sẽ không gặp ông Netanyahu … với lý do cuộc gặp diễn ra quá sát
 * ngày bầu cử": the meeting noun after a denied meeting verb is that meeting, which did not happen
 * (the denied verb itself is no event word); nor did one still being set up ("thương lượng địa
 * điểm cho cuộc gặp thứ hai").
 */
function notDone(t: Trigger, type: EventType, text: string): boolean {
  return type === 'meeting' && /^(?:cuộc|buổi)\s/iu.test(t.lemma) && (MEETING_DENIED.test(text.slice(0, t.start)) || PREPARED_FOR.test(text.slice(Math.max(0, t.start - 40), t.start)));
}
/** "thương lượng địa điểm cho ", "chuẩn bị cho " right before a meeting noun: one still being set up. */
const PREPARED_FOR = /(?:địa điểm|thời điểm|thời gian|ngày giờ|chuẩn bị)(?:\s+tổ chức)?\s+cho\s+$/u;
/** Where an event noun's predicate ends: at another event noun ("…, dù lễ diễu hành bị hủy": that one was called off). */
const NEXT_EVENT_NOUN = /(?:^|\s)(?:lễ|cuộc|buổi|chuyến|hội nghị|kế hoạch|chương trình|phiên)\s/iu;
/**
 * "Hội nghị G7 năm tới sẽ do Mỹ đăng cai", "cuộc gặp sắp tới", "Chuyến thăm sẽ diễn ra từ ngày
 * 3/9", "các cuộc đàm phán … có thể bắt đầu ngay trong năm nay": an event noun named as the next one,
 * or whose predicate says it will (or may) be held, is ahead.
 */
const AHEAD = /^\s+(?:dự kiến\s+)?sẽ\s|^(?:\s+[^\s,.;:]+){0,2}?\s+(?:(?:năm|lần)\s+(?:tới|sau)|sắp tới|tới đây)(?!\s*(?:khi|đó)(?!\p{L}))(?!\p{L})|^[^,.;:]{0,40}?\s(?:dự kiến\s+)?(?:sẽ|có thể)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc|bắt đầu|do\s[^,.;:]{1,40}\sđăng cai)(?!\p{L})/u;
/** ", do Tổng thống Panama … chủ trì": the head of state or government who chaired a meeting, by office and country. */
const CHAIRED_BY = /^[^.;]{0,40}?\sdo\s+(?:Tổng thống|Thủ tướng|Chủ tịch nước|Chủ tịch|Quốc vương|Nhà vua)\s+(?=(\p{Lu}[^,.;]{1,60}?)\s+chủ trì)/u;

/** Where a summit its chair's country hosted was held: that country's capital, or null. */
function chairsCountry(after: string): EventLocation | null {
  const m = CHAIRED_BY.exec(after);
  const country = m ? countryAt(m[1], 0) : null;
  return country ? capitalOf(country.code) : null;
}

/** "Hội nghị Cấp cao ASEAN - ": right before the partner a summit is named by. */
const PARTNER_OF_SUMMIT = /(?:[Hh]ội nghị\s+(?:[Cc]ấp cao|[Tt]hượng đỉnh)|[Tt]hượng đỉnh)\s+\p{Lu}[^,.;]{0,30}?\s[-–]\s*$/u;
/** " Diễn đàn Hợp tác Trung Quốc - châu Phi (FOCAC)": a summit word followed by a name of its own. */
const OTHER_SUMMIT_NAMED = /^\s+(?:Diễn đàn|[Dd]iễn đàn|\p{Lu}[^\s,.;]*\s+\p{Lu})/u;
/** ", … trước vòng đàm phán … tại ": another occasion the event came before or after, up to where that one is held; ", trong bối cảnh …": the setting it came in. */
const OTHER_OCCASION_BETWEEN = /,[^,.;]*\s(?:trước|sau)\s+(?:thềm\s+)?(?:vòng|cuộc|hội nghị|phiên|buổi|chuyến)\s[^,.;]*$|,\s*(?:trong|giữa)\s+bối cảnh\s[^.;]*$/u;
/** " đã đăng cai ", right before the event a place hosted (a state hosts at its capital). */
const HOST_BEFORE = /\s+(?:đã\s+|từng\s+|vừa\s+)?đăng cai\s+(?:một\s+)?$/u;
/** ", khi đó đang ở ", ", lúc đó đang có mặt tại ": an aside on where the speaker was, right before the place. */
const WHERE_SPEAKER_WAS = /,\s*(?:(?:khi đó|lúc đó|hiện|khi ấy)\s+)?(?:vẫn\s+)?đang\s+(?:ở|có mặt\s+(?:tại|ở)|công du|thăm)\s+/u;
/** A plan, an invitation ("…, mời cả hai nhà lãnh đạo dự thượng đỉnh G20") or what came next ("…, trước khi vào Đà Nẵng dự Tuần lễ Cấp cao APEC"), told between an event word and a summit or place named after it. */
// ("Cuộc gặp với ông Buhari, ban đầu lên kế hoạch vào thứ Ba, đã được dời …": the day first planned)
const WILL = /\s(?:sẽ|dự kiến|dự định|sắp|lên kế hoạch)\s|\smời\s[^,.;]{0,40}?\s(?:dự|tham dự|thăm|tới|sang)\s|,\s+trước khi\s/u;
/** Whether what is named at `x`, after the event word `t`, belongs to a plan told in between. */
const ofPlanAfter = (t: Trigger, x: { start: number }, text: string) => x.start > t.end && WILL.test(text.slice(t.end, x.start));
/** "bị hoãn … nhưng sau đó vẫn diễn ra": called off, then held after all. */
const TOOK_PLACE = /diễn ra|được tổ chức|gặp nhau/u;

/** "cho biết", "thông báo" between a person and a death word: the one who told of it. */
const REPORTED_BETWEEN = /(?:^|\s)(?:cho biết|nói|thông báo|xác nhận|tuyên bố)(?!\p{L})/u;
/** "Thủ tướng …, Chủ tịch ASEAN 2020, đã chủ trì …", "nước chủ nhà APEC 2017": a chair's or a host's year, no summit told. */
const CHAIR_YEAR_BEFORE = /(?:Chủ tịch|chủ tịch|chủ nhà|Chủ nhà)\s+$/u;
/** "chủ trì cuộc họp thượng đỉnh", "dự hội nghị thượng đỉnh": a summit someone held or attended. */
const HELD_BY = /(?:chủ trì|dự|tham dự|tham gia|tổ chức|đồng chủ trì|^[Tt]ại|(?<=(?:^|\s)(?:ký|ký kết|gặp nhau|hội đàm|nhất trí|thống nhất|đạt được)\s+)tại)\s+(?:(?:cuộc|buổi)\s+)?(?:(?:phiên|lễ)\s+(?:toàn thể|khai mạc|bế mạc|họp|thảo luận)(?:\s+(?:mở rộng|hẹp|chính thức))?\s+(?:của\s+)?)?(?:họp\s+)?(?:hội nghị\s+)?$/u;

/** "Ngay sau khi tới Yerevan, ": a sentence opening on the city just reached (group 1). */
const ARRIVED_OPENING = /^(?:Ngay\s+|Chỉ\s+)?[Ss]au khi\s+(?:tới|đến|đặt chân tới|đặt chân đến|hạ cánh xuống)\s+(?:thủ đô\s+|thành phố\s+)?(\p{Lu}[^,.;]{1,30}),/u;
/** "(Tổng thống) nước chủ nhà " right before a name: the host of the summit told. */
const HOST_NAMED_BEFORE = /(?:^|\s)(?:nước\s+)?chủ nhà\s+$/u;
/** "… diễn ra …, với sự tham dự của …": a meeting held, with those who attended it after it; "Hội nghị … kéo dài hai ngày 24-25/2 do A và B đồng chủ trì": held by its chairs, maybe named after its place ("Hội nghị thượng đỉnh Liên đoàn Arab lần thứ 28 diễn ra hôm thứ Tư (29/3) tại …, do Quốc vương Jordan Abdullah II chủ trì"); "Hội nghị được Thủ tướng … khai mạc …": opened by someone. */
const ATTENDED_BY = /^[^.;]{0,160}?\s(?:diễn ra|khai mạc|được tổ chức)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?(?:,\s*|\s)với sự (?:tham dự|tham gia|có mặt) của\s|^[^,.;]{0,80}?\scó\s+sự\s+(?:tham dự|tham gia|có mặt)\s+của\s|^(?:\s+(?:kéo dài|diễn ra|được tổ chức)\s+[^,.;]{0,40}?)?\s+do\s[^,.;]{2,160}?\s(?:đồng\s+)?chủ trì(?!\p{L})|^(?:\s+[^,.;]{1,60}?)?\s+(?:kéo dài|diễn ra|được tổ chức)\s[^.;]{0,160}?,\s*do\s[^,.;]{2,160}?\s(?:đồng\s+)?chủ trì(?!\p{L})|^(?:\s+này)?\s+(?:đã\s+)?được\s[^,.;]{2,80}?\skhai mạc(?!\p{L})/u;

/** "cuộc gặp thượng đỉnh", "hội đàm thượng đỉnh": a meeting of leaders, held where they met though no place is told. */
const SUMMIT_MEETING = /(?:^|\s)(?:cuộc gặp|gặp|cuộc hội đàm|hội đàm)\s+$/u;

/** "Lần ", "cuộc " right before an event word: the event told as a noun, who took part perhaps told only after. */
const TOLD_AS_NOUN_BEFORE = /(?:^|\s)(?:[Ll]ần|[Cc]uộc)\s+$/u;
/** Events of no one's that impersonal-events.ts places when nothing else in the sentence has. */
const PLACED_WHEN_UNPLACED = new Set<ImpersonalKind>(['vote', 'ruling', 'talks', 'coup', 'seizure', 'release', 'ceasefire', 'ratification']);
/** Events of no one's that are no timeline's when placed nowhere either. */
const NOWHERE_NONE = new Set<ImpersonalKind>(['release', 'ceasefire']);
/** "ông", "bà này", "ngài": a person named by a pronoun alone. */
const BARE_PRONOUN = /^(?:ông|bà|ngài)(?:\s+(?:này|ấy|ta))?$/iu;
/** Words that end the object of a release: " bị bắt vì …", ", sau khi …". */
const RELEASED_OBJECT_END = /[,;]|\s(?:bị|vì|sau khi|khi|nhằm|để|của)\s/u;
/** ", người tái đắc cử trong cuộc ": between a person and the vote they won. */
const WON_IN_BEFORE = /^[^.;:]{0,160}?\s(?:tái\s+)?(?:đắc cử|thắng cử|giành chiến thắng|chiến thắng)\s+trong\s+(?:cuộc\s+)?$/u;
/** ", 45 tuổi, nhận được 30 phiếu", " giành 28 phiếu": right after one who got so many votes. */
const VOTES_GOT_AFTER = /^(?:\s*,[^,.;]{1,30},)?\s+(?:nhận được|giành được|giành|có được|được)\s+\d+\s+phiếu(?!\p{L})/u;
/** " đầu tiên diễn ra trực tuyến", " khai mạc chiều 2/8 theo hình thức trực tuyến": held online, in the clause right after the event word. */
const HELD_ONLINE_AFTER = /^[^,.;:]{0,30}?\s(?:diễn ra|được tổ chức|khai mạc)\s+(?:[^\s,.;:]+\s+){0,3}?(?:theo hình thức\s+)?trực tuyến(?!\p{L})|^\s+trực tuyến(?!\p{L})/u;
/** " đầu tiên", " thứ hai", " lần đầu" right after an event noun: one ranked among others. */
// ("cuộc trao đổi cấp cao đầu tiên giữa hai nước": of a rank, then first)
const RANKED_AFTER = /^(?:\s+(?:cấp cao|chính thức|trực tiếp))?\s+(?:đầu tiên|thứ\s+(?:hai|ba|tư|năm|\d+)|lần đầu)(?!\p{L})/u;
/** " này", " đó", " nói trên" right after an event word: the one just told. */
const THIS_ONE_AFTER = /^\s+(?:này|đó|nói trên)(?!\p{L})/u;
/** "Cuộc khủng hoảng", "Cuộc chiến": a sentence's subject that is a state of affairs, not an event told before. */
const NOT_AN_EVENT = /^Cuộc\s+(?:khủng hoảng|chiến|xung đột|nội chiến|đối đầu|bầu cử|biểu tình|điều tra|tranh cãi|tranh chấp|cách mạng|đua|chạy đua|di cư)(?!\p{L})/u;
/** "Tại cuộc hội đàm…", "Cuộc hội đàm bắt đầu lúc …": an event word naming no one refers to the event just told. */
function refersBack(t: Trigger, text: string): boolean {
  // ("Cuộc khủng hoảng bùng phát sau khi …": a sentence opening on a state of affairs, not on an event)
  // (not the event of a clause of its own after it: "Chuyến đi diễn ra … sau khi hai miền Triều Tiên đạt thỏa thuận")
  // ("Theo hãng tin Yonhap, cuộc gặp diễn ra chiều 21-9 …": the same after whom it is told by)
  return /(?:^|\s)(?:Tại|Trong|tại|trong)\s+(?:cuộc|buổi)\s/u.test(text.slice(0, t.end)) || (/^(?:Theo\s[^,.;]{1,40},\s*)?(?:Cuộc|Buổi|Chuyến|cuộc|buổi|chuyến)\s/u.test(text.slice(0, t.end)) && !NOT_AN_EVENT.test(text) && !/\s(?:sau|trước)\s+khi\s/u.test(text.slice(0, t.start)));
}

/** A "sau khi" / "trước khi" clause whose subject (a few words) runs up to the event word. */
const STATE_SINCE = /(?:^|\s)(?:sau|trước)\s+khi\s+([^,;]{1,30}?)\s*$/u;

/** "về cuộc gặp …": an event word as what something was about. */
const TOPIC_BEFORE = /(?:^|\s)về\s+(?:(?:cuộc|chuyến|buổi)\s+)?$/u;
/** "thông báo với ông", "cho … biết": whom something was told to, right before a name. */
const TOLD_TO = /(?:thông báo|báo|giải thích|thông tin|kể)\s+(?:lại\s+)?(?:với|cho)\s+(?:[^\s,.;]+\s+){0,6}$/u;

/** "chuyến công tác ", "chuyến thăm chính thức ": a trip named by the country it is to, right before that country. */
const TRIP_TO = /chuyến\s+(?:thăm|công tác|công du)(?:\s+(?:chính thức|cấp nhà nước|làm việc|hữu nghị))*\s+$/u;
/** "… thực hiện cam kết … mà Việt Nam đưa ra tại ": a relative clause, after the event word, telling of something else done at a summit. */
const DONE_ELSEWHERE = /\smà\s[^,.;]{1,60}\s(?:tại|ở)\s+$/u;
/** " với Phó Tổng thống … và Chủ tịch Hạ viện ": up to whom the messages were exchanged with. */
const EXCHANGED_WITH = /^\s+với\s[^,.;:]{0,120}$/u;

/** ", đồng thời ", ", và ", right before a verb: a clause going on with the subject of the one before. */
const SAME_SUBJECT_GOES_ON = /^[^;]*,\s*(?:đồng thời|và|rồi|sau đó)\s+(?:(?:đã|cũng|còn)\s+)?$/u;
/** "trục xuất", "triệu hồi", "triệu" (a summons told without "tập"): an act on an envoy, whom it names a party to it. */
const ACT_ON_ENVOY = new RegExp(String.raw`${ENVOY_ACT.source}|(?:^|\s)triệu\s`, 'u');
/** "nói chuyện với Chủ tịch ", "điện đàm với ": whom someone spoke with, named next. */
const SPOKE_WITH_BEFORE = /(?:nói chuyện|điện đàm|trò chuyện)\s+(?:qua điện thoại\s+)?với\s+[^,.;:"“”]{0,40}$/u;

/** One non-attack event mention from its trigger and the people of its clause, or null. */
export function mentionFor(t: Trigger, actors: PersonMention[], c: SentenceContext): EventMention | null {
  const { text, summitsHere, attacks, base } = c;
  // Reporting verbs ("cho biết") are statements only when a named actor says them.
  if (t.strength <= 1 && !actors.some((a) => a.end <= t.start)) return null;
  const type = agreementOrStatement(t, actors, text);
  // ("USMCA chính thức có hiệu lực từ ngày 1-7-2020": a document entering into force has no one acting)
  // ("Trợ lý Ngoại trưởng Mỹ David Stilwell đã triệu Đại sứ Trung Quốc Thôi Thiên Khải lên": a summons is the summoner's and the envoy's)
  // (the summoner is the subject of its own clause: not "Di Maio cáo buộc Pháp …, khiến Paris triệu đại sứ Italy")
  const summons = type === 'statement' && SUMMONS_LEMMA.test(t.lemma);
  // (but a verb coordinated after the comma goes on with the same subject: "Ngoại trưởng Taro Kono ra tuyên bố …, đồng thời triệu Đại sứ …")
  let chosen = t.lemma === IN_FORCE ? [] : summons ? actors.filter((a) => a.start > t.end || !/[,;]/u.test(text.slice(a.end, t.start)) || SAME_SUBJECT_GOES_ON.test(text.slice(a.end, t.start))) : type === 'statement' ? speakerOf(t, actors, text) : type === 'visit' ? visitorsOf(t, actors, text) : actors;
  // "… vài giờ sau khi ông rời đi, Bộ Ngoại giao Triều Tiên ra tuyên bố …": a state's body is the subject, not the person of the clause before
  const body = type === 'statement' && chosen.length ? declaredBy(t, text, c.previous) : null;
  if (body?.at !== undefined && chosen.every((a) => a.end <= body.at! && /[,;]/u.test(text.slice(a.end, body.at)))) chosen = [];
  // (nor is whom it spoke of after its verb: "Hội đồng Bảo an Liên Hợp Quốc ra tuyên bố báo chí lên án mạnh mẽ vụ sát hại bà Abu Akleh")
  // ("Bộ Công an Việt Nam thông báo ông Thanh đã ra đầu thú": nor whom what it announced is about)
  // (but an envoy it summons, recalls or expels takes part: "Chính phủ CHDC Congo … trục xuất Đại sứ Rwanda Vincent Karega")
  else if (!summons && body?.at !== undefined && body.at < t.start && chosen.every((a) => a.start >= t.end && !ACT_ON_ENVOY.test(text.slice(t.start, a.start)))) chosen = [];
  else if (body && chosen.every((a) => a.start >= t.end && VICTIM_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)))) chosen = [];
  // "…, sau khi Mỹ tuyên bố rút khỏi hiệp định hồi tháng 1, hai bên nhất trí …": the state of the clause said it, not the main clause's people
  const since = type === 'statement' && chosen.length ? STATE_SINCE.exec(text.slice(0, t.start)) : null;
  if (since && findCountries(since[1]).length && chosen.every((a) => a.start < since.index || a.start > t.start)) chosen = [];
  // "Ông Putin đã thông báo với ông Trump về cuộc gặp với Tổng thống Assad …": whom it was told to was not there
  if (type !== 'statement' && TOPIC_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) chosen = chosen.filter((a) => a.end > t.start || !TOLD_TO.test(text.slice(Math.max(0, a.start - 60), a.start)));
  // ('"Tôi đã nói với Chủ tịch Tập rằng …", ông Scholz phát biểu tại cuộc họp báo chung với Thủ tướng Lý …': whom the quoted words name is not at the event told outside them)
  // (not a name in a short quoted title: 'cùng xuất hiện tại sự kiện "Namaste Trump"')
  // (but '"Vừa nói chuyện với Chủ tịch Tập Cận Bình …", ông Trump viết … sau cuộc điện đàm tối qua': a call the quoted words tell of is with whom they name)
  const calledInQuote = (a: PersonMention) => type === 'call' && SPOKE_WITH_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start));
  if (type !== 'statement' && !isQuoted(text, t.start)) chosen = chosen.filter((a) => !inWordsQuoted(text, a.start) || calledInQuote(a) || chosen.every((b) => inWordsQuoted(text, b.start)));
  // ('… ra tuyên bố chung ngay trong tối 27/6: "… Tổng thống Nga Putin và những kẻ chịu trách nhiệm sẽ phải trả giá"': whom the words quoted after a colon name did not say them)
  if (!isQuoted(text, t.start)) chosen = chosen.filter((a) => !(a.start > t.end && inWordsQuoted(text, a.start) && SAID_AFTER_COLON.test(text.slice(t.end, a.start))));
  chosen = withoutTheAbsent(t, type, chosen, text);
  // ("Thủ tướng … trao đổi thư mừng với Tổng thống Trump": messages exchanged are both sides')
  if (type === 'statement' && MESSAGE_LEMMA.test(t.lemma) && t.lemma.startsWith('trao đổi')) chosen = [...chosen, ...actors.filter((a) => a.start >= t.end && !chosen.includes(a) && EXCHANGED_WITH.test(text.slice(t.end, a.start)))];
  // ("thỏa thuận rút quân đạt được vào khoảng 5h sáng 28/8, và chuyến đi của ông Modi chỉ được chốt sau khi …": a clause of its own after ", và")
  const andThen = type === 'agreement' ? AND_CLAUSE_AFTER.exec(text.slice(t.end)) : null;
  if (andThen) chosen = chosen.filter((a) => a.start < t.end + andThen.index);
  // ('ông Raul cho biết "Tổng tư lệnh …" đã trút hơi thở cuối cùng': who died is not who told of it)
  // (nor who came after: "… từ chức sau vụ Taliban tấn công …, đúng lúc Bộ trưởng Quốc phòng Mỹ Jim Mattis bất ngờ tới Kabul")
  if (type === 'other' && (DEATH_WORD.test(t.lemma) || /từ chức$/u.test(t.lemma))) chosen = chosen.filter((a) => a.end <= t.start && !REPORTED_BETWEEN.test(text.slice(a.end, t.start)));
  // (a vote held, a weapons test, a ruling: the voters', the state's, the court's, no one's of the clause; see impersonal-events.ts)
  // (talks held with people named are theirs: "Vòng đàm phán … giữa Ngoại trưởng Kerry và ông Zarif diễn ra …"; so is a coup told with whom it ousted)
  const kind = impersonalKind(t, type, text);
  // ("Canada trả tự do cho Giám đốc tài chính Huawei Mạnh Vãn Chu": whom it freed, after the word; "Mục sư … Andrew Brunson được thả": before it)
  // (named in its object: not "… bị bắt vì chụp ảnh dinh thự của ông Erdogan", nor "cho ông này", whom a pronoun may mistake)
  if (kind === 'release') chosen = chosen.filter((a) => (t.lemma.startsWith('được') ? a.end <= t.start : a.start >= t.end && !BARE_PRONOUN.test(a.text) && !RELEASED_OBJECT_END.test(text.slice(t.end, a.start))));
  const impersonal = (kind === 'talks' || kind === 'coup' || kind === 'release') && chosen.length ? null : kind;
  // ("Hội đồng Bảo an Liên Hợp Quốc thông qua Nghị quyết 2334 …, khi chính quyền Obama bỏ phiếu trắng": the body's decision, no one else's)
  // ("Nghị quyết 2254 mà Hội đồng Bảo an … thông qua": named first, then its body)
  const bodyAfter = /nghị quyết$/u.test(t.lemma) ? UN_BODY_AFTER.exec(text.slice(t.end, t.end + 100)) : null;
  const unResolution = /nghị quyết$/u.test(t.lemma) && (UN_BODY_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) || !!bodyAfter);
  // ("ông Condé … rồi tái đắc cử trong cuộc bầu cử ngày 18/10/2020": a vote told by who won it is theirs)
  const winner = impersonal === 'vote' ? chosen.find((a) => a.end <= t.start && WON_IN_BEFORE.test(text.slice(a.end, t.start))) : undefined;
  // ("Trong vòng bỏ phiếu quyết định …, bà Azoulay, 45 tuổi, nhận được 30 phiếu, trong khi … Al-Kawari giành 28 phiếu": those who got votes ran in it)
  const candidates = impersonal === 'vote' && !winner ? chosen.filter((a) => a.start > t.end && VOTES_GOT_AFTER.test(text.slice(a.end, a.end + 60))) : [];
  const participants = winner ? participantsOf([winner], text, t) : candidates.length ? participantsOf(candidates, text, t) : impersonal || unResolution ? [] : participantsOf(chosen, text, t);
  if (calledOff(t, type, text) || namedAsForum(t, text) || notDone(t, type, text)) return null;
  // ("Hôm 10/11, A đã gặp B …; chính tại cuộc gặp này, ông B giới thiệu C …": the meeting the sentence just told, named again)
  if (THIS_ONE_AFTER.test(text.slice(t.end, t.end + 12)) && c.triggers.some((x) => x !== t && x.type === type && x.end <= t.start)) return null;
  // ("… đã điện đàm với người đồng cấp Nga Sergei Shoigu, cuộc trao đổi đầu tiên giữa …": the call just told, ranked in apposition, is no meeting;
  // nor is "ông Putin tiếp ông Aliyev và ông Pashinyan tại Moskva, cuộc gặp đầu tiên giữa hai nhà lãnh đạo …" a second meeting)
  if (/^cuộc\s/u.test(t.lemma) && /,\s*$/u.test(text.slice(0, t.start)) && RANKED_AFTER.test(text.slice(t.end, t.end + 20)) && c.triggers.some((x) => x !== t && (x.type === 'call' ? type === 'meeting' : x.type === type && !TOLD_AS_NOUN_BEFORE.test(text.slice(0, x.start))) && x.end <= t.start)) return null;
  const joint = type === 'statement' && isJointStatement(t, text);
  // "Mỹ và Trung Quốc ra tuyên bố chung": made by countries, an event without people
  // "Arab Saudi, UAE, Bahrain và Ai Cập đồng loạt tuyên bố …": a decision declared by states or a ruling party
  // ("Nghị quyết 2254 mà Hội đồng Bảo an … thông qua": the body that adopted it, read as the subject of its verb)
  const adopting = bodyAfter ? adoptingVerb(t, bodyAfter) : null;
  // ("Bộ Ngoại giao Nga triệu Đại sứ Anh Deborah Bronnert": a body that summons an envoy is who acts)
  const envoysOnly = summons && participants.length > 0 && participants.every((p) => ENVOY.test(p.role ?? ''));
  const by = (!participants.length || envoysOnly) && !joint ? (adopting ? bodyAdopting(adopting, bodyAfter!, text) : declaredBy(t, text, c.previous)) : null;
  const byCountries = (joint && !participants.length && countriesAsParties(t, text)) || !!by;
  // "Theo tuyên bố chung, các bên …": the parties of the meeting just told (see joint-statement.ts)
  // ("Cuộc gặp diễn ra … hôm 1/11, với lễ đón trọng thể dành cho vị khách Colombia": the talks told, named by their guest alone)
  const anaphoric = (!participants.length && !byCountries && !impersonal && (refersBack(t, text) || joint)) || (participants.length === 1 && GUEST.test(text) && refersBack(t, text));
  if (!participants.length && type !== 'summit' && !anaphoric && !byCountries && !impersonal) return null;
  // ("Sau khi đón ông Morales ở thị trấn Chimoré, máy bay …": a welcome with no one welcoming is no meeting;
  // "Tổng thống Pháp Emmanuel Macron và phu nhân tại Paris, ngày 5/6.": a caption of one leader is none)
  if ((t.lemma === 'đón' || t.lemma === 'và') && participants.length < 2) return null;
  // ("… điện đàm với ông Tập và hai bên sẽ có cuộc gặp tại hội nghị G20 …": that summit is the plan's, not the call's)
  // ("Tổng thống Pháp François Hollande, đại diện nước chủ nhà của Hội nghị COP21, là người đầu tiên đặt bút ký": a summit told of the person)
  // ("… nhất trí gặp nhau tại New York trước thềm hội nghị APEC": a summit the event came ahead of is no occasion of it)
  // ("… tại TICAD V ở Yokohama …, và … tại Hội nghị thượng đỉnh Diễn đàn Hợp tác Trung Quốc - châu Phi (FOCAC) ở Johannesburg": a summit word names the summit right after it, not one told elsewhere in the sentence)
  const summit = summitsHere.find((x) => (!c.limit || (x.start >= c.limit.from && x.end <= c.limit.to)) && !ofPlanAfter(t, x, text) && (type !== 'summit' || !OTHER_SUMMIT_NAMED.test(text.slice(t.end, t.end + 80)) || (x.start >= t.start && x.start - t.end <= 80)) && !aboutAName(x, text, t.start) && !CHAIR_YEAR_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start)) && !AHEAD_OF.test(text.slice(Math.max(0, x.start - 40), x.start)) && !(x.start > t.end && DONE_ELSEWHERE.test(text.slice(t.end, x.start)))) ?? c.contextSummit ?? null;
  // (a resolution adopted by a body named after it is dated by that body's verb)
  const dated = adopting ?? t;
  const announced = announcedBy(dated, text);
  const reported = reportedOn(dated, text, c.dates);
  // ("… hội đàm với Tổng thống Zelensky và mời nhà lãnh đạo Ukraine dự Hội nghị thượng đỉnh G20 tại Bali vào tháng 11": the plan's date)
  let date = dateFor(dated, c.dates.filter((d) => !ownedByAttack(d, attacks, c.triggers, dated, text) && !announced(d) && (!ownedByLaterEvent(d, dated, c.triggers, text) || ofTalksFollowed(dated, d, text)) && !reported(d) && !ofPlanAfter(dated, d, text)), c.limit, c.shared, text);
  const atSummit = !!summit && heldAtSummit(summit, t, text);
  // ("… gặp nhau tại hội nghị thượng đỉnh BRICS ở Brasília hồi tháng 11/2019": the month told with the summit is all the text says of the day)
  if (summit && atSummit && !date && type !== 'summit') date = c.dates.find((d) => d.date?.precision === 'month' && !d.date.end && summit.startDate.startsWith(d.date.start))?.date ?? null;
  if (summit && atSummit) date = dateAtSummit(date, summit, text, type !== 'summit');
  date = spanOfEndedEvent(t, date, text);
  // ("Sáng 22/1, …, đúng một ngày sau khi Ngoại trưởng Nga Sergei Lavrov … nhóm họp tại Berlin": the day before the one told)
  const apart = type === 'attack' || c.limit ? null : dayCountedApart(t, c.dates, text);
  if (apart && date?.start === apart.from.start) date = apart.apart;
  // ("… Chính phủ của ông Sarraj ra đời từ thỏa thuận này, nhưng chưa bao giờ được quốc hội … ở thành phố Tobruk … phê chuẩn": one told before,
  // named again without its day; it adds nothing but the places of what the sentence goes on to say)
  if (!date && THIS_ONE_AFTER.test(text.slice(t.end, t.end + 12))) return null;
  // ("… điện đàm …, chỉ chưa đầy 10 ngày trước vòng đàm phán an ninh được chờ đợi tại Geneva": where what it came before is held)
  // ("Hội nghị Cấp cao ASEAN - Hàn Quốc": the partner a summit is named by is not where it was)
  const places = placesOfEvent(type, t, c.places, text).filter((p) => !ofPlanAfter(t, p, text) && !(p.start > t.end && OTHER_OCCASION_BETWEEN.test(text.slice(t.end, p.start))) && !(type === 'summit' && PARTNER_OF_SUMMIT.test(text.slice(Math.max(0, p.start - 60), p.start))));
  // "hội nghị thượng đỉnh Helsinki": a summit named by its city
  const named = type === 'summit' ? cityNamingSummit(t, text, places) : undefined;
  const inClause = named ? [{ ...named, locative: true }] : c.limit ? places.filter((p) => p.start >= c.limit!.from && p.end <= c.limit!.to) : places;
  let location = placeFor(text, t, inClause);
  // ("Thủ tướng Pakistan Nawaz Sharif, khi đó đang ở Zurich, Thụy Sĩ, để dự …, ra tuyên bố": where the speaker was, told aside)
  const away = !location && type === 'statement' ? WHERE_SPEAKER_WAS.exec(text.slice(0, t.start)) : null;
  if (away) location = inClause.find((p) => p.start === away.index + away[0].length)?.location ?? null;
  // ("… đã tới sân bay quốc tế Haneda, bắt đầu chuyến công tác Nhật Bản": a visit is to the country the trip is named by, not to the airport of no known city)
  if (type === 'visit' && location && / Airport$/u.test(location.name)) {
    const airport = inClause.find((p) => p.location === location);
    if (airport) location = inClause.find((p) => p.kind === 'country' && p.start > airport.end && TRIP_TO.test(text.slice(Math.max(0, p.start - 40), p.start)))?.location ?? location;
  }
  // ("ông chọn Nhật Bản làm điểm đến châu Á đầu tiên": the country chosen is where the trip went)
  if (type === 'visit' && t.lemma === 'chọn') location = c.places.find((p) => p.kind === 'country' && p.start > t.end && p.start - t.end <= 2)?.location ?? location;
  // "Quốc hội Iraq thông qua nghị quyết": a state's body acts at home (its capital); "Thổ Nhĩ Kỳ … triệu hồi đại sứ": a state, in its country
  // "Đại hội đồng Liên Hợp Quốc bầu …": the UN's bodies sit at its headquarters
  // (and a veto is cast in the Security Council: "Nga phủ quyết dự thảo nghị quyết …")
  if (!location && ((by && /^The UN (?:General Assembly|Security Council)$/u.test(by.en)) || (type === 'statement' && VETO_LEMMA.test(t.lemma)))) location = placeByName('UN Headquarters, New York');
  const spokeAt = by?.at ?? by?.where;
  if (!location && by && spokeAt !== undefined) {
    const named = c.places.find((p) => p.start === spokeAt);
    const country = named?.location ?? null;
    // (a country's body sits at its capital; a seat, "Nhà Trắng", or a capital, "Tokyo", is a place itself)
    location = (country?.country && !by.state && named?.kind === 'country' ? capitalOf(country.country) : null) ?? country;
  }
  // ("Taliban công bố lệnh ngừng bắn …": an armed group speaks in the country it fights in)
  if (!location && by?.home) location = countryLocation(by.home);
  // ("Tokyo đã đăng cai cuộc họp …": where the host named as its subject is)
  if (!location) {
    const host = HOST_BEFORE.exec(text.slice(0, t.start));
    const named = host ? c.places.find((p) => p.end === host.index && (p.kind === 'city' || p.kind === 'country')) : undefined;
    if (named) location = named.kind === 'country' ? capitalOf(named.location.country!) ?? named.location : named.location;
  }
  if (!location && impersonal && PLACED_WHEN_UNPLACED.has(impersonal)) location = impersonalPlace(impersonal, t, text, c.places);
  // (and held in the winner's country, when the sentence names no other)
  if (!location && winner && participants[0]?.country) location = countryLocation(participants[0].country);
  if (type === 'other' && COUP_WORD.test(t.lemma)) location = coupPlace(location, participants, impersonal === 'coup');
  if (!location) location = placeReferredTo(text.slice(c.limit?.from ?? 0, c.limit?.to ?? text.length), c.lastPlace, c.lastAttackPlace) ?? c.sidelinesPlace ?? null;
  // ("Hội nghị thượng đỉnh G20 lần thứ 13 … đã khai mạc cùng ngày": a known summit itself is held in its host city, not in another country told of)
  const onItsDays = !!summit && !!date && date.start >= summit.startDate && date.start <= summit.endDate;
  const elsewhere = type === 'summit' && onItsDays && !!location && !!summit?.country && location.country !== summit.country;
  if (summit?.city && atSummit) location = placeAtSummit(elsewhere ? null : location, summit, summit.city, places);
  // "Hội nghị thượng đỉnh châu Mỹ, do Tổng thống Panama Juan Carlos Varela chủ trì …": held in the chair's country
  if (type === 'summit' && !summit && !location) location = chairsCountry(text.slice(t.end));
  if (type === 'summit' && !location) location = hostOfSummit(t, text, c.places);
  // ("… với sự tham dự của Tổng thống nước chủ nhà Serdar Berdimuhamedow, …": in the host's country (not always at its capital: Busan, Sanya))
  const host = type === 'summit' && !location ? chosen.find((a) => a.start > t.end && HOST_NAMED_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start))) : undefined;
  if (host?.person.country) location = countryLocation(host.person.country);
  // (a test is placed in the state that conducted it, not where it is talked of)
  if (impersonal === 'test') location = impersonalPlace(impersonal, t, text, c.places);
  // ("Tuyên bố Tunis được thông qua hôm 28/8": a text adopted where the occasion just told was held)
  if (impersonal === 'text' && !location) location = impersonalPlace(impersonal, t, text, c.places, c.lastPlace);
  // (talks named by no one and held nowhere told are no timeline's, unless held online: "Vòng đối thoại đầu tiên diễn ra trực tuyến hôm 11/6")
  if (impersonal === 'talks' && !location && !HELD_ONLINE_AFTER.test(text.slice(t.end, t.end + 60))) return null;
  // (nor is a release by no one named, of no one named, nowhere, nor a truce)
  if (impersonal && NOWHERE_NONE.has(impersonal) && !location) return null;
  // ("người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh bày tỏ …": a ministry's spokesperson speaks in its capital)
  // ("Ngay sau khi tới Yerevan, Giáo hoàng hội kiến Tổng thống Armenia … tại phủ tổng thống": in the city just reached)
  const arrived = !location && type === 'meeting' ? ARRIVED_OPENING.exec(text) : null;
  if (arrived) location = c.places.find((p) => p.start >= arrived[0].length - arrived[1].length - 1 && p.end <= arrived[0].length && p.kind === 'city')?.location ?? null;
  const spokesperson = type === 'statement' && !location && participants.length === 1 ? participants[0] : null;
  if (spokesperson?.role === 'Spokesperson' && spokesperson.country) location = capitalOf(spokesperson.country);
  // ("Thứ trưởng Ngoại giao Trung Quốc Lạc Ngọc Thành hôm nay triệu Đại sứ Mỹ …": an envoy is summoned to the summoner's capital)
  const summoner = summons && !location ? chosen.find((a) => a.end <= t.start)?.person : undefined;
  if (summoner?.country) location = capitalOf(summoner.country);
  // A summit that is not a known one ("hội nghị thượng đỉnh Mỹ - Triều") is an event where it took
  // place, or between the leaders it names ("cuộc họp thượng đỉnh trực tuyến … với A, B và C").
  // (one held online, "Hội nghị thượng đỉnh trực tuyến ngày 19/6", took place nowhere and is an event on its day)
  const online = type === 'summit' && date?.precision === 'day' && heldOnline(t, text);
  // ("Ngày 21/11, Tổng thống Obama dự Hội nghị cấp cao ASEAN - Mỹ": one leader attending on a stated day is enough)
  // ("Sáng 26/11, Hội nghị Cấp cao đặc biệt … diễn ra tại …, với sự tham dự của lãnh đạo 10 nước ASEAN và chủ nhà Moon Jae-in": held, with its host named)
  const attended = ATTENDED_BY.test(text.slice(t.end));
  if (type === 'summit' && !summit && !location && !online && (participants.length < (date?.precision === 'day' && !date.end && !date.borrowed ? 1 : 2) || (!HELD_BY.test(text.slice(Math.max(0, t.start - 48), t.start)) && !attended && !(participants.length > 1 && SUMMIT_MEETING.test(text.slice(Math.max(0, t.start - 20), t.start)))))) return null;
  // What was said, when the sentence says who said it right before the verb ("Erdogan cam kết …"); a
  // speech ("Trong bài phát biểu …, Hollande khẳng định …") says it with the verb after its speaker.
  let content: ReturnType<typeof statementContent> = null;
  if (type === 'statement' && !joint) {
    const speech = t.lemma === 'phát biểu' ? c.triggers.find((x) => x.type === 'statement' && x.start > t.end && subjectOf(x, chosen, text).length) : undefined;
    const verb = speech ?? t;
    if (subjectOf(verb, chosen, text).length) content = statementContent(text, verb.end, verb.lemma.replace(/^ra /u, ''), c.headline ?? null);
  }
  // ("mối quan hệ do Chủ tịch Hồ Chí Minh và Tổng thống Sukarno dày công vun đắp": founders named, not present)
  const living = participants.filter((p) => !diedBefore(p.name, date?.start));
  if (participants.length && !living.length) return null;
  return {
    // ("Việt Nam được Đại hội đồng Liên Hợp Quốc bầu làm Ủy viên không thường trực …": a UN body's election of a member, no statement)
    // (nor is a resolution it adopts: a decision, as every annotator of such articles had it)
    // ("Hôm 16/9, ông dự lễ duyệt binh kỷ niệm Ngày Độc lập của Mexico cùng ông López Obrador": a foreign guest at a parade came on a visit)
    type: (t.lemma === 'bầu' && by) || (unResolution && by) ? 'other' : type === 'other' && PARADE.test(t.lemma) && living.some((p) => p.country && location?.country && p.country !== location.country) ? 'visit' : type,
    lemma: joint ? JOINT_LEMMA : content?.lemma ?? t.lemma,
    said: content?.said ?? null,
    ...(by ? { by } : {}),
    date,
    participants: living,
    location,
    summit: summit ? { series: summit.series, year: summit.year, city: summit.city, start: summit.startDate } : null,
    ...(atSummit ? { atSummit } : {}),
    ...base,
    anaphoric,
  };
}

/**
 * Where a coup was: the country of the leader it ousted, when the sentence places it nowhere
 * ("quân đội lật đổ Tổng thống Omar al-Bashir ngày 11.4.2019"); one told as a noun is the
 * country's, wherever in it the sentence says ("ở thủ đô Khartoum phản đối cuộc đảo chính hôm 25.10").
 */
function coupPlace(location: EventLocation | null, participants: Participant[], noun: boolean): EventLocation | null {
  if (!location) {
    const ousted = participants.find((p) => p.country?.length === 2)?.country;
    return ousted ? countryLocation(ousted) : null;
  }
  return noun && location.country?.length === 2 ? countryLocation(location.country) : location;
}
