//! A seeded generator of stocktaking entries in the six languages, for the
//! demo (about 1,100 entries) and the benchmarks (100,000). The same seed
//! gives the same entries, so runs are comparable.

use wsis_domain::Language;
use wsis_domain::stocktaking::{
    ActionLineLink, ActivityStatus, ActivityType, CoverageKind, EntryData, EntryStatus, SdgLink,
    Translation,
};
use wsis_domain::taxonomy::action_lines::CATEGORIES;
use wsis_domain::taxonomy::{StakeholderType, countries, sdg};

/// A small, fast, seeded PRNG (xorshift64*): reproducible demo data without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Words of a title, per language: (topic, beneficiaries, verb phrase).
struct Phrases {
    topics: &'static [&'static str],
    people: &'static [&'static str],
    openers: &'static [&'static str],
    body: &'static [&'static str],
    joiner: &'static str,
}

const EN: Phrases = Phrases {
    topics: &[
        "Broadband connectivity",
        "Digital skills",
        "E-health records",
        "Open government data",
        "Cybersecurity awareness",
        "Mobile agriculture advice",
        "Community networks",
        "Digital identity",
        "E-learning platform",
        "Disaster early warning",
        "Local content creation",
        "Online public services",
        "Telemedicine",
        "Digital inclusion",
        "Women in ICT",
    ],
    people: &[
        "rural schools",
        "small farmers",
        "women entrepreneurs",
        "persons with disabilities",
        "young people",
        "local governments",
        "health workers",
        "older persons",
        "indigenous communities",
        "refugees",
    ],
    openers: &[
        "programme for",
        "initiative for",
        "project for",
        "toolkit for",
        "training for",
    ],
    body: &[
        "The activity connects communities that were offline and trains local trainers.",
        "It builds capacity in public institutions and measures its impact every year.",
        "Partners share open-source tools so that other countries can replicate the approach.",
        "Results include thousands of people reached and new services that last beyond the project.",
    ],
    joiner: " ",
};
const FR: Phrases = Phrases {
    topics: &[
        "Connectivité haut débit",
        "Compétences numériques",
        "Dossiers de santé électroniques",
        "Données publiques ouvertes",
        "Sensibilisation à la cybersécurité",
        "Conseil agricole mobile",
        "Réseaux communautaires",
        "Identité numérique",
        "Plateforme d'éducation en ligne",
        "Alerte précoce aux catastrophes",
        "Contenus locaux",
        "Services publics en ligne",
        "Télémédecine",
        "Inclusion numérique",
    ],
    people: &[
        "les écoles rurales",
        "les petits agriculteurs",
        "les femmes entrepreneures",
        "les personnes handicapées",
        "les jeunes",
        "les collectivités locales",
        "les agents de santé",
        "les personnes âgées",
    ],
    openers: &[
        "programme pour",
        "initiative pour",
        "projet pour",
        "formation pour",
    ],
    body: &[
        "L'activité relie des communautés hors ligne et forme des formateurs locaux.",
        "Elle renforce les capacités des institutions publiques et mesure son impact chaque année.",
        "Les partenaires partagent des outils libres pour que d'autres pays puissent reproduire l'approche.",
    ],
    joiner: " ",
};
const ES: Phrases = Phrases {
    topics: &[
        "Conectividad de banda ancha",
        "Competencias digitales",
        "Historias clínicas electrónicas",
        "Datos abiertos de gobierno",
        "Concienciación en ciberseguridad",
        "Asesoría agrícola móvil",
        "Redes comunitarias",
        "Identidad digital",
        "Plataforma de educación en línea",
        "Alerta temprana de desastres",
        "Servicios públicos en línea",
        "Telemedicina",
        "Inclusión digital",
    ],
    people: &[
        "escuelas rurales",
        "pequeños agricultores",
        "mujeres emprendedoras",
        "personas con discapacidad",
        "jóvenes",
        "gobiernos locales",
        "trabajadores de salud",
        "personas mayores",
    ],
    openers: &[
        "programa para",
        "iniciativa para",
        "proyecto para",
        "formación para",
    ],
    body: &[
        "La actividad conecta comunidades sin acceso y forma a formadores locales.",
        "Fortalece las capacidades de las instituciones públicas y mide su impacto cada año.",
        "Los socios comparten herramientas de código abierto para que otros países repliquen el enfoque.",
    ],
    joiner: " ",
};
const RU: Phrases = Phrases {
    topics: &[
        "Широкополосное подключение",
        "Цифровые навыки",
        "Электронные медицинские карты",
        "Открытые государственные данные",
        "Повышение осведомлённости о кибербезопасности",
        "Мобильные консультации для фермеров",
        "Местные сети связи",
        "Цифровая идентификация",
        "Платформа электронного обучения",
        "Раннее оповещение о бедствиях",
        "Электронные государственные услуги",
        "Телемедицина",
        "Цифровая интеграция",
    ],
    people: &[
        "сельских школ",
        "мелких фермеров",
        "женщин-предпринимателей",
        "людей с инвалидностью",
        "молодёжи",
        "местных органов власти",
        "медицинских работников",
        "пожилых людей",
    ],
    openers: &[
        "программа для",
        "инициатива для",
        "проект для",
        "обучение для",
    ],
    body: &[
        "Проект подключает сообщества без доступа к интернету и готовит местных инструкторов.",
        "Он укрепляет потенциал государственных учреждений и ежегодно оценивает результаты.",
        "Партнёры делятся открытыми инструментами, чтобы другие страны могли повторить подход.",
    ],
    joiner: " ",
};
const ZH: Phrases = Phrases {
    topics: &[
        "宽带连接",
        "数字技能",
        "电子健康档案",
        "政府开放数据",
        "网络安全意识",
        "移动农业咨询",
        "社区网络",
        "数字身份",
        "在线学习平台",
        "灾害预警",
        "在线公共服务",
        "远程医疗",
        "数字包容",
    ],
    people: &[
        "农村学校",
        "小农户",
        "女性创业者",
        "残疾人",
        "青年",
        "地方政府",
        "卫生工作者",
        "老年人",
    ],
    openers: &["计划：面向", "倡议：面向", "项目：面向", "培训：面向"],
    body: &[
        "该活动连接尚未上网的社区，并培训当地培训师。",
        "它加强公共机构的能力，并每年评估其影响。",
        "合作伙伴共享开源工具，使其他国家能够复制这一做法。",
    ],
    joiner: "",
};
const AR: Phrases = Phrases {
    topics: &[
        "التوصيل بالنطاق العريض",
        "المهارات الرقمية",
        "السجلات الصحية الإلكترونية",
        "البيانات الحكومية المفتوحة",
        "التوعية بالأمن السيبراني",
        "الإرشاد الزراعي عبر الهاتف المحمول",
        "الشبكات المجتمعية",
        "الهوية الرقمية",
        "منصة التعلم الإلكتروني",
        "الإنذار المبكر بالكوارث",
        "الخدمات العامة الإلكترونية",
        "التطبيب عن بعد",
        "الشمول الرقمي",
    ],
    people: &[
        "المدارس الريفية",
        "صغار المزارعين",
        "رائدات الأعمال",
        "الأشخاص ذوي الإعاقة",
        "الشباب",
        "الحكومات المحلية",
        "العاملين الصحيين",
        "كبار السن",
    ],
    openers: &["برنامج لصالح", "مبادرة لصالح", "مشروع لصالح", "تدريب لصالح"],
    body: &[
        "يربط النشاط المجتمعات غير المتصلة ويدرب مدربين محليين.",
        "ويعزز قدرات المؤسسات العامة ويقيس أثره كل عام.",
        "ويتقاسم الشركاء أدوات مفتوحة المصدر لكي تتمكن بلدان أخرى من تكرار النهج.",
    ],
    joiner: " ",
};

