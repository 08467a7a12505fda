/**
 * The timeline's data as a ReactiveController: where the events come from (the `events`
 * property, a fetched `src`, or the bundled default), their validation and preparation, the
 * filters and the lanes. Everything here is recomputed only when its inputs change, never per
 * zoom frame; the host reads the results while rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EVENT_TYPES, validateEventsDocument, type EventType, type SourceDocument, type TimelineEvent } from '../events-schema.js';
import type { DiploErrorDetail, DiploLoadDetail } from './events.js';
import { filterEvents, type Filters } from './filter.js';
import { buildLanes, type GroupBy, type Lane } from './lanes.js';
import { loadEvents, type LoadLimits } from './load-events.js';
import { prepareEvents, startsOf, type PreparedEvent } from './prepare.js';

export interface EventsDataOptions {
  /** A problem to show and to send as `diplo-error` (the host dedupes). */
  onProblem: (message: string, kind: DiploErrorDetail['kind'], cause?: unknown) => void;
  /** Events were read (the host sends `diplo-load` after its update). */
  onLoad: (detail: DiploLoadDetail) => void;
}

/** What the data depends on; the host passes it at every update. */
export interface EventsDataInput {
  events: unknown;
  src: string | null;
  defaultEvents: unknown;
  filters: Filters;
  groupBy: GroupBy;
  maxLanes: number;
  /** Timeout and size limit for fetching `src`. */
  limits: LoadLimits;
}

type Loaded = { url: string; events: TimelineEvent[]; documents: SourceDocument[]; problems: string[] };

export class EventsData implements ReactiveController {
  /** Valid events in time order. */
  all: PreparedEvent[] = [];
  byId = new Map<string, PreparedEvent>();
  documents = new Map<string, SourceDocument>();
  /** Types present in the data, sorted (for the legend). */
  presentTypes: EventType[] = [];
  /** One line per skipped item of the current data. */
  problems: string[] = [];
  /** Events passing the filters, in time order, and their starts for binary search. */
  shown: PreparedEvent[] = [];
  shownStarts: Float64Array = new Float64Array(0);
  /** Increases whenever `shown` changes (a cheap cache key). */
  version = 0;
  lanes: Lane[] = [];
  /** Why `src` could not be read, if it could not. */
  loadError: string | null = null;

  private value: unknown = null;
  private loaded: Loaded | null = null;
  private url: string | null = null;
  private abort: AbortController | null = null;
  private filtersKey = '';
  private lanesKey = '';

  constructor(private readonly host: ReactiveControllerHost, private readonly options: EventsDataOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // An unfinished fetch is cancelled; `update` starts it again if the element comes back.
    if (this.abort) this.url = null;
    this.abort?.abort();
    this.abort = null;
  }

  /** Whether `src` is being fetched. */
  get loading(): boolean {
    return this.abort !== null;
  }

  /** A one-line summary of the skipped items, or null. */
  get message(): string | null {
    const n = this.problems.length;
    if (!n) return null;
    return `${n} item${n === 1 ? '' : 's'} skipped: ${this.problems[0]}${n > 1 ? ` (and ${n - 1} more)` : ''}`;
  }

  /** Brings everything up to date with `input`; returns whether the events themselves changed. */
  update(input: EventsDataInput): boolean {
    if (input.src !== this.url) this.startLoad(input.src, input.limits);
    const source: DiploLoadDetail['source'] | null = input.events ? 'events' : input.src ? 'src' : input.defaultEvents ? 'default' : null;
    // While `src` loads, and when it fails, the events already shown stay: they are replaced only
    // by events actually read.
    const value = source === 'events' ? input.events : source === 'src' ? (this.loaded?.url === input.src ? this.loaded : this.value) : source ? input.defaultEvents : null;
    const changed = value !== this.value;
    if (changed) this.prepare(value, source === 'src' ? this.loaded : null, source);

    const filtersKey = JSON.stringify(input.filters);
    if (changed || filtersKey !== this.filtersKey) {
      this.filtersKey = filtersKey;
      this.shown = filterEvents(this.all, input.filters);
      this.shownStarts = startsOf(this.shown);
      this.version++;
    }
    const lanesKey = `${this.version}|${input.groupBy}|${input.maxLanes}`;
    if (lanesKey !== this.lanesKey) {
      this.lanesKey = lanesKey;
      this.lanes = buildLanes(this.shown, input.groupBy, input.maxLanes);
    }
    return changed;
  }

  private prepare(value: unknown, loaded: Loaded | null, source: DiploLoadDetail['source'] | null): void {
    this.value = value;
    const { events, documents, problems } = loaded ?? (value ? validateEventsDocument(value) : { events: [], documents: [], problems: [] });
    const prepared = prepareEvents(events);
    this.all = prepared.items;
    this.byId = prepared.byId;
    this.documents = new Map(documents.map((d) => [d.id, d]));
    const types = new Set<EventType>();
    // Stops as soon as every type was seen (usually within the first events, not after 100,000).
    for (const d of this.all) if (types.add(d.event.type).size === EVENT_TYPES.length) break;
    this.presentTypes = [...types].sort();
    this.problems = [...problems, ...prepared.problems];
    if (this.problems.length) this.options.onProblem(this.message!, 'data');
    if (source) this.options.onLoad({ count: this.all.length, source, problems: this.problems });
  }

  /** Fetches `url` (cancelling any earlier fetch); the result arrives with a host update. */
  private startLoad(url: string | null, limits: LoadLimits): void {
    this.abort?.abort();
    this.abort = null;
    this.url = url;
    this.loadError = null;
    if (!url) return;
    const controller = (this.abort = new AbortController());
    void loadEvents(url, controller.signal, limits).then((r) => {
      if (controller.signal.aborted) return;
      this.abort = null;
      if (r.ok) this.loaded = { url, ...r.result };
      else {
        this.loadError = r.message;
        this.options.onProblem(r.message, 'load', r.cause);
      }
      this.host.requestUpdate();
    });
  }
}
