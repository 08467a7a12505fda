/**
 * Places: buildings that stand for governments ("Nhà Trắng", "Điện Kremlin"), capitals and
 * summit cities in their Vietnamese and English spellings (`knowledge/places.json`), and
 * countries when the sentence puts something "in" them ("tại Syria", "ở Pháp").
 */
import placesData from './knowledge/places.json' with { type: 'json' };
import capitalsData from './knowledge/capitals.json' with { type: 'json' };
import type { EventLocation } from '../events-schema.js';
import { englishCountry, findCountries } from './countries.js';
import { PhraseIndex } from './phrase-index.js';
import { allMatches } from './word-chars.js';

interface PlaceEntry {
  name: string;
  forms: string[];
  /** ISO code; null for a place in no country (a sea). */
  country: string | null;
  kind: 'building' | 'city';
  source: string;
  /** Phrases that hold a form but do not name the place ("Viên chức": a civil servant, not Vienna). */
  except?: string[];
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
/** Every form, and every exception as null: a longer phrase at the same word wins, so an exception hides the form in it. */
const FORMS = new PhraseIndex<PlaceEntry | null>(PLACES.flatMap((p) => [
  ...p.forms.map((f): [string, PlaceEntry] => [f, p]),
  ...(p.except ?? []).map((f): [string, null] => [f, null]),
]));
const REGIONS_EN = new Intl.DisplayNames(['en'], { type: 'region' });

/** "(ở) phía bắc ", "cách … về phía tây nam của ": right before a city that only gives the bearings (not "ngoại ô phía nam thủ đô Beirut", its outskirts, nor "khu vực phía đông Aleppo" or "rìa phía đông Mariupol", a part of it). */
const AROUND = /(?<!(?:ngoại ô|khu vực|khu|vùng|phần|miền|rìa)\s+)(?:(?:ở|tại)\s+)?(?:phía|về phía)\s+(?:bắc|nam|đông|tây)(?:\s+(?:bắc|nam))?\s+(?:của\s+)?(?:thủ đô\s+|thành phố\s+)?$/u;

/** " cũng là nơi ", " từng là nơi ", " tiếp tục là nơi ": right after a city said to be where something was done. */
const WHERE_AFTER = /^\s+(?:cũng\s+|từng\s+|chính\s+|tiếp tục\s+)?là\s+nơi(?!\p{L})/u;
/** "tại", "ở", "từ", "đến", "tới", "sang", optionally followed by "ngoại ô", "rìa phía đông", "thủ đô", "thành phố"… */
const LOCATIVE = /(?:tại|ở|ở lại|từ|đến|tới|sang|thăm|công du|xuống|diễn ra ở|diễn ra tại|trên(?:\s+(?:vùng biển|biển|bầu trời|không phận))?)\s+(?:(?:chính thức|cấp nhà nước|hữu nghị|làm việc)\s+){0,2}(?:(?:ngoại ô|ngoại thành|rìa(?:\s+phía\s+(?:bắc|nam|đông|tây)(?:\s+(?:bắc|nam))?)?)\s+)?(?:(?:thủ đô|thủ phủ|cố đô|thành phố|TP\.?|thị trấn|làng|khu nghỉ dưỡng|bang|tỉnh|hạt|quận|huyện|biên giới|khu vực|nước|thánh địa|Vương quốc|Cộng hòa|Liên bang)\s+)?$/iu;

/** Words that open a stretch saying where something happened ("tại khách sạn Capella trên đảo Sentosa, Singapore", "ngoài khơi Gibraltar"), an attack's target among them ("tấn công sân bay Ataturk"), or towns "ở sâu trong lãnh thổ Armenia". */
const LOCATIVE_WORD = /(?:^|[^\p{L}])(?:[Tt]ại|[Ởở]|tới|đến|vào|trên|gần|xuống|ngoài khơi|(?:bên ngoài|bên trong)(?=\s+(?:khách sạn|tòa nhà|trụ sở|đại sứ quán|lãnh sự quán|nhà thờ|đền thờ|thánh đường|sân vận động|nhà thi đấu|sân bay|nhà hàng|hộp đêm|bệnh viện|cung điện|dinh|phủ|số|\p{Lu})(?!\p{L}))|diễn ra ở|diễn ra tại|tấn công|đánh bom|đánh trúng|sâu trong lãnh thổ)\s+/uy;
/**
 * Lower-case words a place description is made of: venue and region nouns and the words that
 * join them. A locative stretch runs over these and capitalised names, and stops at anything else.
 */
const PLACE_WORDS = new Set((
  'khách sạn biệt thự dinh thự khu nghỉ dưỡng căn cứ không quân hải quân quân sự cung điện lâu đài nhà thi đấu sân vận động ' +
  'trung tâm hội nghị rừng đại lộ quảng trường ga tàu điện ngầm sân bay quốc tế làng đình chiến thị trấn đảo tỉnh bang thành phố ' +
  'thủ đô quận huyện hạt miền nam bắc đông tây trung nước vùng khu vực bờ biển hồ phủ dinh tòa tháp trụ sở văn phòng đài tưởng niệm công viên ' +
  'hòa bình chính thức riêng trên thuộc ở tại bên gần ven nghỉ dưỡng lại số phố cầu eo học viện biên giới cảng sông nhỏ trước nhà biển quần khơi khuôn chợ xã trại bệnh viện thờ đền chùa thánh đường trường nghiệp tuyến đường nối hai núi dãy định cư nông giáp ranh'
).split(' '));

/** Words between two names that join them rather than belong to one ("Antalya của Thổ Nhĩ Kỳ", "Cambrils cách Barcelona khoảng 120 km"). */
const JOINERS = new Set(['của', 'và', 'với', 'cho', 'từ', 'đến', 'tới', 'là', 'hay', 'hoặc', 'cách']);

/** Venue nouns that introduce a named place the gazetteer may lack, and how English names it. */
const VENUES: [RegExp, (name: string) => string, PlaceMention['kind']][] = [
  [/^khách sạn$/u, (n) => `${n} Hotel`, 'building'],
  [/^biệt thự$/u, (n) => `Villa ${n}`, 'building'],
  [/^(?:dinh thự|khu nghỉ dưỡng|nhà thi đấu|lâu đài|trụ sở|đại lộ)$/u, (n) => n, 'building'],
  [/^căn cứ không quân$/u, (n) => `${n} Air Base`, 'building'],
  [/^căn cứ hải quân$/u, (n) => `${n} Naval Base`, 'building'],
  // (a base of no stated arm: "căn cứ Hmeimim", after "căn cứ không quân Hmeimim")
  [/^căn cứ$/u, (n) => `${n} Base`, 'building'],
  [/^cung điện$/u, (n) => `${n} Palace`, 'building'],
  [/^trung tâm hội nghị$/u, (n) => `${n} Convention Centre`, 'building'],
  // ("ở khu rừng Belovezhskaya Pushcha": a forest, named)
  [/^khu rừng$/u, (n) => n, 'city'],
  // ("ở vùng núi Qandil và Gara, miền bắc Iraq": mountains, named, placed like a town)
  [/^(?:vùng núi|dãy núi)$/u, (n) => n, 'city'],
  // ("ở khu công nghiệp Musaffah": an industrial area, named, placed like a town)
  [/^khu công nghiệp$/u, (n) => n, 'city'],
  [/^sân vận động$/u, (n) => `${n} Stadium`, 'building'],
  [/^sân bay(?: quốc tế)?$/u, (n) => `${n} Airport`, 'building'],
  [/^quảng trường$/u, (n) => `${n} Square`, 'building'],
  [/^cầu$/u, (n) => `${n} Bridge`, 'building'],
  [/^eo biển$/u, (n) => `${n} Strait`, 'city'],
  [/^(?:[Tt]rường [Đđ]ại học|[Đđ]ại học)$/u, (n) => `${n} University`, 'building'],
  // ("tại Viện Chautauqua", "tại Viện Brookings": an institute, named, where a talk was given)
  [/^Viện$/u, (n) => `${n} Institute`, 'building'],
  [/^(?:học viện|trường)$/u, (n) => n, 'building'],
  // ("tại quận Pulwama", "ở huyện Achin": a district, placed like a town)
  // ("ở thủ phủ Gandhinagar": a state's or province's capital)
  // ("ở khu định cư Halamish", "tại khu vực nông trại Shebaa": a settlement or farmland, placed like a village)
  // ("ở khu Gudele", "tại khu phố Tampouy": a neighbourhood of a city not named, placed like a town; "ở xã Uthai Sawan", a commune, like a village)
  [/^(?:làng(?: đình chiến)?|xã|khu định cư|nông trại|thị trấn|thành phố|thủ đô|thủ phủ|tỉnh|bang|đảo|quận|huyện|khu(?: phố)?)$/u, (n) => n, 'city'],
];
const VENUE_RE = /(khách sạn|biệt thự|dinh thự|khu nghỉ dưỡng|nhà thi đấu|lâu đài|trụ sở|đại lộ|căn cứ không quân|căn cứ hải quân|căn cứ|cung điện|trung tâm hội nghị|khu rừng|vùng núi|dãy núi|khu công nghiệp|sân vận động|sân bay quốc tế|sân bay|quảng trường|cầu|eo biển|trường đại học|[Tt]rường Đại học|đại học|Đại học|học viện|Viện|làng đình chiến|làng|xã|khu định cư|nông trại|thị trấn|thành phố|thủ đô|thủ phủ|tỉnh|bang|đảo|quận|huyện|khu phố|khu)\s+(?:(?:chính thức|riêng|cũ|mới|sang trọng|nổi tiếng|lịch sử|\d sao|ven biển|ven sông|biên giới|cảng|du lịch|nhỏ|miền (?:nam|bắc|đông|tây|trung))\s+)?(?!Hoàng gia(?!\p{L})|(?:Hạ|Thượng)\s+viện(?!\p{L}))(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|(?:al|el)-\p{Lu}[\p{L}'’.\-]*|de|des|du|la|le|al|el|of|(?!(?:của|và|với|cho|từ|đến|tới|là|hay|hoặc|tại|ở|trên|gần|bên|cách|sáng|trưa|chiều|tối|đêm|ngày|hôm|lúc|vào|khi)\s)\p{Ll}+(?=\s+\p{Lu})|[-–]\s+\p{Lu}[\p{L}'’.\-]*))*)/gu;

