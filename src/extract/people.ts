/**
 * People in Vietnamese news: world leaders from a gazetteer (`knowledge/leaders.json`, with
 * terms of office and Vietnamese forms such as "Tập Cận Bình"), office-and-name patterns for
 * everyone else ("Tổng Thư ký NATO Jens Stoltenberg", "người đồng cấp Italy Sergio
 * Mattarella"), and the ways an article refers back to them ("ông Obama", "Nhà lãnh đạo Mỹ",
 * "Ông chủ Nhà Trắng", "hai nhà lãnh đạo"). Spokespeople, advisers and officials are marked as
 * sources: they tell of an event, they do not take part in it.
 */
import leadersData from './knowledge/leaders.json' with { type: 'json' };
import { countryAt } from './countries.js';
import { PhraseIndex } from './phrase-index.js';

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

/** Vietnamese office titles → English role; `source` marks people who speak for others. */
const OFFICES: { vi: string; en: string; source?: boolean }[] = [
  { vi: 'Tổng thống đắc cử', en: 'President-elect' },
  { vi: 'ứng viên tổng thống', en: 'Presidential candidate' },
  { vi: 'ứng cử viên tổng thống', en: 'Presidential candidate' },
  { vi: 'Phó Tổng thống', en: 'Vice President' },
  { vi: 'Tổng thống', en: 'President' },
  { vi: 'Phó Thủ tướng', en: 'Deputy Prime Minister' },
  { vi: 'Thủ tướng', en: 'Prime Minister' },
  { vi: 'Tổng Bí thư', en: 'General Secretary' },
  { vi: 'Chủ tịch nước', en: 'President' },
  { vi: 'Chủ tịch Quốc hội', en: 'Chairman of the National Assembly' },
  { vi: 'Chủ tịch Hạ viện', en: 'Speaker' },
  { vi: 'Chủ tịch', en: 'President' },
  { vi: 'Bộ trưởng Ngoại giao', en: 'Foreign Minister' },
  { vi: 'Ngoại trưởng', en: 'Foreign Minister' },
  { vi: 'Bộ trưởng Quốc phòng', en: 'Defence Minister' },
  { vi: 'Bộ trưởng Thương mại', en: 'Commerce Minister' },
  { vi: 'Bộ trưởng Tài chính', en: 'Finance Minister' },
  { vi: 'Bộ trưởng Tư pháp', en: 'Justice Minister' },
  { vi: 'Bộ trưởng Nội vụ', en: 'Interior Minister' },
  { vi: 'Bộ trưởng An ninh Nội địa', en: 'Homeland Security Secretary' },
  { vi: 'Bộ trưởng Năng lượng', en: 'Energy Minister' },
  { vi: 'Bộ trưởng Y tế', en: 'Health Minister' },
  { vi: 'Đại diện Thương mại', en: 'Trade Representative' },
  { vi: 'Bộ trưởng', en: 'Minister' },
  { vi: 'Tổng Thư ký', en: 'Secretary General' },
  { vi: 'Quốc vương', en: 'King' },
  { vi: 'Nhà vua', en: 'King' },
  { vi: 'Nữ hoàng', en: 'Queen' },
  { vi: 'Thái tử', en: 'Crown Prince' },
  { vi: 'Hoàng tử', en: 'Prince' },
  { vi: 'Thượng nghị sĩ', en: 'Senator' },
  { vi: 'Đại sứ', en: 'Ambassador' },
  { vi: 'Nhà lãnh đạo', en: 'Leader' },
  { vi: 'người đồng cấp', en: '' },
  { vi: 'người đồng nhiệm', en: '' },
  { vi: 'Người phát ngôn', en: 'Spokesperson', source: true },
  { vi: 'phát ngôn viên', en: 'Spokesperson', source: true },
  { vi: 'Phó cố vấn an ninh quốc gia', en: 'Deputy National Security Advisor', source: true },
  { vi: 'Cố vấn an ninh quốc gia', en: 'National Security Advisor', source: true },
  { vi: 'Cố vấn an ninh', en: 'Security Adviser', source: true },
  { vi: 'cố vấn', en: 'Adviser', source: true },
  { vi: 'Trợ lý', en: 'Aide', source: true },
  { vi: 'quan chức', en: 'Official', source: true },
  { vi: 'Thư ký báo chí', en: 'Press Secretary', source: true },
];

