/**
 * One real-world event = one entry. Mentions of the same event (same kind, compatible dates,
 * the same people or place) are merged within an article and across articles; the most precise
 * mention leads, every mention becomes a `sources` item. Merging works on events documents, so
 * an archive extracted in shards merges to what one run would give: the result depends only on
 * the set of inputs, never on their order.
 */
import { SCHEMA_ID, type EventLocation, type EventSource, type EventType, type EventsDocument, type Participant, type SourceDocument, type TimelineEvent } from '../events-schema.js';
import { ANOTHER_ATTACK } from './attack-event.js';
import { assignEventIds } from './event-id.js';
import { placeWithin } from './event-place.js';
import { countryLocation } from './places.js';
import { personKey } from './people.js';
import { CONFERENCE_ATTENDED, partiesSaid } from './referred-event.js';
import { makeTitle, titleWithPlace } from './titles.js';

/**
 * An event mention whose own sentence gives no date ("sau vụ khủng bố ở Paris"). It is not an
 * event by itself, but it is one more source for the dated event it matches, which may be in
 * another article: hence it travels with the document until a merge finds that event.
 */
export interface UndatedMention {
  type: EventType;
  participants: Participant[];
  location: EventLocation | null;
  source: EventSource;
  /** The year the mention states, when it states no more ("năm 2016, ông Obama thăm Việt Nam"): it tells only an event of that year. */
  year?: string;
}

/** An events document as the pipeline passes it between stages and shards. */
export interface ExtractedDocument extends EventsDocument {
  /** Undated mentions not yet matched to an event (see {@link UndatedMention}). */
  undated?: UndatedMention[];
}

/** Kinds that can be the same real-world event told differently. */
const FAMILY: Record<EventType, string> = {
  // A visit spans days and holds talks: one article's "chuyến thăm" and another's "hội đàm" are
  // different entries, so visits are a family of their own; so are agreements, signed or adopted
  // apart from the talks that led to them (an undated mention may still tell one of the other).
  meeting: 'talks', visit: 'visit', agreement: 'agreement', call: 'call', summit: 'summit', statement: 'statement', attack: 'attack', other: 'other',
};

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The calendar span a date claims: [first day, last day]. */
function span(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): [string, string] {
  if (e.precision === 'year') return [`${e.start.slice(0, 4)}-01-01`, `${e.start.slice(0, 4)}-12-31`];
  if (e.precision === 'month') return [`${e.start.slice(0, 7)}-01`, `${e.start.slice(0, 7)}-31`];
  return [e.start, e.end ?? e.start];
}

function datesCompatible(a: TimelineEvent, b: TimelineEvent): boolean {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 <= b1 && b0 <= a1;
}

const keys = (ps: Participant[]) => new Set(ps.map((p) => personKey(p.name)));
/** Does every mention of `e` say it so (each source's quote matches `re`)? */
const toldEvery = (e: { sources?: EventSource[] }, re: RegExp) => (e.sources ?? []).every((s) => re.test(s.quote));

/** An event told by where it was, naming no one; one told by who was there, placing it nowhere. */
const placedOnly = (e: { participants: Participant[]; location: EventLocation | null }) => !e.participants.length && !!e.location;
const attendedOnly = (e: { participants: Participant[]; location: EventLocation | null }) => e.participants.length > 0 && !e.location;

/** An event told with no one and nowhere: nothing sets it apart from another of its kind that day. */
const bare = (e: { participants: Participant[]; location: EventLocation | null }) => !e.participants.length && !e.location;
/** A launch ("tên lửa được phóng", "phóng thử"). */
const LAUNCHED = /(?:^|\s)phóng(?!\p{L})/u;
/** Two events told of one day, not of a span. */
const sameDay = (a: { start?: string; end?: string }, b: typeof a) => !!a.start && a.start === b.start && !a.end && !b.end;
/** An event whose one participant is of the country it took place in: a summit told by its host. */
const hostOnly = (e: { participants: Participant[]; location: EventLocation | null }) => e.participants.length === 1 && !!e.location?.country && e.participants[0].country === e.location.country;