/** Where the words after a locative word start (what `LOCATIVE_WORD` matches, found by `indexOf`). */
function locativeStarts(text: string): number[] {
  const out: number[] = [];
  for (const w of LOCATIVE_FIRST) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      LOCATIVE_WORD.lastIndex = i === 0 ? 0 : i - 1;
      const m = LOCATIVE_WORD.exec(text);
      if (m && m.index === (i === 0 ? 0 : i - 1)) out.push(m.index + m[0].length);
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}
/** The first letters of the locative words, as written ("Tại" and "tại", "Ở" and "ở"). */
const LOCATIVE_FIRST = ['Tại', 'tại', 'Ở', 'ở', 'tới', 'đến', 'vào', 'trên', 'gần', 'xuống', 'ngoài khơi', 'bên ngoài', 'bên trong', 'diễn', 'tấn công', 'đánh bom', 'đánh trúng', 'sâu trong lãnh thổ'];

/** The next word of a locative stretch, tried exactly at `lastIndex`, with the space or comma before it. */
const SPAN_WORD = /(?:\s*,\s*(?=\p{Lu}|(?:tỉnh|bang|hạt|thành phố|thủ đô|miền|nước|trung tâm(?= thành phố| thủ đô))\s)|\s+|)([\p{L}'’.\-]+)/uy;

/** The stretches of `text` that say where ("tại …", "ở …"), as [start, end) pairs. */
export function locativeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const from of locativeStarts(text)) {
    let end = from;
    let capital = false;
    for (let i = from; i - from < 120;) {
      SPAN_WORD.lastIndex = i;
      const w = SPAN_WORD.exec(text);
      if (!w || !w[1]) break;
      const token = w[1].replace(/\.$/, '');
      const upper = /^\p{Lu}/u.test(token);
      // a lower-case syllable inside a proper name, between capitals ("Hội nghị An ninh Munich")
      const inName = !upper && capital && !JOINERS.has(token) && /^\s+\p{Lu}/u.test(text.slice(i + w[0].length));
      if (!upper && !PLACE_WORDS.has(token) && !inName) break;
      capital = upper;
      i += w[0].length;
      end = i;
    }
    if (end > from) spans.push([from, end]);
  }
  return spans;
}

