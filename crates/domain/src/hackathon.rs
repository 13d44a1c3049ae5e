//! The WSIS Hackathon: an edition with a title in six languages, limits on the size of a
//! team and dated phases; challenges (each with partner organisations); teams of people
//! who accepted their captain's invitation, one team per person and challenge; a project
//! per team (a repository, a video, a description, up to [`MAX_FILES`] files) that its
//! members may change until the deadline; a jury that scores the projects against the
//! published [`CRITERIA`] after declaring its conflicts of interest; one winner per
//! challenge.

use crate::Language;
use crate::validation::{FieldErrors, checked_text};
use serde::Serialize;
use std::collections::BTreeMap;

/// Files a team may attach to its project.
pub const MAX_FILES: i64 = 5;
/// A juror's score of a criterion.
pub const SCORE_RANGE: std::ops::RangeInclusive<i64> = 1..=10;
/// The published criteria the jury scores each project against, in order (their names
/// and descriptions are the interface strings `hackathon-criterion-…`).
pub const CRITERIA: [&str; 5] = [
    "relevance",
    "innovation",
    "feasibility",
    "inclusion",
    "presentation",
];
/// The most invitations a team may send in all, as a multiple of the largest team (an
/// invitation is an e-mail to an address the captain typed: bounded).
pub const INVITATIONS_PER_PLACE: i64 = 3;
/// The largest team an edition may allow.
pub const TEAM_LIMIT: i64 = 10;

/// The phases of an edition, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Before teams may form.
    Upcoming,
    /// Teams form and submit their projects until the deadline.
    Open,
    /// After the deadline: the jury scores, the secretariat chooses the winners.
    Judging,
    /// The winners are public.
    Announced,
}

impl Phase {
    /// The key naming it in JSON and the interface strings (`hackathon-phase-…`).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Upcoming => "upcoming",
            Phase::Open => "open",
            Phase::Judging => "judging",
            Phase::Announced => "announced",
        }
    }
}

/// An edition's dates (Unix seconds, UTC), strictly increasing by construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub opens_at: i64,
    pub closes_at: i64,
    pub announced_at: i64,
}

impl Schedule {
    pub const FIELDS: [&'static str; 3] = ["opens_at", "closes_at", "announced_at"];

    pub fn parse(dates: [i64; 3]) -> Result<Schedule, FieldErrors> {
        let mut errors = FieldErrors::new();
        for i in 1..3 {
            if dates[i] <= dates[i - 1] {
                errors.add(Self::FIELDS[i], "hackathon-date-order");
            }
        }
        errors.into_result()?;
        Ok(Schedule {
            opens_at: dates[0],
            closes_at: dates[1],
            announced_at: dates[2],
        })
    }

    pub fn phase_at(&self, t: i64) -> Phase {
        if t < self.opens_at {
            Phase::Upcoming
        } else if t < self.closes_at {
            Phase::Open
        } else if t < self.announced_at {
            Phase::Judging
        } else {
            Phase::Announced
        }
    }

    /// Each phase with its start and end (none for the last).
    pub fn timeline(&self) -> [(Phase, i64, Option<i64>); 3] {
        [
            (Phase::Open, self.opens_at, Some(self.closes_at)),
            (Phase::Judging, self.closes_at, Some(self.announced_at)),
            (Phase::Announced, self.announced_at, None),
        ]
    }
}

/// The smallest and largest team: 1 ≤ min ≤ max ≤ [`TEAM_LIMIT`].
pub fn parse_team_size(min: &str, max: &str) -> Result<(i64, i64), FieldErrors> {
    let mut errors = FieldErrors::new();
    let parse = |s: &str| {
        s.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=TEAM_LIMIT).contains(n))
    };
    let (lo, hi) = (parse(min), parse(max));
    if lo.is_none() {
        errors.add("team_min", "hackathon-team-size-invalid");
    }
    if hi.is_none() {
        errors.add("team_max", "hackathon-team-size-invalid");
    }
    if let (Some(lo), Some(hi)) = (lo, hi)
        && hi < lo
    {
        errors.add("team_max", "hackathon-team-size-order");
    }
    errors.into_result()?;
    Ok((lo.unwrap_or(1), hi.unwrap_or(1)))
}

/// A text in the six languages as typed (language code → text): English is required
/// (the others fall back to it); each at most `max` characters. `field` names the form
/// field of each language.
pub fn parse_localized(
    raw: &BTreeMap<String, String>,
    field: fn(Language) -> &'static str,
    max: usize,
    multiline: bool,
) -> Result<BTreeMap<String, String>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut out = BTreeMap::new();
    for lang in Language::ALL {
        let text = raw.get(lang.code()).map(|s| s.trim()).unwrap_or_default();
        if text.is_empty() {
            if lang == Language::En {
                errors.add(field(lang), "hackathon-text-required");
            }
            continue;
        }
        match checked_text(
            text,
            max,
            multiline,
            "hackathon-text-required",
            "hackathon-text-too-long",
        ) {
            Ok(t) => {
                out.insert(lang.code().to_owned(), t);
            }
            Err(k) => errors.add(field(lang), k),
        }
    }
    errors.into_result()?;
    Ok(out)
}

