/**
 * Who took part in an event: for a statement, its speaker (not whom it was said to nor whom it
 * was about); for other events, everyone its clause names, subject first and each person once.
 * Offsets are relative to the sentence.
 */
import type { EventType, Participant } from '../events-schema.js';
import type { Trigger } from './event-type.js';
import type { PersonMention } from './people.js';
import { isObject, orderParticipants, subjectOf } from './sentence-roles.js';

/** "đồng ý rằng …", "nhất trí là …": agreeing that something is so. */
const THAT = /^\s*(?:rằng|là)\s/u;

/** "ông Biden … đồng ý rằng ông Putin là …": one person agreeing that something is so states it. */
export function agreementOrStatement(t: Trigger, actors: PersonMention[], text: string): EventType {
  if (t.type === 'agreement' && THAT.test(text.slice(t.end)) && new Set(actors.filter((a) => a.end <= t.start && !isObject(text, a.start)).map((a) => a.person)).size === 1) return 'statement';
  return t.type;
}

/** The speaker of the statement at `t`, among the people of its clause. */
export function speakerOf(t: Trigger, actors: PersonMention[], text: string): PersonMention[] {
  const subject = subjectOf(t, actors, text);
  // the speaker, not whom it was said to ("gửi thư cho ông Kim thông báo…")
  const before = actors.filter((a) => a.start < t.start && !isObject(text, a.start));
  // "Trong bài phát biểu … ngày 7/12, Tổng thống Obama coi…": a fronted phrase, its speaker after it.
  const after = actors.filter((a) => a.start >= t.end).slice(0, 1);
  return subject.length ? subject : before.length ? before : after;
}

/**
 * The travellers of the visit at `t`: the people named before its word ("Obama thăm Việt Nam
 * theo lời mời của Chủ tịch nước …", "Macron và Merkel tới Washington để thuyết phục ông Trump");
 * whom they visited or meant to sway come after it. A visit told as a noun ("chuyến thăm … của
 * ông Obama") names its travellers after it.
 */
export function visitorsOf(t: Trigger, actors: PersonMention[], text: string): PersonMention[] {
  const before = actors.filter((a) => a.end <= t.start && !isObject(text, a.start));
  return before.length ? before : actors;
}

/** The participants of an event from the people chosen for it: subject first, each person once. */
export function participantsOf(chosen: PersonMention[], text: string): Participant[] {
  const seen = new Set<string>();
  return orderParticipants(chosen, text)
    .filter((a) => !seen.has(a.person.key) && seen.add(a.person.key))
    .map(toParticipant);
}

function toParticipant(m: PersonMention): Participant {
  const p: Participant = { name: m.person.name, role: m.person.role, country: m.person.country };
  if (m.person.nameVi && m.person.nameVi !== m.person.name) p.nameVi = m.person.nameVi;
  return p;
}
