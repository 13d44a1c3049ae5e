//! The stocktaking search: this node's index, derived from the database's published
//! entries. Writes stamp the entries they change in the database's change log; the index
//! follows the log after a write on this node (before the request returns) and, at most
//! once per `search_recheck`, before a search (the writes of other nodes).

use super::markdown::to_plain_text;
use crate::{App, ServiceError, ServiceResult};
use std::sync::Arc;
use wsis_db::stocktaking::{self as st, PublishedEntry};
use wsis_domain::stocktaking::Facet;
use wsis_search::{EntryDoc, SearchIndex, SearchQuery, SearchResults};

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
    let all = |k: Facet| {
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
        action_lines: all(Facet::ActionLine),
        sdgs: d.sdgs.iter().map(|s| s.goal).collect(),
        targets: all(Facet::Target),
        countries: d.countries.clone(),
        regions: all(Facet::Region),
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

fn index_error(what: &str, e: impl std::fmt::Display) -> ServiceError {
    ServiceError::internal(format!("search index: {what}: {e}"))
}

/// Brings this node's index up to date with the database's change log (see
/// `wsis_db::stocktaking::mark_search_changes`): the entries stamped above the change the
/// index includes are read again, published ones replaced, the others removed, a batch per
/// commit. Two callers at once are safe: a batch through a change the index already
/// includes is skipped. Returns the number of entries applied.
pub async fn follow_changes(app: &App) -> ServiceResult<usize> {
    let index = app.search();
    let mut applied = 0;
    loop {
        let after = i64::try_from(index.applied()).unwrap_or(i64::MAX);
        let mut conn = app.db().conn().await?;
        let mut changes = st::search_changes_since(&mut conn, after, FOLLOW_BATCH).await?;
        let complete = changes.len() < FOLLOW_BATCH as usize;
        if !complete && let Some(&(_, last)) = changes.last() {
            // The page may end inside the last change's entries: that change goes whole
            // into the next batch, or alone when it has more entries than a page.
            changes.retain(|&(_, seq)| seq != last);
            if changes.is_empty() {
                changes = st::search_changes_since(&mut conn, after, i64::MAX).await?;
                changes.retain(|&(_, seq)| seq == last);
            }
        }
        let Some(through) = changes.iter().map(|&(_, seq)| seq).max() else {
            return Ok(applied);
        };
        let ids: Vec<i64> = changes.iter().map(|&(id, _)| id).collect();
        let published = st::published_by_ids(&mut conn, &ids).await?;
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
            .map_err(|e| index_error("task", e))?
            .map_err(|e| index_error("apply", e))?;
        if complete {
            return Ok(applied);
        }
    }
}

/// [`follow_changes`] before a search, when the last look at the database is older than
/// `search_recheck` (every time when it is zero). A failure is logged and the search
/// answered from the index as it is.
pub async fn follow_if_due(app: &App) {
    if !app.0.search_follow.due(app.config().search_recheck) {
        return;
    }
    if let Err(e) = follow_changes(app).await {
        tracing::warn!(
            error = e.chain(),
            "the search index could not follow the database"
        );
    }
}

/// When this node last looked at the database's search changes.
pub(crate) struct SearchFollow {
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

/// Searches computed at once: one per core.
pub(crate) fn search_slots() -> tokio::sync::Semaphore {
    tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
}

/// Runs a search: a kept answer at once (`cached`), else computed on the blocking pool, at
/// most one search per core at a time, first come first served. Bounding them keeps a
/// burst of searches from sharing the cores all at once, where every one of them would
/// finish late.
pub async fn search(app: &App, query: SearchQuery, cached: bool) -> ServiceResult<SearchResults> {
    follow_if_due(app).await;
    if cached && let Some(answer) = app.search().cached(&query) {
        return Ok(answer);
    }
    let _slot = app
        .0
        .search_slots
        .acquire()
        .await
        .map_err(|e| index_error("slots", e))?;
    compute(app, query, cached).await
}

/// Computes a search on the blocking pool (through the answer cache when `cached`),
/// without following the database first.
pub async fn compute(app: &App, query: SearchQuery, cached: bool) -> ServiceResult<SearchResults> {
    let index = app.search().clone();
    tokio::task::spawn_blocking(move || {
        if cached {
            index.search(&query)
        } else {
            index.search_uncached(&query)
        }
    })
    .await
    .map_err(|e| index_error("task", e))?
    .map_err(|e| index_error("search", e))
}

/// Rebuilds the whole index from the published entries in the database, streaming them in
/// batches (memory stays bounded for 100,000 entries). `progress` is called with the number
/// sent so far. The index then includes every search change up to the one read before the
/// entries (later ones are followed as usual).
pub async fn rebuild_index(app: &App, progress: impl Fn(usize)) -> ServiceResult<usize> {
    let index: Arc<SearchIndex> = app.search().clone();
    let head = st::search_head(&mut *app.db().conn().await?).await?;
    let through = u64::try_from(head).unwrap_or(0);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<EntryDoc>(2_000);
    let writer = tokio::task::spawn_blocking(move || {
        index.rebuild_through(std::iter::from_fn(|| rx.blocking_recv()), through)
    });
    let mut after = 0;
    let mut sent = 0;
    loop {
        let batch = {
            let mut conn = app.db().conn().await?;
            st::published_batch(&mut conn, after, 1_000).await?
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
        .map_err(|e| index_error("task", e))?
        .map_err(|e| index_error("rebuild", e))
}

/// Brings a node's index in line with the database when the node starts: rebuilt when it
/// does not hold every published entry (a new node, a restored backup, an interrupted run)
/// or is ahead of the database's changes (it belongs to another database); otherwise it
/// follows the changes made since it last ran. Returns whether it was rebuilt and the
/// number of entries indexed or applied.
pub async fn open(app: &App) -> ServiceResult<(bool, usize)> {
    let index = app.search();
    let published = published_count(app).await?;
    let head = st::search_head(&mut *app.db().conn().await?).await?;
    let ahead = i64::try_from(index.applied()).map_or(true, |applied| applied > head);
    if index.num_docs() != published || ahead {
        Ok((true, rebuild_index(app, |_| {}).await?))
    } else {
        Ok((false, follow_changes(app).await?))
    }
}

/// The number of published entries in the database.
pub async fn published_count(app: &App) -> ServiceResult<u64> {
    let n = st::count_published(&mut *app.db().conn().await?).await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Whether this node's index holds every published entry and has followed every change.
pub async fn is_current(app: &App) -> ServiceResult<bool> {
    let index = app.search();
    let published = published_count(app).await?;
    let head = st::search_head(&mut *app.db().conn().await?).await?;
    Ok(index.num_docs() == published && i64::try_from(index.applied()) == Ok(head))
}
