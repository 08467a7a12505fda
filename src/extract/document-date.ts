/**
 * The date an article was published: read from its header when it has one, otherwise
 * inferred from what the article describes. News reports the past, so the publication date
 * lies on or after every event the article dates, and usually soon after the latest one.
 * Evidence weighed: well-known summits mentioned (their known dates), explicit years and
 * their tense (`hồi cuối năm 2015` is past, `trước khi … vào đầu năm 2017` is still future,
 * `năm ngoái` beside an explicit year), leaders named with their office (their terms of
 * office bound the year), a term's end counted down (`hai tháng trước khi nhiệm kỳ của ông
 * Obama kết thúc`), anniversaries said of the present (`kỷ niệm 45 năm thiết lập quan hệ ngoại
 * giao Việt Nam – Nhật Bản`), well-known dated events told with their day or month
 * (`knowledge/known-events.json`), and the latest day/month mentioned. Every inference says
 * why in `publishedBasis`. Deterministic; no clock is read.
 */
import { cleanArticle } from './clean-article.js';
import { findAnniversaries, type Anniversary } from './anniversaries.js';
import { fallsOnWeekday, feastDay, findFeasts, findWeekdayDates, type FeastDay, type WeekdayDate } from './weekday-dates.js';
import { eraFloor, type EraFloor } from './era-terms.js';
import { findDateline } from './dateline.js';
import { findTriggers } from './event-type.js';
import { findKnownEvents, knownEventsNamed, type KnownEvent, type KnownEventMatch } from './known-events.js';
import { dayNumber, isoAddDays, isoDayNumber } from './resolve-date.js';
import { findSummitMentions, type SummitMention } from './summits.js';
import { BEFORE_VOTE, HORIZON_BEFORE, LOOK_BACK_OPENER, NEXT_DAY_OPENER, countOf, findTimeExpressions, isValidDayMonth, type TimeExpression } from './time-expressions.js';
import { actingLeaders, ageFits, electedLeaders, formerLeaders, leftOffice, ELECT_WINDOW_DAYS, sentenceAt, sentenceSpan, statedAges, termCountdown, tookOffice, yearsInOffice, type Acting, type LeaderEvidence, type StatedAge } from './leader-evidence.js';
export type { LeaderEvidence } from './leader-evidence.js';

/** The publication date of an article and how it was obtained. */
export interface DocumentDate {
  /** ISO date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when that is all the evidence gives), or null. */
  published: string | null;
  publishedFrom: 'header' | 'inferred' | null;
  /** Why, in English; `header` for a header date; when null, why nothing could be told. */
  publishedBasis: string | null;
}


// ------------------------------------------------------------------------------ header

/** Labels that introduce a publication date in page headers. */
const HEADER_LABEL = /^(?:cập nhật(?: lúc)?|đăng(?: lúc| ngày)?|ngày đăng|xuất bản|thời gian|published|updated|posted)\s*:?\s*/iu;
const HEADER_DMY = /(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.])/u;
const HEADER_TIME = /\b\d{1,2}[:h]\d{2}\b|GMT|UTC/iu;
const HEADER_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
/** How far into the article a header may be: the title, byline and a few short lines. */
const HEADER_LINES = 12;

const pad = (n: number) => String(n).padStart(2, '0');
const isRealDate = (y: number, m: number, d: number) => isValidDayMonth(d, m, y);

/**
 * Finds a header date near the top of an article: a short line that is a date (with a time,
 * a time zone, a weekday or a label such as `Cập nhật:`), e.g. `14/02/2022 07:06 GMT+7`,
 * `Thứ hai, 14/2/2022, 07:06 (GMT+7)`, `Cập nhật: 14/02/2022`, `2022-02-14T07:06:00+07:00`.
 * A date inside a body sentence is not a header.
 * @returns the ISO day and the line it was read from, or null
 */
export function findHeaderDate(text: string): { date: string; line: string } | null {
  // "Hà Nội, 12/3/2017 (TTXVN) – …": a dateline with a year is the filing date
  const dateline = findDateline(text);
  if (dateline?.year && isRealDate(dateline.year, dateline.month, dateline.day)) {
    return { date: `${dateline.year}-${pad(dateline.month)}-${pad(dateline.day)}`, line: text.slice(dateline.start, dateline.end).trim() };
  }
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, HEADER_LINES);
  for (const line of lines) {
    if (line.length > 90) continue;
    const iso = HEADER_ISO.exec(line.replace(HEADER_LABEL, ''));
    if (iso && isRealDate(+iso[1], +iso[2], +iso[3])) return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, line };
    const m = HEADER_DMY.exec(line);
    if (!m || !isRealDate(+m[4], +m[3], +m[1])) continue;
    const rest = (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(HEADER_LABEL, '');
    const labelled = HEADER_LABEL.test(line);
    const timed = HEADER_TIME.test(rest);
    // what is left besides date, time and zone must be short: a weekday, a byline, a separator
    const leftover = rest.replace(/\b\d{1,2}[:h]\d{2}(?::\d{2})?\b|\(?\s*(?:GMT|UTC)\s*[+-]?\s*\d{0,2}\s*\)?/giu, '').replace(/[\s,|·–-]+/gu, ' ').trim();
    const weekdayOnly = /^(?:thứ\s+\p{L}+|chủ\s+nhật)$/iu.test(leftover);
    if (labelled || (timed && leftover.length <= 40) || weekdayOnly || leftover === '') {
      return { date: `${m[4]}-${pad(+m[3])}-${pad(+m[1])}`, line };
    }
  }
  return null;
}

// ------------------------------------------------------------------------------ furniture

/**
 * The article without its page furniture, blanked by {@link cleanArticle} as for the events:
 * related-link lists (also one in mid-article, after which the body resumes), comment boxes,
 * credits.
 */
export function articleBody(text: string): string {
  return cleanArticle(text).text;
}

