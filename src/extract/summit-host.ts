/**
 * Who hosted a summit: "Thủ tướng Đức Olaf Scholz, chủ nhà hội nghị, khẳng định …", "Thủ
 * tướng nước chủ nhà Shinzo Abe", "Thủ tướng chủ nhà Justin Trudeau", or, for a well-known
 * summit, the head of the host country then in office when the article names them. A summit
 * the article tells without people had its host there at least.
 */
import type { Participant } from '../events-schema.js';
import type { EventMention } from './event-mention.js';
import { CHAIRED_BY_BEFORE, holdersOn, personKey, type PersonMention } from './people.js';
import { summitKey } from './summit-attendees.js';
import { knownSummit } from './summits.js';

/** ", chủ nhà hội nghị," right after a name. */
const HOST_AFTER = /^,\s*(?:nước\s+)?chủ nhà(?:\s+(?:của\s+)?(?:hội nghị|thượng đỉnh|hội nghị thượng đỉnh))?\s*,/u;
/** "(Thủ tướng) (nước) chủ nhà ", "Chủ nhà là ", "Chủ nhà, " right before a name. */
const HOST_BEFORE = /(?:^|\s)(?:nước\s+)?[Cc]hủ nhà(?:(?:\s+là|\s*,)(?:\s+\p{Lu}[^\s,.;]*|\s+(?:tướng|thống|tịch|vương)){0,4})?\s+$/u;
/** How many paragraphs from the summit's own a host may be told. */
const NEAR = 3;

/** "Các nhà lãnh đạo họp", "Lãnh đạo 5 nền kinh tế … nhóm họp": leaders, unnamed, meeting (a summit's session, not two leaders' talks). */
const UNNAMED_LEADERS_MET = /(?:^|\s)(?:[Cc]ác\s+)?(?:nhà\s+)?[Ll]ãnh đạo(?:\s+[^\s,.;]+){0,8}?\s+(?:nhóm\s+)?họp(?!\p{L})/u;

/** "Hội nghị do …": a sentence whose subject is the summit. */
const SUMMIT_SUBJECT = /^(?:[^,.;]{0,30}\s)?(?:[Hh]ội nghị|[Tt]hượng đỉnh)(?:\s+(?:thượng đỉnh|cấp cao))?\s+(?:lần này\s+)?do\s/u;
/** " làm chủ nhà", " chủ trì", after the name and an aside on it ("…, nước giữ ghế chủ tịch luân phiên …, làm chủ nhà"). */
const HOSTED_AFTER = /^(?:\s*,[^.;]{0,120}?,)?\s+(?:làm chủ nhà|đăng cai|chủ trì)(?!\p{L})/u;

/**
 * The people of a sentence told as the host (or as the chair of leaders meeting: "Các nhà lãnh
 * đạo họp trong hai ngày 13-14/7 dưới sự chủ trì của Thủ tướng Fiji Frank Bainimarama").
 */
export function summitHostsIn(text: string, persons: readonly PersonMention[]): PersonMention[] {
  const leadersMet = UNNAMED_LEADERS_MET.test(text);
  return persons.filter((p) => HOST_AFTER.test(text.slice(p.end)) || HOST_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)) || (leadersMet && CHAIRED_BY_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))));
}

/**
 * The people of a sentence about the summit just told, as who hosted or chaired it: "Hội nghị do Thủ tướng
 * Bulgaria Boyko Borissov, …, làm chủ nhà, và do Chủ tịch Hội đồng châu Âu Donald Tusk chủ trì".
 */
export function hostsOfSummitTold(text: string, persons: readonly PersonMention[]): PersonMention[] {
  if (!SUMMIT_SUBJECT.test(text)) return [];
  return persons.filter((p) => CHAIR_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start)) && HOSTED_AFTER.test(text.slice(p.end, p.end + 160)));
}

/** "với sự tham dự của ": the people after it attended what the sentence tells. */
const ATTENDED_BY = /với sự (?:tham dự|tham gia|có mặt) của\s/u;
/** "do " and up to eight words (an office, a country: "do Chủ tịch Hội đồng châu Âu ") right before a name: who chaired or hosted. */
const CHAIR_BEFORE = /(?:^|\s)do\s+(?:\S+\s+){0,8}$/u;
/** " chủ trì" right after the name: who chaired. */
const CHAIRED_AFTER = /^\s+chủ trì(?!\p{L})/u;

/**
 * "Quyết định được thông qua tại phiên họp …, do Tổng thống Kazakhstan Nursultan Nazarbayev chủ
 * trì, với sự tham dự của Chủ tịch Trung Quốc Tập Cận Bình, Tổng thống Nga Vladimir Putin …":
 * who chaired and attended a session, in a sentence that says so (the people of a summit told
 * just before without them).
 */
