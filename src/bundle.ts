// Entry of the self-contained script-tag bundle: the library plus the dataset it ships, which
// every <diplo-timeline> without `src` or `events` shows.
import data from '../data/events.json';
import type { EventsDocument } from './events-schema.js';
import { DiploTimeline } from './index.js';

DiploTimeline.defaultEvents ??= data as EventsDocument;

export * from './index.js';
