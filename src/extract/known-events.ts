/**
 * Well-known dated world events of 2015–2022 (`knowledge/known-events.json`: attacks, state
 * visits, agreements, coups, referendums… each with a source) and where an article without a
 * date header speaks of one. Used only to tell the year of writing: an article that states a
 * day/month (or a month) on which a known event fell, with at least two independent cues of
 * that event in the same paragraph (two of its people, or a person or place and a keyword…),
 * is about that year. No event is ever created from the list: events come from the text.
 *
 * Like `summits.ts` (a series name ranked by the city, country, ordinal and dates around it),
 * but from the other end: the dates are found first, and the cues are looked up with a phrase
 * index only in the stretch of text around each date.
 */
import data from './knowledge/known-events.json' with { type: 'json' };
import leaders from './knowledge/leaders.json' with { type: 'json' };
import { PhraseIndex } from './phrase-index.js';
import { isLetterOrDigitUnit as isWordUnit } from './word-chars.js';
import type { TimeExpression } from './time-expressions.js';

/** One event of the list. */
export interface KnownEvent {
  /** English name, for explanations. */
  name: string;
  /** (First) day, ISO. */
  date: string;
  /** Last day of a multi-day event, ISO. */
  end?: string;
  type: string;
  /** Canonical Latin names (as in leaders.json, whose aliases and Vietnamese forms count too). */
  people: string[];
  /** Written forms of people not in leaders.json ("Lưu Hạc" for Liu He). */
  aliases?: Record<string, string[]>;
  /** Vietnamese and English place names. */
  places: string[];
  /** Vietnamese words an article about the event would contain. */
  keywords: string[];
  /** Where the facts come from (Wikipedia article URL). */
  source: string;
}

/** A known event an article speaks of, with what showed it. */
export interface KnownEventMatch {
  event: KnownEvent;
  /** The year the mention puts the writing in: the event's (that of its first day), or the next for a date said of last year ("tháng 5 năm ngoái"). */
  year: number;
  /** Whether a stated day falls on the event (±1 day, for time zones) or only a month. */
  dated: 'day' | 'month';
  /** The date mention, as written ("15/3", "tháng 5"). */
  dateText: string;
  /** Offset of the date mention in the text. */
  start: number;
  /** The cue words found near it, as written ("Christchurch", "nhà thờ Hồi giáo"). */
  cues: string[];
}

/** Every event of the list. */
export const KNOWN_EVENTS: readonly KnownEvent[] = data.events as KnownEvent[];

/** Independent cues an event needs around a date mention before it counts. */
export const MIN_CUES = 2;
/** A month alone fits a dozen times more days: it needs a third cue, or a keyword among two. */
export const MIN_CUES_MONTH = 3;
/** How far around a date mention (within its paragraph) cues are looked for. */
const WINDOW = 200;

type CueKind = 'person' | 'place' | 'keyword';
interface Cue { event: number; kind: CueKind; id: string }

interface LeaderForms { name: string; aliases?: string[]; vi?: string[]; terms: Array<{ country: string }> }
const LEADER_FORMS = new Map((leaders as LeaderForms[]).map((l) => [l.name, [l.name, ...(l.aliases ?? []), ...(l.vi ?? [])]]));
const ALL_LEADER_FORMS = new Set([...LEADER_FORMS.values()].flat());
/** A country's own capital, seat and names: no cue independent of its leaders. */
const HOMES: Readonly<Record<string, string[]>> = data.homes;
/** The home places of each leader of the gazetteer (of every country they held office in). */
const HOME_OF = new Map((leaders as LeaderForms[]).map((l) => [l.name, new Set(l.terms.flatMap((t) => HOMES[t.country] ?? []))]));

