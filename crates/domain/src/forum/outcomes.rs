//! Session outcomes: what a session's organisers report after it (summary,
//! achievements, challenges, emerging trends, recommendations and commitments,
//! the Action Lines and SDG targets it advanced and why, participation), how
//! the form's input becomes a valid outcome, and the workflow between the
//! organisers and the secretariat (draft → submitted → approved, or returned
//! with a comment).

use crate::language::Language;
use crate::stocktaking::{ActionLineLink, SdgLink, action_line_links, sdg_links};
use crate::validation::{FieldErrors, checked_text};
use serde::{Deserialize, Serialize};

/// The longest text of one outcome section, in characters.
pub const SECTION_MAX: usize = 4_000;
/// The largest participation figure accepted.
pub const PARTICIPANTS_MAX: u32 = 100_000;

/// Where an outcome stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeStatus {
    /// Saved by its organisers, not sent yet.
    Draft,
    /// Sent to the secretariat.
    Submitted,
    /// Sent back by the secretariat with a comment.
    Returned,
    /// Approved: public on the session's page and in the compiled documents.
    Approved,
}

impl OutcomeStatus {
    pub const ALL: [OutcomeStatus; 4] = [
        OutcomeStatus::Draft,
        OutcomeStatus::Submitted,
        OutcomeStatus::Returned,
        OutcomeStatus::Approved,
    ];
    pub fn code(self) -> &'static str {
        match self {
            OutcomeStatus::Draft => "draft",
            OutcomeStatus::Submitted => "submitted",
            OutcomeStatus::Returned => "returned",
            OutcomeStatus::Approved => "approved",
        }
    }
    pub fn parse(s: &str) -> Result<OutcomeStatus, &'static str> {
        OutcomeStatus::ALL
            .into_iter()
            .find(|x| x.code() == s)
            .ok_or("outcome-status-invalid")
    }
}

/// Who saves an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    /// One of the session's organisers.
    Organiser,
    /// The secretariat, editing what the organisers sent.
    Secretariat,
}

/// What a save asks for: keep it a draft, or send it to the secretariat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveAction {
    Save,
    Submit,
}

impl SaveAction {
    pub fn parse(s: &str) -> Result<SaveAction, &'static str> {
        match s.trim() {
            "" | "save" => Ok(SaveAction::Save),
            "submit" => Ok(SaveAction::Submit),
            _ => Err("outcome-action-invalid"),
        }
    }
}

/// The status after a save by `editor` of an outcome in `from` (`None`: there is
/// none yet), when `late` (the edition's deadline has passed). `Err` is the
/// message key of the refusal.
///
/// Organisers write drafts and submit them, before the deadline; an outcome
/// returned for changes may be corrected and submitted after it (the request was
/// the secretariat's); an approved one is no longer theirs to change. The
/// secretariat edits any outcome and keeps its status.
pub fn after_save(
    editor: Editor,
    from: Option<OutcomeStatus>,
    action: SaveAction,
    late: bool,
) -> Result<OutcomeStatus, &'static str> {
    use OutcomeStatus as S;
    match editor {
        Editor::Secretariat => Ok(from.unwrap_or(match action {
            SaveAction::Save => S::Draft,
            SaveAction::Submit => S::Submitted,
        })),
        Editor::Organiser => {
            if from == Some(S::Approved) {
                return Err("outcome-approved-locked");
            }
            if late && from != Some(S::Returned) {
                return Err("outcome-deadline-passed");
            }
            Ok(match (action, from) {
                (SaveAction::Submit, _) => S::Submitted,
                // Editing what was sent keeps it sent.
                (SaveAction::Save, Some(S::Submitted)) => S::Submitted,
                (SaveAction::Save, Some(S::Returned)) => S::Returned,
                (SaveAction::Save, _) => S::Draft,
            })
        }
    }
}

/// A decision of the secretariat on an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeDecision {
    Approve,
    /// Back to the organisers, with a comment.
    Return,
}

