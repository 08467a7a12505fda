/**
 * Country and organisation names as Vietnamese news writes them → ISO 3166-1 alpha-2 codes
 * (or an organisation code such as "NATO"). The bulk comes from CLDR via
 * `Intl.DisplayNames('vi')`, so every country has at least its official Vietnamese name; the
 * press spellings CLDR lacks ("Mỹ", "Anh", "Ý", "Ukraine") are added by hand.
 */
import english from './knowledge/country-english.json' with { type: 'json' };
import { PhraseIndex } from './phrase-index.js';

/** Press spellings and short forms that CLDR's Vietnamese names do not cover. */
const PRESS_NAMES: Record<string, string> = {
  'Mỹ': 'US', 'Hoa Kỳ': 'US', 'Nga': 'RU', 'Liên bang Nga': 'RU', 'Anh': 'GB', 'Vương quốc Anh': 'GB',
  'Pháp': 'FR', 'Đức': 'DE', 'Ý': 'IT', 'Italy': 'IT', 'Italia': 'IT', 'Thổ Nhĩ Kỳ': 'TR', 'Triều Tiên': 'KP',
  'CHDCND Triều Tiên': 'KP', 'Bắc Triều Tiên': 'KP', 'Hàn Quốc': 'KR', 'Trung Quốc': 'CN', 'Nhật Bản': 'JP',
  'Nhật': 'JP', 'Ấn Độ': 'IN', 'Ukraine': 'UA', 'Ukraina': 'UA', 'Canada': 'CA', 'Úc': 'AU', 'Australia': 'AU',
  'Việt Nam': 'VN', 'Lào': 'LA', 'Campuchia': 'KH', 'Thái Lan': 'TH', 'Singapore': 'SG', 'Malaysia': 'MY',
  'Indonesia': 'ID', 'Philippines': 'PH', 'Myanmar': 'MM', 'Brunei': 'BN', 'Đông Timor': 'TL',
  'Iran': 'IR', 'Iraq': 'IQ', 'Syria': 'SY', 'Israel': 'IL', 'Palestine': 'PS', 'Ả Rập Xê Út': 'SA',
  'Saudi Arabia': 'SA', 'Ai Cập': 'EG', 'Libya': 'LY', 'Afghanistan': 'AF', 'Pakistan': 'PK',
  'Tây Ban Nha': 'ES', 'Bồ Đào Nha': 'PT', 'Hà Lan': 'NL', 'Bỉ': 'BE', 'Thụy Sĩ': 'CH', 'Thụy Điển': 'SE',
  'Na Uy': 'NO', 'Phần Lan': 'FI', 'Đan Mạch': 'DK', 'Ba Lan': 'PL', 'Séc': 'CZ', 'Czech': 'CZ',
  'Hungary': 'HU', 'Áo': 'AT', 'Hy Lạp': 'GR', 'Belarus': 'BY', 'Peru': 'PE', 'Brazil': 'BR', 'Mexico': 'MX',
  'Argentina': 'AR', 'Cuba': 'CU', 'Venezuela': 'VE', 'Chile': 'CL', 'Nam Phi': 'ZA', 'New Zealand': 'NZ',
  'Đài Loan': 'TW', 'Mông Cổ': 'MN', 'Qatar': 'QA', 'UAE': 'AE', 'Jordan': 'JO', 'Liban': 'LB',
  'Romania': 'RO', 'Bulgaria': 'BG', 'Serbia': 'RS', 'Kazakhstan': 'KZ', 'Gruzia': 'GE', 'Armenia': 'AM',
  'Azerbaijan': 'AZ', 'Nigeria': 'NG', 'Kenya': 'KE', 'Ethiopia': 'ET', 'Algeria': 'DZ', 'Maroc': 'MA',
  'Arab Saudi': 'SA', 'Ả-rập Xê-út': 'SA', 'Saudi': 'SA', 'Các Tiểu vương quốc Arab Thống nhất': 'AE', 'Tiểu vương quốc Arab Thống nhất': 'AE',
  'Các Tiểu vương quốc Ả Rập Thống nhất': 'AE', 'Kuwait': 'KW', 'Oman': 'OM', 'Bahrain': 'BH', 'Yemen': 'YE', 'Eritrea': 'ER',
  // the press names of states CLDR calls otherwise ("Bắc Macedonia" since 2019, "Li-băng")
  'Macedonia': 'MK', 'Bosnia': 'BA', 'Bosnia và Herzegovina': 'BA', 'Lithuania': 'LT', 'Lebanon': 'LB', 'Libăng': 'LB',
  'Congo': 'CG', 'CHDC Congo': 'CD', 'Bờ Biển Ngà': 'CI', "Côte d'Ivoire": 'CI',
  // without CLDR's "Quần đảo" ("Thủ tướng Solomon Manasseh Sogavare"; not "Marshall" or "Cook", which are names too)
  'Solomon': 'SB',
  // English spellings the press uses where CLDR writes the Vietnamese way ("Thủ tướng Morocco Saad-Eddine El Othmani")
  'Morocco': 'MA', 'Ma Rốc': 'MA', 'Cyprus': 'CY',
};