/** "Hội nghị do …", "Hội nghị diễn ra …" opening a sentence: the summit just told, named again by its bare word. */
const SUMMIT_AGAIN = /^Hội nghị\s+(?:do|đã|được|diễn ra|khai mạc|kéo dài|có sự)\s/u;

/** "triệu Đại sứ", "triệu tập đại diện": an envoy summoned. */
const SUMMONED = /(?:^|\s)triệu(?:\s+tập)?\s+(?:\p{Ll}+\s+){0,3}(?:[Đđ]ại sứ|[Đđ]ại biện|[Đđ]ại diện|[Tt]ùy viên)/u;
/** An event every mention of which tells an envoy summoned (an undated mention, with no sources, tells none). */
const summonsTold = (e: { sources?: EventSource[] }) => !!e.sources?.length && toldEvery(e, SUMMONED);
/** Do two events involve the same people (or, for events without people, the same place)? */
function sameActors(a: { participants: Participant[]; location: EventLocation | null; type: EventType; sources?: EventSource[]; start?: string; end?: string }, b: typeof a): boolean {
  // (a summons and a statement of that day in the summoner's capital by no one named are two: "Bộ Ngoại giao Trung Quốc ra tuyên bố …", "Thứ trưởng … triệu Đại sứ Mỹ …")
  if (a.type === 'statement' && b.type === 'statement' && (!a.participants.length || !b.participants.length) && summonsTold(a) !== summonsTold(b)) return false;
  if (a.type === 'attack' || b.type === 'attack' || !a.participants.length || !b.participants.length) {
    // (and so are one article's two weapons tests, or votes, of a day: "bãi thử hạt nhân Punggye-ri" lies in "Triều Tiên")
    return placesMatch(a.location, b.location) || (a.type === b.type && (a.type === 'attack' || a.type === 'other') && sameArticle(a, b) && placesNest(a.location, b.location))
      // "NATO summit in Watford" and the leaders' meeting "at The Grove Hotel, Watford"
      || (a.type === 'summit' && b.type === 'summit' && placeWithin(a.location, b.location))
      // (one article's summit of a day told by where it was, and by who attended: "họp thượng đỉnh bất thường tại Maputo", "Hội nghị … có sự tham dự của …")
      || (a.type === 'summit' && b.type === 'summit' && sameArticle(a, b) && (placedOnly(a) && attendedOnly(b) || placedOnly(b) && attendedOnly(a)))
      // (one article's launches of a day, one told with nothing to set it apart: "tên lửa được phóng lúc 14h34 … hôm qua")
      || (a.type === 'other' && b.type === 'other' && sameArticle(a, b) && sameDay(a, b) && (bare(a) || bare(b)) && toldEvery(a, LAUNCHED) && toldEvery(b, LAUNCHED));
  }
  // (one article's summit of a day, and "Hội nghị do … đồng chủ trì, với sự tham dự của …" told of it with no name nor place: the same summit)
  // (or placed only in the same country: "Hội nghị do Thủ tướng New Zealand Jacinda Ardern chủ trì, …", placed at its capital, of APEC's Auckland summit)
  const againIn = (x: typeof a, y: typeof a) => toldEvery(x, SUMMIT_AGAIN) && (!x.location || (!!x.location.country && x.location.country === y.location?.country));
  if (a.type === 'summit' && b.type === 'summit' && sameArticle(a, b) && sameDay(a, b) && (againIn(a, b) || againIn(b, a))) return true;
  // (one article's summit of a day at one place, told by its host and by those who attended: "… chuyển giao vai trò chủ tịch cho Tổng thống Algeria Abdelmadjid Tebboune", "Tham dự có Tổng thống Ai Cập …")
  if (a.type === 'summit' && b.type === 'summit' && sameArticle(a, b) && sameDay(a, b) && placesMatch(a.location, b.location) && (hostOnly(a) || hostOnly(b))) return true;
  const ka = keys(a.participants);
  const kb = keys(b.participants);
  const shared = [...ka].filter((k) => kb.has(k)).length;
  // one article's meetings that are told apart (the checks below, tried only for such a pair)
  if (a.type === 'meeting' && b.type === 'meeting' && sameArticle(a, b)) {
    // ("… dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng … Bên lề hội nghị, ông Esper gặp …": a conference attended and a meeting on its sidelines)
    if (toldEvery(a, ON_SIDELINES) !== toldEvery(b, ON_SIDELINES) && (toldEvery(a, CONFERENCE_ATTENDED) || toldEvery(b, CONFERENCE_ATTENDED))) return false;
    // "X hội đàm với Y … Cũng trong ngày này, X gặp các nhà lãnh đạo khu vực, trong đó có Y, A và B",
    // "bà Swaraj đã hội kiến Thủ tướng Sharif … dự Hội nghị … do Thủ tướng Sharif và Tổng thống Ghani đồng khai mạc":
    // talks of two and a meeting of more are two meetings (a consort beside a monarch makes no more)
    const [na, nb] = [principals(a.participants), principals(b.participants)];
    if (Math.min(na, nb) === 2 && na !== nb) return false;
    // "Cùng ngày, hai nhà lãnh đạo có cuộc gặp ba bên với Tổng thống Mông Cổ": a meeting told as of
    // that many parties is not the talks of fewer the article told that day
    if (countedParties(a) === ka.size && ka.size > kb.size || countedParties(b) === kb.size && kb.size > ka.size) return false;
  }
  // Two-sided events must share both sides unless one mention names only one of them.
  return shared >= Math.min(2, ka.size, kb.size);
}

