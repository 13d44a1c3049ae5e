//! The call for sessions, as proposers and speakers live it: a signed-in person
//! proposes a session while the edition's call is open, edits it while the
//! secretariat has not decided (or asked for changes), and sees where their
//! proposals stand. Each new speaker is e-mailed a confirmation link; from it
//! they confirm and say on which forum days they are available.

use crate::accounts::{random_token, token_hash};
use crate::mail::{Letter, OutgoingMail, queue};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::forum as fdb;
use wsis_domain::access::Principal;
use wsis_domain::forum::{ProposalData, SessionStatus};
use wsis_domain::{AccountId, FieldErrors, Language, SessionId};
use wsis_i18n::{Arg, I18N};

pub use wsis_db::accounts::User;
pub use wsis_db::forum::{Edition, SessionRow, SessionSpeaker, SessionType};
pub use wsis_domain::forum::ProposalInput;

/// What the proposal form offers: the edition (is its call open?) and the
/// session types.
pub async fn call(app: &App, year: i64) -> ServiceResult<(Edition, Vec<SessionType>)> {
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let types = fdb::session_types(&mut conn).await?;
    Ok((ed, types))
}

/// Every session type (the built-in ones and the secretariat's, with their names).
pub async fn session_types(app: &App) -> ServiceResult<Vec<SessionType>> {
    Ok(fdb::session_types(&mut *app.db().conn().await?).await?)
}

fn known_types(types: &[SessionType]) -> Vec<String> {
    types.iter().map(|t| t.code.clone()).collect()
}

/// Parses a proposal against the known session types.
fn parse(input: &ProposalInput, types: &[SessionType]) -> ServiceResult<ProposalData> {
    let mut errors = FieldErrors::new();
    input
        .parse(&known_types(types), &mut errors)
        .ok_or(ServiceError::Fields(errors))
}

/// Proposes a session to the edition of `year` while its call is open; the
/// speakers are asked (in `lang`) to confirm.
pub async fn submit(
    app: &App,
    who: Principal<'_>,
    year: i64,
    lang: Language,
    input: &ProposalInput,
) -> ServiceResult<SessionId> {
    let (ed, types) = call(app, year).await?;
    if !ed.proposals_open {
        return Err(ServiceError::Conflict("forum-proposals-closed"));
    }
    let data = parse(input, &types)?;
    let (raw, hashes) = speaker_tokens(data.speakers.len());
    let mut tx = app.db().begin().await?;
    let (id, added) = fdb::create_session(&mut tx, ed.id, who.id.get(), &data, &hashes).await?;
    fdb::add_session_event(&mut tx, id, Some(who.id.get()), "proposed", None).await?;
    let new: Vec<bool> = added.iter().map(|(_, new)| *new).collect();
    invite_speakers(
        &mut tx,
        app,
        Inviting {
            by: who.id,
            lang,
            edition: &ed,
        },
        &data,
        &new,
        &raw,
    )
    .await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(SessionId::new(id))
}

/// A proposal its proposer may edit now, with its edition and the session types.
/// Only the proposer edits their proposal (the secretariat reviews it, and asks
/// for changes); only while it is proposed or changes were asked for.
pub async fn editable(
    app: &App,
    who: Principal<'_>,
    id: SessionId,
) -> ServiceResult<(SessionRow, Edition, Vec<SessionType>)> {
    let mut conn = app.db().conn().await?;
    let s = own(&mut conn, who, id).await?;
    let ed = check_editable(&mut conn, &s).await?;
    let types = fdb::session_types(&mut conn).await?;
    Ok((s, ed, types))
}