/** How a person may be written: a leader's gazetteer forms, else the name, its surname and the aliases given. */
function personForms(name: string, aliases: string[] = []): string[] {
  const known = LEADER_FORMS.get(name);
  if (known) return [...known, ...aliases];
  const last = name.split(' ').pop() ?? name;
  const derived = [last, last.replace(/^(?:al|el)-/u, '')]
    // a surname that is a leader's ("Trump" of Ivanka Trump) or a numeral ("II") is no cue of its own
    .filter((f) => f !== name && f.length >= 4 && /^\p{Lu}/u.test(f) && !/^[IVX]+$/u.test(f) && !ALL_LEADER_FORMS.has(f));
  return [name, ...derived, ...aliases];
}

/** What any article calls an event of a kind, a keyword of every event of that kind ("vụ đánh bom" for the Ankara bombings). */
const KIND_WORDS: Readonly<Record<string, string[]>> = {
  attack: ['vụ đánh bom', 'vụ tấn công', 'vụ nổ', 'vụ xả súng', 'vụ khủng bố'],
  // (written both ways)
  referendum: ['trưng cầu dân ý', 'trưng cầu ý dân'],
};

/**
 * What any article calls an event of a kind that befalls a person, a keyword of every such event
 * only with one of its people named: a leader wins an election or dies once in a given month
 * ("ông Macron, người tái đắc cử hồi tháng 4"), but the word alone is anyone's (Erdogan "tái đắc
 * cử" is no cue of a German election held that week). ("nhậm chức" is not one: "kể từ khi nhậm
 * chức hồi tháng 10" is said for years after.)
 */
const PERSONAL_KIND_WORDS: Readonly<Record<string, string[]>> = {
  // ("… ông Lukashenko … giành chiến thắng với khoảng 80% số phiếu": won, with an election's person named)
  election: ['đắc cử', 'tái đắc cử', 'thắng cử', 'giành chiến thắng'],
  death: ['qua đời', 'từ trần'],
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Keywords of several events ("hội đàm", "nhậm chức", "BRICS") say what kind of thing
 * happened, not which: with a leader named, they would tie any meeting or inauguration of that
 * leader to the list's one on that day of another year. Only keywords of at most this many
 * events count as cues.
 */
const MAX_KEYWORD_EVENTS = 2;

function buildIndex(): PhraseIndex<Cue[]> {
  const uses = new Map<string, number>();
  for (const e of KNOWN_EVENTS) for (const word of new Set(e.keywords.map((w) => w.toLowerCase()))) uses.set(word, (uses.get(word) ?? 0) + 1);
  const byPhrase = new Map<string, Cue[]>();
  const add = (phrase: string, cue: Cue) => {
    const p = phrase.normalize('NFC');
    if (p.length < 3) return;
    const list = byPhrase.get(p) ?? [];
    if (!list.some((c) => c.event === cue.event && c.kind === cue.kind && c.id === cue.id)) list.push(cue);
    byPhrase.set(p, list);
  };
  KNOWN_EVENTS.forEach((e, event) => {
    for (const person of e.people) for (const form of personForms(person, e.aliases?.[person])) add(form, { event, kind: 'person', id: person });
    // ("bắc Syria" is written "miền Bắc Syria" too)
    for (const place of e.places) for (const form of new Set([place, capitalise(place)])) add(form, { event, kind: 'place', id: 'place' });
    // keywords are written lower-case; at the start of a sentence they are capitalised
    const distinctive = e.keywords.filter((w) => uses.get(w.toLowerCase())! <= MAX_KEYWORD_EVENTS);
    // (and one later word capitalised, as in a name: "Thế vận hội Mùa đông")
    const forms = (word: string) => [word, capitalise(word), ...oneWordCapitalised(word)];
    for (const word of [...distinctive, ...(KIND_WORDS[e.type] ?? [])]) for (const form of forms(word)) add(form, { event, kind: 'keyword', id: 'keyword' });
    for (const word of PERSONAL_KIND_WORDS[e.type] ?? []) for (const form of forms(word)) add(form, { event, kind: 'keyword', id: 'personal' });
  });
  return new PhraseIndex(byPhrase);
}

/** "thế vận hội mùa đông" as "Thế vận hội Mùa đông", "Thế vận hội mùa Đông": the phrase opening a sentence, one later word capitalised too. */
function oneWordCapitalised(phrase: string): string[] {
  const words = capitalise(phrase).split(' ');
  return words.slice(1).map((w, i) => [...words.slice(0, i + 1), capitalise(w), ...words.slice(i + 2)].join(' ')).filter((f) => f !== capitalise(phrase));
}

const INDEX = buildIndex();

/** A phrase found, with the cues it carries. */
interface Found { start: number; end: number; text: string; cues: Cue[] }

const isUpper = (ch: string) => ch !== ch.toLowerCase();

/**
 * Every cue phrase starting in the given ranges of the text (sorted, not overlapping), also
 * phrases inside longer ones ("Paris" in "Thỏa thuận Paris"), longest first at each start;
 * `capitalised` (true) only those starting with a capital letter, (false) only the others.
 * Only the stretches around dates are read: most of an article is never scanned.
 */
function findCues(text: string, ranges: Array<[number, number]>, capitalised: boolean): Found[] {
  const out: Found[] = [];
  for (const [from, to] of ranges) {
    let inWord = from > 0 && isWordUnit(text.charCodeAt(from - 1));
    for (let i = from; i < to; i++) {
      const word = isWordUnit(text.charCodeAt(i));
      if (word && !inWord && isUpper(text[i]) === capitalised) {
        for (const m of INDEX.candidatesAt(text, i)) out.push({ start: m.start, end: m.end, text: m.text, cues: m.value });
      }
      inWord = word;
    }
  }
  return out;
}

/** The phrases not inside a longer one found (at each start the longest comes first). */
function outermost(found: Found[]): Found[] {
  const out: Found[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.end <= reach) continue;
    out.push(f);
    reach = f.end;
  }
  return out;
}

