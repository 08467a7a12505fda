/**
 * Sentences → event mentions. A mention needs an event word (trigger) and, to stand on its
 * own, a date its sentence gives: an explicit one, one anchored on the previous event ("Cùng
 * ngày", "Vài giờ trước đó", "Chỉ hai ngày sau"), the dates of a known summit it happened at,
 * or the date of an event the sentence refers to ("Sau cuộc điện đàm với ông Putin, …", "Ông
 * cũng đã điện đàm …" in the same paragraph, "Tại Beirut, …", "Bên lề hội nghị, …"). A sentence
 * may tell several events ("A hội kiến B và hội đàm với C"; a noun phrase "chuyến thăm … của X
 * hồi tháng 5"; a trailing "sau cuộc hội đàm với X ngày …"; "gặp Thủ tướng A và Chủ tịch Quốc
 * hội B"; "ba lần gặp: tại X hồi tháng 5, tại Y hồi tháng 9"; a joint statement made at the
 * meeting it tells), each with its own people, date and place. Events called off, planned or
 * ahead are none. A mention without a date otherwise does not inherit one; it can only add
 * itself as a source to a dated event with the same people (or, for "Tại cuộc hội đàm…", "Cuộc
 * hội đàm bắt đầu lúc …", the event just told), here or at merge.
 *
 * This file is the order of reading; each rule lives with its concern: `event-mention.ts` (one
 * event from its word), `event-date.ts`, `event-place.ts`, `event-participants.ts`,
 * `event-summit.ts`, `attack-event.ts`, `attackers.ts` (who carried an attack out),
 * `referred-event.ts` (what a sentence refers back to), `joint-statement.ts`,
 * `listed-occasions.ts`, `meetings-apart.ts` and `sentence-roles.ts`.
 */
import type { EventLocation, Participant } from '../events-schema.js';
import { attackersNamed } from './attackers.js';
import { ANOTHER_ATTACK, ATTACK_BY_ORDER, attackMention, attacksApart, incidentTrigger, reactionToAttack, reactionToTest, THAT_VERY_DAY, victimsOf } from './attack-event.js';
import { findCountries } from './countries.js';
import { closingDay } from './statement-content.js';
import { aboutAName, dayBeforeOrAfter, moreDays, notWhen, ofPersonAfter } from './event-date.js';
import { FIRST_SET_WORDS, mentionFor, withContext, wordAt, type EventMention, type SentenceContext } from './event-mention.js';
import { unnamedSummit } from './event-summit.js';
import { COUP_WORD, findTriggers, LAUNCH_WORD, MESSAGE_LEMMA, PRESS_ANSWER, WEAPON_TEST, type Trigger } from './event-type.js';
import { participantsOf, toParticipant, whoseStatementEnds } from './event-participants.js';
import { hostsOfSummitTold, sessionAttendeesIn, summitHostsIn, withHostCountryHeads, withSessionAttendees, withSummitHosts } from './summit-host.js';
import { ARRIVAL, EVENING_ARRIVAL, SIGNING, WELCOME_TOLD, afterTalksDay, signingDay, welcomeDay } from './visit-days.js';
import { ArticlePeople, FLASHBACK_OPENER, leaderNamed, personKey, termOn, type PersonMention } from './people.js';
import { isJointStatement, resolveJointStatement } from './joint-statement.js';
import { listedOccasions } from './listed-occasions.js';
import { meetingsApart } from './meetings-apart.js';
import { isQuoted } from './quotes.js';
import { countryLocation, findPlaces, type PlaceMention } from './places.js';
import { TO_THE_SCENE, cityOf, placeSpokenAt } from './event-place.js';
import { HOURS_FROM_OCCASION, referredDate, resolveBackReference, sidelinesPlace, speechJustTold, tributeDate, wantsReferredDate } from './referred-event.js';
import { clauseEvent, coordinatedSegments, frontedClause, isObject, mainAfter, nounPhraseEvents, PASSIVE_TURN, pickTrigger, rankTriggers, subjectOf, TRIP_ON } from './sentence-roles.js';
import type { Sentence } from './sentences.js';
import { expressionsBySentence, findDates, findSummits, toldDay, type DatedSpan, type ResolvedDate, type SummitMention } from './temporal.js';
import { isoAddDays, isoDayNumber, toIso } from './resolve-date.js';
import { findWeekdayDates } from './weekday-dates.js';
import { countOf, HOURS_LATER, LOOK_BACK_OPENER, NEXT_DAY_OPENER } from './time-expressions.js';
import { COUNTS_THE_LAST } from './no-new-event.js';
import { ToldBefore } from './told-before.js';
import { allMatches } from './word-chars.js';
import type { Summit } from './summits.js';

export type { EventMention } from './event-mention.js';

/** How far into its sentence a date told of a year gone by is no more the day a story goes on from. */
const FRONTED = 25;
/** How long before the article a day must be to be a look back when told in passing. */
const HALF_A_YEAR = 183;
/** An anchor dated in full to a year before the article's, half a year or more back, told mid-sentence. */
function inPassing(anchor: ResolvedDate, dates: DatedSpan[], published: string | null): boolean {
  if (published?.length !== 10 || anchor.precision !== 'day' || anchor.yearInferred || anchor.anchoring !== 'absolute' || anchor.start.slice(0, 4) >= published.slice(0, 4)) return false;
  if (isoDayNumber(published) - isoDayNumber(anchor.start) < HALF_A_YEAR) return false;
  const told = dates.find((d) => d.date?.start === anchor.start);
  return !!told && told.start > FRONTED;
}

/** A sentence opening on its day: "Sang ngày 4/4, …", "Tối 5/4, …", "Chiều Chủ nhật 5/7, …", "Rạng sáng thứ Bảy (23/3), …". */
const DAY_OPENING = /^(?:(?:Sang|Đến|Tới|Vào)\s+)?(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Rr]ạng sáng)\s+)?(?:(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật)\s+)?(?:(?:[Nn]gày|[Hh]ôm)\s+)?\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\)?\s*,/u;
/** How many paragraphs after an attack was named "Vụ việc xảy ra …" opening a paragraph may still tell it. */
const INCIDENT_PARAGRAPHS = 3;
/** "vụ bê bối", "vụ kiện": another case named, which a later "Vụ việc" may be. */
const OTHER_CASE = /(?:^|\s)[Vv]ụ\s+(?!việc)\p{L}/u;
/** Words of events too slight to count "Cùng ngày" from: an arrival ("đến sân bay Nội Bài tối 18/10"). */
// (and a taking office told in passing, "Tổng thống Rodrigo Duterte, nhậm chức hôm 30.6, …": no day the story goes on from)
const WEAK = new Set(['tới', 'đến', 'đã tới', 'đã đến', 'vừa tới', 'vừa đến', 'đến tới', 'nhậm chức']);
/** "chỉ một ngày sau khi …" right before an event word, in its clause: that event came so many days before. */
const DAYS_AFTER_CLAUSE = /(?:^|\s)(?:chỉ\s+|đúng\s+|chưa đầy\s+)?(một|hai|ba|bốn|năm|sáu|bảy|\d{1,2})\s+ngày\s+sau\s+khi\s+[^,.;]*$/u;
/** "Hội nghị Bộ trưởng "Trái tim châu Á"", "Hội nghị Munich": a conference named by its own name. */
const NAMED_CONFERENCE = /(?:^|\s)[Hh]ội nghị\s+(?:(?:Bộ trưởng|Ngoại trưởng|cấp cao|quốc tế)\s+)?(?:["“]|\p{Lu})/u;
/** A sentence about an attack: "Thảm kịch ở Paris …", "Vụ tấn công …". */
const ATTACK_SUBJECT = /^(?:[^,.;]{0,30},\s*)?(?:[Tt]hảm kịch|[Vv]ụ (?:tấn công|xả súng|đánh bom|khủng bố|thảm sát)|[Cc]ác vụ (?:tấn công|xả súng|đánh bom))/u;
/** ", trước khi …" after an event word: a clause of what came next, with people of its own. */
const LATER_CLAUSE = /,\s+trước khi\s/u;
/** ", trước khi " right before talks: the talks that came next (see {@link coordinatedSegments}). */
const TALKS_NEXT = /,\s+trước khi\s+$/u;
/** ", trước khi tới Doha " right before talks: talks somewhere else next, after talks told before. */
const TALKS_ELSEWHERE_NEXT = new RegExp(String.raw`,\s+trước khi\s+${TRIP_ON}$`, 'u');
/** "…, trước khi tới Việt Nam": a clause telling what came next, mid-sentence. */
const BEFORE_CLAUSE = /\S\s+trước khi\s+(?:(?:đã|sẽ|lên đường|bay|sang|tiếp tục)\s+)*(?:(?:bay|sang|tới|đến|vào|ra)\s+(?:thẳng\s+)?(?:sang|tới|đến)?\s*\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)*\s+(?:(?:để\s+)?(?:dự|tham dự)\s+)?)?$/u;
/** A summit series' name ("APEC", "G20", "Hội nghị thượng đỉnh NATO"), up to the end of its clause. */
const SERIES_NAMED = /^[^,.;]*?(?<![\p{L}\d])(?:G-?20|G-?7|APEC|ASEAN|NATO|BRICS|SCO|COP\s?\d+|EAS)(?![\p{L}\d])/u;
/** How much may follow a summit's name in an aside that only places the event told ("… ở Hamburg, Đức."). */
const ASIDE_TAIL = 30;
/** ", ngay sau ", ", chỉ sau " right before a summit: an aside placing what was told after it. */
const RIGHT_AFTER_ASIDE = /,\s+(?:ngay|chỉ)\s+(?:sau|trước)\s+(?:thềm\s+)?$/u;
/** "… phát biểu trước Liên minh châu Phi, kết thúc chuyến công du …": a trailing clause that ends the trip, framing what was told. */
const ENDING_CLAUSE = /\S,\s+(?:qua đó\s+)?(?:khép lại|kết thúc)\s+(?:chuyến|chặng)\s+$/u;
/**
 * "… với ông A hôm 26/4 và với ông B hôm 7/5", "tiếp A hôm 2/11 và B ngày 3/11": the stretch of
 * each counterpart of meetings apart, from its name to the next one's, when every stretch has a
 * date of its own (null when not: the meetings share the sentence's date).
 */
function daysApart(apart: PersonMention[][], to: number, dates: DatedSpan[]): { from: number; to: number }[] | null {
  const each = apart.map((people, i) => ({ from: people[people.length - 1].start, to: apart[i + 1]?.[apart[i + 1].length - 1].start ?? to }));
  return each.every((seg) => dates.some((d) => d.date && d.start >= seg.from && d.end <= seg.to)) ? each : null;
}

/**
 * Is `t` the event of a mid-sentence "trước khi …" clause or of a short aside placing the event
 * told after a known summit ("…, ngay sau Tuần lễ Cấp cao APEC ở Đà Nẵng."), either without a
 * date of its own, or of a trailing clause that ends a trip?
 */
function laterAside(t: Trigger, text: string, dates: DatedSpan[], words: readonly Trigger[]): boolean {
  if (t.type === 'visit' && ENDING_CLAUSE.test(text.slice(Math.max(0, t.start - 30), t.start))) return true;
  // (a summit of a known series, whose days are known without it; not one told with its host, "hội nghị thượng đỉnh Trung - Nhật - Hàn … do Thủ tướng … chủ trì",
  // nor one the sentence goes on to tell of, "ngay sau hội nghị thượng đỉnh NATO kéo dài hai ngày tại Brussels, nơi ông gây sức ép …")
  const summitAside = t.type === 'summit' && RIGHT_AFTER_ASIDE.test(text.slice(Math.max(0, t.start - 20), t.start)) && SERIES_NAMED.test(text.slice(t.start, t.start + 60)) && text.length - t.end <= ASIDE_TAIL;
  if (!summitAside && (t.type === 'attack' || !BEFORE_CLAUSE.test(text.slice(Math.max(0, t.start - 40), t.start)))) return false;
  // ("ông được Tổng thống Ai Cập … tiếp, trước khi hội đàm với người đồng cấp Sameh Shoukry": talks next, on the same stay, are an event told)
  if (t.type === 'meeting' && TALKS_NEXT.test(text.slice(Math.max(0, t.start - 16), t.start))) return false;
  // ("… gặp riêng hai ông Ghani và Abdullah …, trước khi tới Doha hội đàm với phó thủ lĩnh Taliban …": one round of talks, then another)
  if (t.type === 'meeting' && words.some((x) => x.type === 'meeting' && x.end <= t.start) && TALKS_ELSEWHERE_NEXT.test(text.slice(Math.max(0, t.start - 50), t.start))) return false;
  const end = /[,;.]/u.exec(text.slice(t.end))?.index ?? text.length;
  return !dates.some((d) => d.date && d.start >= t.end && d.start <= t.end + end);
}
/** "Cùng ngày ông Macron đến Moscow, …", "Cũng trong ngày diễn ra thượng đỉnh Tehran, …": a fronted clause naming the event whose day it is. */
const SAME_DAY_AS_CLAUSE = /^(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+)?(?:(?:[Cc]ũng\s+)?(?:trong\s+)?[Cc]ùng ngày|(?:Cũng\s+trong|Trong)\s+ngày(?=\s+diễn ra\s))(?:\s+(?:mà|khi))?\s+(?!(?:hôm|đó|này)(?!\p{L}))[^,.;:]{4,70},\s/u;
/** "Trong cuộc phỏng vấn … cùng ngày diễn ra hội nghị ở Accra, ": a fronted clause naming, after its own words, the event whose day it is. */
const SAME_DAY_AS_WITHIN = /^[^,.;:]{3,80}?\s((?:trong\s+)?cùng ngày\s+((?:diễn ra|với)\s+[^,.;:]{4,70})),\s/u;
/** Where a sentence names another event only for its day ("Cùng ngày ông Macron đến Moscow, ", "… cùng ngày diễn ra hội nghị ở Accra, "), or null. */
function sameDayClause(text: string): { from: number; to: number } | null {
  const fronted = SAME_DAY_AS_CLAUSE.exec(text);
  // (not the place of the day's event itself: "Tối cùng ngày tại Công viên Tưởng niệm hòa bình Hiroshima, ông tuyên bố …")
  if (fronted && !/ngày\s+(?:tại|ở)\s/u.test(fronted[0])) return { from: 0, to: fronted[0].length };
  return sameDayWithin(text);
}
/** Where a fronted clause names, after its own words, the event whose day it is ("… cùng ngày diễn ra hội nghị ở Accra, "), and what it names. */
function sameDayWithin(text: string): { from: number; to: number; named: string } | null {
  const m = SAME_DAY_AS_WITHIN.exec(text);
  return m ? { from: m[0].length - 2 - m[1].length, to: m[0].length, named: m[2] } : null;
}
/** " vào thời điểm …", " trong bối cảnh …" after "xảy ra": the time something happened in, told by what else went on. */
const IN_BACKGROUND = /^\s+(?:vào|trong|giữa)\s+(?:thời điểm|bối cảnh|lúc)(?!\p{L})/u;
/** "Thỏa thuận đạt được sau …", "Lệnh ngừng bắn được ký …": an agreement restated as the subject, without a day of its own. */
const DEAL_AGAIN = /^(?:Thỏa thuận|Hiệp định|Lệnh ngừng bắn)(?:\s+(?:này|trên|đó|ngừng bắn))?\s+(?:đã\s+)?(?:được\s+)?(?:đạt được|ký kết|ký)(?!\p{L})/u;
/** "Trong lúc hai nhà lãnh đạo hội đàm, ", "Đúng lúc …, ": a fronted clause telling what went on at the time. */
const WHILE_CLAUSE = /^(?:Trong lúc|Đúng lúc|Cùng lúc)\s+(?!(?:đó|này)(?!\p{L}))[^,.;:]{4,80},\s/u;
/** "ngay sau vụ việc", "ngay sau vụ tấn công", "Ngay sau vụ phóng": right after the attack (or launch) just told. */
const RIGHT_AFTER_INCIDENT = /(?:^|\s)(?:[Nn]gay|[Ll]iền|[Cc]hỉ vài giờ)\s+sau\s+(?:khi\s+xảy ra\s+)?(?:vụ việc|sự việc|vụ tấn công|vụ nổ|vụ đánh bom|vụ xả súng|vụ phóng(?:\s+tên lửa)?|vụ thử)(?!\p{L})/u;
/** "Ngay sau thông báo của phía Anh,": a sentence opening right after an announcement told. */
// ("Ngay sau khi ICJ công bố quyết định, …": by whom, in a word, and a decision made public)
const RIGHT_AFTER_ANNOUNCEMENT = /^(?:Ngay|Liền|Chỉ vài giờ)\s+sau\s+(?:khi\s+(?:\p{Lu}[^\s,.;]*\s+|có\s+)?)?(?:thông báo|tuyên bố|công bố)(?:\s+(quyết định|phán quyết))?(?!\p{L})/u;
/** A sentence that tells an announcement: "… lần đầu thông báo họ tin rằng …". */
const ANNOUNCED = /(?:^|\s)(?:thông báo|tuyên bố|công bố)(?!\p{L})/u;
/** "Ngay sau cuộc bỏ phiếu,": a sentence opening right after a vote told. */
const RIGHT_AFTER_VOTE = /^(?:Ngay|Liền|Chỉ vài giờ)\s+sau\s+(?:khi\s+)?(?:cuộc|kết quả|phiên)\s+bỏ phiếu(?!\p{L})/u;
/** A sentence that tells a vote: "… kế hoạch được thông qua …", "… bỏ phiếu chống". */
const VOTED = /(?:^|\s)(?:bỏ phiếu|thông qua)(?!\p{L})/u;
/** A sentence that tells a decision or an order: "Tòa án Công lý Quốc tế (ICJ) hôm qua (18/5) ra lệnh Pakistan …". */
const DECIDED = /(?:^|\s)(?:ra lệnh|ra phán quyết|phán quyết|quyết định)(?!\p{L})/u;
/** "Trước khi lên máy bay, …", "Trước khi rời Sydney, …": what one did before the departure the story told. */
const BEFORE_LEAVING_OPENING = /^(?:Ngay\s+)?Trước khi\s+(?:lên máy bay|rời|lên đường|về nước|khởi hành|kết thúc chuyến)[^,.;]{0,40},\s/u;
/** "rời Sydney", "lên đường về nước": a departure told. */
const DEPARTED = /(?:^|\s)(?:rời|lên đường|khởi hành|về nước)(?!\p{L})/u;
/** "Vụ tấn công ở Hadera diễn ra đúng lúc ": an event told before, named as the subject, then "at the time when". */
const HAPPENED_WHILE = /^(?:Vụ|Cuộc)\s+[^,.;:]{2,60}?\s(?:diễn ra|xảy ra)\s+(?:đúng|ngay|cùng)\s+(?:lúc|khi|thời điểm)\s+/u;
/** "ở Hadera", "tại Bnei Brak": a place named after its preposition, by capitals, known or not. */
const NAMED_AT = /(?:^|\s)(?:ở|tại)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/gu;
/** "Lần gần nhất …", "Lần trước …": a sentence that looks back to an earlier occasion. */
const LOOK_BACK_OPENING = new RegExp(`^${LOOK_BACK_OPENER}`, 'u');
/**
 * "Hai ông từng ngồi chung bàn … hôm 29-6", "Hôm 25/12 năm ngoái, ông Modi từng bất ngờ ghé Lahore":
 * a subject who had once done so, a look back too (not "từng bước", "từng người").
 */
const ONCE_BEFORE = /^(?:[^,.;:]{0,30},\s*)?[^,.;:]{0,40}?\s(?:đã\s+)?từng\s+(?!bước|người|nước|quốc gia|lúc|ngày|giai đoạn|thời kỳ|là|có)\p{L}/u;
/**
 * Occasions a fronted clause may tell with their day, whose people the main clause names: a visit
 * ("Trong chuyến thăm … tháng 11-2017, …", its subject) and a summit ("Tại hội nghị ba bên sáng 24-12, …", its leaders).
 */
const FRONTED_OCCASIONS: { re: RegExp; type: Trigger['type']; fewest: number; who: (people: PersonMention[]) => PersonMention[] }[] = [
  { re: /^Trong\s+(?:chuyến thăm|chuyến công du)\s[^,;]*,\s/u, type: 'visit', fewest: 1, who: (people) => people.slice(0, 1) },
  { re: /^(?:Tại|Trong)\s+(?:[Hh]ội nghị|[Tt]hượng đỉnh)\s[^,;]*,\s/u, type: 'summit', fewest: 2, who: (people) => people },
];
/** "Phát ngôn của ông Erdogan được đưa ra một ngày sau khi ": a statement just told, then so many days from the event the clause tells. */
const DAYS_FROM_SAID = /^(?:Phát ngôn|Phát biểu|Tuyên bố|Lời kêu gọi|Thông báo)(?:\s+(?:này|đó|trên))?(?:\s+của\s+[^,.;]{2,40}?)?\s+(?:được\s+)?(?:đưa ra|công bố|phát đi)\s+(?:chỉ\s+|đúng\s+)?(một|hai|ba|bốn|năm|sáu|bảy|\d{1,2})\s+ngày\s+(sau|trước)\s+khi\s/u;
/** "Một giờ trước thời khắc Brexit,": a sentence opening hours before the moment the story is about. */
const HOURS_BEFORE_MOMENT = /^(?:Chỉ\s+)?(?:[Vv]ài|[Mm]ấy|[Mm]ột|[Hh]ai|[Bb]a|\d{1,2})\s+(?:giờ|tiếng|phút)\s+trước\s+(?:thời khắc|thời điểm)\s[^,.;]{1,60},/u;
/** "Vài giờ trước đó, …", "Ít phút sau, …": a sentence opening hours apart from the time just told, the same day. */
const HOURS_APART_OPENING = /^(?:Chỉ\s+)?(?:[Vv]ài|[Mm]ấy|[Íí]t|\d{1,2})\s+(?:giờ|tiếng|phút)\s+(?:trước|sau)(?:\s+đó)?[\s,]/u;
/** "Trước khi tới Điện Kremlin, ": a sentence opening on the place someone went on to. */
const BEFORE_GOING_OPENING = /^(?:Ngay\s+)?Trước khi\s+(?:tới|đến|vào|sang|bước vào)\s+[^,.;]{2,40},\s/u;
/** "Vài giờ sau khi hạ cánh, …", "Ngay sau khi tới nơi, …": a sentence opening just after an arrival. */
const AFTER_LANDING = /^(?:(?:Chỉ\s+)?(?:[Vv]ài|[Mm]ấy|[Hh]ai|[Bb]a|\d+)\s+(?:giờ|tiếng)\s+sau\s+khi|(?:Ngay|Không lâu|Ít lâu)\s+sau\s+khi)\s+(?:[^\s,]+\s+){0,3}?(?:hạ cánh|đặt chân|đến nơi|tới nơi)(?!\p{L})/u;
/** A sentence opening on the next day: "Hôm sau, …", "Một ngày sau, …". */
const NEXT_DAY_OPENING = new RegExp(String.raw`^${NEXT_DAY_OPENER}[\s,]`, 'u');
/** "Hôm nay", "hôm nay": today, as a speaker says it. */
const QUOTED_TODAY = /^[Hh]ôm nay$/u;
/** "Cùng ngày", "Cùng tối đó", "Chiều cùng ngày", "Ngay trong ngày": a sentence opening on the time just told. */
/** "ngay trong tối cùng ngày", "vào chiều cùng ngày" further on in a sentence: the same day as the one just told. */
const SAME_TIME_LATER = /\s(?:ngay\s+)?(?:trong|vào)\s+(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?cùng ngày(?!\p{L})/u;
const SAME_TIME_OPENING = /^(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+cùng ngày|(?:Cùng|Cũng(?:\s+trong)?|Trong cùng)\s+(?:ngày|sáng|trưa|chiều|tối|đêm)(?:\s+(?:đó|hôm đó))?|Ngay trong ngày(?:\s+(?:đó|hôm đó))?)[\s,]/u;
/** A sentence opening on "Cùng ngày", "Chiều cùng ngày": the day of the story just told. */
const SAME_DAY = /^(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+cùng ngày|Cùng ngày)[\s,]/u;
/** A session named by "tham vấn" or "họp", and a sentence that told one. */
const SESSION_NAMES = /^(?:tham vấn|họp)$/u;
const SESSION_TOLD = /(?:[Cc]uộc|[Pp]hiên)\s+(?:họp|tham vấn)(?!\s+báo)/u;
/** "Sáng cùng ngày", "Chiều cùng ngày": a time of the same day before its evening. */
const DAYTIME_SAME_DAY = /^(?:Sáng|Trưa|Chiều)\s+cùng ngày[\s,]/u;
/** "Hai nhà lãnh đạo sau đó hội đàm …": a subject of a few words, then "sau đó". */
const THEN = /^[^,;:.]{2,60}?\ssau đó\s/u;
/** "… nhanh chóng bị phá vỡ ngay trong cuộc gặp với …": what went on right in an occasion, of the day just told. */
const RIGHT_IN_OCCASION = /^(?:(?:Tuy nhiên|Nhưng|Song)\s*,\s*)?[^,;:.]{2,80}?\sngay\s+(?:trong|tại)\s+(?:cuộc|buổi)\s+(?:gặp|hội đàm|hội kiến|tiếp|điện đàm)(?!\p{L})/u;
/** "Khi đó", "Lúc đó": the words of the time just told (regex source). */
const THAT_TIME_WORDS = String.raw`Khi đó|Lúc đó|Ngay lúc đó|Vào thời điểm đó|Thời điểm đó`;
/** "Khi đó, ông Trump công bố …": at the time just told, that day; "Trong bài phát biểu dài khoảng 20 phút, ông Macron …": the speech at the occasion just told ("Trong cuộc điện đàm kéo dài khoảng 20 phút, …": the call just told). */
const AT_THAT_TIME = new RegExp(String.raw`^(?:${THAT_TIME_WORDS}|Trong (?:bài phát biểu|bài diễn văn|diễn văn|phát biểu|cuộc điện đàm|cuộc hội đàm|cuộc gặp)(?! (?:hôm|ngày|tối|sáng|chiều|trưa|tại|ở|trước|với|giữa))[^,.;]{0,40}),\s`, 'u');
/** "Khi đó, ", "Lúc đó, ": the time just told, not a speech or a call named. */
const THAT_TIME = new RegExp(`^(?:${THAT_TIME_WORDS}),`, 'u');
/**
 * "Bên lề sự kiện, …": on the sidelines of the occasion just told, that day (a summit's own name or days, when known,
 * come first); so is its highlight ("Điểm nhấn của hội nghị là việc … đặt bút ký …") and what was also done at it
 * ("Cũng tại diễn đàn này, …", "Cũng trong buổi lễ đó, …").
 */
const SIDELINES_OF_IT = /^(?:Bên lề (?:sự kiện|diễn đàn|lễ khai mạc)(?:\s+(?:này|trên|đó))?,\s|Cũng\s+(?:tại|trong)\s+(?:diễn đàn|hội nghị|sự kiện|buổi lễ|lễ|cuộc họp|phiên họp|hội thảo|buổi họp báo|cuộc họp báo)\s+(?:này|đó|trên)\s*,|Điểm nhấn (?:của|tại) (?:hội nghị|sự kiện|diễn đàn|chuyến thăm|chuyến đi)(?:\s+(?:này|lần này|năm nay))?\s+là\s)/u;
/** "Tổng thống Hassan Rouhani cũng khẳng định …": another subject doing the same, then (not "cũng từng", ever). */
const ALSO = /^[^,;:.]{2,60}?\scũng\s(?!(?:đã\s+)?từng|thường|sẽ|sắp|có thể|muốn|là|không|chưa|như)/u;
/** "Trong khi đó, Bộ Ngoại giao Nga gọi …": meanwhile, a reaction told after the day just told (statements only: "trong khi đó" also sets things side by side). */
const MEANWHILE = /^Trong khi đó,\s/u;
const meanwhileSaid = (text: string, words: readonly Trigger[]) => {
  const m = MEANWHILE.exec(text);
  return m && words.length && words.every((t) => t.type === 'statement') ? m : null;
};
/** "Ông cho biết đã điện đàm với …", "Ông Lavrov cho biết đã nhận cuộc gọi từ …", "Ông Kerry nói ông đã trực tiếp điện đàm với …": what the speaker just told says was done, that day or just before. */
const REPORTED_DONE = /^(?:Ông|Bà)\s+(?:cũng\s+)?(?:cho biết|nói|tiết lộ)\s+(?:(?:ông|bà)\s+)?(?:đã|vừa)\s|^[^,.;:"“]{2,80}?\s(?:cũng\s+)?(?:cho biết|nói|tiết lộ)\s+(?:(?:ông|bà)\s+)?(?:đã|vừa)\s+(?:trực tiếp\s+)?(?:có cuộc\s+)?(?:điện đàm|nhận cuộc gọi|nhận được cuộc gọi|gọi điện)\s/u;
/** "Đặt chân tới Shima, …", "Ngay khi tới Bắc Kinh, …": on arrival, told before. */
// ("Ngay sau khi ông đặt chân tới New Delhi, …": the arrival's subject may be named)
const ARRIVED_OPENING = /^(?:Vừa\s+|(?:Ngay khi|Ngay sau khi)\s+(?:(?:ông|bà|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})\s+)?(?:vừa\s+)?)?(?:đặt chân|tới|đến)\s+(?:tới\s+|đến\s+|xuống\s+)?[^,.;]{2,40},\s/iu;
/** ", bắt đầu chuyến thăm": a visit begun, on the day of the arrival told with it. */
const BEGAN_VISIT = /bắt đầu\s+chuyến\s+(?:thăm|công du)/u;
/** "Cuộc gặp đầu tiên của ông là …", "Hoạt động đầu tiên của bà tại đây là …": the first thing done after the arrival just told. */
const FIRST_ON_ARRIVAL = /^(?:Cuộc gặp|Cuộc hội đàm|Cuộc tiếp xúc|Hoạt động|Điểm dừng chân) đầu tiên(?:\s+của\s+(?:ông|bà|\p{Lu}\S*))?(?:\s+(?:tại đây|ở đây))?\s+là/u;
/** "tại hội nghị", "dự hội nghị": the conference told, named by no name of its own. */
const AT_BARE_CONFERENCE = /(?:^|\s)(?:tại|dự|ở)\s+hội nghị(?!\s+(?:\p{Lu}|thượng đỉnh\s+\p{Lu}|cấp cao|quốc tế|trực tuyến|[Bb]ộ trưởng|[Nn]goại trưởng))(?!\p{L})/u;
/** "hội nghị khai mạc", "Hội nghị … đã khai mạc": a conference opening. */
const CONFERENCE_OPENED = /[Hh]ội nghị(?:\s+[^\s,.;]+){0,6}?\s+(?:đã\s+|chính thức\s+)*khai mạc(?!\p{L})/u;
/** "từ " right before a day: since then ("đã tới Paris từ thứ Bảy (30/1)"). */
const SINCE_BEFORE = /(?:^|\s)từ\s+$/u;
/** A minister's office ("Foreign Minister", "Minister of Defence"): no one who hosts a summit. */
const MINISTER = /^(?!(?:Deputy\s+)?Prime\s)[^,]*Minister|Secretary of State/u;
/** "kể từ sự kiện ", "kể từ vụ đánh bom ": what a day after it is counted from. */
const COUNTED_FROM = /(?:^|\s)kể từ(?:\s+[^\s,.;]+){0,4}\s+$/u;
/** "gặp Giáo hoàng nhiều lần", "đã nhiều lần gặp": an event word told of many occasions. */
const MANY_TIMES_AFTER = /^(?:\s+[^\s,.;]+){0,4}?\s+(?:nhiều|vài|mấy)\s+lần(?!\p{L})/u;
const MANY_TIMES_BEFORE = /(?:^|\s)(?:nhiều|vài|mấy)\s+lần\s+(?:[^\s,.;]+\s+)?$/u;
const repeated = (t: Trigger, text: string) => MANY_TIMES_AFTER.test(text.slice(t.end, t.end + 60)) || MANY_TIMES_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start));