/** "Bên lề hội nghị, …": told as on a conference's sidelines. */
const ON_SIDELINES = /(?:^|\s)[Bb]ên lề\s/u;
/** How many take part in their own right: a consort ("Hoàng hậu Masako") is beside the monarch. */
const principals = (ps: Participant[]) => new Set(ps.filter((p) => p.role !== 'Queen Consort').map((p) => personKey(p.name))).size;

/** "cuộc gặp ba bên": how many parties (three or more) a mention of the event says it had, or 0 ("hai bên" is any talks). */
const countedParties = (e: { sources?: EventSource[] }) => Math.max(0, ...(e.sources ?? []).map((s) => partiesSaid(s.quote)).filter((n) => n >= 3));

function placesMatch(a: EventLocation | null, b: EventLocation | null): boolean {
  if (!a || !b) return false;
  return a.name === b.name;
}

/** Two mentions from one article, where two attacks told the same day are one unless placed apart. */
const sameArticle = (a: { sources?: EventSource[] }, b: { sources?: EventSource[] }) =>
  !!a.sources?.length && !!b.sources?.length && a.sources.some((s) => b.sources!.some((t) => t.document === s.document));

/** Places that can be one: one inside the other ("Breitscheidplatz Square" of no known country in "Berlin"). */
function placesNest(a: EventLocation | null, b: EventLocation | null): boolean {
  if (!a || !b) return false;
  // ("thành phố Tanta" and Alexandria: a city named as one lies in no other city, only in a country)
  if ((namedCity(a) && b.country && !isCountry(b)) || (namedCity(b) && a.country && !isCountry(a))) return placeWithin(a, b);
  // ("vụ tấn công khủng bố ở Ai Cập" and the bombing in Tanta: the country holds the city)
  if ((isCountry(a) && b.country === a.country) || (isCountry(b) && a.country === b.country)) return true;
  // (one of no known country may lie in the other; two names the gazetteer lacks, "quận Hodan" and "quận Madina", are two places)
  return !a.country !== !b.country || placeWithin(a, b);
}

/** A place of no known country the text called a city ("thành phố Tanta"). */
const namedCity = (l: EventLocation) => !l.country && /^thành phố\s/u.test(l.nameVi ?? '');
/** A country itself as the place, not a place in it. */
const isCountry = (l: EventLocation) => !!l.country && l.name === countryLocation(l.country).name;

function familyOf(t: EventType): string {
  return FAMILY[t];
}

