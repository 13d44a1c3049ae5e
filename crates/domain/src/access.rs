//! Who may do what to whose things: one policy that every feature asks, so that
//! "the owner or the secretariat" is written once. Roles say what a person is;
//! these rules relate a person to a thing (an entry they own, a session they
//! organise, an Action Line they facilitate).

use crate::account::{Role, has_role};
use crate::ids::AccountId;

/// The person acting: their account and roles.
#[derive(Debug, Clone, Copy)]
pub struct Principal<'a> {
    pub id: AccountId,
    pub roles: &'a [Role],
}

impl<'a> Principal<'a> {
    pub fn new(id: AccountId, roles: &'a [Role]) -> Self {
        Principal { id, roles }
    }

    /// Holds `role` (the administrator counts as secretariat).
    pub fn is(&self, role: Role) -> bool {
        has_role(self.roles, role)
    }

    /// The forum secretariat (or an administrator).
    pub fn is_secretariat(&self) -> bool {
        self.is(Role::Secretariat)
    }

    /// The owner of a thing, or the secretariat: who may read a private thing and
    /// act on it as its author (stocktaking entries and their images, proposals,
    /// registrations).
    pub fn owns_or_secretariat(&self, owner: AccountId) -> bool {
        self.id == owner || self.is_secretariat()
    }

    /// One of a session's organisers (its proposer or a named co-organiser), or the
    /// secretariat: who may edit a session, its documents and its outcome.
    pub fn organises_or_secretariat(&self, organisers: &[AccountId]) -> bool {
        organisers.contains(&self.id) || self.is_secretariat()
    }

    /// A facilitator of the Action Line `line` (`C7` covers its sub-lines `C7.x`),
    /// given the lines this account facilitates, or the secretariat: who may edit
    /// that line's facilitation records and its links in the WSIS–SDG Matrix.
    pub fn facilitates_or_secretariat(&self, line: &str, facilitated: &[&str]) -> bool {
        if self.is_secretariat() {
            return true;
        }
        self.is(Role::Facilitator)
            && facilitated.iter().any(|f| {
                *f == line
                    || line
                        .strip_prefix(f)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: AccountId = AccountId::new(7);
    const OTHER: AccountId = AccountId::new(8);

    #[test]
    fn owners_and_the_secretariat_may_act_on_a_thing_others_may_not() {
        let stakeholder = Principal::new(ME, &[Role::Stakeholder]);
        assert!(stakeholder.owns_or_secretariat(ME));
        assert!(!stakeholder.owns_or_secretariat(OTHER));
        assert!(Principal::new(ME, &[Role::Secretariat]).owns_or_secretariat(OTHER));
        assert!(Principal::new(ME, &[Role::Administrator]).owns_or_secretariat(OTHER));
        assert!(
            !Principal::new(ME, &[Role::Organiser, Role::Facilitator]).owns_or_secretariat(OTHER)
        );
    }

    #[test]
    fn organisers_of_a_session_may_edit_it() {
        let p = Principal::new(ME, &[Role::Participant]);
        assert!(p.organises_or_secretariat(&[OTHER, ME]));
        assert!(!p.organises_or_secretariat(&[OTHER]));
        assert!(Principal::new(ME, &[Role::Secretariat]).organises_or_secretariat(&[]));
    }

    #[test]
    fn facilitators_act_on_their_lines_and_sub_lines_only() {
        let f = Principal::new(ME, &[Role::Facilitator]);
        assert!(f.facilitates_or_secretariat("C7", &["C7"]));
        assert!(f.facilitates_or_secretariat("C7.3", &["C7"]));
        assert!(!f.facilitates_or_secretariat("C1", &["C7"]));
        assert!(
            !f.facilitates_or_secretariat("C10", &["C1"]),
            "C1 does not cover C10"
        );
        assert!(f.facilitates_or_secretariat("C7.3", &["C7.3"]));
        assert!(!f.facilitates_or_secretariat("C7.2", &["C7.3"]));
        // The line without the role is not enough.
        assert!(
            !Principal::new(ME, &[Role::Participant]).facilitates_or_secretariat("C7", &["C7"])
        );
        assert!(Principal::new(OTHER, &[Role::Secretariat]).facilitates_or_secretariat("C3", &[]));
    }
}
