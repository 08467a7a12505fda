/**
 * The extraction pipeline's public API: Vietnamese news article → events document.
 *
 * clean (page furniture blanked, offsets kept) → sentences → time expressions and document
 * date → people, places → event mentions → merge (within the article) → titles and ids.
 * `extractArticle` is a pure function of one article; `mergeEventsDocuments` combines any
 * number of its results, so `extractEvents` over many articles is exactly the merge of the
 * per-article results, however they are sharded.
 */
import { SCHEMA_ID, type EventsDocument, type SourceDocument, type TimelineEvent } from '../events-schema.js';
import { cleanArticle } from './clean-article.js';
import { findDateline } from './dateline.js';
import { findEventMentions, type EventMention } from './events.js';
import { eventTeller } from './event-teller.js';
import { attachUndated, mergeEventsDocuments as mergeDocs, type ExtractedDocument, type UndatedMention } from './merge.js';
import { LEADERS } from './people.js';
import { splitSentences } from './sentences.js';
import { withSummitAttendees } from './summit-attendees.js';
import { inferPublished, summitContext } from './temporal.js';
import { coHosting, hostFirst, makeTitle } from './titles.js';
import { tellsNoNewEvent } from './no-new-event.js';
import { capitalOf } from './places.js';
import { englishCountry } from './countries.js';
import { clearTimeExpressionCache } from './time-expressions.js';
import { clearSummitCache } from './summits.js';

export { htmlToText } from './html-to-text.js';
export type { ExtractedDocument, UndatedMention } from './merge.js';

/** One article: its id (file name without extension) and its text. */
export interface Article {
  id: string;
  text: string;
}

/** Every traveller's own country, or its capital, is where the visit is placed. */
function atHome(m: EventMention): boolean {
  const where = m.location;
  if (!where?.country || !m.participants.length || !m.participants.every((p) => p.country === where.country)) return false;
  const country = (englishCountry(where.country) ?? '').replace(/^the /iu, '');
  return where.name.replace(/^the /iu, '') === country || where.name === capitalOf(where.country)?.name;
}

function toEvent(m: EventMention): TimelineEvent {
  // "Scholz visits Germany": a traveller placed in their own country or its capital is placed where the trip began or ended, not where it went
  if (m.type === 'visit' && atHome(m)) m = { ...m, location: null };
  const e: TimelineEvent = {
    id: '',
    start: m.date!.start,
    precision: m.date!.precision,
    type: m.type,
    title: makeTitle({ ...m, participants: hostFirst(m.participants, m.lemma, m.quote), coHosts: coHosting(m.participants, m.lemma, m.quote) }),
    participants: m.participants,
    location: m.location,
    sources: [{ document: m.document, quote: m.quote, start: m.start, end: m.end }],
  };
  if (m.date!.end && m.date!.end !== m.date!.start) e.end = m.date!.end;
  return e;
}

const toUndated = (m: EventMention): UndatedMention => ({
  type: m.type,
  participants: m.participants,
  location: m.location,
  source: { document: m.document, quote: m.quote, start: m.start, end: m.end },
});

/**
 * The text offsets and quotes refer to: the article as decoded, without a leading byte-order
 * mark, in Unicode NFC. Vietnamese arrives composed (NFC) or decomposed (NFD, common in text
 * from macOS and some CMSs); every pattern here is written composed, so normalising first
 * gives the same events either way. Line ends are kept as read (CRLF stays CRLF: the cleaner
 * blanks the CR), so offsets into a CRLF file still count its CRs.
 */
export function normalizeArticleText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.normalize('NFC');
}

/**
 * Extracts the events of one article. Pure: the same article always gives the same document.
 * Quotes and offsets are into {@link normalizeArticleText}`(article.text)`.
 * The result may carry `undated` mentions that a later merge can attach to events from other
 * articles.
 */
