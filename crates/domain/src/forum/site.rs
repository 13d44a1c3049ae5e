//! What the secretariat edits about an edition: its facts and theme, rooms,
//! the consultation's phases, partners, website pages and session types.
//! Each input is parsed into clean data or field errors, like every form.

use crate::language::Language;
use crate::stocktaking::{parse_date, parse_url};
use crate::validation::{FieldErrors, checked_text};
use std::collections::BTreeMap;

use super::{Track, check_type_code, is_builtin_type, parse_clock};

/// The partner tiers of a forum, in the order the site lists them.
pub const PARTNER_TIERS: &[&str] = &[
    "gold-plus",
    "gold",
    "specific",
    "contributing",
    "supporting",
];

/// A text in each of the six languages, from form fields `{prefix}_{code}`;
/// English is required, the others optional.
fn names_in_six(
    get: impl Fn(Language) -> String,
    field_en: &'static str,
    max: usize,
    errors: &mut FieldErrors,
    fields: [&'static str; 6],
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (lang, field) in Language::ALL.iter().zip(fields) {
        let raw = get(*lang);
        if raw.trim().is_empty() {
            if field == field_en {
                errors.add(field, "forum-text-required");
            }
            continue;
        }
        if let Some(t) = errors.check(
            field,
            checked_text(
                &raw,
                max,
                false,
                "forum-text-required",
                "forum-text-too-long",
            ),
        ) {
            out.insert(lang.code().to_owned(), t);
        }
    }
    out
}

/// The edition form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct EditionInput {
    /// Only when an edition is created (the year is its address).
    pub year: String,
    pub theme_ar: String,
    pub theme_zh: String,
    pub theme_en: String,
    pub theme_fr: String,
    pub theme_ru: String,
    pub theme_es: String,
    pub starts_on: String,
    pub ends_on: String,
    pub venue: String,
    pub time_zone: String,
    pub capacity: String,
    pub proposals_open: String,
}

/// An edition's editable facts, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionData {
    pub theme: BTreeMap<String, String>,
    pub starts_on: String,
    pub ends_on: String,
    pub venue: String,
    pub time_zone: String,
    pub capacity: i64,
    pub proposals_open: bool,
}

/// The longest forum the platform schedules, in days.
pub const MAX_FORUM_DAYS: i64 = 14;

fn day_number(date: &str) -> i64 {
    // Days since 1990-01-01 by a civil-from-days formula; enough to compare
    // and to count the days between two valid dates.
    let y: i64 = date[0..4].parse().unwrap_or(0);
    let m: i64 = date[5..7].parse().unwrap_or(0);
    let d: i64 = date[8..10].parse().unwrap_or(0);
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
}

impl EditionInput {
    pub fn theme_of(&self, lang: Language) -> String {
        match lang {
            Language::Ar => &self.theme_ar,
            Language::Zh => &self.theme_zh,
            Language::En => &self.theme_en,
            Language::Fr => &self.theme_fr,
            Language::Ru => &self.theme_ru,
            Language::Es => &self.theme_es,
        }
        .clone()
    }

