//! Session outcomes, as organisers and the secretariat live them: once its
//! edition's agenda is published, an accepted session's organisers write its
//! outcome (drafts, then submitted) until the edition's deadline; the secretariat
//! edits it, returns it with a comment, or approves it; approved outcomes are
//! public. Every save is a revision. Organisers who have not submitted are
//! reminded a week and a day before the deadline, and in bulk by the secretariat.

use crate::mail::{Letter, queue};
use crate::{App, ServiceError, ServiceResult};
use jiff::tz::TimeZone;
use wsis_db::AnyConnection;
use wsis_db::forum as fdb;
use wsis_domain::access::Principal;
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::outcomes::{
    Editor, OutcomeDecision, OutcomeKind, OutcomeStatus, SaveAction, after_save, decision_comment,
    past_deadline,
};
use wsis_domain::stocktaking::parse_date;
use wsis_domain::{AccountId, FieldErrors};
use wsis_i18n::Arg;

pub use wsis_db::forum::{Edition, OutcomeRevision, OutcomeRow, SessionRow, SessionType};
pub use wsis_domain::forum::outcomes::{OutcomeData, OutcomeInput};

/// The job that reminds an edition's organisers of the outcome deadline.
pub const REMINDER_JOB: &str = "outcome-reminders";

/// The venue's local date now (`YYYY-MM-DD`) in the time zone `tz`.
fn today_at(tz: &str) -> String {
    let zone = TimeZone::get(tz).unwrap_or(TimeZone::UTC);
    jiff::Timestamp::now()
        .to_zoned_datetime(zone)
        .date()
        .to_string()
}

/// An accepted, numbered session of an edition whose agenda is published: the
/// only sessions that have outcomes. Anything else is `NotFound`.
async fn session_of(
    conn: &mut AnyConnection,
    year: i64,
    number: i64,
) -> ServiceResult<(Edition, SessionRow)> {
    let (ed, s) = super::accepted_session(conn, year, number).await?;
    if fdb::latest_version(conn, ed.id).await? == 0 {
        return Err(ServiceError::Conflict("outcome-not-open"));
    }
    Ok((ed, s))
}

