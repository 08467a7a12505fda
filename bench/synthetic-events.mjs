// Deterministic synthetic events documents for the benchmark (and for anyone who needs many events).
// Same seed and N give byte-identical output on every machine: a small PRNG (mulberry32), no
// Math.random, no Date.now. Shape: diplo-timeline/events@1 (see EVENT-SCHEMA), spread uniformly
// over 2015-01-01..2022-12-31; a fifth are ranges, a tenth month-precision, 15 participants, every
// event type, Vietnamese titles (with English ones).

const SCHEMA_ID = 'diplo-timeline/events@1';
const TYPES = ['meeting', 'call', 'summit', 'visit', 'statement', 'agreement', 'attack', 'other'];

/** Fifteen participants; their names are real public figures, the events about them are not. */
const PEOPLE = [
  { name: 'Barack Obama', role: 'President', country: 'US' },
  { name: 'Donald Trump', role: 'President', country: 'US' },
  { name: 'Joe Biden', role: 'President', country: 'US' },
  { name: 'Xi Jinping', nameVi: 'Tập Cận Bình', role: 'President', country: 'CN' },
  { name: 'Vladimir Putin', role: 'President', country: 'RU' },
  { name: 'Nguyễn Xuân Phúc', role: 'Prime Minister', country: 'VN' },
  { name: 'Nguyễn Phú Trọng', role: 'General Secretary', country: 'VN' },
  { name: 'Shinzo Abe', role: 'Prime Minister', country: 'JP' },
  { name: 'Angela Merkel', role: 'Chancellor', country: 'DE' },
  { name: 'Emmanuel Macron', role: 'President', country: 'FR' },
  { name: 'Narendra Modi', role: 'Prime Minister', country: 'IN' },
  { name: 'Moon Jae-in', role: 'President', country: 'KR' },
  { name: 'Joko Widodo', role: 'President', country: 'ID' },
  { name: 'Justin Trudeau', role: 'Prime Minister', country: 'CA' },
  { name: 'Theresa May', role: 'Prime Minister', country: 'GB' },
];

const PLACES = [
  { name: 'Hanoi', nameVi: 'Hà Nội', country: 'VN' },
  { name: 'Beijing', nameVi: 'Bắc Kinh', country: 'CN' },
  { name: 'Washington', nameVi: 'Oa-sinh-tơn', country: 'US' },
  { name: 'Moscow', nameVi: 'Mát-xcơ-va', country: 'RU' },
  { name: 'Tokyo', nameVi: 'Tô-ky-ô', country: 'JP' },
  { name: 'Paris', nameVi: 'Pa-ri', country: 'FR' },
  { name: 'Da Nang', nameVi: 'Đà Nẵng', country: 'VN' },
  { name: 'New Delhi', nameVi: 'Niu Đê-li', country: 'IN' },
];

const SUMMITS = ['APEC', 'ASEAN', 'G20', 'G7', 'BRICS', 'Mekong – Lan Thương'];
const TOPICS = [
  { vi: 'hợp tác kinh tế', en: 'economic cooperation' },
  { vi: 'an ninh hàng hải', en: 'maritime security' },
  { vi: 'biến đổi khí hậu', en: 'climate change' },
  { vi: 'thương mại tự do', en: 'free trade' },
  { vi: 'giáo dục và đào tạo', en: 'education and training' },
];

