/**
 * People in Vietnamese news: world leaders from a gazetteer (`knowledge/leaders.json`, with
 * terms of office and Vietnamese forms such as "Tập Cận Bình"), office-and-name patterns for
 * everyone else ("Tổng Thư ký NATO Jens Stoltenberg", "người đồng cấp Italy Sergio
 * Mattarella"), and the ways an article refers back to them ("ông Obama", "Nhà lãnh đạo Mỹ",
 * "Ông chủ Nhà Trắng", "hai nhà lãnh đạo"). Spokespeople, advisers and officials are marked as
 * sources: they tell of an event, they do not take part in it.
 */
import leadersData from './knowledge/leaders.json' with { type: 'json' };
import historical from './knowledge/historical-figures.json' with { type: 'json' };
import { countryAt, findCountries, type CountryMention } from './countries.js';
import { afterQualifier, counterpartRoles, LONGER_ENDING, LONGER_STARTING, MONARCH, OFFICE_FIRST, OFFICE_WORD_BORDER, officeBefore, OFFICES, OFFICES_LOWER, occurrences, sameRole, sameTitle, SOURCE_ROLES } from './offices.js';
import { PhraseIndex } from './phrase-index.js';
import { placeByName } from './places.js';
import { allMatches, isLetterUnit } from './word-chars.js';
import { isQuoted } from './quotes.js';

/** One office held, from the gazetteer. */
export interface Term {
  role: string;
  country: string;
  from: string;
  to: string | null;
}

/** A gazetteer entry. */
export interface Leader {
  name: string;
  aliases: string[];
  vi?: string[];
  /** Short forms that only name this person after a title or "ông"/"bà" ("Tập"). */
  titled?: string[];
  terms: Term[];
  /** Date of birth, `YYYY-MM-DD` (or `YYYY` when only the year is sure). */
  born?: string;
  source: string;
}

/** The gazetteer of world leaders. */
export const LEADERS: readonly Leader[] = leadersData as Leader[];

/** A person as the pipeline knows them. */
export interface Person {
  /** Identity key: the canonical Latin name, lower-cased, without diacritics. */
  key: string;
  name: string;
  nameVi?: string;
  role: string | null;
  country: string | null;
  /** A spokesperson, adviser or official: quoted about events, not a party to them. */
  source: boolean;
}

/** A person found in a sentence. */
export interface PersonMention {
  start: number;
  end: number;
  text: string;
  person: Person;
}

/** Strips diacritics and case: the key people (and ids) are compared by. */
export function personKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= 4096) KEYS.clear();
    KEYS.set(name, (key = computeKey(name)));
  }
  return key;
}
/** Keys already computed: the same few names are compared over and over. */
const KEYS = new Map<string, string>();
function computeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One word standing for a country in a pair or a list ("Mỹ, Trung", "Trung - Nhật - Hàn"). */
const SHORT_COUNTRY = /^(?:Trung|Nhật|Hàn|Triều|Nga|Mỹ|Ấn|Pháp|Đức|Anh|Úc|Ý|Việt|Lào|Thái|Iran|Israel)$/u;

/** Capitalised words that start a phrase, never a personal name. */
const NOT_NAMES = new Set(
  'Nhà Hội Bộ Tổng Thủ Ngoại Ông Bà Hai Các Những Tại Trong Theo Sau Trước Cùng Ngày Hôm Tháng Năm Đài Hãng Liên Ủy Quốc Phó Người Tuy Khi Về Với Và Cũng Đồng Bên Thượng Điện Lầu Văn Đại Chính Phủ Tòa Hạ Thành Chủ Nhóm Trụ Công Phu Duma Tuần Lễ Ban Đảng Cơ Tổ Lực Nhân Hiện Lãnh Cộng Huân Thứ'.split(' '),
);

/** A capitalised word that begins a common noun, not a name: "Ngân hàng", "Hiệp định", "Hiệp hội", "Hiệp ước", "Giáo hội", "Cấp cao". */
// ("Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á": a summit's level, no one named "Cấp")
const COMMON_NOUN = /^(?:Ngân\s+hàng|Diễn\s+đàn|Tập\s+đoàn|Hiệp\s+(?:định|hội|ước)|Giáo\s+(?:hội|hoàng|phận)|Cấp\s+cao)(?!\p{L})/u;
/** "Cùng ông Moon, ", "Cùng với Tổng thống X, " opening a sentence, right before its subject: who went along. */
const ALONG_WITH_OPENING = /^(?:Cùng|Cùng với)\s[^,.;]{2,60},\s*$/u;
/**
 * One name word: capitalised Latin (Vietnamese letters included), hyphenated parts allowed, or an
 * initial with its point ("George W. Bush"; the full stop after "bà Sheikh Rehana." ends the sentence).
 */
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)`;
/** Lower-case particles inside foreign names: "Jean-Yves le Drian", "Ursula von der Leyen". */
const PARTICLE = String.raw`(?:le|la|de|da|di|du|van|von|der|al|bin|el)`;
/** "al-Ahmad", "bin-Zayed": an Arabic name part written with its particle in lower case. */
const ARABIC_PART = String.raw`(?:al|el|bin|ibn)-${NAME_WORD}`;
const NAME = new RegExp(String.raw`^(${NAME_WORD}(?:\s+(?:(?:${PARTICLE}\s+)?${NAME_WORD}|${ARABIC_PART})){0,3})`, 'u');
/** Honorifics before an Arab ruler's or minister's name, or a Cambodian leader's ("Samdech Heng Samrin"), not part of it: "Quốc vương Kuwait Sheikh Sabah …". */
const HONORIFIC = String.raw`(?:Sheikh|Sheik|Sheikha|Sultan|Emir|Samdech(?:\s+Techo)?)`;
/** What may stand between an office and its holder's name: a comma, "ông"/"bà", an honorific. */
// (", Tướng Prem Tinsulanonda": a general's rank in apposition after the office)
const NAME_LEAD = new RegExp(String.raw`^(?:\s*,\s+(?:Đại |Thống |Thượng )?[Tt]ướng\s+|(?:\s*,)?\s+(?:(?:ông|bà|${HONORIFIC})\s+)?)`, 'u');
/** " hai nước ", " các nước ": an office held in each of the countries told, before the names of its holders. */
const OF_BOTH = /^\s+(?:hai|các|ba)\s+nước(?=\s+\p{Lu})/u;
/** A capitalised word right before `i` that is neither a country's nor a word that never starts a name. */
function givenNameBefore(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 30), i);
  const m = /(?:^|\s)(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before);
  if (!m || NOT_NAMES.has(m[1])) return false;
  const wordEnd = m.index + m[0].trimEnd().length;
  return !findCountries(before).some((c) => c.end === wordEnd);
}
/** The body a spokesperson or an official speaks for, between the title and the country or name. */
const SPOKEN_FOR = /^(?:\s+quân sự)?(?:\s+của)?\s+(?:Bộ Ngoại giao|bộ ngoại giao|Bộ Quốc phòng|bộ quốc phòng|Bộ Nội vụ|Điện Kremlin|Nhà Trắng|Lầu Năm Góc|Liên Hợp Quốc|LHQ|Chính phủ|chính phủ|quân đội|lực lượng\s+\p{Lu}\S*|Quốc hội|Hội đồng An ninh Quốc gia)(?:\s+(?:ở|tại)\s+\p{Lu}\p{L}*)?(?=[\s,])/u;
/** The nouns a body an office heads is named by ("Hội đồng", "Diễn đàn", "Tập đoàn"), as a pattern source. */
const BODY_HEAD = String.raw`(?:Hội đồng|Liên đoàn|Ủy ban|Tổ chức|Quỹ|Ngân hàng|Liên minh|Diễn đàn|Hiệp hội|Cơ quan|Viện|Tòa án|Nghị viện|Tập đoàn)`;
/** "Liên đoàn Bóng đá Thế giới (FIFA)", "Hội đồng Quốc gia (Hạ viện)": a body an office heads, named up to a bracket. */
const BODY_HEADED = new RegExp(String.raw`^\s+${BODY_HEAD}(?:\s+[^\s()\n.,;:]+){1,8}?\s*\([^()\n]{2,30}\)`, 'u');
/** " Diễn đàn Kinh tế Thế giới" before "Klaus Schwab": a body an office heads, named by up to eight words, then a name of two or more Latin words. */
const BODY_BEFORE_LATIN_NAME = new RegExp(String.raw`^\s+${BODY_HEAD}(?:\s+[^\s,.;:()]+){1,8}?(?=\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+(?![^\s,.;:)]))`, 'u');
/** " Ủy ban", " cơ quan", " Bộ": the noun a body an office heads (or serves in) is named by (see bodyThenCountry). */
const BODY_NOUN = /^\s+(?:Hội đồng|Ủy ban|[Cc]ơ quan|Tổng cục|Cục|Bộ)(?!\p{L})/u;
/** The country a body an office heads is of, named within a few words after its noun ("Ủy ban An ninh Quốc gia Kyrgyzstan"), or null. */
function bodyThenCountry(text: string, i: number): CountryMention | null {
  const noun = BODY_NOUN.exec(text.slice(i));
  if (!noun) return null;
  let at = i + noun[0].length;
  for (let n = 0; n < 6; n++) {
    const word = /^\s+[^\s,.;:()]+/u.exec(text.slice(at));
    if (!word) return null;
    const c = countryAt(text, at + word[0].length - word[0].trimStart().length);
    if (c) return c;
    at += word[0].length;
  }
  return null;
}
/** "Kinh doanh", "Chính sách xã hội": one field of a minister's portfolio, as a pattern source. */
const FIELD = String.raw`\p{Lu}\p{Ll}*(?:\s+(?!của|và|tại|ở)\p{Ll}+)*`;
/** " Kinh doanh, Thương mại và Doanh nghiệp", ", Công nghệ" (after "Bộ trưởng Khoa học"): a minister's portfolio of several fields, listed with commas or "và". */
const PORTFOLIO = new RegExp(String.raw`^(?:\s+${FIELD})?(?:(?:,\s+|\s+và\s+)${FIELD})+(?=\s)`, 'u');
/** The country a minister of several fields is of, named right after them ("Bộ trưởng Kinh doanh, Thương mại và Doanh nghiệp Romania Stefan-Radu Oprea", "Bộ trưởng Giao thông và Viễn thông Myanmar U Thant Sin Maung"), or null. */
function portfolioThenCountry(text: string, i: number): CountryMention | null {
  const fields = PORTFOLIO.exec(text.slice(i));
  const gap = fields ? /^\s+/u.exec(text.slice(i + fields[0].length)) : null;
  return fields && gap ? countryAt(text, i + fields[0].length + gap[0].length) : null;
}
/** " FIFA", " COP26" before a name of two words or more: the acronym of a body (or a conference) an office heads. */
const BODY_ACRONYM = /^\s+\p{Lu}{2,6}(?:-?\d{1,2})?(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** "bang California", "thành phố London", "IS": a city, state or group an office belongs to. */
const OWNER = new RegExp(String.raw`^\s+(?:(?:bang|tỉnh|thành phố|TP\.?|nhóm(?:\s+vũ trang)?|tổ chức|phiến quân|phe(?:\s+vũ trang)?|[Mm]ặt trận|[Pp]hong trào)\s+)?(\p{Lu}{2,}(?=\s)|${NAME_WORD}(?:\s+${NAME_WORD}){0,3})`, 'u');
/** How many characters at the start of `rest` name what an office heads (an acronym or a known place), or 0. */
function ownerLength(rest: string): number {
  const m = OWNER.exec(rest);
  if (!m) return 0;
  if (/^\p{Lu}{2,}$/u.test(m[1])) return m[0].length;
  const words = m[1].split(/\s+/u);
  // ("Thủ lĩnh Mặt trận Polisario Brahim Ghali", "Phong trào Hezbollah": a movement's one-word name)
  if (/^\s+(?:[Mm]ặt trận|[Pp]hong trào)\s/u.test(rest) && words.length > 1) return m[0].length - m[1].length + words[0].length;
  // ("Thủ lĩnh phe vũ trang Hezb-e-Islami Gulbuddin Hekmatyar": a faction's one-word name before a name of two words)
  if (/^\s+(?:phe|nhóm|tổ chức|phiến quân)(?:\s+vũ trang)?\s/u.test(rest) && words.length === 3) return m[0].length - m[1].length + words[0].length;
  // the longest run of words that is a known place ("New York" before "Andrew Cuomo")
  for (let n = words.length; n > 0; n--) if (placeByName(words.slice(0, n).join(' '))) return m[0].length - m[1].length + words.slice(0, n).join(' ').length;
  // ("Thống đốc bang Ondo Rotimi Akeredolu", "Thủ hiến tỉnh Balochistan Jam Kamal Khan": a state the gazetteer lacks, named by one word, before a name of two or three)
  // ("Thủ hiến bang Tây Bengal Mamata Banerjee": a state named with its quarter, by two words)
  const stateWords = /^(?:Tây|Đông|Nam|Bắc)$/u.test(words[0]) ? 2 : 1;
  if (/^\s+(?:bang|tỉnh)\s/u.test(rest) && words.length - stateWords >= 2 && /^(?:\s+\p{Ll}|\s*[,.;:(])/u.test(rest.slice(m[0].length))) return m[0].length - m[1].length + words.slice(0, stateWords).join(' ').length;
  return 0;
}
/** "Kairat Abdrakhmanov (Kazakhstan)": a full name with a bracket right after it. */
const LISTED_WITH_COUNTRY = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME_WORD}(?:\s+(?:(?:${PARTICLE})\s+|(?:al|el)-)?${NAME_WORD}){1,3})(?=\s*\()`, 'gu');
/** The country named alone in brackets right after `end` ("Kairat Abdrakhmanov (Kazakhstan)"), or null; `text` is `rawText` with its brackets blanked. */
function countryInBrackets(rawText: string, text: string, end: number): CountryMention | null {
  const open = /^\s*\(/u.exec(rawText.slice(end));
  const c = open ? countryAt(text, end + open[0].length) : null;
  return c && rawText[c.end] === ')' ? c : null;
}
/** "Thị trưởng Utrecht Jan van Zanen": one word, then a name of two words or more. */
// (not a Vietnamese family name opening a name of three words: "Thị trưởng Nguyễn Văn Thành")
const CITY_THEN_NAME = new RegExp(String.raw`^\s+(?!(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý)\s)(${NAME_WORD})(?=\s+${NAME_WORD}\s+(?:(?:${PARTICLE})\s+|(?:al|el)-)?${NAME_WORD})`, 'u');
/** Offices of a city or region the gazetteer may lack, named by one word before a full name: "Thị trưởng Utrecht Jan van Zanen", "Thống đốc Pennsylvania Tom Wolf", "người đứng đầu Cộng hòa Chechnya Ramzan Kadyrov". */
const PLACE_THEN_NAME_OFFICES = new Set(['Mayor', 'Governor', 'Head of the Republic']);
/** Offices held of a see named before the name: "Tổng Giám mục Canterbury Justin Welby", "Đại giáo trưởng Al-Azhar Ahmed al-Tayeb". */
const SEE_HELD = /^(?:Archbishop|Ecumenical Patriarch|Patriarch|Grand Imam)$/u;
/** " Chính thống giáo" right after a patriarch's title, before the church's country. */
const ORTHODOX = /^\s+Chính thống giáo(?=\s+\p{Lu})/u;
/** "Tổng Giám mục Athens và toàn Hy Lạp Ieronymos II", "Thượng phụ Moscow và toàn nước Nga Kirill": an Orthodox see, then the name. */
const SEE_OF_ALL = new RegExp(String.raw`^\s+${NAME_WORD}\s+và\s+toàn(?:\s+nước)?\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?(?=\s+${NAME_WORD})`, 'u');
/** A mayor's city (or a see) the gazetteer lacks, named by one word before a full name, or 0. */
function cityBeforeName(rest: string): number {
  return CITY_THEN_NAME.exec(rest)?.[0].length ?? 0;
}
/** Two to five capitalised words at the start of a text. */
const CAPITALISED_RUN = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,4}`, 'u');
/** How many characters at the start of `rest` name a known place with at least one more capitalised word after it ("Bắc Kinh" in "Bắc Kinh Terry Branstad"), or 0. */
function knownPlaceBeforeName(rest: string): number {
  const words = CAPITALISED_RUN.exec(rest)?.[0].split(/\s+/u) ?? [];
  for (let n = words.length - 1; n > 0; n--) if (placeByName(words.slice(0, n).join(' '))) return words.slice(0, n).join(' ').length;
  return 0;
}
/** " về an ninh quốc gia và đối ngoại ": between an adviser's office and the name. */
const ADVISES_ON = /^\s+về(?:\s+\p{Ll}+){1,7}(?=\s+\p{Lu})/u;
/** " về hòa giải ", " về vấn đề ", " cho ": between an envoy's office and the country the envoy is for. */
const ENVOY_FOR = /^\s+(?:về|cho)\s+(?:(?:vấn đề|hòa giải|hòa bình|tiến trình hòa bình|các vấn đề)\s+)?/u;
/** "… X dẫn đầu", "… X đứng đầu": the person heads a delegation. */
const LEADS = /^\s+(?:đã\s+)?(?:dẫn đầu|đứng đầu)(?!\p{L})/u;
/** "dưới sự chủ trì của Cố vấn An ninh Quốc gia Ấn Độ ": the chair of a meeting, named next. */
export const CHAIRED_BY_BEFORE = /dưới sự chủ trì của\s+(?:[^\s,.;]+\s+){0,8}$/u;
/** "Yuri Ushakov, cố vấn đối ngoại…": a name in apposition to a role that speaks for others. */
const SOURCE_APPOSITION = new RegExp(String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){1,3}),\s+(?:người phát ngôn|phát ngôn viên|cố vấn|trợ lý|quan chức)`, 'gu');
/** ", người phát ngôn …" right after a name: of the roles {@link SOURCE_APPOSITION} reads, a spokesperson's. */
const SPOKESPERSON_AFTER = /^,\s+(?:người phát ngôn|phát ngôn viên)/u;
/** What every {@link SOURCE_APPOSITION} match contains: a scan for it is needed only then. */
const SOURCE_ROLE_AFTER_COMMA = /,\s+(?:người phát ngôn|phát ngôn viên|cố vấn|trợ lý|quan chức)/u;
/** Two capitalised words joined by a dash: "Obama - Park", "Trump – Kim". */
const DASHED_PAIR = new RegExp(String.raw`(${NAME_WORD})\s*[-–]\s*(${NAME_WORD})(?![\p{L}-])`, 'gu');
/** Words for a place right before a name: "vùng núi ", "sân bay ", "quảng trường ", "đường ". */
const PLACE_NOUN_BEFORE = /(?:^|[^\p{L}])(?:vùng núi|dãy núi|núi|thung lũng|sông|hồ|đường|phố|đại lộ|quảng trường|sân bay|cảng|thị trấn|làng|quận|huyện|tỉnh|đảo|trại tị nạn|căn cứ)\s+$/u;
/** Words for a body or a firm right before its name: "tổ chức bảo tồn ", "quỹ từ thiện ", "tập đoàn ". */
const BODY_NOUN_BEFORE = /(?:^|[^\p{L}])(?:(?:tổ chức|quỹ)\s+(?:bảo tồn|phi chính phủ|từ thiện|nhân đạo|cứu trợ|môi trường)|công ty|tập đoàn|hãng)\s+$/u;
/** An office in quotes before a country or a name: "\"Tổng thống\" Đài Loan", "\"Bộ trưởng Ngoại giao\" Đài Loan". */
const QUOTED_OFFICE = /["“](\p{Lu}[^"“”\n]{1,40})["”](?=\s+\p{Lu})/gu;
const OFFICE_NAMES = new Set(OFFICES_LOWER.map(([, low]) => low));
/** "Lý Đại Duy (David Lee)": a name of two or three Vietnamese-read syllables, then its Latin form in brackets. */
// (or a surname alone after "bà"/"ông": "bà Mạnh (Meng Wanzhou)")
const LATIN_ALIAS = /^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*\(([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3})\)/u;
/** "You-geun", "Yo-jong": a Korean given name, two syllables joined by a hyphen. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** "ông Obama", "bà Merkel". */
// (up to four words: "bà Lê Thị Thu Hằng", "bà Nguyễn Thị Kim Ngân"; "ông al-Tayeb": an Arabic name's article, in lower case)
const TITLED_NAME = new RegExp(String.raw`(?:ông|bà|Ông|Bà)\s+((?:(?:al|el)-)?${NAME_WORD}(?:\s+(?:${NAME_WORD}|${ARABIC_PART})){0,3})`, 'gu');

/**
 * "ông"/"bà" standing alone for a person: followed by a lower-case word (a verb, "cũng", "đã"),
 * a comma or the end, and not part of a compound ("ông chủ", "bà con", "đàn ông", "hai ông").
 */
const PRONOUN = /(?:^|[^\p{L}])(?<!(?:hai|các|những|2|đàn|người|đàn)\s)((?:[ôÔ]ng|[bB]à|[nN]gài)(?:\s+(?:ấy|ta))?)(?=\s*[,.;:!?]|\s+(?!(?:chủ|con|bà|ông|cụ|nội|ngoại|già|lão|trùm|hoàng|mẹ|cha|bầu|nói\s+gì)(?!\p{L}))(?!(?:al|el)-\p{Lu})\p{Ll}|\s*$)/gu;
/**
 * The words (runs of letters) of a lower-cased sentence, for the questions `inSentence` asks
 * (`has`): only the words in {@link ASKED} are recorded, so most words are neither sliced nor
 * hashed (their first two letters rule them out); any other word is answered from all words.
 */
class SentenceWords {
  /** By index in {@link ASKED}: where that word starts in the sentence, ascending (undefined: nowhere). */
  readonly starts: (number[] | undefined)[] = new Array(ASKED.size);
  private all: Set<string> | null = null;
  constructor(private readonly text: string) {
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const letter = i < text.length && isLetterAt(text, i);
      if (letter && start < 0) start = i;
      else if (!letter && start >= 0) {
        const c = text.charCodeAt(start);
        if (i - start === 1 ? ASKED_SINGLES.has(c) : ASKED_PAIRS.has(c * 0x10000 + text.charCodeAt(start + 1))) {
          const k = ASKED.get(text.slice(start, i));
          if (k !== undefined) (this.starts[k] ??= []).push(start);
        }
        start = -1;
      }
    }
  }
  has(word: string): boolean {
    const k = ASKED.get(word);
    return k !== undefined ? this.starts[k] !== undefined : (this.all ??= wordsOf(this.text)).has(word);
  }
}

