//! Imported entries: written published, in one transaction, through the one publish path.

use super::entries::{publish_in, read};
use super::search;
use crate::{App, ServiceResult};
use wsis_db::now;
use wsis_db::stocktaking as st;
use wsis_domain::stocktaking::{EntryData, EntryStatus};
use wsis_domain::{AccountId, EntryId};

/// Whose index the imported entries go to after the commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexAfter {
    /// This process's index (the App's): it follows now, or is rebuilt for a large import.
    Follow,
    /// Another process's (a running `serve` holds it): it follows the change log itself.
    Leave,
}

/// Writes imported entries, published, owned by `owner`, recorded as imported by `actor`,
/// all in one transaction (an error writes nothing). `progress` is called with the number
/// written so far.
pub async fn import_entries(
    app: &App,
    owner: AccountId,
    actor: AccountId,
    entries: &[EntryData],
    index: IndexAfter,
    progress: impl Fn(usize),
) -> ServiceResult<Vec<EntryId>> {
    let mut tx = app.db().begin().await?;
    let call = st::call_open_at(&mut tx, now()).await?.map(|c| c.id);
    let mut ids = Vec::with_capacity(entries.len());
    for (i, data) in entries.iter().enumerate() {
        let id = st::create_entry(&mut tx, owner.get(), data, EntryStatus::Draft, None).await?;
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
        publish_in(&mut tx, &entry, entry.version, actor.get(), None).await?;
        ids.push(id);
        if i % 100 == 0 {
            progress(i);
        }
    }
    st::mark_search_changes(&mut tx, &ids).await?;
    tx.commit().await?;
    progress(entries.len());
    match index {
        IndexAfter::Follow if ids.len() > 200 => {
            search::rebuild_index(app, |_| {}).await?;
        }
        IndexAfter::Follow => {
            search::follow_changes(app).await?;
        }
        IndexAfter::Leave => {}
    }
    Ok(ids.into_iter().map(EntryId::new).collect())
}
