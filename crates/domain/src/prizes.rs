//! The WSIS Prizes: the 18 categories, an edition's phases, what a submission must
//! hold, the experts' criteria, and the tally of the public vote. The tally is
//! here, pure, so that the site and `wsis tally BALLOTS_FILE` rank with one rule.

use crate::FieldErrors;
use crate::taxonomy::action_lines::{CATEGORIES, Category};
use crate::taxonomy::{countries, stakeholders::StakeholderType};
use crate::validation::checked_text;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How many categories an edition has.
pub const CATEGORY_COUNT: u8 = 18;

/// How many Champions each category has.
pub const CHAMPIONS_PER_CATEGORY: usize = 5;

/// Category `n` (1–18): C1–C6 are 1–6, the eight C7 sub-lines 7–14, C8–C11 15–18.
pub fn category(n: i64) -> Option<&'static Category> {
    usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| CATEGORIES.get(i))
}

/// The number (1–18) of the category of an Action Line code (`C7.3` is 9).
pub fn category_number(code: &str) -> Option<i64> {
    CATEGORIES
        .iter()
        .position(|c| c.code == code)
        .map(|i| i as i64 + 1)
}

/// Parses a category number from a form or a URL.
pub fn parse_category(raw: &str) -> Result<i64, &'static str> {
    match raw.trim().parse::<i64>() {
        Ok(n) if category(n).is_some() => Ok(n),
        _ if raw.trim().is_empty() => Err("prize-category-required"),
        _ => Err("prize-category-invalid"),
    }
}

// ------------------------------------------------------------------ phases

/// The phases of an edition, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Before submissions open.
    Upcoming,
    Submission,
    /// The experts review submissions and publish the nominees.
    Review,
    /// The public votes on the nominees.
    Voting,
    /// The experts choose a Winner among each category's Champions.
    Selection,
    Announced,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Upcoming,
        Phase::Submission,
        Phase::Review,
        Phase::Voting,
        Phase::Selection,
        Phase::Announced,
    ];

    /// The key naming it in URLs, JSON and the interface strings (`prize-phase-…`).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Upcoming => "upcoming",
            Phase::Submission => "submission",
            Phase::Review => "review",
            Phase::Voting => "voting",
            Phase::Selection => "selection",
            Phase::Announced => "announced",
        }
    }
}

/// An edition's dates (Unix seconds, UTC): each phase runs from its start to the
/// next one's. Valid by construction of [`Schedule::parse`]: strictly increasing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub submission_opens: i64,
    pub submission_closes: i64,
    pub voting_opens: i64,
    pub voting_closes: i64,
    pub announced_at: i64,
}

impl Schedule {
    /// The dates in order; each field's error when one does not follow the one before.
    pub fn parse(dates: [i64; 5]) -> Result<Schedule, FieldErrors> {
        let mut errors = FieldErrors::new();
        const FIELDS: [&str; 5] = [
            "submission_opens",
            "submission_closes",
            "voting_opens",
            "voting_closes",
            "announced_at",
        ];
        for i in 1..5 {
            if dates[i] <= dates[i - 1] {
                errors.add(FIELDS[i], "prize-date-order");
            }
        }
        errors.into_result()?;
        Ok(Schedule {
            submission_opens: dates[0],
            submission_closes: dates[1],
            voting_opens: dates[2],
            voting_closes: dates[3],
            announced_at: dates[4],
        })
    }

    /// The phase at time `t`.
    pub fn phase_at(&self, t: i64) -> Phase {
        if t < self.submission_opens {
            Phase::Upcoming
        } else if t < self.submission_closes {
            Phase::Submission
        } else if t < self.voting_opens {
            Phase::Review
        } else if t < self.voting_closes {
            Phase::Voting
        } else if t < self.announced_at {
            Phase::Selection
        } else {
            Phase::Announced
        }
    }

