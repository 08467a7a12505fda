/**
 * Events held at a well-known summit: whether the event word happened at the summit the
 * sentence names ("bên lề Hội nghị G-20 ở Antalya"), or at the article's one summit when it
 * is named without a series ("Bên lề hội nghị, …"), and then the summit's known days and host
 * city stand for the event's date and place. Offsets are relative to the sentence.
 */
import { isoAddDays } from './resolve-date.js';
import type { EventLocation } from '../events-schema.js';
import type { Trigger } from './event-type.js';
import { placeByName, type PlaceMention } from './places.js';
import type { Summit } from './summits.js';
import type { ResolvedDate, SummitMention } from './temporal.js';

/** Words that put an event at a summit named right after them. */
/** What names a summit's first day ("ngày đầu", "ngày khai mạc"), and its last ("ngày cuối cùng", "ngày bế mạc"). */
const FIRST_DAY_WORDS = 'đầu tiên|đầu|thứ nhất|khai mạc';
const LAST_DAY_WORDS = 'cuối cùng|cuối|bế mạc';
/** "ngày đầu", "ngày làm việc cuối cùng", "ngày bế mạc": a day of a summit. */
const SUMMIT_DAY = String.raw`ngày (?:làm việc )?(?:${FIRST_DAY_WORDS}|${LAST_DAY_WORDS})`;
const AT_SUMMIT = new RegExp(String.raw`(?:trước thềm|bên lề|tại|ở|dự|tham dự|trong khuôn khổ|nhân dịp|khi diễn ra|của|${SUMMIT_DAY})\s+(?:(?:phiên họp|hội nghị|cuộc họp)[^,.]{0,60}\s+)?$`, 'iu');

/** "cuộc gặp … trước thềm / bên lề Hội nghị G-20 ở Antalya": the event happened at that summit (a summit word is the summit itself). */
export function heldAtSummit(summit: SummitMention, t: Trigger, text: string): boolean {
  return t.type === 'summit' || AT_SUMMIT.test(text.slice(Math.max(0, summit.start - 40), summit.start)) || (summit.start === 0 && SUMMIT_DAY_OPENING.test(text));
}

/**
 * "phối hợp chặt chẽ tại các diễn đàn đa phương, trong đó có Liên hợp quốc và Hội nghị cấp cao
 * Đông Á": a summit series listed among forums of cooperation is a forum, not an event held.
 */
const AS_FORUM = /(?:diễn đàn|cơ chế)[^.;:]{0,40}?\s(?:trong đó có|như|gồm|bao gồm)\s[^.;:]{0,80}$/u;

/** "các nước đối tác và thành viên Hội nghị Cấp cao Đông Á": the states that sit at a series, none of its summits. */
const MEMBERS_OF = /thành viên(?:\s+(?:của|thuộc))?\s+$/u;

/** Is the summit word `t` one of the forums a sentence lists ("các diễn đàn …, trong đó có …"), or what states are members of? */
export function namedAsForum(t: Trigger, text: string): boolean {
  return t.type === 'summit' && (AS_FORUM.test(text.slice(Math.max(0, t.start - 160), t.start)) || MEMBERS_OF.test(text.slice(Math.max(0, t.start - 30), t.start)));
}

/** "trước thềm Hội nghị G-20": on the eve of a summit, by its first day. */
const EVE = /trước thềm|trước khi diễn ra|ngay trước/u;

