/**
 * Names that date the writing from below: an article that speaks of `COVID-19`, `Omicron` or
 * `AUKUS` was written on or after the day the name came into use. The list
 * (`knowledge/era-terms.json`) is general knowledge with a source per entry; only names with
 * one well-known coinage and spellings that mean nothing else are in it.
 */
import data from './knowledge/era-terms.json' with { type: 'json' };
import { WORD_END, WORD_START, escapeRegExp } from './word-chars.js';

/** A name with the day it came into use. */
export interface EraTerm {
  name: string;
  /** ISO day from which the name was in use. */
  since: string;
  /** Spellings met in Vietnamese text, matched case-sensitively as whole words. */
  spellings: string[];
  /** Where the date comes from (Wikipedia article URL). */
  source: string;
}

/** Every era term of the list. */
export const ERA_TERMS: readonly EraTerm[] = data.terms;

const BY_SPELLING = new Map(ERA_TERMS.flatMap((t) => t.spellings.map((s) => [s.normalize('NFC'), t] as const)));
// longest spelling first, so "biến thể Delta" wins over a shorter one inside it
const PATTERN = new RegExp(
  `${WORD_START}(?:${[...BY_SPELLING.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${WORD_END}`,
  'gu',
);

/** The latest coinage among the era terms a text uses, with the words that showed it. */
export interface EraFloor {
  term: EraTerm;
  /** The spelling found in the text. */
  quote: string;
}

/**
 * The era term with the latest `since` among those the text uses: the article cannot be older.
 * @returns null when the text uses none
 */
export function eraFloor(text: string): EraFloor | null {
  let best: EraFloor | null = null;
  for (const m of text.normalize('NFC').matchAll(PATTERN)) {
    const term = BY_SPELLING.get(m[0])!;
    if (!best || term.since > best.term.since) best = { term, quote: m[0] };
  }
  return best;
}
