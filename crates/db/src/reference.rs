//! Reference data in the database: copied from the domain crate's tables so
//! that queries can join and count by it, and facilitators, which the
//! secretariat edits.

use crate::{Result, map_unique, now};
use sqlx::AnyConnection;
use wsis_domain::Language;
use wsis_domain::language::Translated;
use wsis_domain::taxonomy::action_lines::{
    ACTION_LINES, C7_SUBLINES, CATEGORIES, DEFAULT_FACILITATORS,
};
use wsis_domain::taxonomy::{FacilitatorRole, StakeholderType, countries, sdg};

/// Bump when the shipped reference data changes, so that existing
/// installations refresh it on their next start.
pub const REFERENCE_VERSION: &str = "2026-11-29.2";

/// Seeds or refreshes reference data when the installed version differs.
/// Returns whether it did anything.
pub async fn seed_if_outdated(conn: &mut AnyConnection) -> Result<bool> {
    let installed: Option<String> =
        sqlx::query_scalar("SELECT value FROM meta WHERE key = 'reference_version'")
            .fetch_optional(&mut *conn)
            .await?;
    if installed.as_deref() == Some(REFERENCE_VERSION) {
        return Ok(false);
    }
    seed(conn).await?;
    sqlx::query(
        "INSERT INTO meta (key, value) VALUES ('reference_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(REFERENCE_VERSION)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// Upserts every reference table. Facilitators are seeded only into an
/// empty table: after that they belong to the secretariat.
pub async fn seed(conn: &mut AnyConnection) -> Result<()> {
    for l in Language::ALL {
        sqlx::query(
            "INSERT INTO languages (code, native_name, direction) VALUES ($1, $2, $3)
             ON CONFLICT (code) DO UPDATE SET native_name = excluded.native_name, direction = excluded.direction",
        )
        .bind(l.code())
        .bind(l.native_name())
        .bind(l.dir())
        .execute(&mut *conn)
        .await?;
    }

    let mut position = 0i64;
    for a in ACTION_LINES.iter() {
        position += 1;
        let prize = CATEGORIES
            .iter()
            .find(|c| c.code == a.code)
            .map(|c| c.prize_number as i64);
        upsert_action_line(conn, a.code, None, position, prize, &a.name).await?;
        if a.code == "C7" {
            for (code, name) in C7_SUBLINES.iter() {
                position += 1;
                let prize = CATEGORIES
                    .iter()
                    .find(|c| c.code == *code)
                    .map(|c| c.prize_number as i64);
                upsert_action_line(conn, code, Some("C7"), position, prize, name).await?;
            }
        }
    }

    for (i, s) in StakeholderType::ALL.iter().enumerate() {
        let n = s.name();
        sqlx::query(
            "INSERT INTO stakeholder_types (code, position, name_ar, name_zh, name_en, name_fr, name_ru, name_es)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (code) DO UPDATE SET position = excluded.position,
               name_ar = excluded.name_ar, name_zh = excluded.name_zh, name_en = excluded.name_en,
               name_fr = excluded.name_fr, name_ru = excluded.name_ru, name_es = excluded.name_es",
        )
        .bind(s.code())
        .bind(i as i64)
        .bind(n.ar)
        .bind(n.zh)
        .bind(n.en)
        .bind(n.fr)
        .bind(n.ru)
        .bind(n.es)
        .execute(&mut *conn)
        .await?;
    }

    for g in sdg::goals() {
        sqlx::query(
            "INSERT INTO sdg_goals (number, short_ar, short_zh, short_en, short_fr, short_ru, short_es,
               title_ar, title_zh, title_en, title_fr, title_ru, title_es)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (number) DO UPDATE SET
               short_ar = excluded.short_ar, short_zh = excluded.short_zh, short_en = excluded.short_en,
               short_fr = excluded.short_fr, short_ru = excluded.short_ru, short_es = excluded.short_es,
               title_ar = excluded.title_ar, title_zh = excluded.title_zh, title_en = excluded.title_en,
               title_fr = excluded.title_fr, title_ru = excluded.title_ru, title_es = excluded.title_es",
        )
        .bind(g.number as i64)
        .bind(&g.short.ar)
        .bind(&g.short.zh)
        .bind(&g.short.en)
        .bind(&g.short.fr)
        .bind(&g.short.ru)
        .bind(&g.short.es)
        .bind(&g.title.ar)
        .bind(&g.title.zh)
        .bind(&g.title.en)
        .bind(&g.title.fr)
        .bind(&g.title.ru)
        .bind(&g.title.es)
        .execute(&mut *conn)
        .await?;
        for (i, t) in g.targets.iter().enumerate() {
            sqlx::query(
                "INSERT INTO sdg_targets (code, goal, position, title_ar, title_zh, title_en, title_fr, title_ru, title_es)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 ON CONFLICT (code) DO UPDATE SET goal = excluded.goal, position = excluded.position,
                   title_ar = excluded.title_ar, title_zh = excluded.title_zh, title_en = excluded.title_en,
                   title_fr = excluded.title_fr, title_ru = excluded.title_ru, title_es = excluded.title_es",
            )
            .bind(&t.code)
            .bind(g.number as i64)
            .bind(i as i64)
            .bind(&t.title.ar)
            .bind(&t.title.zh)
            .bind(&t.title.en)
            .bind(&t.title.fr)
            .bind(&t.title.ru)
            .bind(&t.title.es)
            .execute(&mut *conn)
            .await?;
        }
    }

    // Parents before children: the M49 file lists the world first, then by depth.
    let regions = countries::m49_regions()
        .iter()
        .chain(countries::itu_regions());
    for r in regions {
        sqlx::query(
            "INSERT INTO regions (code, kind, parent, name_ar, name_zh, name_en, name_fr, name_ru, name_es)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, parent = excluded.parent,
               name_ar = excluded.name_ar, name_zh = excluded.name_zh, name_en = excluded.name_en,
               name_fr = excluded.name_fr, name_ru = excluded.name_ru, name_es = excluded.name_es",
        )
        .bind(&r.code)
        .bind(&r.kind)
        .bind(r.parent.as_deref())
        .bind(&r.names.ar)
        .bind(&r.names.zh)
        .bind(&r.names.en)
        .bind(&r.names.fr)
        .bind(&r.names.ru)
        .bind(&r.names.es)
        .execute(&mut *conn)
        .await?;
    }

    for c in countries::countries() {
        sqlx::query(
            "INSERT INTO countries (alpha2, alpha3, m49, region, subregion, intermediate, itu_region,
               name_ar, name_zh, name_en, name_fr, name_ru, name_es)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (alpha2) DO UPDATE SET alpha3 = excluded.alpha3, m49 = excluded.m49,
               region = excluded.region, subregion = excluded.subregion,
               intermediate = excluded.intermediate, itu_region = excluded.itu_region,
               name_ar = excluded.name_ar, name_zh = excluded.name_zh, name_en = excluded.name_en,
               name_fr = excluded.name_fr, name_ru = excluded.name_ru, name_es = excluded.name_es",
        )
        .bind(&c.alpha2)
        .bind(&c.alpha3)
        .bind(&c.m49)
        .bind(c.region.as_deref())
        .bind(c.subregion.as_deref())
        .bind(c.intermediate.as_deref())
        .bind(c.itu_region.as_deref())
        .bind(&c.names.ar)
        .bind(&c.names.zh)
        .bind(&c.names.en)
        .bind(&c.names.fr)
        .bind(&c.names.ru)
        .bind(&c.names.es)
        .execute(&mut *conn)
        .await?;
    }

    let facilitators: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM facilitators")
        .fetch_one(&mut *conn)
        .await?;
    if facilitators == 0 {
        for (code, agency, role) in DEFAULT_FACILITATORS {
            add_facilitator(conn, code, agency, *role).await?;
        }
    }
    // The built-in forum session types (named by the interface); types the
    // secretariat added keep their places after these.
    for (i, (code, track)) in wsis_domain::forum::BUILTIN_SESSION_TYPES.iter().enumerate() {
        sqlx::query(
            "INSERT INTO forum_session_types (code, track, names, position) VALUES ($1, $2, '{}', $3)
             ON CONFLICT (code) DO UPDATE SET track = excluded.track, position = excluded.position",
        )
        .bind(*code)
        .bind(track.code())
        .bind(i as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn upsert_action_line(
    conn: &mut AnyConnection,
    code: &str,
    parent: Option<&str>,
    position: i64,
    prize: Option<i64>,
    name: &Translated<&str>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO action_lines (code, parent, position, prize_number, name_ar, name_zh, name_en, name_fr, name_ru, name_es)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (code) DO UPDATE SET parent = excluded.parent, position = excluded.position,
           prize_number = excluded.prize_number,
           name_ar = excluded.name_ar, name_zh = excluded.name_zh, name_en = excluded.name_en,
           name_fr = excluded.name_fr, name_ru = excluded.name_ru, name_es = excluded.name_es",
    )
    .bind(code)
    .bind(parent)
    .bind(position)
    .bind(prize)
    .bind(name.ar)
    .bind(name.zh)
    .bind(name.en)
    .bind(name.fr)
    .bind(name.ru)
    .bind(name.es)
    .execute(conn)
    .await?;
    Ok(())
}

/// A facilitator of an Action Line or sub-line.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FacilitatorRow {
    pub id: i64,
    pub action_line: String,
    pub agency: String,
    pub role: String,
}

/// Every facilitator, in Action Line order, leads first.
pub async fn list_facilitators(conn: &mut AnyConnection) -> Result<Vec<FacilitatorRow>> {
    Ok(sqlx::query_as::<_, FacilitatorRow>(
        "SELECT f.id, f.action_line, f.agency, f.role FROM facilitators f
         JOIN action_lines a ON a.code = f.action_line
         ORDER BY a.position,
           CASE f.role WHEN 'lead' THEN 0 WHEN 'co_facilitator' THEN 1 ELSE 2 END, f.agency",
    )
    .fetch_all(conn)
    .await?)
}

/// Adds a facilitator; a second entry for the same agency and line is a
/// [`crate::DbError::Conflict`].
pub async fn add_facilitator(
    conn: &mut AnyConnection,
    action_line: &str,
    agency: &str,
    role: FacilitatorRole,
) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO facilitators (action_line, agency, role, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(action_line)
    .bind(agency)
    .bind(role.key())
    .bind(now())
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

/// Removes a facilitator; returns whether one was removed.
pub async fn remove_facilitator(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let r = sqlx::query("DELETE FROM facilitators WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(r.rows_affected() > 0)
}
