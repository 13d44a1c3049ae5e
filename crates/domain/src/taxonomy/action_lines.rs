//! The 11 WSIS Action Lines and the 8 sub-lines of C7, numbered as the 18
//! WSIS Prize categories: C1–C6 are 1–6, the C7 sub-lines 7–14 (e-health is
//! 10), C8–C11 are 15–18.

use crate::language::Translated;
use serde::{Deserialize, Serialize};

/// One of the 11 Action Lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActionLine {
    /// `C1` … `C11`.
    pub code: &'static str,
    pub number: u8,
    pub name: Translated<&'static str>,
}

/// A prize category: an Action Line, or one sub-line of C7.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Category {
    /// `C1` … `C6`, `C7.1` … `C7.8`, `C8` … `C11`.
    pub code: &'static str,
    /// The WSIS Prize category number, 1–18.
    pub prize_number: u8,
    /// The Action Line this category belongs to (`C7` for the sub-lines).
    pub action_line: &'static str,
    pub name: Translated<&'static str>,
}

impl Category {
    pub fn is_subline(&self) -> bool {
        self.code.contains('.')
    }
}

/// The role of a UN agency in facilitating an Action Line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FacilitatorRole {
    Lead,
    CoFacilitator,
    Partner,
}

impl FacilitatorRole {
    pub const ALL: [FacilitatorRole; 3] = [
        FacilitatorRole::Lead,
        FacilitatorRole::CoFacilitator,
        FacilitatorRole::Partner,
    ];
    pub fn key(self) -> &'static str {
        match self {
            FacilitatorRole::Lead => "lead",
            FacilitatorRole::CoFacilitator => "co_facilitator",
            FacilitatorRole::Partner => "partner",
        }
    }
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL
            .into_iter()
            .find(|r| r.key() == s)
            .ok_or("facilitator-role-invalid")
    }
}

macro_rules! t {
    ($ar:expr, $zh:expr, $en:expr, $fr:expr, $ru:expr, $es:expr) => {
        Translated {
            ar: $ar,
            zh: $zh,
            en: $en,
            fr: $fr,
            ru: $ru,
            es: $es,
        }
    };
}

pub const ACTION_LINES: [ActionLine; 11] = [
    ActionLine {
        code: "C1",
        number: 1,
        name: t!(
            "دور السلطات الحكومية وجميع أصحاب المصلحة في النهوض بتكنولوجيا المعلومات والاتصالات من أجل التنمية",
            "政府主管部门和所有利益攸关方在推动将信息通信技术用于发展方面的作用",
            "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
            "Rôle des autorités publiques et de toutes les parties prenantes dans la promotion des TIC pour le développement",
            "Роль органов государственного управления и всех заинтересованных сторон в содействии использованию ИКТ в целях развития",
            "Papel de los gobiernos y de todas las partes interesadas en la promoción de las TIC para el desarrollo"
        ),
    },
    ActionLine {
        code: "C2",
        number: 2,
        name: t!(
            "البنية التحتية للمعلومات والاتصالات",
            "信息和通信基础设施",
            "Information and communication infrastructure",
            "Infrastructure de l'information et de la communication",
            "Информационная и коммуникационная инфраструктура",
            "Infraestructura de la información y la comunicación"
        ),
    },
    ActionLine {
        code: "C3",
        number: 3,
        name: t!(
            "النفاذ إلى المعلومات والمعارف",
            "获取信息和知识",
            "Access to information and knowledge",
            "Accès à l'information et au savoir",
            "Доступ к информации и знаниям",
            "Acceso a la información y al conocimiento"
        ),
    },
    ActionLine {
        code: "C4",
        number: 4,
        name: t!(
            "بناء القدرات",
            "能力建设",
            "Capacity building",
            "Renforcement des capacités",
            "Наращивание потенциала",
            "Creación de capacidad"
        ),
    },
    ActionLine {
        code: "C5",
        number: 5,
        name: t!(
            "بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات",
            "树立使用信息通信技术的信心和提高安全性",
            "Building confidence and security in the use of ICTs",
            "Établir la confiance et la sécurité dans l'utilisation des TIC",
            "Укрепление доверия и безопасности при использовании ИКТ",
            "Crear confianza y seguridad en la utilización de las TIC"
        ),
    },
    ActionLine {
        code: "C6",
        number: 6,
        name: t!(
            "البيئة التمكينية",
            "扶持性环境",
            "Enabling environment",
            "Environnement propice",
            "Благоприятная среда",
            "Entorno habilitador"
        ),
    },
    ActionLine {
        code: "C7",
        number: 7,
        name: t!(
            "تطبيقات تكنولوجيا المعلومات والاتصالات",
            "信息通信技术应用",
            "ICT applications",
            "Applications des TIC",
            "Приложения ИКТ",
            "Aplicaciones de las TIC"
        ),
    },
    ActionLine {
        code: "C8",
        number: 8,
        name: t!(
            "التنوع الثقافي والهوية الثقافية والتنوع اللغوي والمحتوى المحلي",
            "文化多样性和特性、语言多样性和本地内容",
            "Cultural diversity and identity, linguistic diversity and local content",
            "Diversité et identité culturelles, diversité linguistique et contenus locaux",
            "Культурное разнообразие и самобытность, языковое разнообразие и местный контент",
            "Diversidad e identidad culturales, diversidad lingüística y contenido local"
        ),
    },
    ActionLine {
        code: "C9",
        number: 9,
        name: t!(
            "وسائط الإعلام",
            "媒体",
            "Media",
            "Médias",
            "Средства массовой информации",
            "Medios de comunicación"
        ),
    },
    ActionLine {
        code: "C10",
        number: 10,
        name: t!(
            "الأبعاد الأخلاقية لمجتمع المعلومات",
            "信息社会的伦理层面",
            "Ethical dimensions of the information society",
            "Dimensions éthiques de la société de l'information",
            "Этические аспекты информационного общества",
            "Dimensiones éticas de la sociedad de la información"
        ),
    },
    ActionLine {
        code: "C11",
        number: 11,
        name: t!(
            "التعاون الدولي والإقليمي",
            "国际和区域合作",
            "International and regional cooperation",
            "Coopération internationale et régionale",
            "Международное и региональное сотрудничество",
            "Cooperación internacional y regional"
        ),
    },
];

