//! A portable description of the live schema, to prove that SQLite and
//! PostgreSQL end up with the same tables and columns.

use crate::{Backend, Db, Result};

/// One column: (table, column, type class, NOT NULL).
pub type ColumnDesc = (String, String, &'static str, bool);

/// Tables and columns of the current schema, sorted; column types reduced to
/// `integer`, `text`, `real` or `blob`.
pub async fn snapshot(db: &Db) -> Result<Vec<ColumnDesc>> {
    let rows: Vec<(String, String, String, i64, i64)> = match db.backend() {
        Backend::Sqlite => {
            sqlx::query_as(
                "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk
                 FROM sqlite_master m JOIN pragma_table_info(m.name) p
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
            )
            .fetch_all(db.pool())
            .await?
        }
        Backend::Postgres => {
            sqlx::query_as(
                "SELECT c.table_name::text, c.column_name::text, c.data_type::text,
                   CASE WHEN c.is_nullable = 'NO' THEN 1 ELSE 0 END::bigint, 0::bigint
                 FROM information_schema.columns c
                 WHERE c.table_schema = current_schema()",
            )
            .fetch_all(db.pool())
            .await?
        }
    };
    let mut out: Vec<ColumnDesc> = rows
        .into_iter()
        .map(|(t, c, ty, notnull, pk)| (t, c, type_class(&ty), notnull != 0 || pk != 0))
        .collect();
    out.sort();
    Ok(out)
}

fn type_class(ty: &str) -> &'static str {
    let t = ty.to_ascii_lowercase();
    if t.contains("int") {
        "integer"
    } else if t.contains("char") || t.contains("text") || t.contains("clob") {
        "text"
    } else if t.contains("real")
        || t.contains("floa")
        || t.contains("doub")
        || t.contains("numeric")
    {
        "real"
    } else {
        "blob"
    }
}