/** Kinds one undated mention of the other can tell of: the same family, or talks and what they agreed ("Tại cuộc hội đàm …" after "… nhất trí"). */
function akin(a: EventType, b: EventType): boolean {
  return familyOf(a) === familyOf(b) || (TALKS_AND_OUTCOME.has(a) && TALKS_AND_OUTCOME.has(b));
}
const TALKS_AND_OUTCOME = new Set<EventType>(['meeting', 'agreement']);

/** Canonical order in which events join clusters: most precise and best attested first. */
function leadOrder(a: TimelineEvent, b: TimelineEvent): number {
  return (
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    // A stated day beats a span borrowed from a summit's dates.
    Number(!!a.end) - Number(!!b.end) ||
    // (talks and what they agreed, "Trong cuộc gặp ngày 20/3, hai nhà lãnh đạo nhất trí …": the talks, however few they name)
    Number(a.type === 'agreement' && b.type === 'meeting') - Number(b.type === 'agreement' && a.type === 'meeting') ||
    b.participants.length - a.participants.length ||
    Number(!a.location) - Number(!b.location) ||
    cmp(a.start, b.start) ||
    // a call and what it agreed ("điện đàm … và nhất trí …"): the call is the event
    Number(a.type === 'agreement') - Number(b.type === 'agreement') ||
    cmp(a.type, b.type) ||
    cmp(firstSource(a), firstSource(b)) ||
    cmp(JSON.stringify(a), JSON.stringify(b))
  );
}

const firstSource = (e: { sources: EventSource[] }) =>
  e.sources.map(sourceKey).sort()[0] ?? '';
const sourceKey = (s: EventSource) => `${s.document}\u0000${String(s.start).padStart(9, '0')}\u0000${String(s.end).padStart(9, '0')}`;

