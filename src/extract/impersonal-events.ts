/**
 * Events that are no one's doing as the news tells them: a vote held ("cuộc trưng cầu ý dân ngày
 * 23/6/2016"), a coup named as a noun ("cuộc đảo chính bất thành ở Thổ Nhĩ Kỳ đêm 15-7-2016"), a weapons test ("Triều Tiên tiến hành vụ thử hạt nhân"), a court's ruling ("Tòa án
 * tối cao Hàn Quốc … ra phán quyết"), a text adopted ("Tuyên bố Nairobi được thông qua hôm 28/8").
 * They have no participants, and each has its own place: the country its sentence names, the state
 * that tested (or the site its sentence names), the country of the court, where the occasion told was. Pure.
 */
import type { EventLocation, EventType } from '../events-schema.js';
import { STATE_CAPITALS } from './countries.js';
import { RATIFIED_BY, RATIFYING_LEMMA, RELEASE_LEMMA, RULING, TEXT_ADOPTED, VOTE_WORD, WEAPON_TEST, type Trigger } from './event-type.js';
import { capitalOf, countryLocation, type PlaceMention } from './places.js';

/** The kind of an event that is no one's, or null. */
export type ImpersonalKind = 'vote' | 'test' | 'ruling' | 'text' | 'talks' | 'coup' | 'seizure' | 'release' | 'ceasefire' | 'ratification';

/** "cuộc đảo chính (bất thành)", "vụ chính biến": a coup named as a noun, no one's doing as told. */
const COUP_NOUN = /^(?:cuộc|vụ)\s+(?:đảo chính|chính biến)/u;

/** The word of a ship seized ("bắt giữ tàu chở dầu"): see event-type.ts. */
export const SHIP_SEIZED = /^tàu(?:\s|$)/u;

/** "Vòng đàm phán đầu tiên …", "Các cuộc đàm phán gián tiếp …": a round of talks named as a noun. */
const TALKS_NOUN_BEFORE = /(?:^|\s)(?:[Vv]òng|[Cc]uộc|[Pp]hiên|[Cc]ác cuộc|[Cc]ác vòng)\s+$/u;
/** "sau cuộc ": talks named as what something else came after ("Thỏa thuận Minsk được ký … sau cuộc đàm phán kéo dài suốt đêm"), which that tells. */
const CAME_AFTER_BEFORE = /(?:^|\s)sau\s+(?:cuộc|vòng|các cuộc|các vòng)\s+$/u;
/** "… được khởi động tại Washington", "… khai mạc sáng 23/1", "…, kéo dài 16 giờ tại Moldo": the talks opened or held (not planned). */
const TALKS_HELD = /^(?:(?!\s(?:sẽ|dự kiến|có thể|dự định)\s)[^.;:]){0,80}?\s(?:đã\s+|vừa\s+|chính thức\s+)*(?:được\s+)?(?:khởi động|khai mạc|diễn ra|tổ chức|bắt đầu|mở màn|kéo dài)(?!\p{L})/u;

/** "quan chức Mỹ và phái đoàn Taliban đã có ", "các nhà đàm phán hai nước đã ": two sides' officials, unnamed, as the subject. */
const SIDE = String.raw`(?:quan chức|giới chức|phái đoàn|đại diện|(?:các\s+)?nhà đàm phán)`;
const SIDES_BEFORE = new RegExp(String.raw`(?:^|[,:]\s*|\d\s+)${SIDE}\s+(?:(?:cấp cao|hai nước|hai bên)\s+|\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)*\s+(?:và|với)\s+${SIDE}\s+\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)*\s+)(?:đã\s+|vừa\s+)?(?:có\s+)?(?:một\s+)?$`, 'u');