/** The runs of letters of a text (its words), as a set: `text.match(/\p{L}+/gu)` without a regex. */
function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && isLetterAt(text, i);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      out.add(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}
/** `/\p{L}/` for the code unit at `i`, the common ranges answered without a regex. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // a surrogate is read with its pair; any other unit is its own code point
  if (c >= 0xd800 && c <= 0xdfff) return /\p{L}/u.test(String.fromCodePoint(text.codePointAt(i)!));
  return isLetterUnit(c);
}
/** "nhà lãnh đạo 71 tuổi", "ông 88 tuổi": someone named by their age. */
const AGED = /(?:^|[^\p{L}])((?:[Nn]hà lãnh đạo|[Ôô]ng|[Bb]à|[Vv]ị tổng thống|[Vv]ị thủ tướng|[Gg]iáo hoàng|[Nn]ữ hoàng|[Qq]uốc vương)\s+(\d{2})\s+tuổi)(?!\p{L})/u;
/** Was someone born on `born` (ISO, or a year alone) `age` years old on `date` (a day, month or year)? */
function agedOn(born: string | undefined, date: string, age: number): boolean {
  if (!born) return false;
  const years = +date.slice(0, 4) - +born.slice(0, 4);
  // (a birthday not yet reached that year, or not known to the day: one year less)
  if (born.length < 10 || date.length < 10) return age === years || age === years - 1;
  return age === (date.slice(5) < born.slice(5) ? years - 1 : years);
}
/** "Ông chủ Nhà Trắng", "chủ nhân Điện Kremlin": the head of state; "Chiếc Air Force One hạ cánh …": the US president aboard. */
const HEAD_OF_HOUSE = /(?:[Ôô]ng chủ|[Cc]hủ nhân|[Ll]ãnh đạo|[Nn]gười đứng đầu)\s+(Nhà Trắng|Điện Kremlin|(?:Cung điện|Dinh)\s+Planalto|Điện Élysée|Điện Elysee|Phố Downing|Nhà Xanh)(?!\p{L})|(?:[Cc]huyên cơ|[Cc]hiếc|[Mm]áy bay)\s+(?:Tổng thống\s+|tổng thống\s+)?(Air Force One)|(?<![Cc]ác\s|[Nn]hững\s)[Nn]gười đứng đầu\s+(Liên [Hh]ợp [Qq]uốc|LHQ|NATO)(?!\p{L})/gu;
/** The country and office a seat of power stands for ("chủ nhân Cung điện Planalto": Brazil's President). */
const SEAT_OF_POWER: Record<string, [string, string]> = {
  'nhà trắng': ['US', 'President'], 'điện kremlin': ['RU', 'President'], 'cung điện planalto': ['BR', 'President'], 'dinh planalto': ['BR', 'President'],
  'điện élysée': ['FR', 'President'], 'điện elysee': ['FR', 'President'], 'phố downing': ['GB', 'Prime Minister'], 'nhà xanh': ['KR', 'President'],
};
/** Words one of which a sentence with a {@link HEAD_OF_HOUSE} has: a seat's last word, "force", "đứng". */
const HOUSE_WORDS = [...new Set([...Object.keys(SEAT_OF_POWER).map((k) => k.slice(k.lastIndexOf(' ') + 1)), 'force', 'đứng'])];
/** The office and body of a world organisation's head ("Người đứng đầu Liên hợp quốc"). */
const ORGANISATION_HEAD: Record<string, [string, string]> = { nato: ['NATO', 'Secretary General'], lhq: ['UN', 'Secretary-General'], 'liên hợp quốc': ['UN', 'Secretary-General'] };
/** A kinship noun right before "ông"/"bà": "em gái ông", "phu nhân ông". */
const KIN_BEFORE = /(?:^|\s)(?:em gái|em trai|chị gái|anh trai|vợ|chồng|con gái|con trai|mẹ|cha|bố|phu nhân|cháu)\s+$/u;

/** "Ông tới …", "Bà cho biết …": a sentence whose subject is a pronoun alone (not "Ông chủ Điện Kremlin"). */
/** "Đoàn Việt Nam đến …", "chuyên cơ chở đoàn hạ cánh …": the delegation (group 1) as the subject of an arrival. */
const DELEGATION_ARRIVING = /(?:^|,\s*|[Cc]huyên cơ chở\s+)((?:[Đđ]oàn(?:\s+đại biểu)?(?:\s+cấp cao)?(?:\s+Việt Nam)?))\s+(?:đã\s+)?(?:đến|tới|hạ cánh)(?!\p{L})/u;
/** Places in Vietnam a delegation may arrive at. */
const IN_VIETNAM = /Nội Bài|Tân Sơn Nhất|Cam Ranh|Hà Nội|Đà Nẵng|TP HCM|TP\. Hồ Chí Minh|Việt Nam/u;
/** The offices that lead a Vietnamese delegation abroad. */
const VN_HEADS = /^(?:President|Prime Minister|General Secretary|Chair(?:man|woman) of the National Assembly|Foreign Minister|Deputy Prime Minister)$/u;
/** "Đây là cuộc gặp … giữa hai nhà lãnh đạo": a sentence ranking the story's event, whose pair is the story's. */
const STORY_PAIR = /^(?:Đây|Đó)\s+(?:cũng\s+|mới\s+|chỉ\s+)?là\s+(?:lần|cuộc|chuyến|buổi)(?!\p{L})/u;
/** "…, sau lần đón Tổng thống Pháp Emmanuel Macron …": the earlier occasion a ranking sentence counts the story's against. */
const EARLIER_OCCASION = /(?:sau|kể từ|trước)\s+(?:lần|chuyến|cuộc)(?!\p{L})/u;
/** "Trước đó, …" opening a sentence: it goes back before the story's day. */
export const FLASHBACK_OPENER = /^Trước đó(?:\s+(?:một|hai|ba|vài|\d+)\s+(?:ngày|tuần|tháng))?,/u;
/** "… ở Bedminster, bang New Jersey, ông ": up to a subject right after the comma that closes a fronted clause (by "ông", "bà" or a title). */
const SUBJECT_AFTER_COMMA = /,\s*(?:(?:ông|bà)\s+|\p{Lu}[^\s,.;]*\s+)*$/u;
/** "…, ông đã có cuộc gặp với …": a pronoun standing for a subject before a pair reference. */
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:[Ôô]ng|[Bb]à)\s+(?!\p{Lu})/u;
const OPENING_PRONOUN = /^(?:Ông|Bà)\s+(?!\p{Lu}|chủ\s)/u;
/** "Trước cuộc gặp với ông Trump,", "Sau khi hội đàm với …,": a fronted clause about other talks, whose people are not the sentence's subject. */
const FRONTED_ABOUT = /^(?:(?:Sáng|Trưa|Chiều|Tối|Ngày|Hôm)\s+[^,.;]{1,20},\s*)?(?:(?:Ngay\s+)?(?:Trước|Sau|trước|sau)\s+(?:khi\s+)?|[Bb]ên lề\s+)(?:cuộc\s+|buổi\s+)?(?:gặp|hội đàm|hội kiến|điện đàm)\s+với\s+[^,.;]{1,100},/u;
/** "sân bay quốc tế ", "đại lộ " right before a name: the place it names. */
const NAMED_AFTER_BEFORE = /(?:sân bay(?:\s+quốc tế)?|đại lộ|quảng trường|sân vận động|nhà thi đấu|trung tâm hội nghị|trường đại học|[Đđ]ại học)\s+$/u;
/** "với sự có mặt của X, ": who was present at what the sentence tells, fronted before its subject. */
const PRESENT_AT = /với sự (?:có mặt|tham dự|tham gia|chứng kiến) của\s[^,.;]{1,100},/u;
/** The words of a pair reference: "hai nhà lãnh đạo", "hai ông", "2 Ngoại trưởng", "hai bên", "hai phái đoàn", "họ gặp nhau". */
const PAIR_WORDS = String.raw`(?<![Tt]hứ\s)(?:[Hh]ai|2)\s+(?:nhà lãnh đạo|vị lãnh đạo|ông|bà|người(?=\s+(?:sau đó|đã|cũng|cùng|từng|gặp|điện đàm|hội đàm|trao đổi|bắt tay|nhất trí|thống nhất)(?!\p{L}))|[Tt]ổng thống|[Tt]ổng [Bb]í thư|nguyên thủ|[Nn]goại trưởng|[Bb]ộ trưởng|[Tt]hủ tướng|bên|phái đoàn)|[Hh]ọ(?=\s+(?:(?:đã|từng|lại|cũng)\s+)?(?:gặp nhau|gặp lại nhau|gặp mặt nhau|gặp trực tiếp|hội đàm|điện đàm|họp(?:\s+2\s*\+\s*2)?\s+với)(?!\p{L}))|[Hh]ọ(?=\s+(?:đã\s+|sau đó\s+)?cùng\s+\p{Ll})`;
/** "lãnh đạo " before two states ("với lãnh đạo Armenia và Azerbaijan"), the words in group 1. */
const LEADERS_OF_TWO = /(?:^|[^\p{L}])((?:các\s+)?(?:nhà\s+)?lãnh đạo)(?=\s+\p{Lu})/u;
/** "hai nhà lãnh đạo", "hai ông", "2 nhà lãnh đạo": the pair last named. */
const PAIR_REF = new RegExp(String.raw`(?:^|[^\p{L}])(${PAIR_WORDS})(?!\p{L})`, 'u');
/** "thượng đỉnh lần đầu", "cuộc gặp thượng đỉnh lần thứ hai": a summit numbered in a series of two leaders' meetings. */
const SERIES_SUMMIT = /thượng đỉnh\s+(?:lần\s+(?:đầu(?:\s+tiên)?|hai|ba|thứ\s+(?:hai|ba|tư|nhất))|đầu tiên|thứ\s+(?:hai|ba|tư))(?!\p{L})/u;
/** A summit of a grouping, numbered in its own series ("thượng đỉnh lần thứ hai" of the Quad). */
const MULTILATERAL = /(?:^|[^\p{L}])(?:G\d+|APEC|ASEAN|NATO|EU|COP\d*|BRICS|SCO|Quad|Bộ Tứ|thượng đỉnh\s+\S+\s*[-–])/u;
/** "Hai Thủ tướng", "các Bộ trưởng": a title counted is several holders, not the one named. */
const COUNTED = /(?:^|[^\p{L}])(?:[Hh]ai|2|ba|3|các|những)\s+$/u;
/** "Người tiền nhiệm của ông": the person after it is the one whose predecessor is meant. */
const PREDECESSOR_OF = /(?:^|\s)([Nn]gười tiền nhiệm)\s+của\s+(?:(?:ông|bà)\s+)?$/u;
/**
 * The leader who held `p`'s office just before them: of their latest office, as the gazetteer has
 * it (the one a story of today calls them by), or of an earlier one when it has no predecessor.
 */
