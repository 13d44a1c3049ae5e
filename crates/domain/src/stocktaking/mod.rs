//! Stocktaking entries: ICT-for-development activities that stakeholders
//! submit and the secretariat moderates. What an entry holds, how raw form
//! or API input becomes a valid entry (every problem reported against its
//! field), and the moderation workflow.

use crate::language::Language;
use crate::taxonomy::countries::{country, m49_region};
use crate::taxonomy::{StakeholderType, action_lines, sdg};
use crate::validation::{FieldErrors, text_is_clean};

/// The M49 code of the World, which every region is part of (not a facet value).
const WORLD: &str = "001";
use serde::{Deserialize, Serialize};

mod facets;
mod translation;
mod workflow;
pub use facets::Facet;
pub use workflow::{Action, Actor, transition};

macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident, $err:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Stable code for forms, the database and the API.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(s: &str) -> Result<Self, &'static str> {
                Self::ALL.iter().copied().find(|v| v.code() == s.trim()).ok_or($err)
            }
        }
    };
}

code_enum!(
    /// What kind of activity an entry describes.
    ActivityType, "activity-type-invalid", {
        Project => "project", Programme => "programme", Training => "training",
        Conference => "conference", Website => "website", Guideline => "guideline",
        Toolkit => "toolkit", Other => "other",
    }
);

code_enum!(
    /// Where the activity itself stands.
    ActivityStatus, "activity-status-invalid", {
        Planned => "planned", Ongoing => "ongoing", Completed => "completed",
    }
);

code_enum!(
    /// Where an entry stands in moderation.
    EntryStatus, "entry-status-invalid", {
        Draft => "draft", Submitted => "submitted", Published => "published",
        Returned => "returned", Rejected => "rejected",
    }
);

code_enum!(
    /// The geographic reach of an activity.
    CoverageKind, "coverage-invalid", {
        National => "national", Regional => "regional", International => "international",
    }
);

/// An Action Line (or C7 sub-line) an entry is linked to, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionLineLink {
    /// `C1` … `C11`, or `C7.1` … `C7.8`.
    pub code: String,
    pub rationale: String,
}

/// An SDG an entry is linked to, its targets, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SdgLink {
    pub goal: u8,
    pub targets: Vec<String>,
    pub rationale: String,
}

/// A translation of the title and description, and who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    pub language: Language,
    pub title: String,
    pub description: String,
    pub translator: String,
}

/// One version of an entry's content; every revision stores one of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryData {
    pub title: String,
    /// Markdown, sanitised when rendered.
    pub description: String,
    pub activity_type: ActivityType,
    pub organisation: String,
    pub stakeholder_type: StakeholderType,
    pub partners: Vec<String>,
    pub coverage: CoverageKind,
    /// ISO alpha-2 codes (national coverage).
    pub countries: Vec<String>,
    /// UN M49 region codes (regional coverage).
    pub regions: Vec<String>,
    pub action_lines: Vec<ActionLineLink>,
    pub sdgs: Vec<SdgLink>,
    /// `YYYY-MM-DD`.
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub status: ActivityStatus,
    pub website: Option<String>,
    pub contact: Option<String>,
    /// Languages the activity works in.
    pub languages: Vec<Language>,
    /// The language the entry is written in.
    pub language: Language,
    pub translations: Vec<Translation>,
}

