/**
 * Attacks: each "vụ tấn công / vụ xả súng …" is its own event, dated and placed within its
 * own stretch of the sentence (up to the next attack word), with its agent, object and border
 * when the clause states them. Offsets are relative to the sentence.
 */
import type { EventLocation } from '../events-schema.js';
import { describeAttack, OFFENSIVE, type AttackDetail } from './attack-detail.js';
import { bornOrSince, CONSEQUENCE, dateFor, dayCountedApart, inApposition, ofPersonAfter } from './event-date.js';
import { placeFor } from './event-place.js';
import { WEAPON_TEST, type Trigger } from './event-type.js';
import { countryLocation, findPlaces, type PlaceMention } from './places.js';
import type { PersonMention } from './people.js';
import { toldDay, type DatedSpan, type ResolvedDate } from './temporal.js';
import { countOf, HOURS_LATER } from './time-expressions.js';
import { isoAddDays, isoAddMonths } from './resolve-date.js';

/** The words a region is named with ("bang Jammu và Kashmir", "tỉnh Balochistan"). */
const REGION_WORD = String.raw`(?:tỉnh|bang|vùng|khu vực|miền|hạt|quận|huyện)`;
/**
 * What makes an attack word after it a reference to an attack already told: a judgement, an investigation, its cause
 * (also of a clause, "trong cuộc điều tra vụ một công dân Anh bắt giữ con tin").
 */
