/**
 * Where an event happened: a "tại/ở X" in its clause, most precise first; a place an event
 * noun opening the sentence "diễn ra tại"; for a statement, where it was said (not what it is
 * about); and "tại đây" or "tới hiện trường" for the place just told. Offsets are relative
 * to the sentence.
 */
import type { EventLocation, EventType } from '../events-schema.js';
import { SUMMONS_LEMMA, type Trigger } from './event-type.js';
import { otherClauseAt } from './sentence-roles.js';
import type { PlaceMention } from './places.js';
import placesData from './knowledge/places.json' with { type: 'json' };
import { isQuoted } from './quotes.js';

/** The gazetteer's cities by English name. */
const CITIES = new Map((placesData as { name: string; country: string | null; kind: string }[]).filter((p) => p.kind === 'city').map((p) => [p.name, p]));

/** The city a place is in: itself, or the city a building's name ends with ("Presidential Palace, Hanoi"). */
export function cityOf(location: EventLocation): EventLocation | null {
  const city = CITIES.get(location.name.split(', ').pop()!);
  return city ? { name: city.name, country: city.country } : null;
}

/** One place named inside the other ("The Grove Hotel, Watford" and "Watford"; "Peace House, Panmunjom" and "Panmunjom"). */
export function placeWithin(a: EventLocation | null, b: EventLocation | null): boolean {
  if (!a || !b) return false;
  const head = (l: EventLocation) => l.name.split(',')[0].trim();
  return a.name.includes(head(b)) || b.name.includes(head(a));
}

/** Words that end the stretch of a sentence describing where its event happened ("kể từ vụ đầu độc … ở Salisbury": an earlier event's; "kêu gọi các bên ở Libya": what was called for). */
const PURPOSE = /\s(?:để|nhằm|về(?! phía)|chống|vì|cho|khiến|sau khi|trước khi|sau vụ|trước vụ|kể từ|kêu gọi|yêu cầu|đề nghị)\s/u;
/** " kể từ tháng 3/2020": a time something is counted from, no event of its own. */
// (closing its clause: not "kể từ tháng 6 năm ngoái, khi các tay súng … tấn công …", whose clause tells that time's event)
const SINCE_A_TIME = /\skể từ\s+(?:(?:đầu|giữa|cuối)\s+)?(?:ngày|tháng|năm)\s+\d[\d/.-]*(?=\s*,(?!\s*(?:khi|lúc)\s))/gu;
/** " nhằm vào căn cứ không quân ": up to a place, the target a few words after "nhằm vào" (not past a clause of its own: "nhằm vào ba mục tiêu mà Washington …"). */
const AIMED_AT_PLACE = /\snhằm vào\s+(?:(?!(?:mà|của)\s)[^\s,.;:]+\s+){0,4}$/u;
/** "… để (bắt đầu) " right before the event word: the event is why someone went to the place before it. */
const TO_BEGIN = /^[^,;.]*\s(?:để|nhằm)\s+(?:bắt đầu|thực hiện|tiến hành|có)?\s*$/u;
/** The predicate of an event noun that says where it was held, right before the place (its day may come first: "diễn ra hôm qua tại "). */
const HELD_AT = /,\s*(?:đã\s+|sẽ\s+)?(?:diễn ra|được tổ chức|khai mạc|khai diễn)\s+(?:(?:hôm qua|hôm nay|(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối|trưa)\s+\d{1,2}[/.]\d{1,2})\s+)?(?:(?:tại|ở)\s+)?$/u;
/** "… đạt được tại", "… được ký tại": the event word's own passive predicate, right before the place (no clause between). */
const REACHED_AT = /^[^,.;:]{0,40}?\s(?:đã\s+)?(?:được\s+)?(?:đạt được|ký(?:\s+kết)?)\s+(?:tại|ở)\s+$/u;
/** "về di cư tại ", " cấp bộ trưởng về hòa bình và an ninh Trung Đông tại thủ đô ": a topic in a few words right after a gathering's word (and its level), then where it was held. */
const TOPIC_THEN_AT = /^(?:\s+cấp\s+\p{Ll}+(?:\s+\p{Ll}+)?)?\s+về(?:\s+\p{L}+){1,8}\s+(?:tại|ở)\s+(?:(?:thủ đô|thành phố)\s+)?$/u;
/** A building says more than its city, a city more than its country. */
const PLACE_RANK = { building: 3, city: 2, country: 1 } as const;

