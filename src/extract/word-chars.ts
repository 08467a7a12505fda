/**
 * What counts as a word character at a word boundary in the patterns, as a character-class
 * body for regex sources. It is `[\p{L}\p{N}_]` spelled out for the scripts news text uses
 * (Latin with Vietnamese diacritics, combining marks for text not yet NFC, Greek, Cyrillic):
 * V8 runs a look-behind on an explicit class several times faster than on Unicode property
 * classes, and the boundary look-behinds run at every position of every scan.
 */
export const WORD_CLASS = String.raw`A-Za-z0-9_\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF`;

/** Not preceded by a word character (regex source). */
export const WORD_START = String.raw`(?<![${WORD_CLASS}])`;
/** Not followed by a word character (regex source). */
export const WORD_END = String.raw`(?![${WORD_CLASS}])`;

/** Answers of the one-unit tests below outside their common ranges: 0 not asked yet, 1 yes, 2 no. */
const LETTER_UNITS = new Uint8Array(0x10000);
const LETTER_OR_DIGIT_UNITS = new Uint8Array(0x10000);
const LETTER_RE = /\p{L}/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * `/\p{L}/u.test(text[i])` for the UTF-16 unit `c = text.charCodeAt(i)` (NaN, past the end: false),
 * without making a one-character string: the common ranges are answered directly and the rest
 * remembered. For the per-character loops over every sentence.
 */
export function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (!(c < 0x10000)) return false;
  let known = LETTER_UNITS[c];
  if (!known) LETTER_UNITS[c] = known = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** `/[\p{L}\p{N}]/u.test(text[i])` for the UTF-16 unit `c = text.charCodeAt(i)`, like {@link isLetterUnit}. */
export function isLetterOrDigitUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (!(c < 0x10000)) return false;
  let known = LETTER_OR_DIGIT_UNITS[c];
  if (!known) LETTER_OR_DIGIT_UNITS[c] = known = LETTER_OR_DIGIT_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/**
 * Every match of the global regex `re` in `text`, as `[...text.matchAll(re)]` gives them, but
 * without the copy of `re` that `matchAll` makes on each call (these run once per sentence).
 * `re` is left with `lastIndex` 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (!m[0]) re.lastIndex = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}

/** `s` as a regex source that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