    /// Parses the form; `known_zone` says whether a time zone name exists
    /// (the IANA database lives outside the domain).
    pub fn parse(
        &self,
        known_zone: impl Fn(&str) -> bool,
        errors: &mut FieldErrors,
    ) -> Option<EditionData> {
        let theme = names_in_six(
            |l| self.theme_of(l),
            "theme_en",
            300,
            errors,
            [
                "theme_ar", "theme_zh", "theme_en", "theme_fr", "theme_ru", "theme_es",
            ],
        );
        let date = |raw: &str| match parse_date(raw) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err("forum-date-required"),
            Err(k) => Err(k),
        };
        let starts_on = errors.check("starts_on", date(&self.starts_on));
        let ends_on = errors.check("ends_on", date(&self.ends_on));
        if let (Some(s), Some(e)) = (&starts_on, &ends_on) {
            let days = day_number(e) - day_number(s);
            if days < 0 {
                errors.add("ends_on", "forum-ends-before-start");
            } else if days >= MAX_FORUM_DAYS {
                errors.add("ends_on", "forum-too-long");
            }
        }
        let venue = errors.check(
            "venue",
            checked_text(
                &self.venue,
                200,
                false,
                "forum-text-required",
                "forum-text-too-long",
            ),
        );
        let zone = self.time_zone.trim();
        let time_zone = errors.check(
            "time_zone",
            if zone.is_empty() {
                Err("forum-text-required")
            } else if zone.len() > 64 || !known_zone(zone) {
                Err("forum-time-zone-invalid")
            } else {
                Ok(zone.to_owned())
            },
        );
        let capacity = errors.check("capacity", parse_count(&self.capacity, 1_000_000));
        let proposals_open = errors.check(
            "proposals_open",
            match self.proposals_open.as_str() {
                "1" => Ok(true),
                "0" | "" => Ok(false),
                _ => Err("forum-choice-invalid"),
            },
        );
        if !errors.is_empty() {
            return None;
        }
        Some(EditionData {
            theme,
            starts_on: starts_on?,
            ends_on: ends_on?,
            venue: venue?,
            time_zone: time_zone?,
            capacity: capacity?,
            proposals_open: proposals_open?,
        })
    }
}

/// The year of a new edition.
pub fn parse_year(raw: &str) -> Result<i64, &'static str> {
    match raw.trim().parse::<i64>() {
        Ok(y) if (2003..=2100).contains(&y) => Ok(y),
        _ => Err("forum-year-invalid"),
    }
}

/// A whole number from 0 to `max`.
pub fn parse_count(raw: &str, max: i64) -> Result<i64, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("forum-number-required");
    }
    match s.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(n),
        _ => Err("forum-number-invalid"),
    }
}

/// The room form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct RoomInput {
    pub code: String,
    pub name: String,
    pub capacity: String,
    /// Features ticked: `interpretation`, `captioning`, `step-free`.
    #[serde(default)]
    pub features: Vec<String>,
    pub opens: String,
    pub closes: String,
}

/// A room, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomData {
    pub code: String,
    pub name: String,
    pub capacity: i64,
    pub interpretation: bool,
    pub captioning: bool,
    pub step_free: bool,
    pub opens: String,
    pub closes: String,
}

pub const ROOM_FEATURES: [&str; 3] = ["interpretation", "captioning", "step-free"];

impl RoomInput {
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<RoomData> {
        let code = errors.check("code", check_room_code(&self.code));
        let name = errors.check(
            "name",
            checked_text(
                &self.name,
                120,
                false,
                "forum-text-required",
                "forum-text-too-long",
            ),
        );
        let capacity = errors.check("capacity", parse_count(&self.capacity, 100_000));
        if capacity == Some(0) {
            errors.add("capacity", "forum-number-invalid");
        }
        if self
            .features
            .iter()
            .any(|f| !ROOM_FEATURES.contains(&f.as_str()))
        {
            errors.add("features", "forum-choice-invalid");
        }
        let opens = errors.check("opens", parse_clock(&self.opens));
        let closes = errors.check("closes", parse_clock(&self.closes));
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            errors.add("closes", "room-closes-before-opens");
        }
        if !errors.is_empty() {
            return None;
        }
        let has = |f: &str| self.features.iter().any(|x| x == f);
        Some(RoomData {
            code: code?,
            name: name?,
            capacity: capacity?,
            interpretation: has("interpretation"),
            captioning: has("captioning"),
            step_free: has("step-free"),
            opens: self.opens.trim().to_owned(),
            closes: self.closes.trim().to_owned(),
        })
    }
}

/// A room code: letters, digits and hyphens, 1–20 long (used in addresses).
pub fn check_room_code(raw: &str) -> Result<String, &'static str> {
    let c = raw.trim();
    if c.is_empty() {
        return Err("forum-text-required");
    }
    if c.len() > 20 || !c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-') {
        return Err("room-code-invalid");
    }
    Ok(c.to_owned())
}

