//! The workflow of an entry: created and edited by its owner, submitted for review,
//! published, returned or rejected by the secretariat, translated by either. Each step
//! is one transaction; the e-mails it causes are queued in it; the search index follows
//! after the commit.

use super::{images, notify, search};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::accounts::User;
use wsis_db::entry_images as imgs;
use wsis_db::stocktaking as st;
use wsis_db::{AnyConnection, DbError, now};
use wsis_domain::access::Principal;
use wsis_domain::stocktaking::{Action, Actor, EntryData, EntryStatus, Translation, transition};
use wsis_domain::{AccountId, EntryId};

pub use wsis_db::stocktaking::Entry;

/// A change that lost the race with another: the message key of the conflict.
pub(crate) fn stale(e: DbError) -> ServiceError {
    match e {
        DbError::Stale => ServiceError::Stale("entry-stale"),
        other => other.into(),
    }
}

/// The acting person, for the access policy.
pub(crate) fn principal(user: &User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

/// How `user` stands to `entry`: its owner, or the secretariat. Others may not act on it.
pub fn actor_for(user: &User, entry: &Entry) -> ServiceResult<Actor> {
    let p = principal(user);
    let owner = AccountId::new(entry.owner_id);
    if p.id == owner {
        Ok(Actor::Owner)
    } else if p.owns_or_secretariat(owner) {
        Ok(Actor::Secretariat)
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The workflow's answer for `entry`, or the conflict it names.
pub(crate) fn next_status(
    entry: &Entry,
    action: Action,
    actor: Actor,
) -> ServiceResult<EntryStatus> {
    transition(
        entry.status,
        entry.published_revision.is_some(),
        action,
        actor,
    )
    .map_err(ServiceError::Conflict)
}

pub(crate) async fn read(conn: &mut AnyConnection, id: EntryId) -> ServiceResult<Entry> {
    st::get_entry(conn, id.get())
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The entry with its working copy, if `user` may see it (owner or secretariat), and how
/// they stand to it.
pub async fn entry_for(app: &App, user: &User, id: EntryId) -> ServiceResult<(Entry, Actor)> {
    let entry = read(&mut *app.db().conn().await?, id).await?;
    let actor = actor_for(user, &entry)?;
    Ok((entry, actor))
}

/// Sends an entry for review inside the caller's transaction; it joins the call whose
/// window is open now, if any.
async fn submit_in(conn: &mut AnyConnection, owner: i64, id: i64) -> ServiceResult<()> {
    let entry = read(&mut *conn, EntryId::new(id)).await?;
    let to = next_status(&entry, Action::Submit, Actor::Owner)?;
    let call = st::call_open_at(&mut *conn, now()).await?.map(|c| c.id);
    st::change_status(
        conn,
        &entry,
        entry.version,
        owner,
        Action::Submit.code(),
        to,
        None,
        call,
    )
    .await
    .map_err(stale)
}

/// Makes the working copy of `entry` (as read in this transaction) its public version:
/// the one way an entry is published (the secretariat's decision, a translation the
/// secretariat adds to a published entry, the import, the demo data). Its facets are
/// counted and the waiting images in `images` (those the secretariat saw) approved with
/// it. The caller marks the search change last before its commit.
pub async fn publish_in(
    conn: &mut AnyConnection,
    entry: &Entry,
    expected_version: i64,
    actor: i64,
    comment: Option<&str>,
    images: &[i64],
) -> ServiceResult<()> {
    if entry.status == EntryStatus::Published {
        st::republish(&mut *conn, entry.id).await?;
    } else {
        st::change_status(
            &mut *conn,
            entry,
            expected_version,
            actor,
            Action::Publish.code(),
            EntryStatus::Published,
            comment,
            None,
        )
        .await
        .map_err(stale)?;
    }
    st::set_facets(
        &mut *conn,
        entry.id,
        &entry.current.facet_values(entry.call_year),
    )
    .await?;
    imgs::approve(conn, entry.id, images).await?;
    Ok(())
}

/// After a write on this node: the index follows before the request returns.
pub(crate) async fn follow_write(app: &App) -> ServiceResult<()> {
    search::follow_changes(app).await.map(|_| ())
}

/// Creates an entry as a draft, or submitted for review.
pub async fn create(
    app: &App,
    owner: &User,
    data: &EntryData,
    submit: bool,
) -> ServiceResult<EntryId> {
    let mut tx = app.db().begin().await?;
    let id = st::create_entry(&mut tx, owner.id, data, EntryStatus::Draft, None).await?;
    if submit {
        submit_in(&mut tx, owner.id, id).await?;
        notify::submitted(&mut tx, app, owner, id, &data.title).await?;
    }
    tx.commit().await?;
    app.wake_worker();
    Ok(EntryId::new(id))
}

/// Sends a draft (or a returned entry) for review as it is, from its page: the owner
/// only, from the version they saw ([`ServiceError::Stale`] otherwise).
pub async fn submit(
    app: &App,
    owner: &User,
    id: EntryId,
    expected_version: i64,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let entry = read(&mut tx, id).await?;
    if actor_for(owner, &entry)? != Actor::Owner {
        return Err(ServiceError::Forbidden);
    }
    if entry.version != expected_version {
        return Err(ServiceError::Stale("entry-stale"));
    }
    submit_in(&mut tx, owner.id, entry.id).await?;
    notify::submitted(&mut tx, app, owner, entry.id, &entry.current.title).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(())
}

/// Saves an edit by the owner (a new revision), optionally submitting it. An edit of a
/// published entry goes back to review; the published version stays public until the
/// secretariat publishes the new one.
pub async fn edit(
    app: &App,
    owner: &User,
    id: EntryId,
    expected_version: i64,
    data: &EntryData,
    submit: bool,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let entry = read(&mut tx, id).await?;
    if actor_for(owner, &entry)? != Actor::Owner {
        return Err(ServiceError::Forbidden);
    }
    let status = next_status(&entry, Action::Edit, Actor::Owner)?;
    // The form edits the original text; the translations of the working copy stay (but
    // not one in the language the entry is now written in: that text is the original).
    let mut data = data.clone();
    data.translations = entry
        .current
        .translations
        .iter()
        .filter(|t| t.language != data.language)
        .cloned()
        .collect();
    st::save_revision(&mut tx, &entry, expected_version, owner.id, &data, status)
        .await
        .map_err(stale)?;
    let mut submitted = status == EntryStatus::Submitted && entry.status != EntryStatus::Submitted;
    if submit && matches!(status, EntryStatus::Draft | EntryStatus::Returned) {
        submit_in(&mut tx, owner.id, entry.id).await?;
        submitted = true;
    }
    if submitted {
        notify::submitted(&mut tx, app, owner, entry.id, &data.title).await?;
    }
    tx.commit().await?;
    app.wake_worker();
    Ok(())
}

/// A secretariat decision: publish, return with comments, or reject with a reason.
/// Rejecting an edit of a published entry keeps the published version (and refuses the
/// images that waited with the edit). `seen_images` are the waiting images the reviewer
/// was shown: publishing approves those, and is refused while another one waits (added
/// after the page was opened, or never shown, as in the queue's bulk decisions).
pub async fn moderate(
    app: &App,
    actor: &User,
    id: EntryId,
    expected_version: Option<i64>,
    action: Action,
    comment: &str,
    seen_images: &[i64],
) -> ServiceResult<()> {
    if !principal(actor).is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    if !action.is_decision() {
        return Err(ServiceError::Conflict("entry-action-not-allowed"));
    }
    let comment = comment.trim();
    if matches!(action, Action::Return | Action::Reject) && comment.is_empty() {
        return Err(ServiceError::Conflict("moderation-comment-required"));
    }
    let comment = (!comment.is_empty()).then_some(comment);
    let mut tx = app.db().begin().await?;
    let entry = read(&mut tx, id).await?;
    let to = next_status(&entry, action, Actor::Secretariat)?;
    let version = expected_version.unwrap_or(entry.version);
    let mut refused_images = Vec::new();
    if action == Action::Publish {
        let waiting = imgs::waiting_ids(&mut tx, entry.id).await?;
        if waiting.iter().any(|w| !seen_images.contains(w)) {
            return Err(ServiceError::Stale("moderation-images-unseen"));
        }
        publish_in(&mut tx, &entry, version, actor.id, comment, &waiting).await?;
    } else {
        st::change_status(
            &mut tx,
            &entry,
            version,
            actor.id,
            action.code(),
            to,
            comment,
            None,
        )
        .await
        .map_err(stale)?;
        // Images go with the text: a refused edit of a published entry takes its
        // waiting images with it.
        if action == Action::Reject && to == EntryStatus::Published {
            refused_images = imgs::remove_unapproved(&mut tx, entry.id).await?;
        }
    }
    if let Some(owner) = wsis_db::accounts::find_user(&mut tx, entry.owner_id).await? {
        let key = match action {
            Action::Publish => "mail-entry-published",
            Action::Return => "mail-entry-returned",
            _ => "mail-entry-rejected",
        };
        notify::entry_mail(
            &mut tx,
            app,
            &owner,
            entry.id,
            &entry.current.title,
            key,
            comment,
        )
        .await?;
    }
    st::mark_search_changes(&mut tx, &[entry.id]).await?;
    tx.commit().await?;
    app.wake_worker();
    for image in refused_images {
        images::remove_files(app, &image.file_key, images::ext_of(&image.content_type)).await;
    }
    follow_write(app).await
}

/// Adds (or replaces) a translation of the title and description. By the owner it is an
/// edit like any other (a published entry goes back to review); by the secretariat a
/// published entry stays published with it.
pub async fn add_translation(
    app: &App,
    user: &User,
    id: EntryId,
    expected_version: i64,
    translation: Translation,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let entry = read(&mut tx, id).await?;
    let actor = actor_for(user, &entry)?;
    let status = next_status(&entry, Action::Translate, actor)?;
    let mut data = entry.current.clone();
    data.translations
        .retain(|t| t.language != translation.language);
    data.translations.push(translation);
    st::save_revision(&mut tx, &entry, expected_version, user.id, &data, status)
        .await
        .map_err(stale)?;
    let republished = actor == Actor::Secretariat && entry.status == EntryStatus::Published;
    if republished {
        let saved = read(&mut tx, id).await?;
        publish_in(&mut tx, &saved, saved.version, user.id, None, &[]).await?;
    }
    // Like any edit by the owner: back to review, and the owner hears so.
    if status == EntryStatus::Submitted && entry.status != EntryStatus::Submitted {
        notify::submitted(&mut tx, app, user, entry.id, &data.title).await?;
    }
    if republished {
        st::mark_search_changes(&mut tx, &[entry.id]).await?;
    }
    tx.commit().await?;
    app.wake_worker();
    if republished {
        follow_write(app).await?;
    }
    Ok(())
}