/** ", người đứng đầu …,": an aside on a person, closed. */
const PERSON_ASIDE = /,\s+(?:người|nhân vật)\s[^,;]*,/gu;
/** ", người từng ", ", người vừa ": a relative clause opening on what the person just named once did (not ", người đang thăm cấp nhà nước Nga", where they are). */
const ONCE_DID = String.raw`,\s+(?:người|nhân vật)\s+(?:cũng\s+|đã\s+)?(?:từng|vừa|mới)\s`;
/** "Erdogan, người vừa dự hội nghị ở ": such a clause still open right before a place (not ", người đang sống lưu vong ở …"). */
const PERSON_ASIDE_OPEN = new RegExp(String.raw`\p{Lu}[\p{L}-]*${ONCE_DID}[^,;]*$`, 'u');
/** Between an event word and a place after it: a clause about a person ("…, người từng …", "…, người đứng đầu …"). */
// (or the office a person held: "… Serdar Kılıç, cựu đại sứ nước này tại Mỹ, và …")
const ABOUT_A_PERSON = new RegExp(String.raw`${ONCE_DID}|,\s+(?:người|nhân vật)\s+(?:đứng đầu|phụ trách|lãnh đạo|điều hành|chỉ huy|đại diện)\s[^,;]*$|\p{Lu}[\p{L}-]*,\s+(?:cựu|nguyên)\s[^,;]*$`, 'u');

/**
 * The place the event at `trigger` happened: a "tại/ở X" in its clause, most precise first. An
 * attack is placed by its city ("tại sân bay Zaventem và ga Maelbeek ở thủ đô Brussels"): that
 * is how other articles name it.
 */