/// The form field of an edition's or a challenge's title in `lang`.
pub fn title_field(lang: Language) -> &'static str {
    match lang {
        Language::Ar => "title_ar",
        Language::Zh => "title_zh",
        Language::En => "title_en",
        Language::Fr => "title_fr",
        Language::Ru => "title_ru",
        Language::Es => "title_es",
    }
}

/// The form field of a challenge's description in `lang`.
pub fn description_field(lang: Language) -> &'static str {
    match lang {
        Language::Ar => "description_ar",
        Language::Zh => "description_zh",
        Language::En => "description_en",
        Language::Fr => "description_fr",
        Language::Ru => "description_ru",
        Language::Es => "description_es",
    }
}

/// The partner organisations of a challenge, one per line (or separated by `;`): at
/// least one, at most 10, each at most 120 characters, each once.
pub fn parse_partners(raw: &str) -> Result<Vec<String>, &'static str> {
    let mut out: Vec<String> = Vec::new();
    for p in raw.split(['\n', ';']) {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        let p = checked_text(
            p,
            120,
            false,
            "hackathon-partners-required",
            "hackathon-partners-invalid",
        )?;
        if !out.iter().any(|x| x.eq_ignore_ascii_case(&p)) {
            out.push(p);
        }
    }
    if out.is_empty() {
        return Err("hackathon-partners-required");
    }
    if out.len() > 10 {
        return Err("hackathon-partners-invalid");
    }
    Ok(out)
}

/// A team's name: 2–60 characters on one line. Its key (unique per edition) ignores
/// case and runs of spaces.
pub fn parse_team_name(raw: &str) -> Result<(String, String), &'static str> {
    let name = checked_text(
        raw,
        60,
        false,
        "hackathon-team-name-required",
        "hackathon-team-name-too-long",
    )?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() < 2 {
        return Err("hackathon-team-name-required");
    }
    let key = name.to_lowercase();
    Ok((name, key))
}

/// A project as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ProjectInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub repo_url: String,
    #[serde(default)]
    pub video_url: String,
}

/// A project, valid by construction of [`ProjectInput::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectData {
    pub title: String,
    pub summary: String,
    /// `https://…`: required (the code is what the jury reads).
    pub repo_url: String,
    /// `https://…` or empty.
    pub video_url: String,
}

/// An `https://` address with a host, at most 300 characters.
fn https_url(raw: &str, required: bool) -> Result<String, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return if required {
            Err("hackathon-url-required")
        } else {
            Ok(String::new())
        };
    }
    match crate::stocktaking::parse_url(s) {
        Ok(Some(u)) if u.starts_with("https://") && u.len() <= 300 => Ok(u),
        _ => Err("hackathon-url-invalid"),
    }
}

impl ProjectInput {
    pub fn parse(&self) -> Result<ProjectData, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = errors.check(
            "title",
            checked_text(
                &self.title,
                120,
                false,
                "hackathon-project-title-required",
                "hackathon-text-too-long",
            ),
        );
        let summary = errors.check(
            "summary",
            checked_text(
                &self.summary,
                3000,
                true,
                "hackathon-project-summary-required",
                "hackathon-text-too-long",
            ),
        );
        let repo_url = errors.check("repo_url", https_url(&self.repo_url, true));
        let video_url = errors.check("video_url", https_url(&self.video_url, false));
        errors.into_result()?;
        Ok(ProjectData {
            title: title.unwrap_or_default(),
            summary: summary.unwrap_or_default(),
            repo_url: repo_url.unwrap_or_default(),
            video_url: video_url.unwrap_or_default(),
        })
    }
}

/// The status of an invitation.
pub mod invitation {
    pub const PENDING: &str = "pending";
    pub const ACCEPTED: &str = "accepted";
    pub const DECLINED: &str = "declined";
    pub const WITHDRAWN: &str = "withdrawn";
}

/// A project's place in its challenge's ranking: the jurors' mean total (out of 50),
/// the lowest and highest total (the spread), how many jurors scored it fully.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub team: i64,
    pub mean: Option<f64>,
    pub low: Option<i64>,
    pub high: Option<i64>,
    pub jurors: i64,
}