function sortSources(sources: EventSource[]): EventSource[] {
  const byKey = new Map(sources.map((s) => [sourceKey(s), s]));
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

function unionParticipants(lead: Participant[], others: Participant[][]): Participant[] {
  const out = [...lead];
  const seen = keys(lead);
  const extra = others.flat().filter((p) => !seen.has(personKey(p.name)));
  extra.sort((a, b) => cmp(a.name, b.name));
  for (const p of extra) {
    if (seen.has(personKey(p.name))) continue;
    seen.add(personKey(p.name));
    out.push(p);
  }
  return out;
}

/** "nhất trí", "thống nhất", "đồng ý": agreeing in talks. */
const AGREED = /(?<!\p{L})(?:nhất trí|thống nhất|đồng ý)(?!\p{L})/u;
/** A signing, an exchange of documents or a text adopted: an agreement annotated on its own, not what talks agreed. */
const DOCUMENTED = /(?<!\p{L})(?:ký|trao|trao đổi|văn kiện|văn bản|thông qua|tuyên bố|hiệp định|bản ghi nhớ)(?!\p{L})/iu;

/** "Chiều cùng ngày, trước phiên họp chính thức, …": talks told, in a phrase fronted, as before a summit's sessions. */
const BESIDE_SUMMIT = /^(?:[^,.;]{0,30},\s*)?[Tt]rước\s+(?:khi\s+)?(?:phiên họp|phiên khai mạc|phiên toàn thể|hội nghị khai mạc)(?!\p{L})[^,.;]{0,30},/u;

/**
 * Can two events be one whatever their words? The same kind, or a summit and talks between the
 * very same people ("hội nghị thượng đỉnh Mỹ - Triều" and "Trump hội đàm với Kim").
 */
/** "nói tại buổi lễ", "phát biểu sau cuộc hội đàm", "nói với báo giới sau buổi lễ": words said at (or right after) an occasion. */
const AT_OCCASION = /(?:nói|phát biểu|cho biết|tuyên bố|khẳng định|nhấn mạnh)\s+(?:với\s+(?:báo giới|báo chí|các phóng viên|phóng viên)\s+)?(?:tại|sau|trong)\s+(?:buổi lễ|lễ ký(?:\s+kết)?|cuộc họp báo(?:\s+chung)?|họp báo chung|cuộc gặp|cuộc hội đàm|hội đàm|buổi hội đàm|cuộc hội kiến|buổi tiếp)(?!\p{L})/u;
/** A statement every mention of which was said at an occasion, and a meeting, signing or visit of the same article. */
function saidAtOccasion(said: TimelineEvent, occasion: TimelineEvent): boolean {
  return said.type === 'statement' && (occasion.type === 'meeting' || occasion.type === 'agreement' || occasion.type === 'visit') && toldEvery(said, AT_OCCASION) && sameArticle(said, occasion);
}

function sameKind(a: TimelineEvent, b: TimelineEvent): boolean {
  if (familyOf(a.type) === familyOf(b.type)) return true;
  // ("Thủ tướng … dự hội nghị từ điểm cầu Hà Nội tối 20/11" in a story of the summit: attending the summit the article told, unnamed)
  if (attendsSummit(a, b) || attendsSummit(b, a)) return true;
  // ('"Chúng tôi trân trọng lịch sử chung", ông Medvedev nói tại buổi lễ': words said at the day's occasion, which one article told, are of it)
  if (saidAtOccasion(a, b) || saidAtOccasion(b, a)) return true;
  const kinds = new Set([familyOf(a.type), familyOf(b.type)]);
  // a summit and talks, or a call and what it agreed ("điện đàm …, nhất trí …"), between the same people
  // (talks and what they agreed, unsigned, told in one article: "Khi đó, hai bên nhất trí …" after "hai Thủ tướng đã có cuộc gặp song phương … ngày 29/4")
  const agreedAtTalks = a.type !== b.type && [a, b].some((e) => e.type === 'meeting') && [a, b].some((e) => e.type === 'agreement' && toldEvery(e, AGREED) && !e.sources.some((x) => DOCUMENTED.test(x.quote))) && sameArticle(a, b);
  const paired = (kinds.has('summit') && kinds.has('talks')) || (kinds.has('call') && (a.type === 'agreement' || b.type === 'agreement')) || agreedAtTalks;
  // ("Cuộc hội đàm tại Điện Kremlin tối thứ Năm (26/11) là chặng cuối … của ông Hollande" and "… hai bên nhất trí …": talks told of one side, agreed by both)
  if (agreedAtTalks) {
    const [talksOf, agreed] = a.type === 'meeting' ? [a, b] : [b, a];
    const both = keys(agreed.participants);
    if (talksOf.participants.length === 1 && both.size >= 2 && both.has(personKey(talksOf.participants[0].name))) return true;
  }
  if (!paired || a.participants.length < 2 || b.participants.length < 2) return false;
  // ("Chiều cùng ngày, trước phiên họp chính thức, Thủ tướng Phúc có cuộc gặp với Thủ tướng Hun Sen": talks beside the summit, not it)
  const talks = familyOf(a.type) === 'talks' ? a : b;
  if (toldEvery(talks, BESIDE_SUMMIT)) return false;
  const ka = keys(a.participants);
  const kb = keys(b.participants);
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/** "dự hội nghị", "tham dự hội nghị": attending a conference named no further. */
const ATTENDS_UNNAMED = /(?:^|\s)(?:tham\s+)?dự\s+hội nghị(?!\s+(?:\p{Lu}|G-?\d|lần|về|của|do))/u;
/** Is `m` one article's "dự hội nghị" by people all at the summit `s`? */
function attendsSummit(m: TimelineEvent, s: TimelineEvent): boolean {
  if (m.type !== 'meeting' || s.type !== 'summit' || !m.participants.length || !sameArticle(m, s)) return false;
  const at = keys(s.participants);
  return toldEvery(m, ATTENDS_UNNAMED) && m.participants.every((p) => at.has(personKey(p.name)));
}

/** Visits to two countries ("Việt Nam 5-6/11", then "Singapore 6/11"): the stops of one trip, not one event. */
function visitsApart(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.type === 'visit' && b.type === 'visit' && !!a.location?.country && !!b.location?.country && a.location.country !== b.location.country;
}

/**
 * "Trước cuộc họp, cũng trong ngày, Thủ tướng Suga tiếp …", "Trước khi hội nghị bắt đầu, ông Biden
 * lần lượt có các cuộc gặp …": a meeting a sentence tells as before a meeting is not that meeting
 * ("Trước cuộc hội đàm, ông Jokowi đã tới thị trấn Irpin" tells of the talks only).
 */
const BEFORE_MEETING = /^(?:Ngay\s+)?[Tt]rước\s+(?:khi\s+)?(?:(?:cuộc|các cuộc|phiên)\s+)?(?:họp|hội nghị|hội đàm|gặp)(?!\p{L})[^,]*,[^.;]*?(?<!\p{L})(?:tiếp|gặp|hội đàm|hội kiến|trao đổi)(?!\p{L})/u;
const toldBeforeMeeting = (e: TimelineEvent) => toldEvery(e, BEFORE_MEETING);

/** One article's meeting told as before a meeting, and a meeting not so told: two meetings. */
function meetingsApart(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.type === 'meeting' && b.type === 'meeting' && toldBeforeMeeting(a) !== toldBeforeMeeting(b) && sameArticle(a, b);
}

/** "Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 23", "Hội nghị thượng đỉnh G20": a summit named by who meets at it. */
const SUMMIT_NAMED = /(?:[Hh]ội nghị\s+(?:[Cc]ấp cao|[Tt]hượng đỉnh)|[Tt]hượng đỉnh)\s+((?:\p{Lu}[\p{L}\d]*)(?:\s+\p{Lu}[\p{L}\d]*)*(?:\s*[-–+]\s*\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*)*)*)/gu;
/** The one summit an event's sources name, each naming no other ("ASEAN - Trung Quốc"), or null. */
function summitNamed(e: TimelineEvent): string | null {
  const names = new Set<string>();
  for (const s of e.sources) {
    const here = new Set([...(s.quote ?? '').matchAll(SUMMIT_NAMED)].map((m) => m[1].replace(/\s*[-–+]\s*/gu, ' - ')));
    if (here.size > 1) return null;
    for (const n of here) names.add(n);
  }
  return names.size === 1 ? [...names][0] : null;
}
/**
 * One article's summits of one day named for different partners ("Hội nghị Cấp cao ASEAN - Trung
 * Quốc", "… ASEAN - Hàn Quốc", and the ASEAN summit itself) are different summits, though their host is at each.
 */
function summitsApart(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.type !== 'summit' || b.type !== 'summit' || !sameArticle(a, b)) return false;
  const [x, y] = [summitNamed(a), summitNamed(b)];
  // (of one bloc: "ASEAN - Trung Quốc" and "ASEAN - Hàn Quốc", or "ASEAN" itself; not "G7" and "NATO", which may be one told two ways)
  return x !== null && y !== null && x !== y && x.split(' - ')[0] === y.split(' - ')[0] && (x.includes(' - ') || y.includes(' - '));
}