function predecessorOf(p: Person): Leader | null {
  const self = BY_KEY.get(p.key);
  const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= 31 * 86_400_000;
  for (const term of [...(self?.terms ?? [])].reverse()) {
    const before = (BY_COUNTRY.get(term.country) ?? []).find((l) => l !== self && l.terms.some((t) => t.role === term.role && t.country === term.country && t.to !== null && near(t.to, term.from)));
    if (before) return before;
  }
  return null;
}
/** "thay ông", "kế nhiệm ông": the person after it is the one replaced. */
const REPLACED = /(?:^|[^\p{L}])(?:thay(?:\s+thế)?|(?<!người\s)kế nhiệm)\s+(?:cho\s+)?(?:(?:ông|bà|Thủ tướng|Tổng thống|Chủ tịch)\s+)?$/u;
/** "sự ra đi của nguyên Thủ tướng", "linh cữu", "lễ tang": the person after it has died. */
const MOURNED = /(?:sự ra đi của|qua đời của|linh cữu|lễ tang|tang lễ|tưởng niệm)\s+(?:[^\s,.;]+\s+){0,4}$/u;
/** When each figure of the past died, by person key ("Hồ Chí Minh", "Sukarno"). */
const DIED = new Map(historical.figures.flatMap((f) => f.names.map((n) => [personKey(n), f.died] as const)));
/** Whether the person named died before `date` (ISO, any precision): they take no part in an event of that day. */
export function diedBefore(name: string, date: string | null | undefined): boolean {
  const died = DIED.get(personKey(name));
  return !!died && !!date && died.slice(0, date.length) < date;
}

/** World regions an office may be in charge of ("Đông Á - Thái Bình Dương"), written with capitals like a name. */
const REGIONS = String.raw`(?:Đông Á|Đông Nam Á|Nam Á|Trung Á|Tây Á|Thái Bình Dương|Ấn Độ Dương|châu Âu|châu Á|châu Phi|châu Mỹ|Mỹ Latinh|Trung Đông|Bắc Phi|Cận Đông|Tây bán cầu|Á - Âu|Bắc Mỹ|Nam Mỹ|Trung Mỹ|Mỹ La-tinh|Mỹ Latin|Bắc Âu|Tây Âu|Đông Âu|Nam Âu|Trung Âu|Tây Phi|Đông Phi|Bắc Cực|Nam Thái Bình Dương|vùng Vịnh|Vùng Vịnh|Sahel|Caribe|Caribbean|Balkan)`;
/**
 * " phụ trách chính sách thương mại", before a name: what an office is in charge of
 * ("Trợ lý Ngoại trưởng Mỹ phụ trách Đông Á - Thái Bình Dương David Stilwell": a region, named;
 * "Bộ trưởng phụ trách Brexit David Davis": one capitalised word, before a name of two; "Ủy viên châu Âu
 * phụ trách Nội vụ Ylva Johansson": a field, capitalised).
 */
const IN_CHARGE_OF = new RegExp(String.raw`^\s+(?:Quốc vụ\s+)?[Pp]hụ trách(?:(?:\s+\p{Ll}+){1,6}|(?:\s+các vấn đề)?\s+${REGIONS}(?:\s*(?:[-–,]|và)\s*${REGIONS})*|\s+\p{Lu}[\p{L}-]*(?=\s+\p{Lu}[\p{L}-]*\s+\p{Lu})|\s+\p{Lu}\p{Ll}*(?:\s+(?!của|và|tại|ở)\p{Ll}+){1,3})(?=\s+\p{Lu})`, 'u');

/** " Dân chủ", " đảng Cộng hòa" before a name: a legislator's party. */
const PARTY = /^\s+(?:[Đđ]ảng\s+)?(?:Dân chủ|Cộng hòa|Cộng hoà|Bảo thủ|Lao động|Tự do)(?=\s+\p{Lu})/u;
/** " quân đội", " các lực lượng vũ trang" before a name: the forces a commander heads. */
const FORCES = /^\s+(?:[Qq]uân đội|(?:các\s+)?[Ll]ực lượng vũ trang|[Ll]ục quân|[Hh]ải quân|[Kk]hông quân)(?=\s+\p{Lu})/u;

/** "các nhà lãnh đạo Thái Bình Dương": a region's name after an office, whose leaders they are, no person. */
const REGION_NAME = new RegExp(String.raw`^${REGIONS}\.?$`, 'u');
/** "bà ", "Đệ nhất phu nhân ", "Nữ hoàng " right before a name: a woman's; "ông ", "Quốc vương ": a man's. */
const WOMAN_BEFORE = /(?:^|[^\p{L}])(?:[Bb]à|[Pp]hu nhân|Nữ hoàng|Hoàng hậu|Công chúa|Nữ Thủ tướng|nữ Thủ tướng)\s+$/u;
const MAN_BEFORE = /(?:^|[^\p{L}])(?:[Ôô]ng|Quốc vương|Nhà vua|Hoàng tử|Thái tử)\s+$/u;
/** "Tổng thống đắc cử Mỹ ", "Tổng thống đắc cử ": an elect's title right before the name. */
const ELECT_BEFORE = /đắc cử(?:\s+\p{Lu}\p{Ll}*){0,2}\s+$/u;
/** "Thái tử Saudi Arabia ", "Thái tử ": right before the name of a crown prince. */
const TITLED_CROWN_PRINCE = /Thái tử\s+(?:[^\s,.;]+\s+){0,3}$/u;
/** "thái tử", "vị thái tử", "Thái tử," with no name after: the crown prince already named. */
const CROWN_PRINCE_ALONE = /(?:^|[^\p{L}])((?:[Vv]ị\s+)?[Tt]hái tử)(?!\p{L})(?!\s+(?!Huân chương)(?:\p{Lu}|nước|của|và\s+\p{Lu}))/gu;
/** "vị khách", "vị khách Nhật": the visitor. */
export const GUEST = /(?:^|[^\p{L}])([Vv]ị khách)(?!\p{L})/u;
/** "bốn nhà lãnh đạo", "ba vị lãnh đạo", "ba ngoại trưởng", "lãnh đạo 5 nước": a group of that many named before. */
// ("lãnh đạo 5 nước G5 Sahel họp thượng đỉnh bất thường ở Niamey": the leaders of so many states)
const GROUP_REF = /(?:^|[^\p{L}])((?:(?:[Ll]ãnh đạo|[Nn]guyên thủ)\s+(?:của\s+)?)?([Bb]a|[Bb]ốn|[Nn]ăm|[345])\s+(?:nhà lãnh đạo|vị lãnh đạo|nguyên thủ|[Nn]goại trưởng|[Bb]ộ trưởng|[Tt]hủ tướng|[Tt]ổng thống|(?<=(?:[Ll]ãnh đạo|[Nn]guyên thủ)\s+(?:của\s+)?[^\s,.;]+\s+)nước))(?!\p{L})/u;
const GROUP_SIZE: Record<string, number> = { ba: 3, Ba: 3, '3': 3, bốn: 4, Bốn: 4, '4': 4, năm: 5, Năm: 5, '5': 5 };
/** "binh sĩ ", "lực lượng của " right before "hai bên": what belongs to both sides. */
const OF_BOTH_SIDES = /(?:binh sĩ|quân đội|quân|lực lượng|người dân|dân thường|tàu|biên giới|lợi ích)\s+(?:của\s+)?(?:cả\s+)?$/u;
/** How many pairs back "hai bên" may reach for the pair of the one person named with it. */
const PAIRS_KEPT = 8;
/** "hai nhà lãnh đạo", "hai nguyên thủ": a pair of leaders, not of just any two people. */
const LEADER_WORDS = /nhà lãnh đạo|nguyên thủ/u;
/** A pair referred to by office ("hai bộ trưởng") and the roles that office covers. */
const PAIR_OFFICE: [RegExp, RegExp][] = [
  [/[Tt]ổng thống$/u, /(?<!Vice )President/u],
  [/[Tt]ổng [Bb]í thư$/u, /General Secretary/u],
  [/[Nn]goại trưởng$/u, /Foreign Minister|Secretary of State/u],
  [/[Bb]ộ trưởng$/u, /Minister|Secretary/u],
  [/[Tt]hủ tướng$/u, /Prime Minister|Chancellor|Premier/u],
];
/** {@link PAIR_REF} without what it asks before the number: a quicker scan, run first. */
const PAIR_REF_HINT = new RegExp(String.raw`${PAIR_WORDS}(?!\p{L})`, 'u');
/** Words that make the office title after them part of a building's or an office's name. */
const SEAT_BEFORE = /(?:^|[^\p{L}])(?:[Pp]hủ|[Dd]inh|[Vv]ăn phòng|[Cc]ung|[Tt]òa)\s+$/u;
/** "Đại diện của ", "Phái viên của " right before an office: one who acts for its holder. */
const ACTS_FOR_BEFORE = /(?:^|[^\p{L}])(?:[Đđ]ại diện|[Pp]hái viên|[Đđ]ặc phái viên|[Đđ]ặc sứ)\s+của\s+$/u;
/** "Văn phòng " right before an office and a name. */
const OFFICE_BEFORE = /(?:^|[^\p{L}])[Vv]ăn phòng\s+$/u;
/** " (cùng ngày) ra thông cáo", " cho biết" right after an office's name: what the office says, its holder says. */
const OFFICE_SPEAKS = /^\s+(?:(?:cùng ngày|hôm nay|hôm qua|đã|vừa|cũng)\s+)*(?:ra thông cáo|ra tuyên bố|cho biết|thông báo|tuyên bố|khẳng định)(?!\p{L})/u;

/**
 * A name joined by a hyphen to another name before or after it ("Dlamini-Zuma"; not "al-Sisi",
 * "Al-Assad", nor two names known on their own, "cuộc gặp Putin-Assad", a pair).
 */
const hyphenJoined = (text: string, start: number, end: number) => {
  const before = text[start - 1] === '-' ? JOINED_BEFORE.exec(text.slice(Math.max(0, start - 20), start)) : null;
  const after = text[end] === '-' ? JOINED_AFTER.exec(text.slice(end, end + 20)) : null;
  return (!!before && !SINGLE_FORMS.has(before[1])) || (!!after && !SINGLE_FORMS.has(after[1]));
};
const JOINED_BEFORE = /(?<![\p{L}])(?!(?:Al|El|Abu|Bin|Ben|Ibn|Bani)-)(\p{Lu}\p{Ll}+)-$/u;
const JOINED_AFTER = /^-(\p{Lu}\p{Ll}+)/u;
const isWordStart = (text: string, i: number) => i === 0 || (i <= text.length && !isLetterUnit(text.charCodeAt(i - 1)));
const isWordEnd = (text: string, i: number) => i >= text.length || !isLetterUnit(text.charCodeAt(i));

/** Marks the people `picks` chooses among those found as sources (taking no part) or, with false, as actors. */
function setSource(found: PersonMention[], source: boolean, picks: (f: PersonMention) => boolean): void {
  for (const [i, f] of found.entries()) if (picks(f)) found[i] = { ...f, person: { ...f.person, source } };
}

/** True when [s, e) overlaps a mention already found. */
function overlapsFound(found: readonly PersonMention[], s: number, e: number): boolean {
  for (const m of found) if (s < m.end && m.start < e) return true;
  return false;
}

/**
 * "ông Vương" after "Ngoại trưởng Vương Nghị", "ông Lý" after "Thủ tướng Singapore Lý Hiển Long": a Chinese
 * name's Sino-Vietnamese surname is its first syllable, and the press calls its bearer by it once named in full.
 */
const CHINESE = new Set(['CN', 'TW', 'HK', 'MO', 'SG']);
const surnameOf = (l: Leader): string[] =>
  l.terms.some((t) => CHINESE.has(t.country)) ? (l.vi ?? []).filter((f) => /^\S+(?:\s\S+){1,2}$/u.test(f)).map((f) => f.split(' ')[0]).filter((f) => !(l.titled ?? []).includes(f)) : [];

/** All gazetteer forms, longest first: [form, leader, needs a title, needs the person named before]. */
const FORMS: [string, Leader, boolean, boolean][] = LEADERS.flatMap((l) => [
  ...[l.name, ...(l.vi ?? []), ...l.aliases].map((f): [string, Leader, boolean, boolean] => [f, l, false, false]),
  ...(l.titled ?? []).map((f): [string, Leader, boolean, boolean] => [f, l, true, false]),
  ...[...new Set(surnameOf(l))].map((f): [string, Leader, boolean, boolean] => [f, l, true, true]),
]).sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/** The one-word forms of the gazetteer's names ("Putin", "Assad"). */
const SINGLE_FORMS = new Set(FORMS.filter(([f]) => !f.includes(' ')).map(([f]) => f));
/**
 * The same forms indexed by first word, so a sentence is scanned once, not once per form. A form several
 * leaders share keeps them all: "Lý" is Li Keqiang's, Li Qiang's and Lee Hsien Loong's, whichever was named.
 */
