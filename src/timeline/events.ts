/**
 * The DOM events `<diplo-timeline>` dispatches. All bubble and are composed (they cross the
 * shadow boundary), and each has a typed `detail` and a `GlobalEventHandlersEventMap` entry so
 * `el.addEventListener('diplo-select', e => e.detail.event)` type-checks without casts.
 */
import type { TimelineEvent } from '../events-schema.js';

/** Detail of `diplo-select`: the selected event, or `null` when the selection was cleared. */
export interface DiploSelectDetail {
  event: TimelineEvent | null;
}

/** Detail of `diplo-range-change`: the visible window, `end` exclusive. */
export interface DiploRangeChangeDetail {
  start: Date;
  end: Date;
}

/** Detail of `diplo-load`: how many valid events were read, and from where. */
export interface DiploLoadDetail {
  count: number;
  source: 'events' | 'src' | 'default';
  /** Problems found in the input (items that were skipped); empty when all was valid. */
  problems: string[];
}

/** Detail of `diplo-error`: one human-readable message and what it is about. */
export interface DiploErrorDetail {
  message: string;
  kind: 'load' | 'data' | 'attribute';
  /** The underlying error, when there was one (network failure, JSON syntax). */
  cause?: unknown;
}

export type DiploSelectEvent = CustomEvent<DiploSelectDetail>;
export type DiploRangeChangeEvent = CustomEvent<DiploRangeChangeDetail>;
export type DiploLoadEvent = CustomEvent<DiploLoadDetail>;
export type DiploErrorEvent = CustomEvent<DiploErrorDetail>;

/** Event name → detail type, for `emit`. */
export interface DiploEventDetails {
  'diplo-select': DiploSelectDetail;
  'diplo-range-change': DiploRangeChangeDetail;
  'diplo-load': DiploLoadDetail;
  'diplo-error': DiploErrorDetail;
}

/** Dispatches a bubbling, composed, non-cancelable `CustomEvent` from `target`. */
export function emit<K extends keyof DiploEventDetails>(target: EventTarget, name: K, detail: DiploEventDetails[K]): CustomEvent<DiploEventDetails[K]> {
  const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail });
  target.dispatchEvent(event);
  return event;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'diplo-select': DiploSelectEvent;
    'diplo-range-change': DiploRangeChangeEvent;
    'diplo-load': DiploLoadEvent;
    'diplo-error': DiploErrorEvent;
  }
}