const toldAsAnother = (e: TimelineEvent) => toldEvery(e, ANOTHER_ATTACK);

/** One article's attack told as another and an attack not so told: two attacks, though told the same day near each other. */
function attacksApart(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.type === 'attack' && b.type === 'attack' && toldAsAnother(a) !== toldAsAnother(b) && sameArticle(a, b);
}

/** Groups events into real-world events. */
function cluster(events: TimelineEvent[]): TimelineEvent[][] {
  const clusters: TimelineEvent[][] = [];
  for (const e of [...events].sort(leadOrder)) {
    const home = clusters.find((c) => sameKind(c[0], e) && datesCompatible(c[0], e) && sameActors(c[0], e) && !visitsApart(c[0], e) && !meetingsApart(c[0], e) && !summitsApart(c[0], e) && !attacksApart(c[0], e));
    if (home) home.push(e);
    else clusters.push([e]);
  }
  return clusters;
}

function combine(group: TimelineEvent[]): TimelineEvent {
  const [lead, ...rest] = group;
  // Two-sided events only take extra people from mentions that name the same two sides.
  const participants = lead.type === 'attack' ? lead.participants : unionParticipants(lead.participants, rest.map((e) => e.participants));
  const location = lead.location ?? rest.find((e) => e.location)?.location ?? null;
  // (talks whose lead names fewer than the event: the title of a mention of talks that names them all)
  // (or, when none does, talks titled afresh with them all)
  const fewer = lead.type === 'meeting' && participants.length > lead.participants.length;
  const fuller = fewer ? rest.find((e) => e.type === lead.type && e.participants.length === participants.length)?.title ?? makeTitle({ type: 'meeting', lemma: 'hội đàm', participants, location, summit: null }) : undefined;
  const title = fuller ?? (!lead.location && location ? titleWithPlace(lead.title, lead.type, location) : lead.title);
  const out: TimelineEvent = { ...lead, title, participants, location, sources: sortSources(group.flatMap((e) => e.sources)) };
  return out;
}

