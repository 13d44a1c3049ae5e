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
    /// The status a new registration of a category starts in: approved at once only
    /// in an accredited category and from an address of a domain the secretariat
    /// accredited for it (`accredited`); pending otherwise.
    pub fn initial(category: Category, accredited: bool) -> RegistrationStatus {
        if category.needs_approval() || !accredited {
            RegistrationStatus::Pending
        } else {
            RegistrationStatus::Approved
        }
    }
}

/// Most domains the secretariat lists for one category.
pub const MAX_DOMAINS: usize = 100;

/// A domain name as the accreditation form takes it: lower case, labels of letters,
/// digits and hyphens, at least two of them (`gov.ke`, `itu.int`).
pub fn parse_domain(raw: &str) -> Result<String, &'static str> {
    let d = raw
        .trim()
        .trim_start_matches('@')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if d.len() <= 253 && d.contains('.') && d.split('.').all(label_ok) {
        Ok(d)
    } else {
        Err("accreditation-domain-invalid")
    }
}

/// Whether an e-mail address is of `domain` or one of its subdomains.
pub fn email_in_domain(email: &str, domain: &str) -> bool {
    let Some((_, host)) = email.rsplit_once('@') else {
        return false;
    };
    let host = host.to_ascii_lowercase();
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// The accreditation form: per accredited category, its domains one per line.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AccreditationInput {
    #[serde(default)]
    pub member_state: String,
    #[serde(default)]
    pub un_agency: String,
    #[serde(default)]
    pub itu_member: String,
}

impl AccreditationInput {
    /// The accredited categories with the form field of each.
    pub const FIELDS: [(Category, &'static str); 3] = [
        (Category::MemberState, "member_state"),
        (Category::UnAgency, "un_agency"),
        (Category::ItuMember, "itu_member"),
    ];

    pub fn text_of(&self, category: Category) -> &str {
        match category {
            Category::MemberState => &self.member_state,
            Category::UnAgency => &self.un_agency,
            Category::ItuMember => &self.itu_member,
            _ => "",
        }
    }

    /// The form as stored lists, one line per domain.
    pub fn from_domains(domains: &[(String, String)]) -> AccreditationInput {
        let of = |c: Category| {
            domains
                .iter()
                .filter(|(cat, _)| cat == c.code())
                .map(|(_, d)| d.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        };
        AccreditationInput {
            member_state: of(Category::MemberState),
            un_agency: of(Category::UnAgency),
            itu_member: of(Category::ItuMember),
        }
    }

    /// (category code, domain) pairs, each once; every bad line is a field error.
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<Vec<(String, String)>> {
        let mut out: Vec<(String, String)> = Vec::new();
        for (category, field) in Self::FIELDS {
            let lines: Vec<&str> = self
                .text_of(category)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            if lines.len() > MAX_DOMAINS {
                errors.add(field, "accreditation-too-many");
                continue;
            }
            for line in lines {
                match parse_domain(line) {
                    Ok(d) => {
                        let pair = (category.code().to_owned(), d);
                        if !out.contains(&pair) {
                            out.push(pair);
                        }
                    }
                    Err(k) => {
                        errors.add(field, k);
                        break;
                    }
                }
            }
        }
        errors.is_empty().then_some(out)
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
            RegistrationStatus::initial(r.category, true),
            RegistrationStatus::Pending
        );
        assert_eq!(
            RegistrationStatus::initial(Category::MemberState, true),
            RegistrationStatus::Approved
        );
        // Claiming a category proves nothing: without an accredited address it waits.
        assert_eq!(
            RegistrationStatus::initial(Category::MemberState, false),
            RegistrationStatus::Pending
        );
    }

    #[test]
    fn accredited_domains_are_checked_and_match_subdomains_only() {
        assert_eq!(parse_domain(" @Gov.KE. "), Ok("gov.ke".to_owned()));
        for bad in [
            "ke",
            "gov..ke",
            "-gov.ke",
            "gov_ke.org",
            "gov ke.org",
            "*.gov.ke",
        ] {
            assert!(parse_domain(bad).is_err(), "{bad}");
        }
        assert!(email_in_domain("a@gov.ke", "gov.ke"));
        assert!(email_in_domain("a@ict.GOV.ke", "gov.ke"));
        assert!(!email_in_domain("a@evilgov.ke", "gov.ke"));
        assert!(!email_in_domain("a@gov.ke.evil.org", "gov.ke"));
        let input = AccreditationInput {
            member_state: "gov.ke\ngov.ke\n\nadmin.ch".into(),
            un_agency: "un.org".into(),
            itu_member: "not a domain".into(),
        };
        let mut e = FieldErrors::new();
        assert!(input.parse(&mut e).is_none());
        assert_eq!(e.0[0].field, "itu_member");
        let input = AccreditationInput {
            itu_member: String::new(),
            ..input
        };
        let mut e = FieldErrors::new();
        let parsed = input.parse(&mut e).expect("valid");
        assert_eq!(parsed.len(), 3);
        assert_eq!(
            AccreditationInput::from_domains(&parsed).member_state,
            "gov.ke\nadmin.ch"
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
