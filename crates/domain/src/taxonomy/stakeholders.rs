//! Stakeholder types, as the WSIS process counts them.

use crate::language::Translated;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderType {
    Government,
    PrivateSector,
    CivilSociety,
    Academia,
    InternationalOrganization,
    Other,
}

impl StakeholderType {
    pub const ALL: [StakeholderType; 6] = [
        StakeholderType::Government,
        StakeholderType::PrivateSector,
        StakeholderType::CivilSociety,
        StakeholderType::Academia,
        StakeholderType::InternationalOrganization,
        StakeholderType::Other,
    ];

    /// Stable code used in URLs, forms, the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            StakeholderType::Government => "government",
            StakeholderType::PrivateSector => "private_sector",
            StakeholderType::CivilSociety => "civil_society",
            StakeholderType::Academia => "academia",
            StakeholderType::InternationalOrganization => "international_organization",
            StakeholderType::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Result<Self, &'static str> {
        Self::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or("stakeholder-type-invalid")
    }

    pub fn name(self) -> Translated<&'static str> {
        let (ar, zh, en, fr, ru, es) = match self {
            StakeholderType::Government => (
                "الحكومة",
                "政府",
                "Government",
                "Gouvernement",
                "Правительство",
                "Gobierno",
            ),
            StakeholderType::PrivateSector => (
                "القطاع الخاص",
                "私营部门",
                "Private sector",
                "Secteur privé",
                "Частный сектор",
                "Sector privado",
            ),
            StakeholderType::CivilSociety => (
                "المجتمع المدني",
                "民间社会",
                "Civil society",
                "Société civile",
                "Гражданское общество",
                "Sociedad civil",
            ),
            StakeholderType::Academia => (
                "الأوساط الأكاديمية",
                "学术界",
                "Academia",
                "Milieux universitaires",
                "Академические круги",
                "Sector académico",
            ),
            StakeholderType::InternationalOrganization => (
                "منظمة دولية",
                "国际组织",
                "International organization",
                "Organisation internationale",
                "Международная организация",
                "Organización internacional",
            ),
            StakeholderType::Other => ("أخرى", "其他", "Other", "Autre", "Другое", "Otro"),
        };
        Translated {
            ar,
            zh,
            en,
            fr,
            ru,
            es,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for s in StakeholderType::ALL {
            assert_eq!(StakeholderType::parse(s.code()), Ok(s));
        }
        assert_eq!(
            StakeholderType::parse("Government"),
            Err("stakeholder-type-invalid")
        );
    }
}