/** Undated mentions that add to an event: same people, and a kind that can describe it. */
function canDescribe(m: UndatedMention, e: TimelineEvent): boolean {
  const sameFamily = akin(m.type, e.type);
  // "hai nhà lãnh đạo nhất trí…" after a call or a summit meeting tells of that call or meeting.
  const outcome = (m.type === 'agreement' || m.type === 'statement') && (e.type === 'call' || e.type === 'meeting');
  if (!sameFamily && !outcome) return false;
  return sameActors(m, e);
}

/**
 * An agreement states signed with no one named ("Lãnh đạo và đại diện 175 quốc gia … đã ký …"),
 * and an undated signing by named people in the same article: they signed it.
 */
function signedFor(m: UndatedMention, e: TimelineEvent): boolean {
  return e.type === 'agreement' && m.type === 'agreement' && !e.participants.length && m.participants.length > 0 && e.sources.some((s) => s.document === m.source.document)
    // (not a document's entry into force: "Hiệp định đã chính thức có hiệu lực từ ngày 30/5" has no signers)
    && !toldEvery(e, IN_FORCE_TOLD)
    // (nor a pact many states signed, "văn kiện được 11 nước ký tại Santiago", by leaders who only agreed on something at their talks)
    && !(toldEvery(e, MANY_SIGNED) && !SIGNING_TOLD.test(m.source.quote))
    // (a signing told, "hiệp ước được Bộ trưởng … ký kết", is not of a deal reached with no signing told: "London và Brussels đạt thỏa thuận …")
    && (!SIGNING_TOLD.test(m.source.quote) || e.sources.some((s) => SIGNING_TOLD.test(s.quote)));
}
/** "được 11 nước ký", "các nước đã ký": a document many states signed. */
const MANY_SIGNED = /(?:\d+|các|nhiều)\s+(?:nước|quốc gia)\s+(?:đã\s+)?(?:cùng\s+)?ký(?!\p{L})/u;
/** "ký", "ký kết", "đặt bút ký": a signing told. */
const SIGNING_TOLD = /(?:^|[^\p{L}])(?:ký|ký kết|đặt bút)(?!\p{L})/iu;
/** "… có hiệu lực từ ngày …": a document told entering into force. */
const IN_FORCE_TOLD = /có hiệu lực\s+(?:kể\s+)?từ/u;

