/**
 * Gazetteer lookup in one pass: phrases (country, place and leader names) are indexed by their
 * first word, so finding every name in a sentence costs one step per word instead of one
 * `indexOf` per name per sentence. Built once, at module load, by each gazetteer.
 */

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** `[\p{L}\p{N}]` for one UTF-16 unit, with the common ranges answered without a regex (hot path). */
const WORD_CHAR = {
  test(ch: string | undefined): boolean {
    if (!ch) return false;
    const c = ch.charCodeAt(0);
    if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
    return WORD_CHAR_RE.test(ch);
  },
};

/** A phrase found in a text. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/** Phrases by first word; a case-sensitive, whole-word, longest-first matcher. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, [string, T][]>();
  /** Char codes phrases begin with: a word starting with any other cannot begin one (most words of a text). */
  private readonly firstChars = new Set<number>();
  /** The first two code units of phrases longer than one, as one number; and one-unit phrases. */
  private readonly firstPairs = new Set<number>();
  private readonly singles = new Set<number>();

  /** @param entries phrase and the value it stands for; the first entry of a phrase wins. */
  constructor(entries: Iterable<[string, T]>) {
    const seen = new Set<string>();
    for (const [phrase, value] of entries) {
      if (!phrase || seen.has(phrase)) continue;
      seen.add(phrase);
      const key = firstWord(phrase, 0);
      if (!key) continue;
      const list = this.byFirst.get(key) ?? [];
      list.push([phrase, value]);
      this.byFirst.set(key, list);
      this.firstChars.add(phrase.charCodeAt(0));
      if (phrase.length > 1) this.firstPairs.add(phrase.charCodeAt(0) * 0x10000 + phrase.charCodeAt(1));
      else this.singles.add(phrase.charCodeAt(0));
    }
    // Longest first, so "Thổ Nhĩ Kỳ" is tried before "Thổ", ties by spelling for determinism.
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  }

  /**
   * Every phrase that starts at `offset` and ends on a word boundary, longest first. Empty when
   * `offset` is not the start of a word.
   */
  candidatesAt(text: string, offset: number): PhraseMatch<T>[] {
    const c0 = text.charCodeAt(offset);
    if (!this.firstChars.has(c0)) return [];
    // a phrase can start here only if its first two units do (most capitalised words match no name)
    if (!this.singles.has(c0) && !this.firstPairs.has(c0 * 0x10000 + text.charCodeAt(offset + 1))) return [];
    if (offset > 0 && WORD_CHAR.test(text[offset - 1])) return [];
    const key = firstWord(text, offset);
    const list = key ? this.byFirst.get(key) : undefined;
    if (!list) return [];
    const out: PhraseMatch<T>[] = [];
    for (const [phrase, value] of list) {
      if (!text.startsWith(phrase, offset)) continue;
      const after = text[offset + phrase.length];
      if (after && WORD_CHAR.test(after)) continue;
      out.push({ start: offset, end: offset + phrase.length, text: phrase, value });
    }
    return out;
  }

  /** The longest phrase starting at `offset`, or null. */
  at(text: string, offset: number): PhraseMatch<T> | null {
    return this.candidatesAt(text, offset)[0] ?? null;
  }

  /** Offsets of every word start in `text` (where a phrase may begin). */
  static wordStarts(text: string): number[] {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) if (WORD_CHAR.test(text[i]) && (i === 0 || !WORD_CHAR.test(text[i - 1]))) out.push(i);
    return out;
  }

  /** Every phrase in `text`, left to right, longest at each word start, never overlapping. */
  findAll(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let from = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const word = WORD_CHAR.test(text[i]);
      const start = word && !inWord;
      inWord = word;
      if (!start || i < from || !this.firstChars.has(text.charCodeAt(i))) continue;
      const m = this.at(text, i);
      if (m) {
        out.push(m);
        from = m.end;
      }
    }
    return out;
  }
}

/** The run of letters and digits starting at `offset` ("Thổ" in "Thổ Nhĩ Kỳ", "Jean" in "Jean-Yves"). */
function firstWord(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return text.slice(offset, end);
}