/** Whether the event at `t` (of type `type`) is a vote, a weapons test, a ruling, a text adopted or a round of talks held. */
export function impersonalKind(t: Trigger, type: EventType, text = ''): ImpersonalKind | null {
  // ("Tuyên bố Nairobi được thông qua hôm 28/8": a text adopted, no one's of the clause)
  if (type === 'statement') return TEXT_ADOPTED.test(t.lemma) ? 'text' : null;
  // ("Vòng đàm phán đầu tiên nhằm hiện đại hóa NAFTA được khởi động tại Washington ngày 16/8/2017": talks held, between delegations named by no one)
  // ("quan chức Mỹ và phái đoàn Taliban đã có cuộc gặp trực tiếp đầu tiên tại Doha": talks of two sides' officials, none named)
  // ("Hai vòng tiếp theo diễn ra ở khu rừng Belovezhskaya Pushcha hôm 3/3 và 7/3": rounds of the talks told, no one named)
  // ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 49 (AMM-49) khai mạc sáng Chủ nhật (24/7) tại thủ đô Vientiane": a ministers' meeting held, none of them named)
  // (not the occasion of a joint statement it made: "Ngoại trưởng các nước EU nhóm họp tại Luxembourg hôm 14/10 đã ra tuyên bố chung")
  if (type === 'meeting' && (/^vòng\s/u.test(t.lemma) || (/^(?:nhóm\s+)?họp$/u.test(t.lemma) && !JOINT_STATEMENT_AFTER.test(text.slice(t.end))) || MINISTERS_MEETING.test(t.text))) return 'talks';
  if (type === 'meeting') return (/^(?:đàm phán|đối thoại)$/u.test(t.lemma) && TALKS_NOUN_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !CAME_AFTER_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) && TALKS_HELD.test(text.slice(t.end, t.end + 120))) || (/^(?:cuộc gặp|gặp nhau|hội đàm|đàm phán)$/u.test(t.lemma) && SIDES_BEFORE.test(text.slice(Math.max(0, t.start - 100), t.start))) ? 'talks' : null;
  // ("Thỏa thuận ngừng bắn do Ai Cập làm trung gian được các nhóm vũ trang ở Gaza công bố chiều 13.11": a truce announced, by sides named by no one)
  // ("Nghị viện châu Âu … bỏ phiếu thông qua cả hai hiệp định": a treaty ratified by a legislature, none of its members named)
  if (type === 'agreement') return CEASEFIRE_ANNOUNCED.test(text.slice(t.start)) ? 'ceasefire' : RATIFYING_LEMMA.test(t.lemma) && RATIFIED_BY.test(text.slice(Math.max(0, t.start - 100), t.start)) ? 'ratification' : null;
  if (type !== 'other') return null;
  // ("Iran bắt giữ tàu chở dầu …": a ship seized, by a state or a force, no one named)
  if (SHIP_SEIZED.test(t.lemma)) return 'seizure';
  // ("Taliban trả tự do cho hai giáo sư …": those held, freed by a state or a group; whom it names, if any, are theirs)
  if (RELEASE_LEMMA.test(t.lemma)) return 'release';
  return VOTE_WORD.test(t.lemma) ? 'vote' : WEAPON_TEST.test(t.lemma) ? 'test' : RULING.test(t.lemma) ? 'ruling' : COUP_NOUN.test(t.lemma) ? 'coup' : null;
}

/** "Thỏa thuận ngừng bắn … được … công bố", "Lệnh ngừng bắn … đã được ký": a truce, the subject of its announcement or signing. */
const CEASEFIRE_ANNOUNCED = /^(?:thỏa thuận|lệnh)\s+ngừng bắn(?:\s+[^,.;]{0,60}?)?\s+(?:đã\s+)?được\s+(?:[^,.;]{0,50}?\s)?(?:công bố|ký kết|ký|đạt được|thông qua|tuyên bố)(?!\p{L})/iu;
/** "… đã ra tuyên bố chung" later in the clause: what the meeting issued. */
const JOINT_STATEMENT_AFTER = /^[^.;]*?\s(?:đã\s+)?(?:ra|đưa ra|thông qua)\s+tuyên bố chung/u;
/** "Hội nghị Bộ trưởng", "cuộc họp ngoại trưởng", "Kỳ họp bất thường … của Hội đồng Ngoại trưởng", "AMM-54": a meeting of ministers, by its name. */
const MINISTERS_MEETING = /^(?:(?:[Hh]ội nghị|[Cc]uộc họp|[Kk]ỳ họp)\s.*(?:[Bb]ộ trưởng|[Nn]goại trưởng)|[Aa]MM-?\d+)$/u;
/** Between a state and its weapons test: "(đã) tiến hành (hai)", "hai lần". */
const TESTED_BY = String.raw`\s+(?:(?:đã|vừa|lại)\s+)?(?:(?:tiến hành|thực hiện)\s+)?(?:(?:hai|ba|một|\d+)\s+(?:lần\s+)?)?$`;
const TESTED_BY_STATE = new RegExp(`^${TESTED_BY}`, 'u');
/** "Bình Nhưỡng phóng tên lửa …": a state named by its capital, right before its test. */
const CAPITAL_TESTED = new RegExp(String.raw`(?:^|[^\p{L}])(${Object.keys(STATE_CAPITALS).join('|')})${TESTED_BY}`, 'u');
/** Between a state and the release it made: " (đã) ", " hôm 24/9 ". */
const RELEASED_BY = /^\s+(?:(?:đã|vừa|hôm\s+\S+|ngày\s+\S+)\s+)*$/u;
/** "Tòa án tối cao ", "Tòa án Hiến pháp ": a court's name, right before the country it is of. */
const COURT_OF = /[Tt]òa(?:\s+án)?(?:\s+\p{L}+){0,3}\s+$/u;