/// Who `who` is to a session's outcome: the secretariat, one of its organisers
/// (the proposer; for a High-Level Policy Session also its High-Level Track
/// Facilitators), or no one (`Forbidden`).
pub(crate) async fn editor_of(
    conn: &mut AnyConnection,
    who: &Principal<'_>,
    s: &SessionRow,
) -> ServiceResult<Editor> {
    if who.is_secretariat() {
        Ok(Editor::Secretariat)
    } else if who.organises_or_secretariat(&[AccountId::new(s.proposer_id)])
        || (kind_of(s) == OutcomeKind::HighLevel
            && fdb::is_hlt_facilitator(conn, s.id, who.id.get()).await?)
    {
        Ok(Editor::Organiser)
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The kind of outcome a session reports.
pub fn kind_of(s: &SessionRow) -> OutcomeKind {
    OutcomeKind::of(&s.data.type_code)
}

/// What the outcome form shows.
pub struct OutcomeForm {
    pub edition: Edition,
    pub session: SessionRow,
    pub outcome: Option<OutcomeRow>,
    /// The organisers' deadline (local date), if set.
    pub deadline: Option<String>,
    /// Whether the deadline has passed.
    pub late: bool,
    pub editor: Editor,
    /// The session's latest transcript (machine captions), offered to its writers:
    /// its id and text.
    pub transcript: Option<(i64, String)>,
}

/// The outcome of session `number` of `year` for its organisers or the
/// secretariat to edit.
pub async fn form(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<OutcomeForm> {
    let mut conn = app.db().conn().await?;
    let (edition, session) = session_of(&mut conn, year, number).await?;
    let editor = editor_of(&mut conn, &who, &session).await?;
    let outcome = fdb::outcome(&mut conn, session.id).await?;
    let deadline = fdb::outcome_deadline(&mut conn, edition.id).await?;
    let late = past_deadline(deadline.as_deref(), &today_at(&edition.time_zone));
    let transcript = match fdb::transcripts_of_session(&mut conn, session.id)
        .await?
        .into_iter()
        .find(|t| t.status == "done")
    {
        Some(t) => fdb::transcript_files(&mut conn, t.id)
            .await?
            .and_then(|(_, body)| body)
            .filter(|b| !b.trim().is_empty())
            .map(|b| (t.id, b)),
        None => None,
    };
    Ok(OutcomeForm {
        transcript,
        edition,
        session,
        outcome,
        deadline,
        late,
        editor,
    })
}

fn stale(e: wsis_db::DbError) -> ServiceError {
    match e {
        wsis_db::DbError::Stale => ServiceError::Stale("outcome-stale"),
        e => e.into(),
    }
}

/// Saves the outcome of session `number` from the form of `version` (0 when there
/// was none): `action` `save` keeps it a draft (or as it stands), `submit` sends
/// it to the secretariat. Returns its new status.
pub async fn save(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    version: i64,
    action: &str,
    input: &OutcomeInput,
) -> ServiceResult<OutcomeStatus> {
    let action = SaveAction::parse(action).map_err(|k| ServiceError::field("action", k))?;
    let mut tx = app.db().begin().await?;
    let (ed, s) = session_of(&mut tx, year, number).await?;
    let editor = editor_of(&mut tx, &who, &s).await?;
    let mut errors = FieldErrors::new();
    let data = input.parse(kind_of(&s), &mut errors);
    let current = fdb::outcome(&mut tx, s.id).await?;
    let deadline = fdb::outcome_deadline(&mut tx, ed.id).await?;
    let late = past_deadline(deadline.as_deref(), &today_at(&ed.time_zone));
    let next = after_save(editor, current.as_ref().map(|o| o.status), action, late)
        .map_err(ServiceError::Conflict)?;
    let data = data.ok_or(ServiceError::Fields(errors))?;
    if current.as_ref().map_or(0, |o| o.version) != version {
        return Err(ServiceError::Stale("outcome-stale"));
    }
    fdb::save_outcome(&mut tx, s.id, ed.id, version, next, &data, who.id.get())
        .await
        .map_err(stale)?;
    tx.commit().await?;
    if next == OutcomeStatus::Approved {
        app.snapshots().invalidate(year);
    }
    Ok(next)
}

/// The secretariat's decision on the outcome of session `number` as read at
/// `version`: `approve`, or `return` with a comment (e-mailed to the organiser,
/// in their language). Returns the new status.
pub async fn decide(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    decision: &str,
    comment: &str,
    version: i64,
) -> ServiceResult<OutcomeStatus> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let decision =
        OutcomeDecision::parse(decision).map_err(|k| ServiceError::field("decision", k))?;
    let comment =
        decision_comment(decision, comment).map_err(|k| ServiceError::field("comment", k))?;
    let mut tx = app.db().begin().await?;
    let (_, s) = session_of(&mut tx, year, number).await?;
    let current = fdb::outcome(&mut tx, s.id)
        .await?
        .ok_or(ServiceError::Conflict("outcome-decision-not-allowed"))?;
    let next = decision
        .apply(current.status)
        .map_err(ServiceError::Conflict)?;
    if current.version != version {
        return Err(ServiceError::Stale("outcome-stale"));
    }
    fdb::decide_outcome(
        &mut tx,
        s.id,
        version,
        next,
        comment.as_deref(),
        who.id.get(),
    )
    .await
    .map_err(stale)?;
    let key = match next {
        OutcomeStatus::Approved => "mail-outcome-approved",
        _ => "mail-outcome-returned",
    };
    tell_organiser(&mut tx, app, year, &s, key, comment.as_deref()).await?;
    tx.commit().await?;
    app.snapshots().invalidate(year);
    app.wake_worker();
    Ok(next)
}

/// Queues the organiser's letter about their session's outcome (in their
/// language, with a comment if any and the link to the outcome's form).
async fn tell_organiser(
    conn: &mut AnyConnection,
    app: &App,
    year: i64,
    s: &SessionRow,
    key: &str,
    comment: Option<&str>,
) -> ServiceResult<()> {
    let Some(owner) = wsis_db::accounts::find_user(&mut *conn, s.proposer_id).await? else {
        return Ok(());
    };
    let lang = owner.profile.language;
    let number = s.number.unwrap_or(0);
    let year_s = year.to_string();
    let args = [
        ("title", Arg::from(s.data.title.as_str())),
        ("number", Arg::Num(number)),
        ("year", Arg::from(year_s.as_str())),
    ];
    let mut letter = Letter::to(lang, &owner.profile.name).say(key, &args);
    if let Some(c) = comment {
        letter = letter.text(c);
    }
    let mail = letter
        .text(&format!(
            "{}/{}/forum/{year}/outcomes/{number}/edit",
            app.config().public_url,
            lang.code()
        ))
        .sign(
            &owner.email,
            "mail-outcome-subject",
            &[
                ("number", Arg::Num(number)),
                ("year", Arg::from(year_s.as_str())),
            ],
        );
    queue(conn, &mail).await
}

/// The revisions of the outcome of session `number`, newest first, for its
/// organisers and the secretariat.
pub async fn revisions(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<(SessionRow, Vec<OutcomeRevision>)> {
    let mut conn = app.db().conn().await?;
    let (_, s) = session_of(&mut conn, year, number).await?;
    editor_of(&mut conn, &who, &s).await?;
    let revs = fdb::outcome_revisions(&mut conn, s.id).await?;
    Ok((s, revs))
}

/// One accepted session of an edition and where its outcome stands.
pub struct OverviewRow {
    pub session: SessionRow,
    pub organiser: String,
    pub outcome: Option<OutcomeRow>,
}

/// The secretariat's view of an edition's outcomes.
pub struct Overview {
    pub edition: Edition,
    pub deadline: Option<String>,
    pub types: Vec<SessionType>,
    /// Accepted sessions in number order.
    pub rows: Vec<OverviewRow>,
}

pub async fn overview(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Overview> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut conn = app.db().conn().await?;
    let edition = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let deadline = fdb::outcome_deadline(&mut conn, edition.id).await?;
    let types = fdb::session_types(&mut conn).await?;
    let mut sessions = fdb::sessions(&mut conn, edition.id, Some(SessionStatus::Accepted)).await?;
    sessions.retain(|s| s.number.is_some());
    sessions.sort_by_key(|s| s.number);
    let people = fdb::proposers_of_edition(&mut conn, edition.id).await?;
    let mut outcomes = fdb::outcomes_of_edition(&mut conn, edition.id).await?;
    let rows = sessions
        .into_iter()
        .map(|session| {
            let organiser = people
                .iter()
                .find(|p| p.0 == session.proposer_id)
                .map(|p| p.1.clone())
                .unwrap_or_default();
            let outcome = outcomes
                .iter()
                .position(|o| o.session_id == session.id)
                .map(|i| outcomes.swap_remove(i));
            OverviewRow {
                session,
                organiser,
                outcome,
            }
        })
        .collect();
    Ok(Overview {
        edition,
        deadline,
        types,
        rows,
    })
}

/// Sets the organisers' deadline of an edition (`raw`: a date `YYYY-MM-DD`, or
/// empty to remove it).
pub async fn set_deadline(
    app: &App,
    who: Principal<'_>,
    year: i64,
    raw: &str,
) -> ServiceResult<Option<String>> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let due = parse_date(raw).map_err(|k| ServiceError::field("due_on", k))?;
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    fdb::set_outcome_deadline(&mut conn, ed.id, due.as_deref()).await?;
    Ok(due)
}

/// Whether an outcome still waits for its organisers (none, a draft, or returned).
pub fn awaited(o: Option<&OutcomeRow>) -> bool {
    o.is_none_or(|o| matches!(o.status, OutcomeStatus::Draft | OutcomeStatus::Returned))
}

/// Reminds the organisers of the given sessions of `year` (by number) whose
/// outcome is still awaited; unknown numbers and sessions that submitted are
/// passed over. Returns how many were reminded.
pub async fn remind(
    app: &App,
    who: Principal<'_>,
    year: i64,
    numbers: &[i64],
) -> ServiceResult<usize> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    if numbers.is_empty() {
        return Err(ServiceError::field("sessions", "outcome-remind-none"));
    }
    let mut tx = app.db().begin().await?;
    let ed = fdb::edition(&mut tx, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let n = remind_in(&mut tx, app, &ed, Some(numbers)).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(n)
}

/// Queues a reminder to the organiser of every accepted session of `ed` (or of
/// those numbered in `only`) whose outcome is awaited.
async fn remind_in(
    conn: &mut AnyConnection,
    app: &App,
    ed: &Edition,
    only: Option<&[i64]>,
) -> ServiceResult<usize> {
    let deadline = fdb::outcome_deadline(conn, ed.id).await?;
    let sessions = fdb::sessions(conn, ed.id, Some(SessionStatus::Accepted)).await?;
    let outcomes = fdb::outcomes_of_edition(conn, ed.id).await?;
    let mut n = 0;
    for s in sessions {
        let Some(number) = s.number else { continue };
        if only.is_some_and(|o| !o.contains(&number))
            || !awaited(outcomes.iter().find(|o| o.session_id == s.id))
        {
            continue;
        }
        // The proposer, and a High-Level Policy Session's facilitators.
        let mut recipients = vec![s.proposer_id];
        if kind_of(&s) == OutcomeKind::HighLevel {
            for f in fdb::hlt_facilitators(conn, s.id).await? {
                if !recipients.contains(&f.account_id) {
                    recipients.push(f.account_id);
                }
            }
        }
        let mut told = false;
        for id in recipients {
            let Some(owner) = wsis_db::accounts::find_user(&mut *conn, id).await? else {
                continue;
            };
            remind_one(conn, app, ed, &s, number, deadline.as_deref(), &owner).await?;
            told = true;
        }
        if told {
            n += 1;
        }
    }
    Ok(n)
}

/// Queues one reminder of the outcome of session `number` to `owner`.
async fn remind_one(
    conn: &mut AnyConnection,
    app: &App,
    ed: &Edition,
    s: &SessionRow,
    number: i64,
    deadline: Option<&str>,
    owner: &wsis_db::accounts::User,
) -> ServiceResult<()> {
    let lang = owner.profile.language;
    let due = deadline
        .map(|d| wsis_i18n::format_local_date(lang, d))
        .unwrap_or_default();
    let year_s = ed.year.to_string();
    let args = [
        ("title", Arg::from(s.data.title.as_str())),
        ("number", Arg::Num(number)),
        ("year", Arg::from(year_s.as_str())),
        ("due", Arg::from(due.as_str())),
        (
            "dated",
            Arg::from(if deadline.is_some() { "yes" } else { "no" }),
        ),
    ];
    let mail = Letter::to(lang, &owner.profile.name)
        .say("mail-outcome-reminder", &args)
        .text(&format!(
            "{}/{}/forum/{}/outcomes/{number}/edit",
            app.config().public_url,
            lang.code(),
            ed.year
        ))
        .sign(
            &owner.email,
            "mail-outcome-reminder-subject",
            &[
                ("number", Arg::Num(number)),
                ("year", Arg::from(year_s.as_str())),
            ],
        );
    queue(conn, &mail).await
}

/// The scheduled reminder job: reminds every organiser of the edition whose
/// outcome is awaited.
pub async fn run_reminders(app: &App, edition: i64) -> ServiceResult<usize> {
    let mut tx = app.db().begin().await?;
    let Some(ed) = fdb::edition_by_id(&mut tx, edition).await? else {
        return Ok(0);
    };
    let n = remind_in(&mut tx, app, &ed, None).await?;
    tx.commit().await?;
    app.wake_worker();
    tracing::info!(edition = ed.year, reminded = n, "outcome reminders");
    Ok(n)
}

/// The approved outcomes of an edition with their sessions, in session number
/// order (public).
pub async fn approved(
    app: &App,
    year: i64,
) -> ServiceResult<(Edition, Vec<(SessionRow, OutcomeRow)>)> {
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let outcomes = fdb::outcomes_of_edition(&mut conn, ed.id).await?;
    let sessions = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted)).await?;
    let mut out: Vec<(SessionRow, OutcomeRow)> = outcomes
        .into_iter()
        .filter(|o| o.status == OutcomeStatus::Approved)
        .filter_map(|o| {
            sessions
                .iter()
                .find(|s| s.id == o.session_id && s.number.is_some())
                .map(|s| (s.clone(), o))
        })
        .collect();
    out.sort_by_key(|(s, _)| s.number);
    Ok((ed, out))
}

