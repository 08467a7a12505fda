/**
 * Headline-style titles in Vietnamese and English, built from what an event is (its type and
 * trigger word) and who and where it involves: "Obama and Mattarella hold talks at the White
 * House" / "Obama hội đàm với Mattarella tại Nhà Trắng".
 */
import type { EventLocation, EventType, Participant } from '../events-schema.js';
import { LEADERS } from './people.js';
import { OFFENSIVE, type AttackDetail } from './attack-detail.js';
import { PRISONER_SWAP, type Declarer } from './event-participants.js';
import { countryAdjective, countryAt, englishCountry } from './countries.js';
import { COUP_WORD, DEATH_WORD, DEPOSITED, DIPLOMATS_WITHDRAWN, LAUNCH_WORD, PARADE, RATIFYING_LEMMA, RECOGNISED, RELEASE_LEMMA, RULING, SUMMONS_LEMMA, TEXT_ADOPTED, VETO_LEMMA, VOTE_WORD, WEAPON_TEST } from './event-type.js';
import { isBuilding, placeByName } from './places.js';
import { seriesSummitName } from './summits.js';
import { ENVOY } from './offices.js';
import { SHIP_SEIZED } from './impersonal-events.js';
import { gloss, opensWithVerb, splitAddressee, statementVerb, thirdPerson } from './statement-content.js';

/** What a title is made from. */
export interface TitleInput {
  type: EventType;
  lemma: string;
  participants: Participant[];
  location: EventLocation | null;
  summit: { series: string; city: string | null } | null;
  /** Agent, object and border of an attack, when its clause states them. */
  attack?: AttackDetail | null;
  /** What a statement said, in the article's words ("Nga và Thổ Nhĩ Kỳ tập trung chống IS"). */
  said?: string | null;
  /** Who declared a decision when no person did ("Saudi Arabia, Bahrain and Egypt"). */
  by?: { en: string; vi: string; many: boolean } | null;
  /** Whether everyone named received someone not named ("Quốc vương Salman và Thái tử … tiếp con trai của Khashoggi"). */
  coHosts?: boolean;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The kinds of a summit's session, in English. */
const SESSION_EN: Record<string, string> = { 'mở rộng': 'an outreach', 'toàn thể': 'a plenary', 'đặc biệt': 'a special' };

/** "Turkey shoots down Russian Su-24 jet near the Syrian border": who did what to what, when the text says. */
function attackHeadline(e: TitleInput): { en: string; vi: string } | null {
  const a = e.attack;
  const agentEn = a?.agent ? englishCountry(a.agent.code) : null;
  // "Ankara mở chiến dịch quân sự … nhằm vào … Syria": an offensive launched
  if (a?.agent && agentEn && OFFENSIVE.test(e.lemma) && e.location) {
    return { en: `${agentEn} launches an offensive in ${placeEn(e.location)}`, vi: `${a.agent.vi} mở chiến dịch quân sự tại ${placeVi(e.location)}` };
  }
  if (!a?.agent || !a.object || !agentEn) return null;
  const verb = /bắn hạ/.test(e.lemma) ? ['shoots down', 'bắn hạ'] : /không kích/.test(e.lemma) ? ['strikes', 'không kích'] : ['attacks', 'tấn công'];
  const adj = a.border ? countryAdjective(a.border) : null;
  const where = adj ? ` near the ${adj} border` : e.location ? ` ${atOrIn(e.location)}` : '';
  return { en: `${agentEn} ${verb[0]} ${a.object.en}${where}`, vi: `${a.agent.vi} ${verb[1]} ${a.object.vi}` };
}

const ALIASES = new Map(LEADERS.map((l) => [l.name, [...l.aliases, ...(l.titled ?? [])]]));
/** Leaders whose every office was in China or in Cambodia, by name: their names are said family name first. */
const FAMILY_FIRST = new Map(LEADERS.flatMap((l) => {
  const countries = new Set(l.terms.map((t) => t.country));
  return countries.size === 1 && (countries.has('CN') || countries.has('KH') || countries.has('MM')) ? [[l.name, [...countries][0]] as const] : [];
}));

/** The short form a headline uses: the surname ("Obama", "Le Drian"), or a Vietnamese full name. */
export function shortName(name: string): string {
  const words = name.split(' ');
  // An Arab name with a patronymic is said up to it ("Mohammed bin Salman", "Abdullah bin Zayed" for Abdullah bin Zayed Al Nahyan)
  if (words[1] === 'bin' && words.length >= 3) return words.slice(0, 3).join(' ');
  const suffixes = (ALIASES.get(name) ?? []).filter((a) => name.endsWith(' ' + a) && a.split(' ').length < words.length);
  if (suffixes.length) return suffixes.sort((a, b) => a.length - b.length)[0];
  // Family name first (Chinese, Korean names): the gazetteer's one-word alias that opens the name ("Xi").
  const family = (ALIASES.get(name) ?? []).find((a) => !a.includes(' ') && words.length > 1 && words[0] === a);
  if (family) return family;
  // The gazetteer's shorter form that opens the name is how it is said, and gives the surname
  // ("Tony Tan Keng Yam" → "Tan", "Carlos Alvarado Quesada" → "Alvarado", "Ferdinand Marcos Jr." → "Marcos")
  // (not when it ends on a title or a patronymic: "Hassan Sheikh", "Sabah Al-Ahmad")
  const opening = (ALIASES.get(name) ?? []).filter((a) => a.includes(' ') && name.startsWith(`${a} `) && !/\s(?:Sheikh|Al-\S+)$/u.test(a)).sort((a, b) => a.length - b.length)[0];
  if (opening) return shortName(opening);
  // A mainland Chinese leader's pinyin name opens with the family name ("Wang Qishan" → "Wang");
  // a Cambodian leader's two-word name is said in full ("Hun Sen", not "Sen"), and so is a Burmese one.
  if (words.length === 2 && FAMILY_FIRST.get(name) === 'CN') return words[0];
  if (words.length === 2 && FAMILY_FIRST.get(name) === 'KH') return name;
  // (a Burmese name has no family name: "Myint Swe", "Min Aung Hlaing" are said in full)
  if (FAMILY_FIRST.get(name) === 'MM') return name;
  // A monarch's regnal number stays with the name ("Abdullah II", "Felipe VI"), never alone.
  if (words.length >= 2 && /^[IVX]+$/u.test(words[words.length - 1])) return words.slice(-2).join(' ');
  // Vietnamese names are said in full in headlines ("Nguyễn Xuân Phúc").
  if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(name)) return name;
  // A Korean name's hyphenated given name comes last ("Song Young-moo"): the family name opens it.
  if (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1])) return words[0];
  // "Marine Le Pen", "Ursula von der Leyen": the surname keeps the particles before it
  let first = words.length - 1;
  while (first > 1 && SURNAME_PARTICLE.test(words[first - 1])) first--;
  return words.slice(first).join(' ');
}
/** Particles that belong to the surname after them ("Le Pen", "von der Leyen", "de Gaulle"). */
const SURNAME_PARTICLE = /^(?:le|la|de|da|di|du|van|von|der|al|bin|el)$/iu;