fn phrases(l: Language) -> &'static Phrases {
    match l {
        Language::Ar => &AR,
        Language::Zh => &ZH,
        Language::En => &EN,
        Language::Fr => &FR,
        Language::Ru => &RU,
        Language::Es => &ES,
    }
}

const ORGANISATIONS: &[&str] = &[
    "Ministry of ICT",
    "National Telecom Regulator",
    "Digital Bridge Foundation",
    "University of Nairobi",
    "Universidad de Chile",
    "Connect Africa Alliance",
    "Tech4Good Network",
    "Université de Dakar",
    "Asia-Pacific Telecommunity",
    "Rural Health Trust",
    "Open Knowledge Lab",
    "Women in Tech Association",
    "National Library Service",
    "AgriData Cooperative",
    "E-Gov Agency",
];

/// The text of an entry in one language.
fn text(rng: &mut Rng, lang: Language, place: &str) -> (String, String) {
    let p = phrases(lang);
    let title = format!(
        "{}{}{}{}{}",
        rng.pick(p.topics),
        p.joiner,
        rng.pick(p.openers),
        p.joiner,
        rng.pick(p.people)
    );
    let title = if place.is_empty() {
        title
    } else {
        format!("{title} – {place}")
    };
    let mut body = String::new();
    for _ in 0..3 {
        let sentence: &&str = rng.pick(p.body);
        body.push_str(sentence);
        body.push_str(if lang == Language::Zh { "" } else { " " });
    }
    (title, body.trim().to_owned())
}

/// One generated entry: its content and the workflow state it should reach.
pub struct Sample {
    pub data: EntryData,
    pub status: EntryStatus,
}

