//! What the media store holds, as the database names it: for `wsis media gc` (objects no
//! row names) and `wsis media migrate` (bytes still kept in rows).

use crate::Result;
use sqlx::AnyConnection;

/// The images that rows name: (file key, content type) of entry images and outcome
/// photos (each is two objects, the image and its thumbnail).
pub async fn image_keys(conn: &mut AnyConnection) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT file_key, content_type FROM entry_images
         UNION ALL SELECT file_key, content_type FROM forum_outcome_photos",
    )
    .fetch_all(conn)
    .await?)
}

/// The object keys of session documents and statement PDFs in the store.
pub async fn file_keys(conn: &mut AnyConnection) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT file_key FROM forum_documents WHERE file_key IS NOT NULL
         UNION ALL SELECT pdf_key FROM forum_hlt_statements WHERE pdf_key IS NOT NULL",
    )
    .fetch_all(conn)
    .await?)
}

/// What still holds its bytes in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InRow {
    Document,
    Statement,
}

impl InRow {
    fn table(self) -> (&'static str, &'static str, &'static str) {
        match self {
            InRow::Document => ("forum_documents", "body", "file_key"),
            InRow::Statement => ("forum_hlt_statements", "pdf", "pdf_key"),
        }
    }
}

/// Ids of rows of `kind` whose bytes are still in the database, after `after`, at most
/// `limit`, in order.
pub async fn in_rows(
    conn: &mut AnyConnection,
    kind: InRow,
    after: i64,
    limit: i64,
) -> Result<Vec<i64>> {
    let (table, bytes, key) = kind.table();
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT id FROM {table} WHERE {key} IS NULL AND {bytes} IS NOT NULL AND id > $1
         ORDER BY id LIMIT $2"
    )))
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// Rows of `kind` whose bytes are still in the database.
pub async fn count_in_rows(conn: &mut AnyConnection, kind: InRow) -> Result<i64> {
    let (table, bytes, key) = kind.table();
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM {table} WHERE {key} IS NULL AND {bytes} IS NOT NULL"
    )))
    .fetch_one(conn)
    .await?)
}

/// The bytes a row still holds (`None` once moved, or when the row is gone).
pub async fn row_bytes(conn: &mut AnyConnection, kind: InRow, id: i64) -> Result<Option<Vec<u8>>> {
    let (table, bytes, key) = kind.table();
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT {bytes} FROM {table} WHERE id = $1 AND {key} IS NULL AND {bytes} IS NOT NULL"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// Points a row at the object now holding its bytes and empties it; false when another
/// run moved it first (or it was removed).
pub async fn moved(conn: &mut AnyConnection, kind: InRow, id: i64, object: &str) -> Result<bool> {
    let (table, bytes, key) = kind.table();
    // Documents' body is NOT NULL: emptied, not nulled.
    let empty = match kind {
        InRow::Document => "$3",
        InRow::Statement => "NULL",
    };
    let q = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET {key} = $1, {bytes} = {empty} WHERE id = $2 AND {key} IS NULL"
    )))
    .bind(object)
    .bind(id);
    let q = match kind {
        InRow::Document => q.bind(Vec::<u8>::new()),
        InRow::Statement => q,
    };
    Ok(q.execute(conn).await?.rows_affected() == 1)
}