impl OutcomeDecision {
    pub fn parse(s: &str) -> Result<OutcomeDecision, &'static str> {
        match s.trim() {
            "approve" => Ok(OutcomeDecision::Approve),
            "return" => Ok(OutcomeDecision::Return),
            _ => Err("outcome-decision-invalid"),
        }
    }
    /// The status a decision leads to from `from`: approve what was submitted (or
    /// returned, once the secretariat corrected it itself), return what was
    /// submitted or approved. `Err` is the message key of the refusal.
    pub fn apply(self, from: OutcomeStatus) -> Result<OutcomeStatus, &'static str> {
        use OutcomeStatus as S;
        match (self, from) {
            (OutcomeDecision::Approve, S::Submitted | S::Returned) => Ok(S::Approved),
            (OutcomeDecision::Return, S::Submitted | S::Approved) => Ok(S::Returned),
            _ => Err("outcome-decision-not-allowed"),
        }
    }
}

/// The comment of a decision: required to return an outcome, at most 5,000
/// characters. `Err` is the message key.
pub fn decision_comment(
    decision: OutcomeDecision,
    comment: &str,
) -> Result<Option<String>, &'static str> {
    let c = comment.trim();
    if c.is_empty() {
        return if decision == OutcomeDecision::Return {
            Err("outcome-comment-required")
        } else {
            Ok(None)
        };
    }
    checked_text(
        c,
        5_000,
        true,
        "outcome-comment-required",
        "forum-review-comment-too-long",
    )
    .map(Some)
}

/// What an outcome reports on: an ordinary session, or a High-Level Policy Session
/// of the High-Level Track, whose facilitators capture its vision, emerging trends,
/// opportunities and challenges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeKind {
    Session,
    HighLevel,
}

/// The session type whose outcomes are the High-Level Track's.
pub const HIGH_LEVEL_POLICY_TYPE: &str = "high-level-policy";

impl OutcomeKind {
    /// The kind of outcome a session of type `type_code` reports.
    pub fn of(type_code: &str) -> OutcomeKind {
        if type_code == HIGH_LEVEL_POLICY_TYPE {
            OutcomeKind::HighLevel
        } else {
            OutcomeKind::Session
        }
    }
}

/// A session's outcome, valid by construction of [`OutcomeInput::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeData {
    /// The language it is written in.
    pub language: Language,
    pub summary: String,
    pub achievements: String,
    pub challenges: String,
    pub trends: String,
    /// Recommendations and commitments.
    pub recommendations: String,
    /// The vision of a High-Level Policy Session (empty for other sessions).
    #[serde(default)]
    pub vision: String,
    /// The opportunities a High-Level Policy Session saw (empty for others).
    #[serde(default)]
    pub opportunities: String,
    pub action_lines: Vec<ActionLineLink>,
    pub sdgs: Vec<SdgLink>,
    pub participants_onsite: Option<u32>,
    pub participants_remote: Option<u32>,
}

impl OutcomeData {
    /// The sections in reading order: (field name, text), empty ones left out. A
    /// High-Level Track outcome reads vision, emerging trends, opportunities,
    /// challenges.
    pub fn sections(&self) -> Vec<(&'static str, &str)> {
        let all = if self.vision.is_empty() {
            [
                ("summary", self.summary.as_str()),
                ("achievements", self.achievements.as_str()),
                ("challenges", self.challenges.as_str()),
                ("trends", self.trends.as_str()),
                ("recommendations", self.recommendations.as_str()),
            ]
        } else {
            [
                ("vision", self.vision.as_str()),
                ("trends", self.trends.as_str()),
                ("opportunities", self.opportunities.as_str()),
                ("challenges", self.challenges.as_str()),
                ("recommendations", self.recommendations.as_str()),
            ]
        };
        all.into_iter().filter(|(_, t)| !t.is_empty()).collect()
    }

    /// The text of every section, for search and excerpts.
    pub fn full_text(&self) -> String {
        self.sections()
            .iter()
            .map(|(_, t)| *t)
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The form's fields holding this outcome (to edit it).
    pub fn to_input(&self) -> OutcomeInput {
        let n = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
        OutcomeInput {
            language: self.language.code().to_owned(),
            summary: self.summary.clone(),
            achievements: self.achievements.clone(),
            challenges: self.challenges.clone(),
            trends: self.trends.clone(),
            recommendations: self.recommendations.clone(),
            vision: self.vision.clone(),
            opportunities: self.opportunities.clone(),
            action_lines: self
                .action_lines
                .iter()
                .map(|l| (l.code.clone(), l.rationale.clone()))
                .collect(),
            sdgs: self
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
            participants_onsite: n(self.participants_onsite),
            participants_remote: n(self.participants_remote),
        }
    }
}

/// An outcome as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OutcomeInput {
    /// The language code of the text (one of the six).
    pub language: String,
    pub summary: String,
    pub achievements: String,
    pub challenges: String,
    pub trends: String,
    pub recommendations: String,
    #[serde(default)]
    pub vision: String,
    #[serde(default)]
    pub opportunities: String,
    /// (code, reason) per Action Line or C7 sub-line advanced.
    pub action_lines: Vec<(String, String)>,
    /// (goal, targets separated by commas or spaces, reason) per SDG advanced.
    pub sdgs: Vec<(String, String, String)>,
    pub participants_onsite: String,
    pub participants_remote: String,
}

