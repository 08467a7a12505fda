/**
 * Where a sentence quotes someone's words ("…" or “…”): a place or a date inside the words quoted
 * is what was said, not where or when the event told around them happened. Pure; offsets are
 * relative to the text given.
 */

/**
 * The offset of the closing mark of the quotation `at` is inside (the text's length when it is
 * left open), or -1 when `at` is not quoted.
 */
export function quotationEnd(text: string, at: number): number {
  const before = text.slice(0, at);
  const mark = (before.match(/"/gu)?.length ?? 0) % 2 === 1 ? '"' : before.lastIndexOf('“') > before.lastIndexOf('”') ? '”' : null;
  if (!mark) return -1;
  const close = text.indexOf(mark, at);
  return close < 0 ? text.length : close;
}

/** Is `at` inside a quotation? */
export const isQuoted = (text: string, at: number): boolean => quotationEnd(text, at) >= 0;