/// The 8 sub-lines of C7, in their official order.
pub const C7_SUBLINES: [(&str, Translated<&str>); 8] = [
    (
        "C7.1",
        t!(
            "الحكومة الإلكترونية",
            "电子政务",
            "E-government",
            "Cybergouvernement",
            "Электронное правительство",
            "Gobierno electrónico"
        ),
    ),
    (
        "C7.2",
        t!(
            "الأعمال الإلكترونية",
            "电子商务",
            "E-business",
            "Cybercommerce",
            "Электронный бизнес",
            "Negocios electrónicos"
        ),
    ),
    (
        "C7.3",
        t!(
            "التعلم الإلكتروني",
            "电子学习",
            "E-learning",
            "Téléenseignement",
            "Электронное обучение",
            "Aprendizaje electrónico"
        ),
    ),
    (
        "C7.4",
        t!(
            "الصحة الإلكترونية",
            "电子卫生",
            "E-health",
            "Cybersanté",
            "Электронное здравоохранение",
            "Salud electrónica"
        ),
    ),
    (
        "C7.5",
        t!(
            "التوظيف الإلكتروني",
            "电子就业",
            "E-employment",
            "Cyberemploi",
            "Электронная занятость",
            "Ciberempleo"
        ),
    ),
    (
        "C7.6",
        t!(
            "البيئة الإلكترونية",
            "电子环境",
            "E-environment",
            "Cyberécologie",
            "Электронная охрана окружающей среды",
            "Ciberecología"
        ),
    ),
    (
        "C7.7",
        t!(
            "الزراعة الإلكترونية",
            "电子农业",
            "E-agriculture",
            "Cyberagriculture",
            "Электронное сельское хозяйство",
            "Ciberagricultura"
        ),
    ),
    (
        "C7.8",
        t!(
            "العلوم الإلكترونية",
            "电子科学",
            "E-science",
            "Cyberscience",
            "Электронная наука",
            "Ciberciencia"
        ),
    ),
];

const fn al(i: usize) -> Category {
    let a = &ACTION_LINES[i];
    let prize_number = if a.number <= 6 {
        a.number
    } else {
        a.number + 7
    };
    Category {
        code: a.code,
        prize_number,
        action_line: a.code,
        name: a.name,
    }
}

const fn sub(i: usize) -> Category {
    Category {
        code: C7_SUBLINES[i].0,
        prize_number: 7 + i as u8,
        action_line: "C7",
        name: C7_SUBLINES[i].1,
    }
}

/// The 18 categories (Action Lines with C7 replaced by its sub-lines), in
/// prize-number order.
pub const CATEGORIES: [Category; 18] = [
    al(0),
    al(1),
    al(2),
    al(3),
    al(4),
    al(5),
    sub(0),
    sub(1),
    sub(2),
    sub(3),
    sub(4),
    sub(5),
    sub(6),
    sub(7),
    al(7),
    al(8),
    al(9),
    al(10),
];