const REFERRED = /(?:^|\s)(gọi|coi|mô tả|tuyên bố|lên án|chỉ trích|chia buồn về|chia buồn trước|điều tra|hiện trường|gây ra|đứng sau|thực hiện|nghi phạm|thủ phạm|liên quan đến|trả đũa cho|đáp trả|để đáp trả|trả đũa)\s+(?:vụ\s+(?:[^\s,.;]+\s+){1,6}?)?(?:các\s+|những\s+)?["“]?$/u;
/** "nghi phạm", "thủ phạm" in {@link REFERRED}: the attack's suspect, who refers to it only as a noun ("nghi phạm vụ đánh bom"). */
const SUSPECT = /^(?:nghi phạm|thủ phạm)$/u;
/** An attack word told as a noun: "vụ đánh bom", "cuộc tấn công", "các vụ nổ". */
const TOLD_AS_NOUN = /^(?:[Vv]ụ|[Cc]uộc|[Cc]ác|[Nn]hững|[Ll]oạt|[Đđ]ợt)\s/u;
/** " … đầu tiên … kể từ khi", " … nhất … kể từ": the time an attack is ranked against, not its own. */
const FIRST_SINCE = /(?<=(?:đầu tiên|nhất)(?:\s+[^\s.;]+){0,12}?)\s+kể từ(?!\p{L})/u;
/** "cho thấy đây là một vụ khủng bố", "vụ việc có thể là một vụ tấn công": what something told is judged to be, no attack told. */
const JUDGED_AS = /(?:^|\s)(?:đây|đó|vụ việc|sự việc|vụ việc này|vụ này)\s+(?:(?:có thể|chắc chắn|rõ ràng|không phải)\s+)?là\s+(?:một\s+)?["“]?(?:một\s+)?$/iu;
/** " là một trong những ", " là một ": what comes next ranks the subject. */
const RANKED_AS = /\slà\s+(?:một trong\s+(?:những|các|số)|một)\s+$/u;
/** "(cuộc gặp) chủ yếu xoay quanh vụ Triều Tiên phóng …", "thảo luận về vụ …": an attack as what talks were about. */
const TOPIC_OF_TALKS = /(?:^|\s)(?:xoay quanh|tập trung vào|bàn về|thảo luận về|trao đổi về)\s+vụ\s+(?:[^\s,.;]+\s+){0,3}$/u;
/** "sau vụ tấn công", "trước khi vụ tấn công", "kể từ vụ đầu độc", "tưởng niệm 43 người thiệt mạng trong vụ đánh bom": the attack named as a time anchor. */
const AFTER_ATTACK = /(?:^|[^\p{L}])(?:(?<!đứng\s)(?:sau|trước)(?:\s+khi)?|kể từ(?:\s+sau)?|(?:vào\s+)?thời điểm(?:\s+xảy ra)?|(?:nạn nhân|tưởng niệm|kỷ niệm)(?:\s+\d+\s+năm)?(?:\s+của)?|tưởng niệm(?:\s+[^\s,.;]+){1,5}?\s+(?:thiệt mạng|tử vong|chết|nạn nhân)\s+(?:trong|của))(?:\s+(?:chuỗi|loạt|hàng loạt|một loạt|các|những))?\s+$/u;
/** "khi đang", "lúc", "trong khi" right before an event word: the circumstance of another event, not an event. */
const WHILE_DOING = /(?:^|[^\p{L}])(?:khi|lúc)\s+(?:đang\s+)?$/u;
/** "… khi đang phát biểu", ", lúc đang …": the circumstance the victim was in. */
const WHILE_CLAUSE = /(?:^|[^\p{L}])(?:khi|lúc)\s+đang\s/u;
/** "vài giờ sau khi …": what the clause tells happened hours before the sentence's event, the same day. */
const HOURS_AFTER = new RegExp(String.raw`${HOURS_LATER}\s+khi\s[^,.;]*$`, 'u');

/** "gần bốn tháng sau khi …", "hai năm trước " right before an attack word: so many weeks, months or years apart from the day told before it. */
const LONG_APART = /(?:^|\s)(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+(tuần|tháng|năm)\s+(sau|trước)\s+(?:khi\s[^,.;]*)?$/u;

/** "lễ tưởng niệm 18 năm ", "kỷ niệm 20 năm " right before an attack word: an attack remembered. */
const REMEMBERED = /(?:tưởng niệm|kỷ niệm)(?:\s+\d+\s+năm)?(?:\s+(?:ngày\s+)?(?:xảy ra\s+)?)?\s*$/u;
/** " ngày sau ", " ngày trước " right before an attack word: the attack named as so many days from another event. */
const DAYS_FROM = /\sngày\s+(?:sau|trước)\s+$/u;
/** "các nhóm phiến quân ", "lực lượng nổi dậy ": rebels, right before the country they belong to. */
const REBELS_OF = /(?:phiến quân|lực lượng nổi dậy|quân nổi dậy|dân quân)\s+$/u;
/** How near after an attack word a city not introduced by "tại/ở" still places it. */
const NEAR_CITY = 80;

/** A count or an article before an attack word ("Hai", "các", "một", "3"). */
const COUNT_BEFORE = String.raw`(?:(?:Hai|Ba|Các|Những|Một|hai|ba|các|những|một|\d+)\s+)?`;
/** At most a count before the attack word: it opens the sentence ("Vụ nổ xảy ra …", "Hai quả bom phát nổ …"), maybe after its source ("Theo thông báo của Bộ Ngoại giao Nga, vụ nổ xảy ra …"). */
// (or an attacker told after its day: "Trưa 27/1, một kẻ đánh bom liều chết …")
const OPENS_SENTENCE = new RegExp(String.raw`^\s*(?:Theo\s[^,.;]{1,80},\s*)?${COUNT_BEFORE}$|^\s*(?:(?:Rạng sáng|Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm)\s+\d{1,2}[/.]\d{1,2},\s*)?${COUNT_BEFORE}kẻ\s+$`, 'u');

/** "Vụ việc xảy ra …", "Sự việc diễn ra …": a sentence that goes on about the incident told. */
/** "đầu tiên", "thứ hai": the order an attack is told by among those just told. */
const ORDER = 'đầu tiên|thứ nhất|thứ hai|thứ ba';
// ("Vụ đầu tiên xảy ra ngay sau nửa đêm tại thành phố cảng Jeddah": one of the attacks just told, by its order)
const INCIDENT_OPENING = new RegExp(String.raw`^(?:Theo\s+[^,.;]{2,60},\s+)?(?:[Vv]ụ việc|[Ss]ự việc|[Vv]ụ việc này|[Ss]ự việc này|[Vv]ụ\s+(?:${ORDER}))\s+(?:đã\s+)?(?:xảy ra|diễn ra)(?!\p{L})`, 'u');
/** The noun an incident opening names it by: "Vụ việc", "Vụ đầu tiên" (not the "vụ" of "Bộ Nội vụ" before it). */
const INCIDENT_NOUN = new RegExp(String.raw`(?:[Vv]ụ|[Ss]ự)\s+(?:việc|${ORDER})`, 'u');
/** "tiếp tục ", "lại " right before an attack word: struck again. */
const AGAIN_BEFORE = /(?:^|\s)(?:tiếp tục|lại|một lần nữa)\s+$/u;
/** "Nút giao Zobe cũng là nơi xảy ra vụ đánh bom …": the spot of the story named as where an earlier attack was too. */
const ALSO_WHERE = /(?:cũng|từng)\s+là\s+nơi\s+(?:từng\s+|đã\s+)?(?:xảy ra|diễn ra|chứng kiến)\s+$/u;

/**
 * "Colombia và Mỹ … phủ nhận mọi liên quan tới vụ tấn công … Vụ việc xảy ra vào khoảng 17h40
 * chiều thứ Bảy, 4/8 … ở thủ đô Caracas": a sentence that opens on the incident, right after one
 * that named an attack, tells that attack; its opening words stand for the attack word.
 */
export function incidentTrigger(text: string): Trigger | null {
  const m = INCIDENT_OPENING.exec(text);
  if (!m) return null;
  // ("Theo Bộ Chỉ huy Trung tâm Mỹ (CENTCOM), vụ việc xảy ra chiều 18/6 …": after whom it is told by)
  // (the opening holds one noun at least, so the match is there)
  const noun = INCIDENT_NOUN.exec(m[0])!;
  return { start: noun.index, end: noun.index + noun[0].length, text: noun[0], type: 'attack', lemma: 'tấn công', strength: 9 };
}

/** "tại", "ở", "xuống", "gần" (not "gần một năm") or "bên ngoài" and the lower-case words after it, then what follows them. */
const AT_WORDS = /(?:^|\s)(?:tại|ở|xuống|gần(?!\s+(?:\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nửa|như|đây|đó|hết|đủ)(?!\p{L}))|bên ngoài|bên trong)\s+((?:\p{Ll}+\s+)+)(\S)?/u;
/**
 * "tại các con phố quanh khu chợ Giáng sinh", "ở một hộp đêm", "gần lối vào bộ phận lãnh sự của
 * Đại sứ quán Nga": where, told by what it is, not by a name ("tại nhà hát Bataclan" names its
 * venue: a few common words, then a name).
 */
function unnamedSpot(clause: string): boolean {
  const m = AT_WORDS.exec(clause);
  return !!m && (!/\p{Lu}/u.test(m[2] ?? '') || m[1].trim().split(/\s+/u).length >= 4);
}

/** A spot named only by what it is ("bên ngoài cổng sân bay"): the venue of that kind named before it, if any. */
function venueNamedBefore(clause: string, before: readonly PlaceMention[]): EventLocation | undefined {
  const spot = AT_WORDS.exec(clause);
  if (!spot || !unnamedSpot(clause)) return undefined;
  const words = ` ${spot[1]}`;
  return before.filter((p) => p.kind === 'building' && words.includes(` ${p.text.split(/\s+/u).slice(0, 2).join(' ')} `)).pop()?.location;
}

/** "xảy ra tại nhà thờ …", "nổ ở cổng trụ sở …": the attack word, then the venue it was at, named by what it is. */
const VENUE_BEFORE = /^\s+(?:(?:liên tiếp|đã|cũng)\s+)*(?:xảy ra|nổ ra|phát nổ|nổ)\s+(?:(?:ngay\s+)?(?:tại|ở|bên trong|trong|bên ngoài)\s+)\p{Ll}/u;

/** "do ", "bởi ", "… của " right before a capital: the state as who does or owns something, not a place. */
// ("cuộc không kích đầu tiên của Paris tại Syria": whose it was; not "khu Youhanabad của Lahore", a place in a city)
const AGENT_BEFORE = /(?:^|\s)(?:do|bởi|(?<=(?:^|\s)\p{Ll}+\s+)của)\s+$/u;
/** "buộc ", "khiến ": right before a capital made to act, which stands for its state. */
const STATE_MADE_TO = /(?:buộc|khiến|khiến cho)\s+$/u;

/** "một vụ tấn công khác nhằm vào làng Tadaryat": an attack the article tells as another one than those told. */
export const ANOTHER_ATTACK = /(?:vụ|cuộc)\s+(?:tấn công|đánh bom|xả súng|nổ|không kích|đâm dao)(?:\s+(?:liều chết|khủng bố|tự sát))?\s+khác(?!\p{L})/u;

/** Strikes from afar, placed by whose targets they hit. */
const STRIKE = /không kích|tên lửa|rocket|pháo kích|đánh chặn|đánh trúng/u;
/** Shoot-downs: "bắn hạ", "bắn rơi". */
const SHOT_DOWN = /^bắn (?:hạ|rơi)$/u;
/** "xâm nhập không phận", "xâm phạm không phận của …": what was shot down had entered an airspace. */
const INTRUDED = /xâm (?:nhập|phạm)\s+(?:vào\s+)?không phận(?:\s+(?:của\s+)?)?/u;

/** "Cũng trong tối 17/9, …": a short phrase opening the sentence, up to its comma (and a day told right after it: "Vài giờ trước đó, hôm 14/4, …"). */
const OPENING_PHRASE = /^(?:(?:Chỉ\s+)?(?:[Vv]ài|[Mm]ấy|[Mm]ột|[Hh]ai|[Bb]a|\d{1,2})\s+(?:giờ|tiếng)\s+(?:trước|sau)(?:\s+đó)?,\s*(?:hôm|ngày|sáng|trưa|chiều|tối|đêm|rạng sáng)\s[^,]{1,20},|[^,]{0,40},)/u;

/** An attack as its sentence tells it. */
export interface AttackMention {
  date: ResolvedDate | null;
  location: EventLocation | null;
  attack: AttackDetail;
  /** Told with its day but with neither place nor attacker: no event, only a day later mentions count from. */
  unplaced?: boolean;
}

/** "Vụ nổ đầu tiên xảy ra …", "Vụ đánh bom thứ hai nhằm vào …": one of the attacks just told, by its order. */
export const ATTACK_BY_ORDER = new RegExp(String.raw`^(?:Vụ|Vụ nổ|Vụ tấn công|Vụ đánh bom|Quả bom)\s+(?:${ORDER})\s+(?:đã\s+)?(?:xảy ra|diễn ra|nhằm vào|phát nổ|nổ ra)(?!\p{L})`, 'u');

/** ", đúng lúc lãnh đạo G20 đang họp …": a clause telling what other meeting went on at the time (not the crowd the attack hit: "đúng lúc hàng nghìn người tập trung …"). */
const MEANWHILE = /,\s*(?:đúng|ngay|cùng)\s+(?:vào\s+)?(?:lúc|khi|thời điểm)\s(?=[^,.;]{0,60}?(?:họp|hội nghị|thượng đỉnh|hội đàm|gặp)(?!\p{L}))/u;
/** " xảy ra sau nhiều tuần …", " diễn ra chỉ vài ngày sau ": what comes after is an earlier time, not the attack's. */
// (not a time of day: "xảy ra ngay sau nửa đêm tại …")
const CAME_AFTER = /^\s+(?:đã\s+)?(?:xảy ra|diễn ra)\s+(?:chỉ\s+|ngay\s+)?(?:[^\s,.;]+\s+){0,4}?sau\s(?!(?:nửa đêm|giữa trưa|bình minh)(?!\p{L}))/u;
/** "đánh chặn …": missiles stopped in the air. */
const INTERCEPTED = /đánh chặn/u;
/** " do lực lượng Houthi ở Yemen phóng đi", " do Nga phóng từ Biển Đen": who fired what was stopped, and from where. */
const LAUNCHED_BY = /\s+do\s+[^,.;]{1,60}?\s+phóng(?:\s+(?:đi|lên|từ\s+[^,.;]{1,30}))?/u;
/** ", khi một " right after a day and up to an attack word: a clause telling what happened that day. */
const WHEN_CLAUSE = /^\s*,\s*khi\s+(?:[^\s,.;]+\s+){0,6}$/u;
/** " xảy ra trong bối cảnh …", " diễn ra giữa bối cảnh …": what follows is the background, not the attack's time. */
const IN_A_TIME_OF = /^\s+(?:đã\s+)?(?:xảy ra|diễn ra)\s+(?:trong|giữa|trên)\s+bối cảnh(?!\p{L})/u;
/** "diễn ra đúng ngày …", "xảy ra cùng lúc …" and a clause: the same time as another event. */
const SAME_DAY_AS = /\s(?:diễn ra|xảy ra|rơi vào)\s+(?:đúng|cùng|trùng)\s+(?:vào\s+)?(?:ngày|lúc|thời điểm)\s+(?!(?:hôm|đó|này)(?!\p{L}))\p{L}/u;

/** "cách thủ đô ": right before a place another is measured from. */
const MEASURED_FROM = /(?:^|\s)cách\s+(?:(?:thủ đô|thành phố|TP\.?)\s+)?$/u;
/** " trong những tuần gần đây", " trong vài tháng qua": over a stretch of time up to now. */
const OVER_RECENT = /^[^.;]*?\s(?:trong|suốt)\s+(?:(?:những|mấy|vài|các|nhiều)\s+)?(?:\d+\s+)?(?:ngày|tuần|tháng|năm)\s+(?:gần đây|qua|vừa qua)(?!\p{L})/u;
/** "hai vụ đánh bom", "các vụ tấn công", "loạt vụ nổ": an attack word that tells of several. */
const SEVERAL_ATTACKS = /^(?:hai|ba|bốn|năm|các|những|loạt|chuỗi|\d+)\s/iu;

/**
 * The attack at `t`, whose stretch of `text` ends at `to`, or null when nothing places it.
 * `lastAttackPlace` is where the attack told last was, `lastAttackDay` its day; `placesByDay`, where the attacks told
 * so far were, by day.
 */
export function attackMention(t: Trigger, to: number, text: string, triggers: Trigger[], dates: DatedSpan[], places: PlaceMention[], lastAttackPlace: EventLocation | null, lastAttackDay: string | null = null, placesByDay: ReadonlyMap<string, EventLocation> = new Map()): AttackMention | null {
  // ("… tại khu bảo tồn hươu cao cổ Kouré, cách thủ đô Niamey khoảng 60 km": a place measured from is not where it was)
  places = places.filter((p) => !MEASURED_FROM.test(text.slice(Math.max(0, p.start - 24), p.start)));
  // ("đánh chặn một tên lửa đạn đạo do lực lượng Houthi ở Yemen phóng đi": where a missile was fired from is not where it was stopped)
  const launched = INTERCEPTED.test(t.lemma) ? LAUNCHED_BY.exec(text.slice(t.end, to)) : null;
  if (launched) places = places.filter((p) => p.start < t.end + launched.index || p.end > t.end + launched.index + launched[0].length);
  // ("… phát biểu tại Brussels rằng mọi dấu hiệu cho thấy đây là một vụ khủng bố": a judgement of the attack told, not one more)
  // (not at the sentence's opening, "Đây là vụ tấn công đẫm máu nhất … tại Kashmir …", which may be all that places the attack told)
  const judged = JUDGED_AS.exec(text.slice(Math.max(0, t.start - 30), t.start));
  if (judged && text.slice(0, Math.max(0, t.start - 30) + judged.index).trim()) return null;
  // ("… gia tăng các đợt không kích trong những tuần gần đây": strikes over recent weeks, a trend, no attack of a day)
  if (SEVERAL_ATTACKS.test(t.text) && OVER_RECENT.test(text.slice(t.end, Math.min(to, t.end + 80)))) return null;
  // ("Vụ tấn công ở Chaplyne là một trong những vụ tập kích đẫm máu nhất …": the attack just told, ranked)
  const ranked = RANKED_AS.exec(text.slice(0, t.start));
  if (ranked && triggers.some((x) => x.type === 'attack' && x.end <= ranked.index && !/[,.;:]/u.test(text.slice(x.end, ranked.index)))) return null;
  // "ông Trump đã gọi vụ nổ là …", "xác định nghi phạm gây ra vụ nổ là …": the attack told
  // already, named as what is judged or investigated; only what its own words say after it
  // ("chia buồn về vụ đánh bom … tại sân bay Ataturk … xảy ra tối hôm trước") dates and places it
  // ("Tối 20/6, một nghi phạm kích nổ thiết bị tại …": a suspect as the subject of the deed is no reference to it)
  const referredBy = REFERRED.exec(text.slice(Math.max(0, t.start - 70), t.start));
  const referred = referredBy && !(SUSPECT.test(referredBy[1]) && !TOLD_AS_NOUN.test(t.text)) ? referredBy : null;
  if (referred || TOPIC_OF_TALKS.test(text.slice(Math.max(0, t.start - 40), t.start))) {
    // ("Lực lượng chức năng khám nghiệm hiện trường vụ nổ ở chợ đêm …, Davao, ngày 3/9" after the blast of 2/9: a day of the scene's, not the attack's)
    const scene = lastAttackDay !== null && referred?.[1] === 'hiện trường';
    dates = dates.filter((d) => d.start >= t.end && (!scene || d.date?.start === lastAttackDay));
    places = places.filter((p) => p.start >= t.end);
    // ("tuyên bố vụ tấn công là để đáp trả quyết định … công nhận Jerusalem …, được đưa ra ngày 6/12/2017": up to the next event told)
    const next = triggers.find((x) => x.start >= t.end && x.type !== 'attack');
    if (next) to = Math.min(to, next.start);
    // ("… vụ tấn công là để đáp trả …": what it is judged to be is not where or when it was)
    const judged = /\slà\s/u.exec(text.slice(t.end, to));
    if (judged) to = t.end + judged.index;
  }
  // "Vụ nổ diễn ra đúng ngày Chủ tịch Tập … phát biểu tại Hạ Môn": what follows is another event, its place not the attack's
  // ("… phóng ba tên lửa đạn đạo ra biển Nhật Bản hôm 5/9, đúng lúc lãnh đạo G20 đang họp ở Hàng Châu": the same)
  const sameDayAs = SAME_DAY_AS.exec(text.slice(t.end, to)) ?? MEANWHILE.exec(text.slice(t.end, to));
  if (sameDayAs) to = t.end + sameDayAs.index;
  // "Vụ tấn công xảy ra sau nhiều tuần căng thẳng xung quanh … cuộc bầu cử … ngày 10/10", "Các cuộc
  // tấn công diễn ra ngay sau chuyến thăm Nga …": what it came after is neither its day nor its place
  const cameAfter = CAME_AFTER.exec(text.slice(t.end, to));
  if (cameAfter) to = t.end + cameAfter[0].length - 'sau '.length;
  // ("Vụ tấn công xảy ra trong bối cảnh Colombia vừa trải qua … biểu tình … bùng phát từ cuối tháng 4": the background told is not when or where it was)
  const background = IN_A_TIME_OF.exec(text.slice(t.end, to));
  if (background) to = t.end + background.index;
  // "… vụ tấn công khủng bố đầu tiên … kể từ khi nước này chấm dứt tình trạng khẩn cấp ngày 1/11/2017": what it is the first since is another time
  const since = FIRST_SINCE.exec(text.slice(t.end, to));
  if (since) to = t.end + since.index;
  // ("… kể từ ngày 14/10/2017, khi một xe tải chở bom phát nổ tại giao lộ K5 …": the day a "khi" clause right after it tells)
  const whenTold = dates.find((d) => d.date && !d.relative && d.end <= t.start && WHEN_CLAUSE.test(text.slice(d.end, t.start)));
  const date = whenTold?.date ?? attackDate(t, to, text, triggers, dates);
  // ("vòng hai tại Kabul ngày 18/1, chỉ hai ngày trước vụ tấn công": an attack set against another event is not at its place)
  // ("… mời Taliban tới Camp David, chỉ vài ngày trước lễ tưởng niệm 18 năm vụ khủng bố 11/9/2001": nor is one remembered)
  if (DAYS_FROM.test(text.slice(Math.max(0, t.start - 20), t.start)) || REMEMBERED.test(text.slice(Math.max(0, t.start - 40), t.start))) places = places.filter((p) => p.start >= t.end);
  // "vụ đánh bom hệ thống giao thông công cộng London": a city named within the attack's own words places it
  // (not a capital standing for its state as whoever leads something: "… của liên minh do Washington dẫn đầu")
  // ("xung đột giữa Ankara và PKK": a capital as one side of a conflict is its state)
  const standsForState = (p: PlaceMention) => AGENT_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) || /(?:^|\s)giữa\s+$/u.test(text.slice(Math.max(0, p.start - 8), p.start));
  const named = places.filter((p) => p.end <= to && p.kind === 'city' && p.start >= t.end && p.start - t.end < 60 && !/[,.;]/u.test(text.slice(t.end, p.start)) && !standsForState(p))
    .map((p) => ({ ...p, locative: true }));
  let location = placeFor(text.slice(0, to), t, [...places.filter((p) => p.end <= to && !named.some((n) => n.start === p.start)), ...named]);
  // "Ông X bị bắn … khi đang phát biểu vận động tranh cử cho … trước nhà ga … ở TP Nara": the
  // victim's circumstance, however long, tells where they were shot
  if (!location) {
    const whileAt = WHILE_CLAUSE.exec(text.slice(t.end, to));
    const from = whileAt ? t.end + whileAt.index : -1;
    const city = whileAt ? places.find((p) => p.locative && p.kind === 'city' && p.start > from && p.end <= to && !/[.;:]/u.test(text.slice(from, p.start))) : undefined;
    if (city) location = city.location;
  }
  // "Hai quả bom phát nổ … sáng 10/10, đúng lúc hàng nghìn người tập trung cho cuộc tuần hành tại
  // Ankara": the one city the attack's stretch names, however far
  if (!location) {
    // (near the attack word, any city: "bị chặt đầu ở Conflans-Sainte-Honorine, ngoại ô Paris")
    // (a strike's city is the one it hit: "phóng … tên lửa nhằm vào ba mục tiêu mà Washington cho là …" did not hit Washington)
    // (nor a capital standing for its state in what the attack caused: "…, buộc Riyadh tạm dừng vận hành tuyến ống này")
    // (nor one standing for its state as whoever leads something: "liên minh do Washington dẫn đầu")
    const hit = (p: PlaceMention) => !STATE_MADE_TO.test(text.slice(Math.max(0, p.start - 12), p.start)) && !standsForState(p)
      && (!STRIKE.test(t.lemma) || /(?:vào|xuống|trúng|về phía)\s+(?:(?:thủ đô|thành phố|TP\.?)\s+)?$/u.test(text.slice(Math.max(0, p.start - 20), p.start)));
    // ("ba vụ nổ liên tiếp xảy ra tại nhà thờ Công giáo Santa Maria …, nhà thờ GKI … và nhà thờ Ngũ Tuần Trung tâm Surabaya": the city of the venues it was at)
    const ofVenue = (p: PlaceMention) => VENUE_BEFORE.test(text.slice(t.end, p.start));
    let cities = places.filter((p) => (p.locative || (p.start - t.end < NEAR_CITY && hit(p)) || ofVenue(p)) && p.kind === 'city' && p.start >= t.end && p.end <= to && !/[.;:]/u.test(text.slice(t.end, p.start)));
    // ("… ở Dalbandin, tỉnh Balochistan": the province a city is in, in apposition, is no second place)
    const regionOf = (p: PlaceMention) => cities.some((c) => c.end <= p.start && REGION_APPOSITION.test(text.slice(c.end, p.start)));
    const inRegion = cities.filter((p) => !regionOf(p));
    if (cities.length > 1 && inRegion.length === 1) cities = inRegion;
    if (cities.length === 1) location = cities[0].location;
    // ("hai vụ đánh bom … nhằm vào nhà thờ … ở thành phố Tanta và nhà thờ … ở Alexandria": attacks in several cities of one country, in that country)
    else if (cities.length > 1 && SEVERAL_ATTACKS.test(t.text) && cities.every((c) => c.location.country && c.location.country === cities[0].location.country)) location = countryLocation(cities[0].location.country!);
  }
  // "bị tấn công trên vịnh Oman", "bị phá hoại ngoài khơi cảng Fujairah của UAE": at sea or
  // off a coast the press names the country; the one country of the clause that tells what was
  // hit places it
  // ("không kích vào các cơ sở vũ khí hóa học của chính quyền Syria rạng sáng 14/4": a strike on a state's targets, in that state)
  if (!location && (/^(?:bị|trở thành mục tiêu)\s/u.test(t.lemma) || (date && STRIKE.test(t.lemma)))) {
    const comma = text.slice(t.end, to).search(/[,.;:]/u);
    const clauseEnd = comma < 0 ? to : t.end + comma;
    // (not a vehicle's or people's country: "bị ném vào một xe quân sự Pháp ở khu Tampouy" is not in France)
    const countries = places.filter((p) => p.kind === 'country' && p.start >= t.end && p.end <= clauseEnd && !OWNED_BY.test(text.slice(Math.max(0, p.start - 24), p.start)));
    // ("tàu … do Các Tiểu vương quốc Arab Thống nhất (UAE) vận hành ở ngoài khơi Yemen": the coast it was off, not whose ship it was)
    const offCoast = countries.find((c) => OFF_COAST.test(text.slice(Math.max(0, c.start - 24), c.start)));
    if (offCoast) location = offCoast.location;
    else if (countries.length && countries.every((c) => c.location.country === countries[0].location.country)) location = countries[0].location;
  }
  // (and in the city named before that day: "… đẫm máu nhất ở Mogadishu kể từ ngày 14/10/2017, khi …")
  if (!location && whenTold) location = places.filter((p) => p.kind === 'city' && p.end <= whenTold.start).pop()?.location ?? null;
  const attack = describeAttack(text.slice(0, to), t);
  // "Ankara mở chiến dịch quân sự … nhằm vào Lực lượng Dân chủ Syria": an offensive is fought where its target is
  // (over a place the sentence told before the offensive: "… hội đàm … tại Điện Kremlin hôm 24/2, đúng ngày Nga mở chiến dịch quân sự ở Ukraine")
  if (OFFENSIVE.test(t.lemma)) {
    const stop = text.slice(t.end, to).search(/[.;]/u);
    const target = places.find((p) => p.kind === 'country' && p.start >= t.end && (stop < 0 || p.start < t.end + stop) && p.location.country !== attack.agent?.code);
    // ("mở chiến dịch quân sự vượt biên nhằm vào IS ở Syria": its own words place it, a few words on)
    if (target && (!location || /^(?:\s+[^\s,.;]+){0,6}?\s+(?:ở|tại)\s+$/u.test(text.slice(t.end, target.start)))) location = target.location;
    // ("Quân đội Thổ Nhĩ Kỳ cùng các nhóm phiến quân Syria … mở chiến dịch": rebels fight in their own country)
    const rebels = target || location ? null : places.find((p) => p.kind === 'country' && p.end <= t.start && p.location.country !== attack.agent?.code && REBELS_OF.test(text.slice(Math.max(0, p.start - 30), p.start)));
    if (rebels) location = rebels.location;
  }
  // "Israel bắn hạ một máy bay không người lái của Iran xâm nhập không phận": an intruder is shot down
  // over the country whose airspace it entered, the one named after "không phận" or else the shooter's
  const intruded = !location && attack.agent && SHOT_DOWN.test(t.lemma) ? INTRUDED.exec(text.slice(t.end, to)) : null;
  if (intruded) {
    const from = t.end + intruded.index;
    const named = places.find((p) => p.kind === 'country' && p.start >= from && p.start < from + intruded[0].length + 12);
    location = named?.location ?? places.find((p) => p.kind === 'country' && p.location.country === attack.agent!.code)?.location ?? null;
  }
  // "Vụ nổ xảy ra lúc 22h31 tối 22/5 tại lối ra của nhà thi đấu": the attack just named, where it was
  // ("Vụ việc xảy ra vào khoảng giữa trưa 18/3, khi hai tay súng … nổ súng vào …": the incident just told)
  // (of the attacks told before, the one told on its day: "vụ tấn công hôm qua …" after a look back to another attack in Cairo)
  const toldPlace = (date?.precision === 'day' && !date.end ? placesByDay.get(date.start) : undefined) ?? lastAttackPlace;
  if (!location && !attack.agent && date && (OPENS_SENTENCE.test(text.slice(0, t.start)) || INCIDENT_OPENING.test(text)) && toldPlace) location = toldPlace;
  // "… tấn công người đi đường tại các con phố quanh khu chợ Giáng sinh": a spot named only by
  // what it is, in the place of the attack told before
  // ("khi … đánh bom liều chết bên ngoài cổng sân bay" after "sân bay quốc tế Hamid Karzai" in the same sentence: that airport)
  if (!location && date) location = venueNamedBefore(text.slice(t.end, to), places.filter((p) => p.end <= t.start)) ?? null;
  if (!location && date && toldPlace && unnamedSpot(text.slice(t.end, to))) location = toldPlace;
  if (!location && date && toldPlace && ALSO_WHERE.test(text.slice(Math.max(0, t.start - 40), t.start))) location = toldPlace;
  // "Ngày 12/10, USS Mason tiếp tục bị nhắm bắn": the target of the attack just told, struck again where it was
  if (!location && date && toldPlace && AGAIN_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) location = toldPlace;
  // "Trưa chủ nhật 13/3, ít nhất ba tay súng … nã đạn vào những người đang tắm nắng": told again on its day, the attack just told
  if (!location && date?.precision === 'day' && lastAttackPlace && date.start === lastAttackDay) location = lastAttackPlace;
  // "các tay súng đã đặt bom đoàn tàu chạy tuyến Abuja - Kaduna": on a route from a city, in that city's country
  if (!location) {
    const route = places.find((p) => p.kind === 'city' && !!p.location.country && p.end <= to && ROUTE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)));
    if (route) location = countryLocation(route.location.country!);
  }
  // "Đêm 5 rạng sáng 6/1, căn cứ Hmeimim và căn cứ hải quân Tartus của Nga bị tấn công bằng …": a named venue the passive's subject, where it was
  if (!location && /^bị\s/u.test(t.lemma)) {
    const clause = text.slice(0, t.start).split(/[,;:]/u).pop() ?? '';
    const venue = VENUE_SUBJECT.exec(clause);
    if (venue) location = findPlaces(`tại ${venue[1]}`).find((p) => p.kind === 'building' || p.kind === 'city')?.location ?? null;
  }
  // ("UAE cho biết đã đánh chặn một tên lửa …": stopped over the country of who stopped it)
  if (!location && INTERCEPTED.test(t.lemma)) location = places.filter((p) => p.kind === 'country' && p.end <= t.start && !/[.;]/u.test(text.slice(p.end, t.start))).pop()?.location ?? null;
  // "các vụ tấn công hồi cuối năm 2015": without a place or an attacker, no timeline can
  // place it and no other mention can be matched to it.
  // (its day is still told: "hai vụ đánh bom … trong ngày Chủ nhật Lễ Lá 9/4" dates "Vụ nổ đầu tiên xảy ra vào buổi sáng …")
  // (or its month, for the city pointed at: "Cuối tháng 12/2019, một xe bom khác phát nổ … ở cửa ngõ thủ đô")
  if (!location && !attack.agent) return (date?.precision === 'day' || date?.precision === 'month') && !date.end ? { date, location: null, attack, unplaced: true } : null;
  return { date, location, attack };
}