const FORM_INDEX = new PhraseIndex<[Leader, boolean, boolean][]>((() => {
  const byForm = new Map<string, [Leader, boolean, boolean][]>();
  for (const [f, l, t, k] of FORMS) byForm.set(f, [...(byForm.get(f) ?? []), [l, t, k]]);
  return byForm;
})());

/**
 * Every word `inSentence` asks a sentence's {@link SentenceWords} about, numbered, with their
 * first two code units (one for a one-letter word).
 */
const ASKED = new Map([...new Set([...OFFICE_FIRST, 'trắng', 'kremlin', 'phát', 'cố', 'trợ', 'quan', 'ông', 'bà', 'hai', 'thượng', 'cấp', 'theo', 'dẫn'])].map((w, k) => [w, k]));
const ASKED_PAIRS = new Set([...ASKED.keys()].filter((w) => w.length > 1).map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));
const ASKED_SINGLES = new Set([...ASKED.keys()].filter((w) => w.length === 1).map((w) => w.charCodeAt(0)));
/** The number in {@link ASKED} of each office's first word. */
const OFFICE_FIRST_ASKED = OFFICE_FIRST.map((w) => ASKED.get(w)!);
const BY_KEY = new Map(LEADERS.map((l) => [personKey(l.name), l]));
/** "Abdel Fattah Al Sisi" is "Abdel Fattah el-Sisi": an Arabic name's article, however spelt, is no part of telling it apart. */
const withoutArticle = (key: string) => key.replace(/(?:^| )(?:al|el|ad|ar|as|ash|an)(?= )/g, '').trim();
const BY_KEY_WITHOUT_ARTICLE = new Map(LEADERS.map((l) => [withoutArticle(personKey(l.name)), l]));

/** The gazetteer's leader of that exact name (as events name their people), if any. */
export function leaderNamed(name: string): Leader | undefined {
  return BY_KEY.get(personKey(name));
}

/** The office a leader held on `date` (or their latest one when the date is unknown). */
export function termOn(leader: Leader, date: string | null): Term | null {
  if (!leader.terms.length) return null;
  if (date) {
    const held = leader.terms.find((t) => t.from.slice(0, date.length) <= date && (!t.to || date <= t.to));
    if (held) return held;
  }
  return leader.terms[leader.terms.length - 1];
}

/** The patterns {@link holderOf} matches roles with, by role. */
const ROLE_PATTERNS = new Map<string, RegExp>();
/** The leaders who held any office of a country, by its code, in gazetteer order. */
const BY_COUNTRY = new Map<string, Leader[]>();
for (const l of LEADERS) for (const c of new Set(l.terms.map((t) => t.country))) BY_COUNTRY.set(c, [...(BY_COUNTRY.get(c) ?? []), l]);

/**
 * The office whose holder news calls a country's leader ("lãnh đạo Đức" is the Chancellor):
 * the head of state where it governs, else the head of government.
 */
const HEAD_OFFICE: Readonly<Record<string, string>> = {
  US: 'President', FR: 'President', RU: 'President', CN: 'President', KR: 'President', TW: 'President', UA: 'President', TR: 'President',
  BR: 'President', MX: 'President', AR: 'President', ID: 'President', PH: 'President', IR: 'President', EG: 'President', BY: 'President',
  GB: 'Prime Minister', JP: 'Prime Minister', IN: 'Prime Minister', IT: 'Prime Minister', CA: 'Prime Minister', AU: 'Prime Minister',
  IL: 'Prime Minister', NZ: 'Prime Minister', SG: 'Prime Minister', TH: 'Prime Minister', MY: 'Prime Minister', ES: 'Prime Minister',
  DE: 'Chancellor', AT: 'Chancellor',
  // parliamentary states whose president is a figurehead
  HU: 'Prime Minister', CZ: 'Prime Minister', GR: 'Prime Minister', NL: 'Prime Minister', BE: 'Prime Minister', SE: 'Prime Minister',
  NO: 'Prime Minister', DK: 'Prime Minister', PT: 'Prime Minister', IE: 'Prime Minister', PK: 'Prime Minister', BD: 'Prime Minister',
  NP: 'Prime Minister', KH: 'Prime Minister', ET: 'Prime Minister', IQ: 'Prime Minister',
};

/** "lãnh đạo", "các nhà lãnh đạo", "nguyên thủ" before a list of countries. */
const LEADERS_OF = /(?:^|[^\p{L}])(?:(?:các\s+)?(?:[Nn]hà\s+)?[Ll]ãnh đạo|[Nn]guyên thủ)\s+(?:(?:hai|ba|bốn|các)\s+nước\s+)?/gu;

/** The leaders who held an office of `country` that `holds` accepts on `date`, in gazetteer order. */
export function holdersOn(country: string, date: string, holds: (role: string) => boolean): Leader[] {
  return (BY_COUNTRY.get(country) ?? []).filter((l) => l.terms.some((t) => t.country === country && holds(t.role) && t.from <= date && (!t.to || date <= t.to)));
}

/** Who held `role` for `country` on `date`, from the gazetteer. */
export function holderOf(role: string, country: string, date: string | null): Leader | null {
  if (!date) return null;
  let want = ROLE_PATTERNS.get(role);
  if (!want) ROLE_PATTERNS.set(role, (want = role === 'Foreign Minister' ? /foreign minister|secretary of state/i : MONARCH.test(role) ? MONARCH : new RegExp(`^${role}$`, 'i')));
  const hits = holdersOn(country, date, (r) => want.test(r));
  return hits.length === 1 ? hits[0] : null;
}

function leaderPerson(leader: Leader, form: string, date: string | null, officeRole?: string): Person {
  const term = termOn(leader, date);
  const role = term?.role ?? officeRole ?? null;
  const person: Person = {
    key: personKey(leader.name),
    name: leader.name,
    role,
    country: term?.country ?? null,
    source: role ? SOURCE_ROLES.test(role) : false,
  };
  if ((leader.vi ?? []).includes(form)) person.nameVi = form;
  return person;
}

/** Whether `date` (ISO, any precision) comes more than a year before the gazetteer's first term of `p`. */
function beforeAnyOffice(p: Person, date: string): boolean {
  const leader = BY_KEY.get(p.key);
  if (!leader?.terms.length) return false;
  const first = leader.terms.map((t) => t.from).sort()[0];
  return +date.slice(0, 4) < +first.slice(0, 4) - 1;
}

/**
 * Everything known about the people of one article, sentence after sentence: who has been
 * named, under which country, and who the last pair of protagonists was ("hai nhà lãnh đạo").
 */
export class ArticlePeople {
  /** @param published the day the article was written, when known: who had died by then is a figure of the past */
  constructor(private readonly published: string | null = null) {}

  private readonly known = new Map<string, Person>();
  private order: Person[] = [];
  private lastPair: Person[] = [];
  /** The last few pairs named, latest last. */
  private pairs: Person[][] = [];
  /** The last few groups of three or more named together, latest last. */
  private groups: Person[][] = [];
  /** How many sentences were read, and the one that named the last pair. */
  private sentences = 0;
  private lastPairAt = -1;
  /** Whether the last pair was named in a sentence going back before the story ("Trước đó, …"). */
  private lastPairLookedBack = false;
  /** People named as former or late holders of an office ("Cựu Thủ tướng Rafik Hariri"). */
  private formerOnes = new Set<Person>();
  /** People named as late ("cố Tổng Bí thư Đỗ Mười"). */
  private late = new Set<Person>();
  /** Who the last sentence naming someone was about: "ông"/"bà" alone refers back to them. */
  private topic: Person | null = null;
  /** People named as a woman ("bà", "Đệ nhất phu nhân") or a man ("ông"): "ông X" and "bà X" pick among namesakes by it. */
  private women = new Set<Person>();
  private men = new Set<Person>();
  /** People named with an elect's title ("Tổng thống đắc cử Mỹ Joe Biden"), whom "tổng thống đắc cử" alone refers to. */
  private elect = new Set<Person>();
  /** The one crown prince named with his title ("Thái tử Saudi Arabia Mohammed bin Salman"), whom "thái tử" alone refers to. */
  private crownPrince: Person | null | undefined;

  /** People already named in this article, in order of first mention. */
  get people(): readonly Person[] {
    return this.order;
  }

  private remember(p: Person): Person {
    const had = this.known.get(p.key);
    if (had) {
      if (!had.role && p.role) had.role = p.role;
      if (!had.country && p.country) had.country = p.country;
      if (p.source) had.source = true;
      this.order = [...this.order.filter((x) => x !== had), had];
      return had;
    }
    this.known.set(p.key, p);
    this.order.push(p);
    return p;
  }

  /**
   * The latest person named with this surname (last word of the name); but not one named as a
   * former or late holder of an office when someone else has the surname: after "Thủ tướng Liban
   * Saad Hariri … Cựu Thủ tướng Rafik Hariri (his father) đã thiệt mạng …", "ông Hariri" is Saad.
   */
  private bySurname(word: string, honorific = '', namedAfter?: (p: Person) => boolean): Person | null {
    const k = personKey(word);
    let former: Person | null = null;
    let later: Person | null = null;
    // ("ông Moïse" after "Đệ nhất phu nhân Martine Moïse": her husband, named before)
    const woman = /^[Bb]à$/u.test(honorific);
    const other = /^[Ôô]ng$/u.test(honorific) ? this.women : woman ? this.men : null;
    // ("bà Kim" after "bà Kim Yo-jong, em gái nhà lãnh đạo Kim Jong-un": the namesake named as a woman)
    const candidates = woman ? [...this.order, ...this.order.filter((p) => this.women.has(p))] : this.order;
    for (let i = candidates.length - 1; i >= 0; i--) {
      const p = candidates[i];
      if (other?.has(p)) continue;
      // ("ông Sarraj" for Fayez al-Sarraj: the article's particle dropped)
      // ("bà Park" for Park Geun-hye: a Korean family name comes first, before a hyphenated given name)
      const parts = p.name.split(/\s+/u);
      const familyFirst = parts.length === 2 && parts[1].includes('-') && personKey(parts[0]) === k;
      // ("bà Mạnh" for Meng Wanzhou, named "bà Mạnh (Meng Wanzhou)": the article's own form)
      if (p.key !== k && !p.key.endsWith(' ' + k) && !p.key.endsWith(' al-' + k) && !p.key.endsWith(' el-' + k) && !familyFirst && !(p.nameVi && personKey(p.nameVi) === k)) continue;
      // ("Quốc vương Abdullah" after "Thái tử Hussein bin Abdullah": the name after "bin" is his father's)
      if (PATRONYM_BEFORE.test(p.key.slice(0, -k.length))) continue;
      // ("Cùng ngày, ông Sharif cùng Tổng tư lệnh Lục quân, Tướng Raheel Sharif, …": not the namesake the sentence names next)
      if (namedAfter?.(p)) { later ??= p; continue; }
      // ("Hội nghị thượng đỉnh Trump - Kim" after "Kim Yong-chol … ông Kim Jong-un": a Korean family name alone is the leader's)
      if (familyFirst && !woman && !CALLED_BY_FAMILY_NAME.test(p.role ?? '')) {
        const head = candidates.slice(0, i).reverse().find((q) => personKey(q.name.split(/\s+/u)[0]) === k && CALLED_BY_FAMILY_NAME.test(q.role ?? '') && !other?.has(q));
        if (head) return head;
      }
      if (!this.formerOnes.has(p)) return p;
      former ??= p;
    }
    return former ?? later;
  }

  /**
   * "ông Isaias", "Tổng thống Abiy": Ethiopian, Eritrean and Arab leaders are called by their
   * given name, the first word of the full name, when no one has it as a surname.
   */
  private byGivenName(word: string): Person | null {
    const k = personKey(word);
    for (let i = this.order.length - 1; i >= 0; i--) {
      const p = this.order[i];
      if (p.key.startsWith(k + ' ')) return p;
    }
    return null;
  }

  /** The latest named person from `country`, optionally in `role`. */
  private byCountry(country: string, role?: string): Person | null {
    for (let i = this.order.length - 1; i >= 0; i--) {
      const p = this.order[i];
      if (p.country === country && !p.source && (!role || sameRole(p.role, role))) return p;
    }
    return null;
  }

  /** Who holds one of `roles` in `country` on `date`: the latest such person named, else the gazetteer's holder. */
  private holding(roles: string[], country: string, date: string | null): Person | null {
    for (const role of roles) {
      const named = this.byCountry(country, role);
      if (named) return named;
    }
    for (const role of roles) {
      const holder = holderOf(role, country, date);
      if (holder) return leaderPerson(holder, holder.name, date);
    }
    return null;
  }

  /** Who led `country` on `date` ("lãnh đạo Đức" is the Chancellor): by the office that leads it, named or in the gazetteer. */
  private leaderOf(country: string, date: string | null): Person | null {
    const office = HEAD_OFFICE[country];
    return office ? this.holding([office], country, date) : null;
  }

  /** Adds the people a reference stands for ("hai nhà lãnh đạo", "bốn nhà lãnh đạo") at its span, each once. */
  private addReferred(found: PersonMention[], rawText: string, start: number, end: number, people: readonly Person[], date: string | null): void {
    // "Hai bên ký hiệp định hòa bình … vào tháng 12/2000": a pair named for today's story is not
    // who acted years before any of them held office
    if (date && people.some((p) => beforeAnyOffice(p, date))) return;
    for (const p of people) if (!found.some((f) => f.person === p)) found.push({ start, end, text: rawText.slice(start, end), person: p });
  }

  /** Adds a mention to `found` unless it overlaps one already there. */
  private add(found: PersonMention[], rawText: string, start: number, end: number, person: Person): void {
    if (overlapsFound(found, start, end)) return;
    const p = this.remember(person);
    const former = FORMER_BEFORE.exec(rawText.slice(Math.max(0, start - 50), start));
    if (former) this.formerOnes.add(p);
    // ("cố Tổng Bí thư Đỗ Mười": the late, whom "hai nhà lãnh đạo" next never stands for)
    if (former && /^[^\p{L}]?[Cc]ố\s/u.test(former[0])) this.late.add(p);
    // ("Đệ nhất phu nhân Martine Moïse", "bà Merkel": a woman, whom "ông Moïse" is not)
    const title = rawText.slice(Math.max(0, start - 24), start);
    if (WOMAN_BEFORE.test(title)) this.women.add(p);
    else if (MAN_BEFORE.test(title)) this.men.add(p);
    if (ELECT_BEFORE.test(title)) this.elect.add(p);
    found.push({ start, end, text: rawText.slice(start, end), person: p });
  }

