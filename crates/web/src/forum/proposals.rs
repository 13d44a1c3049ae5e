//! The call for sessions: signed-in stakeholders propose sessions (type,
//! title, abstract, organisers, speakers with roles, Action Lines, SDGs,
//! languages, needs, remote participation); speakers confirm by an e-mailed
//! link; the secretariat accepts, declines, asks for changes or merges two
//! proposals; proposers edit while the proposal is open and see the
//! secretariat's comments. The pages of `wsis_app::forum::{proposals, review}`:
//! the form ([`form`]), a person's proposals ([`list`]), the speakers' link
//! ([`speakers`]) and the secretariat's review ([`review`]).

mod form;
mod list;
mod review;
mod speakers;

pub use form::{edit_form, propose, propose_form, save};
pub use list::mine;
pub use review::{bulk, merge, proposal, queue_csv, review, review_queue, score};
pub use speakers::{
    availability, confirm, confirm_form, decline, photo, photo_file, photo_remove, rename,
};

use crate::I18N;
use wsis_app::forum::proposals::{SessionRow, SessionSpeaker, SessionType};
use wsis_domain::access::Principal;
use wsis_domain::{AccountId, Language};

/// The signed-in person as the services know them.
pub(super) fn principal(user: &wsis_app::forum::proposals::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

pub(super) fn type_choices(types: &[SessionType], lang: Language) -> Vec<(String, String)> {
    types
        .iter()
        .map(|t| {
            (
                t.code.clone(),
                if t.names.is_empty() {
                    I18N.tr(lang, &format!("session-type-{}", t.code))
                } else {
                    t.names
                        .get(lang.code())
                        .or_else(|| t.names.get("en"))
                        .cloned()
                        .unwrap_or_else(|| t.code.clone())
                },
            )
        })
        .collect()
}

pub struct ProposalView {
    pub id: i64,
    pub year: i64,
    pub title: String,
    pub type_name: String,
    pub status: String,
    pub status_code: &'static str,
    pub number: Option<i64>,
    pub comment: Option<String>,
    pub speakers: Vec<(String, String, bool)>,
    pub edit_href: Option<String>,
    /// The form of the session's outcome (its organisers, once the agenda is out).
    pub outcome_href: Option<String>,
}

pub(super) fn view(
    lang: Language,
    year: i64,
    s: &SessionRow,
    types: &[SessionType],
    speakers: &[SessionSpeaker],
    owner_view: bool,
) -> ProposalView {
    let type_name = type_choices(types, lang)
        .into_iter()
        .find(|(c, _)| *c == s.data.type_code)
        .map(|(_, n)| n)
        .unwrap_or_else(|| s.data.type_code.clone());
    ProposalView {
        id: s.id,
        year,
        title: s.data.title.clone(),
        type_name,
        status: I18N.tr(lang, &format!("session-status-{}", s.status.code())),
        status_code: s.status.code(),
        number: s.number,
        comment: s.review_comment.clone(),
        speakers: speakers
            .iter()
            .filter(|x| x.session_id == s.id)
            .map(|x| {
                (
                    x.name.clone(),
                    I18N.tr(lang, &format!("speaker-role-{}", x.role)),
                    x.confirmed_at.is_some(),
                )
            })
            .collect(),
        edit_href: (owner_view && s.status.editable_by_proposer())
            .then(|| format!("/{}/forum/proposals/{}/edit", lang.code(), s.id)),
        outcome_href: None,
    }
}