/** "loạt ", "chuỗi " right before "vụ tấn công": a series. */
const SERIES_BEFORE = /(?:^|\s)(?:loạt|chuỗi|hàng loạt|một loạt)\s+$/u;
/** Between one attack's day and the next one's place: "và", a comma. */
const NEXT_PART = /^\s*(?:,\s*)?(?:và\s+|còn\s+)?(?:(?:ở|tại)\s+)?$/u;

/**
 * "hai vụ đánh bom … ở Kunduz hôm 8/10 và ở Kandahar hôm 15/10": several attacks, each told by its
 * place and its own day, one after the other in the stretch of the attack word (ending at `to`).
 * Each part's place and date; null unless there are two or more, each with a city (or country) and a day or month.
 */
export function attacksApart(t: Trigger, to: number, text: string, dates: readonly DatedSpan[], places: readonly PlaceMention[]): Array<{ date: ResolvedDate; location: EventLocation }> | null {
  if (!SEVERAL_ATTACKS.test(t.text) && !SERIES_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) return null;
  const days = dates.filter((d) => d.start >= t.end && d.end <= to && d.date && !d.date.end && !d.relative);
  if (days.length < 2) return null;
  const parts: Array<{ date: ResolvedDate; location: EventLocation }> = [];
  let from = t.end;
  for (const [i, d] of days.entries()) {
    // the place told before its day, after the day before ("ở Kunduz hôm 8/10 và ở Kandahar …")
    // (the next place may go without its "ở": "tại Paris hồi tháng 11/2015 và Brussels hồi tháng 3")
    const here = places.filter((p) => p.start >= from && p.end <= d.start && p.kind !== 'building' && (p.locative || (i > 0 && NEXT_PART.test(text.slice(from, p.start)))));
    if (here.length !== 1 || /[.;:]/u.test(text.slice(from, d.start))) return null;
    if (i > 0 && !NEXT_PART.test(text.slice(from, here[0].start))) return null;
    parts.push({ date: d.date!, location: here[0].location });
    from = d.end;
  }
  return new Set(parts.map((p) => p.location.name)).size === parts.length ? parts : null;
}

