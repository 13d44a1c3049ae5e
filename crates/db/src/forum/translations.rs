//! Translations of what the public reads of an edition (sessions' titles and
//! abstracts, room names, the venue, partners' names), the languages of their
//! originals, and the stamp the published pages are rebuilt by.

use crate::{Result, now};
use sqlx::AnyConnection;
use wsis_domain::Language;
use wsis_domain::forum::translations::{Field, Kind, Translations};

/// Every translation of an edition.
pub async fn translations(conn: &mut AnyConnection, edition: i64) -> Result<Translations> {
    let rows: Vec<(String, i64, String, String, String)> = sqlx::query_as(
        "SELECT kind, ref_id, field, lang, value FROM forum_translations WHERE edition_id = $1",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?;
    let mut t = Translations::default();
    for (kind, id, field, lang, value) in rows {
        if let (Some(k), Some(f), Some(l)) = (
            Kind::parse(&kind),
            Field::parse(&field),
            Language::from_tag(&lang),
        ) {
            // The venue is the edition's own: one per edition whatever its id.
            let id = if k == Kind::Edition { 0 } else { id };
            t.insert(k, id, f, l, value);
        }
    }
    Ok(t)
}

/// Replaces the translations of one text (`texts`: language → text; empty texts are
/// removed) and bumps the edition's stamp. `ref_id` is checked by the caller to be
/// of the edition.
pub async fn set_translations(
    conn: &mut AnyConnection,
    edition: i64,
    kind: Kind,
    ref_id: i64,
    field: Field,
    texts: &[(Language, String)],
    by: i64,
) -> Result<()> {
    sqlx::query(
        "DELETE FROM forum_translations WHERE edition_id = $1 AND kind = $2 AND ref_id = $3 AND field = $4",
    )
    .bind(edition)
    .bind(kind.code())
    .bind(ref_id)
    .bind(field.code())
    .execute(&mut *conn)
    .await?;
    let at = now();
    for (lang, text) in texts.iter().filter(|(_, t)| !t.trim().is_empty()) {
        sqlx::query(
            "INSERT INTO forum_translations (edition_id, kind, ref_id, field, lang, value, updated_at, updated_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(edition)
        .bind(kind.code())
        .bind(ref_id)
        .bind(field.code())
        .bind(lang.code())
        .bind(text)
        .bind(at)
        .bind(by)
        .execute(&mut *conn)
        .await?;
    }
    bump_content(conn, edition).await
}

/// Marks changed what an edition's published pages read live: its translations, the
/// languages of their originals, its speakers' names, biographies and photos.
pub async fn bump_content(conn: &mut AnyConnection, edition: i64) -> Result<()> {
    sqlx::query("UPDATE forum_editions SET content_rev = content_rev + 1 WHERE id = $1")
        .bind(edition)
        .execute(conn)
        .await?;
    Ok(())
}

/// The stamp of what the edition's published pages read live ([`bump_content`]).
pub async fn content_rev(conn: &mut AnyConnection, edition: i64) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT content_rev FROM forum_editions WHERE id = $1")
            .bind(edition)
            .fetch_optional(conn)
            .await?
            .unwrap_or(0),
    )
}

/// The language an edition's names are written in.
pub async fn edition_lang(conn: &mut AnyConnection, edition: i64) -> Result<Language> {
    let code: Option<String> = sqlx::query_scalar("SELECT lang FROM forum_editions WHERE id = $1")
        .bind(edition)
        .fetch_optional(conn)
        .await?;
    Ok(code
        .as_deref()
        .and_then(Language::from_tag)
        .unwrap_or(Language::En))
}

/// Records the language an edition's names are written in.
pub async fn set_edition_lang(
    conn: &mut AnyConnection,
    edition: i64,
    lang: Language,
) -> Result<()> {
    sqlx::query("UPDATE forum_editions SET lang = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(edition)
        .execute(&mut *conn)
        .await?;
    bump_content(conn, edition).await
}

/// Records the language a session's title and abstract are written in.
pub async fn set_session_lang(
    conn: &mut AnyConnection,
    edition: i64,
    session: i64,
    lang: Language,
) -> Result<bool> {
    let n =
        sqlx::query("UPDATE forum_sessions SET text_lang = $1 WHERE id = $2 AND edition_id = $3")
            .bind(lang.code())
            .bind(session)
            .bind(edition)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    if n > 0 {
        bump_content(conn, edition).await?;
    }
    Ok(n > 0)
}

/// The sessions of an edition whose language is recorded: id → language.
pub async fn session_langs(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<std::collections::HashMap<i64, Language>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, text_lang FROM forum_sessions WHERE edition_id = $1 AND text_lang IS NOT NULL",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, l)| Some((id, Language::from_tag(&l)?)))
        .collect())
}