// ------------------------------------------------------------------------------ evidence

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fmtDay = (iso: string) => `${+iso.slice(8, 10)} ${MONTHS[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;
const fmtRange = (a: string, b: string) =>
  a === b ? fmtDay(a) : a.slice(0, 7) === b.slice(0, 7) ? `${+a.slice(8, 10)}-${fmtDay(b)}` : `${fmtDay(a)} - ${fmtDay(b)}`;

/** An invitation accepted for what follows: "nhận lời mời thăm Việt Nam và dự Tuần lễ Cấp cao APEC". */
const INVITED_BEFORE = /(?:lời mời|được mời|mời)[^.!?\n]{0,70}$/iu;

/** "sẽ trở lại Việt Nam vào tháng 11 tới để dự Tuần lễ Cấp cao APEC", "rất mong được tới Philippines vào tháng 11 để dự …": a trip planned to a summit. */
const SUMMIT_PLAN_BEFORE = /(?:sẽ|sắp|dự kiến|dự định|kế hoạch|mong được|mong muốn|mong chờ|mong đợi)[^.!?\n]{0,70}\s(?:để|tới|sang|đến)\s+(?:dự|tham dự)\s+(?:(?:Hội nghị|hội nghị|Tuần lễ|tuần lễ|Diễn đàn)[^.!?\n]{0,30}?\s+)?$/u;
/** "… còn có cơ hội gặp lại nhau tại thượng đỉnh G20 ở Hamburg": a chance to meet still to come at the summit named. */
// ("… cân nhắc khả năng gặp trực tiếp bên lề Hội nghị thượng đỉnh G20 …": a meeting thought of there)
// ("Giới quan sát đang chờ xem hai nhà lãnh đạo có gặp nhau bên lề …": whether they meet there is still to be seen)
const CHANCE_TO_MEET_BEFORE = /(?:có cơ hội|khả năng|(?:chờ xem|liệu)\s+(?:[\p{L}-]+\s+){0,5}?có)\s+(?:gặp|gặp lại|hội đàm|gặp gỡ)(?:\s+(?:nhau|trực tiếp))?\s+(?:tại|ở|bên lề)\s+(?:(?:hội nghị|thượng đỉnh|hội nghị thượng đỉnh)\s+)?$/iu;
/** What stands between two summits listed together: "… và …", "…, …" (after the first one's place and month: "… ở Hamburg (Đức) vào tháng 7 và thượng đỉnh …"). */
const LISTED_AFTER = /^(?:\s+(?:ở|tại)\s+\p{Lu}[^,.;()]{0,25}(?:\s*\([^()]{1,20}\))?)?(?:\s+(?:vào\s+)?tháng\s+\d{1,2})?\s*(?:,|và|cũng như)\s+(?:(?:Hội nghị|hội nghị|Tuần lễ|tuần lễ)\s+)?(?:thượng đỉnh\s+)?$/u;
/** "bước đệm trước hội nghị COP21", "trước thềm", "tạo đà cho": a summit named as what is still ahead. */
const SUMMIT_AHEAD_BEFORE = /(?:^|[^\p{L}])(?:tạo đà cho|chuẩn bị cho|hướng tới|hướng đến|trước(?:\s+thềm)?)\s+(?:(?:Hội nghị|hội nghị|Hội nghị thượng đỉnh|hội nghị thượng đỉnh|Tuần lễ|tuần lễ|thượng đỉnh)(?:\s+(?:cấp cao|Cấp cao))?\s+)?$/u;
/** "một ngày trước hội nghị", "hai tuần trước thềm …": a span before the summit, measured from some other time. */
const SPAN_BEFORE_SUMMIT = /(?:ngày|tuần|tháng|giờ)\s+trước(?:\s+thềm)?\s+(?:\p{L}+\s+){0,4}$/u;
/** "cam kết hỗ trợ Việt Nam tổ chức thành công Năm APEC 2017": help offered to a host, so still ahead ("đã tổ chức thành công" is past). */
const HOSTING_AHEAD_BEFORE = /(?:hỗ trợ|ủng hộ|giúp|giúp đỡ|phối hợp|chuẩn bị|chúc(?! mừng))\s+(?:\p{L}+\s+){0,4}tổ chức(?:\s+thành công)?\s+(?:\p{L}+\s+){0,4}$/u;
/** "… COP26 dự kiến tại Glasgow vào tháng 11", "… tại Paris cuối năm nay", "… tại Đà Nẵng vào tháng 11": said as ahead. */
const SUMMIT_AHEAD_AFTER = /^(?:\s+lần\s+thứ\s+\d+)?[^.!?\n;]{0,40}?(?:dự kiến|sẽ|sắp tới|cuối năm nay|vào cuối năm|(?:vào\s+)?tháng\s+\d{1,2}\s+(?:tới|này))(?!\p{L})/u;
/** "nước giữ chức chủ tịch APEC năm nay": the year's chair, whose summit is held in the year of writing, often still ahead. */
const CHAIR_BEFORE = /(?:chủ tịch|chủ nhà)(?:\s+luân phiên)?\s+$/iu;
const THIS_YEAR_AFTER = /^\s*năm nay(?!\p{L})/iu;
/** "Hội nghị Cấp cao ASEAN lần thứ 36 phải lùi thời gian tổ chức vì dịch": put off, so still ahead. */
const PUT_OFF_AFTER = /^[^.!?\n;]{0,70}?(?:(?:phải|bị)\s+(?:lùi|hoãn|dời|đình hoãn)|(?:lùi|hoãn|dời)\s+(?:lại|thời gian|thời điểm|ngày))(?!\p{L})/u;

/**
 * Future cues in the words before a year: "sẽ", "dự kiến", "trước khi … vào đầu năm 2017", "có thể mở chiến dịch … đầu năm 2022";
 * an election someone declared to run in ("tuyên bố tranh cử nhiệm kỳ tổng thống thứ tư vào tháng 3/2018");
 * an anniversary being prepared ("chuẩn bị kỷ niệm 55 năm … (24/6/1967 - 24/6/2022)"); a year being named for something ("nhất trí lấy năm 2022 là Năm Hữu nghị"); a pledge ("cam kết tổ chức bầu cử vào tháng 7.2023"); the end of a span from today ("từ trưa nay đến ngày 7/8").
 */
const FUTURE_BEFORE = /(?:sẽ|sắp|từ\s+(?:(?:hôm|sáng|trưa|chiều|tối|đêm)\s+)?nay\s+(?:đến|tới)|dự kiến|dự định|kế hoạch(?!\s+(?:này|đó|nói trên)(?!\p{L}))|ấn định|muốn\s+(?:tự\s+)?(?:tổ chức|tiến hành)|trước khi|tuyên bố\s+(?:sẽ\s+)?(?:tái\s+)?tranh cử|cho tới|đến hết|nếu(?= đến| tới| trước)|khi\s+(?:\S+\s+){0,4}(?:đảm nhận|đảm nhiệm|đảm đương)|tới năm|đến năm|hạn chót|(?<!(?:thành|là)\s+)mục tiêu(?!\s+(?:tấn công|thường xuyên))|có thể|(?:nhất trí|đồng ý|thống nhất|hẹn|cam kết|hứa)\s+(?:sẽ\s+)?(?:gặp|tổ chức|hội đàm|thăm)|chuẩn bị\s+(?:cho\s+)?(?:lễ\s+)?(?:kỷ niệm|đón)|(?:nhất trí|đồng ý|thống nhất|quyết định)\s+(?:lấy|chọn))[^.!?\n]{0,52}$/iu;

/** A target, however long the clause: "phấn đấu đưa kim ngạch thương mại song phương đạt 15 tỷ USD vào năm 2020", "nâng số lượt giao lưu nhân dân lên 30 triệu vào năm 2020". */
const TARGET_BEFORE = /(?:phấn đấu|(?<!(?:thành|là)\s+)mục tiêu(?!\s+(?:tấn công|thường xuyên))|hướng tới|(?:nâng|tăng|đưa)\s[^.!?\n;]{0,60}?\s(?:lên|đạt|tới)\s[^.!?\n;]{0,30}?\s(?:vào|trước|đến)\s+)[^.!?\n;]{0,110}$/iu;
/** "cam kết … trước ngày ", "nhất trí hoàn tất … trước ": a deadline set in a pledge or a demand, right before its day. */
const PLEDGED_BY_BEFORE = /(?:^|[^\p{L}])(?:cam kết|hứa|nhất trí|đồng ý|yêu cầu|kêu gọi|đặt mục tiêu|phải)\s[^.!?\n;]{0,140}?\strước\s+(?:ngày\s+)?$/u;
/** "từ khoảng 10 tỷ USD năm 2015 lên …": the figure a rise starts from, and its year. */
const BASE_OF_RISE_BEFORE = /(?:^|[^\p{L}])từ\s[^.!?\n;]{1,40}$/iu;
const RISE_AFTER = /^\s*,?\s*(?:lên|xuống)(?!\p{L})/u;
/** A plan, however long its clause: "Các nhà lãnh đạo EU dự kiến thông qua văn kiện này tại hội nghị thượng đỉnh đặc biệt ngày 29/4". */
const PLAN_CLAUSE_BEFORE = /(?:^|[^\p{L}])(?:sẽ|dự kiến|dự định)\s[^.!?\n,;:]{0,110}$/iu;
/** "với hiệu lực từ ngày 31/12", "có hiệu lực từ 1/1" (not "đã có hiệu lực từ"): a day a decision takes effect, still ahead. */
const EFFECTIVE_FROM_BEFORE = /(?<!đã\s+(?:chính thức\s+)?(?:có\s+)?)hiệu lực\s+(?:kể\s+)?từ\s+(?:ngày\s+)?$/iu;
/** "kêu gọi các bên ở Libya ngừng bắn từ nửa đêm 12/1": a day a call or demand asks something to start from, still ahead. */
const CALLED_FROM_BEFORE = /(?:kêu gọi|yêu cầu|đề nghị|đề xuất|thúc giục)\s[^.!?\n;]{0,80}?\s(?:kể\s+)?từ\s+(?:(?:nửa đêm|0h|0 giờ|rạng sáng|sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?$/iu;
/**
 * "thông báo ngừng các chuyến bay tới Toronto từ ngày 13/8", "thông báo kéo dài cuộc tập trận thêm một ngày, tới 5/11":
 * a day a measure announced starts from, or an extension announced runs to, still ahead.
 */
const ANNOUNCED_FROM_BEFORE = /(?:thông báo|tuyên bố|quyết định)\s+(?:sẽ\s+)?(?:tạm\s+)?(?:(?:ngừng|dừng|đình chỉ|hủy|cấm|đóng cửa|mở lại|nối lại)\s[^.!?\n;]{0,80}?\s(?:kể\s+)?từ|(?:kéo dài|gia hạn)\s[^.!?\n;]{0,80}?\s(?:tới|đến|cho tới|cho đến))\s+(?:ngày\s+)?$/iu;
/** A date an event is still some days, weeks or months ahead of: "diễn ra chỉ vài ngày trước cuộc bầu cử tổng thống Mỹ ngày 3/11", "hơn hai tháng trước ngày bầu cử 8/11". */
const AHEAD_BY_BEFORE = /(?:vài|mấy|ít|\d+|một|hai|ba|bốn|năm)\s+(?:ngày|tuần|tháng)\s+trước\s+(?!khi|đó|nữa)[^.!?\n,;]{0,40}$/iu;


/** "hai nước cần chuẩn bị tốt cho năm 2017": a time being prepared for, still ahead. */
const PREPARED_FOR_BEFORE = /chuẩn bị(?:\s+(?:tốt|kỹ|kỹ lưỡng|chu đáo))?\s+cho\s+(?:dịp\s+)?$/u;
/** "… ngày 18/10 ở Donetsk và ngày ": a day listed right after another, in the same clause. */
const LISTED_AFTER_DAY = /(\d{1,2}[/.]\d{1,2})(?![/.\d])[^.!?\n,;\d]{0,30}\s+và\s+(?:ngày\s+|hôm\s+)?$/u;

type Tense = 'past' | 'future' | 'unmarked';
function tenseOf(e: TimeExpression, text: string): Tense {
  if (e.tense) return e.tense;
  const before = text.slice(Math.max(0, e.start - 60), e.start);
  // ("nâng kim ngạch từ khoảng 10 tỷ USD năm 2015 lên 15 tỷ USD vào năm 2020": the year a target starts from is no target)
  if (BASE_OF_RISE_BEFORE.test(before) && RISE_AFTER.test(text.slice(e.end, e.end + 12))) return 'unmarked';
  // ("các bên cam kết … thông qua các luật bầu cử cần thiết trước ngày 16/9": a deadline pledged, still ahead)
  if (PLEDGED_BY_BEFORE.test(text.slice(Math.max(0, e.start - 160), e.start))) return 'future';
  if (FUTURE_BEFORE.test(before) || PREPARED_FOR_BEFORE.test(before) || BEFORE_IT_CLAUSE.test(text.slice(Math.max(0, e.start - 120), e.start)) || TARGET_BEFORE.test(text.slice(Math.max(0, e.start - 120), e.start)) || PLAN_CLAUSE_BEFORE.test(text.slice(Math.max(0, e.start - 120), e.start)) || AHEAD_BY_BEFORE.test(before) || BEFORE_VOTE.test(before) || EFFECTIVE_FROM_BEFORE.test(before) || CALLED_FROM_BEFORE.test(text.slice(Math.max(0, e.start - 120), e.start)) || ANNOUNCED_FROM_BEFORE.test(text.slice(Math.max(0, e.start - 120), e.start)) || (e.relation === undefined && e.month === undefined && HORIZON_BEFORE.test(before)) || FUTURE_AFTER.test(text.slice(e.end, e.end + 50))) return 'future';
  // ("… muốn tự tổ chức bầu cử … vào ngày 18/10 ở Donetsk và ngày 1/11 ở Luhansk": a day listed after one still ahead)
  const listed = LISTED_AFTER_DAY.exec(before);
  if (listed && tenseOf({ ...e, tense: undefined, start: e.start - before.length + listed.index, end: e.start - before.length + listed.index + listed[1].length }, text) === 'future') return 'future';
  // "Theo kế hoạch, phái đoàn Mỹ … sẽ đàm phán … ngày 10/1, trước cuộc họp … ngày 12/1": a sentence of plans
  return PLANNED_SENTENCE.test(sentenceAt(text, e.start)) ? 'future' : 'unmarked';
}
/** "vài tuần trước khi Pháp đảm nhận chức Chủ tịch luân phiên Hội đồng Liên minh châu Âu từ ngày 1/1": a clause of what came after, however long. */
const BEFORE_IT_CLAUSE = /trước khi\s[^.!?\n;,]{0,100}$/iu;
/** "hôm qua (15/4)", "tối qua 15/4": yesterday, told with its day. */
const YESTERDAY_BEFORE = /(?:hôm|sáng|trưa|chiều|tối|đêm)\s+qua\s*\(?\s*(?:ngày\s+)?$/iu;
/** "… hôm qua, khai mạc hội nghị … nhân Ngày Trái đất 22/4": the day of the occasion an event told as yesterday's fell on. */
const YESTERDAY_OCCASION_BEFORE = /(?:hôm|sáng|trưa|chiều|tối|đêm)\s+qua(?!\p{L})[^.!?\n]*\snhân\s+(?:dịp\s+)?(?:[^\s.!?\n]+\s+){0,4}$/iu;
/** The day after a day/month, in a year that is not a leap year's February end. */
function dayAfter(day: number, month: number): { day: number; month: number } {
  const next = new Date(Date.UTC(2001, month - 1, day + 1));
  return { day: next.getUTCDate(), month: next.getUTCMonth() + 1 };
}
/** "Đầu năm nay, ngày 7/1": this year, told before the day in its sentence. */
const THIS_YEAR_BEFORE = /năm nay/iu;
/** "Đầu năm nay, ngày 7/1", "hôm 26/1 năm nay": a day the writer marks as this year's, so an earlier one than the story's. */
const saidOfThisYear = (e: TimeExpression, body: string) => e.relation === 'this-year' || THIS_YEAR_BEFORE.test(body.slice(sentenceSpan(body, e.start)[0], e.start));
/** A sentence that tells a plan from its first words. */
const PLANNED_SENTENCE = /^\s*(?:Theo kế hoạch|Theo dự kiến|Theo chương trình|Theo lịch trình|Dự kiến)(?!\p{L})/u;
/** "vào ngày 1/1 như dự kiến", "… theo kế hoạch", "năm 2020 Việt Nam sẽ …": a date told as planned. */
// ("Ngày 13/11, Thủ tướng Phạm Minh Chính sẽ dự …": a fronted day whose subject, no one reporting, will act)
const FUTURE_AFTER = /^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:như dự kiến|theo dự kiến|theo kế hoạch|như kế hoạch|tới đây|sắp tới)(?!\p{L})|^\s+(?:[^\s,.;]+\s+){1,3}sẽ\s|^\s*,\s*(?:(?!(?:cho|nói|biết|rằng|là|khẳng|tuyên|thông|nhấn|cảnh|kêu|cam|hứa)\s)[^\s,.;]+\s+){1,6}sẽ\s/u;

/** Of the summit candidates of each mention, those with the best score (ties kept). */
function bestSummits(mentions: SummitMention[]): SummitMention[][] {
  const byMention = new Map<number, SummitMention[]>();
  for (const m of mentions) byMention.set(m.start, [...(byMention.get(m.start) ?? []), m]);
  return [...byMention.values()].map((ms) => {
    const top = Math.max(...ms.map((m) => m.score));
    return ms.filter((m) => m.score === top);
  });
}

/** Days in a cluster of day/months, at most, for it to be read as one stretch across New Year. */
const NEW_YEAR_CLUSTER_DAYS = 75;

/** Days after a day told with its weekday that the writing may still be: such a day is recent ("rạng sáng Chủ nhật 18/9", written on 30/9). */
const RECENT_AFTER_WEEKDAY = 31;

/**
 * The latest of some year-less day/months. Normally the calendar maximum; but a tight cluster
 * across New Year (`{20/12, 28/12, 3/1}`) ends with its January day, flagged `crossesNewYear`.
 * A day told with its weekday (`withWeekday`, "hôm thứ Bảy (8/2)") is recent: days more than
 * a month after it on the calendar ("ngày 29/11") are then of the year before, however far.
 */
export function latestDayMonthInYear(items: Array<{ day: number; month: number }>, withWeekday: Array<{ day: number; month: number }> = []): { day: number; month: number; crossesNewYear: boolean } | null {
  if (!items.length) return null;
  const ord = (x: { day: number; month: number }) => dayNumber(2000, x.month, x.day) - dayNumber(2000, 1, 1);
  const anchor = withWeekday.length ? latestDayMonthInYear(withWeekday) : null;
  if (anchor && items.some((x) => x.day === anchor.day && x.month === anchor.month)) {
    const after = (x: { day: number; month: number }) => (ord(x) - ord(anchor) + 366) % 366;
    const near = items.filter((x) => after(x) <= RECENT_AFTER_WEEKDAY);
    const latest = near.reduce((a, b) => (after(b) > after(a) ? b : a));
    return { day: latest.day, month: latest.month, crossesNewYear: items.some((x) => ord(x) > ord(latest) && after(x) > RECENT_AFTER_WEEKDAY) };
  }
  const sorted = [...items].sort((a, b) => ord(a) - ord(b));
  const max = sorted[sorted.length - 1];
  // the largest gap between neighbours on the calendar circle; the cluster is what remains
  let gapAfter = sorted.length - 1;
  let bestGap = (ord(sorted[0]) - ord(max) + 366) % 366;
  for (let i = 0; i < sorted.length - 1; i++) {
    const gap = ord(sorted[i + 1]) - ord(sorted[i]);
    if (gap > bestGap) { bestGap = gap; gapAfter = i; }
  }
  const crosses = gapAfter !== sorted.length - 1 && 366 - bestGap <= NEW_YEAR_CLUSTER_DAYS;
  const latest = crosses ? sorted[gapAfter] : max;
  return { day: latest.day, month: latest.month, crossesNewYear: crosses };
}

// ------------------------------------------------------------------------------ inference

interface Reasoned { score: number; why: string[] }

/** What an article offers to date it by. */
interface Evidence {
  body: string;
  summits: SummitMention[][];
  /** Summits told of last year ("Bên lề Tuần lễ Cấp cao APEC ở Đà Nẵng, ngày 11/11 năm ngoái"). */
  lastYearSummits: SummitMention[][];
  /** Summits a sentence looks back to ("Lần gần nhất … là tại Hội nghị thượng đỉnh BRICS ở Brasília"): held before the writing. */
  pastSummits: SummitMention[][];
  /** Summits the article says are still ahead ("nhận lời mời … dự Tuần lễ Cấp cao APEC … vào tháng 11"). */
  futureSummits: SummitMention[][];
  acting: Acting[];
  /** Leaders named as former or late holders of an office: the writing is after that term. */
  former: Acting[];
  elected: Acting[];
  /** Leaders the article says took office in a month it names without a year. */
  tookOffice: Acting[];
  /** Leaders the article says left office on a day it names without a year. */
  leftOffice: Acting[];
  countdown: ReturnType<typeof termCountdown>;
  /** Ages stated with leaders' names ("ông Putin, 69 tuổi"). */
  ages: StatedAge[];
  fullDates: TimeExpression[];
  yearOnly: TimeExpression[];
  /** Years a whole year's trade figure is reported for ("kim ngạch thương mại song phương năm 2017 tăng khoảng 30%"): over by the writing. */
  yearsReported: TimeExpression[];
  yearsCurrent: TimeExpression[];
  /** Years counted from a year told up to the writing ("… nổ ra năm 2011, cuộc chiến nay sắp bước sang năm thứ tám", "thiết lập từ năm 1975, … trong 47 năm qua"). */
  yearsEntered: Array<{ year: number; text: string }>;
  /** Years written out beside a "năm nay" in one paragraph: not the year of writing. */
  notThisYear: number[];
  lastYear: TimeExpression[];
  dayMonths: TimeExpression[];
  /** Year-less days told as 29 February ("chiều 29/2"): of a leap year. */
  leapDays: TimeExpression[];
  /** Weekdays told alone as past ("tối thứ tư"), of this week. */
  weekdays: TimeExpression[];
  /** Days told with their weekday ("tối chủ nhật 6/10"): each falls on it in a year or two of a decade. */
  weekdayDates: WeekdayDate[];
  /** Sundays named by their feast ("Chủ nhật Lễ Lá"), which a day-month told falls on in one year only. */
  feasts: FeastDay[];
  /** A weekday told alone near a day told with the same time of day ("tối 25-9 … 22h tối thứ bảy"): maybe that day's weekday. */
  sameEvening: WeekdayDate[];
  /** Events told as yesterday's ("sáng hôm qua") and none as today's. */
  toldAsYesterday: boolean;
  /** Whether the lead tells something as yesterday's ("Lapid hôm qua tiếp đón …"). */
  yesterdayInLead: boolean;
  /** Known events the lead tells as yesterday's ("chiều qua, … Tim Barrow trao … Donald Tusk … Điều 50"). */
  yesterdayKnown: KnownEvent[];
  /** Known events the lead tells as today's ("Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình hôm nay hội đàm tại Bắc Kinh, vài giờ trước lễ khai mạc Thế vận hội Mùa đông"). */
  todayKnown: KnownEvent[];
  /** {@link latestDayMonthInYear} of `dayMonths` (the same whatever year is tried). */
  latestDayMonth: ReturnType<typeof latestDayMonthInYear>;
  /** The latest year stated as past or present, alone or in a full date (a span is none). */
  maxPast: number | undefined;
  /** The latest-coined name the article uses ("COVID-19", "AUKUS"): it cannot be older. */
  era: EraFloor | null;
  /** Anniversaries celebrated now ("kỷ niệm 45 năm thiết lập quan hệ ngoại giao …"): each gives a year. */
  anniversaries: Anniversary[];
  /** Well-known events told with a day or month and enough of their cues (looked up only when needed). */
  knownEvents: KnownEventMatch[];
  /** The year-less day/months and months told as past or present, for {@link findKnownEvents}. */
  knownEventDates: TimeExpression[];
  /** Scheduled events (elections, summits, inaugurations) told as still ahead ("hơn hai tháng trước ngày bầu cử 8/11"). */
  knownAhead: KnownEventMatch[];
  /** The year-less day/months told as ahead, for {@link knownAhead}. */
  knownAheadDates: TimeExpression[];
}

/** A sentence that looks back to an earlier occasion: "Lần gần nhất …", "Lần trước …". */
const LOOKED_BACK = new RegExp(String.raw`^\s*(?:${LOOK_BACK_OPENER}|Trước đó(?!\p{L}))`, 'u');

/** A figure of trade, investment or growth, then its year: "kim ngạch hai chiều năm 2021 đạt …", "đạt hơn 4 tỷ USD năm 2016". */
const FIGURE_BEFORE = /(?:kim ngạch|thương mại|xuất khẩu|nhập khẩu|GDP|tăng trưởng|vốn đầu tư|doanh thu)(?:(?!vào|đến|tới|so với|từ|trước|sau|cho|mục tiêu|phấn đấu)[^.!?\n;:])*$/iu;
/** What the figure did in that year ("đạt", "tăng khoảng 30%"); an estimate or a forecast is none. */
const FIGURE_REACHED = /(?:^|[^\p{L}])(?:đạt|tăng|giảm|lên tới)(?!\p{L})/iu;
const FIGURE_GUESSED = /(?:^|[^\p{L}])(?:ước|dự kiến|dự báo|có thể|sẽ|hy vọng|tháng đầu|quý)(?!\p{L})/iu;
/**
 * "chuyến công du nước ngoài đầu tiên trong năm 2022", "… đầu tiên của ông Putin trong năm 2019":
 * the first of a year is told while that year runs.
 */
const FIRST_OF_YEAR_BEFORE = /(?:đầu tiên|lần đầu)(?:\s+của(?:\s+[^\s,.;:]+){1,6})?\s+(?:trong|của)\s+$/iu;
/** "(sắp) bước sang năm thứ tám", "bước vào năm thứ 5": the n-th year of something. */
const NTH_YEAR = /(?:bước sang|bước vào)\s+năm\s+thứ\s+(\d{1,2}|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{N}])/giu;

/** "… trong 47 năm qua", "sau 14 năm, kể từ …": an exact count of years up to now (not "hơn 20 năm qua"). */
const YEARS_UP_TO_NOW = /(?<!(?<![\p{L}])(?:hơn|gần|khoảng|chừng|ngót|trên|dưới|hàng|vài)\s+)(?<![\p{L}\p{N}])(?:(\d{1,3})\s+năm\s+qua|sau\s+(\d{1,3})\s+năm\s*,?\s+kể\s+từ)(?![\p{L}])/giu;
/** What a year begins that a count of years then runs from ("thiết lập từ năm 1975", "kể từ chuyến thăm … năm 2008"). */
const RUNS_FROM = /(?:^|[^\p{L}])(?:kể từ|từ|thiết lập|khởi đầu|bắt đầu)(?![\p{L}])/iu;

/** "tập trận Sea Breeze 2021", "cuộc diễn tập RIMPAC 2018": an exercise named by its year (group 1 its name, group 2 the year). */
const EXERCISE_YEAR = /(?:tập trận|diễn tập)\s+(?:chung\s+)?["“]?((?:\p{Lu}[\p{L}-]*\s+){1,3}((?:19|20)\d{2}))(?![\p{L}\d])/gu;
/** The years exercises the text tells of are named by, as year expressions. */
function exercisesNamedByYear(body: string): TimeExpression[] {
  return [...body.matchAll(EXERCISE_YEAR)].map((m) => {
    const end = m.index + m[0].length;
    return { kind: 'calendar', start: end - m[2].length, end, text: m[1], year: +m[2] };
  });
}

/**
 * Years counted up to the writing from a year the sentence names: a span begun that year entering its
 * n-th year ("… nổ ra năm 2011, cuộc chiến nay sắp bước sang năm thứ tám": the year + n - 1), or n years
 * told as past ("quan hệ … thiết lập từ năm 1975, … trong 47 năm qua", "sau 14 năm, kể từ chuyến thăm …
 * năm 2008": the year + n).
 */
function yearsEntered(body: string, yearOnly: TimeExpression[]): Array<{ year: number; text: string }> {
  const out: Array<{ year: number; text: string }> = [];
  const single = yearOnly.filter((e) => e.endYear === undefined);
  for (const m of body.matchAll(NTH_YEAR)) {
    const [from] = sentenceSpan(body, m.index);
    const begun = single.filter((e) => e.start >= from && e.end <= m.index).pop();
    // ("năm thứ tư": the ordinal's own word for four)
    const n = m[1].toLowerCase() === 'tư' ? 4 : countOf(m[1]);
    if (begun && n > 1) out.push({ year: begun.year! + n - 1, text: `${begun.text} … ${m[0]}` });
  }
  for (const m of body.matchAll(YEARS_UP_TO_NOW)) {
    const [from, to] = sentenceSpan(body, m.index);
    // the year before the count ("từ năm 1975, … 47 năm qua"), or after its "kể từ" ("sau 14 năm, kể từ … năm 2008")
    const begun = m[1]
      ? single.filter((e) => e.start >= from && e.end <= m.index && RUNS_FROM.test(body.slice(Math.max(from, e.start - 40), e.start))).pop()
      : single.find((e) => e.start >= m.index + m[0].length && e.end <= to);
    if (begun) out.push({ year: begun.year! + Number(m[1] ?? m[2]), text: `${begun.text} … ${m[0]}` });
  }
  return out;
}

function isYearReported(e: TimeExpression, body: string): boolean {
  const [from, to] = sentenceSpan(body, e.start);
  if (!FIGURE_BEFORE.test(body.slice(Math.max(from, e.start - 80), e.start))) return false;
  const sentence = body.slice(from, to);
  return FIGURE_REACHED.test(sentence) && !FIGURE_GUESSED.test(sentence);
}

/** How many days before a header's date the dateline of the story can be. */
const FILED_BEFORE_DAYS = 3;

/** The day of a year-less dateline a few days before the header's `date` (ISO), if there is one. */
function datelineBefore(text: string, date: string): string | null {
  const d = findDateline(text);
  if (!d || d.year) return null;
  for (const year of [+date.slice(0, 4), +date.slice(0, 4) - 1]) {
    if (!isRealDate(year, d.month, d.day)) continue;
    const iso = `${year}-${pad(d.month)}-${pad(d.day)}`;
    const days = (Date.parse(date) - Date.parse(iso)) / 86_400_000;
    if (days > 0 && days <= FILED_BEFORE_DAYS) return iso;
  }
  return null;
}

/** The day and month of a dateline that states no year, as a day-month mention. */
function datelineDay(body: string): Array<{ day: number; month: number }> {
  const d = findDateline(body);
  return d && d.year === undefined ? [{ day: d.day, month: d.month }] : [];
}

/** "Hôm sau, …", "Ngày hôm sau, …" opening a sentence that plans nothing: the day after the day told last before it. */
// (capitalised, so found only where a sentence may open; checked to open one)
const NEXT_DAY_OPENING = new RegExp(String.raw`${NEXT_DAY_OPENER}(?=[\s,])`, 'gu');
const PLANS = /(?:^|[^\p{L}])(?:sẽ|dự kiến|dự định|theo kế hoạch)(?!\p{L})/iu;
/** A verb of saying, after which a plan is what was said. */
const SAYING = /(?:^|[^\p{L}])(?:khẳng định|cho biết|nói|tuyên bố|nhấn mạnh|cam kết|rằng)(?!\p{L})/u;
function nextDaysTold(body: string, dayMonths: TimeExpression[]): Array<{ day: number; month: number }> {
  const out: Array<{ day: number; month: number }> = [];
  for (const m of body.matchAll(NEXT_DAY_OPENING)) {
    if (!/(?:^|[.!?\n])\s*$/u.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    const at = m.index + m[0].length;
    const [from, to] = sentenceSpan(body, at);
    // (a plan in what was said that day is none of the day's: "Sáng hôm sau, …, ông … khẳng định các cuộc bầu cử sẽ diễn ra theo kế hoạch")
    const sentence = body.slice(from, to);
    if (PLANS.test(sentence.slice(0, SAYING.exec(sentence)?.index ?? sentence.length))) continue;
    const told = dayMonths.filter((e) => e.end <= at).pop();
    if (told) out.push(dayAfter(told.day!, told.month!));
  }
  return out;
}

function gatherEvidence(body: string, leaders: LeaderEvidence[]): Evidence {
  const exprs = findTimeExpressions(body);
  const yearOnly = exprs.filter((e) => e.kind === 'calendar' && e.year !== undefined && e.month === undefined);
  const fullDates = exprs.filter((e) => e.kind === 'calendar' && e.year !== undefined && e.month !== undefined);
  // a span ("trong năm 2019 - 2020") is no past point
  // ("… trước khi cuộc tập trận Sea Breeze 2021 … khai mạc hôm 28/6": an exercise named by its year is held in the year running)
  const yearsCurrent = [...yearOnly.filter((e) => FIRST_OF_YEAR_BEFORE.test(body.slice(Math.max(0, e.start - 80), e.start))), ...exercisesNamedByYear(body)];
  const pastYears = [...yearOnly, ...fullDates].filter((e) => e.endYear === undefined && tenseOf(e, body) !== 'future' && !yearsCurrent.includes(e)).map((e) => e.year!);
  const summitGroups = bestSummits(findSummitMentions(body).filter((m) => !m.summit.cancelled));
  // (each group is asked about up to three times below, and again for every summit listed after it: answered once)
  const answers = new Map<SummitMention[], boolean>();
  const ahead = (g: SummitMention[]): boolean => {
    let answer = answers.get(g);
    if (answer === undefined) answers.set(g, (answer = isAhead(g)));
    return answer;
  };
  const isAhead = (g: SummitMention[]): boolean => futureBefore(g) || SUMMIT_PLAN_BEFORE.test(body.slice(Math.max(0, g[0].start - 90), g[0].start)) || CHANCE_TO_MEET_BEFORE.test(body.slice(Math.max(0, g[0].start - 90), g[0].start)) || INVITED_BEFORE.test(body.slice(Math.max(0, g[0].start - 80), g[0].start))
    || (SUMMIT_AHEAD_BEFORE.test(body.slice(Math.max(0, g[0].start - 30), g[0].start)) && !measuredFromTold(g)) || HOSTING_AHEAD_BEFORE.test(body.slice(Math.max(0, g[0].start - 70), g[0].start)) || SUMMIT_AHEAD_AFTER.test(body.slice(g[0].end, g[0].end + 60)) || PUT_OFF_AFTER.test(body.slice(g[0].end, g[0].end + 100))
    || (CHAIR_BEFORE.test(body.slice(Math.max(0, g[0].start - 30), g[0].start)) && THIS_YEAR_AFTER.test(body.slice(g[0].end, g[0].end + 12)))
    || namedAgainAhead(g)
    // "để dự Hội nghị thượng đỉnh Mỹ - ASEAN và Hội nghị Cấp cao Đông Á": the summit listed after one ahead is ahead too
    || summitGroups.some((p): boolean => p[0].end <= g[0].start && LISTED_AFTER.test(body.slice(p[0].end, g[0].start)) && ahead(p));
  // "… vai trò chủ nhà … (APEC) và chúc Việt Nam tổ chức thành công Tuần lễ Cấp cao APEC tại Đà Nẵng vào tháng 11": named again in the sentence, as ahead
  const namedAgainAhead = (g: SummitMention[]): boolean => {
    const to = sentenceSpan(body, g[0].start)[1];
    const again = body.indexOf(g[0].text, g[0].end);
    return again >= 0 && again + g[0].text.length <= to
      && (HOSTING_AHEAD_BEFORE.test(body.slice(Math.max(0, again - 70), again)) || SUMMIT_AHEAD_AFTER.test(body.slice(again + g[0].text.length, again + g[0].text.length + 60)));
  };
  // "Ngày 20/11/2020, một ngày trước hội nghị thượng đỉnh G20 …": a span before the summit measured from a day the sentence tells, not from the writing
  const measuredFromTold = (g: SummitMention[]): boolean => {
    const before = body.slice(Math.max(0, g[0].start - 120), g[0].start);
    const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    return SPAN_BEFORE_SUMMIT.test(clause) && exprs.some((e) => e.kind === 'calendar' && e.month !== undefined && e.end <= g[0].start && e.start >= g[0].start - clause.length);
  };
  // ("hôm 6-7 năm ngoái, đúng một ngày trước khi hội nghị thượng đỉnh G20 khai mạc ở Hamburg": before a day of last year, past)
  const futureBefore = (g: SummitMention[]): boolean => {
    const cue = FUTURE_BEFORE.exec(body.slice(Math.max(0, g[0].start - 60), g[0].start));
    return !!cue && !(/^trước khi/iu.test(cue[0]) && lastYears(g));
  };
  // "Năm 2017 chứng kiến … Từ ngày 12 đến 15/1, …": a day/month in a paragraph a year opens is of that year
  const underYear = (e: TimeExpression) => yearOnly.some((y) => y.start < e.start && !body.slice(y.end, e.start).includes('\n'));
  // a summit in a sentence that says "năm ngoái" was last year's
  const lastYears = (g: SummitMention[]) => {
    const [from, to] = sentenceSpan(body, g[0].start);
    return exprs.some((e) => e.relation === 'last-year' && e.start >= from && e.end <= to);
  };
  // "Lần gần nhất hai nhà lãnh đạo gặp trực tiếp là tại Hội nghị thượng đỉnh BRICS ở Brasília …": a summit looked back to
  const lookedBack = (g: SummitMention[]) => LOOKED_BACK.test(body.slice(sentenceSpan(body, g[0].start)[0]));
  // "gặp nhau … ngày 29.10.2021, bên lề Hội nghị thượng đỉnh G20 ở Rome": a summit dated with its year counts as that date, once
  const yearStated = (g: SummitMention[]) => {
    const [from, to] = sentenceSpan(body, g[0].start);
    return exprs.some((e) => e.year !== undefined && e.month !== undefined && g.some((m) => m.summit.year === e.year) && e.start >= from && e.end <= to);
  };
  // (held: not told as ahead; and of those, the ones not told as last year's)
  const held = summitGroups.filter((g) => !ahead(g));
  const heldThisYear = held.filter((g) => !lastYears(g));
  // "cuối tháng 6 năm ngoái, … ngày 28/6": a day of a month the sentence has dated to a year already
  // ("Hồi tháng 7 năm ngoái, … hôm 15/7 … Vài ngày sau, ngày 21/7, …": a sentence counting on from the one before shares its month)
  const dayMonthFrom = (e: TimeExpression) => {
    const from = sentenceSpan(body, e.start)[0];
    return COUNTED_ON.test(body.slice(from, e.start)) && from > 0 ? sentenceSpan(body, from - 2)[0] : from;
  };
  // ("Hồi cuối năm ngoái, ông Trump cũng từng bất ngờ thăm căn cứ Al-Asad ở Iraq hôm 26/12": a day of the year before, not of the story)
  const monthDated = (e: TimeExpression) => exprs.some((m) => m.end <= e.start && m.start >= dayMonthFrom(e) && m.day === undefined
    && (m.kind === 'calendar' ? m.month === e.month && (m.year !== undefined || m.relation === 'last-year') : m.relation === 'last-year' && m.month === undefined));
  // (year-less days of this year: those told as ahead, for the scheduled events they may name; the rest, the days of the story)
  const bareDays = exprs.filter((e) => e.kind === 'calendar' && e.year === undefined && e.day !== undefined && e.month !== undefined
    && (e.relation === undefined || e.relation === 'this-year'));
  const aheadDays = bareDays.filter((e) => tenseOf(e, body) === 'future');
  // ("… hội đàm với Tổng thống Donald Trump ngày 20/8 năm ngoái, … Hôm 2/9, Tổng thống Pháp … tới Baghdad": a later day of the
  // paragraph's story of last year, told on from it, or that day told again: "… từ ngày 6/12 năm ngoái, … ngay trong sáng 6/12")
  const toldOnFromLastYear = (e: TimeExpression) => exprs.some((x) => x.relation === 'last-year' && x.day !== undefined && x.month !== undefined && x.end <= e.start
    && e.start - x.end < 300 && !body.slice(x.end, e.start).includes('\n') && (e.month! > x.month || (e.month === x.month && e.day! >= x.day)));
  const dayMonths = bareDays.filter((e) => !aheadDays.includes(e) && !underYear(e) && !monthDated(e) && !toldOnFromLastYear(e));
  // ("… hôm qua hội đàm tại Điện Kremlin …. Cuộc hội đàm hôm 8/4 …": the lead's yesterday, told again with its day)
  const restated = leadRestatedWithDay(body) ?? yesterdaysTalksWithDay(body);
  const months = exprs.filter((e) => e.kind === 'calendar' && e.year === undefined && e.day === undefined && e.month !== undefined
    && (e.relation === undefined || e.relation === 'this-year') && tenseOf(e, body) !== 'future');
  const dateline = datelineDay(body);
  const weekdayDates = findWeekdayDates(body);
  const occasionYesterday = (e: TimeExpression) => YESTERDAY_OCCASION_BEFORE.test(body.slice(Math.max(0, e.start - 240), e.start));
  const weekdays = exprs.filter((e) => e.relation === 'weekday' && e.weekday !== undefined && e.amount === undefined && tenseOf(e, body) !== 'future' && !/^\s*(?:tới|này|sắp tới)(?!\p{L})/u.test(body.slice(e.end, e.end + 10)));
  return {
    body,
    summits: heldThisYear.filter((g) => !lookedBack(g) && !yearStated(g)),
    pastSummits: heldThisYear.filter(lookedBack),
    lastYearSummits: held.filter(lastYears),
    futureSummits: summitGroups.filter(ahead),
    acting: actingLeaders(body, leaders),
    former: formerLeaders(body, leaders),
    elected: electedLeaders(body, leaders),
    tookOffice: tookOffice(body, leaders),
    leftOffice: leftOffice(body, leaders),
    countdown: termCountdown(body, leaders),
    ages: statedAges(body, leaders),
    fullDates,
    yearOnly,
    yearsReported: yearOnly.filter((e) => isYearReported(e, body)),
    yearsCurrent,
    yearsEntered: /năm thứ|năm qua|năm\s*,?\s+kể từ/u.test(body) ? yearsEntered(body, yearOnly) : [],
    // "… ngày 16/7/2016, … Tòa án Tối cao hôm 26/1 năm nay đã …": a year written out beside "năm nay" is another year
    notThisYear: pastYears.length ? notThisYear(body, exprs) : [],
    // ("sau "Lá chắn Euphrates" năm 2016 và "Cành Ô liu" … đầu năm ngoái": listed after a year, a later one)
    lastYear: exprs.filter((e) => e.relation === 'last-year' && !LISTED_AFTER_YEAR.test(body.slice(sentenceSpan(body, e.start)[0], e.start))),
    dayMonths,
    leapDays: bareDays.filter((e) => e.day === 29 && e.month === 2 && !aheadDays.includes(e)),
    weekdays,
    weekdayDates,
    feasts: findFeasts(body),
    sameEvening: sameTimeOfDay(weekdays, dayMonths),
    // (not when yesterday was dated by its occasion, "hôm qua … nhân Ngày Trái đất 22/4": the day after it is taken already)
    toldAsYesterday: YESTERDAY.test(body) && !toldAsToday(body) && !dayMonths.some(occasionYesterday),
    yesterdayInLead: YESTERDAY.test(LEAD.exec(body)?.[0].slice(0, LEAD_CHARS) ?? ''),
    // (not when the lead's event is restated with its day: "… hôm qua hội đàm tại Điện Kremlin …. Cuộc hội đàm hôm 8/4 …")
    yesterdayKnown: restated ? [] : knownInLead(body, YESTERDAY),
    // (today's by a keyword of its own too: the leaders and the capital alone fit many a visit)
    todayKnown: knownInLead(body, TODAY_IN_LEAD, true),
    maxPast: pastYears.length ? Math.max(...pastYears) : undefined,
    // a dateline without a year ("Jakarta, 27/10 (TTXVN) -") is the filing day in the year found
    // ("Đầu năm nay, ngày 7/1, …": a day of this year's start is no day after the November told)
    // ("hôm qua (15/4)": the day after it is the day of writing; and "hôm nay …, một ngày sau khi …" the day after the event then told)
    // ("Ngày 8/1, … Hôm sau, hai Thủ tướng đồng chủ trì …": a next day told as past is a day of the story too)
    // ("Tối 11/11, lãnh đạo ASEAN dự … Sáng nay, Tổng thống Mỹ Joe Biden …": today is the day after that evening,
    // unless a dateline states the day: "London, 4/6 (TTXVN) – … sáng nay … tối 4/6")
    latestDayMonth: latestDayMonthInYear([...dayMonths.filter((e) => !saidOfThisYear(e, body)).map((e) => (YESTERDAY_BEFORE.test(body.slice(Math.max(0, e.start - 14), e.start)) || occasionYesterday(e) ? dayAfter(e.day!, e.month!) : { day: e.day!, month: e.month! })), ...nextDaysTold(body, dayMonths), ...(restated ? [dayAfter(restated.day, restated.month)] : []), ...[leadDayAfter(body, dayMonths)].filter((d) => d !== null), ...(dateline.length ? dateline : morningAfterEvening(body, dayMonths))], weekdayDates.filter((w) => dayMonths.some((e) => e.day === w.day && e.month === w.month))),
    era: eraFloor(body),
    anniversaries: findAnniversaries(body),
    knownEvents: [],
    // "tháng 5 năm ngoái, Mỹ đã chính thức chuyển đại sứ quán": a known event of the year before
    knownEventDates: [...dayMonths, ...months, ...exprs.filter((e) => e.kind === 'calendar' && e.year === undefined && e.month !== undefined && e.relation === 'last-year')],
    knownAhead: [],
    knownAheadDates: aheadDays,
  };
}

/** Of years that fit equally, the one nearest the year after `maxPast` when exactly one is nearest and no more than a year from it. */
function tieBreak(years: number[], maxPast: number | undefined): number | null {
  if (maxPast === undefined) return null;
  const distance = (y: number) => Math.abs(y - (maxPast + 1));
  const least = Math.min(...years.map(distance));
  const nearest = years.filter((y) => distance(y) === least);
  return nearest.length === 1 && least <= 1 ? nearest[0] : null;
}

/** Past years written out in a paragraph that also says "năm nay" of a day or month: years before the writing. */
function notThisYear(body: string, exprs: TimeExpression[]): number[] {
  const years: number[] = [];
  for (const t of exprs) {
    if (t.relation !== 'this-year') continue;
    const from = body.lastIndexOf('\n', t.start) + 1;
    const end = body.indexOf('\n', t.end);
    const to = end < 0 ? body.length : end;
    for (const e of exprs) {
      if (e.start >= from && e.end <= to && e.kind === 'calendar' && e.year !== undefined && e.endYear === undefined && tenseOf(e, body) !== 'future') years.push(e.year);
    }
  }
  return years;
}

/** An explicit year, then "và" and more before a "năm ngoái": items listed in order, years apart. */
const LISTED_AFTER_YEAR = /năm\s+(?:19|20)\d\d(?!\d)[^.;]*\svà\s[^.;]*$/u;

/** The years a feast's day, or a day told with its weekday, is looked for in (those of the gazetteers). */
const FEAST_YEARS = [2013, 2024] as const;
/** The day-month told that `feast` fell on in `year`, if any. */
function feastOn(feast: FeastDay, year: number, dayMonths: readonly TimeExpression[]): { day: number; month: number } | undefined {
  const on = feastDay(feast, year);
  return dayMonths.some((e) => e.day === on.day && e.month === on.month) ? on : undefined;
}

/** Candidate years: every year some evidence points to, and the one after (reported later). */
function candidateYears(ev: Evidence): number[] {
  const years = new Set<number>();
  const addYear = (y: number) => { years.add(y); years.add(y + 1); };
  for (const group of [...ev.summits, ...ev.futureSummits]) for (const m of group) addYear(m.summit.year);
  for (const f of ev.feasts) for (let y = FEAST_YEARS[0]; y <= FEAST_YEARS[1]; y++) if (feastOn(f, y, ev.dayMonths)) years.add(y);
  for (const group of ev.lastYearSummits) for (const m of group) years.add(m.summit.year + 1);
  // ("tối thứ Tư (13.10)": a Wednesday in 2021, though the only year named is a look back to 2019)
  for (const d of ev.weekdayDates) for (let y = FEAST_YEARS[0]; y <= FEAST_YEARS[1]; y++) if (fallsOnWeekday(d, y)) years.add(y);
  for (const e of [...ev.fullDates, ...ev.yearOnly]) addYear(e.year!);
  if (ev.countdown) years.add(+ev.countdown.date.slice(0, 4));
  for (const a of ev.ages) addYear(+a.born.slice(0, 4) + a.age);
  for (const a of ev.acting) if (a.to) years.add(+a.to.slice(0, 4));
  for (const a of ev.elected) addYear(+a.from.slice(0, 4) - 1);
  // (a term begun "năm ngoái": the year after it began; "năm nay": the year it began)
  for (const a of ev.tookOffice) { const y = yearToldOfTerm(a); if (y !== null) years.add(y); }
  for (const a of ev.anniversaries) { years.add(a.year); if (a.ahead || a.nextYear) years.add(a.year - 1); }
  for (const k of ev.knownEvents) addYear(k.year);
  for (const e of ev.yearsEntered) years.add(e.year);
  for (const k of ev.knownAhead) { years.add(k.year); years.add(k.year - 1); }
  for (const k of [...ev.yesterdayKnown, ...ev.todayKnown]) years.add(+k.date.slice(0, 4));
  // ("… vắc xin COVID-19 …": the era a term names begins the years the writing may be in)
  if (ev.era) addYear(+ev.era.term.since.slice(0, 4));
  // ("cựu Tổng thống Kenya Uhuru Kenyatta": written after the term ended, in its last year or later)
  for (const a of ev.former) addYear(+a.to!.slice(0, 4));
  // Every year all the leaders named in office could have been so together: the terms alone
  // may be the only evidence ("Thủ tướng Nguyễn Xuân Phúc … Thủ tướng Australia Malcolm Turnbull").
  const horizon = Math.max(...[...years, ...ev.acting.map((a) => +(a.to ?? a.from).slice(0, 4))], 0);
  const byLeader = new Map<string, Acting[]>();
  for (const a of ev.acting) byLeader.set(a.name, [...(byLeader.get(a.name) ?? []), a]);
  if (byLeader.size) {
    const spans = [...byLeader.values()].map((terms) => yearsInOffice(terms, horizon));
    const from = Math.max(...spans.map((s) => s[0]));
    const to = Math.min(...spans.map((s) => s[1]));
    if (from <= to && to - from <= MAX_TERM_YEARS) for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Longest run of years the terms of office alone may propose as candidates. */
const MAX_TERM_YEARS = 12;
/** Penalty when the day an article is dated to falls outside the term of a leader it names in office. */
const OUT_OF_TERM_DAY = 8;

const inTerm = (y: number, a: Acting) => +a.from.slice(0, 4) <= y && (a.to === null || +a.to.slice(0, 4) >= y);

/**
 * How well a publication year fits the evidence. Weights: a leader out of office rules the
 * year out; a countdown to a term's end (6) and a described summit (4, +2 when a stated day
 * falls on it) are strong; a leader's stated age (±3) fits a year or two; explicit years
 * count by tense (a past year after y, or a future one before it, is a contradiction).
 */
function scoreYear(y: number, ev: Evidence): Reasoned {
  const r: Reasoned = { score: 0, why: [] };
  // The day the article would be dated to in y: the leaders it names in office held office then.
  const day = publicationDay(y, ev)?.iso ?? null;
  const byLeader = new Map<string, Acting[]>();
  for (const a of ev.acting) byLeader.set(a.name, [...(byLeader.get(a.name) ?? []), a]);
  for (const [name, terms] of byLeader) {
    const t = terms.find((a) => inTerm(y, a));
    if (!t) r.score -= 100;
    else if (day && !terms.some((a) => a.from <= day && (!a.to || day <= a.to))) r.score -= OUT_OF_TERM_DAY;
    // only a term that starts or ends near the year says something worth reporting
    else if (Math.abs(+t.from.slice(0, 4) - y) <= 1 || (t.to && Math.abs(+t.to.slice(0, 4) - y) <= 1)) {
      r.why.push(`${name} is named as ${t.role} (in office ${t.from}..${t.to ?? 'now'})`);
    }
  }
  // "cố Chủ tịch nước Trần Đại Quang": written after the term ended (a former leader rules out the years before)
  for (const a of ev.former) if (y < +a.to!.slice(0, 4)) r.score -= 100;
  for (const a of ev.elected) {
    const opens = isoDayNumber(a.from);
    const at = day ? isoDayNumber(day) : null;
    const fits = at !== null ? at <= opens && at >= opens - ELECT_WINDOW_DAYS : +a.from.slice(0, 4) === y || +a.from.slice(0, 4) - 1 === y;
    if (fits) {
      r.score += 6;
      r.why.push(`${a.name} is named as ${a.role}-elect (took office ${a.from})`);
    }
  }
  for (const a of ev.tookOffice) {
    // the inauguration is past and recent: the article is dated within a year after it
    const opens = isoDayNumber(a.from);
    const at = day ? isoDayNumber(day) : null;
    const told = yearToldOfTerm(a);
    const fits = told !== null ? told === y : at !== null ? at >= opens && at < opens + 366 : +a.from.slice(0, 4) === y;
    if (fits) {
      r.score += 6;
      r.why.push(a.cue
        ? `"${a.cue}" of ${a.name} puts the writing within a year after the term as ${a.role} began (${a.from})`
        : `${a.name} is said to have taken office in the month that term as ${a.role} began (${a.from})`);
    }
  }
  for (const a of ev.leftOffice) {
    // the fall is past and told without a year: the article is dated within a year after it
    const ends = isoDayNumber(a.to!);
    const at = day ? isoDayNumber(day) : null;
    if (at !== null ? at >= ends && at < ends + 366 : +a.to!.slice(0, 4) === y) {
      r.score += 6;
      r.why.push(`"${a.cue}" of ${a.name} puts the writing within a year after the term as ${a.role} ended (${a.to})`);
    }
  }
  for (const group of ev.summits) {
    const same = group.find((m) => m.summit.year === y);
    if (same) {
      r.score += 4 + (same.cues.includes('day') ? 2 : 0);
      r.why.push(`${same.summit.series} ${same.summit.city} (${fmtRange(same.summit.start, same.summit.end)}) is described`);
    } else if (group.some((m) => m.summit.year === y - 1)) r.score += 1;
    else if (group.every((m) => m.summit.year > y)) r.score -= 4;
  }
  for (const group of ev.lastYearSummits) {
    const held = group.find((m) => m.summit.year === y - 1);
    if (held) {
      r.score += 4;
      r.why.push(`${held.summit.series} ${held.summit.city} (${fmtRange(held.summit.start, held.summit.end)}) is told as last year's`);
    } else if (group.some((m) => m.summit.year >= y)) r.score -= 4;
  }
  // (a summit looked back to was held before the year of writing, or early in it)
  for (const group of ev.pastSummits) if (group.every((m) => m.summit.year > y)) r.score -= 4;
  for (const group of ev.futureSummits) {
    // a summit still ahead was in the year of writing or the next one
    if (group.some((m) => m.summit.year === y)) { r.score += 2; r.why.push(`${group[0].summit.series} ${group[0].summit.city} (${fmtRange(group[0].summit.start, group[0].summit.end)}) is still ahead`); }
    else if (group.every((m) => m.summit.year < y)) r.score -= 4;
  }
  for (const e of ev.fullDates) {
    // a past date later than the day the article would be written: "hồi tháng 6/2018" is not yet past on 1 Mar 2018
    const stated = `${e.year}-${pad(e.month!)}${e.day !== undefined ? `-${pad(e.day)}` : ''}`;
    const tense = tenseOf(e, ev.body);
    if (day && e.year === y && stated.slice(0, 7) > day.slice(0, 7) && tense === 'past') r.score -= 5;
    // ("sau hai cuộc đảo chính ở Mali vào tháng 8/2020 và tháng 5/2021" on 18 Feb: a month not marked as ahead is more likely gone by)
    else if (day && e.year === y && stated.slice(0, 7) > day.slice(0, 7) && tense === 'unmarked') r.score -= 3;
    const future = tense === 'future';
    // "Theo kế hoạch, Việt Nam sẽ giữ … trong tháng 1/2020", "dự kiến bắt đầu từ ngày 1/7/2020" on 7 July:
    // a plan for a month (or day) already gone by the day of writing is of another year
    if (future && day && e.year === y && (e.day !== undefined ? stated < day : stated.slice(0, 7) < day.slice(0, 7))) r.score -= 3;
    else if (e.year! > y && !future) r.score -= 5;
    else if (e.year === y) { r.score += 2; r.why.push(`"${e.text}" is dated in ${y}`); }
    // a date past is said in its year or the next; a plan, in its year or the one before
    else if (e.year === (future ? y + 1 : y - 1)) r.score += 1;
    // "sẽ làm quyền bộ trưởng từ ngày 1/1/2019" written on 23 Dec: a day still ahead is near
    if (future && day && e.day !== undefined) {
      const ahead = isoDayNumber(stated) - isoDayNumber(day);
      if (ahead >= 0 && ahead <= SOON_DAYS) { r.score += 3; r.why.push(`"${e.text}" is still ahead`); }
    }
  }
  for (const e of ev.yearOnly) {
    const t = tenseOf(e, ev.body);
    if (t === 'future') {
      if (e.year! < y) r.score -= 4;
      // (a year ahead written out is more often next year's than this year's, "năm nay")
      else if (e.year! - y <= 1) { r.score += e.year! - y === 1 ? 2 : 1; r.why.push(`"${e.text}" is still ahead`); }
    } else if (e.year! > y) r.score -= t === 'past' ? 5 : 3;
    else if (e.year! >= y - 1) { r.score += 1; r.why.push(`"${e.text}" is ${t === 'past' ? 'past' : 'mentioned'}`); }
  }
  for (const year of new Set(ev.notThisYear)) if (y <= year) r.score -= 3;
  // "kim ngạch … năm 2017 tăng khoảng 30%": a whole year's figure is reported once that year is over
  for (const e of ev.yearsCurrent) if (y === e.year) { r.score += 2; r.why.push(`"${e.text}" is the year running`); }
  for (const e of ev.yearsEntered) if (y === e.year) { r.score += 2; r.why.push(`"${e.text}" puts the writing in ${y}`); }
  for (const e of ev.yearsReported) {
    if (y === e.year! + 1) { r.score += 3; r.why.push(`"${e.text}" is reported as a whole year's figure`); }
    else if (y <= e.year!) r.score -= 2;
  }
  // "Tối chủ nhật 6/10": a Sunday in 2019 (or 2024), not in 2017; of last year across New Year ("thứ sáu 29/12" in January)
  // ("đúng Chủ nhật Lễ Lá" and "sáng 28/3": Palm Sunday fell on 28 March in 2021)
  for (const f of ev.feasts) {
    const on = feastOn(f, y, ev.dayMonths);
    if (on) { r.score += WEEKDAY_DATE; r.why.push(`"${f.text}" fell on ${on.day}/${on.month} in ${y}`); }
  }
  // ("Tập Cận Bình chiều 29/2 tiếp …": a February with a 29th, so 2016 or 2020, not 2017)
  if (ev.leapDays.length && !isRealDate(y, 2, 29)) r.score -= WEEKDAY_DATE;
  else if (ev.leapDays.length) r.why.push(`"${ev.leapDays[0].text}" falls in ${y}, a leap year`);
  for (const d of ev.weekdayDates) {
    if (fallsOnWeekday(d, y)) { r.score += WEEKDAY_DATE; r.why.push(`"${d.text}" falls on that weekday in ${y}`); }
    else if (!fallsOnWeekday(d, y - 1)) r.score -= WEEKDAY_DATE;
  }
  // ("… về tới Thâm Quyến tối 25-9 … hạ cánh … khoảng 22h tối thứ bảy": the same evening, a Saturday in 2021; weaker than a pair told together, so no penalty)
  for (const d of ev.sameEvening) if (fallsOnWeekday(d, y)) { r.score += WEEKDAY_DATE; r.why.push(`"${d.text}" tell the same time of a day that falls on that weekday in ${y}`); }
  if (ev.lastYear.length && ev.maxPast !== undefined && y === ev.maxPast + 1) {
    r.score += 2;
    r.why.push(`"${ev.lastYear[0].text}" beside the year ${ev.maxPast} puts the writing in ${y}`);
  }
  for (const a of ev.ages) {
    if (ageFits(a.born, a.age, y, day)) { r.score += AGE; r.why.push(`"${a.quote}": ${a.name} was born ${a.born}`); }
    else r.score -= AGE;
  }
  if (ev.countdown) {
    if (+ev.countdown.date.slice(0, 4) === y) {
      r.score += 6;
      r.why.push(`"${ev.countdown.quote}" counts down to the end of ${ev.countdown.name}'s term (about ${fmtDay(ev.countdown.date)})`);
    } else r.score -= 3;
  }
  scoreAnniversariesAndKnownEvents(y, day, ev, r);
  // a name not yet coined rules the year out, like a leader out of office
  // ("Covid-19", named on 11 Feb 2020, rules out a story told on 25/1 of 2020 too)
  if (ev.era && (y < +ev.era.term.since.slice(0, 4) || (day !== null && day < ev.era.term.since))) r.score -= 100;
  else if (ev.era && +ev.era.term.since.slice(0, 4) === y) r.why.push(`"${ev.era.quote}" is named (in use from ${fmtDay(ev.era.term.since)})`);
  return r;
}