/**
 * Where such an event was: a vote in the country its sentence names first; a test in the state
 * that conducted it, named or by its capital, or the site its sentence names ("tại bãi thử
 * Punggye-ri"; not where it is talked of); a ruling in the
 * country its court is of; a text adopted in the city it is named by, or else where the occasion just told was (`lastPlace`). Null
 * when neither says.
 */
export function impersonalPlace(kind: ImpersonalKind, t: Trigger, text: string, places: readonly PlaceMention[], lastPlace: EventLocation | null = null): EventLocation | null {
  // ("Tuyên bố Nairobi được thông qua hôm 28/8": a text named by its city was adopted there)
  if (kind === 'text') return places.find((p) => p.kind === 'city' && p.start >= t.start && p.end <= t.end)?.location ?? lastPlace;
  if (kind === 'vote') return places.find((p) => p.kind === 'country')?.location ?? null;
  // ("sau cuộc đảo chính bất thành ở Thổ Nhĩ Kỳ đêm 15-7-2016": where the sentence says after the word, else the country it names)
  // (in its own clause: not "…, sự kiện khiến … Ankara yêu cầu Washington dẫn độ …"; else the country named nearest it, "tới Thổ Nhĩ Kỳ kể từ cuộc đảo chính")
  if (kind === 'coup') {
    const after = places.find((p) => p.start >= t.end && p.locative && !/[,;:]/u.test(text.slice(t.end, p.start)));
    const nearest = places.filter((p) => p.kind === 'country').sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
    return (after ?? nearest)?.location ?? null;
  }
  // (talks held, a ship seized and a truce announced, where the sentence says after their word: "bắt giữ tàu Grace 1 … ngoài khơi Gibraltar")
  const saidAfter = () => places.find((p) => p.start >= t.end && p.locative)?.location ?? null;
  if (kind === 'talks' || kind === 'seizure' || kind === 'ceasefire') return saidAfter();
  // ("Canada trả tự do cho …": in the state that freed them, named as the subject; else where the sentence says after the word)
  if (kind === 'release') return places.find((p) => p.kind === 'country' && p.end <= t.start && RELEASED_BY.test(text.slice(p.end, t.start)))?.location ?? saidAfter();
  // ("Quốc hội khóa XIV của Việt Nam đã biểu quyết phê chuẩn …": at the capital of the legislature's country, else the Union's)
  if (kind === 'ratification') {
    const from = Math.max(0, t.start - 100);
    const house = RATIFIED_BY.exec(text.slice(from, t.start));
    const own = house ? places.find((p) => p.kind === 'country' && p.start >= from + house.index && p.end <= t.start) : undefined;
    return own ? (own.location.country ? capitalOf(own.location.country) : null) ?? own.location : saidAfter();
  }
  if (kind === 'ruling') return places.find((p) => p.kind === 'country' && p.end <= t.start && COURT_OF.test(text.slice(Math.max(0, p.start - 30), p.start)))?.location ?? null;
  const state = places.find((p) => p.kind === 'country' && p.end <= t.start && TESTED_BY_STATE.test(text.slice(p.end, t.start)));
  if (state) return state.location;
  const capital = CAPITAL_TESTED.exec(text.slice(0, t.start));
  if (capital) return countryLocation(STATE_CAPITALS[capital[1]]);
  // ("vụ thử hạt nhân của Triều Tiên sáng 9/9": the state whose test it was, right after; "bãi thử hạt nhân Punggye-ri": the site, right after its word)
  const whose = places.find((p) => p.start >= t.end && ((p.kind === 'country' && /^\s+của\s+$/u.test(text.slice(t.end, p.start))) || /^\s+$/u.test(text.slice(t.end, p.start))));
  if (whose) return whose.location;
  // ("Tên lửa được phóng lúc 5h58 sáng 29/8 từ khu vực Sunan gần Bình Nhưỡng, bay qua … Hokkaido": launched from there, not where it flew)
  const from = places.find((p) => p.start >= t.end && LAUNCHED_FROM_BEFORE.test(text.slice(Math.max(t.end, p.start - 40), p.start)));
  if (from) return from.location;
  // ("Vụ thử được tiến hành … tại bãi thử Punggye-ri": the site the sentence names)
  return places.find((p) => p.start >= t.end && TEST_SITE_BEFORE.test(text.slice(Math.max(t.end, p.start - 40), p.start)))?.location ?? null;
}

/** "từ ", "từ khu vực Sunan gần ", "từ khu vực Pyongsong, gần ": right before the place a missile was launched from. */
const LAUNCHED_FROM_BEFORE = /(?:^|\s)từ\s+(?:[^\s,.;()]+,?\s+){0,4}$/u;
/** "tại bãi thử ", "ở ": right before the site a test was held at. */
const TEST_SITE_BEFORE = /(?:^|\s)(?:tại|ở)\s+(?:(?:bãi thử|khu thử nghiệm|cơ sở|căn cứ|trung tâm)(?:\s+hạt nhân)?\s+)?$/u;
