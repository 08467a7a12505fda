/**
 * What a statement said, for its headline: "Obama và Stoltenberg kêu gọi Nga và Thổ Nhĩ Kỳ tập
 * trung chống IS" rather than "Obama và Stoltenberg ra tuyên bố". The Vietnamese words come
 * from the sentence (or from the article's headline when it tells the same appeal in fewer
 * words); the English ones from a small phrase gloss of the vocabulary of diplomatic news,
 * used only when it covers every word, so a headline is never half translated.
 */
import { countryAt, englishCountry } from './countries.js';
import { PhraseIndex } from './phrase-index.js';
import type { DatedSpan, ResolvedDate } from './temporal.js';
import placesData from './knowledge/places.json' with { type: 'json' };

/** Vietnamese place forms → their English name (before any comma: "Pearl Harbor"). */
const PLACES_VI = new PhraseIndex<string>((placesData as { name: string; forms: string[] }[]).flatMap((p) => p.forms.map((f): [string, string] => [f, p.name.split(',')[0]])));

/** The statement verbs a headline can carry, with their English verb (3rd person singular, plural). */
const VERBS: [RegExp, string, string][] = [
  [/^(?:kêu gọi|hối thúc)$/u, 'urges', 'urge'],
  [/^cam kết$/u, 'pledges', 'pledge'],
  [/^cảnh báo$/u, 'warns', 'warn'],
  [/^lên án$/u, 'condemns', 'condemn'],
  [/^(?:công bố|thông báo)$/u, 'announces', 'announce'],
  [/^(?:tuyên bố|cho biết|cho hay|khẳng định|nhấn mạnh)$/u, 'says', 'say'],
];

/** The English verb of a statement word, or null when its headline stays generic ("phát biểu"). */
export function statementVerb(lemma: string, many: boolean): string | null {
  const v = VERBS.find(([re]) => re.test(lemma));
  return v ? (many ? v[2] : v[1]) : null;
}

