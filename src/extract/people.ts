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

/** Office patterns, compiled once. */
const OFFICE_RES: [(typeof OFFICES)[number], RegExp][] = OFFICES.map((o) => [o, new RegExp(escape(o.vi), 'giu')]);

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
        add(i, end, leaderPerson(leader, form, date, officeBefore(text, i)?.en));
        break;
      }
    }

    // 2. Office [country] [,] [ông|bà] Name — people not in the gazetteer, and surnames.
    for (const [office, re] of OFFICE_RES) {
      if (!lowered.includes(OFFICES_LOWER[OFFICES.indexOf(office)][1])) continue;
      for (const m of text.matchAll(re)) {
        const at = m.index!;
        if (!isWordStart(text, at) || !isWordEnd(text, at + m[0].length)) continue;
        // A longer office already covers this spot ("Phó Tổng thống" over "Tổng thống").
        if (found.some((f) => f.start <= at && at < f.end)) continue;
        if (OFFICES.some((o) => o !== office && o.vi.length > office.vi.length && o.vi.toLowerCase().endsWith(office.vi.toLowerCase()) && text.slice(0, at + m[0].length).toLowerCase().endsWith(o.vi.toLowerCase()))) continue;
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
    for (const m of text.matchAll(/(?:[Ôô]ng chủ|[Cc]hủ nhân|[Ll]ãnh đạo)\s+(Nhà Trắng|Điện Kremlin)/gu)) {
      const country = m[1] === 'Nhà Trắng' ? 'US' : 'RU';
      const person = this.byCountry(country, 'President') ?? (() => {
        const h = holderOf('President', country, date);
        return h ? leaderPerson(h, h.name, date) : null;
      })();
      if (person) add(m.index!, m.index! + m[0].length, person);
    }

    // 4. Appositions that make a named person a source: "Yuri Ushakov, cố vấn đối ngoại…".
    for (const m of /phát ngôn|cố vấn|trợ lý|quan chức/u.test(text) ? text.matchAll(SOURCE_APPOSITION) : []) {
      if (NOT_NAMES.has(m[1].split(/\s/)[0]) || taken(m.index!, m.index! + m[1].length)) continue;
      add(m.index!, m.index! + m[1].length, { ...this.personForName(m[1], null, null, date, true), source: true });
    }

    // 5. "ông X" / "bà X" for a surname already met in the article.
    for (const m of /[ôÔ]ng|[bB]à/u.test(text) ? text.matchAll(TITLED_NAME) : []) {
      const s = m.index! + m[0].length - m[1].length;
      if (taken(s, s + m[1].length) || NOT_NAMES.has(m[1].split(/\s/)[0])) continue;
      const p = this.bySurname(m[1].split(/\s+/).pop()!);
      if (p) add(s, s + m[1].length, p);
    }

    // 6. "hai nhà lãnh đạo", "hai ông", "hai tổng thống", "2 nhà lãnh đạo": the last pair.
    const pairRef = /(?:^|[^\p{L}])((?:[Hh]ai|2)\s+(?:nhà lãnh đạo|ông|bà|tổng thống|nguyên thủ|ngoại trưởng|bộ trưởng|thủ tướng|bên))(?!\p{L})/u.exec(text);
    const actorsSoFar = new Set(found.filter((f) => !f.person.source).map((f) => f.person));
    if (pairRef && this.lastPair.length === 2 && actorsSoFar.size < 2) {
      const s = pairRef.index! + pairRef[0].length - pairRef[1].length;
      for (const p of this.lastPair) if (!found.some((f) => f.person === p)) found.push({ start: s, end: s + pairRef[1].length, text: rawText.slice(s, s + pairRef[1].length), person: p });
    }

    found.sort((a, b) => a.start - b.start || a.end - b.end);
    const actors = [...new Set(found.filter((f) => !f.person.source).map((f) => f.person))];
    if (actors.length === 2) this.lastPair = actors;
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

/** Heads of state and government are named by surname alone without ambiguity in the press. */
function isHeadOfGovernment(l: Leader): boolean {
  return l.terms.some((t) => /^(President|Prime Minister|Chancellor|Supreme Leader)$/.test(t.role));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
