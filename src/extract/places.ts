/**
 * Places: buildings that stand for governments ("Nhà Trắng", "Điện Kremlin"), capitals and
 * summit cities in their Vietnamese and English spellings (`knowledge/places.json`), and
 * countries when the sentence puts something "in" them ("tại Syria", "ở Pháp").
 */
import placesData from './knowledge/places.json' with { type: 'json' };
import type { EventLocation } from '../events-schema.js';
import { findCountries } from './countries.js';

interface PlaceEntry {
  name: string;
  forms: string[];
  country: string;
  kind: 'building' | 'city';
  source: string;
}

/** A place found in a sentence. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  location: EventLocation;
  /** building > city > country: how precisely it places an event. */
  kind: 'building' | 'city' | 'country';
  /** Introduced by "tại", "ở", "từ", "đến": the sentence says something happened there. */
  locative: boolean;
}

const PLACES = placesData as PlaceEntry[];
const FORMS: [string, PlaceEntry][] = PLACES.flatMap((p) => p.forms.map((f): [string, PlaceEntry] => [f, p])).sort(
  (a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
);

const LETTER = /[\p{L}\p{N}]/u;
/** "tại", "ở", "từ", "đến", "tới", optionally followed by "thủ đô", "thành phố"… */
const LOCATIVE = /(?:tại|ở|từ|đến|tới|thăm|diễn ra ở|diễn ra tại)\s+(?:(?:thủ đô|thành phố|TP\.?|thị trấn|khu nghỉ dưỡng|bang|tỉnh|biên giới|khu vực|nước)\s+)?$/iu;

/** Every place named in `text`, left to right, gazetteer places before bare countries. */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  const locativeAt = (i: number) => LOCATIVE.test(text.slice(Math.max(0, i - 40), i));
  for (const [form, place] of FORMS) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(form, from);
      if (i < 0) break;
      from = i + 1;
      if ((i > 0 && LETTER.test(text[i - 1])) || LETTER.test(text[i + form.length] ?? '') || taken(i, i + form.length)) continue;
      const location: EventLocation = { name: place.name, country: place.country };
      if (form !== place.name && form !== place.name.split(',')[0]) location.nameVi = form;
      found.push({ start: i, end: i + form.length, text: form, location, kind: place.kind, locative: locativeAt(i) });
    }
  }
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const c of findCountries(text)) {
    if (taken(c.start, c.end) || c.code.length !== 2) continue;
    const en = regions.of(c.code) ?? c.code;
    const location: EventLocation = { name: en, country: c.code };
    if (c.text !== en) location.nameVi = c.text;
    found.push({ start: c.start, end: c.end, text: c.text, location, kind: 'country', locative: locativeAt(c.start) });
  }
  return found.sort((a, b) => a.start - b.start);
}