/** Formal names of states the press uses in protocol news ("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình"). */
const FORMAL_NAMES: Record<string, string> = {
  'Cộng hòa Nhân dân Trung Hoa': 'CN', 'Cộng hòa Dân chủ Nhân dân Triều Tiên': 'KP', 'CHDCND Triều Tiên': 'KP',
  'Hợp chúng quốc Hoa Kỳ': 'US', 'Cộng hòa Liên bang Đức': 'DE', 'Cộng hòa Xã hội chủ nghĩa Việt Nam': 'VN',
  'Cộng hòa Dân chủ Nhân dân Lào': 'LA', 'CHDCND Lào': 'LA', 'Vương quốc Campuchia': 'KH', 'Vương quốc Thái Lan': 'TH',
  'Cộng hòa Hồi giáo Iran': 'IR', 'Cộng hòa Liên bang Nga': 'RU', 'Nhà nước Palestine': 'PS',
};

/** Organisations written like countries in office titles ("Tổng Thư ký NATO"). */
const ORGANISATIONS: Record<string, string> = {
  NATO: 'NATO', 'Liên hợp quốc': 'UN', 'LHQ': 'UN', 'Liên Hợp Quốc': 'UN', UN: 'UN', EU: 'EU',
  'Liên minh châu Âu': 'EU', 'Liên minh Châu Âu': 'EU', ASEAN: 'ASEAN', 'Ủy ban châu Âu': 'EU', WHO: 'WHO',
  // (the African Union's own "AU" is Australia's code: its Commission's "AUC" stands for it)
  'Liên minh châu Phi': 'AUC', 'Ủy ban Liên minh châu Phi': 'AUC', 'Liên đoàn Arab': 'LAS', 'Liên đoàn Ả Rập': 'LAS', 'Liên đoàn Ả-rập': 'LAS',
  'Tổ chức Hợp tác Hồi giáo': 'OIC', 'Tổ chức các Quốc gia châu Mỹ': 'OAS', 'Hội đồng Hợp tác vùng Vịnh': 'GCC',
  // ("Mỹ và Taliban ký thỏa thuận tại … Doha": a movement that signs with states, a party as they are)
  Taliban: 'TALIBAN',
};

/** Every two-letter code CLDR may name: A-Z × A-Z. */
function allRegionCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) codes.push(a + b);
  return codes;
}

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const display = new Intl.DisplayNames(['vi'], { type: 'region', fallback: 'none' });
  for (const code of allRegionCodes()) {
    let name: string | undefined;
    try {
      name = display.of(code);
    } catch {
      continue;
    }
    // Codes CLDR does not know come back undefined; "EU"/"UN" are handled as organisations.
    if (!name || name === code || /^\d/.test(name) || code === 'EU' || code === 'UN' || code === 'EZ') continue;
    // "Myanmar (Miến Điện)" → both "Myanmar" and "Miến Điện".
    const m = /^(.*?)\s*\((.*)\)$/.exec(name);
    for (const n of m ? [m[1], m[2]] : [name]) if (n && !table.has(n)) table.set(n, code);
  }
  for (const [name, code] of Object.entries(PRESS_NAMES)) table.set(name, code);
  // "Cộng hòa Pháp", "Cộng hòa Cuba": a state under its formal style
  for (const [name, code] of [...table]) if (code.length === 2 && !table.has(`Cộng hòa ${name}`)) table.set(`Cộng hòa ${name}`, code);
  for (const [name, code] of Object.entries(FORMAL_NAMES)) table.set(name, code);
  for (const [name, code] of Object.entries(ORGANISATIONS)) table.set(name, code);
  return table;
}