/// Ranks teams from each juror's total (team, juror, total of every criterion): by mean
/// total (highest first; unscored last), then by how many jurors scored, then by id.
pub fn rank(teams: &[i64], totals: &[(i64, i64, i64)]) -> Vec<Ranked> {
    let mut out: Vec<Ranked> = teams
        .iter()
        .map(|t| {
            let mine: Vec<i64> = totals
                .iter()
                .filter(|(team, _, _)| team == t)
                .map(|(_, _, total)| *total)
                .collect();
            let n = mine.len() as i64;
            Ranked {
                team: *t,
                mean: (n > 0).then(|| mine.iter().sum::<i64>() as f64 / n as f64),
                low: mine.iter().min().copied(),
                high: mine.iter().max().copied(),
                jurors: n,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.mean
            .unwrap_or(-1.0)
            .total_cmp(&a.mean.unwrap_or(-1.0))
            .then(b.jurors.cmp(&a.jurors))
            .then(a.team.cmp(&b.team))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_follow_the_dates() {
        assert!(Schedule::parse([10, 20, 20]).is_err());
        let s = Schedule::parse([10, 20, 30]).unwrap();
        assert_eq!(s.phase_at(9), Phase::Upcoming);
        assert_eq!(s.phase_at(10), Phase::Open);
        assert_eq!(s.phase_at(20), Phase::Judging);
        assert_eq!(s.phase_at(30), Phase::Announced);
    }

    #[test]
    fn team_sizes_are_bounded_and_ordered() {
        assert_eq!(parse_team_size("2", " 5 ").unwrap(), (2, 5));
        let e = parse_team_size("0", "11").unwrap_err();
        assert_eq!(e.for_field("team_min"), Some("hackathon-team-size-invalid"));
        assert_eq!(e.for_field("team_max"), Some("hackathon-team-size-invalid"));
        assert_eq!(
            parse_team_size("4", "3").unwrap_err().for_field("team_max"),
            Some("hackathon-team-size-order")
        );
    }

    #[test]
    fn texts_need_english_and_names_ignore_case() {
        let mut raw = BTreeMap::new();
        raw.insert("fr".to_owned(), "Apprendre".to_owned());
        assert_eq!(
            parse_localized(&raw, title_field, 10, false)
                .unwrap_err()
                .for_field("title_en"),
            Some("hackathon-text-required")
        );
        raw.insert("en".to_owned(), "Learning".to_owned());
        raw.insert("ru".to_owned(), "Очень длинное название".to_owned());
        assert_eq!(
            parse_localized(&raw, title_field, 10, false)
                .unwrap_err()
                .for_field("title_ru"),
            Some("hackathon-text-too-long")
        );
        let (name, key) = parse_team_name("  Code   for  Kisumu ").unwrap();
        assert_eq!(name, "Code for Kisumu");
        assert_eq!(key, "code for kisumu");
        assert!(parse_team_name("x").is_err());
        assert_eq!(
            parse_partners("UNESCO\nUniversity of Geneva; unesco").unwrap(),
            vec!["UNESCO", "University of Geneva"]
        );
        assert_eq!(parse_partners(" ; "), Err("hackathon-partners-required"));
    }

    #[test]
    fn a_project_needs_a_title_a_summary_and_an_https_repository() {
        let e = ProjectInput::default().parse().unwrap_err();
        assert_eq!(
            e.for_field("title"),
            Some("hackathon-project-title-required")
        );
        assert_eq!(e.for_field("repo_url"), Some("hackathon-url-required"));
        assert_eq!(e.for_field("video_url"), None);
        let mut p = ProjectInput {
            title: "LearnLink".into(),
            summary: "Offline lessons over SMS.".into(),
            repo_url: "http://example.org/x".into(),
            video_url: "javascript:alert(1)".into(),
        };
        let e = p.parse().unwrap_err();
        assert_eq!(e.for_field("repo_url"), Some("hackathon-url-invalid"));
        assert_eq!(e.for_field("video_url"), Some("hackathon-url-invalid"));
        p.repo_url = "https://github.com/example/learnlink".into();
        p.video_url = String::new();
        assert_eq!(p.parse().unwrap().video_url, "");
    }

    #[test]
    fn ranking_is_by_mean_total_then_jurors_then_id() {
        let r = rank(
            &[1, 2, 3, 4],
            &[
                (1, 10, 40),
                (1, 11, 30),
                (2, 10, 35),
                (3, 10, 35),
                (3, 11, 35),
            ],
        );
        let order: Vec<i64> = r.iter().map(|x| x.team).collect();
        assert_eq!(order, vec![1, 3, 2, 4]);
        assert_eq!(r[0].low, Some(30));
        assert_eq!(r[0].high, Some(40));
        assert_eq!(r[2].jurors, 1);
        assert_eq!(r[3].mean, None);
    }
}