    /// Each phase after `Upcoming` with when it starts and ends (`None`: open-ended).
    pub fn timeline(&self) -> [(Phase, i64, Option<i64>); 5] {
        [
            (
                Phase::Submission,
                self.submission_opens,
                Some(self.submission_closes),
            ),
            (
                Phase::Review,
                self.submission_closes,
                Some(self.voting_opens),
            ),
            (Phase::Voting, self.voting_opens, Some(self.voting_closes)),
            (
                Phase::Selection,
                self.voting_closes,
                Some(self.announced_at),
            ),
            (Phase::Announced, self.announced_at, None),
        ]
    }
}

/// 00:00 UTC of a civil date, in Unix seconds (proleptic Gregorian; H. Hinnant's
/// days-from-civil). The editions' dates are days.
pub fn utc_midnight(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) * 86_400
}

// -------------------------------------------------------------- submissions

/// The words of the description shown to voters: at least this many…
pub const DESCRIPTION_MIN_WORDS: usize = 150;
/// …and at most this many.
pub const DESCRIPTION_MAX_WORDS: usize = 200;

/// The words of a text: runs between white space that hold a letter or a digit
/// ("e-health" is one word, a lone dash none). The form's live counter counts the same.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Submissions are accepted in English: every letter is in the Latin script
/// (accented letters of names and places included).
pub fn is_latin_text(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).all(|c| {
        let u = c as u32;
        // Basic Latin, Latin-1, Latin Extended-A/B, IPA, Latin Extended Additional.
        u < 0x0250 || (0x1E00..0x1F00).contains(&u)
    })
}

/// The answers of a submission besides its description, each its own field.
pub const ANSWERS: [&str; 5] = [
    "linkage",
    "impact",
    "partnerships",
    "challenges",
    "future_plans",
];

/// Longest answer, in characters.
pub const ANSWER_MAX_CHARS: usize = 4000;

/// A submission as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SubmissionInput {
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub stakeholder_type: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub linkage: String,
    #[serde(default)]
    pub impact: String,
    #[serde(default)]
    pub partnerships: String,
    #[serde(default)]
    pub challenges: String,
    #[serde(default)]
    pub future_plans: String,
    /// The owner's e-mail, when the submitter nominates a project it does not own.
    #[serde(default)]
    pub owner_email: String,
}

/// What a submission's text holds (stored as JSON beside its columns).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionText {
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub linkage: String,
    #[serde(default)]
    pub impact: String,
    #[serde(default)]
    pub partnerships: String,
    #[serde(default)]
    pub challenges: String,
    #[serde(default)]
    pub future_plans: String,
}

impl SubmissionText {
    pub fn answer(&self, field: &str) -> &str {
        match field {
            "linkage" => &self.linkage,
            "impact" => &self.impact,
            "partnerships" => &self.partnerships,
            "challenges" => &self.challenges,
            "future_plans" => &self.future_plans,
            "description" => &self.description,
            "website" => &self.website,
            _ => "",
        }
    }
}

/// A submission valid for its stage: a draft needs its category, title and entity; a
/// submitted project needs everything ([`Submission::check_complete`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub category: i64,
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_type: String,
    pub owner_email: Option<String>,
    pub text: SubmissionText,
}

