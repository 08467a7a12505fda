/**
 * Vietnamese sentence splitting with offsets. Lines are paragraphs in saved news text, so a
 * line break always ends a sentence; inside a line a sentence ends at . ! ? … followed by a
 * space and a capital, digit or opening quote, except after abbreviations ("St.", "TP.",
 * "Mr.", initials) and inside quotations, whose full stops belong to the quoted speech.
 */

/** One sentence: its text and where it sits in the article. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the line (paragraph) it belongs to. */
  paragraph: number;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'st', 'tp', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gs', 'pgs', 'ts', 'ths', 'th.s', 'bs', 'ks', 'ls', 'tt', 'q',
  'p', 'no', 'vs', 'jr', 'sr', 'gen', 'col', 'lt', 'u.s', 'tx', 'mt', 'ft', 'co', 'inc', 'ltd', 'corp',
]);

const OPENERS = /[\p{Lu}\d“"‘'([]/u;

/** `/\s/` for one UTF-16 unit, without a regex (it runs on every character). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Is the full stop at `dot` part of an abbreviation such as "St." or "TP." or "J."? */
function isAbbreviation(line: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(line[i])) i--;
  const word = line.slice(i + 1, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital letter is an initial ("George W. Bush"); one with a tone or vowel mark is a
  // Vietnamese word ("Hội nghị cấp cao Đông Á.", "nước Ý.").
  // (and so are two or more: "H.R. McMaster")
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) && word.normalize('NFD').length === word.length;
}

const [DOT, BANG, QUESTION, ELLIPSIS, OPEN_QUOTE, CLOSE_QUOTE, STRAIGHT_QUOTE] = ['.', '!', '?', '…', '“', '”', '"'].map((ch) => ch.charCodeAt(0));
/** `/[.!?…”"’)\]]/` for one UTF-16 unit. */
const isClosingMark = (c: number) =>
  c === DOT || c === BANG || c === QUESTION || c === ELLIPSIS || c === CLOSE_QUOTE || c === STRAIGHT_QUOTE || c === 0x2019 || c === 0x29 || c === 0x5d;

/** Splits one line into sentences (offsets relative to the line). */
function splitLine(line: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0; // inside “…” or "…"
  let straight = false;
  let start = 0;
  // (character codes, not one-character strings: this runs on every character of the article)
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === OPEN_QUOTE) depth++;
    else if (c === CLOSE_QUOTE) depth = Math.max(0, depth - 1);
    else if (c === STRAIGHT_QUOTE) straight = !straight;
    if (c !== DOT && c !== BANG && c !== QUESTION && c !== ELLIPSIS) continue;
    // Swallow a run of closing marks: "...nhau." or "đó”." or "?!".
    let j = i + 1;
    while (j < line.length && isClosingMark(line.charCodeAt(j))) {
      if (line.charCodeAt(j) === CLOSE_QUOTE) depth = Math.max(0, depth - 1);
      else if (line.charCodeAt(j) === STRAIGHT_QUOTE) straight = !straight;
      j++;
    }
    // (the run is read once: a quote it closed, as in '"… sao?", đồng thời …', must not be counted again)
    const run = i;
    i = j - 1;
    if (depth > 0 || straight) continue;
    if (j < line.length && line.charCodeAt(j) !== 0x20 && line.charCodeAt(j) !== 0x09) continue;
    let k = j;
    while (k < line.length && isSpace(line.charCodeAt(k))) k++;
    if (k < line.length && !OPENERS.test(line[k])) continue;
    if (c === DOT && j === run + 1 && isAbbreviation(line, run)) continue;
    // "12.000" and "14.2" never reach here: no space after the dot.
    out.push({ start, end: j });
    start = k;
  }
  if (start < line.length) out.push({ start, end: line.length });
  return out;
}

/**
 * Longest stretch handled as one sentence. News sentences run to a few hundred characters; a
 * longer "sentence" is a table, a script or a run-on without stops, and every per-sentence
 * step (people, places, triggers) would cost more than linear time on it.
 */
export const MAX_SENTENCE = 1000;

/** Cuts a stretch longer than {@link MAX_SENTENCE} at spaces (or hard, with none near the limit). */
function capLength(line: string, piece: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let { start } = piece;
  while (piece.end - start > MAX_SENTENCE) {
    const space = line.lastIndexOf(' ', start + MAX_SENTENCE);
    let cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
    // never between the halves of a surrogate pair
    if (/[\uDC00-\uDFFF]/.test(line[cut] ?? '')) cut--;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: piece.end });
  return out;
}

/**
 * Splits text into sentences with offsets into the same text. Blank stretches (blanked page
 * furniture) produce no sentence; leading and trailing spaces are trimmed off each one.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    for (const piece of splitLine(line).flatMap((p) => capLength(line, p))) {
      let s = piece.start;
      let e = piece.end;
      while (s < e && isSpace(line.charCodeAt(s))) s++;
      while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
      if (e > s) sentences.push({ text: line.slice(s, e), start: lineStart + s, end: lineStart + e, paragraph });
    }
    if (line.trim()) paragraph++;
    lineStart += line.length + 1;
  }
  return sentences;
}
