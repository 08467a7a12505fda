/**
 * The events document: one format written by the extraction pipeline, printed by the CLI
 * and read by `<diplo-timeline>`. See EVENT-SCHEMA in the README. This is the only module
 * that knows the schema tag, and it is shared by both halves of the package.
 */

/** The schema tag every events document carries. */
export const SCHEMA_ID = 'diplo-timeline/events@1';

/** How much of an event's `start` the source text actually states. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The kinds of diplomatic event. */
export const EVENT_TYPES = ['meeting', 'call', 'summit', 'visit', 'statement', 'agreement', 'attack', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A person taking part in an event. */
export interface Participant {
  /** Latin spelling as the article uses it, e.g. "Barack Obama". */
  name: string;
  /** The article's own form when it differs (e.g. "Tập Cận Bình"). */
  nameVi?: string;
  /** Office in English, e.g. "President". */
  role?: string | null;
  /** ISO 3166-1 alpha-2 country code, or an organisation code such as "NATO". */
  country?: string | null;
}

/** Where an event took place. */
export interface EventLocation {
  name: string;
  nameVi?: string;
  country?: string | null;
}

/** One mention of an event in one article. */
export interface EventSource {
  /** Document id (the article's file name without extension). */
  document: string;
  /** The sentence the event was read from, verbatim. */
  quote: string;
  /** Character offsets of `quote` in the article text. */
  start: number;
  end: number;
}

/** One real-world event, however many articles mention it. */
export interface TimelineEvent {
  /** Stable id derived from content, e.g. "2016-02-08-obama-mattarella-meeting". */
  id: string;
  /** ISO 8601: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  start: string;
  /** Optional inclusive end date for events that span days. */
  end?: string;
  precision: DatePrecision;
  type: EventType;
  title: { vi: string; en: string };
  participants: Participant[];
  location: EventLocation | null;
  sources: EventSource[];
}

/** One article the events were read from. */
export interface SourceDocument {
  id: string;
  title: string | null;
  /** Document date, ISO, or null when it cannot be told. */
  published: string | null;
  publishedFrom: 'header' | 'inferred' | null;
  /** Why, when the date was inferred. */
  publishedBasis?: string | null;
}

/** The whole events document. */
export interface EventsDocument {
  schema: typeof SCHEMA_ID;
  documents: SourceDocument[];
  events: TimelineEvent[];
}

/** The outcome of checking untrusted input against the schema. */
export interface ValidationResult {
  /** The events that passed, in input order. */
  events: TimelineEvent[];
  /** The documents that passed. */
  documents: SourceDocument[];
  /** One human-readable line per rejected item or structural problem. */
  problems: string[];
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether `value` is an ISO date of the shape YYYY, YYYY-MM or YYYY-MM-DD that exists on the
 * calendar (no 2015-02-30).
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function checkEvent(e: unknown, i: number): string | null {
  if (!isObject(e)) return `event ${i}: not an object`;
  const label = `event ${isString(e.id) ? JSON.stringify(e.id) : i}`;
  if (!isString(e.id) || !e.id) return `${label}: missing id`;
  if (!isIsoDate(e.start)) return `${label}: invalid start date ${JSON.stringify(e.start)}`;
  if (e.end !== undefined && e.end !== null) {
    if (!isIsoDate(e.end)) return `${label}: invalid end date ${JSON.stringify(e.end)}`;
    if (e.end < e.start) return `${label}: end ${e.end} is before start ${e.start}`;
  }
  if (!isObject(e.title) || !isString(e.title.vi) || !isString(e.title.en)) return `${label}: title needs vi and en`;
  if (!Array.isArray(e.participants)) return `${label}: participants must be an array`;
  if (!Array.isArray(e.sources)) return `${label}: sources must be an array`;
  return null;
}

/**
 * Checks untrusted input (a parsed events document, or a bare array of events) and keeps every
 * valid event. Never throws: each problem becomes one line in `problems`. Missing optional
 * fields get their defaults (`precision` from the shape of `start`, `type` "other").
 */
export function validateEventsDocument(input: unknown): ValidationResult {
  const problems: string[] = [];
  let rawEvents: unknown[] = [];
  let rawDocuments: unknown[] = [];
  if (Array.isArray(input)) {
    rawEvents = input;
  } else if (isObject(input)) {
    if (input.schema !== undefined && input.schema !== SCHEMA_ID) {
      problems.push(`unknown schema ${JSON.stringify(input.schema)}, expected ${SCHEMA_ID}`);
    }
    if (Array.isArray(input.events)) rawEvents = input.events;
    else problems.push('document has no "events" array');
    if (Array.isArray(input.documents)) rawDocuments = input.documents;
  } else {
    problems.push('expected an events document or an array of events');
  }

  const events: TimelineEvent[] = [];
  rawEvents.forEach((raw, i) => {
    const problem = checkEvent(raw, i);
    if (problem) {
      problems.push(problem);
      return;
    }
    const e = raw as unknown as TimelineEvent;
    const precision: DatePrecision = (['day', 'month', 'year'] as const).includes(e.precision)
      ? e.precision
      : e.start.length === 4 ? 'year' : e.start.length === 7 ? 'month' : 'day';
    const type: EventType = (EVENT_TYPES as readonly string[]).includes(e.type) ? e.type : 'other';
    events.push({ ...e, precision, type, location: e.location ?? null });
  });

  const documents = rawDocuments.filter((d): d is SourceDocument => isObject(d) && isString(d.id));
  return { events, documents, problems };
}