/**
 * "Thủ tướng X gọi đây là "một trong những ngày đen tối nhất" …", "Y lên án vụ tấn công": a
 * reaction that names the attack told just before (no other dated event between, in the same
 * or the previous paragraph) was made that day, when its sentence gives no date of its own.
 */
const REACTS_TO_ATTACK = /(?:gọi|coi|mô tả)\s+(?:đây|đó|vụ việc|vụ (?:tấn công|xả súng|nổ|đánh bom)(?:\s+(?:này|trên|đó))?)\s+là|lên án\s+(?:vụ|cuộc|kẻ|những kẻ|hành động|hành vi)|(?:vụ việc|vụ (?:tấn công|xả súng|nổ|đánh bom)\s+(?:này|trên))(?=\s+là\s)/u;

/** "gọi vụ phóng là …", "lên án vụ thử hạt nhân": a reaction naming a weapons test. */
const REACTS_TO_TEST = /(?:gọi|coi|mô tả)\s+vụ\s+(?:phóng|thử)(?:\s+[^\s,.;]+){0,3}?\s+là|lên án\s+vụ\s+(?:phóng|thử)(?!\p{L})/u;
/** "Phát biểu tại Nhà Trắng vài giờ sau vụ tấn công, …": hours after the attack, its day (told a little further back). */
const HOURS_AFTER_ATTACK = new RegExp(String.raw`${HOURS_LATER}\s+(?:khi\s+(?:xảy ra\s+)?)?(?:vụ|các vụ|hai vụ|loạt)\s+(?:tấn công|xả súng|nổ|đánh bom|ám sát)`, 'u');