/** Summit dates for an event "bên lề / trước thềm / tại" a summit named in the sentence; on its eve, its first day. */
export function summitDate(s: SummitMention, text: string, oneDay = false): ResolvedDate {
  const eve = EVE.test(text.slice(Math.max(0, s.start - 60), s.start));
  // (an event held on the summit's first or last day, not the summit itself: "Trong ngày làm việc đầu tiên, …")
  if (eve || s.startDate === s.endDate || (oneDay && FIRST_DAY.test(text))) return { start: s.startDate, precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
  if (oneDay && LAST_DAY.test(text)) return { start: s.endDate, precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
  // ("Ngày làm việc thứ hai chứng kiến phiên họp mở rộng …": the day after the first)
  if (oneDay && SECOND_DAY.test(text)) return { start: isoAddDays(s.startDate, 1), precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
  return { start: s.startDate, end: s.endDate, precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
}

/**
 * The date of an event held at `summit`, given the date its sentence states (if any): the
 * summit's days stand for no date and for a week around it; a month stated stays a month (only
 * the month is told), of the summit's year when the year was only guessed.
 */
export function dateAtSummit(date: ResolvedDate | null, summit: SummitMention, text: string, oneDay = false): ResolvedDate | null {
  if (!date) return summitDate(summit, text, oneDay);
  // "dự Hội nghị thượng đỉnh G20 tại Trung Quốc vào tháng 9": the month names the summit, and is what the text tells;
  // "Đức chủ trì Hội nghị G20 tại Hamburg vào tháng 7", "Tháng 11 cùng năm, … dự Hội nghị cấp cao APEC tại Đà Nẵng":
  // a summit known by its host city, in the month it was held, gives a year only guessed its own (the month stays a month)
  const sameMonth = summit.startDate.startsWith(date.start) || (!!summit.city && date.yearInferred && summit.startDate.slice(5, 7) === date.start.slice(5, 7));
  if (date.precision === 'month' && !date.end && sameMonth) return { ...date, start: summit.startDate.slice(0, 7) };
  // "Tuần trước, tại Hội nghị COP26": a week that overlaps the summit's days stands for them
  if (date.end && date.anchoring !== 'absolute' && date.start <= summit.endDate && summit.startDate <= date.end) return summitDate(summit, text, oneDay);
  // ("Hội nghị thượng đỉnh G20 lần thứ 13 … đã khai mạc cùng ngày" after a day of August: a day borrowed from the event told
  // before, months off the summit's known days, is not the summit's)
  if (date.anchoring === 'previous' && !date.end && (date.start < isoAddDays(summit.startDate, -7) || date.start > isoAddDays(summit.endDate, 7))) return summitDate(summit, text, oneDay);
  return date;
}

/**
 * The place of an event held at `summit` in its `host` city, given the place its clause
 * names: the host city, unless the clause names a building in it ("tại Nhà Trắng, Washington")
 * or a place in another country.
 */
export function placeAtSummit(location: EventLocation | null, summit: SummitMention, host: string, places: PlaceMention[]): EventLocation | null {
  if (location && location.country !== summit.country) return location;
  // A summit city the places gazetteer lacks is still the place: the summit data names it.
  const named = placeByName(host);
  const city = places.find((p) => p.location.name === host) ?? (named ? { location: named } : null)
    ?? { location: { name: host, country: summit.country ?? null } };
  if (city && (!location || location.name !== city.location.name)) return location && location.country === city.location.country && location.name.includes(',') ? location : city.location;
  return location;
}

/** "bên lề hội nghị", "tại thượng đỉnh": a summit named without its series or ordinal. */
const UNNAMED_SUMMIT = new RegExp(String.raw`(?:bên lề|trước thềm|tại|khi dự|trong khuôn khổ|${SUMMIT_DAY}(?:\s+của)?)\s+(hội nghị(?:\s+thượng đỉnh)?|thượng đỉnh)(?!\s+(?:\p{Lu}|G-?\d|lần))`, 'iu');
/** "Trong ngày làm việc đầu tiên, …", "Ngày làm việc thứ hai chứng kiến …" opening a sentence: a day of the summit just told. */
const SUMMIT_DAY_OPENING = /^(?:Cũng\s+)?(?:(?:Trong|Vào)\s+ngày|Ngày)\s+làm việc\s+(?:đầu tiên|thứ nhất|thứ hai|cuối cùng|cuối)(?:\s+của\s+(?:hội nghị|thượng đỉnh))?(?:,|\s(?=chứng kiến|diễn ra|bắt đầu|khép lại))/u;
/** "ngày đầu hội nghị", "phiên khai mạc": the summit's first day; "ngày cuối", "phiên bế mạc": its last. */
const FIRST_DAY = new RegExp(String.raw`ngày (?:làm việc )?(?:${FIRST_DAY_WORDS})|phiên khai mạc|lễ khai mạc`, 'u');
const LAST_DAY = new RegExp(String.raw`ngày (?:làm việc )?(?:${LAST_DAY_WORDS})|phiên bế mạc|lễ bế mạc`, 'u');
/** "ngày làm việc thứ hai", "ngày thứ hai của hội nghị": its second day (not "thứ Hai", a Monday). */
const SECOND_DAY = /[Nn]gày (?:làm việc )?thứ hai(?!\p{L}|\s+liên tiếp)/u;

/**
 * "Bên lề hội nghị, X gặp Y": a summit referred to without its name is the article's summit,
 * when the article is about exactly one.
 */
export function unnamedSummit(text: string, context: Map<string, Summit>, last: SummitMention | null = null): SummitMention | null {
  const day = SUMMIT_DAY_OPENING.exec(text);
  if (day && last) return { ...last, start: 0, end: day[0].length - 1, text: day[0].slice(0, -1) };
  const m = UNNAMED_SUMMIT.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  // the one summit the article is about, else the one named last ("… dự Tuần lễ Cấp cao APEC. Bên lề hội nghị, …")
  if (context.size !== 1) return last ? { ...last, start, end: start + m[1].length, text: m[1] } : null;
  const s = [...context.values()][0];
  return { start, end: start + m[1].length, text: m[1], series: s.series, year: s.year, startDate: s.start, endDate: s.end, city: s.city, country: s.country };
}

/** "mở đường cho", "chuẩn bị cho", "trước thềm" right before a summit word: it is still ahead. */
const FOR_SUMMIT = /(?:cho|chuẩn bị|hướng tới|trước thềm|tiến tới)\s+(?:(?:hội nghị|cuộc họp|cuộc gặp)\s+)?$/u;

/**
 * "hội nghị thượng đỉnh Helsinki": the city right after a summit word names the summit and
 * where it was held (not one named as what was prepared: "mở đường cho thượng đỉnh Paris").
 */
export function cityNamingSummit(t: Pick<Trigger, 'start' | 'end'>, text: string, places: PlaceMention[]): PlaceMention | undefined {
  if (FOR_SUMMIT.test(text.slice(Math.max(0, t.start - 30), t.start))) return undefined;
  return places.find((p) => p.kind === 'city' && p.start >= t.end && /^\s*$/u.test(text.slice(t.end, p.start)));
}

/** What stands between a host city or country and the summit it hosted: "đăng cai (thành công)". */
const HOSTED = /^\s+(?:đã\s+)?đăng cai(?:\s+thành công)?\s+$/u;

/** "Hà Nội đăng cai thành công Hội nghị thượng đỉnh Mỹ - Triều lần hai": where the host named before the summit word is, or null. */
export function hostOfSummit(t: Pick<Trigger, 'start'>, text: string, places: PlaceMention[]): EventLocation | null {
  return places.find((p) => p.end <= t.start && HOSTED.test(text.slice(p.end, t.start)))?.location ?? null;
}

/**
 * "trực tuyến", "qua video" right after a summit word, or after its name and "(được) tổ chức"
 * ("hội nghị thượng đỉnh EU - Trung Quốc lần thứ 22 tổ chức trực tuyến hôm 22/6"): held online.
 */
const ONLINE = /^(?:[^,.;:]{0,50}?\s(?:được\s+)?(?:tổ chức|diễn ra)(?:\s+theo hình thức)?)?\s+(?:trực tuyến|qua (?:video|truyền hình))(?!\p{L})/u;

/** "Hội nghị thượng đỉnh trực tuyến ngày 19/6": a summit held online, which took place nowhere. */
export function heldOnline(t: Pick<Trigger, 'end'> & { lemma?: string }, text: string): boolean {
  // ("hội nghị trực tuyến của nhóm Bộ tứ": the word itself says so)
  return /trực tuyến$/u.test(t.lemma ?? '') || ONLINE.test(text.slice(t.end, t.end + 100));
}
