//! Imported entries: written published, in one transaction, through the one publish path.
//! An entry whose stable identifier (`uid`) is known already is matched, not added again:
//! left as it is when its published content is the same, else updated (a new revision,
//! published). Importing an export twice changes nothing the second time.

use super::entries::{publish_in, read};
use super::import_file::ImportRow;
use super::search;
use crate::{App, ServiceResult};
use wsis_db::stocktaking as st;
use wsis_db::{AnyConnection, now};
use wsis_domain::stocktaking::EntryStatus;
use wsis_domain::{AccountId, EntryId};

/// Whose index the imported entries go to after the commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexAfter {
    /// This process's index (the App's): it follows now, or is rebuilt for a large import.
    Follow,
    /// Another process's (a running `serve` holds it): it follows the change log itself.
    Leave,
}

/// What an import did (or, for a dry run, would do) with the entries of a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New entries.
    pub created: usize,
    /// Known entries (by `uid`) whose content changed: a new revision, published.
    pub updated: usize,
    /// Known entries published with the same content: left as they are.
    pub unchanged: usize,
}

/// What happens to one row.
enum Plan {
    Create,
    /// The matched entry, as read: its content changed.
    Update(Box<wsis_db::stocktaking::Entry>),
    Unchanged,
}

async fn plan_row(conn: &mut AnyConnection, row: &ImportRow) -> ServiceResult<Plan> {
    let Some(uid) = &row.uid else {
        return Ok(Plan::Create);
    };
    let Some(id) = st::id_by_uid(&mut *conn, uid).await? else {
        return Ok(Plan::Create);
    };
    let entry = read(conn, EntryId::new(id)).await?;
    let same = entry.status == EntryStatus::Published
        && entry.published.as_ref() == Some(&row.data)
        && entry.current == row.data;
    Ok(if same {
        Plan::Unchanged
    } else {
        Plan::Update(Box::new(entry))
    })
}

/// What importing `rows` would do, writing nothing (the dry run).
pub async fn plan(app: &App, rows: &[ImportRow]) -> ServiceResult<ImportReport> {
    let mut conn = app.db().conn().await?;
    let mut report = ImportReport::default();
    for row in rows {
        match plan_row(&mut conn, row).await? {
            Plan::Create => report.created += 1,
            Plan::Update(_) => report.updated += 1,
            Plan::Unchanged => report.unchanged += 1,
        }
    }
    Ok(report)
}

/// Writes imported entries, published, recorded as imported by `actor`, all in one
/// transaction (an error writes nothing). New entries are owned by `owner`; matched ones
/// keep their owner. `progress` is called with the number of rows done so far.
pub async fn import_entries(
    app: &App,
    owner: AccountId,
    actor: AccountId,
    rows: &[ImportRow],
    index: IndexAfter,
    progress: impl Fn(usize),
) -> ServiceResult<ImportReport> {
    let mut tx = app.db().begin().await?;
    let call = st::call_open_at(&mut tx, now()).await?.map(|c| c.id);
    let mut ids = Vec::with_capacity(rows.len());
    let mut report = ImportReport::default();
    for (i, row) in rows.iter().enumerate() {
        let data = &row.data;
        match plan_row(&mut tx, row).await? {
            Plan::Unchanged => report.unchanged += 1,
            Plan::Update(entry) => {
                let id = entry.id;
                st::save_revision(
                    &mut tx,
                    &entry,
                    entry.version,
                    actor.get(),
                    data,
                    entry.status,
                )
                .await?;
                let saved = read(&mut tx, EntryId::new(id)).await?;
                publish_in(&mut tx, &saved, saved.version, actor.get(), None, &[]).await?;
                ids.push(id);
                report.updated += 1;
            }
            Plan::Create => {
                let id =
                    st::create_entry(&mut tx, owner.get(), data, EntryStatus::Draft, None).await?;
                if let Some(uid) = &row.uid {
                    st::set_uid(&mut tx, id, uid).await?;
                }
                st::advance(
                    &mut tx,
                    id,
                    actor.get(),
                    "import",
                    EntryStatus::Submitted,
                    None,
                    call,
                )
                .await?;
                let entry = read(&mut tx, EntryId::new(id)).await?;
                publish_in(&mut tx, &entry, entry.version, actor.get(), None, &[]).await?;
                ids.push(id);
                report.created += 1;
            }
        }
        if i % 100 == 0 {
            progress(i);
        }
    }
    st::mark_search_changes(&mut tx, &ids).await?;
    tx.commit().await?;
    progress(rows.len());
    match index {
        IndexAfter::Follow if ids.len() > 200 => {
            search::rebuild_index(app, |_| {}).await?;
        }
        IndexAfter::Follow if !ids.is_empty() => {
            search::follow_changes(app).await?;
        }
        _ => {}
    }
    Ok(report)
}
