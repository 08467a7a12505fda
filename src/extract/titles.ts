/**
 * Headline-style titles in Vietnamese and English, built from what an event is (its type and
 * trigger word) and who and where it involves: "Obama and Mattarella hold talks at the White
 * House" / "Obama hội đàm với Mattarella tại Nhà Trắng".
 */
import type { EventLocation, EventType, Participant } from '../events-schema.js';
import { LEADERS } from './people.js';

/** What a title is made from. */
export interface TitleInput {
  type: EventType;
  lemma: string;
  participants: Participant[];
  location: EventLocation | null;
  summit: { series: string; city: string | null } | null;
}

const ALIASES = new Map(LEADERS.map((l) => [l.name, l.aliases]));

/** The short form a headline uses: the surname ("Obama", "Le Drian"), or a Vietnamese full name. */
export function shortName(name: string): string {
  const words = name.split(' ');
  const suffixes = (ALIASES.get(name) ?? []).filter((a) => name.endsWith(' ' + a) && a.split(' ').length < words.length);
  if (suffixes.length) return suffixes.sort((a, b) => a.length - b.length)[0];
  // Vietnamese names are said in full in headlines ("Nguyễn Xuân Phúc").
  if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(name)) return name;
  return words[words.length - 1];
}

function list(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

const placeEn = (l: EventLocation) => {
  const short = l.name.split(',')[0];
  return /House|Palace|Kremlin|Pentagon|Hall|Headquarters/.test(short) ? `the ${short}` : short;
};
const placeVi = (l: EventLocation) => l.nameVi ?? l.name.split(',')[0];

/** Titles for one event. */
export function makeTitle(e: TitleInput): { vi: string; en: string } {
  const en = e.participants.map((p) => shortName(p.name));
  const vi = e.participants.map((p) => p.nameVi ?? shortName(p.name));
  const many = en.length > 1;
  const A = list(en, 'and');
  const Avi = list(vi, 'và');
  const at = e.location ? ` ${/^the /.test(placeEn(e.location)) ? 'at' : 'in'} ${placeEn(e.location)}` : '';
  const tai = e.location ? ` tại ${placeVi(e.location)}` : '';
  const lemma = e.lemma;

  switch (e.type) {
    case 'meeting': {
      if (lemma === 'tiếp' && en.length === 2) return { en: `${en[0]} receives ${en[1]}${at}`, vi: `${vi[0]} tiếp ${vi[1]}${tai}` };
      if (/trò chuyện|nói chuyện/.test(lemma) && many) return { en: `${A} talk${at}`, vi: `${vi[0]} trò chuyện với ${list(vi.slice(1), 'và')}${tai}` };
      if (!many) return { en: `${A || 'Leaders'} holds talks${at}`, vi: `${Avi || 'Các nhà lãnh đạo'} hội đàm${tai}` };
      if (en.length > 2) return { en: `${A} meet${at}`, vi: `${Avi} gặp nhau${tai}` };
      return { en: `${A} hold talks${at}`, vi: `${vi[0]} hội đàm với ${vi[1]}${tai}` };
    }
    case 'call':
      if (!many) return { en: `${A} holds a phone call`, vi: `${Avi} điện đàm` };
      return { en: `${A} hold a phone call`, vi: `${vi[0]} điện đàm với ${list(vi.slice(1), 'và')}` };
    case 'summit': {
      const series = e.summit?.series;
      const where = e.summit?.city ?? (e.location ? placeEn(e.location) : null);
      const whereVi = e.location ? placeVi(e.location) : e.summit?.city ?? null;
      const nameEn = `${series ? `${series} summit` : 'Summit'}${where ? ` in ${where}` : ''}`;
      const nameVi = `Hội nghị thượng đỉnh${series ? ` ${series}` : ''}${whereVi ? ` tại ${whereVi}` : ''}`;
      if (!en.length) return { en: nameEn, vi: nameVi };
      return { en: `${A} at the ${nameEn.replace(/^Summit/, 'summit')}`, vi: `${Avi} dự ${nameVi.replace(/^H/, 'h')}` };
    }
    case 'visit':
      if (e.location) return { en: `${A} ${many ? 'visit' : 'visits'} ${placeEn(e.location)}`, vi: `${Avi} thăm ${placeVi(e.location)}` };
      return { en: `${A} ${many ? 'pay' : 'pays'} a visit`, vi: `${Avi} có chuyến thăm` };
    case 'agreement':
      return { en: `${A} ${many ? 'reach' : 'reaches'} agreement${at}`, vi: `${Avi} đạt được nhất trí${tai}` };
    case 'statement': {
      if (lemma === 'phát biểu') return { en: `${A} ${many ? 'speak' : 'speaks'}${at}`, vi: `${Avi} phát biểu${tai}` };
      if (/kêu gọi|hối thúc/.test(lemma)) return { en: `${A} ${many ? 'issue' : 'issues'} an appeal`, vi: `${Avi} ra lời kêu gọi` };
      if (lemma === 'cam kết') return { en: `${A} ${many ? 'make' : 'makes'} a pledge`, vi: `${Avi} đưa ra cam kết` };
      return { en: `${A} ${many ? 'issue' : 'issues'} a statement`, vi: `${Avi} ra tuyên bố` };
    }
    case 'attack': {
      const where = e.location ? placeEn(e.location).replace(/^the /, '') : null;
      const whereVi = e.location ? placeVi(e.location) : null;
      if (/xả súng/.test(lemma)) return { en: where ? `Shooting in ${where}` : 'Shooting', vi: whereVi ? `Vụ xả súng tại ${whereVi}` : 'Vụ xả súng' };
      if (/bắn hạ/.test(lemma)) return { en: where ? `Aircraft shot down over ${where}` : 'Aircraft shot down', vi: whereVi ? `Máy bay bị bắn hạ tại ${whereVi}` : 'Máy bay bị bắn hạ' };
      if (/đánh bom|nổ bom/.test(lemma)) return { en: where ? `Bombing in ${where}` : 'Bombing', vi: whereVi ? `Đánh bom tại ${whereVi}` : 'Vụ đánh bom' };
      if (/khủng bố|liên hoàn|các vụ|các cuộc|loạt|hai vụ/.test(lemma)) return { en: where ? `${where} attacks` : 'Terrorist attack', vi: whereVi ? `Tấn công khủng bố tại ${whereVi}` : 'Tấn công khủng bố' };
      return { en: where ? `Attack in ${where}` : 'Attack', vi: whereVi ? `Vụ tấn công tại ${whereVi}` : 'Vụ tấn công' };
    }
    default:
      return { en: A || 'Event', vi: Avi || 'Sự kiện' };
  }
}

/**
 * Titles for an event that learned its place from another mention ("cuộc gặp tại Nhà Trắng"):
 * the place is added at the end, where every title shape above puts it.
 */
export function titleWithPlace(title: { vi: string; en: string }, type: EventType, location: EventLocation): { vi: string; en: string } {
  if (type === 'attack' || type === 'summit' || type === 'visit' || type === 'call') return title;
  const en = placeEn(location);
  return { en: `${title.en} ${/^the /.test(en) ? 'at' : 'in'} ${en}`, vi: `${title.vi} tại ${placeVi(location)}` };
}
