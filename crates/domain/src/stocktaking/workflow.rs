//! The moderation workflow of an entry: one state machine for every step that
//! changes where an entry stands (edits, submission, the secretariat's decisions,
//! images and translations).

use super::EntryStatus;

/// What someone does to an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The owner saves changes (a new revision).
    Edit,
    /// The owner sends the entry for review.
    Submit,
    /// The secretariat publishes the submitted version.
    Publish,
    /// The secretariat sends it back with comments.
    Return,
    /// The secretariat refuses it with a reason.
    Reject,
    /// Someone adds an image to the entry.
    AddImage,
    /// Someone adds (or replaces) a translation of the title and description.
    Translate,
}

impl Action {
    /// The name of the step in the entry's history.
    pub fn code(self) -> &'static str {
        match self {
            Action::Edit => "edit",
            Action::Submit => "submit",
            Action::Publish => "publish",
            Action::Return => "return",
            Action::Reject => "reject",
            Action::AddImage => "images",
            Action::Translate => "translate",
        }
    }

    /// A decision of the secretariat on a submitted entry (it needs a comment when it
    /// is not a publication).
    pub fn is_decision(self) -> bool {
        matches!(self, Action::Publish | Action::Return | Action::Reject)
    }
}

/// Who is acting on an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Owner,
    Secretariat,
}

/// The status after `action`, or why it is not allowed (a message key).
/// `has_published` says whether a version of the entry is public now.
///
/// - The owner's edits (and translations) of a submitted or published entry make a new
///   revision that goes back to review; the published version stays public meanwhile.
/// - An image the owner adds to a published entry sends it back to review too; the
///   secretariat's images and translations leave the status as it is.
/// - Rejecting an edit of a published entry refuses the edit only: the entry stays
///   published with its published version.
/// - A rejected entry is final.
pub fn transition(
    status: EntryStatus,
    has_published: bool,
    action: Action,
    actor: Actor,
) -> Result<EntryStatus, &'static str> {
    use Action::*;
    use EntryStatus::*;
    match (actor, action, status) {
        (_, _, Rejected) => Err("entry-rejected-final"),
        (Actor::Owner, Edit | Translate, Draft | Returned) => Ok(status),
        (Actor::Owner, Edit | Translate, Submitted | Published) => Ok(Submitted),
        (Actor::Owner, Submit, Draft | Returned) => Ok(Submitted),
        (Actor::Owner, AddImage, Published) => Ok(Submitted),
        (Actor::Owner, AddImage, _) => Ok(status),
        (Actor::Secretariat, AddImage | Translate, _) => Ok(status),
        (Actor::Secretariat, Publish, Submitted) => Ok(Published),
        (Actor::Secretariat, Return, Submitted) => Ok(Returned),
        (Actor::Secretariat, Reject, Submitted) if has_published => Ok(Published),
        (Actor::Secretariat, Reject, Submitted) => Ok(Rejected),
        _ => Err("entry-action-not-allowed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;
    use EntryStatus::*;

    #[test]
    fn the_workflow_allows_only_its_transitions() {
        assert_eq!(
            transition(Draft, false, Submit, Actor::Owner),
            Ok(Submitted)
        );
        assert_eq!(
            transition(Submitted, false, Publish, Actor::Secretariat),
            Ok(Published)
        );
        assert_eq!(
            transition(Submitted, false, Return, Actor::Secretariat),
            Ok(Returned)
        );
        assert_eq!(
            transition(Returned, false, Submit, Actor::Owner),
            Ok(Submitted)
        );
        assert_eq!(
            transition(Published, true, Edit, Actor::Owner),
            Ok(Submitted)
        );
        assert_eq!(transition(Draft, false, Edit, Actor::Owner), Ok(Draft));
        assert_eq!(
            transition(Draft, false, Publish, Actor::Secretariat),
            Err("entry-action-not-allowed")
        );
        assert_eq!(
            transition(Submitted, false, Publish, Actor::Owner),
            Err("entry-action-not-allowed")
        );
        assert_eq!(
            transition(Published, true, Submit, Actor::Owner),
            Err("entry-action-not-allowed")
        );
        assert_eq!(
            transition(Rejected, false, Edit, Actor::Owner),
            Err("entry-rejected-final")
        );
    }

    #[test]
    fn rejecting_an_edit_of_a_published_entry_keeps_it_published() {
        assert_eq!(
            transition(Submitted, true, Reject, Actor::Secretariat),
            Ok(Published)
        );
        assert_eq!(
            transition(Submitted, false, Reject, Actor::Secretariat),
            Ok(Rejected)
        );
        assert_eq!(
            transition(Published, true, Reject, Actor::Secretariat),
            Err("entry-action-not-allowed")
        );
    }

    #[test]
    fn an_image_from_the_owner_sends_a_published_entry_back_to_review() {
        assert_eq!(
            transition(Published, true, AddImage, Actor::Owner),
            Ok(Submitted)
        );
        assert_eq!(transition(Draft, false, AddImage, Actor::Owner), Ok(Draft));
        assert_eq!(
            transition(Submitted, true, AddImage, Actor::Owner),
            Ok(Submitted)
        );
        assert_eq!(
            transition(Published, true, AddImage, Actor::Secretariat),
            Ok(Published)
        );
        assert_eq!(
            transition(Rejected, false, AddImage, Actor::Owner),
            Err("entry-rejected-final")
        );
    }

    #[test]
    fn translations_by_the_secretariat_keep_the_status_the_owners_go_to_review() {
        assert_eq!(
            transition(Published, true, Translate, Actor::Secretariat),
            Ok(Published)
        );
        assert_eq!(
            transition(Draft, false, Translate, Actor::Secretariat),
            Ok(Draft)
        );
        assert_eq!(
            transition(Published, true, Translate, Actor::Owner),
            Ok(Submitted)
        );
        assert_eq!(
            transition(Rejected, false, Translate, Actor::Secretariat),
            Err("entry-rejected-final")
        );
    }
}
