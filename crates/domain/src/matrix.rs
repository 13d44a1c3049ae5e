//! The WSIS–SDG Matrix: for each of the 18 categories (the Action Lines, C7 as
//! its eight sub-lines) and each of the 17 SDGs, whether the facilitators link
//! them, through which targets, and why. How a facilitator's input becomes a
//! valid link.

use crate::taxonomy::{action_lines, sdg};
use crate::validation::{FieldErrors, checked_text};
use serde::{Deserialize, Serialize};

/// The longest rationale of a link, in characters.
pub const RATIONALE_MAX: usize = 1_500;

/// The form's field of each goal's link (`goal-1` … `goal-17`).
pub const GOAL_FIELDS: [&str; 17] = [
    "goal-1", "goal-2", "goal-3", "goal-4", "goal-5", "goal-6", "goal-7", "goal-8", "goal-9",
    "goal-10", "goal-11", "goal-12", "goal-13", "goal-14", "goal-15", "goal-16", "goal-17",
];

/// The rows of the matrix: the categories, in their order (C7 as its sub-lines).
pub fn rows() -> impl Iterator<Item = &'static action_lines::Category> {
    action_lines::CATEGORIES.iter()
}

/// Whether `code` is a row of the matrix.
pub fn is_row(code: &str) -> bool {
    rows().any(|c| c.code == code)
}

/// A link of the matrix, valid by construction of [`LinkInput::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub action_line: String,
    pub goal: u8,
    /// Target codes of the goal, in the order given.
    pub targets: Vec<String>,
    pub rationale: String,
}

/// A link as a facilitator types it: the targets separated by commas or spaces,
/// and the rationale. An empty rationale (and no targets) removes the link.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LinkInput {
    pub targets: String,
    pub rationale: String,
}

impl LinkInput {
    /// Whether the input asks for no link at all.
    pub fn is_empty(&self) -> bool {
        self.targets.trim().is_empty() && self.rationale.trim().is_empty()
    }