/// The name of an entity, reduced so that "ICT  Authority, Kenya" and "ict authority
/// kenya" are one entity: letters and digits, lower-cased, single spaces.
pub fn entity_key(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl SubmissionInput {
    /// Parses what is typed into a draft: each field's error, or the submission.
    /// Fields left empty stay empty (a draft); [`Submission::check_complete`] says
    /// what a submitted project lacks.
    pub fn parse(&self) -> Result<Submission, FieldErrors> {
        let mut errors = FieldErrors::new();
        let category = errors.check("category", parse_category(&self.category));
        let title = errors.check(
            "title",
            checked_text(
                &self.title,
                200,
                false,
                "prize-title-required",
                "prize-text-too-long",
            ),
        );
        let organisation = errors.check(
            "organisation",
            checked_text(
                &self.organisation,
                200,
                false,
                "prize-organisation-required",
                "prize-text-too-long",
            ),
        );
        if organisation
            .as_deref()
            .is_some_and(|o| entity_key(o).is_empty())
        {
            errors.add("organisation", "prize-organisation-required");
        }
        let country = match self.country.trim() {
            "" => String::new(),
            c => errors
                .check("country", countries::parse_country(c))
                .map(|c| c.alpha2.to_owned())
                .unwrap_or_default(),
        };
        let stakeholder_type = match self.stakeholder_type.trim() {
            "" => String::new(),
            s => errors
                .check("stakeholder_type", StakeholderType::parse(s))
                .map(|s| s.code().to_owned())
                .unwrap_or_default(),
        };
        let website = self.website.trim();
        if !website.is_empty()
            && (!(website.starts_with("https://") || website.starts_with("http://"))
                || website.len() > 500
                || website.chars().any(|c| c.is_whitespace() || c.is_control()))
        {
            errors.add("website", "url-invalid");
        }
        let mut text = SubmissionText {
            website: website.to_owned(),
            ..Default::default()
        };
        for (field, value, slot) in [
            ("description", &self.description, &mut text.description),
            ("linkage", &self.linkage, &mut text.linkage),
            ("impact", &self.impact, &mut text.impact),
            ("partnerships", &self.partnerships, &mut text.partnerships),
            ("challenges", &self.challenges, &mut text.challenges),
            ("future_plans", &self.future_plans, &mut text.future_plans),
        ] {
            if value.trim().is_empty() {
                continue;
            }
            if let Some(v) = errors.check(
                field,
                checked_text(value, ANSWER_MAX_CHARS, true, "", "prize-text-too-long"),
            ) {
                if !is_latin_text(&v) {
                    errors.add(field, "prize-english-only");
                }
                *slot = v;
            }
        }
        for (field, value) in [
            ("title", title.as_deref()),
            ("organisation", organisation.as_deref()),
        ] {
            if value.is_some_and(|v| !is_latin_text(v)) {
                errors.add(field, "prize-english-only");
            }
        }
        let owner_email = match self.owner_email.trim() {
            "" => None,
            e => errors
                .check("owner_email", crate::account::Email::parse(e))
                .map(|e| e.as_str().to_owned()),
        };
        errors.into_result()?;
        Ok(Submission {
            category: category.unwrap_or_default(),
            title: title.unwrap_or_default(),
            organisation: organisation.unwrap_or_default(),
            country,
            stakeholder_type,
            owner_email,
            text,
        })
    }
}

impl Submission {
    /// What a project lacks before it can be submitted: each missing answer, and a
    /// description outside 150–200 words.
    pub fn check_complete(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.country.is_empty() {
            errors.add("country", "prize-country-required");
        }
        if self.stakeholder_type.is_empty() {
            errors.add("stakeholder_type", "prize-stakeholder-type-required");
        }
        let words = word_count(&self.text.description);
        if self.text.description.is_empty() {
            errors.add("description", "prize-description-required");
        } else if words < DESCRIPTION_MIN_WORDS {
            errors.add("description", "prize-description-too-short");
        } else if words > DESCRIPTION_MAX_WORDS {
            errors.add("description", "prize-description-too-long");
        }
        for field in ANSWERS {
            if self.text.answer(field).is_empty() {
                errors.add(field, "prize-answer-required");
            }
        }
        errors.into_result()
    }

    pub fn entity_key(&self) -> String {
        entity_key(&self.organisation)
    }
}

/// The states of a submission.
pub mod status {
    pub const DRAFT: &str = "draft";
    pub const SUBMITTED: &str = "submitted";
    pub const NOMINATED: &str = "nominated";
    pub const DECLINED: &str = "declined";
}

// ----------------------------------------------------------------- criteria

/// The published criteria the experts score each submission against.
pub const CRITERIA: [&str; 7] = [
    "impact",
    "empowerment",
    "sdg-relevance",
    "replicability",
    "sustainability",
    "partnerships",
    "wsis-values",
];

/// Lowest and highest score of a criterion.
pub const SCORE_RANGE: std::ops::RangeInclusive<i64> = 1..=10;

// --------------------------------------------------------------- the tally

/// One counted vote of the published ballots: a pseudonymous voter (one id per
/// account and edition), a category, a nominee (a submission id), when (Unix s).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    pub voter: String,
    pub category: i64,
    pub nominee: i64,
    pub at: i64,
}

/// The header line of a ballots file.
pub const BALLOTS_HEADER: &str = "voter,category,nominee,cast_at";

