/**
 * UI strings in the two languages the component speaks, and the date-fns locale. Pure data.
 */
import { lightFormat } from 'date-fns/lightFormat';
import type { EventType } from '../events-schema.js';

export type Lang = 'vi' | 'en';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Formats a date with date-fns' `lightFormat` (numeric tokens: yyyy, M, MM, d, dd and quoted
 * literals) plus English month names for `MMMM` ("February") and `MMM` ("Feb"). Vietnamese
 * needs no names: the press writes "8 tháng 2 năm 2016", i.e. "d 'tháng' M 'năm' yyyy".
 * Why not `format` with the `vi` locale: `format` carries every token's formatter and a full
 * locale (~8 KB gzip of a 40 KB budget), and `vi` would zero-pad months ("tháng 02").
 * Returns "" for an invalid date instead of throwing.
 */
export function formatDate(d: Date, pattern: string): string {
  const time = d.getTime();
  if (Number.isNaN(time)) return '';
  // Every zoom frame labels its ticks and clusters again, mostly with the same dates: remember.
  const key = `${pattern}\u0000${time}`;
  let out = formatted.get(key);
  if (out === undefined) {
    if (formatted.size > 4000) formatted.clear();
    const month = MONTHS_EN[d.getMonth()];
    const p = pattern.replace(/('[^']*')|MMMM|MMM/g, (token: string, quoted?: string) => quoted ?? `'${token === 'MMMM' ? month : month.slice(0, 3)}'`);
    formatted.set(key, (out = lightFormat(d, p)));
  }
  return out;
}
const formatted = new Map<string, string>();

/** Maps any BCP 47 tag to a supported language: "en-GB" → en, "vi-VN" → vi, else null. */
export function toLang(tag: string | null | undefined): Lang | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'vi' || base === 'en' ? base : null;
}

const TYPES: Record<Lang, Record<EventType, string>> = {
  vi: {
    meeting: 'Hội đàm', call: 'Điện đàm', summit: 'Hội nghị thượng đỉnh', visit: 'Chuyến thăm',
    statement: 'Tuyên bố', agreement: 'Thỏa thuận', attack: 'Tấn công', other: 'Khác',
  },
  en: {
    meeting: 'Meeting', call: 'Call', summit: 'Summit', visit: 'Visit',
    statement: 'Statement', agreement: 'Agreement', attack: 'Attack', other: 'Other',
  },
};

/** Display name of an event type. */
export const typeName = (type: EventType, lang: Lang): string => TYPES[lang][type] ?? type;

const STRINGS = {
  vi: {
    timeline: 'Dòng thời gian sự kiện ngoại giao',
    zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ', fit: 'Xem toàn bộ', controls: 'Thu phóng', legend: 'Chú giải',
    overview: 'Tổng quan: kéo để chọn khoảng thời gian',
    close: 'Đóng', participants: 'Thành phần', place: 'Địa điểm', type: 'Loại', date: 'Thời gian', sources: 'Nguồn',
    events: (n: number) => `${n} sự kiện`,
    cluster: (n: number, from: string, to: string) => `${n} sự kiện, ${from} – ${to}. Phóng to để xem.`,
    range: (from: string, to: string, n: number) => `Đang xem ${from} – ${to}, ${n} sự kiện`,
    loading: 'Đang tải…', empty: 'Không có sự kiện nào trong khoảng này.',
    noEvents: 'Không có sự kiện.', unknownLane: 'Không rõ', otherLanes: 'Khác',
    keys: 'Mũi tên trái/phải: sự kiện trước/sau; Home/End: sự kiện đầu/cuối; Shift+mũi tên, PageUp/PageDown: di chuyển; +/−: phóng to/thu nhỏ; 0: xem toàn bộ; Enter: chi tiết; Esc: đóng.',
    dayUnknown: 'không rõ ngày', monthUnknown: 'không rõ tháng',
  },
  en: {
    timeline: 'Timeline of diplomatic events',
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Show all', controls: 'Zoom', legend: 'Legend',
    overview: 'Overview: drag to choose the time window',
    close: 'Close', participants: 'Participants', place: 'Place', type: 'Type', date: 'Date', sources: 'Sources',
    events: (n: number) => `${n} event${n === 1 ? '' : 's'}`,
    cluster: (n: number, from: string, to: string) => `${n} events, ${from} – ${to}. Zoom in to see them.`,
    range: (from: string, to: string, n: number) => `Showing ${from} – ${to}, ${n} event${n === 1 ? '' : 's'}`,
    loading: 'Loading…', empty: 'No events in this window.',
    noEvents: 'No events.', unknownLane: 'Unknown', otherLanes: 'Others',
    keys: 'Left/Right arrows: previous/next event; Home/End: first/last event; Shift+arrows, PageUp/PageDown: pan; +/−: zoom; 0: show all; Enter: details; Esc: close.',
    dayUnknown: 'day not known', monthUnknown: 'month not known',
  },
};

export type Strings = (typeof STRINGS)['en'];

/** The UI strings of a language. */
export const strings = (lang: Lang): Strings => STRINGS[lang];