export function extractArticle(input: Article): ExtractedDocument {
  const article = { id: input.id, text: normalizeArticleText(input.text) };
  clearTimeExpressionCache();
  clearSummitCache();
  const cleaned = cleanArticle(article.text);
  const published = inferPublished(cleaned.text, LEADERS, true);
  // the dateline ("Hà Nội, 12/3 (TTXVN) –") dates the article, not the first sentence's event
  const dateline = findDateline(cleaned.text);
  const body = dateline ? cleaned.text.slice(0, dateline.start) + ' '.repeat(dateline.end - dateline.start) + cleaned.text.slice(dateline.end) : cleaned.text;
  const sentences = splitSentences(body);
  const mentions = findEventMentions(article.id, article.text, sentences, published.published, summitContext(cleaned.text, LEADERS, published.published), body, cleaned.headline);

  const dated: TimelineEvent[] = [];
  const undated: UndatedMention[] = [];
  let last: TimelineEvent | null = null;
  let lastMention: EventMention | null = null;
  for (const [i, m] of mentions.entries()) {
    if (tellsNoNewEvent(m, published.published)) continue;
    if (m.date) {
      // ("Chuyến bay chở bà Mạnh … hạ cánh xuống sân bay quốc tế Bảo An": a trip told back with no one known to have made it)
      if (m.anaphoric && !m.participants.length && NEEDS_PEOPLE.has(m.type)) continue;
      last = toEvent(m);
      lastMention = m;
      dated.push(last);
    } else if (last && lastMention && lastMention === mentions[i - 1] && !last.participants.length && m.type === last.type && m.participants.length >= 2 && TALKS_RESTATED.test(m.quote)) {
      // ("… phái đoàn Nga và Ukraine tổ chức vòng đàm phán đầu tiên … hôm 28/2. Cuộc đàm phán … giữa phái đoàn Ukraine do … Reznikov
      // dẫn đầu và phái đoàn Nga do … Medinsky đứng đầu …": the talks just told, by the heads of the sides)
      last.participants = m.participants;
      last.title = makeTitle({ ...lastMention, participants: m.participants });
      last.sources.push({ document: m.document, quote: m.quote, start: m.start, end: m.end });
    } else if (m.anaphoric && last && (m.type === last.type || (TALKS_AND_MORE.has(m.type) && TALKS_AND_MORE.has(last.type)))) {
      // "Tại cuộc hội đàm diễn ra ở Quebec…": the talks just told (of the same kind); it may add their place.
      last.sources.push({ document: m.document, quote: m.quote, start: m.start, end: m.end });
      if (!last.location && m.location) {
        last.location = m.location;
        last.title = makeTitle({ ...m, type: last.type, participants: last.participants, lemma: m.lemma });
      }
    } else if (m.participants.length || m.location) undated.push(toUndated(m));
  }
  const document: SourceDocument = {
    id: article.id,
    title: cleaned.headline,
    published: published.published,
    publishedFrom: published.publishedFrom,
    publishedBasis: published.publishedBasis,
  };
  const merged = mergeDocs([{ schema: SCHEMA_ID, documents: [document], events: dated }]);
  // An event known only by its year ("năm 2012, ông Abe thăm Hà Nội") is background no timeline can
  // place: its mentions may still tell a dated event of that year, here or in another article.
  const byYear = merged.events.filter((e) => e.precision === 'year');
  const yearMentions = byYear.flatMap((e) => e.sources.map((source): UndatedMention => ({ type: e.type, participants: e.participants, location: e.location, source, year: e.start.slice(0, 4) })));
  const attached = attachUndated(merged.events.filter((e) => e.precision !== 'year'), [...undated, ...yearMentions], new Map([[article.id, document.published]]));
  return normalizeDocument({ ...merged, events: withSummitAttendees(boundBySequence(attached.events, mentions), mentions), undated: attached.undated });
}

