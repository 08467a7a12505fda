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