/** True when [s, e) overlaps a place already found. */
function overlapsPlace(found: readonly PlaceMention[], s: number, e: number): boolean {
  for (const f of found) if (s < f.end && f.start < e) return true;
  return false;
}

/** Whether the name at `i` is where something happened: in a locative stretch, or right after a locative word. */
function locativeAt(text: string, spans: readonly [number, number][], i: number): boolean {
  for (const [a, b] of spans) if (a <= i && i < b) return true;
  return LOCATIVE.test(text.slice(Math.max(0, i - 40), i));
}

/** A country as an event's place. */
export function countryLocation(code: string): EventLocation {
  return { name: countryName(code), country: code };
}

/** English names of countries by code, as they are asked for. */
const COUNTRY_NAMES = new Map<string, string>();
/** A country's English name: the headline form ("Turkey"), else CLDR's name, else the code. */
function countryName(code: string): string {
  let en = COUNTRY_NAMES.get(code);
  if (en === undefined) COUNTRY_NAMES.set(code, (en = englishCountry(code)?.replace(/^the /, '') ?? REGIONS_EN.of(code) ?? code));
  return en;
}

/** Every place named in `text`, left to right, gazetteer places before bare countries. */
/** Is a building of `country` told right before "ở/tại" a city of another country ("trụ sở Liên Hợp Quốc ở Geneva")? */
function inAnotherCountrysCity(text: string, end: number, country: string | null | undefined): boolean {
  const at = /^\s+(?:ở|tại)\s+(?:(?:thành phố|thủ đô|TP\.?)\s+)?/u.exec(text.slice(end));
  if (!at || !country) return false;
  const next = FORMS.findAll(text.slice(end + at[0].length, end + at[0].length + 40)).find((f) => f.start === 0)?.value;
  return !!next && next.kind === 'city' && !!next.country && next.country !== country;
}