impl OutcomeInput {
    /// Parses every field; `None` with `errors` filled when anything is wrong.
    /// For a session, the summary, at least one Action Line and one SDG, each with
    /// its reason, are required; the other sections are optional. For a High-Level
    /// Policy Session the vision is required and the links optional; the sections
    /// that are not its own are left empty.
    pub fn parse(&self, kind: OutcomeKind, errors: &mut FieldErrors) -> Option<OutcomeData> {
        let high = kind == OutcomeKind::HighLevel;
        let language = errors.check(
            "language",
            Language::from_tag(self.language.trim()).ok_or("language-invalid"),
        );
        let section = |raw: &str, required: bool| -> Result<String, &'static str> {
            if !required && raw.trim().is_empty() {
                return Ok(String::new());
            }
            checked_text(
                raw,
                SECTION_MAX,
                true,
                "outcome-summary-required",
                "outcome-section-too-long",
            )
        };
        // Only the kind's own sections are read.
        fn own(raw: &str, mine: bool) -> &str {
            if mine { raw } else { "" }
        }
        let summary = errors.check("summary", section(own(&self.summary, !high), !high));
        let vision = errors.check(
            "vision",
            section(own(&self.vision, high), high).map_err(|k| {
                if k == "outcome-summary-required" {
                    "outcome-vision-required"
                } else {
                    k
                }
            }),
        );
        let achievements = errors.check(
            "achievements",
            section(own(&self.achievements, !high), false),
        );
        let challenges = errors.check("challenges", section(&self.challenges, false));
        let trends = errors.check("trends", section(&self.trends, false));
        let opportunities = errors.check(
            "opportunities",
            section(own(&self.opportunities, high), false),
        );
        let recommendations =
            errors.check("recommendations", section(&self.recommendations, false));
        // A High-Level outcome may name no link; those it names need their reason.
        let action_lines = if high && self.action_lines.is_empty() {
            Vec::new()
        } else {
            action_line_links(&self.action_lines, true, errors)
        };
        let sdgs = if high && self.sdgs.is_empty() {
            Vec::new()
        } else {
            sdg_links(&self.sdgs, true, errors)
        };
        let count = |raw: &str| -> Result<Option<u32>, &'static str> {
            match raw.trim() {
                "" => Ok(None),
                s => s
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= PARTICIPANTS_MAX)
                    .map(Some)
                    .ok_or("participants-invalid"),
            }
        };
        let onsite = errors.check("participants_onsite", count(&self.participants_onsite));
        let remote = errors.check("participants_remote", count(&self.participants_remote));
        if !errors.is_empty() {
            return None;
        }
        Some(OutcomeData {
            language: language?,
            summary: summary?,
            achievements: achievements?,
            challenges: challenges?,
            trends: trends?,
            recommendations: recommendations?,
            vision: vision?,
            opportunities: opportunities?,
            action_lines,
            sdgs,
            participants_onsite: onsite?,
            participants_remote: remote?,
        })
    }
}

/// Whether the organisers' deadline `due` (a local date `YYYY-MM-DD`, inclusive)
/// has passed on `today` (the venue's local date, same form).
pub fn past_deadline(due: Option<&str>, today: &str) -> bool {
    due.is_some_and(|d| today > d)
}

/// The days before its deadline when the organisers who have not submitted are
/// reminded.
pub const REMINDER_DAYS: [i64; 2] = [7, 1];

#[cfg(test)]
mod tests {
    use super::*;
    use OutcomeStatus as S;

