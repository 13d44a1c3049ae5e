//! Forum editions, their consultation phases, website pages and partners.

use super::{json, unjson};
use crate::{Result, map_unique, now};
use sqlx::AnyConnection;
use std::collections::BTreeMap;

// ---------------------------------------------------------------- editions

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    pub id: i64,
    pub year: i64,
    pub theme: BTreeMap<String, String>,
    pub starts_on: String,
    pub ends_on: String,
    pub venue: String,
    pub time_zone: String,
    pub capacity: i64,
    pub proposals_open: bool,
}

#[derive(sqlx::FromRow)]
struct EditionRow {
    id: i64,
    year: i64,
    theme: String,
    starts_on: String,
    ends_on: String,
    venue: String,
    time_zone: String,
    capacity: i64,
    proposals_open: i64,
}

impl EditionRow {
    fn into_edition(self) -> Result<Edition> {
        Ok(Edition {
            id: self.id,
            year: self.year,
            theme: unjson(&self.theme, "edition theme")?,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            venue: self.venue,
            time_zone: self.time_zone,
            capacity: self.capacity,
            proposals_open: self.proposals_open != 0,
        })
    }
}

const EDITION_COLS: &str =
    "id, year, theme, starts_on, ends_on, venue, time_zone, capacity, proposals_open";

/// Creates an edition; a second one for the same year is a conflict.
pub async fn create_edition(conn: &mut AnyConnection, e: &Edition) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO forum_editions (year, theme, starts_on, ends_on, venue, time_zone, capacity, proposals_open, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(e.year)
    .bind(json(&e.theme)?)
    .bind(&e.starts_on)
    .bind(&e.ends_on)
    .bind(&e.venue)
    .bind(&e.time_zone)
    .bind(e.capacity)
    .bind(e.proposals_open as i64)
    .bind(now())
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

pub async fn update_edition(conn: &mut AnyConnection, e: &Edition) -> Result<()> {
    sqlx::query(
        "UPDATE forum_editions SET theme = $1, starts_on = $2, ends_on = $3, venue = $4,
           time_zone = $5, capacity = $6, proposals_open = $7 WHERE id = $8",
    )
    .bind(json(&e.theme)?)
    .bind(&e.starts_on)
    .bind(&e.ends_on)
    .bind(&e.venue)
    .bind(&e.time_zone)
    .bind(e.capacity)
    .bind(e.proposals_open as i64)
    .bind(e.id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn edition(conn: &mut AnyConnection, year: i64) -> Result<Option<Edition>> {
    let row: Option<EditionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EDITION_COLS} FROM forum_editions WHERE year = $1"
    )))
    .bind(year)
    .fetch_optional(conn)
    .await?;
    row.map(EditionRow::into_edition).transpose()
}

pub async fn edition_by_id(conn: &mut AnyConnection, id: i64) -> Result<Option<Edition>> {
    let row: Option<EditionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EDITION_COLS} FROM forum_editions WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.map(EditionRow::into_edition).transpose()
}

/// The year of an edition (0 if it does not exist).
pub async fn edition_year(conn: &mut AnyConnection, id: i64) -> Result<i64> {
    Ok(edition_by_id(conn, id).await?.map(|e| e.year).unwrap_or(0))
}

pub async fn editions(conn: &mut AnyConnection) -> Result<Vec<Edition>> {
    let rows: Vec<EditionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EDITION_COLS} FROM forum_editions ORDER BY year DESC"
    )))
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(EditionRow::into_edition).collect()
}

// ------------------------------------------------------ phases, pages, partners

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub id: i64,
    pub title: BTreeMap<String, String>,
    pub starts_on: String,
    pub ends_on: Option<String>,
}

pub async fn add_phase(
    conn: &mut AnyConnection,
    edition: i64,
    title: &BTreeMap<String, String>,
    starts_on: &str,
    ends_on: Option<&str>,
) -> Result<i64> {
    // The next position: counted under the edition's lock, so that two
    // writers do not take the same one.
    crate::dialect::lock_parent(conn, crate::dialect::Parent::Edition, edition).await?;
    let pos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM forum_phases WHERE edition_id = $1")
        .bind(edition)
        .fetch_one(&mut *conn)
        .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO forum_phases (edition_id, position, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(edition)
    .bind(pos)
    .bind(json(title)?)
    .bind(starts_on)
    .bind(ends_on)
    .fetch_one(conn)
    .await?)
}