/// Why a ballots file cannot be tallied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TallyError {
    #[error("line {0}: expected `{BALLOTS_HEADER}`")]
    Header(usize),
    #[error("line {0}: not a ballot (voter,category,nominee,cast_at)")]
    Line(usize),
    #[error("line {0}: category {1} does not exist")]
    Category(usize, i64),
    #[error("line {0}: voter {1} votes twice in category {2}")]
    Duplicate(usize, String, i64),
}

impl Ballot {
    /// One line of a ballots file (without its line break).
    pub fn line(&self) -> String {
        format!(
            "{},{},{},{}",
            self.voter, self.category, self.nominee, self.at
        )
    }

    /// Parses line number `n` (1-based, for messages) of a ballots file.
    pub fn parse(line: &str, n: usize) -> Result<Ballot, TallyError> {
        let mut parts = line.trim_end_matches('\r').split(',');
        let (Some(voter), Some(category), Some(nominee), Some(at), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(TallyError::Line(n));
        };
        let ok_voter = !voter.is_empty()
            && voter.len() <= 64
            && voter.bytes().all(|b| b.is_ascii_alphanumeric());
        let (Ok(category), Ok(nominee), Ok(at), true) =
            (category.parse(), nominee.parse(), at.parse(), ok_voter)
        else {
            return Err(TallyError::Line(n));
        };
        if self::category(category).is_none() {
            return Err(TallyError::Category(n, category));
        }
        Ok(Ballot {
            voter: voter.to_owned(),
            category,
            nominee,
            at,
        })
    }
}

/// A nominee's count: its votes, and when it got its last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub nominee: i64,
    pub votes: i64,
    pub last_vote_at: i64,
}

/// The ranking rule, written once: more votes first; between equal counts, the
/// nominee that reached its count first (its last counted vote is earlier); then the
/// lower nominee id (the earlier submission).
pub fn rank(counts: &mut [Count]) {
    counts.sort_by(|a, b| {
        b.votes
            .cmp(&a.votes)
            .then(a.last_vote_at.cmp(&b.last_vote_at))
            .then(a.nominee.cmp(&b.nominee))
    });
}

/// The outcome of the vote: every category's nominees that received a counted vote,
/// ranked by [`rank`]; the first five are its Champions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// Ballots read, and those counted (all of them unless the edition requires a
    /// vote in every category and a voter did not vote in all).
    pub ballots: u64,
    pub counted: u64,
    pub categories: Vec<(i64, Vec<Count>)>,
}

impl Tally {
    /// The Champions of each category, in rank order.
    pub fn champions(&self) -> impl Iterator<Item = (i64, &[Count])> {
        self.categories
            .iter()
            .map(|(c, counts)| (*c, &counts[..counts.len().min(CHAMPIONS_PER_CATEGORY)]))
    }

    /// The result as text: what `wsis tally` prints and the site publishes beside the
    /// ballots, byte for byte.
    pub fn render(&self) -> String {
        let mut out = format!("ballots {}\ncounted {}\n", self.ballots, self.counted);
        for (category, champions) in self.champions() {
            let code = self::category(category).map_or("", |c| c.code);
            out.push_str(&format!("category {category} {code}\n"));
            for (i, c) in champions.iter().enumerate() {
                out.push_str(&format!(
                    "  champion {} nominee {} votes {}\n",
                    i + 1,
                    c.nominee,
                    c.votes
                ));
            }
        }
        out
    }
}

/// What `wsis tally` prints and the site publishes as `tally.txt`: the ballots file's
/// SHA-256, then [`Tally::render`].
pub fn tally_report(sha256: &str, t: &Tally) -> String {
    format!("sha256 {sha256}\n{}", t.render())
}

/// Ranks `counts` per category into a [`Tally`] (the site's path: counts summed by
/// the database; `wsis tally` sums them from the file with [`tally`]).
pub fn tally_from_counts(ballots: u64, counted: u64, counts: Vec<(i64, Count)>) -> Tally {
    let mut per: std::collections::BTreeMap<i64, Vec<Count>> = Default::default();
    for (category, c) in counts {
        per.entry(category).or_default().push(c);
    }
    let categories = per
        .into_iter()
        .map(|(k, mut v)| {
            rank(&mut v);
            (k, v)
        })
        .collect();
    Tally {
        ballots,
        counted,
        categories,
    }
}

