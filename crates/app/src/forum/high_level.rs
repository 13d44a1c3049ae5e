//! The High-Level Track of an edition: its High-Level Policy Sessions with their
//! facilitators (appointed by the secretariat, one per stakeholder type), their
//! approved outcomes (written by the facilitators as session outcomes of the
//! High-Level kind, reviewed like any other), the statements of their high-level
//! speakers (added by the facilitators or the secretariat: a text, a PDF, or
//! both), and the Chair's executive summary (the secretariat's).

use super::outcomes::{editor_of, kind_of};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::forum as fdb;
use wsis_domain::FieldErrors;
use wsis_domain::access::Principal;
use wsis_domain::account::Email;
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::high_level::{
    FACILITATOR_TYPES, MAX_STATEMENTS, StatementInput, SummaryInput, check_statement_pdf,
};
use wsis_domain::forum::outcomes::{OutcomeKind, OutcomeStatus};

pub use wsis_db::forum::{
    Edition, FacilitatorRow, OutcomeRow, SessionRow, StatementRow, SummaryRow,
};

/// One High-Level Policy Session with what the track holds of it.
#[derive(Debug, Clone)]
pub struct TrackSession {
    pub session: SessionRow,
    pub facilitators: Vec<FacilitatorRow>,
    /// Its outcome: the approved one for the public, any for the secretariat.
    pub outcome: Option<OutcomeRow>,
    pub statements: Vec<StatementRow>,
}

/// The High-Level Track of an edition.
#[derive(Debug, Clone)]
pub struct Track {
    pub edition: Edition,
    pub summary: Option<SummaryRow>,
    pub sessions: Vec<TrackSession>,
}

/// The published edition of `year` (`NotFound` before its agenda is published:
/// the track's sessions are not public until then).
async fn published_edition(conn: &mut AnyConnection, year: i64) -> ServiceResult<Edition> {
    let ed = fdb::edition(conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if fdb::latest_version(conn, ed.id).await? == 0 {
        return Err(ServiceError::NotFound);
    }
    Ok(ed)
}

/// The High-Level Track of `year`: every accepted High-Level Policy Session in
/// number order with its facilitators, statements and outcome (approved ones only,
/// unless `all_outcomes`: the secretariat's view), and the Chair's summary.
pub async fn track(app: &App, year: i64, all_outcomes: bool) -> ServiceResult<Track> {
    let mut conn = app.db().conn().await?;
    let edition = published_edition(&mut conn, year).await?;
    let mut sessions: Vec<SessionRow> =
        fdb::sessions(&mut conn, edition.id, Some(SessionStatus::Accepted))
            .await?
            .into_iter()
            .filter(|s| s.number.is_some() && kind_of(s) == OutcomeKind::HighLevel)
            .collect();
    sessions.sort_by_key(|s| s.number);
    let facilitators = fdb::hlt_facilitators_of_edition(&mut conn, edition.id).await?;
    let statements = fdb::hlt_statements_of_edition(&mut conn, edition.id).await?;
    let outcomes = fdb::outcomes_of_edition(&mut conn, edition.id).await?;
    let summary = fdb::hlt_summary(&mut conn, edition.id).await?;
    let sessions = sessions
        .into_iter()
        .map(|s| TrackSession {
            facilitators: facilitators
                .iter()
                .filter(|f| f.session_id == s.id)
                .cloned()
                .collect(),
            outcome: outcomes
                .iter()
                .find(|o| {
                    o.session_id == s.id && (all_outcomes || o.status == OutcomeStatus::Approved)
                })
                .cloned(),
            statements: statements
                .iter()
                .filter(|t| t.session_id == s.id)
                .cloned()
                .collect(),
            session: s,
        })
        .collect();
    Ok(Track {
        edition,
        summary,
        sessions,
    })
}

/// High-Level Policy Session `number` of `year` (accepted, published), or
/// `NotFound`.
async fn hlp_session(
    conn: &mut AnyConnection,
    year: i64,
    number: i64,
) -> ServiceResult<(Edition, SessionRow)> {
    let ed = published_edition(conn, year).await?;
    let s = fdb::session_by_number(conn, ed.id, number)
        .await?
        .filter(|s| s.status == SessionStatus::Accepted && kind_of(s) == OutcomeKind::HighLevel)
        .ok_or(ServiceError::NotFound)?;
    Ok((ed, s))
}

/// The facilitators of High-Level Policy Session `number`, for the secretariat.
pub async fn facilitators(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<(SessionRow, Vec<(FacilitatorRow, String)>)> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut conn = app.db().conn().await?;
    let (_, s) = hlp_session(&mut conn, year, number).await?;
    let mut out = Vec::new();
    for f in fdb::hlt_facilitators(&mut conn, s.id).await? {
        let email = wsis_db::accounts::find_user(&mut conn, f.account_id)
            .await?
            .map(|u| u.email)
            .unwrap_or_default();
        out.push((f, email));
    }
    Ok((s, out))
}

/// Appoints the facilitators of High-Level Policy Session `number`: for each
/// stakeholder type (by code) the e-mail of an existing account, or nothing. An
/// unknown address or type is a field error (the type's code is the field); nothing
/// is then changed.
pub async fn set_facilitators(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    emails: &[(String, String)],
) -> ServiceResult<()> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut tx = app.db().begin().await?;
    let (_, s) = hlp_session(&mut tx, year, number).await?;
    let mut errors = FieldErrors::new();
    let mut chosen: Vec<(&str, i64)> = Vec::new();
    for (code, email) in emails {
        let Some(t) = FACILITATOR_TYPES.iter().find(|t| t.code() == code) else {
            errors.add("facilitators", "stakeholder-type-invalid");
            continue;
        };
        let field = t.code();
        if email.trim().is_empty() {
            continue;
        }
        let Ok(address) = Email::parse(email) else {
            errors.add(field, "email-invalid");
            continue;
        };
        match wsis_db::accounts::find_user_by_email(&mut tx, &address).await? {
            Some(u) => chosen.push((field, u.id)),
            None => errors.add(field, "facilitator-unknown"),
        }
    }
    if !errors.is_empty() {
        return Err(ServiceError::Fields(errors));
    }
    fdb::set_hlt_facilitators(&mut tx, s.id, &chosen).await?;
    tx.commit().await?;
    Ok(())
}

