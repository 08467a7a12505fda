/**
 * Sentences → event mentions. A mention needs an event word (trigger) and, to stand on its
 * own, a date its sentence gives: an explicit one, one anchored on the previous event ("Cùng
 * ngày", "Vài giờ trước đó", "Chỉ hai ngày sau"), the dates of a known summit it happened at,
 * or the date of an event the sentence refers to ("Sau cuộc điện đàm với ông Putin, …", "Ông
 * cũng đã điện đàm …" in the same paragraph, "Tại Beirut, …", "Bên lề hội nghị, …"). A sentence
 * may tell several events ("A hội kiến B và hội đàm với C"; a noun phrase "chuyến thăm … của X
 * hồi tháng 5"; a trailing "sau cuộc hội đàm với X ngày …"), each with its own people, date and
 * place. Events called off, planned or ahead are none. A mention without a date otherwise does
 * not inherit one; it can only add itself as a source to a dated event with the same people (or,
 * for "Tại cuộc hội đàm…", "Cuộc hội đàm bắt đầu lúc …", the event just told), here or at merge.
 */
import type { EventLocation, EventType, Participant } from '../events-schema.js';
import { findTriggers, type Trigger } from './event-type.js';
import { clauseEvent, coordinatedSegments, frontedClause, isObject, mainAfter, nounPhraseEvents, orderParticipants, pickTrigger, rankTriggers, subjectOf } from './sentence-roles.js';
import { ArticlePeople, personKey, type PersonMention } from './people.js';
import { findPlaces, placeByName, type PlaceMention } from './places.js';
import { describeAttack, type AttackDetail } from './attack-detail.js';
import { statementContent } from './statement-content.js';
import type { Sentence } from './sentences.js';
import { expressionsBySentence, findDates, findSummits, type DatedSpan, type ResolvedDate, type SummitMention } from './temporal.js';
import type { Summit } from './summits.js';

/** One event as one sentence tells it. */
export interface EventMention {
  type: EventType;
  /** The trigger word, lower-cased ("hội đàm"). */
  lemma: string;
  date: ResolvedDate | null;
  participants: Participant[];
  location: EventLocation | null;
  /** The summit it happened at, when the sentence names one. */
  summit: { series: string; year: number; city: string | null } | null;
  document: string;
  quote: string;
  start: number;
  end: number;
  /** A definite back-reference without people ("Tại cuộc hội đàm…"): the event just told. */
  anaphoric: boolean;
  /** Agent, object and border of an attack, when its clause states them. */
  attack?: AttackDetail | null;
  /** The event the same sentence says came after this one ("Sau cuộc hội đàm …, X tuyên bố"). */
  precedes?: EventMention;
  /** Index of the paragraph the sentence is in. */
  paragraph?: number;
  /** What a statement said, for its headline (see `statement-content.ts`). */
  said?: string | null;
}

/** Words that end the stretch of a sentence describing where its event happened. */
const PURPOSE = /\s(?:để|nhằm|về|chống|vì|cho|khiến|sau khi|trước khi)\s/u;
/** An event noun's predicate that calls it off: "bị hoãn", "bị hủy", "hoãn lại". */
const CALLED_OFF = /(?:^|[^\p{L}])(?:bị\s+(?:hoãn|hủy|huỷ|đình hoãn)|hoãn lại|bị\s+hủy\s+bỏ)(?!\p{L})/u;
/** The predicate of an event noun that says where it was held, right before the place. */
const HELD_AT = /,\s*(?:đã\s+|sẽ\s+)?(?:diễn ra|được tổ chức|khai mạc|khai diễn)\s+(?:(?:tại|ở)\s+)?$/u;
/** Words that put an event at a summit named right after them. */
const AT_SUMMIT = /(?:trước thềm|bên lề|tại|ở|dự|tham dự|trong khuôn khổ|nhân dịp|khi diễn ra|của)\s+(?:(?:phiên họp|hội nghị|cuộc họp)[^,.]{0,60}\s+)?$/iu;
const PLACE_RANK = { building: 3, city: 2, country: 1 } as const;

/** "sau vụ tấn công", "trước khi vụ tấn công": the attack named as a time anchor. */
const AFTER_ATTACK = /(?:^|[^\p{L}])(?:sau|trước)(?:\s+khi)?\s+$/u;
/** "khi đang", "lúc", "trong khi" right before an event word: the circumstance of another event, not an event. */
const WHILE_DOING = /(?:^|[^\p{L}])(?:khi|lúc)\s+(?:đang\s+)?$/u;

/**
 * The place the event at `trigger` happened: a "tại/ở X" in its clause, most precise first. An
 * attack is placed by its city ("tại sân bay Zaventem và ga Maelbeek ở thủ đô Brussels"): that
 * is how other articles name it.
 */
