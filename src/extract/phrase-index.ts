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

/** The phrases of first words of one length and first two units: by word (many), or a short list. */
type Bucket<T> = Map<string, [string, T][]> | { key: string; list: [string, T][] }[];

/** Phrases by first word; a case-sensitive, whole-word, longest-first matcher. */
export class PhraseIndex<T> {
  /**
   * Phrases by first word, the words found by their first two units and then their length (or
   * by their one unit): a word of the text is looked up without slicing it out and hashing it.
   */
  private readonly byPair = new Map<number, (Bucket<T> | undefined)[]>();
  private readonly bySingle = new Map<number, [string, T][]>();
  /** 1 at {@link pairHash} of the first two units of every first word of two or more (a quick first test). */
  private readonly pairBits = new Uint8Array(0x10000);
  /** Char codes phrases begin with (1): a word starting with any other cannot begin one (most words of a text). */
  private readonly firstChars = new Uint8Array(0x10000);

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
      this.firstChars[phrase.charCodeAt(0)] = 1;
    }
    // Longest first, so "Thổ Nhĩ Kỳ" is tried before "Thổ", ties by spelling for determinism.
    for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    for (const [key, list] of byFirst) {
      if (key.length === 1) this.bySingle.set(key.charCodeAt(0), list);
      else {
        const pair = key.charCodeAt(0) * 0x10000 + key.charCodeAt(1);
        this.pairBits[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
        const byLength = this.byPair.get(pair) ?? [];
        const bucket = byLength[key.length] ?? new Map<string, [string, T][]>();
        if (bucket instanceof Map) bucket.set(key, list);
        byLength[key.length] = bucket;
        this.byPair.set(pair, byLength);
      }
    }
    // a few words of one length and first two units are told apart by comparing them in place;
    // many (a big gazetteer of similar names) by a hashed lookup of the word
    for (const byLength of this.byPair.values()) {
      byLength.forEach((bucket, n) => {
        if (bucket instanceof Map && bucket.size <= 8) byLength[n] = [...bucket].map(([key, list]) => ({ key, list }));
      });
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
      if (text.startsWith(phrase, offset) && !isWordUnit(text.charCodeAt(offset + phrase.length))) out.push({ start: offset, end: offset + phrase.length, text: phrase, value });
    }
    return out;
  }

  /** The phrases whose first word is the word starting at `offset`, or undefined (also when `offset` starts no word). */
  private listAt(text: string, offset: number): [string, T][] | undefined {
    const c0 = text.charCodeAt(offset);
    if (this.firstChars[c0] !== 1) return undefined;
    if (offset > 0 && isWordUnit(text.charCodeAt(offset - 1))) return undefined;
    // the word that starts here (c0, a phrase's first unit, is a word unit): its length, then its entry
    const c1 = text.charCodeAt(offset + 1);
    if (!isWordUnit(c1)) return this.bySingle.get(c0);
    // most capitalised words match no name: no phrase begins with their first two units
    if (this.pairBits[pairHash(c0, c1)] !== 1) return undefined;
    let end = offset + 2;
    while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
    const bucket = this.byPair.get(c0 * 0x10000 + c1)?.[end - offset];
    if (!bucket) return undefined;
    if (bucket instanceof Map) return bucket.get(text.slice(offset, end));
    for (const { key, list } of bucket) if (text.startsWith(key, offset)) return list;
    return undefined;
  }

  /** The longest phrase starting at `offset`, or null. */
  at(text: string, offset: number): PhraseMatch<T> | null {
    const list = this.listAt(text, offset);
    if (!list) return null;
    for (const [phrase, value] of list) {
      if (text.startsWith(phrase, offset) && !isWordUnit(text.charCodeAt(offset + phrase.length))) return { start: offset, end: offset + phrase.length, text: phrase, value };
    }
    return null;
  }

  /**
   * The word starts of `text` where a phrase's first word begins (where {@link candidatesAt}
   * may find something), ascending: most words are ruled out by their first two units.
   */
  phraseStarts(text: string): number[] {
    const out: number[] = [];
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWordUnit(c);
      if (word && !inWord && this.firstChars[c] === 1 && this.listAt(text, i)) out.push(i);
      inWord = word;
    }
    return out;
  }

  /** Every phrase in `text`, left to right, longest at each word start, never overlapping. */
  findAll(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let from = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWordUnit(c);
      const start = word && !inWord;
      inWord = word;
      if (!start || i < from || this.firstChars[c] !== 1) continue;
      const m = this.at(text, i);
      if (m) {
        out.push(m);
        from = m.end;
      }
    }
    return out;
  }
}

/** Two code units folded into 16 bits (collisions only make {@link PhraseIndex}'s quick test pass more often). */
const pairHash = (c0: number, c1: number) => ((c0 << 5) ^ c1) & 0xffff;

/** The run of letters and digits starting at `offset` ("Thổ" in "Thổ Nhĩ Kỳ", "Jean" in "Jean-Yves"). */
function firstWord(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return text.slice(offset, end);
}