/// The phase form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PhaseInput {
    pub title_ar: String,
    pub title_zh: String,
    pub title_en: String,
    pub title_fr: String,
    pub title_ru: String,
    pub title_es: String,
    pub starts_on: String,
    pub ends_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseData {
    pub title: BTreeMap<String, String>,
    pub starts_on: String,
    pub ends_on: Option<String>,
}

impl PhaseInput {
    pub fn title_of(&self, lang: Language) -> String {
        match lang {
            Language::Ar => &self.title_ar,
            Language::Zh => &self.title_zh,
            Language::En => &self.title_en,
            Language::Fr => &self.title_fr,
            Language::Ru => &self.title_ru,
            Language::Es => &self.title_es,
        }
        .clone()
    }

    pub fn parse(&self, errors: &mut FieldErrors) -> Option<PhaseData> {
        let title = names_in_six(
            |l| self.title_of(l),
            "title_en",
            200,
            errors,
            [
                "title_ar", "title_zh", "title_en", "title_fr", "title_ru", "title_es",
            ],
        );
        let starts_on = errors.check(
            "starts_on",
            match parse_date(&self.starts_on) {
                Ok(Some(d)) => Ok(d),
                Ok(None) => Err("forum-date-required"),
                Err(k) => Err(k),
            },
        );
        let ends_on = errors.check("ends_on", parse_date(&self.ends_on));
        if let (Some(s), Some(Some(e))) = (&starts_on, &ends_on)
            && e < s
        {
            errors.add("ends_on", "forum-ends-before-start");
        }
        if !errors.is_empty() {
            return None;
        }
        Some(PhaseData {
            title,
            starts_on: starts_on?,
            ends_on: ends_on?,
        })
    }
}

/// Which consultation phases are under way on `today` (dates `YYYY-MM-DD`), given
/// each phase's (start, end) in order: a phase with an end runs through it; one
/// without runs until the next phase starts, the last until the forum's last day
/// (`forum_ends`). So at most the phases that truly overlap are "now", and none
/// once the forum is over.
pub fn current_phases(phases: &[(&str, Option<&str>)], forum_ends: &str, today: &str) -> Vec<bool> {
    phases
        .iter()
        .enumerate()
        .map(|(i, (start, end))| {
            if today < *start {
                return false;
            }
            match end {
                Some(e) => today <= *e,
                None => match phases[i + 1..]
                    .iter()
                    .map(|(s, _)| *s)
                    .filter(|s| s > start)
                    .min()
                {
                    Some(next) => today < next,
                    None => today <= forum_ends,
                },
            }
        })
        .collect()
}

/// The partner form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PartnerInput {
    pub tier: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerData {
    pub tier: String,
    pub name: String,
    pub url: String,
}

impl PartnerInput {
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<PartnerData> {
        let tier = errors.check(
            "tier",
            if PARTNER_TIERS.contains(&self.tier.as_str()) {
                Ok(self.tier.clone())
            } else {
                Err("forum-choice-invalid")
            },
        );
        let name = errors.check(
            "name",
            checked_text(
                &self.name,
                200,
                false,
                "forum-text-required",
                "forum-text-too-long",
            ),
        );
        let url = errors.check(
            "url",
            match parse_url(&self.url) {
                Ok(Some(u)) => Ok(u),
                Ok(None) => Err("forum-url-required"),
                Err(k) => Err(k),
            },
        );
        if !errors.is_empty() {
            return None;
        }
        Some(PartnerData {
            tier: tier?,
            name: name?,
            url: url?,
        })
    }
}

/// The website page form (one page in one language).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PageInput {
    pub title: String,
    pub body: String,
}

/// A page's address: lowercase letters, digits and hyphens, 1–40 long.
pub fn check_page_slug(raw: &str) -> Result<String, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("forum-text-required");
    }
    if s.len() > 40
        || !s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err("page-slug-invalid");
    }
    Ok(s.to_owned())
}

