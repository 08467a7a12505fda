/**
 * Who attacked what, for attack headlines: Vietnamese news tells a shoot-down or a strike as
 * "[không quân] <country> bắn hạ <máy bay …> [Su-24] của <country> tại biên giới <country>".
 * Reading the agent country, the object noun phrase and a border gives "Turkey shoots down
 * Russian Su-24 jet near the Syrian border" instead of a generic "Aircraft shot down".
 */
import { countryAdjective, countryAt, findCountries, STATE_CAPITALS } from './countries.js';

/** What an attack clause says beyond its trigger. */
export interface AttackDetail {
  /** The attacking country (ISO code) and how the text names it. */
  agent: { code: string; vi: string } | null;
  /** The object hit: headline noun phrases in both languages. */
  object: { en: string; vi: string } | null;
  /** "tại biên giới Syria": the border the attack happened at (ISO code). */
  border: string | null;
}

/** Aircraft and weapons that are shot down or struck, Vietnamese head → English noun. */
const OBJECTS: [RegExp, string][] = [
  [/^máy bay chiến đấu|^chiến đấu cơ|^tiêm kích/u, 'jet'],
  [/^máy bay ném bom|^oanh tạc cơ/u, 'bomber'],
  [/^máy bay không người lái|^UAV|^drone/u, 'drone'],
  [/^trực thăng|^máy bay trực thăng/u, 'helicopter'],
  [/^máy bay chở khách|^máy bay dân sự/u, 'airliner'],
  [/^máy bay/u, 'aircraft'],
  [/^tên lửa/u, 'missile'],
];

/** A capital as the subject right before the attack word, the sentence's or after a comma. */
const CAPITAL_SUBJECT = new RegExp(String.raw`(?:^|,\s*)(${Object.keys(STATE_CAPITALS).join('|')})\s+(?:đã\s+)?$`, 'u');

/** An offensive opened: "mở chiến dịch quân sự", "phát động cuộc xâm lược". */
export const OFFENSIVE = /chiến dịch|xâm lược/u;

/** " cùng các nhóm phiến quân Syria thân Ankara ": allies joined to the forces that open the sentence, up to the verb. */
const ALLIES_TO_VERB = /^\s+(?:cùng|cùng với|và)\s[^,.;]{1,60}?\s+(?:đã\s+)?$/u;
/** A military unit before the agent country: "không quân Thổ Nhĩ Kỳ". */
const UNIT = /(?:không quân|quân đội|hải quân|lục quân|lực lượng(?: phòng không)?|phòng không|quân)\s+$/u;

/**
 * Reads agent, object and border around an attack trigger (`bắn hạ`, `tấn công`…).
 * @param clause the clause of the attack (offsets relative to it)
 * @param trigger span of the trigger word in `clause`
 */
export function describeAttack(clause: string, trigger: { start: number; end: number }): AttackDetail {
  // Agent: the country right before the verb, alone or after a unit ("không quân Thổ Nhĩ Kỳ bắn hạ").
  let agent: AttackDetail['agent'] = null;
  const before = findCountries(clause.slice(0, trigger.start)).filter((c) => c.code.length === 2);
  const last = before[before.length - 1];
  if (last && /^\s*(?:đã\s+)?$/u.test(clause.slice(last.end, trigger.start))) {
    const unit = UNIT.test(clause.slice(Math.max(0, last.start - 30), last.start));
    const sentenceSubject = last.start === 0 || /(?:vụ|khi|sau khi|việc|,)\s+(?:\S+\s+){0,2}$/u.test(clause.slice(0, last.start));
    if (unit || sentenceSubject) agent = { code: last.code, vi: last.text };
  }
  // "Quân đội Thổ Nhĩ Kỳ cùng các nhóm phiến quân Syria thân Ankara mở chiến dịch …": the forces opening the sentence, with their allies
  const first = before[0];
  if (!agent && first && /^\s*(?:[Qq]uân đội|[Kk]hông quân|[Hh]ải quân|[Ll]ực lượng vũ trang)\s+$/u.test(clause.slice(0, first.start)) && ALLIES_TO_VERB.test(clause.slice(first.end, trigger.start))) {
    agent = { code: first.code, vi: first.text };
  }
  // "Ba ngày sau, 9/10, Ankara mở chiến dịch quân sự …": a capital standing for its state
  const capital = agent ? null : CAPITAL_SUBJECT.exec(clause.slice(0, trigger.start));
  if (capital) agent = { code: STATE_CAPITALS[capital[1]], vi: capital[1] };

  // Object: "máy bay chiến đấu Su-24 của Nga".
  let object: AttackDetail['object'] = null;
  const rest = clause.slice(trigger.end).replace(/^\s+(?:(?:một|chiếc|hai|các)\s+)*/u, '');
  const kind = OBJECTS.find(([re]) => re.test(rest));
  if (kind) {
    const head = kind[0].exec(rest)![0];
    const after = rest.slice(head.length);
    const model = /^\s+((?:\p{Lu}[\p{L}]*-?\d+[\p{L}]*|\p{Lu}{2,}-\d+\p{L}*))(?![\p{L}\p{N}])/u.exec(after);
    const ofAt = /^\s+của\s+/u.exec(after.slice(model ? model[0].length : 0));
    const owner = ofAt ? countryAt(after, (model ? model[0].length : 0) + ofAt[0].length) : null;
    const adjective = owner ? countryAdjective(owner.code) : null;
    const en = [adjective, model?.[1], kind[1]].filter(Boolean).join(' ');
    const viHead = model ? head.replace(/^(máy bay|trực thăng|tên lửa).*$/u, '$1') : head;
    const vi = [viHead, model?.[1], owner ? `của ${owner.text}` : null].filter(Boolean).join(' ');
    object = { en, vi };
  }

  // Border: "tại/gần/ở biên giới Syria".
  const border = /(?:tại|gần|ở|trên|dọc)\s+(?:khu vực\s+)?biên giới\s+(?:với\s+)?/u.exec(clause.slice(trigger.end));
  const borderCountry = border ? countryAt(clause, trigger.end + border.index + border[0].length) : null;
  return { agent, object, border: borderCountry?.code ?? null };
}
