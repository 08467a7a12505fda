/**
 * Sentences → event mentions. A mention needs an event word (trigger) and, to stand on its
 * own, a date read from its own sentence: an explicit one, one anchored on the previous event
 * ("Cùng ngày", "Vài giờ trước đó"), or the dates of a known summit it happened at. A mention
 * without a date does not inherit one from its neighbours; it can only add itself as a source
 * to a dated event with the same people (or, for a bare "Tại cuộc hội đàm…", the event just
 * told), here or at merge time.
 */
import type { EventLocation, EventType, Participant } from '../events-schema.js';
import { findTriggers, mainTrigger, type Trigger } from './event-type.js';
import { ArticlePeople, type PersonMention } from './people.js';
import { findPlaces, type PlaceMention } from './places.js';
import type { Sentence } from './sentences.js';
import { findDates, findSummits, type DatedSpan, type ResolvedDate, type SummitMention } from './temporal.js';
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
  if (eve || s.startDate === s.endDate) return { start: s.startDate, precision: 'day', anchoring: 'document', yearInferred: true };
  return { start: s.startDate, end: s.endDate, precision: 'day', anchoring: 'document', yearInferred: true };
}

/**
 * Reads the event mentions of one article, sentence by sentence. `published` (ISO or null) is
 * the document date relative dates are reckoned from.
 */
export function findEventMentions(
  document: string,
  original: string,
  sentences: Sentence[],
  published: string | null,
  summits: Map<string, Summit> = new Map(),
): EventMention[] {
  const people = new ArticlePeople();
  const mentions: EventMention[] = [];
  let previous: ResolvedDate | null = null;

  for (const s of sentences) {
    const dates = findDates(s.text, { documentDate: published, previous });
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
      const date = dateFor(t, dates, { from: Math.max(0, t.start - 40), to });
      const location = placeFor(s.text.slice(0, to), t, places.filter((p) => p.end <= to));
      mentions.push({ type: 'attack', lemma: t.lemma, date, participants: [], location, summit: null, ...base, anaphoric: false });
      if (date) previous = date;
    });

    const t = mainTrigger(triggers);
    if (!t) continue;
    const actors = persons.filter((p) => !p.person.source);
    // Reporting verbs ("cho biết") are statements only when a named actor says them.
    if (t.strength <= 1 && !actors.some((a) => a.end <= t.start)) continue;
    const chosen = t.type === 'statement' ? actors.filter((a) => a.start < t.start) : actors;
    const seen = new Set<string>();
    const participants = chosen
      .filter((a) => !seen.has(a.person.key) && seen.add(a.person.key))
      .map(toParticipant);

    const summit = summitsHere[0] ?? null;
    let date = dateFor(t, dates.filter((d) => !attacks.some((a) => d.start > a.start)));
    // "cuộc gặp … trước thềm / bên lề Hội nghị G-20 ở Antalya": it happened at that summit.
    const atSummit = summit && (t.type === 'summit' || AT_SUMMIT.test(s.text.slice(Math.max(0, summit.start - 40), summit.start)));
    if (!date && summit && atSummit) date = summitDate(summit, s.text);
    let location = placeFor(s.text, t, places);
    if (summit?.city && (!location || location.country === summit.country) && atSummit) {
      const city = places.find((p) => p.location.name === summit.city) ?? findPlaces(summit.city)[0];
      if (city && (!location || location.name !== city.location.name)) location = location && location.country === city.location.country && location.name.includes(',') ? location : city.location;
    }
    const anaphoric = !participants.length && /(?:^|\s)(?:Tại|Trong|tại|trong)\s+(?:cuộc|buổi)\s/u.test(s.text.slice(0, t.end));
    if (!participants.length && t.type !== 'summit' && !anaphoric) continue;
    if (t.type === 'summit' && !participants.length && !summit) continue;
    mentions.push({
      type: t.type,
      lemma: t.lemma,
      date,
      participants,
      location,
      summit: summit ? { series: summit.series, year: summit.year, city: summit.city } : null,
      ...base,
      anaphoric,
    });
    if (date) previous = date;
  }
  return mentions;
}