export function sessionAttendeesIn(text: string, persons: readonly PersonMention[]): PersonMention[] {
  const at = ATTENDED_BY.exec(text);
  if (!at) return [];
  const chair = persons.filter((p) => p.end <= at.index && CHAIRED_AFTER.test(text.slice(p.end, p.end + 12)) && CHAIR_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start)));
  const attended = persons.filter((p) => p.start > at.index && !p.person.source);
  return attended.length ? [...chair, ...attended] : [];
}

/** The dated summit told without people nearest to `paragraph`, of those whose distance back to it (`paragraph` minus theirs) `fits`. */
function bareSummitNear(mentions: EventMention[], paragraph: number, fits: (back: number) => boolean): EventMention | undefined {
  const back = (m: EventMention) => paragraph - (m.paragraph ?? -Infinity);
  const bare = mentions.filter((m) => m.type === 'summit' && !m.participants.length && m.date && fits(back(m)));
  return bare.sort((a, b) => Math.abs(back(a)) - Math.abs(back(b)))[0];
}

/** Gives each session's attendees to a dated summit told without people in the same paragraph or the one before. */
export function withSessionAttendees(mentions: EventMention[], sessions: readonly { who: Participant[]; paragraph: number }[]): void {
  for (const s of sessions) {
    const nearest = bareSummitNear(mentions, s.paragraph, (back) => back >= 0 && back <= 1);
    if (nearest) nearest.participants = [...s.who];
  }
}

/** The summit told last before offset `at`, if it is dated, told without people and at most {@link NEAR} paragraphs before `paragraph`. */
function bareSummitToldLast(mentions: EventMention[], at: number, paragraph: number): EventMention | undefined {
  const last = mentions.filter((m) => m.type === 'summit' && m.start < at).reduce<EventMention | undefined>((a, m) => (!a || m.start > a.start ? m : a), undefined);
  return last && !last.participants.length && last.date && paragraph - (last.paragraph ?? -Infinity) <= NEAR ? last : undefined;
}

/**
 * Gives each host to the dated summit told without people nearest to it (at most {@link NEAR} paragraphs away), or,
 * for a host of the summit just told (`after` the offset of the sentence that says so), to that summit if it has no
 * people; the hosts of one paragraph ("do … Borissov … làm chủ nhà, và do … Tusk chủ trì") to the same summit.
 */
export function withSummitHosts(mentions: EventMention[], hosts: readonly { who: Participant; paragraph: number; after?: number }[]): void {
  const hostedFrom = new Map<number, EventMention>();
  for (const h of hosts) {
    const hosted = hostedFrom.get(h.paragraph);
    if (hosted) {
      if (!hosted.participants.some((p) => p.name === h.who.name)) hosted.participants.push(h.who);
      continue;
    }
    const nearest = h.after === undefined ? bareSummitNear(mentions, h.paragraph, (back) => Math.abs(back) <= NEAR) : bareSummitToldLast(mentions, h.after, h.paragraph);
    if (nearest) {
      nearest.participants = [h.who];
      hostedFrom.set(h.paragraph, nearest);
    }
  }
}

/** Offices that host a summit for their country. */
const HEADS = new Set(['President', 'Prime Minister', 'Chancellor']);

/**
 * "Hội nghị thượng đỉnh châu Mỹ lần thứ 9 tại Los Angeles kết thúc hôm 10/6" in an article
 * that names Joe Biden: a well-known summit told without people is given the head of its host
 * country in office then, when the country had one such head and the article names them.
 */
export function withHostCountryHeads(mentions: EventMention[], named: ReadonlyMap<string, Participant>): void {
  // (a summit told elsewhere with its people merges with them: a host given here would keep it apart)
  // (only talks merge with it: a statement or a signing at it stays an event of its own)
  const withPeople = new Set(mentions.filter((m) => m.participants.length && (m.type === 'summit' || (m.atSummit && m.type === 'meeting'))).map(summitKey));
  for (const m of mentions) {
    if (m.type !== 'summit' || m.participants.length || !m.date || !m.summit || withPeople.has(summitKey(m))) continue;
    const summit = knownSummit(m.summit);
    if (!summit || summit.virtual) continue;
    // (only where one office heads the country then: Vietnam's President chairs APEC, its Prime Minister ASEAN)
    const heads = holdersOn(summit.country, summit.start, (role) => HEADS.has(role));
    const host = heads.length === 1 ? named.get(personKey(heads[0].name)) : undefined;
    if (host) m.participants = [host];
  }
}
