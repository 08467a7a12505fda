/**
 * Days a sentence without one of its own takes from the visit or talks just told: "Ngay sau lễ
 * đón tại thủ đô Moskva, …" (the visit's first day), "Hai bên ký kết …" (the day of the talks).
 * Pure: reads the mentions told so far.
 */
import type { EventMention } from './event-mention.js';
import { personKey } from './people.js';
import { isoAddDays, type ResolvedDate } from './resolve-date.js';

/** "Ngay sau lễ đón (chính thức) (tại X)," opening a sentence. */
const AFTER_WELCOME = /^(?:(?:Trước đó|Sau đó|Cùng ngày),\s*)?(?:[Nn]gay\s+)?[Ss]au\s+lễ đón(?:\s+(?:chính thức|trọng thể))?(?:\s+(?:được tổ chức|diễn ra)(?:\s+[^,.;]{1,30}?)?)?(?:\s+(?:tại|ở)\s+[^,.;]{1,40})?,\s/u;
/** An arrival in the evening or at night, told with its day ("tối 5/4", "đêm 7/12"). */
export const EVENING_ARRIVAL = /(?:tới|đến|đặt chân|hạ cánh)[^.;]{0,80}?\s(?:tối|đêm|khuya)\s+(?:ngày\s+|hôm\s+)?\d/u;
/** How many paragraphs after a daytime arrival a welcome told without a day may still be its. */
const ARRIVAL_PARAGRAPHS = 6;
/** An arrival, which may be in the evening before the welcome. */
export const ARRIVAL = /^(?:tới|đến|đặt chân|hạ cánh)/u;
/** A signing whose subject is the pair just told: "Hai bên ký kết …", "Trước đó, hai ông đã chứng kiến lễ ký …". */
// ("Hai bên tuyên bố nâng cấp quan hệ … và ký 14 văn kiện", "Hai nhà lãnh đạo nhất trí …, đồng thời chứng kiến lễ ký 17 văn kiện": after what else they did)
const SIGNED_BY_PAIR = /^((?:[^,.;]{0,30},\s*)?)(?:[Hh]ai (?:bên|ông|bà|nhà lãnh đạo|nước|Thủ tướng|Tổng thống|Ngoại trưởng|Bộ trưởng|vị))\s+(?:[^.;]{0,120}?(?:\s+và|,\s*đồng thời|\s+đồng thời)\s+)?(?:(?:đã|cũng|cùng|còn|sau đó|tiếp đó)\s+)*(?:ký kết|ký|chứng kiến lễ ký|chứng kiến việc ký)\s/u;
/** "Kết thúc hội đàm, ", "Sau cuộc hội đàm, ": the talks the signing closed. */
const AT_END_OF_TALKS = /^(?:Ngay\s+)?(?:Kết thúc|Sau)\s+(?:cuộc\s+)?(?:hội đàm|hội kiến)\s*,/u;
/** The words of a signing. */
export const SIGNING = /(?:^|\s)(?:lễ\s+)?ký(?:\s+kết)?(?!\p{L})/u;

/** A day taken from what was told, and where in the sentence the words that take it end. */
export interface TakenDay {
  date: ResolvedDate;
  at: number;
}

/**
 * "… có chuyến thăm chính thức Liên bang Nga bắt đầu từ ngày 16/5. Ngay sau lễ đón tại thủ đô
 * Moskva, Thủ tướng hội đàm …": the day a sentence telling the welcome stated (`toldWelcome`),
 * else the first day of the visit just told (in this paragraph or the one before), unless it was
 * an arrival, which may be the evening before the welcome. (The welcome's own day comes first:
 * "Lễ đón … diễn ra sáng nay tại Hà Nội …, rồi sang thăm Lào hôm qua. Ngay sau lễ đón, …" is today.)
 */
