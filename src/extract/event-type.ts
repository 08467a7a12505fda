/**
 * Event words → event types. Vietnamese news names diplomatic events with a small set of
 * verbs and nouns (hội đàm, điện đàm, thăm, tuyên bố, nhất trí, tấn công…). Each trigger is
 * matched on whole syllables, and the ones that are also ordinary words ("tiếp" in "tiếp tục",
 * "thăm dò", "gặp khó khăn", "tấn công" in a threat) are fenced in by their context.
 */
import type { EventType } from '../events-schema.js';
import { isQuoted, quotationEnd } from './quotes.js';
import { WORD_END, WORD_START, allMatches, escapeRegExp } from './word-chars.js';

/** One event word found in a sentence. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
  type: EventType;
  /** The trigger's own word, lower-cased ("hội đàm", "phát biểu"), for titles. */
  lemma: string;
  /** Higher wins when a sentence has several triggers. */
  strength: number;
}

interface Rule {
  re: RegExp;
  type: EventType;
  strength: number;
  /** Lower-case words one of which every match contains: a rule whose words are absent is not run. */
  needles: string[];
  /** A further condition on a match at `at` of the (first-letter-lowered) sentence. */
  accept?: (sentence: string, at: number) => boolean;
}

const W = WORD_START; // syllable start
const E = WORD_END; // syllable end
// No `i` flag: under /iu, \p{Lu} would match lower-case letters too, and the look-aheads
// that ask for a following name ("tiếp Tổng thống…") rely on case. Sentence-initial capitals
// are handled by lower-casing the first letter before matching (same length, same offsets).
// A look-behind inside a pattern is put after a look-ahead for the words it precedes
// ("(?=ký)(?<=…)ký"): the same matches, but the look-behind is tried only where those words are.
const rule = (src: string, type: EventType, strength: number, needles: string[], accept?: Rule['accept']): Rule =>
  ({ re: new RegExp(W + src + E, 'gu'), type, strength, needles, accept });
/** "mời Thái tử ": an invitation, then whom it is to, right before what they were invited to. */
const INVITED = String.raw`(?<!\p{L})mời\s+(?:[^,.;]{2,50}?\s+)?`;
/** "Các nhà lãnh đạo EU … đã họp khẩn": a meeting of leaders, not any emergency meeting. */
const LEADERS_BEFORE = /(?:nhà lãnh đạo|nguyên thủ|lãnh đạo các nước|(?:^|\s)lãnh đạo\s+(?:EU|NATO|ASEAN|G-?7|G-?20|Liên minh châu Âu|(?:\d+|các)\s+nước))[^,.;]{0,60}$/u;

/** "… có bằng chứng cho thấy máy bay bị ", "cáo buộc rằng …": what a claim says happened, dated by no claim. */
const CLAIMED_BEFORE = /(?:cho thấy|rằng|cáo buộc|nghi ngờ|khả năng)\s[^.;]{0,60}$/u;

/** A body of states as the subject: "Liên đoàn Arab", "Liên minh châu Phi", "Tổ chức Hợp tác Hồi giáo (OIC)". */
const STATES_BODY_BEFORE = /(?:Liên đoàn Arab|Liên đoàn Ả Rập|Liên minh châu Phi|Tổ chức Hợp tác Hồi giáo(?:\s+\(OIC\))?|Hội đồng Hợp tác vùng Vịnh(?:\s+\(GCC\))?|OIC|GCC)\s+(?:đã\s+|cũng\s+)?$/u;

/** "Các nhà lãnh đạo 29 nước thành viên NATO", "Lãnh đạo các nước G7", "Lãnh đạo và đại diện khoảng 30 quốc gia": the leaders of a summit series, or of many states counted, as the subject. */
const SERIES_LEADERS_BEFORE = /(?:^|[^\p{L}])(?:nhà lãnh đạo|nguyên thủ|lãnh đạo)\s+(?:(?:kinh tế\s+)?(?:(?:của\s+)?(?:các|\d+)\s+(?:nước|nền kinh tế)(?:\s+thành viên)?\s+)?(?:G-?20|G-?7|NATO|ASEAN|APEC|EU|BRICS|SCO|Liên minh châu Âu|Nhóm G\d+)|(?:và\s+đại diện\s+)?(?:của\s+)?(?:khoảng\s+|hơn\s+|gần\s+)?\d{2,3}\s+(?:quốc gia|nước))(?:\s+[^,.;:]{0,40})?$/u;

