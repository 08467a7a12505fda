/**
 * Places: buildings that stand for governments ("Nhà Trắng", "Điện Kremlin"), capitals and
 * summit cities in their Vietnamese and English spellings (`knowledge/places.json`), and
 * countries when the sentence puts something "in" them ("tại Syria", "ở Pháp").
 */
import placesData from './knowledge/places.json' with { type: 'json' };
import type { EventLocation } from '../events-schema.js';
import { englishCountry, findCountries } from './countries.js';
import { PhraseIndex } from './phrase-index.js';

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
const FORMS = new PhraseIndex<PlaceEntry>(PLACES.flatMap((p) => p.forms.map((f): [string, PlaceEntry] => [f, p])));
const REGIONS_EN = new Intl.DisplayNames(['en'], { type: 'region' });

/** "tại", "ở", "từ", "đến", "tới", optionally followed by "thủ đô", "thành phố"… */
const LOCATIVE = /(?:tại|ở|từ|đến|tới|thăm|diễn ra ở|diễn ra tại)\s+(?:(?:thủ đô|thành phố|TP\.?|thị trấn|khu nghỉ dưỡng|bang|tỉnh|biên giới|khu vực|nước)\s+)?$/iu;

/** Every place named in `text`, left to right, gazetteer places before bare countries. */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  const locativeAt = (i: number) => LOCATIVE.test(text.slice(Math.max(0, i - 40), i));
  for (const m of FORMS.findAll(text)) {
    const place = m.value;
    const location: EventLocation = { name: place.name, country: place.country };
    if (m.text !== place.name && m.text !== place.name.split(',')[0]) location.nameVi = m.text;
    found.push({ start: m.start, end: m.end, text: m.text, location, kind: place.kind, locative: locativeAt(m.start) });
  }
  for (const c of findCountries(text)) {
    if (taken(c.start, c.end) || c.code.length !== 2) continue;
    // Headline English ("Turkey"), else CLDR's name.
    const en = englishCountry(c.code)?.replace(/^the /, '') ?? REGIONS_EN.of(c.code) ?? c.code;
    const location: EventLocation = { name: en, country: c.code };
    if (c.text !== en) location.nameVi = c.text;
    found.push({ start: c.start, end: c.end, text: c.text, location, kind: 'country', locative: locativeAt(c.start) });
  }
  return found.sort((a, b) => a.start - b.start);
}

const BY_NAME = new Map<string, PlaceEntry>();
for (const p of PLACES) for (const n of [p.name, ...p.forms]) if (!BY_NAME.has(n)) BY_NAME.set(n, p);

/**
 * A gazetteer place by its English name or any form ("Hangzhou", "Saint Petersburg"), with its Vietnamese form as `nameVi`
 * ("Hàng Châu"): for places known from other data (a summit's host city), not from the text.
 */
export function placeByName(name: string): EventLocation | null {
  const p = BY_NAME.get(name);
  if (!p) return null;
  // A Vietnamese form ("Hàng Châu"), not an English variant nor an old syllable-by-syllable transliteration ("Xanh Pê-téc-bua").
  const vi = p.forms.find((f) => f !== p.name && f !== p.name.split(',')[0] && /[^\x00-\x7F]/.test(f) && !f.includes('-'));
  return vi ? { name: p.name, nameVi: vi, country: p.country } : { name: p.name, country: p.country };
}