impl PageInput {
    /// The title and the Markdown body (sanitised when shown).
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<(String, String)> {
        let title = errors.check(
            "title",
            checked_text(
                &self.title,
                200,
                false,
                "forum-text-required",
                "forum-text-too-long",
            ),
        );
        let body = errors.check(
            "body",
            checked_text(
                &self.body,
                50_000,
                true,
                "forum-text-required",
                "forum-text-too-long",
            ),
        );
        Some((title?, body?))
    }
}

/// The session type form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct SessionTypeInput {
    pub code: String,
    pub track: String,
    pub name_ar: String,
    pub name_zh: String,
    pub name_en: String,
    pub name_fr: String,
    pub name_ru: String,
    pub name_es: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionTypeData {
    pub code: String,
    pub track: Track,
    pub names: BTreeMap<String, String>,
}

impl SessionTypeInput {
    pub fn name_of(&self, lang: Language) -> String {
        match lang {
            Language::Ar => &self.name_ar,
            Language::Zh => &self.name_zh,
            Language::En => &self.name_en,
            Language::Fr => &self.name_fr,
            Language::Ru => &self.name_ru,
            Language::Es => &self.name_es,
        }
        .clone()
    }

    /// Parses the form; `existing` lists the codes already taken.
    pub fn parse(&self, existing: &[String], errors: &mut FieldErrors) -> Option<SessionTypeData> {
        let code = errors.check(
            "code",
            check_type_code(&self.code).and_then(|c| {
                if is_builtin_type(&c) || existing.contains(&c) {
                    Err("session-type-taken")
                } else {
                    Ok(c)
                }
            }),
        );
        let track = errors.check("track", Track::parse(self.track.trim()));
        let names = names_in_six(
            |l| self.name_of(l),
            "name_en",
            120,
            errors,
            [
                "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es",
            ],
        );
        if !errors.is_empty() {
            return None;
        }
        Some(SessionTypeData {
            code: code?,
            track: track?,
            names,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edition() -> EditionInput {
        EditionInput {
            theme_en: "ICTs for achieving the SDGs".into(),
            theme_fr: "Les TIC au service des ODD".into(),
            starts_on: "2019-04-08".into(),
            ends_on: "2019-04-12".into(),
            venue: "ITU Headquarters, Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            capacity: "3000".into(),
            proposals_open: "1".into(),
            ..Default::default()
        }
    }

    fn zone(z: &str) -> bool {
        z == "Europe/Zurich"
    }

    #[test]
    fn a_valid_edition_parses_with_only_the_languages_given() {
        let mut e = FieldErrors::new();
        let d = edition().parse(zone, &mut e).unwrap();
        assert!(e.is_empty());
        assert_eq!(d.theme.len(), 2);
        assert_eq!(d.theme["fr"], "Les TIC au service des ODD");
        assert_eq!(d.capacity, 3000);
        assert!(d.proposals_open);
    }

    #[test]
    fn an_edition_reports_each_bad_field() {
        let mut input = edition();
        input.theme_en = " ".into();
        input.ends_on = "2019-04-01".into();
        input.time_zone = "Mars/Olympus".into();
        input.capacity = "-4".into();
        input.proposals_open = "maybe".into();
        let mut e = FieldErrors::new();
        assert!(input.parse(zone, &mut e).is_none());
        assert_eq!(e.for_field("theme_en"), Some("forum-text-required"));
        assert_eq!(e.for_field("ends_on"), Some("forum-ends-before-start"));
        assert_eq!(e.for_field("time_zone"), Some("forum-time-zone-invalid"));
        assert_eq!(e.for_field("capacity"), Some("forum-number-invalid"));
        assert_eq!(e.for_field("proposals_open"), Some("forum-choice-invalid"));

        let mut input = edition();
        input.ends_on = "2019-05-30".into();
        input.starts_on = "2019-02-30".into();
        let mut e = FieldErrors::new();
        assert!(input.parse(zone, &mut e).is_none());
        assert_eq!(e.for_field("starts_on"), Some("date-invalid"));
        let mut input = edition();
        input.ends_on = "2019-05-30".into();
        let mut e = FieldErrors::new();
        assert!(input.parse(zone, &mut e).is_none());
        assert_eq!(e.for_field("ends_on"), Some("forum-too-long"));
    }

    #[test]
    fn rooms_need_a_code_hours_in_order_and_known_features() {
        let ok = RoomInput {
            code: "CICG-1".into(),
            name: "Room 1".into(),
            capacity: "400".into(),
            features: vec!["captioning".into(), "step-free".into()],
            opens: "08:30".into(),
            closes: "18:00".into(),
        };
        let mut e = FieldErrors::new();
        let r = ok.parse(&mut e).unwrap();
        assert!(r.captioning && r.step_free && !r.interpretation);
        let bad = RoomInput {
            code: "room 1/".into(),
            capacity: "0".into(),
            features: vec!["sauna".into()],
            opens: "18:00".into(),
            closes: "09:00".into(),
            ..ok
        };
        let mut e = FieldErrors::new();
        assert!(bad.parse(&mut e).is_none());
        assert_eq!(e.for_field("code"), Some("room-code-invalid"));
        assert_eq!(e.for_field("capacity"), Some("forum-number-invalid"));
        assert_eq!(e.for_field("features"), Some("forum-choice-invalid"));
        assert_eq!(e.for_field("closes"), Some("room-closes-before-opens"));
    }

    #[test]
    fn phases_partners_pages_and_types() {
        let mut e = FieldErrors::new();
        let p = PhaseInput {
            title_en: "Call for session proposals".into(),
            starts_on: "2018-11-01".into(),
            ends_on: "2018-10-01".into(),
            ..Default::default()
        };
        assert!(p.parse(&mut e).is_none());
        assert_eq!(e.for_field("ends_on"), Some("forum-ends-before-start"));

        let mut e = FieldErrors::new();
        let partner = PartnerInput {
            tier: "platinum".into(),
            name: "".into(),
            url: "javascript:alert(1)".into(),
        };
        assert!(partner.parse(&mut e).is_none());
        assert_eq!(e.for_field("tier"), Some("forum-choice-invalid"));
        assert_eq!(e.for_field("name"), Some("forum-text-required"));
        assert_eq!(e.for_field("url"), Some("url-invalid"));

        assert_eq!(check_page_slug("about"), Ok("about".into()));
        assert_eq!(check_page_slug("../etc"), Err("page-slug-invalid"));

        let mut e = FieldErrors::new();
        let t = SessionTypeInput {
            code: "thematic-workshop".into(),
            track: "forum".into(),
            name_en: "Workshop".into(),
            ..Default::default()
        };
        assert!(t.parse(&[], &mut e).is_none());
        assert_eq!(e.for_field("code"), Some("session-type-taken"));
        let mut e = FieldErrors::new();
        let t = SessionTypeInput {
            code: "youth-forum".into(),
            ..t
        };
        assert!(t.parse(&["youth-forum".into()], &mut e).is_none());
        assert_eq!(e.for_field("code"), Some("session-type-taken"));
        let mut e = FieldErrors::new();
        let d = t.parse(&[], &mut e).unwrap();
        assert_eq!(d.track, Track::Forum);
        assert_eq!(d.names["en"], "Workshop");
    }

    #[test]
    fn only_the_phase_under_way_is_now() {
        let phases = [
            ("2018-07-02", None),
            ("2018-11-19", None),
            ("2019-01-15", Some("2019-02-10")),
            ("2019-03-08", None),
        ];
        let at = |d| current_phases(&phases, "2019-04-12", d);
        assert_eq!(at("2018-06-30"), [false, false, false, false]);
        assert_eq!(at("2018-08-01"), [true, false, false, false]);
        assert_eq!(at("2018-12-01"), [false, true, false, false]);
        assert_eq!(at("2019-01-20"), [false, false, true, false]);
        assert_eq!(
            at("2019-02-20"),
            [false, false, false, false],
            "between phases"
        );
        assert_eq!(at("2019-03-10"), [false, false, false, true]);
        assert_eq!(at("2019-04-12"), [false, false, false, true]);
        assert_eq!(at("2026-12-06"), [false, false, false, false], "all past");
    }
}