/** How many sentences after an attack the article may still name who carried it out. */
const ATTACKER_REACH = 8;

/**
 * "Vụ tấn công xảy ra … Nghi phạm, Sayfullo Saipov, 29 tuổi, …": an attacker named (see
 * attackers.ts) took part in the attack told in that sentence, else in the last one told shortly before.
 */
function namedAttackers(mentions: EventMention[], sentences: readonly Sentence[]): void {
  const attacks = mentions.filter((m) => m.type === 'attack');
  if (!attacks.length) return;
  sentences.forEach((s, k) => {
    const named = attackersNamed(s.text);
    if (!named.length) return;
    const told = attacks.filter((m) => m.start <= s.start && m.start >= (sentences[k - ATTACKER_REACH]?.start ?? 0));
    const here = told.filter((m) => m.start === s.start);
    const last = told.filter((m) => m.start === told[told.length - 1]?.start);
    for (const m of here.length ? here : last.slice(-1)) {
      for (const a of named) if (!m.participants.some((p) => p.name === a.name)) m.participants.push({ name: a.name, role: null, country: null });
    }
  });
}

/** " chỉ huy ": between the commander of a force ("do Trung tá X") and the attack it made. */
const COMMANDED_BY = /^\s+(?:chỉ huy|dẫn đầu)\s+(?:đã\s+)?$/u;
/** "lực lượng đặc nhiệm do Trung tá ": a force, then "do" and its commander's rank or title, right before the name. */
const LED_BY_BEFORE = /(?:lực lượng|binh sĩ|quân|đơn vị|nhóm)[^,.;]{0,20}?\sdo\s+(?:[^\s,.;]+\s+){0,2}$/u;
/** Between a person and the offensive they launched: nothing but adverbs, or the word announcing it ("tuyên bố mở …"). */
const LAUNCHED_BY = /^\s+(?:(?:đã|vừa|chính thức|bất ngờ|cũng|tuyên bố|ra lệnh|thông báo)\s+)*$/u;
/** "vụ đánh bom", "Các cuộc tấn công": an attack named as a noun. */
const ATTACK_NOUN = /^(?:[Vv]ụ|[Cc]uộc|[Cc]ác|[Nn]hững)\s/u;
/** "trước khi tuyên bố được công bố", "sau khi thỏa thuận được ký": before or after a text told was made (group 1, what it was). */
const AROUND_TEXT_MADE = /(?:trước|sau)\s+khi\s+(tuyên bố(?:\s+chung)?|thỏa thuận|hiệp định|văn kiện)(?:\s+(?:này|trên|đó))?\s+(?:chính thức\s+)?được\s+(?:công bố|ký|ký kết|thông qua|đưa ra)(?!\p{L})/u;
/** "Trước đó mười ngày", "Hai tuần sau": a count of days or weeks from the day just told. */
const DAYS_COUNTED = /(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)(?:\s+\S+)?\s+(?:ngày|tuần)(?!\p{L})/iu;
/** "tại đây", "ở đây": at the place just told. */
const HERE_AT = /(?:tại|ở)\s+đây(?!\p{L})/u;
/** "Mariupol, thành phố …,": a sentence opening on a place named and described. */
const PLACE_TOPIC = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s+(?:thành phố|thị trấn|thủ đô|làng|ngôi làng|thành phố cảng|nơi)\s/u;
/** "Loạt vụ nổ xảy ra …", "Vụ tấn công diễn ra …": a sentence opening on an attack and when it happened. */
// (not talks: "Cuộc gặp diễn ra tại dinh thự Novo-Ogaryovo …")
const ATTACK_HAPPENED = /^(?:(?:Loạt|Hai|Ba|Các)\s+)?(?:[Vv]ụ|[Cc]uộc)\s(?!(?:gặp|hội đàm|điện đàm|hội kiến|họp|trao đổi|trò chuyện|đàm phán|đối thoại|thảo luận)(?!\p{L}))[^,.;]{1,30}?\s(?:xảy ra|diễn ra)(?!\p{L})/u;
/** "Tại đây, …", "Bên lề lễ tang, …" opening a sentence: at the place (and time), or on the occasion, just told. */
const HERE_OPENING = /^(?:Tại đây|Bên lề\s+(?:lễ|sự kiện|buổi lễ)(?:\s+[^,.;]{1,30})?),/u;
/** "Tại Văn phòng Thủ tướng, …": a venue opening the sentence after an arrival. */
const AT_VENUE_OPENING = /^Tại\s+(?!đây)[^,.;]{2,60},\s/u;
/** "chuyến thăm làm việc kéo dài một ngày", "chuyến thăm một ngày": a visit of one day (not "Trước chuyến đi một ngày", a day before it). */
const ONE_DAY_VISIT = /(?<!(?:[Tt]rước|[Ss]au)\s+)(?:chuyến thăm|chuyến công du|chuyến đi)(?:\s+[^\s,.;]+){0,4}?\s+(?:kéo dài\s+)?(?:một|1)\s+ngày(?!\s+(?:sau|trước|nữa|rưỡi)(?!\p{L}))(?!\p{L})/u;
/** " và vòng hai tại ", ", vòng thứ ba ở ": the next round of talks just told, then where it was held. */
const NEXT_ROUND = /^\s*(?:,|và|,\s*và)\s+(?:vòng|phiên)\s+(?:hai|thứ hai|ba|thứ ba|bốn|thứ tư|tiếp theo|kế tiếp)\s+(?:diễn ra\s+)?(?:ở|tại)\s+$/u;
/** The further rounds a sentence lists after the talks `m` told ("vòng đầu ở A ngày D1 và vòng hai tại B ngày D2"), each at its place and day. */
function nextRounds(t: Trigger, m: EventMention, dates: DatedSpan[], places: PlaceMention[], text: string): EventMention[] {
  if (t.type !== 'meeting' || m.date?.precision !== 'day' || m.date.end) return [];
  const rounds: EventMention[] = [];
  let from = dates.find((d) => d.date?.start === m.date!.start && d.start >= t.end)?.end;
  while (from !== undefined) {
    const place = places.find((p) => p.start > from! && NEXT_ROUND.test(text.slice(from!, p.start)));
    const day = place ? dates.find((d) => d.start >= place.end && d.date?.precision === 'day' && !d.date.end && /^\s*(?:vào\s+)?(?:ngày\s+|hôm\s+)?$/u.test(text.slice(place.end, d.start))) : undefined;
    if (!place || !day) break;
    rounds.push({ ...m, date: day.date!, location: place.location });
    from = day.end;
  }
  return rounds;
}
/** "trong khuôn khổ chuyến thăm (này)": the frame of the visit told. */
const VISIT_FRAME = String.raw`(?:[Tt]rong khuôn khổ|[Nn]hân dịp|[Tt]rong dịp)\s+chuyến\s+(?:thăm|công du)(?:\s+(?:này|lần này))?`;
/** "trong khuôn khổ chuyến thăm", naming no place: during the visit told. */
const DURING_VISIT = new RegExp(String.raw`(?:^|\s)${VISIT_FRAME}\s*[,.]`, 'u');
/** "Trong khuôn khổ chuyến thăm, …" opening a sentence. */
const DURING_VISIT_OPENING = new RegExp(String.raw`^${VISIT_FRAME}\s*,`, 'u');
/** "Một ngày trước khi hội nghị khai mạc,": a sentence opening on so many days before the summit told opened. */
const DAYS_BEFORE_OPENING = /^(?:Chỉ\s+)?(\d+|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm)\s+ngày\s+trước\s+khi\s+(?:hội nghị|thượng đỉnh|hội nghị thượng đỉnh)\s+(?:chính thức\s+)?(?:khai mạc|diễn ra|bắt đầu)\s*,/u;
/** "Ngay sau khi hội nghị khép lại,": a sentence opening on the close of the summit told. */
const AFTER_CLOSING_OPENING = /^(?:Ngay\s+|Chỉ\s+)?[Ss]au\s+khi\s+(?:hội nghị|thượng đỉnh|hội nghị thượng đỉnh)\s+(?:chính thức\s+)?(?:khép lại|bế mạc|kết thúc)\s*,/u;
/** "khai mạc Hội nghị thượng đỉnh": a summit opened. */
const SUMMIT_OPENED = /khai mạc\s+(?:[Hh]ội nghị|[Tt]hượng đỉnh)/u;
/** "Hội nghị do …", "Hội nghị này do …": the conference just told, by who chaired it. */
const CHAIRED_OPENING = /^Hội nghị(?:\s+này)?\s+do\s/u;
/** "Tại Moria, …": a place (named by capitalised words) opening the sentence. */
const AT_PLACE_OPENING = /^Tại\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}),\s/u;
/** "Thủ tướng Hy Lạp Alexis Tsipras đón ông", "Tổng thống X ra tận sân bay đón …": a welcome opening the sentence after an arrival, up to its verb. */
const WELCOMED_OPENING = /^[^,.;]{2,80}?\s(?:(?:đã|ra|ra tận\s+[^,.;]{1,20}?)\s+)?(?:đón|đón tiếp|chào đón|nghênh đón)(?=\s+(?:ông|bà|\p{Lu}))/u;
/**
 * "Người phát ngôn Bộ Ngoại giao Trung Quốc Triệu Lập Kiên ngày 16/9 gọi AUKUS là …": a
 * spokesperson who declares, condemns or judges (not one who only "cho biết" or "thông báo" what others did,
 * unless what they say is a stance: "nói nước này kiên quyết phản đối") makes a statement of their own.
 */