/** "nhà hàng Aziz ", "quán cà phê Le ": an eatery's noun and the first words of its name, right before a city's name that ends it. */
const EATERY_NAMED = /(?:^|\s)(?:nhà hàng|quán(?:\s+cà phê)?|tiệm)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;
/** "Shahr-e-", "Mazar-i-": a name's linking particle right before a place's name inside it. */
const LINKED_BEFORE = /\p{L}-\p{Ll}{1,3}-$/u;
/** " (Thành phố ": the opening of a translation in brackets, right before the place it names. */
const GLOSS_BETWEEN = /^\s*\((?:[Tt]hành phố\s+|[Tt]hủ đô\s+)?$/u;

export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const spans = LOCATIVE_FIRST.some((w) => text.includes(w)) ? locativeSpans(text) : [];
  // ("sảnh tiệc Shahr-e-Dubai (Thành phố Dubai)": a place's name in another name, and its gloss in brackets after it)
  let joinedEnd = -1;
  for (const m of FORMS.findAll(text)) {
    const place = m.value;
    if (!place) continue;
    if (LINKED_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) { joinedEnd = m.end; continue; }
    if (joinedEnd >= 0 && GLOSS_BETWEEN.test(text.slice(joinedEnd, m.start))) continue;
    // ("nhà hàng Aziz Istanbul": a city's name ending an eatery's name, not the city)
    if (place.kind === 'city' && EATERY_NAMED.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // ("Nhà Quốc hội Hungary", "Phủ Chủ tịch nước Lào": a building of that name in another country named right after it)
    if (place.kind === 'building' && place.country && findCountries(text.slice(m.end, m.end + 30)).some((c) => c.start <= (/^\s+nước\s+/u.exec(text.slice(m.end))?.[0].length ?? 1) && c.code !== place.country)) continue;
    // ("tại trụ sở Liên Hợp Quốc ở Geneva": its office in another country's city named right after it, not the one of that name)
    if (place.kind === 'building' && inAnotherCountrysCity(text, m.end, place.country)) continue;
    const location: EventLocation = { name: place.name, country: place.country };
    if (m.text !== place.name && m.text !== place.name.split(',')[0]) location.nameVi = m.text;
    // ("căn cứ không quân Balad ở phía bắc Baghdad": somewhere in the city's country, not the city)
    const around = place.kind === 'city' && place.country ? AROUND.exec(text.slice(Math.max(0, m.start - 40), m.start)) : null;
    if (around) {
      found.push({ start: m.start, end: m.end, text: m.text, location: countryLocation(place.country!), kind: 'country', locative: /^(?:ở|tại)\s/u.test(around[0]) || locativeAt(text, spans, m.start - around[0].length) });
      continue;
    }
    // ("Sochi cũng là nơi Nga và Thổ Nhĩ Kỳ ký bản ghi nhớ …": the city said to be where something was done)
    found.push({ start: m.start, end: m.end, text: m.text, location, kind: place.kind, locative: locativeAt(text, spans, m.start) || (place.kind === 'city' && WHERE_AFTER.test(text.slice(m.end, m.end + 24))) });
  }
  for (const c of findCountries(text)) {
    if (overlapsPlace(found, c.start, c.end) || c.code.length !== 2) continue;
    // "thủ đô Áo", "thủ đô nước Pháp": the capital, not the country
    const capital = CAPITAL_OF.test(text.slice(Math.max(0, c.start - 20), c.start)) ? capitalOf(c.code) : null;
    if (capital) {
      found.push({ start: c.start, end: c.end, text: c.text, location: capital, kind: 'city', locative: locativeAt(text, spans, c.start) });
      continue;
    }
    const en = countryName(c.code);
    const location: EventLocation = { name: en, country: c.code };
    if (c.text !== en) location.nameVi = c.text;
    found.push({ start: c.start, end: c.end, text: c.text, location, kind: 'country', locative: locativeAt(text, spans, c.start) });
  }
  // "tại khách sạn Capella trên đảo Sentosa, Singapore", "căn cứ không quân Shayrat của Syria":
  // a named venue the gazetteer lacks, in the city or country the stretch goes on to name.
  for (const span of spans) {
    // "tại Dinh Tổng thống Phần Lan ở thủ đô Helsinki": the head of state's palace of that city
    // (the head of government's office for "Phủ Thủ tướng")
    const palace = PALACE.exec(text.slice(span[0], span[1]));
    if (palace && !overlapsPlace(found, span[0] + palace.index, span[0] + palace.index + palace[0].length)) {
      const start = span[0] + palace.index;
      const city = found.filter((f) => f.start > start && f.start < span[1] && f.kind === 'city')[0];
      const country = found.filter((f) => f.start > start && f.start < span[1] + 40)[0]?.location.country ?? null;
      const seat = palace[1] === 'Thủ tướng' ? "Prime Minister's Office" : 'Presidential Palace';
      const location: EventLocation = { name: city ? `${seat}, ${city.location.name.split(',')[0]}` : seat, nameVi: palace[0], country };
      found.push({ start, end: start + palace[0].length, text: palace[0], location, kind: 'building', locative: true });
    }
    // (right to left: "tại trung tâm hội nghị Mahatma Mandir ở thủ phủ Gandhinagar" is in the city named after it)
    for (const v of allMatches(VENUE_RE, text.slice(span[0], span[1] + 60)).reverse()) {
      const named = v[2].replace(/\.$/u, '');
      const start = span[0] + v.index + v[0].length - v[2].length;
      const end = start + named.length;
      if (start >= span[1] || NOT_A_PLACE.test(named)) continue;
      // (an institute by a foreign name only: not "Viện Nghiên cứu …", "Viện Văn hóa Pháp")
      if (v[1] === 'Viện' && !LATIN_NAME.test(named)) continue;
      // (a neighbourhood, "ở khu Gudele", only where no city is named: "khu Youhanabad của Lahore" is in Lahore)
      if (/^khu(?: phố)?$/u.test(v[1]) && found.some((f) => f.kind === 'city')) continue;
      // "tại trụ sở Chính phủ", "trụ sở Quốc hội": a capitalised institution word, not a name
      const tail = INSTITUTION_TAIL.exec(text.slice(end));
      if (tail) {
        if (/^trụ sở$/u.test(v[1]) && named === 'Chính' && tail[1] === 'phủ' && !overlapsPlace(found, start, end + tail[0].length)) {
          found.push({ start, end: end + tail[0].length, text: `Chính${tail[0]}`, location: { name: 'Government Office', nameVi: 'trụ sở Chính phủ', country: 'VN' }, kind: 'building', locative: true });
        }
        continue;
      }
      // "tại đảo Síp", "đảo Sri Lanka": an island state is the state
      if (v[1] === 'đảo' && found.some((f) => f.kind === 'country' && f.start === start && f.end === end)) continue;
      // a venue named after countries ("Trường Đại học Việt - Nhật") is the venue, not the countries
      for (let k = found.length - 1; k >= 0; k--) if (found[k].kind === 'country' && found[k].start >= start && found[k].end <= end) found.splice(k, 1);
      if (overlapsPlace(found, start, end)) continue;
      const [, english, kind] = VENUES.find(([re]) => re.test(v[1]))!;
      const after = found.filter((f) => f.start >= end && f.start <= span[1] + 40 && f.kind !== 'building').sort((a, b) => a.start - b.start)[0];
      const within = after?.kind === 'city' ? after.location : null;
      // ("ở khu công nghiệp Musaffah và khu vực … sân bay quốc tế Abu Dhabi": an area's country from the city told just after it)
      const country = after?.location.country ?? (v[1] === 'khu công nghiệp' ? found.find((f) => f.start >= end && f.start <= end + 80 && f.location.country)?.location.country ?? null : null);
      // ("ở quận Şahinbey, thành phố Gaziantep": a district, with the city it is in named right after it)
      const districtOf = /^(?:quận|huyện)$/u.test(v[1]) && within && /^\s*,\s*(?:(?:thành phố|TP\.?)\s+)?$/u.test(text.slice(end, after.start));
      const name = within && (kind === 'building' || districtOf) ? `${english(named)}, ${within.name.split(',')[0]}` : english(named);
      const location: EventLocation = { name, nameVi: `${v[1]} ${named}`, country };
      found.push({ start, end, text: named, location, kind, locative: true });
    }
    // "ở Conflans-Sainte-Honorine, ngoại ô Paris": a foreign name the gazetteer lacks, right after "tại/ở"
    // ("trong lúc tuần tra ở khu vực Paju, phía nam DMZ": the area of a town the gazetteer lacks is the town)
    const from = span[0] + (AREA_OF.exec(text.slice(span[0], span[1]))?.[0].length ?? 0);
    const foreign = FOREIGN_NAME.exec(text.slice(from, span[1]));
    // ("tại Khu phức hợp tổng thống ở Ankara": a Vietnamese word going on into a phrase past the span's end)
    // ("tới Lumbini, miền nam Nepal": after "tới", "đến", only with the part of its country named right after it)
    const goingTo = !!foreign && /(?:tới|đến)\s+$/iu.test(text.slice(Math.max(0, span[0] - 5), span[0]));
    const toward = goingTo ? DIRECTION_OF_COUNTRY.exec(text.slice(from + foreign[0].length, from + foreign[0].length + 40)) : null;
    const towardCountry = toward ? found.find((f) => f.kind === 'country' && f.start === from + foreign![0].length + toward[0].length) : undefined;
    // ("tới Shusha, thành phố có ý nghĩa biểu tượng …": a town, as the words after it say; in the one country they name, if one)
    const town = goingTo && !towardCountry ? TOWN_APPOSED.exec(text.slice(from + foreign[0].length)) : null;
    if (foreign && towardCountry && !overlapsPlace(found, from, from + foreign[0].length)) {
      found.push({ start: from, end: from + foreign[0].length, text: foreign[0], location: { name: foreign[0], country: towardCountry.location.country }, kind: 'city', locative: true });
    } else if (foreign && town && !overlapsPlace(found, from, from + foreign[0].length)) {
      const end = from + foreign[0].length;
      const states = new Set(found.filter((f) => f.kind === 'country' && f.start > end && f.end <= end + town[0].length).map((f) => f.location.country));
      found.push({ start: from, end, text: foreign[0], location: { name: foreign[0], country: states.size === 1 ? [...states][0] : null }, kind: 'city', locative: true });
    } else if (foreign && !PHRASE_GOES_ON.test(text.slice(from + foreign[0].length, from + foreign[0].length + 12)) && /(?:tại|ở)\s+$/iu.test(text.slice(Math.max(0, span[0] - 4), span[0])) && !overlapsPlace(found, from, from + foreign[0].length)) {
      // ("ở Sidoarjo, ngoại ô Surabaya": in the country of the city it lies outside)
      const end = from + foreign[0].length;
      const near = OUTSKIRTS_OF.exec(text.slice(end, end + 40));
      const city = near ? found.find((f) => f.kind === 'city' && f.start === end + near[0].length) : undefined;
      // ("ở Kalaya, huyện Orakzai, tỉnh Khyber Pakhtunkhwa, tây bắc Pakistan": in the country its districts and provinces lead to)
      const chain = city ? null : REGIONS_THEN_COUNTRY.exec(text.slice(end, end + 160));
      const state = chain ? found.find((f) => f.kind === 'country' && f.start === end + chain[0].length) : undefined;
      // ("tại Leego, Somalia": in the country named right after it)
      const comma = /^\s*,\s*/u.exec(text.slice(end))?.[0].length;
      const inCountry = comma === undefined ? undefined : found.find((f) => f.kind === 'country' && f.start === end + comma);
      // ("ở khu vực Haftanin, miền bắc Iraq": in the country whose part is named right after it)
      const part = DIRECTION_OF_COUNTRY.exec(text.slice(end, end + 40));
      const ofCountry = part ? found.find((f) => f.kind === 'country' && f.start === end + part[0].length) : undefined;
      found.push({ start: from, end, text: foreign[0], location: { name: foreign[0], country: city?.location.country ?? state?.location.country ?? inCountry?.location.country ?? ofCountry?.location.country ?? null }, kind: 'city', locative: true });
    }
  }
  // "rạng sáng 20/2 giờ Hà Nội", "theo giờ Việt Nam": a time zone, not a place; "Nhà nước Hồi giáo tự xưng tại Khorasan (IS-K)": a group's name
  return found.filter((f) => !TIME_ZONE.test(text.slice(Math.max(0, f.start - 12), f.start)) && !(GROUP_NAMED_FOR_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)) && ACRONYM_AFTER.test(text.slice(f.end, f.end + 16)))).sort((a, b) => a.start - b.start);
}