/// The edition of a proposal its proposer may edit now: one that waits for the
/// secretariat while the call is open, or one the secretariat asked to change (also
/// after the call closed: the change is theirs to ask).
async fn check_editable(conn: &mut AnyConnection, s: &SessionRow) -> ServiceResult<Edition> {
    if !s.status.editable_by_proposer() {
        return Err(ServiceError::Conflict("forum-proposal-not-editable"));
    }
    let ed = fdb::edition_by_id(conn, s.edition_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !ed.proposals_open && s.status != SessionStatus::ChangesRequested {
        return Err(ServiceError::Conflict("forum-proposals-closed"));
    }
    Ok(ed)
}

/// The proposal `id` if `who` proposed it.
async fn own(
    conn: &mut AnyConnection,
    who: Principal<'_>,
    id: SessionId,
) -> ServiceResult<SessionRow> {
    let s = fdb::session(conn, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    if AccountId::new(s.proposer_id) != who.id {
        return Err(ServiceError::Forbidden);
    }
    Ok(s)
}

/// Replaces a proposal's content, from the form of `version`: a newer version
/// (someone changed it meanwhile) is [`ServiceError::Stale`]. The proposal is
/// proposed again; speakers new to it are asked to confirm.
pub async fn edit(
    app: &App,
    who: Principal<'_>,
    id: SessionId,
    version: i64,
    lang: Language,
    input: &ProposalInput,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let s = own(&mut tx, who, id).await?;
    let ed = check_editable(&mut tx, &s).await?;
    let types = fdb::session_types(&mut tx).await?;
    let data = parse(input, &types)?;
    let (raw, hashes) = speaker_tokens(data.speakers.len());
    let added = fdb::update_session_data(&mut tx, id.get(), version, &data, &hashes, true)
        .await
        .map_err(|e| match e {
            wsis_db::DbError::Stale => ServiceError::Stale("forum-proposal-stale"),
            e => e.into(),
        })?;
    // Editing a proposal the secretariat asked to change sends it back to them.
    let kind = if s.status == SessionStatus::ChangesRequested {
        "resubmitted"
    } else {
        "edited"
    };
    fdb::add_session_event(&mut tx, id.get(), Some(who.id.get()), kind, None).await?;
    let new: Vec<bool> = added.iter().map(|(_, new)| *new).collect();
    invite_speakers(
        &mut tx,
        app,
        Inviting {
            by: who.id,
            lang,
            edition: &ed,
        },
        &data,
        &new,
        &raw,
    )
    .await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(())
}

/// A person's proposals, newest first, with their speakers and the year of
/// their edition; and every edition (which calls are open).
pub struct Mine {
    pub proposals: Vec<(SessionRow, i64, Vec<SessionSpeaker>)>,
    pub editions: Vec<Edition>,
    pub types: Vec<SessionType>,
}

pub async fn mine(app: &App, who: Principal<'_>) -> ServiceResult<Mine> {
    let mut conn = app.db().conn().await?;
    let types = fdb::session_types(&mut conn).await?;
    let editions = fdb::editions(&mut conn).await?;
    let rows = fdb::sessions_of_proposer(&mut conn, who.id.get()).await?;
    let mut proposals = Vec::with_capacity(rows.len());
    for s in rows {
        let speakers = fdb::speakers_of_session(&mut conn, s.id).await?;
        let year = editions
            .iter()
            .find(|e| e.id == s.edition_id)
            .map(|e| e.year)
            .unwrap_or(0);
        proposals.push((s, year, speakers));
    }
    Ok(Mine {
        proposals,
        editions,
        types,
    })
}

// ------------------------------------------------------------------ speakers

/// Tokens for the speakers of a proposal: (raw tokens, their hashes).
pub(super) fn speaker_tokens(n: usize) -> (Vec<String>, Vec<String>) {
    let raw: Vec<String> = (0..n).map(|_| random_token()).collect();
    let hashes = raw.iter().map(|t| token_hash(t)).collect();
    (raw, hashes)
}

/// The invitation of a speaker to confirm, with their link.
fn invitation(
    app: &App,
    lang: Language,
    edition: &Edition,
    data: &ProposalData,
    i: usize,
    token: &str,
) -> Option<OutgoingMail> {
    let s = data.speakers.get(i)?;
    let link = format!(
        "{}/{}/forum/speakers/confirm?token={token}",
        app.config().public_url,
        lang.code()
    );
    let role = I18N.tr(lang, &format!("speaker-role-{}", s.role.code()));
    Some(
        Letter::to(lang, &s.name)
            .say(
                "mail-speaker-invited",
                &[
                    ("title", Arg::from(data.title.as_str())),
                    ("role", Arg::from(role.as_str())),
                ],
            )
            .text(&link)
            .say(
                "mail-speaker-invited-forum",
                &[
                    ("year", Arg::from(edition.year.to_string().as_str())),
                    (
                        "dates",
                        Arg::from(
                            format!(
                                "{} – {}",
                                wsis_i18n::format_local_date(lang, &edition.starts_on),
                                wsis_i18n::format_local_date(lang, &edition.ends_on)
                            )
                            .as_str(),
                        ),
                    ),
                    ("venue", Arg::from(edition.venue.as_str())),
                ],
            )
            // The subject is the template's alone: the proposer's text (the title)
            // only in the body.
            .sign(&s.email, "mail-speaker-subject", &[]),
    )
}

/// Queues the confirmation links of the speakers flagged new (in the data's
/// order, with their raw tokens) on the caller's transaction. Each counts against
/// the inviting account's invitations of the day: past the limit, nothing is written
/// ([`ServiceError::RateLimited`]), so that proposals cannot relay mail.
/// Who invites, in which language, to which edition.
pub(super) struct Inviting<'a> {
    pub by: AccountId,
    pub lang: Language,
    pub edition: &'a Edition,
}

pub(super) async fn invite_speakers(
    conn: &mut AnyConnection,
    app: &App,
    inviting: Inviting<'_>,
    data: &ProposalData,
    new: &[bool],
    tokens: &[String],
) -> ServiceResult<()> {
    let Inviting {
        by: inviter,
        lang,
        edition,
    } = inviting;
    let bucket = format!("invite:{}", inviter.get());
    let max = app.config().rate_limits.invitations_per_day;
    for _ in new.iter().filter(|n| **n) {
        if !wsis_db::rate_limit::hit(&mut *conn, &bucket, max, 86_400).await? {
            return Err(ServiceError::RateLimited);
        }
    }
    for (i, is_new) in new.iter().enumerate() {
        if !is_new {
            continue;
        }
        let Some(token) = tokens.get(i) else {
            continue;
        };
        if let Some(mail) = invitation(app, lang, edition, data, i, token) {
            queue(&mut *conn, &mail).await?;
        }
    }
    Ok(())
}

/// A speaker as their confirmation link shows them.
#[derive(Debug, Clone)]
pub struct SpeakerLink {
    pub speaker: i64,
    /// How the agenda names them.
    pub name: String,
    pub organisation: String,
    /// Their biography, shown with their name on the session pages.
    pub bio: String,
    pub edition: Edition,
    /// Whether they confirmed (a session of theirs).
    pub confirmed: bool,
    /// Whether they declined the link's session.
    pub declined: bool,
    /// The link's session: its title, the speaker's role in it (a code), and where
    /// and when it takes place once placed (room name, start, end; UTC).
    pub session_title: String,
    pub role: String,
    pub slot: Option<(String, i64, i64)>,
    /// Their availability windows (UTC), earliest first; none: any time.
    pub windows: Vec<(i64, i64)>,
    /// Their photo's thumbnail address, if they gave one.
    pub photo: Option<String>,
}

/// The public address of a speaker's photo (or, `full`, of the full-size one): one
/// address per speaker that always serves their current photo, so that a published
/// agenda's pages never point at a removed file; `v` changes with the photo, for caches.
pub fn speaker_photo_url(speaker: i64, key: &str, full: bool) -> String {
    let v: String = key.chars().take(8).collect();
    let size = if full { "full" } else { "thumb" };
    format!("/media/speakers/{speaker}/{size}?v={v}")
}

async fn link_of(conn: &mut AnyConnection, token: &str) -> ServiceResult<Option<SpeakerLink>> {
    let Some(t) = fdb::speaker_of_token(&mut *conn, &token_hash(token.trim())).await? else {
        return Ok(None);
    };
    let Some(edition) = fdb::edition_by_id(&mut *conn, t.edition_id).await? else {
        return Ok(None);
    };
    let Some(session) = fdb::session(&mut *conn, t.session_id).await? else {
        return Ok(None);
    };
    let slot = match (session.room_id, session.starts_at, session.ends_at) {
        (Some(room), Some(a), Some(b)) if session.status == SessionStatus::Accepted => {
            fdb::rooms(&mut *conn, edition.id)
                .await?
                .into_iter()
                .find(|r| r.id == room)
                .map(|r| (r.name, a, b))
        }
        _ => None,
    };
    let windows = fdb::availability_of(&mut *conn, t.speaker_id).await?;
    Ok(Some(SpeakerLink {
        speaker: t.speaker_id,
        name: t.name,
        organisation: t.organisation,
        bio: t.bio,
        edition,
        confirmed: t.confirmed_at.is_some(),
        declined: t.declined_at.is_some(),
        session_title: session.data.title,
        role: t.role,
        slot,
        windows,
        photo: t
            .photo_key
            .as_ref()
            .filter(|_| t.photo_type.is_some())
            .map(|k| speaker_photo_url(t.speaker_id, k, false)),
    }))
}

/// The speaker a confirmation link's token belongs to (`None`: an unknown token).
pub async fn speaker_link(app: &App, token: &str) -> ServiceResult<Option<SpeakerLink>> {
    link_of(&mut *app.db().conn().await?, token).await
}

/// Confirms the speaker of a link (again: the first time stays); `None` for an
/// unknown token.
pub async fn confirm_speaker(app: &App, token: &str) -> ServiceResult<Option<SpeakerLink>> {
    let mut tx = app.db().begin().await?;
    let found = fdb::confirm_speaker(&mut tx, &token_hash(token.trim())).await?;
    if found.is_none() {
        return Ok(None);
    }
    let link = link_of(&mut tx, token).await?;
    tx.commit().await?;
    Ok(link)
}

/// The speaker of a link declines its session: their confirmation (if any) is
/// withdrawn, the session's history records it, and its proposer is told by e-mail
/// in their language. `None` for an unknown token; declining twice tells once.
pub async fn decline_speaker(app: &App, token: &str) -> ServiceResult<Option<SpeakerLink>> {
    let mut tx = app.db().begin().await?;
    let Some(before) = link_of(&mut tx, token).await? else {
        return Ok(None);
    };
    let Some((session, _)) = fdb::decline_speaker(&mut tx, &token_hash(token.trim())).await? else {
        return Ok(None);
    };
    // The proposer hears of a refusal once, and of a speaker going back and forth at
    // most three times a day (a link is no mail relay).
    let bucket = format!("speaker-declined:{session}:{}", before.speaker);
    if !before.declined && wsis_db::rate_limit::hit(&mut tx, &bucket, 3, 86_400).await? {
        let s = fdb::session(&mut tx, session)
            .await?
            .ok_or(ServiceError::NotFound)?;
        fdb::add_session_event(&mut tx, s.id, None, "speaker-declined", Some(&before.name)).await?;
        if let Some(owner) = wsis_db::accounts::find_user(&mut tx, s.proposer_id).await? {
            let lang = owner.profile.language;
            let role = I18N.tr(lang, &format!("speaker-role-{}", before.role));
            let year = before.edition.year.to_string();
            let mail = Letter::to(lang, &owner.profile.name)
                .say(
                    "mail-speaker-declined",
                    &[
                        ("name", Arg::from(before.name.as_str())),
                        ("role", Arg::from(role.as_str())),
                        ("title", Arg::from(s.data.title.as_str())),
                    ],
                )
                .text(&format!(
                    "{}/{}/forum/proposals",
                    app.config().public_url,
                    lang.code()
                ))
                .sign(
                    &owner.email,
                    "mail-speaker-declined-subject",
                    &[("year", Arg::from(year.as_str()))],
                );
            queue(&mut tx, &mail).await?;
        }
    }
    let link = link_of(&mut tx, token).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(link)
}

/// Replaces the availability of the speaker of a link with `windows` (UTC; none:
/// any time); returns what is stored. An unknown token is not found.
pub async fn set_availability(
    app: &App,
    token: &str,
    windows: &[(i64, i64)],
) -> ServiceResult<Vec<(i64, i64)>> {
    let mut tx = app.db().begin().await?;
    let link = link_of(&mut tx, token)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !link.confirmed {
        return Err(ServiceError::Forbidden);
    }
    fdb::set_availability(&mut tx, link.speaker, windows).await?;
    let stored = fdb::availability_of(&mut tx, link.speaker).await?;
    tx.commit().await?;
    Ok(stored)
}

/// Photos one speaker may upload in a day (each replaces the one before).
const PHOTOS_PER_DAY: i64 = 20;

/// A confirmed speaker gives (or replaces) their photo from their link: checked by
/// content, resized and stripped like every image, shown with their name on the
/// session page at once (the published pages read it live). An unknown token is not found,
/// a link not confirmed is refused, problems with the file are a `file` field error.
pub async fn set_speaker_photo(
    app: &App,
    token: &str,
    bytes: Option<Vec<u8>>,
) -> ServiceResult<SpeakerLink> {
    use crate::stocktaking::images as img;
    let link = speaker_link(app, token)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !link.confirmed {
        return Err(ServiceError::Forbidden);
    }
    {
        let mut conn = app.db().conn().await?;
        let bucket = format!("speaker-photo:{}", link.speaker);
        if !wsis_db::rate_limit::hit(&mut conn, &bucket, PHOTOS_PER_DAY, 86_400).await? {
            return Err(ServiceError::RateLimited);
        }
    }
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else {
        return Err(ServiceError::field("file", "image-required"));
    };
    let processed = {
        let _slot = app
            .0
            .image_slots
            .acquire()
            .await
            .map_err(|e| ServiceError::caused("image slots", e))?;
        tokio::task::spawn_blocking(move || img::process(&bytes))
            .await
            .map_err(|e| ServiceError::internal(format!("image task: {e}")))?
    };
    let p = processed.map_err(|key| ServiceError::field("file", key))?;
    let key = img::new_key()?;
    img::write_files(app, &key, &p).await?;
    let saved = async {
        let mut tx = app.db().begin().await?;
        let before =
            fdb::set_speaker_photo(&mut tx, link.speaker, Some((&key, p.content_type))).await?;
        fdb::bump_content(&mut tx, link.edition.id).await?;
        tx.commit().await?;
        app.snapshots().invalidate(link.edition.year);
        Ok::<_, ServiceError>(before)
    }
    .await;
    match saved {
        Ok(before) => {
            if let Some((k, ty)) = before {
                img::remove_files(app, &k, img::ext_of(&ty)).await;
            }
        }
        Err(e) => {
            img::remove_files(app, &key, p.ext).await;
            return Err(e);
        }
    }
    speaker_link(app, token)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// A confirmed speaker removes their photo from their link.
pub async fn remove_speaker_photo(app: &App, token: &str) -> ServiceResult<SpeakerLink> {
    let link = speaker_link(app, token)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !link.confirmed {
        return Err(ServiceError::Forbidden);
    }
    let before = {
        let mut tx = app.db().begin().await?;
        let before = fdb::set_speaker_photo(&mut tx, link.speaker, None).await?;
        fdb::bump_content(&mut tx, link.edition.id).await?;
        tx.commit().await?;
        app.snapshots().invalidate(link.edition.year);
        before
    };
    if let Some((k, ty)) = before {
        let ext = crate::stocktaking::images::ext_of(&ty);
        crate::stocktaking::images::remove_files(app, &k, ext).await;
    }
    Ok(SpeakerLink {
        photo: None,
        ..link
    })
}

/// A speaker's current photo (`full` size or thumbnail): its key in the media store,
/// its type and its validator; public (speakers give them to be shown).
pub async fn speaker_photo_file(
    app: &App,
    speaker: i64,
    full: bool,
) -> ServiceResult<(String, String, String)> {
    use crate::stocktaking::images as img;
    let (key, ty) = fdb::speaker_photo(&mut *app.db().conn().await?, speaker)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let [f, thumb] = img::object_keys(&key, img::ext_of(&ty));
    let etag = format!("\"{key}-{}\"", if full { "full" } else { "thumb" });
    Ok((if full { f } else { thumb }, ty, etag))
}

/// The longest biography of a speaker, in characters.
pub const MAX_BIO_CHARS: usize = 1_500;

/// A confirmed speaker corrects, from their link, how the agenda names them: their name
/// and organisation are theirs (no proposal changes them once they confirmed). An unknown
/// token is not found; a link not confirmed yet is refused.
pub async fn rename_speaker(
    app: &App,
    token: &str,
    name: &str,
    organisation: &str,
    bio: &str,
) -> ServiceResult<SpeakerLink> {
    let mut errors = FieldErrors::new();
    let bio = match bio.trim() {
        "" => Some(String::new()),
        b => errors.check(
            "bio",
            wsis_domain::validation::checked_text(
                b,
                MAX_BIO_CHARS,
                true,
                "speaker-bio-too-long",
                "speaker-bio-too-long",
            ),
        ),
    };
    let name = errors.check(
        "name",
        wsis_domain::validation::checked_text(
            name,
            200,
            false,
            "speaker-name-required",
            "speaker-name-required",
        ),
    );
    let organisation = errors.check(
        "organisation",
        wsis_domain::validation::checked_text(
            organisation,
            200,
            false,
            "organisation-required",
            "organisation-too-long",
        ),
    );
    let (Some(name), Some(organisation), Some(bio)) = (name, organisation, bio) else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    let link = link_of(&mut tx, token)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !link.confirmed {
        return Err(ServiceError::Forbidden);
    }
    fdb::rename_speaker(&mut tx, link.speaker, &name, &organisation, &bio).await?;
    fdb::bump_content(&mut tx, link.edition.id).await?;
    tx.commit().await?;
    app.snapshots().invalidate(link.edition.year);
    Ok(SpeakerLink {
        name,
        organisation,
        bio,
        ..link
    })
}