function speaksForItself(p: PersonMention, triggers: Trigger[], text: string): boolean {
  // ("Nhà Trắng ra thông cáo của Cố vấn An ninh Quốc gia Jake Sullivan và …": a statement that is theirs)
  if (triggers.some((t) => t.type === 'statement' && p.start >= t.end && p.end <= (whoseStatementEnds(t, text) ?? -1))) return true;
  return triggers.some((t) => t.type === 'statement' && namedRightBefore(p, t, text)
    && ((t.strength >= 3 && !/thông báo|công bố/u.test(t.lemma)) || (/^(?:nói|cho biết)$/u.test(t.lemma) && STANCE_AFTER.test(text.slice(t.end, t.end + 60)))
      // ('người phát ngôn … Charles Jose nói chuyến đi "không giúp duy trì hòa bình …"': a judgement in the ministry's own words)
      || (t.lemma === 'nói' && JUDGED_IN_QUOTES.test(text.slice(t.end, t.end + 60)))
      // ("Trả lời câu hỏi của phóng viên chiều 21/5 …, người phát ngôn Bộ Ngoại giao … khẳng định …": the ministry's answer, on the record)
      || PRESS_ANSWER_OPENING.test(text)));
}
/** "Trả lời câu hỏi của phóng viên …", "Chiều 6/6, trả lời báo chí …": a sentence opening on answers given to the press. */
const PRESS_ANSWER_OPENING = new RegExp(String.raw`^(?:[^,.;]{0,30},\s*)?${PRESS_ANSWER}`, 'u');
/** " và Ủy viên Bộ Chính trị Trung Quốc Dương Khiết Trì đã có ": the other of a pair, right before the meeting or call they held. */
const PAIR_HELD = /^\s+và\s+[^,.;:"“]{2,80}?\s+(?:đã\s+|vừa\s+)?(?:có\s+(?:một\s+)?)?$/u;
/** ' chuyến đi "không giúp …"': a few words, then words quoted, right after "nói". */
const JUDGED_IN_QUOTES = /^\s+[^,.;:"“]{1,30}?\s["“]/u;
/** "… nói nước này "kiên quyết phản đối" …": a stance taken, not a fact reported. */
const STANCE_AFTER = /(?:^|[^\p{L}])(?:kiên quyết\s+)?(?:phản đối|lên án|bác bỏ|hoan nghênh|quan ngại|lo ngại|kêu gọi|yêu cầu|cảnh báo)(?!\p{L})/u;
/**
 * "Cố vấn An ninh Quốc gia Mỹ Jake Sullivan đã gặp …", "hội đàm với Cố vấn an ninh quốc gia X":
 * an adviser or official who is the subject or the counterpart of a meeting or a call takes part
 * in it, as one who only speaks of it does not.
 */
function meetsInPerson(p: PersonMention, triggers: Trigger[], text: string): boolean {
  return triggers.some((t) => (t.type === 'meeting' || t.type === 'call') && (
    namedRightBefore(p, t, text)
    // ("Ajit Doval và Nasser Khan Janjua bí mật gặp nhau": each of the pair that met)
    || (/nhau$/u.test(t.lemma) && t.start >= p.end && /^\s+và\s+[^,.;:"“]{2,60}$/u.test(text.slice(p.end, t.start)))
    // ("Cố vấn … Jake Sullivan và Ủy viên … Dương Khiết Trì đã có cuộc gặp …": the pair that held it)
    || (t.start >= p.end && PAIR_HELD.test(text.slice(p.end, t.start)))
    || (p.start >= t.end && p.start - t.end <= OBJECT_GAP && metWith(t, text.slice(t.end, p.start)))));
}
/** The person names the one who does `t`: their name ends shortly before it, with no clause break between. */
function namedRightBefore(p: PersonMention, t: Trigger, text: string): boolean {
  return t.start >= p.end && t.start - p.end <= SPEAKER_GAP && !/[,.;:"“]/u.test(text.slice(p.end, t.start).replace(/^,/u, ''));
}
/** The words between a meeting word and its counterpart: "với …", or straight after "gặp", "tiếp". */
function metWith(t: Trigger, between: string): boolean {
  if (/[,.;:]|\s(?:theo|cho biết|nói)\s/u.test(between)) return false;
  return /^\s+(?:với|cùng)\s/u.test(between) || (/^(?:gặp|tiếp|hội kiến|đón)/u.test(t.lemma) && /^\s+\S/u.test(between));
}
/** How far after a meeting word its counterpart's name may start: room for "với Cố vấn an ninh quốc gia Israel". */
const OBJECT_GAP = 60;
/** "Trước ông Austin,", "Giống như Tổng thống X,": a fronted comparison with someone; "Trước cuộc gặp với ông Trump,": the talks something came before. */
const COMPARED_WITH = /^(?:Trước|Giống như|Cũng như|Khác với|Không như|Ngoài)\s+(?:ông|bà|Tổng thống|Thủ tướng|Bộ trưởng|Ngoại trưởng)\s+[^,.;]{1,40},|^Trước\s+(?:khi\s+)?(?:cuộc\s+|buổi\s+)?(?:gặp|hội đàm|hội kiến)\s+với\s+[^,.;]{1,50},/u;
/** How far before its verb a spokesperson's name may end: room for "ngày 16/9", "hôm qua". */
const SPEAKER_GAP = 24;
/** "Sau đó,", "Tiếp đó,": what came next, told with a comma. */
const THEN_COMMA = /^(?:ngay\s+|liền\s+)?(?:sau đó|tiếp đó|tiếp theo đó),/iu;
/** " tới châu Âu": a trip on to another continent. */
const TO_CONTINENT = /\s(?:bay\s+)?(?:tới|sang|đến)\s+châu\s+\p{Lu}/u;
/** " tới ", " bay sang " right before a country: a trip on to it. */
const TRAVELS_TO_BEFORE = /\s(?:bay\s+)?(?:tới|sang|đến)\s+$/u;
/** "Chỉ vài giờ sau khi …", "Vài giờ sau, …", "Ngay sau đó, …", "Tiếp đó, …" opening a sentence. */
const HOURS_LATER_OPENING = new RegExp(String.raw`^(?:(?:chỉ|chưa đầy)\s+)?${HOURS_LATER}(?:\s+khi)?\s|^(?:ngay\s+|liền\s+)?(?:sau đó|tiếp đó|tiếp theo đó),\s`, 'iu');
/** "Tại Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 21, …": a summit of a bloc and a partner, no known one, told in the article of its day. */
const AT_PARTNER_SUMMIT_OPENING = /^Tại\s+[Hh]ội nghị\s+(?:[Cc]ấp cao|[Tt]hượng đỉnh)\s+\p{Lu}[^,.;]{0,40}?\s[-–]\s[^,.;]{1,50},\s/u;
/** "Khoảng 10 giờ 15, …", "Lúc 14h30, …", "Chiều tối, …": a sentence opening on a time of day alone goes on from the day just told. */
const CLOCK_OPENING = /^(?:(?:Vào\s+)?(?:[Kk]hoảng|[Ll]úc)|Đến|Tới|Gần)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?(?:\s+cùng ngày)?,\s|^(?:Buổi\s+|Đến\s+|Vào buổi\s+)?(?:Chiều tối|Chiều muộn|Tối muộn|Sáng sớm|Buổi tối|Buổi chiều|Buổi trưa|Tối|Chiều|Trưa),\s/u;
/** "… chủ trì cuộc họp … trong buổi sáng": a part of the day said mid-sentence, with no day of its own. */
const PART_OF_DAY_SAID = /(?:^|\s)(?<!ngay\s)(?:trong|vào)\s+buổi\s+(?:sáng|chiều|tối|trưa)(?!\s+(?:nay|qua|mai|hôm|ngày|cùng|đó|\d)|\p{L})/u;
/** The sentence up to a part of the day it says (see {@link PART_OF_DAY_SAID}), read as its opening. */
function partOfDaySaid(text: string): [string] | null {
  const m = PART_OF_DAY_SAID.exec(text);
  return m ? [text.slice(0, m.index + m[0].length)] : null;
}
/** "Sau phiên họp toàn thể, …", "Ngay sau lễ khai mạc, …": after a session of the occasion just told, that day. */
const AFTER_SESSION_OPENING = /^(?:Ngay\s+)?[Ss]au\s+(?:phiên họp|phiên khai mạc|phiên bế mạc|phiên thảo luận|lễ khai mạc|buổi họp|bữa (?:tối|trưa)|tiệc (?:tối|trưa)|quốc yến)(?:\s+[^,.;]{0,30})?,\s/u;
/** "Theo Nhà Trắng, hai nhà lãnh đạo …": a sentence whose subject is the pair of the event just told. */
const PAIR_JUST_TOLD = /^(?:[^,.;]{0,40},\s*)?(?:[Hh]ai nhà lãnh đạo|[Hh]ai bên|[Hh]ai ông|[Hh]ai người)\s/u;
/**
 * A reaction to an attack, said without a day of its own: "Tổng thống Pháp François Hollande
 * tuyên bố "thông qua các vụ tấn công ở Brussels, cả châu Âu đã bị nhắm đến"".
 */
const REACTION = /(?:lên án|chia buồn|chia sẻ mất mát|tưởng niệm|(?<!(?:bất kỳ|bất cứ|mọi)\s+)(?:vụ|các vụ|cuộc|đòn|những vụ|loạt)\s+(?:tấn công|khủng bố|đánh bom|xả súng|nổ|không kích)|hành động khủng bố|hành vi khủng bố)(?!\p{L})/iu;
/** Words a statement names what it reacts to with: "gọi đây là", "động thái này", "quyết định trên". */
const REACTS_TO = /(?:^|[^\p{L}])(?:đây là|gọi đây|điều này|việc này|vụ việc|sự việc|sự kiện này|động thái|bước đi|(?:quyết định|tuyên bố|thỏa thuận|thông báo|hành động|lời mời|đề xuất)\s+(?:này|trên|đó|của\s+(?:Washington|Moscow|Bắc Kinh|Tehran|Mỹ|Nga|Trung Quốc|Iran|\p{Lu}\p{L}+)))(?!\p{L})/u;
/** A statement's verb told of a leader ("tuyên bố", "khẳng định"). */
const STATES = /(?:^|\s)(?:tuyên bố|khẳng định|nhấn mạnh|cho rằng|cảnh báo|kêu gọi|gọi\s|lên án|hoan nghênh|bày tỏ|chỉ trích|bác bỏ|cho biết)/u;
/** How many days before the document date an attack may be for reactions to be told on its day. */
const FRESH_ATTACK_DAYS = 2;
/** How far before the day of writing a day must be for a "Cùng ngày" after it, with a subject not told before, to go back to the story's day. */
const LOOK_BACK_DAYS = 30;
/** The days of a week: how near before the writing a day told by its weekday is this week's news. */
const WEEK = 7;
/** How far from the day of writing the article's one summit may start to be what "bên lề hội nghị" means (a summit is written about within weeks). */
const NEAR_SUMMIT_DAYS = 120;
/** "do [office] X chủ trì": the chair of a summit named as its subject. */
const CHAIR_BEFORE = /\sdo\s+(?:[^\s,.;]+\s+){0,4}$/u;
const CHAIRS_AFTER = /^\s+(?:đồng\s+)?chủ trì(?!\p{L})/u;
/** A summit as the subject that opens a sentence, and the verb that says it was held ("Hội nghị … khép lại"); group 1 is what comes before the summit word. */
const SUMMIT_SUBJECT = /^((?:[^,.;]{0,30},\s*)?)(?:Hội nghị|Hội nghị thượng đỉnh|Hội nghị cấp cao|Thượng đỉnh)[^,.;]{0,100}?\s(?:đã\s+)?(?:khai mạc|khép lại|bế mạc|kết thúc|diễn ra|được tổ chức|nhóm họp)(?!\p{L})/u;
/** "các lãnh đạo G20", "Ngoại trưởng các nước EU", "đại sứ quán 10 nước": leaders (or envoys) counted, not named, as who acted. */
const GROUP_SUBJECT = /(?:các|những)\s+(?:nhà\s+)?lãnh đạo|nguyên thủ|(?:Ngoại trưởng|Bộ trưởng|lãnh đạo|đại sứ quán|[Đđ]ại sứ)\s+(?:của\s+)?(?:các|\d+)\s+(?:nước|quốc gia)/u;
/** "Sáng 11/12, cảnh sát đến nhà định bắt y …", "phán quyết đưa ra hôm qua (30/10), … thẩm phán …": authorities acting (courts too), a day "cùng ngày" may count from. */
const AUTHORITIES = /(?:^|\s)(?:cảnh sát|quân đội|binh sĩ|chính phủ|nhà chức trách|giới chức|lực lượng an ninh|công tố viên|tòa án|thẩm phán|vệ binh|hải quân|không quân|lực lượng vũ trang|tuần duyên|cảnh sát biển)(?!\p{L})/iu;
/** "Hội đồng Hòa bình và An ninh của AU", "Nhà Trắng": the name of a state body, as a pattern source. */
const STATE_BODY_NAME = String.raw`(?:Bộ\s+\p{Lu}|Hội đồng\s+\p{Lu}|Lực lượng\s+\p{Lu}|Cơ quan\s+\p{Lu}|Ủy ban\s+\p{Lu}|Nhà Trắng|Điện Kremlin|Lầu Năm Góc|Quốc hội|[Nn]ghị viện\s+\p{Lu}|Thượng viện|Hạ viện|Liên hợp quốc|Liên minh châu Phi)`;
/** "Hội đồng Hòa bình và An ninh của AU hôm 27.10 ra thông cáo …": a state body that spoke or acted, named by no one in it. */
const STATE_BODY = new RegExp(String.raw`(?:^|\s)${STATE_BODY_NAME}`, 'u');
/** "Hội đồng Hòa bình và An ninh của Liên minh châu Phi (AU), sau phiên họp ngày 1/6, cũng quyết định …": such a body opening its sentence, its subject, acting on the day told. */
const STATE_BODY_OPENING = new RegExp(`^${STATE_BODY_NAME}`, 'u');
/** A national security adviser's office (not a spokesperson's, nor an aide's). */
const NATIONAL_SECURITY = /^National Security Advis[eo]r$/u;
/** "sau khi", "trước khi", "kể từ khi" opening the clause an event word is in (no comma after it). */
const SINCE_CLAUSE = /(?:^|\s)(?:sau khi|trước khi|kể từ khi)\s(?=[^,;]*$)/u;
/** "kể từ khi nhậm chức ", "kể từ ", "có hiệu lực từ ": right before a date, the day a span began on. */
const BEGUN_ON_BEFORE = /(?:^|\s)(?:kể từ(?:\s+khi)?(?:\s+[^\s,.;]+){0,4}|có hiệu lực(?:\s+từ)?)\s+(?:(?:ngày|hôm)\s+)?$/u;
/** The stretch between the semicolons around an event word (the whole sentence when it has none). */
function semicolonClause(text: string, t: Trigger): { from: number; to: number } {
  const from = text.lastIndexOf(';', t.start) + 1;
  const next = text.indexOf(';', t.end);
  return { from, to: next < 0 ? text.length : next };
}
/** A verb after which a plan is what was said, not what the sentence tells ("khẳng định Mỹ sẽ hỗ trợ …"); not an opinion ("cho rằng"). */
const SAID_CONTENT = /(?:^|\s)(?:tuyên bố|khẳng định|nhấn mạnh|cảnh báo|cam kết)\s/u;
/** "Cuộc gặp ban đầu được lên lịch vào …": the day an occasion was first set for, which the story goes on from. */
const OCCASION_FIRST_SET = new RegExp(String.raw`(?:^|\s)(?:[Cc]uộc|[Bb]uổi|[Cc]huyến|[Ll]ễ)\s[^,.;:]{0,30}?\s${FIRST_SET_WORDS}`, 'u');
/** A sentence telling what is to come. */
const PLAN = /(?:^|\s)(?:sẽ|dự kiến|dự định|kế hoạch)\s/u;
/** ", người dự định tới Rotterdam …": an aside about the person just named, up to its end. */
const PERSON_ASIDE = /,\s*người\s[^,.;]*/gu;
/** How many event words after the first a sentence tries when the first makes no event. */
const FALLBACK_TRIGGERS = 2;
/** "X lên án … khi phát biểu tại Bethlehem, sau cuộc hội đàm với Abbas": an event word told as what came before or after a statement. */
const AFTER_EVENT = /(?:sau|trước)\s+(?:khi\s+)?(?:cuộc\s+|buổi\s+)?$/u;
/** A person introduced as the counterpart ("với X", "tiếp X"): not the subject of a part. */
const isObjectOf = (a: PersonMention, text: string) => isObject(text, a.start);
/** "…, cùng Thủ tướng B thăm …": a companion in that act, introduced by "cùng" and an office. */
const COMPANION = /(?:^|[,;]\s*|\s)cùng\s+((?:[^\s,.;:()]+\s+){0,8})$/u;
const COMPANION_WORDS = new Set('thống tướng trưởng thư ký bí người đồng cấp nhiệm ông bà nước tịch giao ngoại quốc hội thủ tổng chủ'.split(' '));
const isCompanion = (a: PersonMention, text: string) => {
  const m = COMPANION.exec(text.slice(Math.max(0, a.start - 80), a.start));
  return !!m && m[1].split(/\s+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || COMPANION_WORDS.has(w));
};

/**
 * Reads the event mentions of one article, sentence by sentence. `published` (ISO or null) is
 * the document date relative dates are reckoned from; `cleaned`, the text the sentences were
 * split from, lets time expressions be found in one pass over it.
 */
export function findEventMentions(
  document: string,
  original: string,
  sentences: Sentence[],
  published: string | null,
  summits: Map<string, Summit> = new Map(),
  cleaned?: string,
  headline: string | null = null,
): EventMention[] {
  // One scan of the article for time expressions, not one per sentence.
  const exprs = cleaned !== undefined ? expressionsBySentence(cleaned, sentences) : null;
  const people = new ArticlePeople(published);
  const mentions: EventMention[] = [];
  /** The latest of `told` that `fits`, told at most `paragraphs` paragraphs before paragraph `at`. */
  const latestWithin = (told: readonly EventMention[], at: number, paragraphs: number, fits: (m: EventMention) => boolean): EventMention | undefined =>
    latestOf(told, (m) => m.paragraph !== undefined && at - m.paragraph <= paragraphs && fits(m));
  let previous: ResolvedDate | null = null;
  // the month the text stated last, event or not ("Tháng 3/2015, Anh … xin gia nhập AIIB. Cũng trong tháng đó, …")
  let lastMonth: ResolvedDate | null = null;
  let lastPlace: EventLocation | null = null;
  let lastSummit: SummitMention | null = null;
  /** Whether the conference named last is one no known summit is (see NAMED_CONFERENCE). */
  let otherConferenceNamed = false;
  let lastAttackPlace: EventLocation | null = null;
  let lastAttackDay: string | null = null;
  /** The month of the attack just told, when only its month was ("… ở Lahore hồi tháng 3"), and the sentence that told it. */
  let lastAttackMonth: { month: string; told: Sentence } | null = null;
  // (where the attacks told were, by day; used only after an attack told with a date, not one the sentence left undated)
  const attackPlacesByDay = new Map<string, EventLocation>();
  let lastAttackDated = false;
  /** The day attacks were told on without a place ("hai vụ đánh bom … 9/4"), for "Vụ nổ đầu tiên xảy ra …". */
  let attacksToldDay: ResolvedDate | null = null;
  /** The sentence that set the scene of the one being read (a day stated, nothing told on it), if it did. */
  let sceneSetBy: Sentence | null = null;
  /** The paragraph whose last sentence went on from the day told before ("Chỉ vài giờ sau, …"), or -1. */
  let chainedIn = -1;
  /** The day of the latest attack told that happened just before the document date: reactions said without a day are of it. */
  let freshAttack: ResolvedDate | null = null;
  const toldBefore = new ToldBefore();
  /** The single days sentences state outright, in order: a lead told without one takes the first fresh one after it. */
  const statedDays: StatedDay[] = [];
  // "Bên lề hội nghị, …" is the article's summit only when it was held near the day of writing (not one told as last year's)
  const far = (x: Summit) => published?.length === 10 && Math.abs(isoDayNumber(x.start) - isoDayNumber(published)) > NEAR_SUMMIT_DAYS;
  // (nor one still ahead of it: "Ngay sau Kigali, ông Johnson sẽ tới Đức dự Hội nghị thượng đỉnh G7 và sau đó là … NATO")
  const held = published?.length === 10 ? new Map([...summits].filter(([, x]) => x.start <= published)) : summits;
  const nearSummits = held.size === 1 && far([...held.values()][0]) ? new Map<string, Summit>() : held;
  /** The sentence that told only an arrival, and its day. */
  let arrivedOn: ArrivedOn | null = null;
  /** A day long gone the sentence before told in passing: no anchor, unless the next sentence says it goes on that very day. */
  let passedOn: { index: number; date: ResolvedDate } | null = null;
  /** The event words of the sentence being read: any at all, and an attack's, placed or not ("sáng 7/1, … sát hại 12 người"). */
  let words = { any: false, attack: false };
  /** The paragraph an attack was last named in, while no other "vụ …" has been named since. */
  let attackNamedIn: number | null = null;
  /** The events the sentence before told. */
  let toldLast: EventMention[] = [];
  /** The paragraph a sentence opened as one of reactions ("Phản ứng quốc tế …"), or -1. */
  let reactionsIn = -1;
  const push = (m: EventMention) => {
    mentions.push(m);
    if (m.location && m.type !== 'attack') lastPlace = m.location;
  };

  /** Who hosted a summit, by the paragraph that says so (see summit-host.ts). */
  const hosts: { who: Participant; paragraph: number; after?: number }[] = [];
  /** Who chaired and attended a session, by the paragraph that says so: a summit told without people may have been it. */
  const sessions: { who: Participant[]; paragraph: number }[] = [];
  const listed: { summit: EventMention; who: Participant[] }[] = [];
  /** Everyone the article names, by key, as first named: a well-known summit's host may be among them, and "hai nhà lãnh đạo" may stand for a pair the people tracker no longer holds. */
  const everyoneNamed = new Map<string, PersonMention>();
  for (const [k, s] of sentences.entries()) {
    // (the sentence's event words, read once: the rules below and the events told ask for them)
    const sentenceTriggers = findTriggers(s.text);
    // "Ông đến Israel hôm 13/7. Một ngày sau, …": the day after an arrival told just before
    const afterArrival = arrivedOn && arrivedOn.index === k - 1 && !arrivedOn.quiet && NEXT_DAY_OPENING.test(s.text) ? arrivedOn.date : null;
    // ("… đã tới Arras ngay trong tối 21/8 … Cùng tối đó, …": the arrival's own day; not a taking of office, told in passing)
    // (or told further on: "Thái tử … ra tận sân bay đón và hai nhà lãnh đạo hội đàm ngay trong tối cùng ngày")
    const withArrival = arrivedOn && arrivedOn.index === k - 1 && !arrivedOn.inOffice && (SAME_TIME_OPENING.test(s.text) || SAME_TIME_LATER.test(s.text) || HOURS_APART_OPENING.test(s.text)) ? arrivedOn.date : null;
    // ("Ông Guaidó … tuyên bố nắm quyền tổng thống lâm thời hôm 23-1-2019 … Ông Trump công nhận ông ngay trong ngày": that day, in passing or not)
    // (and the day after it: "Phiên họp lần thứ 13 … tại Hà Nội ngày 10/9/2021, … nhân chuyến thăm … của ông Vương Nghị. Hôm sau, …")
    const passedDay = passedOn && passedOn.index === k - 1 && (SAME_TIME_OPENING.test(s.text) || SAME_TIME_LATER.test(s.text) || THAT_VERY_DAY.test(s.text) || NEXT_DAY_OPENING.test(s.text)) ? passedOn.date : null;
    let dates = findDates(s.text, { documentDate: published, previous: afterArrival ?? withArrival ?? passedDay ?? previous, lastMonth }, exprs?.[k]);
    // ('"Hôm nay là một ngày … lịch sử", ông Rouhani phát biểu' in a story of the day before the writing, or of up to a week before: a speaker's "today", quoted, is the story's day)
    const speechDay = previous?.precision === 'day' && !previous.end && published && previous.start < published && isoAddDays(previous.start, 7) >= published.slice(0, 10) ? previous : null;
    if (speechDay) dates = dates.map((d) => (d.relative && d.date?.anchoring === 'document' && QUOTED_TODAY.test(d.text) && isQuoted(s.text, d.start) ? { ...d, date: { ...speechDay, anchoring: 'previous' } } : d));
    // ("Trước đó mười ngày, tại hội nghị thượng đỉnh ở Tehran ngày 7/9, …": the day the opening clause states outweighs a count back that misses it)
    const counted = dates[0]?.start === 0 && dates[0].relative && dates[0].date?.anchoring === 'previous' && DAYS_COUNTED.test(dates[0].text) ? dates[0] : null;
    if (counted && dates.some((d) => !d.relative && d.date?.precision === 'day' && d.date.start !== counted.date?.start && d.start > counted.end && !/[,;]/u.test(s.text.slice(counted.end + 1, d.start)) && /^\s*,/u.test(s.text.slice(d.end)))) dates = dates.slice(1);
    // (who a sentence names is judged at its first date told as a time: "thay thế hiệp định ký năm 1995" dates the old deal, not the sentence)
    const firstDate = dates.find((d) => d.date && !notWhen(d, s.text))?.date ?? null;
    let persons = people.inSentence(s.text, firstDate?.start ?? published);
    // "Cố vấn An ninh Quốc gia Mỹ Jake Sullivan gọi vụ việc là …": a national security adviser who speaks in a sentence
    // that tells nothing else, with no one else acting, makes a statement of his own (one who says what others did is a source)
    if (sentenceTriggers.length && sentenceTriggers.every((t) => t.type === 'statement') && persons.every((p) => p.person.source)) {
      persons = persons.map((p) => (NATIONAL_SECURITY.test(p.person.role ?? '') ? { ...p, person: { ...p.person, source: false } } : p));
    }
    // ("… Lavrov và … Kuleba đã gặp nhau tại Antalya, với sự trung gian của Ngoại trưởng nước chủ nhà Mevlut Cavusoglu": a minister hosting the talks told, not a summit)
    const talksHere = sentenceTriggers.some((t) => t.type === 'meeting') && !sentenceTriggers.some((t) => t.type === 'summit');
    for (const host of summitHostsIn(s.text, persons)) if (!talksHere || !MINISTER.test(host.person.role ?? '')) hosts.push({ who: toParticipant(host), paragraph: s.paragraph });
    for (const host of hostsOfSummitTold(s.text, persons)) hosts.push({ who: toParticipant(host), paragraph: s.paragraph, after: s.start });
    const attended = sessionAttendeesIn(s.text, persons);
    if (attended.length) sessions.push({ who: attended.map(toParticipant), paragraph: s.paragraph });
    // ("Ngày 10/4, sau cuộc hội đàm với Tổng thống François Hollande … Quyết định này … Sau hội đàm, hai nhà lãnh đạo cùng đi thuyền …":
    // the pair of the talks just told on their day, not the pair the story names most)
    const pairAfterTalks = TALKS_THEN_PAIR.exec(s.text);
    const talksBefore = pairAfterTalks ? latestWithin(mentions, s.paragraph, 2, (m) => m.type === 'meeting' && m.participants.length === 2 && m.date?.precision === 'day') : undefined;
    const talksPair = talksBefore?.participants.map((p) => everyoneNamed.get(personKey(p.name))?.person).filter((p) => p !== undefined) ?? [];
    if (pairAfterTalks && talksPair.length === 2) {
      const [start, end] = [pairAfterTalks[0].length - pairAfterTalks[1].length, pairAfterTalks[0].length];
      persons = [...talksPair.map((person) => ({ start, end, text: pairAfterTalks[1], person })), ...persons.filter((p) => p.start !== start)].sort((a, b) => a.start - b.start);
    }
    for (const p of persons) if (!p.person.source && !everyoneNamed.has(p.person.key)) everyoneNamed.set(p.person.key, p);
    // "Cùng ngày ông Macron đến Moscow, tại Washington, Tổng thống Biden tiếp …": the day of the
    // event the fronted clause names, whose people take no part in the main one
    // ("Trong lúc hai nhà lãnh đạo hội đàm, khoảng giữa trưa, một vụ nổ … xảy ra …": while they did what was told, that day,
    // else the latest day told of them; only in a sentence with no day of its own)
    // ("Vụ tấn công ở Hadera diễn ra đúng lúc Ngoại trưởng … tiếp …": an event told before, whose time the main one's is)
    const whileThat = SAME_DAY_AS_CLAUSE.test(s.text) || dates.some((d) => d.date) ? null : WHILE_CLAUSE.exec(s.text) ?? HAPPENED_WHILE.exec(s.text);
    const sameAs = whileThat ?? SAME_DAY_AS_CLAUSE.exec(s.text);
    const named = sameAs ? persons.filter((p) => p.end <= sameAs[0].length) : [];
    // ("Cùng ngày diễn ra cuộc gặp ở Reykjavik, …": naming no one, the event of that kind told at that place)
    const thatDay = sameAs ? dayOfEventOf(named, s.text.slice(0, sameAs[0].length), !!whileThat) : null;
    if (thatDay) {
      dates = [...dates.filter((d) => d.start >= sameAs![0].length), toldDay(thatDay, s.text, sameAs![0].length - 1)];
      persons = persons.filter((p) => p.start >= sameAs![0].length);
    }
    // ("Trong cuộc phỏng vấn đăng trên tờ Journal du Dimanche cùng ngày diễn ra hội nghị ở Accra, Tổng thống …": the same
    // within the fronted clause, the words before it the sentence's own)
    const within = !sameAs && !dates.some((d) => d.date && !d.relative) ? sameDayWithin(s.text) : null;
    const dayWithin = within ? dayOfEventOf(persons.filter((p) => p.start >= within.from && p.end <= within.to), within.named, false) : null;
    if (within && dayWithin) {
      dates = [...dates.filter((d) => d.start < within.from || d.start >= within.to), toldDay(dayWithin, s.text, within.to - 1)];
      persons = persons.filter((p) => p.start < within.from || p.start >= within.to);
    }
    /** Who acts in the sentence (not sources), by key. */
    const actorKeys = new Set(persons.filter((p) => !p.person.source).map((p) => p.person.key));
    // "Chiều cùng ngày, Tổng thống Moon hội kiến …" after a background paragraph ("Hôm 5-3, …"):
    // the story resumes on its subject's own day, not on the flashback's
    // (not when the sentence before, in this paragraph, went on from that day: "Chỉ vài giờ sau, … Tối cùng ngày, …")
    const resumed = !thatDay && previous && SAME_DAY.test(s.text) && chainedIn !== s.paragraph ? resumedDay(persons, s, previous) : null;
    if (resumed) dates = findDates(s.text, { documentDate: published, previous: resumed }, exprs?.[k]);
    // "Hai nhà lãnh đạo sau đó hội đàm kín": what its subject did next, on the day just told
    // ("Chỉ vài giờ sau khi đặt chân tới thành phố, ông Obama …": hours after what was just told, that day)
    const session = AFTER_SESSION_OPENING.exec(s.text);
    const atThatTime = AT_THAT_TIME.exec(s.text);
    const then = THEN.exec(s.text) ?? HOURS_LATER_OPENING.exec(s.text) ?? ALSO.exec(s.text) ?? REPORTED_DONE.exec(s.text) ?? meanwhileSaid(s.text, sentenceTriggers) ?? SIDELINES_OF_IT.exec(s.text) ?? atThatTime ?? session ?? CLOCK_OPENING.exec(s.text) ?? AT_PARTNER_SUMMIT_OPENING.exec(s.text) ?? RIGHT_IN_OCCASION.exec(s.text) ?? partOfDaySaid(s.text);
    // (a session of the occasion told may come a few paragraphs after its day; "Trong bài phát biểu …," a paragraph after one that set the scene)
    // ("Nhà lãnh đạo Mỹ sau đó hội đàm …" a paragraph of what he did on arriving after the arrival's day)
    // (and the highlight of an occasion may follow a subheading)
    // ("… chuyến thăm … của Thủ tướng Orban hồi tháng 9 năm ngoái. Khi đó, …": the time the sentence just before told, whatever its precision)
    /** A mention the sentence just before told, in this paragraph, that `fits`. */
    const toldInSentenceBefore = (fits: (m: EventMention) => boolean) => mentions.find((m) => fits(m) && m.start === sentences[k - 1]?.start && m.paragraph === s.paragraph);
    const justTold = then === atThatTime && THAT_TIME.test(s.text) ? toldInSentenceBefore((m) => !!m.date && m.type !== 'summit') : undefined;
    const toldJustBefore = justTold?.date ?? null;
    // ("Ngay sau phiên khai mạc, …" after a look back to another summit: the day the opening was told on)
    const opening = session && /khai mạc/u.test(session[0]) ? latestWithin(mentions, s.paragraph, 6, (m) => m.date?.precision === 'day' && !m.date.end && !m.date.borrowed && /khai mạc/u.test(m.quote))?.date ?? null : null;
    const goneOn = toldJustBefore ?? opening ?? (then ? toldBefore.dayGoneOnFrom(s.paragraph, then === session ? 4 : then === atThatTime || /^Điểm nhấn/u.test(then[0]) || THEN.test(then[0]) ? 2 : 1, ALSO.test(then[0]) && !THEN.test(s.text)) : null);
    // (not a trip on after it: "Sau đó, ông tới châu Âu, … trước khi tới Canada gặp …" went on over days)
    const journeyOn = !!then && THEN_COMMA.test(then[0]) && (TO_CONTINENT.test(s.text) || findCountries(s.text).some((c) => TRAVELS_TO_BEFORE.test(s.text.slice(Math.max(0, c.start - 12), c.start))));
    if (then && goneOn && !journeyOn && !dates.some((d) => d.date)) dates.push(toldDay(goneOn, s.text, then[0].length - 1));
    // ("… lệnh ngừng bắn nhân đạo có hiệu lực từ 12h trưa 10/10. Thỏa thuận đạt được sau hơn 10 giờ đàm phán …": the agreement the sentence before told, restated)
    const restatedDeal = DEAL_AGAIN.test(s.text) && !dates.some((d) => d.date) ? toldInSentenceBefore((m) => m.type === 'agreement' && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (restatedDeal) dates.push(toldDay(restatedDeal.date!, s.text, 0));
    // ("Cùng ngày, Thủ tướng … trao đổi thư mừng với …. Chủ tịch Quốc hội … trao đổi điện mừng với …": messages listed one a sentence, on the day the one before was told)
    const messageToo = !dates.some((d) => d.date) && sentenceTriggers.some((t) => MESSAGE_LEMMA.test(t.lemma)) ? toldInSentenceBefore((m) => MESSAGE_LEMMA.test(m.lemma) && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (messageToo?.date) dates.push(toldDay(messageToo.date, s.text, 0));
    // ("Thủ tướng … đã triệu tập cuộc họp khẩn … ngay sau vụ việc": right after the attack just told, on its day)
    const afterIncident = freshAttack && !dates.some((d) => d.date) ? RIGHT_AFTER_INCIDENT.exec(s.text) : null;
    if (freshAttack && afterIncident) dates.push(toldDay(freshAttack, s.text, afterIncident.index + afterIncident[0].length - 1));
    /** The day stated last, in this paragraph or the two before, by a sentence that tells what `told` matches. */
    const dayTold = (told: RegExp) => latestOf(statedDays, (d) => s.paragraph - d.paragraph <= 2 && told.test(d.text))?.day ?? null;
    /** A sentence without a day opening on what `opening` matches takes the day told by the sentence `told` picks, from that opening. */
    const onDayTold = (opening: RegExp, told: (m: RegExpExecArray) => RegExp) => {
      const m = dates.some((d) => d.date) ? null : opening.exec(s.text);
      const day = m ? dayTold(told(m)) : null;
      if (m && day) dates.push(toldDay(day, s.text, m[0].length - 1));
    };
    // ("Ngay sau thông báo của phía Anh, … đăng Twitter …": the day an announcement was told on, in the two paragraphs before;
    // "Ngay sau khi ICJ công bố quyết định, …": the day a decision was told)
    onDayTold(RIGHT_AFTER_ANNOUNCEMENT, (m) => (m[1] ? DECIDED : ANNOUNCED));
    // ("Ngay sau cuộc bỏ phiếu, Thủ tướng Slovakia Robert Fico tuyên bố …": the day a sentence told the vote on)
    onDayTold(RIGHT_AFTER_VOTE, () => VOTED);
    // ("Trước khi lên máy bay, ông Netanyahu có cuộc hội đàm với …": the day of the departure told, in this paragraph or the two before)
    onDayTold(BEFORE_LEAVING_OPENING, () => DEPARTED);
    // "Ngay sau lễ đón tại thủ đô Moskva, …": the first day of the visit just told
    // (or the day stated by a sentence telling the welcome, in the two paragraphs before)
    const toldWelcome = () => dayTold(WELCOME_TOLD);
    const welcome = dates.some((d) => d.date) ? null : welcomeDay(s.text, s.paragraph, mentions, toldWelcome);
    if (welcome) dates.push(toldDay(welcome.date, s.text, welcome.at));
    // ("Trước khi tới Điện Kremlin, ông Tillerson có cuộc hội đàm … với Ngoại trưởng Nga Sergei Lavrov": the day of the event just told there)
    const beforeGoing = dates.some((d) => d.date) ? null : BEFORE_GOING_OPENING.exec(s.text);
    // (a building, where a day's events follow one another: "Trước khi tới Johannesburg" may be days before)
    const goneTo = beforeGoing ? findPlaces(beforeGoing[0]).filter((p) => p.locative && p.kind === 'building').map((p) => p.location.name) : [];
    const toldThere = goneTo.length ? latestWithin(mentions, s.paragraph, 4, (m) => m.date?.precision === 'day' && !m.date.end && !!m.location && goneTo.includes(m.location.name)) : undefined;
    if (beforeGoing && toldThere?.date) dates.push(toldDay(toldThere.date, s.text, beforeGoing[0].length - 1));
    // "Ngay sau cuộc gặp ở Moscow, ông Bennett đã điện đàm …": the day of those talks
    const afterTalks = dates.some((d) => d.date) ? null : afterTalksDay(s.text, s.paragraph, mentions);
    if (afterTalks) dates.push(toldDay(afterTalks.date, s.text, afterTalks.at));
    // ("Trong khuôn khổ chuyến thăm, Chủ tịch Quốc hội … đã hội kiến …": some day of the visit just told, its days)
    const visitTold = dates.some((d) => d.date) || !DURING_VISIT_OPENING.test(s.text) ? undefined : latestWithin(mentions, s.paragraph, 6, (m) => m.type === 'visit' && m.date?.precision === 'day');
    if (visitTold?.date) dates.push(toldDay(visitTold.date, s.text, s.text.indexOf(',')));
    // "Nhân dịp này, hai bên đã thông qua Tuyên bố Tầm nhìn chung …": on the occasion told, the day of the talks (or the summit) last told by its day
    // (a text adopted or signed then; not whatever the leaders "cũng thảo luận … và nhất trí", which is told of the talks)
    if (OCCASION_OPENING.test(s.text) && !dates.some((d) => d.date) && sentenceTriggers.some((t) => t.type === 'agreement' && /^(?:thông qua|ký)/u.test(t.lemma))) {
      const occasion = latestOf(mentions, (m) => (m.type === 'meeting' || m.type === 'summit') && m.date?.precision === 'day' && !m.date.end && !m.date.borrowed);
      if (occasion) dates.push(toldDay(occasion.date!, s.text, s.text.indexOf(',')));
    }
    // "Hai bên ký kết …": a signing by the pair just told, on the day of their talks
    // (a year told of something else, "khôi phục cơ chế từng hết hạn năm 2013", is no date of it)
    const signing = dates.some((d) => d.date && !d.relative && d.date.precision !== 'year') ? null : signingDay(s.text, s.paragraph, mentions, actorKeys, !dates.some((d) => d.date));
    if (signing) dates = [...dates.filter((d) => !d.date), toldDay(signing.date, s.text, signing.at)];
    // "Tổng thống Obama tới Nhật Bản tối 25/5 … Đặt chân tới Shima, ông Obama lập tức hội đàm …": the day of the arrival told
    if (ARRIVED_OPENING.test(s.text) && !dates.some((d) => d.date)) {
      const arrival = latestOf(mentions, (m) => m.type === 'visit' && m.date?.precision === 'day' && !m.date.end && m.participants.some((p) => actorKeys.has(personKey(p.name))));
      if (arrival) dates.push(toldDay(arrival.date!, s.text, s.text.indexOf(',')));
    }
    // "Ông Putin hôm qua (5/6) có chuyến thăm làm việc kéo dài một ngày tới thủ đô Vienna … ¶ Tại Cung điện Hofburg, ông Putin hội đàm …":
    // the visitor's talks (or signing) on a one-day visit told in the paragraphs before, that day
    if (!dates.some((d) => d.date) && sentenceTriggers.some((t) => t.type === 'meeting' || t.type === 'agreement')) {
      const oneDay = latestWithin(mentions, s.paragraph, 6, (m) => m.type === 'visit' && m.date?.precision === 'day' && !m.date.end && ONE_DAY_VISIT.test(m.quote) && m.participants.some((p) => actorKeys.has(personKey(p.name))));
      if (oneDay) dates.push(toldDay(oneDay.date!, s.text, 0));
    }
    // "… ông Kim đã ở Đại Liên trong hai ngày 7-8/5. Tại đây, hai nhà lãnh đạo đã hội đàm": there and then
    const hereOpening = HERE_OPENING.exec(s.text);
    const here = hereOpening ? toldBefore.statedRightBefore(k) : null;
    if (here && !dates.some((d) => d.date)) dates.push(toldDay(here, s.text, hereOpening![0].length - 1));
    // "… Modi tới Bishkek chiều 13/6 …. Cuộc gặp đầu tiên của ông là với Chủ tịch Tập Cận Bình": the first thing done on arriving, that day
    const first = !dates.some((d) => d.date) ? FIRST_ON_ARRIVAL.exec(s.text) : null;
    const arrival = first ? mentions.find((m) => m.type === 'visit' && m.start === sentences[k - 1]?.start && m.paragraph === s.paragraph && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (arrival) dates.push(toldDay(arrival.date!, s.text, first![0].length));
    // "Ông Blinken đến Tokyo hôm 11-7 … Tại Văn phòng Thủ tướng, ông đã gặp Thủ tướng Kishida": where the arrival just told went on, that day
    const venue = arrivedOn?.index === k - 1 && !arrivedOn.quiet && !dates.some((d) => d.date) ? AT_VENUE_OPENING.exec(s.text) : null;
    if (venue) dates.push(toldDay(arrivedOn!.date, s.text, venue[0].length - 2));
    // ("Joe Biden hôm nay (24/8) tới Ankara, … ¶ Ông Biden đã có cuộc hội đàm với … tại thủ đô Ankara": in the city the sentence before
    // told the subject arriving in, that day)
    const cameTo = !dates.some((d) => d.date) ? toldLast.find((m) => m.type === 'visit' && WEAK.has(m.lemma.trim()) && m.date?.precision === 'day' && !m.date.end && m.location && m.participants.some((p) => actorKeys.has(personKey(p.name)))) : undefined;
    const inThatCity = cameTo ? findPlaces(s.text).find((p) => p.locative && p.kind === 'city' && p.location.name === cameTo.location!.name) : undefined;
    // (as if the sentence opened on that day: each of its events is of it)
    if (inThatCity) dates.push(toldDay(cameTo!.date!, s.text, 0));
    // "Hội nghị do Thủ tướng Hun Sen và Thủ tướng Trung Quốc Lý Khắc Cường đồng chủ trì, với sự tham dự của …": the summit just told, on its day
    const chairedOpening = !dates.some((d) => d.date) ? CHAIRED_OPENING.exec(s.text) : null;
    const summitTold = chairedOpening ? latestWithin(mentions, s.paragraph, 2, (m) => m.type === 'summit' && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (summitTold) dates.push(toldDay(summitTold.date!, s.text, chairedOpening![0].length));
    // "Một ngày trước khi hội nghị khai mạc, Pakistan bất ngờ thông báo …": so many days before the summit told opened
    const beforeOpening = !dates.some((d) => d.date) ? DAYS_BEFORE_OPENING.exec(s.text) : null;
    // (the summit told by its day, or the day someone opened it: "Tổng thống Mỹ Joe Biden hôm 9/12 khai mạc Hội nghị thượng đỉnh vì Dân chủ …")
    const openedOn = beforeOpening ? latestOf(mentions, (m) => (m.type === 'summit' || SUMMIT_OPENED.test(m.quote)) && m.date?.precision === 'day')?.date : undefined;
    if (beforeOpening && openedOn) dates.push(toldDay({ ...openedOn, start: isoAddDays(openedOn.start, -countOf(beforeOpening[1])), end: undefined, anchoring: 'previous' }, s.text, beforeOpening[0].length - 1));
    // "Ngay sau khi hội nghị khép lại, Tổng thư ký … ra tuyên bố …": on the last day of the summit told
    const afterClosing = !dates.some((d) => d.date) ? AFTER_CLOSING_OPENING.exec(s.text) : null;
    const closed = afterClosing ? latestOf(mentions, (m) => m.type === 'summit' && m.date?.precision === 'day')?.date : undefined;
    if (afterClosing && closed) dates.push(toldDay({ ...closed, start: closed.end ?? closed.start, end: undefined, anchoring: 'previous' }, s.text, afterClosing[0].length - 1));
    // "Giáo hoàng Francis hôm thứ Bảy (16/4) thăm trại tị nạn Moria … Tại Moria, ba vị lãnh đạo ký …": at the place a day's visit went to, that day
    const atPlace = !venue && !dates.some((d) => d.date) ? AT_PLACE_OPENING.exec(s.text) : null;
    const visited = atPlace ? mentions.find((m) => m.type === 'visit' && m.date?.precision === 'day' && !m.date.end && sentences.find((x) => x.start === m.start)?.text.includes(atPlace[1])) : undefined;
    if (visited) dates.push(toldDay(visited.date!, s.text, atPlace![0].length - 2));
    // "Chuyên cơ … hạ cánh xuống sân bay Mytilene vào sáng thứ Bảy. Thủ tướng Hy Lạp Alexis Tsipras đón ông tại chân cầu thang máy bay, …": welcomed on arriving, that day
    const welcomed = !venue && !dates.some((d) => d.date) ? WELCOMED_OPENING.exec(s.text) : null;
    const landed = welcomed ? mentions.find((m) => m.type === 'visit' && m.start === sentences[k - 1]?.start && m.paragraph === s.paragraph && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (landed) dates.push(toldDay(landed.date!, s.text, welcomed![0].length));
    // ("… tới Quito chiều 17/11. Ông là … Vài giờ sau khi hạ cánh, ông hội đàm …": hours after the arrival its paragraph told, that day)
    // (its "Vài giờ sau khi" counts from the arrival, not from the day told last)
    const afterLanding = !venue && dates.every((d) => !d.date || (d.relative && d.date.anchoring === 'previous')) ? AFTER_LANDING.exec(s.text) : null;
    const landing = afterLanding ? latestOf(mentions, (m) => m.type === 'visit' && WEAK.has(m.lemma) && m.paragraph === s.paragraph && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (landing?.date && afterLanding) dates = [...dates.filter((d) => d.end > afterLanding[0].length), toldDay(landing.date, s.text, afterLanding[0].length)];
    // "Hôm 9/1, cuộc truy lùng kết thúc bằng hai chiến dịch vây bắt. Coulibaly bị bắn chết khi …":
    // a day that set the scene, with nothing told on it, is the day of the sentence right after
    const scene = toldBefore.scene(k, s.paragraph);
    // ("Ngày 5/8, chính phủ Ấn Độ bãi bỏ … Hôm sau, …": and, when a state or a person acted on it
    // (not a storm's landfall), the day an opening "Hôm sau" counts from)
    let sceneDay: ResolvedDate | null = null;
    // ("Sau đó, …" says no day of its own: the day already taken for it stays)
    // ("Chỉ ít phút sau, …": a count opening the sentence, however hedged)
    const fromScene = scene?.acted && dates[0] && /^(?:(?:Chỉ|Chưa đầy|Khoảng)\s+)?$/u.test(s.text.slice(0, dates[0].start)) && dates[0].relative ? findDates(s.text, { documentDate: published, previous: scene.date }, exprs?.[k]) : null;
    if (fromScene?.some((d) => d.date)) dates = fromScene;
    // (not for what someone had once done: "… rút lại lời mời hôm 13-2 … Ông Maduro từng tuyên bố sẽ tới Lima …")
    else if (scene && !dates.some((d) => d.date) && !ONCE_BEFORE.test(s.text)) dates.push(toldDay((sceneDay = scene.date), s.text, 0));
    // (not one that told an attack of its own, which it could not place: "Hôm 17/1, lực lượng Houthi ở Yemen … tấn công khu công nghiệp Mussafah …";
    // `words` is still the sentence before's)
    sceneSetBy = sceneDay && !words.attack ? sentences[k - 1] : null;
    // "Tổng thống Pháp Hollande tuyên bố … các vụ tấn công ở Brussels …": a leader's reaction, the day of the attack
    // ("… gọi vụ việc là …, đồng thời khẳng định Mỹ sẽ hỗ trợ …": a "sẽ" in what was said is no plan of the sentence)
    const said = SAID_CONTENT.exec(s.text);
    // (nor one in an aside about a person: "…, người dự định tới Rotterdam phát biểu …")
    const planned = PLAN.test((said ? s.text.slice(0, said.index) : s.text).replace(PERSON_ASIDE, ''));
    // ("Theo Nhà Trắng, hai nhà lãnh đạo nhất trí rằng những kẻ đứng sau vụ tấn công ở Erbil …": the pair of the event just told, on its day)
    if (freshAttack && !dates.some((d) => d.date) && !planned && REACTION.test(s.text) && !PAIR_JUST_TOLD.test(s.text) && persons.some((p) => !p.person.source)) dates.push(toldDay(freshAttack, s.text, 0));
    // "Tại London, Thủ tướng Anh Theresa May tuyên bố …": in an article on the reactions to a fresh
    // attack (its headline tells it), a leader's statement without a day is of the day the story is on
    const storyDay = freshAttack && headline && REACTION.test(headline) && !dates.some((d) => d.date) && !planned && STATES.test(s.text) && persons.some((p) => !p.person.source) ? toldBefore.dayGoneOnFrom(s.paragraph) : null;
    // (a day before the attack's is its eve elsewhere: "tối 13/4 giờ Washington", "rạng sáng 14/4 giờ Damascus")
    if (storyDay && freshAttack && storyDay.precision === 'day' && !storyDay.end && Math.abs(isoDayNumber(storyDay.start) - isoDayNumber(freshAttack.start)) <= 1) dates.push(toldDay(storyDay.start >= freshAttack.start ? storyDay : freshAttack, s.text, 0));
    // "Tổng thống Hassan Rouhani gọi đây là …": a leader's statement without a day, in the two paragraphs after the day the story is on
    // (the day of writing or the one or two before it), is of that day (reactions may follow a paragraph of background)
    // (one that says what it reacts to: "gọi đây là", "lên án động thái này"; not "Phát biểu tại X, …", which places the one just told)
    // ("Phản ứng quốc tế đến gần như ngay lập tức … Chủ tịch Hội đồng châu Âu Donald Tusk viết trên Twitter: …": a paragraph of reactions, each a statement)
    if (REACTIONS_OPENING.test(s.text)) reactionsIn = s.paragraph;
    // ("Phản ứng quốc tế nhìn chung tích cực. Tổng thống Mỹ Donald Trump cùng ngày viết trên Twitter …" after a paragraph of background:
    // the day of the story's latest event, not of the background told last)
    const sameDay = reactionsIn === s.paragraph && published ? dates.findIndex((d) => d.relative && d.date?.anchoring === 'previous' && /cùng ngày/iu.test(d.text)) : -1;
    const sameDayTold = sameDay >= 0 ? dates[sameDay] : undefined;
    const storyLatest = sameDayTold?.date && published ? statedDays.map((d) => d.day).filter((d) => d.precision === 'day' && d.start < published.slice(0, 10)).sort((a, b) => a.start.localeCompare(b.start)).pop() : undefined;
    if (sameDayTold?.date && storyLatest && storyLatest.start > sameDayTold.date.start) dates[sameDay] = { ...sameDayTold, date: { ...storyLatest, anchoring: 'previous' } };
    // (a day lent, not told: no day a following "Cùng ngày" counts from)
    const lend = (day: ResolvedDate) => {
      const lent = toldDay(day, s.text, 0);
      dates.push({ ...lent, date: { ...lent.date!, borrowed: true } });
    };
    const freshDay = !dates.some((d) => d.date) && !planned && published?.length === 10 && (reactionsIn === s.paragraph || (STATES.test(s.text) && (REACTS_TO.test(s.text) || REACTION.test(s.text)))) && !/^Phát biểu/u.test(s.text)
      && persons.some((p) => !p.person.source) ? toldBefore.dayGoneOnFrom(s.paragraph, 2) : null;
    // (not what someone said at talks or a summit they took part in that day: that is told of those talks)
    const atTalks = (day: ResolvedDate) => mentions.some((m) => m.type !== 'statement' && m.type !== 'attack' && m.date?.start === day.start && m.participants.some((p) => actorKeys.has(personKey(p.name))));
    // (and only a sentence that tells statements alone: talks or calls told without a day may be of any day;
    // "Đang ở thăm London, …" says where the speaker was)
    if (freshDay && freshDay.precision === 'day' && !freshDay.end && freshDay.start <= published! && isoDayNumber(published!) - isoDayNumber(freshDay.start) <= FRESH_ATTACK_DAYS && !atTalks(freshDay)
      && sentenceTriggers.every((t) => t.type === 'statement' || t.end <= (WHILE_ON_VISIT.exec(s.text)?.[0].length ?? 0))) {
      lend(freshDay);
    }
    // A statement without a day right after one told by its day, however long after the writing: in a paragraph of reactions
    // ("Phản ứng quốc tế đến nhanh chóng. Ngay tối 12/8, Tổng thống Pháp … viết trên Twitter: …. Thủ tướng Anh … cho biết ông "kinh hoàng" …"),
    // or a state's, naming no one ("Hãng thông tấn nhà nước WAM hôm nay công bố …. UAE tuyên bố treo cờ rủ ba ngày …")
    const statementsAlone = !dates.some((d) => d.date) && !planned && sentenceTriggers.length > 0 && sentenceTriggers.every((t) => t.type === 'statement');
    const saidAfter = statementsAlone && ((reactionsIn === s.paragraph && persons.some((p) => !p.person.source)) || (!persons.length && STATE_OPENING.test(s.text)))
      ? toldInSentenceBefore((m) => m.type === 'statement' && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (saidAfter?.date) lend(saidAfter.date);
    const told = mentions.length;
    const anchor = eventsOfSentence(s, sentenceTriggers, dates, persons, sentences[k - 1]);
    /** The events this sentence told. */
    const toldHere = mentions.slice(told);
    // "Hội nghị … diễn ra hôm 4/2 tại London. Đồng chủ trì hội nghị có Thủ tướng Anh David Cameron, …": its chairs, listed next
    const held = CHAIRS_LISTED.test(s.text) ? toldLast.find((m) => m.type === 'summit' && !m.participants.length && m.paragraph === s.paragraph) : undefined;
    if (held) held.participants = persons.filter((p) => !p.person.source).map(toParticipant);
    // ("Các nhà lãnh đạo châu Âu dự hội nghị có Thủ tướng Đức Angela Merkel, …", "Cùng dự hội nghị có …", however far on): more who attended the summit told last
    // ("Quyền ngoại trưởng … Amir Khan Muttaqi có mặt tại hội nghị …", "… Thomas West … cũng tham dự.": a ministers' meeting told with no one, in the paragraph before)
    const presentAt = !held && !toldHere.length && PRESENT_AT_IT.test(s.text) ? latestWithin(mentions.slice(0, told), s.paragraph, 2, (m) => m.type === 'meeting' && !m.participants.length) : undefined;
    const attendedTold = !held && ATTENDEES_LISTED.test(s.text) ? latestOf(mentions, (m) => m.type === 'summit', told) : presentAt;
    if (attendedTold) {
      // (given once its host is: a summit's host is given only to one told without people)
      listed.push({ summit: attendedTold, who: persons.filter((p) => !p.person.source).map(toParticipant) });
      // (the list is of the summit's people, not a meeting of its own)
      for (const m of toldHere) if (m.type === 'meeting' && m.lemma === 'dự') mentions.splice(mentions.indexOf(m), 1);
    }
    // "… (TICAD 8) đã khép lại tại Tunis …. Tổng thống Tunisia Kais Saied đồng chủ trì với Thủ tướng Nhật Bản Kishida Fumio, …": the chairs of the summit just told
    const coChair = CO_CHAIRED_WITH.exec(s.text);
    const chaired = coChair ? latestWithin(mentions.slice(0, told), s.paragraph, 1, (m) => m.type === 'summit') : undefined;
    if (chaired && !chaired.participants.length) {
      const chairs = persons.filter((p) => !p.person.source && (p.end <= coChair!.index || p.start - (coChair!.index + coChair![0].length) <= 30));
      if (chairs.length >= 2) chaired.participants = chairs.map(toParticipant);
    }
    // "Ngày 12/12, Mexico cùng Argentina, Colombia và Bolivia ra tuyên bố chung … Tuyên bố có chữ ký của Tổng thống López Obrador, …": its signers, listed next
    // "Cuộc đàm phán khai mạc sáng 23/1 tại …. Phái đoàn chính phủ do … Bashar al-Jaafari dẫn đầu, còn phái đoàn … do ông
    // Mohammed Alloush, …, làm trưởng đoàn": the heads of the delegations to the talks just told without people
    const heads = !toldHere.length && DELEGATIONS.test(s.text) ? persons.filter((p) => !p.person.source && HEADS_DELEGATION.test(s.text.slice(p.end, p.end + 100))) : [];
    const talks = heads.length ? toldLast.find((m) => m.type === 'meeting' && !m.participants.length && m.paragraph === s.paragraph) : undefined;
    if (talks) talks.participants = heads.map(toParticipant);
    // "… (AMM-49) khai mạc sáng Chủ nhật (24/7) tại thủ đô Vientiane. Ngoại trưởng Lào Saleumxay Kommasith chủ trì hội nghị.": who chaired the meeting just told
    // (and who attended it: "Thủ tướng … dự và phát biểu khai mạc hội nghị, do Phó Thủ tướng … chủ trì.")
    const chairedIt = CHAIRED_IT.test(s.text) || CHAIRED_BY_AFTER.test(s.text);
    const meetingChaired = chairedIt ? latestWithin(mentions.slice(0, told), s.paragraph, 1, (m) => m.type === 'meeting' && !m.participants.length && !!m.date) : undefined;
    if (meetingChaired) meetingChaired.participants = persons.filter((p) => !p.person.source).map(toParticipant);
    // "… thỏa thuận giữa Mỹ và Taliban ký hôm 29/2 cũng tại Doha. Theo thỏa thuận do đặc phái viên Mỹ Zalmay Khalilzad và ông Baradar ký, …": its signers
    const signedBy = SIGNED_BY.exec(s.text);
    const signedDoc = signedBy ? [...toldLast, ...toldHere].find((m) => m.type === 'agreement' && !m.participants.length && s.paragraph - (m.paragraph ?? -9) <= 1) : undefined;
    // (an envoy who signs is no source: he acted)
    if (signedDoc) signedDoc.participants = persons.filter((p) => p.start >= signedBy!.index && p.end <= signedBy!.index + signedBy![0].length).map(toParticipant);
    const signed = SIGNERS_LISTED.test(s.text) ? toldLast.find((m) => m.type === 'statement' && !m.participants.length && m.paragraph === s.paragraph) : undefined;
    if (signed) signed.participants = persons.filter((p) => !p.person.source).map(toParticipant);
    // "… đã ký các văn kiện về hợp tác kinh tế. Buổi lễ diễn ra tại Phòng Bầu dục ngày 4/9": the day and place of the signing just told
    // ("… đã đặt viên đá đầu tiên cho tuyến đường sắt cao tốc … Lễ khởi công diễn ra sáng 14/9 tại …": the ground broken just told)
    const ceremony = CEREMONY_HELD.test(s.text) ? latestWithin(toldLast, s.paragraph, 1, (m) => (m.type === 'agreement' || (m.type === 'other' && CEREMONY_TOLD.test(m.lemma))) && !m.date) : undefined;
    const ceremonyDay = ceremony ? dates.find((d) => d.date && d.date.precision === 'day' && !d.date.end && !d.relative)?.date : undefined;
    if (ceremony && ceremonyDay) {
      ceremony.date = ceremonyDay;
      // (else where the sentence says it was held: "… tại một sân vận động gần ga Sabarmati ở thành phố Ahmedabad")
      ceremony.location ??= toldHere.find((m) => m.location)?.location ?? findPlaces(s.text).find((p) => p.locative && p.kind === 'city')?.location ?? null;
    }
    toldLast = toldHere;
    // (a coup draws reactions as an attack does: "Tổng thư ký … lên án mạnh mẽ việc bắt giữ"; so does a missile launch)
    for (const m of toldHere) if ((m.type === 'attack' || (m.type === 'other' && (COUP_WORD.test(m.lemma) || WEAPON_TEST.test(m.lemma)))) && isFresh(m.date)) freshAttack = m.date;
    // "Cùng ngày", "hai ngày sau" count from the event the sentence told: a main event's date,
    // not an aside's, nor one lent by a summit, nor a mere arrival's; a sentence that tells no
    // event at all ("Ngày 24/5, ông Trump gửi thư cho ông Kim.") from the day it names, when it
    // tells of someone (a storm's landfall "hôm 28/10" is no day the next meeting counts from).
    // "Lần gần nhất hai nhà lãnh đạo hội đàm chính thức là tại Helsinki hôm 16.7.": a look back, no day the story goes on from
    const lookedFrom: ResolvedDate | null = previous;
    // ("… gấp 5-6 lần vụ thử hạt nhân thứ năm hôm 9/9/2016" in a story of 2017: a year gone by told in passing, mid-sentence, is a look back)
    const passing = anchor && inPassing(anchor, dates, published) ? anchor : null;
    // (the day of someone's act the sentence told; not of one it compares with: "gấp 5-6 lần vụ thử hạt nhân thứ năm hôm 9/9/2016")
    passedOn = passing && toldHere.some((m) => m.date?.start === passing.start && m.participants.length) ? { index: k, date: passing } : null;
    if (anchor && !passing) previous = anchor;
    // So does a sentence whose event words told nothing ('"…", ông Trump nói sau khi … chiều 30/6') or
    // only named an attack of another day ("tưởng niệm nạn nhân của chuỗi vụ tấn công"), when that day is past.
    // (and one that told what an occasion was first set for: "Cuộc gặp ban đầu được lên lịch vào 11h30 sáng thứ năm (26/8). Tuy nhiên, vài giờ trước đó, …")
    // (and one opening on its day, "Sáng chủ nhật 11/4, hệ thống điện tại khu làm giàu urani … bất ngờ bị cắt.", which sets the scene)
    else if ((!words.any || toldHere.every((m) => m.type === 'attack' && m.date?.precision !== 'day')) && !planned && (persons.length || words.attack || AUTHORITIES.test(s.text) || (!toldHere.length && dates[0]?.start === 0 && !dates[0].relative && /^\s*,\s/u.test(s.text.slice(dates[0].end))) || (words.any && (GROUP_SUBJECT.test(s.text) || STATE_BODY.test(s.text) || OCCASION_FIRST_SET.test(s.text))) || STATE_BODY_OPENING.test(s.text))) {
      // (not a day told about a person: "Tổng thống Rodrigo Duterte, nhậm chức hôm 30.6, …")
      // ("sáng hôm qua" counts from the document date: a day as firm as one written out)
      // (nor a day something is counted from: "… nhiều thương vong nhất ở New York kể từ sự kiện 11/9/2001")
      const day = dates.find((d) => d.date && (!d.relative || d.date.anchoring === 'document') && d.date.precision === 'day' && !d.date.end && !aboutAName(d, s.text) && !COUNTED_FROM.test(s.text.slice(Math.max(0, d.start - 40), d.start)))?.date ?? sceneDay;
      // ("[Ảnh] … tại Hà Nội hôm 12/11/2017." in a story of 2020: a day long gone told in passing, as an event's is)
      if (day && (!words.any || !published || day.start <= published) && !inPassing(day, dates, published)) previous = day;
    }
    // ("Sự có mặt của bà Harris tại hội nghị nằm trong chuyến thăm Pháp … Hai ngày trước đó, …": a sentence at the conference, with no day of its own, is of the day of the story's first conference)
    const atConference = !dates.some((d) => d.date) && AT_BARE_CONFERENCE.test(s.text) ? mentions.find((m) => m.type === 'summit' && m.date?.precision === 'day' && !m.date.end) : undefined;
    if (atConference?.date) previous = atConference.date;
    const arrived = !anchor && toldHere.length > 0 && toldHere.every((m) => WEAK.has(m.lemma) && m.date?.precision === 'day' && !m.date.end);
    // ("Ông Castro đã tới Paris từ thứ Bảy (30/1) và dành hai ngày cuối tuần cho …": there since that day, which is no day the story goes on from;
    // the story's day goes on, and "Tại Điện Elysee, …" next is that day's)
    const arrivedSince = arrived && dates.some((d) => d.date && d.date.start === toldHere[0].date?.start && SINCE_BEFORE.test(s.text.slice(Math.max(0, d.start - 6), d.start)));
    // ("… bay tới Sydney … sáng thứ Tư (22/2). Ông Turnbull … đón vợ chồng ông …, trước khi hai nhà lãnh đạo hội đàm …. Cùng ngày, …":
    // a sentence of events told with no day of any kind goes on from the arrival, and what follows may too; so does one telling
    // no event: "… bay tới Ceuta. … Madrid đã điều quân đội … tới bãi biển. Cùng ngày, Ngoại trưởng … triệu Đại sứ …",
    // unless the story told a later day already: "Sáng 19/10, … hội đàm …. Ông Suga … đến sân bay Nội Bài tối 18/10.")
    // (the mentions are scanned only when an arrival was told just before and this sentence tells nothing)
    const arrivalDay = !arrived && arrivedOn && arrivedOn.index === k - 1 ? arrivedOn.date.start : undefined;
    const undatedOnly = toldHere.every((m) => !m.date) && !dates.some((d) => d.date) && (toldHere.length > 0 || (arrivalDay !== undefined && !mentions.some((m) => m.date && m.date.start > arrivalDay)));
    if (!arrived && arrivedOn && arrivedOn.index === k - 1 && undatedOnly) arrivedOn = { index: k, date: arrivedOn.date, inOffice: arrivedOn.inOffice, quiet: arrivedOn.quiet || !toldHere.length };
    else if (!arrived) arrivedOn = null;
    else if (arrivedSince) arrivedOn = previous?.precision === 'day' ? { index: k, date: previous, inOffice: false } : null;
    else arrivedOn = { index: k, date: toldHere[0].date!, inOffice: toldHere.some((m) => m.lemma === 'nhậm chức') };
    // ("Đây là hội nghị thượng đỉnh thứ hai …, sau cuộc gặp tại Ankara hồi tháng 4": ranking the occasion told looks back too)
    const lookedBack = LOOK_BACK_OPENING.test(s.text) || ONCE_BEFORE.test(s.text) || COUNTS_THE_LAST.test(s.text);
    if (lookedBack) previous = lookedFrom;
    // ("Vụ tấn công xảy ra đúng lúc Nghị viện châu Âu đang họp … Chủ tịch … viết trên Twitter ngay tối đó …": the story's attack, told again undated, is the day what follows counts from)
    // ("Vụ tấn công xảy ra vào thời điểm nhạy cảm với chính phủ …, vốn mất thế đa số … sau cuộc bầu cử sớm hôm 8/6": a day in the background it came in is no day of its own)
    const happened = ATTACK_HAPPENED.exec(s.text);
    const ownDates = happened && IN_BACKGROUND.test(s.text.slice(happened[0].length)) ? dates.filter((d) => d.start < happened[0].length) : dates;
    // (the story's fresh attack, when earlier ones were told since: "… vụ đâm xe trên cầu London hôm 3/6")
    const attackAgain = happened && !ownDates.some((d) => d.date) ? freshAttack ?? latestOf(mentions, (m) => m.type === 'attack' && m.date?.precision === 'day' && !m.date.end)?.date : undefined;
    if (attackAgain) previous = attackAgain;
    chainedIn = dates.some((d) => d.relative && d.date?.anchoring === 'previous') ? s.paragraph : -1;
    // (else "hôm qua", counted from the document date: as firm a day as one written out)
    // ("Chủ nhà là Tổng thống Peru Martín Vizcarra, người vừa nhậm chức hôm 23-3 …": a day told about a person sets no scene)
    // (nor does the day a span began on: "… đầu tiên của ông Suga kể từ khi nhậm chức ngày 16/9" is not where "Ông Suga sau đó …" goes on from)
    const spanBegun = (d: DatedSpan) => BEGUN_ON_BEFORE.test(s.text.slice(Math.max(0, d.start - 50), d.start));
    const ofSomeone = (d: DatedSpan) => aboutAName(d, s.text) || ofPersonAfter(d, { end: 0 }, s.text) || spanBegun(d);
    const stated = (dates.find((d) => d.date && !d.relative && d.date.precision === 'day' && !ofSomeone(d)) ?? dates.find((d) => d.date && d.date.anchoring === 'document' && d.date.precision === 'day' && !ofSomeone(d)))?.date ?? null;
    if (stated && !stated.end) statedDays.push({ start: s.start, paragraph: s.paragraph, text: s.text, day: stated });
    // (a sentence without event words has its dates left unresolved: a month written with its year still counts)
    const month = latestOf(dates, (d) => d.date && !d.relative && (d.date.precision === 'month' || d.date.precision === 'day') && !d.date.end)?.date;
    if (month) lastMonth = { ...month, start: month.start.slice(0, 7), precision: 'month' };
    else {
      const written = exprs?.[k]?.filter((e) => e.kind === 'calendar' && e.month !== undefined && e.year !== undefined && e.endMonth === undefined).pop();
      if (written) lastMonth = { start: toIso({ y: written.year!, m: written.month }), precision: 'month', anchoring: 'absolute', yearInferred: false };
    }
    toldBefore.record({
      index: k,
      paragraph: s.paragraph,
      // (a look back tells no day the story goes on from)
      day: lookedBack ? null : dates.find((d) => d.date && d.date.precision === 'day' && !d.date.end && !d.date.borrowed && !spanBegun(d))?.date ?? null,
      // (a welcome's day told as "cùng ngày" is the day it sets)
      // (and so is a scene told on the day just told: "Cùng ngày, chuông các nhà thờ ở Hy Lạp được rung lên …. Phát biểu tại Athens, …")
      stated: stated ?? ((WELCOMED.test(s.text) || (SAME_DAY.test(s.text) && !words.any)) && !toldHere.length ? dates.find((d) => d.date && d.relative && d.date.anchoring === 'previous' && d.date.precision === 'day' && !d.date.end)?.date ?? null : null),
      // ("Cũng trong ngày 26/11, Hội đồng Bảo an Liên Hợp Quốc họp khẩn. Đại sứ Mỹ Nikki Haley gọi …": a body's session sets the scene for what is said at it)
      // (and so does the ceremony of a signing: "Buổi lễ diễn ra tại Phòng Bầu dục ngày 4/9, … Vučić và Hoti … mỗi người ký …")
      // ("Trước đó, trưa cùng ngày, Giáo hoàng được đón chính thức tại Phủ Tổng thống UAE. Ông đã hội kiến …": a welcome that told no event of its own sets the scene)
      hadEventWords: words.any && (toldHere.length > 0 || !WELCOMED.test(s.text)) && !CEREMONY_HELD.test(s.text) && !(toldHere.length && toldHere.every((m) => m.type === 'meeting' && m.by && !m.by.many && !m.participants.length)),
      acted: persons.length > 0 || findCountries(s.text).length > 0,
      planned,
      flashback: FLASHBACK_OPENER.test(s.text),
    });
  }
  datedLead(mentions, statedDays, published);
  goesOnFromDay(mentions, statedDays, sentences);
  talksOfWhatWasSaid(mentions);
  // "… một tay súng … xả súng, khiến 38 người thiệt mạng. Tổng thống Tunisia … đã tới hiện trường ngay
  // trong tối 26/6.": an attack told without a day whose scene is visited that very day, in the sentence right after
  for (const m of mentions) {
    if (m.type !== 'attack' || m.date) continue;
    const visit = mentions.find((v) => v.type === 'visit' && v.start > m.end && v.start - m.end <= 2 && v.paragraph === m.paragraph && v.date?.precision === 'day' && !v.date.end && TO_THE_SCENE.test(v.quote) && THAT_VERY_DAY.test(v.quote));
    if (visit) m.date = visit.date;
  }
  // "Vụ tấn công xảy ra … sáng 26/7 … Tổng thống François Hollande cùng Bộ trưởng Nội vụ … đã tới hiện trường ngay trong buổi sáng":
  // the scene visited that very day, with no day of its own, on the day of the attack told last
  for (const [i, m] of mentions.entries()) {
    if (m.type !== 'visit' || m.date || !TO_THE_SCENE.test(m.quote) || !THAT_VERY_DAY.test(m.quote)) continue;
    const attack = latestOf(mentions, (a) => a.type === 'attack' && a.date?.precision === 'day' && !a.date.end, i);
    if (attack) m.date = { ...attack.date!, anchoring: 'previous' };
  }
  namedAttackers(mentions, sentences);
  // "Bên lề Hội nghị Cấp cao ASEAN lần thứ 33, Thủ tướng … và Phó Tổng thống Mỹ … nhất trí …" dated only by the summit's
  // days, then "Cuộc gặp giữa … diễn ra hôm 14/11": what the same people did there is of the day their meeting is told on
  for (const m of mentions) {
    if (m.type === 'summit' || !m.date?.borrowed || !m.date.end || m.participants.length < 2) continue;
    const keys = new Set(m.participants.map((p) => personKey(p.name)));
    const days = new Set(mentions.filter((x) => x !== m && x.type === 'meeting' && x.date?.precision === 'day' && !x.date.end && !x.date.borrowed && x.date.start >= m.date!.start && x.date.start <= m.date!.end!
      && x.participants.length === keys.size && x.participants.every((p) => keys.has(personKey(p.name)))).map((x) => x.date!.start));
    if (days.size === 1) m.date = { ...m.date, start: [...days][0], end: undefined };
  }
  // "Cuộc gặp … diễn ra trưa 29/6, ngày cuối của Hội nghị G20 tại Osaka": a meeting told on a
  // day of the summit its own sentence places is held there
  for (const m of mentions) {
    if (m.location || m.type !== 'meeting' || m.date?.precision !== 'day' || m.date.end) continue;
    const day = m.date.start;
    const at = mentions.find((x) => x.type === 'summit' && x.start === m.start && x.location && x.date?.end && x.date.start <= day && day <= x.date.end);
    if (at) m.location = cityOf(at.location!) ?? at.location;
  }
  // "Chiều cùng ngày, Tổng thống Moon hội kiến Thủ tướng …" without a place: a visitor's
  // meetings of one day are in the city its nearest other event that day was placed in (a
  // summit's talks stay its own, told apart from it at merge)
  withSessionAttendees(mentions, sessions);
  withSummitHosts(mentions, hosts);
  // (each once: "Ngoại trưởng Saudi Arabia, Hoàng tử Faisal bin Farhan" names one man twice)
  for (const { summit, who } of listed) summit.participants = [...summit.participants, ...who.filter((p, i) => !summit.participants.some((q) => q.name === p.name) && who.findIndex((q) => q.name === p.name) === i)];
  const namedParticipants = new Map([...everyoneNamed].map(([key, m]) => [key, toParticipant(m)]));
  withHostCountryHeads(mentions, namedParticipants);
  withOfficeTakerOfDay(mentions, [...namedParticipants.values()]);
  withVisitorAsParty(mentions);
  withOtherSideToldBefore(mentions);
  const placedOn = new Map<string, number[]>();
  for (const [j, x] of mentions.entries()) {
    if (x.location && x.type !== 'attack' && x.type !== 'summit' && x.date && !x.date.end) placedOn.set(x.date.start, [...(placedOn.get(x.date.start) ?? []), j]);
  }
  for (const [i, m] of mentions.entries()) {
    // (and signings: "… hội đàm tại London và chứng kiến lễ ký …")
    if (m.location || (m.type !== 'meeting' && m.type !== 'visit' && !(m.type === 'agreement' && SIGNING.test(m.lemma))) || m.date?.precision !== 'day' || m.date.end || !m.participants.length) continue;
    const keys = new Set(m.participants.map((p) => personKey(p.name)));
    // ("… sau cuộc gặp kéo dài bất thường tại Tòa thánh Vatican. Cuộc gặp riêng giữa ông Biden và Giáo hoàng … hôm thứ Sáu (29/10) …":
    // the same people's event of that kind told undated before it, with its place, is that one)
    // (only of the story's days: an undated meeting is not a look back's, "… gặp nhau lần đầu tại Sochi hôm 22/10 năm ngoái")
    const same = (x: EventMention) => x.type === m.type && x.participants.length === keys.size && x.participants.every((p) => keys.has(personKey(p.name)));
    const toldBefore = m.type === 'meeting' && keys.size > 1 && published && isoDayNumber(published.slice(0, 10)) - isoDayNumber(m.date.start) <= LOOK_BACK_DAYS
      ? mentions.slice(0, i).find((x) => same(x) && x.location && !x.date) : undefined;
    if (toldBefore) { m.location = toldBefore.location; continue; }
    const sameDay = (placedOn.get(m.date.start) ?? []).filter((j) => mentions[j].participants.some((p) => keys.has(personKey(p.name))));
    const near = sameDay.sort((a, b) => Math.abs(i - a) - Math.abs(i - b))[0];
    // (else the visit of theirs whose days span that day: "Tổng thống Kovind thăm Việt Nam từ ngày 2 đến 4/3 … hội đàm với …")
    const visiting = near === undefined ? mentions.find((x) => x.type === 'visit' && x.location && x.date?.end && x.date.start <= m.date!.start && m.date!.start <= x.date.end && x.participants.some((p) => keys.has(personKey(p.name)))) : undefined;
    const city = near !== undefined ? cityOf(mentions[near].location!) : visiting ? cityOf(visiting.location!) ?? visiting.location : null;
    // ("… tới căn cứ Hmeimim … Từ Hmeimim, ông Putin bay thẳng tới Cairo. Tại cuộc hội đàm chiều nay, …": they travelled on in between)
    const movedOn = city && mentions.slice(Math.min(i, near) + 1, Math.max(i, near)).some((x) => x.type === 'visit' && x.location && MOVED_ON.test(x.quote) && x.participants.some((p) => keys.has(personKey(p.name))) && (cityOf(x.location)?.name ?? city.name) !== city.name);
    if (city && !movedOn) m.location = city;
  }
  return mentions;

  /**
   * The day of the latest event told of these people, of the kind the clause names when it names one (naming no one: of that kind and at a place it names);
   * with `orAnyOfTheirs`, else the latest of theirs of any kind.
   */
  function dayOfEventOf(named: PersonMention[], clause: string, orAnyOfTheirs = false): ResolvedDate | null {
    const keys = new Set(named.map((p) => p.person.key));
    // ("Cùng ngày hội nghị khai mạc, …": the day a sentence told a conference opening on, whether or not it was read as an event)
    const opened = !keys.size && CONFERENCE_OPENED.test(clause) ? latestOf(statedDays, (d) => CONFERENCE_OPENED.test(d.text)) : undefined;
    if (opened) return opened.day;
    // ("Cùng ngày diễn ra hội nghị ở Sochi, …": a bare "hội nghị" is the talks or summit told there)
    const kind = findTriggers(clause.charAt(0).toLowerCase() + clause.slice(1))[0]?.type ?? (BARE_MEETING.test(clause) ? 'summit' : undefined);
    // ("đến Moscow": else the event of theirs told in that city)
    const cities = findPlaces(clause).map((p) => p.location.name.split(', ').pop()!);
    // (at the time of what was told, "Vụ tấn công ở Hadera diễn ra đúng lúc …": by a place the gazetteer lacks, as an event told there was placed)
    if (orAnyOfTheirs) cities.push(...allMatches(NAMED_AT, clause).map((m) => m[1]));
    if (!keys.size && (!kind || !cities.length)) return null;
    const theirs = mentions.filter((m) => m.date?.precision === 'day' && !m.date.end && (!keys.size || m.participants.some((p) => keys.has(personKey(p.name)))));
    const latest = theirs.reverse();
    // ("Cũng trong ngày diễn ra thượng đỉnh Tehran, …": a summit may have been told by its host's welcome, a meeting)
    const ofKind = (x: EventMention) => x.type === kind || (kind === 'summit' && x.type === 'meeting');
    if (!keys.size) return latest.find((x) => ofKind(x) && !!x.location && cities.includes(x.location.name.split(', ').pop()!))?.date ?? null;
    // ("Cùng ngày ông Baradar có mặt ở Thiên Tân, …": theirs in the city named, before the latest told of them)
    const inCity = (x: EventMention) => !!x.location && cities.includes(x.location.name.split(', ').pop()!);
    const m = (cities.length ? latest.find((x) => (!kind || x.type === kind) && inCity(x)) : undefined) ?? latest.find((x) => !kind || x.type === kind) ?? latest.find(inCity) ?? (orAnyOfTheirs ? latest[0] : undefined);
    return m?.date ?? null;
  }

  /** A single day at most {@link FRESH_ATTACK_DAYS} before the document date. */
  function isFresh(date: ResolvedDate | null): date is ResolvedDate {
    if (!published || !date || date.precision !== 'day' || date.end || date.start > published) return false;
    return (Date.parse(published.slice(0, 10)) - Date.parse(date.start)) / 86_400_000 <= FRESH_ATTACK_DAYS;
  }

  /**
   * The day a fronted "Cùng ngày" resumes when the day just told is a flashback of an earlier
   * paragraph its subject had no part in: the latest day the subject was told to act on, if
   * later than that flashback.
   */
  function resumedDay(persons: PersonMention[], s: Sentence, prev: ResolvedDate): ResolvedDate | null {
    const subject = new Set(persons.filter((p) => !p.person.source && !isObject(s.text, p.start)).map((p) => p.person.key));
    if (!subject.size) return null;
    const thatDay = mentions.filter((m) => m.date?.start === prev.start);
    if (!thatDay.length || thatDay.some((m) => m.paragraph === s.paragraph)) return null;
    // ("Hôm thứ Sáu (6/1), ông Suga thông báo …. Cùng ngày, trong cuộc điện đàm với …": a day told by its weekday, in the week
    // before the writing, is the news of the week, not a look back)
    if (published && isoDayNumber(published.slice(0, 10)) - isoDayNumber(prev.start) <= WEEK && statedDays.some((d) => d.day.start === prev.start && d.paragraph < s.paragraph && findWeekdayDates(d.text).length > 0)) return null;
    const toldOf = (keys: Set<string>) => mentions.filter((m) => m.date && m.date.precision === 'day' && !m.date.end && !m.date.borrowed && m.participants.some((p) => keys.has(personKey(p.name))));
    // ("Chiều cùng ngày, Tổng Bí thư … tiếp Thủ tướng Morrison": a host not told before receives a guest who was)
    let keys = subject;
    let own = toldOf(keys);
    if (!own.length) own = toldOf((keys = new Set(persons.filter((p) => !p.person.source).map((p) => p.person.key))));
    // ("Cùng ngày, Ngoại trưởng Pakistan … chỉ trích …", someone not told of before, a paragraph after a look back
    // months before the day of writing: the story's own day, when something was told on it)
    if (!own.length) {
      const today = published ? mentions.find((m) => m.date?.precision === 'day' && !m.date.end && !m.date.borrowed && m.date.start === published.slice(0, 10))?.date : undefined;
      return today && isoDayNumber(today.start) - isoDayNumber(prev.start) > LOOK_BACK_DAYS ? today : null;
    }
    // the subject acted that day too (even if only arriving): the day stands
    // (unless it is a look back a paragraph or more before the one just told: "Ngày 12/11 năm ngoái, Giáo hoàng đã điện đàm …",
    // then Trump's audience of 2017, then "Cùng ngày, sau khi rời Vatican, ông Biden hội kiến …", the story's day)
    const lookedBackTo = published !== null && isoDayNumber(published.slice(0, 10)) - isoDayNumber(prev.start) > LOOK_BACK_DAYS && thatDay.every((m) => (m.paragraph ?? s.paragraph) < s.paragraph - 1);
    // ("Ông Esper đến Hà Nội tối 19-11 … Chiều cùng ngày, Thủ tướng … tiếp Bộ trưởng Esper": an afternoon comes before an evening arrival, so not its day;
    // what only went on from that day, told without one, does not make it theirs)
    // ("… tới sân bay Nội Bài sáng thứ Hai (14/11), bắt đầu chuyến thăm từ ngày 14 đến 17/11. Chiều cùng ngày, …": a visit
    // begun that day counts; not a stay's span alone, "thăm … từ ngày 26 đến 28/3")
    const began = thatDay.filter((m) => m.date?.end && m.type === 'visit' && BEGAN_VISIT.test(m.quote) && m.participants.some((p) => keys.has(personKey(p.name))));
    const afterEveningArrival = DAYTIME_SAME_DAY.test(s.text) && [...own.filter((m) => m.date!.start === prev.start && m.date!.anchoring !== 'previous'), ...began].every((m) => m.type === 'visit' && ARRIVAL.test(m.lemma) && EVENING_ARRIVAL.test(m.quote));
    if (!lookedBackTo && !afterEveningArrival && (began.length || own.some((m) => m.date!.start === prev.start))) return null;
    const latest = own.filter((m) => !WEAK.has(m.lemma)).reduce<ResolvedDate | null>((a, m) => (!a || m.date!.start > a.start ? m.date! : a), null);
    return latest && latest.start > prev.start ? latest : null;
  }

  /** Reads the events of one sentence into `mentions`; returns the date later ones count from. */
  function eventsOfSentence(s: Sentence, sentenceWords: readonly Trigger[], dates: DatedSpan[], persons: PersonMention[], before?: Sentence): ResolvedDate | null {
    const previousText = before?.text;
    let anchor: ResolvedDate | null = null;
    const note = (m: EventMention, main: boolean) => {
      // ("Cùng ngày, trong khuôn khổ chuyến thăm, Hiệp định về bảo hiểm xã hội … đã được ký kết": in the country of the visit told)
      if (!m.location && m.type !== 'visit' && m.type !== 'attack' && DURING_VISIT.test(s.text)) {
        const visit = latestOf(mentions, (x) => x.type === 'visit' && x.location?.country);
        if (visit) m.location = countryLocation(visit.location!.country!);
      }
      push(m);
      // "cùng ngày" needs a day to count from
      // (an arrival too, when the sentence opens on its day: "Sang ngày 4/4, Tổng thống Iran Hassan Rouhani tới Ankara.")
      if (main && m.date && !m.date.borrowed && m.date.precision === 'day' && (!anchor || !m.date.end) && (!WEAK.has(m.lemma) || DAY_OPENING.test(s.text))) anchor = m.date;
    };
    // "Ông cũng dừng chân tại Maldives trước khi tới Việt Nam": what came after the event told,
    // told only to place it in time, is no event of that day (with a date of its own it is)
    let triggers = sentenceWords.filter((t) => !laterAside(t, s.text, dates, sentenceWords));
    // ("… vụ tấn công … nhằm vào Tổng thống Venezuela … Vụ việc xảy ra … 4/8 … ở thủ đô Caracas": the attack just named)
    // (or one opening a paragraph soon after: "… vụ tấn công nhà trẻ khiến 36 người thiệt mạng. … Ngày tồi tệ nhất. Vụ việc xảy ra vào khoảng 12h30 …")
    const opensParagraph = before?.paragraph !== s.paragraph;
    const attackNamedLately = attackNamedIn !== null && opensParagraph && s.paragraph - attackNamedIn <= INCIDENT_PARAGRAPHS;
    const incident = (words.attack || attackNamedLately) && !triggers.some((t) => t.type === 'attack') ? incidentTrigger(s.text) : null;
    if (incident) triggers = [incident, ...triggers];
    words = { any: triggers.length > 0, attack: triggers.some((t) => t.type === 'attack') };
    if (words.attack) attackNamedIn = s.paragraph;
    else if (OTHER_CASE.test(s.text)) attackNamedIn = null;
    if (!triggers.length) return null;
    // places are looked up only when an event is about to be placed
    let found: PlaceMention[] | null = null;
    // (not where the event a clause names only for its day was: "Cùng ngày diễn ra hội nghị ở Accra, Tổng thống Emmanuel Macron cảnh báo …")
    const aside = sameDayClause(s.text);
    const placesOf = () => (found ??= findPlaces(s.text).filter((p) => !aside || p.start < aside.from || p.end > aside.to));
    const summitsHere = findSummits(s.text, summits);
    const base = { document, quote: original.slice(s.start, s.end), start: s.start, end: s.end, paragraph: s.paragraph };
    // A sentence without a date of its own may still say when: "Sau cuộc điện đàm với ông
    // Putin, …" (the day of that call), "Ông cũng đã điện đàm với …" (the day just told).
    // ("… tại hội nghị cấp cao trực tuyến sáng 24/8. … Phát biểu tại hội nghị, …": a summit the article told by its day, not a known one it names later)
    // (looked for only when the sentence names a summit without its name)
    const toldSummit = () => !lastSummit && nearSummits.size === 1 && mentions.some((m) => m.type === 'summit' && m.date?.precision === 'day' && !m.summit && !withinSummit(m.date.start, [...nearSummits.values()][0]));
    const summitHere = unnamedSummit(s.text, nearSummits, lastSummit);
    // ("… dự Hội nghị Bộ trưởng "Trái tim châu Á" lần thứ 5 … Bên lề hội nghị, …": the conference named last, not a known summit told elsewhere)
    const unnamed = (summitHere && toldSummit()) || (otherConferenceNamed && !summitsHere.length) ? null : summitHere;
    if (summitsHere.length) otherConferenceNamed = false;
    else if (NAMED_CONFERENCE.test(s.text)) otherConferenceNamed = true;
    if (wantsReferredDate(s.text, dates)) {
      // "Thủ tướng X gọi đây là …": a reaction to the attack just told, on its day
      const told = referredDate(s.text, persons, mentions, s.paragraph, !!unnamed) ?? reactionToTest(s.text, mentions, s.paragraph) ?? reactionToAttack(s.text, mentions, s.paragraph) ?? tributeDate(s.text, mentions, s.paragraph) ?? closingDay(s.text, mentions);
      if (told) dates.push(told);
      // ("Vài giờ sau cuộc họp báo ở Brussels, …": the day a sentence told that press conference on, a caption's too)
      const occasion = told ? null : HOURS_FROM_OCCASION.exec(s.text);
      // (a session, by any of its names: "Vài giờ trước cuộc tham vấn, …" after "Cuộc họp … diễn ra sáng 16/8")
      const occasionDay = occasion ? latestOf(statedDays, (d) => d.text.includes(occasion[1]) || (SESSION_NAMES.test(occasion[1]) && SESSION_TOLD.test(d.text))) : undefined;
      if (occasionDay) dates.push(toldDay(occasionDay.day, s.text, s.text.indexOf(',')));
      // ("Phát ngôn của ông Erdogan được đưa ra một ngày sau khi Tổng thống Macron tiếp …": the clause's event, that many days from the statement told)
      const fromSaid = told || occasionDay ? null : DAYS_FROM_SAID.exec(s.text);
      const said = fromSaid ? latestWithin(mentions, s.paragraph, 3, (m) => m.type === 'statement' && m.date?.precision === 'day' && !m.date.end) : undefined;
      if (fromSaid && said?.date) dates.push(toldDay(dayBeforeOrAfter(said.date, fromSaid[1], fromSaid[2]), s.text, fromSaid[0].length));
      // ("Một giờ trước thời khắc Brexit, …": hours before the moment the story told, on its day)
      const moment = told || occasionDay ? null : HOURS_BEFORE_MOMENT.exec(s.text);
      const momentDay = moment ? latestOf(statedDays, (d) => s.paragraph - d.paragraph <= 2)?.day : undefined;
      if (moment && momentDay) dates.push(toldDay(momentDay, s.text, moment[0].length));
      // ("… John Kerry gặp ông Zarif trước khi tuyên bố được công bố": before or after the text just told was made public, that day)
      const aroundText = told || occasionDay ? null : AROUND_TEXT_MADE.exec(s.text);
      const textTold = aroundText ? latestWithin(mentions, s.paragraph, 2, (m) => m.type === (/^tuyên bố/u.test(aroundText[1]) ? 'statement' : 'agreement') && m.date?.precision === 'day' && !m.date.end) : undefined;
      if (textTold) dates.push(toldDay(textTold.date!, s.text, aroundText!.index + aroundText![0].length));
      // "Phát biểu tại Nhà Trắng, ông Trump gọi …": where the statement just told was made
      const speech = speechJustTold(s.text, persons, mentions);
      if (speech && !speech.said.location) speech.said.location = placeSpokenAt(s.text, speech.end, placesOf());
    }

    // Attacks: each "vụ tấn công / vụ xả súng…" is its own event, dated and placed within its clause.
    const attacks = triggers.filter((t) => t.type === 'attack');
    attacks.forEach((t, i) => {
      // its stretch runs to the next attack word
      const to = attacks[i + 1]?.start ?? s.text.length;
      const a = attackMention(t, to, s.text, triggers, dates, placesOf(), lastAttackPlace, lastAttackDay, lastAttackDated ? attackPlacesByDay : undefined);
      if (!a) return;
      // ("… sau khi Tổng thống Vladimir Putin phát động chiến dịch quân sự tại Ukraine ngày 24/2": the leader who launched it)
      // ("lực lượng đặc nhiệm do Trung tá Mamady Doumbouya chỉ huy nổ súng gần phủ tổng thống …": the commander of the force that struck)
      const launcher = (LAUNCH_WORD.test(t.text) && a.date ? persons.find((p) => !p.person.source && p.end <= t.start && LAUNCHED_BY.test(s.text.slice(p.end, t.start))) : undefined)
        ?? persons.find((p) => !p.person.source && p.end <= t.start && COMMANDED_BY.test(s.text.slice(p.end, t.start)) && LED_BY_BEFORE.test(s.text.slice(Math.max(0, p.start - 40), p.start)));
      // ("hai vụ đánh bom … ở Kunduz hôm 8/10 và ở Kandahar hôm 15/10": one event for each; the last told goes on)
      const apart = attacksApart(t, to, s.text, dates, placesOf());
      if (apart) Object.assign(a, { ...apart[apart.length - 1], unplaced: false });
      // ("Chiến dịch diễn ra rạng sáng 3/2 … tại thị trấn Atmeh, tỉnh Idlib. Theo ông Biden, … thủ lĩnh IS đã kích nổ một quả bom …":
      // an attack on the day a scene was set is where that scene was)
      // (not an attack named as a noun, one already told: "Giới chức Pakistan lo ngại vụ đánh bom có thể …")
      const there = a.unplaced && sceneSetBy && !ATTACK_NOUN.test(t.text) ? findPlaces(sceneSetBy.text).find((p) => p.locative)?.location : undefined;
      // ("… vụ đánh bom … ở Lahore hồi tháng 3. Hôm 27.3, đúng dịp lễ Phục sinh, một kẻ đánh bom đã tự kích nổ …": its day, told next)
      const monthTold = a.unplaced && lastAttackMonth && (lastAttackMonth.told === s || lastAttackMonth.told === before) && a.date?.start.startsWith(lastAttackMonth.month + '-') ? lastAttackPlace : null;
      // ("Đây là vụ tấn công thứ hai nhằm vào Cúcuta … Hôm 15/6, một xe bom đã phát nổ … tại thành phố này": the city the sentence before named)
      // ("Đây là vụ tấn công thứ hai nhằm vào cơ sở giáo dục ở Kabul trong chưa đầy hai tuần. Hôm 24-10, một kẻ đánh bom … tấn công trung tâm giáo dục …": the other one, in that city too)
      const thisCity = a.unplaced && (THIS_CITY.test(s.text.slice(t.end, to)) || (!!before && (NTH_ATTACK.test(before.text) || TARGET_OF_ATTACKS.test(before.text)))) ? cityJustNamed(before, s.paragraph) : null;
      // ("… vụ 4 tay súng tấn công Sở Giao dịch Chứng khoán Pakistan (PSX) ở Karachi … Sáng 29/6, bốn tay súng … ném lựu đạn vào cổng chính …":
      // the story's attack, placed when first told without its day, now told on a fresh day; or told as what happened then: "Loạt vụ nổ xảy ra khoảng 16h30 chiều thứ Bảy (8/5)")
      const storyAttack = a.unplaced && isFresh(a.date) && ((!ATTACK_NOUN.test(t.text) && DAY_OPENING.test(s.text)) || (ATTACK_HAPPENED.exec(s.text)?.[0].length ?? 0) > t.end) && lastAttackPlace && mentions.some((m) => m.type === 'attack') && mentions.every((m) => m.type !== 'attack' || (!m.date && m.location?.name === lastAttackPlace!.name)) ? lastAttackPlace : null;
      // ("… đến làng Ogossagou … Rạng sáng thứ Bảy (23/3), hàng chục tay súng … đã tấn công ngôi làng của người Fulani": the one village the article named)
      const village = a.unplaced && VILLAGE_HIT.test(s.text.slice(t.end, to)) ? villageNamed(sentences.filter((x) => x.end <= s.start)) : null;
      // ("Đây không phải lần đầu bệnh viện này bị nhắm tới. Hồi tháng 3/2017, các tay súng IS … đã tấn công bệnh viện, khiến …": the story's site, hit before)
      const sameSite = a.unplaced && SAME_SITE_HIT.test(s.text.slice(t.end, to)) ? lastAttackPlace : null;
      // ("Mariupol, thành phố khoảng 400.000 dân …, bị bao vây gần ba tuần nay. Hôm 9/3, một bệnh viện phụ sản tại đây trúng không kích": the place the sentence before was about)
      const topic = a.unplaced && before && HERE_AT.test(s.text.slice(0, to)) && PLACE_TOPIC.test(before.text) ? findPlaces(before.text).find((p) => p.start === 0 && p.kind === 'city')?.location ?? null : null;
      if (there) a.location = there;
      else if (thisCity) a.location = thisCity;
      else if (village) a.location = village;
      else if (sameSite) a.location = sameSite;
      else if (topic) a.location = topic;
      else if (monthTold) a.location = monthTold;
      else if (storyAttack) a.location = storyAttack;
      // ("kể từ khi Nga mở chiến dịch quân sự đặc biệt hôm 24/2": the name Russia gave its invasion of Ukraine, placed by it)
      else if (!a.location && SPECIAL_OPERATION.test(s.text.slice(t.start, to))) a.location = countryLocation('UA');
      // (an offensive a leader launched is told, placed or not: "kể từ khi ông Putin phát động "chiến dịch quân sự đặc biệt" ngày 24/2")
      else if (a.unplaced && !launcher) { if (a.date?.precision === 'day') attacksToldDay = a.date; return; }
      // ("Loạt tấn công diễn ra hôm 4/7 … Vụ đầu tiên xảy ra ngay sau nửa đêm tại … Jeddah": the day of the attacks told, placed or not)
      const attacksDay = attacksToldDay ?? latestOf(mentions, (m) => m.type === 'attack' && m.date?.precision === 'day' && !m.date.end)?.date;
      if (!a.date && attacksDay && ATTACK_BY_ORDER.test(s.text)) a.date = { ...attacksDay, anchoring: 'previous' };
      // "Thảm kịch ở Paris xảy ra chỉ một ngày sau khi hai kẻ đánh bom … tấn công …": so many days before the event just told
      // (counted from the fresh attack when the sentence is about an attack: "Thảm kịch ở Paris", "Vụ tấn công", else from the day just told)
      const from = ATTACK_SUBJECT.test(s.text) ? freshAttack ?? previous : previous;
      const gap = !a.date && from?.precision === 'day' && !from.end ? DAYS_AFTER_CLAUSE.exec(s.text.slice(0, t.start)) : null;
      if (gap) a.date = { ...from!, start: isoAddDays(from!.start, -countOf(gap[1])), anchoring: 'previous', borrowed: undefined };
      // ("Ouagadougou vẫn chưa quên … Hôm 15/1/2016, các tay súng … tấn công khách sạn Splendid": a venue in the city the sentence before named)
      // (or the city of the venue the attack told just before, in the paragraph, was in: "… tấn công khách sạn Splendid … Ngày 13/8 năm nay, nhà hàng … trên đại lộ Kwame Nkrumah cũng bị tấn công")
      if (a.location && !a.location.country && !a.location.name.includes(',') && a.location.nameVi && !NOT_A_VENUE.test(a.location.nameVi)) {
        const venueBefore = latestOf(mentions, (m) => m.type === 'attack' && m.paragraph === s.paragraph && m.location?.country && m.location.name.includes(','));
        // (or the city the article named with that venue before: "… chiếm giữ khách sạn Hayat ở thủ đô Mogadishu … bên ngoài khách sạn Hayat")
        a.location = inCityJustNamed(a.location, before, s.paragraph) ?? (venueBefore ? inCity(a.location, { name: venueBefore.location!.name.split(', ').pop()!, country: venueBefore.location!.country }) : inCityToldWith(a.location, sentences.filter((x) => x.end <= s.start)) ?? a.location);
      }
      // (not an attack told as another: "vụ tấn công man rợ này" after it is still the one before)
      if (a.location && !ANOTHER_ATTACK.test(s.text.slice(t.start, to))) [lastAttackPlace, lastAttackDay] = [a.location, a.date?.precision === 'day' ? a.date.start : null];
      if (a.location) lastAttackMonth = a.date?.precision === 'month' && !a.date.end ? { month: a.date.start, told: s } : null;
      if (a.location && lastAttackDay && !a.date?.end) attackPlacesByDay.set(lastAttackDay, a.location);
      if (a.location) lastAttackDated = !!a.date;
      const victims = participantsOf(victimsOf(t, persons, s.text, to), s.text);
      const participants = launcher && !victims.length ? [toParticipant(launcher)] : victims;
      for (const part of apart ?? [a]) note({ type: 'attack', lemma: t.lemma, date: part.date, participants, location: part.location, summit: null, ...base, anaphoric: false, attack: a.attack }, true);
    });

    const context: SentenceContext = { text: s.text, triggers, dates, get places() { return placesOf(); }, summitsHere, attacks, base, lastPlace, lastAttackPlace, headline, sidelinesPlace: sidelinesPlace(s.text, mentions, !!unnamed), previous: previousText };
    const contextSummit = summitsHere.length ? null : unnamed;
    if (summitsHere.length) lastSummit = summitsHere[summitsHere.length - 1];

    // "chuyến thăm tới Hiroshima của ông Obama hồi tháng 5", "cuộc điện đàm giữa ông và X hồi
    // tháng 12": an event told as a noun phrase with its own people and date is an event of its own.
    // "Trước ông Austin, người tiền nhiệm Mark Esper đã thăm …": whom the sentence compares with takes no part
    const compared = COMPARED_WITH.exec(s.text)?.[0].length ?? 0;
    let actors = persons.filter((p) => (!p.person.source || speaksForItself(p, triggers, s.text) || meetsInPerson(p, triggers, s.text)) && p.end > compared);
    let nounDay: ResolvedDate | null = null;
    for (const np of nounPhraseEvents(s.text, triggers, actors, dates)) {
      const m = mentionFor(np.t, np.actors, withContext(context, { contextSummit, limit: np.limit }));
      if (!m) continue;
      // (talks "sau cuộc hội đàm giữa …" after an event told on its day: that day)
      const dayTold = np.onDayTold && !m.date ? dates.find((d) => d.date?.precision === 'day' && !d.date.end && d.end <= np.t.start)?.date : undefined;
      if (dayTold) m.date = dayTold;
      note(m, false);
      if (m.date?.precision === 'day' && !m.date.end && !m.date.borrowed) nounDay ??= m.date;
      // its word, people and date are its own
      const inside = (x: { start: number; end: number }) => x.start >= np.limit.from && x.end <= np.limit.to;
      triggers = triggers.filter((x) => x !== np.t);
      actors = actors.filter((a) => !inside(a));
      context.dates = context.dates.filter((d) => !inside(d));
    }

    // "A hội kiến B và hội đàm với C", "…; hôm 14/1, ông hội đàm với D": one event per part, the
    // subject carried over to parts that leave it out.
    const segments = coordinatedSegments(s.text, triggers);
    if (segments) {
      let subject: PersonMention[] = [];
      let metLast: PersonMention[] = [];
      /** A signing the part before told of no one. */
      let unsigned: { t: Trigger; seg: { from: number; to: number } } | null = null;
      for (const seg of segments) {
        // "…, hội đàm với Tổng thống Putin, trước khi bay thẳng sang Berlin gặp Thủ tướng Scholz": whom the trip went on to is not of these talks
        const next = LATER_CLAUSE.exec(s.text.slice(seg.from, seg.to));
        const inSeg = actors.filter((a) => a.start >= seg.from && a.end <= (next ? seg.from + next.index : seg.to));
        const t = pickTrigger(triggers.filter((x) => x.type !== 'attack' && x.start >= seg.from && x.end <= seg.to), inSeg, s.text);
        if (!t) continue;
        const own = inSeg.filter((a) => a.end <= t.start && !isObjectOf(a, s.text));
        // "A …, cùng Thủ tướng B thăm X, sau đó hội kiến C": B went along on that visit only;
        // the next part that names people of its own is A's alone
        const carried = inSeg.length && subject.some((a) => !isCompanion(a, s.text)) ? subject.filter((a) => !isCompanion(a, s.text)) : subject;
        // "Kết thúc hội đàm, hai Thủ tướng chứng kiến …, và thông qua …": a subject named after a fronted event word
        // ("Lavrov được Tổng thống Ethiopia Zewde tiếp và hội đàm với …": the host of a passive part is not the subject carried on)
        const by = /(?:^|\s)được\s/u.exec(s.text.slice(seg.from, t.start));
        const guests = by ? own.filter((a) => a.end <= seg.from + by.index) : [];
        if (own.length) subject = guests.length ? guests : own;
        else if (!subject.length) subject = inSeg.filter((a) => !isObjectOf(a, s.text));
        // "…, và được Chủ tịch nước X tiếp": X (the host, first) received the subject carried over
        const passive = PASSIVE_TURN.test(s.text.slice(seg.from));
        // "ông Tập hội kiến Thủ tướng Abe, nhất trí …": what the talks agreed is the pair's, not the subject's alone
        const agreedAtTalks = t.type === 'agreement' && !inSeg.length && metLast.length > 1;
        const who = agreedAtTalks ? metLast : passive ? [...inSeg, ...carried] : own.length ? inSeg : [...carried, ...inSeg];
        metLast = t.type === 'meeting' || t.type === 'call' ? who : [];
        // ("Thỏa thuận được ký tại Naypyidaw hôm 23/11, sau cuộc gặp giữa A và B": signed by no one named, the talks' people's)
        if (unsigned && t.type === 'meeting' && who.length > 1 && FOLLOWED_TALKS.test(s.text.slice(seg.from, t.start))) {
          const m = mentionFor(unsigned.t, who, withContext(context, { contextSummit, limit: unsigned.seg, shared: true }));
          if (m) note(m, true);
        }
        unsigned = null;
        const noted = mentions.length;
        // "gặp Thủ tướng A và Chủ tịch Quốc hội B": one meeting per leader called on
        const apart = meetingsApart(t, who, s.text);
        const each = apart ? daysApart(apart, seg.to, context.dates) : null;
        for (const [i, people] of (apart ?? [who]).entries()) {
          const m = mentionFor(t, people, withContext(context, { contextSummit, limit: each?.[i] ?? seg, shared: true }));
          if (m) note(m, true);
        }
        // (its verb, "được ký … hôm 23/11", whose date it is, rather than the deal's noun)
        if (t.type === 'agreement' && mentions.length === noted) unsigned = { t: triggers.filter((x) => x.type === 'agreement' && x.start >= seg.from && x.end <= seg.to).pop() ?? t, seg };
      }
      return anchor;
    }

    context.triggers = triggers;
    const mainStart = mentions.length;
    /** Notes what the event word `t` tells of `who`: one event, or one per occasion, leader called on or day listed. */
    const tell = (t: Trigger, who: PersonMention[], limit: { from: number; to: number } | undefined, shared: boolean | undefined, main: boolean) => {
      // "ba lần gặp ông Putin: tại Sochi hồi tháng 5, tại Vladivostok hồi tháng 9 và …": one
      // event per occasion, each told as if its event word stood where the occasion begins
      const occasions = listedOccasions(t, s.text, context.dates, limit);
      // ("thăm Việt Nam trong năm 2018, vào tháng 1 và tháng 10": occasions told by month alone are where the word before them went)
      const before = occasions.length ? context.places.find((p) => p.locative && p.start >= t.end && p.end <= occasions[0].from)?.location ?? null : null;
      for (const o of occasions) {
        const m = mentionFor({ ...t, start: o.from, end: o.from }, who, withContext(context, { contextSummit, limit: o }));
        if (m && !m.location && before) m.location = before;
        if (m) note(m, false);
      }
      if (occasions.length) return;
      // "gặp Thủ tướng A và Chủ tịch Quốc hội B": one meeting per leader called on
      const apart = meetingsApart(t, who, s.text);
      const each = apart ? daysApart(apart, limit?.to ?? s.text.length, context.dates) : null;
      for (const [i, people] of (apart ?? []).entries()) {
        const m = mentionFor(t, people, withContext(context, { contextSummit, limit: each?.[i] ?? limit, shared: !!each || shared }));
        if (m) note(m, main);
      }
      if (apart) return;
      // "Theo tuyên bố chung, các bên …": made by those at the meeting just told
      const m = resolveJointStatement(mentionFor(t, who, withContext(context, { contextSummit, limit, shared })), mentions);
      if (!m) return;
      // "Cuộc hội đàm bắt đầu lúc 19h45 tối 15/11": the event just told, now dated
      resolveBackReference(m, mentions);
      // ("ông Varela, người gặp Giáo hoàng nhiều lần trong tuần qua": many occasions over a span are none of them; "đã điện đàm nhiều lần trong ngày 23/12" is that day's)
      if (repeated(t, s.text) && !(m.date?.precision === 'day' && !m.date.end)) return;
      note(m, main);
      // "hai cuộc gặp tại Panmunjom hôm 27/4 và 26/5": one event per day listed
      for (const date of moreDays(t, m.date, context.dates, s.text, limit)) note({ ...m, date }, false);
      // "… đã họp vòng đầu ở Islamabad ngày 11/1 và vòng hai tại Kabul ngày 18/1": the next round, where and when it was
      for (const round of nextRounds(t, m, context.dates, context.places, s.text)) note(round, false);
    };
    const fronted = frontedClause(s.text);
    // The sentence's event word; when it makes no event ("Hội nghị thượng đỉnh từng có nguy cơ
    // đổ vỡ khi ông Trump … thông báo hủy cuộc gặp"), the next one that does.
    const ranked = rankTriggers(triggers, actors, s.text);
    for (const [i, t] of ranked.entries()) {
      // "Sau cuộc hội đàm với X …, Y tuyên bố": the fronted clause tells an earlier event of its own.
      const second = t.type !== 'statement' && fronted && t.end <= fronted.end ? mainAfter(triggers, actors, s.text, fronted.end) : null;
      const told: { t: Trigger; actors: PersonMention[]; limit?: { from: number; to: number }; shared?: boolean; main: boolean; daysBefore?: number }[] = [];
      const aside = second ? null : clauseEvent(triggers, t, actors, s.text, context.dates);
      if (second) {
        // the main clause's subject did the fronted event too; its other people are the main event's.
        // A fronted event naming no one ("Sau cuộc gặp, …") is the one just told, not a new one.
        if (actors.some((a) => a.end <= fronted!.end)) told.push({ t, actors: actors.filter((a) => a.end <= fronted!.end || second.subject.includes(a)), limit: { from: 0, to: fronted!.end }, main: false });
        // "Sau hội đàm sáng 3/9 tại Hà Nội, A và B ra Tuyên bố chung": dated in the fronted
        // clause, it is no event just told but the talks of the main clause's subject
        else if ((t.type === 'meeting' || t.type === 'call') && context.dates.some((d) => d.date && !d.relative && d.end <= fronted!.end)) told.push({ t, actors: second.subject, limit: { from: 0, to: fronted!.end }, main: false });
        told.push({ t: second.t, actors: second.actors, limit: { from: fronted!.end, to: s.text.length }, shared: true, main: true });
      } else if (aside) {
        // (an aside on the subject, ", người vừa dự hội nghị … G20 …,", leaves the main clause whole: "Hôm 3/12, ông Erdogan, …, trở thành … thăm Venezuela")
        const onSubject = PERSON_ASIDE_OPENING.test(s.text.slice(aside.from, aside.from + 14));
        const main = t.start < aside.from ? { from: 0, to: aside.from } : { from: onSubject ? 0 : aside.to, to: s.text.length };
        told.push({ t, actors: actors.filter((a) => a.start >= main.from && a.end <= main.to), limit: main, main: true });
        // an aside ("…, người đang có chuyến thăm từ ngày 11 đến 12/11") is no anchor for "Cùng ngày"
        told.push({ t: aside.t, actors: aside.actors, limit: { from: aside.from, to: aside.to }, shared: aside.sameDay || !!aside.daysBefore, main: false, daysBefore: aside.daysBefore });
      } else {
        // "Sau tuyên bố của ông Trump, ông Abbas lên truyền hình …": whoever the fronted clause names did not say it
        const speakers = t.type === 'statement' && fronted && t.start >= fronted.end ? actors.filter((a) => a.start >= fronted.end) : actors;
        // "Tối 12/11, X hội kiến Y; sau đó A và B chủ trì quốc yến": the clause after a semicolon has people of its own
        const clause = semicolonClause(s.text, t);
        // "Chuyến thăm của ông Vương diễn ra hai tuần sau khi Phó Tổng thống Mỹ Kamala Harris thăm
        // Việt Nam từ 24 đến 26/8": an event told in a "sau khi" clause is the clause's people's
        // (when the clause names its own subject: "sau khi kết thúc chuyến thăm …" is the main subject's)
        const since = SINCE_CLAUSE.exec(s.text.slice(clause.from, t.start));
        const sinceFrom = since ? clause.from + since.index + since[0].length : -1;
        if (since && speakers.some((a) => a.start >= sinceFrom && a.end <= t.start)) clause.from = sinceFrom;
        const inClause = speakers.filter((a) => a.start >= clause.from && a.end <= clause.to);
        // ("Hai ngày sau tuyên bố của Tổng thống Ghani, Taliban … công bố …": no one after a fronted clause, who speaks is no one it names)
        const noSpeaker = speakers.length === 0 && actors.length > 0 && t.type === 'statement' && !!fronted && fronted.end <= t.start;
        told.push({ t, actors: inClause.length ? inClause : speakers.length || noSpeaker ? speakers : actors, main: true });
      }
      const before = mentions.length;
      for (const { t, actors: who, limit, shared, main, daysBefore } of told) {
        const from = mentions.length;
        tell(t, who, limit, shared, main);
        // (so many days before the day the sentence told)
        for (const m of daysBefore ? mentions.slice(from) : []) if (m.date?.precision === 'day' && !m.date.end) m.date = { ...m.date, start: isoAddDays(m.date.start, -daysBefore!), anchoring: 'previous' };
      }
      // The fronted event happened before the one the main clause tells.
      if (second && mentions.length - before === 2) mentions[before].precedes = mentions[before + 1];
      // "X lên án … khi phát biểu tại Bethlehem, sau cuộc hội đàm với Abbas ngày 23/5": the
      // statement is an event too, on the day of the talks it followed.
      const told0 = mentions[before];
      if (told0 && !second && AFTER_EVENT.test(s.text.slice(Math.max(0, t.start - 16), t.start))) {
        const said = triggers.filter((x) => x.type === 'statement' && x.strength >= 3 && x.end <= t.start)[0];
        const speaker = said ? subjectOf(said, actors, s.text) : [];
        if (said && speaker.length) {
          const m = mentionFor(said, speaker, withContext(context, { contextSummit, limit: { from: 0, to: t.start } }));
          if (m) note(m.date ? m : { ...m, date: told0.date }, false);
        }
      }
      // an event word that made only an undated mention may leave the date to the next one
      if (i >= FALLBACK_TRIGGERS || (mentions.length > before && (mentions.slice(before).some((m) => m.date) || !context.dates.some((d) => d.date)))) break;
    }
    // "Trong chuyến thăm cấp nhà nước Việt Nam tháng 11-2017, Tổng thống Trump cũng từng tuyên bố …",
    // "Tại hội nghị ba bên sáng 24-12, ông Lý Khắc Cường, ông Abe và ông Moon ra tuyên bố chung …": the visit
    // or summit a fronted clause dates with a date of its own is an event too, of the main clause's subject
    // (the visitor) or leaders (the summit's)
    for (const { re, type, fewest, who } of FRONTED_OCCASIONS) {
      const front = re.exec(s.text);
      const word = front ? triggers.find((x) => x.type === type && x.end <= front[0].length) : undefined;
      if (!word || mentions.slice(mainStart).some((m) => m.type === type) || !context.dates.some((d) => d.date && !d.relative && d.end <= front![0].length)) continue;
      const people = who(actors.filter((a) => a.start >= front![0].length && !a.person.source && !isObject(s.text, a.start)));
      const m = people.length >= fewest ? mentionFor(word, people, withContext(context, { contextSummit, limit: { from: 0, to: front![0].length } })) : null;
      if (m?.date) note(m, false);
    }
    // "Tại cuộc hội đàm ở Nhà khách Hyderabad House cùng ngày, hai bên nhất trí …": talks that refer back
    // to none told are those of the parties the main clause tells agreeing or speaking at them
    for (const m of mentions.slice(mainStart)) {
      if (!m.anaphoric || m.participants.length || m.type !== 'meeting') continue;
      const parties = mentions.slice(mainStart).find((x) => x !== m && x.participants.length >= 2 && (x.type === 'agreement' || x.type === 'statement'));
      if (parties) Object.assign(m, { participants: parties.participants, anaphoric: false });
    }
    // "tại Hội nghị COP26, Mỹ và Trung Quốc ra tuyên bố chung …": a joint statement made at
    // the meeting or summit the sentence tells is an event of its own
    const joint = triggers.find((x) => isJointStatement(x, s.text));
    if (joint && !mentions.slice(mainStart).some((m) => m.type === 'statement')) {
      const m = resolveJointStatement(mentionFor(joint, actors, withContext(context, { contextSummit })), mentions);
      if (m) note(m, false);
    }
    // "Hội nghị thượng đỉnh G20 ở Thổ Nhĩ Kỳ khép lại chiều 16/11 …, nhưng điểm nhấn lại là cuộc
    // trao đổi …": a summit the sentence opens on, held or closed that day, is an event of its own
    const opening = SUMMIT_SUBJECT.exec(s.text);
    const summitWord = opening ? triggers.find((x) => x.type === 'summit' && x.start <= opening[1].length) : undefined;
    if (summitWord && !mentions.slice(mainStart).some((m) => m.type === 'summit')) {
      const to = /[,;]/u.exec(s.text.slice(opening![0].length))?.index;
      // ("Hội nghị … do Chủ tịch nước Trần Đại Quang chủ trì đã bế mạc": its chair took part)
      const chairs = actors.filter((a) => a.start > summitWord.end && a.end <= opening![0].length && CHAIR_BEFORE.test(s.text.slice(Math.max(0, a.start - 40), a.start)) && CHAIRS_AFTER.test(s.text.slice(a.end, a.end + 24)));
      const m = mentionFor(summitWord, chairs, withContext(context, { contextSummit, limit: { from: 0, to: to === undefined ? s.text.length : opening![0].length + to } }));
      if (m?.date) note(m, false);
    }
    // "chính cuộc điện đàm giữa hai nhà lãnh đạo hôm 14/12 đã dẫn tới …": with nothing else told,
    // the event the sentence names as its subject is the day "Trước đó hai ngày" counts from
    return anchor ?? nounDay;
  }
}

/** "Buổi lễ diễn ra …", "Lễ ký được tổ chức …": a sentence that tells where and when the signing told was. */
const CEREMONY_HELD = /^(?:Buổi lễ|Lễ ký(?:\s+kết)?|Lễ (?:khởi công|động thổ|khánh thành))\s+(?:đã\s+)?(?:diễn ra|được tổ chức)(?!\p{L})/u;
/** A ceremony's event word: a signing, or a ground broken or a work opened ("đặt viên đá nền móng", "khánh thành"). */
const CEREMONY_TOLD = /khởi công|động thổ|đặt viên đá|khánh thành|khai trương/u;
/** "Tuyên bố có chữ ký của …", "Văn kiện được ký bởi …": who signed the statement just told. */
const SIGNERS_LISTED = /^(?:Tuyên bố|Bản tuyên bố|Văn kiện|Thông cáo)(?:\s+(?:chung|này))?\s+(?:có chữ ký của|được ký bởi|mang chữ ký của)\s/u;
/** "thỏa thuận do đặc phái viên Mỹ Zalmay Khalilzad và ông Baradar ký": who signed a document. */
const SIGNED_BY = /(?:[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước|[Vv]ăn kiện)\s+do\s+[^,.;]{2,120}?\s+ký(?:\s+kết)?(?!\p{L})/u;
/** "Phái đoàn chính phủ do …": delegations. */
const DELEGATIONS = /[Pp]hái đoàn/u;
/** " chủ trì hội nghị.", " đồng chủ trì cuộc họp này.": a sentence closing on whom chaired the meeting named by its kind alone. */
const CHAIRED_IT = /\s(?:đồng\s+)?chủ trì\s+(?:hội nghị|cuộc họp|phiên họp)(?:\s+(?:này|đó))?\s*\.?$/u;
/** " hội nghị, do Phó Thủ tướng … chủ trì.": a sentence closing on the meeting, named by its kind alone, and whom it was chaired by. */
const CHAIRED_BY_AFTER = /\s(?:hội nghị|cuộc họp|phiên họp)\s*,\s*do\s[^.;]{3,100}?\s(?:đồng\s+)?chủ trì\s*\.?$/u;
/**
 * " dẫn đầu", ", một thủ lĩnh của nhóm Jaysh al-Islam, làm trưởng đoàn" right after a person: who heads a delegation
 * (or is in charge of it, the clause closing there: "…, còn phía Mỹ do Đặc phái viên về Triều Tiên Stephen Biegun phụ trách.").
 */
const HEADS_DELEGATION = /^\s*(?:,[^,.;]{1,80},\s*)?(?:dẫn đầu|làm trưởng đoàn|(?:phụ trách|đứng đầu)(?=\s*(?:[,.;]|$)))(?!\p{L})/u;
/** "… được đón chính thức tại …", "lễ đón chính thức": a guest's welcome ceremony. */
const WELCOMED = /(?:được\s+đón|lễ đón)\s+(?:chính thức|trọng thể)(?!\p{L})/u;
/**
 * " đồng chủ trì với ", " đồng chủ trì cùng ": a chair of the occasion just told, with the other one after it (no occasion named);
 * or both before it, the sentence ending there ("X, chủ tịch luân phiên AU, cùng Thủ tướng Shinzo Abe đồng chủ trì."),
 * unless what they chaired is named ("Cuộc họp do … đồng chủ trì.").
 */
const CO_CHAIRED_WITH = /(?<=\p{L}\s+)đồng chủ trì(?:\s+(?:cùng|với)\s|(?<!(?:^|\s)do\s.*)\s*\.?$)/u;
/** "… có mặt tại hội nghị", "… cũng tham dự.": who was at the occasion just told. */
const PRESENT_AT_IT = /\s(?:có mặt tại|tham dự|dự)\s+(?:hội nghị|cuộc họp|kỳ họp)(?:\s+(?:này|đó))?(?=[\s,.])|\s(?:cũng\s+)?tham dự(?:\s+từ\s+điểm cầu\s[^.;,]+)?\s*\.?$/u;
/** The last of `list` before index `end` that `fits`: a look back that copies nothing. */
function latestOf<T>(list: readonly T[], fits: (x: T) => unknown, end = list.length): T | undefined {
  for (let i = end - 1; i >= 0; i--) if (fits(list[i])) return list[i];
  return undefined;
}
/** "chiến dịch quân sự đặc biệt": Russia's name for its invasion of Ukraine from 24 February 2022, right after the attack word. */
const SPECIAL_OPERATION = /^[^.;,]{0,40}?chiến dịch quân sự đặc biệt/u;
/** "hội nghị", "cuộc họp": a meeting named by no event word of its own. */
const BARE_MEETING = /(?:^|\s)(?:hội nghị|cuộc họp)(?!\p{L})/u;
/** "Sau hội đàm, hai nhà lãnh đạo …", "Tại cuộc gặp, hai ông …": a pair right after the talks just told, fronted (group 1: the pair's words). */
const TALKS_THEN_PAIR = /^(?:(?:Ngay\s+)?[Ss]au|[Tt]ại|[Tt]rong)\s+(?:cuộc\s+|buổi\s+)?(?:hội đàm|hội kiến|gặp|gặp gỡ)\s*,\s*(hai\s+(?:nhà lãnh đạo|ông|nguyên thủ|vị lãnh đạo))(?!\p{L})(?!\s+\p{Lu})/u;
/** "Các nhà lãnh đạo châu Âu dự hội nghị có …", "Cùng dự hội nghị có …": who else attended the summit told. */
// ("Hội nghị có sự tham dự của đại diện toàn bộ 54 quốc gia châu Phi, trong đó có …, như Tổng thống Zimbabwe … Robert Mugabe, …": told as the summit's)
// ("Tham dự có Quốc vương Saudi Arabia Salman bin Abdulaziz, Tổng thống Ai Cập …": the same, with the summit left out)
const ATTENDEES_LISTED = /^(?:(?:Các|Những)\s+(?:nhà\s+)?lãnh đạo(?:\s+[^\s,.;:]+){0,3}?\s+|Cùng\s+)(?:tham\s+)?dự\s+(?:hội nghị|cuộc họp|phiên họp)\s+(?:có|gồm)\s|^(?:Hội nghị|Thượng đỉnh)(?:\s+(?:thượng đỉnh|này|lần này))?\s+có\s+sự\s+tham\s+(?:dự|gia)\s+của\s|^(?:Cùng\s+)?(?:Tham dự|Dự)\s+(?:có|gồm)\s/u;
/** "Đồng chủ trì hội nghị có …", "Tham dự hội nghị gồm …": who chaired or attended the meeting just told. */
const CHAIRS_LISTED = /^(?:Đồng chủ trì|Chủ trì|Tham dự|Dự)\s+(?:hội nghị|cuộc họp|phiên họp)(?:\s+[^\s,.;:]+){0,3}?\s+(?:có|gồm)\s/u;

/** "…, sau cuộc gặp giữa A và B": talks a part of a sentence opens as having come before (up to their event word). */
const FOLLOWED_TALKS = /^[,\s]*(?:ngay\s+)?sau\s+(?:(?:cuộc|buổi)\s+)?$/u;

/** "Đang ở thăm London, …": where the one who speaks in the main clause was at the time. */
const WHILE_ON_VISIT = /^(?:Hiện\s+)?[Đđ]ang\s[^,;]*,/u;
/** "UAE tuyên bố …", "Nga và Trung Quốc ra tuyên bố …": a sentence opening on states, then the saying word. */
const STATE_OPENING = new RegExp(String.raw`^\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*){0,2}(?:\s+(?:và|cùng)\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*){0,2})?\s+(?:cũng\s+|đã\s+)?(?:ra\s+)?(?:tuyên bố|thông báo|công bố)(?!\p{L})`, 'u');
/** "Phản ứng quốc tế …", "Cộng đồng quốc tế đồng loạt phản ứng …": a sentence opening a paragraph of reactions. */
const REACTIONS_OPENING = /^(?:(?:Các\s+)?[Pp]hản ứng (?:quốc tế|của (?:cộng đồng )?quốc tế|của các nước)|Cộng đồng quốc tế (?:đã\s+)?(?:đồng loạt|nhanh chóng)?\s*(?:lên tiếng|phản ứng))/u;

/** "Nhân dịp này, …": on the occasion told. */
const OCCASION_OPENING = /^Nhân dịp (?:này|đó),\s/u;

/** A single day a sentence states outright, where, and the sentence itself. */
interface StatedDay { start: number; paragraph: number; text: string; day: ResolvedDate }

/** Measures a state takes against another: expelling or recalling envoys, cutting ties. */
const MEASURE_LEMMA = /trục xuất|triệu hồi|cắt đứt quan hệ/u;
/** "Ông Shoigu điện đàm với …": a sentence opening on its subject named by surname, then the event word. */
const GOES_ON_SUBJECT = /^(?:Ông|Bà)\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)?\s+(?:cũng\s+|đã\s+|sau đó\s+)*(?:điện đàm|hội đàm|gặp|hội kiến|tiếp)(?!\p{L})/u;
/**
 * "Sáng 18/9, Bộ Quốc phòng Nga cáo buộc …. Ông Shoigu điện đàm với Bộ trưởng Quốc phòng Israel …":
 * talks or a call between two named people, opening on its subject by surname without a day, right
 * after a sentence of the same paragraph that states one, go on from that day; so does a state's
 * measure told by the state ("Cũng trong ngày 4/4, …. Đức tuyên bố trục xuất 40 nhà ngoại giao Nga").
 */
function goesOnFromDay(mentions: EventMention[], stated: readonly StatedDay[], sentences: readonly Sentence[]): void {
  for (const m of mentions) {
    if (m.date) continue;
    const talks = (m.type === 'meeting' || m.type === 'call') && m.participants.length >= 2 && !WEAK.has(m.lemma) && GOES_ON_SUBJECT.test(m.quote);
    // ("Đức tuyên bố trục xuất 40 nhà ngoại giao Nga": a state's measure, told by the state)
    const measure = !talks && m.type === 'statement' && !m.participants.length && MEASURE_LEMMA.test(m.lemma) && findCountries(m.quote).some((c) => c.start === 0);
    if (!talks && !measure) continue;
    const k = sentences.findIndex((x) => x.start === m.start);
    const before = k > 0 ? stated.find((x) => x.start === sentences[k - 1].start && x.paragraph === m.paragraph) : undefined;
    if (before) m.date = { ...before.day, anchoring: 'previous' };
  }
}

/** "Trong cuộc hội đàm với …, ": a sentence opening on the talks at which its main clause was said or done. */
const AT_TALKS_OPENING = /^(?:Trong|Tại)\s+(?:cuộc|buổi)\s+(?:hội đàm|gặp|hội kiến|điện đàm)\s+(?:(?:riêng|song phương)\s+)?với\s/u;
/**
 * "Trong cuộc hội đàm với Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Việt Nam, hôm 20/11, ông Esper thông báo …":
 * talks the sentence opens on, with no day of their own, were on the day of what the main clause tells their people did.
 */
function talksOfWhatWasSaid(mentions: EventMention[]): void {
  for (const m of mentions) {
    if (m.date || (m.type !== 'meeting' && m.type !== 'call') || !AT_TALKS_OPENING.test(m.quote)) continue;
    const keys = new Set(m.participants.map((p) => personKey(p.name)));
    const main = mentions.find((x) => x !== m && x.start === m.start && x.date?.precision === 'day' && !x.date.end && x.participants.some((p) => keys.has(personKey(p.name))));
    if (main?.date) m.date = { ...main.date, anchoring: 'previous' };
  }
}

/** "cuộc hội đàm với Thủ tướng Alexis Tsipras", "trong cuộc gặp với Tổng thống X": talks named with one side only. */
const TALKS_WITH = /(?:cuộc|buổi)\s+(?:hội đàm|hội kiến|gặp(?:\s+gỡ)?)\s+(?:(?:riêng|song phương|kín)\s+)?với\s/u;

/**
 * "Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đặt chân tới Athens sáng 7/12 … Chiều cùng ngày,
 * cuộc hội đàm với Thủ tướng Alexis Tsipras cũng diễn ra …": talks named with their host only, on
 * a day of a visit told, were the visitor's too.
 */
function withVisitorAsParty(mentions: EventMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'meeting' || m.participants.length !== 1 || m.date?.precision !== 'day' || m.date.end) continue;
    const talks = TALKS_WITH.exec(m.quote);
    const host = m.participants[0];
    if (!talks || m.quote.indexOf(host.name.split(' ').pop()!) < talks.index) continue;
    const day = m.date.start;
    const visit = mentions.filter((x) => x.document === m.document && x.type === 'visit' && x.date?.precision === 'day' && x.date.start <= day && day <= (x.date.end ?? x.date.start)
      && x.participants.length && x.participants.every((p) => p.name !== host.name && p.country !== host.country)).pop();
    if (visit) m.participants = [...visit.participants, host];
  }
}

/** How long in office before a day one is no longer taking office on it. */
const IN_OFFICE_DAYS = 30;

/**
 * "… Tổng thống Mỹ Donald Trump đã điện đàm chúc mừng ông. Ông tuyên thệ nhậm chức ngày 20/5": one the gazetteer has in
 * office for a month and more by that day took no office on it; one the article names whose term began within two days of
 * it did, and takes the event.
 */
function withOfficeTakerOfDay(mentions: EventMention[], named: readonly Participant[]): void {
  for (const m of mentions) {
    if (m.type !== 'other' || !/nhậm chức/u.test(m.lemma) || m.date?.precision !== 'day' || m.date.end || m.participants.length !== 1) continue;
    const day = m.date.start;
    const leader = leaderNamed(m.participants[0].name);
    const term = leader ? termOn(leader, day) : null;
    if (!term || term.from > day || isoAddDays(term.from, IN_OFFICE_DAYS) > day || (term.to && term.to < day)) continue;
    const beganThen = (p: Participant) => leaderNamed(p.name)?.terms.some((t) => t.from >= isoAddDays(day, -2) && t.from <= isoAddDays(day, 2)) ?? false;
    const taker = named.find(beganThen);
    if (taker) m.participants = [taker];
  }
}

/** How many paragraphs before may tell the pair whose talks a later paragraph names by one side. */
const NEAR_PARAGRAPHS = 2;

/**
 * "Cuộc điện đàm với Ngoại trưởng Lavrov diễn ra vào tối 15/3." after "… Bùi Thanh Sơn đã điện đàm
 * với Ngoại trưởng Nga Sergei Lavrov và …": a call (or talks named "cuộc hội đàm với …") told of one
 * side only is with the one other side an undated telling of that pair's just before it names.
 */
function withOtherSideToldBefore(mentions: EventMention[]): void {
  for (const [i, m] of mentions.entries()) {
    if ((m.type !== 'call' && !(m.type === 'meeting' && TALKS_WITH.test(m.quote))) || m.participants.length !== 1 || !m.date) continue;
    const key = personKey(m.participants[0].name);
    const pairs = mentions.slice(0, i).filter((x) => x.type === m.type && !x.date && x.participants.length === 2 && x.participants.some((p) => personKey(p.name) === key)
      && (m.paragraph ?? 0) - (x.paragraph ?? 0) <= NEAR_PARAGRAPHS);
    const others = pairs.flatMap((x) => x.participants.filter((p) => personKey(p.name) !== key));
    if (others.length && new Set(others.map((p) => personKey(p.name))).size === 1) m.participants = [...m.participants, others[0]];
  }
}

/** Whether `day` falls within a known summit's days. */
function withinSummit(day: string, x: Summit): boolean {
  return x.start <= day && day <= x.end;
}

/**
 * The sentence an arrival was last told in (or gone on from), its day, and whether it was taking office;
 * `quiet` once gone on over a sentence telling no event, which only "Cùng ngày" goes on through.
 */
interface ArrivedOn { index: number; date: ResolvedDate; inOffice: boolean; quiet?: boolean }

/** Event kinds a lead tells as the article's news. */
const LEAD_KINDS = new Set<EventMention['type']>(['meeting', 'call', 'visit', 'summit', 'agreement']);
/** How many days before the day of writing the day a lead takes may be: the news of the day or two before. */
const LEAD_DAYS = 3;
/** "…, vài ngày sau cuộc điện đàm …": an event the lead counts days on from, so not of the news day. */
const DAYS_AFTER_NAMED = /(?:ngày|hôm|tuần|giờ)\s+sau\s+(?:cuộc|chuyến|vụ)\s+$/u;

/**
 * "Tổng thống Mexico … đã hội đàm với Tổng thống Mỹ Donald Trump tại Nhà Trắng, … . Nhà lãnh đạo 66
 * tuổi … tới Washington tối 7-7 … vào Nhà Trắng trưa 8-7": the article's first event, told without a
 * day in the lead, is on the first day the same or the next paragraph states after it, when that
 * day is the news of the day of writing or the few days before (not a look back).
 */
function datedLead(mentions: EventMention[], stated: readonly StatedDay[], published: string | null): void {
  if (published?.length !== 10) return;
  const first = mentions.findIndex((m) => m.date);
  // (talks or a call between two named people at least; a visit or a summit of one; a signing by one or at a place
  // ("44 quốc gia châu Phi đã ký hiệp định … tại thủ đô Kigali"); not a mere arrival, which may be the evening before)
  // (or a session of a body named, "Hội đồng Bảo an … tổ chức cuộc tham vấn kín …")
  const told = (m: EventMention) => m.participants.length >= (m.type === 'meeting' || m.type === 'call' ? 2 : 1) || (m.type === 'agreement' && m.location !== null) || (m.type === 'meeting' && !!m.by);
  const countedFrom = (m: EventMention) => {
    const at = wordAt(m);
    return at > 0 && DAYS_AFTER_NAMED.test(m.quote.slice(0, at));
  };
  const lead = mentions.find((m, i) => (first < 0 || i < first) && !m.date && LEAD_KINDS.has(m.type) && !WEAK.has(m.lemma) && told(m) && !countedFrom(m));
  if (!lead || lead.paragraph === undefined) return;
  // (a lead whose event a later sentence tells with its day needs none: "Hai nhà lãnh đạo hội đàm chiều 15/9 …")
  const names = new Set(lead.participants.map((p) => p.name));
  // (not one long before: "Hai ông gặp nhau ở Osaka hồi tháng 6" is a look back)
  const ofTheStory = (d: ResolvedDate) => isoDayNumber(published) - isoDayNumber(d.start) <= LEAD_DAYS;
  // (talks told as a call or a meeting are the same talks: "hội nghị thượng đỉnh trực tuyến" then "cuộc hội đàm")
  const talks = (t: EventMention['type']) => (t === 'call' ? 'meeting' : t);
  if (mentions.some((m) => m !== lead && m.date && ofTheStory(m.date) && talks(m.type) === talks(lead.type) && m.participants.some((p) => names.has(p.name)))) return;
  // ("Tổng thống Nga Vladimir Putin hôm qua (1/2) cho rằng … ¶ Phát biểu tại cuộc họp báo chung với Thủ tướng Hungary
  // Viktor Orban … sau cuộc hội đàm giữa hai nhà lãnh đạo, …": else the day told of one of its people just before)
  const namesOne = (text: string) => lead.participants.some((p) => text.includes(p.name.slice(p.name.lastIndexOf(' ') + 1)));
  const paragraph = lead.paragraph;
  const before = latestOf(stated, (x) => x.start < lead.start && paragraph - x.paragraph <= 1 && namesOne(x.text));
  const next = stated.find((x) => x.start > lead.start && x.paragraph - paragraph <= 1);
  const ago = (x: StatedDay) => isoDayNumber(published) - isoDayNumber(x.day.start);
  const news = [next, before].find((x) => x && ago(x) >= 0 && ago(x) <= LEAD_DAYS);
  if (news) lead.date = { ...news.day, anchoring: 'previous' };
}

/** "Từ Hmeimim, ông Putin bay thẳng tới Cairo", "Rời Hà Nội, …": a journey on from where they were. */
const MOVED_ON = /^(?:Từ|Rời)\s|\s(?:bay|tiếp tục|sau đó)\s+(?:thẳng\s+)?(?:tới|đến|sang)\s/u;

/** "bang Punjab", "thị trấn Garissa": a region or a town the gazetteer lacks, no venue in a city. */
/** "tại thành phố này", "ở thủ đô đó", "ở cửa ngõ thủ đô,", "trong thành phố,": the city told just before. */
const THIS_CITY = /(?:tại|ở|trong)\s+(?:(?:cửa ngõ|ngoại ô|trung tâm)\s+)?(?:thành phố|thủ đô|thị trấn|TP\.?)(?:\s+(?:này|đó)(?!\p{L})|(?=\s*[,.;]))/u;
/** ", người …": an aside opening on a person just named. */
const PERSON_ASIDE_OPENING = /^[\s,]*(?:người|nhân vật)\s/u;
/** "Tel Aviv từng nhiều lần là mục tiêu của các vụ tấn công": a place told as the target of attacks, each then told. */
const TARGET_OF_ATTACKS = /(?:là|trở thành)\s+mục tiêu\s+của\s+(?:các|những|nhiều|hàng loạt|một loạt)\s+(?:vụ|cuộc)\s+(?:tấn công|đánh bom|xả súng)/u;
/** "vụ tấn công thứ hai", "vụ đánh bom liều chết thứ ba": an attack ranked among others. */
const NTH_ATTACK = /(?:vụ|cuộc)\s+(?:tấn công|đánh bom|nổ|xả súng)(?:\s+[^\s,.;]+){0,2}?\s+thứ\s+(?:hai|ba|tư|năm|\d+)(?!\p{L})/u;
/** The one city the sentence before, in the same paragraph, names. */
function cityJustNamed(before: { text: string; paragraph: number } | undefined, paragraph: number): EventLocation | null {
  if (!before || before.paragraph !== paragraph) return null;
  const cities = findPlaces(before.text).filter((p) => p.kind === 'city' && p.location.country);
  return new Set(cities.map((c) => c.location.name)).size === 1 ? cities[0].location : null;
}
/** " bệnh viện, khiến …", " vào khách sạn này": a site hit, told by no name of its own, as one the story named. */
const SAME_SITE_HIT = /^\s+(?:vào\s+)?(?:bệnh viện|khách sạn|nhà thờ|thánh đường|đền thờ|trường học|ký túc xá|sân bay|đại sứ quán|lãnh sự quán|khu chợ|trụ sở)(?:\s+(?:này|đó))?(?=\s*[,.;]|\s+(?:khiến|làm)\s)/u;
/** " ngôi làng của người Fulani", " vào làng": a village hit, told by no name of its own. */
const VILLAGE_HIT = /^\s+(?:vào\s+)?(?:ngôi\s+|một\s+)?làng(?!\p{L})(?!\s+\p{Lu})/u;
/** The one village ("làng Ogossagou") the sentences named. */
function villageNamed(sentences: readonly Sentence[]): EventLocation | null {
  const villages = new Map<string, EventLocation>();
  for (const x of sentences) for (const p of findPlaces(x.text)) if (p.kind === 'city' && /^làng\s/u.test(p.location.nameVi ?? '')) villages.set(p.location.name, p.location);
  return villages.size === 1 ? [...villages.values()][0] : null;
}
const NOT_A_VENUE = /^(?:bang|tỉnh|thành phố|thủ đô|thị trấn|làng|quận|đảo|eo biển|miền|vùng)\s/iu;
/** A venue the gazetteer lacks, told without its city, in the one city the sentence before (in its paragraph) named. */
function inCityJustNamed(venue: EventLocation, before: { text: string; paragraph: number } | undefined, paragraph: number): EventLocation | null {
  const city = cityJustNamed(before, paragraph);
  return city ? inCity(venue, city) : null;
}
/** A venue told without its city, in the city the article named right after that venue before ("khách sạn Hayat ở thủ đô Mogadishu"). */
function inCityToldWith(venue: EventLocation, earlier: readonly Sentence[]): EventLocation | null {
  if (!venue.nameVi) return null;
  for (const x of [...earlier].reverse()) {
    const at = x.text.indexOf(venue.nameVi);
    if (at < 0) continue;
    const after = at + venue.nameVi.length;
    const city = findPlaces(x.text).find((p) => p.kind === 'city' && p.location.country && ITS_CITY.test(x.text.slice(after, p.start)));
    if (city) return inCity(venue, city.location);
  }
  return null;
}
/** What joins a venue to its city right after it: " ở thủ đô ", ", ". */
const ITS_CITY = /^\s*(?:,|ở|tại)\s+(?:(?:thủ đô|thành phố|TP\.?)\s+)?$/u;
/** A venue named with its city. */
function inCity(venue: EventLocation, city: EventLocation): EventLocation {
  return { name: `${venue.name}, ${city.name.split(',')[0]}`, ...(venue.nameVi ? { nameVi: venue.nameVi } : {}), country: city.country };
}
