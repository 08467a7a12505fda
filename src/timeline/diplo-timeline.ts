import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { timeScale, type TimeScale } from './time-scale.js';
import { validateEventsDocument, type EventsDocument, type SourceDocument, type TimelineEvent, type EventType } from '../events-schema.js';
import { styles } from './diplo-timeline.styles.js';
import { emit, type DiploErrorDetail, type DiploLoadDetail } from './events.js';
import { ZoomController, type Range } from './zoom-controller.js';
import { OverviewController } from './overview.js';
import { loadEvents } from './load-events.js';
import { prepareEvents, lowerBound, startsOf, type PreparedEvent } from './prepare.js';
import { filterEvents, parseList, parseTypes } from './filter.js';
import { buildLanes, GROUP_BY_VALUES, OTHER_LANE, UNKNOWN_LANE, type GroupBy, type Lane } from './lanes.js';
import { layoutLane, type LaneLayout } from './clusters.js';
import { timeTicks } from './time-ticks.js';
import { parseIsoDate, formatDay, formatEventDate } from './event-span.js';
import { strings, toLang, typeName, type Lang } from './i18n.js';
import { METRICS, renderAxis, renderCard, renderCluster, renderEvent } from './templates.js';

const DEFAULT_START = '2015-01-01';
const DEFAULT_END = '2022-12-31';
const THEMES = ['light', 'dark', 'auto'] as const;
const OVERVIEW_HEIGHT = 40;
const CONTROLS_HEIGHT = 39;

/** Where the events came from. */
type Input = { source: DiploLoadDetail['source']; value: unknown };

/**
 * A zoomable timeline of diplomatic events: wheel, pinch, drag, keyboard and buttons zoom and
 * pan; dense runs collapse into clusters; month- and year-precision dates are drawn as bands.
 *
 * @summary Zoomable, accessible timeline of an events document (diplo-timeline/events@1).
 *
 * @attr src - URL of an events document; default: the bundled dataset.
 * @attr lang - `vi` (default) or `en`; else the nearest ancestor's `lang`.
 * @attr start - First day of the initial window (YYYY-MM-DD), default 2015-01-01.
 * @attr end - Last day of the initial window, default 2022-12-31.
 * @attr group-by - Lanes: `none`, `type`, `country` or `participant`.
 * @attr types - Comma-separated event types to show, e.g. `meeting,call`.
 * @attr participants - Comma-separated participant names or country codes to show.
 * @attr query - Text filter (case- and diacritic-insensitive).
 * @attr selected - Id of the selected event (its card is open).
 * @attr height - Height in pixels (default 360).
 * @attr theme - `light` (default), `dark` or `auto` (follows prefers-color-scheme).
 * @attr no-overview - Hides the overview strip.
 * @attr no-controls - Hides the zoom buttons and legend.
 *
 * @fires diplo-select - An event was selected or the selection cleared; `detail.event` is the event or null.
 * @fires diplo-range-change - The visible window changed; `detail.start`/`detail.end` are Dates (end exclusive).
 * @fires diplo-load - Events were read; `detail.count`, `detail.source`, `detail.problems`.
 * @fires diplo-error - Something could not be read or understood; `detail.message`, `detail.kind`.
 *
 * @csspart event - One drawn event (also carries `data-event-id`, `data-kind`, `data-precision`).
 * @csspart cluster - A mark standing for several events (`data-count`).
 * @csspart axis - The time axis.
 * @csspart card - The detail card of the selected event.
 * @csspart tooltip - The hover/focus tooltip.
 * @csspart controls - The bar with the zoom buttons and the legend.
 * @csspart overview - The overview strip with its brush.
 * @csspart message - The notice shown when something could not be read.
 *
 * @cssprop [--diplo-font=system-ui] - Font family.
 * @cssprop [--diplo-background=#ffffff] - Background.
 * @cssprop [--diplo-text=#1f2937] - Text colour.
 * @cssprop [--diplo-muted=#6b7280] - Secondary text (tick labels, lane names).
 * @cssprop [--diplo-axis=#9ca3af] - Axis line.
 * @cssprop [--diplo-grid=#eef0f3] - Grid lines.
 * @cssprop [--diplo-grid-major=#d9dde3] - Grid lines at year/month boundaries.
 * @cssprop [--diplo-surface=#ffffff] - Card background.
 * @cssprop [--diplo-border=#e5e7eb] - Borders.
 * @cssprop [--diplo-accent=#1d4ed8] - Overview density and brush.
 * @cssprop [--diplo-focus=#1d4ed8] - Focus ring.
 * @cssprop [--diplo-cluster=#475569] - Cluster marks.
 * @cssprop [--diplo-color-meeting=#2563eb] - Colour of meetings; likewise `--diplo-color-call`, `-summit`, `-visit`, `-statement`, `-agreement`, `-attack`, `-other`.
 */