  /**
   * The people named or referred to in one sentence, left to right. `date` (the sentence's or
   * the document's, ISO) picks offices from the gazetteer. Offsets are relative to `text`.
   */
  inSentence(rawText: string, date: string | null): PersonMention[] {
    // Brackets only wrap names here ("Tổng thống (Obama)", "Ngoại trưởng [John] Kerry"); quotes
    // round an office say it is not recognised ("\"Bộ trưởng Ngoại giao\" Đài Loan Lý Đại Duy")
    const text = rawText.replace(/[()[\]]/g, ' ').replace(QUOTED_OFFICE, (q, office: string) => (OFFICE_NAMES.has(office.toLowerCase()) ? ` ${office} ` : q));
    const lowered = text.toLowerCase();
    // lower-cased letter for letter, for comparisons at offsets of `text`
    const same = lowered.length === text.length ? lowered : [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
    // the sentence's words, lower-cased: most patterns below need one of a few words to match at all
    const words = new SentenceWords(same);
    const found: PersonMention[] = [];

    // 1. Gazetteer names: at each word start, the longest form whose conditions hold.
    let seatNameEnd = -1;
    for (const i of FORM_INDEX.phraseStarts(text)) {
      if (i < seatNameEnd) continue;
      const options = FORM_INDEX.candidatesAt(text, i).flatMap((c) => c.value.map((value) => ({ ...c, value })));
      for (const { end, text: form, value: [leader, needsTitle, needsKnown] } of options) {
        if (!isWordStart(text, i) || !isWordEnd(text, end) || overlapsFound(found, i, end)) continue;
        // ("bà Nkosazana Dlamini-Zuma": part of a hyphenated name is not Jacob Zuma)
        if (hyphenJoined(text, i, end)) continue;
        const single = !form.includes(' ');
        const office = officeBefore(text, i);
        const titled = !!office || /(?:ông|bà|Ông|Bà)\s+$/u.test(text.slice(Math.max(0, i - 5), i));
        const known = this.known.has(personKey(leader.name));
        if ((needsTitle && !titled) || (needsKnown && !known)) continue;
        // ("bà Kim" after "bà Kim Yo-jong": the woman of that name, not the leader it would be short for)
        const herName = single && /(?:^|[^\p{L}])[Bb]à\s+$/u.test(text.slice(Math.max(0, i - 4), i));
        const woman = herName ? this.bySurname(form, 'bà') : null;
        if (woman && this.women.has(woman) && woman.key !== personKey(leader.name)) continue;
        if (single && form !== leader.name && !titled && !known && !isHeadOfGovernment(leader)) continue;
        // ("Thống đốc Vitaliy Kim … Ông Kim hôm nay cho biết": the namesake the article named, not a leader it never named; looked up only past the cheaper checks)
        if (single && !known && form !== leader.name && this.bySurname(form, herName ? 'bà' : 'ông')) continue;
        // ("vùng núi Qandil", "sân bay Ben Gurion", "đường Obama": a place named after no one there)
        if (!titled && PLACE_NOUN_BEFORE.test(text.slice(Math.max(0, i - 20), i))) continue;
        // ("tổ chức bảo tồn Tusk", "tập đoàn Trump": a body or a firm named after no one there)
        if (!titled && BODY_NOUN_BEFORE.test(text.slice(Math.max(0, i - 30), i))) continue;
        // "Tổng thống Liban Michel Aoun": a short form that is only the start of another name
        if (single && /^\s+\p{Lu}[\p{Ll}]/u.test(text.slice(end, end + 3)) && !NOT_NAMES.has(/^\s+(\S+)/u.exec(text.slice(end))![1])) continue;
        // "Đệ nhất phu nhân Melania Trump", "Ivanka Trump": a surname after another's given name
        // ("Sheikh Tahnoun bin Zayed": a patronymic form after another's given name)
        if ((single || /^(?:bin|ibn)\s/u.test(form)) && form !== leader.name && givenNameBefore(text, i)) continue;
        const person = leaderPerson(leader, form, date, office?.en);
        // ("văn phòng Tổng thống Beji Caid Essebsi": named after an office's seat, known from then on, not there)
        const officeAt = office ? text.slice(0, i).trimEnd().length - office.vi.length : -1;
        // (but "Văn phòng Tổng thống Ashraf Ghani ra thông cáo …": the office speaks for the one it is named after)
        const beforeOffice = office ? text.slice(Math.max(0, officeAt - 12), officeAt) : '';
        if (office && SEAT_BEFORE.test(beforeOffice) && !(OFFICE_BEFORE.test(beforeOffice) && OFFICE_SPEAKS.test(text.slice(end, end + 40)))) {
          this.remember(person);
          seatNameEnd = end;
        } else this.add(found, rawText, i, end, person);
        break;
      }
    }

    // 2. "Ông chủ Nhà Trắng", "lãnh đạo Nhà Trắng", "chủ nhân Điện Kremlin": the head of state
    // (before offices: "chủ nhân Nhà Trắng và người đồng cấp Pháp" is the French President).
    // ("Người đứng đầu Liên hợp quốc": its Secretary-General)
    for (const m of HOUSE_WORDS.some((w) => words.has(w)) ? allMatches(HEAD_OF_HOUSE, text) : []) {
      const [country, role] = m[3] ? ORGANISATION_HEAD[m[3].toLowerCase()] : m[1] ? SEAT_OF_POWER[m[1].toLowerCase().replace(/\s+/gu, ' ')] : ['US', 'President'];
      const person = this.byCountry(country, role) ?? (() => {
        const h = holderOf(role, country, date);
        return h ? leaderPerson(h, h.name, date) : null;
      })();
      if (person) this.add(found, rawText, m.index!, m.index! + m[0].length, person);
    }

    // 3. Office [country] [,] [ông|bà] Name — people not in the gazetteer, and surnames.
    // most offices share a first word with others ("Bộ trưởng …", "Tổng …"): test it once
    for (let k = 0; k < OFFICES.length; k++) {
      const [office, officeLow] = OFFICES_LOWER[k];
      const firstAt = words.starts[OFFICE_FIRST_ASKED[k]];
      if (!firstAt || (lowered !== same && !lowered.includes(officeLow))) continue;
      // The title's occurrences at a word start are among its first word's starts (a title that
      // could overlap itself there is searched for instead, as one search finds them).
      for (const at of OFFICE_WORD_BORDER[k] ? occurrences(same, officeLow) : firstAt) {
        if (!same.startsWith(officeLow, at)) continue;
        const m = [text.slice(at, at + officeLow.length)];
        if (!isWordStart(text, at) || !isWordEnd(text, at + m[0].length)) continue;
        // A longer office already covers this spot ("Phó Tổng thống" over "Tổng thống").
        if (found.some((f) => f.start <= at && at < f.end)) continue;
        // "Phủ Tổng thống Istana", "Văn phòng Thủ tướng": a building or an office, not a person
        // (one named after it, "văn phòng Tổng thống Beji Caid Essebsi", is known from then on, not there)
        const seat = SEAT_BEFORE.test(text.slice(Math.max(0, at - 12), at));
        // ("Đại diện của Tổng thống Ukraine tại Crimea Borys Babin": one who acts for the office's holder, not the holder)
        if (ACTS_FOR_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
        // "Các Tiểu vương quốc Arab Thống nhất": a realm's name, not its ruler
        if (/^\s+quốc(?!\p{L})/u.test(text.slice(at + m[0].length, at + m[0].length + 8))) continue;
        if (LONGER_ENDING[k].some((low) => same.endsWith(low, at + m[0].length))) continue;
        // …or starts here ("Bộ trưởng Thương mại" over "Bộ trưởng")
        if (LONGER_STARTING[k].some((low) => same.startsWith(low, at) && isWordEnd(text, at + low.length))) continue;
        let i = at + m[0].length;
        // (only as a title: "làm chủ tịch nước" in lower case is the office of any country)
        let country: string | null = office.country && /^\p{Lu}/u.test(m[0]) ? office.country : null;
        // "Thủ tướng lâm thời Claude Joseph", "Tổng thống Haiti tạm quyền X": the office held for a time
        i = afterQualifier(text, i);
        const ofRegime = text.endsWith('chính quyền', i);
        // ("Thượng phụ Chính thống giáo Nga Kirill": the church, then its country)
        if (office.en === 'Patriarch') i += ORTHODOX.exec(text.slice(i))?.[0].length ?? 0;
        // "Người phát ngôn Bộ Ngoại giao Iran Abbas Mousavi": the body a spokesperson speaks for
        const spokenFor = office.source ? SPOKEN_FOR.exec(text.slice(i)) : null;
        if (spokenFor) i += spokenFor[0].length;
        const sp = /^\s+/.exec(text.slice(i));
        if (sp) {
          // ("Tổng thống Liên bang Micronesia David Panuelo": the federation's name before the country's)
          const federation = /^Liên bang\s+/u.exec(text.slice(i + sp[0].length))?.[0].length ?? 0;
          // ("thủ tướng ba nước Ba Lan, Cộng hòa Czech và Slovenia": the count of countries before their names)
          const counted = /^(?:hai|ba|bốn|năm)\s+nước\s+/u.exec(text.slice(i + sp[0].length))?.[0].length ?? 0;
          const c = countryAt(text, i + sp[0].length) ?? (federation ? countryAt(text, i + sp[0].length + federation) : null) ?? (counted ? countryAt(text, i + sp[0].length + counted) : null);
          if (c) {
            country = c.code;
            // ("Chủ tịch Ủy ban Liên minh châu Phi (AU) Moussa Faki": the body's acronym in brackets)
            i = afterQualifier(text, c.end + (/^\s*\(\p{Lu}{2,6}\)/u.exec(rawText.slice(c.end))?.[0].length ?? 0));
          }
        }
        // ("người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng": in Vietnamese news, a foreign ministry named without its country is Vietnam's)
        if (!country && spokenFor && /^\s+(?:của\s+)?[Bb]ộ [Nn]goại giao$/u.test(spokenFor[0])) country = 'VN';
        // ("Bộ trưởng Y tế của chính quyền Houthi Taha al-Mutawakel": a movement's government, by one word before the name)
        if (!country && ofRegime) i += cityBeforeName(text.slice(i));
        // "Chủ tịch Liên đoàn Bóng đá Thế giới (FIFA) Gianni Infantino", "Chủ tịch Hội đồng Quốc gia (Hạ viện)
        // Thụy Sĩ Andreas Aebi": the body an office heads, up to its bracket, then its country if named
        if (!country) {
          const body = BODY_HEADED.exec(rawText.slice(i));
          if (body) {
            i += body[0].length;
            const gap = /^\s+/u.exec(text.slice(i));
            const c = gap ? countryAt(text, i + gap[0].length) : null;
            if (c) [country, i] = [c.code, c.end];
          }
        }
        // ("Chủ tịch Ủy ban An ninh Quốc gia Kyrgyzstan Kamchybek Tashiev", "người đứng đầu cơ quan an ninh Tajikistan
        // Saimumin Yatimov": a body named without a bracket, then its country)
        if (!country) {
          const c = bodyThenCountry(text, i) ?? (office.vi.startsWith('Bộ trưởng') ? portfolioThenCountry(text, i) : null);
          if (c) [country, i] = [c.code, c.end];
        }
        // ("Chủ tịch FIFA Gianni Infantino": a body's acronym before a name of two words or more)
        if (!country) i += BODY_ACRONYM.exec(text.slice(i))?.[0].length ?? 0;
        // ("Chủ tịch Diễn đàn Kinh tế Thế giới Klaus Schwab": a body named in full, with no bracket, before a name in Latin script)
        if (!country) i += BODY_BEFORE_LATIN_NAME.exec(text.slice(i))?.[0].length ?? 0;
        // "Bộ trưởng Quốc vụ phụ trách chính sách thương mại Greg Hands": what the office is in charge of
        i += IN_CHARGE_OF.exec(text.slice(i))?.[0].length ?? 0;
        // "Tổng tư lệnh quân đội Williams Kaliman": the forces a commander heads
        if (office.en === 'Commander-in-Chief') i += FORCES.exec(text.slice(i))?.[0].length ?? 0;
        // "Thượng nghị sĩ Dân chủ Dick Durbin", "Thượng nghị sĩ đảng Cộng hòa Lindsey Graham": a senator's party
        if (office.en === 'Senator') i += PARTY.exec(text.slice(i))?.[0].length ?? 0;
        // "đặc phái viên Mỹ về hòa giải Afghanistan Zalmay Khalilzad": the country an envoy is for
        const envoyFor = office.en === 'Special Envoy' ? ENVOY_FOR.exec(text.slice(i)) : null;
        const envoyCountry = envoyFor ? countryAt(text, i + envoyFor[0].length) : null;
        if (envoyCountry) i = envoyCountry.end;
        // "Cố vấn Thủ tướng Pakistan về an ninh quốc gia và đối ngoại Sartaj Aziz": what an adviser advises on
        if (office.en === 'Adviser to the Prime Minister') i += ADVISES_ON.exec(text.slice(i))?.[0].length ?? 0;
        // "Đại sứ Australia tại Mỹ Joe Hockey": where an ambassador is posted
        const posted = office.en === 'Ambassador' ? /^\s+(?:tại|ở)\s+/u.exec(text.slice(i)) : null;
        const postedIn = posted ? countryAt(text, i + posted[0].length) : null;
        if (postedIn) i = postedIn.end;
        // ("Đại sứ Mỹ tại Bắc Kinh Terry Branstad": or the city)
        else if (posted) {
          const city = knownPlaceBeforeName(text.slice(i + posted[0].length));
          if (city) i += posted[0].length + city;
        }
        // "Thị trưởng London Sadiq Khan", "Thủ lĩnh IS Abu Bakr al-Baghdadi": the city or group it heads
        const see = SEE_HELD.test(office.en);
        if (office.ofPlace && !country) i += (see ? SEE_OF_ALL.exec(text.slice(i))?.[0].length : 0) || ownerLength(text.slice(i)) || (PLACE_THEN_NAME_OFFICES.has(office.en) || see ? cityBeforeName(text.slice(i)) : 0);
        // "cố vấn an ninh quốc gia hai nước Ajit Doval và Nasser Khan Janjua": the office of each of two named
        const both = !country ? OF_BOTH.exec(text.slice(i)) : null;
        if (both) i += both[0].length;
        // ("Tổng thống Zanzibar Hussein Ali Mwinyi": a region the gazetteer knows, whose own office it is, before a name of two words or more)
        const region = !country && !office.ofPlace ? CITY_THEN_NAME.exec(text.slice(i)) : null;
        if (region && placeByName(region[1])) i += region[0].length;
        const rest = text.slice(i);
        // (what stands between the office and the name, a comma or "ông"; undefined when nothing can lead to one)
        const lead = NAME_LEAD.exec(rest)?.[0];
        const nameMatch = lead !== undefined ? NAME.exec(rest.slice(lead.length)) : null;
        const role = office.en || null;
        const nameAt = lead !== undefined ? i + lead.length : -1;
        // "các nhà lãnh đạo G7", "Su-24": a capital glued to a number is a code, not a name.
        // ("Thái tử Abu Dhabi hội đàm …": nor is a place the office is of)
        const afterName = nameMatch ? text.slice(nameAt + nameMatch[1].length) : '';
        const code = nameMatch && /^[-\d]/.test(afterName);
        // ("một cố vấn Thái tử Abu Dhabi": "Thái tử", "Hoàng tử" are titles, not a surname; so is "Tiểu vương" in
        // "Thủ tướng UAE, Tiểu vương Dubai Mohammed bin Rashid"; "Tổng tư lệnh Lục quân" is an army, no one named "Lục")
        const title = nameMatch && /^\s+(?:tử|vương|quân)(?!\p{L})/u.test(afterName);
        // ("hội nghị ngoại trưởng Trung - Nhật - Hàn": one word dashed to another is a pair of countries, not a name)
        // (nor one listed after the country with a comma: "Cố vấn an ninh Mỹ, Trung gặp nhau …" is of both)
        const paired = nameMatch && !/\s/u.test(nameMatch[1]) && (/^\s*[-–]\s*\p{Lu}/u.test(afterName) || (!!country && /^\s*,\s*$/u.test(lead ?? '') && SHORT_COUNTRY.test(nameMatch[1])));
        // ("cựu Chủ tịch Ngân hàng Trung ương châu Âu": a bank, no one named "Ngân"; "các nhà lãnh đạo Hiệp định Đối tác …": a pact)
        // (nor one opening on an acronym: "Bộ trưởng Ngoại giao ASEAN (AMM Retreat)" is a meeting's name)
        const commonNoun = !!nameMatch && COMMON_NOUN.test(`${nameMatch[1]}${afterName.slice(0, 8)}`);
        if (nameMatch && !code && !title && !paired && !commonNoun && !NOT_NAMES.has(nameMatch[1].split(/\s/)[0]) && !/^\p{Lu}{2,}(?:\s|$)/u.test(nameMatch[1]) && !countryAt(text, nameAt) && !placeByName(nameMatch[1].replace(/\.$/, '')) && !REGION_NAME.test(nameMatch[1])) {
          const start = nameAt;
          // "Lý Đại Duy (David Lee)": a Chinese name read in Sino-Vietnamese, its Latin form in brackets after it
          const alias = LATIN_ALIAS.exec(rawText.slice(start, start + nameMatch[1].length + 40));
          const written = alias ? alias[0] : nameMatch[1].replace(/\.$/, '');
          const name = alias ? alias[2] : written.replace(/\s+/g, ' ');
          if (!overlapsFound(found, start, start + written.length)) {
            const person = this.personForName(name, role, country, date, !!office.source);
            if (seat) this.remember(person);
            else this.add(found, rawText, start, start + written.length, person);
          }
          if (both) this.addSecondHolder(found, rawText, text, start + name.length, role, date, !!office.source);
          continue;
        }
        if (seat) continue;
        // A bare title as a subject ("Cùng ngày, Thủ tướng đã gặp …"): the one holder of it the article has named.
        // ("…, Chủ tịch hội nghị, kêu gọi …": the chair of a meeting, not a head of state)
        // ("Cùng ngày, tổng thống đắc cử lần lượt điện đàm …": the one named as elect)
        const elect = /-elect$/u.test(role ?? '');
        if (!country && !office.source && role && role !== 'Leader' && /^\s+\p{Ll}/u.test(rest) && !CHAIR_OF_BODY.test(rest) && !DOCUMENT_OF_TITLE.test(text.slice(Math.max(0, at - 16), at)) && (elect || /^[A-ZĐÂƯÔƠÊĂ]/u.test(m[0])) && !COUNTED.test(text.slice(Math.max(0, at - 8), at))) {
          // (not a holder of the past named in passing: "kể từ khi Giáo hoàng John Paul II gặp … năm 1981")
          const holders = (elect ? [...this.elect].filter((p) => !p.source) : this.order.filter((p) => sameTitle(p.role, role) && !p.source)).filter((p) => !diedBefore(p.name, date));
          // Vietnamese news calls its own country's office holder by the bare title ("Thủ tướng và
          // Phu nhân"), a foreign one by name ("Thủ tướng Abe")
          const own = holders.length > 1 ? holders.filter((p) => p.country === 'VN') : holders;
          if (own.length === 1) this.add(found, rawText, at, i, own[0]);
          continue;
        }
        // No name: "Nhà lãnh đạo Mỹ", "người đồng cấp Thổ Nhĩ Kỳ", "Bộ trưởng Quốc phòng Mỹ".
        if (country && !office.source) {
          // "Tổng thống Mỹ … điện đàm với người đồng cấp Nga": the counterpart holds the office of
          // the person the sentence named before it
          const counterpartOf = !role ? found.filter((f) => f.start < at && !f.person.source && f.person.role).pop() : undefined;
          // (a head of government's counterpart, none of that office named, is the leader the article named:
          // "Thủ tướng Đức đã tới Sochi để hội đàm với người đồng cấp Nga" after "ông Putin")
          const roles = counterpartOf ? counterpartRoles(counterpartOf.person.role!) : [];
          const namedLeader = counterpartOf && HEAD_ROLE.test(counterpartOf.person.role!) && !roles.some((r) => this.byCountry(country, r)) && HEAD_OFFICE[country] ? this.byCountry(country, HEAD_OFFICE[country]) : null;
          const counterpart = counterpartOf ? namedLeader ?? this.holding(roles, country, date) : null;
          const roleForLookup = role && role !== 'Leader' ? role : undefined;
          // A named office must match the office ("Bộ trưởng Quốc phòng Mỹ" is not Obama).
          // ("Thủ tướng Đức nói": Vietnamese names a chancellor by the prime minister's title)
          // ("Nhà lãnh đạo Mỹ khẳng định …" after "Tổng thống Mỹ Barack Obama …, Phó tổng thống Joe Biden đứng bên cạnh": the head, not the last named)
          const head = role === 'Leader' && HEAD_OFFICE[country] ? this.byCountry(country, HEAD_OFFICE[country]) : null;
          const person = counterpart ?? (roleForLookup ? this.holding(counterpartRoles(roleForLookup), country, date) : head ?? this.byCountry(country) ?? (role === 'Leader' ? this.leaderOf(country, date) : null));
          if (person) this.add(found, rawText, at, i, person);
          // "Bộ trưởng Quốc phòng Mỹ và Pháp", "ba ngoại trưởng Mỹ, Australia và Ấn Độ": the same office for the other countries
          for (const other of roleForLookup ? countriesListedAt(text, i) : []) {
            const holder = this.holding([roleForLookup!], other.code, date);
            if (holder) this.add(found, rawText, other.start, other.end, holder);
          }
        }
      }
    }

    // "lãnh đạo Anh, Mỹ, Pháp và Đức ra tuyên bố chung": each country's leader on the day
    for (const m of words.has('lãnh') || words.has('nguyên') ? allMatches(LEADERS_OF, text) : []) {
      let at = m.index! + m[0].length;
      const listed: { start: number; end: number; code: string }[] = [];
      for (let c = countryAt(text, at); c; c = countryAt(text, at)) {
        listed.push({ start: c.start, end: c.end, code: c.code });
        const sep = /^(?:\s+đại lục)?(?:\s*,\s*|\s+và\s+|\s*[-–]\s*)/u.exec(text.slice(c.end));
        if (!sep) break;
        at = c.end + sep[0].length;
      }
      if (listed.length < 2) continue;
      for (const c of listed) {
        const head = this.leaderOf(c.code, date);
        if (head) this.add(found, rawText, c.start, c.end, head);
      }
    }

    // (a second crown prince makes "thái tử" alone no one's)
    if (words.has('thái')) for (const f of found) if (TITLED_CROWN_PRINCE.test(text.slice(Math.max(0, f.start - 40), f.start))) this.crownPrince = this.crownPrince === undefined || this.crownPrince === f.person ? f.person : null;
    // "ra tận sân bay … đón và ôm chào thái tử": the crown prince the article named, by his title alone in lower case
    if (this.crownPrince && words.has('thái')) {
      for (const m of allMatches(CROWN_PRINCE_ALONE, text)) {
        const from = m.index! + m[0].length - m[1].length;
        if (!overlapsFound(found, from, from + m[1].length)) this.add(found, rawText, from, from + m[1].length, this.crownPrince);
      }
    }
    // "vị khách được Chủ tịch nước … tiếp": in Vietnamese news, the foreign visitor just named
    const guest = words.has('khách') ? GUEST.exec(text) : null;
    if (guest) {
      const from = guest.index + guest[0].length - guest[1].length;
      const country = countryAt(text, from + guest[1].length + 1);
      // ("Thủ tướng Modi … ra tận chân cầu thang máy bay đón … vị khách": not the host welcoming the guest)
      const visitor = country ? this.byCountry(country.code) : [...this.order].reverse().find((p) => p.country && p.country !== 'VN' && !p.source && !found.some((f) => f.start < from && f.person.key === p.key));
      if (visitor) this.add(found, rawText, from, from + guest[1].length, visitor);
    }

    // "nhà lãnh đạo 71 tuổi": the person already met who was that old that day
    const aged = date && text.includes('tuổi') ? AGED.exec(text) : null;
    if (aged) {
      const from = aged.index + aged[0].length - aged[1].length;
      const who = [...this.order].reverse().find((p) => !p.source && agedOn(BY_KEY.get(p.key)?.born, date!, +aged[2]));
      if (who && !overlapsFound(found, from, from + aged[1].length)) this.add(found, rawText, from, from + aged[1].length, who);
    }

    // 4. Appositions that make a named person a source: "Yuri Ushakov, cố vấn đối ngoại…".
    for (const m of (words.has('phát') || words.has('cố') || words.has('trợ') || words.has('quan')) && SOURCE_ROLE_AFTER_COMMA.test(text) ? allMatches(SOURCE_APPOSITION, text) : []) {
      if (NOT_NAMES.has(m[1].split(/\s/)[0])) continue;
      // ("Chánh văn phòng Nội các Yoshihide Suga, người phát ngôn chính phủ, cho biết …": one named by office, then as a spokesperson, is a source too)
      const end = m.index! + m[1].length;
      if (overlapsFound(found, m.index!, end)) setSource(found, true, (f) => f.end === end && SPOKESPERSON_AFTER.test(text.slice(end)));
      else this.add(found, rawText, m.index!, end, { ...this.personForName(m[1], null, null, date, true), source: true });
    }

    // 5. "ông X" / "bà X" for a surname already met in the article.
    // ("ngài": a pope's, a monarch's)
    const mister = words.has('ông') || words.has('bà') || words.has('ngài');
    for (const m of mister ? allMatches(TITLED_NAME, text) : []) {
      const s = m.index! + m[0].length - m[1].length;
      // (but "ông Ban" after "Tổng Thư ký Liên hợp quốc Ban Ki-moon": the surname of a foreigner named before, though a word besides)
      const first = m[1].split(/\s/)[0];
      if (NOT_NAMES.has(first) && (this.bySurname(first, m[0].slice(0, m[0].indexOf(' ')))?.country ?? 'VN') === 'VN') continue;
      // ("bà Mạnh (Meng Wanzhou)": the Latin name in brackets is who it is)
      const aliased = LATIN_ALIAS.exec(rawText.slice(s, s + m[1].length + 40));
      if (aliased && !overlapsFound(found, s, s + aliased[0].length)) {
        this.add(found, rawText, s, s + aliased[0].length, { ...this.personForName(aliased[2], null, null, date, false), nameVi: aliased[1] });
        continue;
      }
      // (four words, else the first three as before: "ông Tập Cận Bình Hôm" is not cut further,
      // for "bà Kim Yo-jong" is no "Kim")
      const words = m[1].split(/\s+/);
      for (let n = words.length; n >= Math.min(words.length, 3); n--) {
        const name = words.slice(0, n).join(' ');
        if (overlapsFound(found, s, s + name.length)) continue;
        // ("ông Ahmad Nasser" for Ahmad Nasser Al-Mohammad Al-Sabah: the first words of a name met)
        // (a namesake the sentence names in full further on, "Tướng Raheel Sharif", is not the one meant)
        const namedAfter = (x: Person) => found.some((f) => f.person === x && f.start > s && f.text.includes(' ') && f.text.endsWith(words[n - 1])) && !found.some((f) => f.person === x && f.start < s);
        const p = this.bySurname(words[n - 1], m[0].slice(0, m[0].indexOf(' ')), namedAfter) ?? this.byGivenName(name);
        if (p) { this.add(found, rawText, s, s + name.length, p); break; }
      }
      // ("ông Adama Barrow tuyên thệ nhậm chức": a full name not met before, after "ông"/"bà", is someone new)
      const full = words.slice(0, Math.min(words.length, 3)).join(' ');
      // (not inside a word, "Đông Nam Á"; nor a known name and the next capital, "ông Putin Huân chương …")
      // (a shared family name before a hyphenated given name, "ông Kim You-geun", is someone new all the same)
      if (words.length >= 2 && !isLetterAt(text, m.index! - 1) && ((!SINGLE_FORMS.has(words[0]) && !this.bySurname(words[0])) || HYPHENATED_GIVEN.test(words[1])) && !overlapsFound(found, s, s + full.length) && !words.some((w) => NOT_NAMES.has(w)) && !placeByName(full) && !countryAt(text, s)) {
        this.add(found, rawText, s, s + full.length, this.personForName(full, null, null, date, false));
      }
    }

    // 5b. "Cuộc gặp Obama - Park": a bare surname of someone met, paired by a dash with a person named
    if (found.length && /\s[-–]\s/u.test(text)) {
      for (const m of allMatches(DASHED_PAIR, text)) {
        const left = m.index!;
        const right = left + m[0].length - m[2].length;
        const named = (s: number) => found.some((f) => f.start === s);
        const [s, word] = named(left) && !named(right) ? [right, m[2]] : named(right) && !named(left) ? [left, m[1]] : [-1, ''];
        const p = s >= 0 && !NOT_NAMES.has(word) && !overlapsFound(found, s, s + word.length) ? this.bySurname(word) : null;
        if (p) this.add(found, rawText, s, s + word.length, p);
      }
    }

    // 5c. "ngoại trưởng 5 nước gồm Sergei Lavrov (Nga), …, Kairat Abdrakhmanov (Kazakhstan)": names listed each with its country
    // in brackets, beside one already found so, hold the same office
    const listedBy = rawText.includes('(') ? found.find((f) => !f.person.source && countryInBrackets(rawText, text, f.end)) : undefined;
    const listedRole = listedBy?.person.role ?? null;
    for (const m of listedBy ? allMatches(LISTED_WITH_COUNTRY, rawText) : []) {
      const c = countryInBrackets(rawText, text, m.index! + m[1].length);
      if (!c || NOT_NAMES.has(m[1].split(/\s/)[0]) || overlapsFound(found, m.index!, m.index! + m[1].length)) continue;
      this.add(found, rawText, m.index!, m.index! + m[1].length, this.personForName(m[1], listedRole, c.code, date, false));
    }

    // 6. "hai nhà lãnh đạo", "hai ông", "hai tổng thống", "2 nhà lãnh đạo": the last pair.
    // (not in a quotation: '… cho biết bà tin đây là "một kết quả tốt cho cả hai bên"' names no one)
    const pairAt = (words.has('hai') || words.has('họ') || text.includes('2')) && PAIR_REF_HINT.test(text) ? PAIR_REF.exec(text) : null;
    /** Where the pair's words ("hai bên") start. */
    const pairStart = pairAt ? pairAt.index + pairAt[0].length - pairAt[1].length : 0;
    // (nor "binh sĩ hai bên", "lực lượng của hai bên": what belongs to both sides, no pair acting)
    const pairRef = pairAt && !isQuoted(text, pairAt.index) && !OF_BOTH_SIDES.test(text.slice(Math.max(0, pairStart - 24), pairStart)) ? pairAt : null;
    // unless the sentence has already named two people before it ("Obama gặp Putin. Hai ông…" is the pair)
    const actorsSoFar = new Set(found.filter((f) => !f.person.source && (!pairRef || f.start < pairRef.index!)).map((f) => f.person));
    // (before any pair was named together: the two named last, "… Tổng thống nước chủ nhà Kaboré … Ông Macron đùa …")
    const namedApart = pairRef && this.lastPair.length < 2 ? this.lastTwoNamed() : [];
    // ("Ông tới Nhà Trắng hội đàm với Tổng thống Donald Trump …, khi hai bên thảo luận …": a subject "Ông" is one of them, resolved below)
    const subjectPronoun = pairRef && OPENING_PRONOUN.test(text.slice(0, pairRef.index)) ? 1 : 0;
    if (pairRef && (this.lastPair.length === 2 || namedApart.length === 2) && actorsSoFar.size + subjectPronoun < 2) {
      const s = pairStart;
      // "ông Trump cho biết hai bên nhất trí …": the latest pair the one named belongs to
      const one = [...actorsSoFar][0];
      // "hai bộ trưởng", "hai ngoại trưởng": the latest pair that holds such offices
      const office = PAIR_OFFICE.find(([re]) => re.test(pairRef[1]))?.[1];
      // (no such pair named together: the last two holders named apart, "Thủ tướng Ấn Độ Narendra Modi … Thủ tướng Sheikh Hasina … bà Sheikh Rehana. … hai thủ tướng hội đàm")
      const holders = office ? this.order.filter((p) => !p.source && office.test(p.role ?? '')).slice(-2) : [];
      const pair = (one && [...this.pairs].reverse().find((p) => p.includes(one))) || (office && [...this.pairs].reverse().find((p) => p.every((x) => office.test(x.role ?? ''))))
        || (holders.length === 2 ? holders : namedApart.length === 2 ? namedApart : this.protagonists(date, LEADER_WORDS.test(pairRef[1]), /\sông$/u.test(pairRef[1]), STORY_PAIR.test(text)));
      // ("Bên lề hội nghị ở Bangkok, ông đã có cuộc gặp với Bộ trưởng … Ngụy Phượng Hòa, trong đó hai bên thảo luận …": one named
      // beside a pronoun, in no pair told before, pairs with whom the pronoun stands for, not with a pair of the story's)
      const fresh = one && pair.length && !pair.includes(one) && PRONOUN_BEFORE.test(text.slice(0, pairRef.index));
      // ("hai nhà lãnh đạo Mỹ và Cuba": the latest named of each of the two states, whichever pair was told last)
      const ofStates = this.pairOfStates(text, pairRef.index! + pairRef[0].length);
      // ("hai bộ trưởng Mỹ đã dừng chân ở Tokyo": the two named last of that state)
      const ofState = ofStates ? null : this.pairOfState(text, pairRef.index! + pairRef[0].length);
      if (!fresh) this.addReferred(found, rawText, s, s + pairRef[1].length, ofStates ?? ofState ?? pair, date);
    }

    // "cuộc gặp ba bên với lãnh đạo Armenia và Azerbaijan": the one named last of each of the two states
    const leadersOfTwo = !pairRef && words.has('lãnh') ? LEADERS_OF_TWO.exec(text) : null;
    const ofTwoStates = leadersOfTwo ? this.pairOfStates(text, leadersOfTwo.index + leadersOfTwo[0].length) : null;
    if (leadersOfTwo && ofTwoStates) {
      const s = leadersOfTwo.index + leadersOfTwo[0].length - leadersOfTwo[1].length;
      this.addReferred(found, rawText, s, s + leadersOfTwo[1].length, ofTwoStates, date);
    }

    // "bốn nhà lãnh đạo điện đàm": the last group of that many named together
    const groupRef = !found.some((f) => !f.person.source) && this.groups.length && /(?:ba|bốn|năm|[345])\s/u.test(text) ? GROUP_REF.exec(text) : null;
    if (groupRef) {
      const size = GROUP_SIZE[groupRef[2]];
      // ("lãnh đạo 5 nước" after "ngoại trưởng 5 nước gồm …": leaders are not the ministers' group, "ngoại trưởng" are)
      const ministers = /[Nn]goại trưởng|[Bb]ộ trưởng/u.test(groupRef[1]);
      const ofMinisters = (g: Person[]) => g.every((p) => /Minister/u.test(p.role ?? '') && !/Prime Minister/u.test(p.role ?? ''));
      const sized = [...this.groups].reverse().filter((g) => g.length === size);
      const group = sized.find((g) => ofMinisters(g) === ministers) ?? sized[0];
      const s = groupRef.index + groupRef[0].length - groupRef[1].length;
      this.addReferred(found, rawText, s, s + groupRef[1].length, group ?? [], date);
    }

    // "Đây là cuộc gặp thứ ba giữa ông Trump và ông Kim. Hội nghị thượng đỉnh lần đầu diễn ra
    // tại Singapore …": a summit numbered in a series, naming no one, is the last pair's
    const series = !found.length && this.lastPair.length === 2 && text.includes('thượng đỉnh') ? SERIES_SUMMIT.exec(text) : null;
    if (series && !MULTILATERAL.test(text)) {
      this.addReferred(found, rawText, series.index, series.index + series[0].length, this.lastPair, date);
    }

    // 6b. "Đoàn Việt Nam đến sân bay quốc tế Haneda chiều 25/9", "chuyên cơ chở đoàn hạ cánh …": a Vietnamese delegation arriving
    // is its head's arrival, the first Vietnamese leader the article named (not when the sentence names who led it)
    // (tried only where "đoàn" is written, and no one acts yet)
    const delegation = text.includes('oàn') && !found.some((f) => !f.person.source) ? DELEGATION_ARRIVING.exec(text) : null;
    // (a delegation not called Vietnamese arriving in Vietnam is the guest's: "chuyên cơ chở đoàn hạ cánh xuống sân bay Nội Bài")
    const abroad = delegation && (/Việt Nam$/u.test(delegation[1]) || !IN_VIETNAM.test(text));
    const head = abroad ? this.order.find((p) => p.country === 'VN' && !p.source && VN_HEADS.test(p.role ?? '')) : undefined;
    const from = delegation ? text.indexOf(delegation[1], delegation.index) : -1;
    if (delegation && head) this.addReferred(found, rawText, from, from + delegation[1].length, [head], date);

    // 7. "ông"/"bà" alone, as a subject or object ("Hôm sau, ông tới Kiev", "cuộc điện đàm giữa
    // ông và …"): the sentence's own subject named before it, else who the article was just about.
    for (const m of mister ? allMatches(PRONOUN, text) : []) {
      const s = m.index! + m[0].length - m[1].length;
      if (overlapsFound(found, s, s + m[1].length)) continue;
      // "em gái ông", "vợ ông": the pronoun names whose kin is told, not someone there
      if (KIN_BEFORE.test(text.slice(Math.max(0, s - 16), s))) continue;
      // after "của", "với", "giữa" it is the person just named ("… Shinzo Abe, nhân chuyến thăm của
      // ông"); elsewhere the sentence's subject
      const named = found.filter((f) => f.end <= s && !f.person.source).sort((a, b) => a.start - b.start);
      const lead = text.slice(Math.max(0, s - 10), s);
      // the object of a meeting word is someone else than its subject ("X tiếp ông"): the topic
      const object = /(?:tiếp|gặp|đón|với|cho|mời)\s+$/u.test(lead);
      const possessive = /(?:của|giữa|và)\s+$/u.test(lead);
      // ("Cùng ông Moon, ông tới thăm …": whom the subject went with, fronted, is not the subject)
      const along = !object && !possessive && ALONG_WITH_OPENING.test(text.slice(0, s));
      // ("Trước cuộc gặp với ông Trump, sáng 26/6, ông Modi … tại khách sạn nơi ông lưu trú": not whom a fronted clause names)
      const fronted = FRONTED_ABOUT.exec(text)?.[0].length ?? 0;
      // (with no one named after it, "Sáng 8/7, bên lề cuộc gặp với … Tusk và … Juncker, ông lên án …": whom the article is about)
      const subject = named.find((f) => f.start >= fronted) ?? (fronted ? undefined : named[0]);
      // ("Chiều 12/8, phát biểu tại câu lạc bộ golf của ông ở Bedminster, …, ông Trump lên án …": in a fronted clause naming no one, the subject named after it)
      const ahead = possessive && !named.length ? found.filter((f) => f.start > s && !f.person.source).sort((a, b) => a.start - b.start)[0] : undefined;
      const subjectAhead = ahead && SUBJECT_AFTER_COMMA.test(text.slice(s, ahead.start)) ? ahead : undefined;
      const person = object || along ? (named.some((f) => f.person === this.topic) ? null : this.topic)
        : (subjectAhead ?? (possessive ? named[named.length - 1] : subject))?.person ?? this.topic;
      if (!person) continue;
      found.push({ start: s, end: s + m[1].length, text: rawText.slice(s, s + m[1].length), person });
    }

    // 7a. "Cuộc điện đàm đầu tiên với Tổng thống Mỹ Donald Trump diễn ra tối 20/9": talks opening the sentence with
    // one side named are the other side's, who the article was just about
    const topic = this.topic;
    const talksWith = topic && text.startsWith('Cuộc') ? TALKS_WITH_OPENING.exec(text) : null;
    const sides = talksWith ? found.filter((f) => !f.person.source) : [];
    if (topic && talksWith && sides.length === 1 && sides[0].start >= talksWith[0].length && sides[0].person !== topic) {
      found.push({ start: 0, end: talksWith[1].length, text: rawText.slice(0, talksWith[1].length), person: topic });
    }

    // 7b. "gặp riêng với chủ nhà Kazakhstan ngay sau khi đến Astana": the host country, unnamed, stands for its head on the date
    if (words.has('chủ')) {
      for (const m of allMatches(HOST_COUNTRY, text)) {
        const at = (m.index ?? 0) + m[0].length;
        const c = countryAt(text, at);
        if (!c || /^\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3)) || overlapsFound(found, at, c.end)) continue;
        const head = headOf(c.code, date);
        if (head) found.push({ start: at, end: c.end, text: rawText.slice(at, c.end), person: this.remember(leaderPerson(head, head.name, date)) });
      }
    }

    // 7c. "… đã hội đàm với Quốc vương.": a bare title as the object of a meeting word is the one last named with it
    for (const m of allMatches(BARE_TITLE_OBJECT, text)) {
      const s = (m.index ?? 0) + m[0].length - m[1].length;
      // ("Ông Obama tiếp nhà vua tại Phòng Bầu dục": a monarch's title in lower case too)
      const office = OFFICES.find((o) => o.vi === m[1].charAt(0).toUpperCase() + m[1].slice(1));
      if (!office || overlapsFound(found, s, s + m[1].length)) continue;
      const here = new Set(found.map((f) => f.person));
      const person = [...this.order].reverse().find((p) => !p.source && !here.has(p) && sameRole(p.role, office.en));
      if (person) found.push({ start: s, end: s + m[1].length, text: rawText.slice(s, s + m[1].length), person });
    }

    // 8. "thượng đỉnh Mỹ - Triều", "cuộc gặp thượng đỉnh liên Triều": a summit named by its
    // countries is between their heads on the date.
    if ((words.has('thượng') || words.has('cấp')) && /thượng đỉnh|cấp cao/u.test(text)) {
      for (const m of allMatches(COUNTRY_PAIR, text)) {
        // ("nhất trí khuyến nghị tổ chức Hội nghị cấp cao ASEAN - Australia thường niên": a summit proposed is no one's yet)
        if (PROPOSED_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
        const at = m.index! + m[0].length - m[1].length;
        const codes = /^liên Triều$/u.test(m[1]) ? ['KR', 'KP'] : pairCodes(text, at, at + m[1].length);
        if (codes.length < 2) continue;
        for (const code of codes) {
          const head = headOf(code, date);
          if (head && !found.some((f) => f.person.key === personKey(head.name))) found.push({ start: at, end: at + m[1].length, text: rawText.slice(at, at + m[1].length), person: this.remember(leaderPerson(head, head.name, date)) });
        }
      }
    }

    // 9. "Theo ông Tillerson, …": the person the sentence is reported from is its source.
    const according = words.has('theo') ? /^(?:Theo|Cũng theo)\s+(?:(?:ông|bà)\s+)?[^,]{2,60},/u.exec(text) : null;
    if (according) {
      setSource(found, true, (f) => f.end <= according[0].length);
    }
    // ("…, theo ông Blinken.": told last, the same)
    const accordingAfter = words.has('theo') ? /,\s*(?:theo|cũng theo)\s+(?:(?:ông|bà)\s+)?[^,.;:]{2,60}[.!?"”]*\s*$/u.exec(text) : null;
    if (accordingAfter) {
      setSource(found, true, (f) => f.start >= accordingAfter.index);
    }

    // 10. "phái đoàn do Cố vấn an ninh quốc gia X dẫn đầu đã gặp …": an adviser heading a delegation takes part;
    // so does one in the chair of a meeting ("họp trực tuyến hôm 24/8 dưới sự chủ trì của Cố vấn An ninh Quốc gia Ấn Độ Ajit Doval")
    if (words.has('dẫn') || words.has('đứng')) {
      setSource(found, false, (f) => f.person.source && LEADS.test(text.slice(f.end, f.end + 20)));
    }
    if (words.has('trì')) setSource(found, false, (f) => f.person.source && CHAIRED_BY_BEFORE.test(text.slice(Math.max(0, f.start - 80), f.start)));

    // 11. "chia buồn về sự ra đi của nguyên Thủ tướng X": the one mourned takes no part
    if (words.has('ra') || words.has('linh') || words.has('tang') || words.has('tưởng')) {
      setSource(found, true, (f) => MOURNED.test(text.slice(Math.max(0, f.start - 50), f.start)));
    }

    // 12. "Người tiền nhiệm của ông Suga … thăm Hà Nội": the one before them in their office, from the gazetteer
    if (words.has('tiền')) {
      for (const f of [...found]) {
        const from = Math.max(0, f.start - 40);
        const before = PREDECESSOR_OF.exec(text.slice(from, f.start));
        const leader = before ? predecessorOf(f.person) : null;
        if (!before || !leader) continue;
        const start = from + before.index + before[0].indexOf(before[1]);
        setSource(found, true, (x) => x === f);
        this.add(found, rawText, start, start + before[1].length, leaderPerson(leader, leader.name, date));
      }
    }

    // 13. "được bầu làm thủ tướng …, thay ông Abe Shinzo": the one replaced takes no part
    if (words.has('thay') || words.has('nhiệm')) {
      setSource(found, true, (f) => REPLACED.test(text.slice(Math.max(0, f.start - 30), f.start)));
    }

    // 14. "sân bay quốc tế Nursultan Nazarbayev", "đại lộ Kwame Nkrumah": a place named after someone, not them
    for (let k = found.length - 1; k >= 0; k--) if (NAMED_AFTER_BEFORE.test(text.slice(Math.max(0, found[k].start - 24), found[k].start))) found.splice(k, 1);

    found.sort((a, b) => a.start - b.start || a.end - b.end);
    const actors = [...new Set(found.filter((f) => !f.person.source).map((f) => f.person))];
    this.sentences++;
    // (a pair with a figure of the past, "… câu nói của lãnh tụ Fidel Castro", is no pair "hai nhà lãnh đạo" next stands for)
    // ("Đây mới là chuyến thăm cấp nhà nước thứ hai mà ông Trump tổ chức …, sau lần đón Tổng thống Pháp Emmanuel Macron hồi tháng 4/2018":
    // one named at the earlier occasion a ranking sentence counts from is not of the pair "hai nhà lãnh đạo" next stands for)
    const rankedAgainst = STORY_PAIR.test(text) && found.some((f) => !f.person.source && EARLIER_OCCASION.test(text.slice(0, f.start)));
    if (actors.length === 2 && !rankedAgainst && !actors.some((x) => this.late.has(x) || diedBefore(x.name, date) || diedBefore(x.name, this.published))) {
      this.lastPair = actors;
      this.lastPairAt = this.sentences;
      this.lastPairLookedBack = FLASHBACK_OPENER.test(text);
      this.pairs = [...this.pairs.slice(-(PAIRS_KEPT - 1)), actors];
    } else if (actors.length === 1 && this.lastPairAt === this.sentences - 1 && this.lastPair.includes(actors[0])) {
      // ("… ông Trump gọi đề xuất của ông Macron là … Trong cuộc phỏng vấn …, ông Macron nói … Sáng 10.11, hai nhà
      // lãnh đạo …": a sentence about one of the pair just named keeps that pair the one "hai nhà lãnh đạo" stands for)
      this.lastPairAt = this.sentences;
    } else if (actors.length > 2) {
      this.groups = [...this.groups.slice(-(PAIRS_KEPT - 1)), actors];
      // ("Ông là … kể từ khi Tổng thống Mỹ Barack Obama và Chủ tịch Raúl Castro tuyên bố …. Tháng trước, hai nhà lãnh đạo …":
      // a pair joined by "và" among more people named is the pair "hai nhà lãnh đạo" next stands for)
      const joined = joinedPair(found, text);
      if (joined && !joined.some((x) => diedBefore(x.name, date) || diedBefore(x.name, this.published))) {
        this.lastPair = joined;
        this.lastPairAt = this.sentences;
        this.lastPairLookedBack = FLASHBACK_OPENER.test(text);
      }
    }
    // ("…, với sự có mặt của Thượng phụ … Bartholomew I, Giáo hoàng Francis kêu gọi …. Ông cũng kêu gọi …": not who was present)
    const present = PRESENT_AT.exec(text);
    const subject = present ? found.find((f) => !f.person.source && (f.start < present.index || f.start >= present.index + present[0].length))?.person : undefined;
    // (not one who died before it, named for a record: "… kỷ lục … trong thánh lễ của Giáo hoàng John Paul II")
    const living = actors.filter((a) => !diedBefore(a.name, date));
    if (living.length) this.topic = subject && living.includes(subject) ? subject : living[0];
    return found;
  }

  /**
   * Whom "hai nhà lãnh đạo" stands for: the pair named in the sentence right before; further on,
   * the pair named most often of late (the story's protagonists, not a pair named in passing:
   * "… nhằm nâng tỷ lệ ủng hộ ông Poroshenko"), the latest among equals.
   */
  /**
   * "… hai nước Ajit Doval và Nasser Khan Janjua": the holder named after "và" at `at`, of the
   * same office, when that is a full name and not a country's or a place's.
   */
  private addSecondHolder(found: PersonMention[], rawText: string, text: string, at: number, role: string | null, date: string | null, source: boolean): void {
    const and = /^\s+và\s+/u.exec(text.slice(at));
    const second = and ? NAME.exec(text.slice(at + and[0].length)) : null;
    if (!and || !second) return;
    const from = at + and[0].length;
    const name = second[1];
    if (NOT_NAMES.has(name.split(/\s/)[0]) || !name.includes(' ') || countryAt(text, from) || placeByName(name) || overlapsFound(found, from, from + name.length)) return;
    this.add(found, rawText, from, from + name.length, this.personForName(name, role, null, date, source));
  }

  /** "… Mỹ và Cuba" at `at`, right after a pair reference: the one named last of each state, when both were named. */
  private pairOfStates(text: string, at: number): Person[] | null {
    const first = stateAfter(text, at, /^\s+/u);
    if (!first) return null;
    const second = stateAfter(text, first.end, /^\s+và\s+/u);
    if (!second || first.code === second.code) return null;
    const last = (code: string) => [...this.order].reverse().find((p) => !p.source && p.country === code);
    const pair = [last(first.code), last(second.code)];
    return pair[0] && pair[1] ? (pair as Person[]) : null;
  }

  /** "… Mỹ" at `at`, right after a pair reference (and no second state): the two named last of that state, when two were. */
  private pairOfState(text: string, at: number): Person[] | null {
    const state = stateAfter(text, at, /^\s+/u);
    if (!state || /^\s+(?:và|với)\s/u.test(text.slice(state.end))) return null;
    const ofIt = this.order.filter((p) => !p.source && p.country === state.code && p.name.includes(' '));
    return ofIt.length >= 2 ? ofIt.slice(-2) : null;
  }

  /** The two people named last, each by a full name (not a seat's: "Phủ Tổng thống Kosyam"). */
  private lastTwoNamed(): Person[] {
    return this.order.filter((p) => !p.source && p.name.includes(' ')).slice(-2);
  }

  private protagonists(date?: string | null, leaders = false, men = false, story = false): Person[] {
    // ("Bà Akie Abe …, còn ông Abe …. Buổi tối cùng ngày, hai ông …": "hai ông" are two men)
    const ofWoman = (p: Person[]) => men && p.some((x) => this.women.has(x));
    // ("Ngoại trưởng Kang … hội đàm với người đồng cấp Vương Nghị. Đây là cuộc gặp thứ ba giữa hai nhà lãnh đạo": ministers are no leaders)
    // ("Trước đó, … ông đã hội đàm với Thủ tướng Shinzo Abe hôm 6/11. Đây là cuộc gặp trực tiếp thứ ba giữa hai nhà lãnh đạo": the story's pair, not one just named looking back)
    if (!(story && this.lastPairLookedBack) && this.lastPairAt === this.sentences && !ofWoman(this.lastPair) && !(leaders && this.lastPair.some((x) => MINISTER_ROLE.test(x.role ?? '')))) return this.lastPair;
    const key = (p: Person[]) => p.map((x) => x.key).sort().join('\u0000');
    // (not figures of the past told in passing: "… 56 năm sau ngày de Gaulle và Adenauer ký …. Tháng 6 năm ngoái, hai nhà lãnh đạo gặp nhau")
    // ("hai nhà lãnh đạo" are no pair with an ambassador in it: "… có … Đại sứ Việt Nam tại Myanmar Luận Thùy Dương")
    const pairs = this.pairs.filter((p) => !ofWoman(p) && !p.some((x) => diedBefore(x.name, date) || (leaders && x.role === 'Ambassador')));
    const count = new Map<string, number>();
    for (const p of pairs) count.set(key(p), (count.get(key(p)) ?? 0) + 1);
    const latest = pairs[pairs.length - 1] ?? this.lastPair;
    return [...pairs].reverse().reduce((best, p) => (count.get(key(p))! > (count.get(key(best)) ?? 0) ? p : best), latest);
  }

  /** A person named with an office: gazetteer by full name or surname, else a new person. */
  private personForName(name: string, role: string | null, country: string | null, date: string | null, source: boolean): Person {
    const leader = BY_KEY.get(personKey(name)) ?? FORMS.find(([f]) => f === name)?.[1] ?? BY_KEY_WITHOUT_ARTICLE.get(withoutArticle(personKey(name)));
    if (leader) return leaderPerson(leader, name, date, role ?? undefined);
    const prior = this.bySurname(name.split(/\s+/).pop()!) ?? (name.includes(' ') ? null : this.byGivenName(name));
    if (prior && (name.split(/\s+/).length === 1 || prior.key === personKey(name))) return prior;
    return { key: personKey(name), name, role: role || null, country, source };
  }
}

/** "khuyến nghị tổ chức Hội nghị ", "sẽ tổ chức ", "nhất trí tổ chức hội nghị ": a summit proposed, planned or agreed on, right after. */
const PROPOSED_BEFORE = /(?:khuyến nghị|đề nghị|đề xuất|kiến nghị|sẽ|dự kiến|nhất trí|đồng ý|thống nhất)\s+(?:việc\s+)?(?:sớm\s+)?tổ chức\s+(?:(?:Hội nghị|hội nghị|cuộc gặp|cuộc)\s+)?$/u;
/** "thượng đỉnh [lần thứ hai|đầu tiên] Mỹ - Triều", "… liên Triều". */
const COUNTRY_PAIR = /(?:thượng đỉnh|cấp cao)\s+(?:(?:lần thứ \S+|đầu tiên|thứ \S+|ba bên|hai bên|bốn bên)\s+)?(liên Triều|\p{Lu}[\p{L} ]{1,20}?(?:\s*[-–]\s*\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2}){1,3})/gu;

/** "Cuộc điện đàm đầu tiên với ": talks told as a noun opening a sentence, up to the one side it names. */
const TALKS_WITH_OPENING = /^(Cuộc (?:điện đàm|hội đàm|gặp|trò chuyện|gọi điện))(?:\s+(?:đầu tiên|trực tiếp|trực tuyến|qua điện thoại|kéo dài[^,.;]{0,20}?))*\s+với\s+/u;
/** The countries of "Mỹ - Triều", "Nga - Iran - Thổ Nhĩ Kỳ" (a bare "Triều" after a dash is North Korea). */
function pairCodes(text: string, start: number, end: number): string[] {
  const codes: string[] = [];
  let at = start;
  for (;;) {
    const c = countryAt(text, at)?.code ?? (codes.length && /^Triều(?!\s*Tiên)/u.test(text.slice(at)) ? 'KP' : null);
    if (!c || codes.includes(c)) return [];
    codes.push(c);
    const next = countryAt(text, at)?.end ?? at + 'Triều'.length;
    const dash = /^\s*[-–]\s*/u.exec(text.slice(next, end));
    if (!dash) break;
    at = next + dash[0].length;
  }
  return codes;
}

/**
 * The countries listed right after one ("Mỹ| và Pháp", "Mỹ|, Australia và Ấn Độ"): a list with
 * commas counts only when "và" closes it, as "Ngoại trưởng Mỹ, Nga …" may start an apposition.
 */
function countriesListedAt(text: string, at: number): Array<{ start: number; end: number; code: string }> {
  const listed: Array<{ start: number; end: number; code: string }> = [];
  for (;;) {
    const sep = /^(?:\s*,\s*|\s+và\s+)/u.exec(text.slice(at));
    const c = sep ? countryAt(text, at + sep[0].length) : null;
    if (!c) return [];
    listed.push({ start: c.start, end: c.end, code: c.code });
    if (sep![0].trim() === 'và') return listed;
    at = c.end;
  }
}

/** The offices of heads of state and government. */
const HEAD_ROLE = /^(?:President|Prime Minister|Chancellor|Premier)$/;
/** " và Chủ tịch ", " và người đồng cấp Italy ": only "và" and an office between two names. */
const AND_BETWEEN = /^\s+và\s+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}*\s+){0,6}$/u;
/** " tuyên bố", " đã ký": a verb right after a name, whose subject it is. */
const VERB_AFTER = /^\s+\p{Ll}/u;
/**
 * The last two people the sentence names one after the other by full name, with only "và" and an
 * office between them and a verb after: the pair the sentence names as its subject (also with someone
 * named after it: "Putin và người đồng cấp … Erdogan đã điện đàm …, vài giờ sau khi Đại sứ … Karlov bị bắn chết").
 */