/** The year of writing a term's start said of last year ("nhậm chức năm ngoái") or of this year ("năm nay") gives, or null. */
function yearToldOfTerm(a: Acting): number | null {
  return a.lastYear ? +a.from.slice(0, 4) + 1 : a.thisYear ? +a.from.slice(0, 4) : null;
}

/**
 * Anniversaries and known events, weighed below a header and explicit years but above the
 * terms of office: an anniversary said of the present names its year (+5, no more than the −5
 * of a past year stated after it); a known event told with its day (+4, like a summit) or
 * month (+2) puts the writing in its year (+1 for the next), and further known events of that
 * year add at most {@link MORE_KNOWN_EVENTS}: they are told by the same article, so not
 * independent. A leader named out of office still rules the year out (−100).
 */
function scoreAnniversariesAndKnownEvents(y: number, day: string | null, ev: Evidence, r: Reasoned): void {
  for (const a of ev.anniversaries) {
    if (a.ahead) {
      // prepared for: the writing is within the year before the anniversary's day
      const on = a.anchorDate.length === 10 ? `${a.year}${a.anchorDate.slice(4)}` : `${a.year}-12-31`;
      const fits = day ? day <= on && isoDayNumber(on) - isoDayNumber(day) < 366 : y === a.year || y === a.year - 1;
      if (fits) { r.score += ANNIVERSARY_AHEAD; r.why.push(`anniversary ahead: "${a.quote}" counts ${a.count} years from ${a.anchor}, still being prepared for`); }
      continue;
    }
    if ((a.nextYear ? a.year - 1 : a.year) !== y) continue;
    r.score += ANNIVERSARY;
    r.why.push(`anniversary${a.nextYear ? ' next year' : ''}: "${a.quote}" counts ${a.count} years from ${a.anchor}`);
  }
  const weights: number[] = [];
  for (const k of ev.knownEvents) {
    if (k.year === y) {
      weights.push(k.dated === 'day' ? KNOWN_EVENT_DAY : KNOWN_EVENT_MONTH);
      const when = fmtRange(k.event.date, k.event.end ?? k.event.date);
      r.why.push(`known event: ${k.event.name} (${when}) matches ${k.cues.map((c) => `"${c}"`).join(', ')}, ${k.dateText}`);
    } else if (k.year === y - 1) weights.push(1);
  }
  // a scheduled event told as ahead is in the year of writing, or in the next one
  for (const k of ev.knownAhead) {
    if (k.year === y) {
      weights.push(KNOWN_EVENT_DAY);
      r.why.push(`known event ahead: ${k.event.name} (${fmtDay(k.event.date)}) matches ${k.cues.map((c) => `"${c}"`).join(', ')}, ${k.dateText}`);
    } else if (k.year === y + 1) weights.push(1);
  }
  for (const [ks, when] of [[ev.yesterdayKnown, 'yesterday'], [ev.todayKnown, 'today']] as const) {
    for (const k of ks) {
      if (+k.date.slice(0, 4) !== y) continue;
      weights.push(KNOWN_EVENT_DAY);
      r.why.push(`known event: ${k.name} (${fmtDay(k.date)}) is told in the lead as ${when}'s`);
    }
  }
  if (weights.length) r.score += Math.max(...weights) + Math.min(MORE_KNOWN_EVENTS, weights.length - 1);
}