/// Looks up an Action Line by code (`C1` … `C11`, case-insensitive).
pub fn action_line(code: &str) -> Option<&'static ActionLine> {
    ACTION_LINES
        .iter()
        .find(|a| a.code.eq_ignore_ascii_case(code))
}

/// Looks up a category by code (`C3`, `C7.4`, case-insensitive).
pub fn category(code: &str) -> Option<&'static Category> {
    CATEGORIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

/// The sub-lines of an Action Line (empty for all but C7).
pub fn sublines(action_line: &str) -> impl Iterator<Item = &'static Category> {
    let code = action_line.to_owned();
    CATEGORIES
        .iter()
        .filter(move |c| c.is_subline() && c.action_line == code)
}

/// A facilitator as seeded for a fresh installation: (category, agency, role).
/// The list is open; the secretariat edits it in the database.
pub const DEFAULT_FACILITATORS: &[(&str, &str, FacilitatorRole)] = &[
    ("C1", "UN DESA", FacilitatorRole::Lead),
    ("C2", "ITU", FacilitatorRole::Lead),
    ("C3", "UNESCO", FacilitatorRole::Lead),
    ("C4", "UNDP", FacilitatorRole::Lead),
    ("C4", "ITU", FacilitatorRole::CoFacilitator),
    ("C5", "ITU", FacilitatorRole::Lead),
    ("C6", "ITU", FacilitatorRole::Lead),
    ("C6", "UNDP", FacilitatorRole::CoFacilitator),
    ("C6", "UNCTAD", FacilitatorRole::Partner),
    ("C7.1", "UN DESA", FacilitatorRole::Lead),
    ("C7.2", "UNCTAD", FacilitatorRole::Lead),
    ("C7.3", "UNESCO", FacilitatorRole::Lead),
    ("C7.4", "WHO", FacilitatorRole::Lead),
    ("C7.4", "ITU", FacilitatorRole::CoFacilitator),
    ("C7.5", "ILO", FacilitatorRole::Lead),
    ("C7.6", "WMO", FacilitatorRole::Lead),
    ("C7.6", "UNEP", FacilitatorRole::CoFacilitator),
    ("C7.6", "ITU", FacilitatorRole::CoFacilitator),
    ("C7.7", "FAO", FacilitatorRole::Lead),
    ("C7.8", "UNESCO", FacilitatorRole::Lead),
    ("C8", "UNESCO", FacilitatorRole::Lead),
    ("C9", "UNESCO", FacilitatorRole::Lead),
    ("C10", "UNESCO", FacilitatorRole::Lead),
    ("C11", "UN DESA", FacilitatorRole::Lead),
    ("C11", "ITU", FacilitatorRole::CoFacilitator),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn prize_categories_are_numbered_as_the_wsis_prizes() {
        let numbers: Vec<u8> = CATEGORIES.iter().map(|c| c.prize_number).collect();
        assert_eq!(numbers, (1..=18).collect::<Vec<_>>());
        assert_eq!(category("C6").unwrap().prize_number, 6);
        assert_eq!(category("c7.4").unwrap().name.en, "E-health");
        assert_eq!(category("C7.4").unwrap().prize_number, 10);
        assert_eq!(category("C8").unwrap().prize_number, 15);
        assert_eq!(category("C11").unwrap().prize_number, 18);
        assert!(
            category("C7").is_none(),
            "C7 itself is not a prize category"
        );
    }

    #[test]
    fn only_c7_has_sublines() {
        assert_eq!(sublines("C7").count(), 8);
        for a in ACTION_LINES.iter().filter(|a| a.code != "C7") {
            assert_eq!(sublines(a.code).count(), 0, "{}", a.code);
        }
    }

    #[test]
    fn every_name_is_given_in_six_languages() {
        for c in CATEGORIES.iter() {
            for l in Language::ALL {
                assert!(!c.name.get(l).trim().is_empty(), "{} {l}", c.code);
            }
        }
    }

    #[test]
    fn default_facilitators_name_existing_categories_and_one_lead_each() {
        for (code, _, _) in DEFAULT_FACILITATORS {
            assert!(category(code).is_some(), "{code}");
        }
        for c in CATEGORIES.iter() {
            let leads = DEFAULT_FACILITATORS
                .iter()
                .filter(|(code, _, r)| *code == c.code && *r == FacilitatorRole::Lead)
                .count();
            assert_eq!(leads, 1, "{}", c.code);
        }
    }
}
