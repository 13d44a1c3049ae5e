//! The secretariat's review of proposals: what a decision must carry, and the
//! rules of merging one proposal into another (which pairs may be merged, and
//! what the kept proposal holds afterwards).

use super::{MAX_SPEAKERS, ProposalData, ReviewAction, SessionStatus};
use crate::ids::SessionId;

/// The longest comment a reviewer may send the proposer, in characters.
pub const MAX_REVIEW_COMMENT: usize = 5_000;

/// The comment of a review decision, trimmed: `None` when there is none.
/// `Err((field, key))` when the decision needs a comment and has none, or the
/// comment is too long.
pub fn review_comment(
    action: ReviewAction,
    comment: &str,
) -> Result<Option<String>, (&'static str, &'static str)> {
    let comment = comment.trim();
    if action.needs_comment() && comment.is_empty() {
        return Err(("comment", "forum-review-comment-required"));
    }
    if comment.chars().count() > MAX_REVIEW_COMMENT {
        return Err(("comment", "forum-review-comment-too-long"));
    }
    Ok((!comment.is_empty()).then(|| comment.to_owned()))
}

/// One side of a merge: a proposal's id, edition and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MergeSide {
    pub id: SessionId,
    pub edition: i64,
    pub status: SessionStatus,
}

/// Whether `from` may be folded into `into`: two different proposals of the same
/// edition, `from` not merged already, `into` neither merged nor declined.
/// `Err` is the message key for the target field.
pub fn check_merge(from: MergeSide, into: MergeSide) -> Result<(), &'static str> {
    if into.id == from.id
        || into.edition != from.edition
        || matches!(into.status, SessionStatus::Merged | SessionStatus::Declined)
        || from.status == SessionStatus::Merged
    {
        return Err("forum-merge-target-invalid");
    }
    Ok(())
}

/// The content of `into` once `from` is folded into it: `into`'s own fields,
/// with `from`'s organisers, speakers (by e-mail, up to [`MAX_SPEAKERS`]), Action
/// Lines, SDGs and languages added after its own (no duplicates), and the larger
/// expected audience.
pub fn merge_proposals(into: &ProposalData, from: &ProposalData) -> ProposalData {
    fn add<T: PartialEq + Clone>(to: &mut Vec<T>, more: &[T]) {
        for x in more {
            if !to.contains(x) {
                to.push(x.clone());
            }
        }
    }
    let mut merged = into.clone();
    add(&mut merged.organisers, &from.organisers);
    for sp in &from.speakers {
        if !merged.speakers.iter().any(|x| x.email == sp.email) {
            merged.speakers.push(sp.clone());
        }
    }
    merged.speakers.truncate(MAX_SPEAKERS);
    add(&mut merged.action_lines, &from.action_lines);
    add(&mut merged.sdgs, &from.sdgs);
    add(&mut merged.languages, &from.languages);
    merged.expected_audience = merged.expected_audience.max(from.expected_audience);
    merged
}

/// Per speaker of `merged`, whether they are new to the kept proposal `into` (and
/// so are asked to confirm); those it had keep their confirmation.
pub fn new_speakers(merged: &ProposalData, into: &ProposalData) -> Vec<bool> {
    merged
        .speakers
        .iter()
        .map(|s| !into.speakers.iter().any(|x| x.email == s.email))
        .collect()
}

/// What a reviewer scores a proposal against, each from 1 to [`MAX_SCORE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criterion {
    /// Relevance to the WSIS Action Lines and the SDGs.
    Relevance,
    /// Quality and clarity of the proposal.
    Quality,
    /// Diversity of the speakers (gender, region, stakeholder group).
    Diversity,
    /// An interactive format that involves the audience.
    Format,
}

impl Criterion {
    pub const ALL: [Criterion; 4] = [
        Criterion::Relevance,
        Criterion::Quality,
        Criterion::Diversity,
        Criterion::Format,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Criterion::Relevance => "relevance",
            Criterion::Quality => "quality",
            Criterion::Diversity => "diversity",
            Criterion::Format => "format",
        }
    }

    /// The form field of the criterion's score.
    pub fn field(self) -> &'static str {
        match self {
            Criterion::Relevance => "score-relevance",
            Criterion::Quality => "score-quality",
            Criterion::Diversity => "score-diversity",
            Criterion::Format => "score-format",
        }
    }
}

/// The highest score of a criterion (the lowest is 1).
pub const MAX_SCORE: u8 = 5;

