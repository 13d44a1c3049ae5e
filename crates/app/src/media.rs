//! The media store's housekeeping: writing an upload (a store that fails is a field
//! error the user can act on, never a half-saved upload), `wsis media gc` (objects no row
//! names) and `wsis media migrate` (bytes still kept in database rows, or files of
//! another store, moved into this one, resumably).

use crate::{App, ServiceError, ServiceResult};
use futures_util::StreamExt;
use std::collections::HashSet;
use wsis_db::media::{self as q, InRow};
use wsis_media::{MediaStore, shard};

/// The folders of the store that hold uploads; `gc` looks only there (the media folder
/// also holds files a node derives, such as the prizes' ballots).
pub const UPLOAD_FOLDERS: [&str; 5] = [
    "stocktaking",
    "documents",
    "statements",
    "photos",
    "hackathon",
];

/// Writes an upload's objects before the row that names them commits. A store that
/// cannot be reached or refuses is the `file` field's error (`media-store-failed`), and
/// nothing of the upload is left.
pub(crate) async fn put_upload(
    app: &App,
    objects: Vec<(String, bytes::Bytes)>,
) -> ServiceResult<()> {
    app.media().put_all(objects).await.map_err(|e| {
        tracing::error!(store = app.media().location(), error = %e, "an upload could not be stored");
        ServiceError::field("file", "media-store-failed")
    })
}

/// The key of a new session document, and of a new statement PDF.
pub(crate) fn document_key() -> ServiceResult<String> {
    let k = wsis_media::new_key()?;
    Ok(format!("documents/{}/{k}", shard(&k)))
}

pub(crate) fn statement_key() -> ServiceResult<String> {
    let k = wsis_media::new_key()?;
    Ok(format!("statements/{}/{k}.pdf", shard(&k)))
}

/// The key a row's bytes get when `migrate` moves them: from the row's id, so that a
/// run stopped between the write and the row's update writes the same object again.
fn migrated_key(kind: InRow, id: i64) -> String {
    let dir = format!("{:02x}", id.rem_euclid(256));
    match kind {
        InRow::Document => format!("documents/{dir}/row-{id}"),
        InRow::Statement => format!("statements/{dir}/row-{id}.pdf"),
    }
}

/// Every object key the database names.
async fn named_keys(app: &App) -> ServiceResult<HashSet<String>> {
    let mut conn = app.db().conn().await?;
    let mut keys: HashSet<String> = q::file_keys(&mut conn).await?.into_iter().collect();
    for key in wsis_db::photos::file_keys(&mut conn).await? {
        keys.extend(crate::photos::SIZES.map(|side| crate::photos::object_key(&key, side)));
    }
    keys.extend(wsis_db::hackathon::file_keys(&mut conn).await?);
    for (key, content_type) in q::image_keys(&mut conn).await? {
        let ext = crate::stocktaking::images::ext_of(&content_type);
        keys.extend(crate::stocktaking::images::object_keys(&key, ext));
    }
    Ok(keys)
}

/// What `gc` found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct GcReport {
    /// Objects in the upload folders.
    pub objects: u64,
    /// Objects no row names, old enough to go (removed unless a dry run).
    pub orphans: Vec<String>,
    pub orphan_bytes: u64,
    /// Objects no row names that are younger than the grace period (an upload may be
    /// about to commit the row that names them): kept.
    pub young: u64,
}

/// Removes objects that no row names and that were written more than `grace_secs` ago
/// (uploads write their object before their row commits; a crash between the two, or a
/// store that failed a delete, leaves such objects). `dry_run` only lists them.
pub async fn gc(app: &App, grace_secs: i64, dry_run: bool) -> ServiceResult<GcReport> {
    // The list first, then the names: an object written after the list started is not
    // looked at, and a row committed before the names are read keeps its object.
    let mut listed = Vec::new();
    for folder in UPLOAD_FOLDERS {
        let mut s = app.media().list(folder);
        while let Some(o) = s.next().await {
            listed.push(o?);
        }
    }
    let named = named_keys(app).await?;
    let cutoff = wsis_db::now() - grace_secs.max(0);
    let mut report = GcReport {
        objects: listed.len() as u64,
        ..GcReport::default()
    };
    for o in listed {
        if named.contains(&o.key) {
            continue;
        }
        if o.written_at > cutoff {
            report.young += 1;
            continue;
        }
        if !dry_run {
            app.media().try_delete(&o.key).await?;
        }
        report.orphan_bytes += o.size;
        report.orphans.push(o.key);
    }
    Ok(report)
}

/// What `migrate` did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MigrateReport {
    /// Rows whose bytes moved from the database to the store.
    pub rows_moved: u64,
    /// Objects copied from the other store.
    pub objects_copied: u64,
    /// Objects the store already had (an earlier run copied them).
    pub objects_present: u64,
    pub bytes: u64,
}

/// Rows whose bytes are still in the database.
pub async fn rows_to_move(app: &App) -> ServiceResult<u64> {
    let mut conn = app.db().conn().await?;
    let mut n = 0;
    for kind in [InRow::Document, InRow::Statement] {
        n += q::count_in_rows(&mut conn, kind).await? as u64;
    }
    Ok(n)
}

/// Moves the bytes still kept in rows (session documents and statement PDFs uploaded
/// before the store) into the store, one row at a time: the object is written, then the
/// row points at it and lets go of its bytes. Stopped at any point, a second run goes on
/// where the first stopped. Then, with `from`, copies every upload object of another
/// store (the old media folder, when moving to S3) that this one lacks.
pub async fn migrate(
    app: &App,
    from: Option<&MediaStore>,
    mut progress: impl FnMut(&MigrateReport),
) -> ServiceResult<MigrateReport> {
    let mut report = MigrateReport::default();
    for kind in [InRow::Document, InRow::Statement] {
        let mut after = 0;
        loop {
            let ids = {
                let mut conn = app.db().conn().await?;
                q::in_rows(&mut conn, kind, after, 100).await?
            };
            let Some(&last) = ids.last() else { break };
            after = last;
            for id in ids {
                let bytes = {
                    let mut conn = app.db().conn().await?;
                    q::row_bytes(&mut conn, kind, id).await?
                };
                // Gone or moved meanwhile.
                let Some(bytes) = bytes else { continue };
                let key = migrated_key(kind, id);
                let len = bytes.len() as u64;
                app.media().put(&key, bytes).await?;
                let mut tx = app.db().begin().await?;
                let done = q::moved(&mut tx, kind, id, &key).await?;
                tx.commit().await?;
                if done {
                    report.rows_moved += 1;
                    report.bytes += len;
                } else {
                    app.media().delete(&key).await;
                }
                progress(&report);
            }
        }
    }
    if let Some(from) = from {
        for folder in UPLOAD_FOLDERS {
            let mut s = from.list(folder);
            while let Some(o) = s.next().await {
                let o = o?;
                if app.media().size(&o.key).await? == Some(o.size) {
                    report.objects_present += 1;
                } else {
                    let bytes = from.read(&o.key).await?;
                    report.bytes += bytes.len() as u64;
                    app.media().put(&o.key, bytes).await?;
                    report.objects_copied += 1;
                }
                progress(&report);
            }
        }
    }
    Ok(report)
}