function joinedPair(found: PersonMention[], text: string): Person[] | null {
  const actors = found.filter((f) => !f.person.source);
  for (let k = actors.length - 1; k > 0; k--) {
    const [a, b] = [actors[k - 1], actors[k]];
    if (a.person === b.person || !a.person.name.includes(' ') || !b.person.name.includes(' ')) continue;
    if (AND_BETWEEN.test(text.slice(a.end, b.start)) && VERB_AFTER.test(text.slice(b.end, b.end + 4))) return [a.person, b.person];
  }
  return null;
}

/** The state named at `at`, right after what `gap` matches there (" ", " và "), or null. */
function stateAfter(text: string, at: number, gap: RegExp): CountryMention | null {
  const m = gap.exec(text.slice(at));
  return m ? countryAt(text, at + m[0].length) : null;
}

/** Offices below a leader's: "hai nhà lãnh đạo" does not stand for their holders. */
const MINISTER_ROLE = /(?<!Prime |Chief |First )Minister|Secretary of State|Ambassador/;
/** Who led a country on a date: its president, else its prime minister, else its supreme leader. */
function headOf(code: string, date: string | null): Leader | null {
  for (const role of ['President', 'Prime Minister', 'Supreme Leader']) {
    const h = holderOf(role, code, date);
    if (h) return h;
  }
  return null;
}