export function placeFor(text: string, trigger: Pick<Trigger, 'start' | 'end' | 'type'>, places: PlaceMention[]): EventLocation | null {
  // ("…, còn tướng John Nicholson, chỉ huy lực lượng Mỹ ở Afghanistan, thì nói chuyện …": another subject's clause)
  const other = trigger.type === 'statement' ? -1 : otherClauseAt(trigger, text);
  const candidates = places.filter((p) => {
    if (!p.locative || TOPIC_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) return false;
    if (other >= 0 && p.start >= other) return false;
    // ("lên máy bay từ Davao sang Lào": where a trip set out from is not where it went)
    if (trigger.type === 'visit' && FROM_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start))) return false;
    // ("các chiến đấu cơ F-15E …, cất cánh từ căn cứ Lakenheath ở Anh, đã ném bom …": where they took off from)
    if (TOOK_OFF_FROM.test(text.slice(Math.max(0, p.start - 60), p.start))) return false;
    // ("… gặp các lãnh đạo Iraq, rồi hủy tiếp chặng dừng ở Greenland": a stop called off is where no one went)
    if (CALLED_OFF_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start))) return false;
    // ("… chứng kiến lễ ký … nhà máy điện hạt nhân El Dabaa trên bờ Địa Trung Hải": talks and signings are held on land)
    if (trigger.type !== 'attack' && trigger.type !== 'other' && WATERS.test(p.location.name)) return false;
    // ("“… một châu Âu trải dài từ Lisbon tới Vladivostok”, ông Macron nói … trước cuộc hội đàm": words quoted are no place of the event told)
    if (isQuoted(text, p.start) && !isQuoted(text, trigger.start)) return false;
    // "Trước khi tới Sochi, Thủ tướng đã có chuyến thăm chính thức Liên bang Nga": the fronted clause's place
    if (p.end <= trigger.start && FRONTED_WHEN.test(text.slice(0, p.start)) && /,/u.test(text.slice(p.end, trigger.start))) return false;
    // ("phát biểu tại sân bay Ankara trước khi lên đường thăm Trung Quốc, Tổng thống Erdoğan tuyên bố": where the trip went next)
    if (p.end <= trigger.start && GOING_ON_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start)) && /,/u.test(text.slice(p.end, trigger.start))) return false;
    const between = p.start >= trigger.end ? text.slice(trigger.end, p.start) : text.slice(p.end, trigger.start);
    // ("… công bố thỏa thuận, theo đó Ankara nhận lại người di cư vượt biển trái phép sang Hy Lạp": what the deal provides for, no place of it)
    if (p.start >= trigger.end && /,\s*theo đó\s/u.test(between)) return false;
    // ("Ông Trump tới Anh chiều 12/7, ngay sau hội nghị thượng đỉnh NATO … tại Brussels": the place of what came just before)
    if (p.start >= trigger.end && RIGHT_AFTER.test(between)) return false;
    // ("hội đàm với … Demeke Mekonnen, người từng thăm Nga hồi tháng 6/2021": a clause telling about a person)
    // (", người đứng đầu văn phòng chính trị của Taliban tại Qatar, diễn ra … tại … Thiên Tân": what the person heads, and where)
    if (p.start >= trigger.end && ABOUT_A_PERSON.test(between)) return false;
    // (before it too: "ông Erdogan, người vừa dự hội nghị ở Buenos Aires, trở thành tổng thống … đầu tiên thăm Venezuela")
    if (p.end <= trigger.start && PERSON_ASIDE_OPEN.test(text.slice(0, p.start)) && /,/u.test(between)) return false;
    // ("… có cuộc gặp thượng đỉnh đầu tiên với … Putin, sự kiện đang gây tranh cãi dữ dội tại Washington": an aside on how the event was taken)
    if (p.start >= trigger.end && ABOUT_THE_EVENT.test(between)) return false;
    // ("Ngày 8/3, tại thủ đô Santiago của Chile, đại diện 11 nước gồm … đã ký": a place fronted
    // before the subject is the whole sentence's, however long the subject)
    // (an aside on a person, ", người đứng đầu văn phòng chính trị của Taliban tại Qatar,", adds no distance)
    if (between.replace(PERSON_ASIDE, ',').length >= 120 && !(p.end <= trigger.start && FRONTED_PLACE.test(text.slice(0, p.start)))) return false;
    // "tới Singapore chiều 6/11 để bắt đầu chuyến thăm cấp nhà nước": the event is the purpose of going there
    // ("Thỏa thuận về nguyên tắc đạt được tại Brussels": the event word's own predicate binds the place, whatever "về" said before)
    // ("hội nghị thượng đỉnh về di cư tại Valletta": a gathering's topic in plain words, then where it was held)
    // ("… 59 tên lửa Tomahawk mà Mỹ nhằm vào căn cứ không quân Shayrat": an attack's target named right after "nhằm vào" is where it was)
    const aimed = trigger.type === 'attack' && p.start >= trigger.end ? AIMED_AT_PLACE.exec(between) : null;
    // ("trong cuộc họp … tại trụ sở ở Vienna kể từ tháng 3/2020, OPEC+ … đã nhất trí": a time counted from, after the place, is no other event's)
    const told = p.end <= trigger.start ? between.replace(SINCE_A_TIME, ' ') : between;
    return !PURPOSE.test(` ${aimed ? told.slice(0, aimed.index) : told} `) || (p.end <= trigger.start && TO_BEGIN.test(between)) || (p.start >= trigger.end && (REACHED_AT.test(between) || (trigger.type === 'summit' && TOPIC_THEN_AT.test(between))));
  });
  // "Hội nghị thượng đỉnh …, với sự tham gia của A, B, C và D, diễn ra tại Điện Élysée": an event
  // word opening the sentence is the subject of "diễn ra / được tổ chức tại X", however long the
  // apposition between them.
  if (!candidates.length && /^[\p{Lu}\p{Ll}\s]{0,12}$/u.test(text.slice(0, trigger.start))) {
    const held = places.filter((p) => p.locative && p.start >= trigger.end && HELD_AT.test(text.slice(trigger.end, p.start)) && !/[.;:]/u.test(text.slice(trigger.end, p.start)));
    if (held.length) candidates.push(held[0]);
  }
  // ("… đến sân bay quốc tế José Martí …, ngay sau chặng dừng chân tại Belize, nơi ông hội đàm với …": the place the "nơi" clause hangs off)
  const whereOf = candidates.find((p) => p.end <= trigger.start && WHERE_CLAUSE.test(text.slice(p.end, trigger.start)));
  // (unless the clause names its own: "… tới Tanzania, nơi ông hội đàm với Tổng thống John Magufuli tại Dar es Salaam")
  if (whereOf && !candidates.some((p) => p.start >= trigger.end)) return whereOf.location;
  const rank = (p: PlaceMention) => (trigger.type === 'attack' && p.kind === 'building' && candidates.some((c) => c.kind === 'city') ? 0 : PLACE_RANK[p.kind]);
  candidates.sort((a, b) => {
    const after = Number(b.start >= trigger.end) - Number(a.start >= trigger.end);
    return rank(b) - rank(a) || after || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start);
  });
  return candidates[0]?.location ?? null;
}