/**
 * True when one year leads every other by more than known events could add to a year (a year
 * no evidence points to scores at most 0 before them), so looking them up cannot change it.
 */
function clearlyDecided(ranked: Array<{ y: number; score: number }>): boolean {
  if (!ranked.length) return false;
  const scores = ranked.map((r) => r.score).sort((a, b) => b - a);
  return scores[0] - Math.max(scores[1] ?? 0, 0) > KNOWN_EVENT_DAY + MORE_KNOWN_EVENTS;
}

/** How far ahead a future date stated in full may be to count as near ("từ ngày 1/1/2019" on 23 Dec 2018). */
const SOON_DAYS = 183;
/** "Vài ngày sau, ", "Hai hôm sau, " opening a sentence, up to its day/month: counted on from the sentence before. */
const COUNTED_ON = /^\s*(?:Vài|Mấy|Một|Hai|Ba|Bốn|Năm|\d+)\s+(?:ngày|hôm|tuần)\s+sau(?:\s+đó)?,\s*(?:(?:ngày|hôm)\s+)?$/u;
/** Score of a year in which a leader had the age stated with the name (and penalty when not). */
const AGE = 3;
/** Score of a year a day told with its weekday falls on that weekday in (and penalty when it does not). */
const WEEKDAY_DATE = 3;
/** Score of a year an anniversary said of the present names. */
const ANNIVERSARY = 5;
/** Score of a year in the twelve months before an anniversary being prepared for. */
const ANNIVERSARY_AHEAD = 3;
/** Score of the year of a known event told with its day, or only its month. */
const KNOWN_EVENT_DAY = 4;
/** Known events set on their day long before (told ahead, they still say which year it is). */
const SCHEDULED = new Set(['election', 'referendum', 'inauguration', 'summit']);
const KNOWN_EVENT_MONTH = 2;
/** What further known events of a year add, at most. */
const MORE_KNOWN_EVENTS = 2;