/// The approved outcome of session `number` of `year` with its photos (public), or
/// `NotFound`.
pub async fn approved_one(
    app: &App,
    year: i64,
    number: i64,
) -> ServiceResult<(
    Edition,
    SessionRow,
    OutcomeRow,
    Vec<wsis_db::forum::OutcomePhoto>,
)> {
    let mut conn = app.db().conn().await?;
    let (ed, s) = session_of(&mut conn, year, number).await?;
    let o = fdb::outcome(&mut conn, s.id)
        .await?
        .filter(|o| o.status == OutcomeStatus::Approved)
        .ok_or(ServiceError::NotFound)?;
    let photos = fdb::outcome_photos(&mut conn, s.id).await?;
    Ok((ed, s, o, photos))
}

/// Every edition's year with how many approved outcomes it has, newest first.
pub async fn counts(app: &App) -> ServiceResult<Vec<(i64, i64)>> {
    let mut conn = app.db().conn().await?;
    Ok(fdb::approved_counts(&mut conn).await?)
}

// ------------------------------------------------------------------ photos

pub use wsis_db::forum::OutcomePhoto;

/// The most photos an outcome has.
pub const MAX_PHOTOS: i64 = 5;

/// Whether `who` may change the photos of this outcome now: as they may change its
/// text (organisers until the deadline and not once approved; the secretariat always).
async fn photos_editable(
    conn: &mut AnyConnection,
    who: &Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<SessionRow> {
    let (ed, s) = session_of(conn, year, number).await?;
    let editor = editor_of(conn, who, &s).await?;
    let current = fdb::outcome(conn, s.id).await?;
    let deadline = fdb::outcome_deadline(conn, ed.id).await?;
    let late = past_deadline(deadline.as_deref(), &today_at(&ed.time_zone));
    after_save(editor, current.map(|o| o.status), SaveAction::Save, late)
        .map_err(ServiceError::Conflict)?;
    Ok(s)
}

/// The photos of an outcome with the session (for its organisers and the secretariat).
pub async fn photos(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<(SessionRow, Vec<OutcomePhoto>)> {
    let mut conn = app.db().conn().await?;
    let (_, s) = session_of(&mut conn, year, number).await?;
    editor_of(&mut conn, &who, &s).await?;
    let photos = fdb::outcome_photos(&mut conn, s.id).await?;
    Ok((s, photos))
}

/// Adds a photo with its alternative text to the outcome of session `number`: checked,
/// resized and stripped like the images of entries, within the uploader's quota, at
/// most [`MAX_PHOTOS`]. Problems with the file or the text are field errors (`file`,
/// `alt`); nothing is then kept.
pub async fn add_photo(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    alt: &str,
    bytes: Option<Vec<u8>>,
) -> ServiceResult<i64> {
    use crate::stocktaking::images as img;
    let s = photos_editable(&mut *app.db().conn().await?, &who, year, number).await?;
    let alt = alt.trim().to_owned();
    let mut errors = FieldErrors::new();
    if alt.is_empty()
        || alt.chars().count() > img::MAX_ALT_CHARS
        || !wsis_domain::validation::text_is_clean(&alt, false)
    {
        errors.add("alt", "image-alt-required");
    }
    let bytes = bytes.filter(|b| !b.is_empty());
    let processed = match bytes {
        None => {
            errors.add("file", "image-required");
            None
        }
        Some(b) => {
            let _slot = app
                .0
                .image_slots
                .acquire()
                .await
                .map_err(|e| ServiceError::caused("image slots", e))?;
            match tokio::task::spawn_blocking(move || img::process(&b))
                .await
                .map_err(|e| ServiceError::internal(format!("image task: {e}")))?
            {
                Ok(p) => Some(p),
                Err(key) => {
                    errors.add("file", key);
                    None
                }
            }
        }
    };
    let (Some(p), true) = (processed, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let key = img::new_key()?;
    img::write_files(app, &key, &p).await?;
    let new = fdb::NewPhoto {
        session_id: s.id,
        file_key: &key,
        content_type: p.content_type,
        width: p.width.into(),
        height: p.height.into(),
        thumb_width: p.thumb_width.into(),
        thumb_height: p.thumb_height.into(),
        bytes: (p.full.len() + p.thumb.len()) as i64,
        alt: &alt,
        uploaded_by: who.id.get(),
    };
    let saved = async {
        let mut tx = app.db().begin().await?;
        crate::within_upload_quota(&mut tx, app, who, new.bytes).await?;
        let id = fdb::insert_photo(&mut tx, &new, MAX_PHOTOS).await?;
        tx.commit().await?;
        Ok::<_, ServiceError>(id)
    }
    .await;
    match saved {
        Ok(Some(id)) => {
            app.snapshots().invalidate(year);
            Ok(id)
        }
        Ok(None) => {
            img::remove_files(app, &key, p.ext).await;
            Err(ServiceError::field("file", "outcome-photo-limit"))
        }
        Err(e) => {
            img::remove_files(app, &key, p.ext).await;
            Err(e)
        }
    }
}

/// Removes a photo of the outcome of session `number`.
pub async fn remove_photo(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    photo: i64,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let s = photos_editable(&mut tx, &who, year, number).await?;
    let removed = fdb::delete_photo(&mut tx, s.id, photo)
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    crate::stocktaking::images::remove_files(
        app,
        &removed.file_key,
        crate::stocktaking::images::ext_of(&removed.content_type),
    )
    .await;
    app.snapshots().invalidate(year);
    Ok(())
}

/// A photo file asked for by its name (`KEY.EXT` or `KEY-thumb.EXT`), with whether
/// anyone may see it (its outcome is approved) and who else may (the session's
/// proposer; the secretariat).
pub struct PhotoFile {
    /// Its key in the media store.
    pub key: String,
    pub content_type: String,
    pub public: bool,
    proposer: AccountId,
}

impl PhotoFile {
    pub fn visible_to(&self, who: Option<Principal<'_>>) -> bool {
        self.public || who.is_some_and(|w| w.organises_or_secretariat(&[self.proposer]))
    }
}

pub async fn photo_file(app: &App, file: &str) -> ServiceResult<PhotoFile> {
    use crate::stocktaking::images as img;
    let (stem, ext) = file.rsplit_once('.').ok_or(ServiceError::NotFound)?;
    let key = stem.strip_suffix("-thumb").unwrap_or(stem);
    if key.len() != 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ServiceError::NotFound);
    }
    let mut conn = app.db().conn().await?;
    let photo = fdb::photo_by_key(&mut conn, key)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if ext != img::ext_of(&photo.content_type) {
        return Err(ServiceError::NotFound);
    }
    let s = fdb::session(&mut conn, photo.session_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let public = fdb::outcome(&mut conn, s.id)
        .await?
        .is_some_and(|o| o.status == OutcomeStatus::Approved);
    let [full, thumb] = img::object_keys(key, ext);
    Ok(PhotoFile {
        key: if stem.ends_with("-thumb") {
            thumb
        } else {
            full
        },
        content_type: photo.content_type,
        public,
        proposer: AccountId::new(s.proposer_id),
    })
}
