/**
 * Page furniture removal. News pages saved as text carry related-link lists, share prompts,
 * photo credits, bylines, comment boxes and layout leftovers. Rather than cutting them out
 * (which would shift every offset), they are blanked: replaced by spaces, newlines kept, so
 * the cleaned text has the same length as the original and every offset found in it points
 * at the same characters of the article.
 */

/** The article with its furniture blanked, plus what was found along the way. */
export interface CleanArticle {
  /** Same length as the input; furniture replaced by spaces (newlines kept). */
  text: string;
  /** The headline (first line, when it reads as one), or null. */
  headline: string | null;
  /** Offsets of the headline in the text, when there is one. */
  headlineSpan: { start: number; end: number } | null;
}

/**
 * Lines that open a list of related links. Matched on the whole (trimmed) line, so a sentence
 * that merely contains "đọc thêm" is kept. What follows is blanked only while it looks like a
 * link list (see {@link linkListEnd}): pages put these boxes in the middle of articles too.
 */
const LINK_MARKER = /^(xem nhiều(?: nhất)?|xem thêm|đọc thêm|đọc nhiều(?: nhất)?|tin (?:xem|đọc) nhiều(?: nhất)?|bài (?:xem|đọc) nhiều(?: nhất)?|tin liên quan|bài liên quan|tin cùng chuyên mục|bài viết cùng chuyên mục|tin mới|tin khác|các tin khác|tin nổi bật|có thể bạn quan tâm|bài viết liên quan|tin bài liên quan|chủ đề liên quan|tin mới nhất)\s*:?$/iu;

/** Lines that open reader comments: everything from here to the end of the article is furniture. */
const END_MARKERS = [
  /^(ý kiến bạn đọc|ý kiến|bình luận|gửi bình luận|viết bình luận)\s*(?:\(\d+\))?\s*:?$/iu,
  // Comment-box boilerplate, which may carry text after the prompt.
  /^(bạn không thể gửi bình luận|bạn chưa nhập nội dung bình luận|vui lòng nhập|gửi bình luận|để lại bình luận)/iu,
];

/** Whole lines that are furniture on their own. */
const FURNITURE_LINES = [
  /^theo dõi .{1,60} trên(\s.{0,40})?$/iu,
  /^(top|bottom of form|top of form|phiên bản di động|phiên bản máy tính|chia sẻ|chia sẻ bài viết|in bài|lên đầu trang|quay lại|trở về đầu trang|gửi|thích|trả lời|đăng nhập để bình luận|hãy là người đầu tiên bình luận|tags?:.*|từ khóa:.*)$/iu,
  // a related link given inline: "Xem thêm: Những khoảnh khắc…", ">> Nice - thành phố du lịch…"
  /^(?:xem thêm|đọc thêm|tin liên quan|>>|»)\s*:?\s+\S.{0,200}$/iu,
  // a reader poll under the article: "Bạn nghĩ gì về …? Gửi ý kiến của bạn"
  /^bạn nghĩ gì\b.{0,200}$/iu,
  /^\(?theo [^.]{1,60}\)?\.?$/iu,
  // Byline with a source: "Nhã Anh (theo AFP)".
  /^[\p{Lu}][\p{L}.]*(\s[\p{Lu}][\p{L}.]*){0,3}\s*\((theo|nguồn)[^)]*\)$/u,
  // A bare agency or credit line: "afp", "Ảnh: Reuters".
  /^(afp|ap|reuters|ttxvn|vna|getty|epa|xinhua|tass|sputnik|bloomberg|cnn)$/iu,
  /^(ảnh|nguồn|video|clip)\s*:.{0,60}$/iu,
];

/**
 * Furniture inside a line (credits at the end of a caption, layout words), each with a string
 * every match of it contains, when there is one: a text without that string is not scanned.
 */
const INLINE_FURNITURE: [RegExp, string | null][] = [
  [/(?<!\p{L})Ảnh\s*:\s*[^|.\n]{1,40}\|?\s*$/gmu, 'Ảnh'],
  [/\((?:Nguồn|Ảnh|Photo|Source)\s*:[^)\n]{1,60}\)\s*\|?/giu, '('],
  [/\s\|\s*$/gmu, '|'],
  [/\b(?:Bottom of Form|Top of Form)\b/gu, ' of Form'],
  [/\/\.\s*$/gmu, '/.'],
  // A dateline source prefix: "(Tổ Quốc) - Ngày 20/11…".
  [/^[ \t]*\([^)\n]{2,40}\)\s*[-–—]\s*/gmu, '('],
  // A Vietnamese outlet's code opening the sapo: "TTO - Hội đàm với …", "VOV.VN - Chiều 3/9, …".
  [/^[ \t]*(?:TTO|TPO|PLO|VOV(?:\.VN)?|VTV(?:\.vn)?|VTC|TTXVN|VNA|SGGP|NLĐO|ANTĐ|CAND|QĐND|GDVN|HNM|VGP|VnExpress|Dân trí|Zing|Znews)\s*[-–—]\s+/gmu, null],
];