/** Where what was said stops: the end of the clause, or a clause that goes on to something else. */
const STOP = /[;.!?]|,\s*(?:và|đồng thời|trong khi|nhưng|khi|sau khi|nhằm|để|theo|song|tuy nhiên|cho rằng|mà|viện dẫn|vì|do)\s|\s(?:đồng thời|và cho rằng|trong khi|khi)\s|\s\(/u;
const TRAILING_DATE = /\s+(?:(?:vào|hôm|ngày|sáng|trưa|chiều|tối|đêm)\s+)*\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?$/u;
/** Words that cannot end a headline: a preposition, a conjunction, a copula. */
const DANGLING = /\s+(?:từ|là|rằng|của|với|và|đến|tới|về|cho|để|nhằm|khi|như|bằng|tại|ở|trong|viện dẫn|theo)$/u;
/** Longest content a headline carries, in syllables. */
const MAX_SYLLABLES = 16;

/**
 * The words after a statement verb that say what was said, cut to headline length at a clause
 * boundary ("Nga và Thổ Nhĩ Kỳ kết thúc những tranh cãi"); null when there is nothing to say or
 * no boundary to cut at.
 */
export function contentAfter(text: string, end: number): string | null {
  let rest = text.slice(end).replace(/[“”"]/gu, '').replace(/^[\s,:]*(?:rằng\s+|là\s+)?/u, '');
  const stop = STOP.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  // a trailing date says when, not what ("… thăm Trân Châu Cảng hôm 5/12"); a word left hanging by the cut goes too
  rest = rest.replace(TRAILING_DATE, '').trim();
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(DANGLING, '').trim();
  }
  const syllables = rest.split(/\s+/).filter(Boolean);
  if (syllables.length < 2) return null;
  if (syllables.length <= MAX_SYLLABLES) return rest;
  // cut before the last "và"/comma that leaves a headline of at least four syllables
  for (let n = MAX_SYLLABLES; n >= 4; n--) {
    if (syllables[n] === 'và' || syllables[n - 1].endsWith(',')) return syllables.slice(0, n).join(' ').replace(/,$/, '');
  }
  return null;
}

/**
 * Vietnamese phrases of diplomatic news and their English, longest first at each word. `{N}`
 * stands for a number. A phrase followed by "của <country>" takes the country as a possessive
 * ("các biện pháp trừng phạt của Moscow" → "Moscow's sanctions").
 */
const GLOSS: [string, string][] = [
  ['kết thúc những tranh cãi', 'end their disputes'], ['chấm dứt tranh cãi', 'end their dispute'], ['kết thúc', 'end'], ['chấm dứt', 'end'],
  ['tập trung vào', 'focus on'], ['tập trung chống', 'focus on fighting'], ['tập trung', 'focus'],
  ['kẻ thù thực sự', 'the real enemy'], ['kẻ thù chung', 'the common enemy'], ['kẻ thù', 'the enemy'],
  ['kiềm chế căng thẳng', 'ease tensions'], ['giảm căng thẳng', 'ease tensions'], ['hạ nhiệt căng thẳng', 'ease tensions'], ['giảm thiểu căng thẳng', 'reduce tensions'],
  ['kiềm chế', 'show restraint'], ['căng thẳng', 'tensions'],
  ['đoàn kết chống khủng bố', 'unite against terrorism'], ['đoàn kết', 'unite'], ['chống khủng bố', 'against terrorism'], ['chống', 'against'],
  ['khủng bố', 'terrorism'], ['tấn công khủng bố', 'terrorist attack'],
  ['hợp tác', 'cooperate'], ['đối thoại', 'dialogue'], ['đàm phán', 'negotiate'], ['ngừng bắn', 'a ceasefire'], ['rút quân', 'withdraw troops'],
  ['áp đặt trừng phạt', 'impose sanctions on'], ['áp đặt các biện pháp trừng phạt', 'impose sanctions on'], ['trừng phạt', 'sanctions on'],
  ['các biện pháp trừng phạt', 'sanctions'], ['biện pháp trừng phạt', 'sanctions'], ['lệnh trừng phạt', 'sanctions'],
  ['trả đũa', 'retaliate against'], ['sẽ không trả đũa', 'will not retaliate against'],
  ['ngay lập tức', 'immediately'], ['phương Tây', 'the West'], ['cộng đồng quốc tế', 'the international community'], ['châu Âu', 'Europe'],
  ['Nhà nước Hồi giáo', 'Islamic State'], ['IS', 'IS'], ['tổ chức', ''],
  ['tuân thủ', 'comply with'], ['thỏa thuận Minsk', 'the Minsk agreements'], ['tôn trọng', 'respect'], ['chủ quyền', 'sovereignty'],
  ['toàn vẹn lãnh thổ', 'territorial integrity'], ['ủng hộ', 'support'], ['hỗ trợ', 'support'], ['tăng cường', 'step up'], ['thúc đẩy', 'push for'],
  ['mở', 'launch'], ['chiến dịch quân sự đặc biệt', 'a special military operation'], ['ở miền đông', 'in eastern'], ['miền đông', 'eastern'],
  ['cắt đứt quan hệ ngoại giao với', 'cut diplomatic ties with'], ['ban bố thiết quân luật', 'declare martial law'], ['thiết quân luật', 'martial law'],
  ['nâng mức cảnh báo khủng bố', 'raise the terror threat level'], ['từ nghiêm trọng lên nguy cấp', 'from severe to critical'], ['mức cao nhất', 'the highest level'], ['dừng các cuộc tập trận chung với', 'halt joint military exercises with'],
  ['các cuộc tập trận chung', 'joint military exercises'], ['dỡ bỏ hoàn toàn', 'fully lift'], ['dỡ bỏ', 'lift'],
  ['lệnh cấm vận vũ khí', 'the arms embargo'], ['lệnh cấm bán vũ khí sát thương', 'the ban on lethal arms sales'], ['đối với', 'on'],
  ['sứ mệnh này', 'the mission'], ['sứ mệnh', 'the mission'], ['sẽ được gia hạn thêm {N} năm', 'will be extended by {N} years'], ['gia hạn', 'extend'],
  ['can thiệp quân sự để bảo vệ', 'intervene militarily to defend'], ['bảo vệ', 'defend'], ['can thiệp quân sự', 'intervene militarily'],
  ['kế hoạch thăm', 'plans to visit'], ['thăm', 'visit'],
  ['cuộc tấn công', 'attack'], ['vụ tấn công', 'attack'], ['các vụ tấn công', 'the attacks'], ['những kẻ tấn công', 'the attackers'],
  ['sẽ không', 'will not'], ['sẽ', 'will'], ['không', 'not'], ['và', 'and'], ['với', 'with'], ['trong', 'in'], ['tại', 'in'], ['ở', 'in'],
  ['là', ','], [',', ','], ['tự xưng', 'self-proclaimed'],
  ['hủy cuộc gặp', 'call off the meeting'], ['loạt trừng phạt mới', 'new sanctions'], ['các biện pháp trừng phạt mới', 'new sanctions'], ['nhằm vào', 'targeting'],
  ['các ngân hàng lớn', 'major banks'], ['đã đạt được', 'have reached'], ['đạt được', 'reach'], ['thỏa thuận ngừng bắn', 'a ceasefire agreement'],
  ['tại khu vực tây nam', 'in south-western'], ['khu vực tây nam', 'south-western'], ['quan hệ', 'relations'],
];
/** Vietnamese verbs whose English opens the gloss with a base form (conjugated after a singular subject). */
const VERB_FIRST = new Set(['call', 'reach', 'end', 'focus', 'ease', 'reduce', 'show', 'unite', 'cooperate', 'negotiate', 'withdraw', 'impose', 'retaliate', 'comply', 'respect', 'support', 'step', 'push', 'launch', 'cut', 'declare', 'raise', 'halt', 'fully', 'lift', 'extend', 'intervene', 'defend', 'plan', 'visit']);
const GLOSS_INDEX = new Map<string, [string[], string][]>();
for (const [vi, en] of GLOSS) {
  const words = vi.split(' ');
  const list = GLOSS_INDEX.get(words[0]) ?? [];
  list.push([words, en]);
  GLOSS_INDEX.set(words[0], list);
}
for (const list of GLOSS_INDEX.values()) list.sort((a, b) => b[0].length - a[0].length);

/** Englishes Vietnamese content word for word by the gloss; null as soon as one word is not covered. */
export function gloss(vi: string): string | null {
  const words = vi.replace(/[“”"']/gu, '').replace(/,/gu, ' , ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    // a country or organisation
    const rest = words.slice(i).join(' ');
    const country = countryAt(rest, 0);
    if (country && (country.end === rest.length || rest[country.end] === ' ' || rest[country.end] === ',')) {
      const name = englishCountry(country.code) ?? country.text;
      const taken = country.text.split(' ').length;
      // "X của Nga" → "Russia's X"
      if (out.length && words[i - 1] === 'của') {
        out.pop();
        const owned = out.pop()!;
        out.push(`${name.replace(/^the /, '')}'s ${owned.replace(/^the /, '')}`);
      } else out.push(name);
      i += taken;
      continue;
    }
    // a place the gazetteer knows ("Trân Châu Cảng") or a Latin proper noun ("Ankara", "Moscow")
    const place = PLACES_VI.at(rest, 0);
    const proper = !place && /^\p{Lu}[A-Za-z-]*$/u.test(words[i]) ? words[i] : null;
    if (place || proper) {
      const name = place ? place.value : proper!;
      if (out.length && words[i - 1] === 'của') {
        out.pop();
        const owned = out.pop()!;
        out.push(`${name}'s ${owned.replace(/^the /, '')}`);
      } else out.push(name);
      i += place ? place.text.split(' ').length : 1;
      continue;
    }
    if (words[i] === 'của') { out.push('của'); i++; continue; }
    let matched = false;
    for (const [phrase, en] of GLOSS_INDEX.get(words[i]) ?? []) {
      let n = 0;
      const number = { value: '' };
      const fits = phrase.every((w, k) => {
        const word = words[i + k];
        if (w === '{N}' && word !== undefined && /^\d+$/u.test(word)) return (number.value = word), (n = k + 1), true;
        return word === w && ((n = k + 1), true);
      });
      if (!fits) continue;
      if (en) out.push(en.replace('{N}', NUMBERS[number.value] ?? number.value));
      i += n;
      matched = true;
      break;
    }
    if (!matched) return null;
  }
  if (out.includes('của')) return null;
  const text = out.join(' ').replace(/\s+,/g, ',').replace(/,\s*$/, '').replace(/\s+/g, ' ').trim();
  return text || null;
}

const NUMBERS: Record<string, string> = { '2': 'two', '3': 'three', '4': 'four', '5': 'five', '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine', '10': 'ten' };

/**
 * The people or countries an appeal is addressed to, at the start of its content ("Nga và Thổ
 * Nhĩ Kỳ …", "phương Tây …"), and what they are urged to do.
 */
export function splitAddressee(vi: string): { who: string; whoEn: string; rest: string } | null {
  const m = /^((?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|phương Tây|cộng đồng quốc tế|châu Âu)(?:\s*(?:,|và)\s*(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|phương Tây))*)\s+(\p{Ll}.*)$/u.exec(vi);
  if (!m) return null;
  const whoEn = gloss(m[1]);
  return whoEn ? { who: m[1], whoEn, rest: m[2] } : null;
}

/** A statement verb that opens what another verb introduced ("ra tuyên bố kêu gọi …"): the one that says it. */
const INNER_VERB = /^(kêu gọi|hối thúc|cam kết|cảnh báo|lên án|công bố)\s+/u;

/**
 * What a statement said and the verb that says it: the words after the statement word, moving to
 * an inner verb ("ra tuyên bố kêu gọi Nga …" is an appeal). The article's headline, when it makes
 * the same appeal to the same addressee, says it in fewer words and wins.
 */
export function statementContent(text: string, end: number, lemma: string, headline: string | null): { lemma: string; said: string } | null {
  let said = contentAfter(text, end);
  if (!said) return null;
  const inner = INNER_VERB.exec(said);
  if (inner) {
    lemma = inner[1];
    said = said.slice(inner[0].length);
    if (said.split(' ').length < 2) return null;
  }
  const at = headline ? headline.indexOf(` ${lemma} `) : -1;
  if (headline && at >= 0) {
    const short = contentAfter(headline, at + lemma.length + 1);
    const a = short ? splitAddressee(short) : null;
    const b = splitAddressee(said);
    if (short && a && b && a.who === b.who) said = short;
  }
  return { lemma, said };
}

/** "cut diplomatic ties" → "cuts diplomatic ties": a verb phrase told of one subject. */
export function thirdPerson(phrase: string): string {
  const [first, ...rest] = phrase.split(' ');
  if (!VERB_FIRST.has(first)) return phrase;
  if (first === 'fully') return ['fully', thirdPerson(rest.join(' '))].join(' ');
  const verb = /(?:s|sh|ch|x|o)$/u.test(first) ? `${first}es` : `${first}s`;
  return [verb, ...rest].join(' ');
}

/** Does the gloss open with a verb (the statement is what the speaker does: "cắt đứt quan hệ …")? */
export const opensWithVerb = (phrase: string) => VERB_FIRST.has(phrase.split(' ')[0]);

/**
 * "Phát biểu tại cuộc họp báo chung bế mạc hội nghị, …", "tại lễ bế mạc thượng đỉnh", "gặp ông
 * Trump vào ngày cuối của hội nghị": said or done at the close of a summit.
 */
const AT_CLOSE = /(?:họp báo(?:\s+chung)?|phiên|lễ)\s+bế mạc(?:\s+(?:hội nghị|thượng đỉnh))?|bế mạc\s+(?:hội nghị|thượng đỉnh)|ngày cuối(?:\s+cùng)?\s+(?:của\s+)?(?:hội nghị|thượng đỉnh)/u;

/**
 * The day a dateless statement made at the close of a summit was made: the last day of the
 * summit told just before (its stated day, or the end of its span), as a time span of the
 * sentence; null when the sentence says no such thing or no summit was told.
 */
export function closingDay(text: string, mentions: readonly { type: string; date: ResolvedDate | null }[]): DatedSpan | null {
  if (!AT_CLOSE.test(text)) return null;
  let summit: ResolvedDate | null = null;
  for (let i = mentions.length - 1; i >= 0 && i >= mentions.length - 200 && !summit; i--) if (mentions[i].type === 'summit') summit = mentions[i].date;
  const day = summit?.end ?? (summit?.precision === 'day' ? summit.start : null);
  if (!summit || !day || day.length !== 10) return null;
  return { start: 0, end: 0, text: '', relative: true, date: { start: day, precision: 'day', anchoring: 'previous', yearInferred: summit.yearInferred } };
}