/** The date of the attack a dateless reaction sentence refers to (see {@link REACTS_TO_ATTACK}), as a span of it. */
export function reactionToAttack(text: string, mentions: { type: string; date: ResolvedDate | null; paragraph?: number }[], paragraph: number): DatedSpan | null {
  const hoursAfter = HOURS_AFTER_ATTACK.test(text);
  if (!hoursAfter && !REACTS_TO_ATTACK.test(text)) return null;
  let last: (typeof mentions)[number] | undefined;
  for (let i = mentions.length - 1; i >= 0 && !last; i--) if (mentions[i].date) last = mentions[i];
  if (!last || last.type !== 'attack' || last.date!.precision !== 'day' || last.date!.end) return null;
  // (or that same morning, a few paragraphs on: "Trong tuyên bố ngay trong buổi sáng, Bộ Ngoại giao Azerbaijan gọi vụ tấn công là …")
  if (last.paragraph === undefined || paragraph - last.paragraph > (THAT_VERY_DAY.test(text) ? 3 : hoursAfter ? 2 : 1)) return null;
  return toldDay(last.date!, text, 0);
}

/**
 * "Thủ tướng Nhật Bản Shinzo Abe gọi vụ phóng là hành động "hoàn toàn không thể chấp nhận"": a
 * reaction that names a weapons test (see {@link REACTS_TO_TEST}) was made on the day of the test
 * told last, a paragraph or two back, when its sentence gives no date of its own.
 */