/// Tallies a ballots file's lines (its header first). With `require_all`, a voter's
/// ballots count only if they voted in all `categories` categories that had votes.
/// A voter voting twice in one category makes the file invalid.
pub fn tally<I, S>(lines: I, require_all: bool) -> Result<Tally, TallyError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut lines = lines.into_iter();
    match lines.next() {
        Some(h) if h.as_ref().trim_end_matches('\r') == BALLOTS_HEADER => {}
        _ => return Err(TallyError::Header(1)),
    }
    // Voters are interned to small numbers: two million ballots stay small.
    let mut voters: HashMap<String, u32> = HashMap::new();
    let mut seen: std::collections::HashSet<(u32, u8)> = Default::default();
    let mut ballots: Vec<(u32, u8, i64, i64)> = Vec::new();
    for (i, line) in lines.enumerate() {
        let n = i + 2;
        let line = line.as_ref();
        if line.is_empty() {
            continue;
        }
        let b = Ballot::parse(line, n)?;
        let next = voters.len() as u32;
        let v = *voters.entry(b.voter.clone()).or_insert(next);
        let cat = b.category as u8;
        if !seen.insert((v, cat)) {
            return Err(TallyError::Duplicate(n, b.voter, b.category));
        }
        ballots.push((v, cat, b.nominee, b.at));
    }
    drop(seen);
    let total = ballots.len() as u64;
    let voting_categories: std::collections::HashSet<u8> = ballots.iter().map(|b| b.1).collect();
    let complete: Option<Vec<bool>> = require_all.then(|| {
        let mut per_voter = vec![0u8; voters.len()];
        for b in &ballots {
            per_voter[b.0 as usize] += 1;
        }
        per_voter
            .into_iter()
            .map(|n| n as usize == voting_categories.len())
            .collect()
    });
    let mut counts: HashMap<(u8, i64), Count> = HashMap::new();
    let mut counted = 0u64;
    for (v, cat, nominee, at) in ballots {
        if complete.as_ref().is_some_and(|c| !c[v as usize]) {
            continue;
        }
        counted += 1;
        let c = counts.entry((cat, nominee)).or_insert(Count {
            nominee,
            votes: 0,
            last_vote_at: i64::MIN,
        });
        c.votes += 1;
        c.last_vote_at = c.last_vote_at.max(at);
    }
    Ok(tally_from_counts(
        total,
        counted,
        counts
            .into_iter()
            .map(|((cat, _), c)| (i64::from(cat), c))
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_follow_the_action_lines() {
        assert_eq!(category(1).map(|c| c.code), Some("C1"));
        assert_eq!(category(10).map(|c| c.code), Some("C7.4"));
        assert_eq!(category(18).map(|c| c.code), Some("C11"));
        assert!(category(0).is_none() && category(19).is_none());
        assert_eq!(category_number("C7.3"), Some(9));
        assert_eq!(parse_category("19"), Err("prize-category-invalid"));
        assert_eq!(parse_category(" "), Err("prize-category-required"));
    }

    #[test]
    fn days_are_utc_midnights() {
        assert_eq!(utc_midnight(1970, 1, 1), 0);
        assert_eq!(utc_midnight(2019, 4, 9), 1_554_768_000);
        assert_eq!(utc_midnight(2020, 3, 1), 1_583_020_800);
    }

    #[test]
    fn phases_follow_the_dates() {
        assert!(Schedule::parse([1, 2, 2, 4, 5]).is_err());
        let s = Schedule::parse([10, 20, 30, 40, 50]).unwrap();
        assert_eq!(s.phase_at(9), Phase::Upcoming);
        assert_eq!(s.phase_at(10), Phase::Submission);
        assert_eq!(s.phase_at(25), Phase::Review);
        assert_eq!(s.phase_at(30), Phase::Voting);
        assert_eq!(s.phase_at(40), Phase::Selection);
        assert_eq!(s.phase_at(50), Phase::Announced);
    }

    fn words(n: usize) -> String {
        vec!["word"; n].join(" ")
    }

    fn complete(description: String) -> SubmissionInput {
        SubmissionInput {
            category: "3".into(),
            title: "Digital skills for all".into(),
            organisation: "ICT Authority, Kenya".into(),
            country: "KE".into(),
            stakeholder_type: "government".into(),
            description,
            linkage: "C3 and SDG 4".into(),
            impact: "12,000 trained".into(),
            partnerships: "Universities".into(),
            challenges: "Connectivity".into(),
            future_plans: "Scale up".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_description_has_150_to_200_words() {
        assert_eq!(word_count("e-health – for all\n\n 2019"), 4);
        for (n, ok) in [
            (90, false),
            (149, false),
            (150, true),
            (200, true),
            (201, false),
            (400, false),
        ] {
            let s = complete(words(n)).parse().unwrap();
            assert_eq!(s.check_complete().is_ok(), ok, "{n} words");
        }
        let short = complete(words(90))
            .parse()
            .unwrap()
            .check_complete()
            .unwrap_err();
        assert_eq!(
            short.for_field("description"),
            Some("prize-description-too-short")
        );
        let long = complete(words(400))
            .parse()
            .unwrap()
            .check_complete()
            .unwrap_err();
        assert_eq!(
            long.for_field("description"),
            Some("prize-description-too-long")
        );
    }

    #[test]
    fn submissions_are_in_english_and_one_entity_is_one_entity() {
        let mut s = complete(words(160));
        s.impact = "تم تدريب الآلاف".into();
        assert_eq!(
            s.parse().unwrap_err().for_field("impact"),
            Some("prize-english-only")
        );
        let mut s = complete(words(160));
        s.impact = "Trained in Genève and São Paulo".into();
        assert!(s.parse().is_ok());
        assert_eq!(
            entity_key("ICT  Authority, Kenya"),
            entity_key("ict authority kenya")
        );
        let mut s = complete(words(160));
        s.organisation = " --- ".into();
        assert!(s.parse().is_err());
    }

    fn file(lines: &[&str]) -> Vec<String> {
        std::iter::once(BALLOTS_HEADER)
            .chain(lines.iter().copied())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn the_tally_ranks_by_votes_then_by_who_got_there_first() {
        let t = tally(
            file(&[
                "a,1,10,100",
                "b,1,11,101",
                "c,1,10,102",
                "d,1,11,103",
                "e,1,12,90",
                "a,2,20,100",
            ]),
            false,
        )
        .unwrap();
        assert_eq!(t.ballots, 6);
        let (cat, c1) = &t.categories[0];
        assert_eq!(*cat, 1);
        // 10 and 11 have two votes each; 10 reached two first (at 102, 11 at 103).
        assert_eq!(
            c1.iter().map(|c| (c.nominee, c.votes)).collect::<Vec<_>>(),
            [(10, 2), (11, 2), (12, 1)]
        );
        assert!(
            t.render()
                .contains("category 1 C1\n  champion 1 nominee 10 votes 2\n")
        );
    }

    #[test]
    fn only_complete_ballots_count_when_the_edition_requires_them() {
        let lines = file(&["a,1,10,1", "a,2,20,1", "b,1,11,1", "c,1,11,2"]);
        let all = tally(lines.clone(), false).unwrap();
        assert_eq!(all.categories[0].1[0].nominee, 11);
        let complete = tally(lines, true).unwrap();
        assert_eq!(complete.counted, 2);
        assert_eq!(complete.categories[0].1[0].nominee, 10);
    }

    #[test]
    fn a_bad_file_is_refused_with_its_line() {
        assert_eq!(tally(["nope"], false), Err(TallyError::Header(1)));
        assert_eq!(tally(file(&["a,1,10"]), false), Err(TallyError::Line(2)));
        assert_eq!(
            tally(file(&["a,19,10,1"]), false),
            Err(TallyError::Category(2, 19))
        );
        assert!(matches!(
            tally(file(&["a,1,10,1", "a,1,11,2"]), false),
            Err(TallyError::Duplicate(3, _, 1))
        ));
    }
}