/** A short line of 1–4 capitalised words and nothing else: an author's name. */
const BYLINE = /^[\p{Lu}][\p{Ll}]*(?:\s[\p{Lu}][\p{Ll}]*){0,3}$/u;

const blank = (s: string) => (s.includes('\n') ? s.split('\n').map((line) => ' '.repeat(line.length)).join('\n') : ' '.repeat(s.length));

/** Marks text[start, end) to be replaced with spaces (newlines kept) by {@link applyBlanks}. */
function blankRange(ranges: [number, number][], start: number, end: number): void {
  if (end > start) ranges.push([start, end]);
}

/** `text` with the marked ranges blanked (spaces for everything but newlines). */
function applyBlanks(text: string, ranges: [number, number][]): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + blank(text.slice(from, end));
    at = end;
  }
  return out + text.slice(at);
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    lines.push({ start, end: start + piece.length, text: piece });
    start += piece.length + 1;
  }
  return lines;
}

/** A date line or a short section label that can stand above the headline. */
const ABOVE_HEADLINE = /^(?:(?:Thứ\s+\S+|Chủ nhật|Cập nhật(?:\s+lúc)?)?[\s,:]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b.{0,40}|\p{L}+(?:\s+\p{L}+)?(?:\s*[|>»/-]\s*\p{L}+(?:\s+\p{L}+)?)*)$/u;
/** How many such lines may stand above it. */
const LINES_ABOVE_HEADLINE = 3;

/** Reads as a headline: no sentence-final stop, not too long, not a caption or a date. */
function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 12 || t.length > 220) return false;
  if (/[.:;,]$/.test(t) || /(?<!\p{L})(Ảnh|Nguồn)\s*:/u.test(t) || /\|\s*$/.test(t)) return false;
  if (/^\(?\s*(ngày|hôm)?\s*\d/iu.test(t)) return false;
  return t.split(/\s+/).length >= 4;
}

/** A link-list item: a short line without a sentence-final full stop (headlines may ask "?"). */
const isLinkHeadline = (t: string) => t.length <= 200 && !/[.:;,]["”’)]?$/u.test(t) && t.split(/\s+/).length >= 2;

/**
 * Where a related-links list that starts at line `from` ends (index of its first line not in
 * it). The list is headlines, often each twice (link and image alt text) and then a teaser
 * line; body text resumes with a line that is a sentence not hanging off a repeated headline.
 * Teasers cut off with "…" are links whatever precedes them.
 */
function linkListEnd(lines: Line[], from: number): number {
  let pairedHeadline = false;
  let previous = '';
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    if (LINK_MARKER.test(t) || FURNITURE_LINES.some((re) => re.test(t))) {
      previous = '';
      continue;
    }
    if (isLinkHeadline(t)) {
      pairedHeadline = t === previous;
      previous = t;
      continue;
    }
    if (pairedHeadline || /(?:\.\.\.|…)\s*$/u.test(t)) {
      pairedHeadline = false;
      previous = '';
      continue;
    }
    return i;
  }
  return lines.length;
}

/**
 * Blanks page furniture out of an article while keeping every offset. A photo caption is kept
 * (only its credit is blanked), because a caption that dates an event is evidence.
 */
export function cleanArticle(original: string): CleanArticle {
  // Ranges of code units (JS string offsets) to blank.
  const blanked: [number, number][] = [];
  const lines = splitLines(original);

  const seen = new Set<string>();
  let cutFrom = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (!t) continue;
    if (END_MARKERS.some((re) => re.test(t))) {
      cutFrom = line.start;
      break;
    }
    if (LINK_MARKER.test(t)) {
      const end = linkListEnd(lines, i + 1);
      blankRange(blanked, line.start, lines[end - 1].end);
      i = end - 1;
      continue;
    }
    // A repeated line (headline echoed under a photo, a link list, a byline twice) adds nothing.
    const key = t.toLowerCase();
    if (seen.has(key) || FURNITURE_LINES.some((re) => re.test(t)) || (BYLINE.test(t) && t.split(' ').length <= 4)) {
      blankRange(blanked, line.start, line.end);
    }
    seen.add(key);
  }
  if (cutFrom >= 0) blankRange(blanked, cutFrom, original.length);

  let text = applyBlanks(original.replace(/\r/g, ' '), blanked);
  for (const [re, needed] of INLINE_FURNITURE) if (needed === null || text.includes(needed)) text = text.replace(re, blank);

  // Headline: the first non-empty line, if it reads as one, past a date line or a section
  // label above it ("Thế giới", "22/05/2017 08:30 GMT+7").
  let headline: string | null = null;
  let headlineSpan: CleanArticle['headlineSpan'] = null;
  let above = 0;
  for (const line of splitLines(text)) {
    const t = line.text.trim();
    if (!t) continue;
    if (above < LINES_ABOVE_HEADLINE && ABOVE_HEADLINE.test(t)) {
      above++;
      continue;
    }
    if (looksLikeHeadline(line.text)) {
      const start = line.start + line.text.indexOf(t);
      headline = original.slice(start, start + t.length);
      headlineSpan = { start, end: start + t.length };
    }
    break;
  }
  return { text, headline, headlineSpan };
}
