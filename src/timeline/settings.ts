/**
 * Reads the element's attributes into settings it can use, forgivingly: an unknown or
 * unreadable value falls back to its default and becomes one human-readable problem (shown
 * inside the component and sent as `diplo-error`), never an exception. Pure, so it is tested
 * in Node.
 */
import { EVENT_TYPES, type EventType } from '../events-schema.js';
import { parseIsoDate } from './event-span.js';
import { parseTypes } from './filter.js';
import { toLang, type Lang } from './i18n.js';
import { GROUP_BY_VALUES, type GroupBy } from './lanes.js';

/** The initial window when `start`/`end` are not given. */
export const DEFAULT_START = '2015-01-01';
export const DEFAULT_END = '2022-12-31';
export const DEFAULT_HEIGHT = 360;
export const THEMES = ['light', 'dark', 'auto'] as const;

/** The raw attribute values (as the properties hold them). */
export interface RawSettings {
  /** The element's own `lang` attribute, and the nearest ancestor's. */
  lang: string | null;
  inheritedLang?: string | null;
  groupBy: string;
  types: string | null;
  theme: string;
  start: string | null;
  end: string | null;
  height: number;
}

export interface Settings {
  lang: Lang;
  groupBy: GroupBy;
  /** Types to show; empty shows all. */
  types: EventType[];
  /** The initial window [start, end) in epoch ms (local midnights; `end` is the day after the last). */
  window: readonly [number, number];
  height: number;
  problems: string[];
}

const quote = (v: unknown) => JSON.stringify(v);

/** Reads the attributes; every bad value gives a problem line and its default. */
export function readSettings(raw: RawSettings): Settings {
  const problems: string[] = [];

  let lang = toLang(raw.lang);
  if (!lang && raw.lang?.trim()) problems.push(`lang: unsupported language ${quote(raw.lang)} (vi or en)`);
  lang ??= toLang(raw.inheritedLang) ?? 'vi';

  let groupBy: GroupBy = 'none';
  if ((GROUP_BY_VALUES as readonly string[]).includes(raw.groupBy)) groupBy = raw.groupBy as GroupBy;
  else problems.push(`group-by: unknown value ${quote(raw.groupBy)} (${GROUP_BY_VALUES.join(', ')})`);

  const { types, unknown } = parseTypes(raw.types);
  if (unknown.length) problems.push(`types: unknown ${unknown.map(quote).join(', ')} (${EVENT_TYPES.join(', ')})`);

  if (!(THEMES as readonly string[]).includes(raw.theme)) problems.push(`theme: unknown value ${quote(raw.theme)} (${THEMES.join(', ')})`);

  let height = raw.height;
  if (!Number.isFinite(height) || height < 120) {
    problems.push(`height: ${quote(String(raw.height))} is not a number of pixels ≥ 120`);
    height = DEFAULT_HEIGHT;
  }

  const day = (value: string | null, name: string, fallback: string): Date => {
    const d = value ? parseIsoDate(value.trim()) : null;
    if (value && !d) problems.push(`${name}: cannot read date ${quote(value)} (YYYY-MM-DD)`);
    return d ?? parseIsoDate(fallback)!;
  };
  const s = day(raw.start, 'start', DEFAULT_START);
  const last = day(raw.end, 'end', DEFAULT_END);
  let window: [number, number] = [s.getTime(), new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1).getTime()];
  if (window[1] <= window[0]) {
    problems.push(`end ${quote(raw.end)} is before start ${quote(raw.start)}`);
    const e = parseIsoDate(DEFAULT_END)!;
    window = [parseIsoDate(DEFAULT_START)!.getTime(), new Date(e.getFullYear(), e.getMonth(), e.getDate() + 1).getTime()];
  }
  return { lang, groupBy, types, window, height, problems };
}