    /// Parses the link of `action_line` × `goal`; problems go to `errors` under
    /// `field` (the form names one field per goal). `None` when anything is wrong or
    /// the input is empty (then nothing is reported: the link is to be removed).
    pub fn parse(
        &self,
        action_line: &str,
        goal: u8,
        field: &'static str,
        errors: &mut FieldErrors,
    ) -> Option<Link> {
        if !is_row(action_line) {
            errors.add(field, "action-line-invalid");
            return None;
        }
        let Some(g) = sdg::goal(goal) else {
            errors.add(field, "sdg-invalid");
            return None;
        };
        if self.is_empty() {
            return None;
        }
        let mut targets = Vec::new();
        for t in self
            .targets
            .split([',', ' ', ';'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            match sdg::target(t) {
                Some(found) if t.starts_with(&format!("{}.", g.number)) => {
                    if !targets.contains(&found.code) {
                        targets.push(found.code.clone());
                    }
                }
                _ => {
                    errors.add(field, "sdg-target-invalid");
                    return None;
                }
            }
        }
        let rationale = errors.check(
            field,
            checked_text(
                &self.rationale,
                RATIONALE_MAX,
                true,
                "matrix-rationale-required",
                "matrix-rationale-too-long",
            ),
        )?;
        Some(Link {
            action_line: action_line.to_owned(),
            goal,
            targets,
            rationale,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(targets: &str, rationale: &str) -> LinkInput {
        LinkInput {
            targets: targets.into(),
            rationale: rationale.into(),
        }
    }

    #[test]
    fn the_rows_are_the_eighteen_categories() {
        let codes: Vec<&str> = rows().map(|c| c.code).collect();
        assert_eq!(codes.len(), 18);
        assert!(is_row("C7.3") && is_row("C11"));
        assert!(!is_row("C7"), "C7 is kept through its sub-lines");
        assert!(!is_row("C12"));
    }

    #[test]
    fn a_link_needs_a_rationale_and_targets_of_its_goal() {
        let mut errors = FieldErrors::new();
        let l = input(
            "4.4, 4.c 4.4",
            " Teachers learn to teach online.\r\nAnd more. ",
        )
        .parse("C4", 4, "goal-4", &mut errors)
        .expect("valid");
        assert!(errors.is_empty());
        assert_eq!(l.targets, ["4.4", "4.c"]);
        assert_eq!(l.rationale, "Teachers learn to teach online.\nAnd more.");
        let mut errors = FieldErrors::new();
        assert_eq!(input("", "  ").parse("C4", 4, "goal-4", &mut errors), None);
        assert!(
            errors.is_empty(),
            "an empty link is a removal, not an error"
        );
        for (targets, rationale, key) in [
            ("4.4", "", "matrix-rationale-required"),
            ("5.1", "Why", "sdg-target-invalid"),
            ("", "\u{202E}evil", "text-invalid-characters"),
        ] {
            let mut errors = FieldErrors::new();
            assert_eq!(
                input(targets, rationale).parse("C4", 4, "goal-4", &mut errors),
                None
            );
            assert_eq!(
                errors.for_field("goal-4"),
                Some(key),
                "{targets} {rationale}"
            );
        }
        let long = "é".repeat(RATIONALE_MAX + 1);
        let mut errors = FieldErrors::new();
        assert_eq!(input("", &long).parse("C4", 4, "goal-4", &mut errors), None);
        assert_eq!(
            errors.for_field("goal-4"),
            Some("matrix-rationale-too-long")
        );
        let mut errors = FieldErrors::new();
        assert_eq!(input("", "Why").parse("C7", 4, "goal-4", &mut errors), None);
        assert_eq!(errors.for_field("goal-4"), Some("action-line-invalid"));
        let mut errors = FieldErrors::new();
        assert_eq!(
            input("", "Why").parse("C4", 18, "goal-18", &mut errors),
            None
        );
        assert_eq!(errors.for_field("goal-18"), Some("sdg-invalid"));
    }
}

/// What an Action Line's facilitators record of their meeting at a forum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRecord {
    pub language: crate::Language,
    pub priorities: String,
    pub opportunities: String,
    pub challenges: String,
}

/// A meeting record as typed in the form.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MeetingInput {
    pub language: String,
    pub priorities: String,
    pub opportunities: String,
    pub challenges: String,
}

/// The longest text of one part of a meeting record, in characters.
pub const MEETING_TEXT_MAX: usize = 6_000;

impl MeetingInput {
    /// Parses every field: the key priorities are required, the opportunities and
    /// challenges optional. `None` with `errors` filled when anything is wrong.
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<MeetingRecord> {
        let language = errors.check(
            "language",
            crate::Language::from_tag(self.language.trim()).ok_or("language-invalid"),
        );
        let text = |raw: &str, required: bool| {
            if !required && raw.trim().is_empty() {
                return Ok(String::new());
            }
            checked_text(
                raw,
                MEETING_TEXT_MAX,
                true,
                "meeting-priorities-required",
                "meeting-text-too-long",
            )
        };
        let priorities = errors.check("priorities", text(&self.priorities, true));
        let opportunities = errors.check("opportunities", text(&self.opportunities, false));
        let challenges = errors.check("challenges", text(&self.challenges, false));
        Some(MeetingRecord {
            language: language?,
            priorities: priorities?,
            opportunities: opportunities?,
            challenges: challenges?,
        })
    }
}

#[cfg(test)]
mod meeting_tests {
    use super::*;

    #[test]
    fn a_meeting_record_needs_its_priorities_in_one_of_six_languages() {
        let ok = MeetingInput {
            language: "ar".into(),
            priorities: " التوصيلية للجميع ".into(),
            opportunities: String::new(),
            challenges: "التمويل".into(),
        };
        let mut errors = FieldErrors::new();
        let r = ok.parse(&mut errors).expect("valid");
        assert_eq!(r.language, crate::Language::Ar);
        assert_eq!(r.priorities, "التوصيلية للجميع");
        assert_eq!(r.opportunities, "");
        let bad = MeetingInput {
            language: "de".into(),
            priorities: "  ".into(),
            opportunities: "x".repeat(MEETING_TEXT_MAX + 1),
            challenges: "\u{202E}".into(),
        };
        let mut errors = FieldErrors::new();
        assert_eq!(bad.parse(&mut errors), None);
        let got: Vec<(&str, &str)> = errors.0.iter().map(|e| (e.field, e.key)).collect();
        assert_eq!(
            got,
            [
                ("language", "language-invalid"),
                ("priorities", "meeting-priorities-required"),
                ("opportunities", "meeting-text-too-long"),
                ("challenges", "text-invalid-characters"),
            ]
        );
    }
}