/** An offensive's word opening on its launch ("phát động chiến dịch quân sự", "mở cuộc tấn công"): its launcher takes part, titles name it. */
export const LAUNCH_WORD = /^(?:mở|phát động|khởi động)\s/u;
/** A military parade's ceremony word ("lễ duyệt binh"): a foreign guest at it came on a visit. */
export const PARADE = /^(?:lễ\s+)?(?:duyệt|diễu)\s+binh$/u;
/** The event word of a military coup (the 'other' rule below): reactions date by it, titles name it. */
export const COUP_WORD = /đảo chính|chính biến|binh biến|bắt giữ|phế truất|lật đổ/u;
/** A weapons test: "vụ thử hạt nhân", "thử hạt nhân", "phóng thử (tên lửa)", "vụ thử tên lửa", a ballistic or long-range missile launched. */
// ("Bình Nhưỡng phóng tên lửa đạn đạo tầm trung Hwasong-12 bay qua đảo Hokkaido": a ballistic missile launched at no target)
// ("Vụ thử được tiến hành lúc 10h sáng thứ Tư (6/1)": the test told, named by the noun alone)
const WEAPON_TEST_WORDS = String.raw`(?:vụ thử\s+(?:hạt nhân|tên lửa)|[Vv]ụ thử(?=\s+(?:(?:này|đó|trên)\s+)?(?:được tiến hành|được thực hiện|diễn ra)\s)|thử hạt nhân|phóng thử|phóng\s+(?:(?:một|hai|ba|\d+)\s+)?(?:quả\s+)?tên lửa (?:đạn đạo|tầm xa)(?![^,.;]{0,40}\s(?:vào|(?<!rơi\s)xuống|nhằm vào|trúng)\s)|(?<=[Tt]ên lửa(?:\s+(?!được)[^\s,.;]+){0,4}\s+(?:đã\s+)?)được phóng(?=\s+(?:lúc|vào lúc|từ|sáng|chiều|tối|trưa|rạng sáng|hôm|ngày)(?!\p{L}))(?![^.;]{0,80}\s(?:vào|nhằm vào|trúng)\s))`;
export const WEAPON_TEST = /thử|tên lửa đạn đạo|tên lửa tầm xa|được phóng/u;
/** A court's ruling: "(Tòa …) ra phán quyết", "phán quyết ngày 12/7 của Tòa Trọng tài". */
const RULING_WORDS = String.raw`(?:(?:ra|công bố|đưa ra)\s+(?:bản\s+)?phán quyết|phán quyết(?=\s+(?:cuối cùng\s+)?(?:ngày|hôm)\s+\d))`;
export const RULING = /phán quyết/u;
/** "tuyên bố nairobi được thông qua", "nghị quyết được thông qua", 'thông qua "tuyên bố …"': the lemma of a named text adopted or issued (the rules below). */
export const TEXT_ADOPTED = /^(?:(?:tuyên bố|thông cáo|nghị quyết).*\sđược (?:chính thức )?(thông qua|công bố)$|(thông qua) ["“]?(?:tuyên bố|thông cáo))/u;
/** The lemma of a message sent or exchanged: "gửi điện mừng", "trao đổi thư mừng", "gửi thông điệp" (the rules below). */
export const MESSAGE_LEMMA = /^(?:gửi|trao đổi)\s+(?:thư|điện|thông điệp)/u;
/** The lemma of an instrument of accession or ratification deposited: "trao văn kiện gia nhập", "nộp văn kiện phê chuẩn". */
export const DEPOSITED = /^(?:trao|nộp|trao lại)\s+(?:các\s+|bản\s+)?(?:văn kiện|văn bản)/u;
/** The lemma of a release of those held: "trả tự do cho", "được thả". */
export const RELEASE_LEMMA = /^(?:trả tự do cho|được (?:trả tự do|phóng thích|thả))$/u;
/** The lemma of diplomats withdrawn: "rút các nhà ngoại giao" ("… khỏi Beirut"). */
export const DIPLOMATS_WITHDRAWN = /^rút\s+(?:toàn bộ\s+|các\s+|hết\s+)?(?:nhà ngoại giao|đại sứ|nhân viên ngoại giao)$/u;
/** The lemma of a summons: "triệu tập", "triệu" (an envoy, "… lên"). */
export const SUMMONS_LEMMA = /^triệu(?:\s+tập)?$/u;
/** "phủ quyết": a veto cast on a resolution (the rule below), placed in the Security Council, headlined as one. */
export const VETO_LEMMA = /^phủ quyết$/u;
/** The words of a death: "qua đời", "từ trần", "tạ thế", "trút hơi thở cuối cùng", "băng hà". */
const DEATH_WORDS = String.raw`(?:qua đời|từ trần|tạ thế|trút hơi thở cuối cùng|băng hà)`;
export const DEATH_WORD = new RegExp(DEATH_WORDS, 'u');
/** Verbs setting ties (back) up, as a pattern source: "bình thường hóa (quan hệ)", "thiết lập lại (quan hệ)". */
export const TIES_VERBS = String.raw`khôi phục|nối lại|bình thường hóa|thiết lập lại`;
/** The nouns of a vote, as a pattern source: "trưng cầu ý dân", "bầu cử", "tổng tuyển cử", "bỏ phiếu". */
export const VOTE_NOUNS = String.raw`trưng cầu (?:ý dân|dân ý)|bầu cử|tổng tuyển cử|bỏ phiếu`;
/** The event word of a vote held (the 'other' rule below): titles name it. */
export const VOTE_WORD = new RegExp(VOTE_NOUNS, 'u');
/** The words one of which every vote rule's match contains. */
const VOTE_NEEDLES = ['trưng cầu', 'bầu cử', 'tuyển cử', 'bỏ phiếu'];

/** "Tiếp vị khách, …", "Tại cuộc hội đàm, …": a sentence telling what was said at a meeting. */
const AT_MEETING_OPENING = /^(?:tiếp|hội kiến|hội đàm|gặp|tại cuộc|trong cuộc|tại buổi|trong buổi)[^,]{0,60},/iu;
/** "công nhận", "chính thức công nhận": a recognition. */
export const RECOGNISED = /^(?:chính thức\s+)?công nhận/u;
/** "quyết định của Tổng thống Mỹ Donald Trump công nhận …": a leader's decision that is the recognition itself (not a court's ruling), an event even as a topic of talks. */
export const DECISION_BY = /(?<!phán |nghị )quyết định\s+(?:của\s+)?[^,.;]{0,60}$/u;
/** "phán quyết của Tòa Trọng tài … hôm 12/7 bác bỏ …": a ruling or decision as what rejected. */
const DECIDED_BEFORE = /(?:phán quyết|nghị quyết|quyết định|tòa án|Tòa|tòa(?!\s+(?:nhà|soạn|thị chính)))[^,.;]{0,60}$/u;

/** A legislature, as a pattern source: "Quốc hội", "Nghị viện (châu Âu)", "Hội đồng Liên minh châu Âu" (the EU's Council, which adopts treaties too). */
export const LEGISLATURE = String.raw`(?:Quốc hội|Nghị viện|Thượng viện|Hạ viện|Duma|Hội đồng (?:Liên minh châu Âu|EU))`;
/** "Quốc hội … ", as a pattern source: a legislature as the subject of a verb of ratifying. */
const RATIFIER = String.raw`${LEGISLATURE}[^.;:]{0,80}?\s`;
/** "bỏ phiếu ", "biểu quyết ", as a pattern source: how a legislature may ratify, part of the verb. */
const BY_VOTE = String.raw`(?:bỏ phiếu\s+|biểu quyết\s+)?`;
/** The lemma of a ratification ("thông qua", "bỏ phiếu thông qua", "biểu quyết phê chuẩn"). */
export const RATIFYING_LEMMA = /(?:thông qua|phê chuẩn)$/u;
/** A ratifying legislature up to its verb (see the rule below). */
export const RATIFIED_BY = new RegExp(`${RATIFIER}${BY_VOTE}$`, 'u');

/** The word of a document entering into force ("Hiệp định … có hiệu lực từ ngày 30/5"): an agreement no one acts in. */
export const IN_FORCE = 'có hiệu lực';

/** "tổ chức hội nghị thượng đỉnh … và": a summit told just before, in the same clause. */
const SUMMIT_AND = /(?:thượng đỉnh|hội nghị)[^,.;]{0,80}\svà\s+(?:cùng\s+)?$/u;
/** A statement's own word, besides a fronted "Phát biểu tại …". */
const STATED = /tuyên bố|thông báo|công bố|kêu gọi|cam kết|lên án|cảnh báo|khẳng định|nhấn mạnh|cho biết/u;

/**
 * "thỏa thuận" as the object of another act is no agreement reached: leaving, keeping,
 * breaking or judging a deal ("rút Mỹ khỏi thỏa thuận", "tuân thủ thỏa thuận", "vi phạm thỏa
 * thuận", "xác nhận thỏa thuận", "gọi thỏa thuận là thảm họa", "giáng đòn mạnh vào thỏa thuận"), or aiming at one ("hạn chót … để hai
 * bên đạt thỏa thuận"); the act's own word (tuyên bố…) tells the event. (Nor is a
 * deal in a "whether or not" clause: "dù có thỏa thuận hay không".)
 */
const DEAL_AS_OBJECT = String.raw`(?<!(?:để(?:\s+[^\s,.;]+){0,3}\s+đạt(?:\s+được)?|khỏi|xác nhận|tuân thủ|vi phạm|giữ|giữ nguyên|duy trì|cứu vãn|bảo vệ|hủy|hủy bỏ|xé bỏ|phá vỡ|từ bỏ|chấm dứt|đình chỉ|gọi|chỉ trích|phản đối|bác bỏ|đàm phán lại|thực thi|thực hiện|theo|về|của|trong|ngoài|hướng tới|tiến tới|mở đường cho|dọn đường cho|với|vào)\s+(?:các\s+|những\s+|bản\s+|một\s+|hàng loạt\s+|loạt\s+|nhiều\s+)?thỏa thuận)`;

/**
 * "Obama khẳng định thỏa thuận …", "Rouhani phát biểu … rằng … thỏa thuận mở ra …": a deal
 * named after a speaking verb of its clause is what was said about it, not a deal reached.
 */
/** A saying verb earlier in the sentence: what follows is what was said. */
const REPORTS = /(?:^|[^\p{L}])(?:tuyên bố|cho biết|nói|khẳng định|nhấn mạnh|thông báo|cho hay)\s/u;
const SPOKEN_OF = /(?:khẳng định|nhấn mạnh|cho rằng|nói|rằng|gọi|ca ngợi|hoan nghênh|ủng hộ|phản đối|chỉ trích|bác bỏ|cảnh báo|coi)\s[^,;.]*$/u;

/** "Thỏa thuận được Tổng thống Mỹ Donald Trump bất ngờ công bố trên Twitter …": a deal told as what someone announced or judged; that act tells the event. */
const ANNOUNCED_DEAL = /^(?:\s+[^\s,.;]+){0,3}\s+được\s+[^,.;]{0,60}?(?:công bố|tuyên bố|thông báo|hoan nghênh|ca ngợi|chỉ trích|phản đối)(?!\p{L})/u;
/** "tuyên bố "hủy bỏ thỏa thuận hoàn toàn một chiều" mà chính quyền tiền nhiệm … ": a deal undone, whose signing or reaching its relative clause tells (long before). */
const UNDONE_DEAL_BEFORE = /(?:hủy bỏ|xé bỏ|rút khỏi|đảo ngược|chấm dứt)\s+["“]?(?:thỏa thuận|hiệp định|hiệp ước|bản ghi nhớ|văn kiện)(?:\s+[^\s,.;]+){0,8}?\s+(?:mà|do)\s[^,.;]*$/u;
/** "hoan nghênh việc Bộ Tài chính Mỹ và … đã đạt được thỏa thuận": an agreement others reached, welcomed or opposed. */
const APPROVED = /(?:hoan nghênh|ca ngợi|đánh giá cao|ủng hộ|phản đối|chỉ trích|lên án|bác bỏ)\s+việc\s[^,.;]*$/u;

/** After a judging verb: an event named as the object, then "là": "cuộc điện đàm (này) là …". */
const JUDGED = String.raw`(?:\s+(?:này|đó|trên|hôm \S+))?(?:\s+(?:chỉ|cũng|đơn thuần|thực chất|chính))?\s+là\s`;
const DESCRIBED_EVENT = String.raw`(?:cuộc|các cuộc|chuyến)\s+(?:điện đàm|gặp|hội đàm|gọi|thăm|điện thoại)${JUDGED}`;
/** A judging verb right before a call word ("gọi cuộc …"), and the call word judged ("điện đàm này là"). */
const JUDGE_BEFORE = /(?:^|[^\p{L}])(?:gọi|coi|mô tả|đánh giá|thừa nhận|nhận định|nhận xét)\s+(?:(?:cuộc|các cuộc)\s+)?$/u;
const CALL_JUDGED = new RegExp(String.raw`^(?:cuộc\s+)?(?:điện đàm|gọi|gặp(?: gỡ)?|hội đàm|hội kiến)${JUDGED}`, 'u');
/** "gọi cuộc điện đàm là …", "coi cuộc gặp này là …": the event word at `at` is the object of a judgement. */
/** Words of talks in a sentence telling a round ("phái đoàn", "đàm phán", "thỏa thuận"), and of an election's rounds. */
const ROUND_OF_TALKS = /phái đoàn|đàm phán|hội đàm|thương lượng|thỏa thuận|đối thoại/u;
const ROUND_OF_VOTE = /bầu cử|cử tri|bỏ phiếu|phiếu bầu|ứng cử viên|ứng viên/u;
const judged = (sentence: string, at: number) => JUDGE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) && CALL_JUDGED.test(sentence.slice(at));

/** A caption's first name before its "và", from the sentence's start: "[Ảnh] Chủ tịch Quốc hội Vương Đình Huệ ". Checked only where the rest fits, a look-behind would run at every "và". */
const CAPTION_LEAD = /^(?:\[[Ảả]nh\]\s*|\([Ảả]nh\)\s*|[Ảả]nh:\s*)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,9}\s+$/u;
/** A raid by the police, or one that arrests: no attack. */
const POLICE_RAID = /cảnh sát|bắt giữ|bắt sống|bắt\s+(?:\d+|một|hai|ba|nhiều)/u;

/** "Trả lời câu hỏi của phóng viên", "trả lời báo chí", "trả lời ngắn gọn khi được phóng viên hỏi": answers given to the press. */
export const PRESS_ANSWER = String.raw`[Tt]rả lời\s+(?:(?:(?:các\s+|một\s+)?câu hỏi\s+(?:của\s+)?(?:(?:một|các)\s+)?)?(?:phóng viên|báo chí|báo giới)|(?:\p{L}+\s+){0,2}?khi\s+được\s+(?:phóng viên\s+|báo chí\s+|báo giới\s+)?hỏi)(?!\p{L})`;

/** "Nga "hiện không cần thiết" tiến hành thêm": right before attacks said to be needed no more, or not planned. */
const NOT_NEEDED_BEFORE = /(?:không|chưa)\s+(?:cần(?:\s+thiết)?|có\s+(?:kế hoạch|ý định))["”]?\s+(?:[^\s,.;]+\s+){0,3}$/u;
/**
 * The rules, strongest kinds first. Attacks need a noun head ("vụ/cuộc tấn công") or a
 * completed verb ("bắn hạ"), so threats and conditionals ("nếu Nga tấn công") do not count.
 */
const RULES: Rule[] = [
  rule(String.raw`(?:vụ|cuộc|các vụ|các cuộc|loạt|hai vụ|đợt|các đợt)\s+(?:nghi\s+|bị nghi là\s+)?(?:tấn công(?:\s+khủng bố|\s+liên hoàn|\s+hóa học)?|khủng bố|xả súng|đánh bom|nổ bom|đâm dao|phục kích|ám sát|sát hại|giết hại|chặt đầu|không kích|tập kích|đâm xe|lao xe|nổ|đầu độc|thảm sát|bắt cóc(?:\s+con tin)?|bắt giữ con tin|đấu súng|pháo kích)|(?:vụ|cuộc) đụng độ(?=\s+(?:biên giới|quân sự|đẫm máu|tại|ở|giữa|trên|với\s+(?:quân|lực lượng|binh sĩ)))`, 'attack', 9, ['vụ', 'cuộc', 'loạt', 'đợt'], (sentence, at) => !NOT_NEEDED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))),
  // ("đòn tấn công của Nga vào một doanh trại … khiến hàng chục binh sĩ thiệt mạng": a strike, told by the dead it left, not one simulated or paused)
  rule(String.raw`(?:các\s+)?đòn\s+(?:tấn công|không kích|tập kích)(?=[^.;]{0,100}?\s(?:khiến|làm)\s+(?:[^\s.;]+\s+){0,5}?(?:thiệt mạng|chết|tử vong|bị thương)(?!\p{L}))`, 'attack', 9, ['đòn']),
  // completed attacks told by their verb: a shoot-down, a ramming, a missile strike, a killing
  // ("… đâm chết ba người tại một trạm xăng …, rồi lao xe … trước khi bị dân thường bắn hạ": the attacker's killings, not his end)
  // ("vì sao Nhật Bản không bắn hạ các tên lửa Triều Tiên bay qua lãnh thổ": nothing shot down)
  rule(String.raw`đâm chìm(?=\s+(?:một\s+|chiếc\s+)?(?:tàu|thuyền|tàu cá|xuồng))|(?<!(?:tay súng|kẻ tấn công|nghi phạm|hung thủ|kẻ đánh bom)\s+(?:đã\s+)?bị\s+)(?<!(?:trước khi|rồi)\s+bị\s+(?:[^\s,.;]+\s+){0,3})(?<!(?:không|chưa|chẳng)\s+(?:thể\s+)?)bắn hạ|bắn rơi|bắn nhầm|đánh bom liều chết|bị ám sát|bị (?:sát hại|giết hại|đầu độc|đâm chết)(?=\s+(?:ngay|bên|trong|tại|ở|khi|trên|hôm|ngày|vào|bằng))|(?<!bị\s+(?:[^\s,.;]+\s+){0,3})đâm chết(?=\s+(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều)\s+(?:người|thường dân|cảnh sát|binh sĩ|du khách|thành viên))|bị\s+(?:[^\s,.;]+\s+){0,10}?bắn chết|bị\s+(?:(?:một|hai|ba|các|những)\s+)?(?:người đàn ông|người phụ nữ|kẻ|tay súng|nghi phạm|đối tượng|thanh niên|nam thanh niên|hung thủ)(?:\s+[^\s,.;]+){0,3}?\s+(?:bắn\s+(?:và|rồi)\s+)?đâm(?:\s+chết|\s+nhiều nhát|\s+trọng thương|(?=\s+vào\s+(?:bụng|ngực|cổ|lưng|đầu)))|(?=bị bắn)(?<=\p{Lu}[^\s,.;]*(?:(?:,[^,.;]{1,60}){1,2},)?\s+)bị bắn(?=\s+(?:vào\s+(?:khoảng|lúc|sáng|chiều|tối|trưa|ngày|hôm|ngực|đầu|lưng|cổ)|trọng thương|nhiều phát|khi|lúc|ngày|hôm|sáng|chiều|tối|trưa|từ phía|từ cự ly|ở cự ly))|(?=bị bắn|trúng đạn)(?<=(?:^|\s)(?:[Tt]rực thăng|[Mm]áy bay|[Đđ]oàn xe|[Cc]hiếc xe)\s+(?:[^,.;]{1,80}\s+)?)(?:bị bắn|trúng đạn)(?!\s+(?:hạ|rơi)(?!\p{L}))|(?:nổ súng|khai hỏa|nã đạn|xả đạn)(?=\s+(?:vào|và|nhằm|gần)\s)|đâm dao(?=\s+(?:ở|tại|vào|nhằm)\s)|phục kích(?=\s+(?:một|các|hai|ba|đoàn|chiếc)\s)|(?:nã|xả)\s+(?:hàng chục|hàng trăm|nhiều|hàng loạt|vài|\d+)\s+(?:phát|loạt)\s+(?:đạn|súng)(?=\s+(?:vào|nhằm))|(?:lao|đâm)\s+(?:xe\s+)?vào\s+(?:đám đông|người đi bộ|dòng người|người đi đường|người qua đường)|(?=lao|đâm)(?<=(?:xe tải|ô tô|xe hơi|chiếc xe)\s+(?:[^\s,.;]+\s+){0,3})(?:lao|đâm)\s+(?:thẳng\s+)?(?:vào|lên\s+vỉa hè)|(?<=(?:xe tải|ô tô|xe hơi|chiếc xe)\s+(?:[^\s,.;]+\s+){0,3})cán(?:\s+(?:chết|qua))?\s+(?:người|đám đông|nhiều người|hàng chục người|người đi bộ)(?!\p{L})|(?=lao|đâm)(?<=kẻ đánh bom(?:\s+(?:liều chết|tự sát))?\s+(?:đã\s+)?)(?:lao|đâm)(?:\s+(?:xe máy|xe tải|xe|ô tô|chiếc xe)(?:\s+(?:chở\s+)?(?:bom|chất nổ))?)?\s+(?:thẳng\s+)?vào|(?=tấn công)(?<=kẻ đánh bom(?:\s+[^\s,.;]+){0,3}\s+(?:đã\s+)?)tấn công(?=\s+(?:ở|tại)\s)|phóng\s+(?:(?:khoảng|gần|hơn|ít nhất|tổng cộng|tổng số|tới|đến)\s+)?(?:\d+|hàng chục|hàng loạt|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:quả\s+)?(?:tên lửa|rocket)|phóng\s+(?:(?:hàng loạt|hàng trăm|hàng chục|\d+)\s+)?(?:quả\s+)?(?:tên lửa|rocket)(?=\s+(?:vào|xuống|nhằm vào|về phía))|bắn(?<!(?:sẽ|sắp|dọa|định|nếu|thể|kế hoạch|muốn|nhằm|để)\sbắn)\s+(?:(?:hàng loạt|hàng trăm|hàng chục|nhiều|một|hai|ba|\d+)\s+)?(?:quả\s+)?(?:tên lửa|rocket|đạn cối)(?:\s+(?:chống tăng|đạn đạo|hành trình))?(?=\s+(?:vào|xuống|nhằm vào)\s)|(?:rocket|tên lửa|đạn cối|máy bay không người lái|UAV)(?:\s+(?:mang|chở|cảm tử|vũ trang|tự sát)(?:\s+chất nổ|\s+bom)?)?\s+(?:đã\s+)?tấn công(?=\s+(?:(?:hai|ba|các|một|nhiều|\d+)\s+)?(?:căn cứ|\p{Lu}|vào|sân bay|đại sứ quán|trạm|cơ sở|nhà máy|kho|mỏ dầu|đường ống)(?!\p{L}))|(?:xông|tràn|ập)\s+vào\s+(?:khuôn viên\s+)?(?:Đại sứ quán|Lãnh sự quán|lãnh sự quán|đại sứ quán|tòa nhà Quốc hội|Điện Capitol|Đồi Capitol|tòa nhà Capitol|trụ sở|tòa soạn|nhà hát|trường học|[Tt]rường [Đđ]ại học|Đại học|ký túc xá|nhà thờ|giáo đường|thánh đường|đền thờ|hộp đêm|siêu thị|khách sạn|trung tâm thương mại)|không kích(?<=(?:tiến hành|thực hiện|mở)\s+(?:một\s+|các\s+)?(?:đợt|cuộc|loạt)\s+không kích)(?=\s+(?:vào|nhằm|xuống))|(?<!(?:chiến dịch|đợt|các đợt|ngừng|dừng|chấm dứt|hoãn)\s)không kích(?=\s+(?:nhầm\s+)?(?:(?:\d+|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:cơ sở|mục tiêu|căn cứ)|(?:một|hai|ba|nhiều|hàng loạt)\s+(?!(?:lần|ngày|tuần|tháng|năm|giờ|đợt|loạt|cuộc|vài|số)(?!\p{L}))\p{Ll}|\p{Lu}|căn cứ|tỉnh|thành phố|thủ đô|vào|các mục tiêu|các vị trí|vị trí|(?:các\s+)?cơ sở|(?:các\s+)?lực lượng|(?:các\s+)?(?:trại|kho|doanh trại|sào huyệt)(?!\p{L})|(?:sát hại|giết chết|hạ sát|tiêu diệt)\s))|(?<!(?:âm mưu|kế hoạch|định|nhằm|tìm cách|muốn|lên kế hoạch)\s)(?:sát hại|giết chết|hạ sát)(?=\s+(?:tướng|thủ lĩnh|chỉ huy|trùm|nhà khoa học hạt nhân)\s+(?:[^\s,.;]+\s+){0,4}?\p{Lu})`, 'attack', 9, ['bắn', 'đánh bom', 'ám sát', 'sát hại', 'giết hại', 'đầu độc', 'lao', 'đâm', 'cán người', 'cán chết', 'cán qua', 'cán đám đông', 'cán nhiều', 'cán hàng', 'phóng', 'không kích', 'nổ súng', 'khai hỏa', 'nã đạn', 'xả đạn', 'phục kích', 'phát đạn', 'loạt đạn', 'tấn công', 'xông vào', 'tràn vào', 'ập vào']),
  // ("một nhóm vũ trang xông vào cuộc họp …, bắn chết Chủ tịch bang Ambachew Mekonnen": gunmen killing, told in the active; not police shooting a suspect)
  rule(String.raw`(?<=(?:nhóm vũ trang|nhóm tay súng|tay súng|kẻ tấn công|phiến quân|hung thủ|chiến binh|kẻ đánh bom)[^.;]{0,100}?\s)(?:đã\s+)?bắn chết(?=\s+(?:\p{Lu}|(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|ít nhất)\s))`, 'attack', 9, ['bắn chết']),
  // ("tàu cá F/B Gem-Ver 1 … thì bị một tàu Trung Quốc đâm vào đuôi": a boat rammed by another ship, told in the passive)
  rule(String.raw`(?<=(?:[Tt]àu|[Tt]huyền|[Xx]uồng)[^.;]{0,120}?\sbị\s+(?:một\s+|hai\s+|các\s+)?(?:tàu|thuyền|tàu cá|tàu hải cảnh|tàu chiến|tàu dân quân)(?:\s+[^\s,.;]+){0,4}\s+)đâm(?:\s+chìm|\s+vào|\s+va)?(?!\p{L})`, 'attack', 9, ['đâm']),
  // ("Tuần báo này hồi tháng 1 bị hai tay súng tấn công tại trụ sở ở Paris": attacked by gunmen, told in the passive)
  // ("… đã bị khoảng 50 tay súng nghi thuộc một nhóm liên kết với tổ chức tự xưng Nhà nước Hồi giáo (IS) tấn công gần làng Tongo Tongo": and who they were)
  rule(String.raw`(?=tấn công)(?<=bị\s+(?:(?:khoảng|hơn|gần|ít nhất)\s+)?(?:(?:một|hai|ba|bốn|các|những|nhiều|nhóm|\d+)\s+)?(?:tay súng|kẻ tấn công|kẻ đánh bom|phiến quân|chiến binh|kẻ khủng bố)(?:\s+[^\s,.;]+){0,16}?\s+)tấn công(?=\s+(?:tại|ở|gần|khi|vào|bằng|hôm|ngày|sáng|chiều|tối|đêm|rạng sáng)(?!\p{L})|\s*[,.;])`, 'attack', 9, ['tấn công']),
  // ("Droukdel bị lực lượng đặc nhiệm Pháp tiêu diệt hôm 3/6 ở miền bắc Mali": killed by a force, told in the passive)
  rule(String.raw`(?<=bị\s+(?:lực lượng|quân đội|đặc nhiệm|biệt kích|máy bay|không quân|quân)(?:\s+[^\s,.;]+){0,4}?\s+)(?:tiêu diệt|hạ sát|giết chết|sát hại)(?=\s+(?:tại|ở|trong|khi|vào|hôm|ngày|sáng|chiều|tối|đêm|rạng sáng)(?!\p{L}))`, 'attack', 9, ['tiêu diệt', 'hạ sát', 'giết chết', 'sát hại']),
  // "một tay súng đã xả súng tại hai nhà thờ", "… đã nổ súng tại siêu thị Walmart", "kẻ tấn công hai nhà thờ Hồi giáo ở Christchurch", "quả lựu đạn đã phát nổ tại cuộc mít tinh", "ném lựu
  // đạn vào đám đông": a shooting or a blast told by its completed verb, with its place after it
  // "dinh thự của ông … bị máy bay không người lái mang chất nổ tấn công": struck by a drone, the agent told before the verb
  // "giao tranh ác liệt đã nổ ra tại thành phố Marawi", "Giao tranh bùng phát từ hôm thứ Tư (14/9)": fighting broke out at a place, or on a day
  rule(String.raw`giao tranh(?=(?:\s+(?:ác liệt|dữ dội|đẫm máu|nặng nề))?\s+(?:đã\s+)?(?:nổ ra|bùng phát|bùng nổ)\s+(?:tại|ở|(?:từ\s+|vào\s+)?(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng sáng)\s+(?:\d|thứ\s))\s?)`, 'attack', 9, ['giao tranh']),
  // ("Theo Bộ Quốc phòng Nga, máy bay trúng tên lửa của hệ thống phòng không S-200 do Syria phóng lên": an aircraft or ship hit)
  rule(String.raw`(?<=(?:máy bay|chiếc|tàu|phi cơ|trực thăng|chiến đấu cơ|tiêm kích)(?:\s+[^\s,.;]+){0,3}\s+(?:đã\s+|bị\s+)?)trúng\s+(?:một\s+|hai\s+|\d+\s+)?(?:quả\s+)?(?:tên lửa|rocket|ngư lôi)`, 'attack', 9, ['trúng'], (sentence, at) => !CLAIMED_BEFORE.test(sentence.slice(Math.max(0, at - 70), at))),
  // ("Ngày 7/9, Moscow và Kiev trao đổi tù nhân theo công thức 35 đổi 35", "trao đổi 35 tù nhân mỗi bên": a prisoner swap done)
  rule(String.raw`(?<!(?:việc|về|cơ chế|thỏa thuận|sẽ|và|cam kết|nhất trí|đồng ý)\s+)(?:(?<=(?:hoàn tất|thực hiện|tiến hành)\s+)(?:cuộc|đợt)\s+)?(?:trao đổi|hoán đổi)\s+(?:[\d.]+\s+(?:đổi\s+[\d.]+\s+)?)?tù nhân`, 'other', 6, ['trao đổi', 'hoán đổi']),
  // ("căn cứ không quân Balad … tiếp tục bị rocket tấn công": a base attacked by rockets)
  // "cuộc đột kích diễn ra tối 26/10 tại làng Barisha": a raid, unless the police's, to arrest ("bắt giữ 12 người trong các cuộc đột kích")
  rule(String.raw`(?:vụ|cuộc|các cuộc)\s+đột kích`, 'attack', 9, ['đột kích'], (sentence) => !POLICE_RAID.test(sentence)),
  // "Phòng không Saudi Arabia đêm qua đánh chặn 7 tên lửa đạn đạo do lực lượng Houthi phóng từ Yemen": missiles fired, stopped in the air
  // (not what a weapon is for: "tên lửa đánh chặn", "hệ thống đánh chặn Arrow", "nhằm đánh chặn")
  rule(String.raw`(?<!(?:sẽ|có thể|nhằm|để|hệ thống|tên lửa|khả năng)\s+)(?:đã\s+)?đánh chặn\s+(?:được\s+)?(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+|các|những|nhiều|hàng chục|hàng loạt)\s+)?(?:quả\s+)?(?:tên lửa|rocket|máy bay không người lái|UAV|drone)`, 'attack', 9, ['đánh chặn']),
  // "Iran phóng hơn chục tên lửa đạn đạo vào căn cứ Ain al-Asad": missiles fired at a target (not threatened)
  // ("… phóng tên lửa đạn đạo vào trung tâm thành phố Ganja")
  rule(String.raw`(?<!(?:sẽ|có thể|dọa|đe dọa|nếu|định)\s+)phóng\s+(?:[^\s,.;]+\s+){0,3}?(?:tên lửa|rocket|đạn pháo|máy bay không người lái|UAV)(?:\s+[^\s,.;]+){0,4}?\s+(?:vào|nhằm vào|xuống|phá hủy|đánh trúng)\s+(?:(?:\d+|một|hai|ba|bốn|năm|nhiều|các)\s+)?(?:căn cứ|thành phố|sân bay|khu|cơ sở|lãnh thổ|các mục tiêu|mục tiêu|thủ đô|tàu|thị trấn|làng|trạm|trung tâm|\p{Lu})`, 'attack', 9, ['phóng']),
  // ("hai tên lửa được phóng từ khu vực do Houthi kiểm soát về phía tàu khu trục USS Mason": fired at a target, in the passive;
  // "USS Mason tiếp tục bị nhắm bắn": a target fired at)
  rule(String.raw`(?<=(?:tên lửa|rocket|đạn pháo|quả đạn)(?:\s+[^\s,.;]+){0,2}?\s+)được phóng(?=(?:\s+[^\s.;]+){0,10}?\s+(?:về phía|vào|nhằm vào)\s+(?:căn cứ|tàu|sân bay|thành phố|lãnh thổ|\p{Lu}))|(?<=\p{Lu}[^\s,.;]*\s+(?:(?:tiếp tục|lại|cũng|đã)\s+)?)bị nhắm bắn`, 'attack', 9, ['được phóng', 'bị nhắm bắn']),
  // "Thổ Nhĩ Kỳ phát động chiến dịch "Mùa xuân Hòa bình" nhằm vào lực lượng người Kurd": an offensive launched
  // ("Nga phát động cái mà Moscow gọi là "chiến dịch quân sự đặc biệt" tại Ukraine": what its maker calls it)
  // ("Nga tiến hành chiến dịch quân sự tại Ukraine từ ngày 24/2": one carried out, where it is told)
  // ("lực lượng STC được … UAE hậu thuẫn chiếm dinh tổng thống cùng hầu hết doanh trại quân đội ở Aden": a seat of power seized by force)
  rule(String.raw`(?<=(?:lực lượng|quân|phiến quân|dân quân|chiến binh|quân nổi dậy)(?:\s+(?!(?:sẽ|định|muốn|nhằm|để|có thể)\s)[^\s,.;]+){0,12}?\s+(?:đã\s+)?)(?:chiếm|chiếm giữ|chiếm được)(?=\s+(?:(?:được|quyền kiểm soát)\s+)?(?:dinh|phủ tổng thống|trụ sở|sân bay|căn cứ|thủ đô|doanh trại)(?!\p{L}))`, 'attack', 9, ['chiếm']),
  // ("UAE hôm 29/8 tiến hành không kích nhằm vào lực lượng này ở ngoại ô Aden": strikes carried out, on a target)
  rule(String.raw`(?<!(?:sẽ|có thể|dọa|đe dọa|nếu|định|chuẩn bị|muốn|kế hoạch)\s+)tiến hành\s+(?:(?:các|một|nhiều|hai|ba)\s+)?(?:(?:cuộc|đợt|vụ)\s+)?(?:không kích|oanh tạc)(?=\s+(?:nhằm vào|vào|xuống|tại|ở)\s)`, 'attack', 9, ['tiến hành']),
  rule(String.raw`(?<!(?:sẽ|có thể|dọa|đe dọa|nếu|định|chuẩn bị)\s+)tiến hành\s+(?:một\s+)?chiến dịch\s+(?:quân sự|tấn công|không kích)(?:\s+đặc biệt)?(?=\s+(?:tại|ở|nhằm vào|vào)\s)`, 'attack', 9, ['tiến hành']),
  rule(String.raw`(?<!(?:sẽ|có thể|dọa|đe dọa|nếu|định|chuẩn bị)\s+)phát động\s+(?:một\s+)?(?:(?:cái|điều|thứ) mà\s+[^,.;"“]{1,30}?\s+gọi là\s+["“]?)?(?:cuộc|chiến dịch)\s+(?:(?:tấn công|tổng tấn công|quân sự|không kích|trên bộ)(?!\p{L})|[^,.;]{0,40}?\snhằm vào\s+(?:lực lượng|phiến quân|các tay súng|quân|người|nhóm|tổ chức|các mục tiêu|mục tiêu))`, 'attack', 9, ['phát động']),
  rule(String.raw`bị\s+(?:\d+\s+|một\s+|ba\s+|hai\s+)?(?:chiếc\s+|quả\s+)?(?:máy bay không người lái|UAV|drone|rocket|tên lửa|đạn cối)(?:\s+[^\s,.;]+){0,4}?\s+(?:tấn công|đánh bom|oanh tạc)`, 'attack', 9, ['không người lái', 'UAV', 'drone', 'rocket', 'tên lửa', 'đạn cối']),
  rule(String.raw`(?:đã|vừa)\s+xả súng|(?:đã|vừa)\s+tập kích(?=\s+(?:hàng loạt\s+|các\s+|một\s+|nhiều\s+)?\p{L})|(?<=(?:tên lửa|rocket|UAV|máy bay không người lái|drone)(?:\s+[^\s,.;]+){0,6}\s+)đánh trúng|(?<=(?:dùng|sử dụng)\s+(?:[^\s,.;]+\s+){0,8}(?:tên lửa|rocket|UAV|máy bay không người lái|drone|máy bay|xe tăng|trực thăng|chiến đấu cơ)\s+)tấn công(?=\s+(?:vào\s+)?\p{Ll})|(?<=(?:dùng|sử dụng)\s+(?:pháo binh|pháo|súng cối|tên lửa|rocket|UAV|máy bay không người lái|drone)(?:(?:,\s*|\s+và\s+|\s+)[^\s,.;]+){0,10}?\s+)tấn công(?=\s+(?:vào\s+)?(?:nhiều|các|một số|hàng loạt)\s+(?:vị trí|mục tiêu|thị trấn|làng|khu dân cư)(?!\p{L}))|(?:đã|vừa)\s+nổ súng(?=\s+(?:tại|ở|khiến|làm)\s)|(?<=(?:tay súng|kẻ tấn công|phiến quân)(?:\s+[^\s,.;]+){0,8}?\s+(?:đã\s+|bất ngờ\s+)?(?:[^\s,.;]+\s+[^\s,.;]+\s+và\s+)?)nổ súng(?![^.;]{0,40}?\s(?:đáp trả|đáp lại))|(?<=kẻ\s)tấn công(?=\s+(?:(?:hai|ba|một|các|\d+)\s+)?(?:nhà thờ|đền thờ|thánh đường|khách sạn|nhà hàng|hộp đêm|siêu thị|trường học|đại sứ quán|lãnh sự quán)(?!\p{L}))|(?<=(?:tay súng|phiến quân|chiến binh|[Qq]uân đội|[Kk]hông quân|[Hh]ải quân|máy bay(?:\s+(?:cường kích|chiến đấu|ném bom|không người lái))?|tiêm kích|chiến đấu cơ|oanh tạc cơ|trực thăng(?:\s+vũ trang)?|tên lửa|rocket)(?:\s+(?!(?:sẽ|định|dọa|âm mưu|có thể|nhằm|để)\s)[^\s,.;]+){0,9}?\s+(?:đã\s+)?)tấn công(?=\s+(?:nhầm\s+)?(?:vào\s+)?(?:(?:hai|ba|bốn|năm|sáu|một|các|nhiều|\d+)\s+)?(?:cơ sở|đơn vị|văn phòng|trụ sở|căn cứ|đồn|trạm|doanh trại|học viện|khu dân cư|nhà thờ|đền thờ|thánh đường|khách sạn|nhà hàng|trường|bệnh viện|chợ|đại sứ quán|lãnh sự quán|sân bay|đoàn xe|trạm kiểm soát|(?:ngôi\s+)?làng|bến xe|nhà ga|xe buýt|siêu thị|trung tâm thương mại|bãi biển|khu nghỉ dưỡng|bảo tàng|nhà hát|sân vận động|quán bar|quán cà phê|kho\s+(?:nhiên liệu|xăng dầu|dầu|vũ khí|đạn(?:\s+dược)?)|nhà máy|tòa nhà|cảng)(?!\p{L}))|xả (?:súng|đạn)(?=\s+(?:vào|tại|ở|nhằm|điên cuồng|khiến|làm chết|giết)|,\s+(?:khiến|làm\s+(?:chết|thiệt mạng|\d+)|giết))|(?:quả|trái)\s+(?:lựu đạn|bom|mìn)(?:\s+(?:xe(?:\s+tải)?|tự chế|ven đường))?(?:\s+(?:khác|thứ hai|thứ ba|nữa))?(?:\s+do\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)?\s+(?:gài|cài|đặt))?\s+(?:đã\s+|bất ngờ\s+|cũng\s+|liên tiếp\s+)?(?:phát\s+)?nổ|(?<!(?:nghi|là|có)\s+)kẻ đánh bom(?:\s+(?:tự sát|liều chết))?(?=[^.;]{0,80}?\s(?:đã\s+)?(?:khiến|làm)\s+(?:ít nhất\s+|hơn\s+|khoảng\s+|gần\s+)?\d+[^.;]{0,40}?\s(?:thiệt mạng|tử vong|chết|bị thương)(?!\p{L}))|(?:(?:một|hai|ba|\d+)\s+)?(?:quả|trái|một|vụ)\s+(?:tên lửa|rocket|đạn pháo)(?:\s+(?:của\s+)?\p{Lu}[\p{L}-]*)?(?:\s+(?:loại|cỡ)\s+\d+\s*mm)?(?:\s+(?:phóng|bắn)\s+từ(?:\s+[^\s,.;]+){1,4}?)?\s+(?:đã\s+)?(?:rơi|lao|bắn|nổ|đánh)\s+(?:xuống|trúng|vào)|(?:những\s+|nhiều\s+|các\s+)?(?:tiếng nổ|vụ nổ)(?:\s+lớn)?\s+(?:đã\s+)?vang lên|(?:xe tải|xe bom|ô tô|chiếc xe)(?:\s+chở\s+(?:bom|chất nổ))?(?:\s+(?:khác|thứ hai|thứ ba|nữa))?\s+(?:đã\s+)?phát nổ|(?=phát nổ)(?<=(?:chiếc\s+)?máy bay(?:\s+chở khách)?(?:\s+(?:A\d{3}|của hãng\s+\p{Lu}[^\s,.;]*(?:\s+\([^)]{1,20}\))?))*\s+(?:đã\s+)?)phát nổ(?=\s+(?:trên|khi|ngay|giữa|ở|tại)(?!\p{L}))|bị\s+chặt đầu|bị\s+(?:quân đội\s+|lực lượng\s+)?\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)?\s+(?:không kích|tập kích)(?=\s+(?:thiệt mạng|sát hại|tiêu diệt|tại|ở|gần|hôm|ngày)(?!\p{L}))|(?<=(?:tàu|tàu chở dầu|tàu thương mại|căn cứ|đại sứ quán|cơ sở)(?:\s+[^\s.;]+){0,8}\s+(?:đã\s+)?)trở thành mục tiêu của\s+["“]?(?:(?:các|một|những|nhiều)\s+)?(?:hoạt động|vụ|cuộc|hành động|đợt)\s+(?:phá hoại|tấn công|đánh bom|không kích)|(?<=(?:tàu|tàu chở dầu|tàu thương mại|tàu chiến|máy bay|đoàn xe|đoàn \d+ xe|xe tải|xe buýt|căn cứ|đại sứ quán|lãnh sự quán|khách sạn|nhà hàng|quán cà phê|hộp đêm|nhà thờ|thánh đường|đền thờ|trường học|bệnh viện|sân bay|nhà máy|cơ sở|đội tuần tra|đoàn tuần tra|toán tuần tra|đồn biên phòng)(?:\s+[^\s,.;]+){0,18}(?:,[^,.;]{1,60},)?\s+)bị\s+(?:(?:các|một|những|nhóm)\s+(?:tay súng|phiến quân|kẻ tấn công|chiến binh)\s+|(?:(?:các|một|những|nhiều)\s+)?(?:máy bay không người lái|UAV|drone|tên lửa|rocket)\s+)?(?:tấn công|phá hoại|đánh bom|tập kích|không kích|nổ|phục kích)(?!\s+(?:nếu|khi(?!\s+đang)|bởi\s+bất kỳ))|(?:bắn chết|sát hại|giết chết|giết hại|đâm chết|hạ sát|chém(?:\s+chết)?)\s+(?:(?:ít nhất|hơn|khoảng|gần)\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|hàng trăm|nhiều)\s+(?:người|nữ|nam|cảnh sát|binh sĩ|con tin|thường dân|du khách|nhân viên|nhà báo|học sinh|tín đồ)(?!\p{L})|bắt\s+(?:giữ\s+)?(?:nhiều\s+|hàng chục\s+|\d+\s+)?con tin|(?:dùng|cầm)\s+(?:(?:một|con|cây|chiếc)\s+)?(?:dao(?:\s+găm)?|rìu|búa|mã tấu|tuốc nơ vít|tua vít)\s+(?:sát hại|đâm chết|đâm bị thương|giết hại|tấn công)|ném\s+(?:một\s+|hai\s+|\d+\s+)?(?:quả\s+)?lựu đạn|(?<=(?:vật nổ|thiết bị nổ|quả bom|quả lựu đạn|bom xăng)(?:\s+[^\s,.;]+){0,2}\s+)bị\s+ném|tấn công bằng\s+(?:lựu đạn|bom|dao|súng|xe|máy bay không người lái|UAV|drone|tên lửa|rocket)|(?=phá hủy)(?<=(?:[Kk]hông quân|chiến đấu cơ|máy bay chiến đấu|oanh tạc cơ)(?:\s+[^\s,.;]+){0,3}\s+(?:đã\s+)?)phá hủy(?=\s+(?:các\s+|một\s+|hai\s+|\d+\s+)?(?:bệ phóng|căn cứ|kho|trại|cơ sở|mục tiêu|vị trí)(?!\p{L}))|(?:bom|chất nổ|thiết bị nổ(?:\s+tự chế)?(?:\s+\(IED\))?)\s+(?:đã\s+)?phát nổ|(?<=quả\s)bom\s+(?:đã\s+)?(?:phá hủy|xé toạc|làm nổ tung)(?=\s+(?:chiếc\s+)?(?:máy bay|xe buýt|đoàn tàu|tàu)(?!\p{L}))|(?<!(?:sẽ|sắp|dọa|định|âm mưu|kế hoạch)\s)cho nổ\s+(?:(?:một|hai|ba|\d+)\s+)?(?:quả\s+|chiếc\s+)?(?:bom|xe bom|xe tải bom|thiết bị nổ|chất nổ|mìn)(?!\p{L})|(?<!(?:sẽ|sắp|dọa|định|âm mưu|kế hoạch|sau khi)\s)cho nổ tung(?=\s+(?:(?:một|hai|ba|\d+)\s+)?(?:tòa nhà|văn phòng|trụ sở|cây cầu|cầu|đập|nhà máy|đại sứ quán|căn cứ|kho)(?!\p{L}))|(?<!(?:sẽ|sắp|dọa|định|âm mưu|kế hoạch)\s)kích nổ(?:\s+(?:(?:một|hai|ba)\s+)?(?:quả\s+|chiếc\s+)?(?:bom|thiết bị(?:\s+nổ)?|thuốc nổ|chất nổ|áo bom|đai bom|xe bom)(?!\p{L})|(?=\s+(?:trong|tại|ở|giữa|ngay)\s))|tấn công(?<=(?:nghi phạm|tay súng|kẻ tấn công|hung thủ|kẻ khủng bố|phiến quân|chiến binh|quân nổi dậy|nhóm vũ trang|lực lượng|al-Shabaab|Al-Shabaab|Boko Haram|Taliban|Hamas|Hezbollah|AQIM|IS)\s+(?:\p{Lu}[\p{L}-]*\s+|\p{Lu}[^,.;()]{0,60}?\(\p{Lu}{2,8}\)\s+|(?:thánh chiến|Hồi giáo cực đoan|vũ trang)\s+|(?:ôm|mang|đeo|cầm)\s+(?:bom|súng|dao|chất nổ|lựu đạn)\s+|dùng\s+(?:xe tải|xe|ô tô)(?:\s+(?:gài|chở|chứa)\s+(?:bom|chất nổ))?\s+|(?:tự xưng\s+)?(?:thuộc|của)\s+(?:nhóm\s+|tổ chức\s+)?[^,.;]{2,60}?\s+)?(?:cũng\s+)?(?:đã\s+)?tấn công)(?=\s+(?:(?:và|rồi)\s+(?:bao vây|chiếm giữ|chiếm)\s+)?(?:(?:khoảng|hơn|gần|ít nhất)\s+)?(?:(?:một|các|hai|ba|nhiều|\d+)\s+)?(?:khu|chợ|nhà thờ|đền|quán|nhà hàng|khách sạn|trường|sân bay|ga|đồn|trụ sở|hộp đêm|lễ hội|buổi lễ|lễ tang|đám cưới|đám tang|căn cứ|doanh trại|trạm|đại sứ quán|(?:tòa\s+)?lãnh sự quán|bệnh viện|ngôi làng|làng|nơi ẩn náu|nơi trú ẩn|sào huyệt|ngôi nhà|căn nhà|đơn vị)(?!\p{L}))|tấn công\s+(?:những\s+|nhiều\s+)?(?:người đi đường|người đi bộ|người qua đường|người dân|dân thường|đám đông|du khách|khách du lịch|tín đồ|giáo dân|người biểu tình)|(?<!(?:sẽ|sắp|dọa|định|thể|muốn|kiến)\s)(?:mở|phát động|khởi động)\s+(?:một\s+)?["“]?(?:chiến dịch\s+(?:quân sự|tấn công|không kích)|cuộc\s+(?:tấn công|xâm lược|tấn công quân sự))|(?<!(?:sẽ|sắp|dọa|định|thể|muốn|kiến|bị)\s)(?:mở|phát động)\s+chiến dịch(?:\s+quân sự)?(?=\s+["“]\p{Lu})|(?<!(?:sẽ|sắp|dọa|định|thể|muốn|kiến)\s)bắt đầu\s+(?:chiến dịch\s+)?không kích(?=\s+(?:tại|ở|nhằm vào|vào)\s)|(?=mở chiến dịch)(?<!(?:sẽ|sắp|dọa|định|thể|muốn|kiến|bị)\s)(?<=(?:[Qq]uân đội|[Qq]uân|[Ll]ực lượng|[Pp]hiến quân)(?:\s+[^\s.;]+){0,12}\s+(?:đã\s+)?)mở chiến dịch(?=\s+(?:hôm|ngày|vào|tại|ở|nhằm|sáng|chiều|tối|đêm|rạng sáng)(?!\p{L}))|thả\s+(?:\d+\s+|nhiều\s+|hàng loạt\s+)?(?:quả\s+)?bom\s+(?:xuống|vào|trúng)|(?:loạt|đợt)\s+(?:\d+\s+)?(?:tên lửa|rocket)(?:\s+(?:đạn đạo|hành trình))?\s+(?:đã\s+)?(?:nhằm vào|bắn vào|rơi xuống|đánh vào|tấn công)`, 'attack', 9, ['chiến dịch', 'không kích', 'xâm lược', 'xả súng', 'xả đạn', 'nổ', 'bom', 'phá hủy', 'lựu đạn', 'tấn công', 'mục tiêu của', 'tên lửa', 'rocket', 'đạn pháo', 'chặt đầu', 'bị tấn công', 'bị phá hoại', 'bị đánh bom', 'bị tập kích', 'bị không kích', 'bị phục kích', 'dao', 'vang lên', 'phát nổ', 'bắn chết', 'sát hại', 'giết', 'đâm chết', 'hạ sát', 'chém', 'con tin', 'tập kích', 'đánh trúng']),
  // "đã dùng tên lửa hành trình Kalibr phóng từ biển tập kích nhà máy Vizar ở ngoại ô Kiev": a strike with missiles on a site (not "sẽ dùng …")
  rule(String.raw`(?<=(?<!(?:sẽ|dọa|đe dọa|định|nếu|có thể)\s+)(?:dùng|sử dụng)\s+(?:[^\s,.;]+\s+){0,3}?(?:tên lửa|rocket|UAV|máy bay không người lái|drone)(?:\s+[^\s,.;]+){0,6}?\s+)(?:tập kích|không kích)(?=\s+(?:vào\s+)?(?:(?:một|hai|các|nhiều)\s+)?(?:nhà máy|kho|căn cứ|sân bay|cơ sở|mục tiêu|vị trí|cảng|trụ sở)(?!\p{L}))`, 'attack', 9, ['tập kích', 'không kích']),
  // "Tối 9/7, một tòa chung cư ở thị trấn Chasiv Yar, tỉnh Donetsk, trúng rocket", "một trung tâm thương mại ở thành phố Kremenchuk trúng tên lửa": a building hit
  rule(String.raw`(?<=(?:một|hai|ba|các|nhiều)\s+(?:tòa chung cư|chung cư|tòa nhà|khu dân cư|trung tâm thương mại|siêu thị|nhà ga|bệnh viện|trường học|trường mẫu giáo|nhà trẻ|khách sạn|chợ|nhà hát|ga tàu|bến xe|khu nghỉ dưỡng)(?:\s+[^\s,.;]+){0,8}(?:,[^,.;]{1,40}){0,2},?\s+(?:đã\s+)?(?:bị\s+)?)trúng\s+(?:(?:một|hai|ba|nhiều|\d+)\s+)?(?:quả\s+)?(?:tên lửa|rocket|đạn pháo|bom|đạn cối|không kích|pháo kích)(?!\p{L})`, 'attack', 9, ['trúng']),
  // "một máy bay Nga đã ném bom Nhà hát Kịch …", "Máy bay chiến đấu Kenya đã ném bom hai trại huấn luyện": aircraft bombing a target
  // (not the bomber, "máy bay ném bom Su-24", nor the atomic bombing or a petrol bomb thrown)
  // ("các chiến đấu cơ F-15E …, cất cánh từ căn cứ Lakenheath ở Anh, đã ném bom một ngôi nhà": where they flew from, in an aside)
  rule(String.raw`(?=ném bom)(?<=(?:[Mm]áy bay|[Cc]hiến đấu cơ|[Kk]hông quân|[Oo]anh tạc cơ)(?:\s+(?!ném\s)[^\s,.;]+){1,5}(?:,[^,.;]{1,80},\s+(?:đã\s+)?)?\s*)ném bom(?=\s+(?:(?:các|hai|ba|một|những|nhiều|\d+)\s+)?(?!nguyên tử|xăng|chiến lược)\p{L})`, 'attack', 9, ['ném bom']),
  // "Cũng hôm 8/4, một tên lửa tấn công nhà ga xe lửa ở thành phố Kramatorsk": a missile or drone striking a place (not one that would or could)
  rule(String.raw`(?<=(?<!(?:nếu|sẽ|có thể|dọa|đe dọa)\s+)(?:một|hai|ba|các|những|\d+)\s+(?:quả\s+|chiếc\s+)?(?:tên lửa|rocket|UAV|máy bay không người lái|drone)(?:\s+(?!(?:sẽ|có thể|định|nhằm|để)\s)[^\s,.;]+){0,3}?\s+(?:đã\s+)?)tấn công(?=\s+(?:vào\s+)?(?:một\s+|các\s+)?(?:nhà ga|ga|tòa nhà|khu dân cư|khu|trung tâm|căn cứ|bệnh viện|trường học|chợ|nhà máy|cơ sở|kho|sân bay|cảng|nhà ở|chung cư)(?!\p{L}))`, 'attack', 9, ['tấn công']),
  // "Đêm 24/7, không quân Thổ Nhĩ Kỳ tiếp tục tấn công các trại huấn luyện …", "các tay súng IS từ phía Syria bắn vào một đồn biên phòng":
  // armed forces striking a target (not "tấn công" in words or politics), gunmen a building ("Các tay súng tấn công Đại sứ quán Pháp ở Ouagadougou")
  // (or a town named, then told what it is: "Hơn 100 tay súng đã tấn công Palma, thị trấn ven biển thuộc tỉnh Cabo Delgado")
  rule(String.raw`(?<=(?:không quân|hải quân|lục quân|quân đội|tay súng|phiến quân|chiến đấu cơ|máy bay chiến đấu|tiêm kích)(?:\s+[^\s,.;]+){0,5}\s+(?:đã\s+|tiếp tục\s+|lại\s+|bất ngờ\s+)*)(?:tấn công|bắn vào|đánh vào|oanh tạc)(?=\s+(?:(?:các|những|hàng loạt|một|hai|ba|nhiều|\d+)\s+)?(?:trại|kho|căn cứ|mục tiêu|vị trí|cứ điểm|đồn|trạm|doanh trại|sở chỉ huy|đoàn xe|làng|thị trấn|khu|[Đđ]ại sứ quán|[Ll]ãnh sự quán|trụ sở|nhà thờ|nhà hàng|khách sạn|bệnh viện|trường học|sân bay|siêu thị|khu chợ|chợ|đền thờ|thánh đường|thành phố|thủ phủ)(?!\p{L})|\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*,\s+(?:một\s+)?(?:thị trấn|thành phố|làng|ngôi làng|thủ phủ)\s)`, 'attack', 9, ['tấn công', 'bắn vào', 'đánh vào', 'oanh tạc']),
  // "hai hạ sĩ Hàn Quốc bị thương nặng … do giẫm phải mìn trong lúc tuần tra": soldiers maimed by a mine laid for them
  rule(String.raw`(?:giẫm|dẫm|đạp)\s+phải\s+(?:(?:một\s+)?quả\s+)?mìn(?!\p{L})|(?<=(?:binh sĩ|lính|quân nhân|hạ sĩ|trung sĩ|xe|xe quân sự|xe tuần tra)(?:\s+[^\s,.;]+){0,4}\s+)(?:cán|trúng)\s+(?:phải\s+)?mìn(?!\p{L})`, 'attack', 9, ['mìn']),
  // "Chiều 20/8, Triều Tiên bắn pháo về phía một đơn vị Hàn Quốc ở huyện Yeoncheon": a state or its forces shelling (not "dọa nã pháo")
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|quân đội|pháo binh|lực lượng|binh sĩ)(?:\s+[^\s,.;]+){0,4}\s+(?:đã\s+|tiếp tục\s+|lại\s+|bất ngờ\s+)*)(?<!(?:sẽ|dọa|đe dọa|định|nếu|có thể)\s+)(?:bắn pháo|nã pháo|pháo kích)(?=\s+(?:về phía|vào|sang)\s)`, 'attack', 9, ['bắn pháo', 'nã pháo', 'pháo kích']),
  // "Jamaat-ul-Ahrar đã đánh bom hai nhà thờ ở khu Youhanabad", "Taliban đánh bom xe tải và …": bombing a place, or with a vehicle (not a threat or a plan to)
  // ("ngày 10/10/2015, đánh bom kép nhằm vào cuộc tuần hành …": a bombing aimed at a crowd)
  rule(String.raw`(?<!(?:sẽ|sắp|dọa|định|mưu|hoạch|thể|muốn)\s)đánh bom(?:\s+(?:liều chết|kép))?(?=\s+(?:nhằm|nhắm)\s+vào\s|\s+(?:(?:một|hai|ba|các|nhiều|\d+)\s+)?(?:xe tải|xe bồn|xe|nhà thờ|đền thờ|thánh đường|khách sạn|nhà hàng|chợ|trường|sân bay|nhà ga|ga|đồn|trụ sở|căn cứ|doanh trại|đại sứ quán|bệnh viện|xe buýt|đoàn xe|trạm|hội trường|quán|đám cưới|đám tang|lễ)(?!\p{L}))`, 'attack', 9, ['đánh bom']),
  // "Ngày 17/2, một xe bom nhắm vào đoàn xe chở binh sĩ … khiến 29 người chết": a car bomb aimed at a target, with its dead
  // ("… khi quả bom gài trên chiếc xe bà đang lái phát nổ": a bomb planted, gone off)
  rule(String.raw`(?:xe bom|xe tải bom|quả bom|bom xe)(?=\s+(?:đã\s+)?(?:nhằm|nhắm)\s+vào[^.;]{0,100}?\s(?:khiến|làm)\s+(?:[^\s.;]+\s+){0,5}?(?:thiệt mạng|chết|tử vong|bị thương)(?!\p{L}))|quả bom(?=\s+(?:được\s+)?(?:gài|cài|đặt)\s+(?:trên|dưới|trong|vào|ở)\s[^.;,]{0,60}?\s(?:phát nổ|nổ tung)(?!\p{L}))`, 'attack', 9, ['bom']),
  // "một người đàn ông lao lên sân khấu và đâm ông khoảng 10 nhát vào cổ và bụng": stab wounds counted, a stabbing told
  rule(String.raw`(?<!(?:sẽ|định|dọa|muốn|âm mưu)\s)đâm(?=\s+(?:[^\s,.;]+\s+){1,4}?(?:khoảng\s+|ít nhất\s+|tới\s+|hơn\s+)?(?:\d+|nhiều|vài|hai|ba|bốn|năm|mười|hàng chục)\s+nhát(?!\p{L}))`, 'attack', 9, ['nhát']),
  // "Ngoại trưởng X gọi cuộc điện đàm là "trò vặt"": a judgement on an event is a statement, not the event
  rule(String.raw`(?:gọi|coi|mô tả|đánh giá)(?=\s+${DESCRIBED_EVENT})`, 'statement', 3, ['gọi', 'coi', 'mô tả', 'đánh giá']),
  // "gọi các tuyên bố của Mỹ là "vô nghĩa"": calling something by a quoted name is saying it
  // ("gọi vụ xả súng là hành động "hoàn toàn không thể tha thứ"": a few words before the quote)
  rule(String.raw`(?:gọi|coi|mô tả)(?=\s+[^,.;:"“]{1,60}?\s+là\s+(?:[^\s,.;:"“]+\s+){0,3}["“])`, 'statement', 3, ['gọi', 'coi', 'mô tả']),
  // ("cuộc hội đàm trực tuyến", "hội đàm qua video": a video call)
  rule(String.raw`điện đàm|(?:trò chuyện|nói chuyện|trao đổi)\s+qua\s+điện thoại|gọi điện(?:\s+thoại)?\s+(?:(?:thông báo|báo tin)\s+)?(?:cho|tới|chúc mừng|để chúc mừng|chia buồn|hỏi thăm)|(?<!kêu\s)gọi\s+cho(?=\s+(?:ông|bà|người đồng cấp|Tổng thống|Thủ tướng|Chủ tịch|Ngoại trưởng|\p{Lu}\p{Ll}*\s+\p{Lu}))|cuộc gọi|(?:cuộc\s+)?hội đàm\s+(?:trực tuyến|qua video|qua hình thức trực tuyến|qua cầu truyền hình)`, 'call', 8, ['điện', 'gọi', 'hội đàm'], (sentence, at) => !judged(sentence, at)),
  // "Hội nghị Bộ trưởng Ngoại giao đặc biệt ASEAN - Trung Quốc … được tổ chức với sự tham dự của …": a ministers' conference held
  // "hai Thủ tướng cùng dự Hội nghị Xúc tiến Đầu tư Việt Nam tại Tokyo", "tham dự cuộc họp Hội đồng Bộ trưởng Ngoại giao SCO": a meeting attended (not one planned or invited to)
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định|để|mời|nhằm|kế hoạch)\s+(?:(?:tới|sang|đến)\s+(?:\p{Lu}[^\s,.;]*\s+){0,3})?)(?:tham dự|(?<!(?:sẽ|dự kiến|sắp|định|để|mời|nhằm|kế hoạch)\s+)dự)(?!\s+(?:[Hh]ội nghị\s+)?(?:[Tt]hượng đỉnh|[Cc]ấp cao|[Tt]uần lễ [Cc]ấp cao|G-?\d|APEC|ASEAN|COP\s?\d|NATO)(?!\p{L}))(?=\s+(?:lễ khai mạc\s+|phiên\s+[^,.;]{0,30}?\s+(?:của\s+)?)?(?:Hội nghị|hội nghị|cuộc họp|Diễn đàn|phiên họp)\s(?!(?:[Cc]ấp cao|[Tt]hượng đỉnh)(?!\p{L})))`, 'meeting', 3, ['dự']),
  // ("Phó Thủ tướng Phạm Bình Minh chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc với sự tham gia của …": one chaired)
  // ("chủ trì Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN (AMM Retreat)": a retreat, a preparatory or special one too)
  rule(String.raw`(?:[Hh]ội nghị|[Cc]uộc họp|[Kk]ỳ họp)\s+(?:(?:hẹp|trù bị|thường niên|không chính thức|đặc biệt|bất thường)\s+)?(?:lần thứ\s+\d+\s+)?(?:của\s+)?(?:Hội đồng\s+)?(?:[Bb]ộ trưởng|[Nn]goại trưởng)(?=[^.;:"“]{0,90}?\s(?<!(?:sẽ|dự kiến|dự định)\s)(?:được tổ chức|diễn ra|khai mạc|bế mạc)(?!\p{L}))|(?<=(?<!(?:sẽ|dự kiến|sắp|định|để)\s+)chủ trì\s+)(?:[Hh]ội nghị|[Cc]uộc họp)\s+(?:(?:hẹp|trù bị|thường niên|không chính thức|đặc biệt)\s+)?(?:[Bb]ộ trưởng|[Nn]goại trưởng)`, 'meeting', 6, ['hội nghị', 'cuộc họp', 'kỳ họp']),
  // ("AMM-54 khai mạc chiều 2/8 theo hình thức trực tuyến": ASEAN's foreign ministers' meeting by its acronym, opened or closed)
  rule(String.raw`(?<![\p{L}\d])[Aa]MM-?\d{1,2}(?![\p{L}\d])(?=\s+(?:đã\s+)?(?:chính thức\s+)?(?:khai mạc|bế mạc)(?!\p{L}))`, 'meeting', 5, ['amm']),
  // "Nhóm Điều phối Bốn bên (QCG) đã họp vòng đầu ở Islamabad ngày 11/1": a contact group of states meeting, no one named
  rule(String.raw`(?<=(?:^|\s)[Nn]hóm\s+\p{Lu}[^.;:,]{0,60}?\s(?:(?:đã|vừa|lại)\s+)?)họp(?=\s+(?:vòng|phiên|lần)\s)`, 'meeting', 5, ['họp']),
  // "Ngoại trưởng Mỹ, Nhật Bản, Australia và Ấn Độ hôm nay nhóm họp trực tiếp tại Tokyo", "ngoại trưởng các nước láng giềng … họp tại Tehran": ministers convening
  // (leaders who do so hold a summit, "Lãnh đạo Nhật Bản, Trung Quốc và Hàn Quốc hôm nay nhóm họp tại Tokyo")
  // ("các ngoại trưởng ASEAN hôm 3/8 họp với Ngoại trưởng Trung Quốc Vương Nghị": ministers meeting one named;
  // "các cố vấn an ninh quốc gia BRICS họp trực tuyến hôm 24/8 dưới sự chủ trì của …": online, in the chair of one named)
  // ("Cuộc họp diễn ra hôm 6/10 tại … với sự tham dự của …": a meeting held, and who attended)
  // ("Hội đồng Hòa bình và An ninh Liên minh châu Phi (AU) họp tại Addis Ababa": a council of states convening)
  rule(String.raw`(?<=(?:[Nn]goại trưởng|[Bb]ộ trưởng|[Đđ]ại diện|[Cc]ố vấn an ninh|Hội đồng|Ủy ban)[^.;:"“]{1,80}?\s)(?<!(?:sẽ|dự kiến|sắp|định|để)\s)(?:nhóm họp|họp(?=\s+(?:tại|ở)\s+\p{Lu})|họp\s+với(?=\s+(?:[^\s,.;]+\s+){0,4}?\p{Lu})|họp\s+trực tuyến(?=[^.;]{0,40}?\s(?:dưới sự chủ trì của|do\s[^.;]{1,80}?\schủ trì)(?!\p{L})))|[Cc]uộc họp(?=(?:\s+[^\s,.;]+){0,2}?\s+(?:diễn ra|được tổ chức)[^.;:"“]{0,90}?\s(?:với|có)\s+sự\s+(?:tham dự|tham gia)\s+của\s)`, 'meeting', 6, ['họp', 'cuộc họp']),
  // ("Ngoại trưởng Nga Sergei Lavrov khai mạc cuộc tham vấn về Afghanistan …": consultations, talks or a session someone opens)
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định|để|trước khi|lễ)\s+)khai mạc(?=\s+(?:cuộc|vòng|phiên)\s+(?:tham vấn|họp|đàm phán|hội đàm|đối thoại)(?!\p{L}))`, 'meeting', 5, ['khai mạc']),
  // ("Donald Trump và … Narendra Modi ngày 22/9 cùng xuất hiện trước khoảng 50.000 người …": two leaders appearing together at an event;
  // not before the press, which is what they said there: "… cùng xuất hiện trước báo giới")
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định)\s+)cùng\s+(?:nhau\s+)?xuất hiện(?=\s+(?:trước|tại|ở|trên)\s)(?!\s+trước\s+(?:báo giới|báo chí|giới truyền thông|các phóng viên)(?!\p{L}))`, 'meeting', 4, ['xuất hiện']),
  // ("Hội nghị chính thức khai mạc ngày 28/6 với sự tham dự của ông Anastasiades, ông Akıncı, …": a conference opened, and who attended;
  // not a summit, "Hội nghị COP21 đã khai mạc tại Paris với sự tham dự của …")
  rule(String.raw`(?<=^(?:[^,.;]{0,30},\s*)?)[Hh]ội nghị(?!\s+(?:[Tt]hượng đỉnh|[Cc]ấp cao|G-?\d|APEC|ASEAN|COP|NATO|BRICS|SCO)(?!\p{L}))(?=(?:\s+[^\s,.;]+){0,8}?\s+(?:(?:đã|chính thức)\s+)*khai mạc[^.;:"“]{0,40}?\s(?:với|có)\s+sự\s+(?:tham dự|tham gia)\s+của\s)`, 'meeting', 5, ['hội nghị']),
  // ("Ngày làm việc thứ hai chứng kiến phiên họp mở rộng với sự tham dự của Thủ tướng Iraq …": a summit's outreach session, and who attended)
  rule(String.raw`[Pp]hiên\s+(?:họp|thảo luận)\s+(?:mở rộng|toàn thể|đặc biệt)(?=(?:\s+[^\s,.;]+){0,6}?\s+(?:với|có)\s+sự\s+(?:tham dự|tham gia)\s+của\s)`, 'meeting', 5, ['phiên']),
  // ("Sang ngày 24/6, ông Tập tiếp tục chủ trì Đối thoại cấp cao về Phát triển toàn cầu …": a leader chairing a named dialogue or forum, held)
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|tiếp tục|cũng|lại)\s+)*)chủ trì(?=\s+(?:[Đđ]ối thoại|[Dd]iễn đàn)\s+(?:cấp cao\s+)?(?:về\s+)?\p{Lu})`, 'meeting', 6, ['chủ trì']),
  // ("sau cuộc họp của Ủy ban ứng phó khẩn cấp Cobra do Thủ tướng Boris Johnson chủ trì chiều cùng ngày": a meeting told with who chaired it;
  // "tại hội nghị trực tuyến ngày 19/5 do Ngoại trưởng Vương Nghị chủ trì": an online one too)
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định|để|kế hoạch)\s+(?:tổ chức\s+|triệu tập\s+)?(?:một\s+)?)(?:cuộc họp|phiên họp|hội nghị trực tuyến)(?=(?:\s+[^\s,.;]+){0,12}?\s+do\s+(?:[^\s,.;]+\s+){1,6}?(?:đồng\s+)?chủ trì(?!\p{L}))`, 'meeting', 6, ['cuộc họp', 'phiên họp', 'hội nghị']),
  // ("Tokyo đã đăng cai cuộc họp ngoại trưởng nhóm Bộ Tứ (Quad) …, với sự tham dự của …": a ministers' meeting hosted)
  rule(String.raw`(?<=(?:đăng cai|tổ chức|chủ trì)\s+(?:một\s+)?)(?:cuộc họp|hội nghị)\s+(?:[Bb]ộ trưởng|[Nn]goại trưởng)(?:\s+[Nn]goại giao)?(?=\s)`, 'meeting', 6, ['cuộc họp', 'hội nghị']),
  // ("… được chuẩn bị từ hội nghị ngoại trưởng Bộ Tứ diễn ra trực tuyến hôm 18/2": a ministers' meeting held, as its own subject)
  rule(String.raw`(?:cuộc họp|hội nghị)\s+(?:các\s+)?(?:[Bb]ộ trưởng|[Nn]goại trưởng)(?:\s+[Nn]goại giao)?(?=(?:\s+[^\s,.;]+){0,4}?\s+(?:đã\s+)?(?:diễn ra|được tổ chức)\s)`, 'meeting', 8, ['cuộc họp', 'hội nghị']),
  // ("[Ảnh] Chủ tịch Quốc hội Vương Đình Huệ và Thủ tướng Australia Anthony Albanese tại Canberra, chiều 30/11.", "[Ảnh] Tổng thống
  // Barack Obama và Quốc vương Salman tại Cung điện Erga ở Riyadh hôm 27/1.": a caption of two, together on a day)
  rule(String.raw`và(?=(?:\s+[\p{L}'’-]+){1,9}\s+(?:tại|ở)\s+\p{Lu}[^,.;]{1,40}(?:,\s*(?:(?:ngày|hôm|sáng|chiều|tối|trưa)\s+)?|\s+(?:ngày|hôm|sáng|chiều|tối|trưa)\s+)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\.?\s*$)`, 'meeting', 1, ['và'], (sentence, at) => CAPTION_LEAD.test(sentence.slice(0, at))),
  // "ông Tập đã họp trực tuyến với bà Merkel", "cuộc họp trực tuyến chiều 30/12 giữa ông Tập với …": a meeting held by video
  rule(String.raw`họp\s+trực tuyến(?=(?:\s+[^\s,.;]+){0,4}?\s+(?:với|giữa)\s)`, 'meeting', 7, ['họp']),
  // a meal hosted is a meeting: "bà May mời Thái tử dùng bữa tối tại dinh thự Chequers", "được Nữ hoàng Elizabeth II mời dùng bữa trưa"
  // (not a guest invited by no one named: "Jaspal Atwal … được mời dự tiệc chiêu đãi")
  rule(String.raw`(?<=(?<!được\s)${INVITED})(?:dùng bữa(?:\s+(?:tối|trưa|sáng|riêng))?|ăn\s+(?:tối|trưa|sáng)|dự\s+(?:tiệc|quốc yến)(?:\s+(?:tối|trưa))?)(?!\s+(?:làm việc\s+)?(?:cùng|với)\s)`, 'meeting', 7, ['dùng bữa', 'ăn', 'tiệc', 'quốc yến']),
  // ("Thủ tướng Hy Lạp … và Tổng thống Thổ Nhĩ Kỳ … hôm nay dùng bữa trưa làm việc tại Istanbul": a working meal of the two named, where it was)
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:hôm nay|hôm qua|đã|cùng|(?:sáng|trưa|chiều|tối)\s+(?:nay|qua))\s+)*)(?:dùng bữa|ăn)\s+(?:tối|trưa|sáng)\s+làm việc(?=\s+(?:tại|ở)\s)`, 'meeting', 7, ['dùng bữa', 'ăn']),
  // a working meal is a meeting: "ăn tối cùng Thủ tướng Abe", "tới Lâu đài Windsor uống trà với Nữ hoàng Elizabeth II"
  // (and so is a round of golf together, "ông Trump và ông Abe chơi golf tại câu lạc bộ Mobara", or a dinner hosted for
  // someone, "đã tổ chức bữa tối riêng tại Addis Ababa cho ông Kiir và ông Machar")
  // "Hai nhà lãnh đạo … đã có bữa trưa không báo trước", "có bữa tối làm việc với …", "bữa trưa làm việc ba bên với …"
  rule(String.raw`(?:ăn|dùng bữa)\s+(?:tối|trưa|sáng)(?:\s+làm việc)?\s+(?:cùng|với)|bữa\s+(?:ăn\s+)?(?:tối|trưa|sáng)(?:\s+làm việc)?(?:\s+(?:hai|ba|bốn)\s+bên)?\s+(?:cùng|với|giữa)(?=\s)|(?:uống|dùng)\s+trà\s+(?:cùng|với)|chơi golf(?=\s+(?:cùng|với)\s)|(?:tổ chức|mở|chủ trì)\s+(?:một\s+)?bữa\s+(?:ăn\s+)?(?:tối|trưa|sáng)(?:\s+riêng|\s+làm việc)?(?=[^,.;]{0,50}?\s(?:cho|với|cùng)\s+(?:ông|bà|hai|các|\p{Lu}))|(?<=\s(?:và|cùng)\s[^,.;]{1,60}?\s)chơi golf|(?=có\s)(?<=(?:đã|vừa)\s+)có\s+(?:một\s+)?bữa\s+(?:ăn\s+)?(?:tối|trưa|sáng)`, 'meeting', 7, ['ăn', 'bữa', 'trà', 'golf']),
  rule(String.raw`hội đàm|hội kiến|(?<!(?:thông báo|công bố|loan báo|xác nhận)\s+(?:về\s+)?)cuộc gặp(?: gỡ| mặt)?|gặp gỡ(?!\s+(?:cộng đồng|bà con|kiều bào|cán bộ|sinh viên|đại diện cộng đồng|báo chí|(?:các\s+)?phóng viên|giới báo chí|truyền thông))|gặp(?: lại)? nhau|gặp lại(?=\s+(?:vào|hồi|đầu|giữa|cuối|hôm|ngày|tháng|tại|ở|bên lề)(?!\p{L}))|gặp mặt|gặp(?=\s+(?:trực tiếp|riêng)(?:\s+(?:tại|ở|với|hôm|ngày|vào))?(?!\p{L}))|(?:hội nghị|cuộc họp)(?<=(?:chủ trì|tổ chức|dự|tham dự)\s+(?:cuộc\s+|một\s+)?(?:hội nghị|cuộc họp))\s+trực tuyến(?=\s+(?:với|giữa|cùng))|(?:(?<!được\s)gặp\s+lại|gặp)(?=\s+(?:song phương\s+)?(?:cả\s+)?(?:\p{Lu}|nguyên\s+\p{Lu}|người|(?:phái\s+)?đoàn\s|gia đình|thân nhân|ông|bà|(?:nhà vua|quốc vương|giáo hoàng|nữ hoàng)(?!\p{L})|lãnh đạo|nhà lãnh đạo|nguyên thủ|thủ lĩnh|lãnh tụ|chủ nhà\s+\p{Lu}|Tổng|Thủ|Ngoại|Bộ|Chủ|(?:tổng thống|thủ tướng|ngoại trưởng|chủ tịch|bộ trưởng)\s+\p{Lu}|(?:các|những|hai|ba|bốn)\s+(?:nhà lãnh đạo|lãnh đạo|nguyên thủ|người đồng cấp|bộ trưởng|ngoại trưởng|quan chức)))|(?<!(?:trực|liên|kế|chuyển|nghênh)\s)(?:tiếp đón|đón tiếp|tiếp)(?=\s+(?:(?:riêng|thân mật|trọng thể|chung)\s+)?(?:(?:tại|ở)\s+(?:\p{Lu}[^\s,.;]*\s+){1,3}(?=ông\s|bà\s))?(?:\p{Lu}|người đồng|đoàn|phái đoàn|ông|bà|vị khách|(?:nhà vua|quốc vương|giáo hoàng|nữ hoàng|con trai|con gái|gia đình|thân nhân|góa phụ|đại diện)(?!\p{L})|cựu\s+\p{Lu}|nguyên\s+\p{Lu}|ứng (?:cử )?viên\s|(?:các\s+)?(?:nhà lãnh đạo|lãnh đạo|nguyên thủ)\s|(?:(?:các|những|hai|ba|bốn|năm)\s+)?(?:ngoại trưởng|bộ trưởng|thủ tướng|tổng thống)\s+\p{Lu}))|trò chuyện|tiếp kiến|tiếp xúc(?=\s+với\s+(?:(?!(?:Covid|COVID|SARS|F[0-3])(?![\p{L}\d]))\p{Lu}|ông\s|bà\s|người đồng cấp|(?:các\s+)?(?:nhà lãnh đạo|lãnh đạo)\s))|bắt tay(?=\s+(?:nhau\s+)?(?:tại|ở|trước|hôm|ngày|sáng|chiều|tối|trưa|với\s+(?:\p{Lu}|ông|bà|người đồng))|\s+(?:thủ lĩnh|lãnh đạo|lãnh tụ)\s+đối lập\s+\p{Lu})|đón(?=\s+(?:Tổng thống|Thủ tướng|Ngoại trưởng|Chủ tịch|Bộ trưởng|Phó|Quốc vương|Nhà vua|Hoàng|Nữ hoàng|(?:Đức\s+)?Giáo hoàng|Tổng Thư ký|Thái tử|người đồng cấp|ông\s+\p{Lu}|bà\s+\p{Lu})[^,.;]{0,60}?\s(?:tại|ở)\s)|(?<=(?:^|[,:]\s*|\d\s*,\s*)(?:ông|bà)\s+(?:đã\s+)?)đón(?=\s+(?:ông|bà)\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)*\s+(?:và|rồi)\s)|(?<=^(?:ông|bà)\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)?\s+(?:đã\s+)?)đón(?=\s+(?:ông|bà)\s+(?:tại|ở)\s)|(?<=(?:ra|tới|đến)\s+(?:tận\s+)?(?:chân cầu thang máy bay|sân bay)[^,.;]{0,50}?\s)đón(?=\s+(?:\p{Lu}|\p{Ll}+\s+(?:\p{Ll}+\s+)?\p{Lu}|(?:và\s+(?:[^\s,.;]+\s+){2,3})?(?:vị khách|thái tử)(?!\p{L})))|(?:chủ trì|tổ chức)\s+lễ đón(?:\s+chính thức)?(?![^,.;]{0,60}?\s(?:và|rồi|sau đó)\s+(?:hội đàm|hội kiến|tiếp|gặp))|(?<!(?:thúc đẩy|đẩy nhanh|xúc tiến|tiến tới|nối lại|hướng tới|ủng hộ|kêu gọi|mở ra|tạm dừng|tạm ngừng|đình chỉ|đình hoãn|hoãn|rút khỏi|đồn đoán về|tin đồn về|đồn đoán|tin đồn)["”]?\s+(?:các\s+|cuộc\s+|việc\s+|tiến trình\s+|vòng\s+){0,2})(?<!(?:tiến trình|nhà|trưởng đoàn|đoàn|bàn|đang|việc|nhóm|phái đoàn|trưởng nhóm|được)\s)(?<!sau\s+(?:hơn\s+|gần\s+|khoảng\s+)?(?:\d+|nhiều|vài|mấy|hai|ba|bốn|năm|sáu|mười)\s+(?:giờ|tiếng|ngày|tuần|tháng|năm|vòng)\s+)đàm phán|(?<=(?:^|\s)tại\s)hòa đàm(?=\s+\p{Lu})|cuộc trao đổi(?!\s+(?:[\d.]+\s+(?:đổi\s+[\d.]+\s+)?)?tù nhân)|cuộc đối thoại(?!\s+(?:trực tuyến\s+)?với\s+(?:giới trẻ|thanh niên|sinh viên|học sinh|người dân|công chúng|cộng đồng|cử tri|(?:các\s+|giới\s+)?(?:doanh nghiệp|doanh nhân)|(?:các\s+)?(?:nhà\s+)?lãnh đạo trẻ)(?!\p{L}))|(?<=(?:dự|tham dự|tiến hành|tổ chức|chủ trì)\s+(?:(?:vòng|phiên|cuộc)\s+)?)đối thoại|(?<=(?:^|\s)[Vv]òng\s+)đối thoại(?=[^.;]{0,40}?\s(?:diễn ra|khai mạc|được tổ chức)(?!\p{L}))|chào xã giao|thăm xã giao(?=\s+\p{Lu})|(?<!(?:hai|ba|các|là)\s)đồng chủ trì(?=\s+(?:[Kk]ỳ họp|[Cc]uộc họp|[Pp]hiên họp|[Cc]uộc đối thoại|[Đđ]ối thoại|[Cc]uộc tham vấn|[Tt]ham vấn|(?:[Cc]hương trình\s+)?[Gg]iao lưu))|chào(?=\s+(?:Tổng Bí thư|Chủ tịch|Tổng thống|Thủ tướng|Quốc vương|Nhà vua|Hoàng đế|Thái tử|Tổng thư ký|Lãnh tụ|(?:nguyên|cựu)\s+\p{Lu}\p{Ll}*)[\s,])|(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:đã\s+)?)được\s+(?:tiếp đón|đón tiếp)(?=\s+(?:tại|ở)\s+(?:Nhà Trắng|Điện|Phủ|Dinh|Cung|Hoàng cung)(?!\p{L}))|(?<=được\s+(?:[^\s,.;]+\s+){1,8})(?<!(?:trực|liên|kế)\s)(?:tiếp|hội kiến|đón tiếp|tiếp đón)(?=(?:\s+(?:trọng thể|thân mật|nồng nhiệt|long trọng|trực tiếp|riêng))?(?:\s*[,.;]|\s*$|\s+(?:tại|ở|vào|hôm|ngày|sáng|chiều|tối|trưa)(?!\p{L})|\s+(?:và|rồi)\s+(?:sau đó\s+)?(?:hội đàm|gặp|hội kiến|làm việc)\s))|(?:tham vấn|thảo luận)(?<=(?:chủ trì|tổ chức|đăng cai)\s+(?:một\s+|các\s+)?cuộc\s+(?:tham vấn|thảo luận))(?=[^.;:]{0,80}?\svới sự tham (?:gia|dự) của\s)|họp(?<=(?:triệu tập|chủ trì)\s+(?:một\s+)?cuộc\s+họp)\s+(?:khẩn(?:\s+cấp)?|khủng hoảng|cấp bộ trưởng)(?=\s+(?:về|tại|ở|của)\s)|(?<=(?:triệu tập|chủ trì)\s+(?:một\s+)?cuộc\s+)họp(?:\s+khẩn(?:\s+cấp)?)?(?=\s+(?:với|của|giữa)|\s+an ninh\s+(?:đặc biệt|khẩn cấp)(?!\p{L})|\s+Hội đồng\s+(?:Quốc phòng|An ninh)(?!\p{L}))|(?<=(?:đã|vừa)\s+)họp(?=\s+(?:tại|ở|trực tuyến|kín|với)\s)(?!\s+với\s+(?:các|những)\s+(?:cố vấn|quan chức|trợ lý|thành viên))|(?<!lãnh đạo[^,.;]{0,60})(?<=(?:đã|vừa)\s+)họp\s+khẩn(?:\s+cấp)?(?=\s+(?:tại|ở)\s)|(?<!(?:sẽ|sẵn sàng|chịu|muốn|có thể|buộc|phải|cần|nên|chưa|không)\s+)(?<!(?:kêu gọi|yêu cầu|thúc giục|hối thúc|đề nghị|mời|ép)\s+(?:[^\s,.;]+\s+){0,4})ngồi\s+(?:vào\s+)?bàn đàm phán(?=\s+với\s)|(?=họp)(?<=(?:^|[\s,])(?:[Hh]ọ|[Hh]ai bên|[Hh]ai ông|[Hh]ai bà)\s+(?:đã\s+|vừa\s+|cũng\s+)?)họp(?:\s+2\s*\+\s*2)?(?=\s+với\s)|họp\s+2\s*\+\s*2(?=\s+với\s)`, 'meeting', 7, ['hội', 'gặp', 'tiếp', 'trò chuyện', 'lễ đón', 'đón', 'bắt tay', 'đàm phán', 'hòa đàm', 'trao đổi', 'đối thoại', 'xã giao', 'họp', 'chào', 'chủ trì'], (sentence, at) => !judged(sentence, at)),
  // "… có cả ngày làm việc liên tục với lãnh đạo cộng đồng người Síp gốc Hy Lạp, Tổng thống Nicos Anastasiades": a working session had with someone
  rule(String.raw`(?<=(?:^|\s)có\s+(?:một\s+|cả\s+|nhiều\s+|các\s+)?(?:buổi|cuộc|ngày|phiên)\s+)làm việc(?:\s+(?:liên tục|riêng|kín))?(?=\s+(?:với|cùng)\s)`, 'meeting', 7, ['làm việc']),
  // "… đã tới London và nối lại các cuộc thảo luận với người đồng cấp Anh David Frost": talks held with someone
  // (not those in general: "các cuộc thảo luận về …")
  rule(String.raw`(?<=(?:nối lại|tiến hành|có|mở)\s+(?:một\s+|các\s+|những\s+)?)cuộc thảo luận(?=\s+(?:trực tiếp\s+|riêng\s+|kín\s+)?(?:với|giữa)\s)`, 'meeting', 6, ['cuộc thảo luận']),
  // "… sau khi ông được Tổng thống Mỹ Donald Trump đón tiếp nồng hậu tại Nhà Trắng hôm 3/4": received by someone named
  rule(String.raw`(?<=(?<!\p{L})được\s+[^,.;]{2,60}?\s)(?:tiếp đón|đón tiếp)(?=\s+(?:(?:nồng hậu|nồng nhiệt|long trọng|trọng thể|thân mật)\s+)?(?:tại|ở|hôm|ngày)\s)`, 'meeting', 7, ['đón tiếp', 'tiếp đón']),
  // "Thủ tướng … đã có tiếp xúc ngắn với Tổng thống Singapore Tony Tan", "có các cuộc tiếp xúc với Thủ tướng Ấn Độ …":
  // contacts had with someone named (not "duy trì tiếp xúc cấp cao", nor contacts "với nhiều lãnh đạo")
  rule(String.raw`(?<=(?<!\p{L})có\s+(?:(?:một|các|nhiều)\s+)?(?:cuộc\s+)?)tiếp xúc(?=(?:\s+(?:ngắn|song phương|riêng|trực tiếp|bên lề))*\s+với\s+(?:\p{Lu}|ông\s|bà\s|người đồng cấp))`, 'meeting', 7, ['tiếp xúc']),
  // ("khi hai người có cuộc tiếp xúc bên lề Hội nghị Bộ trưởng Ngoại giao G20 tại Bonn": two told as a pair, in contact somewhere)
  rule(String.raw`(?<=(?:hai người|hai bên|hai nhà lãnh đạo|hai ông|hai bà|hai (?:Ngoại trưởng|Bộ trưởng|Thủ tướng|Tổng thống))\s+(?:đã\s+|cũng\s+)*có\s+(?:một\s+)?(?:cuộc\s+)?)tiếp xúc(?=(?:\s+(?:ngắn|song phương|riêng|trực tiếp))*\s+(?:bên lề|tại|ở|hôm|ngày)\s)`, 'meeting', 7, ['tiếp xúc']),
  // "Chủ tịch nước … đã chủ trì phiên thảo luận mở cấp cao của Hội đồng Bảo an": a presidency's session of a council of states
  // (not a government's own "phiên họp Chính phủ thường kỳ")
  rule(String.raw`(?<=chủ trì\s+(?:một\s+)?)phiên\s+(?:thảo luận mở|họp(?=(?:\s+[^\s,.;]+){0,4}?\s+(?:của|tại)\s+(?:Hội đồng Bảo an|HĐBA|Liên hợp quốc|Liên Hợp Quốc|LHQ)))`, 'meeting', 7, ['phiên']),
  // "Hội đồng Bảo an Liên Hợp Quốc đã nhóm họp khẩn cấp sáng 6/1": the Security Council meeting, an event of its own (not one requested or planned)
  // ("… tổ chức cuộc tham vấn kín về tình hình Kashmir": a closed session it held)
  rule(String.raw`(?<=(?<!(?:yêu cầu|đề nghị|kêu gọi|đòi)\s+)[Hh]ội đồng Bảo an(?:\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?(?:\s+(?:đã|cũng|ngay|hôm nay|(?:(?:trong|vào)\s+)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+\d{1,2}[/.-]\d{1,2}(?:\s*\([^()]{1,20}\))?))*\s+)(?:(?:nhóm\s+)?họp(?=\s+(?:khẩn|kín|công khai|trực tuyến|về)(?!\p{L})|\s*[,.;]|\s+(?:sáng|chiều|tối|hôm|ngày)\s)|(?:tổ chức|tiến hành)\s+(?:một\s+)?(?:cuộc|phiên)\s+(?:họp|tham vấn)(?=\s+(?:khẩn|kín|công khai|trực tuyến|về)(?!\p{L})))`, 'meeting', 6, ['họp', 'tham vấn']),
  // "Phát biểu tại cuộc họp báo chung với Thủ tướng Anh …, ông Trump mô tả …": a joint press
  // conference with a guest is a meeting, unless it is where the sentence's statement was made
  // ("X tuyên bố …, trong cuộc họp báo chung với Y")
  rule(String.raw`họp báo chung(?=\s+(?:với|cùng)\s)|(?<=\p{Lu}[^,.;]{2,120}\s+và\s+[^,.;]{2,80}\s+tại\s+)cuộc họp báo chung`, 'meeting', 7, ['họp báo'], (sentence) => !STATED.test(sentence)),
  // "Hiệp định … đã chính thức có hiệu lực từ ngày 30/5", "… chính thức có hiệu lực từ hôm nay": a document entering into force (not one that will)
  rule(String.raw`(?=có hiệu lực)(?<=(?:[Hh]iệp định|[Hh]iệp ước|[Cc]ông ước|[Tt]hỏa thuận|[Ll]ệnh ngừng bắn|FTA|\p{Lu}{4,})(?:\s+[^.;:]{0,120}?)?\s)(?<!(?:sẽ|để|khi|chưa|kiến|sau|trước)\s+(?:chính thức\s+)?)(?<!(?:rút lui|rút khỏi|việc rút)(?:\s+[^\s,.;]+){0,4}\s+)có hiệu lực(?=\s+(?:(?:từ|kể từ)\s+(?:ngày\s+)?\d|(?:từ|kể từ)\s+(?:ngày\s+)?hôm nay|(?:vào\s+)?(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|nửa đêm)\s+)?(?:ngày|hôm)\s+\d))`, 'agreement', 6, ['có hiệu lực', 'hiệu lực']),
  // an official act signed alone: "ký sắc lệnh rút Mỹ khỏi TPP", "ký sắc lệnh công nhận …", "ký Đạo luật Tự trị Hong Kong"
  // ("Tổng thống Zelensky ký đơn xin gia nhập EU ngày 28/2": an application signed)
  rule(String.raw`ký\s+(?:[Ss]ắc lệnh|lệnh|[Đđ]ạo luật|[Dd]ự luật|[Ll]uật|đơn(?=\s+(?:xin|đề nghị|chính thức)))`, 'other', 6, ['ký']),
  // "Tòa Trọng tài thường trực (PCA) tại La Haye ngày 12/7 ra phán quyết", "phán quyết ngày 12/7 của Tòa …": a court's ruling
  // (weaker than what is said of it: "Việt Nam hoan nghênh việc Tòa Trọng tài ra phán quyết" is the statement)
  rule(String.raw`(?<!(?:sẽ|sắp|chờ|trước khi|có thể)\s+)${RULING_WORDS}`, 'other', 2, ['phán quyết']),
  // ("Phán quyết được Tòa án quận The Hague công bố chiều 17/11": a ruling made known, in the passive, is the ruling; not a statement of its own)
  rule(String.raw`(?<!(?:sẽ|sắp|chờ|trước khi|có thể)\s+)phán quyết\s+(?:này\s+|cuối cùng\s+)?được\s+[^,.;]{0,50}?\s(?:công bố|đưa ra|tuyên)(?!\p{L})`, 'other', 4, ['phán quyết']),
  // "Ngày 3/9, Triều Tiên tiến hành vụ thử hạt nhân lần thứ sáu", "hai lần phóng thử tên lửa …": a weapons test (not one threatened, banned or halted)
  rule(String.raw`(?<!(?:sẽ|có thể|chuẩn bị|dọa|đe dọa|cấm|ngừng|dừng|hoãn|nhằm|không)\s+(?:(?:các|một|những)\s+)?)${WEAPON_TEST_WORDS}`, 'other', 6, ['thử', 'tên lửa đạn đạo', 'tên lửa tầm xa', 'được phóng']),
  // "Chủ tịch nước … đã từ trần lúc 10 giờ 05 phút ngày 21/9/2018", "trút hơi thở cuối cùng lúc 22h29 tối 25/11": a leader's death
  // (not one told of a person in passing: "Cố Quốc vương Sheikh Sabah, qua đời hồi cuối tháng 9 năm ngoái, từng …", "người đã qua đời …")
  rule(String.raw`(?<!(?:sẽ|nếu|khi|sau khi|trước khi)\s+)(?<!,\s*)(?<!người\s+(?:(?:đã|vừa)\s+)?)${DEATH_WORDS}`, 'other', 5, ['qua đời', 'từ trần', 'tạ thế', 'trút hơi thở', 'băng hà']),
  // "quân đội Myanmar đã bắt giữ Cố vấn Nhà nước Aung San Suu Kyi …", "binh sĩ Sudan đã bắt giữ Thủ tướng Hamdok", "cuộc đảo chính": a coup
  // (or a mutiny, its day told by weekday: "Cuộc binh biến bắt đầu từ sáng thứ Ba (18/8) …")
  rule(String.raw`(?:cuộc|vụ)\s+(?:đảo chính|chính biến|binh biến)(?:\s+(?:bất thành|hụt|thất bại))?(?=(?:\s+[^\s,.;]+){0,5}\s+(?:ngày|hôm|sáng|chiều|tối|rạng sáng|đêm)\s+(?:\d|thứ\s))|tiến hành\s+(?:cuộc\s+)?đảo chính|(?:bắt giữ|phế truất|lật đổ)(?<=(?:quân đội|binh sĩ|quân nhân)(?:\s+\p{Lu}[^\s,.;]*){0,2}\s+(?:đã\s+)?(?:bắt giữ|phế truất|lật đổ))(?=\s+(?:Cố vấn|Tổng thống|Thủ tướng|Chủ tịch|lãnh đạo|nhà lãnh đạo|bà|ông)(?!\p{L}))`, 'other', 6, ['đảo chính', 'chính biến', 'binh biến', 'bắt giữ', 'phế truất', 'lật đổ']),
  // ("Ngày 19/11, Taliban trả tự do cho hai giáo sư …", "Mục sư Mỹ Andrew Brunson được thả", "9 nam và một nữ thủy thủ được thả vào khoảng 8h40": a release of those held
  // (not one asked for, promised or refused: "yêu cầu trả tự do cho ông Navalny", "chưa trả tự do cho các tàu"; nor a balloon let go, "được thả bay")
  rule(String.raw`(?<!(?:yêu cầu|kêu gọi|đòi|đề nghị|nhằm|để|việc|sẽ|chưa|không|thúc giục|hối thúc|muốn|đồng ý|cam kết|hứa|phải|cần|sức ép|áp lực)\s+(?:[^\s,.;]+\s+){0,5})trả tự do cho(?=\s)|(?<=\p{L}\s+(?:đã\s+|vừa\s+|cũng\s+)?)(?<!(?:không|chưa|sẽ|phải|cần)\s+)được\s+(?:trả tự do|phóng thích|thả)(?![\p{L}])(?!\s+(?:bay|diều|vào|xuống|ra biển))`, 'other', 5, ['trả tự do', 'phóng thích', 'được thả']),
  // "Iran bắt giữ tàu chở dầu Stena Impero …", "việc Anh bắt giữ tàu Grace 1 … hôm 4/7": a ship seized (not one threatened or to be freed)
  rule(String.raw`(?<!(?:sẽ|có thể|dọa|đe dọa|âm mưu|định|nhằm|không)\s+(?:bắt giữ|thu giữ|chiếm giữ|bắt)\s+(?:chiếc\s+|con\s+)?)(?<=(?:bắt giữ|thu giữ|chiếm giữ|bắt)\s+(?:chiếc\s+|con\s+)?)tàu(?:\s+(?:chở dầu|dầu|cá|hàng|hải quân|chiến))?(?=\s)`, 'other', 4, ['tàu']),
  // "Bộ trưởng Quốc phòng Abdullah Habibi và Tổng tham mưu trưởng … hôm nay (24.4) từ chức", "… trao thư từ chức": a resignation
  // (not one asked for, planned or refused: "đòi Tổng thống Morales từ chức", "sẽ từ chức"; nor one announced, told as what was said)
  // (nor one told as what led to another or was reacted to, "sau khi ông Jacob Zuma từ chức", "thay ông Shinzo Abe từ chức", "hoan nghênh việc ông Evo Morales từ chức"; nor the letter, "rút lại đơn từ chức")
  rule(String.raw`(?<!(?:yêu cầu|đề nghị|kêu gọi|đòi|buộc|ép|sức ép|áp lực|tin đồn|khi|thay|thay thế|việc)[^,.;]{0,60})(?<!(?:sẽ|dọa|đe dọa|có thể|muốn|định|phải|tuyên bố|thông báo|quyết định|từ chối|không|chưa|việc|đơn|lá đơn)\s+)(?:(?:trao|nộp|gửi)\s+(?:thư|đơn)\s+từ chức|từ chức)(?=\s*[,.;]|\s+(?:hôm|ngày|sáng|chiều|tối|vào|sau|giữa|trong|vì|khỏi)(?!\p{L}))`, 'other', 5, ['từ chức']),
  // "ông Mugabe cách chức phó tổng thống Emmerson Mnangagwa", "Tổng thống Trump sa thải ông Comey hôm 9/5": a dismissal from office (not one announced, "tuyên bố cách chức …", told as what was said)
  rule(String.raw`(?<!(?:sẽ|dọa|đe dọa|có thể|muốn|định|bị|tuyên bố|thông báo|quyết định)\s+)(?:cách chức|sa thải)(?=\s+(?:[Pp]hó\s+)?(?:tổng thống|thủ tướng|bộ trưởng|ngoại trưởng|Tổng thống|Thủ tướng|Bộ trưởng|Ngoại trưởng|tư lệnh|[Gg]iám đốc|[Cc]ố vấn|ông|bà)(?!\p{L}))`, 'other', 5, ['cách chức', 'sa thải']),
  // "thỏa thuận mà chính quyền … ký với Taliban tại Doha", "Hiệp ước Aachen mà Tổng thống Macron cùng … ký tháng 1/2019",
  // "thỏa thuận … mà Seoul và Tokyo đạt được ngày 28/12/2015": a deal told with its signing or reaching;
  // "ký Thông cáo chung …", "thông qua Tuyên bố Tầm nhìn chung …": a named document signed or adopted
  // ("Chủ tịch COP27, Ngoại trưởng Ai Cập Sameh Shoukry gõ búa thông qua quyết định thành lập quỹ …": a conference's decision gavelled through)
  // "Bộ trưởng Quốc phòng Pháp … và người đồng cấp Ai Cập … ký hợp đồng trị giá 5,2 tỷ euro": a contract signed, weaker than a visit or talks the sentence tells
  // (not the background of another event: "… sau khi New Delhi ký hợp đồng mua hệ thống phòng không S-400")
  rule(String.raw`ký\s+(?:(?:các|một)\s+)?hợp đồng(?!\p{L})`, 'agreement', 1, ['ký'], (sentence, at) => !/(?:sau|trước)\s+khi\s+(?:[^\s,.;]+\s+){1,4}$/u.test(sentence.slice(Math.max(0, at - 50), at))),
  rule(String.raw`(?<!(?:sẽ|sắp|dự kiến)\s+)gõ búa(?:\s+thông qua)?(?=\s)`, 'agreement', 6, ['gõ búa']),
  // ("Một tàu tuần tra của lực lượng biên phòng đã bắn cảnh cáo, …": warning shots fired at a ship or an aircraft)
  rule(String.raw`(?<=(?:đã|vừa)\s+)bắn cảnh cáo`, 'attack', 9, ['bắn cảnh cáo']),
  // ("Nghị viện châu Âu … bỏ phiếu thông qua cả hai hiệp định", "Quốc hội … đã biểu quyết phê chuẩn EVFTA": a legislature ratifying a treaty;
  // not one that will, must or is to consider it, or is asked to: "Quốc hội dự kiến xem xét phê chuẩn …", "trình Quốc hội thông qua hiệp định")
  rule(String.raw`(?<=${RATIFIER})${BY_VOTE}(?:thông qua|phê chuẩn)(?=\s+(?:cả\s+)?(?:hai\s+)?(?:[Hh]iệp định|[Hh]iệp ước|[Tt]hỏa thuận|[Cc]ông ước|\p{Lu}{3,}(?!\p{L})))`, 'agreement', 6, ['thông qua', 'phê chuẩn'], (sentence, at) => !/(?:sẽ|sắp|dự kiến|phải|cần|chưa|xem xét|để|khi|trình|cho phép|yêu cầu|kêu gọi|đề nghị|thúc giục)\s/u.test(sentence.slice(Math.max(0, at - 40), at))),
  // ("Thủ tướng Montenegro Dusko Markovic đã trao văn kiện gia nhập Hiệp ước Bắc Đại Tây Dương cho …": an instrument of accession or ratification deposited)
  rule(String.raw`(?<!(?:sẽ|sắp|dự kiến|để)\s+)(?:trao|nộp|trao lại)\s+(?:các\s+|bản\s+)?(?:văn kiện|văn bản)(?:\s+pháp lý)?\s+(?:gia nhập|phê chuẩn|phê duyệt)(?!\p{L})`, 'agreement', 6, ['trao', 'nộp']),
  rule(String.raw`ký(?=\s+(?:vào\s+)?(?:(?:ngày|hôm)\s+\d|(?:hôm|sáng|trưa|chiều|tối)\s+(?:thứ\s+\p{L}+|[Cc]hủ nhật)\s*\(\d))|ký(?=\s+(?:tại|ở)\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)?\s+(?:một|các|hai|bản)\s+["“]?(?:[Ll]ộ trình|[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước|[Bb]ản ghi nhớ|[Vv]ăn kiện|[Tt]uyên bố|[Nn]ghị định thư)(?!\p{L}))|ký kết|(?=ký|chốt|thông qua)(?<=(?:(?:^|,\s*)(?:[Vv]ăn kiện|[Vv]ăn bản|[Hh]iệp định|[Hh]iệp ước|[Tt]hỏa thuận|[Cc]ông ước|[Kk]hung\s+\p{Lu}{2,}(?=\s)|\p{Lu}{3,}(?=\s))|\s(?:Văn kiện|Hiệp định|Hiệp ước|Thỏa thuận|Công ước)\s\p{Lu}|(?:hoan nghênh|ủng hộ|ca ngợi)\s+(?:việc\s+)?(?:thỏa thuận|hiệp định|hiệp ước|văn kiện))[^.;:]{0,120}?\sđược\s+(?:[^\s,.;:]+\s+){0,14}|[Tt]heo\s+(?:thỏa thuận|hiệp định|hiệp ước|văn kiện|bản ghi nhớ)\s+được\s+(?:[^\s,.;:]+\s+){1,14})(?:ký(?:\s+tắt)?|chốt|thông qua)(?=(?:\s+chính thức)?\s+(?:tại|ở|ngày|hôm|vào|hồi|tháng|sáng|trưa|chiều|tối|đêm)\s)|(?=ký|đạt được)(?<=(?:(?:[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước|[Bb]ản ghi nhớ|[Vv]ăn kiện)(?:\s+[^\s,.;]+){0,8}?\s+(?:mà|do)\s+|Tuyên bố(?:\s+[^\s,.;]+){0,8}?\s+(?:mà|do)\s+(?=\p{Lu}))(?:[^\s,.;]+,?\s+){1,30})(?:ký|đạt được)(?=\s+(?:với|tại|ở|ngày|hôm|vào|năm|tháng)\s)|(?:ký|thông qua)(?=\s+(?:(?:văn kiện|văn bản)\s+(?:mang tên|có tên|gọi là)\s+)?["“]?(?:bản\s+|khung\s+)?(?:Thông cáo|Tuyên bố|Tuyên ngôn|Hiệp định|Hiệp ước|Thỏa thuận|Công ước|Nghị định thư|Bản ghi nhớ|Văn kiện|Lời kêu gọi|Định ước|Lộ trình|Chương trình hành động|Kế hoạch hành động|Bộ [Qq]uy tắc|Hiến chương|Khung))|đã ký(?!\s+(?:sắc lệnh|lệnh|đạo luật|dự luật|luật|thành luật))|ký\s+(?:(?:các|một|hơn|gần|khoảng|tổng cộng)\s+)?(?:\d+\s+)?(?:văn kiện|văn bản|hiệp ước|hiệp định|thỏa thuận|bản ghi nhớ|biên bản|công hàm|thông cáo chung)(?!\p{L})|(?<=(?:chứng kiến|dự)\s+)(?:lễ ký(?: kết)?|lễ trao(?: đổi)?(?=\s+(?:các\s+)?(?:văn kiện|văn bản|thỏa thuận|bản ghi nhớ|hiệp định)(?!\p{L})))|(?<=^)lễ ký(?: kết)?(?=(?:\s+[^\s,.;]+){0,6}?\s+(?:diễn ra|được tổ chức)(?!\p{L}))|đặt bút ký|(?:trao|nộp|bàn giao)\s+(?:các\s+)?(?:văn kiện|văn bản|văn kiện)\s+phê chuẩn|nhất trí(?!\s+(?:bầu|bỏ phiếu|thông qua|lên án|kêu gọi))|thống nhất(?=\s+(?:về|rằng|tăng|thúc|thực|các|sẽ|cùng|phối))|đồng ý|đồng thuận|đạt được thỏa thuận|thỏa thuận${DEAL_AS_OBJECT}(?!\s+(?:hay|hoặc)\s+không)`, 'agreement', 6, ['ký', 'chốt', 'nhất trí', 'thống nhất', 'đồng ý', 'đồng thuận', 'thỏa thuận', 'thông qua', 'phê chuẩn', 'lễ trao'], (sentence, at) => (!sentence.startsWith('thỏa thuận', at) || (!SPOKEN_OF.test(sentence.slice(0, at)) && !ANNOUNCED_DEAL.test(sentence.slice(at + 10, at + 110)))) && !APPROVED.test(sentence.slice(Math.max(0, at - 120), at)) && !UNDONE_DEAL_BEFORE.test(sentence.slice(Math.max(0, at - 160), at))
    // ("gọi văn kiện cuối cùng là kết quả "cân bằng và đồng thuận"": what something is called, no agreement told)
    && !(sentence.startsWith('đồng thuận', at) && CALLED_BEFORE.test(sentence.slice(Math.max(0, at - 100), at)))),
  rule(String.raw`[hH]ội nghị [tT]hượng đỉnh|[tT]hượng đỉnh|[hH]ội nghị (?:(?:không chính thức|bất thường|đặc biệt)\s+)?(?:các )?nhà lãnh đạo(?: kinh tế)?\s+(?:APEC|G-?20|G-?7|ASEAN)|[hH]ội nghị\s+(?:[cC]ấp cao\s+)?(?:G-?\d+|APEC|ASEAN|ASEM|COP\s?\d+|NATO)|(?<=(?:dự|tham dự)\s+(?:(?:phiên|lễ)\s+(?:khai mạc|bế mạc)\s+)?)ASEM(?:\s+\d+)?(?![\p{L}\d])|[tT]uần lễ [cC]ấp cao(?:\s+APEC)?|[hH]ội nghị (?:thượng đỉnh\s+)?(?:ba|bốn) bên(?=\s+(?:sáng|chiều|tối|trưa|hôm|ngày|tại|ở|\p{Lu}|Trung|Nhật|Hàn|Mỹ))|[hH]ội nghị [cC]ấp cao(?!\s+(?:bộ trưởng|quan chức))|[hH]ội nghị (?:thượng đỉnh\s+)?trực tuyến(?=\s+(?:của\s+)?(?:nhóm\s+)?(?:Bộ [Tt]ứ|\p{Lu}{2,}))`, 'summit', 5, ['thượng đỉnh', 'hội nghị', 'tuần lễ', 'asem']),
  // "Thủ tướng Angela Merkel từng tiếp các nhà lãnh đạo G7 tại đây": hosting a series' leaders is hosting its summit
  // "Hội nghị Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN 2018) đã bế mạc chiều 13/9": a named conference opened or closed
  // ("Hội nghị do Thủ tướng Đức Angela Merkel chủ trì … diễn ra tại Phủ Thủ tướng Đức ngày 19/1": one held on a stated day;
  // "Hội nghị "Hỗ trợ Syria và khu vực" diễn ra hôm thứ năm (4/2)": its name quoted, its day by the weekday;
  // "Hội nghị do Thủ tướng Hun Sen và Thủ tướng Trung Quốc Lý Khắc Cường đồng chủ trì, với sự tham dự của …", opening a sentence: the one just told, its chairs and guests)
  // ("Hội nghị được Thủ tướng nước chủ nhà Najib Razak khai mạc sáng 4/8, …": opened by a leader named, on its day)
  rule(String.raw`[Hh]ội nghị(?=\s+(?:(?:thường niên|thường kỳ|toàn thể|lần thứ\s+\d+)\s+){0,2}(?:(?:các\s+)?(?:nhà\s+)?lãnh đạo\s+)?(?:\p{Lu}|quốc tế\s+\p{Lu}|do\s|["“][^"”.;]{1,80}["”])[^.;:"“]{0,90}?\s(?:(?:đã\s+)?(?:chính thức\s+)?(?:khai mạc|bế mạc|khép lại)(?!\p{L})|(?<!(?:sẽ|dự kiến|dự định)\s)(?:diễn ra|được tổ chức)\s[^.;:]{0,60}?(?:ngày|hôm|sáng|chiều|tối|trưa)\s+(?:thứ\s+\p{L}+\s+\()?\d))|^[Hh]ội nghị(?=\s+(?:này\s+|(?:quốc tế\s+)?về\s+\p{Lu}[^\s,.;]*\s+)?do\s[^.;]{3,120}?\s(?:đồng\s+)?chủ trì\s*,\s*(?:với\s+)?sự\s+(?:tham dự|tham gia)\s+của\s)|^[Hh]ội nghị(?=\s+(?:này\s+)?(?:đã\s+)?được\s+(?:Thủ tướng|Tổng thống|Chủ tịch|Quốc vương|Nhà vua|Ngoại trưởng|Bộ trưởng)\s[^.;]{3,80}?\skhai mạc\s+(?:vào\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)\s+\d)|(?:khai mạc|bế mạc|(?:đồng\s+)?chủ trì|(?:đồng\s+)?tổ chức|đăng cai)\s+(?:một\s+)?[hH]ội nghị(?=\s+(?:cấp\s+)?(?:[bB]ộ trưởng|quốc tế|\p{Lu}))`, 'summit', 4, ['hội nghị'], (sentence, at) => !/(?:sẽ|dự kiến|chuẩn bị)\s+(?:[^\s,.;]+\s+){0,3}$/u.test(sentence.slice(Math.max(0, at - 40), at)) && !/phát biểu\s+$/u.test(sentence.slice(Math.max(0, at - 12), at))),
  // ("COP22 khai mạc ngày 7/11", "… (COP22) tại thành phố Marrakech tối qua bế mạc": a conference of the parties by its acronym, opened or closed;
  // not one leaders "sẽ tới Paris dự")
  rule(String.raw`(?<![\p{L}\d])[Cc]OP\s?\d{1,2}(?![\p{L}\d])(?=\)?[^.;:"“]{0,60}?\s(?:(?:đã\s+)?(?:chính thức\s+)?(?:khai mạc|bế mạc))(?!\p{L}))`, 'summit', 4, ['cop'], (sentence, at) => !/(?<!\p{L})(?:sẽ|dự kiến|chuẩn bị|sắp)\s[^.;]*$/u.test(sentence.slice(Math.max(0, at - 100), at))),
  rule(String.raw`(?:tiếp|đón|đón tiếp|tiếp đón)\s+(?:các\s+)?(?:nhà\s+)?lãnh đạo\s+(?:G-?\d+|APEC|ASEAN|NATO|BRICS|EU)(?![\p{L}\d])`, 'summit', 8, ['lãnh đạo']),
  // ("Liên đoàn Arab họp khẩn cấp tại Cairo": a body of states in emergency session)
  rule(String.raw`họp\s+(?:khẩn|khẩn cấp|thượng đỉnh)`, 'summit', 5, ['họp'], (sentence, at) => LEADERS_BEFORE.test(sentence.slice(Math.max(0, at - 80), at)) || STATES_BODY_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))),
  // "Các nhà lãnh đạo 29 nước thành viên NATO hôm qua (4/12) họp tại …": the leaders of a summit series met
  // (over a meeting's "đã họp ở": "các nhà lãnh đạo kinh tế APEC đã họp ở Đà Nẵng")
  // (not the time of something else: "đúng lúc lãnh đạo G20 đang họp ở Hàng Châu")
  rule(String.raw`(?<!(?:đang|sẽ|sắp)\s+)(?:nhóm\s+)?họp(?=\s+(?:tại|ở)\s)`, 'summit', 8, ['họp'], (sentence, at) => SERIES_LEADERS_BEFORE.test(sentence.slice(Math.max(0, at - 90), at))),
  // "tới thăm, chúc sức khỏe nguyên Chủ tịch nước Khamtay Siphandon", "thăm cựu Thủ tướng …": calling on a person is meeting them
  rule(String.raw`(?<!(?:chuyến|cuộc|lượt)\s)thăm(?=(?:\s*,\s*|\s+và\s+)chúc\s+(?:sức khỏe|Tết|thọ|mừng)\s+(?:nguyên|cựu|ông|bà|Tổng Bí thư|Chủ tịch|Thủ tướng|Tổng thống)(?!\p{L})|\s+(?:nguyên|cựu)\s+\p{Lu}|\s+(?:ông|bà)\s+\p{Lu})`, 'meeting', 5, ['thăm']),
  // ("Chủ tịch Cuba Raul Castro, 84 tuổi, được đón bằng nghi thức quân đội trọng thể tại Khải Hoàn Môn vào thứ Hai (1/2)": a guest's welcome ceremony)
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)(?:\s*,\s*\d{1,3}\s+tuổi\s*,)?\s+(?:đã\s+)?)được\s+(?:chào\s+)?đón\s+(?:bằng\s+)?(?:(?:lễ|nghi thức|nghi lễ)(?:\s+đón)?(?:\s+(?:quân đội|quân sự|cấp nhà nước|chính thức))?|trọng thể|long trọng)(?!\p{L})`, 'visit', 4, ['đón']),
  // (not a visit protested against: "… xuống đường tại Budapest phản đối chuyến thăm"; nor one named by its highlight, "sự kiện được coi là tâm điểm của chuyến thăm")
  rule(String.raw`(?<!(?:phản đối|chống lại|chống|(?:tâm điểm|điểm nhấn|trọng tâm|điểm nổi bật) của)\s+(?:các\s+|những\s+)?)chuyến thăm|công du|thăm chính thức|thăm cấp nhà nước|(?<!(?:phản đối|chống lại|chống|(?:tâm điểm|điểm nhấn|trọng tâm|điểm nổi bật) của)\s+(?:các\s+|những\s+)?chuyến\s+)(?<!thăm\s)(?<!(?:dẫn|đưa)\s+(?:ông|bà|vị khách|khách|đoàn|đoàn khách)\s+(?:đi\s+)?)thăm(?!\s+dò|\s+hỏi|\s+khám|\s+(?:các\s+|những\s+)?(?:nạn nhân|người bị thương|thương binh|gia đình nạn nhân)(?!\p{L}))`, 'visit', 4, ['thăm', 'công du']),
  // "Kim Jong Un đặt vòng hoa tại Lăng Chủ tịch Hồ Chí Minh", "viếng đài tưởng niệm": a visit to a memorial (not one planned)
  // ("Thủ tướng Iraq Haider al-Abadi tới thị sát hiện trường nhưng bị đám đông … la ó": a leader at the scene of an attack)
  // (not one a clause dates something else by: "sau khi thị sát hiện trường, ông tuyên bố …"; nor a caption's "thị sát hiện trường vụ nổ", the attack's)
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định|để)\s+(?:tới\s+|đến\s+)?)(?<!(?:sau|trước)\s+khi\s+(?:[^\s,.;]+\s+){0,3})(?:thị sát|(?<=(?:tới|đến)\s+)thăm)\s+hiện trường(?=\s*(?:[,;]|\s(?:nhưng|và)\s))`, 'visit', 3, ['hiện trường']),
  // ("Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Hy Lạp Kyriakos Mitsotakis sáng nay cùng thị sát cảng Piraeus": a site inspected, named)
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định|để)\s+(?:tới\s+|đến\s+|cùng\s+)?)(?<!(?:sau|trước)\s+khi\s+(?:[^\s,.;]+\s+){0,3})thị sát(?=\s+(?:cảng|nhà máy|căn cứ|công trường|bến cảng|khu công nghiệp|đặc khu|nhà ga|sân bay|biên giới)\s+\p{Lu})`, 'visit', 3, ['thị sát']),
  // ("ông Netanyahu dừng chân hai ngày 20-21/2 tại Singapore": a stop on the way is a visit there, when the sentence tells its day;
  // "Ông cũng dừng chân tại Singapore trước khi tới Việt Nam" is a stop on the route, of no day told)
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|cũng|có|vừa)\s+)*)dừng chân(?=[^,.;]{0,30}?\s(?:tại|ở)\s+(?:thủ đô\s+|thành phố\s+)?\p{Lu})`, 'visit', 3, ['dừng chân'], (sentence) => DAY_TOLD.test(sentence)),
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định)\s+(?:tới\s+|đến\s+)?)(?:đặt vòng hoa|dâng hoa)(?=\s+(?:tưởng niệm\s+[^,.;]{0,60}?\s+)?(?:tại|ở)\s)|(?<!(?:sẽ|dự kiến|sắp|định)\s+(?:tới\s+|đến\s+)?)viếng(?=\s+(?:Lăng|lăng|đài tưởng niệm|Đài tưởng niệm|mộ|Mộ|nghĩa trang|Nghĩa trang|đền|Đền))`, 'visit', 3, ['vòng hoa', 'dâng hoa', 'viếng']),
  // "đã ra Tuyên bố chung": a joint statement, named as a document or not; not one signed ("ký
  // Tuyên bố chung Bình Nhưỡng" is the agreement), nor the outcome of a summit the clause tells
  // ("tổ chức hội nghị thượng đỉnh … và ra tuyên bố chung")
  rule(String.raw`(?<!ký(?:\s+kết)?\s+)(?:ra\s+)?[tT]uyên bố(?=\s+chung(?!\p{L}))`, 'statement', 3, ['tuyên bố'], (sentence, at) => !SUMMIT_AND.test(sentence.slice(Math.max(0, at - 120), at))),
  // "IS tuyên bố nhận trách nhiệm", "IS đăng tuyên bố trên mạng nhận trách nhiệm": a claim, before the plain "tuyên bố" takes its first word
  // (not "chỉ chịu trách nhiệm trước Lãnh tụ tối cao": answerable to him)
  // (not a standing claim: "khu vực mà cả Trung Quốc và Bhutan cùng tuyên bố chủ quyền")
  rule(String.raw`(?:(?:ra|đăng)\s+tuyên bố(?:\s+trên\s+mạng(?:\s+xã hội)?)?\s+|tuyên bố\s+)?(?:đã\s+|chính thức\s+)?(?:lên tiếng\s+)?(?:nhận|chịu)\s+trách nhiệm(?!\s+trước\s+(?!đó|khi))|tuyên bố\s+(?:là\s+)?đứng sau|(?<!\p{L})ra tuyên bố(?!\s+chung(?!\p{L}))|tuyên bố(?!\s+(?:chung|chủ quyền)(?!\p{L}))|(?<!\p{L})(?:ra|phát đi|đưa ra)\s+(?:một\s+)?(?:thông cáo|thông báo)(?!\s+chung(?!\p{L}))|(?<=^trong\s+(?:một\s+|bản\s+)?)thông cáo(?=(?:\s+báo chí)?\s+(?:được\s+)?(?:phát đi|đưa ra|công bố|ban hành)(?!\p{L}))|phát biểu|kêu gọi|(?<!(?:với|những|các|lời|theo)\s)cam kết|hối thúc|thông báo|loan báo|lên án|cảnh báo(?!\s+của(?!\p{L}))|công bố|trả lời phỏng vấn|cuộc phỏng vấn|(?<!tiếp tục\s)(?<!(?:bị|được)\s+(?:[^\s,.;]+\s+){0,3})chỉ trích|thông qua\s+(?:một\s+)?(?:nghị quyết|Nghị quyết|dự luật|đạo luật|dự thảo|đề xuất|văn bản)(?!\p{L})|(?<!(?:bị|các|những|lời|bác bỏ|phủ nhận|sau|trước|vì|do|giữa)\s)cáo buộc(?!\s+(?:của|này|đó|trên|nói trên))`, 'statement', 3, ['tuyên bố', 'thông cáo', 'phát biểu', 'kêu gọi', 'cam kết', 'hối thúc', 'thông báo', 'loan báo', 'lên án', 'cảnh báo', 'công bố', 'phỏng vấn', 'trách nhiệm', 'thông qua', 'chỉ trích', 'cáo buộc']),
  // "Trả lời câu hỏi của phóng viên chiều 21/5 …, người phát ngôn … khẳng định …", "Trả lời báo chí sau hội đàm, ông Morrison cho rằng …":
  // answers given to the press (not "không trả lời câu hỏi của phóng viên", nor one still to come)
  rule(String.raw`(?<!(?:không|chưa|từ chối|sẽ|né tránh|tránh)\s+)${PRESS_ANSWER}`, 'statement', 3, ['trả lời']),
  // "Việt Nam hoan nghênh việc Tòa Trọng tài ra phán quyết", "Bắc Kinh bác bỏ …": a reaction; not
  // what was said at a meeting the sentence opens on ("Tiếp vị khách, Thủ tướng … hoan nghênh …"),
  // nor what a ruling or decision rejected ("phán quyết … hôm 12/7 bác bỏ yêu sách …")
  // ("ông Trump và Phó Tổng thống Mike Pence đồng loạt đe dọa áp đặt "các lệnh trừng phạt lớn"": a threat of a measure, said by who names it)
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|cũng|lại|đồng loạt|liên tục|công khai|tiếp tục)\s+)*)đe dọa(?=\s+(?:sẽ\s+)?(?:áp đặt|áp|trừng phạt|rút|cắt|tấn công|đáp trả|trả đũa|hủy|đóng cửa|trục xuất|phủ quyết|tăng thuế|dùng|sử dụng)(?!\p{L}))`, 'statement', 3, ['đe dọa']),
  rule(String.raw`(?:chính thức\s+)?công nhận(?=\s+(?:[^\s,.;]+\s+){1,10}?(?:là\s+["“]?(?:thủ đô|diệt chủng|tội ác|khủng bố)|độc lập|chủ quyền)(?!\p{L})|\s+(?:ông|bà)(?:\s+\p{Lu}[^\s,.;]*){0,3}(?:\s+(?:là|làm)\s+["“]?(?:tổng thống|nguyên thủ|lãnh đạo|người đứng đầu)|\s+(?:ngay|ngày|hôm|vào)(?!\p{L})|\s*[,.;]))|(?<!(?:sự|được)\s)hoan nghênh(?!\s+(?:nồng nhiệt|trọng thị)\s+(?:đón|tiếp))|(?<!lời\s)xin lỗi(?=\s+(?:người dân|công chúng|nhân dân|gia đình|các gia đình|nạn nhân|các nạn nhân|vì|về)(?!\p{L}))|(?=lời xin lỗi)(?<=(?:ngỏ|nói|gửi|đưa ra)\s+)lời xin lỗi|(?<!(?:bị|sự)\s)(?<!(?<!\p{L})bị\s+(?:[^\s,.;]+\s+){1,6})bác(?:\s+bỏ|(?=\s+(?:(?:các|mọi|những)\s+)?(?:đề xuất|đề nghị|yêu cầu|kế hoạch|cáo buộc|thông tin)(?!\p{L})))|(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|cũng|khéo léo|thẳng thừng|lập tức)\s+)*)từ chối(?=\s+(?:lời\s+)?(?:đề nghị|mời|yêu cầu|đề xuất)(?!\p{L}))|bày tỏ\s+(?:sự\s+)?(?:lấy làm\s+)?(?:tiếc|quan ngại|lo ngại|phản đối|bất mãn|phẫn nộ|thất vọng|chia buồn|["“])|đề xuất(?<=(?:\p{Lu}[^\s,.;]*|nhà lãnh đạo|hai bên|ông|bà)\s+(?:đã\s+|cùng\s+)?đề xuất)(?!\s+(?:của|này|đó|trên))|(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:đã\s+|cũng\s+)?)ngỏ ý(?=\s+(?:muốn\s+)?\p{Ll})|(?<!(?:được|bị)\s)ra lệnh(?=\s+(?:cho\s+[^,.;]{1,40}?\s+)?(?:đình chỉ|tạm dừng|tạm ngừng|ngừng|cấm|rút|triển khai|trừng phạt|áp đặt|dừng|không kích|tấn công|đóng cửa|sơ tán|phong tỏa|trục xuất)(?!\p{L}))|đưa ra\s+(?:(?:những|các|một)\s+)?(?:nhận định|đánh giá|cảnh báo|lời kêu gọi|tuyên bố)(?=\s+(?:tương tự|chung|mới|rằng|về|khi|sau|trước|hôm|ngày|vào|tại|trong)(?!\p{L})|\s*[,.;:"“])|(?:trình|công bố|đưa ra)\s+(?:bản\s+)?(?:kế hoạch|sáng kiến|đề xuất)(?=\s+(?:chính thức|mang tên|về|lập|thành lập|với)\s)`, 'statement', 3, ['hoan nghênh', 'xin lỗi', 'bác', 'từ chối', 'bày tỏ', 'đề xuất', 'kế hoạch', 'sáng kiến', 'công nhận', 'đưa ra', 'ra lệnh', 'ngỏ ý'],
    (sentence, at) => (RECOGNISED.test(sentence.slice(at, at + 20)) && DECISION_BY.test(sentence.slice(Math.max(0, at - 80), at))) || (!AT_MEETING_OPENING.test(sentence) && !DECIDED_BEFORE.test(sentence.slice(Math.max(0, at - 80), at)))),
  // "Tổng thống Volodymyr Zelensky yêu cầu Iran xin lỗi", "Ngoại trưởng … xác nhận Riyadh và Doha sẽ …",
  // "ông Khan lần đầu lên tiếng", "Tổng thống Erdogan bảo vệ hành động của quân đội": a named
  // person's demand, confirmation or defence, or a plan set out ("Ngoại trưởng Dominic Raab trình bày chi tiết: …"), said
  // ("Ngoại trưởng Saudi Arabia, Hoàng tử Faisal bin Farhan, xác nhận …": after a name in apposition too)
  // ("Chủ tịch … Ursula von der Leyen hôm 26/4 lần đầu lên tiếng …": its day between the name and the verb)
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà|,\s[^,.;]{2,40}?\s\p{Lu}[^\s,.;]*,)\s+(?:(?:cũng|đã|lập tức|nhanh chóng|công khai|lần đầu(?:\s+tiên)?|(?:hôm|ngày|sáng|chiều|tối|trưa)\s+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|qua|nay|(?:thứ\s+\p{L}+|[Cc]hủ nhật)\s*\(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)))\s+)*)(?:yêu cầu(?=\s+(?:\p{Lu}|phía|chính phủ|chính quyền|các nước|nước này|các bên))|xác nhận(?!\s+(?:là|bởi))|lên tiếng|bảo vệ(?=\s+(?:quyết định|hành động|chính sách|động thái|việc|lập trường))|trình bày(?=\s+(?:chi tiết|rõ|kế hoạch|quan điểm|lập trường)|\s*:))`, 'statement', 3, ['yêu cầu', 'xác nhận', 'lên tiếng', 'bảo vệ', 'trình bày']),
  // "ra lệnh trục xuất 60 nhà ngoại giao Nga", "Moscow … trục xuất 23 nhà ngoại giao Anh": an expulsion, declared
  rule(String.raw`(?:ra lệnh\s+)?trục xuất(?=\s+(?:[^\s,.;]+\s+){0,4}(?:nhà ngoại giao|nhân viên ngoại giao|đại sứ))`, 'statement', 4, ['trục xuất']),
  // "Cùng ngày, Tổng thống Mỹ Donald Trump bất ngờ hủy hội nghị thượng đỉnh với …", "ông Trump hủy chuyến đi Peru": a leader calling off
  // a meeting or trip named (not one that "bị hủy"; the occasion called off is no event, see event-mention.ts), unless told in a
  // "sau khi" clause or as the way to a trip told after it ("hủy chuyến thăm Berlin để bất ngờ tới Baghdad")
  rule(String.raw`(?=hủy|hoãn)(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|bất ngờ|cũng|quyết định|đột ngột|tuyên bố)\s+)*)(?<!(?:sau|trước)\s+khi\s+[^,.;]{0,80})(?:hủy(?:\s+bỏ)?|hoãn)(?=\s+(?:chuyến thăm|chuyến đi|chuyến công du|cuộc gặp|cuộc hội đàm|hội nghị thượng đỉnh|cuộc họp báo|cuộc đàm phán|kế hoạch(?=\s+(?:tới|đến|sang|thăm)\s))(?!\p{L}))(?![^.;]*?\sđể\s+(?:bất ngờ\s+)?(?:tới|đến|sang|bay|ở lại)\s)`, 'statement', 3, ['hủy', 'hoãn']),
  // "Hồi tháng 5, ông Trump dọa áp thuế 5% lên toàn bộ hàng hóa Mexico": a threat made by someone named, right after them
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|cũng|từng|liên tục|công khai|còn)\s+)*)(?:đe dọa|dọa)(?=\s+(?:sẽ\s+)?(?:áp|trừng phạt|rút|cắt|đóng cửa|tấn công|trục xuất|phong tỏa|tăng thuế|đình chỉ|hủy|cấm)(?!\p{L}))`, 'statement', 3, ['đe dọa', 'dọa']),
  // "Hôm 28/8, ông Duterte đã ra lệnh cho quân đội "tiêu diệt" Abu Sayyaf", "ông Maduro ra lệnh đóng cửa khẩu": an order given
  rule(String.raw`(?<!(?:sẽ|có thể|định|muốn|dọa|không|được|bị)\s+)ra lệnh(?=\s+(?:cho\s+)?\p{L})`, 'statement', 3, ['ra lệnh']),
  // ("Chủ tịch DSB Tjibbe Joustra hôm thứ Ba (13/10) trình bày báo cáo cuối cùng tại …": a report presented)
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp)\s+)trình bày\s+(?:bản\s+)?báo cáo`, 'statement', 3, ['trình bày']),
  // "Ả Rập Xê Út đã cắt đứt quan hệ ngoại giao với Iran hôm 3.1", "Pakistan tuyên bố hạ cấp quan hệ ngoại giao": ties cut or downgraded, declared (not threatened)
  // "Mỹ và Cuba chính thức mở lại đại sứ quán", "hai nước chính thức nối lại quan hệ ngoại giao": ties restored (not to be)
  // (what is confirmed or said is the saying's: "xác nhận Riyadh và Doha khôi phục quan hệ")
  rule(String.raw`(?<!(?:xác nhận|cho biết|thông báo|tuyên bố|nói|khẳng định|rằng)\s+(?:[^\s,.;]+\s+){0,5})(?<!(?:sẽ|dự kiến|có thể|muốn|nhằm|để|việc|cam kết|đồng ý|tiến trình|quá trình|nỗ lực|hướng tới|tiến tới)\s+(?:chính thức\s+)?)(?:mở lại|mở cửa trở lại)\s+đại sứ quán|(?<!(?:xác nhận|cho biết|thông báo|tuyên bố|nói|khẳng định|rằng)\s+(?:[^\s,.;]+\s+){0,5})(?<!(?:sẽ|dự kiến|có thể|muốn|nhằm|để|việc|cam kết|đồng ý|tiến trình|quá trình|nỗ lực|hướng tới|tiến tới)\s+(?:chính thức\s+)?)(?<!(?:[Hh]iệp định|[Tt]hỏa thuận|[Hh]iệp ước)(?:\s+\p{Lu}[^\s,.;]*){0,3}\s+(?:về\s+)?)(?:${TIES_VERBS})\s+(?:đầy đủ\s+|hoàn toàn\s+)?quan hệ(?:\s+ngoại giao)?(?!\s+(?:với|giữa)\s+[^,.;]{0,40}\s(?:sẽ|là))`, 'agreement', 6, ['mở lại', 'mở cửa trở lại', 'khôi phục', 'nối lại', 'bình thường hóa', 'thiết lập lại']),
  rule(String.raw`(?<!(?:sẽ|dọa|đe dọa|có thể|buộc phải|muốn)\s+)(?:cắt đứt|cắt|hạ cấp)\s+quan hệ(?=\s+(?:ngoại giao|với)(?!\p{L}))`, 'statement', 4, ['cắt', 'hạ cấp']),
  // "Paris triệu hồi đại sứ tại Mỹ và Australia về nước": a recall, declared
  // "Bộ Ngoại giao Trung Quốc triệu tập đại sứ Mỹ": an ambassador summoned
  // ("đã triệu đại sứ Iran tại London lên để phản đối": summoned, told with the bare verb; so is "triệu đại sứ Mỹ và đại sứ Hàn Quốc để phản đối")
  // ("đã triệu phó đại diện Đại sứ quán Afghanistan tại Islamabad": the embassy's deputy head, named by the embassy)
  rule(String.raw`(?:triệu hồi|triệu tập|(?<=(?:đã|vừa|cũng|lập tức|khẩn cấp)\s+)triệu(?=\s+(?:phó\s+)?(?:đại diện|trưởng phái đoàn|quan chức|người đứng đầu)\s+(?:[^\s,.;]+\s+){0,2}?(?:Đại sứ quán|đại sứ quán)(?!\p{L}))|triệu(?=\s+(?:[^\s,.;]+\s+){0,2}(?:đại sứ|Đại sứ|đại biện|Đại biện)[^,.;]{0,60}?\slên(?!\p{L}))|triệu(?=\s+(?:các\s+)?(?:đại sứ|Đại sứ|đại biện|Đại biện)[^,.;]{0,60}?\s(?:để|nhằm)\s+(?:phản đối|phản kháng|trao công hàm|bày tỏ)(?!\p{L}))|(?=triệu)(?<=Bộ Ngoại giao(?:\s+\p{Lu}[^\s,.;]*){1,3}\s+(?:đã\s+|cũng\s+|vừa\s+)?)triệu(?=\s+(?:Đại sứ|đại sứ|Đại biện|đại biện)(?:\s+lâm thời)?(?:\s+\p{Lu}[^\s,.;]*){2,5}(?:\s*[,.;]|\s+(?:và|để|nhằm|hôm|ngày|sau)(?!\p{L}))))(?=\s+(?:[^\s,.;]+\s+){0,3}(?:đại sứ|Đại sứ|đại biện|Đại biện|nhà ngoại giao|đặc phái viên))`, 'statement', 4, ['triệu']),
  // "Tối cùng ngày, Tổng Bí thư và phu nhân chủ trì tiệc chiêu đãi trọng thể chào mừng ông Tập", "ông Tập mở tiệc chiêu đãi vị khách",
  // "Thủ tướng Abe chủ trì quốc yến chiêu đãi …": a banquet hosted (not one to be, nor a party of a firm's, "tổ chức tiệc kỷ niệm")
  rule(String.raw`(?<!(?:sẽ|dự kiến|dự định|sắp)\s+)(?:chủ trì|mở|tổ chức|thết đãi)\s+(?:bữa\s+)?(?:tiệc(?:\s+(?:tối|trưa))?\s+chiêu đãi|quốc yến)`, 'meeting', 3, ['chiêu đãi', 'quốc yến']),
  // "UAE hôm qua (30/10) rút các nhà ngoại giao khỏi Beirut": diplomats withdrawn, declared (not threatened or asked for)
  rule(String.raw`(?<!(?:sẽ|dọa|đe dọa|có thể|muốn|yêu cầu|kêu gọi|buộc phải)\s+)rút\s+(?:toàn bộ\s+|các\s+|hết\s+)?(?:nhà ngoại giao|đại sứ|nhân viên ngoại giao)(?=\s+(?:của mình\s+)?khỏi(?!\p{L}))`, 'statement', 4, ['rút']),
  // "Tổng thống Donald Trump rút khỏi thỏa thuận hạt nhân", "rút Mỹ khỏi Hiệp định TPP": a state leaving a deal, declared
  rule(String.raw`(?<=(?:\p{Lu}[^\s,.;]*|ông|bà|đơn phương|chính thức|tuyên bố|quyết định)\s+)rút\s+(?:(?:Mỹ|nước này|\p{Lu}[\p{L}]*)\s+)?khỏi\s+(?:[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước|[Cc]ông ước|TPP|JCPOA)`, 'statement', 7, ['rút']),
  // "Việt Nam được Đại hội đồng Liên Hợp Quốc bầu vào …", "Hội đồng Bảo an bỏ phiếu …": a UN body's vote
  rule(String.raw`(?<=(?:[Đđ]ại hội đồng|[Hh]ội đồng Bảo an)(?:\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?\s+(?:đã\s+)?)(?:bầu|bỏ phiếu)(?!\s+(?:trắng|chống|thuận))`, 'statement', 4, ['bầu', 'bỏ phiếu']),
  // "Việt Nam kiên quyết phản đối và yêu cầu Trung Quốc chấm dứt …", "cực lực phản đối": a protest declared
  rule(String.raw`(?:kiên quyết|cực lực|mạnh mẽ)\s+phản đối`, 'statement', 3, ['phản đối']),
  // "Bộ Ngoại giao … trao công hàm phản đối cho Đại sứ quán …": a diplomatic note, delivered (not "trao đổi công hàm",
  // nor one a statement reports: "tuyên bố Việt Nam đã …, trao công hàm phản đối")
  rule(String.raw`(?:trao|gửi|chuyển)\s+(?:bản\s+)?công hàm(?:\s+phản đối)?`, 'statement', 4, ['công hàm'], (sentence, at) => !REPORTS.test(sentence.slice(0, at))),
  // "Bà May chính thức kích hoạt Điều 50 của Hiệp ước Lisbon": a treaty clause or mechanism invoked
  rule(String.raw`(?:chính thức\s+)?kích hoạt(?=\s+(?:[Đđ]iều\s+\d+|điều khoản|cơ chế|tiến trình))`, 'statement', 4, ['kích hoạt']),
  // "Đại sứ Tim Barrow trao tận tay Chủ tịch … Donald Tusk bức thư …": a letter handed over
  rule(String.raw`trao tận tay(?=[^.;]{0,90}?(?:bức\s+)?(?:thư|thông điệp|công hàm)(?!\p{L}))`, 'statement', 4, ['trao']),
  // "gửi thư cho Chủ tịch Kim", "gửi thông điệp tới …": a message to a leader
  rule(String.raw`gửi\s+(?:một\s+)?(?:bức\s+)?(?:thư|điện|thông điệp)(?=(?:\s+[^\s,.;]+){0,3}?\s+(?:cho|tới|đến)\s+(?:\p{Lu}|ông|bà|người đồng|nhà lãnh đạo|lãnh đạo))`, 'statement', 3, ['gửi']),
  // "tuyên thệ nhậm chức", "lễ nhậm chức": a leader taking office
  // "hai bên vừa hoàn tất đàm phán phân định …", "kết thúc đàm phán FTA": negotiations concluded, an agreement reached
  // (not as a goal: "đề nghị Indonesia … sớm kết thúc đàm phán phân định EEZ", "có hai năm để hoàn tất đàm phán")
  rule(String.raw`(?<!(?:sớm|để|nhằm|nhanh chóng)\s+)(?:hoàn tất|kết thúc)\s+(?:về nguyên tắc\s+)?(?:việc\s+|quá trình\s+)?đàm phán(?!\s+(?:vòng|phiên))`, 'agreement', 8, ['hoàn tất', 'kết thúc']),
  // "Cuộc trưng cầu ý dân diễn ra hôm 25.9", "cuộc bầu cử quốc hội được tổ chức ngày 1/11", "cuộc trưng cầu ý dân Brexit ở Anh hồi tháng 6/2016":
  // a vote held on a day told, or on a day or in a month written with its year
  rule(String.raw`(?:${VOTE_NOUNS})(?<=[Cc]uộc\s+(?:${VOTE_NOUNS}))(?=(?:\s+(?!sẽ|dự kiến|có thể|phải)[^\s,.;]+){0,4}\s+(?:(?:đã\s+)?(?:diễn ra|được tổ chức|được tiến hành)\s+(?:vào\s+)?(?:hôm|ngày|sáng|chiều|hồi)\s+\d|(?:hôm|ngày|hồi)\s+(?:tháng\s+)?(?:\d{1,2}[/.-]){1,2}\d{4}(?!\d)))`, 'other', 6, VOTE_NEEDLES),
  // ("Cuộc khủng hoảng bùng nổ từ cuộc trưng cầu ý dân ngày 1/10": one things have flowed from since is past, its year unwritten)
  rule(String.raw`(?:${VOTE_NOUNS})(?<=(?:từ|sau|kể từ)\s+cuộc\s+(?:${VOTE_NOUNS}))(?=(?:\s+(?!sẽ|dự kiến|có thể|phải)[^\s,.;]+){0,4}?\s+(?:hôm|ngày)\s+\d{1,2}[/.-]\d{1,2}(?![/.-]?\d))`, 'other', 6, VOTE_NEEDLES),
  // ("Trong cuộc trưng cầu ý dân ngày 5/7, hơn 61% cử tri Hy Lạp đã bỏ phiếu …": the scene a sentence opens on, told as done)
  // ("Trong vòng bỏ phiếu quyết định tối thứ Sáu (13/10) tại trụ sở UNESCO ở Paris, bà Azoulay … nhận được 30 phiếu": a round of a vote, on its day)
  rule(String.raw`bỏ phiếu(?<=^(?:trong|tại|ở)\s+vòng\s+bỏ phiếu)(?=(?:\s+[^\s,.;]+){0,3}?\s+(?:(?:hôm|ngày|sáng|chiều|tối|trưa)\s+)+(?:thứ\s+\p{L}+\s+\(|chủ nhật\s+\()?\d{1,2}[/.-]\d{1,2}(?![/.-]?\d))`, 'other', 6, ['bỏ phiếu'], (sentence) => !/\s(?:sẽ|dự kiến)\s/u.test(sentence)),
  rule(String.raw`(?:${VOTE_NOUNS})(?<=^(?:trong|tại)\s+cuộc\s+(?:${VOTE_NOUNS}))(?=(?:\s+[^\s,.;]+){0,4}?\s+(?:hôm|ngày)\s+\d{1,2}[/.-]\d{1,2}(?![/.-]?\d)[^.;]*\sđã\s)`, 'other', 6, VOTE_NEEDLES, (sentence) => !/\s(?:sẽ|dự kiến)\s/u.test(sentence)),
  // "Nghị quyết 2254 mà Hội đồng Bảo an Liên Hợp Quốc nhất trí thông qua ngày 18/12 năm ngoái": a UN resolution named, then adopted
  rule(String.raw`[Nn]ghị quyết(?=(?:\s+(?:số\s+)?\d+)?\s+(?:mà|do)\s+(?:Hội đồng Bảo an|Đại hội đồng)[^,.;]{0,40}?\s(?:đã\s+)?thông qua(?!\p{L}))`, 'statement', 4, ['nghị quyết']),
  // "Đại hội đồng Liên hợp quốc đã thông qua nghị quyết lên án …": a UN body adopting a resolution
  rule(String.raw`(?<=(?:[Đđ]ại hội đồng|[Hh]ội đồng Bảo an)(?:\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?\s+(?:đã\s+|vừa\s+|chính thức\s+)*)thông qua\s+(?:một\s+)?nghị quyết`, 'statement', 4, ['thông qua']),
  // ("Nghị quyết được thông qua chiều 12/10 theo giờ New York": the resolution just told, adopted on a day stated)
  rule(String.raw`(?<=^|,\s)[Nn]ghị quyết(?:\s+(?:này|số\s+\d+|\d+))?\s+(?:đã\s+)?được\s+thông qua(?=\s+(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối|đêm|rạng sáng)\s+)?(?:(?:ngày|hôm)\s+)?\d)`, 'statement', 4, ['nghị quyết']),
  // "Tuyên bố Nairobi được thông qua hôm 28/8", "Thông cáo chung AMM-50 được công bố vào tối muộn 6/8": a named text adopted or issued, as the subject
  rule(String.raw`(?<=^|,\s)(?:tuyên bố|thông cáo)(?:\s+chung)?\s+\p{Lu}[^\s,.;:]*(?:\s+[^\s,.;:]+){0,6}?\s+được\s+(?:chính thức\s+)?(?:thông qua|công bố)(?=\s)`, 'statement', 4, ['tuyên bố', 'thông cáo']),
  // ('các đoàn đại biểu thông qua "Tuyên bố hành động Marrakech"': a named text adopted by delegations or states none of whom is named;
  // not "hai bên đã thông qua Tuyên bố Tầm nhìn chung", "lãnh đạo sáu nước thông qua Tuyên bố Tam Á", the parties' own)
  rule(String.raw`thông qua(?<=(?:các|(?:gần|hơn|khoảng)\s+\d+|\d+)\s+(?:đoàn đại biểu|đại biểu|phái đoàn|(?:nước|quốc gia)(?:\s+thành viên)?)\s+(?:(?:đã|cũng|chính thức|vừa)\s+)*thông qua)\s+(?:["“](?:Tuyên bố|Thông cáo)[^"”.;]{1,80}["”]|(?:Tuyên bố|Thông cáo)(?:\s+chung)?(?:\s+\p{Lu}[^\s,.;:]*){1,4})`, 'statement', 7, ['thông qua']),
  // ("Tuyên bố chung của Hội nghị thượng đỉnh G20 được thông qua tối 22/11": the text of a summit, adopted; the summit named in it is its owner)
  rule(String.raw`(?<=^|,\s)(?:tuyên bố|thông cáo)(?:\s+chung)?\s+của\s+(?:[Hh]ội nghị|[Tt]hượng đỉnh)(?:\s+[^\s,.;:]+){1,6}?\s+được\s+(?:chính thức\s+)?(?:thông qua|công bố)(?=\s)`, 'statement', 6, ['tuyên bố', 'thông cáo']),
  // "bà Frederiksen cùng Thủ tướng Ba Lan … dự lễ khánh thành đường ống Baltic Pipe", "dự lễ tưởng niệm", "dự lễ duyệt binh": a ceremony attended
  // ("dự lễ đánh dấu hoàn tất phần đường ống dưới biển": a ceremony marking something)
  // ("… làm khách mời danh dự tại lễ duyệt binh mừng Ngày Cộng hòa": the guest of honour at a ceremony attended it)
  // ("đã tham dự Lễ quốc tang Nữ hoàng Elizabeth II": a state funeral attended, its word capitalised)
  rule(String.raw`(?<=(?:dự|tham dự|khách mời(?:\s+(?:danh dự|chính|đặc biệt))?\s+(?:tại|của))\s+)[Ll]ễ\s+(?:khánh thành|khai trương|tưởng niệm|[Qq]uốc tang|duyệt binh|diễu binh|kỷ niệm|đánh dấu)(?!\p{L})`, 'other', 5, ['lễ', 'Lễ']),
  // ("Lễ khánh thành diễn ra chiều 8/1 tại Istanbul, với sự tham dự của …": the ceremony held, as the subject)
  rule(String.raw`(?<=^|,\s)[Ll]ễ\s+(?:khánh thành|khai trương|ký kết|[Qq]uốc tang|tưởng niệm)(?=(?:\s+[^\s,.;]+){0,8}?\s+(?:đã\s+)?(?:diễn ra|được tổ chức)\s)`, 'other', 5, ['lễ']),
  // ("Putin và Erdogan cùng khánh thành đường ống TurkStream": leaders opening something together)
  rule(String.raw`(?<=cùng\s+(?:nhau\s+)?)(?:khánh thành|khai trương)(?=\s)`, 'other', 5, ['khánh thành', 'khai trương']),
  // "Vòng đầu tiên diễn ra ngày 28/2 tại khu vực Gomel, … với phái đoàn Nga do …", "Hai vòng tiếp theo diễn ra ở … hôm 3/3 và 7/3",
  // "Vòng đối thoại cuối cùng do Ngoại trưởng Mỹ … và Ngoại trưởng Iraq … đồng chủ trì đã diễn ra tại …":
  // rounds of the talks just told (not an election's rounds)
  rule(String.raw`(?<=(?:^|[,;]\s+|(?:[Hh]ai|[Bb]a|[Cc]ác|[Nn]hững)\s+))[Vv]òng(?:\s+(?:đàm phán|hội đàm|thương lượng|đối thoại))?\s+(?:đầu tiên|thứ\s+(?:hai|ba|tư|năm|\d+)|tiếp theo|cuối(?:\s+cùng)?)(?=(?:\s+do\s[^,.;]{2,120}?\s(?:đồng\s+)?chủ trì)?\s+(?:đã\s+)?(?:diễn ra|được tổ chức)\s)`, 'meeting', 5, ['vòng'], (sentence) => ROUND_OF_TALKS.test(sentence) && !ROUND_OF_VOTE.test(sentence)),
  // ("Thủ tướng Modi cắt băng khánh thành trạm kiểm soát …", "Thủ tướng Imran Khan chủ trì lễ khánh thành tại đền …", "ông cùng Tổng thống
  // Afghanistan Ashraf Ghani khánh thành đập thủy điện …": a leader opening something;
  // "Phó tổng thống Ấn Độ Venkaiah Naidu đặt viên đá nền móng …", "ông Imran Khan làm lễ khởi công …": or breaking ground;
  // "ông Putin … lái qua cây cầu …, chính thức khánh thành tuyến đường bộ": or opening it by what they did)
  rule(String.raw`(?<=(?:cắt băng|chủ trì|(?:^|\s)cùng\s+(?:Tổng thống|Thủ tướng|Chủ tịch|Quốc vương|người đồng cấp)\s[^,.;]{1,50})\s+)(?<!(?:sẽ|sắp|dự kiến)\s+)(?:lễ\s+)?(?:khánh thành|khai trương)(?=\s)|(?=chính thức)(?<=(?:,\s*|(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|vừa|hôm qua|hôm nay)\s+)*))chính thức\s+(?:khánh thành|khai trương)(?=\s)|(?<!(?:sẽ|sắp|dự kiến)\s+)đặt viên đá\s+(?:nền móng|đầu tiên|móng)|(?<=(?:làm|chủ trì)\s+)lễ\s+(?:khởi công|động thổ)(?=\s)`, 'other', 5, ['khánh thành', 'khai trương', 'đặt viên đá', 'lễ', 'chính thức']),
  // ("các bộ trưởng tuyên thệ trước Tổng thống Hadi tại Riyadh": sworn in before a head of state)
  // ("ông Gustavo Petro, tổng thống cánh tả đầu tiên …, nhậm chức ngày 7/8/2022": taking office on a day told right after; not "kể từ khi ông Trump nhậm chức hôm 20/1", a time the story counts from)
  rule(String.raw`tuyên thệ nhậm chức|(?:tự\s+)?tuyên thệ(?=\s+làm\s+["“]?\p{L})|tuyên thệ(?=\s+trước\s+(?:Tổng thống|Quốc vương|Nhà vua|Vua|Nữ hoàng|Chủ tịch nước|Chủ tịch)\s)|(?<=dự\s+)lễ nhậm chức|(?<!kể từ khi\s+)(?<!từ khi\s+)(?<!sau khi\s+)(?<=\p{Lu}[^\s,.;]*\s+)chính thức nhậm chức(?=\s*[,.]|\s+(?:tổng thống|thủ tướng|vào|hôm|ngày|sáng|chiều|tối|trưa))|(?<!(?:sẽ|sắp|dự kiến|trước khi|chuẩn bị|chờ)\s+)(?<!(?:từ|sau)\s+khi\s+(?:[^\s,.;]+\s+){0,4})(?<=(?:\p{Lu}[^\s,.;]*|,)\s+(?:(?:chính thức|đã)\s+)?)nhậm chức(?=\s+(?:hôm|ngày|vào ngày)\s+\d{1,2}[/.-]\d{1,2})`, 'other', 6, ['nhậm chức', 'tuyên thệ']),
  // "Giáo hoàng Francis hôm Chủ nhật bày tỏ sự gần gũi với …": feelings expressed, as the sentence's verb on a day it names
  // (not those expressed during talks: "hai bên bày tỏ vui mừng …")
  rule(String.raw`(?<=(?:hôm|ngày|sáng|chiều|tối|trưa|đêm)\s+(?:qua|nay|thứ\s+\p{L}+|[Cc]hủ nhật|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)(?:\s*\([^()]{1,12}\))?\s+(?:đã\s+)?)bày tỏ`, 'statement', 3, ['bày tỏ']),
  // "gửi điện chia buồn tới …", "gửi thư chúc mừng", "A và B trao đổi điện mừng": a message between leaders
  rule(String.raw`(?:gửi|trao đổi)\s+(?:điện|thư|thông điệp|lời)\s+(?:chia buồn|chúc mừng|mừng)`, 'statement', 3, ['gửi', 'trao đổi']),
  // "Trong thông điệp Phục sinh đọc tại Quảng trường Thánh Phêrô hôm 5/4, Giáo hoàng Francis nhắc tới …": a message delivered, told by its delivery
  rule(String.raw`(?<=(?:^|,\s*)(?:[Tt]rong|[Qq]ua)\s+(?:bức\s+)?)thông điệp(?=[^,.;]{0,80}?\s(?:đọc|phát đi|phát biểu|công bố|truyền hình)(?!\p{L}))`, 'statement', 3, ['thông điệp']),
  // "… trong Thông điệp liên bang đọc trước lưỡng viện Quốc hội tối 4-2": a head of state's yearly address to the nation's legislature
  rule(String.raw`(?<=(?:trong|đọc|trình bày|phát biểu)\s+(?:bản\s+|bài\s+)?)[Tt]hông điệp\s+(?:[Ll]iên bang|[Tt]ình trạng [Ll]iên bang)(?!\p{L})`, 'statement', 3, ['thông điệp']),
  // "Cùng ngày, Nga phủ quyết dự thảo nghị quyết của Hội đồng Bảo an …": a veto cast on a resolution
  rule(String.raw`(?<!quyền\s+)phủ quyết(?=\s+(?:[^\s,.;]+\s+){0,3}?nghị quyết(?!\p{L}))`, 'statement', 3, ['phủ quyết']),
  // "trong thông điệp gửi hội nghị thượng đỉnh AU tại Kigali, Quốc vương …": a message to a meeting not attended
  rule(String.raw`(?:bức\s+)?thông điệp\s+gửi(?=\s+(?:tới\s+)?(?:hội nghị|Hội nghị|thượng đỉnh|Thượng đỉnh|phiên|kỳ họp|diễn đàn|Diễn đàn))`, 'statement', 3, ['thông điệp']),
  // "Đại tá Assimi Goïta … ra mắt báo giới với tư cách Chủ tịch CNSP": someone presenting himself to the press (not one due to)
  rule(String.raw`(?<!(?:sẽ|dự kiến|sắp|định)\s+)(?:ra mắt|xuất hiện trước)\s+(?:báo giới|báo chí|giới truyền thông|các phóng viên)(?!\p{L})`, 'statement', 3, ['ra mắt', 'xuất hiện trước']),
  // "ông Trump viết trên Twitter:", "đăng trên Facebook rằng", "đăng video nói …", "ban bố tình trạng khẩn cấp", "điều trần trước Ủy ban …": said in a post, declared or testified
  // ("ông Donald Trump, người sẽ nhậm chức vào tháng 1 tới, viết rằng …", 'ông Netanyahu viết: "…"': a person who wrote that, wherever)
  rule(String.raw`(?:viết|đăng|chia sẻ|báo trước|thông báo|tuyên bố)(?:\s+tải)?\s+(?:trên|lên)\s+(?:(?:tài khoản|trang|kênh)\s+)?(?:Twitter|twitter|Facebook|facebook|Telegram|Instagram|blog|mạng xã hội|trang cá nhân|X(?=\s*[:,]))|đăng\s+(?:dòng\s+)?(?:Twitter|tweet|Facebook|(?:một\s+)?(?:đoạn\s+)?video)(?=\s+(?:ca ngợi|chúc mừng|chia buồn|lên án|kêu gọi|khẳng định|cho biết|nói|rằng|viết)(?!\p{L}))|ban bố|(?:lên|xuất hiện trên|phát biểu trên)\s+(?:sóng\s+)?truyền hình|(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)(?:,[^,.;]{1,80},)?\s+(?:đã\s+)?)điều trần(?=\s+trước\s+(?:Ủy ban|Quốc hội|Thượng viện|Hạ viện|Nghị viện|các nghị sĩ))|(?=viết)(?<=(?:\p{Lu}[\p{L}-]*|ông|bà)(?:,[^,.;]{1,60},)?\s+(?:(?:đã|cũng|thì)\s+)?)viết(?=\s+rằng\s|\s*:\s*["“])`, 'statement', 3, ['viết', 'đăng', 'chia sẻ', 'báo trước', 'thông báo', 'tuyên bố', 'ban bố', 'truyền hình', 'điều trần']),
  // "đã tới thủ đô Beirut", "đến làng Ogossagou": an arrival is a visit, when nothing stronger is told; not being
  // taken somewhere ("được đưa bằng trực thăng tới Bệnh viện …") nor coming home ("… về tới Hà Nội, kết thúc chuyến công tác")
  // "Hồi cuối tháng 4, ông chọn Nhật Bản làm điểm đến châu Á đầu tiên": the first trip, to the country chosen
  rule(String.raw`chọn(?=\s+\p{Lu}[^,.;]{0,40}?\s+(?:làm|là)\s+(?:điểm đến|nước|quốc gia)[^,.;]{0,40}?\sđầu tiên(?!\p{L}))`, 'visit', 4, ['chọn']),
  rule(String.raw`(?=(?:đã|vừa|đến)?\s*(?:tới|đến))(?<!(?:lên đường|khởi hành|rời|tìm|hành trình)\s+(?:ngay\s+)?)(?<!(?:trở\s+)?về\s+)(?<!kế hoạch(?:\s+của(?:\s+[^\s,.;]+){1,4})?\s+)(?<!(?:triển khai|điều|điều động|gửi|đưa)\s+(?:(?:[^\s,.;]+|\d+(?:\.\d{3})+)\s+){0,4}(?:binh sĩ|quân|quân nhân|lính|binh lính|tàu chiến|chiến hạm|chiến đấu cơ|máy bay|vũ khí|tên lửa)\s+)(?<!(?:được|bị)\s+(?:đưa|chở|chuyển)(?:\s+[^\s,.;]+){0,4}\s+)(?<!(?:chuyển|gửi|gởi|trao)\s+(?:lời|thư|điện|thông điệp)(?:\s+[^\s,.;]+){0,14}\s+)(?<!(?:gửi|gởi|chuyển|cung cấp|viện trợ)\s+(?:thuốc men|thuốc|vaccine|vắc xin|lương thực|thực phẩm|nhu yếu phẩm|hàng cứu trợ|hàng viện trợ|hàng hóa|viện trợ)[^.;:]{0,40}?\s+)(?:đã|vừa|đến)?\s*(?:tới|đến)(?=\s+(?:thăm\s+)?(?:thủ đô|thành phố|sân bay|hiện trường|(?:căn cứ(?:\s+(?:không quân|hải quân|quân sự))?|khu rừng|khu di tích|nghĩa trang|đài tưởng niệm|lâu đài|cung điện|quảng trường|(?:ngôi\s+)?làng|thị trấn|thị xã|giáo đường|thánh đường|nhà thờ|đền thờ|tỉnh|bệnh viện(?:\s+(?:tỉnh|thành phố|quân y))?)\s+\p{Lu}|\p{Lu}))|(?:đã\s+)?đặt chân\s+(?:xuống|tới|đến|lên)(?=\s+(?:thủ đô|thành phố|sân bay|\p{Lu}))|(?:đã\s+)?(?:hạ cánh|đáp)\s+(?:xuống|tại|ở)(?=\s+(?:thủ đô|thành phố|sân bay|căn cứ|\p{Lu}))|(?=có mặt|bất ngờ xuất hiện)(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)(?:\s+cùng\s+phu nhân(?:\s+\p{Lu}\p{Ll}*)?)?\s+(?:(?:đã|khi đó|cũng|hôm qua|hôm nay|(?:sáng|chiều|tối|trưa)\s+(?:nay|qua)|(?:sáng|chiều|tối|trưa|ngày|hôm)\s+\d{1,2}[/.-]\d{1,2})\s+)*)(?:có mặt tại|bất ngờ xuất hiện\s+(?:tại|ở))(?=\s+(?:thủ đô|thành phố)?\s*\p{Lu})|(?<=(?:\p{Lu}[^\s,.;]*|ông|bà)\s+(?:(?:đã|vừa|cũng)\s+)?)sang(?=\s+(?:thăm\s+)?\p{Lu})(?![^,.;]{0,40}\sdự\s+(?:[Hh]ội nghị|[Tt]hượng đỉnh|[Tt]uần lễ))|(?<=(?:\p{Lu}[^\s,.;]*|ông|bà|\svà)\s+(?:(?:đã|vừa|cũng|lại)\s+)*)(?:(?:quay\s+)?trở lại|quay lại)(?=\s+(?:thủ đô\s+|thành phố\s+)?\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*){0,2}\s+(?:hôm|ngày|vào|sáng|chiều|tối|trưa|đêm|để)(?!\p{L}))`, 'visit', 2, ['tới', 'đến', 'đặt chân', 'hạ cánh', 'đáp', 'sang', 'có mặt', 'xuất hiện', 'trở lại', 'quay lại']),
  // "ông Putin nói …", "bà May nói:": said by someone named right before (not "nói trên", "nói chung"); "ông thừa nhận vụ việc …", admitted
  // (or to the press: "thừa nhận với hãng tin AFP: …")
  rule(String.raw`cho biết|cho hay|khẳng định|nhấn mạnh|nói với\s+(?:các\s+)?(?:phóng viên|báo chí|báo giới|truyền thông|kênh|đài|hãng|tờ|nhật báo)|nói(?<=\p{Lu}[\p{L}-]*\s(?:(?:hôm|ngày|sáng|chiều|tối|trưa)\s+(?:\d{1,2}[/.-]\d{1,2}|qua|nay)\s+)?nói)(?!\s+(?:trên|chung|riêng|cách|thêm|dối|chuyện|về việc))|nói(?=\s+rằng\s)|nói(?=\s+trên\s+(?:kênh|đài|truyền hình|sóng)(?!\p{L}))|thừa nhận(?=\s+(?:rằng|vụ việc|vụ tấn công|đây|điều này|có)\s)|(?:thừa nhận|tiết lộ)(?=\s+với\s+(?:các\s+)?(?:phóng viên|báo chí|báo giới|truyền thông|kênh|đài|hãng|tờ|nhật báo)(?!\p{L}))|(?:thừa nhận|tiết lộ|đề nghị|yêu cầu)(?<=\p{Lu}[\p{L}-]*\s+(?:(?:cũng|đã)\s+)?(?:thừa nhận|tiết lộ|đề nghị|yêu cầu))(?=\s+\p{Ll})`, 'statement', 1, ['cho biết', 'cho hay', 'khẳng định', 'nhấn mạnh', 'nói', 'thừa nhận', 'tiết lộ', 'đề nghị', 'yêu cầu']),
];

/** Every rule's needles, longest first, as one pattern: one scan tells which occur (not one per rule). */
const NEEDLES = [...new Set(RULES.flatMap((r) => r.needles))].sort((a, b) => b.length - a.length);
const ANY_NEEDLE = new RegExp(NEEDLES.map(escapeRegExp).join('|'), 'g');
/** The needles each needle begins with: they occur wherever it does. */
const PREFIXES = new Map(NEEDLES.map((n) => [n, NEEDLES.filter((p) => n.startsWith(p))]));

/** The rules' needles that occur in `low`. */
function needlesIn(low: string): Set<string> {
  const found = new Set<string>();
  // a match at every place a needle begins: the longest there, with the needles it begins with
  ANY_NEEDLE.lastIndex = 0;
  for (let m = ANY_NEEDLE.exec(low); m; m = ANY_NEEDLE.exec(low)) {
    for (const p of PREFIXES.get(m[0])!) found.add(p);
    ANY_NEEDLE.lastIndex = m.index + 1;
  }
  return found;
}

/** "được mời tới Nhà Trắng vào tháng 4, trở thành …": an invitation, then what its trip would make the guest. */
const INVITED_TO_BECOME = /được mời\s+(?:tới|đến|sang)\s[^.;:]{1,60}?,\s+(?:trở thành|để)\s+(?:[^\s,.;:]+\s+){0,8}$/u;

/**
 * Words that make the event word after them an event that has not happened: called off
 * ("hủy cuộc gặp"), planned or invited ("kế hoạch thăm", "nhận lời mời thăm"), or ahead
 * ("sẽ gặp nhau"; not "sắp xếp", arranged; a plan reaches the verbs joined to it by "và": "ông Abe dự
 * kiến gặp gỡ cộng đồng doanh nghiệp Nhật và thăm …"), or denied ("kết thúc mà không có thỏa
 * thuận", "không tới thăm đền Yasukuni"). News puts such events on no timeline.
 * ("Bắc Kinh sẽ tổ chức Diễn đàn Hợp tác Trung Quốc - châu Phi (FOCAC) cấp thượng đỉnh": an occasion to be hosted, however long its name;
 * "kêu gọi tổ chức thượng đỉnh 5 nước thành viên thường trực": one called for; "đề xuất một cuộc gặp thượng đỉnh tại một nước thứ ba": one proposed;
 * "mong chính phủ Thổ Nhĩ Kỳ tiến hành đối thoại": one hoped for; "ông Trump lẽ ra có chuyến thăm Copenhagen": one that was to be.)
 */
const NOT_HAPPENED = /(?:^|[^\p{L}])(?:(?:lẽ ra|đáng lẽ)(?:\s+(?:đã|phải|sẽ))?\s+(?:(?:có|là|được)\s+)?(?:(?:một|các|cuộc)\s+)?|(?:kêu gọi|thúc giục|đề nghị|đề xuất)\s+(?:sớm\s+)?(?:tổ chức|triệu tập|nối lại)\s+(?:một\s+|các\s+)?(?:cuộc\s+)?|(?:đề nghị|đề xuất)\s+(?:(?:tổ chức|tiến hành)\s+)?(?:một\s+|các\s+)?cuộc\s+(?:gặp|họp)(?:\s+(?:gỡ|mặt))?\s+|(?:tưởng chừng|tưởng như|suýt)(?:\s+đã)?\s+(?:[^\s,.;:]+\s+){0,4}|(?:thảo luận|bàn(?:\s+bạc)?|trao đổi|tính đến)\s+(?:về\s+)?(?:việc|khả năng|kế hoạch)\s+(?:tổ chức|tiến hành|nối lại|triệu tập)\s+(?:một\s+|các\s+)?(?:cuộc\s+)?|(?:hủy(?:\s+bỏ)?|hoãn(?:\s+lại)?|từ chối|kế hoạch|dự kiến|dự định|sẽ|sắp(?!\s+xếp)|(?<!được\s)chuẩn bị|đề xuất|đề nghị|muốn|mong muốn|hy vọng|sẵn sàng|có thể)\s+(?:\p{Ll}+\s+)?|(?:sẽ|sắp(?!\s+xếp)|dự kiến|dự định|nhận lời)\s+(?:[^\s,.;:]+\s+){0,6}|(?:đề xuất|muốn|mong muốn|hy vọng)\s+(?:hai|các)\s+(?:nước|bên)\s+|(?:sẽ|sắp(?!\s+xếp)|dự kiến|dự định)\s+[^,.;:]{1,60}?\s+(?:và|khi)\s+|(?:sẽ|sắp(?!\s+xếp)|dự kiến|dự định)\s+(?:tổ chức|đăng cai)\s+[^,.;:]{1,80}?\s+|(?:lời\s+)?(?<!khách\s)mời\s+(?:[^\s,.;:]+\s+){0,8}|(?:không|chưa)(?!\s+(?:chỉ|quên|ngừng|ngần ngại|bao giờ quên))\s+(?:có\s+)?(?:[^\s,.;:]+\s+){0,4}(?:được|nào|bị)\s+|(?:không|chưa)\s+(?:thể\s+)?(?:có|đạt(?:\s+được)?|đi đến)\s+|(?:thông điệp|thư|điện)\s+gửi\s+(?:tới\s+)?|(?:không|chưa)\s+(?:tới\s+|đến\s+)?(?:tham\s+)?dự\s+(?:(?:cuộc|buổi|các)\s+)?|(?:không|chưa)\s+(?:chịu\s+|(?:tới|đến|sang)\s+)?|(?:chốt|ấn định|xác định|sắp xếp|bàn)\s+(?:(?:thời gian|ngày|địa điểm|thời điểm)\s+(?:và\s+|,\s*)?){1,3}(?:tổ chức\s+)?(?:cho\s+)?(?:(?:cuộc|buổi)\s+)?|(?<![\p{L}])(?:mong|mong muốn|hy vọng|kêu gọi|thúc giục|đề nghị|yêu cầu)\s+[^,.;:]{1,60}?\s+tiến hành\s+)$/u;

/** Every trigger in a sentence, left to right (overlaps resolved in favour of the stronger). */
export function findTriggers(input: string): Trigger[] {
  const sentence = lowerFirst(input);
  const low = input.toLowerCase();
  const all: Trigger[] = [];
  const quotes = spokenQuotes(sentence);
  const needles = needlesIn(low);
  for (const r of RULES) {
    if (!r.needles.some((n) => needles.has(n))) continue;
    // (an exec loop on the rule's own regex: `matchAll` would clone it for every sentence)
    r.re.lastIndex = 0;
    for (let m = r.re.exec(sentence); m; m = r.re.exec(sentence)) {
      if (!m[0]) r.re.lastIndex = m.index + (sentence.codePointAt(m.index)! > 0xffff ? 2 : 1);
      if (r.accept && !r.accept(sentence, m.index)) continue;
      // (a speaker's own report of a meeting or a call in quotes, "Tôi vừa có cuộc điện đàm với Tổng thống Putin", is one)
      if (r.type !== 'attack' && quotes.some((q) => q.start <= m.index! && m.index! + m[0].length <= q.end) && !((r.type === 'call' || r.type === 'meeting') && OWN_REPORT_BEFORE.test(sentence.slice(Math.max(0, m.index! - 30), m.index!)))) continue;
      all.push({ start: m.index!, end: m.index! + m[0].length, text: input.slice(m.index!, m.index! + m[0].length), type: r.type, lemma: m[0].toLowerCase().replace(/\s+/g, ' '), strength: r.strength });
    }
  }
  all.sort((a, b) => b.strength - a.strength || a.start - b.start);
  const kept: Trigger[] = [];
  // an event not (yet) held does not count; its span still hides weaker readings of the same words
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  kept.sort((a, b) => a.start - b.start);
  // "dự kiến dự Hội nghị G20 tại Bali và Hội nghị APEC tại Bangkok": a conjunct shares the first one's fate
  const out: Trigger[] = [];
  let notHeld: Trigger | null = null;
  // "gửi điện chia buồn tới …, nhắc lại cuộc gặp … và việc đón Chủ tịch nước thăm …": what a message recalls or wishes is its content
  // ("viết trên Twitter rằng chính phủ mới của Sudan đã đồng ý …": a post reports what others agreed; the poster's own calls are events)
  // (a message not sent recalls nothing: "Putin không gửi lời chúc mừng, và … hôm 24/4, ông ký sắc lệnh …")
  const message = kept.find((t) => t.type === 'statement' && /^gửi\s/u.test(t.lemma) && held(sentence, t));
  // (or told to the press: "ông Biden nói với phóng viên tại Nhà Trắng rằng … hai bên "đồng ý sẽ tuân thủ thỏa thuận Đài Loan"")
  const post = kept.find((t) => t.type === 'statement' && (/^(?:viết|đăng)\s+(?:trên|lên)\s/u.test(t.lemma) || TO_THE_PRESS.test(sentence.slice(t.start, t.start + 40))));
  // "… tới khu rừng Compiègne, nơi ký hiệp định đình chiến kết thúc Thế chiến I": what a place is known for is no event told
  const known = PLACE_KNOWN_FOR.exec(sentence);
  const quoted = saidOpening(sentence);
  for (const t of kept) {
    if (known && t.start >= known.index && t.start < known.index + known[0].length) continue;
    // ("Theo thông báo của Văn phòng Thủ tướng Israel phát đi hôm 26/10, ông Netanyahu đã có mặt tại …": the source of what the sentence tells, when it tells something)
    if (t.type === 'statement' && SOURCE_OPENING.test(sentence.slice(0, t.end)) && !/^\s+chung(?!\p{L})/u.test(sentence.slice(t.end)) && kept.some((k) => k.type !== 'statement' && k.start > t.end)) continue;
    // ("… hoan nghênh việc bà Savchenko được thả tự do": a release welcomed is what the statement is about, not the sentence's news)
    if (t.type === 'other' && RELEASE_LEMMA.test(t.lemma) && REACTION_TO_ACT.test(sentence.slice(Math.max(0, t.start - 80), t.start))) continue;
    // ("… chấm dứt Thỏa thuận Các lực lượng thăm viếng (VFA)": a visit word in a treaty's name)
    if (t.type === 'visit' && IN_TREATY_NAME.test(sentence.slice(Math.max(0, t.start - 50), t.start))) continue;
    // ("Hôm nay, ông Gantz lên tiếng bảo vệ quyết định tiếp ông Abbas": a meeting or visit whose decision is defended or judged was told before)
    // ("… Lavrov hoan nghênh việc cuộc gặp được tổ chức tại Moscow": a meeting welcomed, told as done, is what the words are about)
    if ((t.type === 'meeting' || t.type === 'visit') && (DECISION_JUDGED.test(sentence.slice(Math.max(0, t.start - 60), t.start)) || (REACTION_TO_ACT.test(sentence.slice(Math.max(0, t.start - 80), t.start)) && DONE_AFTER.test(sentence.slice(t.end, t.end + 40))))) continue;
    // ("Phát biểu với báo giới bên lề hội nghị G-20 ở Hàng Châu hôm 5/9, ông Putin gọi …": the summit is where the words were said, not the news)
    const spokeAtEnd = t.type === 'summit' && SPOKE_AT_OPENING.test(sentence.slice(0, t.start)) ? sentence.indexOf(',', t.end) : -1;
    if (spokeAtEnd >= 0 && kept.some((k) => k.type === 'statement' && k.start > spokeAtEnd)) continue;
    // ('"Chuyến thăm này đã mở ra một trang mới …", ông Abe phát biểu': the event told, named in the words quoted by who said them)
    if (t.end <= quoted && t.type !== 'statement' && THIS_ONE.test(sentence.slice(t.end, t.end + 12))) continue;
    if (message && t.start > message.end && t.type !== 'statement' && t.type !== 'attack') continue;
    // ("ông Michel viết trên Facebook rằng … ông không muốn làm hỏng cuộc gặp …": nor a meeting in what the post says;
    // "ông Trump nói với báo giới … rằng hai bên đang đàm phán về địa điểm tổ chức thượng đỉnh lần hai": nor a summit)
    // ("Zarif … viết trên Twitter rằng vụ việc … xuất hiện "thật đúng lúc" khi ông Rouhani bắt đầu công du châu Âu": nor a trip,
    // unless told with a day of its own: "… khi ông Kagame thăm Ấn Độ hồi tháng 1/2017")
    if (post && t.start > post.end && (t.type === 'agreement' || ((t.type === 'meeting' || t.type === 'summit' || (t.type === 'visit' && !DATED_AFTER.test(sentence.slice(t.end)))) && /(?:^|\s)rằng\s/u.test(sentence.slice(post.end, t.start))))) continue;
    // ('"Đây là một hành động khủng bố", ông Biden nói với phóng viên hôm 16/1, khi tới thăm một ngân hàng thực phẩm …': where he said it)
    if (post && t.start > post.end && t.type === 'visit' && WHEN_CLAUSE.test(sentence.slice(post.end, t.start))) continue;
    // ("khẳng định nếu được thực thi đầy đủ, thỏa thuận sẽ "cắt đứt mọi con đường"": a deal named as the subject of what it will do)
    if (t.type === 'agreement' && t.lemma === 'thỏa thuận' && DEAL_WILL.test(sentence.slice(t.end, t.end + 16))) continue;
    // ("hủy chuyến thăm ba ngày tới Sri Lanka": the trip's destination, named after the trip not made, is that trip)
    const sameTrip = notHeld?.type === 'visit' && t.type === 'visit' && ARRIVAL_WORD.test(t.lemma) && TRIP_TO.test(sentence.slice(notHeld.end, t.start));
    const joined = notHeld && (sameTrip || ((notHeld.type === t.type || AFTER_PLAN.test(sentence.slice(notHeld.end, t.start))) && CONJUNCT.test(sentence.slice(notHeld.end, t.start))));
    if (!joined && held(sentence, t)) out.push(t);
    else notHeld = t;
  }
  return out;
}

/** "Thỏa thuận Các lực lượng ", "Hiệp định lực lượng ": a treaty's name, up to a word in it. */
const IN_TREATY_NAME = /(?:Thỏa thuận|Thoả thuận|Hiệp định)\s+(?:[Cc]ác\s+)?(?:[Ll]ực lượng|[Qq]uân đội)\s+$/u;
/** "hoan nghênh", "lên án": verbs of reacting to what someone did, as a pattern source. */
const REACTING = String.raw`(?:hoan nghênh|chào đón|chào mừng|ca ngợi|lên án|chỉ trích|phản đối)`;
/** "bảo vệ quyết định ", "chỉ trích quyết định của ông ": a decision defended or judged, right before what was decided. */
const DECISION_JUDGED = new RegExp(String.raw`(?:${REACTING}|bảo vệ|biện hộ cho)\s+quyết định\s+(?:của\s+(?:ông|bà)\s+\S+\s+)?$`, 'u');
/** " được tổ chức", " đã diễn ra": right after a meeting word, told as done. */
const DONE_AFTER = /^\s+(?:[^\s,.;]+\s+){0,3}?(?:được tổ chức|đã diễn ra|diễn ra)(?!\p{L})/u;
/** "hoan nghênh việc bà Savchenko ", "lên án việc …": a reaction to an act, up to the act's word. */
const REACTION_TO_ACT = new RegExp(String.raw`${REACTING}\s+(?:quyết định\s+|việc\s+)[^,.;]{0,60}$`, 'u');
/** "Phát biểu với báo giới bên lề ", "phát biểu tại ": a sentence opening on where someone spoke, up to an occasion's word. */
const SPOKE_AT_OPENING = /^phát biểu(?:\s+(?:với|trước)\s+(?:báo giới|báo chí|phóng viên|các phóng viên))?\s+(?:tại|bên lề)\s+(?:(?:phiên\s+)?(?:khai mạc|bế mạc)\s+)?$/u;
/** "Theo thông báo", "Theo thông cáo" opening a sentence, up to the word: a source named for what follows (not "Theo tuyên bố chung", the pair's). */
const SOURCE_OPENING = /^[Tt]heo\s+(?:(?:một|bản)\s+)?(?:thông báo|thông cáo|tuyên bố)$/u;
/** ", nơi ký hiệp định …", ", nơi từng diễn ra …": a place described by what once happened there. */
const PLACE_KNOWN_FOR = /,\s*nơi\s+(?:từng\s+|đã\s+)?(?:ký|diễn ra|xảy ra|tổ chức)\s[^,;]*/u;
/** "tới", "đến": the word of an arrival, a trip's destination after it. */
const ARRIVAL_WORD = /^(?:đã\s+|vừa\s+)?(?:tới|đến)$/u;
/** " ba ngày ", " chính thức ": a few words between a trip's noun and "tới", none a conjunction nor a place already named ("hủy chuyến thăm Berlin để bất ngờ tới Baghdad"). */
const TRIP_TO = /^(?:\s+(?!(?:và|rồi|sau đó|để|nhằm)(?!\p{L}))\p{Ll}[^\s,.;]*){0,4}\s+$/u;
/** " Ấn Độ hồi tháng 1/2017": a day, month or year told right after an event word, in its clause. */
const DATED_AFTER = /^[^.;,]{0,60}?(?:hồi|vào|năm|tháng|ngày|hôm)\s+\d/u;
/** "nói với phóng viên", "nói với báo giới": words told to the press. */
const TO_THE_PRESS = /^nói\s+với\s+(?:các\s+)?(?:phóng viên|báo giới|báo chí|giới báo chí|truyền thông|hãng tin)(?!\p{L})/iu;
/** "… hôm 16/1, khi (tới thăm)": a clause of when, right before the word, after what was told to the press. */
const WHEN_CLAUSE = /^[^.;,]{0,40},\s+(?:khi|lúc|trong khi)\s+(?:đang\s+)?(?:(?:tới|đến|sang)\s+)?$/u;
/** "(thỏa thuận) sẽ …", "(thỏa thuận) này có thể …": what a deal will do, no deal reached. */
const DEAL_WILL = /^\s+(?:này\s+|đó\s+)?(?:sẽ|có thể)\s/u;
/** What lies between two event nouns of one coordination: a short modifier, then "và" / "cũng như". */
// (or named again as the trip it is: "Thủ tướng Đức Angela Merkel dự kiến tới Nhà Trắng vào thứ sáu, trong một chuyến thăm ngắn hơn …")
// (and what a plan puts after it: "ông Cameron sẽ mời ông Tập tới Chequers, trước khi hai người cùng tới Manchester";
// or its purpose: "dự kiến cùng đi tàu Shinkansen từ Tokyo tới Kobe để thăm nhà máy …")
/** "… trước khi ": what comes after a plan, of whatever kind, is planned too. */
const AFTER_PLAN = /\strước khi\s+(?:[^\s,.;:]+\s+){0,4}$/u;
const CONJUNCT = /^[^,.;:]{0,60}\s(?:và|cũng như)\s+$|^[^,.;:]{0,60},\s+(?:trong|với)\s+(?:một\s+)?$|^[^.;:]{0,80}?\strước khi\s+(?:[^\s,.;:]+\s+){0,4}$|^[^,.;:]{0,60}\s(?:để|nhằm)\s+$/u;

/** "Tôi vừa có cuộc", "Chúng tôi đã": a speaker telling what they themselves just did. */
const OWN_REPORT_BEFORE = /["“]\s*(?:[Tt]ôi|[Cc]húng tôi)\s+(?:vừa|đã|mới)\s+(?:có\s+)?(?:một\s+)?(?:cuộc\s+)?$/u;

/** A quotation mark, straight or curly. */
const QUOTE_MARK = /["“”]/gu;
/** Words enough for a quotation to be someone's words rather than a quoted name or title. */
const SPOKEN_WORDS = 4;

/** "tôi", "chúng tôi", "chúng ta": the speaker's own voice. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:[tT]ôi|[cC]húng tôi|[cC]húng ta)(?!\p{L})/u;
/** "mô tả đây là", "gọi đó là": the quotation is the speaker's description. */
const DESCRIBED_AS = /(?:^|[^\p{L}])là\s*$/u;
/** "và nói:", "tuyên bố:": the quotation is what the speaker said. */
/** 'ông Mnuchin cho biết Mỹ ghi nhận việc Ai Cập "…"': words quoted within what someone is reported to have said. */
const REPORTED_BEFORE = /(?:^|[^\p{L}])(?:cho biết|khẳng định|nhấn mạnh)\s[^.;:"“”]{0,60}$/u;
const SAID_COLON = /(?:^|[^\p{L}])(?:nói|cho biết|tuyên bố|khẳng định|nhấn mạnh|phát biểu|viết)\s*:\s*$/u;

/**
 * A quotation of several words in the speaker's own voice, given as their description of
 * something or after "nói:"; a spokesperson's account in the third person ("Bộ trưởng A và Bộ trưởng B đồng ý
 * rằng …", ông Cook nói) still tells events.
 */
function spoken(inner: string, before: string): boolean {
  return inner.trim().split(/\s+/u).length >= SPOKEN_WORDS && (FIRST_PERSON.test(inner) || DESCRIBED_AS.test(before) || SAID_COLON.test(before) || REPORTED_BEFORE.test(before));
}

/**
 * "ông Trump mô tả đây là "một cuộc gọi rất tốt"", ""Chúng tôi tin rằng cần phải có một cuộc
 * đối thoại", Ngoại trưởng nói": the words of a quotation are the speaker's, not events the news
 * tells. The spans of quoted speech (a quotation of several words) in `text`.
 */
function spokenQuotes(text: string): { start: number; end: number }[] {
  if (!/["“]/u.test(text)) return [];
  const marks = allMatches(QUOTE_MARK, text).map((m) => m.index);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const inner = text.slice(marks[i] + 1, marks[i + 1]);
    if (spoken(inner, text.slice(0, marks[i]))) out.push({ start: marks[i] + 1, end: marks[i + 1] });
  }
  // a mark left alone (the quotation spans sentences): a closing one (before a comma or the end)
  // ends a quotation begun before the sentence, an opening one runs to its end
  if (marks.length % 2 === 1) {
    const at = marks[marks.length - 1];
    const span = /^\s*(?:[,.;:!?]|$)/u.test(text.slice(at + 1)) && !marks.slice(0, -1).length ? { start: 0, end: at } : { start: at + 1, end: text.length };
    if (spoken(text.slice(span.start, span.end), text.slice(0, Math.max(0, span.start - 1)))) out.push(span);
  }
  return out;
}

/** '"…", ông Abe phát biểu', '“…”, Tổng thống X nói': a sentence opening on words quoted, then who said them. */
const SAID_AFTER = /^\s*,\s*(?:[^.;:"“”]{0,80}?\s)?(?:nói|phát biểu|cho biết|khẳng định|tuyên bố|nhấn mạnh|viết|chia sẻ)(?!\p{L})/u;
/** " này", " lần này" right after an event word: the one being told. */
const THIS_ONE = /^\s+(?:lần\s+)?này(?!\p{L})/u;
/** The end of the quotation a sentence opens on when who said it follows (0 when it does not open so). */
function saidOpening(sentence: string): number {
  const open = /^\s*["“]/u.exec(sentence);
  if (!open) return 0;
  const close = quotationEnd(sentence, open[0].length);
  return close < sentence.length && SAID_AFTER.test(sentence.slice(close + 1)) ? close : 0;
}

/** "phản đối gay gắt các cuộc ", "lên án những vụ " right before an attack word (or opening it, "các "): a run of attacks objected to. */
/** "khoản viện trợ ông Abe vừa ": a thing, then who had just announced it, right before the saying word ending the clause. */
const ANNOUNCED_THING_BEFORE = /(?:^|\s)(?:khoản|gói|kế hoạch|chương trình|quyết định|số tiền|biện pháp)\s+(?:[^\s,.;]+\s+){0,3}?(?:mà\s+)?(?:ông|bà|\p{Lu}[^\s,.;]*)(?:\s+[^\s,.;]+){0,6}?\s+(?:vừa|đã|mới)\s+$/u;
/** "khởi nguồn từ ", "bắt nguồn từ ": right before what something began with. */
const ORIGIN_BEFORE = /(?:^|\s)(?:khởi nguồn|bắt nguồn|xuất phát)\s+từ\s+$/u;
/** "nhiều lần ", "liên tiếp ": right before an attack word, one done again and again. */
const REPEATEDLY_BEFORE = /(?:^|\s)(?:nhiều lần|liên tiếp|thường xuyên|nhiều lượt)\s+$/u;
const PROTESTED_RUN_BEFORE = /(?:^|\s)(?:phản đối|lên án|chỉ trích)\s+(?:gay gắt\s+|mạnh mẽ\s+|kịch liệt\s+)?(?:các|những)\s+(?:(?:cuộc|vụ)\s+)?$/u;
/** "chuẩn bị một ", "âm mưu thực hiện các ", "ngăn chặn được một " right before an attack word: one plotted or foiled. */
const PLOTTED_BEFORE = /(?:^|\s)(?:chuẩn bị|lên kế hoạch|âm mưu|ngăn chặn(?:\s+được)?|phá vỡ|phá được|đập tan)\s+(?:(?:thực hiện|tiến hành)\s+)?(?:(?:một|các|những|nhiều|hai|ba)\s+)?$/u;
/** Whether the event at `t` was held: an attack always; another unless the words before it say it was not. */
function held(sentence: string, t: Trigger): boolean {
  // ('… và nói một cuộc tấn công nhằm vào giáo đường … như vậy "dường như là điều không thể tưởng tượng nổi"': any such attack, said of)
  // ('cầu nguyện cho "… các nạn nhân của vụ tấn công sáng nay ở Indonesia"': an attack named in words quoted as whose victims they were, told already)
  // ('khẳng định các cuộc tấn công như vậy "không làm thay đổi quyết tâm"': attacks of that kind)
  // ("cảnh sát bắt hai người … bị nghi chuẩn bị một vụ tấn công "sắp xảy ra"": an attack plotted or foiled, none carried out)
  if (t.type === 'attack' && PLOTTED_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start))) return false;
  // ("… trong bối cảnh Islamabad phản đối gay gắt các cuộc không kích bằng máy bay không người lái của Mỹ": a run of attacks protested, none told)
  // ("… đúng bằng khoản viện trợ ông Abe vừa công bố.": what someone had announced, naming a thing, no statement told)
  if (t.type === 'statement' && ANNOUNCED_THING_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start)) && /^\s*(?:[,.;]|$)/u.test(sentence.slice(t.end))) return false;
  // ("Các nhóm vũ trang … sau đó nhiều lần phóng rocket vào căn cứ …": attacks again and again, none of them told)
  if (t.type === 'attack' && REPEATEDLY_BEFORE.test(sentence.slice(Math.max(0, t.start - 20), t.start))) return false;
  // ('"cuộc xung đột vũ trang nội bộ" khởi nguồn từ các cuộc tấn công của phiến quân …': attacks told as where something began, long before)
  if (t.type === 'attack' && ORIGIN_BEFORE.test(sentence.slice(Math.max(0, t.start - 30), t.start))) return false;
  if (t.type === 'attack' && PROTESTED_RUN_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start) + (/^(?:các|những)\s/u.exec(t.text)?.[0] ?? ''))) return false;
  if (t.type === 'attack') return !SAID_OF_ANY.test(sentence.slice(Math.max(0, t.start - 40), t.start)) && !SUCH_AFTER.test(sentence.slice(t.end, t.end + 12)) && !(VICTIMS_OF.test(sentence.slice(Math.max(0, t.start - 30), t.start)) && isQuoted(sentence, t.start));
  // ('… gọi vụ tấn công là tội ác chiến tranh và là sự "coi thường các cuộc đàm phán do Nga làm trung gian"': what something is called, quoted)
  if (t.type !== 'statement' && isQuoted(sentence, t.start)) {
    const open = Math.max(sentence.lastIndexOf('“', t.start), sentence.lastIndexOf('"', t.start));
    if (open >= 0 && CALLED_AS.test(sentence.slice(Math.max(0, open - 120), open))) return false;
    // ('"Đây không phải là chuyến thăm hữu nghị", ông Nehammer nói': what a speaker says the event is, in their words)
    if (COPULA_BEFORE.test(sentence.slice(Math.max(0, t.start - 24), t.start))) return false;
  }
  // "Theo chương trình, trong những ngày tới Chủ tịch nước sẽ hội kiến …": the schedule ahead
  if (SCHEDULE.test(sentence)) return false;
  // "đánh dấu 20 năm ký Tuyên bố chung": the anniversary of an event, not the event
  if (ANNIVERSARY_OF.test(sentence.slice(Math.max(0, t.start - 40), t.start))) return false;
  // ("… lãnh sự quán Ấn Độ ở Herat cũng bị các tay súng tấn công, ngay trước lễ tuyên thệ nhậm chức của ông Modi": what the day was just before)
  if (t.type === 'other' && JUST_BEFORE.test(sentence.slice(Math.max(0, t.start - 20), t.start))) return false;
  if (GENERIC_BEFORE.test(sentence.slice(Math.max(0, t.start - 12), t.start)) && GENERIC_AFTER.test(sentence.slice(t.end, t.end + 12))) return false;
  // "các cuộc đàm phán trước hết phải làm rõ …": such events as they ought to be, none told
  if (t.type !== 'statement' && GENERIC_BEFORE.test(sentence.slice(Math.max(0, t.start - 12), t.start)) && OUGHT_AFTER.test(sentence.slice(t.end, t.end + 40))) return false;
  // "tìm hiểu xem một cuộc gặp có thực sự "hiệu quả" hay không": whether it would be, not that it was
  if (WHETHER_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start)) && /^[^.;]{0,80}?\shay không(?!\p{L})/u.test(sentence.slice(t.end))) return false;
  // "hai nhà lãnh đạo nhất trí gặp nhau tại New York": a meeting or visit agreed on, still ahead (not "nhất trí thông qua", adopted)
  if ((t.type === 'meeting' || t.type === 'visit') && AGREED_TO.test(sentence.slice(Math.max(0, t.start - 24), t.start))) return false;
  // "Hôm nay, ông Trudeau sẽ vào TP HCM, thăm Sở Giao dịch Chứng khoán …": a list of plans
  if (t.type !== 'statement' && PLANNED_LIST_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start))) return false;
  // "Kết thúc chuyến thăm Belarus, chiều 28/6, Chủ tịch nước dự kiến rời Minsk …": a visit's end told as the time of a plan, all of it ahead
  if (ENDING_PLANNED.test(sentence)) return false;
  // "… đã dự kiến tới khu nghỉ dưỡng Camp David, bang Maryland, để gặp riêng ông": what a planned trip was for is planned too
  if (t.type !== 'statement' && PLANNED_TRIP_FOR.test(sentence.slice(Math.max(0, t.start - 140), t.start))) return false;
  // ("Ông Zelensky dự kiến tới Nhà Trắng gặp ông Biden vào cuối tháng này, trong chuyến thăm Nhà Trắng đầu tiên …": the trip a plan is, planned too)
  if (PLAN_IT_IS.test(sentence.slice(Math.max(0, t.start - 160), t.start))) return false;
  // ("Thủ tướng Suga cũng được mời tới Nhà Trắng vào tháng 4, trở thành lãnh đạo nước ngoài đầu tiên gặp trực tiếp ông Biden": what an invitation would make of it)
  if (t.type !== 'statement' && INVITED_TO_BECOME.test(sentence.slice(Math.max(0, t.start - 160), t.start))) return false;
  // ("… tấn công đoàn người Sikh … đang trên đường tới gặp Tổng thống Ashraf Ghani": where they were headed, not what they did)
  if ((t.type === 'meeting' || t.type === 'visit') && ON_THE_WAY_TO.test(sentence.slice(Math.max(0, t.start - 30), t.start))) return false;
  // ("Tối cùng ngày, vừa trở về từ chuyến công du châu Á, ông Biden phát biểu …": a trip ended, told as where one came back from, not of that day)
  if (t.type === 'visit' && RETURNED_FROM.test(sentence.slice(Math.max(0, t.start - 40), t.start)) && !DATED_AFTER.test(sentence.slice(t.end))) return false;
  // ("Michael Spavor - doanh nhân chuyên tổ chức các chuyến đi tới Triều Tiên -": what someone does for a living, no event)
  if (HABITUAL_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start))) return false;
  // ("bà Liu yêu cầu Mỹ đồng ý để … tiến hành điều tra": an agreement asked for is none reached)
  if (t.type === 'agreement' && ASKED_TO.test(sentence.slice(Math.max(0, t.start - 40), t.start))) return false;
  // ("bà May mời Thái tử dùng bữa tối …": a meal hosted is held; the words before the invitation tell whether it was)
  const before = clauseBefore(sentence, t.start);
  const asked = t.type === 'meeting' && HOSTED_MEAL.test(t.lemma) ? before.replace(INVITED_TO_MEAL, '') : before;
  return !NOT_HAPPENED.test(asked) && (t.type === 'statement' || !PLANNED_AFTER.test(sentence.slice(t.end, t.end + 140)));
}
/** " là ", " không phải là một ": a copula right before an event word, which then says what something is. */
const COPULA_BEFORE = /(?:^|\s)(?:không phải\s+)?là\s+(?:một\s+)?$/u;
/** "gọi vụ tấn công là ", "coi đây là sự ": what something is called, right before the words quoted. */
const CALLED_AS = /(?:^|\s)(?:gọi|coi|mô tả|xem)\s[^.;"“”]{0,100}?\slà(?:\s+(?:một|sự|hành động))?\s*$/u;
/** "chuyên tổ chức các ": a trade, what someone does again and again, right before the word. */
const HABITUAL_BEFORE = /(?:^|\s)chuyên\s+(?!(?:cơ|gia|nghiệp|sâu|đề|trách|viên|ngành)(?!\p{L}))(?:[^\s,.;:]+\s+){0,6}$/u;
/** "yêu cầu Mỹ ", "kêu gọi hai bên ": whom someone asks to agree, right before the word. */
const ASKED_TO = /(?:^|\s)(?:yêu cầu|kêu gọi|thúc giục|đề nghị|hối thúc)\s+(?:[^\s,.;:]+\s+){0,4}$/u;
/** A meal's event word ("dùng bữa tối", "dự tiệc trưa"), and the invitation to it right before ("mời Thái tử "). */
const HOSTED_MEAL = /^(?:dùng bữa|ăn|dự tiệc|dự quốc yến)/u;
const INVITED_TO_MEAL = new RegExp(`${INVITED}$`, 'u');
/** "các nạn nhân của ", "nạn nhân trong " right before an attack word. */
const VICTIMS_OF = /nạn nhân\s+(?:của|trong)\s+$/u;
/** "nói một cuộc ", "cảnh báo rằng bất kỳ vụ " right before an attack word: an attack spoken of, none told. */
const SAID_OF_ANY = /(?:^|\s)(?:nói|cho rằng|khẳng định|nhấn mạnh|cảnh báo)\s+(?:rằng\s+)?(?:một|mọi|bất kỳ|bất cứ)\s+(?:(?:cuộc|vụ)\s+)?$/u;
/** " như vậy", " như thế" right after an attack word: any attack of that kind. */
const SUCH_AFTER = /^\s+(?:như vậy|như thế)(?!\p{L})/u;
/** "nhất trí ", "đồng ý sẽ ", "hẹn sớm ": agreeing on something still ahead, as a pattern source (also read by time-expressions.ts). */
export const AGREED_ON = String.raw`(?:nhất trí|đồng ý|thống nhất|hẹn)\s+(?:sẽ\s+)?(?:sớm\s+)?`;
/** "nhất trí ", "đồng ý sẽ ", "hẹn ", "nhất trí sớm ", "nhất trí tổ chức " right before an event word: agreed on, not yet held. */
// ("Hai bên cũng nhất trí tổ chức hội đàm chữ thập đỏ vào đầu tháng 9", "đồng ý nối lại các cuộc đàm phán")
const AGREED_TO = new RegExp(String.raw`(?:^|\s)${AGREED_ON}(?:(?:tổ chức|tiến hành|nối lại|mở)\s+(?:(?:một|các|những)\s+)?(?:(?:cuộc|vòng)\s+)?)?$`, 'u');
/** "dự kiến tới Camp David, bang Maryland, để ", right before an event word: the purpose of a trip still planned. */
const PLANNED_TRIP_FOR = /(?:^|[^\p{L}])(?:sẽ|sắp|dự kiến|dự định|lên kế hoạch)\s+(?:tới|đến|sang|bay tới|bay sang|trở lại)\s(?![^.;:]*\s(?:nhưng|song|sau đó)\s)[^.;:"“”]{1,100}?\sđể\s+$/u;
/** "dự kiến tới Nhà Trắng gặp ông Biden vào cuối tháng này, trong ", right before an event word: what the plan told is. */
// ("ông Suga dự kiến chọn Việt Nam và Indonesia là điểm đến trong chuyến ": the trip planned, in the same clause)
const PLAN_IT_IS = /(?:^|[^\p{L}])(?:sẽ|sắp|dự kiến|dự định)\s(?:[^.;:"“”]{1,120},\s+trong\s+(?:một\s+)?|[^.;:"“”,]{1,120}\strong\s+chuyến\s+)$/u;
/** A day the sentence tells, written out ("20-21/2") or counted ("Một ngày trước đó", "hôm qua"). */
const DAY_TOLD = /\d{1,2}\s*[/.-]\s*\d{1,2}|(?:trước|sau)\s+đó|hôm\s+(?:qua|nay|sau|trước)|(?:ngày|tối|sáng|chiều)\s+(?:qua|nay|hôm sau)/u;
/** "vừa trở về từ chuyến ", "về nước sau chuyến ": right before a trip's word, one come back from. */
const RETURNED_FROM = /(?:^|\s)(?:trở về|quay về|về nước|trở lại)\s+(?:từ|sau)\s+(?:các\s+|những\s+|hai\s+|một\s+)?(?:chuyến(?:\s+đi)?\s+)?$/u;
/** "đang trên đường tới ", right before an event word: what someone was on their way to. */
const ON_THE_WAY_TO = /(?:^|\s)trên đường\s+(?:tới|đến|đi|sang)\s+$/u;
/** "sẽ vào TP HCM, ", "dự kiến rời Minsk đến Moscow, bắt đầu " right before an event word: it continues a list of what is planned. */
const PLANNED_LIST_BEFORE = /(?:^|[^\p{L}])(?:sẽ|sắp|dự kiến|dự định)\s+(?![^.;:]*\s(?:đã|nhưng|song|sau đó)\s)[^.;:"“”]{1,60},\s+(?:bắt đầu\s+)?$/u;

/** "Kết thúc chuyến thăm …, chiều 28/6, Chủ tịch nước dự kiến …": a sentence opening on an ending whose main clause is a plan. */
const ENDING_PLANNED = /^(?:[Kk]ết thúc|[Ss]au khi kết thúc)\s[^.;,]{1,80},\s(?:[^.;,]{1,20},\s)?[^.;,]{0,60}?\s(?:sẽ|dự kiến|dự định)\s/u;

/** "xem", "liệu" opening a whether-clause before an event word. */
const WHETHER_BEFORE = /(?:^|\s)(?:xem|liệu)\s+(?:liệu\s+)?[^,.;]{0,40}$/u;

/** A sentence that tells a schedule: "Theo chương trình, …", "Theo kế hoạch, …", "Theo lịch trình, …". */
const SCHEDULE = /^(?:[Tt]heo\s+(?:chương trình|kế hoạch|lịch trình|dự kiến)|[Dd]ự kiến|[Tt]rong những ngày tới)(?!\p{L})/u;

/** "gọi văn kiện cuối cùng là kết quả "cân bằng và ", right before a word: what something is called. */
const CALLED_BEFORE = /(?:^|\s)(?:gọi|coi|mô tả|đánh giá)\s[^.;]{0,60}?\slà\s[^.;]{0,40}$/u;
/** ", ngay trước (lễ) ", "chỉ vài ngày trước " right before an event word: what another event came just before. */
const JUST_BEFORE = /(?:ngay|chỉ(?:\s+vài\s+(?:ngày|giờ))?)\s+trước\s+(?:thềm\s+)?(?:lễ\s+)?$/u;
/** "kỷ niệm 70 năm thiết lập …", "đánh dấu 20 năm ký …" right before an event word. */
const ANNIVERSARY_OF = /(?:kỷ niệm|đánh dấu|tròn)\s+(?:\d+|\p{Ll}+)\s+năm\s+(?:ngày\s+)?$/u;

/** "các cuộc đối thoại như vậy": such events in general, none of them told. */
const GENERIC_BEFORE = /(?:^|[^\p{L}])(?:các|những)\s+(?:cuộc\s+)?$/u;
const OUGHT_AFTER = /^(?:\s+[^\s,.;]+){0,3}?\s+(?:phải|cần|nên)\s/u;
const GENERIC_AFTER = /^\s+(?:như vậy|như thế|kiểu này)(?!\p{L})/u;

/**
 * "Hội nghị COP26 dự kiến tại Glasgow vào tháng 11", "cuộc gặp sẽ diễn ra tại …", "hai cuộc gặp
 * thượng đỉnh: với Tổng thống Moon, dự kiến diễn ra ngày 27/4": an event noun still planned.
 */
const PLANNED_AFTER = /^[^,.;:]{0,25}?\s(?:dự kiến|sẽ|có thể)\s+(?:(?:được\s+)?(?:diễn ra|tổ chức|khai mạc)|tại|ở|vào)(?!\p{L})|^[^.;]{0,100}?,\s*(?:dự kiến|sẽ)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc)(?!\p{L})/u;

/** The stretch of the clause before `at` (back to a comma, semicolon or colon), at most 100 characters. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 100);
  const piece = text.slice(from, at);
  const cut = Math.max(piece.lastIndexOf(','), piece.lastIndexOf(';'), piece.lastIndexOf(':'));
  return cut >= 0 ? piece.slice(cut + 1) : piece;
}

/**
 * The sentence's main trigger: the strongest kind present. "trò chuyện" is a meeting unless the
 * sentence says it was by telephone (that case is its own "call" rule above).
 */
export function mainTrigger(triggers: Trigger[]): Trigger | null {
  let best: Trigger | null = null;
  for (const t of triggers) if (t.type !== 'attack' && (!best || t.strength > best.strength)) best = t;
  return best;
}

/** Lower-cases the first letter of the sentence (after opening quotes or brackets). */
function lowerFirst(s: string): string {
  const m = /^[\s“"‘'(\[]*/u.exec(s)!;
  const i = m[0].length;
  return i < s.length ? s.slice(0, i) + s[i].toLowerCase() + s.slice(i + 1) : s;
}
