//! The images of stocktaking entries: one row per image, describing files
//! that the web tier keeps under its media directory. At most five per
//! entry, enforced by the schema (`position` 1..5, unique per entry).

use crate::{Result, map_unique, now};
use sqlx::AnyConnection;

/// Most images an entry may have.
pub const MAX_IMAGES: i64 = 5;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EntryImage {
    pub id: i64,
    pub entry_id: i64,
    pub position: i64,
    pub file_key: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub bytes: i64,
    pub alt: String,
    pub uploaded_by: i64,
    pub created_at: i64,
    /// 1 when reviewed: public whenever the entry is published. An image the
    /// owner adds waits (0) for the secretariat's next publication of the entry.
    pub approved: i64,
}

impl EntryImage {
    /// Whether the image has been reviewed (public when the entry is).
    pub fn is_approved(&self) -> bool {
        self.approved != 0
    }
}

/// An image to record (its files are already written).
#[derive(Debug, Clone)]
pub struct NewImage<'a> {
    pub entry_id: i64,
    pub file_key: &'a str,
    pub content_type: &'a str,
    pub width: i64,
    pub height: i64,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub bytes: i64,
    pub alt: &'a str,
    pub uploaded_by: i64,
    /// False for an image that waits for review.
    pub approved: bool,
}

const COLUMNS: &str = "id, entry_id, position, file_key, content_type, width, height, \
                       thumb_width, thumb_height, bytes, alt, uploaded_by, created_at, approved";

/// The images of an entry, in their order.
pub async fn images_of(conn: &mut AnyConnection, entry_id: i64) -> Result<Vec<EntryImage>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM entry_images WHERE entry_id = $1 ORDER BY position"
    )))
    .bind(entry_id)
    .fetch_all(conn)
    .await?)
}

/// One image by the key of its files.
pub async fn by_key(conn: &mut AnyConnection, key: &str) -> Result<Option<EntryImage>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM entry_images WHERE file_key = $1"
    )))
    .bind(key)
    .fetch_optional(conn)
    .await?)
}

/// Records an image in the first free position. `Ok(None)` when the entry
/// already has [`MAX_IMAGES`]; [`DbError::Conflict`] when another upload
/// took the same position at the same moment.
pub async fn insert(conn: &mut AnyConnection, img: &NewImage<'_>) -> Result<Option<EntryImage>> {
    let taken: Vec<i64> =
        sqlx::query_scalar("SELECT position FROM entry_images WHERE entry_id = $1")
            .bind(img.entry_id)
            .fetch_all(&mut *conn)
            .await?;
    let Some(position) = (1..=MAX_IMAGES).find(|p| !taken.contains(p)) else {
        return Ok(None);
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO entry_images (entry_id, position, file_key, content_type, width, height,
            thumb_width, thumb_height, bytes, alt, uploaded_by, created_at, approved)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(img.entry_id)
    .bind(position)
    .bind(img.file_key)
    .bind(img.content_type)
    .bind(img.width)
    .bind(img.height)
    .bind(img.thumb_width)
    .bind(img.thumb_height)
    .bind(img.bytes)
    .bind(img.alt)
    .bind(img.uploaded_by)
    .bind(now())
    .bind(i64::from(img.approved))
    .fetch_one(&mut *conn)
    .await
    .map_err(map_unique)?;
    Ok(Some(
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM entry_images WHERE id = $1"
        )))
        .bind(id)
        .fetch_one(conn)
        .await?,
    ))
}

/// Removes one image of an entry; returns it (so that the caller deletes
/// its files after the commit), or `None` if the entry has no such image.
pub async fn delete(
    conn: &mut AnyConnection,
    entry_id: i64,
    image_id: i64,
) -> Result<Option<EntryImage>> {
    let found: Option<EntryImage> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM entry_images WHERE id = $1 AND entry_id = $2"
    )))
    .bind(image_id)
    .bind(entry_id)
    .fetch_optional(&mut *conn)
    .await?;
    if found.is_some() {
        sqlx::query("DELETE FROM entry_images WHERE id = $1")
            .bind(image_id)
            .execute(conn)
            .await?;
    }
    Ok(found)
}

/// Approves the listed images of an entry that wait for review (those the secretariat
/// saw when it published the entry); returns how many. An image added since, not in
/// `ids`, keeps waiting.
pub async fn approve(conn: &mut AnyConnection, entry_id: i64, ids: &[i64]) -> Result<u64> {
    let mut n = 0;
    for id in ids {
        n += sqlx::query(
            "UPDATE entry_images SET approved = 1 WHERE entry_id = $1 AND id = $2 AND approved = 0",
        )
        .bind(entry_id)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    Ok(n)
}

/// The ids of an entry's images that wait for review.
pub async fn waiting_ids(conn: &mut AnyConnection, entry_id: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM entry_images WHERE entry_id = $1 AND approved = 0 ORDER BY id",
    )
    .bind(entry_id)
    .fetch_all(conn)
    .await?)
}

/// Removes the images of an entry that wait for review (an edit refused);
/// returns them, so that the caller deletes their files after the commit.
pub async fn remove_unapproved(conn: &mut AnyConnection, entry_id: i64) -> Result<Vec<EntryImage>> {
    let pending: Vec<EntryImage> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM entry_images WHERE entry_id = $1 AND approved = 0"
    )))
    .bind(entry_id)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM entry_images WHERE entry_id = $1 AND approved = 0")
        .bind(entry_id)
        .execute(conn)
        .await?;
    Ok(pending)
}

/// The owner of an entry and whether it has a published version (which
/// makes its images public); `None` if there is no such entry.
pub async fn entry_visibility(
    conn: &mut AnyConnection,
    entry_id: i64,
) -> Result<Option<(i64, bool)>> {
    let row: Option<(i64, Option<i64>)> =
        sqlx::query_as("SELECT owner_id, published_revision FROM entries WHERE id = $1")
            .bind(entry_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(owner, published)| (owner, published.is_some())))
}