function list(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Seas, straits and island groups take "the" in English ("in the Gulf of Oman", "in the Paracel Islands"). */
const WATERS_OR_ISLANDS = /^(?:Gulf|Strait|Sea|Bay)\s|\s(?:Islands|Sea|Strait|Gulf|Channel|Ocean)$/u;
/** A country (or organisation) whose headline name takes "the" ("the United Arab Emirates", "the Philippines", "the United Nations"), named as a place. */
const takesThe = (l: EventLocation) => !!l.country && englishCountry(l.country) === `the ${l.name.split(',')[0]}`;
/** Organisations named like countries, where things happen "at" ("at the United Nations"), not "in". */
const ORGANISATION_CODES = new Set(['UN', 'EU']);
const placeEn = (l: EventLocation) => {
  const short = l.name.split(',')[0];
  if (takesThe(l)) return `the ${short}`;
  return (/house|palace|kremlin|pentagon|hall|headquarters|hotel|villa|base|arena|airport|station|bridge|square|stadium|office|tower|building|university|chancellery|residence|center|centre|zone|institute/i.test(short) || WATERS_OR_ISLANDS.test(short)) && !/^the /i.test(short) ? `the ${short}` : short;
};
const placeVi = (l: EventLocation) => l.nameVi ?? l.name.split(',')[0];
/** "at the White House", "at Fort de Brégançon" (a building by its own name), "in Hanoi". */
const atOrIn = (l: EventLocation) => {
  const en = placeEn(l);
  const country = takesThe(l) && !ORGANISATION_CODES.has(l.country ?? '');
  return `${(/^the /.test(en) && !country) || isBuilding(l.name) ? 'at' : 'in'} ${en}`;
};

/** A site named by the text, not the gazetteer: "at the Hayat Hotel", "at Shayrat Air Base", "on Westminster Bridge"; null for a city or country. */
function attackSite(l: EventLocation): string | null {
  const short = l.name.split(',')[0];
  const site = SITE.exec(short);
  if (!site) return null;
  return `${site[1] === 'Bridge' ? 'on' : 'at'} ${/^(?:Hotel|Zone|Institute)$/u.test(site[1]) && !/^the /iu.test(short) ? 'the ' : ''}${short}`;
}
const SITE = /\s(Hotel|Air Base|Naval Base|Base|Airport|University|Square|Bridge|Stadium|Arena|Zone|Institute)$/u;

/**
 * "Obama and Stoltenberg urge Russia and Turkey to focus on fighting IS": a statement's headline
 * says what was said. The Vietnamese always can (the article's words); the English only when
 * the gloss covers them, else it names at least whom an appeal was addressed to.
 */
function statementHeadline(A: string, Avi: string, many: boolean, lemma: string, said: string): { en: string; vi: string } | null {
  const verb = statementVerb(lemma, many);
  if (!verb || !A) return null;
  const vi = `${Avi} ${lemma} ${said}`;
  if (/^urge/.test(verb)) {
    const to = splitAddressee(said);
    const todo = to ? gloss(to.rest) : null;
    if (to && todo) return { en: `${A} ${verb} ${to.whoEn} to ${todo}`, vi };
    if (to) return { en: `${A} ${many ? 'issue' : 'issues'} an appeal to ${to.whoEn}`, vi };
    return { en: `${A} ${many ? 'issue' : 'issues'} an appeal`, vi };
  }
  // the gloss of the whole, else of what comes before a complement ("những kẻ tấn công là …")
  const en = gloss(said) ?? (/\slà\s/u.test(said) ? gloss(said.split(/\slà\s/u)[0]) : null);
  // "Zelensky tuyên bố cắt đứt quan hệ ngoại giao với Nga": what he declares is what he does
  if (en && opensWithVerb(en) && /^(?:say|announce)/.test(verb)) return { en: `${A} ${many ? en : thirdPerson(en)}`, vi };
  if (en) return { en: `${A} ${verb} ${en}`, vi };
  const generic = /^(?:pledge)/.test(verb) ? `${A} ${many ? 'make' : 'makes'} a pledge` : /^(?:warn|condemn|announce)/.test(verb) ? `${A} ${verb === 'warns' || verb === 'warn' ? (many ? 'issue' : 'issues') + ' a warning' : verb.startsWith('condemn') ? (many ? 'issue' : 'issues') + ' a condemnation' : (many ? 'make' : 'makes') + ' an announcement'}` : `${A} ${many ? 'issue' : 'issues'} a statement`;
  return { en: generic, vi };
}

/** Ceremonies attended, in English: "lễ khánh thành" is an inauguration. */
const CEREMONIES: Record<string, string> = {
  'khánh thành': 'an inauguration', 'khai trương': 'an opening ceremony', 'tưởng niệm': 'a memorial', 'quốc tang': 'a state funeral',
  'duyệt binh': 'a military parade', 'diễu binh': 'a military parade', 'kỷ niệm': 'a commemoration',
  'khởi công': 'a groundbreaking', 'động thổ': 'a groundbreaking', 'đặt viên đá nền móng': 'a foundation-stone ceremony', 'đặt viên đá đầu tiên': 'a foundation-stone ceremony', 'đặt viên đá móng': 'a foundation-stone ceremony',
};
/** Acts on envoys, by their word: the English verb (one doer, several), its object, the Vietnamese headline. */
const DIPLOMATIC_ACTS: ReadonlyArray<readonly [RegExp, string, string, string, string]> = [
  [SUMMONS_LEMMA, 'summons', 'summon', 'an ambassador', 'triệu tập đại sứ'],
  [/triệu hồi/u, 'recalls', 'recall', 'an ambassador', 'triệu hồi đại sứ'],
  [VETO_LEMMA, 'vetoes', 'veto', 'a draft resolution', 'phủ quyết dự thảo nghị quyết'],
  [/trục xuất/u, 'expels', 'expel', 'diplomats', 'trục xuất các nhà ngoại giao'],
  [/công hàm/u, 'delivers', 'deliver', 'a diplomatic note', 'trao công hàm'],
  [/^(?:cắt đứt|cắt) quan hệ$/u, 'cuts', 'cut', 'diplomatic ties', 'cắt đứt quan hệ ngoại giao'],
  [/^hạ cấp quan hệ$/u, 'downgrades', 'downgrade', 'diplomatic ties', 'hạ cấp quan hệ ngoại giao'],
  [/^rút\s.*khỏi\s+(?:thỏa thuận|hiệp định|hiệp ước|công ước|tpp|jcpoa)$/u, 'withdraws from', 'withdraw from', 'the agreement', 'rút khỏi thỏa thuận'],
  [DIPLOMATS_WITHDRAWN, 'withdraws', 'withdraw', 'its diplomats', 'rút các nhà ngoại giao'],
  [/^hủy(?: bỏ)?$/u, 'calls off', 'call off', 'a planned engagement', 'hủy lịch trình'],
  [/^hoãn$/u, 'postpones', 'postpone', 'a planned engagement', 'hoãn lịch trình'],
];

/** What a state or body said, by its verb: the English (one declarer, several), the Vietnamese headline's verb. */
const DECLARED: Readonly<Record<string, readonly [string, string, string]>> = {
  'lên án': ['issues a condemnation', 'issue a condemnation', 'ra tuyên bố lên án'],
  'kêu gọi': ['issues an appeal', 'issue an appeal', 'kêu gọi'],
  'phản đối': ['protests', 'protest', 'phản đối'],
  'bác bỏ': ['issues a rejection', 'issue a rejection', 'bác bỏ'],
  'hoan nghênh': ['welcomes the move', 'welcome the move', 'hoan nghênh'],
};

/** "IS nhận trách nhiệm", "Quốc hội Iraq thông qua nghị quyết": what a state, body or group did, by its verb. */
function declarerHeadline(by: Declarer, lemma: string): { en: string; vi: string } {
  const s = (one: string, several: string) => (by.many ? several : one);
  if (/trách nhiệm$|đứng sau$/u.test(lemma)) return { en: `${by.en} ${s('claims', 'claim')} responsibility`, vi: `${by.vi} nhận trách nhiệm` };
  if (/nghị quyết$/u.test(lemma)) return { en: `${by.en} ${s('passes', 'pass')} a resolution`, vi: `${by.vi} thông qua nghị quyết` };
  if (/luật$/u.test(lemma)) return { en: `${by.en} ${s('passes', 'pass')} a bill`, vi: `${by.vi} thông qua dự luật` };
  if (lemma === 'bầu') return { en: `${by.en} ${s('holds', 'hold')} an election`, vi: `${by.vi} bầu thành viên` };
  if (lemma === 'bỏ phiếu') return { en: `${by.en} ${s('holds', 'hold')} a vote`, vi: `${by.vi} bỏ phiếu` };
  const said = DECLARED[lemma];
  if (said) return { en: `${by.en} ${s(said[0], said[1])}`, vi: `${by.vi} ${said[2]}` };
  return { en: `${by.en} ${s('makes', 'make')} an announcement`, vi: `${by.vi} ra tuyên bố` };
}

/** Every way a leader is written, by canonical name. */
const WRITTEN = new Map(LEADERS.map((l) => [l.name, [l.name, ...l.aliases, ...(l.vi ?? []), ...(l.titled ?? [])]]));
/** The ways a participant may be written in a sentence: its names, and a leader's aliases. */
export const writtenForms = (p: Participant): string[] => [p.nameVi, p.name, ...(WRITTEN.get(p.name) ?? [])].filter((n): n is string => !!n);
/** The event words of receiving a guest: "tiếp", "đón tiếp", "tiếp đón". */
const RECEIVING = /^(?:tiếp|đón tiếp|tiếp đón)$/u;
/** "chủ trì tiệc chiêu đãi", "mở tiệc chiêu đãi", "chủ trì quốc yến": a banquet's words. */
const BANQUET = /(?:chiêu đãi|quốc yến)/u;
/** "tiếp" as receiving someone: before a name or a person word, not "tiếp tục". */
const RECEIVES = /(?:^|[^\p{L}])([tT]iếp)(?=\s+(?:\p{Lu}|ông\s|bà\s|đoàn\s|người đồng))/u;

/**
 * "Thủ tướng Nguyễn Xuân Phúc tiếp Ngoại trưởng Mỹ Mike Pompeo", "Tiếp Ngoại trưởng Mỹ Mike
 * Pompeo ngày 30/10, Thủ tướng Nguyễn Xuân Phúc khẳng định …": in "X receives Y" the host comes
 * first: the one named before "tiếp", or after the clause a sentence opens with "Tiếp …".
 */
export function hostFirst<P extends Participant>(participants: P[], lemma: string, sentence: string): P[] {
  if (!RECEIVING.test(lemma) || participants.length !== 2) return participants;
  const verb = RECEIVES.exec(sentence);
  if (!verb) return participants;
  const at = verb.index + verb[0].length - verb[1].length;
  const firstSeen = (p: P) => Math.min(...writtenForms(p).map((n) => sentence.indexOf(n)).filter((i) => i >= 0), Infinity);
  const [a, b] = participants.map(firstSeen);
  if (a === Infinity || b === Infinity) return participants;
  const fronted = /^[\s“"‘'(]*$/u.test(sentence.slice(0, at));
  const hostIsSecond = fronted ? b > a : b < at && a > at;
  return hostIsSecond ? [participants[1], participants[0]] : participants;
}

/**
 * "Quốc vương Salman và Thái tử Mohammed bin Salman tiếp con trai của Khashoggi": both named as the
 * subject of "tiếp", joined by "và" (not "X được Y tiếp", a guest received), so the guest is someone unnamed.
 */
export function coHosting(participants: Participant[], lemma: string, sentence: string): boolean {
  if (!RECEIVING.test(lemma) || participants.length !== 2) return false;
  const verb = RECEIVES_ANYONE.exec(sentence);
  if (!verb) return false;
  const at = verb.index + verb[0].length - verb[1].length;
  const seen = participants.map((p) => Math.min(...writtenForms(p).map((n) => sentence.indexOf(n)).filter((i) => i >= 0), Infinity)).sort((a, b) => a - b);
  return seen[1] < at && /\s(?:và|cùng)\s/u.test(sentence.slice(seen[0], seen[1])) && !/(?:^|\s)được\s/u.test(sentence.slice(seen[0], at));
}
/** "tiếp" as receiving anyone: before a word (not "tiếp tục", "tiếp theo"). */
const RECEIVES_ANYONE = /(?:^|[^\p{L}])([tT]iếp)(?=\s+(?!tục|theo|nhận|cận|xúc|tế|sức|đó)\p{L})/u;

/**
 * What befell a document told in the passive with no one named, by its event word (else it was signed):
 * "Văn bản Thỏa thuận … được các nhà đàm phán hai bên chốt hôm 13/11" was concluded, not yet signed;
 * "Thỏa thuận … đạt được tại Brussels" was reached; "… được hai trưởng đoàn ký tắt" was initialled.
 */
const DOCUMENT_DONE: Readonly<Record<string, [string, string]>> = {
  'chốt': ['Agreement concluded', 'Chốt văn bản thỏa thuận'],
  'thỏa thuận': ['Agreement reached', 'Đạt được thỏa thuận'],
  'ký tắt': ['Agreement initialled', 'Ký tắt hiệp định'],
  'có hiệu lực': ['Agreement enters into force', 'Hiệp định có hiệu lực'],
};

/** Titles for one event. */
export function makeTitle(e: TitleInput): { vi: string; en: string } {
  // a headline opens on a capital, whatever name leads it ("El-Sisi receives Trump", "Von der Leyen issues …")
  const t = headline(e);
  return { vi: capital(t.vi), en: capital(t.en) };
}

function headline(e: TitleInput): { vi: string; en: string } {
  // ("Nawaz Sharif visits Quetta and meets Raheel Sharif": namesakes keep their full names)
  const short = e.participants.map((p) => shortName(p.name));
  const namesake = (i: number) => short.indexOf(short[i]) !== short.lastIndexOf(short[i]);
  const en = e.participants.map((p, i) => (namesake(i) ? p.name : short[i]));
  const vi = e.participants.map((p, i) => p.nameVi ?? (namesake(i) ? p.name : short[i]));
  // "Nga và Ukraine tổ chức vòng đàm phán": states that met or agreed, with no one named
  const states = !en.length && e.by && e.type !== 'statement' ? e.by : null;
  const many = states ? states.many : en.length > 1;
  const A = states ? states.en : list(en, 'and');
  const Avi = states ? states.vi : list(vi, 'và');
  const at = e.location ? ` ${atOrIn(e.location)}` : '';
  const tai = e.location ? ` tại ${placeVi(e.location)}` : '';
  const lemma = e.lemma;

  switch (e.type) {
    case 'meeting': {
      if (RECEIVING.test(lemma) && en.length === 2 && e.coHosts) return { en: `${A} receive guests${at}`, vi: `${Avi} tiếp khách${tai}` };
      if (RECEIVING.test(lemma) && en.length === 2) return { en: `${en[0]} receives ${en[1]}${at}`, vi: `${vi[0]} tiếp ${vi[1]}${tai}` };
      // "Giáo hoàng Francis tiếp lãnh đạo 27 nước EU": a host whose guests are named by no name
      if (RECEIVING.test(lemma) && en.length === 1) return { en: `${en[0]} receives guests${at}`, vi: `${vi[0]} tiếp khách${tai}` };
      // ("ông Tập mở tiệc chiêu đãi vị khách": a banquet, its host first)
      if (BANQUET.test(lemma) && en.length === 1) return { en: `${en[0]} hosts a banquet${at}`, vi: `${vi[0]} chủ trì tiệc chiêu đãi${tai}` };
      if (BANQUET.test(lemma) && en.length === 2) {
        // (two of one country, or a couple, host it together: "Tổng Bí thư … và Chủ tịch nước … chủ trì quốc yến", "Tổng thống Joe Biden và phu nhân Jill Biden")
        const [a, b] = e.participants;
        const together = (!!a.country && a.country === b.country) || a.name.split(' ').pop() === b.name.split(' ').pop();
        return together ? { en: `${A} host a banquet${at}`, vi: `${Avi} chủ trì tiệc chiêu đãi${tai}` } : { en: `${en[0]} hosts a banquet for ${en[1]}${at}`, vi: `${vi[0]} chiêu đãi ${vi[1]}${tai}` };
      }
      // ("ông Sisi được tiếp đón tại Nhà Trắng": a guest received, the host left unnamed)
      if (/^được\s/u.test(lemma) && !many && A) return { en: `${A} is received${at}`, vi: `${Avi} được tiếp đón${tai}` };
      if (/^(?:hội kiến|gặp|cuộc gặp|gặp gỡ|tiếp kiến|chào|chào xã giao|tiếp xúc)$/.test(lemma) && en.length === 2) return { en: `${en[0]} meets ${en[1]}${at}`, vi: `${vi[0]} ${/^(?:hội kiến|chào)/.test(lemma) ? lemma : 'gặp'} ${vi[1]}${tai}` };
      // ("phiên họp mở rộng với sự tham dự của …": those who attended a summit's session)
      const session = /^phiên\s+(?:họp|thảo luận)\s+(mở rộng|toàn thể|đặc biệt)/u.exec(lemma);
      if (session && A) return { en: `${A} ${many ? 'attend' : 'attends'} ${SESSION_EN[session[1]]} session${at}`, vi: `${Avi} dự phiên họp ${session[1]}${tai}` };
      // ("chủ trì phiên thảo luận mở", "… phiên họp của Hội đồng Bảo an": the one in the chair)
      if (/^phiên/u.test(lemma) && A) return /thảo luận/u.test(lemma) ? { en: `${A} ${many ? 'chair' : 'chairs'} an open debate${at}`, vi: `${Avi} chủ trì phiên thảo luận mở${tai}` } : { en: `${A} ${many ? 'chair' : 'chairs'} a session${at}`, vi: `${Avi} chủ trì phiên họp${tai}` };
      // ("cùng xuất hiện trước khoảng 50.000 người": leaders appearing together at an event, no talks told)
      if (/xuất hiện$/u.test(lemma) && many) return { en: `${A} appear together${at}`, vi: `${Avi} cùng xuất hiện${tai}` };
      if (/trò chuyện|nói chuyện/.test(lemma) && many) return { en: `${A} talk${at}`, vi: `${vi[0]} trò chuyện với ${list(vi.slice(1), 'và')}${tai}` };
      // ("Hội đồng Bảo an … nhóm họp khẩn cấp": a body meets, where it sits)
      // ("Nga chủ trì cuộc tham vấn về Afghanistan …": a state hosting talks)
      // (at home, said once: "Moscow hosts talks", not "… in Moscow")
      if (states && !many && /^(?:tham vấn|thảo luận)$/u.test(lemma)) {
        const home = e.location?.name === A;
        return { en: `${A} hosts talks${home ? '' : at}`, vi: `${Avi} chủ trì tham vấn${home ? '' : tai}` };
      }
      if (states && !many) return { en: `${A} meets`, vi: `${Avi} họp` };
      if (states) return { en: `${A} hold talks${at}`, vi: `${Avi} đàm phán${tai}` };
      // (talks told with no one named: "Cuộc đàm phán hòa bình Syria … tại Astana")
      if (!A) return { en: `Talks held${at}`, vi: `Đàm phán${tai}` };
      // ("hai Thủ tướng cùng dự Hội nghị Xúc tiến Đầu tư Việt Nam tại Tokyo": a meeting attended)
      if (/^(?:tham )?dự$/u.test(lemma)) return { en: `${A} ${many ? 'attend' : 'attends'} a meeting${at}`, vi: `${Avi} dự hội nghị${tai}` };
      // ("triệu tập cuộc họp an ninh đặc biệt": one in the chair of a meeting; "cuộc họp … do Thủ tướng Boris Johnson chủ trì")
      if (/^(?:(?:cuộc|phiên)\s)?họp(?: khẩn(?: cấp)?| khủng hoảng| cấp bộ trưởng)?$/u.test(lemma) && !many) return { en: `${A} chairs a meeting${at}`, vi: `${Avi} chủ trì cuộc họp${tai}` };
      // ("Phạm Bình Minh chủ trì Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN", "AMM-54 khai mạc …": one named, at a ministers' meeting)
      // ("Thủ tướng … dự và phát biểu khai mạc hội nghị, do Phó Thủ tướng … chủ trì": more than one, at it)
      if (/^(?:(?:hội nghị|cuộc họp)\s(?:\S+\s)?(?:bộ trưởng|ngoại trưởng)|amm-?\d+)$/u.test(lemma)) return { en: `${A} at a ministers' meeting${at}`, vi: `${Avi} dự hội nghị bộ trưởng${tai}` };
      if (!many) return { en: `${A} holds talks${at}`, vi: `${Avi} hội đàm${tai}` };
      if (en.length > 2) return { en: `${A} meet${at}`, vi: `${Avi} gặp nhau${tai}` };
      return { en: `${A} hold talks${at}`, vi: `${vi[0]} hội đàm với ${vi[1]}${tai}` };
    }
    case 'call':
      if (/trực tuyến|video|truyền hình/u.test(lemma)) {
        if (!many) return { en: `${A} holds a video call`, vi: `${Avi} hội đàm trực tuyến` };
        return { en: `${A} hold a video call`, vi: states ? `${Avi} hội đàm trực tuyến` : `${vi[0]} hội đàm trực tuyến với ${list(vi.slice(1), 'và')}` };
      }
      if (states) return { en: `${A} hold a phone call`, vi: `${Avi} điện đàm` };
      if (!many) return { en: `${A} holds a phone call`, vi: `${Avi} điện đàm` };
      return { en: `${A} hold a phone call`, vi: `${vi[0]} điện đàm với ${list(vi.slice(1), 'và')}` };
    case 'summit': {
      const series = e.summit?.series;
      const where = e.summit?.city ?? (e.location ? placeEn(e.location) : null);
      const whereVi = e.location ? placeVi(e.location) : e.summit?.city ?? null;
      // ("Liên đoàn Arab họp khẩn cấp tại Cairo": an emergency session, not a summit by name)
      const emergency = !series && /^họp\s+khẩn/u.test(lemma);
      const named = series ? seriesSummitName(series) : null;
      const nameEn = `${named?.en ?? (emergency ? 'Emergency meeting' : 'Summit')}${where ? ` in ${where}` : ''}`;
      const nameVi = `${named?.vi ?? (emergency ? 'Cuộc họp khẩn' : 'Hội nghị thượng đỉnh')}${whereVi ? ` tại ${whereVi}` : ''}`;
      if (!en.length) return { en: nameEn, vi: nameVi };
      // its one participant a leader of the country it is in: the host
      if (en.length === 1 && e.participants[0].country && e.participants[0].country === e.location?.country) return { en: `${nameEn}, hosted by ${A}`, vi: `${nameVi} do ${Avi} chủ trì` };
      return { en: `${A} at the ${nameEn.replace(/^Summit/, 'summit')}`, vi: `${Avi} dự ${nameVi.replace(/^H/, 'h')}` };
    }
    case 'visit': {
      // ("ông dự lễ duyệt binh kỷ niệm Ngày Độc lập của Mexico cùng ông López Obrador": a foreign guest's visit, told by the parade)
      if (PARADE.test(lemma) && A) return { en: `${A} ${many ? 'attend' : 'attends'} ${CEREMONIES[lemma.replace(/^lễ\s+/u, '')]}${at}`, vi: `${Avi} dự ${lemma.replace(/^(?!lễ\s)/u, 'lễ ')}${tai}` };
      // "X tới Jeddah và được Quốc vương Salman đón": the guests visit, the host of the country visited meets them
      // a country visited ("Ethiopia", "thủ đô Ethiopia") is its own home
      const named = e.location && !e.location.country ? countryAt(e.location.name, 0) : null;
      const home = e.location?.country ?? (named && named.end === e.location!.name.length ? named.code : null);
      const hosts = home ? e.participants.map((p, i) => (p.country === home ? i : -1)).filter((i) => i >= 0) : [];
      // (guests from another country: one of no known country, "Tướng Raheel Sharif", may be the host's own)
      if (e.location && hosts.length && e.participants.some((p) => p.country && p.country !== home)) {
        const guests = en.filter((_, i) => !hosts.includes(i));
        const several = guests.length > 1;
        return {
          en: `${list(guests, 'and')} ${several ? 'visit' : 'visits'} ${placeEn(e.location)} and ${several ? 'meet' : 'meets'} ${list(hosts.map((i) => en[i]), 'and')}`,
          vi: `${list(vi.filter((_, i) => !hosts.includes(i)), 'và')} thăm ${placeVi(e.location)}, gặp ${list(hosts.map((i) => vi[i]), 'và')}`,
        };
      }
    }
      // "tới sân bay quốc tế Nội Bài": landing at an airport is arriving in its city
      if (e.location && /Airport/u.test(e.location.name)) {
        const city = e.location.name.split(', ')[1];
        return city
          ? { en: `${A} ${many ? 'arrive' : 'arrives'} in ${city}`, vi: `${Avi} tới ${placeByName(city)?.nameVi ?? city}` }
          : { en: `${A} ${many ? 'arrive' : 'arrives'} at ${e.location.name}`, vi: `${Avi} tới ${placeVi(e.location)}` };
      }
      if (e.location) return { en: `${A} ${many ? 'visit' : 'visits'} ${placeEn(e.location)}`, vi: `${Avi} thăm ${placeVi(e.location)}` };
      return { en: `${A} ${many ? 'pay' : 'pays'} a visit`, vi: `${Avi} có chuyến thăm` };
    case 'agreement':
      // "Hiệp định … được ký ngày 29/5/2015 tại Burabay": a document signed, its signers unnamed
      if (states && 'document' in states) {
        const [done, doneVi] = DOCUMENT_DONE[lemma] ?? ['Agreement signed', 'Ký kết hiệp định'];
        // ("lệnh ngừng bắn có hiệu lực ngày 21/5": the document is a ceasefire)
        if (states.en !== 'Agreement') return { en: `${done.replace(/^Agreement/u, states.en)}${at}`, vi: `${doneVi.replace(/^Hiệp định/u, states.vi)}${tai}` };
        return { en: `${done}${at}`, vi: `${doneVi}${tai}` };
      }
      // ("Mỹ và Cuba chính thức mở lại đại sứ quán", "nối lại quan hệ ngoại giao": ties restored)
      if (/(?:đại sứ quán|quan hệ(?: ngoại giao)?)$/u.test(lemma) && A) return { en: `${A} ${many ? 'restore' : 'restores'} diplomatic ties${at}`, vi: `${Avi} khôi phục quan hệ ngoại giao${tai}` };
      // ("Markovic đã trao văn kiện gia nhập … cho Thứ trưởng … Thomas Shannon": the one who hands it over deposits it)
      if (DEPOSITED.test(lemma) && en.length) {
        const [what, whatVi] = /phê/u.test(lemma) ? ['ratification', 'phê chuẩn'] : ['accession', 'gia nhập'];
        return { en: `${en[0]} deposits the instrument of ${what}${at}`, vi: `${vi[0]} trao văn kiện ${whatVi}${tai}` };
      }
      // "ký kết", "lễ ký", "ký 14 văn kiện", "lễ trao đổi (các văn kiện)": a signing, not talks that agreed
      if ((/^(?:đã\s+)?(?:(?:lễ|đặt bút)\s+)?ký(?!\p{L})/u.test(lemma) || /^lễ trao(?!\p{L})/u.test(lemma)) && A) {
        // states sign one agreement ("11 nước đã ký Hiệp định …"); leaders at talks, the documents of the day
        return states
          ? { en: `${A} ${many ? 'sign' : 'signs'} an agreement${at}`, vi: `${Avi} ký hiệp định${tai}` }
          : { en: `${A} ${many ? 'sign' : 'signs'} agreements${at}`, vi: `${Avi} ký kết các văn kiện${tai}` };
      }
      // "hoàn tất đàm phán", "kết thúc đàm phán": negotiations concluded
      if (/đàm phán$/u.test(lemma)) return A ? { en: `${A} ${many ? 'conclude' : 'concludes'} negotiations${at}`, vi: `${Avi} hoàn tất đàm phán${tai}` } : { en: `Negotiations concluded${at}`, vi: `Hoàn tất đàm phán${tai}` };
      // ("Nghị viện châu Âu … bỏ phiếu thông qua cả hai hiệp định": a treaty ratified by a legislature)
      if (!A && RATIFYING_LEMMA.test(lemma)) return { en: `Agreement ratified${at}`, vi: `Phê chuẩn hiệp định${tai}` };
      if (!A) return { en: `Agreement reached${at}`, vi: `Đạt được thỏa thuận${tai}` };
      // "hai bên đã thông qua Tuyên bố Tầm nhìn chung": a text adopted
      if (lemma === 'thông qua') return { en: `${A} ${many ? 'adopt' : 'adopts'} a joint document${at}`, vi: `${Avi} thông qua văn kiện${tai}` };
      return { en: `${A} ${many ? 'reach' : 'reaches'} agreement${at}`, vi: `${Avi} đạt được nhất trí${tai}` };
    case 'statement': {
      // "Mỹ và Trung Quốc ra tuyên bố chung": its parties, or else where it was made
      if (lemma === 'tuyên bố chung') return en.length ? { en: `${A} ${many ? 'issue' : 'issues'} a joint statement`, vi: `${Avi} ra tuyên bố chung` } : { en: `Joint statement${at}`, vi: `Tuyên bố chung${tai}` };
      // "Arab Saudi, UAE, Bahrain và Ai Cập đồng loạt tuyên bố": the states or the party that declared it
      // ("Stilwell đã triệu Đại sứ Trung Quốc Thôi Thiên Khải": the summoner and the envoy)
      if (SUMMONS_LEMMA.test(lemma) && en.length === 2) return { en: `${en[0]} summons ${en[1]}`, vi: `${vi[0]} triệu tập ${vi[1]}` };
      // ("Bộ Ngoại giao Nga triệu Đại sứ Anh Deborah Bronnert": the envoy alone, summoned)
      if (SUMMONS_LEMMA.test(lemma) && en.length === 1 && ENVOY.test(e.participants[0].role ?? '')) return e.by ? { en: `${e.by.en} summons ${en[0]}`, vi: `${e.by.vi} triệu tập ${vi[0]}` } : { en: `${en[0]} is summoned`, vi: `${vi[0]} bị triệu tập` };
      const act = DIPLOMATIC_ACTS.find(([word]) => word.test(lemma));
      if (act) {
        const [, one, several, what, vi] = act;
        return { en: `${A || e.by?.en || 'States'} ${(en.length ? many : e.by?.many) ? several : one} ${what}`, vi: `${Avi || e.by?.vi || 'Các nước'} ${vi}` };
      }
      // ("Ông Trump công nhận ông ngay trong ngày", "… chính thức công nhận Jerusalem là thủ đô của Israel": a recognition)
      if (RECOGNISED.test(lemma) && A) return { en: `${A} ${many ? 'announce' : 'announces'} recognition`, vi: `${Avi} tuyên bố công nhận` };
      // ("… trong Thông điệp liên bang đọc trước lưỡng viện Quốc hội": the yearly address, the State of the Union or Russia's to the Federal Assembly)
      if (/^thông điệp (?:liên bang|tình trạng liên bang)$/u.test(lemma) && A) return { en: `${A} ${many ? 'deliver' : 'delivers'} the annual state-of-the-nation address`, vi: `${Avi} đọc Thông điệp liên bang` };
      if (/^(?:gửi|(?:bức )?thông điệp gửi)/u.test(lemma) && A) return { en: `${A} ${many ? 'send' : 'sends'} a message`, vi: `${Avi} gửi thông điệp` };
      // ("ông Trump dọa áp thuế 5% lên toàn bộ hàng hóa Mexico": a threat)
      if (/^(?:đe )?dọa$/u.test(lemma) && A) return { en: `${A} ${many ? 'issue' : 'issues'} a threat`, vi: `${Avi} đe dọa` };
      if (/^trao đổi/u.test(lemma) && A) return { en: `${A} ${many ? 'exchange' : 'exchanges'} messages`, vi: `${Avi} trao đổi điện` };
      if (/^trao/u.test(lemma) && A) return { en: `${A} ${many ? 'hand' : 'hands'} over a letter`, vi: `${Avi} trao thư` };
      if (!en.length && e.by) return declarerHeadline(e.by, lemma);
      // "Tuyên bố Nairobi được thông qua": the text adopted or issued
      const adopted = TEXT_ADOPTED.exec(lemma);
      if (adopted && !en.length) {
        const named = lemma.replace(/^thông qua ["“]?/u, '');
        const [text, textVi] = /^thông cáo chung/u.test(named) ? ['Joint communiqué', 'Thông cáo chung'] : /^thông cáo/u.test(named) ? ['Communiqué', 'Thông cáo'] : /^tuyên bố chung/u.test(named) ? ['Joint statement', 'Tuyên bố chung'] : /^nghị quyết/u.test(named) ? ['Resolution', 'Nghị quyết'] : ['Declaration', 'Tuyên bố'];
        return (adopted[1] ?? adopted[2]) === 'thông qua' ? { en: `${text} adopted${at}`, vi: `${textVi} được thông qua${tai}` } : { en: `${text} issued${at}`, vi: `${textVi} được công bố${tai}` };
      }
      // (no one named and no state or body: what was issued, and where)
      if (!en.length) return { en: `Statement issued${at}`, vi: `Tuyên bố được đưa ra${tai}` };
      const told = e.said ? statementHeadline(A, Avi, many, lemma, e.said) : null;
      if (told) return told;
      if (lemma === 'phát biểu') return { en: `${A} ${many ? 'speak' : 'speaks'}${at}`, vi: `${Avi} phát biểu${tai}` };
      if (/kêu gọi|hối thúc/.test(lemma)) return { en: `${A} ${many ? 'issue' : 'issues'} an appeal`, vi: `${Avi} ra lời kêu gọi` };
      if (lemma === 'cam kết') return { en: `${A} ${many ? 'make' : 'makes'} a pledge`, vi: `${Avi} đưa ra cam kết` };
      if (lemma === 'xin lỗi') return { en: `${A} ${many ? 'apologise' : 'apologises'}`, vi: `${Avi} xin lỗi` };
      if (lemma === 'bác' || lemma === 'từ chối') return { en: `${A} ${many ? 'issue' : 'issues'} a rejection`, vi: `${Avi} ${lemma === 'bác' ? 'bác bỏ' : 'từ chối'}` };
      return { en: `${A} ${many ? 'issue' : 'issues'} a statement`, vi: `${Avi} ra tuyên bố` };
    }
    case 'attack': {
      const told = attackHeadline(e);
      if (told) return told;
      const where = e.location ? (WATERS_OR_ISLANDS.test(e.location.name) ? placeEn(e.location) : placeEn(e.location).replace(/^the /, '')) : null;
      // ("Attack at the King Khalid International Airport", "Attack at the White House", "Attack at the Hayat Hotel": at a building, in a city)
      const inWhere = e.location ? (isBuilding(e.location.name) ? atOrIn(e.location) : attackSite(e.location) ?? `in ${where}`) : null;
      const whereVi = e.location ? placeVi(e.location) : null;
      // ("Tổng thống Vladimir Putin phát động chiến dịch quân sự tại Ukraine": the leader who launched it)
      if (LAUNCH_WORD.test(lemma) && A && !many) return { en: inWhere ? `${A} launches an offensive ${inWhere}` : `${A} launches an offensive`, vi: whereVi ? `${Avi} phát động chiến dịch tại ${whereVi}` : `${Avi} phát động chiến dịch` };
      if (/xả súng/.test(lemma)) return { en: inWhere ? `Shooting ${inWhere}` : 'Shooting', vi: whereVi ? `Vụ xả súng tại ${whereVi}` : 'Vụ xả súng' };
      if (/đụng độ/.test(lemma)) return { en: inWhere ? `Clash ${inWhere}` : 'Clash', vi: whereVi ? `Đụng độ tại ${whereVi}` : 'Vụ đụng độ' };
      if (/giao tranh/.test(lemma)) return { en: inWhere ? `Fighting ${inWhere}` : 'Fighting', vi: whereVi ? `Giao tranh tại ${whereVi}` : 'Giao tranh' };
      if (/bắn hạ/.test(lemma)) return { en: where ? `Aircraft shot down over ${where}` : 'Aircraft shot down', vi: whereVi ? `Máy bay bị bắn hạ tại ${whereVi}` : 'Máy bay bị bắn hạ' };
      if (/đánh bom|nổ bom/.test(lemma)) return { en: inWhere ? `Bombing ${inWhere}` : 'Bombing', vi: whereVi ? `Đánh bom tại ${whereVi}` : 'Vụ đánh bom' };
      if (/khủng bố|liên hoàn|các vụ|các cuộc|loạt|hai vụ/.test(lemma)) return { en: where ? `${where} attacks` : 'Terrorist attack', vi: whereVi ? `Tấn công khủng bố tại ${whereVi}` : 'Tấn công khủng bố' };
      return { en: inWhere ? `Attack ${inWhere}` : 'Attack', vi: whereVi ? `Vụ tấn công tại ${whereVi}` : 'Vụ tấn công' };
    }
    default:
      // ("… được Đại hội đồng Liên Hợp Quốc bầu làm …": the body's election of a member; the resolutions it adopts)
      if ((lemma === 'bầu' || /nghị quyết$/u.test(lemma)) && states) return declarerHeadline(states, lemma);
      if (/^ký/u.test(lemma)) {
        const doc = /luật/u.test(lemma) ? ['a law', 'luật'] : /đơn/u.test(lemma) ? ['an application', 'đơn'] : ['a decree', 'sắc lệnh'];
        return { en: `${A || 'Leaders'} ${many || !A ? 'sign' : 'signs'} ${doc[0]}`, vi: `${Avi || 'Các nhà lãnh đạo'} ký ${doc[1]}` };
      }
      // ("Moscow và Kiev trao đổi tù nhân": states swapping prisoners)
      if (PRISONER_SWAP.test(lemma) && A) return { en: `${A} ${many ? 'exchange' : 'exchanges'} prisoners${at}`, vi: `${Avi} trao đổi tù nhân${tai}` };
      // ("các bộ trưởng tuyên thệ trước Tổng thống Hadi": whoever was sworn in, before whom)
      if (lemma === 'tuyên thệ' && A) return { en: `Swearing-in before ${A}${at}`, vi: `Lễ tuyên thệ trước ${Avi}${tai}` };
      // ("ông Odinga tự tuyên thệ làm "tổng thống của nhân dân"": an oath taken, by oneself too)
      if (/tuyên thệ$/u.test(lemma) && A) return { en: `${A} ${many ? 'take' : 'takes'} the oath${at}`, vi: `${Avi} tuyên thệ${tai}` };
      if (/nhậm chức/u.test(lemma) && A) return { en: `${A} ${many ? 'take' : 'takes'} office`, vi: `${Avi} nhậm chức` };
      if (DEATH_WORD.test(lemma) && A && !many) return { en: `${A} dies`, vi: `${Avi} qua đời` };
      if (/từ chức$/u.test(lemma) && A) return { en: `${A} ${many ? 'resign' : 'resigns'}`, vi: `${Avi} từ chức` };
      // ("cùng khánh thành": leaders opening something together are at its inauguration; "đặt viên đá nền móng", laying a foundation stone)
      // ("chính thức khánh thành": opened by what they did, at an inauguration all the same)
      const ceremony = lemma.replace(/^chính thức\s+/u, '');
      if (/^(?:lễ\s|khánh thành$|khai trương$|đặt viên đá\s)/u.test(ceremony) && A) return { en: `${A} ${many ? 'attend' : 'attends'} ${CEREMONIES[ceremony.replace(/^lễ\s+/u, '')] ?? 'a ceremony'}${at}`, vi: `${Avi} dự ${ceremony.replace(/^(?!lễ\s)/u, 'lễ ')}${tai}` };
      if (RULING.test(lemma) && !A) return e.location ? { en: `Court ruling in ${placeEn(e.location).replace(/^the /, '')}`, vi: `Phán quyết của tòa tại ${placeVi(e.location)}` } : { en: 'Court ruling', vi: 'Phán quyết của tòa' };
      if (WEAPON_TEST.test(lemma)) {
        // ("Vụ thử được tiến hành …": the noun alone says no weapon)
        const [en, alone, vi, viAlone] = /hạt nhân/u.test(lemma) ? ['a nuclear test', 'Nuclear test', 'thử hạt nhân', 'Thử hạt nhân']
          : /^vụ thử$/u.test(lemma) ? ['a weapons test', 'Weapons test', 'tiến hành vụ thử', 'Vụ thử vũ khí']
          : ['a missile test', 'Missile test', 'phóng thử tên lửa', 'Phóng thử tên lửa'];
        const state = e.location?.country ? englishCountry(e.location.country) : null;
        return state ? { en: `${state} conducts ${en}`, vi: `${placeVi(e.location!)} ${vi}` } : { en: alone, vi: viAlone };
      }
      // ("ông Mugabe cách chức phó tổng thống Emmerson Mnangagwa": who dismissed whom)
      // ("Tổng thống Trump sa thải ông Comey": fired)
      if ((lemma === 'cách chức' || lemma === 'sa thải') && en.length === 2) return { en: `${en[0]} dismisses ${en[1]}`, vi: `${vi[0]} ${lemma} ${vi[1]}` };
      // ("Mục sư Mỹ Andrew Brunson được thả": who was freed; "Taliban trả tự do cho hai giáo sư": where)
      if (RELEASE_LEMMA.test(lemma)) {
        if (A) return { en: `${A} ${many ? 'are' : 'is'} released`, vi: `${Avi} được trả tự do` };
        return { en: `Detainees released${at}`, vi: `Trả tự do cho người bị giam${tai}` };
      }
      // ("Iran bắt giữ tàu chở dầu …": a ship seized, where)
      if (SHIP_SEIZED.test(lemma)) {
        const what = /dầu/u.test(lemma) ? ['Tanker', 'tàu chở dầu'] : /cá/u.test(lemma) ? ['Fishing boat', 'tàu cá'] : ['Ship', 'tàu'];
        return e.location ? { en: `${what[0]} seized ${atOrIn(e.location)}`, vi: `Bắt giữ ${what[1]} tại ${placeVi(e.location)}` } : { en: `${what[0]} seized`, vi: `Bắt giữ ${what[1]}` };
      }
      if (COUP_WORD.test(lemma)) {
        // (a coup is the country's, wherever in it the leaders were seized)
        const country = e.location?.country ? englishCountry(e.location.country) : null;
        const where = country ?? (e.location ? placeEn(e.location) : null);
        const whereVi = e.location ? placeVi(e.location) : null;
        // ("cuộc đảo chính bất thành": one that failed)
        if (/bất thành|hụt|thất bại/u.test(lemma)) return { en: where ? `Failed coup attempt in ${where}` : 'Failed coup attempt', vi: whereVi ? `Đảo chính bất thành tại ${whereVi}` : 'Đảo chính bất thành' };
        return { en: where ? `Military coup in ${where}` : 'Military coup', vi: whereVi ? `Đảo chính quân sự tại ${whereVi}` : 'Đảo chính quân sự' };
      }
      // ("ông Maduro tái đắc cử trong cuộc bầu cử ngày 20/5/2018": the vote its winner's)
      if (VOTE_WORD.test(lemma) && A && en.length === 1 && !/trưng cầu/u.test(lemma)) return { en: `${A} wins the election`, vi: `${Avi} thắng cử` };
      if (VOTE_WORD.test(lemma) && !A) {
        const [en, vi] = /trưng cầu/u.test(lemma) ? ['Referendum', 'Trưng cầu ý dân'] : ['Election', 'Bầu cử'];
        return e.location ? { en: `${en} in ${placeEn(e.location).replace(/^the /, '')}`, vi: `${vi} tại ${placeVi(e.location)}` } : { en: `${en} held`, vi: `${vi} diễn ra` };
      }
      return { en: A || 'Event', vi: Avi || 'Sự kiện' };
  }
}

/**
 * Titles for an event that learned its place from another mention ("cuộc gặp tại Nhà Trắng"):
 * the place is added at the end, where every title shape above puts it.
 */
export function titleWithPlace(title: { vi: string; en: string }, type: EventType, location: EventLocation): { vi: string; en: string } {
  // ("Suga pays a visit", placed by another mention: "Suga visits Vietnam")
  if (type === 'visit' && / pays? a visit$/u.test(title.en)) {
    return { en: title.en.replace(/ (pays?) a visit$/u, (_, v: string) => ` ${v === 'pays' ? 'visits' : 'visit'} ${placeEn(location)}`), vi: title.vi.replace(/ có chuyến thăm$/u, ` thăm ${placeVi(location)}`) };
  }
  if (type === 'attack' || type === 'summit' || type === 'visit' || type === 'call') return title;
  return { en: `${title.en} ${atOrIn(location)}`, vi: `${title.vi} tại ${placeVi(location)}` };
}
