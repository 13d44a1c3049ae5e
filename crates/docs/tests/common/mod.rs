//! Deterministic test entries in the six languages (a small cousin of the
//! generator in `crates/wsis/src/sample.rs`).
#![allow(dead_code)]

use typst::layout::{Frame, FrameItem};
use wsis_docs::ReportEntry;
use wsis_domain::Language;
use wsis_domain::stocktaking::{
    ActionLineLink, ActivityStatus, ActivityType, CoverageKind, EntryData, SdgLink, Translation,
};
use wsis_domain::taxonomy::{CATEGORIES, StakeholderType, countries};

fn text(lang: Language, n: usize) -> (String, String) {
    let (t, d) = match lang {
        Language::En => (
            "Digital skills programme for rural women",
            "The activity **connects** unconnected communities and trains local trainers.\n\nPartners share [open-source tools](https://example.org/tools) so that other countries can replicate the approach.",
        ),
        Language::Fr => (
            "Programme de compétences numériques pour les femmes rurales",
            "L'activité connecte les communautés non connectées et forme des formateurs locaux.",
        ),
        Language::Es => (
            "Programa de competencias digitales para mujeres rurales",
            "La actividad conecta a comunidades sin conexión y forma a formadores locales.",
        ),
        Language::Ru => (
            "Программа цифровых навыков для сельских женщин",
            "Деятельность подключает неподключенные общины и готовит местных инструкторов.",
        ),
        Language::Zh => (
            "农村妇女数字技能方案",
            "该活动连接未联网社区，并培训当地培训员。合作伙伴共享开源工具，以便其他国家推广这一做法。",
        ),
        Language::Ar => (
            "برنامج المهارات الرقمية للنساء الريفيات",
            "يربط النشاط المجتمعات غير المتصلة ويدرب مدربين محليين. ويتقاسم الشركاء أدوات مفتوحة المصدر.",
        ),
    };
    (format!("{t} {n}"), d.to_owned())
}

/// The `n`-th test entry; languages, coverage, lines and goals vary with `n`.
pub fn entry(n: usize) -> ReportEntry {
    let language = Language::ALL[n % 6];
    let all = countries::countries();
    let coverage = match n % 10 {
        0..=6 => CoverageKind::National,
        7 | 8 => CoverageKind::Regional,
        _ => CoverageKind::International,
    };
    let (countries, regions) = match coverage {
        CoverageKind::National => {
            let mut v = vec![all[(n * 7) % all.len()].alpha2.clone()];
            if n.is_multiple_of(3) {
                let c = all[(n * 13 + 5) % all.len()].alpha2.clone();
                if !v.contains(&c) {
                    v.push(c);
                }
            }
            (v, vec![])
        }
        CoverageKind::Regional => (vec![], vec!["014".to_owned()]),
        CoverageKind::International => (vec![], vec![]),
    };
    let (title, description) = text(language, n);
    let mut action_lines = vec![ActionLineLink {
        code: CATEGORIES[n % 18].code.to_owned(),
        rationale: "Directly addresses this line.".into(),
    }];
    if n.is_multiple_of(4) {
        let c = CATEGORIES[(n / 4 + 3) % 18].code.to_owned();
        if action_lines[0].code != c {
            action_lines.push(ActionLineLink {
                code: c,
                rationale: String::new(),
            });
        }
    }
    let mut sdgs = vec![SdgLink {
        goal: (n % 17) as u8 + 1,
        targets: vec![],
        rationale: String::new(),
    }];
    if n.is_multiple_of(2) {
        let g = ((n * 5) % 17) as u8 + 1;
        if g != sdgs[0].goal {
            sdgs.push(SdgLink {
                goal: g,
                targets: vec![format!("{g}.1")],
                rationale: "Contributes to this target.".into(),
            });
        }
    }
    let translations = if n % 5 == 1 && language != Language::En {
        let (t, d) = text(Language::En, n);
        vec![Translation {
            language: Language::En,
            title: t,
            description: d,
            translator: "WSIS Secretariat".into(),
        }]
    } else {
        vec![]
    };
    ReportEntry {
        id: 1000 + n as i64,
        data: EntryData {
            title,
            description,
            activity_type: ActivityType::ALL[n % ActivityType::ALL.len()],
            organisation: [
                "Ministry of ICT",
                "Digital Bridge Foundation",
                "Université de Dakar",
            ][n % 3]
                .to_owned(),
            stakeholder_type: StakeholderType::ALL[n % 6],
            partners: if n.is_multiple_of(2) {
                vec!["ITU".into()]
            } else {
                vec![]
            },
            coverage,
            countries,
            regions,
            action_lines,
            sdgs,
            start_date: Some(format!("{}-03-01", 2010 + n % 15)),
            end_date: None,
            status: ActivityStatus::Ongoing,
            website: Some(format!("https://example.org/activity/{n}")),
            contact: None,
            languages: vec![language],
            language,
            translations,
        },
    }
}

pub fn entries(count: usize) -> Vec<ReportEntry> {
    (0..count).map(entry).collect()
}

/// Every shaped text run of a frame: (font family, text, glyph ids).
pub fn text_runs(frame: &Frame, out: &mut Vec<(String, String, Vec<u16>)>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(g) => text_runs(&g.frame, out),
            FrameItem::Text(t) => out.push((
                t.font.font().info().family.clone(),
                t.text.to_string(),
                t.glyphs.iter().map(|g| g.id).collect(),
            )),
            _ => {}
        }
    }
}

/// (text, font family, glyph ids) of one shaped run.
pub type Run = (String, String, Vec<u16>);

pub fn all_runs(source: &str) -> (Vec<Run>, usize, Vec<String>) {
    let (doc, warnings) = wsis_docs::layout(source).expect("compiles");
    let mut runs = Vec::new();
    for p in doc.pages() {
        text_runs(&p.frame, &mut runs);
    }
    (runs, doc.pages().len(), warnings)
}