/// The `n`-th entry of the sequence for `seed`.
pub fn sample(seed: u64, n: u64) -> Sample {
    let mut rng = Rng::new(seed ^ n.wrapping_mul(0xA24B_AED4_963E_E407));
    let all_countries = countries::countries();
    let language = Language::ALL[rng.below(6)];
    let coverage = match rng.below(10) {
        0..=6 => CoverageKind::National,
        7 | 8 => CoverageKind::Regional,
        _ => CoverageKind::International,
    };
    let mut country_codes = Vec::new();
    let mut regions = Vec::new();
    match coverage {
        CoverageKind::National => {
            for _ in 0..1 + rng.below(2) {
                let c = &all_countries[rng.below(all_countries.len())];
                if c.region.is_some() && !country_codes.contains(&c.alpha2) {
                    country_codes.push(c.alpha2.clone());
                }
            }
            if country_codes.is_empty() {
                country_codes.push("KE".into());
            }
        }
        CoverageKind::Regional => {
            let subs: Vec<&str> = countries::m49_regions()
                .iter()
                .filter(|r| r.kind == "subregion")
                .map(|r| r.code.as_str())
                .collect();
            regions.push(rng.pick(&subs).to_string());
        }
        CoverageKind::International => {}
    }
    let place = country_codes
        .first()
        .and_then(|c| countries::country(c))
        .map(|c| c.names.get(language).clone())
        .unwrap_or_default();
    let (title, description) = text(&mut rng, language, &place);
    let mut action_lines = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let c = &CATEGORIES[rng.below(CATEGORIES.len())];
        if !action_lines
            .iter()
            .any(|l: &ActionLineLink| l.code == c.code)
        {
            action_lines.push(ActionLineLink {
                code: c.code.to_owned(),
                rationale: String::new(),
            });
        }
    }
    let mut sdgs = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let g = &sdg::goals()[rng.below(17)];
        if sdgs.iter().any(|s: &SdgLink| s.goal == g.number) {
            continue;
        }
        let targets = if rng.chance(60) {
            vec![g.targets[rng.below(g.targets.len())].code.clone()]
        } else {
            Vec::new()
        };
        sdgs.push(SdgLink {
            goal: g.number,
            targets,
            rationale: String::new(),
        });
    }
    let year = 2005 + rng.below(15) as i32;
    let month = 1 + rng.below(12);
    let translations = if rng.chance(15) {
        let other = Language::ALL[rng.below(6)];
        if other == language {
            Vec::new()
        } else {
            let (t, d) = text(&mut Rng::new(n ^ 7), other, "");
            vec![Translation {
                language: other,
                title: t,
                description: d,
                translator: "WSIS Secretariat".into(),
            }]
        }
    } else {
        Vec::new()
    };
    let status = match rng.below(100) {
        0..=84 => EntryStatus::Published,
        85..=89 => EntryStatus::Submitted,
        90..=93 => EntryStatus::Draft,
        94..=97 => EntryStatus::Returned,
        _ => EntryStatus::Rejected,
    };
    let data = EntryData {
        title,
        description,
        activity_type: *rng.pick(ActivityType::ALL),
        organisation: rng.pick(ORGANISATIONS).to_string(),
        stakeholder_type: *rng.pick(&StakeholderType::ALL),
        partners: if rng.chance(50) {
            vec!["ITU".into(), rng.pick(ORGANISATIONS).to_string()]
        } else {
            Vec::new()
        },
        coverage,
        countries: country_codes,
        regions,
        action_lines,
        sdgs,
        start_date: Some(format!("{year}-{month:02}-01")),
        end_date: rng
            .chance(50)
            .then(|| format!("{}-{month:02}-01", year + 1 + rng.below(4) as i32)),
        status: *rng.pick(ActivityStatus::ALL),
        website: rng
            .chance(70)
            .then(|| format!("https://example.org/activity/{n}")),
        contact: rng
            .chance(50)
            .then(|| format!("contact{}@example.org", n % 97)),
        languages: vec![language],
        language,
        translations,
    };
    Sample { data, status }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_reproducible_valid_and_varied() {
        let a = sample(2019, 5);
        let b = sample(2019, 5);
        assert_eq!(a.data, b.data);
        let mut langs = std::collections::BTreeSet::new();
        let mut statuses = std::collections::BTreeSet::new();
        let mut lines = std::collections::BTreeSet::new();
        let mut goals = std::collections::BTreeSet::new();
        let mut countries = std::collections::BTreeSet::new();
        let mut coverages = std::collections::BTreeSet::new();
        for n in 0..crate::demo::DEMO_ENTRIES {
            let s = sample(2019, n);
            // Every sample passes the same validation as a person's entry.
            let input = wsis_domain::stocktaking::EntryInput::from_data(&s.data);
            let mut e = wsis_domain::FieldErrors::new();
            assert!(input.parse(&mut e).is_some(), "sample {n}: {e:?}");
            langs.insert(s.data.language.code());
            statuses.insert(s.status.code());
            lines.extend(s.data.action_line_codes());
            goals.extend(s.data.sdgs.iter().map(|g| g.goal));
            countries.extend(s.data.countries.iter().cloned());
            coverages.insert(s.data.coverage.code());
        }
        assert_eq!(crate::demo::DEMO_ENTRIES, 1_100);
        assert_eq!(langs.len(), 6, "every language");
        assert_eq!(statuses.len(), 5, "every workflow state");
        // Every Action Line and every C7 sub-line, every goal, many countries.
        assert_eq!(lines.len(), 11 + 8, "{lines:?}");
        assert_eq!(goals.len(), 17, "{goals:?}");
        assert!(countries.len() >= 100, "{} countries", countries.len());
        assert_eq!(coverages.len(), 3, "national, regional and international");
    }
}