/** Name → code, built once. */
export const COUNTRY_CODES: ReadonlyMap<string, string> = buildTable();

/** Names indexed by first word: one lookup per word of a text, not one scan per name. */
const INDEX = new PhraseIndex<string>(COUNTRY_CODES);

/** A country (or organisation) mention with its offsets in the searched text. */
export interface CountryMention {
  start: number;
  end: number;
  text: string;
  code: string;
}


/**
 * The country code a name stands for, or null. Exact match on the written form ("Mỹ" → "US",
 * "Thổ Nhĩ Kỳ" → "TR", "NATO" → "NATO").
 */
export function countryCode(name: string): string | null {
  return COUNTRY_CODES.get(name.trim()) ?? null;
}

/**
 * The country name that starts exactly at `offset` in `text` (longest match, whole words), or
 * null. Used by the office patterns: "Tổng thống |Thổ Nhĩ Kỳ| Recep…".
 */
export function countryAt(text: string, offset: number): CountryMention | null {
  const m = INDEX.at(text, offset);
  return m && !notTheCountry(text, m) ? { start: m.start, end: m.end, text: m.text, code: m.value } : null;
}

/**
 * Every country or organisation named in `text`, left to right, longest match first, whole
 * words only and case-sensitive (so "anh" the pronoun is not "Anh" the UK at sentence start is
 * still a risk the callers weigh).
 */
export function findCountries(text: string): CountryMention[] {
  return INDEX.findAll(text).filter((m) => !notTheCountry(text, m)).map((m) => ({ start: m.start, end: m.end, text: m.text, code: m.value }));
}

/** "Nghĩa trang Anh hùng Kalibata", "Anh em": "Anh" opening a word of its own, not Britain. */
const ANH_WORD = /^\s+(?:hùng|em|chị|ta|ấy|trai|rể|cả)(?!\p{L})/u;
/** "Đức Tăng thống", "Đức Giáo hoàng", "Đức Đạt Lai Lạt Ma": "Đức" as an honorific of a religious leader, not Germany. */
const DUC_HONORIFIC = /^\s+(?:Tăng thống|tăng thống|Giáo hoàng|Thánh Cha|Thánh|Phật|Chúa|Đạt Lai Lạt Ma|Pháp vương|Thượng phụ|Hồng y|Tổng Giám mục|Giám mục|Cha|Thầy)(?!\p{L})/u;
/** "Thái Anh Văn", "Mã Anh Cửu": "Anh" between two capitalised syllables, inside a Sino-Vietnamese name. */
const NAME_SYLLABLE_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}*\s+$/u;
const NAME_SYLLABLE_AFTER = /^\s+\p{Lu}\p{Ll}*(?!\p{L})/u;
const notTheCountry = (text: string, m: { text: string; start: number; end: number }) =>
  (m.text === 'Anh' && (ANH_WORD.test(text.slice(m.end, m.end + 8)) || (NAME_SYLLABLE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && NAME_SYLLABLE_AFTER.test(text.slice(m.end, m.end + 12))))) || (m.text === 'Đức' && DUC_HONORIFIC.test(text.slice(m.end, m.end + 20)));

const ENGLISH = english.countries as Record<string, { name: string; adjective: string }>;