/** "Nhà nước Hồi giáo tự xưng tại ", "Al-Qaeda ở ": an armed group named for the land it works in, */
const GROUP_NAMED_FOR_BEFORE = /(?:Nhà nước Hồi giáo|IS|ISIS|Qaeda|tự xưng)\s+(?:tại|ở)\s+$/u;
/** … when its acronym follows the name ("Khorasan (IS-K)", "Maghreb Hồi giáo (AQIM)"). */
const ACRONYM_AFTER = /^[^,.;()]{0,20}?\s*\(\p{Lu}[\p{Lu}\d]*(?:-\p{Lu}+)?\)/u;

/** "khu vực " opening a locative stretch, before the name of the place it is the area of. */
// (not "tại khu vực Darengarh thuộc huyện Mastung", a spot placed by the district named after it)
const AREA_OF = /^khu vực\s+(?=\p{Lu})(?!(?:[^\s,.;]+\s+){1,3}thuộc\s)/u;
/** ", thành phố có ý nghĩa biểu tượng …" after a place's name, to the clause's end: it is a town. */
const TOWN_APPOSED = /^\s*,\s+(?:một\s+)?(?:thành phố|thị trấn|thủ phủ)\s[^,.;]*/u;
/** ", miền nam ", ", phía tây bắc " after a place's name: the part of the country named next. */
const DIRECTION_OF_COUNTRY = /^\s*,\s*(?:miền|phía|vùng)\s+(?:(?:tây|đông)(?:\s+(?:bắc|nam))?|bắc|nam|trung)\s+(?:của\s+)?(?:nước\s+)?/u;
/** ", ngoại ô ", ", gần thủ đô " after a place's name: the city it lies near follows. */
const OUTSKIRTS_OF = /^\s*,\s*(?:(?:ở|tại|thuộc)\s+)?(?:vùng\s+)?(?:ngoại ô|ngoại thành|gần|phía (?:bắc|nam|đông|tây)(?:\s+(?:bắc|nam))?)\s+(?:(?:thủ đô|thành phố|TP\.?)\s+)?/u;