/** "Cuộc đàm phán …", "Vòng hội đàm …" opening a sentence: talks told again, as a subject. */
const TALKS_RESTATED = /^(?:Cuộc|Vòng|Các cuộc)\s+(?:đàm phán|hội đàm|tham vấn|gặp|họp)(?!\p{L})/u;
/** Kinds of event that are someone's act: told back with no one, they are no event of their own. */
const NEEDS_PEOPLE = new Set<EventMention['type']>(['visit', 'call']);
/** Kinds one anaphoric mention of the other can tell of: talks, the summit they were held at, what they agreed. */
const TALKS_AND_MORE = new Set(['meeting', 'summit', 'agreement']);

/**
 * "Sau cuộc hội đàm … bên lề COP21, Obama tuyên bố": an event known only as a span (the
 * summit's days) ends no later than the dated event the sentence says followed it.
 */
function boundBySequence(events: TimelineEvent[], mentions: EventMention[]): TimelineEvent[] {
  const bounds = new Map<TimelineEvent, string>();
  if (!mentions.some((m) => m.precedes)) return events;
  const toldBy = eventTeller(events);
  for (const m of mentions) {
    if (!m.precedes || !m.date?.end) continue;
    const earlier = toldBy(m.type, m);
    const later = toldBy(m.precedes.type, m.precedes);
    if (!earlier?.end || !later || later.precision !== 'day' || later.end) continue;
    if (later.start >= earlier.start && later.start < earlier.end) bounds.set(earlier, later.start);
  }
  return events.map((e) => {
    const end = bounds.get(e);
    if (!end) return e;
    const { end: _drop, ...rest } = e;
    return end === e.start ? rest : { ...rest, end };
  });
}

/**
 * Merges events documents as one extraction over all their articles would (same ids, same
 * dedupe). Order-independent.
 */
export function mergeEventsDocuments(docs: ExtractedDocument[]): ExtractedDocument {
  return normalizeDocument(mergeDocs(docs));
}

/** Extracts and merges many articles: the merge of the per-article documents. */
export function extractEvents(articles: Iterable<Article>): ExtractedDocument {
  return mergeEventsDocuments([...articles].map(extractArticle));
}

/**
 * Rebuilds a document with a fixed key order everywhere, so serialising it is deterministic
 * whatever produced it (a fresh extraction or a parsed JSON file).
 */
export function normalizeDocument(doc: ExtractedDocument): ExtractedDocument {
  const participant = (p: TimelineEvent['participants'][number]) => ({
    name: p.name,
    ...(p.nameVi !== undefined ? { nameVi: p.nameVi } : {}),
    role: p.role ?? null,
    country: p.country ?? null,
  });
  const location = (l: TimelineEvent['location']) =>
    l ? { name: l.name, ...(l.nameVi !== undefined ? { nameVi: l.nameVi } : {}), country: l.country ?? null } : null;
  const source = (s: TimelineEvent['sources'][number]) => ({ document: s.document, quote: s.quote, start: s.start, end: s.end });
  const out: ExtractedDocument = {
    schema: SCHEMA_ID,
    documents: doc.documents.map((d) => ({
      id: d.id,
      title: d.title ?? null,
      published: d.published ?? null,
      publishedFrom: d.publishedFrom ?? null,
      publishedBasis: d.publishedBasis ?? null,
    })),
    events: doc.events.map((e) => ({
      id: e.id,
      start: e.start,
      ...(e.end !== undefined ? { end: e.end } : {}),
      precision: e.precision,
      type: e.type,
      title: { vi: e.title.vi, en: e.title.en },
      participants: e.participants.map(participant),
      location: location(e.location),
      sources: e.sources.map(source),
    })),
  };
  if (doc.undated?.length) {
    out.undated = doc.undated.map((m) => ({ type: m.type, participants: m.participants.map(participant), location: location(m.location), source: source(m.source) }));
  }
  return out;
}

/** Serialises a document the way every file this package writes looks: 2-space JSON + newline. */
export function serializeDocument(doc: EventsDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
