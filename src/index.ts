/**
 * diplo-timeline: a zoomable timeline web component of diplomatic events.
 *
 * Importing this module registers `<diplo-timeline>` (once, even if another copy already did).
 * @packageDocumentation
 */
import './timeline/define.js';

export { DiploTimeline } from './timeline/diplo-timeline.js';
export * from './timeline/events.js';
export { SCHEMA_ID, EVENT_TYPES, validateEventsDocument, isIsoDate } from './events-schema.js';
export type {
  DatePrecision,
  EventType,
  EventLocation,
  EventSource,
  EventsDocument,
  Participant,
  SourceDocument,
  TimelineEvent,
  ValidationResult,
} from './events-schema.js';
