//! Accounts: roles, and the values a person types when signing up or
//! editing a profile, each parsed into a type that can only hold a valid value.

use crate::language::Language;
use crate::taxonomy::StakeholderType;
use crate::taxonomy::countries::parse_country;
use crate::validation::FieldErrors;
use serde::{Deserialize, Serialize};

/// What an account may do. An account holds any set of roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the platform: accounts and roles.
    Administrator,
    /// The forum secretariat: moderation, calls, reference data, publications.
    Secretariat,
    /// An Action Line facilitator (UN agency staff).
    Facilitator,
    /// Organises forum sessions.
    Organiser,
    /// Submits stocktaking entries and prize nominations.
    Stakeholder,
    /// Registers for the forum, votes, keeps an agenda. Every account has it.
    Participant,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Administrator,
        Role::Secretariat,
        Role::Facilitator,
        Role::Organiser,
        Role::Stakeholder,
        Role::Participant,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Secretariat => "secretariat",
            Role::Facilitator => "facilitator",
            Role::Organiser => "organiser",
            Role::Stakeholder => "stakeholder",
            Role::Participant => "participant",
        }
    }

    pub fn parse(code: &str) -> Result<Self, &'static str> {
        Self::ALL
            .into_iter()
            .find(|r| r.code() == code.trim())
            .ok_or("role-invalid")
    }

    /// The roles a new account receives when it signs up.
    pub const SIGN_UP: [Role; 2] = [Role::Participant, Role::Stakeholder];
}

/// Whether a set of held roles satisfies a requirement. An administrator may
/// do everything the secretariat may; everything else is explicit.
pub fn has_role(held: &[Role], required: Role) -> bool {
    held.contains(&required)
        || (required == Role::Secretariat && held.contains(&Role::Administrator))
}

/// A syntactically valid e-mail address, trimmed and with its domain in
/// lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("email-required");
        }
        let (local, domain) = s.rsplit_once('@').ok_or("email-invalid")?;
        let ok = s.len() <= 254
            && !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && domain.contains('.')
            && !domain.starts_with(['.', '-'])
            && !domain.ends_with(['.', '-'])
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
        if !ok {
            return Err("email-invalid");
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password that meets the policy (NIST SP 800-63B: length over
/// composition rules). Never stored; only its hash is.
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 256;
    pub fn parse(raw: &str) -> Result<Password, &'static str> {
        let n = raw.chars().count();
        if n == 0 {
            Err("password-required")
        } else if n < Self::MIN_CHARS {
            Err("password-too-short")
        } else if n > Self::MAX_CHARS {
            Err("password-too-long")
        } else {
            Ok(Password(raw.to_owned()))
        }
    }
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A new password typed twice (sign-up, reset, change): the policy on
    /// `password`, then that `confirm` is the same. Problems go to `errors`
    /// under the fields `password` and `password_confirm`.
    pub fn parse_new(raw: &str, confirm: &str, errors: &mut FieldErrors) -> Option<Password> {
        let password = errors.check("password", Password::parse(raw));
        if password.is_some() && raw != confirm {
            errors.add("password_confirm", "password-mismatch");
        }
        password
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// A person's name as every form, the import and the command line take it: one
/// line of 1 to 100 clean characters (`name-required`, `name-too-long`,
/// `text-invalid-characters`).
pub fn parse_name(raw: &str) -> Result<String, &'static str> {
    single_line(raw, 100, "name-required", "name-too-long")
}

/// A short single-line text: a person's name, an organisation.
fn single_line(
    raw: &str,
    max: usize,
    required: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    crate::validation::checked_text(raw, max, false, required, too_long)
}

/// The profile every account has; sign-up asks for it and the profile page
/// edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub organisation: Option<String>,
    pub stakeholder_type: Option<StakeholderType>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub language: Language,
}

/// Raw profile fields as a form or an API body gives them.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProfileInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub stakeholder_type: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub language: String,
}