export class DiploTimeline extends LitElement {
  static override styles = styles;

  /** Events shown when neither `events` nor `src` is set; the script-tag bundle sets it to its dataset. */
  static defaultEvents: EventsDocument | TimelineEvent[] | null = null;

  /** Events to show: an events document or an array of events. Takes precedence over `src`. */
  @property({ attribute: false }) accessor events: EventsDocument | TimelineEvent[] | null = null;
  /** URL of an events document to fetch. */
  @property() accessor src: string | null = null;
  /** First day of the initial window, YYYY-MM-DD (or YYYY-MM, YYYY). */
  @property() accessor start: string | null = null;
  /** Last day (inclusive) of the initial window. */
  @property() accessor end: string | null = null;
  /** How events are split into lanes. */
  @property({ attribute: 'group-by', reflect: true }) accessor groupBy: GroupBy = 'none';
  /** Comma-separated event types to show; empty shows all. */
  @property() accessor types: string | null = null;
  /** Comma-separated participant names or country codes to show; empty shows all. */
  @property() accessor participants: string | null = null;
  /** Free-text filter over titles, names, places and quotes. */
  @property() accessor query: string | null = null;
  /** Id of the selected event, whose card is open. */
  @property({ reflect: true }) accessor selected: string | null = null;
  /** Height in CSS pixels. */
  @property({ type: Number }) accessor height = 360;
  /** Colour theme. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | 'auto' = 'light';
  /** Hides the overview strip. */
  @property({ type: Boolean, attribute: 'no-overview', reflect: true }) accessor noOverview = false;
  /** Hides the zoom buttons and the legend. */
  @property({ type: Boolean, attribute: 'no-controls', reflect: true }) accessor noControls = false;

  @state() private accessor loaded: { url: string; events: TimelineEvent[]; documents: SourceDocument[]; problems: string[] } | null = null;
  @state() private accessor loadError: string | null = null;
  @state() private accessor width = 0;
  @state() private accessor activeId: string | null = null;
  @state() private accessor tooltip: { id: string; x: number; y: number } | null = null;
  @state() private accessor announcement = '';

  private language: Lang = 'vi';
  private input: Input | null = null;
  private all: PreparedEvent[] = [];
  private byId = new Map<string, PreparedEvent>();
  private documents = new Map<string, SourceDocument>();
  private dataProblems: string[] = [];
  private attrProblems: string[] = [];
  private shown: PreparedEvent[] = [];
  private shownStarts: Float64Array = new Float64Array(0);
  private lanes: Lane[] = [];
  private laneKeyForLayout = '';
  private whole: Range = [0, 1];
  private rangeReady = false;
  private reported = new Set<string>();
  private pendingEmits: Array<() => void> = [];
  private lastRange: Range | null = null;
  private announceTimer = 0;
  private abort: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;

  private readonly zoom = new ZoomController(this);
  private readonly overview = new OverviewController(this, { onBrush: (range) => this.zoom.setRange(range) });

