/**
 * Days told with their weekday: "tối chủ nhật 6/10", "hôm thứ ba (19/9)", "Thứ Sáu, 13/11",
 * "ngày 19/9 (thứ ba)". A day and month fall on a given weekday in only one or two years of a
 * decade, so such a pair is evidence of the year an article without a header was written in. So is
 * a Sunday named by its feast ("Chủ nhật Lễ Lá") with the day-month it fell on.
 */
/** A day and month told with the weekday it fell on. */
export interface WeekdayDate {
  day: number;
  month: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  text: string;
  start: number;
}

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6 };
/** The weekday, then the day: "chủ nhật 6/10", "thứ ba (19/9)", "Thứ Sáu, ngày 13/11", "thứ bảy tuần trước (5/8)" (no year after it). */
// (starting on its literal first letters, so the engine scans for them rather than trying every offset)
const WEEKDAY_FIRST = /(?<![\p{L}\p{N}])([Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|[Cc]hủ\s+[Nn]hật)(?:\s+tuần\s+(?:trước|qua|này))?\s*(?:\(\s*|,\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?![\p{N}]|[/.-]\d)/gu;
/** The day, then its weekday in brackets: "ngày 19/9 (thứ ba)". */
const DAY_FIRST = /(?<![\p{N}])(\d{1,2})[/.-](\d{1,2})\s*\(\s*([Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật)\s*\)/gu;
/** "thứ hai" is also "second": in lower case it is a weekday only after a time of day, "hôm", "ngày" or "vào". */
const TIME_WORD_BEFORE = /(?:hôm|ngày|sáng|trưa|chiều|tối|đêm|vào)\s+$/iu;

function weekdayNumber(words: string): number {
  const w = words.toLowerCase().replace(/\s+/gu, ' ');
  return w === 'chủ nhật' ? 0 : WEEKDAYS[w.slice('thứ '.length)];
}

/** Every day told with its weekday, in text order. */
export function findWeekdayDates(text: string): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  const push = (weekday: string, day: string, month: string, start: number, matched: string) => {
    if (+day < 1 || +day > 31 || +month < 1 || +month > 12) return;
    out.push({ day: +day, month: +month, weekday: weekdayNumber(weekday), text: matched, start });
  };
  for (const m of text.matchAll(WEEKDAY_FIRST)) {
    if (/^thứ\s+\p{Ll}/u.test(m[1]) && !TIME_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    push(m[1], m[2], m[3], m.index, m[0]);
  }
  for (const m of text.matchAll(DAY_FIRST)) if (!/[\p{N}/.]/u.test(text[m.index - 1] ?? ' ')) push(m[3], m[1], m[2], m.index, m[0]);
  return out.sort((a, b) => a.start - b.start);
}

/** True when `d` fell on its weekday in `year`. */
export function fallsOnWeekday(d: WeekdayDate, year: number): boolean {
  const date = new Date(Date.UTC(year, d.month - 1, d.day));
  return date.getUTCMonth() === d.month - 1 && date.getUTCDay() === d.weekday;
}

/** A Sunday told by its feast ("Chủ nhật Lễ Lá", "Lễ Phục sinh", "lễ Chúa Thánh Thần Hiện Xuống"): it falls a set number of days from Easter, on another day each year. */
export interface FeastDay {
  name: 'Palm Sunday' | 'Easter Sunday' | 'Pentecost';
  /** Days before Easter Sunday (after it, when negative). */
  beforeEaster: number;
  text: string;
}

const FEASTS: ReadonlyArray<{ re: RegExp; name: FeastDay['name']; beforeEaster: number }> = [
  { re: /(?<!\p{L})Lễ Lá(?!\p{L})/u, name: 'Palm Sunday', beforeEaster: 7 },
  { re: /(?<!\p{L})(?:Chủ nhật|Lễ|lễ)\s+Phục [Ss]inh(?!\p{L})/u, name: 'Easter Sunday', beforeEaster: 0 },
  // (not "nhà thờ Ngũ Tuần", a Pentecostal church: the feast is told as "lễ")
  { re: /(?<!\p{L})(?:Lễ|lễ)\s+(?:Chúa Thánh Thần Hiện Xuống|Hiện Xuống|Ngũ Tuần)(?!\p{L})/u, name: 'Pentecost', beforeEaster: -49 },
];

/** The feasts named in `text`, each once. */
export function findFeasts(text: string): FeastDay[] {
  return FEASTS.flatMap((f) => {
    const m = f.re.exec(text);
    return m ? [{ name: f.name, beforeEaster: f.beforeEaster, text: m[0] }] : [];
  });
}

/** The day and month `feast` fell on in `year` (Easter by the Gregorian computus, the "anonymous" algorithm). */
export function feastDay(feast: FeastDay, year: number): { day: number; month: number } {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  const date = new Date(Date.UTC(year, month - 1, day - feast.beforeEaster));
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1 };
}