/** The union of some ranges, sorted. */
function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** "… từ cuối năm ngoái, sau loạt tấn công ở Paris hôm ": a "năm ngoái" just before a day told, with no other time between. */
const LAST_YEAR_BEFORE = /(?<!\p{L})năm ngoái(?!\p{L})[^.;!?\d]{0,50}$/iu;
/** Every "năm ngoái", to see whether a sentence looks back for another reason too. */
const LAST_YEAR_SAID_G = /(?<!\p{L})năm ngoái(?!\p{L})/giu;
/**
 * Sentences that look back on an event rather than report it ("kỷ niệm 1 năm vụ xả súng …", "cách
 * đây 3 năm"); a summit named for an anniversary ("Hội nghị cấp cao kỷ niệm 25 năm quan hệ …") is
 * reported, not looked back on.
 */
const RETROSPECT = /(?<!(?:[Hh]ội nghị|[Cc]ấp cao|[Tt]hượng đỉnh)\s)kỷ niệm|cách đây|năm ngoái|năm trước|\d+\s+năm\s+(?:trước|sau|kể từ)/iu;

const dayNum = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const isoDay = (iso: string) => dayNum(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
/** Each event's year, first and last day numbers and months, computed once. */
const SPANS = KNOWN_EVENTS.map((ev) => ({
  year: +ev.date.slice(0, 4),
  first: isoDay(ev.date),
  last: isoDay(ev.end ?? ev.date),
  months: [+ev.date.slice(5, 7), +(ev.end ?? ev.date).slice(5, 7)] as const,
}));

/** Whether a year-less date mention falls on event `i` (in the event's year). */
function fallsOn(e: TimeExpression, i: number): 'day' | 'month' | null {
  const { year, first, last, months } = SPANS[i];
  if (e.day !== undefined) {
    const from = dayNum(year, e.month!, e.day);
    const to = dayNum(year, e.endMonth ?? e.month!, e.endDay ?? e.day);
    // a day either side: a night attack or a call is dated by the other time zone
    return from <= last + 1 && to >= first - 1 ? 'day' : null;
  }
  return e.month! <= months[1] && (e.endMonth ?? e.month!) >= months[0] ? 'month' : null;
}

/** The stretch of text whose cues go with a date mention: its paragraph, within {@link WINDOW} characters. */
function windowOf(text: string, e: TimeExpression): [number, number] {
  const para = text.lastIndexOf('\n', e.start - 1) + 1;
  const next = text.indexOf('\n', e.end);
  return [Math.max(para, e.start - WINDOW), Math.min(next < 0 ? text.length : next, e.end + WINDOW)];
}

/** The sentence around an offset (for {@link RETROSPECT}). */
function sentenceAt(text: string, at: number, from: number, to: number): string {
  const before = text.slice(from, at);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = text.slice(at, to);
  const stop = after.search(/[.!?](?:\s|$)/u);
  return before.slice(cut + 1) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * Known events a text speaks of.
 * @param text an article (or a part of one)
 * @param dates the year-less day/month and month mentions the writer tells as past or present
 *   (the caller filters out dates with a year and dates still ahead; one said of last year,
 *   "tháng 5 năm ngoái", votes for the year after the event's)
 * @returns per event at most one match (a day before a month, then the most cues), ordered by
 *   the date mention's offset; only events with at least {@link MIN_CUES} independent cues
 *   (a month alone: {@link MIN_CUES_MONTH}, or a keyword among them)
 */
export function findKnownEvents(text: string, dates: readonly TimeExpression[]): KnownEventMatch[] {
  const usable = dates.filter((e) => e.kind === 'calendar' && e.year === undefined && e.month !== undefined);
  if (!usable.length) return [];
  const windows = usable.map((d) => windowOf(text, d));
  // names first (capitalised); the lower-case words only where a name was found, since a keyword
  // alone is one cue; a phrase inside a longer one is not a cue of its own ("Paris" in "Thỏa thuận Paris")
  const ranges = merge(windows);
  const names = findCues(text, ranges, true);
  const named = ranges.filter(([a, b]) => names.some((f) => f.start >= a && f.start < b));
  const found = outermost([...names, ...findCues(text, named, false)].sort((a, b) => a.start - b.start || b.end - a.end));
  if (found.length < MIN_CUES) return [];
  const best = new Map<number, KnownEventMatch>();
  for (const [k, d] of usable.entries()) {
    const [from, to] = windows[k];
    // the phrases near the date, each once
    const near = new Map<string, Cue[]>();
    for (const f of found) if (f.start >= from && f.end <= to) near.set(f.text, f.cues);
    if (near.size < MIN_CUES) continue;
    // per event on that date: its people, places and whether a keyword is named
    const on = new Map<number, 'day' | 'month' | null>();
    const tally = new Map<number, { people: Set<string>; places: string[]; keyword: boolean; personal?: boolean; words: string[] }>();
    for (const [word, cues] of near) {
      for (const cue of cues) {
        let dated = on.get(cue.event);
        if (dated === undefined) on.set(cue.event, (dated = fallsOn(d, cue.event)));
        if (!dated) continue;
        const t = tally.get(cue.event) ?? { people: new Set<string>(), places: [], keyword: false, words: [] };
        if (!t.words.includes(word)) t.words.push(word);
        if (cue.kind === 'person') t.people.add(cue.id);
        else if (cue.kind === 'place') t.places.push(word);
        else if (cue.id === 'personal') t.personal = true;
        else t.keyword = true;
        tally.set(cue.event, t);
      }
    }
    for (const t of tally.values()) if (t.personal && t.people.size) t.keyword = true;
    let retro: boolean | undefined;
    for (const [i, t] of tally) {
      // Putin in Moscow, Trump at the White House: a leader's own capital adds nothing to the leader
      const place = t.places.some((p) => ![...t.people].some((person) => HOME_OF.get(person)?.has(p)));
      const cues = t.people.size + (place ? 1 : 0) + (t.keyword ? 1 : 0);
      const dated = on.get(i)!;
      if (cues < MIN_CUES || (dated === 'month' && cues < MIN_CUES_MONTH && !t.keyword)) continue;
      // "tháng 5 năm ngoái" says which year itself: the look back is counted, not guessed
      // ("… từ cuối năm ngoái, sau loạt tấn công ở Paris hôm 13/11": a day of the sentence's "năm ngoái" too)
      const sentence = sentenceAt(text, d.start, from, to);
      const lastYear = d.relation === 'last-year' || (LAST_YEAR_BEFORE.test(text.slice(Math.max(from, d.start - 60), d.start)) && !RETROSPECT.test(sentence.replace(LAST_YEAR_SAID_G, ' ')));
      retro ??= !lastYear && RETROSPECT.test(sentence);
      if (retro) break;
      const event = KNOWN_EVENTS[i];
      const had = best.get(i);
      const match: KnownEventMatch = { event, year: SPANS[i].year + (lastYear ? 1 : 0), dated, dateText: d.text, start: d.start, cues: t.words };
      if (!had || (had.dated === 'month' && dated === 'day') || (had.dated === dated && had.cues.length < match.cues.length)) best.set(i, match);
    }
  }
  // One date mention tells one event: of those it fits, the one most of whose cues are there
  // ("ngày 17/9" with Putin, Erdogan, Sochi, Idlib and "khu phi quân sự" is the 2018 Sochi deal,
  // not a 2019 summit of the same two leaders a day away)
  const most = new Map<number, number>();
  for (const m of best.values()) most.set(m.start, Math.max(most.get(m.start) ?? 0, m.cues.length));
  return [...best.values()].filter((m) => m.cues.length === most.get(m.start)).sort((a, b) => a.start - b.start || a.event.date.localeCompare(b.event.date));
}

/** Cues a known event needs in an article's lead to be the one it tells as yesterday's: more than a dated mention needs. */
export const MIN_CUES_UNDATED = 3;

/**
 * "Đúng 13h20 chiều qua theo giờ Brussels, Đại sứ Anh tại EU Tim Barrow trao tận tay Chủ tịch
 * Hội đồng châu Âu Donald Tusk bức thư chính thức kích hoạt Điều 50 Hiệp ước Lisbon": the known
 * events a stretch of text (an article's lead) names with at least {@link MIN_CUES_UNDATED}
 * independent cues (a person among them), without a date to check them against.
 */
export function knownEventsNamed(text: string, from: number, to: number, needKeyword = false): KnownEvent[] {
  const names = findCues(text, [[from, to]], true);
  if (!names.length) return [];
  const found = outermost([...names, ...findCues(text, [[from, to]], false)].sort((a, b) => a.start - b.start || b.end - a.end));
  const tally = new Map<number, { people: Set<string>; place: boolean; keywords: Set<string> }>();
  for (const f of found) {
    for (const cue of f.cues) {
      const t = tally.get(cue.event) ?? { people: new Set<string>(), place: false, keywords: new Set<string>() };
      if (cue.kind === 'person') t.people.add(cue.id);
      else if (cue.kind === 'place') t.place = true;
      else t.keywords.add(f.text.toLowerCase()); // (a person's kind word counts as a person is needed here anyway)
      tally.set(cue.event, t);
    }
  }
  // (an event of no one, an attack: its place and two of its own words, "Erbil", "IRGC", "lãnh sự quán Mỹ")
  const cues = (i: number, t: { people: Set<string>; place: boolean; keywords: Set<string> }) =>
    t.people.size + Number(t.place) + (KNOWN_EVENTS[i].people.length ? Math.min(t.keywords.size, 1) : Math.min(t.keywords.size, 2));
  return [...tally].filter(([i, t]) => (t.people.size > 0 || (!KNOWN_EVENTS[i].people.length && t.place)) && (t.keywords.size > 0 || !needKeyword) && cues(i, t) >= MIN_CUES_UNDATED).map(([i]) => KNOWN_EVENTS[i]);
}