export function reactionToTest(text: string, mentions: { type: string; lemma: string; date: ResolvedDate | null; paragraph?: number }[], paragraph: number): DatedSpan | null {
  if (!REACTS_TO_TEST.test(text)) return null;
  const test = [...mentions].reverse().find((m) => m.type === 'other' && WEAPON_TEST.test(m.lemma) && m.date?.precision === 'day' && !m.date.end && paragraph - (m.paragraph ?? -9) <= 2);
  return test?.date ? toldDay(test.date, text, 0) : null;
}

/** "ngay trong tối 26/6", "ngay trong ngày", "ngay trong buổi sáng": that very day. */
export const THAT_VERY_DAY = /ngay\s+(?:trong\s+)?(?:buổi\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)(?:\s+(?:hôm|ngày))?|ngày|hôm)(?!\p{L})/u;
/** "sau", "trước", "kể từ" right before an attack word: an attack the clause is set against. */
const SET_AGAINST = /(?:^|[\s,])(?:sau|trước|kể từ)\s+$/u;
/** "ngoài khơi ", "ngoài khơi bờ biển ": right before the country whose coast a ship was off. */
const OFF_COAST = /ngoài khơi\s+(?:bờ biển\s+)?(?:của\s+)?$/u;
/** A vehicle, a ship or people right before a country: whose they are ("xe quân sự Pháp", "tàu chở dầu Iran", "công dân Mỹ"). */
const OWNED_BY = /(?:xe|tàu|máy bay|đoàn xe|binh sĩ|công dân|du khách|nhà báo)(?:\s+(?:quân sự|chở dầu|chiến|hàng|thương mại|quân đội))?\s+(?:của\s+)?$/u;
/** ", tỉnh ", ", bang ": right between a city and the region it is in. */
// ("ở Pulwama, bang Jammu và Kashmir": a region of two names)
const REGION_APPOSITION = new RegExp(String.raw`^,\s*${REGION_WORD}\s+(?:\p{Lu}[^\s,.;]*\s+và\s+)?$`, 'u');
/** "… sau khi …", "… trước khi …" (no comma since) before a date: the date of that clause's event (not "bị bắn từ phía sau khi đang …", from behind while doing it). */
const AFTER_CLAUSE = /(?:^|\s)(?<!phía\s)(?:sau|trước)\s+khi\s(?!đang)[^,;]*$/u;
/** "tuyến ", "tuyến đường sắt ": a route named by the cities it joins, right before the first. */
const ROUTE_BEFORE = /(?:^|\s)tuyến(?:\s+(?:đường sắt|đường bộ|cao tốc|xe buýt|tàu))?\s+$/u;
/** "căn cứ Hmeimim", "sân bay quốc tế Kabul", "các cơ sở lọc dầu Abqaiq": a named venue, the first in a clause whose subject it is. */
const VENUE_SUBJECT = /(?:^|\s)((?:căn cứ(?:\s+(?:không quân|hải quân))?|sân bay(?:\s+quốc tế)?|khách sạn|[Đđ]ại sứ quán|[Ll]ãnh sự quán|nhà thờ|đền thờ|(?:các\s+)?(?:cơ sở|nhà máy)(?:\s+(?:lọc dầu|xử lý dầu|dầu mỏ))?|mỏ dầu)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;
/** "dự kiến", "sẽ", "theo kế hoạch" before a date: what is planned, ahead. */
const PLAN_BETWEEN = /(?:^|\s)(?:dự kiến|sẽ|dự định|theo kế hoạch)\s[^.;]*$/u;

/** The date of the attack at `t`: within its own stretch, else the day told just before it. */
function attackDate(t: Trigger, to: number, text: string, triggers: Trigger[], dates: DatedSpan[]): ResolvedDate | null {
  // A date after the attack word belongs to it only if no other event word comes between
  // ("vụ tấn công … vốn được khôi phục sau cuộc gặp … hồi tháng 8": August is the meeting's).
  // ("…bị bắn chết khi đang phát biểu tại … tối 19/12": a "khi đang …" circumstance is not one.)
  const other = triggers.find((x) => x.start >= t.end && x.start < to && x.type !== 'attack' && !WHILE_DOING.test(text.slice(Math.max(0, x.start - 12), x.start)));
  // "Vài giờ sau vụ tấn công ở Barcelona, rạng sáng 18/8, …": an attack named as the time
  // anchor of what follows is the one already told; a date past its clause is not its own
  const anchorOnly = AFTER_ATTACK.test(text.slice(Math.max(0, t.start - 60), t.start));
  // (an age told between commas is no clause end: "sau vụ sát hại thầy giáo Samuel Paty, 47 tuổi, hôm 16/10")
  // (nor the region a place is in: "sau vụ đánh bom … ở Pulwama, bang Jammu và Kashmir, hôm 14/2")
  const clauseEnd = anchorOnly ? text.slice(t.end).replace(AGE_BETWEEN_COMMAS, (m) => ' '.repeat(m.length)).replace(REGION_BETWEEN_COMMAS, (m) => ' '.repeat(m.length)).search(/[,;]/u) : -1;
  // nor is the day the sentence borrows from the attack it names ("vài giờ sau vụ tấn công")
  if (anchorOnly) dates = dates.filter((d) => d.end > 0);
  // "loạt vụ tấn công ở Paris tối 13/11/2015 và vụ xe tải lao vào đám đông … ngày 14/7/2016": a
  // date in the stretch of the attack told before is that attack's
  const before = triggers.filter((x) => x.type === 'attack' && x.end <= t.start).pop();
  const taken = before ? Math.max(0, ...dates.filter((d) => d.start >= before.end && d.end <= t.start).map((d) => d.end)) : 0;
  // (nor a date told of a person named after it: "… đòn giáng vào ông Ouattara, người vừa tái đắc cử hồi tháng 10/2015")
  // (nor one that does not say when: "lần đầu tiên kể từ năm 1982", "sinh năm 1995")
  // ("… nâng mức cảnh báo từ cuối năm ngoái, sau loạt tấn công ở Paris hôm 13/11": after "sau", "trước", a time before is the main clause's)
  const setAgainst = SET_AGAINST.test(text.slice(Math.max(0, t.start - 12), t.start));
  // (nor one in the clause of what it led to: "…, sát hại hơn 140 binh sĩ, khiến Bộ trưởng Quốc phòng … từ chức vài ngày sau đó")
  const ledTo = (d: DatedSpan) => d.start >= t.end && CONSEQUENCE.test(text.slice(t.end, d.start));
  // (nor one of a plan told after it: "Vụ tấn công làm dấy lên lo ngại về an ninh cho chuyến thăm … của Giáo hoàng, dự kiến diễn ra từ 5 đến 8/3")
  const planned = (d: DatedSpan) => d.start >= t.end && PLAN_BETWEEN.test(text.slice(t.end, d.start));
  // (nor one in a "sau khi" clause after it: "Vụ tấn công ở Beirut diễn ra chưa đầy hai tuần sau khi chiếc máy bay … rơi trên bán đảo Sinai hôm 31/10")
  const ofClauseAfter = (d: DatedSpan) => d.start >= t.end && AFTER_CLAUSE.test(text.slice(t.end, d.start));
  // (nor one in an aside about who attacked: 'các tay súng thuộc nhóm "Tỉnh Sinai", vốn tuyên bố trung thành với IS hồi tháng 11 năm ngoái, đồng loạt tấn công …')
  let date = dateFor(t, dates.filter((d) => !bornOrSince(d, text) && !ofPersonAfter(d, t, text) && !ledTo(d) && !planned(d) && !ofClauseAfter(d) && !inApposition(d, t, text)), { from: setAgainst ? t.start : Math.max(0, t.start - 40, taken), to: clauseEnd >= 0 ? t.end + clauseEnd : other ? other.start : to });
  // "…điện đàm hôm 29/6, một ngày sau khi ba kẻ đánh bom liều chết tấn công sân bay Ataturk": that many days before
  // ("… ngày 22/2, hai ngày trước khi Nga mở chiến dịch quân sự đặc biệt ở Ukraine": that many days after;
  // "Biden hôm nay (24/8) tới Ankara, …, bốn ngày sau vụ đánh bom …": an attack named as the anchor, undated, too)
  const window = Math.max(0, t.start - 120);
  const { from, apart } = dayCountedApart(t, dates, text) ?? { from: null, apart: null };
  if (anchorOnly) return date ?? apart;
  // "… diễn ra từ ngày 23-24/6 ở Brussels, Bỉ, gần bốn tháng sau khi Nga mở chiến dịch …": months apart
  // from the day told before, so not on it: in the month counted back (weeks or years: no day of its own)
  const longApart = LONG_APART.exec(text.slice(window, t.start));
  if (longApart) {
    // (a date of its own after it still is: "hai tháng sau khi Nga tấn công Ukraine hôm 24/2")
    const own = dateFor(t, dates.filter((d) => d.start >= t.end && d.start < (other ? other.start : to)));
    if (own) return own;
    const told = dateFor(t, dates.filter((d) => d.end <= window + longApart.index && d.date && d.date.precision !== 'year'));
    const months = countOf(longApart[1]) * (longApart[3] === 'sau' ? -1 : 1);
    return told && longApart[2] === 'tháng' && Number.isFinite(months) ? { start: isoAddMonths(told.start, months), precision: 'month', anchoring: 'previous', yearInferred: told.yearInferred, qualifier: 'approximate' } : null;
  }
  // "…đã điện đàm tối 19/12, vài giờ sau khi Đại sứ … bị bắn chết": hours before, the same day
  if (!date && HOURS_AFTER.test(text.slice(Math.max(0, t.start - 120), t.start))) date = dateFor(t, dates.filter((d) => d.end <= t.start && d.date?.precision === 'day'));
  if (apart && (!date || date.start === from?.start)) date = apart;
  // "rạng sáng 18/8, cảnh sát … khi nhóm này lao xe vào người đi bộ": the day told just before, no event word between
  if (!date) date = dateFor(t, dates.filter((d) => d.end <= t.start && t.start - d.end < 120 && d.date?.precision === 'day' && !triggers.some((x) => x !== t && x.start >= d.end && x.start < t.start)));
  // "Cũng trong tối 17/9, một máy bay … đã bị … bắn nhầm": the sentence's opening date
  const opening = OPENING_PHRASE.exec(text)?.[0].length ?? 0;
  if (!date && !other && opening) date = dateFor(t, dates.filter((d) => d.end <= opening));
  // a day the whole sentence takes from the one before (see toldDay)
  if (!date && !other) date = dates.find((d) => d.start === 0 && d.relative && d.date?.anchoring === 'previous')?.date ?? null;
  return date;
}

/** ", bang Jammu và Kashmir,": the region of the place just named. */
const REGION_BETWEEN_COMMAS = new RegExp(String.raw`,\s*${REGION_WORD}\s+\p{Lu}[^,.;]{0,40},`, 'gu');
/** ", 47 tuổi,": an age told of the person just named. */
const AGE_BETWEEN_COMMAS = /,\s*\d{1,3}\s+tuổi\s*,/gu;
/** How far into a sentence its subject's name may start ("Ông ", "Nghị sĩ Anh "). */
const SUBJECT_OPENING = 16;
/** ", 69 tuổi, nghị sĩ khu vực …, ": appositions between a subject and its verb. */
const APPOSITIONS_TO = /^(?:,[^,.;:"“”]{1,80}){1,3},\s*$/u;
/** How close before "bị …" a name is the victim's. */
const VICTIM_GAP = 12;
/** "khiến X … thiệt mạng", "làm X tử vong": the people between are the attack's dead or wounded. */
const CAUSED = /(?:^|\s)(?:khiến|làm)(?:\s+cho)?\s/u;
const KILLED = /(?:^|\s)(?:thiệt mạng|tử vong|tử nạn|thương vong|bị thương|chết)(?!\p{L})/u;
/** "giết chết X", "sát hại X", "ám sát X": the person right after is the victim. */
const KILLED_WHOM = /(?:giết(?:\s+chết)?|sát hại|ám sát|hạ sát)\s+(?:[^\s,.;]+\s+){0,3}$/u;
/** "theo lệnh (của) (ông|Tổng thống) ": whose order a strike carried out, right before their name. */
const ORDERED_BY = /(?:^|[^\p{L}])theo (?:lệnh|chỉ thị) (?:của\s+)?(?:(?:ông|bà)\s+)?(?:\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s+)?$/u;

/**
 * The people an attack at `t` (its clause running to `to`) killed or hurt: "Đại sứ Nga Andrei
 * Karlov bị … bắn chết", "phóng tên lửa vào đoàn xe …, khiến Thiếu tướng Qassem Soleimani …
 * thiệt mạng", "ám sát Thủ tướng X".
 */
export function victimsOf(t: Trigger, persons: PersonMention[], text: string, to: number): PersonMention[] {
  const named = persons.filter((p) => !p.person.source);
  // "Hôm 27/6, theo lệnh ông Biden, quân đội Mỹ đã không kích …": a strike one leader ordered is that leader's
  const orderedBy = named.find((p) => p.end <= t.start && ORDERED_BY.test(text.slice(Math.max(0, p.start - 24), p.start)) && !/[.;]/u.test(text.slice(p.end, t.start)));
  if (orderedBy) return [orderedBy];
  if (/^bị\s/u.test(t.lemma)) {
    // ("Ông David Amess, 69 tuổi, nghị sĩ khu vực Southend West …, bị một người đàn ông đâm …": the subject, past its appositions)
    const victim = named.filter((p) => p.end <= t.start && (t.start - p.end < VICTIM_GAP || (p.start <= SUBJECT_OPENING && APPOSITIONS_TO.test(text.slice(p.end, t.start))))).pop();
    return victim ? [victim] : [];
  }
  const rest = text.slice(t.end, to);
  const caused = CAUSED.exec(rest);
  const killed = caused ? KILLED.exec(rest.slice(caused.index + caused[0].length)) : null;
  if (caused && killed) {
    const from = t.end + caused.index + caused[0].length;
    const until = from + killed.index;
    return named.filter((p) => p.start >= from && p.end <= until);
  }
  return named.filter((p) => p.start >= t.end && p.start < to && KILLED_WHOM.test(text.slice(Math.max(t.end, p.start - 40), p.start))).slice(0, 1);
}
