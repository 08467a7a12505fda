/**
 * Gazetteer lookup in one pass: phrases (country, place and leader names) are indexed by their
 * first word, so finding every name in a sentence costs one step per word instead of one
 * `indexOf` per name per sentence. Built once, at module load, by each gazetteer.
 */

import { isLetterOrDigitUnit as isWordUnit } from './word-chars.js';

/** A phrase found in a text. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/** Phrases by first word; a case-sensitive, whole-word, longest-first matcher. */
export class PhraseIndex<T> {
  /**
   * Phrases by first word, the words found by a hash of their units: a word of the text is
   * looked up as it is scanned, without slicing it out. Entries share a hash only by chance.
   */
  private readonly byHash = new Map<number, { key: string; list: [string, T][] }[]>();
  /**
   * Bit {@link wordHash} & 0xffff of every first word: a quick test that rules out most words.
   * (This and {@link firstChars} are bit sets of 8 KB, not tables of 64 KB or more: every
   * index is read at every word, and small tables are more likely to stay in the CPU cache.)
   */
  private readonly hashBits = new Uint32Array(1 << 11);
  /** Bit c of the char codes c phrases begin with: a word starting with any other cannot begin one (most words of a text). */
  private readonly firstChars = new Uint32Array(1 << 11);

  /** @param entries phrase and the value it stands for; the first entry of a phrase wins. */
  constructor(entries: Iterable<[string, T]>) {
    const byFirst = new Map<string, [string, T][]>();
    const seen = new Set<string>();
    for (const [phrase, value] of entries) {
      if (!phrase || seen.has(phrase)) continue;
      seen.add(phrase);
      const key = firstWord(phrase, 0);
      if (!key) continue;
      const list = byFirst.get(key) ?? [];
      list.push([phrase, value]);
      byFirst.set(key, list);
      const c = phrase.charCodeAt(0);
      this.firstChars[c >>> 5] |= 1 << (c & 31);
    }
    // Longest first, so "Thổ Nhĩ Kỳ" is tried before "Thổ", ties by spelling for determinism.
    for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    for (const [key, list] of byFirst) {
      const h = wordHash(key, 0, key.length);
      this.hashBits[(h & 0xffff) >>> 5] |= 1 << (h & 31);
      this.byHash.set(h, [...(this.byHash.get(h) ?? []), { key, list }]);
    }
  }

  /**
   * Every phrase that starts at `offset` and ends on a word boundary, longest first. Empty when
   * `offset` is not the start of a word.
   */
  candidatesAt(text: string, offset: number): PhraseMatch<T>[] {
    const list = this.listAt(text, offset);
    if (!list) return [];
    const out: PhraseMatch<T>[] = [];
    for (const [phrase, value] of list) {
      if (!isWordUnit(text.charCodeAt(offset + phrase.length)) && text.startsWith(phrase, offset)) out.push({ start: offset, end: offset + phrase.length, text: phrase, value });
    }
    return out;
  }

  /** The phrases whose first word is the word starting at `offset`, or undefined (also when `offset` starts no word). */
  private listAt(text: string, offset: number): [string, T][] | undefined {
    const c0 = text.charCodeAt(offset);
    if (!this.begins(c0)) return undefined;
    if (offset > 0 && isWordUnit(text.charCodeAt(offset - 1))) return undefined;
    // the word that starts here (c0, a phrase's first unit, is a word unit): its end and hash, then its entry
    let h = Math.imul(FNV_BASIS ^ c0, FNV_PRIME);
    let end = offset + 1;
    for (let c = text.charCodeAt(end); end < text.length && isWordUnit(c); c = text.charCodeAt(++end)) h = Math.imul(h ^ c, FNV_PRIME);
    return this.listFor(text, offset, end, h >>> 2);
  }

  /** The phrases whose first word is `text[start, end)`, of {@link wordHash} `h`, or undefined. */
  private listFor(text: string, start: number, end: number, h: number): [string, T][] | undefined {
    // most words begin no phrase
    if (!(this.hashBits[(h & 0xffff) >>> 5] & (1 << (h & 31)))) return undefined;
    const entries = this.byHash.get(h);
    if (entries) for (const { key, list } of entries) if (key.length === end - start && text.startsWith(key, start)) return list;
    return undefined;
  }

  /** Whether a phrase begins with the char code `c`. */
  private begins(c: number): boolean {
    return (this.firstChars[c >>> 5] & (1 << (c & 31))) !== 0;
  }

  /** The longest phrase starting at `offset`, or null. */
  at(text: string, offset: number): PhraseMatch<T> | null {
    const list = this.listAt(text, offset);
    return list ? longest(text, offset, list) : null;
  }

  /**
   * The word starts of `text` where a phrase's first word begins (where {@link candidatesAt}
   * may find something), ascending: most words are ruled out by their first unit or their hash.
   */
  phraseStarts(text: string): number[] {
    const out: number[] = [];
    const words = wordsOf(text);
    for (let k = 0; k < words.length; k += 3) {
      const start = words[k];
      if (this.begins(text.charCodeAt(start)) && this.listFor(text, start, words[k + 1], words[k + 2])) out.push(start);
    }
    return out;
  }

  /** Every phrase in `text`, left to right, longest at each word start, never overlapping. */
  findAll(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const words = wordsOf(text);
    let from = 0;
    for (let k = 0; k < words.length; k += 3) {
      const start = words[k];
      if (start < from || !this.begins(text.charCodeAt(start))) continue;
      const list = this.listFor(text, start, words[k + 1], words[k + 2]);
      const m = list ? longest(text, start, list) : null;
      if (m) {
        out.push(m);
        from = m.end;
      }
    }
    return out;
  }
}

/** Of the phrases `list` (longest first), the first at `offset` that ends on a word boundary, or null. */
function longest<T>(text: string, offset: number, list: [string, T][]): PhraseMatch<T> | null {
  // the word boundary first: a cheaper test than the comparison, and most phrases fail it
  for (const [phrase, value] of list) {
    if (!isWordUnit(text.charCodeAt(offset + phrase.length)) && text.startsWith(phrase, offset)) return { start: offset, end: offset + phrase.length, text: phrase, value };
  }
  return null;
}

/**
 * The words (runs of letters and digits) of `text`: start, end and {@link wordHash} of each in
 * turn, in one flat array. Remembered for the last few texts: several indexes (countries,
 * places, leaders) read the same sentence or article, and its words are found once for them all.
 */
function wordsOf(text: string): number[] {
  let words = WORDS.get(text);
  if (words) return words;
  words = [];
  for (let i = 0; i < text.length;) {
    const start = i;
    let h = FNV_BASIS;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isWordUnit(c)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (i > start) words.push(start, i, h >>> 2);
    else i++;
  }
  if (WORDS.size >= WORDS_KEPT) WORDS.delete(WORDS.keys().next().value!);
  WORDS.set(text, words);
  return words;
}
const WORDS_KEPT = 8;
const WORDS = new Map<string, number[]>();

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** A hash of `text[start, end)` (FNV-1a over its code units, 30 bits: a small integer). */
function wordHash(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 2;
}

/** The run of letters and digits starting at `offset` ("Thổ" in "Thổ Nhĩ Kỳ", "Jean" in "Jean-Yves"). */
function firstWord(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return text.slice(offset, end);
}