/// The longest comment of a reviewer's scores, in characters.
pub const MAX_SCORE_COMMENT: usize = 5_000;

/// One reviewer's scores of a proposal: one per [`Criterion::ALL`], in that order,
/// and a comment for the other reviewers (never sent to the proposer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    pub values: [u8; 4],
    pub comment: String,
}

impl Scores {
    /// Parses the form's values (in [`Criterion::ALL`]'s order) and comment. `Err`
    /// lists each wrong field (`score-{criterion}` or `comment`) with its message key.
    pub fn parse(
        values: [&str; 4],
        comment: &str,
    ) -> Result<Scores, Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        let mut out = [0u8; 4];
        for (i, (v, c)) in values.iter().zip(Criterion::ALL).enumerate() {
            match v.trim().parse::<u8>() {
                Ok(n) if (1..=MAX_SCORE).contains(&n) => out[i] = n,
                _ => errors.push((c.field(), "forum-score-invalid")),
            }
        }
        let comment = comment.trim();
        if comment.chars().count() > MAX_SCORE_COMMENT {
            errors.push(("score-comment", "forum-review-comment-too-long"));
        }
        if errors.is_empty() {
            Ok(Scores {
                values: out,
                comment: comment.to_owned(),
            })
        } else {
            Err(errors)
        }
    }

    /// The mean of the criteria.
    pub fn mean(&self) -> f64 {
        f64::from(self.values.iter().map(|&v| u32::from(v)).sum::<u32>()) / 4.0
    }
}