/** "hội đàm với Quốc vương.", "tiếp Tổng thống tại …": a title alone, no name after it, as the object of a meeting word (group 1). */
const BARE_TITLE_OBJECT = /(?:^|\s)(?:tiếp|gặp|đón|với|hội kiến)\s+(Tổng thống|Thủ tướng|[Qq]uốc vương|[Nn]hà vua|Tiểu vương|Thái tử|[Gg]iáo hoàng|[Nn]ữ hoàng)(?=\s*[,.;]|\s+(?:tại|ở|về|và|hôm|ngày|sáng|chiều|tối|trong|nhân)(?!\p{L}))/gu;
/** "(với) chủ nhà " right before a country's name: the host country's head, unnamed. */
const HOST_COUNTRY = /(?:^|\s)(?:với|gặp|và)\s+(?:nước\s+)?chủ nhà\s+(?=\p{Lu})/gu;
/** "Cựu Thủ tướng ", "cố Tổng thống Mỹ ": a former or late holder's office right before a name (not "cố vấn", "nguyên thủ"). */
const FORMER_BEFORE = /(?:^|[^\p{L}])(?:[Cc]ựu|[Cc]ố(?!\s+(?:vấn|gắng))|[Nn]guyên(?!\s+(?:thủ|nhân|tắc|vẹn|liệu|đơn|văn)))\s+(?:(?:\p{Lu}|tướng|trưởng|tịch|thống|thư|ký|bí|vương|hoàng)[^\s,.;]*\s+){1,5}$/u;
/** "(Chủ tịch) hội nghị", "(Chủ tịch) luân phiên": a title of a meeting's or a body's chair after an office word. */
const CHAIR_OF_BODY = /^\s+(?:hội nghị|phiên họp|cuộc họp|kỳ họp|luân phiên|ủy ban|hội đồng)(?!\p{L})/u;
/** "Hội đồng thông qua Tuyên bố của Chủ tịch về …": a document named for a council's chair, no person. */
const DOCUMENT_OF_TITLE = /(?:^|[^\p{L}])Tuyên bố(?:\s+của)?\s+$/u;
/** The roles of those a Korean family name alone calls (see bySurname): the country's leader. */
const CALLED_BY_FAMILY_NAME = /^(?:President|Prime Minister|Supreme Leader|Chairman)$/u;
/** "Hussein bin ", "Mohammed ibn ": "son of" before a father's name that ends an Arab name. */
const PATRONYM_BEFORE = /\s(?:bin|ibn|bint)\s$/u;
/** Heads of state and government are named by surname alone without ambiguity in the press. */
function isHeadOfGovernment(l: Leader): boolean {
  return l.terms.some((t) => /^(President|Prime Minister|Chancellor|Supreme Leader)$/.test(t.role));
}