    fn input() -> OutcomeInput {
        OutcomeInput {
            language: "fr".into(),
            summary: " La session a réuni 80 personnes.\r\nDeux panels. ".into(),
            achievements: "Un réseau de formateurs".into(),
            challenges: String::new(),
            trends: "  ".into(),
            recommendations: "Former 1 000 enseignants".into(),
            action_lines: vec![
                ("C4".into(), "Formation des enseignants".into()),
                ("C7.3".into(), "Cours en ligne".into()),
                ("C4".into(), "twice".into()),
            ],
            sdgs: vec![(
                "4".into(),
                "4.4, 4.c".into(),
                "Compétences numériques".into(),
            )],
            participants_onsite: "80".into(),
            participants_remote: String::new(),
            ..OutcomeInput::default()
        }
    }

    #[test]
    fn a_high_level_outcome_reads_vision_trends_opportunities_challenges() {
        let mut hl = input();
        hl.vision = "Connectivit\u{e9} pour tous".into();
        hl.opportunities = "Satellites".into();
        hl.challenges = "Co\u{fb}ts".into();
        hl.action_lines.clear();
        hl.sdgs.clear();
        let mut errors = FieldErrors::new();
        let d = hl
            .parse(OutcomeKind::HighLevel, &mut errors)
            .expect("valid");
        assert!(errors.is_empty(), "links are optional: {errors:?}");
        assert_eq!(d.summary, "", "a session's sections are not kept");
        assert_eq!(d.achievements, "");
        let sections: Vec<&str> = d.sections().iter().map(|(f, _)| *f).collect();
        assert_eq!(
            sections,
            ["vision", "opportunities", "challenges", "recommendations"]
        );
        let mut again = FieldErrors::new();
        assert_eq!(
            d.to_input().parse(OutcomeKind::HighLevel, &mut again),
            Some(d)
        );
        // The vision is what it must have.
        hl.vision = " ".into();
        let mut errors = FieldErrors::new();
        assert_eq!(hl.parse(OutcomeKind::HighLevel, &mut errors), None);
        assert_eq!(errors.for_field("vision"), Some("outcome-vision-required"));
        // An ordinary session ignores the High-Level sections.
        let mut s = input();
        s.vision = "ignored".into();
        let d = s
            .parse(OutcomeKind::Session, &mut FieldErrors::new())
            .unwrap();
        assert_eq!(d.vision, "");
        assert_eq!(OutcomeKind::of("high-level-policy"), OutcomeKind::HighLevel);
        assert_eq!(OutcomeKind::of("thematic-workshop"), OutcomeKind::Session);
    }