/** ", huyện Orakzai, tỉnh Khyber Pakhtunkhwa, tây bắc " after a place's name: the regions it lies in, then its country. */
const REGIONS_THEN_COUNTRY = /^(?:\s*,\s*(?:huyện|tỉnh|bang|quận|vùng|khu vực|thị trấn|hạt)\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)*)+\s*,\s*(?:(?:miền|phía)\s+)?(?:(?:tây|đông)(?:\s+(?:bắc|nam))?|bắc|nam)?\s*/u;

/** "giờ " right before a place's name: the name tells whose clock, not where. */
const TIME_ZONE = /(?<!\p{L})giờ\s+$/u;

/**
 * A place name in Latin letters without Vietnamese ones ("Conflans-Sainte-Honorine", "Bratislava"):
 * one word, or several hyphenated, followed by punctuation or a function word ("ở Nice ngày …"),
 * not by more of a name or phrase ("Dinh Tổng thống", "Khu phi quân sự").
 */
const FOREIGN_NAME = /^[A-Z][a-zàáâäçèéêëíîïñòóôöùúûüÿ'’]+(?:-[A-Z][a-zàáâäçèéêëíîïñòóôöùúûüÿ'’]+){0,3}(?=$|[,.;:)]|\s+(?:ngày|hôm|vào|và|của|năm|tháng|sáng|chiều|tối|trưa|đêm|khi|để|với|lúc|từ|trước|sau|gần|cho|nơi|thuộc|ở|tại|\(|-|–)(?!\p{L}))/u;
/** A lower-case word after a name that is no function word: the capitalised word opened a phrase ("Khu phức hợp"). */
const PHRASE_GOES_ON = /^\s+(?!(?:ngày|hôm|hồi|vào|và|của|năm|tháng|sáng|chiều|tối|trưa|đêm|khi|để|với|lúc|từ|trước|sau|gần|cho|nơi|thuộc|ở|tại|trong|là|đã|đều|cũng|này|đó)(?!\p{L}))\p{Ll}/u;