function placeFor(text: string, trigger: Trigger, places: PlaceMention[]): EventLocation | null {
  const candidates = places.filter((p) => {
    if (!p.locative) return false;
    const between = p.start >= trigger.end ? text.slice(trigger.end, p.start) : text.slice(p.end, trigger.start);
    return !PURPOSE.test(` ${between} `) && between.length < 120;
  });
  // "Hội nghị thượng đỉnh …, với sự tham gia của A, B, C và D, diễn ra tại Điện Élysée": an event
  // word opening the sentence is the subject of "diễn ra / được tổ chức tại X", however long the
  // apposition between them.
  if (!candidates.length && /^[\p{Lu}\p{Ll}\s]{0,12}$/u.test(text.slice(0, trigger.start))) {
    const held = places.filter((p) => p.locative && p.start >= trigger.end && HELD_AT.test(text.slice(trigger.end, p.start)) && !/[.;:]/u.test(text.slice(trigger.end, p.start)));
    if (held.length) candidates.push(held[0]);
  }
  const rank = (p: PlaceMention) => (trigger.type === 'attack' && p.kind === 'building' && candidates.some((c) => c.kind === 'city') ? 0 : PLACE_RANK[p.kind]);
  candidates.sort((a, b) => {
    const after = Number(b.start >= trigger.end) - Number(a.start >= trigger.end);
    return rank(b) - rank(a) || after || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start);
  });
  return candidates[0]?.location ?? null;
}

/**
 * The time expression that dates the event at `trigger`: the nearest one with a date. With
 * `shared`, an event told in a later part of a coordinated sentence without a date of its own
 * takes the date the sentence gave before it ("Chiều 27/2, Trump hội kiến A … và hội đàm với B").
 */
function dateFor(trigger: Trigger, dates: DatedSpan[], limit?: { from: number; to: number }, shared = false, text?: string): ResolvedDate | null {
  // "…, khi ông trở thành … năm 1945": a date in a subordinate clause after the event word is that clause's
  const subordinate = (d: DatedSpan) => text !== undefined && d.start >= trigger.end && SUBORDINATE.test(text.slice(trigger.end, d.start));
  const usable = dates.filter((d) => d.date && (!limit || (d.start >= limit.from && d.end <= limit.to)) && !subordinate(d) && (text === undefined || (!notWhen(d, text) && !inApposition(d, trigger, text))));
  usable.sort((a, b) => distance(a, trigger) - distance(b, trigger));
  if (!usable.length && shared && limit) return dates.filter((d) => d.date && d.end <= limit.from).pop()?.date ?? null;
  return usable[0]?.date ?? null;
}

/**
 * A date in an apposition to a name, before the event word ("Ông Zelensky, nhậm chức hồi tháng 5,
 * đã điện đàm … hôm 11/7"): it tells about the person, not when the event happened. A fronted
 * time between commas ("Tại Paris, ngày 9/12, …") opens with a time word and is not one.
 */
function inApposition(d: DatedSpan, trigger: Trigger, text: string): boolean {
  if (d.end > trigger.start) return false;
  const open = text.lastIndexOf(',', d.start);
  const close = text.indexOf(',', d.end);
  if (open < 0 || close < 0 || close > trigger.start) return false;
  const inside = text.slice(open + 1, d.start);
  if (/[.;:]/u.test(inside) || !/^\s*\p{Ll}/u.test(inside) || TIME_WORD.test(inside)) return false;
  return /\p{Lu}[\p{L}-]*\s*$/u.test(text.slice(Math.max(0, open - 40), open));
}
const TIME_WORD = /^\s*(?:hôm|ngày|vào|hồi|sáng|chiều|tối|trưa|đêm|rạng sáng|tháng|năm|tuần|cuối|đầu|giữa|cùng|trước|sau|lúc|khi)(?!\p{L})/u;

/** A clause that hangs off what precedes it: "…, khi …", "…, nơi …", "…, vốn …", "… sau khi …". */
const SUBORDINATE = /,\s*(?:khi|nơi|vốn|lúc)\s|(?:^|\s|,)(?:sau khi|trước khi|kể từ khi)\s/u;
/**
 * Dates that do not say when something happened: "kể từ năm 1997" (since), and a bare year
 * qualifying a noun ("bầu cử Mỹ năm 2016") rather than introduced as a time ("vào năm 2016",
 * "Năm 2016, …").
 */