/** ", nơi ông ", up to the event word: a clause telling what happened at the place just named. */
const WHERE_CLAUSE = /^\s*,\s*nơi\s+(?:[^\s,.;:]+\s+){0,4}$/u;
/** ", sự kiện …", ", điều …", ", động thái …": an aside in apposition to the event told, on what it was or did. */
const ABOUT_THE_EVENT = /,\s*(?:sự kiện|điều|động thái|bước đi)\s/u;
/** ", ngay sau …", ", chỉ sau …": a clause of what the event came right after. */
const RIGHT_AFTER = /,\s*(?:ngay|chỉ)\s+sau\s(?!đó)/u;
/** "hủy chặng dừng ở ", "hủy chuyến thăm tới ": right before the place of a trip or stop called off. */
const CALLED_OFF_BEFORE = /(?:^|\s)(?:hủy|hoãn)(?:\s+bỏ)?(?:\s+tiếp)?\s+(?:chuyến thăm|chặng dừng|chuyến đi|chuyến công du|chặng|kế hoạch thăm)(?:\s+(?:tới|ở|tại|đến))?\s+(?:(?:thủ đô|thành phố)\s+)?$/u;
/** "cất cánh từ căn cứ Lakenheath ở ": a clause of where aircraft took off from, still open (not "… và hạ cánh xuống "). */
const TOOK_OFF_FROM = /cất cánh\s+từ\s(?:(?!\s(?:và|rồi|tới|đến|xuống)\s)[^,;])*$/u;
/** "từ Davao", "từ thủ đô Manila": where a trip set out from. */
const FROM_BEFORE = /(?:^|[^\p{L}])từ\s+(?:(?:thủ đô|thành phố|TP\.?)\s+)?$/u;
/** Seas, gulfs and straits: where incidents happen, not talks. */
const WATERS = /(?:^|\s)(?:Sea|Gulf|Strait|Ocean)(?:\s|$)/u;
/** "duy trì hòa bình, ổn định ở Biển Đông", "tình hình tại Syria": a place as what was talked about, not where (not "ba ngày họp căng thẳng tại Kuala Lumpur", tense talks held there). */
const TOPIC_BEFORE = /(?:hòa bình|ổn định|an ninh|tình hình|vấn đề|tranh chấp|(?<!(?:họp|đàm phán|hội đàm)\s)căng thẳng|xung đột|tự do hàng hải|hàng không)(?:,?\s+(?:và\s+)?(?:hòa bình|ổn định|an ninh|hợp tác|phát triển))*\s+(?:ở|tại|trên)\s+(?:khu vực\s+|vùng\s+)?$/u;

/** "… trước khi lên đường thăm ", up to a place: where the subject went on to after what the sentence tells. */
const GOING_ON_BEFORE = /(?:^|\s)trước khi\s+(?:lên đường|rời|bay|sang|tới|đến|khởi hành)(?!\p{L})[^,.;]*$/u;
/** A fronted "Trước khi …" / "Sau khi …" clause, up to a place in it. */
// ("Hơn 15 tháng sau thảm họa … chuyến bay MH17 từ Amsterdam tới Kuala Lumpur, …": so long after what it names, and where that was)
const FRONTED_WHEN = /^(?:[^,.;]{0,30},\s*)?(?:(?:Trước|Sau|Ngay sau)\s+khi\s|(?:(?:Hơn|Gần|Khoảng|Đúng|Chỉ|Chưa đầy)\s+)?[^\s,.;]+\s+(?:ngày|tuần|tháng|năm)\s+sau\s+(?!khi(?!\p{L}))(?:vụ|cuộc|thảm họa|thảm kịch|sự kiện)\s)[^,.;]*$/u;
/** The sentence's opening up to a fronted "tại / ở [thủ đô]" phrase: "Ngày 8/3, tại thủ đô …". */
// (or a fronted meeting's: "Hôm 5/10, trong cuộc họp trực tiếp đầu tiên tại trụ sở ở Vienna …, OPEC+ … đã nhất trí")
const FRONTED_PLACE = /^(?:[^,.;:]{0,40},\s*)?(?:[Tt]rong\s+(?:cuộc họp|phiên họp|hội nghị|cuộc gặp)[^,.;:]{0,60}?\s)?(?:[Tt]ại|[Ởở])\s+(?:(?:thủ đô|thành phố|TP\.?)\s+)?$/u;
/** "… khi phát biểu tại Hội nghị An ninh Munich": where a statement was made, told after it. */
const SAID_AT = /(?:phát biểu|họp báo|trả lời phỏng vấn)[^,.;]{0,30}?(?:tại|ở)\s+(?:[^\s,.;]+\s+){0,4}$/u;