impl ProfileInput {
    /// Parses every field, reporting each problem against its field.
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<Profile> {
        let name = errors.check(
            "name",
            single_line(&self.name, 100, "name-required", "name-too-long"),
        );
        let organisation = if self.organisation.trim().is_empty() {
            Some(None)
        } else {
            errors
                .check(
                    "organisation",
                    single_line(
                        &self.organisation,
                        200,
                        "organisation-required",
                        "organisation-too-long",
                    ),
                )
                .map(Some)
        };
        let stakeholder_type = if self.stakeholder_type.is_empty() {
            Some(None)
        } else {
            errors
                .check(
                    "stakeholder_type",
                    StakeholderType::parse(&self.stakeholder_type),
                )
                .map(Some)
        };
        let country = if self.country.is_empty() {
            Some(None)
        } else {
            errors
                .check("country", parse_country(&self.country))
                .map(|c| Some(c.alpha2.clone()))
        };
        let language = errors.check(
            "language",
            Language::from_tag(&self.language).ok_or("language-invalid"),
        );
        Some(Profile {
            name: name?,
            organisation: organisation?,
            stakeholder_type: stakeholder_type?,
            country: country?,
            language: language?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_bad_ones_refused() {
        assert_eq!(
            Email::parse("  Ana@Example.ORG ").unwrap().as_str(),
            "Ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.org",
            "ana@x",
            "a b@x.org",
            "ana@x..org",
            "<a>@x.org",
            "ana@-x.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Email::parse(" ").unwrap_err(), "email-required");
    }

    #[test]
    fn passwords_are_checked_by_length_in_characters() {
        assert_eq!(Password::parse("").unwrap_err(), "password-required");
        assert_eq!(Password::parse("short").unwrap_err(), "password-too-short");
        assert!(
            Password::parse("ضضضضضضضضضض").is_ok(),
            "ten Arabic letters are ten characters"
        );
        assert_eq!(
            Password::parse(&"x".repeat(257)).unwrap_err(),
            "password-too-long"
        );
    }

    #[test]
    fn profile_reports_every_bad_field() {
        let input = ProfileInput {
            name: " ".into(),
            organisation: "ITU".into(),
            stakeholder_type: "alien".into(),
            country: "ZZ".into(),
            language: "de".into(),
        };
        let mut errors = FieldErrors::new();
        assert!(input.parse(&mut errors).is_none());
        let fields: Vec<_> = errors.0.iter().map(|e| (e.field, e.key)).collect();
        assert_eq!(
            fields,
            vec![
                ("name", "name-required"),
                ("stakeholder_type", "stakeholder-type-invalid"),
                ("country", "country-invalid"),
                ("language", "language-invalid")
            ]
        );
    }

    #[test]
    fn a_valid_profile_parses() {
        let input = ProfileInput {
            name: " Ana Silva ".into(),
            organisation: "".into(),
            stakeholder_type: "academia".into(),
            country: "br".into(),
            language: "es".into(),
        };
        let mut errors = FieldErrors::new();
        let p = input.parse(&mut errors).unwrap();
        assert!(errors.is_empty());
        assert_eq!(p.name, "Ana Silva");
        assert_eq!(p.country.as_deref(), Some("BR"));
        assert_eq!(p.organisation, None);
    }

    #[test]
    fn a_new_password_meets_the_policy_and_is_typed_twice_the_same() {
        let mut errors = FieldErrors::new();
        assert!(Password::parse_new("long enough pass", "long enough pass", &mut errors).is_some());
        assert!(errors.is_empty());
        let mut errors = FieldErrors::new();
        assert!(Password::parse_new("long enough pass", "long enough pas", &mut errors).is_some());
        assert_eq!(
            errors.for_field("password_confirm"),
            Some("password-mismatch")
        );
        let mut errors = FieldErrors::new();
        assert!(Password::parse_new("short", "other", &mut errors).is_none());
        assert_eq!(errors.for_field("password"), Some("password-too-short"));
        assert_eq!(errors.for_field("password_confirm"), None);
    }

    #[test]
    fn administrators_may_act_as_secretariat_but_nothing_else_is_implied() {
        assert!(has_role(&[Role::Administrator], Role::Secretariat));
        assert!(!has_role(&[Role::Administrator], Role::Facilitator));
        assert!(!has_role(&[Role::Secretariat], Role::Administrator));
        assert_eq!(Role::parse("organiser"), Ok(Role::Organiser));
        assert_eq!(Role::parse("king"), Err("role-invalid"));
    }
}