/** A president's palace or a prime minister's office named by its office: "Dinh Tổng thống", "Phủ Tổng thống", "Phủ Thủ tướng". */
const PALACE = /(?:Dinh|Phủ|dinh|phủ|Cung điện|cung điện) (Tổng thống|Thủ tướng)/u;

/** The lower-case syllable that makes a capitalised word an institution ("Chính phủ", "Quốc hội", "Nhà nước", "Trung ương"). */
const INSTITUTION_TAIL = /^\s+(phủ|hội|nước|ương|hợp quốc)(?!\p{L})/u;
/** A name in plain Latin letters ("Chautauqua", "Lowy"), no Vietnamese word in it. */
const LATIN_NAME = /^[A-Za-z][A-Za-z'’.\- ]*$/u;
/** Capitalised words after a venue noun that are not a place's name ("tỉnh Bộ trưởng…"). */
const NOT_A_PLACE = /^(?:Tổng|Thủ|Bộ|Chủ|Ngoại|Nhà|Hội|Liên|Ủy)(?:\s|$)/u;

const BY_NAME = new Map<string, PlaceEntry>();
for (const p of PLACES) for (const n of [p.name, ...p.forms]) if (!BY_NAME.has(n)) BY_NAME.set(n, p);

/** "thủ đô " right before a country's name. */
const CAPITAL_OF = /thủ đô\s+(?:(?:của\s+)?nước\s+|của\s+)?$/u;
const CAPITALS = (capitalsData as { capitals: Record<string, string> }).capitals;
/** A country's capital (its seat of government) as a gazetteer place, or null. */
export function capitalOf(code: string): EventLocation | null {
  return CAPITALS[code] ? placeByName(CAPITALS[code]) : null;
}

/** Is the gazetteer place of this English name a building or site ("Fort de Brégançon", "Mar-a-Lago")? */
export function isBuilding(name: string): boolean {
  return BY_NAME.get(name)?.kind === 'building';
}

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