/** Whether a known event's days include `day`/`month` (of its own year). */
function spansDay(event: KnownEvent, { day, month }: { day: number; month: number }): boolean {
  const at = `${event.date.slice(0, 4)}-${pad(month)}-${pad(day)}`;
  return event.date <= at && at <= (event.end ?? event.date);
}

/** The publication day in (or just after) year y: the latest dated mention, with why; null when none. */
function publicationDay(y: number, ev: Evidence): { iso: string; why: string } | null {
  const days: Array<{ iso: string; why: string }> = [];
  const latest = ev.latestDayMonth;
  if (latest) {
    // (not a summit also told as still ahead: "nước chủ nhà APEC 2017 … APEC tại Đà Nẵng vào tháng 11 tới" names the host's year)
    const ahead = new Set(ev.futureSummits.flat().map((m) => m.summit));
    const floors = [
      // (of a mention that fits several summits of y, the earliest: "Hội nghị Cấp cao ASEAN" in Hanoi in 2020 is June's or November's; none when one of them is told as ahead)
      ...ev.summits.flatMap((g) => {
        const of = g.filter((m) => m.summit.year === y);
        return of.length && !of.some((m) => ahead.has(m.summit)) ? [Math.min(...of.map((m) => isoDayNumber(m.summit.start)))] : [];
      }),
      ...ev.knownEvents.filter((k) => k.year === y && k.dated === 'day').map((k) => isoDayNumber(k.event.date)),
      // (not a deadline still ahead: "… sẽ vượt quá thời hạn kết thúc Minsk là ngày 31.12.2015")
      ...ev.fullDates.filter((e) => e.year === y && e.day !== undefined && tenseOf(e, ev.body) !== 'future').map((e) => dayNumber(y, e.month!, e.day!)),
    ];
    const floor = floors.length ? Math.max(...floors) : -Infinity;
    // a December-January cluster ends in January of the year after the December events;
    // a latest day/month well before the dated events of y must be in the year after
    // — unless a summit of y still ahead comes after that day ("Hội nghị thượng đỉnh G20 thường niên vẫn dự kiến diễn ra tại Riyadh vào tháng 11"): the writing is before it
    const aheadAfter = ev.futureSummits.some((g) => g.some((m) => m.summit.year === y && isoDayNumber(m.summit.start) > dayNumber(y, latest.month, latest.day)));
    const wraps = !aheadAfter && (latest.crossesNewYear ? floor > dayNumber(y, 6, 30) : dayNumber(y, latest.month, latest.day) < floor - 31);
    // a well-known event on that very day names which later year it is ("chiều 28/4" with Erdogan in Jeddah: 2022, not 2021)
    const known = wraps ? ev.knownEvents.find((k) => k.dated === 'day' && k.year > y && +k.event.date.slice(0, 4) === k.year && spansDay(k.event, latest)) : undefined;
    const py = known ? known.year : wraps ? y + 1 : y;
    const mentions = [...new Set(ev.dayMonths.map((e) => `${e.day}/${e.month}`))].join(', ');
    // "29/2" is no publication day in a year without it
    if (isRealDate(py, latest.month, latest.day)) days.push({
      iso: `${py}-${pad(latest.month)}-${pad(latest.day)}`,
      why: known
        ? `day-month mentions ${mentions}: the latest, ${latest.day}/${latest.month}, comes after the ${y} events and is the day of ${known.event.name}, so it is taken as the publication day in ${py}`
        : wraps
        ? `day-month mentions ${mentions}: the latest, ${latest.day}/${latest.month}, comes after the ${y} events, so it is taken as the publication day in ${py}`
        : `day-month mentions ${mentions} fit ${y}; the latest, ${latest.day}/${latest.month}, is taken as the publication day`,
    });
  }
  const aheadStarts = ev.futureSummits.map((g) => g.filter((m) => m.summit.year >= y)).filter((g) => g.length === 1).map((g) => isoDayNumber(g[0].summit.start));
  const aheadFrom = aheadStarts.length ? Math.min(...aheadStarts) : null;
  for (const e of ev.fullDates) {
    if (e.day === undefined || e.year! < y || tenseOf(e, ev.body) === 'future') continue;
    // (nor a day on or after a summit told as still ahead: "… sẽ tới Buenos Aires dự thượng đỉnh G20 cuối tháng này" before "từ ngày 1/1/2019")
    if (aheadFrom !== null && dayNumber(e.year!, e.month!, e.day) >= aheadFrom) continue;
    days.push({ iso: `${e.year}-${pad(e.month!)}-${pad(e.endDay ?? e.day)}`, why: `the latest dated mention, "${e.text}", is taken as the publication day` });
  }
  // a well-known event the lead tells as yesterday's, later than every day stated: the day after it
  // (of the year, or of the year after when the latest day stated already falls in it)
  const years = new Set([String(y), ...days.map((d) => d.iso.slice(0, 4))]);
  const told = [
    ...ev.yesterdayKnown.filter((k) => years.has(k.date.slice(0, 4)) && !k.end).map((k) => {
      const next = isoAddDays(k.date, 1);
      return { iso: next, why: `the lead tells ${k.name} (${fmtDay(k.date)}) as yesterday's, so it is taken as written the day after, ${next}` };
    }),
    // (told as today's: written that day)
    ...ev.todayKnown.filter((k) => years.has(k.date.slice(0, 4)) && !k.end).map((k) => ({ iso: k.date, why: `the lead tells ${k.name} (${fmtDay(k.date)}) as today's` })),
  ];
  const latestOf = (xs: Array<{ iso: string; why: string }>) => xs.reduce((a, b) => (b.iso > a.iso ? b : a));
  const best = days.length ? latestOf(days) : null;
  const afterLead = told.length ? latestOf(told) : null;
  if (afterLead && (!best || afterLead.iso > best.iso)) return afterLead;
  if (!best) return null;
  // (not when that day is told with its weekday and the lead tells nothing as yesterday's: "Sáng thứ Ba (26/1), … theo dõi
  // lễ diễu binh … Hôm qua, … hội đàm" was written on the Tuesday; "Lapid hôm qua tiếp đón … bữa tối … vào tối chủ nhật (27.3)", on the Tuesday after)
  const writtenThatDay = () => !ev.yesterdayInLead && ev.weekdayDates.some((w) => best.iso.endsWith(`-${pad(w.month)}-${pad(w.day)}`));
  return laterWeekday(best, ev.weekdays, ev.weekdayDates) ?? (ev.toldAsYesterday && !writtenThatDay() ? dayAfterTold(best) : null) ?? best;
}