pub async fn phases(conn: &mut AnyConnection, edition: i64) -> Result<Vec<Phase>> {
    let rows: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, title, starts_on, ends_on FROM forum_phases WHERE edition_id = $1 ORDER BY starts_on, position",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, t, s, e)| {
            Ok(Phase {
                id,
                title: unjson(&t, "phase title")?,
                starts_on: s,
                ends_on: e,
            })
        })
        .collect()
}

pub async fn remove_phase(conn: &mut AnyConnection, edition: i64, id: i64) -> Result<bool> {
    Ok(
        sqlx::query("DELETE FROM forum_phases WHERE id = $1 AND edition_id = $2")
            .bind(id)
            .bind(edition)
            .execute(conn)
            .await?
            .rows_affected()
            > 0,
    )
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SitePage {
    pub slug: String,
    pub lang: String,
    pub title: String,
    pub body: String,
    pub updated_at: i64,
}

pub async fn save_page(
    conn: &mut AnyConnection,
    edition: i64,
    slug: &str,
    lang: &str,
    title: &str,
    body: &str,
    by: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO forum_pages (edition_id, slug, lang, title, body, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (edition_id, slug, lang) DO UPDATE SET title = excluded.title,
           body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(edition)
    .bind(slug)
    .bind(lang)
    .bind(title)
    .bind(body)
    .bind(now())
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// A site page in a language, else in English, else in the first language it is
/// written in (the page says which).
pub async fn page(
    conn: &mut AnyConnection,
    edition: i64,
    slug: &str,
    lang: &str,
) -> Result<Option<SitePage>> {
    Ok(sqlx::query_as(
        "SELECT slug, lang, title, body, updated_at FROM forum_pages
         WHERE edition_id = $1 AND slug = $2
         ORDER BY CASE WHEN lang = $3 THEN 0 WHEN lang = 'en' THEN 1 ELSE 2 END, lang LIMIT 1",
    )
    .bind(edition)
    .bind(slug)
    .bind(lang)
    .fetch_optional(conn)
    .await?)
}

/// The slugs of an edition's site pages (in any language).
pub async fn page_slugs(conn: &mut AnyConnection, edition: i64) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT slug FROM forum_pages WHERE edition_id = $1 ORDER BY slug",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// Every page of an edition in every language (for the editor).
pub async fn pages(conn: &mut AnyConnection, edition: i64) -> Result<Vec<SitePage>> {
    Ok(sqlx::query_as(
        "SELECT slug, lang, title, body, updated_at FROM forum_pages WHERE edition_id = $1 ORDER BY slug, lang",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Partner {
    pub id: i64,
    pub tier: String,
    pub name: String,
    pub url: String,
}

pub async fn add_partner(
    conn: &mut AnyConnection,
    edition: i64,
    tier: &str,
    name: &str,
    url: &str,
) -> Result<i64> {
    // The next position: counted under the edition's lock, so that two
    // writers do not take the same one.
    crate::dialect::lock_parent(conn, crate::dialect::Parent::Edition, edition).await?;
    let pos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM forum_partners WHERE edition_id = $1")
        .bind(edition)
        .fetch_one(&mut *conn)
        .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO forum_partners (edition_id, tier, name, url, position) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(edition)
    .bind(tier)
    .bind(name)
    .bind(url)
    .bind(pos)
    .fetch_one(conn)
    .await?)
}

pub async fn partners(conn: &mut AnyConnection, edition: i64) -> Result<Vec<Partner>> {
    Ok(sqlx::query_as(
        "SELECT id, tier, name, url FROM forum_partners WHERE edition_id = $1 ORDER BY position",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

pub async fn remove_partner(conn: &mut AnyConnection, edition: i64, id: i64) -> Result<bool> {
    // Its name's translations go with it.
    sqlx::query(
        "DELETE FROM forum_translations WHERE edition_id = $1 AND kind = 'partner' AND ref_id = $2",
    )
    .bind(edition)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(
        sqlx::query("DELETE FROM forum_partners WHERE id = $1 AND edition_id = $2")
            .bind(id)
            .bind(edition)
            .execute(conn)
            .await?
            .rows_affected()
            > 0,
    )
}
