/**
 * What the leaders an article names tell about when it was written: those named with an office
 * they held (their terms bound the year), those named as elected, a leader said to have taken
 * office in a month ("nhậm chức hồi tháng 1", "tháng 5 năm ngoái") or on a first trip abroad,
 * an age stated with a name ("ông Abe, 67 tuổi"), and a term's end counted down. Pure; the
 * weights are document-date.ts's.
 */
import { PhraseIndex, type PhraseMatch } from './phrase-index.js';
import { isoDayNumber, toIso } from './resolve-date.js';
import { countOf } from './time-expressions.js';

/** A leader's terms of office, as the people gazetteer has them. */
export interface LeaderEvidence {
  /** Latin name as written in articles, e.g. "Barack Obama". */
  name: string;
  /** Other forms found in text ("Obama"). */
  aliases?: string[];
  /** Vietnamese forms ("Tập Cận Bình"). */
  vi?: string[];
  /** Forms that name the leader only after a title ("Quốc vương Salman", "Chủ tịch Tập"). */
  titled?: string[];
  /** Offices held; `to: null` for an office still held. Roles in English ("President"). */
  terms: Array<{ role: string; country: string; from: string; to: string | null }>;
  /** Date of birth (`YYYY-MM-DD`, or `YYYY`), for an age stated with the name ("ông Putin, 69 tuổi"). */
  born?: string;
}


