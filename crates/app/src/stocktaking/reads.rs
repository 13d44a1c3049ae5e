//! What the pages read about entries: an entry as its viewer may see it, its history and
//! revisions, the owner's list, the moderation queue and the statistics.

use super::entries::{principal, read};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::accounts::User;
use wsis_db::stocktaking as st;
use wsis_domain::stocktaking::{EntryData, EntryStatus};
use wsis_domain::{AccountId, EntryId};
use wsis_search::Facet;

pub use wsis_db::entry_images::EntryImage;
pub use wsis_db::stocktaking::{Entry, EntryEvent, EntrySummary, RevisionDetail, RevisionInfo};

/// An entry as one viewer may see it.
pub struct EntryPage {
    pub entry: Entry,
    /// The viewer is the owner or the secretariat: they see the working copy, its history,
    /// its revisions and the images waiting for review; others the published version.
    pub privileged: bool,
    pub events: Vec<EntryEvent>,
    pub revisions: Vec<RevisionInfo>,
    pub images: Vec<EntryImage>,
}

impl EntryPage {
    /// The content the viewer sees.
    pub fn data(&self) -> &EntryData {
        match (&self.entry.published, self.privileged) {
            (Some(p), false) => p,
            _ => &self.entry.current,
        }
    }
}

/// An entry for `viewer` (none: the public). Not found when the viewer may not see it (an
/// unpublished entry of someone else).
pub async fn entry_page(app: &App, viewer: Option<&User>, id: EntryId) -> ServiceResult<EntryPage> {
    let mut conn = app.db().conn().await?;
    let entry = read(&mut conn, id).await?;
    let privileged =
        viewer.is_some_and(|u| principal(u).owns_or_secretariat(AccountId::new(entry.owner_id)));
    if !privileged && entry.published.is_none() {
        return Err(ServiceError::NotFound);
    }
    let (events, revisions) = if privileged {
        (
            st::events(&mut conn, id.get()).await?,
            st::revisions(&mut conn, id.get()).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let mut images = wsis_db::entry_images::images_of(&mut conn, id.get()).await?;
    if !privileged {
        images.retain(|i| i.is_approved());
    }
    Ok(EntryPage {
        entry,
        privileged,
        events,
        revisions,
        images,
    })
}

/// A revision of an entry and the one before it (owner or secretariat, like the working
/// copy).
pub async fn revision(
    app: &App,
    user: &User,
    id: EntryId,
    number: i64,
) -> ServiceResult<(Entry, RevisionDetail, Option<RevisionDetail>)> {
    let (entry, _) = super::entries::entry_for(app, user, id).await?;
    let mut conn = app.db().conn().await?;
    let rev = st::revision_detail(&mut conn, id.get(), number)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let previous = if number > 1 {
        st::revision_detail(&mut conn, id.get(), number - 1).await?
    } else {
        None
    };
    Ok((entry, rev, previous))
}

/// The entries of `owner`.
pub async fn entries_of_owner(app: &App, owner: &User) -> ServiceResult<Vec<EntrySummary>> {
    Ok(st::entries_of_owner(&mut *app.db().conn().await?, owner.id).await?)
}

/// A page of the moderation queue (secretariat): entries by status, call year and title,
/// with the number of entries that match.
pub async fn queue(
    app: &App,
    user: &User,
    status: Option<EntryStatus>,
    call_year: Option<i64>,
    title_like: Option<&str>,
    limit: i64,
    offset: i64,
) -> ServiceResult<(i64, Vec<EntrySummary>)> {
    if !principal(user).is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    Ok(st::queue(
        &mut *app.db().conn().await?,
        status,
        call_year,
        title_like,
        limit,
        offset,
    )
    .await?)
}

/// The number of published entries per value of `facet`, most first.
pub async fn facet_counts(app: &App, facet: Facet) -> ServiceResult<Vec<(String, i64)>> {
    Ok(st::facet_counts(&mut *app.db().conn().await?, facet.code()).await?)
}

/// The number of published entries.
pub async fn count_published(app: &App) -> ServiceResult<i64> {
    Ok(st::count_published(&mut *app.db().conn().await?).await?)
}

/// The number of published entries per pair of values of two facets.
pub async fn facet_pair_counts(
    app: &App,
    a: Facet,
    b: Facet,
) -> ServiceResult<Vec<(String, String, i64)>> {
    Ok(st::facet_pair_counts(&mut *app.db().conn().await?, a.code(), b.code()).await?)
}
