/**
 * Who attended a summit: the leaders an article tells doing something there ("bên lề Hội nghị
 * G20 ở Antalya, ông Obama hội đàm với …") take part in the summit event too, which its own
 * sentence rarely names ("Hội nghị thượng đỉnh G20 khép lại chiều 16/11").
 */
import type { Participant, TimelineEvent } from '../events-schema.js';
import type { EventMention } from './event-mention.js';
import { eventTeller } from './event-teller.js';
import { personKey } from './people.js';

/**
 * Fewest people a summit is given this way: two alone would read as a bilateral meeting, and
 * merging would fold the talks between them into the summit.
 */
const MIN_ATTENDEES = 3;

/** One summit's key, the same for every mention of it (null for a mention of none); a series may meet twice a year (G20 2020: March's extraordinary summit, November's in Riyadh). */
export const summitKey = (m: EventMention) => (m.summit ? `${m.summit.series}\u0000${m.summit.start}` : null);

/** The events of one article, each summit with the people the article tells at it. */
export function withSummitAttendees(events: TimelineEvent[], mentions: EventMention[]): TimelineEvent[] {
  const attendees = new Map<string, Participant[]>();
  for (const m of mentions) {
    const key = summitKey(m);
    if (!key || !m.atSummit || !m.date || m.type === 'attack') continue;
    const list = attendees.get(key) ?? [];
    for (const p of m.participants) if (!list.some((q) => personKey(q.name) === personKey(p.name))) list.push(p);
    attendees.set(key, list);
  }
  if (!attendees.size) return events;
  const toldBy = eventTeller(events);
  const grown = new Map<TimelineEvent, Participant[]>();
  for (const m of mentions) {
    const key = summitKey(m);
    const event = m.type === 'summit' && key ? toldBy('summit', m) : undefined;
    if (!event || !attendees.has(key!)) continue;
    const people = [...(grown.get(event) ?? event.participants)];
    for (const p of attendees.get(key!)!) if (!people.some((q) => personKey(q.name) === personKey(p.name))) people.push(p);
    grown.set(event, people);
  }
  return events.map((e) => {
    const people = grown.get(e);
    return people && people.length >= MIN_ATTENDEES ? { ...e, participants: people } : e;
  });
}