/** The lead: the first paragraph long enough to tell something (not a section label or a headline). */
const LEAD = /[^\n]{120,}/u;
/** How much of the lead is read. */
const LEAD_CHARS = 600;
/** A lead that looks back or ahead tells no event of yesterday. */
const LEAD_ASIDE = /trước đó|năm ngoái|năm trước|kỷ niệm/iu;

/** Known events the article's lead tells as yesterday's (or today's, by `when`): "Đúng 13h20 chiều qua …, Đại sứ Anh … trao … Donald Tusk … Điều 50". */
function knownInLead(body: string, when: RegExp, needKeyword = false): KnownEvent[] {
  const para = LEAD.exec(body);
  if (!para) return [];
  const to = para.index + Math.min(para[0].length, LEAD_CHARS);
  const lead = body.slice(para.index, to);
  if (!when.test(lead) || PLANS.test(lead) || LEAD_ASIDE.test(lead)) return [];
  return knownEventsNamed(body, para.index, to, needKeyword);
}

/** The event words a lead tells as yesterday's, right after "hôm qua" ("hôm qua hội đàm") or right before it ("hội đàm hôm qua"). */
const LEAD_YESTERDAY_EVENT = /(?:hôm qua\s+(?:đã\s+)?(hội đàm|gặp|điện đàm|hội kiến|tiếp)|(hội đàm|gặp|điện đàm|hội kiến)\s+(?:[^\s,.;]+\s+){0,6}?hôm qua)(?!\p{L})/u;
/** The day of the event the lead tells as yesterday's, when it is told again with it ("Cuộc hội đàm hôm 8/4 là …"), or null. */
function leadRestatedWithDay(body: string): { day: number; month: number } | null {
  const para = LEAD.exec(body);
  if (!para) return null;
  const told = LEAD_YESTERDAY_EVENT.exec(para[0].slice(0, LEAD_CHARS));
  if (!told) return null;
  const word = told[1] ?? told[2];
  const again = new RegExp(String.raw`(?:^|[^\p{L}])[Cc](?:uộc|huyến)\s+${word}\s+(?:hôm|ngày)\s+(\d{1,2})[/.](\d{1,2})(?![/.]\d)`, 'u').exec(body.slice(para.index + para[0].length));
  return again ? { day: +again[1], month: +again[2] } : null;
}

