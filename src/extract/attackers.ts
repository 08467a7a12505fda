/**
 * The attackers an article names. Vietnamese news names a gunman or bomber once the police
 * do, by what they are ("tay súng Omar Mateen, 29 tuổi", "Nghi phạm, Sayfullo Saipov, …"),
 * or as who they turned out to be ("kẻ đánh bom là Abdullah Qalzar Khan", "Giới chức xác
 * định đó là Ayoub El Khazzani"). Most are in no gazetteer, so these patterns are all there
 * is to go on. Offsets are relative to the sentence.
 */
import { findCountries } from './countries.js';
import { placeByName } from './places.js';

/** One attacker named: the name as the article spells it, and where. */
export interface AttackerNamed {
  name: string;
  start: number;
  end: number;
}

/** What an attacker is called before the name: "tay súng", "nghi phạm", "kẻ đánh bom liều chết". */
const ATTACKER = String.raw`(?:[Tt]ay súng|[Nn]ghi phạm|[Nn]ghi can|[Hh]ung thủ|[Tt]hủ phạm|kẻ tấn công|kẻ đánh bom(?:\s+(?:liều chết|tự sát))?|kẻ xả súng|kẻ khủng bố)`;
/** A name in Latin script: two to five capitalised words ("Omar Mateen", "Abu Suleiman al-Muwahhid", "Gökmen Tanış"). */
const WORD = String.raw`(?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}'’-]*`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:bin|ibn|de|van|von|da)\s+)?${WORD}){1,4}`;
/** "kẻ đánh bom là X", "nghi phạm duy nhất là X", "danh tính hai kẻ tấn công là X và Y", "xác định đó là X", "Nghi phạm bị bắt tại chỗ, được xác định là X": who the attacker turned out to be. */
const NAMED_AS = new RegExp(String.raw`(?:${ATTACKER}(?:\s+(?:duy nhất|chính))?|danh tính(?:\s+(?:của\s+)?(?:hai\s+|các\s+)?${ATTACKER})?|xác định\s+(?:đó|người này|kẻ này|hắn)|(?<=${ATTACKER}[^.;]{0,40}?\s)được\s+xác định)\s+là\s+(${NAME})(?:\s+và\s+(${NAME}))?`, 'gu');
/** "tay súng Omar Mateen, 29 tuổi", "Nghi phạm, Sayfullo Saipov, 29 tuổi": the attacker with an age in apposition. */
const WITH_AGE = new RegExp(String.raw`(?<!\p{L})${ATTACKER}(?:\s*,)?\s+(${NAME})(?=\s*,\s*\d{1,2}\s+tuổi)`, 'gu');

/** " là X": where NAMED_AS can match at all. */
const NAMED_IS = /\slà\s+(?:\p{Lu}|(?:al|el)-\p{Lu})/u;

/** A name that is a place or a country, "El Paso", "Taliban Pakistan", is no one's. */
const isPersonName = (name: string) => !placeByName(name) && !findCountries(name).length;

/** The attackers `text` names, left to right. */
export function attackersNamed(text: string): AttackerNamed[] {
  const found: AttackerNamed[] = [];
  const add = (name: string | undefined, from: number) => {
    if (!name || !isPersonName(name)) return;
    const start = text.indexOf(name, from);
    if (!found.some((f) => f.start === start)) found.push({ name, start, end: start + name.length });
  };
  // (each pattern only where its words are: most sentences name no one "là" anyone, nor an age)
  if (NAMED_IS.test(text)) {
    for (const m of text.matchAll(NAMED_AS)) {
      add(m[1], m.index!);
      add(m[2], m.index! + m[0].length - (m[2]?.length ?? 0));
    }
  }
  if (text.includes('tuổi')) for (const m of text.matchAll(WITH_AGE)) add(m[1], m.index!);
  return found.sort((a, b) => a.start - b.start);
}