/** A summons's words up to where the summoned were called: "… tới Tổng hành dinh ở ", "… lên trụ sở Bộ Ngoại giao tại ". */
const SUMMONED_TO = /^[^,.;]{0,60}?\s(?:tới|đến|lên)\s[^,.;]{0,40}$/u;

/**
 * The places that can be where the event at `t` happened. Where a statement or an agreement
 * was made is said before its verb; places after it are what it is about ("thông báo Mỹ sẽ đặt
 * sở chỉ huy … tại Ba Lan"), except a speech's own ("phát biểu tại …").
 */
export function placesOfEvent(type: EventType, t: Trigger, places: PlaceMention[], text: string): PlaceMention[] {
  // ("… trao đổi 35 đổi 35 tù nhân, trong đó có … 24 thủy thủ bị bắt ở eo biển Kerch": where those it names were held, after it, is not where it was)
  places = places.filter((p) => p.start < t.end || !HELD_AT_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)));
  if (type === 'agreement' && AGREED_ON.test(t.lemma)) return places.filter((p) => p.end <= t.start);
  if (type !== 'statement' || t.lemma === 'phát biểu') return places;
  // ("… triệu tập các quan chức Đại sứ quán Afghanistan tới Tổng hành dinh ở Rawalpindi": where the summoned were called to)
  if (SUMMONS_LEMMA.test(t.lemma)) return places.filter((p) => p.end <= t.start || (p.locative && SUMMONED_TO.test(text.slice(t.end, p.start))));
  // ("đại diện Syria tuyên bố tại Bonn rằng …": where it was said, right after the saying word)
  return places.filter((p) => p.end <= t.start || SAID_AT.test(text.slice(Math.max(0, p.start - 60), p.start)) || (p.start >= t.end && AT_RIGHT_AFTER.test(text.slice(t.end, p.start))));
}
/** "bị bắt ở ", "bị giam giữ tại ": right before where someone was caught or held. */
const HELD_AT_BEFORE = /(?:bị|được)\s+(?:bắt|bắt giữ|giam|giam giữ|tạm giữ)\s+(?:(?:hồi|năm|vào|từ)\s+[^\s,.;]+\s+)?(?:ở|tại)\s+(?:(?:eo biển|thủ đô|thành phố|nhà tù)\s+)?$/u;
/** " tại ", " ở thủ đô " right after a saying word, up to the place it was said at. */
const AT_RIGHT_AFTER = /^\s+(?:tại|ở)\s+(?:(?:thủ đô|thành phố)\s+)?$/u;
/**
 * Agreement words whose places after them are what was agreed ("nhất trí ngừng bắn ở miền đông
 * Ukraine"), unlike a signing's ("ký kết … tại Paris").
 */
const AGREED_ON = /^(?:nhất trí|thống nhất|đồng ý|đồng thuận)$/u;

/** "Phát biểu tại Nhà Trắng, …": where a fronted clause ending at `end` says its speaker spoke. */
export function placeSpokenAt(text: string, end: number, places: PlaceMention[]): EventLocation | null {
  return placeFor(text, { start: end, end, type: 'statement' }, places.filter((p) => p.end <= end));
}

/** "hội đàm với Thủ tướng Lý Hiển Long tại đây": the place of the event just told. */
const HERE = /(?:tại|ở)\s+(?:đây|đó)(?!\p{L})/u;
/** "tới hiện trường": the place of the attack just told. */
export const TO_THE_SCENE = /(?:tới|đến|thăm|thị sát)\s+(?:(?:thị sát|thăm)\s+)?hiện trường/u;

/** The place a clause refers back to: "tại đây" (the last event's), "tới hiện trường" (the last attack's). */
export function placeReferredTo(clause: string, lastPlace: EventLocation | null | undefined, lastAttackPlace: EventLocation | null | undefined): EventLocation | null {
  if (lastPlace && HERE.test(clause)) return lastPlace;
  if (lastAttackPlace && TO_THE_SCENE.test(clause)) return lastAttackPlace;
  return null;
}
