//! Registration for a forum edition: who comes, how (on site or remote),
//! in which participant category, and whether the category is accredited
//! at once (member states, UN agencies, ITU members) or waits for the
//! secretariat's approval (everyone else).

use super::AttendanceMode;
use crate::taxonomy::{StakeholderType, countries};
use crate::validation::{FieldErrors, checked_text};
use serde::{Deserialize, Serialize};

/// Participant categories of the forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    MemberState,
    UnAgency,
    ItuMember,
    Ngo,
    Business,
    Academia,
    Media,
    Individual,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::MemberState,
        Category::UnAgency,
        Category::ItuMember,
        Category::Ngo,
        Category::Business,
        Category::Academia,
        Category::Media,
        Category::Individual,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Category::MemberState => "member-state",
            Category::UnAgency => "un-agency",
            Category::ItuMember => "itu-member",
            Category::Ngo => "ngo",
            Category::Business => "business",
            Category::Academia => "academia",
            Category::Media => "media",
            Category::Individual => "individual",
        }
    }
    pub fn parse(s: &str) -> Result<Category, &'static str> {
        Category::ALL
            .into_iter()
            .find(|c| c.code() == s)
            .ok_or("registration-category-invalid")
    }
    /// Whether registrations of this category wait for the secretariat.
    pub fn needs_approval(self) -> bool {
        !matches!(
            self,
            Category::MemberState | Category::UnAgency | Category::ItuMember
        )
    }
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegistrationStatus {
    Pending,
    Approved,
    Declined,
}

impl RegistrationStatus {
    pub const ALL: [RegistrationStatus; 3] = [
        RegistrationStatus::Pending,
        RegistrationStatus::Approved,
        RegistrationStatus::Declined,
    ];
    pub fn code(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "pending",
            RegistrationStatus::Approved => "approved",
            RegistrationStatus::Declined => "declined",
        }
    }
    pub fn parse(s: &str) -> Result<RegistrationStatus, &'static str> {
        RegistrationStatus::ALL
            .into_iter()
            .find(|c| c.code() == s)
            .ok_or("registration-status-invalid")
    }
    /// The status a new registration of a category starts in.
    pub fn initial(category: Category) -> RegistrationStatus {
        if category.needs_approval() {
            RegistrationStatus::Pending
        } else {
            RegistrationStatus::Approved
        }
    }
}

/// A registration as typed in the form.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegistrationInput {
    #[serde(default)]
    pub mode: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub stakeholder_type: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub accessibility: String,
    /// `1` when the participant agreed to the processing of their data.
    #[serde(default)]
    pub consent: String,
}

/// A valid registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationData {
    pub mode: AttendanceMode,
    pub category: Category,
    pub stakeholder_type: StakeholderType,
    pub organisation: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub accessibility: String,
}

impl RegistrationInput {
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<RegistrationData> {
        let mode = errors.check("mode", AttendanceMode::parse(self.mode.trim()));
        let category = errors.check("category", Category::parse(self.category.trim()));
        let stakeholder_type = errors.check(
            "stakeholder_type",
            StakeholderType::parse(self.stakeholder_type.trim()),
        );
        let organisation = errors.check(
            "organisation",
            checked_text(
                &self.organisation,
                200,
                false,
                "organisation-required",
                "organisation-too-long",
            ),
        );
        let country = errors.check(
            "country",
            countries::country(self.country.trim())
                .map(|c| c.alpha2.clone())
                .ok_or("country-invalid"),
        );
        let accessibility = if self.accessibility.trim().is_empty() {
            Some(String::new())
        } else {
            errors.check(
                "accessibility",
                checked_text(
                    &self.accessibility,
                    1_000,
                    true,
                    "accessibility-too-long",
                    "accessibility-too-long",
                ),
            )
        };
        if self.consent != "1" {
            errors.add("consent", "registration-consent-required");
        }
        if !errors.is_empty() {
            return None;
        }
        Some(RegistrationData {
            mode: mode?,
            category: category?,
            stakeholder_type: stakeholder_type?,
            organisation: organisation?,
            country: country?,
            accessibility: accessibility?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> RegistrationInput {
        RegistrationInput {
            mode: "on-site".into(),
            category: "ngo".into(),
            stakeholder_type: "civil_society".into(),
            organisation: "Digital Bridge".into(),
            country: "KE".into(),
            accessibility: "Wheelchair user".into(),
            consent: "1".into(),
        }
    }

    #[test]
    fn a_valid_registration_parses_and_ngos_wait_for_approval() {
        let mut e = FieldErrors::new();
        let r = input().parse(&mut e).expect("valid");
        assert_eq!(r.country, "KE");
        assert_eq!(r.category, Category::Ngo);
        assert_eq!(
            RegistrationStatus::initial(r.category),
            RegistrationStatus::Pending
        );
        assert_eq!(
            RegistrationStatus::initial(Category::MemberState),
            RegistrationStatus::Approved
        );
    }

    #[test]
    fn every_bad_field_is_reported() {
        let bad = RegistrationInput {
            mode: "by-pigeon".into(),
            category: "royalty".into(),
            stakeholder_type: "".into(),
            organisation: " ".into(),
            country: "XX".into(),
            accessibility: "x".repeat(1_001),
            consent: "".into(),
        };
        let mut e = FieldErrors::new();
        assert!(bad.parse(&mut e).is_none());
        let fields: Vec<&str> = e.0.iter().map(|x| x.field).collect();
        assert_eq!(
            fields,
            vec![
                "mode",
                "category",
                "stakeholder_type",
                "organisation",
                "country",
                "accessibility",
                "consent"
            ]
        );
    }
}
