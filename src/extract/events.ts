/**
 * Sentences → event mentions. A mention needs an event word (trigger) and, to stand on its
 * own, a date read from its own sentence: an explicit one, one anchored on the previous event
 * ("Cùng ngày", "Vài giờ trước đó"), or the dates of a known summit it happened at. A mention
 * without a date does not inherit one from its neighbours; it can only add itself as a source
 * to a dated event with the same people (or, for a bare "Tại cuộc hội đàm…", the event just
 * told), here or at merge time.
 */
import type { EventLocation, EventType, Participant } from '../events-schema.js';
import { findTriggers, type Trigger } from './event-type.js';
import { clauseEvent, frontedClause, orderParticipants, pickTrigger, statementAfter, subjectOf } from './sentence-roles.js';
import { ArticlePeople, type PersonMention } from './people.js';
import { findPlaces, placeByName, type PlaceMention } from './places.js';
import { describeAttack, type AttackDetail } from './attack-detail.js';
import type { Sentence } from './sentences.js';
import { expressionsBySentence, findDates, findSummits, type DatedSpan, type ResolvedDate, type SummitMention } from './temporal.js';
import type { Summit } from './summits.js';

/** One event as one sentence tells it. */
export interface EventMention {
  type: EventType;
  /** The trigger word, lower-cased ("hội đàm"). */
  lemma: string;
  date: ResolvedDate | null;
  participants: Participant[];
  location: EventLocation | null;
  /** The summit it happened at, when the sentence names one. */
  summit: { series: string; year: number; city: string | null } | null;
  document: string;
  quote: string;
  start: number;
  end: number;
  /** A definite back-reference without people ("Tại cuộc hội đàm…"): the event just told. */
  anaphoric: boolean;
  /** Agent, object and border of an attack, when its clause states them. */
  attack?: AttackDetail | null;
  /** The event the same sentence says came after this one ("Sau cuộc hội đàm …, X tuyên bố"). */
  precedes?: EventMention;
}

/** Words that end the stretch of a sentence describing where its event happened. */
const PURPOSE = /\s(?:để|nhằm|về|chống|vì|cho|khiến|sau khi|trước khi)\s/u;
/** Words that put an event at a summit named right after them. */
const AT_SUMMIT = /(?:trước thềm|bên lề|tại|ở|dự|tham dự|trong khuôn khổ|nhân dịp|khi diễn ra|của)\s+(?:(?:phiên họp|hội nghị|cuộc họp)[^,.]{0,60}\s+)?$/iu;
const PLACE_RANK = { building: 3, city: 2, country: 1 } as const;

/** The place the event at `trigger` happened: a "tại/ở X" in its clause, most precise first. */
function placeFor(text: string, trigger: Trigger, places: PlaceMention[]): EventLocation | null {
  const candidates = places.filter((p) => {
    if (!p.locative) return false;
    const between = p.start >= trigger.end ? text.slice(trigger.end, p.start) : text.slice(p.end, trigger.start);
    return !PURPOSE.test(` ${between} `) && between.length < 120;
  });
  candidates.sort((a, b) => {
    const after = Number(b.start >= trigger.end) - Number(a.start >= trigger.end);
    return PLACE_RANK[b.kind] - PLACE_RANK[a.kind] || after || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start);
  });
  return candidates[0]?.location ?? null;
}