function notWhen(d: DatedSpan, text: string): boolean {
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  if (/kể từ\s*$|từ sau\s*$|hiệu lực\s+(?:từ\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?$/u.test(before)) return true;
  // "sẽ được thiết lập … trước ngày 15/10": a deadline
  if (/(?:^|\s)(?:trước|cho tới|cho đến|hạn chót|chậm nhất)\s*$/u.test(before) && /^(?:ngày|hôm)?\s*\d/u.test(d.text)) return true;
  if (d.date?.precision !== 'year' || !/^năm\s/u.test(d.text)) return false;
  return /\p{Ll}\s+$/u.test(before) && !/(?:vào|trong|hồi|từ|đến|tới|sau|trước|cuối|đầu|giữa|là|của)\s+$/u.test(before);
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

function toParticipant(m: PersonMention): Participant {
  const p: Participant = { name: m.person.name, role: m.person.role, country: m.person.country };
  if (m.person.nameVi && m.person.nameVi !== m.person.name) p.nameVi = m.person.nameVi;
  return p;
}

/** Summit dates for an event "bên lề / trước thềm / tại" a summit named in the sentence. */
function summitDate(s: SummitMention, text: string): ResolvedDate {
  const eve = /trước thềm|trước khi diễn ra|ngay trước/u.test(text.slice(Math.max(0, s.start - 60), s.start));
  if (eve || s.startDate === s.endDate) return { start: s.startDate, precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
  return { start: s.startDate, end: s.endDate, precision: 'day', anchoring: 'document', yearInferred: true, borrowed: true };
}

/**
 * Reads the event mentions of one article, sentence by sentence. `published` (ISO or null) is
 * the document date relative dates are reckoned from; `cleaned`, the text the sentences were
 * split from, lets time expressions be found in one pass over it.
 */
export function findEventMentions(
  document: string,
  original: string,
  sentences: Sentence[],
  published: string | null,
  summits: Map<string, Summit> = new Map(),
  cleaned?: string,
  headline: string | null = null,
): EventMention[] {
  // One scan of the article for time expressions, not one per sentence.
  const exprs = cleaned !== undefined ? expressionsBySentence(cleaned, sentences) : null;
  const people = new ArticlePeople();
  const mentions: EventMention[] = [];
  let previous: ResolvedDate | null = null;
  let lastPlace: EventLocation | null = null;
  let lastSummit: SummitMention | null = null;
  let lastAttackPlace: EventLocation | null = null;
  let lastHadTriggers = false;
  const push = (m: EventMention) => {
    mentions.push(m);
    if (m.location && m.type !== 'attack') lastPlace = m.location;
  };

  for (const [k, s] of sentences.entries()) {
    const dates = findDates(s.text, { documentDate: published, previous }, exprs?.[k]);
    const firstDate = dates.find((d) => d.date)?.date ?? null;
    const persons = people.inSentence(s.text, firstDate?.start ?? published);
    const anchor = eventsOfSentence(s, dates, persons);
    // "Cùng ngày", "hai ngày sau" count from the event the sentence told: a main event's date,
    // not an aside's, nor one lent by a summit, nor a mere arrival's; a sentence that tells no
    // event at all ("Ngày 24/5, ông Trump gửi thư cho ông Kim.") from the day it names.
    if (anchor) previous = anchor;
    else if (!lastHadTriggers) previous = dates.find((d) => d.date && !d.relative && d.date.precision === 'day' && !d.date.end)?.date ?? previous;
  }
  return mentions;

  /** Reads the events of one sentence into `mentions`; returns the date later ones count from. */
  function eventsOfSentence(s: Sentence, dates: DatedSpan[], persons: PersonMention[]): ResolvedDate | null {
    let anchor: ResolvedDate | null = null;
    const note = (m: EventMention, main: boolean) => {
      push(m);
      // "cùng ngày" needs a day to count from
      if (main && m.date && !m.date.borrowed && m.date.precision === 'day' && (!anchor || !m.date.end) && !WEAK.has(m.lemma)) anchor = m.date;
    };
    let triggers = findTriggers(s.text);
    lastHadTriggers = triggers.length > 0;
    if (!triggers.length) return null;
    // places are looked up only when an event is about to be placed
    let found: PlaceMention[] | null = null;
    const placesOf = () => (found ??= findPlaces(s.text));
    const summitsHere = findSummits(s.text, summits);
    const base = { document, quote: original.slice(s.start, s.end), start: s.start, end: s.end, paragraph: s.paragraph };
    // A sentence without a date of its own may still say when: "Sau cuộc điện đàm với ông
    // Putin, …" (the day of that call), "Ông cũng đã điện đàm với …" (the day just told).
    const frontEnd = FRONTED_EVENT.exec(s.text)?.[0].length ?? 0;
    if (!dates.some((d) => d.date && (!frontEnd || d.start < frontEnd))) {
      const told = referredDate(s.text, persons, mentions, s.paragraph, !!unnamedSummit(s.text, summits, lastSummit));
      if (told) dates.push(told);
    }

    // Attacks: each "vụ tấn công / vụ xả súng…" is its own event, dated and placed within its clause.
    const attacks = triggers.filter((t) => t.type === 'attack');
    attacks.forEach((t, i) => {
      const to = attacks[i + 1]?.start ?? s.text.length;
      // A date after the attack word belongs to it only if no other event word comes between
      // ("vụ tấn công … vốn được khôi phục sau cuộc gặp … hồi tháng 8": August is the meeting's).
      // ("…bị bắn chết khi đang phát biểu tại … tối 19/12": a "khi đang …" circumstance is not one.)
      const other = triggers.find((x) => x.start >= t.end && x.start < to && x.type !== 'attack' && !WHILE_DOING.test(s.text.slice(Math.max(0, x.start - 12), x.start)));
      // "Vài giờ sau vụ tấn công ở Barcelona, rạng sáng 18/8, …": an attack named as the time
      // anchor of what follows is the one already told; a date past its clause is not its own
      const anchorOnly = AFTER_ATTACK.test(s.text.slice(Math.max(0, t.start - 12), t.start));
      const clauseEnd = anchorOnly ? s.text.slice(t.end).search(/[,;]/u) : -1;
      let date = dateFor(t, dates, { from: Math.max(0, t.start - 40), to: clauseEnd >= 0 ? t.end + clauseEnd : other ? other.start : to });
      // "…đã điện đàm tối 19/12, vài giờ sau khi Đại sứ … bị bắn chết": hours before, the same day
      if (!date && HOURS_AFTER.test(s.text.slice(Math.max(0, t.start - 120), t.start))) date = dateFor(t, dates.filter((d) => d.end <= t.start && d.date?.precision === 'day'));
      // "rạng sáng 18/8, cảnh sát … khi nhóm này lao xe vào người đi bộ": the day told just before, no event word between
      if (!date) date = dateFor(t, dates.filter((d) => d.end <= t.start && t.start - d.end < 120 && d.date?.precision === 'day' && !triggers.some((x) => x !== t && x.start >= d.end && x.start < t.start)));
      // "Cũng trong tối 17/9, một máy bay … đã bị … bắn nhầm": the sentence's opening date
      const opening = /^[^,]{0,40},/u.exec(s.text)?.[0].length ?? 0;
      if (!date && !other && opening) date = dateFor(t, dates.filter((d) => d.end <= opening));
      // "vụ đánh bom hệ thống giao thông công cộng London": a city named within the attack's own words places it
      const places = placesOf();
      const named = places.filter((p) => p.end <= to && p.kind === 'city' && p.start >= t.end && p.start - t.end < 60 && !/[,.;]/u.test(s.text.slice(t.end, p.start)))
        .map((p) => ({ ...p, locative: true }));
      let location = placeFor(s.text.slice(0, to), t, [...places.filter((p) => p.end <= to && !named.some((n) => n.start === p.start)), ...named]);
      const attack = describeAttack(s.text.slice(0, to), t);
      // "Vụ nổ xảy ra lúc 22h31 tối 22/5 tại lối ra của nhà thi đấu": the attack just named, where it was
      if (!location && !attack.agent && date && t.start < 3 && lastAttackPlace) location = lastAttackPlace;
      // "các vụ tấn công hồi cuối năm 2015": without a place or an attacker, no timeline can
      // place it and no other mention can be matched to it.
      if (!location && !attack.agent) return;
      if (location) lastAttackPlace = location;
      note({ type: 'attack', lemma: t.lemma, date, participants: [], location, summit: null, ...base, anaphoric: false, attack }, true);
    });

    const context: SentenceContext = { text: s.text, triggers, dates, get places() { return placesOf(); }, summitsHere, attacks, base, lastPlace, lastAttackPlace, headline };
    const contextSummit = summitsHere.length ? null : unnamedSummit(s.text, summits, lastSummit);
    if (summitsHere.length) lastSummit = summitsHere[summitsHere.length - 1];

    // "chuyến thăm tới Hiroshima của ông Obama hồi tháng 5", "cuộc điện đàm giữa ông và X hồi
    // tháng 12": an event told as a noun phrase with its own people and date is an event of its own.
    let actors = persons.filter((p) => !p.person.source);
    for (const np of nounPhraseEvents(s.text, triggers, actors, dates)) {
      const m = mentionFor(np.t, np.actors, withContext(context, { contextSummit, limit: np.limit }));
      if (!m) continue;
      note(m, false);
      // its word, people and date are its own
      const inside = (x: { start: number; end: number }) => x.start >= np.limit.from && x.end <= np.limit.to;
      triggers = triggers.filter((x) => x !== np.t);
      actors = actors.filter((a) => !inside(a));
      context.dates = context.dates.filter((d) => !inside(d));
    }

    // "A hội kiến B và hội đàm với C", "…; hôm 14/1, ông hội đàm với D": one event per part, the
    // subject carried over to parts that leave it out.
    const segments = coordinatedSegments(s.text, triggers);
    if (segments) {
      let subject: PersonMention[] = [];
      for (const seg of segments) {
        const inSeg = actors.filter((a) => a.start >= seg.from && a.end <= seg.to);
        const t = pickTrigger(triggers.filter((x) => x.type !== 'attack' && x.start >= seg.from && x.end <= seg.to), inSeg, s.text);
        if (!t) continue;
        const own = inSeg.filter((a) => a.end <= t.start && !isObjectOf(a, s.text));
        if (own.length) subject = own;
        const who = own.length ? inSeg : [...subject, ...inSeg];
        const m = mentionFor(t, who, withContext(context, { contextSummit, limit: seg, shared: true }));
        if (m) note(m, true);
      }
      return anchor;
    }

    context.triggers = triggers;
    const fronted = frontedClause(s.text);
    // The sentence's event word; when it makes no event ("Hội nghị thượng đỉnh từng có nguy cơ
    // đổ vỡ khi ông Trump … thông báo hủy cuộc gặp"), the next one that does.
    const ranked = rankTriggers(triggers, actors, s.text);
    for (const [i, t] of ranked.entries()) {
      // "Sau cuộc hội đàm với X …, Y tuyên bố": the fronted clause tells an earlier event of its own.
      const second = t.type !== 'statement' && fronted && t.end <= fronted.end ? mainAfter(triggers, actors, s.text, fronted.end) : null;
      const told: { t: Trigger; actors: PersonMention[]; limit?: { from: number; to: number }; shared?: boolean; main: boolean }[] = [];
      const aside = second ? null : clauseEvent(triggers, t, actors, s.text, context.dates);
      if (second) {
        // the main clause's subject did the fronted event too; its other people are the main event's.
        // A fronted event naming no one ("Sau cuộc gặp, …") is the one just told, not a new one.
        if (actors.some((a) => a.end <= fronted!.end)) told.push({ t, actors: actors.filter((a) => a.end <= fronted!.end || second.subject.includes(a)), limit: { from: 0, to: fronted!.end }, main: false });
        told.push({ t: second.t, actors: second.actors, limit: { from: fronted!.end, to: s.text.length }, shared: true, main: true });
      } else if (aside) {
        const main = t.start < aside.from ? { from: 0, to: aside.from } : { from: aside.to, to: s.text.length };
        told.push({ t, actors: actors.filter((a) => a.start >= main.from && a.end <= main.to), limit: main, main: true });
        // an aside ("…, người đang có chuyến thăm từ ngày 11 đến 12/11") is no anchor for "Cùng ngày"
        told.push({ t: aside.t, actors: aside.actors, limit: { from: aside.from, to: aside.to }, main: false });
      } else told.push({ t, actors, main: true });
      const before = mentions.length;
      for (const { t, actors: who, limit, shared, main } of told) {
        const m = mentionFor(t, who, withContext(context, { contextSummit, limit, shared }));
        if (!m) continue;
        // "Cuộc hội đàm bắt đầu lúc 19h45 tối 15/11": the event just told, now dated
        if (m.anaphoric && m.date) {
          const told = recent(mentions, (x) => x.document === m.document && x.participants.length > 0 && sameFamily(x.type, m.type)).pop();
          if (told) Object.assign(m, { participants: told.participants, anaphoric: false, location: m.location ?? told.location, summit: m.summit ?? told.summit });
        }
        note(m, main);
        // "hai cuộc gặp tại Panmunjom hôm 27/4 và 26/5": one event per day listed
        for (const date of moreDays(t, m, context.dates, s.text, limit)) note({ ...m, date }, false);
      }
      // The fronted event happened before the one the main clause tells.
      if (second && mentions.length - before === 2) mentions[before].precedes = mentions[before + 1];
      // "X lên án … khi phát biểu tại Bethlehem, sau cuộc hội đàm với Abbas ngày 23/5": the
      // statement is an event too, on the day of the talks it followed.
      const told0 = mentions[before];
      if (told0 && !second && /(?:sau|trước)\s+(?:khi\s+)?(?:cuộc\s+|buổi\s+)?$/u.test(s.text.slice(Math.max(0, t.start - 16), t.start))) {
        const said = triggers.filter((x) => x.type === 'statement' && x.strength >= 3 && x.end <= t.start)[0];
        const speaker = said ? subjectOf(said, actors, s.text) : [];
        if (said && speaker.length) {
          const m = mentionFor(said, speaker, withContext(context, { contextSummit, limit: { from: 0, to: t.start } }));
          if (m) note(m.date ? m : { ...m, date: told0.date }, false);
        }
      }
      // an event word that made only an undated mention may leave the date to the next one
      if (i >= FALLBACK_TRIGGERS || (mentions.length > before && (mentions.slice(before).some((m) => m.date) || !context.dates.some((d) => d.date)))) break;
    }
    return anchor;
  }
}

const FAMILIES: Record<string, string> = { meeting: 'talks', agreement: 'talks', summit: 'talks', call: 'call', visit: 'visit', statement: 'statement', attack: 'attack', other: 'other' };
const sameFamily = (a: EventType, b: EventType) => FAMILIES[a] === FAMILIES[b];

/** The further days of a plural event word ("hai cuộc gặp … hôm 27/4 và 26/5"), beyond the one `m` took. */
function moreDays(t: Trigger, m: EventMention, dates: DatedSpan[], text: string, limit?: { from: number; to: number }): ResolvedDate[] {
  if (!m.date || m.date.precision !== 'day') return [];
  const after = dates.filter((d) => d.date && d.date.precision === 'day' && !d.date.end && d.start >= t.end && (!limit || d.end <= limit.to));
  // "Hai ông từng điện đàm hôm 10/2 và ngày 9/9": days joined by "và" or commas, one occasion each
  const listed: DatedSpan[] = [];
  for (const d of after) {
    if (listed.length && !/^\s*(?:,|và)\s*$/u.test(text.slice(listed[listed.length - 1].end, d.start))) break;
    if (!listed.length && /[,.;]/u.test(text.slice(t.end, d.start))) break;
    listed.push(d);
  }
  return listed.length > 1 ? listed.map((d) => d.date!).filter((d) => d.start !== m.date!.start) : [];
}

/** "vài giờ sau khi …": what the clause tells happened hours before the sentence's event, the same day. */
const HOURS_AFTER = /(?:vài|mấy|một|hai|ba|\d+)\s+(?:giờ|tiếng)\s+sau\s+khi\s[^,.;]*$/u;
/** How many event words after the first a sentence tries when the first makes no event. */
const FALLBACK_TRIGGERS = 2;

/** "… khi phát biểu tại Hội nghị An ninh Munich": where a statement was made, told after it. */
const SAID_AT = /(?:phát biểu|họp báo|trả lời phỏng vấn)[^,.;]{0,30}?(?:tại|ở)\s+(?:[^\s,.;]+\s+){0,4}$/u;

/** Words of events too slight to count "Cùng ngày" from: an arrival ("đến sân bay Nội Bài tối 18/10"). */
const WEAK = new Set(['tới', 'đến', 'đã tới', 'đã đến', 'vừa tới', 'vừa đến', 'đến tới']);

/** How far back (in event mentions) a sentence may refer to an event already told. */
const LOOK_BACK = 200;
/** The mentions among the last {@link LOOK_BACK} that pass `keep`, in text order. */
function recent(mentions: EventMention[], keep: (m: EventMention) => boolean): EventMention[] {
  return mentions.slice(Math.max(0, mentions.length - LOOK_BACK)).filter(keep);
}

/** "Sau cuộc điện đàm với ông Putin,", "Trước lễ tưởng niệm,": a fronted phrase naming an event already told. */
const FRONTED_EVENT = /^(?:Ngay\s+)?(?:Trước|Sau)(?:\s+khi)?\s+((?:lễ|cuộc|buổi|phiên|hội đàm|hội kiến|điện đàm)[^,;:]{0,100}),/u;
/** "Ông cũng đã điện đàm…": the subject goes on with what it also did on the same occasion. */
const ALSO = /^[^,;:.]{0,80}?\scũng\s/u;

/**
 * The date a dateless sentence takes from what it refers to: a fronted "Sau/Trước cuộc X với
 * Y," names an event already told (its date; with no one named, the event just told), and a
 * subject that "cũng" did something more in the same paragraph did it that day.
 */
function referredDate(text: string, persons: PersonMention[], mentions: EventMention[], paragraph: number, contextSummitKnown = false): DatedSpan | null {
  // the events told most recently, latest last: what a sentence can refer back to (a bounded
  // look-back keeps a huge text linear)
  const dated = recent(mentions, (m) => !!m.date && !m.date.end);
  const span = (date: ResolvedDate, end: number): DatedSpan => ({ start: 0, end, text: text.slice(0, end), relative: true, date: { ...date, anchoring: 'previous', borrowed: undefined } });
  const fronted = FRONTED_EVENT.exec(text);
  if (fronted) {
    const end = fronted[0].length - 1;
    const inside = persons.filter((p) => p.end <= end && !p.person.source).map((p) => p.person.key);
    const kinds = findTriggers(fronted[1]).map((t) => t.type);
    const fits = [...dated].reverse().filter((m) => (!kinds.length || kinds.includes(m.type)) && (!inside.length || m.participants.some((p) => inside.includes(personKey(p.name)))));
    // "cuộc điện đàm thứ ba trong tháng này" also tells the call; its day is told elsewhere
    const hit = fits.find((m) => m.date!.precision === 'day') ?? fits[0];
    if (hit && (inside.length || kinds.length || /^(?:lễ|buổi|phiên)/u.test(fronted[1]))) return span(hit.date!, end);
    return null;
  }
  // "Bên lề hội nghị, …": during the summit just told
  if (/^Bên lề (?:hội nghị|thượng đỉnh)/u.test(text)) {
    // a summit the gazetteer knows is dated by its own days (see unnamedSummit)
    const summit = contextSummitKnown ? undefined : recent(mentions, (m) => m.type === 'summit' && !!m.date).pop();
    if (summit) return span(summit.date!, text.indexOf(','));
  }
  // "Tại Beirut, ông Macron đã hội đàm với …": during the stay at that place just told
  const at = /^Tại\s+([^,]{2,40}),/u.exec(text);
  if (at) {
    const who = persons.filter((p) => !p.person.source).map((p) => p.person.key);
    const hit = [...dated].reverse().find((m) => m.location && at[1].includes(m.location.nameVi ?? m.location.name.split(',')[0]) && m.participants.some((p) => who.includes(personKey(p.name))));
    if (hit) return span(hit.date!, at[0].length - 1);
  }
  const also = ALSO.exec(text);
  const last = dated[dated.length - 1];
  if (also && last && last.paragraph === paragraph) {
    const subject = persons.filter((p) => p.end <= also[0].length && !p.person.source).map((p) => p.person.key);
    if (subject.length && last.participants.some((p) => subject.includes(personKey(p.name)))) return span(last.date!, 0);
  }
  return null;
}

/**
 * "Bên lề hội nghị, X gặp Y": a summit referred to without its name is the article's summit,
 * when the article is about exactly one.
 */
function unnamedSummit(text: string, context: Map<string, Summit>, last: SummitMention | null = null): SummitMention | null {
  const m = /(?:bên lề|trước thềm|tại|khi dự|trong khuôn khổ)\s+(hội nghị(?:\s+thượng đỉnh)?|thượng đỉnh)(?!\s+(?:\p{Lu}|G-?\d|lần))/iu.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  // the one summit the article is about, else the one named last ("… dự Tuần lễ Cấp cao APEC. Bên lề hội nghị, …")
  if (context.size !== 1) return last ? { ...last, start, end: start + m[1].length, text: m[1] } : null;
  const s = [...context.values()][0];
  return { start, end: start + m[1].length, text: m[1], series: s.series, year: s.year, startDate: s.start, endDate: s.end, city: s.city, country: s.country };
}

/** `c` with more fields: a new object whose `places` is still looked up lazily through `c`. */
function withContext(c: SentenceContext, more: Partial<SentenceContext>): SentenceContext {
  const out = Object.create(c) as SentenceContext;
  return Object.assign(out, more);
}

interface SentenceContext {
  text: string;
  triggers: Trigger[];
  dates: DatedSpan[];
  places: PlaceMention[];
  summitsHere: SummitMention[];
  attacks: Trigger[];
  base: { document: string; quote: string; start: number; end: number };
  /** The clause the event is told in, when the sentence tells more than one. */
  limit?: { from: number; to: number };
  /** "bên lề hội nghị" without a series name: the one summit the article is about, if any. */
  contextSummit?: SummitMention | null;
  /** A part of a coordinated sentence: without a date of its own it takes the sentence's. */
  shared?: boolean;
  /** Where the last event told took place, for "tại đây". */
  lastPlace?: EventLocation | null;
  /** Where the last attack told took place, for "tới hiện trường". */
  lastAttackPlace?: EventLocation | null;
  /** The article's headline: it may say a statement in fewer words. */
  headline?: string | null;
}

const DAY_COUNT: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5 };
/** An ISO day moved by `n` days. */
function shiftDay(iso: string, n: number): string {
  const t = new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** A person introduced as the counterpart ("với X", "tiếp X"): not the subject of a part. */
const isObjectOf = (a: PersonMention, text: string) => isObject(text, a.start);

/** One non-attack event mention from its trigger and the people of its clause, or null. */
function mentionFor(t: Trigger, actors: PersonMention[], c: SentenceContext): EventMention | null {
  const { text, summitsHere, attacks, base } = c;
  // Reporting verbs ("cho biết") are statements only when a named actor says them.
  if (t.strength <= 1 && !actors.some((a) => a.end <= t.start)) return null;
  let chosen = actors;
  let type = t.type;
  // "ông Biden … đồng ý rằng ông Putin là …": one person agreeing that something is so states it.
  if (type === 'agreement' && /^\s*(?:rằng|là)\s/u.test(text.slice(t.end)) && new Set(actors.filter((a) => a.end <= t.start && !isObject(text, a.start)).map((a) => a.person)).size === 1) type = 'statement';
  if (type === 'statement') {
    const subject = subjectOf(t, actors, text);
    // the speaker, not whom it was said to ("gửi thư cho ông Kim thông báo…")
    const before = actors.filter((a) => a.start < t.start && !isObject(text, a.start));
    // "Trong bài phát biểu … ngày 7/12, Tổng thống Obama coi…": a fronted phrase, its speaker after it.
    const after = actors.filter((a) => a.start >= t.end).slice(0, 1);
    chosen = subject.length ? subject : before.length ? before : after;
  }
  const seen = new Set<string>();
  const participants = orderParticipants(chosen, text)
    .filter((a) => !seen.has(a.person.key) && seen.add(a.person.key))
    .map(toParticipant);

  // "Cuộc gặp … ban đầu dự kiến diễn ra hôm 14/3 nhưng bị hoãn": an event told as a noun whose
  // predicate calls it off did not happen (unless the sentence goes on to say it took place).
  if (type === 'summit' || /^(?:cuộc|buổi|chuyến|lễ)\s/iu.test(t.lemma) || /(?:^|\s)(?:cuộc|buổi|chuyến|lễ)\s+$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))) {
    // up to another event noun ("…, dù lễ diễu hành bị hủy": that one was called off)
    const rest = text.slice(t.end).split(/(?:^|\s)(?:lễ|cuộc|buổi|chuyến|hội nghị|kế hoạch|chương trình|phiên)\s/iu)[0];
    const off = CALLED_OFF.exec(rest);
    if (off && !/diễn ra|được tổ chức|gặp nhau/u.test(rest.slice(off.index + off[0].length))) return null;
  }
  const anaphoric = !participants.length && (/(?:^|\s)(?:Tại|Trong|tại|trong)\s+(?:cuộc|buổi)\s/u.test(text.slice(0, t.end)) || /^(?:Cuộc|Buổi|Chuyến)\s/u.test(text.slice(0, t.end)));
  if (!participants.length && type !== 'summit' && !anaphoric) return null;
  const summit = summitsHere.find((x) => !c.limit || (x.start >= c.limit.from && x.end <= c.limit.to)) ?? c.contextSummit ?? null;
  // What a statement announces is not when it was made: "tuyên bố để quốc tang ba ngày, từ 16 đến 18/7", "… rằng ngày 15/10".
  // A statement verb is dated before it ("Ngày 2/12, X cam kết") or right after it ("tuyên bố hôm 15/7 rằng");
  // a speech told as a noun carries its date with it ("bài phát biểu … từ Nhà Trắng ngày 7/12").
  const noun = /(?:bài|cuộc|buổi|lời|bản)\s+$/u.test(text.slice(Math.max(0, t.start - 6), t.start));
  const announced = (d: DatedSpan) => {
    if (t.type !== 'statement' || d.start < t.end) return false;
    const between = text.slice(t.end, d.start);
    // a range, a quotation or "rằng …", and "có hiệu lực từ …": what was said
    if (d.date?.end || /rằng|[:“"]|(?:từ|đến|tới|trước|kể từ|hiệu lực)\s+(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+)?$/u.test(between)) return true;
    return !noun && between.includes(',');
  };
  // a date within an attack's own stretch (up to the next event word) is the attack's
  const attackOwns = (d: DatedSpan) => attacks.some((a) => d.start > a.start && !c.triggers.some((x) => x !== a && x.type !== 'attack' && x.start > a.start && x.start < d.start));
  // "Cuộc gặp … diễn ra tám tháng sau hội nghị thượng đỉnh … hồi tháng 6/2018": June is the summit's
  const otherOwns = (d: DatedSpan) => d.start > t.end && c.triggers.some((x) => x !== t && x.strength >= 4 && x.start > t.end && x.end <= d.start);
  let date = dateFor(t, c.dates.filter((d) => !attackOwns(d) && !announced(d) && !otherOwns(d)), c.limit, c.shared, text);
  // "cuộc gặp … trước thềm / bên lề Hội nghị G-20 ở Antalya": it happened at that summit.
  const atSummit = summit && (t.type === 'summit' || AT_SUMMIT.test(text.slice(Math.max(0, summit.start - 40), summit.start)));
  if (!date && summit && atSummit) date = summitDate(summit, text);
  // "dự Hội nghị thượng đỉnh G20 tại Trung Quốc vào tháng 9": the month names the summit, whose days are known.
  else if (date && summit && atSummit && date.precision === 'month' && !date.end && summit.startDate.startsWith(date.start)) date = summitDate(summit, text);
  // "Đức sẽ chủ trì Hội nghị G20 tại Hamburg vào tháng 7": a summit known by its host city, in the
  // month it was held; the year guessed for a bare month gives way to the summit's.
  else if (date && summit?.city && atSummit && date.precision === 'month' && !date.end && date.yearInferred && summit.startDate.slice(5, 7) === date.start.slice(5, 7)
    && Math.abs(+summit.startDate.slice(0, 4) - +date.start.slice(0, 4)) === 1) date = summitDate(summit, text);
  // "Tuần trước, tại Hội nghị COP26": a week that overlaps the summit's days stands for them
  else if (date && summit && atSummit && date.end && date.anchoring !== 'absolute' && date.start <= summit.endDate && summit.startDate <= date.end) date = summitDate(summit, text);
  // "kết thúc hai ngày hội đàm … ngày 7/4": the talks began the day before the day stated
  const days = /(\d|hai|ba|bốn|năm)\s+ngày\s+$/u.exec(text.slice(Math.max(0, t.start - 12), t.start));
  if (days && date && date.precision === 'day' && !date.end && /kết thúc|bế mạc/u.test(text.slice(0, t.start))) {
    const n = DAY_COUNT[days[1]] ?? +days[1];
    if (n > 1) date = { ...date, start: shiftDay(date.start, 1 - n), end: date.start };
  }
  // where a statement was made is said before its verb; places after it are what it is about
  // ("thông báo Mỹ sẽ đặt sở chỉ huy … tại Ba Lan"), except a speech's own ("phát biểu tại …")
  const places = type === 'statement' && t.lemma !== 'phát biểu'
    ? c.places.filter((p) => p.end <= t.start || SAID_AT.test(text.slice(Math.max(0, p.start - 60), p.start)))
    : c.places;
  const inClause = c.limit ? places.filter((p) => p.start >= c.limit!.from && p.end <= c.limit!.to) : places;
  let location = placeFor(text, t, inClause);
  // "hội đàm với Thủ tướng Lý Hiển Long tại đây": where the event just told took place;
  // "tới hiện trường": where the attack just told was
  const clause = text.slice(c.limit?.from ?? 0, c.limit?.to ?? text.length);
  if (!location && c.lastPlace && /(?:tại|ở)\s+(?:đây|đó)(?!\p{L})/u.test(clause)) location = c.lastPlace;
  if (!location && c.lastAttackPlace && /(?:tới|đến|thăm)\s+hiện trường/u.test(clause)) location = c.lastAttackPlace;
  if (summit?.city && (!location || location.country === summit.country) && atSummit) {
    // A summit city the places gazetteer lacks is still the place: the summit data names it.
    const named = placeByName(summit.city);
    const city = places.find((p) => p.location.name === summit.city) ?? (named ? { location: named } : null)
      ?? { location: { name: summit.city, country: summit.country ?? null } };
    if (city && (!location || location.name !== city.location.name)) location = location && location.country === city.location.country && location.name.includes(',') ? location : city.location;
  }
  // A summit that is not a known one ("hội nghị thượng đỉnh Mỹ - Triều") is an event where it took place.
  if (type === 'summit' && !summit && !location) return null;
  // What was said, when the sentence says who said it right before the verb ("Erdogan cam kết …"); a
  // speech ("Trong bài phát biểu …, Hollande khẳng định …") says it with the verb after its speaker.
  let content: ReturnType<typeof statementContent> = null;
  if (type === 'statement') {
    const speech = t.lemma === 'phát biểu' ? c.triggers.find((x) => x.type === 'statement' && x.start > t.end && subjectOf(x, chosen, text).length) : undefined;
    const verb = speech ?? t;
    if (subjectOf(verb, chosen, text).length) content = statementContent(text, verb.end, verb.lemma.replace(/^ra /u, ''), c.headline ?? null);
  }
  return {
    type,
    lemma: content?.lemma ?? t.lemma,
    said: content?.said ?? null,
    date,
    participants,
    location,
    summit: summit ? { series: summit.series, year: summit.year, city: summit.city } : null,
    ...base,
    anaphoric,
  };
}