export function welcomeDay(text: string, paragraph: number, mentions: readonly EventMention[], toldWelcome: () => ResolvedDate | null = () => null): TakenDay | null {
  const welcomed = AFTER_WELCOME.exec(text);
  if (!welcomed) return null;
  // ("… duyệt đội danh dự tại Phủ Chủ tịch sáng 6/4. Ngay sau lễ đón tại Phủ Chủ tịch, …": the day the welcome itself was told)
  const day = toldWelcome();
  if (day) return { date: day, at: welcomed[0].length - 1 };
  // (the visit told by its day: not "lần đầu tiên ông … thăm Việt Nam … vào năm 1995", a look back in between)
  const visit = [...mentions].reverse().find((m) => m.type === 'visit' && m.date?.precision === 'day' && paragraph - (m.paragraph ?? -9) <= 2);
  if (visit?.date && !ARRIVAL.test(visit.lemma)) {
    // ("… đến sân bay Nội Bài tối 5/4, bắt đầu chuyến thăm …": a visit begun in the evening is welcomed the day after)
    const evening = EVENING_ARRIVAL.test(visit.quote);
    return { date: { ...visit.date, start: evening ? isoAddDays(visit.date.start, 1) : visit.date.start, end: undefined }, at: welcomed[0].length - 1 };
  }
  // ("Đúng 10h sáng 23/11, chuyên cơ chở đoàn hạ cánh xuống … Manila. … Trước đó, ngay sau lễ đón tại trụ sở Hạ viện, …": welcomed the day of the
  // daytime arrival the story told, however many paragraphs of the visit came between)
  const arrival = [...mentions].reverse().find((m) => m.type === 'visit' && ARRIVAL.test(m.lemma) && m.date?.precision === 'day' && !m.date.end);
  return arrival?.date && !EVENING_ARRIVAL.test(arrival.quote) && paragraph - (arrival.paragraph ?? -99) <= ARRIVAL_PARAGRAPHS ? { date: arrival.date, at: welcomed[0].length - 1 } : null;
}

/** A sentence telling the welcome ceremony: "duyệt đội danh dự", "lễ đón chính thức", or the host's own welcome at the airport ("được Tổng thống … đích thân ra sân bay đón"). */
export const WELCOME_TOLD = /đội danh dự|lễ đón|(?:ra|tại|ở)\s+(?:tận\s+)?(?:chân cầu thang máy bay|sân bay(?:\s+quốc tế)?)(?:\s+\p{Lu}[^\s,.;]*)*\s+(?:để\s+)?(?:đón|chào đón|tiếp đón)(?!\p{L})/u;

/**
 * "Hai bên ký kết hơn 10 văn kiện", "Trước đó, hai ông đã chứng kiến lễ ký kết …": a signing by
 * the pair whose talks (or visit) were told on one day at most two paragraphs before, on that day
 * (after "Kết thúc hội đàm,", the talks of the pair named, `pair`, or else of those in the talks told
 * last, however far back; a sentence opening on the pair, `undated`, the pair's talks up to three
 * paragraphs back).
 */
export function signingDay(text: string, paragraph: number, mentions: readonly EventMention[], pair: ReadonlySet<string> = new Set(), undated = true): TakenDay | null {
  const signed = SIGNED_BY_PAIR.exec(text);
  if (!signed) return null;
  // ("Kết thúc hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký …": the pair's talks named, however many paragraphs of them came between)
  // (a pair told as "hai nhà lãnh đạo": the people of the talks told last, dated or not)
  const named = AT_END_OF_TALKS.test(signed[1]);
  const keys = !named ? [] : pair.size > 1 ? [...pair] : [...mentions].reverse().find((m) => m.type === 'meeting' && m.participants.length > 1)?.participants.map((p) => personKey(p.name)) ?? [];
  const theirs = (m: EventMention, of: readonly string[]) => m.type === 'meeting' && of.length > 1 && of.every((k) => m.participants.some((p) => personKey(p.name) === k));
  // ("hai Thủ tướng tiến hành Hội nghị thượng đỉnh thường niên …. Hai bên ký 15 văn kiện": a summit of the pair is their talks)
  const talks = [...mentions].reverse().find((m) => (named ? theirs(m, keys) : m.type === 'meeting' || m.type === 'visit' || (m.type === 'summit' && m.participants.length === 2)) && m.date?.precision === 'day' && !m.date.end && (named || paragraph - (m.paragraph ?? -9) <= 2));
  if (talks) return { date: talks.date!, at: signed[1].length };
  // ("Hai nhà lãnh đạo chứng kiến lễ ký hiệp định thương mại tự do …", nothing dated, three paragraphs after the pair's talks told on their day: that day)
  const opening = !named && undated && pair.size === 2 && PAIR_OPENING.test(text) ? [...pair] : [];
  const ofPair = opening.length ? [...mentions].reverse().find((m) => theirs(m, opening) && m.date?.precision === 'day' && !m.date.end && !m.date.borrowed && paragraph - (m.paragraph ?? -99) <= PAIR_TALKS_PARAGRAPHS) : undefined;
  return ofPair?.date ? { date: ofPair.date, at: 0 } : null;
}
/** "Hai nhà lãnh đạo chứng kiến lễ ký …", "Hai bên đã ký …": a signing opening on the pair (a joint statement is resolveJointStatement's). */
const PAIR_OPENING = /^(?:Sau đó,\s*)?(?:[Hh]ai nhà lãnh đạo|[Hh]ai bên|[Hh]ai ông)\s+(?:(?:cũng|đã|cùng)\s+)*(?:chứng kiến lễ ký|ký)(?!\p{L})/u;
/** How many paragraphs after the pair's talks a signing opening on them may be theirs. */
const PAIR_TALKS_PARAGRAPHS = 3;