/** English short name of a country as headlines write it ("Turkey", "the United States"), or null. */
export function englishCountry(code: string): string | null {
  return ENGLISH[code]?.name ?? ORGANISATIONS_EN[code] ?? null;
}
/** Capitals that stand for their government in the press ("Seoul thông báo", "Ankara mở chiến dịch"), by their Vietnamese press name. */
// (Brussels, home of the EU's institutions, stands for the EU: "London và Brussels đạt thỏa thuận về giai đoạn một của tiến trình Brexit")
export const STATE_CAPITALS: Readonly<Record<string, string>> = {
  Washington: 'US', 'Moskva': 'RU', 'Matxcơva': 'RU', 'Bắc Kinh': 'CN', Seoul: 'KR', 'Bình Nhưỡng': 'KP', Tokyo: 'JP',
  London: 'GB', Paris: 'FR', Berlin: 'DE', Kiev: 'UA', Kyiv: 'UA', Tehran: 'IR', Ankara: 'TR', 'Hà Nội': 'VN',
  Doha: 'QA', Riyadh: 'SA', Baghdad: 'IQ', Warsaw: 'PL', 'New Delhi': 'IN', 'Đài Bắc': 'TW', Canberra: 'AU', Ottawa: 'CA',
  Moscow: 'RU', Damascus: 'SY', Islamabad: 'PK', Manila: 'PH', Jakarta: 'ID', Bangkok: 'TH', 'La Habana': 'CU', Havana: 'CU', Caracas: 'VE',
  'Addis Ababa': 'ET', Nairobi: 'KE', Cairo: 'EG', Kabul: 'AF', Tripoli: 'LY', Beirut: 'LB', Amman: 'JO', 'Abu Dhabi': 'AE', Brussels: 'EU',
  Rome: 'IT', Madrid: 'ES', Stockholm: 'SE', Helsinki: 'FI', Minsk: 'BY', Yerevan: 'AM', Baku: 'AZ',
  Lima: 'PE', Bogotá: 'CO', Bogota: 'CO', 'Buenos Aires': 'AR', Brasília: 'BR', Brasilia: 'BR', Santiago: 'CL', 'Mexico City': 'MX', Quito: 'EC', 'La Paz': 'BO', Managua: 'NI',
  Pretoria: 'ZA', Kigali: 'RW', Khartoum: 'SD', Rabat: 'MA', Algiers: 'DZ', Tunis: 'TN', Abuja: 'NG', Kinshasa: 'CD', Dakar: 'SN', Bamako: 'ML', Kampala: 'UG', Mogadishu: 'SO', Harare: 'ZW', Juba: 'SS',
  Dhaka: 'BD', Kathmandu: 'NP', Colombo: 'LK', 'Kuala Lumpur': 'MY', 'Phnom Penh': 'KH', 'Phnôm Pênh': 'KH', Vientiane: 'LA', 'Viêng Chăn': 'LA', Naypyidaw: 'MM', Wellington: 'NZ',
  Athens: 'GR', Vienna: 'AT', Budapest: 'HU', Prague: 'CZ', Bucharest: 'RO', Belgrade: 'RS', Oslo: 'NO', Copenhagen: 'DK', Dublin: 'IE', Lisbon: 'PT', Vilnius: 'LT', Riga: 'LV', Tallinn: 'EE', Tbilisi: 'GE',
  Muscat: 'OM', Sanaa: 'YE', Astana: 'KZ', Tashkent: 'UZ',
};
/** English names of the capitals {@link STATE_CAPITALS} writes the Vietnamese way. */
export const CAPITAL_EN: Readonly<Record<string, string>> = { 'Hà Nội': 'Hanoi', 'Bắc Kinh': 'Beijing', 'Bình Nhưỡng': 'Pyongyang', Moskva: 'Moscow', 'Matxcơva': 'Moscow', 'Đài Bắc': 'Taipei', 'La Habana': 'Havana' };

/** English names of the organisations of {@link ORGANISATIONS}. */
const ORGANISATIONS_EN: Record<string, string> = {
  UN: 'the United Nations', EU: 'the EU', NATO: 'NATO', ASEAN: 'ASEAN', WHO: 'the WHO', AUC: 'the African Union', LAS: 'the Arab League',
  OIC: 'the OIC', OAS: 'the OAS', GCC: 'the GCC', TALIBAN: 'the Taliban',
};

/** English adjective of a country ("Russian"), or null. */
export function countryAdjective(code: string): string | null {
  return ENGLISH[code]?.adjective ?? null;
}