/** The time expression that dates the event at `trigger`: the nearest one with a date. */
function dateFor(trigger: Trigger, dates: DatedSpan[], limit?: { from: number; to: number }): ResolvedDate | null {
  const usable = dates.filter((d) => d.date && (!limit || (d.start >= limit.from && d.end <= limit.to)));
  usable.sort((a, b) => distance(a, trigger) - distance(b, trigger));
  return usable[0]?.date ?? null;
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

function toParticipant(m: PersonMention): Participant {
  const p: Participant = { name: m.person.name, role: m.person.role, country: m.person.country };
  if (m.person.nameVi && m.person.nameVi !== m.person.name) p.nameVi = m.person.nameVi;
  return p;
}

/** Summit dates for an event "bên lề / trước thềm / tại" a summit named in the sentence. */
function summitDate(s: SummitMention, text: string): ResolvedDate {
  const eve = /trước thềm|trước khi diễn ra|ngay trước/u.test(text.slice(Math.max(0, s.start - 60), s.start));
  if (eve || s.startDate === s.endDate) return { start: s.startDate, precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
  return { start: s.startDate, end: s.endDate, precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
}

/**
 * Reads the event mentions of one article, sentence by sentence. `published` (ISO or null) is
 * the document date relative dates are reckoned from; `cleaned`, the text the sentences were
 * split from, lets time expressions be found in one pass over it.
 */
export function findEventMentions(
  document: string,
  original: string,
  sentences: Sentence[],
  published: string | null,
  summits: Map<string, Summit> = new Map(),
  cleaned?: string,
): EventMention[] {
  // One scan of the article for time expressions, not one per sentence.
  const exprs = cleaned !== undefined ? expressionsBySentence(cleaned, sentences) : null;
  const people = new ArticlePeople();
  const mentions: EventMention[] = [];
  let previous: ResolvedDate | null = null;

  for (const [k, s] of sentences.entries()) {
    const dates = findDates(s.text, { documentDate: published, previous }, exprs?.[k]);
    const firstDate = dates.find((d) => d.date)?.date ?? null;
    const persons = people.inSentence(s.text, firstDate?.start ?? published);
    const triggers = findTriggers(s.text);
    if (!triggers.length) continue;
    const places = findPlaces(s.text);
    const summitsHere = findSummits(s.text, summits);
    const base = { document, quote: original.slice(s.start, s.end), start: s.start, end: s.end };

    // Attacks: each "vụ tấn công / vụ xả súng…" is its own event, dated and placed within its clause.
    const attacks = triggers.filter((t) => t.type === 'attack');
    attacks.forEach((t, i) => {
      const to = attacks[i + 1]?.start ?? s.text.length;
      // A date after the attack word belongs to it only if no other event word comes between
      // ("vụ tấn công … vốn được khôi phục sau cuộc gặp … hồi tháng 8": August is the meeting's).
      const other = triggers.find((x) => x.start >= t.end && x.start < to && x.type !== 'attack');
      const date = dateFor(t, dates, { from: Math.max(0, t.start - 40), to: other ? other.start : to });
      const location = placeFor(s.text.slice(0, to), t, places.filter((p) => p.end <= to));
      const attack = describeAttack(s.text.slice(0, to), t);
      // "các vụ tấn công hồi cuối năm 2015": without a place or an attacker, no timeline can
      // place it and no other mention can be matched to it.
      if (!location && !attack.agent) return;
      mentions.push({ type: 'attack', lemma: t.lemma, date, participants: [], location, summit: null, ...base, anaphoric: false, attack });
      if (date && !date.borrowed) previous = date;
    });

    const actors = persons.filter((p) => !p.person.source);
    const fronted = frontedClause(s.text);
    const t = pickTrigger(triggers, actors, s.text);
    if (!t) continue;
    // "Sau cuộc hội đàm với X …, Y tuyên bố": the fronted clause tells an earlier event of its own.
    const second = t.type !== 'statement' && fronted && t.end <= fronted.end ? statementAfter(triggers, actors, s.text, fronted.end) : null;
    const told: { t: Trigger; actors: PersonMention[]; limit?: { from: number; to: number } }[] = [];
    const aside = second ? null : clauseEvent(triggers, t, actors, s.text, dates);
    if (second) {
      told.push({ t, actors: actors.filter((a) => a.end <= fronted!.end || a.start >= second.subject[0].start), limit: { from: 0, to: fronted!.end } });
      told.push({ t: second.t, actors: second.subject, limit: { from: fronted!.end, to: s.text.length } });
    } else if (aside) {
      const main = t.start < aside.from ? { from: 0, to: aside.from } : { from: aside.to, to: s.text.length };
      told.push({ t, actors: actors.filter((a) => a.start >= main.from && a.end <= main.to), limit: main });
      told.push({ t: aside.t, actors: aside.actors, limit: { from: aside.from, to: aside.to } });
    } else told.push({ t, actors });
    const before = mentions.length;
    for (const { t, actors: who, limit } of told) {
      const m = mentionFor(t, who, { text: s.text, dates, places, summitsHere, attacks, base, contextSummit: summitsHere.length ? null : unnamedSummit(s.text, summits), limit });
      if (!m) continue;
      mentions.push(m);
      // A date lent by a summit's known days is no anchor for "Cùng ngày".
      if (m.date && !m.date.borrowed) previous = m.date;
    }
    // The fronted event happened before the one the main clause tells.
    if (second && mentions.length - before === 2) mentions[before].precedes = mentions[before + 1];
  }
  return mentions;
}

/**
 * "Bên lề hội nghị, X gặp Y": a summit referred to without its name is the article's summit,
 * when the article is about exactly one.
 */
function unnamedSummit(text: string, context: Map<string, Summit>): SummitMention | null {
  const m = /(?:bên lề|trước thềm|tại|khi dự|trong khuôn khổ)\s+(hội nghị(?:\s+thượng đỉnh)?|thượng đỉnh)(?!\s+(?:\p{Lu}|G-?\d|lần))/iu.exec(text);
  if (!m || context.size !== 1) return null;
  const s = [...context.values()][0];
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length, text: m[1], series: s.series, year: s.year, startDate: s.start, endDate: s.end, city: s.city, country: s.country };
}

interface SentenceContext {
  text: string;
  dates: DatedSpan[];
  places: PlaceMention[];
  summitsHere: SummitMention[];
  attacks: Trigger[];
  base: { document: string; quote: string; start: number; end: number };
  /** The clause the event is told in, when the sentence tells more than one. */
  limit?: { from: number; to: number };
  /** "bên lề hội nghị" without a series name: the one summit the article is about, if any. */
  contextSummit?: SummitMention | null;
}

/** One non-attack event mention from its trigger and the people of its clause, or null. */
function mentionFor(t: Trigger, actors: PersonMention[], c: SentenceContext): EventMention | null {
  const { text, places, summitsHere, attacks, base } = c;
  // Reporting verbs ("cho biết") are statements only when a named actor says them.
  if (t.strength <= 1 && !actors.some((a) => a.end <= t.start)) return null;
  let chosen = actors;
  if (t.type === 'statement') {
    const subject = subjectOf(t, actors, text);
    const before = actors.filter((a) => a.start < t.start);
    // "Trong bài phát biểu … ngày 7/12, Tổng thống Obama coi…": a fronted phrase, its speaker after it.
    const after = actors.filter((a) => a.start >= t.end).slice(0, 1);
    chosen = subject.length ? subject : before.length ? before : after;
  }
  const seen = new Set<string>();
  const participants = orderParticipants(chosen, text)
    .filter((a) => !seen.has(a.person.key) && seen.add(a.person.key))
    .map(toParticipant);

  const summit = summitsHere.find((x) => !c.limit || (x.start >= c.limit.from && x.end <= c.limit.to)) ?? c.contextSummit ?? null;
  let date = dateFor(t, c.dates.filter((d) => !attacks.some((a) => d.start > a.start)), c.limit);
  // "cuộc gặp … trước thềm / bên lề Hội nghị G-20 ở Antalya": it happened at that summit.
  const atSummit = summit && (t.type === 'summit' || AT_SUMMIT.test(text.slice(Math.max(0, summit.start - 40), summit.start)));
  if (!date && summit && atSummit) date = summitDate(summit, text);
  // "dự Hội nghị thượng đỉnh G20 tại Trung Quốc vào tháng 9": the month names the summit, whose days are known.
  else if (date && summit && atSummit && date.precision === 'month' && !date.end && summit.startDate.startsWith(date.start)) date = summitDate(summit, text);
  const inClause = c.limit ? places.filter((p) => p.start >= c.limit!.from && p.end <= c.limit!.to) : places;
  let location = placeFor(text, t, inClause);
  if (summit?.city && (!location || location.country === summit.country) && atSummit) {
    // A summit city the places gazetteer lacks is still the place: the summit data names it.
    const named = placeByName(summit.city);
    const city = places.find((p) => p.location.name === summit.city) ?? (named ? { location: named } : null)
      ?? { location: { name: summit.city, country: summit.country ?? null } };
    if (city && (!location || location.name !== city.location.name)) location = location && location.country === city.location.country && location.name.includes(',') ? location : city.location;
  }
  const anaphoric = !participants.length && /(?:^|\s)(?:Tại|Trong|tại|trong)\s+(?:cuộc|buổi)\s/u.test(text.slice(0, t.end));
  if (!participants.length && t.type !== 'summit' && !anaphoric) return null;
  if (t.type === 'summit' && !participants.length && !summit) return null;
  return {
    type: t.type,
    lemma: t.lemma,
    date,
    participants,
    location,
    summit: summit ? { series: summit.series, year: summit.year, city: summit.city } : null,
    ...base,
    anaphoric,
  };
}