/** "cuộc gặp tối qua", "cuộc hội đàm hôm qua": talks named as yesterday's, anywhere in the story (group 1: their word). */
const TALKS_YESTERDAY = /(?:^|[^\p{L}])[Cc]uộc\s+(gặp|hội đàm|điện đàm|họp)\s+(?:hôm|sáng|trưa|chiều|tối|đêm)\s+qua(?!\p{L})/u;
/**
 * Talks named as yesterday's ("Ngoài cuộc gặp tối qua, …") whose day the story tells with the same
 * words ("Cuộc gặp diễn ra tối 28/12 tại …"): that day, the day before the writing; or null.
 */
function yesterdaysTalksWithDay(body: string): { day: number; month: number } | null {
  const told = TALKS_YESTERDAY.exec(body);
  if (!told) return null;
  const again = new RegExp(String.raw`(?:^|[^\p{L}])[Cc]uộc\s+${told[1]}\s+(?:(?:đã\s+)?diễn ra\s+|được tổ chức\s+)?(?:vào\s+)?(?:hôm|ngày|sáng|trưa|chiều|tối|đêm)\s+(\d{1,2})[/.](\d{1,2})(?![/.]\d)`, 'u').exec(body);
  return again ? { day: +again[1], month: +again[2] } : null;
}

/** "… một ngày sau khi các tay súng …", "một ngày sau vụ …": the lead's today, the day after what it names. */
const DAY_AFTER_IN_LEAD = /(?:^|[^\p{L}])một ngày sau\s+(?:khi|vụ|cuộc)(?!\p{L})/iu;
/**
 * "Tỉnh Sindh … hôm nay treo cờ rủ, một ngày sau khi các tay súng … bắn chết …", then "Vụ tấn công
 * xảy ra sáng thứ Tư (13/5)": a lead that tells today as the day after an event, whose day the
 * story then tells with the event named again, was written the day after that day; or null.
 */