/** Roles in the gazetteer that speak for others. */
const SOURCE_ROLES = /spokesperson|adviser|advisor|aide|press secretary|official/i;

/** Capitalised words that start a phrase, never a personal name. */
const NOT_NAMES = new Set(
  'Nhà Hội Bộ Tổng Thủ Ngoại Ông Bà Hai Các Những Tại Trong Theo Sau Trước Cùng Ngày Hôm Tháng Năm Đài Hãng Liên Ủy Quốc Phó Người Tuy Khi Về Với Và Cũng Đồng Bên Thượng Điện Lầu Văn Đại Chính Phủ Tòa Hạ Thành Chủ Nhóm Trụ Công Tuần Lễ Ban Đảng Cơ Tổ Lực Nhân Hiện Lãnh'.split(' '),
);

/** One name word: capitalised Latin (Vietnamese letters included), hyphenated parts allowed. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*\.?`;
/** Lower-case particles inside foreign names: "Jean-Yves le Drian", "Ursula von der Leyen". */
const PARTICLE = String.raw`(?:le|la|de|da|di|du|van|von|der|al|bin|el)`;
const NAME = new RegExp(String.raw`^(${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,3})`, 'u');

/** "Yuri Ushakov, cố vấn đối ngoại…": a name in apposition to a role that speaks for others. */
const SOURCE_APPOSITION = new RegExp(String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){1,3}),\s+(?:người phát ngôn|phát ngôn viên|cố vấn|trợ lý|quan chức)`, 'gu');
/** "ông Obama", "bà Merkel". */
const TITLED_NAME = new RegExp(String.raw`(?:ông|bà|Ông|Bà)\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`, 'gu');

/**
 * "ông"/"bà" standing alone for a person: followed by a lower-case word (a verb, "cũng", "đã"),
 * a comma or the end, and not part of a compound ("ông chủ", "bà con", "đàn ông", "hai ông").
 */
const PRONOUN = /(?:^|[^\p{L}])(?<!(?:hai|các|những|2|đàn|người|đàn)\s)((?:[ôÔ]ng|[bB]à)(?:\s+(?:ấy|ta))?)(?=\s*[,.;:!?]|\s+(?!(?:chủ|con|bà|ông|cụ|nội|ngoại|già|lão|trùm|hoàng|mẹ|cha|bầu|nói\s+gì)(?!\p{L}))\p{Ll}|\s*$)/gu;
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
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  return /\p{L}/u.test(String.fromCodePoint(text.codePointAt(i)!));
}
/** "Ông chủ Nhà Trắng", "chủ nhân Điện Kremlin": the head of state. */
const HEAD_OF_HOUSE = /(?:[Ôô]ng chủ|[Cc]hủ nhân|[Ll]ãnh đạo)\s+(Nhà Trắng|Điện Kremlin)/gu;
/** "hai nhà lãnh đạo", "hai ông", "2 nhà lãnh đạo": the pair last named. */
const PAIR_REF = /(?:^|[^\p{L}])((?:[Hh]ai|2)\s+(?:nhà lãnh đạo|ông|bà|tổng thống|nguyên thủ|ngoại trưởng|bộ trưởng|thủ tướng|bên))(?!\p{L})/u;
/** Words that make the office title after them part of a building's or an office's name. */
const SEAT_BEFORE = /(?:^|[^\p{L}])(?:[Pp]hủ|[Dd]inh|[Vv]ăn phòng|[Cc]ung|[Tt]òa)\s+$/u;

const LETTER = /\p{L}/u;
const isWordStart = (text: string, i: number) => i === 0 || !LETTER.test(text[i - 1]);
const isWordEnd = (text: string, i: number) => i >= text.length || !LETTER.test(text[i]);

/** All gazetteer forms, longest first: [form, leader, needs a title]. */
const FORMS: [string, Leader, boolean][] = LEADERS.flatMap((l) => [
  ...[l.name, ...(l.vi ?? []), ...l.aliases].map((f): [string, Leader, boolean] => [f, l, false]),
  ...(l.titled ?? []).map((f): [string, Leader, boolean] => [f, l, true]),
]).sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/** The same forms indexed by first word, so a sentence is scanned once, not once per form. */
const FORM_INDEX = new PhraseIndex<[Leader, boolean]>(FORMS.map(([f, l, t]) => [f, [l, t]]));

/** Office titles lower-cased once, for suffix tests. */
const OFFICES_LOWER = OFFICES.map((o): [(typeof OFFICES)[number], string] => [o, o.vi.toLowerCase()]);

/** The first word of each office title, lower-cased. */
const OFFICE_FIRST = OFFICES_LOWER.map(([, low]) => low.split(' ')[0]);

const BY_KEY = new Map(LEADERS.map((l) => [personKey(l.name), l]));

/** The office a leader held on `date` (or their latest one when the date is unknown). */
export function termOn(leader: Leader, date: string | null): Term | null {
  if (!leader.terms.length) return null;
  if (date) {
    const held = leader.terms.find((t) => t.from.slice(0, date.length) <= date && (!t.to || date <= t.to));
    if (held) return held;
  }
  return leader.terms[leader.terms.length - 1];
}

/** Who held `role` for `country` on `date`, from the gazetteer. */
export function holderOf(role: string, country: string, date: string | null): Leader | null {
  if (!date) return null;
  const want = role === 'Foreign Minister' ? /foreign minister|secretary of state/i : new RegExp(`^${role}$`, 'i');
  const hits = LEADERS.filter((l) => l.terms.some((t) => t.country === country && want.test(t.role) && t.from <= date && (!t.to || date <= t.to)));
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

/** The office title that ends exactly at `end` in `text`, if any. */
function officeBefore(text: string, end: number): (typeof OFFICES)[number] | null {
  const before = text.slice(Math.max(0, end - 40), end).replace(/\s+$/, '').toLowerCase();
  for (const [o, lower] of OFFICES_LOWER) if (before.endsWith(lower)) return o;
  return null;
}

/**
 * Everything known about the people of one article, sentence after sentence: who has been
 * named, under which country, and who the last pair of protagonists was ("hai nhà lãnh đạo").
 */
export class ArticlePeople {
  private readonly known = new Map<string, Person>();
  private order: Person[] = [];
  private lastPair: Person[] = [];
  /** Who the last sentence naming someone was about: "ông"/"bà" alone refers back to them. */
  private topic: Person | null = null;

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

  /** The latest person named with this surname (last word of the name). */
  private bySurname(word: string): Person | null {
    const k = personKey(word);
    for (let i = this.order.length - 1; i >= 0; i--) {
      const p = this.order[i];
      if (p.key === k || p.key.endsWith(' ' + k)) return p;
    }
    return null;
  }

  /** The latest named person from `country`, optionally in `role`. */
  private byCountry(country: string, role?: string): Person | null {
    for (let i = this.order.length - 1; i >= 0; i--) {
      const p = this.order[i];
      if (p.country === country && !p.source && (!role || p.role === role)) return p;
    }
    return null;
  }

  /**
   * The people named or referred to in one sentence, left to right. `date` (the sentence's or
   * the document's, ISO) picks offices from the gazetteer. Offsets are relative to `text`.
   */
  inSentence(rawText: string, date: string | null): PersonMention[] {
    // Brackets only wrap names here ("Tổng thống (Obama)", "Ngoại trưởng [John] Kerry").
    const text = rawText.replace(/[()[\]]/g, ' ');
    const lowered = text.toLowerCase();
    // lower-cased letter for letter, for comparisons at offsets of `text`
    const same = lowered.length === text.length ? lowered : [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
    // the sentence's words, lower-cased: most patterns below need one of a few words to match at all
    const words = wordsOf(same);
    const found: PersonMention[] = [];
    const taken = (s: number, e: number) => found.some((m) => s < m.end && m.start < e);
    const add = (start: number, end: number, person: Person) => {
      if (taken(start, end)) return;
      found.push({ start, end, text: rawText.slice(start, end), person: this.remember(person) });
    };

    // 1. Gazetteer names: at each word start, the longest form whose conditions hold.
    for (const i of PhraseIndex.wordStarts(text)) {
      for (const { end, text: form, value: [leader, needsTitle] } of FORM_INDEX.candidatesAt(text, i)) {
        if (!isWordStart(text, i) || !isWordEnd(text, end) || taken(i, end)) continue;
        const single = !form.includes(' ');
        const titled = !!officeBefore(text, i) || /(?:ông|bà|Ông|Bà)\s+$/u.test(text.slice(Math.max(0, i - 5), i));
        const known = this.known.has(personKey(leader.name));
        if (needsTitle && !titled) continue;
        if (single && form !== leader.name && !titled && !known && !isHeadOfGovernment(leader)) continue;
        // "Tổng thống Liban Michel Aoun": a short form that is only the start of another name
        if (single && /^\s+\p{Lu}[\p{Ll}]/u.test(text.slice(end, end + 3)) && !NOT_NAMES.has(/^\s+(\S+)/u.exec(text.slice(end))![1])) continue;
        add(i, end, leaderPerson(leader, form, date, officeBefore(text, i)?.en));
        break;
      }
    }

    // 2. Office [country] [,] [ông|bà] Name — people not in the gazetteer, and surnames.
    // most offices share a first word with others ("Bộ trưởng …", "Tổng …"): test it once
    for (let k = 0; k < OFFICES.length; k++) {
      const [office, officeLow] = OFFICES_LOWER[k];
      if (!words.has(OFFICE_FIRST[k]) || !lowered.includes(officeLow)) continue;
      for (let at = same.indexOf(officeLow); at >= 0; at = same.indexOf(officeLow, at + officeLow.length)) {
        const m = [text.slice(at, at + officeLow.length)];
        if (!isWordStart(text, at) || !isWordEnd(text, at + m[0].length)) continue;
        // A longer office already covers this spot ("Phó Tổng thống" over "Tổng thống").
        if (found.some((f) => f.start <= at && at < f.end)) continue;
        // "Phủ Tổng thống Istana", "Văn phòng Thủ tướng": a building or an office, not a person.
        if (SEAT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
        if (OFFICES_LOWER.some(([o, low]) => o !== office && low.length > officeLow.length && low.endsWith(officeLow) && same.endsWith(low, at + m[0].length))) continue;
        // …or starts here ("Bộ trưởng Thương mại" over "Bộ trưởng")
        if (OFFICES_LOWER.some(([o, low]) => o !== office && low.length > officeLow.length && same.startsWith(low, at) && isWordEnd(text, at + low.length))) continue;
        let i = at + m[0].length;
        let country: string | null = null;
        const sp = /^\s+/.exec(text.slice(i));
        if (sp) {
          const c = countryAt(text, i + sp[0].length);
          if (c) {
            country = c.code;
            i = c.end;
          }
        }
        const rest = text.slice(i);
        const lead = /^(?:\s*,)?\s+(?:(?:ông|bà)\s+)?/u.exec(rest);
        const nameMatch = lead ? NAME.exec(rest.slice(lead[0].length)) : null;
        const role = office.en || null;
        const nameAt = lead ? i + lead[0].length : -1;
        // "các nhà lãnh đạo G7", "Su-24": a capital glued to a number is a code, not a name.
        const code = nameMatch && /^[-\d]/.test(rest.slice(lead![0].length + nameMatch[1].length));
        if (nameMatch && !code && !NOT_NAMES.has(nameMatch[1].split(/\s/)[0]) && !/^\p{Lu}{2,}$/u.test(nameMatch[1]) && !countryAt(text, nameAt)) {
          const name = nameMatch[1].replace(/\.$/, '').replace(/\s+/g, ' ');
          const start = i + lead![0].length;
          if (!taken(start, start + name.length)) {
            const person = this.personForName(name, role, country, date, !!office.source);
            add(start, start + nameMatch[1].replace(/\.$/, '').length, person);
          }
          continue;
        }
        // A bare title as a subject ("Cùng ngày, Thủ tướng đã gặp …"): the one holder of it the article has named.
        if (!country && !office.source && role && role !== 'Leader' && /^\s+\p{Ll}/u.test(rest) && /^[A-ZĐÂƯÔƠÊĂ]/u.test(m[0])) {
          const holders = this.order.filter((p) => p.role === role && !p.source);
          if (holders.length === 1) add(at, i, holders[0]);
          continue;
        }
        // No name: "Nhà lãnh đạo Mỹ", "người đồng cấp Thổ Nhĩ Kỳ", "Bộ trưởng Quốc phòng Mỹ".
        if (country && !office.source) {
          const roleForLookup = role && role !== 'Leader' ? role : undefined;
          // A named office must match the office ("Bộ trưởng Quốc phòng Mỹ" is not Obama).
          const prior = roleForLookup ? this.byCountry(country, roleForLookup) : this.byCountry(country);
          const holder = !prior && roleForLookup ? holderOf(roleForLookup, country, date) : null;
          const person = prior ?? (holder ? leaderPerson(holder, holder.name, date) : null);
          if (person) add(at, i, person);
          // "Bộ trưởng Quốc phòng Mỹ và Pháp": the same office for a second country.
          const also = /^\s+và\s+/u.exec(text.slice(i));
          const second = also ? countryAt(text, i + also[0].length) : null;
          if (second && roleForLookup) {
            const p2 = this.byCountry(second.code, roleForLookup) ?? (() => {
              const h = holderOf(roleForLookup, second.code, date);
              return h ? leaderPerson(h, h.name, date) : null;
            })();
            if (p2) add(second.start, second.end, p2);
          }
        }
      }
    }

    // 3. "Ông chủ Nhà Trắng", "lãnh đạo Nhà Trắng", "chủ nhân Điện Kremlin": the head of state.
    for (const m of words.has('trắng') || words.has('kremlin') ? text.matchAll(HEAD_OF_HOUSE) : []) {
      const country = m[1] === 'Nhà Trắng' ? 'US' : 'RU';
      const person = this.byCountry(country, 'President') ?? (() => {
        const h = holderOf('President', country, date);
        return h ? leaderPerson(h, h.name, date) : null;
      })();
      if (person) add(m.index!, m.index! + m[0].length, person);
    }

    // 4. Appositions that make a named person a source: "Yuri Ushakov, cố vấn đối ngoại…".
    for (const m of (words.has('phát') || words.has('cố') || words.has('trợ') || words.has('quan')) && /phát ngôn|cố vấn|trợ lý|quan chức/u.test(text) ? text.matchAll(SOURCE_APPOSITION) : []) {
      if (NOT_NAMES.has(m[1].split(/\s/)[0]) || taken(m.index!, m.index! + m[1].length)) continue;
      add(m.index!, m.index! + m[1].length, { ...this.personForName(m[1], null, null, date, true), source: true });
    }

    // 5. "ông X" / "bà X" for a surname already met in the article.
    const mister = words.has('ông') || words.has('bà');
    for (const m of mister ? text.matchAll(TITLED_NAME) : []) {
      const s = m.index! + m[0].length - m[1].length;
      if (taken(s, s + m[1].length) || NOT_NAMES.has(m[1].split(/\s/)[0])) continue;
      const p = this.bySurname(m[1].split(/\s+/).pop()!);
      if (p) add(s, s + m[1].length, p);
    }

    // 6. "hai nhà lãnh đạo", "hai ông", "hai tổng thống", "2 nhà lãnh đạo": the last pair.
    const pairRef = words.has('hai') || text.includes('2') ? PAIR_REF.exec(text) : null;
    // unless the sentence has already named two people before it ("Obama gặp Putin. Hai ông…" is the pair)
    const actorsSoFar = new Set(found.filter((f) => !f.person.source && (!pairRef || f.start < pairRef.index!)).map((f) => f.person));
    if (pairRef && this.lastPair.length === 2 && actorsSoFar.size < 2) {
      const s = pairRef.index! + pairRef[0].length - pairRef[1].length;
      for (const p of this.lastPair) if (!found.some((f) => f.person === p)) found.push({ start: s, end: s + pairRef[1].length, text: rawText.slice(s, s + pairRef[1].length), person: p });
    }

    // 7. "ông"/"bà" alone, as a subject or object ("Hôm sau, ông tới Kiev", "cuộc điện đàm giữa
    // ông và …"): the sentence's own subject named before it, else who the article was just about.
    for (const m of mister ? text.matchAll(PRONOUN) : []) {
      const s = m.index! + m[0].length - m[1].length;
      if (taken(s, s + m[1].length)) continue;
      // after "của", "với", "giữa" it is the person just named ("… Shinzo Abe, nhân chuyến thăm của
      // ông"); elsewhere the sentence's subject
      const named = found.filter((f) => f.end <= s && !f.person.source).sort((a, b) => a.start - b.start);
      const lead = text.slice(Math.max(0, s - 10), s);
      // the object of a meeting word is someone else than its subject ("X tiếp ông"): the topic
      const object = /(?:tiếp|gặp|đón|với|cho|mời)\s+$/u.test(lead);
      const possessive = /(?:của|giữa|và)\s+$/u.test(lead);
      const person = object ? (named.some((f) => f.person === this.topic) ? null : this.topic)
        : (possessive ? named[named.length - 1] : named[0])?.person ?? this.topic;
      if (!person) continue;
      found.push({ start: s, end: s + m[1].length, text: rawText.slice(s, s + m[1].length), person });
    }

    // 8. "thượng đỉnh Mỹ - Triều", "cuộc gặp thượng đỉnh liên Triều": a summit named by its
    // countries is between their heads on the date.
    if ((words.has('thượng') || words.has('cấp')) && /thượng đỉnh|cấp cao/u.test(text)) {
      for (const m of text.matchAll(COUNTRY_PAIR)) {
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
      for (const [i, f] of found.entries()) if (f.end <= according[0].length) found[i] = { ...f, person: { ...f.person, source: true } };
    }

    found.sort((a, b) => a.start - b.start || a.end - b.end);
    const actors = [...new Set(found.filter((f) => !f.person.source).map((f) => f.person))];
    if (actors.length === 2) this.lastPair = actors;
    if (actors.length) this.topic = actors[0];
    return found;
  }

  /** A person named with an office: gazetteer by full name or surname, else a new person. */
  private personForName(name: string, role: string | null, country: string | null, date: string | null, source: boolean): Person {
    const leader = BY_KEY.get(personKey(name)) ?? FORMS.find(([f]) => f === name)?.[1];
    if (leader) return leaderPerson(leader, name, date, role ?? undefined);
    const prior = this.bySurname(name.split(/\s+/).pop()!);
    if (prior && (name.split(/\s+/).length === 1 || prior.key === personKey(name))) return prior;
    return { key: personKey(name), name, role: role || null, country, source };
  }
}

/** "thượng đỉnh [lần thứ hai|đầu tiên] Mỹ - Triều", "… liên Triều". */
const COUNTRY_PAIR = /(?:thượng đỉnh|cấp cao)\s+(?:(?:lần thứ \S+|đầu tiên|thứ \S+|ba bên|hai bên|bốn bên)\s+)?(liên Triều|\p{Lu}[\p{L} ]{1,20}?(?:\s*[-–]\s*\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2}){1,3})/gu;

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

/** Who led a country on a date: its president, else its prime minister, else its supreme leader. */
function headOf(code: string, date: string | null): Leader | null {
  for (const role of ['President', 'Prime Minister', 'Supreme Leader']) {
    const h = holderOf(role, code, date);
    if (h) return h;
  }
  return null;
}

/** Heads of state and government are named by surname alone without ambiguity in the press. */
function isHeadOfGovernment(l: Leader): boolean {
  return l.terms.some((t) => /^(President|Prime Minister|Chancellor|Supreme Leader)$/.test(t.role));
}
