/**
 * The dateline that opens a news story: `Hà Nội, 12/3/2017 –`, `Jakarta, 27/10 (TTXVN) -`,
 * `Washington, 8.2 (VOV) —`. It says where and when the story was filed, not when any event
 * happened, so its date dates the article and must not be taken by the first sentence's event.
 */

/** A dateline found at the start of a paragraph, with its offsets in the text. */
export interface Dateline {
  start: number;
  /** End of the dateline, dash and following space included. */
  end: number;
  place: string;
  day: number;
  month: number;
  /** The year when the dateline states one. */
  year?: number;
}

// 1–4 capitalised words, a comma, a day/month(/year), an optional agency in brackets, a dash
const DATELINE = /^([ \t]*)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),\s*(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?\s*(?:\([^)\n]{2,24}\)\s*)?[-–—]\s*/u;
/** How many lines from the top a dateline may open: past the title, sapo and a byline. */
const DATELINE_LINES = 8;

/** The dateline opening one of the first paragraphs, or null. */
export function findDateline(text: string): Dateline | null {
  let at = 0;
  let seen = 0;
  while (at <= text.length && seen < DATELINE_LINES) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    if (line.trim()) {
      seen++;
      const m = DATELINE.exec(line);
      const day = m ? +m[3] : 0;
      const month = m ? +m[4] : 0;
      // "Thứ Tư, 07/06/2017 - 06:52" is a header line with a weekday, read as a header elsewhere
      if (m && day >= 1 && day <= 31 && month >= 1 && month <= 12 && !/^(?:Thứ\s|Chủ nhật)/u.test(m[2])) {
        return { start: at + m[1].length, end: at + m[0].length, place: m[2], day, month, ...(m[5] ? { year: +m[5] } : {}) };
      }
    }
    if (next < 0) break;
    at = next + 1;
  }
  return null;
}
