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
  /**
   * Offsets of `quote` (UTF-16 code units, end exclusive) in the article text as the extractor
   * read it: decoded from UTF-8, byte-order mark removed, Unicode NFC (NFD input is composed
   * first, so its offsets count composed characters), line ends as in the file (CRs counted).
   */
  start: number;
  end: number;
  /** Optional link to the article; the component links only http(s) URLs. */
  url?: string | null;
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
  /** Optional link to the article (used when a source has no `url` of its own); only http(s) is linked. */
  url?: string | null;
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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year` on the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** The number made of the ASCII digits s[from..to), or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The [year, month, day] of an ISO date of the shape YYYY, YYYY-MM or YYYY-MM-DD that exists on
 * the calendar (no 2015-02-30), or null; a missing month or day reads as 1. Reads character codes
 * rather than a regex and a Date, because the component checks every event of documents with
 * 100,000 of them, and Date getters each do a time-zone lookup.
 */
export function isoDateFields(iso: string): [number, number, number] | null {
  const year = isoYear(iso);
  if (year < 0) return null;
  return [year, iso.length > 4 ? digits(iso, 5, 7) : 1, iso.length > 7 ? digits(iso, 8, 10) : 1];
}

/** The year of a valid YYYY, YYYY-MM or YYYY-MM-DD date, or -1 (no array: it runs for every event). */
function isoYear(iso: string): number {
  const len = iso.length;
  if (len !== 4 && len !== 7 && len !== 10) return -1;
  const year = digits(iso, 0, 4);
  if (year < 0 || len === 4) return year;
  const month = digits(iso, 5, 7);
  if (iso.charCodeAt(4) !== 45 || month < 1 || month > 12) return -1;
  if (len === 7) return year;
  const day = digits(iso, 8, 10);
  return iso.charCodeAt(7) === 45 && day >= 1 && day <= daysInMonth(year, month) ? year : -1;
}

/** Whether `value` is an ISO date of the shape YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && isoYear(value) >= 0;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** How a problem names an event: by id, else by position. Built only for a problem (checkEvent runs for each of 100,000 events). */
const labelOf = (e: Record<string, unknown>, i: number) => `event ${isString(e.id) ? JSON.stringify(e.id) : i}`;

function checkEvent(e: unknown, i: number): string | null {
  if (!isObject(e)) return `event ${i}: not an object`;
  if (!isString(e.id) || !e.id) return `${labelOf(e, i)}: missing id`;
  if (!isIsoDate(e.start)) return `${labelOf(e, i)}: invalid start date ${JSON.stringify(e.start)}`;
  if (e.end !== undefined && e.end !== null) {
    if (!isIsoDate(e.end)) return `${labelOf(e, i)}: invalid end date ${JSON.stringify(e.end)}`;
    if (e.end < e.start) return `${labelOf(e, i)}: end ${e.end} is before start ${e.start}`;
  }
  if (!isObject(e.title) || !isString(e.title.vi) || !isString(e.title.en)) return `${labelOf(e, i)}: title needs vi and en`;
  if (!Array.isArray(e.participants)) return `${labelOf(e, i)}: participants must be an array`;
  if (!Array.isArray(e.sources)) return `${labelOf(e, i)}: sources must be an array`;
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
    const precisionOk = e.precision === 'day' || e.precision === 'month' || e.precision === 'year';
    const typeOk = (EVENT_TYPES as readonly string[]).includes(e.type);
    // Most documents are already complete: keep their objects rather than copy 100,000 of them.
    if (precisionOk && typeOk && e.location !== undefined) {
      events.push(e);
      return;
    }
    const precision: DatePrecision = precisionOk ? e.precision : e.start.length === 4 ? 'year' : e.start.length === 7 ? 'month' : 'day';
    events.push({ ...e, precision, type: typeOk ? e.type : 'other', location: e.location ?? null });
  });

  const documents = rawDocuments.filter((d): d is SourceDocument => isObject(d) && isString(d.id));
  return { events, documents, problems };
}