/** mulberry32: a 32-bit seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2015, 0, 1);
const LAST = Date.UTC(2022, 11, 31);
const SPAN_DAYS = (LAST - FIRST) / DAY + 1;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function titleFor(type, a, b, place, summit, topic) {
  const av = a.nameVi ?? a.name;
  const bv = b.nameVi ?? b.name;
  switch (type) {
    case 'meeting': return { vi: `${av} hội đàm với ${bv} tại ${place.nameVi}`, en: `${a.name} holds talks with ${b.name} in ${place.name}` };
    case 'call': return { vi: `${av} điện đàm với ${bv} về ${topic.vi}`, en: `${a.name} phones ${b.name} about ${topic.en}` };
    case 'summit': return { vi: `Hội nghị cấp cao ${summit} tại ${place.nameVi}`, en: `${summit} summit in ${place.name}` };
    case 'visit': return { vi: `${av} thăm chính thức ${place.nameVi}`, en: `${a.name} pays an official visit to ${place.name}` };
    case 'statement': return { vi: `${av} ra tuyên bố về ${topic.vi}`, en: `${a.name} issues a statement on ${topic.en}` };
    case 'agreement': return { vi: `Ký kết thỏa thuận ${topic.vi} giữa ${av} và ${bv}`, en: `${a.name} and ${b.name} sign a ${topic.en} agreement` };
    case 'attack': return { vi: `Vụ tấn công tại ${place.nameVi} bị ${av} lên án`, en: `Attack in ${place.name} condemned by ${a.name}` };
    default: return { vi: `${av} và ${bv} dự lễ kỷ niệm tại ${place.nameVi}`, en: `${a.name} and ${b.name} attend a ceremony in ${place.name}` };
  }
}

/**
 * A deterministic synthetic events document with `n` events.
 * Kinds by index: i % 10 === 0 is month-precision (start "YYYY-MM"), i % 10 in {1, 2} is a range
 * of 1–14 extra days (a fifth), the rest single days; dates are uniform over 2015–2022, so the
 * kind does not correlate with the date. Events are left in generation order (not sorted by date),
 * as a merged document may be.
 * @param {number} n number of events
 * @param {{seed?: number}} [options]
 * @returns {{schema: string, documents: object[], events: object[]}}
 */
export function generateEventsDocument(n, { seed = 20150101 } = {}) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const docCount = Math.max(1, Math.ceil(n / 10));
  const documents = [];
  for (let d = 0; d < docCount; d++) {
    const published = iso(FIRST + Math.floor(rnd() * SPAN_DAYS) * DAY);
    documents.push({ id: `syn_${String(d).padStart(6, '0')}`, title: `Tin tổng hợp số ${d + 1}`, published, publishedFrom: 'header', publishedBasis: null });
  }
  const events = [];
  for (let i = 0; i < n; i++) {
    const startMs = FIRST + Math.floor(rnd() * SPAN_DAYS) * DAY;
    const type = i < TYPES.length ? TYPES[i] : pick(TYPES); // the first eight guarantee every type
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    if (b === a) b = PEOPLE[(PEOPLE.indexOf(a) + 1) % PEOPLE.length];
    const place = pick(PLACES);
    const title = titleFor(type, a, b, place, pick(SUMMITS), pick(TOPICS));
    const kind = i % 10;
    let start = iso(startMs);
    let precision = 'day';
    let end;
    if (kind === 0) {
      start = start.slice(0, 7);
      precision = 'month';
    } else if (kind === 1 || kind === 2) {
      end = iso(Math.min(LAST, startMs + (1 + Math.floor(rnd() * 14)) * DAY));
      if (end === start) end = undefined; // a range starting on 2022-12-31 cannot extend past the window
    }
    const participants = type === 'summit' || type === 'visit' || type === 'statement' || type === 'attack' ? [a] : [a, b];
    const doc = documents[Math.floor(rnd() * docCount)];
    const quote = `${title.vi}, theo tin từ phóng viên thường trú.`;
    const offset = Math.floor(rnd() * 4000);
    const event = {
      id: `${start}-${slug(title.en).slice(0, 48)}-${i}`,
      start,
      ...(end ? { end } : {}),
      precision,
      type,
      title,
      participants: participants.map((p) => ({ ...p, nameVi: p.nameVi ?? p.name })),
      location: type === 'call' || type === 'statement' ? null : { ...place },
      sources: [{ document: doc.id, quote, start: offset, end: offset + quote.length }],
    };
    events.push(event);
  }
  return { schema: SCHEMA_ID, documents, events };
}