/// The statements of High-Level Policy Session `number`, for those who may add
/// them: its facilitators, its proposer and the secretariat.
pub async fn statements(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<(SessionRow, Vec<StatementRow>)> {
    let mut conn = app.db().conn().await?;
    let (_, s) = hlp_session(&mut conn, year, number).await?;
    editor_of(&mut conn, &who, &s).await?;
    let list = fdb::hlt_statements(&mut conn, s.id).await?;
    Ok((s, list))
}

/// Adds a statement (its text, its PDF, or both) to High-Level Policy Session
/// `number`: at most [`MAX_STATEMENTS`], the PDF checked by its content and counted
/// in the uploader's quota. Returns its id.
pub async fn add_statement(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    input: &StatementInput,
    pdf: Option<Vec<u8>>,
) -> ServiceResult<i64> {
    let pdf = pdf.filter(|p| !p.is_empty());
    let mut errors = FieldErrors::new();
    if let Some(p) = &pdf
        && let Err(k) = check_statement_pdf(p)
    {
        errors.add("pdf", k);
    }
    let data = input.parse(pdf.is_some(), &mut errors);
    let mut tx = app.db().begin().await?;
    let (_, s) = hlp_session(&mut tx, year, number).await?;
    editor_of(&mut tx, &who, &s).await?;
    let (Some(data), true) = (data, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    drop(tx);
    // The PDF first, then the row that names it; the PDF goes again if the row cannot
    // be written.
    let stored = match pdf {
        Some(p) => {
            let key = crate::media::statement_key()?;
            let len = p.len() as i64;
            crate::media::put_upload(app, vec![(key.clone(), p.into())])
                .await
                .map_err(|_| ServiceError::field("pdf", "media-store-failed"))?;
            Some((key, len))
        }
        None => None,
    };
    let saved = async {
        let mut tx = app.db().begin().await?;
        let (_, s) = hlp_session(&mut tx, year, number).await?;
        editor_of(&mut tx, &who, &s).await?;
        if let Some((_, len)) = &stored {
            crate::within_upload_quota(&mut tx, app, who, *len)
                .await
                .map_err(|e| match e {
                    ServiceError::Fields(_) => ServiceError::field("pdf", "upload-quota-exceeded"),
                    e => e,
                })?;
        }
        let id = fdb::insert_hlt_statement(
            &mut tx,
            s.id,
            &data,
            stored.as_ref().map(|(k, len)| (k.as_str(), *len)),
            who.id.get(),
            MAX_STATEMENTS as i64,
        )
        .await?
        .ok_or(ServiceError::field("speaker", "statement-limit"))?;
        tx.commit().await?;
        Ok(id)
    }
    .await;
    if saved.is_err()
        && let Some((k, _)) = &stored
    {
        app.media().delete(k).await;
    }
    saved
}

/// Removes statement `id` of High-Level Policy Session `number`.
pub async fn remove_statement(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    id: i64,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let (_, s) = hlp_session(&mut tx, year, number).await?;
    editor_of(&mut tx, &who, &s).await?;
    let key = fdb::delete_hlt_statement(&mut tx, s.id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    // The PDF after its row (a failure leaves an orphan for `wsis media gc`).
    if let Some(k) = key {
        app.media().delete(&k).await;
    }
    Ok(())
}

/// The PDF of statement `id` of High-Level Policy Session `number` of `year`
/// (public, like the session).
pub async fn statement_pdf(
    app: &App,
    year: i64,
    number: i64,
    id: i64,
) -> ServiceResult<fdb::Stored> {
    let mut conn = app.db().conn().await?;
    let (_, s) = hlp_session(&mut conn, year, number).await?;
    match fdb::hlt_statement_pdf(&mut conn, id).await? {
        Some((session, stored)) if session == s.id => Ok(stored),
        _ => Err(ServiceError::NotFound),
    }
}

/// The Chair's summary of `year` for the secretariat to edit.
pub async fn summary(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<(Edition, Option<SummaryRow>)> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut conn = app.db().conn().await?;
    let ed = published_edition(&mut conn, year).await?;
    let row = fdb::hlt_summary(&mut conn, ed.id).await?;
    Ok((ed, row))
}

/// Saves the Chair's summary of `year` from the form of `version` (0: none yet).
pub async fn save_summary(
    app: &App,
    who: Principal<'_>,
    year: i64,
    version: i64,
    input: &SummaryInput,
) -> ServiceResult<i64> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let data = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    let ed = published_edition(&mut tx, year).await?;
    let v = fdb::save_hlt_summary(&mut tx, ed.id, version, &data, who.id.get())
        .await
        .map_err(|e| match e {
            wsis_db::DbError::Stale => ServiceError::Stale("summary-stale"),
            e => e.into(),
        })?;
    tx.commit().await?;
    Ok(v)
}
