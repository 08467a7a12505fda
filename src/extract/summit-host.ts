/**
 * Who hosted a summit: "Thủ tướng Đức Olaf Scholz, chủ nhà hội nghị, khẳng định …", "Thủ
 * tướng nước chủ nhà Shinzo Abe", "Thủ tướng chủ nhà Justin Trudeau". A summit the article
 * tells without people had its host there at least.
 */
import type { Participant } from '../events-schema.js';
import type { EventMention } from './event-mention.js';
import type { PersonMention } from './people.js';

/** ", chủ nhà hội nghị," right after a name. */
const HOST_AFTER = /^,\s*(?:nước\s+)?chủ nhà(?:\s+(?:của\s+)?(?:hội nghị|thượng đỉnh|hội nghị thượng đỉnh))?\s*,/u;
/** "(Thủ tướng) (nước) chủ nhà " right before a name. */
const HOST_BEFORE = /(?:^|\s)(?:nước\s+)?chủ nhà\s+$/u;
/** How many paragraphs from the summit's own a host may be told. */
const NEAR = 3;

/** The people of a sentence told as the host. */
export function summitHostsIn(text: string, persons: readonly PersonMention[]): PersonMention[] {
  return persons.filter((p) => HOST_AFTER.test(text.slice(p.end)) || HOST_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)));
}

/** Gives each host to the dated summit told without people nearest to it (at most {@link NEAR} paragraphs away). */
export function withSummitHosts(mentions: EventMention[], hosts: readonly { who: Participant; paragraph: number }[]): void {
  for (const h of hosts) {
    const away = (m: EventMention) => Math.abs((m.paragraph ?? -Infinity) - h.paragraph);
    const bare = mentions.filter((m) => m.type === 'summit' && !m.participants.length && m.date && away(m) <= NEAR);
    const nearest = bare.sort((a, b) => away(a) - away(b))[0];
    if (nearest) nearest.participants = [h.who];
  }
}