    #[test]
    fn a_valid_outcome_keeps_its_text_cleaned_and_its_links_once() {
        let mut errors = FieldErrors::new();
        let d = input()
            .parse(OutcomeKind::Session, &mut errors)
            .expect("valid");
        assert!(errors.is_empty());
        assert_eq!(d.language, Language::Fr);
        assert_eq!(d.summary, "La session a réuni 80 personnes.\nDeux panels.");
        assert_eq!(d.trends, "", "blank optional sections are empty");
        let codes: Vec<&str> = d.action_lines.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["C4", "C7.3"]);
        assert_eq!(d.sdgs[0].targets, ["4.4", "4.c"]);
        assert_eq!(d.participants_onsite, Some(80));
        assert_eq!(d.participants_remote, None);
        let sections: Vec<&str> = d.sections().iter().map(|(f, _)| *f).collect();
        assert_eq!(sections, ["summary", "achievements", "recommendations"]);
        // The form shows it back as it parses again.
        let mut again = FieldErrors::new();
        assert_eq!(
            d.to_input().parse(OutcomeKind::Session, &mut again),
            Some(d)
        );
    }

    #[test]
    fn every_problem_is_reported_against_its_field() {
        let mut bad = input();
        bad.language = "de".into();
        bad.summary = "   ".into();
        bad.challenges = "x".repeat(SECTION_MAX + 1);
        bad.action_lines = vec![("C7".into(), "all of it".into())];
        bad.sdgs = vec![("4".into(), "5.1".into(), String::new())];
        bad.participants_onsite = "-3".into();
        bad.participants_remote = "100001".into();
        let mut errors = FieldErrors::new();
        assert_eq!(bad.parse(OutcomeKind::Session, &mut errors), None);
        let got: Vec<(&str, &str)> = errors.0.iter().map(|e| (e.field, e.key)).collect();
        assert_eq!(
            got,
            [
                ("language", "language-invalid"),
                ("summary", "outcome-summary-required"),
                ("challenges", "outcome-section-too-long"),
                ("action_lines", "action-line-c7-needs-subline"),
                ("sdgs", "sdg-target-invalid"),
                ("sdgs", "rationale-required"),
                ("participants_onsite", "participants-invalid"),
                ("participants_remote", "participants-invalid"),
            ]
        );
        let mut none = input();
        none.action_lines.clear();
        none.sdgs.clear();
        let mut errors = FieldErrors::new();
        assert_eq!(none.parse(OutcomeKind::Session, &mut errors), None);
        assert_eq!(
            errors.for_field("action_lines"),
            Some("action-lines-required")
        );
        assert_eq!(errors.for_field("sdgs"), Some("sdgs-required"));
        let mut unreasoned = input();
        unreasoned.action_lines = vec![("C4".into(), " ".into())];
        let mut errors = FieldErrors::new();
        assert_eq!(unreasoned.parse(OutcomeKind::Session, &mut errors), None);
        assert_eq!(errors.for_field("action_lines"), Some("rationale-required"));
    }

    #[test]
    fn organisers_write_until_the_deadline_and_not_after_approval() {
        use SaveAction::{Save, Submit};
        let o = Editor::Organiser;
        assert_eq!(after_save(o, None, Save, false), Ok(S::Draft));
        assert_eq!(after_save(o, None, Submit, false), Ok(S::Submitted));
        assert_eq!(
            after_save(o, Some(S::Draft), Submit, false),
            Ok(S::Submitted)
        );
        assert_eq!(
            after_save(o, Some(S::Submitted), Save, false),
            Ok(S::Submitted)
        );
        assert_eq!(
            after_save(o, Some(S::Returned), Save, false),
            Ok(S::Returned)
        );
        assert_eq!(
            after_save(o, Some(S::Approved), Save, false),
            Err("outcome-approved-locked")
        );
        assert_eq!(
            after_save(o, None, Submit, true),
            Err("outcome-deadline-passed")
        );
        assert_eq!(
            after_save(o, Some(S::Draft), Save, true),
            Err("outcome-deadline-passed")
        );
        assert_eq!(
            after_save(o, Some(S::Returned), Submit, true),
            Ok(S::Submitted),
            "what the secretariat returned may be corrected late"
        );
        let s = Editor::Secretariat;
        assert_eq!(
            after_save(s, Some(S::Approved), Save, true),
            Ok(S::Approved)
        );
        assert_eq!(after_save(s, None, Save, true), Ok(S::Draft));
    }

    #[test]
    fn the_secretariat_approves_what_was_sent_and_returns_it_with_a_comment() {
        use OutcomeDecision::{Approve, Return};
        assert_eq!(Approve.apply(S::Submitted), Ok(S::Approved));
        assert_eq!(Approve.apply(S::Returned), Ok(S::Approved));
        assert_eq!(Approve.apply(S::Draft), Err("outcome-decision-not-allowed"));
        assert_eq!(
            Approve.apply(S::Approved),
            Err("outcome-decision-not-allowed")
        );
        assert_eq!(Return.apply(S::Approved), Ok(S::Returned));
        assert_eq!(Return.apply(S::Draft), Err("outcome-decision-not-allowed"));
        assert_eq!(decision_comment(Approve, " "), Ok(None));
        assert_eq!(
            decision_comment(Return, " "),
            Err("outcome-comment-required")
        );
        assert_eq!(
            decision_comment(Return, " Add the figures "),
            Ok(Some("Add the figures".into()))
        );
        assert_eq!(
            decision_comment(Approve, &"é".repeat(5_001)),
            Err("forum-review-comment-too-long")
        );
    }

    #[test]
    fn the_deadline_day_itself_is_still_in_time() {
        assert!(!past_deadline(None, "2030-01-01"));
        assert!(!past_deadline(Some("2019-05-10"), "2019-05-10"));
        assert!(past_deadline(Some("2019-05-10"), "2019-05-11"));
        assert!(!past_deadline(Some("2019-05-10"), "2019-04-30"));
    }
}