  // `lang` stays the native HTMLElement property (a Lit property would shadow it); we only
  // observe the attribute so that changing it re-renders.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver ??= new ResizeObserver((entries) => {
        const w = Math.round(entries[entries.length - 1].contentRect.width);
        if (w > 0 && w !== this.width) this.width = w;
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.abort?.abort();
    this.abort = null;
    clearTimeout(this.announceTimer);
  }

  /** The visible window; `end` is exclusive. */
  get visibleRange(): { start: Date; end: Date } {
    return { start: new Date(this.zoom.range[0]), end: new Date(this.zoom.range[1]) };
  }

  /** The whole zoomable range: the data's extent and the default window, padded slightly. */
  get fullRange(): { start: Date; end: Date } {
    return { start: new Date(this.whole[0]), end: new Date(this.whole[1]) };
  }

  /** The language in use: own `lang`, else the nearest ancestor's, else Vietnamese. */
  get resolvedLang(): Lang {
    return this.language;
  }

  /** The valid events currently loaded (before filtering), in time order. */
  get loadedEvents(): TimelineEvent[] {
    return this.all.map((d) => d.event);
  }

  /** The events passing the filters, in time order. */
  get filteredEvents(): TimelineEvent[] {
    return this.shown.map((d) => d.event);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      if (this.width === 0) this.width = Math.round(this.getBoundingClientRect().width) || 0;
      this.attrProblems = [];
      this.language = this.resolveLang();
      if (changed.has('src')) this.startLoad();
      const dataChanged = this.updateData();
      const groupBy = this.resolveGroupBy();
      const { types, unknown } = parseTypes(this.types);
      if (unknown.length) this.attrProblems.push(`types: unknown ${unknown.map((u) => JSON.stringify(u)).join(', ')} (expected ${['meeting', 'call', 'summit', 'visit', 'statement', 'agreement', 'attack', 'other'].join(', ')})`);
      if (!(THEMES as readonly string[]).includes(this.theme)) this.attrProblems.push(`theme: unknown value ${JSON.stringify(this.theme)} (light, dark or auto)`);
      if (dataChanged || changed.has('types') || changed.has('participants') || changed.has('query')) {
        this.shown = filterEvents(this.all, { types, participants: parseList(this.participants), query: this.query ?? '' });
        this.shownStarts = startsOf(this.shown);
        this.laneKeyForLayout = '';
      }
      const laneKey = `${groupBy}|${this.maxLanes()}|${this.language}`;
      if (laneKey !== this.laneKeyForLayout) {
        this.lanes = buildLanes(this.shown, groupBy, this.maxLanes());
        this.laneKeyForLayout = laneKey;
      }
      this.updateRange(changed, dataChanged);
      if (this.selected && this.all.length && !this.byId.has(this.selected)) this.attrProblems.push(`selected: no event with id ${JSON.stringify(this.selected)}`);
      for (const p of this.attrProblems) this.report(p, 'attribute');
    } catch (cause) {
      // A bug must not take the page down: say so inside the component instead.
      this.attrProblems.push(`Internal error: ${cause instanceof Error ? cause.message : String(cause)}`);
      this.report(this.attrProblems[this.attrProblems.length - 1], 'data', cause);
    }
  }

  private resolveLang(): Lang {
    const own = this.getAttribute('lang');
    if (own !== null) {
      const lang = toLang(own);
      if (lang) return lang;
      if (own.trim()) this.attrProblems.push(`lang: unsupported language ${JSON.stringify(own)} (vi or en)`);
    }
    return toLang(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? 'vi';
  }

  private resolveGroupBy(): GroupBy {
    if ((GROUP_BY_VALUES as readonly string[]).includes(this.groupBy)) return this.groupBy;
    this.attrProblems.push(`group-by: unknown value ${JSON.stringify(this.groupBy)} (none, type, country or participant)`);
    return 'none';
  }

  private get plotHeight(): number {
    const h = Number.isFinite(this.height) && this.height >= 120 ? this.height : 360;
    return Math.max(80, h - (this.noControls ? 0 : CONTROLS_HEIGHT) - (this.noOverview ? 0 : OVERVIEW_HEIGHT) - 2);
  }

  private maxLanes(): number {
    const { axisHeight, laneLabel, rowHeight } = METRICS;
    return Math.max(1, Math.floor((this.plotHeight - axisHeight - 4) / (laneLabel + rowHeight + 6)));
  }

  /** Fetches `src` (aborting any earlier fetch); the result arrives as state. */
  private startLoad(): void {
    this.abort?.abort();
    this.abort = null;
    this.loadError = null;
    const url = this.src;
    if (!url) return;
    const controller = (this.abort = new AbortController());
    void loadEvents(url, controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (r.ok) this.loaded = { url, ...r.result };
      else {
        this.loadError = r.message;
        this.report(r.message, 'load', r.cause);
        this.requestUpdate();
      }
    });
  }

  /** Picks the input (events > src > bundled default) and prepares it when it changed. */
  private updateData(): boolean {
    const input: Input | null = this.events
      ? { source: 'events', value: this.events }
      : this.src
        ? this.loaded?.url === this.src ? { source: 'src', value: this.loaded } : null
        : DiploTimeline.defaultEvents ? { source: 'default', value: DiploTimeline.defaultEvents } : null;
    if (input?.value === this.input?.value) return false;
    this.input = input;
    let events: TimelineEvent[] = [];
    let documents: SourceDocument[] = [];
    let problems: string[] = [];
    if (input?.source === 'src') ({ events, documents, problems } = this.loaded!);
    else if (input) ({ events, documents, problems } = validateEventsDocument(input.value));
    const prepared = prepareEvents(events);
    this.all = prepared.items;
    this.byId = new Map(this.all.map((d) => [d.id, d]));
    this.documents = new Map(documents.map((d) => [d.id, d]));
    this.dataProblems = [...problems, ...prepared.problems];
    if (this.dataProblems.length) this.report(this.dataMessage()!, 'data');
    if (input) this.pendingEmits.push(() => emit(this, 'diplo-load', { count: this.all.length, source: input.source, problems: this.dataProblems }));
    return true;
  }

  private dataMessage(): string | null {
    const n = this.dataProblems.length;
    if (!n) return null;
    return `${n} item${n === 1 ? '' : 's'} skipped: ${this.dataProblems[0]}${n > 1 ? ` (and ${n - 1} more)` : ''}`;
  }

  /** Keeps the whole range and the visible window consistent with data, size and attributes. */
  private updateRange(changed: PropertyValues<this>, dataChanged: boolean): void {
    const initial = this.initialWindow();
    if (dataChanged || !this.rangeReady) {
      let lo = initial[0], hi = initial[1];
      if (this.all.length) {
        lo = Math.min(lo, this.all[0].start);
        for (const d of this.all) hi = Math.max(hi, d.end);
      }
      const pad = (hi - lo) * 0.01;
      this.whole = [lo - pad, hi + pad];
    }
    this.zoom.configure(Math.max(1, this.width), this.plotHeight, this.whole);
    if (!this.rangeReady || changed.has('start') || changed.has('end')) {
      this.rangeReady = true;
      this.zoom.setRange(initial, false);
    }
  }

  private initialWindow(): Range {
    const parse = (value: string | null, fallback: string, name: string, endOfDay: boolean): number => {
      const d = value ? parseIsoDate(value.trim()) : null;
      if (value && !d) this.attrProblems.push(`${name}: cannot read date ${JSON.stringify(value)} (YYYY-MM-DD)`);
      const day = d ?? parseIsoDate(fallback)!;
      return endOfDay ? new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime() : day.getTime();
    };
    const s = parse(this.start, DEFAULT_START, 'start', false);
    const e = parse(this.end, DEFAULT_END, 'end', true);
    if (e <= s) {
      this.attrProblems.push(`end (${this.end}) is before start (${this.start})`);
      return [parse(null, DEFAULT_START, '', false), parse(null, DEFAULT_END, '', true)];
    }
    return [s, e];
  }

  /** Reports a problem once: a `diplo-error` event after this update and a visible message. */
  private report(message: string, kind: DiploErrorDetail['kind'], cause?: unknown): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.pendingEmits.push(() => emit(this, 'diplo-error', { message, kind, cause }));
    if (!this.isUpdatePending) this.requestUpdate();
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector<SVGSVGElement>('svg.plot');
    if (plot) this.zoom.attach(plot);
    const brush = this.renderRoot.querySelector<SVGGElement>('g.brush');
    this.overview.sync(brush, Math.max(1, this.width), OVERVIEW_HEIGHT - 1, this.whole, this.zoom.range);
    const emits = this.pendingEmits;
    this.pendingEmits = [];
    for (const fn of emits) fn();
    const range = this.zoom.range;
    if (!this.lastRange || range[0] !== this.lastRange[0] || range[1] !== this.lastRange[1]) {
      const first = !this.lastRange;
      this.lastRange = range;
      if (!first) {
        emit(this, 'diplo-range-change', { start: new Date(range[0]), end: new Date(range[1]) });
        clearTimeout(this.announceTimer);
        this.announceTimer = window.setTimeout(() => this.announceRange(), 700);
      }
    }
  }

  private announceRange(): void {
    const [s, e] = this.zoom.range;
    const n = lowerBound(this.shownStarts, e) - lowerBound(this.shownStarts, s);
    this.announcement = strings(this.language).range(formatDay(new Date(s), this.language), formatDay(new Date(e - 1), this.language), n);
  }

  private scale(): TimeScale {
    return timeScale(this.zoom.range, [0, Math.max(1, this.width)]);
  }

  override render(): TemplateResult {
    const t = strings(this.language);
    const messages = [this.loadError, this.dataMessage(), ...this.attrProblems].filter(Boolean);
    const selected = this.selected ? this.byId.get(this.selected) : undefined;
    return html`<div class="frame" @keydown=${this.handleKeydown} style="height:${this.plotHeight + (this.noControls ? 0 : CONTROLS_HEIGHT) + (this.noOverview ? 0 : OVERVIEW_HEIGHT)}px">
      ${this.noControls ? nothing : this.renderControls()}
      <p part="message" class="message" role="status" aria-live="polite">${messages.join(' · ')}</p>
      <div class="main" @pointerover=${this.handlePointerOver} @pointerout=${this.handlePointerOut}>
        ${this.renderPlot()}
        ${this.renderTooltip()}
        ${selected ? renderCard(selected.event, this.language, this.documents, () => this.closeCard()) : nothing}
      </div>
      ${this.noOverview ? nothing : this.renderOverview()}
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
      <p class="sr-only" id="keys">${t.keys}</p>
    </div>`;
  }

  private renderControls(): TemplateResult {
    const t = strings(this.language);
    const present = new Set<EventType>(this.all.map((d) => d.event.type));
    return html`<div part="controls" class="controls">
      <div class="buttons" role="group" aria-label=${t.timeline}>
        <button type="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.zoom.zoomBy(1 / 2)}>−</button>
        <button type="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.zoom.zoomBy(2)}>+</button>
        <button type="button" class="fit" title=${t.fit} @click=${() => this.fit()}>${t.fit}</button>
      </div>
      <ul class="legend" aria-label="Legend">
        ${[...present].sort().map((type) => html`<li class="type-${type}"><span class="swatch"></span>${typeName(type, this.language)}</li>`)}
      </ul>
      <span class="count">${t.events(this.shown.length)}</span>
    </div>`;
  }

  private renderPlot(): TemplateResult {
    const width = Math.max(1, this.width);
    const height = this.plotHeight;
    const x = this.scale();
    const [t0, t1] = this.zoom.range;
    const { axisHeight, laneLabel, rowHeight } = METRICS;
    const grouped = this.lanes.length > 1 || (this.lanes[0]?.key ?? '') !== '';
    const laneHeight = (height - axisHeight - 4) / Math.max(1, this.lanes.length);
    const labelSpace = grouped ? laneLabel : 4;
    const maxRows = Math.max(1, Math.floor((laneHeight - labelSpace) / rowHeight));
    const pinned = new Set([this.selected, this.activeId].filter((s): s is string => !!s));
    const layouts: Array<{ lane: Lane; y: number; layout: LaneLayout }> = this.lanes.map((lane, i) => ({
      lane,
      y: axisHeight + 2 + i * laneHeight,
      layout: layoutLane(lane, x, t0, t1, { maxRows, pinned, pointRadius: METRICS.pointRadius }),
    }));
    const rowY = (laneY: number, row: number) => laneY + labelSpace + row * rowHeight + rowHeight / 2;
    const empty = this.all.length > 0 && layouts.every((l) => !l.layout.events.length && !l.layout.clusters.length);
    return html`<svg class="plot" width=${width} height=${height} tabindex=${this.activeId && this.isDrawn(this.activeId) ? '-1' : '0'}
        role="application" aria-roledescription="timeline" aria-label=${strings(this.language).timeline} aria-describedby="keys"
        @click=${this.handleClick} @focusin=${this.handleFocusIn} @focusout=${this.handleFocusOut}>
      <rect class="hit" width=${width} height=${height}></rect>
      ${renderAxis(timeTicks(x, this.language), height)}
      ${grouped ? layouts.map(({ lane, y }, i) => svg`
        ${i > 0 ? svg`<line class="lane-sep" x1="0" x2=${width} y1=${y - 1} y2=${y - 1}></line>` : nothing}
        <text class="lane-label" x="6" y=${y + 12}>${this.laneName(lane)}</text>`) : nothing}
      ${layouts.map(({ lane, y, layout }) => svg`<g class="lane" data-lane=${lane.key}>
        ${repeat(layout.clusters, (c) => c.key, (c) => renderCluster(c, rowY(y, c.row), this.language))}
        ${repeat(layout.events, (m) => m.item.id, (m) => renderEvent(m, rowY(y, m.row), width, this.language, { active: m.item.id === this.activeId, selected: m.item.id === this.selected }))}
      </g>`)}
      ${empty ? svg`<text class="empty" x=${width / 2} y=${axisHeight + 40} text-anchor="middle">${strings(this.language).empty}</text>` : nothing}
    </svg>`;
  }

  private laneName(lane: Lane): string {
    const t = strings(this.language);
    if (lane.key === UNKNOWN_LANE) return t.unknownLane;
    if (lane.key === OTHER_LANE) return this.language === 'vi' ? 'Khác' : 'Others';
    return this.groupBy === 'type' ? typeName(lane.key as EventType, this.language) : lane.key;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const d = this.tooltip && this.byId.get(this.tooltip.id);
    if (!d || !this.tooltip || this.selected === d.id) return nothing;
    const left = Math.min(Math.max(4, this.tooltip.x - 20), Math.max(4, this.width - 240));
    return html`<div part="tooltip" class="tooltip" role="tooltip" style="left:${left}px;top:${this.tooltip.y + 10}px">
      <strong>${d.event.title[this.language]}</strong><span class="date">${formatEventDate(d.event, this.language)} · ${typeName(d.event.type, this.language)}</span>
    </div>`;
  }

  private renderOverview(): TemplateResult {
    const width = Math.max(1, this.width);
    const h = OVERVIEW_HEIGHT - 1;
    const x = timeScale(this.whole, [0, width]);
    const ticks = timeTicks(x, this.language, 'year');
    return html`<svg part="overview" class="overview" width=${width} height=${h} role="group" aria-label=${strings(this.language).overview}>
      <path class="density" d=${this.densityPath(width, h - 14)}></path>
      ${ticks.ticks.map((tk) => svg`<text class="tick" x=${tk.x + 2} y=${h - 3}>${tk.label}</text>`)}
      <g class="brush"></g>
    </svg>`;
  }

  /** Bars of event counts over the whole range, one path (cheap at any number of events). */
  private densityPath(width: number, h: number): string {
    const bins = Math.max(1, Math.floor(width / 3));
    const [w0, w1] = this.whole;
    const step = (w1 - w0) / bins;
    const counts: number[] = [];
    let max = 0;
    for (let i = 0, lo = 0; i < bins; i++) {
      const hi = lowerBound(this.shownStarts, w0 + (i + 1) * step, lo);
      counts.push(hi - lo);
      max = Math.max(max, hi - lo);
      lo = hi;
    }
    if (!max) return '';
    const bw = width / bins;
    return counts.map((c, i) => {
      if (!c) return '';
      const bh = Math.max(2, Math.sqrt(c / max) * h);
      return `M${(i * bw).toFixed(1)},${h + 2}h${Math.max(1, bw - 1).toFixed(1)}v${(-bh).toFixed(1)}h${(-Math.max(1, bw - 1)).toFixed(1)}z`;
    }).join('');
  }

  private isDrawn(id: string): boolean {
    return !!this.renderRoot?.querySelector?.(`[part~="event"][data-event-id="${CSS.escape(id)}"]`);
  }

  private markOf(target: EventTarget | null): { id: string; el: SVGGElement } | { cluster: SVGGElement } | null {
    const el = target instanceof Element ? target.closest<SVGGElement>('[data-event-id], [part~="cluster"]') : null;
    if (!el) return null;
    const id = el.getAttribute('data-event-id');
    return id ? { id, el } : { cluster: el };
  }

  private handleClick = (e: MouseEvent): void => {
    const mark = this.markOf(e.target);
    if (!mark) return;
    if ('id' in mark) {
      this.activeId = mark.id;
      this.select(mark.id);
    } else this.zoomToCluster(mark.cluster);
  };

  private zoomToCluster(el: Element): void {
    const from = Number(el.getAttribute('data-from')), to = Number(el.getAttribute('data-to'));
    const span = Math.max(to - from, 864e5 * 2);
    this.zoom.setRange([from - span * 0.25, from + span * 1.25], true);
  }

  private tooltipFor(id: string, el: Element): void {
    const box = el.getBoundingClientRect();
    const main = this.renderRoot.querySelector('.main')!.getBoundingClientRect();
    this.tooltip = { id, x: box.left - main.left, y: box.bottom - main.top };
  }

  private handlePointerOver = (e: PointerEvent): void => {
    const mark = this.markOf(e.target);
    if (mark && 'id' in mark && e.buttons === 0) this.tooltipFor(mark.id, mark.el);
  };

  private handlePointerOut = (e: PointerEvent): void => {
    if (this.tooltip && !this.markOf(e.relatedTarget)) this.tooltip = null;
  };

  private handleFocusIn = (e: FocusEvent): void => {
    const mark = this.markOf(e.target);
    if (mark && 'id' in mark) {
      this.activeId = mark.id;
      this.tooltipFor(mark.id, mark.el);
    }
  };

  private handleFocusOut = (): void => {
    this.tooltip = null;
  };

  private handleKeydown = (e: KeyboardEvent): void => {
    const z = this.zoom;
    const inCard = e.target instanceof Element && !!e.target.closest('[part~="card"]');
    if (inCard && e.key !== 'Escape') return;
    const mark = this.markOf(e.target);
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const dir = e.key === 'ArrowRight' ? 1 : -1;
        if (e.shiftKey || e.altKey) z.panBy(dir * 0.2);
        else this.moveActive(dir);
        break;
      }
      case 'Home':
      case 'End':
        if (this.shown.length) this.focusEvent(this.shown[e.key === 'Home' ? 0 : this.shown.length - 1].id);
        break;
      case '+':
      case '=':
        z.zoomBy(2);
        break;
      case '-':
      case '_':
        z.zoomBy(0.5);
        break;
      case '0':
        this.fit();
        break;
      case 'Enter':
      case ' ':
        if (mark && 'id' in mark) {
          this.select(mark.id);
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="card"]')?.focus());
        } else if (mark) this.zoomToCluster(mark.cluster);
        else return;
        break;
      case 'Escape':
        if (!this.selected) return;
        this.closeCard();
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  /** Moves keyboard focus to the next (+1) or previous (-1) event in time order. */
  private moveActive(dir: 1 | -1): void {
    if (!this.shown.length) return;
    const current = this.activeId ? this.shown.findIndex((d) => d.id === this.activeId) : -1;
    let next: number;
    if (current >= 0) next = Math.min(this.shown.length - 1, Math.max(0, current + dir));
    else {
      const [s, e] = this.zoom.range;
      next = dir > 0 ? lowerBound(this.shownStarts, s) : lowerBound(this.shownStarts, e) - 1;
      next = Math.min(this.shown.length - 1, Math.max(0, next));
    }
    this.focusEvent(this.shown[next].id);
  }

  /** Makes an event the active one, brings it into view and focuses its mark. */
  private focusEvent(id: string): void {
    const d = this.byId.get(id);
    if (!d) return;
    this.activeId = id;
    // Hold focus on the plot while the view moves: the previous mark may scroll out and be
    // removed, which would drop focus to the page and lose the next key press.
    if (!this.isDrawn(id)) this.renderRoot.querySelector<SVGSVGElement>('svg.plot')?.focus({ preventScroll: true });
    void this.reveal(d).then(() => this.updateComplete).then(() => {
      if (this.activeId !== id) return;
      this.renderRoot.querySelector<SVGGElement>(`[part~="event"][data-event-id="${CSS.escape(id)}"]`)?.focus();
    });
  }

  /** Pans (or zooms out) so that the event is inside the view with a margin. */
  private reveal(d: PreparedEvent): Promise<void> {
    const [s, e] = this.zoom.range;
    const span = e - s;
    const margin = span * 0.05;
    if (d.start >= s + margin && d.start <= e - margin) return Promise.resolve();
    const eventSpan = d.end - d.start;
    if (eventSpan > span * 0.9 && d.kind !== 'point') return this.zoom.setRange([d.start - eventSpan * 0.1, d.end + eventSpan * 0.1], true);
    return this.zoom.setRange([d.start - span / 2, d.start + span / 2], true);
  }

  private closeCard(): void {
    const id = this.selected;
    this.selected = null;
    emit(this, 'diplo-select', { event: null });
    if (id && this.shadowRoot?.activeElement?.closest('[part~="card"]')) this.focusEvent(id);
  }

  /** Shows `[start, end)` (clamped to the data and to one day at least); resolves when shown. */
  zoomTo(start: Date | string | number, end: Date | string | number): Promise<void> {
    const toMs = (v: Date | string | number) => (typeof v === 'string' ? parseIsoDate(v)?.getTime() ?? Date.parse(v) : +v);
    const s = toMs(start), e = toMs(end);
    if (!Number.isFinite(s) || !Number.isFinite(e) || e <= s) {
      this.report(`zoomTo: invalid range ${String(start)} – ${String(end)}`, 'attribute');
      return Promise.resolve();
    }
    return this.zoom.setRange([s, e], true);
  }

  /** Zooms to show every event that passes the filters; resolves when shown. */
  fit(): Promise<void> {
    if (!this.shown.length) return this.zoom.setRange(this.zoom.wholeRange, true);
    let hi = 0;
    for (const d of this.shown) hi = Math.max(hi, d.end);
    const lo = this.shown[0].start;
    const pad = Math.max((hi - lo) * 0.04, 864e5);
    return this.zoom.setRange([lo - pad, hi + pad], true);
  }

  /** Selects the event with `id` (opens its card, brings it into view), or clears with null. */
  select(id: string | null): void {
    const d = id ? this.byId.get(id) : undefined;
    if (id && !d) {
      this.report(`select: no event with id ${JSON.stringify(id)}`, 'attribute');
      return;
    }
    this.selected = d ? d.id : null;
    if (d) void this.reveal(d);
    emit(this, 'diplo-select', { event: d ? d.event : null });
  }
}
