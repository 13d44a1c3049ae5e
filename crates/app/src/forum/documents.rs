//! Session documents: the proposer of a session (or the secretariat)
//! uploads background papers and presentations, checked by their content
//! (PDF, Office Open XML, OpenDocument) and kept in the database, at most
//! [`MAX_DOCUMENTS`] per session (counted under a lock on the session, so
//! that two uploads at once cannot both take the last place). They are
//! public once the session is accepted.

use crate::{App, ServiceError, ServiceResult};
use sha2::{Digest, Sha256};
use wsis_db::forum as fdb;
use wsis_domain::access::Principal;
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::documents::{safe_file_name, sniff_document};
use wsis_domain::validation::checked_text;
use wsis_domain::{AccountId, DocumentId, FieldErrors, SessionId};

pub use wsis_db::forum::{DocumentMeta, MAX_DOCUMENTS, SessionRow};
pub use wsis_domain::forum::documents::MAX_DOCUMENT_BYTES;

/// The message key of a session that holds [`MAX_DOCUMENTS`] already.
pub const TOO_MANY: &str = "document-too-many";

/// A session whose documents `who` may change, with its edition's year.
/// Someone else's session is `Forbidden`; a declined or merged one is
/// `Conflict("document-session-closed")`.
pub async fn session_for(
    app: &App,
    who: Principal<'_>,
    id: SessionId,
) -> ServiceResult<(SessionRow, i64)> {
    let mut conn = app.db().conn().await?;
    let s = fdb::session(&mut conn, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !who.owns_or_secretariat(AccountId::new(s.proposer_id)) {
        return Err(ServiceError::Forbidden);
    }
    if matches!(s.status, SessionStatus::Declined | SessionStatus::Merged) {
        return Err(ServiceError::Conflict("document-session-closed"));
    }
    let year = fdb::edition_year(&mut conn, s.edition_id).await?;
    Ok((s, year))
}

/// The documents of a session, oldest first.
pub async fn of_session(app: &App, session: SessionId) -> ServiceResult<Vec<DocumentMeta>> {
    Ok(fdb::documents_of_session(&mut *app.db().conn().await?, session.get()).await?)
}

/// The documents of every session of an edition, by session then age.
pub async fn of_edition(app: &App, edition: i64) -> ServiceResult<Vec<DocumentMeta>> {
    Ok(fdb::documents_of_edition(&mut *app.db().conn().await?, edition).await?)
}

/// An upload: the title typed, the name of the file and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Upload<'a> {
    pub title: &'a str,
    pub file_name: &'a str,
    pub bytes: &'a [u8],
}

/// Adds a document to a session `who` may change (see [`session_for`]).
/// A bad title or file is `Fields` (`title`, `file`); a full session is
/// `Fields` with `file` = [`TOO_MANY`]. The published agenda of the year
/// shows the change at once.
pub async fn add(
    app: &App,
    who: Principal<'_>,
    session: SessionId,
    up: Upload<'_>,
) -> ServiceResult<DocumentId> {
    let (s, year) = session_for(app, who, session).await?;
    let title = checked_text(
        up.title,
        200,
        false,
        "document-title-required",
        "document-title-too-long",
    );
    let kind = sniff_document(up.bytes);
    let (title, kind) = match (title, kind) {
        (Ok(t), Ok(k)) => (t, k),
        (t, k) => {
            let mut f = FieldErrors::new();
            if let Err(key) = t {
                f.add("title", key);
            }
            if let Err(key) = k {
                f.add("file", key);
            }
            return Err(ServiceError::Fields(f));
        }
    };
    let sha: String = Sha256::digest(up.bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let file_name = safe_file_name(up.file_name, kind);
    // The file first, then the row that names it; the file goes again if the row
    // cannot be written.
    let key = crate::media::document_key()?;
    crate::media::put_upload(app, vec![(key.clone(), up.bytes.to_vec().into())]).await?;
    let saved = async {
        let mut tx = app.db().begin().await?;
        crate::within_upload_quota(&mut tx, app, who, up.bytes.len() as i64).await?;
        let added = fdb::add_document(
            &mut tx,
            &fdb::NewDocument {
                session_id: s.id,
                title: &title,
                file_name: &file_name,
                content_type: kind.content_type,
                sha256: &sha,
                size: up.bytes.len() as i64,
                file_key: &key,
                by: who.id.get(),
            },
        )
        .await?;
        let Some(id) = added else {
            return Err(ServiceError::field("file", TOO_MANY));
        };
        tx.commit().await?;
        Ok(id)
    }
    .await;
    match saved {
        Ok(id) => {
            app.snapshots().invalidate(year);
            Ok(DocumentId::new(id))
        }
        Err(e) => {
            app.media().delete(&key).await;
            Err(e)
        }
    }
}

/// Removes a document of a session `who` may change.
pub async fn remove(
    app: &App,
    who: Principal<'_>,
    session: SessionId,
    doc: DocumentId,
) -> ServiceResult<()> {
    let (s, year) = session_for(app, who, session).await?;
    let mut tx = app.db().begin().await?;
    let key = fdb::remove_document(&mut tx, s.id, doc.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    // The file after its row (a failure leaves an orphan for `wsis media gc`).
    if let Some(k) = key {
        app.media().delete(&k).await;
    }
    app.snapshots().invalidate(year);
    Ok(())
}

/// A document to download, with where its bytes are and whether it is public.
#[derive(Debug, Clone)]
pub struct Download {
    pub meta: DocumentMeta,
    pub sha256: String,
    pub body: fdb::Stored,
    /// Its session is accepted: anyone may read it, and caches may keep it.
    pub public: bool,
}

/// A document of the edition of `year` named `name`: public once its session
/// is accepted; before that only its proposer and the secretariat see it
/// (others get `NotFound`, not `Forbidden`: they may not know it exists).
pub async fn download(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
    id: DocumentId,
    name: &str,
) -> ServiceResult<Download> {
    let mut conn = app.db().conn().await?;
    let (meta, sha256, body) = fdb::document(&mut conn, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    let s = fdb::session(&mut conn, meta.session_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if meta.file_name != name || fdb::edition_year(&mut conn, s.edition_id).await? != year {
        return Err(ServiceError::NotFound);
    }
    drop(conn);
    // Public once the session is in the published agenda, not merely accepted: the
    // agenda's readers see what the secretariat published, nothing earlier.
    let published = crate::forum::snapshots::by_year(app, year)
        .await?
        .is_some_and(|snap| snap.schedule.sessions.iter().any(|x| x.id == s.id));
    let public = s.status == SessionStatus::Accepted && published;
    if !public && !who.is_some_and(|p| p.owns_or_secretariat(AccountId::new(s.proposer_id))) {
        return Err(ServiceError::NotFound);
    }
    Ok(Download {
        meta,
        sha256,
        body,
        public,
    })
}