function leadDayAfter(body: string, dayMonths: TimeExpression[]): { day: number; month: number } | null {
  const para = LEAD.exec(body);
  if (!para) return null;
  const lead = para[0].slice(0, LEAD_CHARS);
  const after = DAY_AFTER_IN_LEAD.exec(lead);
  if (!after || !TODAY_IN_LEAD.test(lead) || PLANS.test(lead)) return null;
  // (of the kind the lead named: not "Cuộc gặp diễn ra sáng 23/5", today's, after "một ngày sau khi ông … tới thăm …")
  const kind = findTriggers(lead.slice(after.index + after[0].length).split(/[.!?]/u)[0]).find((t) => t.strength >= 4)?.type;
  const first = dayMonths.find((e) => {
    if (e.start < para.index + para[0].length) return false;
    const opening = body.slice(sentenceSpan(body, e.start)[0], e.start);
    return EVENT_RESTATED.test(opening) && findTriggers(opening)[0]?.type === kind;
  });
  return first ? dayAfter(first.day!, first.month!) : null;
}
/** "Vụ tấn công xảy ra ", "Cuộc gặp diễn ra ": an event named again as its sentence's subject, up to its day. */
const EVENT_RESTATED = /^\s*(?:Vụ|Cuộc)\s[^,.;]{0,40}?\s(?:xảy ra|diễn ra)\s[^,.;]{0,20}$/u;

/** "sáng hôm qua", "tối qua" not followed by the day it was; "hôm nay", "sáng nay": today. */
const YESTERDAY = /(?:^|[^\p{L}])(?:hôm|sáng|trưa|chiều|tối|đêm)(?:\s+hôm)?\s+qua(?![\p{L}])(?!\s*\(?\s*(?:ngày\s+)?\d)/iu;
// (a plan for today is no event of today: "hủy chuyến thăm dự kiến vào hôm nay")
const TODAY = /(?:^|[^\p{L}])(?<!(?:dự kiến|dự định|sẽ|kế hoạch)(?:\s+vào)?\s+)(?:hôm|sáng|trưa|chiều|tối|đêm)\s+nay(?![\p{L}])/giu;
/** {@link TODAY}, for one test (no `g` state between calls). */
const TODAY_IN_LEAD = new RegExp(TODAY.source, 'iu');

/** "sáng nay", "trưa nay": a morning of the day of writing. */
const MORNING_TODAY = /(?:^|[^\p{L}])(?<!(?:dự kiến|dự định|sẽ|kế hoạch)(?:\s+vào)?\s+)(?:sáng|trưa)\s+nay(?![\p{L}])/giu;
/** "tối ngày 11/11": an evening named right before a day (the day's own expression without it). */
const EVENING_BEFORE = /(?:^|[^\p{L}])(?:tối|đêm)\s+(?:ngày\s+|hôm\s+)?$/iu;

/**
 * "Tối 11/11, lãnh đạo ASEAN dự … Sáng nay, Tổng thống Mỹ Joe Biden có mặt tại Phnom Penh": a
 * morning told as today's, in a sentence that plans nothing, in an article that tells an evening by
 * its day was written on a later day than that evening (else "tối nay"): the day after it is a day
 * of the story.
 */
function morningAfterEvening(body: string, dayMonths: TimeExpression[]): Array<{ day: number; month: number }> {
  const evenings = dayMonths.filter((e) => /^(?:tối|đêm)$/u.test(timeOfDay(e)) || EVENING_BEFORE.test(body.slice(Math.max(0, e.start - 12), e.start)));
  if (!evenings.length) return [];
  for (const m of body.matchAll(MORNING_TODAY)) {
    const [from, to] = sentenceSpan(body, m.index + m[0].length - 1);
    if (!PLANS.test(body.slice(from, to))) return evenings.map((e) => dayAfter(e.day!, e.month!));
  }
  return [];
}

/** "sáng", "chiều", "tối" … opening a time expression. */
const TIME_OF_DAY = /^(sáng|trưa|chiều|tối|đêm)\s/iu;
/** The time of day an expression opens with ("Tối 11/11": "tối"), lower-cased, or "". */
const timeOfDay = (e: TimeExpression) => TIME_OF_DAY.exec(e.text)?.[1].toLowerCase() ?? '';
/** How near a weekday told alone must be to a day told with the same time of day to be read as its weekday. */
const SAME_EVENING_CHARS = 400;

/**
 * "… về tới Thâm Quyến tối 25-9 … hạ cánh … khoảng 22h tối thứ bảy": a weekday told alone with a
 * time of day, near a day told with the same time of day, is likely that day's weekday (one pair
 * each, the nearest).
 */
function sameTimeOfDay(weekdays: TimeExpression[], dayMonths: TimeExpression[]): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  for (const w of weekdays) {
    const part = timeOfDay(w);
    if (!part) continue;
    const near = dayMonths.filter((e) => timeOfDay(e) === part && Math.abs(e.start - w.start) <= SAME_EVENING_CHARS)
      .sort((a, b) => Math.abs(a.start - w.start) - Math.abs(b.start - w.start))[0];
    if (near) out.push({ day: near.day!, month: near.month!, weekday: w.weekday!, text: `${near.text}" and "${w.text}`, start: near.start });
  }
  return out;
}

/** Whether an event is told as today's: "hôm nay", "sáng nay" in a sentence that plans nothing ("Hôm nay, ông Trudeau sẽ vào Đà Nẵng" is a plan). */
function toldAsToday(body: string): boolean {
  for (const m of body.matchAll(TODAY)) {
    const [from, to] = sentenceSpan(body, m.index + m[0].length - 1);
    if (!PLANS.test(body.slice(from, to))) return true;
  }
  return false;
}

/**
 * "… khai hỏa vào chiếc Su-24 của Nga lúc 9h24 sáng hôm qua … chiều 24/11, NATO họp khẩn": an
 * article that tells events as yesterday's and none as today's (`Evidence.toldAsYesterday`) was
 * written the day after the latest day it states.
 */
function dayAfterTold(day: { iso: string; why: string }): { iso: string; why: string } | null {
  if (day.iso.length !== 10) return null;
  const next = isoAddDays(day.iso, 1);
  return { iso: next, why: `${day.why}; events are told as yesterday's and none as today's, so it is taken as the day after, ${next}` };
}

/** How many days after the latest stated day a weekday told as past may fall to move the publication day. */
const WEEKDAY_AHEAD = 3;
const WEEKDAY_VI = ['Chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];

/**
 * "hôm thứ ba (19/9) … tối thứ tư, ông Ri bình luận": a weekday told as past that falls in the
 * days right after the latest stated day means the article was written on or after it. (Not one
 * the article already dated in the week before: "sáng Chủ nhật (7/2)" … "vụ phóng … hôm Chủ nhật"
 * is that Sunday again; nor one of the days right after it.)
 */
function laterWeekday(day: { iso: string; why: string }, weekdays: TimeExpression[], weekdayDates: WeekdayDate[]): { iso: string; why: string } | null {
  if (day.iso.length < 10) return null;
  const at = isoDayNumber(day.iso);
  const weekday = new Date(at * 86_400_000).getUTCDay();
  const year = Number(day.iso.slice(0, 4));
  // (nor one of the days right after a weekday dated that week: "sáng thứ Tư (22/2) … Sáng thứ Năm, …", the story's Thursday)
  const datedThatWeek = (w: TimeExpression) => weekdayDates.some((d) => {
    const dated = dayNumber(year, d.month, d.day);
    const after = ((w.weekday ?? d.weekday) - d.weekday + 7) % 7;
    return at - dated >= 0 && at - dated < 7 && after <= WEEKDAY_AHEAD && dated + after <= at;
  });
  let ahead = 0;
  let said: TimeExpression | undefined;
  for (const w of weekdays) {
    if (datedThatWeek(w)) continue;
    const diff = (w.weekday! - weekday + 7) % 7;
    if (diff > 0 && diff <= WEEKDAY_AHEAD && diff > ahead) { ahead = diff; said = w; }
  }
  if (!said) return null;
  const iso = new Date((at + ahead) * 86_400_000).toISOString().slice(0, 10);
  return { iso, why: `${day.why}; "${said.text}" (${WEEKDAY_VI[said.weekday!]}) is told as past, so it is taken as ${iso}` };
}

/**
 * Tells when an article was published.
 * @param text the article (page furniture after "Xem nhiều", "Đọc thêm" … is ignored)
 * @param evidence.leaders leaders with their terms of office (the people gazetteer); those the
 *   text names with an office they held bound the year
 * @param evidence.cleaned the text is already blanked by {@link cleanArticle}
 * @returns the header date (`publishedFrom: 'header'`), else an inferred date at the
 *   precision the evidence supports with the reasons in `publishedBasis`, else null with the
 *   reason (no evidence, a conflict, or two years that fit equally)
 */
export function inferDocumentDate(text: string, evidence: { leaders?: LeaderEvidence[]; cleaned?: boolean } = {}): DocumentDate {
  const header = findHeaderDate(text);
  if (header) {
    // "Cập nhật lúc 06:30 ngày 21/10/2016" over "Bắc Kinh, 20/10 (TTXVN) –": the page was updated
    // the morning after the day the story was filed, and "chiều nay" is that day
    const filed = datelineBefore(text, header.date);
    if (filed) return { published: filed, publishedFrom: 'header', publishedBasis: `header ${header.date}, dateline ${filed.slice(8)}/${+filed.slice(5, 7)}` };
    return { published: header.date, publishedFrom: 'header', publishedBasis: 'header' };
  }
  const unknown = (why: string): DocumentDate => ({ published: null, publishedFrom: null, publishedBasis: why });

  // (a text already blanked by cleanArticle is not cleaned twice)
  const ev = gatherEvidence(evidence.cleaned ? text : articleBody(text), evidence.leaders ?? []);
  let years = candidateYears(ev);
  let ranked = years.map((y) => ({ y, ...scoreYear(y, ev) }));
  // Known events can only change a year the rest leaves open or close; finding them costs a scan
  // around every date, so an article the other evidence dates clearly is not scanned.
  if (!clearlyDecided(ranked)) {
    ev.knownEvents = findKnownEvents(ev.body, ev.knownEventDates);
    ev.knownAhead = findKnownEvents(ev.body, ev.knownAheadDates).filter((k) => k.dated === 'day' && SCHEDULED.has(k.event.type));
    if (ev.knownEvents.length || ev.knownAhead.length) {
      years = candidateYears(ev);
      ranked = years.map((y) => ({ y, ...scoreYear(y, ev) }));
    }
  }
  if (!years.length) return unknown('no year can be told: no header, no explicit year, no dated summit, no anniversary, no known event, no dated term of office');
  let best = ranked.reduce((a, b) => (b.score > a.score ? b : a));
  let why = [...new Set(best.why)];
  if (best.score <= -100) return unknown('the evidence conflicts: no year fits the terms of office of the leaders named');
  if (best.score <= 0 && !why.length) return unknown('no year is supported by the evidence');
  const rivals = ranked.filter((r) => r !== best && r.score === best.score).map((r) => r.y);
  if (rivals.length) {
    // Years that fit equally: news looks back a year or two, so the one right after the latest
    // past year the article names wins when it is the nearest (a term from 2021 on and "ngày
    // 4/11/2020" told as past: 2021 of 2021-2024); otherwise say so rather than pick one
    const tied = [best.y, ...rivals].sort();
    const nearest = tieBreak(tied, ev.maxPast);
    if (nearest === null) return unknown(`ambiguous: ${tied.join(' and ')} fit equally (${why.join('; ') || 'no distinguishing evidence'})`);
    best = ranked.find((r) => r.y === nearest)!;
    why = [...new Set(best.why), `of ${tied.join(', ')}, which fit equally, ${nearest} is the nearest after the latest past year named (${ev.maxPast})`];
  }

  const day = publicationDay(best.y, ev);
  if (day) return { published: day.iso, publishedFrom: 'inferred', publishedBasis: [...why, day.why].join('; ') };
  if (ev.countdown && +ev.countdown.date.slice(0, 4) === best.y) {
    return { published: ev.countdown.date.slice(0, 7), publishedFrom: 'inferred', publishedBasis: why.join('; ') };
  }
  return { published: String(best.y), publishedFrom: 'inferred', publishedBasis: [...why, 'no day-month mention: year only'].join('; ') };
}
