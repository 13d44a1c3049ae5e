//! Stocktaking operations shared by the pages and the API: each runs in one
//! transaction; after it commits, the search index follows and the owner
//! gets an e-mail.

use super::markdown::to_plain_text;
use crate::I18N;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use wsis_db::accounts::User;
use wsis_db::stocktaking::{self as st, Entry, PublishedEntry};
use wsis_db::{DbError, now};
use wsis_domain::Language;
use wsis_domain::account::{Role, has_role};
use wsis_domain::stocktaking::{Action, Actor, EntryData, EntryStatus, transition};
use wsis_i18n::Arg;
use wsis_search::EntryDoc;

fn stale(e: DbError) -> AppError {
    match e {
        DbError::Stale => AppError::Conflict("entry-stale"),
        other => other.into(),
    }
}

/// The index's view of a published entry.
pub fn to_doc(p: &PublishedEntry) -> EntryDoc {
    let d = &p.data;
    let mut titles = vec![(d.language.code().to_owned(), d.title.clone())];
    let mut descriptions = vec![(d.language.code().to_owned(), to_plain_text(&d.description))];
    for t in &d.translations {
        titles.push((t.language.code().to_owned(), t.title.clone()));
        descriptions.push((t.language.code().to_owned(), to_plain_text(&t.description)));
    }
    let facets = d.facet_values(p.call_year);
    let all = |k: &str| {
        facets
            .iter()
            .filter(|(f, _)| *f == k)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    EntryDoc {
        id: p.id,
        language: d.language.code().to_owned(),
        titles,
        descriptions,
        organisation: d.organisation.clone(),
        partners: d.partners.clone(),
        action_lines: all("action_line"),
        sdgs: d.sdgs.iter().map(|s| s.goal).collect(),
        targets: all("target"),
        countries: d.countries.clone(),
        regions: all("region"),
        stakeholder_type: d.stakeholder_type.code().to_owned(),
        activity_type: d.activity_type.code().to_owned(),
        status: d.status.code().to_owned(),
        year: d.start_year(),
        call: p.call_year.map(|y| y.to_string()),
        languages: d.languages.iter().map(|l| l.code().to_owned()).collect(),
        published_at: p.published_at,
    }
}

/// Changes read from the database per step of [`follow_changes`].
const FOLLOW_BATCH: i64 = 1_000;

/// Brings this node's index up to date with the database's change log (see
/// `wsis_db::stocktaking::mark_search_changes`): the entries stamped above the change the
/// index includes are read again, published ones replaced, the others removed, a batch per
/// commit. After a write on this node it makes the write searchable before the request
/// returns; before searches it brings the writes of other nodes. Two callers at once are
/// safe: a batch through a change the index already includes is skipped. Returns the number
/// of entries applied.
pub async fn follow_changes(
    db: &wsis_db::Db,
    index: &std::sync::Arc<wsis_search::SearchIndex>,
) -> Result<usize, String> {
    let mut applied = 0;
    loop {
        let after = i64::try_from(index.applied()).unwrap_or(i64::MAX);
        let mut conn = db.conn().await.map_err(|e| e.to_string())?;
        let mut changes = st::search_changes_since(&mut conn, after, FOLLOW_BATCH)
            .await
            .map_err(|e| e.to_string())?;
        let complete = changes.len() < FOLLOW_BATCH as usize;
        if !complete && let Some(&(_, last)) = changes.last() {
            // The page may end inside the last change's entries: that change goes whole
            // into the next batch, or alone when it has more entries than a page.
            changes.retain(|&(_, seq)| seq != last);
            if changes.is_empty() {
                changes = st::search_changes_since(&mut conn, after, i64::MAX)
                    .await
                    .map_err(|e| e.to_string())?;
                changes.retain(|&(_, seq)| seq == last);
            }
        }
        let Some(through) = changes.iter().map(|&(_, seq)| seq).max() else {
            return Ok(applied);
        };
        let ids: Vec<i64> = changes.iter().map(|&(id, _)| id).collect();
        let published = st::published_by_ids(&mut conn, &ids)
            .await
            .map_err(|e| e.to_string())?;
        drop(conn);
        let docs: Vec<EntryDoc> = published.iter().map(to_doc).collect();
        let found: std::collections::HashSet<i64> = published.iter().map(|p| p.id).collect();
        let deletes: Vec<i64> = ids
            .iter()
            .copied()
            .filter(|id| !found.contains(id))
            .collect();
        applied += ids.len();
        let index = index.clone();
        let through = u64::try_from(through).unwrap_or(0);
        tokio::task::spawn_blocking(move || index.apply(&docs, &deletes, through))
            .await
            .map_err(|e| format!("index task: {e}"))?
            .map_err(|e| format!("index: {e}"))?;
        if complete {
            return Ok(applied);
        }
    }
}

/// [`follow_changes`] after a write on this node, before the request returns.
async fn follow_write(state: &AppState) -> AppResult<()> {
    follow_changes(&state.db, &state.search)
        .await
        .map(|_| ())
        .map_err(|e| AppError::Internal(format!("search index: {e}")))
}

/// [`follow_changes`] before a search, when the last look at the database is older than
/// `search_recheck` (every time when it is zero). A failure is logged and the search
/// answered from the index as it is.
pub(crate) async fn follow_if_due(state: &AppState) {
    if !state.search_follow.due(state.config.search_recheck) {
        return;
    }
    if let Err(e) = follow_changes(&state.db, &state.search).await {
        tracing::warn!(error = e, "the search index could not follow the database");
    }
}

/// When this node last looked at the database's search changes.
pub struct SearchFollow {
    started: std::time::Instant,
    /// Milliseconds since `started` of the last look (0: never).
    last: std::sync::atomic::AtomicU64,
}

impl Default for SearchFollow {
    fn default() -> Self {
        SearchFollow {
            started: std::time::Instant::now(),
            last: std::sync::atomic::AtomicU64::new(0),
        }
    }
}

impl SearchFollow {
    /// True when a look is due; the caller that gets true looks, the others go on with the
    /// index as it is.
    fn due(&self, recheck: std::time::Duration) -> bool {
        use std::sync::atomic::Ordering;
        if recheck.is_zero() {
            return true;
        }
        let now = u64::try_from(self.started.elapsed().as_millis())
            .unwrap_or(u64::MAX)
            .max(1);
        let last = self.last.load(Ordering::Relaxed);
        let recheck = u64::try_from(recheck.as_millis()).unwrap_or(u64::MAX);
        if last != 0 && now.saturating_sub(last) < recheck {
            return false;
        }
        self.last
            .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
    }
}

/// Runs a search: a kept answer at once (`cached`), else computed on the blocking pool, at
/// most one search per core at a time, first come first served. Bounding them keeps a
/// burst of searches from sharing the cores all at once, where every one of them would
/// finish late.
pub async fn search(
    state: &AppState,
    query: wsis_search::SearchQuery,
    cached: bool,
) -> AppResult<wsis_search::SearchResults> {
    follow_if_due(state).await;
    if cached && let Some(answer) = state.search.cached(&query) {
        return Ok(answer);
    }
    let _slot = state
        .search_slots
        .acquire()
        .await
        .map_err(|e| AppError::Internal(format!("search slots: {e}")))?;
    compute(state.search.clone(), query, cached).await
}

/// Computes a search on the blocking pool (through the answer cache when `cached`).
pub async fn compute(
    index: std::sync::Arc<wsis_search::SearchIndex>,
    query: wsis_search::SearchQuery,
    cached: bool,
) -> AppResult<wsis_search::SearchResults> {
    tokio::task::spawn_blocking(move || {
        if cached {
            index.search(&query)
        } else {
            index.search_uncached(&query)
        }
    })
    .await
    .map_err(|e| AppError::Internal(format!("search task: {e}")))?
    .map_err(|e| AppError::Internal(format!("search: {e}")))
}

/// The entry, if `user` may see its working copy (owner or secretariat).
pub async fn load_for(state: &AppState, user: &User, id: i64) -> AppResult<(Entry, Actor)> {
    let entry = st::get_entry(&mut *state.db.conn().await?, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if entry.owner_id == user.id {
        Ok((entry, Actor::Owner))
    } else if has_role(&user.roles, Role::Secretariat) {
        Ok((entry, Actor::Secretariat))
    } else {
        Err(AppError::Forbidden)
    }
}

/// Sends an entry for review inside the caller's transaction; it joins the
/// call whose window is open now, if any.
async fn submit_in(conn: &mut wsis_db::AnyConnection, owner: i64, id: i64) -> AppResult<()> {
    let call = st::call_open_at(&mut *conn, now()).await?.map(|c| c.id);
    st::advance(
        conn,
        id,
        owner,
        "submit",
        EntryStatus::Submitted,
        None,
        call,
    )
    .await?;
    Ok(())
}

/// Creates an entry as a draft, or submitted for review.
pub async fn create(
    state: &AppState,
    owner: &User,
    data: &EntryData,
    submit: bool,
) -> AppResult<i64> {
    let mut tx = state.db.begin().await?;
    let id = st::create_entry(&mut tx, owner.id, data, EntryStatus::Draft, None).await?;
    if submit {
        submit_in(&mut tx, owner.id, id).await?;
    }
    tx.commit().await?;
    if submit {
        notify(state, owner, id, &data.title, "mail-entry-submitted", None).await;
    }
    Ok(id)
}

/// Saves an edit by the owner (a new revision), optionally submitting it.
/// An edit of a published entry goes back to review; the published
/// version stays public until the secretariat publishes the new one.
pub async fn edit(
    state: &AppState,
    owner: &User,
    id: i64,
    expected_version: i64,
    data: &EntryData,
    submit: bool,
) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    let entry = st::get_entry(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if entry.owner_id != owner.id {
        return Err(AppError::Forbidden);
    }
    let status =
        transition(entry.status, Action::Edit, Actor::Owner).map_err(AppError::Conflict)?;
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
        submit_in(&mut tx, owner.id, id).await?;
        submitted = true;
    }
    tx.commit().await?;
    if submitted {
        notify(state, owner, id, &data.title, "mail-entry-submitted", None).await;
    }
    Ok(())
}

/// A secretariat decision: publish, return with comments, or reject with a
/// reason. Rejecting an edit of a published entry keeps the published version.
pub async fn moderate(
    state: &AppState,
    actor: &User,
    id: i64,
    expected_version: Option<i64>,
    action: Action,
    comment: &str,
) -> AppResult<()> {
    let comment = comment.trim();
    if matches!(action, Action::Return | Action::Reject) && comment.is_empty() {
        return Err(AppError::Conflict("moderation-comment-required"));
    }
    let mut tx = state.db.begin().await?;
    let entry = st::get_entry(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut to =
        transition(entry.status, action, Actor::Secretariat).map_err(AppError::Conflict)?;
    let name = match action {
        Action::Publish => "publish",
        Action::Return => "return",
        Action::Reject => "reject",
        Action::Edit | Action::Submit => {
            return Err(AppError::Conflict("entry-action-not-allowed"));
        }
    };
    if action == Action::Reject && entry.published_revision.is_some() {
        to = EntryStatus::Published;
    }
    let version = expected_version.unwrap_or(entry.version);
    st::change_status(
        &mut tx,
        &entry,
        version,
        actor.id,
        name,
        to,
        (!comment.is_empty()).then_some(comment),
        None,
    )
    .await
    .map_err(stale)?;
    // Images go with the text: published together, or refused together.
    let mut refused_images = Vec::new();
    if action == Action::Publish {
        let call_year = entry.call_year;
        st::set_facets(&mut tx, id, &entry.current.facet_values(call_year)).await?;
        wsis_db::entry_images::approve_all(&mut tx, id).await?;
    } else if action == Action::Reject && entry.published_revision.is_some() {
        refused_images = wsis_db::entry_images::remove_unapproved(&mut tx, id).await?;
    }
    let owner = wsis_db::accounts::find_user(&mut tx, entry.owner_id).await?;
    st::mark_search_changes(&mut tx, &[id]).await?;
    tx.commit().await?;
    for image in refused_images {
        super::images::remove_files(
            &state.config.media_dir,
            &image.file_key,
            super::images::ext_of(&image.content_type),
        )
        .await;
    }
    follow_write(state).await?;
    if let Some(owner) = owner {
        let key = match action {
            Action::Publish => "mail-entry-published",
            Action::Return => "mail-entry-returned",
            _ => "mail-entry-rejected",
        };
        notify(
            state,
            &owner,
            id,
            &entry.current.title,
            key,
            (!comment.is_empty()).then_some(comment),
        )
        .await;
    }
    Ok(())
}

/// Mails the owner about a step of their entry, in their language; a step that sends it
/// for review also tells the secretariat.
pub(super) async fn notify(
    state: &AppState,
    owner: &User,
    id: i64,
    title: &str,
    key: &str,
    comment: Option<&str>,
) {
    send_entry_mail(state, owner, id, title, key, comment).await;
    if key == "mail-entry-submitted" {
        notify_secretariat(state, owner.id, id, title).await;
    }
}

/// One e-mail about an entry, in the recipient's language: greeting, the message `key`,
/// the comment if any, the entry's address, signature.
async fn send_entry_mail(
    state: &AppState,
    to: &User,
    id: i64,
    title: &str,
    key: &str,
    comment: Option<&str>,
) {
    let lang: Language = to.profile.language;
    let link = format!(
        "{}/{}/stocktaking/entries/{id}",
        state.config.public_url,
        lang.code()
    );
    let mut body = I18N.tr_args(
        lang,
        "mail-greeting",
        &[("name", Arg::from(to.profile.name.as_str()))],
    );
    body.push_str("\n\n");
    body.push_str(&I18N.tr_args(lang, key, &[("title", Arg::from(title))]));
    body.push_str("\n\n");
    if let Some(c) = comment {
        body.push_str(&I18N.tr(lang, "mail-entry-comment"));
        body.push_str("\n\n");
        body.push_str(c);
        body.push_str("\n\n");
    }
    body.push_str(&link);
    body.push_str("\n\n");
    body.push_str(&I18N.tr(lang, "mail-signature"));
    let body = body.replace(['\u{2068}', '\u{2069}'], "");
    let subject = I18N
        .tr_args(lang, "mail-entry-subject", &[("title", Arg::from(title))])
        .replace(['\u{2068}', '\u{2069}'], "");
    if let Err(e) = state
        .mailer
        .send(&state.config.mail_from, &to.email, &subject, body)
        .await
    {
        tracing::error!(error = %e, entry = id, key, "could not send the entry e-mail");
    }
}

/// Tells the secretariat (each in their language) that an entry waits for review.
async fn notify_secretariat(state: &AppState, owner: i64, id: i64, title: &str) {
    let reviewers = match state.db.conn().await {
        Ok(mut conn) => wsis_db::accounts::users_with_role(&mut conn, Role::Secretariat).await,
        Err(e) => Err(e),
    };
    let reviewers = match reviewers {
        Ok(r) => r,
        Err(e) => {
            tracing::error!(error = %e, entry = id, "could not list the secretariat");
            return;
        }
    };
    for reviewer in reviewers.iter().filter(|r| r.id != owner) {
        send_entry_mail(state, reviewer, id, title, "mail-entry-to-review", None).await;
    }
}

/// Rebuilds the whole index from the published entries in the database,
/// streaming them in batches (memory stays bounded for 100,000 entries).
/// `progress` is called with the number sent so far. The index then includes every search
/// change up to the one read before the entries (later ones are followed as usual).
pub async fn rebuild_index(
    db: &wsis_db::Db,
    index: std::sync::Arc<wsis_search::SearchIndex>,
    progress: impl Fn(usize),
) -> Result<usize, String> {
    let head = st::search_head(&mut *db.conn().await.map_err(|e| e.to_string())?)
        .await
        .map_err(|e| e.to_string())?;
    let through = u64::try_from(head).unwrap_or(0);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<EntryDoc>(2_000);
    let writer = tokio::task::spawn_blocking(move || {
        index.rebuild_through(std::iter::from_fn(|| rx.blocking_recv()), through)
    });
    let mut after = 0;
    let mut sent = 0;
    loop {
        let batch = {
            let mut conn = db.conn().await.map_err(|e| e.to_string())?;
            st::published_batch(&mut conn, after, 1_000)
                .await
                .map_err(|e| e.to_string())?
        };
        let Some(last) = batch.last() else { break };
        after = last.id;
        for p in &batch {
            if tx.send(to_doc(p)).await.is_err() {
                break;
            }
            sent += 1;
        }
        progress(sent);
    }
    drop(tx);
    writer
        .await
        .map_err(|e| format!("index task: {e}"))?
        .map_err(|e| format!("index: {e}"))
}

/// Writes imported entries, published, owned by `owner`, all in one
/// transaction (an error writes nothing), then brings `index` up to date (`None`: the index
/// is another process's, a running `serve`, which follows the change log).
pub async fn import_entries(
    db: &wsis_db::Db,
    index: Option<&std::sync::Arc<wsis_search::SearchIndex>>,
    owner: i64,
    actor: i64,
    entries: &[EntryData],
    progress: impl Fn(usize),
) -> Result<Vec<i64>, String> {
    let mut tx = db.begin().await.map_err(|e| e.to_string())?;
    let call = st::call_open_at(&mut tx, now())
        .await
        .map_err(|e| e.to_string())?;
    let mut ids = Vec::with_capacity(entries.len());
    for (i, data) in entries.iter().enumerate() {
        let id = st::create_entry(&mut tx, owner, data, EntryStatus::Draft, None)
            .await
            .map_err(|e| e.to_string())?;
        let call_id = call.as_ref().map(|c| c.id);
        st::advance(
            &mut tx,
            id,
            actor,
            "import",
            EntryStatus::Submitted,
            None,
            call_id,
        )
        .await
        .map_err(|e| e.to_string())?;
        st::advance(
            &mut tx,
            id,
            actor,
            "publish",
            EntryStatus::Published,
            None,
            None,
        )
        .await
        .map_err(|e| e.to_string())?;
        st::set_facets(
            &mut tx,
            id,
            &data.facet_values(call.as_ref().map(|c| c.year)),
        )
        .await
        .map_err(|e| e.to_string())?;
        ids.push(id);
        if i % 100 == 0 {
            progress(i);
        }
    }
    st::mark_search_changes(&mut tx, &ids)
        .await
        .map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    progress(entries.len());
    match index {
        Some(index) if ids.len() > 200 => {
            rebuild_index(db, index.clone(), |_| {}).await?;
        }
        Some(index) => {
            follow_changes(db, index).await?;
        }
        // The index's own process follows the change log.
        None => {}
    }
    Ok(ids)
}

/// Adds (or replaces) a translation of the title and description. By the
/// owner it is an edit like any other (a published entry goes back to
/// review); by the secretariat a published entry stays published with it.
pub async fn add_translation(
    state: &AppState,
    user: &User,
    id: i64,
    expected_version: i64,
    translation: wsis_domain::stocktaking::Translation,
) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    let entry = st::get_entry(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = if entry.owner_id == user.id {
        Actor::Owner
    } else if has_role(&user.roles, Role::Secretariat) {
        Actor::Secretariat
    } else {
        return Err(AppError::Forbidden);
    };
    if entry.status == EntryStatus::Rejected {
        return Err(AppError::Conflict("entry-rejected-final"));
    }
    let mut data = entry.current.clone();
    data.translations
        .retain(|t| t.language != translation.language);
    data.translations.push(translation);
    let status = match actor {
        Actor::Owner => {
            transition(entry.status, Action::Edit, Actor::Owner).map_err(AppError::Conflict)?
        }
        Actor::Secretariat => entry.status,
    };
    st::save_revision(&mut tx, &entry, expected_version, user.id, &data, status)
        .await
        .map_err(stale)?;
    let republished = actor == Actor::Secretariat && entry.status == EntryStatus::Published;
    if republished {
        st::republish(&mut tx, id).await?;
        st::set_facets(&mut tx, id, &data.facet_values(entry.call_year)).await?;
        st::mark_search_changes(&mut tx, &[id]).await?;
    }
    tx.commit().await?;
    if republished {
        follow_write(state).await?;
    }
    // Like any edit by the owner: back to review, and the owner hears so.
    if status == EntryStatus::Submitted && entry.status != EntryStatus::Submitted {
        notify(state, user, id, &data.title, "mail-entry-submitted", None).await;
    }
    Ok(())
}

/// The published entries of a call (every published entry when `call` is
/// `None`), in id order, for the publications.
pub async fn report_entries(
    db: &wsis_db::Db,
    call: Option<i64>,
) -> Result<Vec<wsis_docs::ReportEntry>, DbError> {
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let batch = st::published_batch(&mut *db.conn().await?, after, 2_000).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        out.extend(
            batch
                .into_iter()
                .filter(|p| call.is_none() || p.call_year == call)
                .map(|p| wsis_docs::ReportEntry {
                    id: p.id,
                    data: p.data,
                }),
        );
    }
    Ok(out)
}