impl EntryData {
    /// The Action Line codes for facets: each line, and `C7` for a C7 sub-line.
    pub fn action_line_codes(&self) -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for l in &self.action_lines {
            if let Some(parent) = l.code.split('.').next().filter(|_| l.code.contains('.'))
                && !v.iter().any(|c| c == parent)
            {
                v.push(parent.to_owned());
            }
            if !v.contains(&l.code) {
                v.push(l.code.clone());
            }
        }
        v
    }

    /// Title and description in a language: the original, a translation, or
    /// the original as a fallback.
    pub fn text_in(&self, lang: Language) -> (&str, &str, Language) {
        if lang == self.language {
            return (&self.title, &self.description, self.language);
        }
        match self.translations.iter().find(|t| t.language == lang) {
            Some(t) => (&t.title, &t.description, lang),
            None => (&self.title, &self.description, self.language),
        }
    }

    /// The facet values of this content, as the search index, the
    /// statistics and the per-line/SDG/country pages count them. A national
    /// entry counts in its countries' M49 region, sub-region and ITU region.
    pub fn facet_values(&self, call_year: Option<i64>) -> Vec<(Facet, String)> {
        let mut v: Vec<(Facet, String)> = Vec::new();
        let mut push = |k: Facet, val: String| {
            if !v.iter().any(|(kk, vv)| *kk == k && *vv == val) {
                v.push((k, val));
            }
        };
        for c in self.action_line_codes() {
            push(Facet::ActionLine, c);
        }
        for s in &self.sdgs {
            push(Facet::Sdg, s.goal.to_string());
            for t in &s.targets {
                push(Facet::Target, t.clone());
            }
        }
        for c in &self.countries {
            push(Facet::Country, c.clone());
            if let Some(found) = country(c) {
                for r in [
                    &found.region,
                    &found.subregion,
                    &found.intermediate,
                    &found.itu_region,
                ]
                .into_iter()
                .flatten()
                {
                    push(Facet::Region, r.clone());
                }
            }
        }
        // A regional entry counts in its regions and in the regions that contain them
        // (Eastern Africa in Africa), not in the World.
        for r in &self.regions {
            let mut code = Some(r.as_str());
            // The M49 tree is four levels deep; the bound only guards against bad data.
            for _ in 0..8 {
                let Some(c) = code.filter(|c| *c != WORLD) else {
                    break;
                };
                push(Facet::Region, c.to_owned());
                code = m49_region(c).and_then(|found| found.parent.as_deref());
            }
        }
        push(Facet::Coverage, self.coverage.code().to_owned());
        push(
            Facet::StakeholderType,
            self.stakeholder_type.code().to_owned(),
        );
        push(Facet::ActivityType, self.activity_type.code().to_owned());
        push(Facet::Status, self.status.code().to_owned());
        if let Some(y) = self.start_year() {
            push(Facet::Year, y.to_string());
        }
        if let Some(y) = call_year {
            push(Facet::Call, y.to_string());
        }
        // Like the search's facet: the languages the activity works in.
        for l in &self.languages {
            push(Facet::Language, l.code().to_owned());
        }
        v
    }

    /// The year the activity started, for statistics and facets.
    pub fn start_year(&self) -> Option<i32> {
        self.start_date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok())
    }
}

/// Raw entry fields as a form posts them (repeated keys for lists) or the
/// API sends them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EntryInput {
    pub title: String,
    pub description: String,
    pub activity_type: String,
    pub organisation: String,
    pub stakeholder_type: String,
    /// One partner per line.
    pub partners: String,
    pub coverage: String,
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    /// (code, rationale) for each chosen Action Line.
    pub action_lines: Vec<(String, String)>,
    /// (goal, targets separated by commas or spaces, rationale) for each chosen SDG.
    pub sdgs: Vec<(String, String, String)>,
    pub start_date: String,
    pub end_date: String,
    pub status: String,
    pub website: String,
    pub contact: String,
    pub languages: Vec<String>,
    pub language: String,
}

const TITLE_MAX: usize = 200;
const DESCRIPTION_MAX: usize = 10_000;
const RATIONALE_MAX: usize = 500;

fn text(
    raw: &str,
    max: usize,
    required: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    crate::validation::checked_text(raw, max, true, required, too_long)
}

/// A calendar date `YYYY-MM-DD` between 1990 and 2100.
pub fn parse_date(raw: &str) -> Result<Option<String>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err("date-invalid");
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return Err("date-invalid");
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err("date-invalid"),
    };
    if !(1990..=2100).contains(&y) || d == 0 || d > days || s.len() != 10 {
        return Err("date-invalid");
    }
    Ok(Some(s.to_owned()))
}

/// An `http(s)://` address with a host.
pub fn parse_url(raw: &str) -> Result<Option<String>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or("url-invalid")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty()
        || !host.contains('.')
        || s.len() > 500
        || s.chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    {
        return Err("url-invalid");
    }
    Ok(Some(s.to_owned()))
}

/// The Action Line links of a form (`(code, rationale)` per chosen line) into
/// `errors["action_lines"]`: known codes (C7 only through a sub-line), each once,
/// rationales of at most 500 clean characters (required when `rationale_required`);
/// at least one line.
pub fn action_line_links(
    raw: &[(String, String)],
    rationale_required: bool,
    errors: &mut FieldErrors,
) -> Vec<ActionLineLink> {
    let mut lines = Vec::new();
    for (code, rationale) in raw {
        let code = code.trim();
        if code == "C7" {
            errors.add("action_lines", "action-line-c7-needs-subline");
            continue;
        }
        let Some(cat) = action_lines::category(code) else {
            errors.add("action_lines", "action-line-invalid");
            continue;
        };
        check_rationale("action_lines", rationale, rationale_required, errors);
        if !lines.iter().any(|l: &ActionLineLink| l.code == cat.code) {
            lines.push(ActionLineLink {
                code: cat.code.to_owned(),
                rationale: rationale.trim().to_owned(),
            });
        }
    }
    if lines.is_empty() && errors.for_field("action_lines").is_none() {
        errors.add("action_lines", "action-lines-required");
    }
    lines
}