/** "(Ngay) sau cuộc gặp ở Moscow,", "Sau hội đàm với ông Putin,", "Ngay sau lễ ký,": opening a sentence, with where or with whom. */
const AFTER_TALKS = /^(?:Ngay\s+|Chỉ\s+ít\s+phút\s+)?[Ss]au\s+(?:cuộc\s+|buổi\s+)?(?:gặp(?:\s+gỡ|\s+mặt)?|hội đàm|hội kiến|điện đàm|lễ ký(?:\s+kết)?)(?:\s+(?:riêng|kín|song phương|hẹp))?(?:\s+(?:ở|tại|với)\s+([^,.;]{2,60}))?,\s/u;
/** "Trước khi vào cuộc họp bốn bên,", "Trước cuộc hội đàm với ông Putin,": opening a sentence, what went on just before talks (not a call's, told from afar). */
const BEFORE_TALKS = /^[Tt]rước\s+(?:khi\s+(?:(?:vào|bước vào|bắt đầu)\s+)?)?(?:cuộc\s+|buổi\s+|phiên\s+)?(?:gặp(?:\s+gỡ|\s+mặt)?|hội đàm|hội kiến|họp(?:\s+(?:hai|ba|bốn|năm|sáu)\s+bên)?)(?:\s+(?:ở|tại|với)\s+([^,.;]{2,60}))?,\s/u;

/**
 * "Ngay sau cuộc gặp ở Moscow, ông Bennett đã điện đàm với …", "Trước khi vào cuộc họp bốn bên, ông
 * Putin … có cuộc gặp song phương …": the day of the talks of that kind (a meeting, a call for
 * "điện đàm", a signing for "lễ ký"; a meeting or a summit for "họp") told before at the place or
 * with the person the opening names (within four paragraphs); without one, the talks told last (within two).
 */
export function afterTalksDay(text: string, paragraph: number, mentions: readonly EventMention[]): TakenDay | null {
  const before = BEFORE_TALKS.exec(text);
  const after = AFTER_TALKS.exec(text) ?? before;
  if (!after) return null;
  const which = after[1]?.toLowerCase();
  const type = /điện đàm/u.test(after[0]) ? 'call' : /lễ ký/u.test(after[0]) ? 'agreement' : 'meeting';
  // ("… tới Bogotá và được Tổng thống Colombia … đón tại dinh Casa de Nariño. Sau cuộc gặp riêng, …": a reception on a visit is a meeting)
  const ofType = (m: EventMention) => m.type === type || (m.type === 'summit' && /họp/u.test(after[0])) || (type === 'meeting' && m.type === 'visit' && m.participants.length >= 2);
  // (by its place, its people's surnames, or the words of its sentence: "hội đàm … tới Moscow" is placed only later)
  const fits = (m: EventMention) => !which || [m.location?.name, m.location?.nameVi, ...m.participants.map((p) => p.name.split(' ').pop())].some((w) => !!w && which.includes(w.toLowerCase()))
    || after[1].split(/\s+/u).some((w) => /^\p{Lu}/u.test(w) && m.quote.includes(w));
  // (talks named by where or with whom may have been told a few paragraphs before, and so may the talks something went before)
  // (a signing is one occasion an article tells once: however far back)
  const within = type === 'agreement' ? Infinity : which || before ? 4 : 2;
  // (not talks looked back to: "Đây là thượng đỉnh đầu tiên …, kể từ cuộc gặp tại Paris ngày 2/10/2015")
  const lookedBackTo = (m: EventMention) => m.quote.toLowerCase().includes(`kể từ cuộc ${m.lemma}`) || m.quote.toLowerCase().includes(`kể từ ${m.lemma}`);
  const dayOf = (m: EventMention, far: number) => ofType(m) && m.date?.precision === 'day' && !m.date.end && paragraph - (m.paragraph ?? -9) <= far && !lookedBackTo(m);
  // ("Sau hội đàm tại Cung điện Hoàng gia, …": a venue no mention named is where the talks just told went on; not so
  // for what went before talks, "Trước phiên họp ba bên tại Phòng Phía Đông, …", whose talks are told after)
  const talks = [...mentions].reverse().find((m) => dayOf(m, within) && fits(m))
    ?? (which && !before && /\s(?:tại|ở)\s/u.test(after[0]) && !mentions.some(fits) ? [...mentions].reverse().find((m) => dayOf(m, 2)) : undefined);
  return talks ? { date: talks.date!, at: after[0].length - 1 } : null;
}