/// The score of a proposal over its reviews: the mean of every reviewer's mean, and
/// how many reviewed it; `None` when nobody did.
pub fn overall(reviews: &[[u8; 4]]) -> Option<(f64, usize)> {
    if reviews.is_empty() {
        return None;
    }
    let sum: f64 = reviews
        .iter()
        .map(|v| f64::from(v.iter().map(|&x| u32::from(x)).sum::<u32>()) / 4.0)
        .sum();
    Some((sum / reviews.len() as f64, reviews.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_whole_numbers_from_one_to_five_with_a_bounded_comment() {
        let s = Scores::parse(["5", " 4 ", "1", "3"], "  Strong panel ").unwrap();
        assert_eq!(s.values, [5, 4, 1, 3]);
        assert_eq!(s.comment, "Strong panel");
        assert!((s.mean() - 3.25).abs() < 1e-9);
        let e = Scores::parse(["0", "6", "x", ""], &"é".repeat(MAX_SCORE_COMMENT + 1)).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                "score-relevance",
                "score-quality",
                "score-diversity",
                "score-format",
                "score-comment"
            ]
        );
        assert!(Scores::parse(["1", "2", "3", "4.5"], "").is_err());
        assert!(Scores::parse(["1", "2", "3", "4"], &"é".repeat(MAX_SCORE_COMMENT)).is_ok());
    }

    #[test]
    fn the_overall_score_is_the_mean_of_the_reviewers_means() {
        assert_eq!(overall(&[]), None);
        let (m, n) = overall(&[[5, 5, 5, 5], [1, 2, 3, 2]]).unwrap();
        assert_eq!(n, 2);
        assert!((m - 3.5).abs() < 1e-9);
    }
    use crate::forum::{Needs, SpeakerData, SpeakerRole};
    use crate::language::Language;

    fn speaker(email: &str) -> SpeakerData {
        SpeakerData {
            name: email.to_owned(),
            organisation: "ITU".to_owned(),
            email: email.to_owned(),
            role: SpeakerRole::Speaker,
        }
    }

    fn data(title: &str, organisers: &[&str], speakers: &[&str], audience: u32) -> ProposalData {
        ProposalData {
            type_code: "workshop".to_owned(),
            title: title.to_owned(),
            abstract_md: "About".to_owned(),
            organisers: organisers.iter().map(|s| (*s).to_owned()).collect(),
            speakers: speakers.iter().map(|e| speaker(e)).collect(),
            action_lines: vec!["C1".to_owned()],
            sdgs: vec![4],
            languages: vec![Language::En],
            needs: Needs::default(),
            remote: false,
            expected_audience: audience,
        }
    }

    fn side(id: i64, edition: i64, status: SessionStatus) -> MergeSide {
        MergeSide {
            id: SessionId::new(id),
            edition,
            status,
        }
    }

    #[test]
    fn decisions_that_need_a_comment_get_one_of_bounded_length() {
        assert_eq!(review_comment(ReviewAction::Accept, "  "), Ok(None));
        assert_eq!(
            review_comment(ReviewAction::Accept, " Welcome "),
            Ok(Some("Welcome".to_owned()))
        );
        assert_eq!(
            review_comment(ReviewAction::Decline, " "),
            Err(("comment", "forum-review-comment-required"))
        );
        assert_eq!(
            review_comment(ReviewAction::RequestChanges, ""),
            Err(("comment", "forum-review-comment-required"))
        );
        let long = "é".repeat(MAX_REVIEW_COMMENT + 1);
        assert_eq!(
            review_comment(ReviewAction::Accept, &long),
            Err(("comment", "forum-review-comment-too-long"))
        );
        let just = "é".repeat(MAX_REVIEW_COMMENT);
        assert!(review_comment(ReviewAction::Decline, &just).is_ok());
    }

    #[test]
    fn only_two_live_proposals_of_one_edition_merge() {
        use SessionStatus as S;
        assert_eq!(
            check_merge(side(2, 1, S::Proposed), side(1, 1, S::Accepted)),
            Ok(())
        );
        assert_eq!(
            check_merge(side(2, 1, S::ChangesRequested), side(1, 1, S::Proposed)),
            Ok(())
        );
        assert_eq!(
            check_merge(side(2, 1, S::Declined), side(1, 1, S::Proposed)),
            Ok(()),
            "a declined proposal may still be folded into another"
        );
        let refused = Err("forum-merge-target-invalid");
        assert_eq!(
            check_merge(side(1, 1, S::Proposed), side(1, 1, S::Proposed)),
            refused,
            "not into itself"
        );
        assert_eq!(
            check_merge(side(2, 1, S::Proposed), side(1, 2, S::Proposed)),
            refused,
            "not across editions"
        );
        assert_eq!(
            check_merge(side(2, 1, S::Proposed), side(1, 1, S::Merged)),
            refused
        );
        assert_eq!(
            check_merge(side(2, 1, S::Proposed), side(1, 1, S::Declined)),
            refused
        );
        assert_eq!(
            check_merge(side(2, 1, S::Merged), side(1, 1, S::Accepted)),
            refused,
            "not twice"
        );
    }

    #[test]
    fn a_merge_adds_the_other_proposals_people_and_topics_once() {
        let mut into = data("Kept", &["ITU"], &["a@example.org", "b@example.org"], 50);
        into.sdgs = vec![4, 5];
        let mut from = data(
            "Folded",
            &["UNESCO", "ITU"],
            &["b@example.org", "c@example.org"],
            80,
        );
        from.action_lines = vec!["C1".to_owned(), "C7.3".to_owned()];
        from.sdgs = vec![5, 9];
        from.languages = vec![Language::Fr, Language::En];
        from.title = "Another title".to_owned();
        let merged = merge_proposals(&into, &from);
        assert_eq!(merged.title, "Kept", "the kept proposal's own fields stay");
        assert_eq!(merged.organisers, vec!["ITU", "UNESCO"]);
        let emails: Vec<&str> = merged.speakers.iter().map(|s| s.email.as_str()).collect();
        assert_eq!(
            emails,
            vec!["a@example.org", "b@example.org", "c@example.org"]
        );
        assert_eq!(merged.action_lines, vec!["C1", "C7.3"]);
        assert_eq!(merged.sdgs, vec![4, 5, 9]);
        assert_eq!(merged.languages, vec![Language::En, Language::Fr]);
        assert_eq!(merged.expected_audience, 80);
        assert_eq!(new_speakers(&merged, &into), vec![false, false, true]);
    }

    #[test]
    fn a_merge_keeps_at_most_the_speakers_a_session_may_have() {
        let many: Vec<String> = (0..MAX_SPEAKERS)
            .map(|i| format!("s{i}@example.org"))
            .collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        let into = data("Kept", &["ITU"], &refs[..MAX_SPEAKERS - 1], 0);
        let from = data("Folded", &["ITU"], &["x@example.org", "y@example.org"], 0);
        let merged = merge_proposals(&into, &from);
        assert_eq!(merged.speakers.len(), MAX_SPEAKERS);
        assert_eq!(
            merged.speakers.last().map(|s| s.email.as_str()),
            Some("x@example.org")
        );
        assert_eq!(merged.expected_audience, 0);
    }
}
