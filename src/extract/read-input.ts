/**
 * Bytes of a file → the article text the pipeline reads, or a one-line reason why not.
 * Accepted: UTF-8 with or without a byte-order mark, any line ends, NFC or NFD Vietnamese,
 * plain text or a saved HTML page (scripts, styles and markup stripped). Refused: binary files
 * (NUL bytes), UTF-16, bytes that are not UTF-8. Accepted with a warning: empty files and text
 * that does not look Vietnamese (they give no events).
 */
import { htmlToText } from './html-to-text.js';

/** A file that cannot be read as an article; `message` is one line and names the file. */
export class InputError extends Error {}

/** An article read from a file, with what was odd about it. */
export interface ReadArticle {
  id: string;
  text: string;
  /** One-line notes for stderr ("empty file", "does not look like Vietnamese"). */
  warnings: string[];
}

/** Letters only Vietnamese uses among Latin-script languages (tone marks, ă â đ ê ô ơ ư). */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/giu;
/** Below this share of Vietnamese letters, over enough letters, a text is not Vietnamese (news runs at 25–35 %). */
const MIN_VIETNAMESE_SHARE = 0.03;
const MIN_LETTERS_TO_JUDGE = 80;

/** True when a text reads as Vietnamese (or is too short to tell). */
export function looksVietnamese(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_TO_JUDGE) return true;
  const vi = sample.normalize('NFC').match(VIETNAMESE)?.length ?? 0;
  return vi / letters >= MIN_VIETNAMESE_SHARE;
}

/** The article id of a file: its name without directory and extension. */
export function articleId(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Decodes one article file.
 * @param file the path, for messages and the article id
 * @param bytes its content
 * @throws InputError for binary, UTF-16 or non-UTF-8 content
 */
export function decodeArticle(file: string, bytes: Uint8Array): ReadArticle {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(`${file}: UTF-16 text is not supported (save it as UTF-8)`);
  }
  if (bytes.includes(0)) throw new InputError(`${file}: binary file (contains NUL bytes), not a text article`);
  let text: string;
  try {
    // fatal: a file that is not UTF-8 is an error, not silently mangled text.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${file}: cannot decode as UTF-8`);
  }
  const lower = file.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm') || /^\s*<(?:!doctype|html)/i.test(text)) text = htmlToText(text);
  const warnings: string[] = [];
  if (!text.trim()) warnings.push(`${file}: empty, no events`);
  else if (!looksVietnamese(text)) warnings.push(`${file}: does not look like Vietnamese text, no events expected`);
  return { id: articleId(file), text, warnings };
}
