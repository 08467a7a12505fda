/**
 * Template helpers of `<diplo-timeline>`: pure functions from state to Lit templates, so the
 * element file stays about behaviour. `svg` fragments go inside the element's `<svg>` only.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EventType, SourceDocument, TimelineEvent } from '../events-schema.js';
import { timeTicks, type AxisTicks } from './time-ticks.js';
import type { TimeScale } from './time-scale.js';
import type { ClusterMark, EventMark } from './clusters.js';
import { formatDay, formatEventDate, formatIsoDate } from './event-span.js';
import { strings, typeName, type Lang } from './i18n.js';

/** Geometry shared by the renderers. */
export const METRICS = { axisHeight: 40, laneLabel: 16, rowHeight: 22, barHeight: 14, pointRadius: 5 } as const;

/** Cuts a label to roughly `px` pixels (average glyph width ~6.4 px at 12 px), with an ellipsis. */
export function fitLabel(label: string, px: number): string {
  const max = Math.floor(px / 6.4);
  if (max < 4) return '';
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** The accessible name of an event: its date as known, its title and its type. */
export const eventLabel = (e: TimelineEvent, lang: Lang): string =>
  `${formatEventDate(e, lang)}: ${e.title[lang] || e.title.vi || e.title.en} (${typeName(e.type, lang)})`;

// Accessible names are asked for on every frame of a zoom; format each event's date once.
const labels = new WeakMap<TimelineEvent, { lang: Lang; label: string }>();
const cachedLabel = (e: TimelineEvent, lang: Lang): string => {
  let hit = labels.get(e);
  if (!hit || hit.lang !== lang) labels.set(e, (hit = { lang, label: eventLabel(e, lang) }));
  return hit.label;
};

/** Whether a label starting at `x` fits before `width` (half-cut labels at the edge read badly). */
const fits = (x: number, label: string, width: number, size = 6.6) => x + label.length * size <= width;

/** The axis: context row, tick labels and grid lines down to `bottom`; each tick moves by one transform. */
export function renderAxis(ticks: AxisTicks, bottom: number, width: number): TemplateResult {
  const { axisHeight } = METRICS;
  return svg`<g part="axis" class="axis" aria-hidden="true">
    <line class="axis-line" x1="0" x2="100%" y1=${axisHeight - 0.5} y2=${axisHeight - 0.5}></line>
    ${repeat(ticks.ticks, (t) => t.time, (t) => svg`<g transform="translate(${t.x},0)">
      <line class=${t.major ? 'grid major' : 'grid'} y1=${axisHeight - 6} y2=${bottom}></line>
      ${fits(t.x + 3, t.label, width) ? svg`<text class="tick" x="3" y=${axisHeight - 9}>${t.label}</text>` : nothing}</g>`)}
    ${repeat(ticks.context.filter((c) => fits(Math.max(c.x, 0) + 3, c.label, width, 7.2)), (c) => `${c.time}`, (c) => svg`<text class="context" x=${Math.max(c.x, 0) + 3} y="14">${c.label}</text>`)}
  </g>`;
}

/**
 * Where marks may be drawn, in the marks' coordinates: the view [x0, x1], and the bounds [min,
 * max] that long bars are cut to (a year band zoomed to a week is millions of pixels wide).
 */
export interface MarkBounds {
  x0: number;
  x1: number;
  min: number;
  max: number;
}

/**
 * One event mark: a point, a range bar or an uncertainty band, with a label when there is room.
 * The mark's group is translated to its place and its shape and label sit at fixed offsets in
 * it, so moving a mark rewrites one attribute (and never re-lays out its text).
 */
export function renderEvent(m: EventMark, y: number, view: MarkBounds, lang: Lang, state: { active: boolean; selected: boolean }): TemplateResult {
  const e = m.item.event;
  const { pointRadius, barHeight } = METRICS;
  const title = e.title[lang] || e.title.vi || e.title.en;
  const point = m.item.kind === 'point';
  // A bar that starts before the view keeps its label at the view's left edge.
  const labelX = point ? m.labelX : Math.max(m.x0, view.x0) + 4;
  const label = fitLabel(title, Math.min(m.labelRoom - (labelX - m.labelX), view.x1 - labelX));
  const x0 = point ? m.cx : Math.max(m.x0, view.min);
  const shape = point
    ? svg`<circle class="mark" r=${pointRadius}></circle>`
    : svg`<rect class="mark" y=${-barHeight / 2} width=${Math.max(1, Math.min(m.x1, view.max) - x0)} height=${barHeight} rx=${m.item.kind === 'range' ? 3 : 1}></rect>`;
  return svg`<g part="event" class="event type-${e.type} kind-${m.item.kind}${state.selected ? ' selected' : ''}" transform="translate(${x0},${y})"
      data-event-id=${e.id} data-kind=${m.item.kind} data-precision=${e.precision}
      role="button" aria-haspopup="dialog" aria-label=${cachedLabel(e, lang)} tabindex=${state.active ? '0' : '-1'}>
    ${shape}
    ${label ? svg`<text class="label" x=${labelX - x0} y="4">${label}</text>` : nothing}
  </g>`;
}

/** A cluster: a pill with the number of events it stands for. */
export function renderCluster(c: ClusterMark, y: number, lang: Lang): TemplateResult {
  const h = METRICS.barHeight + 2;
  const w = c.x1 - c.x0;
  const from = formatDay(new Date(c.from), lang);
  const to = formatDay(new Date(c.to), lang);
  return svg`<g part="cluster" class="cluster" transform="translate(${c.x0},${y})" data-count=${c.count} data-from=${c.from} data-to=${c.to}
      role="button" tabindex="-1" aria-label=${strings(lang).cluster(c.count, from, to)}>
    <rect y=${-h / 2} width=${w} height=${h} rx=${h / 2}></rect>
    <text x=${w / 2} y="4" text-anchor="middle">${c.count}</text>
  </g>`;
}

/** Data text inside UI text: isolated, so bidi controls or RTL script in it cannot reorder the UI around it. */
const iso = (text: unknown): TemplateResult => html`<bdi>${text}</bdi>`;

/** `url` if it is an absolute http(s) URL, else null: data must not plant `javascript:` or other links. */
export function httpUrl(url: unknown): string | null {
  try {
    const u = new URL(url as string);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The detail card of the selected event: both titles, date, people, place, type and sources.
 * Data is only ever text (Lit escapes it); a source's or its document's `url` becomes a link
 * when it is http(s), and stays plain text otherwise.
 */
export function renderCard(e: TimelineEvent, lang: Lang, documents: ReadonlyMap<string, SourceDocument>, onClose: () => void): TemplateResult {
  const t = strings(lang);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const place = e.location ? (lang === 'vi' ? e.location.nameVi || e.location.name : e.location.name) : null;
  return html`<section part="card" class="card" role="dialog" aria-modal="false" aria-labelledby="card-title" tabindex="-1">
    <button class="close" type="button" aria-label=${t.close} title=${t.close} @click=${onClose}>×</button>
    <p class="card-type"><span class="swatch type-${e.type}"></span>${typeName(e.type, lang)}</p>
    <h2 id="card-title" lang=${lang}>${e.title[lang]}</h2>
    ${e.title[other] && e.title[other] !== e.title[lang] ? html`<p class="other-title" lang=${other}>${e.title[other]}</p>` : nothing}
    <dl>
      <dt>${t.date}</dt><dd>${formatEventDate(e, lang)}${e.precision !== 'day' ? html` <span class="precision">(${e.precision === 'month' ? t.dayUnknown : t.monthUnknown})</span>` : nothing}</dd>
      ${e.participants.length ? html`<dt>${t.participants}</dt><dd><ul>${e.participants.map((p) => html`<li>${iso(lang === 'vi' ? p.nameVi || p.name : p.name)}${p.role ? html`, <bdi class="role">${p.role}</bdi>` : nothing}${p.country ? html` <bdi class="country">(${p.country})</bdi>` : nothing}</li>`)}</ul></dd>` : nothing}
      ${place ? html`<dt>${t.place}</dt><dd>${iso(place)}${e.location?.country ? html` (${iso(e.location.country)})` : nothing}</dd>` : nothing}
    </dl>
    ${e.sources.length ? html`<h3>${t.sources} (${e.sources.length})</h3>
      <ol class="sources">${e.sources.map((s) => {
        const doc = documents.get(s.document);
        const url = httpUrl(s.url ?? doc?.url);
        const name = iso(doc?.title ?? s.document);
        return html`<li><blockquote lang="vi" dir="auto">${s.quote}</blockquote>
          <cite>${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${name}</a>` : name}${doc?.published ? html`, ${formatIsoDate(doc.published, 'day', lang)}` : nothing}</cite></li>`;
      })}</ol>` : nothing}
  </section>`;
}

/** The bar above the plot: zoom buttons, a legend of the types present (each toggles its type), and the event count. */
export function renderControls(
  lang: Lang,
  types: readonly EventType[],
  shownTypes: readonly EventType[],
  count: number,
  on: { zoomIn: () => void; zoomOut: () => void; fit: () => void; toggleType: (type: EventType) => void },
): TemplateResult {
  const t = strings(lang);
  const isShown = (type: EventType) => !shownTypes.length || shownTypes.includes(type);
  return html`<div part="controls" class="controls">
    <div class="buttons" role="group" aria-label=${t.controls}>
      <button type="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${on.zoomOut}>−</button>
      <button type="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${on.zoomIn}>+</button>
      <button type="button" class="fit" title=${t.fit} @click=${on.fit}>${t.fit}</button>
    </div>
    <ul class="legend" aria-label=${t.legend}>
      ${types.map((type) => html`<li class="type-${type}"><button type="button" aria-pressed=${isShown(type) ? 'true' : 'false'}
        @click=${() => on.toggleType(type)}><span class="swatch"></span>${typeName(type, lang)}</button></li>`)}
    </ul>
    <span class="count">${t.events(count)}</span>
  </div>`;
}

/**
 * The overview strip: event density over the whole range as one path (cheap at any number of
 * events), year labels, and an empty `<g class="brush">` that the overview controller (overview.ts) fills.
 */
export function renderOverview(x: TimeScale, counts: readonly number[], height: number, lang: Lang): TemplateResult {
  const [r0, r1] = x.range();
  const width = r1 - r0;
  const h = height - 14;
  const max = Math.max(0, ...counts);
  const bw = width / Math.max(1, counts.length);
  const path = max ? counts.map((c, i) => {
    if (!c) return '';
    const bh = Math.max(2, Math.sqrt(c / max) * h);
    return `M${(i * bw).toFixed(1)},${h + 2}h${Math.max(1, bw - 1).toFixed(1)}v${(-bh).toFixed(1)}h${(-Math.max(1, bw - 1)).toFixed(1)}z`;
  }).join('') : '';
  const ticks = timeTicks(x, lang, 'year').ticks.filter((tk) => fits(tk.x + 2, tk.label, width, 6));
  return html`<svg part="overview" class="overview" width=${width} height=${height} role="group" aria-label=${strings(lang).overview}>
    <path class="density" d=${path}></path>
    ${ticks.map((tk) => svg`<text class="tick" x=${tk.x + 2} y=${height - 3}>${tk.label}</text>`)}
    <g class="brush"></g>
  </svg>`;
}
