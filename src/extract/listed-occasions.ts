/**
 * One event word told of several occasions, each a dated place of its own: "Ông Abe đã ba lần
 * gặp ông Putin trong năm nay: tại Sochi hồi tháng 5, tại Vladivostok hồi tháng 9 và bên lề
 * Hội nghị thượng đỉnh APEC ở Lima tháng trước". Each occasion is an event. Offsets are
 * relative to the sentence.
 */
import type { Trigger } from './event-type.js';
import type { DatedSpan } from './temporal.js';

/** Words that open an occasion of a list: where it happened. */
const OPENER = String.raw`(?:tại|ở|bên lề|trước thềm|nhân dịp)\s`;
/** "vào tháng 1 và tháng 10": occasions told by their months alone. */
const MONTH_OPENER = String.raw`(?:vào\s+)?tháng\s+\d`;
/** Where one occasion of the list ends and the next begins: ", tại …", " và bên lề …". */
const NEXT_OCCASION = new RegExp(String.raw`(?:,\s*|\s+và\s+)(?=${OPENER}|${MONTH_OPENER})`, 'gu');
/** The list's opening: right after a colon, or straight after the event word's own words. */
// ("từng hai lần thăm Việt Nam trong năm 2018, vào tháng 1 và tháng 10": after a comma, months alone)
const LIST_START = new RegExp(String.raw`^[^.;:]{0,60}?:\s*(?=${OPENER})|^\s*(?:[^\s,.;:]+\s+){0,6}?(?=${OPENER})|^[^.;:]{0,60}?,\s*(?=vào\s+tháng\s+\d)`, 'u');

/**
 * The occasions listed after the event word `t`, each from its opening word ("tại", "bên
 * lề") to the next; empty unless there are at least two and each has a date of its own.
 */
export function listedOccasions(t: Trigger, text: string, dates: DatedSpan[], limit?: { from: number; to: number }): { from: number; to: number }[] {
  const end = Math.min(limit?.to ?? text.length, nextStop(text, t.end));
  const lead = LIST_START.exec(text.slice(t.end, end));
  if (!lead) return [];
  const from = t.end + lead[0].length;
  const list = text.slice(from, end);
  const cuts = [...list.matchAll(NEXT_OCCASION)];
  if (!cuts.length) return [];
  const starts = [0, ...cuts.map((m) => m.index! + m[0].length)];
  const occasions = starts.map((start, i) => ({ from: from + start, to: from + (i < cuts.length ? cuts[i].index! : list.length) }));
  const dated = (o: { from: number; to: number }) => dates.some((d) => d.date && d.start >= o.from && d.end <= o.to);
  return occasions.every(dated) ? occasions : [];
}

/** The end of the sentence part an event word's list can run to. */
function nextStop(text: string, from: number): number {
  const m = /[.;]/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
