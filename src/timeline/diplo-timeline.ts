import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { timeScale, type TimeScale } from './time-scale.js';
import type { EventsDocument, TimelineEvent, EventType } from '../events-schema.js';
import { styles } from './diplo-timeline.styles.js';
import { emit, type DiploErrorDetail } from './events.js';
import { ZoomController, type Range } from './zoom-controller.js';
import { OverviewController } from './overview.js';
import { EventsData } from './events-data.js';
import { lowerBound, type PreparedEvent } from './prepare.js';
import { parseList } from './filter.js';
import { OTHER_LANE, UNKNOWN_LANE, type GroupBy, type Lane } from './lanes.js';
import { readSettings, type Settings } from './settings.js';
import { countBins, type EventMark } from './clusters.js';
import { inView, ViewLayoutCache, type LaneView } from './view-layout.js';
import { timeTicks } from './time-ticks.js';
import { parseIsoDate, formatDay, formatEventDate } from './event-span.js';
import { strings, typeName, type Lang } from './i18n.js';
import { METRICS, renderAxis, renderCard, renderCluster, renderControls, renderEvent, renderOverview } from './templates.js';

const OVERVIEW_HEIGHT = 40;
const CONTROLS_HEIGHT = 39;

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

  // Reactive properties without decorators: the standard-decorator helpers cost 1.2 KB gzip of
  // a 40 KB budget. Lit creates each `declare`d field below from this table.
  static override properties = {
    events: { attribute: false },
    src: {},
    start: {},
    end: {},
    groupBy: { attribute: 'group-by', reflect: true },
    types: {},
    participants: {},
    query: {},
    selected: { reflect: true },
    height: { type: Number },
    theme: { reflect: true },
    noOverview: { type: Boolean, attribute: 'no-overview', reflect: true },
    noControls: { type: Boolean, attribute: 'no-controls', reflect: true },
    width: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    tooltip: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    dismissed: { state: true, attribute: false },
  };

  /** Events shown when neither `events` nor `src` is set; the script-tag bundle sets it to its dataset. */
  static defaultEvents: EventsDocument | TimelineEvent[] | null = null;
  /** Milliseconds `src` may take to start answering, and then between two pieces of the body. */
  static srcTimeout = 20_000;
  /** Largest `src` document read, in bytes (100,000 events take about 60 MB). */
  static srcMaxBytes = 100_000_000;

  /** Events to show: an events document or an array of events. Takes precedence over `src`. */
  declare events: EventsDocument | TimelineEvent[] | null;
  /** URL of an events document to fetch. */
  declare src: string | null;
  /** First day of the initial window, YYYY-MM-DD (or YYYY-MM, YYYY). */
  declare start: string | null;
  /** Last day (inclusive) of the initial window. */
  declare end: string | null;
  /** How events are split into lanes. */
  declare groupBy: GroupBy;
  /** Comma-separated event types to show; empty shows all. */
  declare types: string | null;
  /** Comma-separated participant names or country codes to show; empty shows all. */
  declare participants: string | null;
  /** Free-text filter over titles, names, places and quotes. */
  declare query: string | null;
  /** Id of the selected event, whose card is open. */
  declare selected: string | null;
  /** Height in CSS pixels. */
  declare height: number;
  /** Colour theme. */
  declare theme: 'light' | 'dark' | 'auto';
  /** Hides the overview strip. */
  declare noOverview: boolean;
  /** Hides the zoom buttons and the legend. */
  declare noControls: boolean;

  declare private width: number;
  declare private activeId: string | null;
  declare private tooltip: { id: string; x: number; y: number } | null;
  declare private announcement: string;
  /** The message the reader closed; it stays closed until the message changes. */
  declare private dismissed: string;

  private language: Lang = 'vi';
  private overviewCache: { key: string; template?: TemplateResult } = { key: '' };
  private attrProblems: string[] = [];
  private settings: Settings = readSettings({ lang: null, groupBy: 'none', types: null, theme: 'light', start: null, end: null, height: 360 });
  private whole: Range = [0, 1];
  private rangeReady = false;
  private reported = new Set<string>();
  private pendingEmits: Array<() => void> = [];
  private lastRange: Range | null = null;
  private announceTimer = 0;
  private resizeObserver: ResizeObserver | null = null;
  private langObserver: MutationObserver | null = null;

  private readonly layoutCache = new ViewLayoutCache();
  private plotEl: SVGSVGElement | null = null;
  private brushEl: SVGGElement | null = null;
  private readonly zoom = new ZoomController(this);
  private readonly data = new EventsData(this, {
    onProblem: (message, kind, cause) => this.report(message, kind, cause),
    onLoad: (detail) => this.pendingEmits.push(() => emit(this, 'diplo-load', detail)),
  });
  private readonly overview = new OverviewController(this, { onBrush: (range) => this.zoom.setRange(range) });

  constructor() {
    super();
    this.events = null;
    this.src = null;
    this.start = null;
    this.end = null;
    this.groupBy = 'none';
    this.types = null;
    this.participants = null;
    this.query = null;
    this.selected = null;
    this.height = 360;
    this.theme = 'light';
    this.noOverview = false;
    this.noControls = false;
    this.width = 0;
    this.activeId = null;
    this.tooltip = null;
    this.announcement = '';
    this.dismissed = '';
  }

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
    // After a move in the DOM the controllers detached; the next update re-attaches them.
    if (this.hasUpdated) this.requestUpdate();
    // Without its own `lang`, the element speaks its page's language: follow changes of it.
    if (typeof MutationObserver === 'function') {
      this.langObserver ??= new MutationObserver(() => {
        if (!this.hasAttribute('lang')) this.requestUpdate();
      });
      this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
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
    this.langObserver?.disconnect();
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
    return this.data.all.map((d) => d.event);
  }

  /** The events passing the filters, in time order. */
  get filteredEvents(): TimelineEvent[] {
    return this.data.shown.map((d) => d.event);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      // The content width, as the ResizeObserver reports it (the border box is 2 px wider).
      if (this.width === 0) this.width = this.clientWidth || 0;
      this.settings = readSettings({
        lang: this.getAttribute('lang'),
        inheritedLang: this.parentElement?.closest('[lang]')?.getAttribute('lang'),
        groupBy: this.groupBy, types: this.types, theme: this.theme, start: this.start, end: this.end, height: this.height,
      });
      this.attrProblems = this.settings.problems;
      this.language = this.settings.lang;
      const dataChanged = this.data.update({
        events: this.events, src: this.src, defaultEvents: DiploTimeline.defaultEvents,
        filters: { types: this.settings.types, participants: parseList(this.participants), query: this.query ?? '' },
        groupBy: this.settings.groupBy, maxLanes: this.maxLanes(),
        limits: { timeout: DiploTimeline.srcTimeout, maxBytes: DiploTimeline.srcMaxBytes },
      });
      this.updateRange(changed, dataChanged);
      // A tooltip placed before the view moved would point at the wrong place.
      if (this.tooltip && this.lastRange && (this.zoom.range[0] !== this.lastRange[0] || this.zoom.range[1] !== this.lastRange[1])) this.tooltip = null;
      if (this.selected && this.data.all.length && !this.data.byId.has(this.selected)) this.attrProblems.push(`selected: no event with id ${JSON.stringify(this.selected)}`);
      for (const p of this.attrProblems) this.report(p, 'attribute');
    } catch (cause) {
      // A bug must not take the page down: say so inside the component instead.
      this.attrProblems = [...this.attrProblems, `Internal error: ${cause instanceof Error ? cause.message : String(cause)}`];
      this.report(this.attrProblems[this.attrProblems.length - 1], 'data', cause);
    }
  }

  private get plotHeight(): number {
    const h = this.settings.height;
    return Math.max(80, h - (this.noControls ? 0 : CONTROLS_HEIGHT) - (this.noOverview ? 0 : OVERVIEW_HEIGHT) - 2);
  }

  private maxLanes(): number {
    const { axisHeight, laneLabel, rowHeight } = METRICS;
    return Math.max(1, Math.floor((this.plotHeight - axisHeight - 4) / (laneLabel + rowHeight + 6)));
  }

  /** Keeps the whole range and the visible window consistent with data, size and attributes. */
  private updateRange(changed: PropertyValues<this>, dataChanged: boolean): void {
    const initial = this.settings.window;
    if (dataChanged || !this.rangeReady) {
      let lo = initial[0], hi = initial[1];
      if (this.data.all.length) {
        lo = Math.min(lo, this.data.all[0].start);
        for (const d of this.data.all) hi = Math.max(hi, d.end);
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

  /** Reports a problem once: a `diplo-error` event after this update and a visible message. */
  private report(message: string, kind: DiploErrorDetail['kind'], cause?: unknown): void {
    // Every failed load is news (the same URL may fail again); other problems are said once.
    if (kind !== 'load' && this.reported.has(message)) return;
    this.reported.add(message);
    this.pendingEmits.push(() => emit(this, 'diplo-error', { message, kind, cause }));
    if (!this.isUpdatePending) this.requestUpdate();
  }

  protected override updated(): void {
    // Looked up again only when replaced (not on every zoom frame).
    if (!this.plotEl?.isConnected) this.plotEl = this.renderRoot.querySelector<SVGSVGElement>('svg.plot');
    const plot = this.plotEl;
    if (plot) this.zoom.attach(plot);
    if (!this.brushEl?.isConnected) this.brushEl = this.renderRoot.querySelector<SVGGElement>('g.brush');
    const brush = this.brushEl;
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
    const n = lowerBound(this.data.shownStarts, e) - lowerBound(this.data.shownStarts, s);
    this.announcement = strings(this.language).range(formatDay(new Date(s), this.language), formatDay(new Date(e - 1), this.language), n);
  }

  private scale(): TimeScale {
    return timeScale(this.zoom.range, [0, Math.max(1, this.width)]);
  }

  override render(): TemplateResult {
    const t = strings(this.language);
    // Messages quote data (ids, dates): bidi controls in them are shown as escapes, not obeyed.
    const message = [this.data.loadError, this.data.message, ...this.attrProblems].filter(Boolean).join(' · ').replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    const selected = this.selected ? this.data.byId.get(this.selected) : undefined;
    // `.style` (CSSOM), not a `style` attribute: a strict CSP (no 'unsafe-inline') blocks the latter.
    return html`<div class="frame" @keydown=${this.handleKeydown} .style=${`height:${this.plotHeight + (this.noControls ? 0 : CONTROLS_HEIGHT) + (this.noOverview ? 0 : OVERVIEW_HEIGHT)}px`}>
      ${this.noControls ? nothing : renderControls(this.language, this.data.presentTypes, this.settings.types, this.data.shown.length, {
        zoomIn: () => this.zoom.zoomBy(2), zoomOut: () => this.zoom.zoomBy(1 / 2), fit: () => this.fit(), toggleType: this.toggleType,
      })}
      <div class="main" @pointerover=${this.handlePointerOver} @pointerout=${this.handlePointerOut}>
        ${this.renderPlot()}
        ${this.renderTooltip()}
        ${selected ? renderCard(selected.event, this.language, this.data.documents, () => this.closeCard()) : nothing}
        <div part="message" class="message" role="status" aria-live="polite" ?hidden=${!message || message === this.dismissed}>
          <span>${message}</span>
          ${message ? html`<button type="button" class="dismiss" aria-label=${t.close} title=${t.close} @click=${() => (this.dismissed = message)}>×</button>` : nothing}
        </div>
      </div>
      ${this.noOverview ? nothing : this.renderOverview()}
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
      <p class="sr-only" id="keys">${t.keys}</p>
    </div>`;
  }

  private renderPlot(): TemplateResult {
    const width = Math.max(1, this.width);
    const height = this.plotHeight;
    const x = this.scale();
    const [t0, t1] = this.zoom.range;
    const { axisHeight, laneLabel, rowHeight } = METRICS;
    const grouped = this.data.lanes.length > 1 || (this.data.lanes[0]?.key ?? '') !== '';
    const laneHeight = (height - axisHeight - 4) / Math.max(1, this.data.lanes.length);
    const labelSpace = grouped ? laneLabel : 4;
    const maxRows = Math.max(1, Math.floor((laneHeight - labelSpace) / rowHeight));
    const pinned = new Set([this.selected, this.activeId].filter((s): s is string => !!s));
    // Laid out beyond the view and reused while panning: marks keep their coordinates (relative
    // to view.origin) and each lane moves by one transform.
    const view = this.layoutCache.get(this.data.lanes, [t0, t1], width, String(maxRows), { maxRows, pinned, pointRadius: METRICS.pointRadius });
    const vx0 = (t0 - view.origin) * view.k;
    const bounds = { x0: vx0, x1: vx0 + width, min: -8, max: (view.to - view.origin) * view.k + 8 };
    const layouts: Array<{ lane: Lane; y: number; layout: LaneView }> = this.data.lanes.map((lane, i) => ({
      lane,
      y: axisHeight + 2 + i * laneHeight,
      layout: inView(view.lanes[i], bounds.x0, bounds.x1),
    }));
    const rowY = (laneY: number, row: number) => laneY + labelSpace + row * rowHeight + rowHeight / 2;
    // Marks not cut by the view's edges are rendered again only when that set, their lane's place,
    // the focus, the selection or the language change: a pan frame skips them.
    const mark = (m: EventMark, laneY: number) => renderEvent(m, rowY(laneY, m.row), bounds, this.language, { active: m.item.id === this.activeId, selected: m.item.id === this.selected });
    const t = strings(this.language);
    const loading = !!this.src && !this.events && this.data.loading;
    const empty = loading && !this.data.all.length ? t.loading
      : !this.data.all.length ? t.noEvents
        : layouts.every((l) => !l.layout.events.length && !l.layout.clusters.length) ? t.empty : '';
    return html`<svg class="plot" width=${width} height=${height} tabindex=${this.activeId && layouts.some(({ layout }) => layout.events.some((m) => m.item.id === this.activeId)) ? '-1' : '0'}
        role="application" aria-roledescription="timeline" aria-label=${t.timeline} aria-describedby="keys"
        @click=${this.handleClick} @focusin=${this.handleFocusIn} @focusout=${this.handleFocusOut}>
      <rect class="hit" width=${width} height=${height}></rect>
      ${renderAxis(timeTicks(x, this.language), height, width)}
      ${grouped ? layouts.map(({ lane, y }, i) => svg`
        ${i > 0 ? svg`<line class="lane-sep" x1="0" x2=${width} y1=${y - 1} y2=${y - 1}></line>` : nothing}
        <text class="lane-label" x="6" y=${y + 12}>${this.laneName(lane)}</text>`) : nothing}
      ${layouts.map(({ lane, y, layout }) => svg`<g class="lane" data-lane=${lane.key} transform="translate(${-vx0},0)">
        ${repeat(layout.clusters, (c) => c.key, (c) => renderCluster(c, rowY(y, c.row), this.language))}
        ${guard([layout.steady, y, labelSpace, this.activeId, this.selected, this.language], () => repeat(layout.steady, (m) => m.item.id, (m) => mark(m, y)))}
        ${repeat(layout.edge, (m) => m.item.id, (m) => mark(m, y))}
      </g>`)}
      ${empty ? svg`<text class="empty" x=${width / 2} y=${axisHeight + 40} text-anchor="middle">${empty}</text>` : nothing}
    </svg>`;
  }

  private laneName(lane: Lane): string {
    const t = strings(this.language);
    if (lane.key === UNKNOWN_LANE) return t.unknownLane;
    if (lane.key === OTHER_LANE) return t.otherLanes;
    return this.settings.groupBy === 'type' ? typeName(lane.key as EventType, this.language) : lane.key;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const d = this.tooltip && this.data.byId.get(this.tooltip.id);
    if (!d || !this.tooltip || this.selected === d.id) return nothing;
    const left = Math.min(Math.max(4, this.tooltip.x - 20), Math.max(4, this.width - 240));
    return html`<div part="tooltip" class="tooltip" role="tooltip" .style=${`left:${left}px;top:${this.tooltip.y + 10}px`}>
      <strong dir="auto">${d.event.title[this.language]}</strong><span class="date">${formatEventDate(d.event, this.language)} · ${typeName(d.event.type, this.language)}</span>
    </div>`;
  }

  /** The overview changes only with data, filters, size and language, not while zooming. */
  private renderOverview(): TemplateResult {
    const width = Math.max(1, this.width);
    const key = `${width}|${this.whole[0]}|${this.whole[1]}|${this.data.version}|${this.language}`;
    if (key !== this.overviewCache.key) {
      const counts = countBins(this.data.shownStarts, this.whole, Math.max(1, Math.floor(width / 3)));
      this.overviewCache = { key, template: renderOverview(timeScale(this.whole, [0, width]), counts, OVERVIEW_HEIGHT - 1, this.language) };
    }
    return this.overviewCache.template!;
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

  /** Legend click: shows or hides one type by rewriting `types` (the last shown type stays). */
  private toggleType = (type: EventType): void => {
    const shown = new Set(this.settings.types.length ? this.settings.types : this.data.presentTypes);
    if (shown.has(type)) shown.delete(type);
    else shown.add(type);
    if (!shown.size) return;
    const all = this.data.presentTypes.every((t) => shown.has(t));
    this.types = all ? null : [...shown].join(',');
  };

  private handleClick = (e: MouseEvent): void => {
    const mark = this.markOf(e.target);
    if (!mark) {
      // A click on empty plot (not the end of a drag: d3-zoom swallows those) closes the card.
      if (this.selected) this.closeCard();
      return;
    }
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
    if ((inCard && e.key !== 'Escape') || e.ctrlKey || e.metaKey) return;
    const mark = this.markOf(e.target);
    // Zoom keys keep the focused event where it is on screen.
    const [s, end] = z.range;
    const focused = mark && 'id' in mark ? this.data.byId.get(mark.id) : undefined;
    const pivot = focused ? Math.min(1, Math.max(0, ((focused.start + focused.end) / 2 - s) / (end - s))) : 0.5;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const dir = e.key === 'ArrowRight' ? 1 : -1;
        if (e.shiftKey || e.altKey) void z.panBy(dir * 0.2);
        else this.moveActive(dir);
        break;
      }
      case 'PageUp':
      case 'PageDown':
        void z.panBy(e.key === 'PageDown' ? 0.8 : -0.8);
        break;
      case 'Home':
      case 'End':
        if (this.data.shown.length) this.focusEvent(this.data.shown[e.key === 'Home' ? 0 : this.data.shown.length - 1].id);
        break;
      case '+':
      case '=':
        void z.zoomBy(2, true, pivot);
        break;
      case '-':
      case '_':
        void z.zoomBy(0.5, true, pivot);
        break;
      case '0':
        void this.fit();
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
        if (this.selected) this.closeCard();
        else if (this.tooltip) this.tooltip = null;
        else return;
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  /** Moves keyboard focus to the next (+1) or previous (-1) event in time order. */
  private moveActive(dir: 1 | -1): void {
    if (!this.data.shown.length) return;
    const current = this.activeId ? this.data.shown.findIndex((d) => d.id === this.activeId) : -1;
    let next: number;
    if (current >= 0) next = Math.min(this.data.shown.length - 1, Math.max(0, current + dir));
    else {
      const [s, e] = this.zoom.range;
      next = dir > 0 ? lowerBound(this.data.shownStarts, s) : lowerBound(this.data.shownStarts, e) - 1;
      next = Math.min(this.data.shown.length - 1, Math.max(0, next));
    }
    this.focusEvent(this.data.shown[next].id);
  }

  /** Makes an event the active one, brings it into view and focuses its mark. */
  private focusEvent(id: string): void {
    const d = this.data.byId.get(id);
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
    if (!this.data.shown.length) return this.zoom.setRange(this.zoom.wholeRange, true);
    let hi = 0;
    for (const d of this.data.shown) hi = Math.max(hi, d.end);
    const lo = this.data.shown[0].start;
    const pad = Math.max((hi - lo) * 0.04, 864e5);
    return this.zoom.setRange([lo - pad, hi + pad], true);
  }

  /** Selects the event with `id` (opens its card, brings it into view), or clears with null. */
  select(id: string | null): void {
    const d = id ? this.data.byId.get(id) : undefined;
    if (id && !d) {
      this.report(`select: no event with id ${JSON.stringify(id)}`, 'attribute');
      return;
    }
    this.selected = d ? d.id : null;
    if (d) void this.reveal(d);
    emit(this, 'diplo-select', { event: d ? d.event : null });
  }
}