/** Vietnamese titles for an English role, to tell a leader named in office. */
export function titlePattern(role: string): RegExp | null {
  const r = role.toLowerCase();
  if (/vice[- ]president/.test(r)) return /Phó Tổng thống/u;
  if (/^president of the european commission$/.test(r)) return /Chủ tịch (?:Ủy ban|Uỷ ban|Ủy Ban) [Cc]hâu Âu|Chủ tịch EC(?!\p{L})/u;
  if (/^president of the european council$/.test(r)) return /Chủ tịch Hội đồng [Cc]hâu Âu/u;
  if (/^state counsell?or$/.test(r)) return /Cố vấn Nhà nước/iu;
  if (/^supreme leader$/.test(r)) return /Lãnh tụ [Tt]ối cao/u;
  if (/^chair(?:man|woman) of the national assembly$/.test(r)) return /Chủ tịch Quốc hội/u;
  // "Chủ tịch" alone is a president ("Chủ tịch Trung Quốc"), not the chair of a parliament, party or committee
  if (/president/.test(r)) return /(?<!Phó )(?:Tổng thống|Chủ tịch nước|Chủ tịch(?!\s+(?:Quốc hội|Hạ viện|Thượng viện|Nghị viện|Thượng nghị viện|[Đđ]ảng|[Uủ]y ban|Ủy ban|Uỷ ban|Hội đồng|Mặt trận|Tập đoàn|Hiệp hội|Ngân hàng|Hội)))/u;
  if (/vice[- ]premier|deputy prime/.test(r)) return /Phó Thủ tướng/u;
  if (/prime minister|chancellor|premier/.test(r)) return /(?<!Phó )Thủ tướng/u;
  if (/secretary of state|foreign/.test(r)) return /Ngoại trưởng|Bộ trưởng Ngoại giao/u;
  if (/secretary[- ]general/.test(r)) return /Tổng Thư ký/iu;
  if (/^speaker/.test(r)) return /Chủ tịch Hạ viện/u;
  if (/general secretary/.test(r)) return /Tổng Bí thư/u;
  if (/defen[cs]e/.test(r)) return /Bộ trưởng Quốc phòng/u;
  if (/^finance minister$/.test(r)) return /Bộ trưởng Tài chính/u;
  if (/^commerce minister$/.test(r)) return /Bộ trưởng Thương mại/u;
  if (/^trade representative$/.test(r)) return /Đại diện Thương mại/u;
  if (/king|queen|emperor|monarch/.test(r)) return /Quốc vương|Nhà vua|Nữ hoàng|Nhật hoàng/u;
  if (/deputy crown prince/.test(r)) return /Phó [Tt]hái tử/u;
  if (/crown prince/.test(r)) return /(?<!Phó )[Tt]hái tử/u;
  if (/emir|sultan/.test(r)) return /Tiểu vương|Quốc vương/u;
  // "Đặc phái viên Liên Hợp Quốc về Yemen Martin Griffiths", "Đại sứ Anh tại Liên Hợp Quốc Karen Pierce"
  if (/special envoy/.test(r)) return /Đặc (?:phái viên|sứ)(?:\s+(?:của\s+)?(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?(?:\s+(?:về|tại|cho|phụ trách)(?:\s+vấn đề)?)?/u;
  if (/^national security advis[eo]r$/.test(r)) return /[Cc]ố vấn [Aa]n ninh [Qq]uốc gia/u;
  // ("Thư ký báo chí Nhà Trắng Jen Psaki", "Người phát ngôn Bộ Ngoại giao Trung Quốc Triệu Lập Kiên": short terms, good year cues)
  if (/^(?:spokesperson|press secretary)$/.test(r)) return /(?:[Nn]gười phát ngôn|[Tt]hư ký [Bb]áo chí)(?:\s+(?:Bộ Ngoại giao|Nhà Trắng|Điện Kremlin|Bộ Quốc phòng))?/u;
  if (/^chief cabinet secretary$/.test(r)) return /Chánh [Vv]ăn phòng Nội các/u;
  // (by its tail too, the whole title being longer than the stretch read before a name)
  if (/^chairman of the npc standing committee$/.test(r)) return /(?:Ủy viên trưởng|Uỷ viên trưởng)|Nhân đại(?:\s+Toàn quốc)?/u;
  if (/^chairman of the cppcc$/.test(r)) return /Chủ tịch (?:Chính hiệp|Hội nghị Hiệp thương Chính trị(?:\s+Nhân dân)?)(?:\s+Toàn quốc)?/u;
  if (/^un high commissioner for human rights$/.test(r)) return /(?:Cao ủy|Cao uỷ|Cao ủy trưởng)(?:\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?\s+về\s+(?:quyền con người|nhân quyền)/u;
  if (/^un high commissioner for refugees$/.test(r)) return /(?:Cao ủy|Cao uỷ|Cao ủy trưởng)(?:\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ))?\s+về\s+(?:người tị nạn|người tỵ nạn)/u;
  if (/^senate majority leader$/.test(r)) return /(?:[Ll]ãnh đạo|[Tt]hủ lĩnh)\s+phe\s+đa số(?:\s+(?:tại|ở)\s+Thượng viện)?/u;
  if (/^senate minority leader$/.test(r)) return /(?:[Ll]ãnh đạo|[Tt]hủ lĩnh)\s+phe\s+thiểu số(?:\s+(?:tại|ở)\s+Thượng viện)?/u;
  if (/^chairman of the joint chiefs of staff$/.test(r)) return /Tham mưu trưởng Liên quân/u;
  if (/^director of the cia$/.test(r)) return /Giám đốc (?:Cơ quan Tình báo Trung ương|CIA)/u;
  // "Đại diện cấp cao về chính sách đối ngoại của EU Josep Borrell"
  if (/^high representative$/.test(r)) return /Đại diện cấp cao(?:\s+(?:về|phụ trách)\s+(?:chính sách\s+)?(?:đối ngoại|ngoại giao)(?:\s+và\s+(?:chính sách\s+)?an ninh)?)?(?:\s+(?:của\s+)?(?:EU|Liên minh [Cc]hâu Âu))?/u;
  if (/^ambassador to the un$/.test(r)) return /Đại sứ(?:\s+\p{Lu}\p{L}*)*\s+(?:tại|ở|bên cạnh)\s+(?:Liên Hợp Quốc|Liên hợp quốc|LHQ)/u;
  return null;
}


type LeaderIndex = (leaders: readonly LeaderEvidence[]) => PhraseIndex<LeaderEvidence>;
/** An index of some forms of each leader, built once per gazetteer array passed in. */
function formIndex(formsOf: (l: LeaderEvidence) => string[]): LeaderIndex {
  const built = new WeakMap<readonly LeaderEvidence[], PhraseIndex<LeaderEvidence>>();
  return (leaders) => {
    let index = built.get(leaders);
    if (!index) built.set(leaders, (index = new PhraseIndex(leaders.flatMap((l) => formsOf(l).map((n): [string, LeaderEvidence] => [n, l])))));
    return index;
  };
}
/** Leaders' names indexed by first word. */
const nameIndex = formIndex((l) => [l.name, ...(l.aliases ?? []), ...(l.vi ?? [])].filter((n) => n.length >= 3));
/** The leaders' titled-only forms ({@link LeaderEvidence.titled}), looked up where a title must precede them anyway. */
const titledIndex = formIndex((l) => l.titled ?? []);

export interface Acting {
  name: string; role: string; from: string; to: string | null;
  /** the words that tie the article to the term's start */
  cue?: string;
  /** the term began "năm ngoái" (or its first trip abroad was told of last year): the writing is in the year after */
  lastYear?: boolean;
  /** the term began "năm nay": the writing is in the year it began */
  thisYear?: boolean;
}

/** A year written out: "năm 2018", "11/2019", "1.9.2021". */
const YEAR_IN_SENTENCE = /(?:^|[^\d])(19[4-9]\d|20[0-4]\d)(?!\d)/gu;
/** "khác hẳn cách …", "không như lần …": a clause comparing with an earlier occasion, before a name. */
const COMPARED_WITH_EARLIER = /(?:khác hẳn|khác với|trái ngược với|không giống|không như)\s+(?:cách|lúc|khi|hồi|lần|dịp)\s[^.;]*$/u;
/** "sáng hôm sau", "hôm trước", "cùng ngày", "khi đó": a time counted from the sentence before. */
const COUNTED_FROM_BEFORE = /(?<!\p{L})(?:hôm sau|hôm trước|cùng ngày|khi đó|lúc đó)(?!\p{L})/iu;
/**
 * The years written in the sentences a time counted from them goes back to, in the same paragraph
 * ("… đêm 26/10/2019, … . Khi đó, … . Tổng thống Donald Trump công bố … sáng hôm sau."), or none.
 * `sentence` starts at `from`.
 */
function countedFromYear(text: string, from: number, sentence: string): number[] {
  for (let k = 0; k < 3 && COUNTED_FROM_BEFORE.test(sentence); k++) {
    if (from < 2 || text[from - 1] === '\n') return [];
    const [start, end] = sentenceSpan(text, from - 2);
    sentence = text.slice(start, end);
    const years = yearsIn(sentence);
    if (years.length) return years;
    from = start;
  }
  return [];
}
/** Every year written out in a sentence. */
const yearsIn = (sentence: string) => [...sentence.matchAll(YEAR_IN_SENTENCE)].map((m) => +m[1]);
/** Offsets of the sentence of `text` around offset `at` (to the nearest full stop or line break). */
export function sentenceSpan(text: string, at: number): [number, number] {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const stop = text.slice(at).search(/\.\s|\n/u);
  return [from, stop < 0 ? text.length : at + stop];
}
/** The sentence of `text` around offset `at`. */
export const sentenceAt = (text: string, at: number) => text.slice(...sentenceSpan(text, at));

/** Days before a term starts in which a winner is called "đắc cử" (elected, not yet in office). */
export const ELECT_WINDOW_DAYS = 90;

/** The words of the clause right before a name ("… , cựu Tổng thống Mỹ "): where its title and its "cựu"/"đắc cử" are. */
const clauseBefore = (text: string, at: number) => text.slice(Math.max(0, at - 45), at).split(/[.,;:!?\n()"“”]/u).pop() ?? '';
/** A one-word alias before another capitalised word is part of someone else's name ("Michel Aoun"). */
const inLongerName = (m: { text: string; end: number }, text: string) => !/\s/u.test(m.text) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 3));

/** What may stand between a title and the name it goes with: a country, "ông", "đương kim", a first name in brackets ("Ngoại trưởng [John] Kerry"). */
const TITLE_TO_NAME = /^(?:\s*(?:\p{Lu}[\p{L}'-]*|\[[^\]]{1,30}\]|ông|bà|đương kim|đương nhiệm|nước|của))*\s*$/u;
/** {@link titlePattern}'s patterns made global, by source, for {@link titledHere}'s scan. */
const GLOBAL_TITLES = new Map<string, RegExp>();
/**
 * Whether `clause` ends on the title `title` goes with: "Tổng thống Mỹ ", but not "Tổng thống Biden điện
 * đàm chúc mừng ông " (the title of someone else, and a verb between).
 */
function titledHere(title: RegExp, clause: string): boolean {
  let all = GLOBAL_TITLES.get(title.source);
  if (!all) GLOBAL_TITLES.set(title.source, (all = new RegExp(title.source, `${title.flags.replace('g', '')}g`)));
  all.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = all.exec(clause); m; m = all.exec(clause)) last = m;
  return !!last && TITLE_TO_NAME.test(clause.slice(last.index + last[0].length));
}

/** Leaders named with an office they held (not "cựu", "cố", "đắc cử"): the article falls within that term. */
export function actingLeaders(text: string, leaders: LeaderEvidence[]): Acting[] {
  const found = new Map<LeaderEvidence, Map<string, Acting>>();
  // One pass over the text for every name (a name shared by two leaders counts for the first); the
  // titled-only forms count too, as a term is taken only under its title ("Quốc vương Saudi Arabia Salman")
  for (const m of [...nameIndex(leaders).findAll(text), ...titledIndex(leaders).findAll(text)]) {
    const leader = m.value;
    if (inLongerName(m, text)) continue;
    const clause = clauseBefore(text, m.start);
    // ("Cố Quốc vương Sheikh Sabah": the late king, not "Cố vấn" an adviser)
    // ("quân đội lật đổ Tổng thống Omar al-Bashir": the office he lost)
    if (/cựu|nguyên|đắc cử|tương lai|ứng (?:cử )?viên|tân|tiền nhiệm|(?<!\p{L})cố\s+(?!vấn|gắng)|lật đổ|phế truất|truất phế/iu.test(clause)) continue;
    // ("nguyên Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith": "nguyên" before a list of titles holds for each)
    if (FORMER_TITLE_LIST.test(text.slice(Math.max(0, m.start - clause.length - 80), m.start - clause.length))) continue;
    // "Bộ trưởng Quốc phòng James Mattis cũng hai lần tới Việt Nam trong năm 2018": a sentence
    // with a year of its own is a flashback, the office held then, not when the article was written
    // (a year in none of the leader's terms tells of something else: "Chủ tịch Hạ viện Setya Novanto chào mừng
    // nhà vua, trong khi một bộ phim tư liệu về chuyến thăm … năm 1970 được trình chiếu")
    const inATerm = (y: number) => leader.terms.some((t) => +t.from.slice(0, 4) <= y && y <= +(t.to ?? '9999').slice(0, 4));
    const [sentenceFrom, sentenceTo] = sentenceSpan(text, m.start);
    const sentence = text.slice(sentenceFrom, sentenceTo);
    if (yearsIn(sentence).some(inATerm)) continue;
    // ("… trong cuộc đột kích đêm 26/10/2019. Tổng thống Donald Trump công bố … sáng hôm sau.": a day
    // counted from the sentence before, in the same paragraph, is in that sentence's year)
    if (countedFromYear(text, sentenceFrom, sentence).some(inATerm)) continue;
    // ("… khác hẳn cách ông Modi phá lệ đích thân ra đón Tổng thống Mỹ Barack Obama, …": an earlier occasion compared with, the office held then)
    if (COMPARED_WITH_EARLIER.test(text.slice(sentenceFrom, m.start))) continue;
    const terms = found.get(leader) ?? new Map<string, Acting>();
    for (const term of leader.terms) {
      const title = titlePattern(term.role);
      if (title && titledHere(title, clause)) terms.set(`${term.role}|${term.from}`, { name: leader.name, ...term });
    }
    found.set(leader, terms);
  }
  // of several terms under the same title, any may be meant: keep them all (the union is the constraint)
  // in gazetteer order: sorting the few leaders named costs less than a pass over the gazetteer
  return [...found.keys()].sort((a, b) => leaders.indexOf(a) - leaders.indexOf(b)).flatMap((l) => [...found.get(l)!.values()]);
}

/** Offices told bare in a list of titles ("Tổng Bí thư, Chủ tịch nước"). */
const BARE_TITLES = 'Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|Chủ tịch|Thủ tướng|Tổng thống|Phó Thủ tướng|Phó Chủ tịch nước|Phó Tổng thống|Ngoại trưởng|Quốc vương';
/** "nguyên Tổng Bí thư, " (then the last title, before the name): a former holder's list of titles. */
const FORMER_TITLE_LIST = new RegExp(String.raw`(?:^|[^\p{L}])(?:cựu|nguyên)\s+(?:${BARE_TITLES})(?:\s*,\s*(?:nguyên\s+)?(?:${BARE_TITLES}))*\s*,\s*$`, 'u');
/** "cựu", "nguyên" (former) and "cố" (the late, not "cố vấn"/"cố gắng") right before an office and a name. */
const FORMER = /(?:^|[^\p{L}])(?:cựu|nguyên|cố(?!\s+(?:vấn|gắng)))\s+$/iu;

/**
 * Leaders named as former or late holders of an office ("cựu Tổng thống Obama", "cố Chủ tịch
 * nước Trần Đại Quang"): the article was written after the first such term had ended.
 */
export function formerLeaders(text: string, leaders: LeaderEvidence[]): Acting[] {
  const out = new Map<string, Acting>();
  // (a title follows the word: "cựu Tổng thống", not "nguyên nhân", "cố gắng")
  if (!/(?:^|[^\p{L}])(?:[Cc]ựu|[Nn]guyên|[Cc]ố)\s+\p{Lu}/u.test(text)) return [];
  for (const m of nameIndex(leaders).findAll(text)) {
    if (inLongerName(m, text)) continue;
    const clause = clauseBefore(text, m.start);
    for (const term of m.value.terms) {
      const title = titlePattern(term.role);
      const at = title ? clause.search(title) : -1;
      if (at < 0 || !term.to || !FORMER.test(clause.slice(0, at))) continue;
      const key = m.value.name;
      if (!out.has(key) || out.get(key)!.to! > term.to) out.set(key, { name: m.value.name, ...term });
    }
  }
  return [...out.values()];
}

/**
 * Leaders named as elected but not yet in office ("Tổng thống đắc cử Mỹ Donald Trump"): the
 * article was written in the weeks between an election and the start of a term.
 */
export function electedLeaders(text: string, leaders: LeaderEvidence[]): Acting[] {
  const out = new Map<string, Acting>();
  if (!/đắc cử/iu.test(text)) return [];
  for (const m of nameIndex(leaders).findAll(text)) {
    const clause = clauseBefore(text, m.start);
    if (!/đắc cử/iu.test(clause) || /cựu|nguyên/iu.test(clause)) continue;
    for (const term of m.value.terms) {
      const title = titlePattern(term.role);
      if (title && title.test(clause)) out.set(`${m.value.name}|${term.from}`, { name: m.value.name, ...term });
    }
  }
  return [...out.values()];
}

/**
 * "kể từ khi ông nhậm chức hồi đầu tháng 10", "người nhậm chức hồi tháng 1 năm nay": a leader
 * named in the sentence who took office in a month stated without a year (or in this year's). Of that leader's terms, those that began in that month (and
 * part of it) give the year the term began; the article falls within the next twelve months.
 * So does a leader's first trip abroad ({@link firstTripAbroad}).
 */
export function tookOffice(text: string, leaders: LeaderEvidence[]): Acting[] {
  const out = new Map<string, Acting>();
  for (const a of firstTripAbroad(text, leaders)) out.set(`${a.name}|${a.from}`, a);
  if (!/nhậm chức|nắm quyền|đảm nhận|đảm nhiệm|giữ chức|được\s+(?:Quốc hội\s+)?bầu/iu.test(text)) return [...out.values()];
  // "ông Trump tuyên thệ nhậm chức tổng thống thứ 45 của Mỹ hôm 20/1": the very day
  for (const { name, term } of termsEdgedOn(text, SWORN_IN_ON, leaders, 'from', 120)) out.set(`${name}|${term.from}`, { name, ...term });
  // ("kể từ khi được Quốc hội bầu làm Chủ tịch nước hồi tháng 4": elected to the office that month; "nhậm chức thủ tướng hồi tháng 5 năm ngoái")
  // ("Ông Kadhimi, nắm quyền từ tháng 5 năm ngoái, …": in power since that month)
  // ("chức vụ ông đảm nhận từ tháng 9 năm ngoái": holding it from that month)
  for (const m of text.matchAll(TOOK_OFFICE_IN_MONTH)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const sentence = before.split(/[.!?\n]/u).pop() ?? '';
    if (PLANNED_BEFORE.test(sentence)) continue;
    const month = +m[2];
    const part = m[1]?.toLowerCase();
    // "… của ông tới Việt Nam kể từ khi nhậm chức …": "ông" is a leader named before (the month tells which)
    for (const hit of leadersOfClause(sentence, text.slice(0, m.index), leaders)) {
      for (const term of hit.value.terms) {
        const day = +term.from.slice(8, 10);
        if (+term.from.slice(5, 7) !== month) continue;
        if ((part === 'đầu' && day > 10) || (part === 'giữa' && (day < 11 || day > 20)) || (part === 'cuối' && day < 21)) continue;
        // "kể từ khi nhậm chức tháng 5 năm ngoái": the term began the year before the writing
        out.set(`${hit.value.name}|${term.from}`, { name: hit.value.name, ...term, ...(m[3] ? { lastYear: true } : {}) });
      }
    }
  }
  for (const m of text.matchAll(TOOK_OFFICE_IN_YEAR)) {
    const [from, to] = sentenceSpan(text, m.index);
    const sentence = text.slice(from, m.index);
    if (PLANNED_BEFORE.test(sentence)) continue;
    // ("Từ khi nhậm chức năm ngoái, Tổng thống Moon Jae-in …": the clause first, the leader after it)
    let hits = leadersOfClause(sentence, text.slice(0, m.index), leaders);
    if (!hits.length) hits = nameIndex(leaders).findAll(text.slice(m.index + m[0].length, to)).slice(0, 1);
    for (const hit of hits) {
      for (const term of hit.value.terms) out.set(`${hit.value.name}|${term.from}`, { name: hit.value.name, ...term, cue: m[0], ...(m[1] === 'ngoái' ? { lastYear: true } : { thisYear: true }) });
    }
  }
  return [...out.values()];
}

/** "chức vụ ông đảm nhận (từ …)", as a pattern source: an office held from the time told after it. */
const HOLDS_FROM = String.raw`(?:đảm nhận|đảm nhiệm|giữ chức)(?:\s+(?!từ)\p{Ll}+){0,3}?(?=\s+từ\s)`;
/** "lên nắm quyền", as a pattern source: in power (not "vẫn nắm quyền", still). */
const IN_POWER = String.raw`(?<!(?:tiếp tục|vẫn|còn)\s+)(?:lên\s+)?nắm quyền`;
/** "nhậm chức hồi tháng 5 (năm ngoái)", "được Quốc hội bầu làm Chủ tịch nước hồi tháng 4", "đảm nhận từ tháng 9": took office in a month told without a year (groups: part of the month, month, "năm ngoái"). */
const TOOK_OFFICE_IN_MONTH = new RegExp(String.raw`(?:nhậm chức(?:\s+(?!hồi|vào|từ|tháng)\p{Ll}+){0,3}?|${HOLDS_FROM}|${IN_POWER}|được\s+(?:Quốc hội\s+)?bầu\s+(?:làm\s+)?(?:[^\s,.;]+\s+){1,4}?)\s*(?:(?:hồi|vào|từ)\s+)?(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})(?!\s*(?:[\/.]\s*\d|năm(?!\s+(?:nay|ngoái))|tới|sau(?!\s+khi)))(\s+năm ngoái)?`, 'giu');
/** "nhậm chức năm ngoái", "lên nắm quyền hồi đầu năm nay": took office in the year before the writing, or in its year. */
const TOOK_OFFICE_IN_YEAR = new RegExp(String.raw`(?:nhậm chức(?:\s+(?!hồi|vào|từ|năm|tháng|đầu|giữa|cuối)\p{Ll}+){0,3}?|${HOLDS_FROM}|${IN_POWER})\s+(?:(?:hồi|vào|từ)\s+)?(?:(?:đầu|giữa|cuối)\s+)?năm\s+(ngoái|nay)(?!\p{L})`, 'giu');
/** "sẽ ", "dự kiến được ": a taking of office still ahead, right before its words. */
const PLANNED_BEFORE = /(?:sẽ|sắp|chuẩn bị|dự kiến)\s+(?:\p{Ll}+\s+)?$/u;

/** The leaders a clause up to a taking of office names, else those its "ông"/"bà" refers to ({@link leadersReferredTo}). */
function leadersOfClause(sentence: string, before: string, leaders: LeaderEvidence[]): PhraseMatch<LeaderEvidence>[] {
  const named = nameIndex(leaders).findAll(sentence);
  return named.length ? named : leadersReferredTo(sentence, before, leaders);
}

/**
 * The leaders an "ông"/"bà" in `sentence` refers to, among those named in `before` (the text up to it):
 * by the surname after it ("Ông Khan nhậm chức thủ tướng hồi tháng 8", the full name paragraphs back),
 * else those named in the last 400 characters.
 */
function leadersReferredTo(sentence: string, before: string, leaders: LeaderEvidence[]): PhraseMatch<LeaderEvidence>[] {
  const referred = /(?:^|[^\p{L}])(?:[ôÔ]ng|[bB]à)\s+(\p{Lu}[\p{L}'-]*)?/u.exec(sentence);
  if (!referred) return [];
  const surname = referred[1];
  if (!surname) return nameIndex(leaders).findAll(before.slice(-400));
  return nameIndex(leaders).findAll(before).filter((hit) => hit.value.name.split(' ').pop() === surname);
}

/** "nhậm chức (tổng thống thứ 45 của Mỹ) hôm 20/1": took office on a day/month told without a year. */
const SWORN_IN_ON = /nhậm chức(?:\s+(?!năm|tháng)[^\s,.;]+){0,6}?\s+(?:hôm|ngày|vào ngày|vào)\s+(\d{1,2})[/.](\d{1,2})(?![/.]\d)/giu;

/** "bị quân đội phế truất hôm 11/4", "từ chức ngày 7/7": left office on a day/month told without a year. */
const LEFT_OFFICE_ON = /(?:phế truất|truất phế|lật đổ|từ chức|mãn nhiệm|bãi nhiệm)(?:\s+(?!năm|tháng)[^\s,.;]+){0,6}?\s+(?:hôm|ngày|vào ngày|vào)\s+(\d{1,2})[/.](\d{1,2})(?![/.]\d)/giu;

/**
 * "Ông Bashir, người cầm quyền Sudan suốt 30 năm, bị quân đội phế truất hôm 11/4": a leader named in
 * the sentence left office on a day told without a year. Of that leader's terms, the one that ended on
 * that day (give or take one) gives the year; the article falls within the next twelve months.
 */
export function leftOffice(text: string, leaders: LeaderEvidence[]): Acting[] {
  const out = new Map<string, Acting>();
  for (const { name, term, cue } of termsEdgedOn(text, LEFT_OFFICE_ON, leaders, 'to', 160)) out.set(`${name}|${term.from}`, { name, ...term, cue });
  return [...out.values()];
}

/**
 * For each match of `re` (day in group 1, month in group 2, told without a year, not as a plan), the terms
 * of the leaders named in the sentence before it (up to `reach` characters) that began (`edge` 'from') or
 * ended ('to') on that day, give or take one.
 */
function termsEdgedOn(text: string, re: RegExp, leaders: LeaderEvidence[], edge: 'from' | 'to', reach: number): Array<{ name: string; term: LeaderEvidence['terms'][number]; cue: string }> {
  const found: Array<{ name: string; term: LeaderEvidence['terms'][number]; cue: string }> = [];
  for (const m of text.matchAll(re)) {
    const sentence = text.slice(Math.max(0, m.index - reach), m.index).split(/[.!?\n]/u).pop() ?? '';
    if (/(?:sẽ|sắp|chuẩn bị|dự kiến)\s+(?:\p{Ll}+\s+)?$/u.test(sentence)) continue;
    for (const hit of nameIndex(leaders).findAll(sentence)) {
      for (const term of hit.value.terms) {
        const day = term[edge];
        if (day && +day.slice(5, 7) === +m[2] && Math.abs(+day.slice(8, 10) - +m[1]) <= 1) found.push({ name: hit.value.name, term, cue: m[0] });
      }
    }
  }
  return found;
}

/** "chuyến công du nước ngoài đầu tiên (trên cương vị …)": a leader's first trip abroad in office. */
const FIRST_TRIP = /chuyến\s+(?:công du|thăm|đi)\s+nước ngoài\s+đầu tiên|chuyến\s+công du\s+đầu tiên\s+ra\s+nước ngoài/giu;
/**
 * … but the year's first, the first since seizing power (an autocrat may wait years), or the first
 * since anything but taking office: the pandemic, a disputed election, "sau gần 10 tháng xung đột".
 */
const NOT_FIRST_IN_OFFICE = /^[^.!?\n]{0,40}?(?:trong năm|của năm|năm nay|nắm quyền|lên cầm quyền|(?:sau|kể từ)\s+(?!(?:khi\s+)?(?:\p{L}+\s+){0,2}?(?:nhậm chức|đắc cử|tuyên thệ|được bầu|trở thành|giữ chức|lên làm)))/iu;

/**
 * "Với Tổng thống Joe Biden, đây là chuyến công du nước ngoài đầu tiên kể từ khi nhậm chức": a
 * leader's first trip abroad comes within months of taking office. The leader is the one named
 * nearest in the sentence; a sentence with a year of its own is left to that year.
 */
function firstTripAbroad(text: string, leaders: LeaderEvidence[]): Acting[] {
  if (!/nước ngoài/iu.test(text)) return [];
  const out: Acting[] = [];
  for (const m of text.matchAll(FIRST_TRIP)) {
    if (NOT_FIRST_IN_OFFICE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const from = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const sentence = sentenceAt(text, m.index);
    if (yearsIn(sentence).length > 0) continue;
    const at = m.index - from;
    const nearest = nameIndex(leaders).findAll(sentence)
      .reduce<{ hit: PhraseMatch<LeaderEvidence>; d: number } | null>((best, hit) => {
        const d = hit.start > at ? hit.start - at : at - hit.end;
        return !best || d < best.d ? { hit, d } : best;
      }, null);
    if (!nearest) continue;
    const leader = nearest.hit.value;
    // "Tổng thống Joe Biden" is the President's term, not the Vice President's
    const clause = sentence.slice(Math.max(0, nearest.hit.start - 45), nearest.hit.start).split(/[.,;:!?()"“”]/u).pop() ?? '';
    const titled = leader.terms.filter((t) => titlePattern(t.role)?.test(clause));
    // ("Hồi tháng 8 năm ngoái, Chủ tịch nước … đã thăm …, chuyến công du nước ngoài đầu tiên trên cương vị mới": the trip was last year)
    const lastYear = LAST_YEAR.test(sentence);
    for (const term of titled.length ? titled : leader.terms) out.push({ name: leader.name, ...term, cue: m[0], ...(lastYear ? { lastYear: true } : {}) });
  }
  return out;
}
/** "năm ngoái": last year. */
const LAST_YEAR = /(?<!\p{L})năm ngoái(?!\p{L})/iu;

/** An age right after a name: "ông Putin, 69 tuổi", "Quốc vương Salman (81 tuổi)". */
const AGE_AFTER_NAME = /^\s*(?:,\s*|\(\s*)(?:năm nay\s+)?(\d{2,3})\s+tuổi(?!\p{L})/u;
/** Words that put an age in the past: "khi đó 45 tuổi". */
const AGE_THEN = /khi đó|lúc đó|khi ấy|lúc ấy|hồi đó|thời điểm đó/iu;

export interface StatedAge { name: string; born: string; age: number; quote: string }

/**
 * Ages stated with the names of leaders whose birth date is known: "Thủ tướng Abe, 67 tuổi"
 * is written in the year Abe turned 67 or the next. A sentence with a year of its own, or
 * "khi đó", tells an age then, not now. So does a birthday reached ("sinh nhật lần thứ 90 của …").
 */
export function statedAges(text: string, leaders: LeaderEvidence[]): StatedAge[] {
  const out = text.includes('sinh nhật') || text.includes('mừng thọ') ? birthdayAges(text, leaders) : [];
  if (!text.includes('tuổi')) return out;
  for (const m of nameIndex(leaders).findAll(text)) {
    const born = m.value.born;
    if (!born) continue;
    const age = AGE_AFTER_NAME.exec(text.slice(m.end, m.end + 30));
    if (!age) continue;
    const sentence = sentenceAt(text, m.start);
    if (yearsIn(sentence).length > 0 || AGE_THEN.test(sentence)) continue;
    out.push({ name: m.value.name, born, age: +age[1], quote: text.slice(m.start, m.end + age[0].length).trim() });
  }
  return out;
}

/** "sinh nhật lần thứ 90 của", "mừng thọ 90 tuổi của": a birthday reached, whose is told after "của". */
const BIRTHDAY = /(?:sinh nhật|mừng thọ)\s+(?:lần thứ\s+)?(\d{2,3})(?:\s+tuổi)?\s+của\s/gu;

/**
 * "Ông Abe chúc mừng sinh nhật lần thứ 90 của nhà lãnh đạo cách mạng Cuba hồi tháng 8 và cảm ơn
 * ông Fidel …": the birthday of the first leader with a known birth date named after "của" in the
 * sentence, an age like one stated after the name.
 */
function birthdayAges(text: string, leaders: LeaderEvidence[]): StatedAge[] {
  const out: StatedAge[] = [];
  const names = nameIndex(leaders).findAll(text);
  for (const b of text.matchAll(BIRTHDAY)) {
    const [, end] = sentenceSpan(text, b.index);
    const who = names.find((m) => m.start >= b.index + b[0].length && m.end <= end && m.value.born);
    if (who && !AGE_THEN.test(text.slice(b.index, end))) out.push({ name: who.value.name, born: who.value.born!, age: +b[1], quote: b[0].trim() });
  }
  return out;
}

/** Whether someone born on `born` (`YYYY-MM-DD` or `YYYY`) is `age` on `day`, or in year `y` when no day is known. */
export function ageFits(born: string, age: number, y: number, day: string | null): boolean {
  const by = +born.slice(0, 4);
  if (born.length < 10 || !day) return y - by === age || y - by === age + 1;
  const dy = +day.slice(0, 4);
  const had = day.slice(4, 10).padEnd(6, '-31') >= born.slice(4, 10) ? 0 : 1;
  return dy - by - had === age;
}

/** The span of a leader's terms taken together, in years: [first, last] (an open term runs to `horizon`). */
export function yearsInOffice(terms: Acting[], horizon: number): [number, number] {
  return [Math.min(...terms.map((t) => +t.from.slice(0, 4))), Math.max(...terms.map((t) => (t.to ? +t.to.slice(0, 4) : horizon)))];
}

/**
 * "hai tháng trước khi nhiệm kỳ của ông Obama kết thúc", "còn 2 tháng nữa là nhiệm kỳ … hết":
 * a countdown to the end of a leader's term gives the date of writing.
 */
export function termCountdown(text: string, leaders: LeaderEvidence[]): { date: string; quote: string; name: string } | null {
  // every match names the term: a text that does not is not scanned with the whole pattern
  if (!/nhiệm k[ỳì]/iu.test(text)) return null;
  const re = /(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(tuần|tháng)[^.!?\n]{0,30}?nhiệm k[ỳì]([^.!?\n]{0,40}?)(?:kết thúc|hết|mãn nhiệm)/giu;
  for (const m of text.matchAll(re)) {
    const n = countOf(m[1]);
    for (const leader of leaders) {
      const names = [leader.name, ...(leader.aliases ?? [])];
      if (!names.some((nm) => m[3].includes(nm))) continue;
      const ends = leader.terms.map((t) => t.to).filter((t): t is string => !!t).sort();
      if (!ends.length) continue;
      const end = ends[ends.length - 1];
      const days = m[2].toLowerCase() === 'tuần' ? n * 7 : Math.round(n * 30.44);
      const t = new Date((isoDayNumber(end) - days) * 86_400_000);
      return { date: toIso({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }), quote: m[0], name: leader.name };
    }
  }
  return null;
}