/** Attaches undated mentions to the single best event they can describe; returns the rest. */
export function attachUndated(
  events: TimelineEvent[],
  undated: UndatedMention[],
  published: ReadonlyMap<string, string | null> = new Map(),
): { events: TimelineEvent[]; undated: UndatedMention[] } {
  const extra = new Map<TimelineEvent, UndatedMention[]>();
  const left: UndatedMention[] = [];
  for (const m of undated) {
    // Another article's undated mention tells of a recent past event: within a year before it.
    const pub = published.get(m.source.document);
    const recent = (e: TimelineEvent) =>
      e.sources.some((s) => s.document === m.source.document) || !pub || (e.start.slice(0, 4) <= pub.slice(0, 4) && +e.start.slice(0, 4) >= +pub.slice(0, 4) - 1);
    const fits = events.filter((e) => (m.year ? e.start.startsWith(m.year) && canDescribe(m, e) : (canDescribe(m, e) && recent(e)) || signedFor(m, e)));
    const score = (e: TimelineEvent) =>
      (e.sources.some((s) => s.document === m.source.document) ? 4 : 0) + (e.type === m.type ? 2 : 0) + (akin(e.type, m.type) ? 1 : 0);
    // Within an article, a mention without a date tells of the event told nearest to it.
    const near = (e: TimelineEvent) => Math.min(...e.sources.filter((s) => s.document === m.source.document).map((s) => Math.abs(s.start - m.source.start)), Infinity);
    fits.sort((a, b) => score(b) - score(a) || near(a) - near(b) || leadOrder(a, b));
    if (fits.length && (fits.length === 1 || score(fits[0]) > score(fits[1]) || (score(fits[0]) >= 4 && near(fits[0]) < near(fits[1])))) {
      extra.set(fits[0], [...(extra.get(fits[0]) ?? []), m]);
    } else left.push(m);
  }
  return {
    events: events.map((e) => {
      const more = extra.get(e);
      if (!more) return e;
      const out = { ...e, sources: sortSources([...e.sources, ...more.map((m) => m.source)]) };
      // "175 quốc gia … đã ký …", then "Tổng thống Pháp François Hollande … là người đầu tiên đặt bút ký": who signed
      const signers = more.filter((m) => signedFor(m, e)).flatMap((m) => m.participants);
      if (signers.length) out.participants = unionParticipants([], [signers]);
      // "Thủ tướng Nguyễn Xuân Phúc dự Hội nghị cấp cao ASEAN - Nga tại Sochi" (a headline): who attended the summit
      const attendees = e.type === 'summit' && !e.participants.length ? more.filter((m) => m.type === 'summit').flatMap((m) => m.participants) : [];
      if (attendees.length) out.participants = unionParticipants([], [attendees]);
      // An event without a place takes one from a mention that states it ("cuộc gặp tại Nhà Trắng").
      // Only a mention of the same kind says where the event was: a statement's place is where
      // it was said or what it is about, and a call has no single place.
      const placed = more.filter((m) => m.location && akin(m.type, e.type)).sort((a, b) => cmp(sourceKey(a.source), sourceKey(b.source)))[0];
      if (!e.location && placed?.location && e.type !== 'attack' && e.type !== 'call' && e.type !== 'statement') {
        out.location = placed.location;
        out.title = titleWithPlace(e.title, e.type, placed.location);
      }
      return out;
    }),
    undated: left,
  };
}

function sortUndated(list: UndatedMention[]): UndatedMention[] {
  // (one sentence may tell two attacks, Paris's and San Bernardino's: a mention is its source, kind and place)
  const byKey = new Map(list.map((m) => [sourceKey(m.source) + m.type + (m.location?.name ?? ''), m]));
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

function mergeDocuments(docs: SourceDocument[]): SourceDocument[] {
  const byId = new Map<string, SourceDocument>();
  for (const d of [...docs].sort((a, b) => cmp(a.id, b.id) || cmp(JSON.stringify(a), JSON.stringify(b)))) if (!byId.has(d.id)) byId.set(d.id, d);
  return [...byId.values()];
}

/** Sort by start, then id: the order of every events document this package writes. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => cmp(a.start, b.start) || cmp(a.id, b.id));
}

/**
 * Merges events documents into one, as a single extraction over all their articles would have
 * produced it: events of one real-world event are combined (sources from all of them), undated
 * mentions are attached where they now find their event, ids are reassigned from content.
 * Order-independent: any permutation of `docs` gives the same result.
 */
export function mergeEventsDocuments(docs: ExtractedDocument[]): ExtractedDocument {
  const combined = cluster(docs.flatMap((d) => d.events)).map(combine);
  const published = new Map(docs.flatMap((d) => d.documents).map((d) => [d.id, d.published]));
  const attached = attachUndated(combined, sortUndated(docs.flatMap((d) => d.undated ?? [])), published);
  const events = sortEvents(assignEventIds(attached.events));
  const out: ExtractedDocument = { schema: SCHEMA_ID, documents: mergeDocuments(docs.flatMap((d) => d.documents)), events };
  if (attached.undated.length) out.undated = attached.undated;
  return out;
}