/// The SDG links of a form (`(goal, targets separated by commas or spaces,
/// rationale)` per chosen goal) into `errors["sdgs"]`: known goals, each once, with
/// targets of that goal, rationales as for [`action_line_links`]; at least one goal.
pub fn sdg_links(
    raw: &[(String, String, String)],
    rationale_required: bool,
    errors: &mut FieldErrors,
) -> Vec<SdgLink> {
    let mut sdgs = Vec::new();
    for (goal, targets, rationale) in raw {
        let Some(g) = goal.trim().parse::<u8>().ok().and_then(sdg::goal) else {
            errors.add("sdgs", "sdg-invalid");
            continue;
        };
        let mut ts = Vec::new();
        for t in targets
            .split([',', ' ', ';'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            match sdg::target(t) {
                Some(found) if t.starts_with(&format!("{}.", g.number)) => {
                    if !ts.contains(&found.code) {
                        ts.push(found.code.clone());
                    }
                }
                _ => errors.add("sdgs", "sdg-target-invalid"),
            }
        }
        check_rationale("sdgs", rationale, rationale_required, errors);
        if !sdgs.iter().any(|s: &SdgLink| s.goal == g.number) {
            sdgs.push(SdgLink {
                goal: g.number,
                targets: ts,
                rationale: rationale.trim().to_owned(),
            });
        }
    }
    if sdgs.is_empty() && errors.for_field("sdgs").is_none() {
        errors.add("sdgs", "sdgs-required");
    }
    sdgs
}

fn check_rationale(field: &'static str, r: &str, required: bool, errors: &mut FieldErrors) {
    if r.chars().count() > RATIONALE_MAX {
        errors.add(field, "rationale-too-long");
    } else if !text_is_clean(r, true) {
        errors.add(field, "text-invalid-characters");
    } else if required && r.trim().is_empty() {
        errors.add(field, "rationale-required");
    }
}

impl EntryInput {
    /// Parses every field; `None` with `errors` filled when anything is wrong.
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<EntryData> {
        let title = errors.check(
            "title",
            crate::validation::checked_text(
                &self.title,
                TITLE_MAX,
                false,
                "title-required",
                "title-too-long",
            ),
        );
        let description = errors.check(
            "description",
            text(
                &self.description,
                DESCRIPTION_MAX,
                "description-required",
                "description-too-long",
            ),
        );
        let activity_type = errors.check("activity_type", ActivityType::parse(&self.activity_type));
        let organisation = errors.check(
            "organisation",
            crate::validation::checked_text(
                &self.organisation,
                200,
                false,
                "organisation-required",
                "organisation-too-long",
            ),
        );
        let stakeholder_type = errors.check(
            "stakeholder_type",
            StakeholderType::parse(&self.stakeholder_type),
        );
        let partners: Vec<String> = self
            .partners
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        if partners.len() > 50 || partners.iter().any(|p| p.chars().count() > 200) {
            errors.add("partners", "partners-invalid");
        } else if partners.iter().any(|p| !text_is_clean(p, false)) {
            errors.add("partners", "text-invalid-characters");
        }
        let coverage = errors.check("coverage", CoverageKind::parse(&self.coverage));
        let mut countries = Vec::new();
        let mut regions = Vec::new();
        match coverage {
            Some(CoverageKind::National) => {
                for c in &self.countries {
                    match country(c.trim()) {
                        Some(c) if !countries.contains(&c.alpha2) => {
                            countries.push(c.alpha2.clone())
                        }
                        Some(_) => {}
                        None => errors.add("countries", "country-invalid"),
                    }
                }
                if self.countries.is_empty() {
                    errors.add("countries", "countries-required");
                }
            }
            Some(CoverageKind::Regional) => {
                for r in &self.regions {
                    match m49_region(r.trim()) {
                        Some(r) if !regions.contains(&r.code) => regions.push(r.code.clone()),
                        Some(_) => {}
                        None => errors.add("regions", "region-invalid"),
                    }
                }
                if self.regions.is_empty() {
                    errors.add("regions", "regions-required");
                }
            }
            _ => {}
        }
        let lines = action_line_links(&self.action_lines, false, errors);
        let sdgs = sdg_links(&self.sdgs, false, errors);
        let start_date = errors.check("start_date", parse_date(&self.start_date));
        let end_date = errors.check("end_date", parse_date(&self.end_date));
        if let (Some(Some(s)), Some(Some(e))) = (&start_date, &end_date)
            && e < s
        {
            errors.add("end_date", "end-before-start");
        }
        let status = errors.check("status", ActivityStatus::parse(&self.status));
        let website = errors.check("website", parse_url(&self.website));
        let contact = if self.contact.trim().is_empty() {
            Some(None)
        } else {
            errors.check(
                "contact",
                crate::account::Email::parse(&self.contact).map(|e| Some(e.as_str().to_owned())),
            )
        };
        let mut languages = Vec::new();
        for l in &self.languages {
            match Language::from_tag(l) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => errors.add("languages", "language-invalid"),
            }
        }
        let language = errors.check(
            "language",
            Language::from_tag(&self.language).ok_or("language-invalid"),
        );
        if !errors.is_empty() {
            return None;
        }
        Some(EntryData {
            title: title?,
            description: description?,
            activity_type: activity_type?,
            organisation: organisation?,
            stakeholder_type: stakeholder_type?,
            partners,
            coverage: coverage?,
            countries,
            regions,
            action_lines: lines,
            sdgs,
            start_date: start_date?,
            end_date: end_date?,
            status: status?,
            website: website?,
            contact: contact?,
            languages,
            language: language?,
            translations: Vec::new(),
        })
    }

    /// The form fields of an existing entry, for its edit form.
    pub fn from_data(d: &EntryData) -> EntryInput {
        EntryInput {
            title: d.title.clone(),
            description: d.description.clone(),
            activity_type: d.activity_type.code().to_owned(),
            organisation: d.organisation.clone(),
            stakeholder_type: d.stakeholder_type.code().to_owned(),
            partners: d.partners.join("\n"),
            coverage: d.coverage.code().to_owned(),
            countries: d.countries.clone(),
            regions: d.regions.clone(),
            action_lines: d
                .action_lines
                .iter()
                .map(|l| (l.code.clone(), l.rationale.clone()))
                .collect(),
            sdgs: d
                .sdgs
                .iter()
                .map(|s| {
                    (
                        s.goal.to_string(),
                        s.targets.join(", "),
                        s.rationale.clone(),
                    )
                })
                .collect(),
            start_date: d.start_date.clone().unwrap_or_default(),
            end_date: d.end_date.clone().unwrap_or_default(),
            status: d.status.code().to_owned(),
            website: d.website.clone().unwrap_or_default(),
            contact: d.contact.clone().unwrap_or_default(),
            languages: d.languages.iter().map(|l| l.code().to_owned()).collect(),
            language: d.language.code().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn valid_input() -> EntryInput {
        EntryInput {
            title: "Rural broadband for schools".into(),
            description: "Connecting **120** rural schools.".into(),
            activity_type: "project".into(),
            organisation: "Ministry of ICT".into(),
            stakeholder_type: "government".into(),
            partners: "ITU\n\nUNICEF\n".into(),
            coverage: "national".into(),
            countries: vec!["ke".into(), "KE".into(), "UG".into()],
            regions: vec![],
            action_lines: vec![
                ("C2".into(), "Infrastructure".into()),
                ("C7.3".into(), "".into()),
            ],
            sdgs: vec![("4".into(), "4.a, 4.4".into(), "Schools".into())],
            start_date: "2018-01-15".into(),
            end_date: "2020-12-31".into(),
            status: "ongoing".into(),
            website: "https://example.org/rural".into(),
            contact: "info@example.org".into(),
            languages: vec!["en".into(), "fr".into()],
            language: "en".into(),
        }
    }

    #[test]
    fn a_valid_entry_parses_and_normalises() {
        let mut e = FieldErrors::new();
        let d = valid_input().parse(&mut e).expect("valid");
        assert!(e.is_empty());
        assert_eq!(d.countries, vec!["KE", "UG"]);
        assert_eq!(d.partners, vec!["ITU", "UNICEF"]);
        assert_eq!(d.action_line_codes(), vec!["C2", "C7", "C7.3"]);
        assert_eq!(d.sdgs[0].targets, vec!["4.a", "4.4"]);
        assert_eq!(d.start_year(), Some(2018));
    }

    #[test]
    fn facet_values_include_regions_of_countries() {
        let mut e = FieldErrors::new();
        let d = valid_input().parse(&mut e).unwrap();
        let f = d.facet_values(Some(2019));
        for want in [
            ("action_line", "C7"),
            ("action_line", "C7.3"),
            ("sdg", "4"),
            ("target", "4.a"),
            ("country", "KE"),
            ("region", "002"),
            ("region", "AFR"),
            ("year", "2018"),
            ("call", "2019"),
            ("language", "en"),
            ("language", "fr"),
            // Kenya's intermediate region: Eastern Africa.
            ("region", "014"),
        ] {
            assert!(
                f.contains(&(Facet::parse(want.0).expect("a facet"), want.1.to_owned())),
                "{want:?} in {f:?}"
            );
        }
        assert_eq!(
            f.iter()
                .filter(|(k, v)| *k == Facet::Region && v == "002")
                .count(),
            1,
            "no duplicates"
        );
    }

    #[test]
    fn a_regional_entry_counts_in_the_regions_containing_its_own() {
        let mut i = valid_input();
        i.coverage = "regional".into();
        i.countries = vec![];
        i.regions = vec!["014".into()];
        let mut e = FieldErrors::new();
        let d = i.parse(&mut e).expect("valid");
        let regions: Vec<String> = d
            .facet_values(None)
            .into_iter()
            .filter(|(k, _)| *k == Facet::Region)
            .map(|(_, v)| v)
            .collect();
        // Eastern Africa, in Sub-Saharan Africa, in Africa; not the World.
        assert_eq!(regions, vec!["014", "202", "002"]);
    }

    #[test]
    fn every_rule_reports_against_its_field() {
        let mut i = valid_input();
        i.title = " ".into();
        i.activity_type = "party".into();
        i.coverage = "national".into();
        i.countries = vec!["XX".into()];
        i.action_lines = vec![("C7".into(), "".into())];
        i.sdgs = vec![("4".into(), "5.1".into(), "".into())];
        i.start_date = "2020-02-30".into();
        i.website = "javascript:alert(1)".into();
        i.contact = "nope".into();
        let mut e = FieldErrors::new();
        assert!(i.parse(&mut e).is_none());
        let got: Vec<_> = e.0.iter().map(|f| (f.field, f.key)).collect();
        assert_eq!(
            got,
            vec![
                ("title", "title-required"),
                ("activity_type", "activity-type-invalid"),
                ("countries", "country-invalid"),
                ("action_lines", "action-line-c7-needs-subline"),
                ("sdgs", "sdg-target-invalid"),
                ("start_date", "date-invalid"),
                ("website", "url-invalid"),
                ("contact", "email-invalid"),
            ]
        );
    }

    #[test]
    fn at_least_one_action_line_and_one_sdg_and_dates_in_order() {
        let mut i = valid_input();
        i.action_lines.clear();
        i.sdgs.clear();
        i.end_date = "2017-01-01".into();
        let mut e = FieldErrors::new();
        assert!(i.parse(&mut e).is_none());
        assert_eq!(e.for_field("action_lines"), Some("action-lines-required"));
        assert_eq!(e.for_field("sdgs"), Some("sdgs-required"));
        assert_eq!(e.for_field("end_date"), Some("end-before-start"));
    }

    #[test]
    fn regional_coverage_needs_m49_regions() {
        let mut i = valid_input();
        i.coverage = "regional".into();
        let mut e = FieldErrors::new();
        assert!(i.parse(&mut e).is_none());
        assert_eq!(e.for_field("regions"), Some("regions-required"));
        i.regions = vec!["002".into()];
        let mut e = FieldErrors::new();
        assert_eq!(i.parse(&mut e).unwrap().regions, vec!["002"]);
    }

    #[test]
    fn input_round_trips_through_data() {
        let mut e = FieldErrors::new();
        let d = valid_input().parse(&mut e).unwrap();
        let again = EntryInput::from_data(&d).parse(&mut e).unwrap();
        assert_eq!(d, again);
    }

    #[test]
    fn dates_and_urls_are_checked() {
        assert_eq!(parse_date("2024-02-29"), Ok(Some("2024-02-29".into())));
        assert_eq!(parse_date("2023-02-29"), Err("date-invalid"));
        assert_eq!(parse_date("2023-2-9"), Err("date-invalid"));
        assert_eq!(parse_date(""), Ok(None));
        assert!(parse_url("https://itu.int/wsis").is_ok());
        assert!(parse_url("ftp://x.org").is_err());
        assert!(parse_url("https://").is_err());
    }
}
