//! Embedded migrations, one history for both engines. Each runs in its own
//! transaction (both engines have transactional DDL) and is recorded in
//! `schema_migrations`; reference data is then brought up to date.

use crate::{Backend, Db, DbError, Result, dialect, now, reference};
use sqlx::AssertSqlSafe;

/// (version, name, SQL) in order. Never edit one that has shipped; add a new one.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../../../migrations/0001_foundation.sql"),
    ),
    (
        2,
        "stocktaking",
        include_str!("../../../migrations/0002_stocktaking.sql"),
    ),
    (
        3,
        "forum",
        include_str!("../../../migrations/0003_forum.sql"),
    ),
    (
        4,
        "stocktaking_media",
        include_str!("../../../migrations/0004_stocktaking_media.sql"),
    ),
    (
        5,
        "forum_documents",
        include_str!("../../../migrations/0005_forum_documents.sql"),
    ),
    (
        6,
        "image_review",
        include_str!("../../../migrations/0006_image_review.sql"),
    ),
    (
        7,
        "search_changes",
        include_str!("../../../migrations/0007_search_changes.sql"),
    ),
    (8, "jobs", include_str!("../../../migrations/0008_jobs.sql")),
    (
        9,
        "session_idle",
        include_str!("../../../migrations/0009_session_idle.sql"),
    ),
    (
        10,
        "accreditation",
        include_str!("../../../migrations/0010_accreditation.sql"),
    ),
    (
        11,
        "entry_uid",
        include_str!("../../../migrations/0011_entry_uid.sql"),
    ),
    (
        12,
        "upload_quota",
        include_str!("../../../migrations/0012_upload_quota.sql"),
    ),
    (
        13,
        "outcomes",
        include_str!("../../../migrations/0013_outcomes.sql"),
    ),
    (
        14,
        "matrix",
        include_str!("../../../migrations/0014_matrix.sql"),
    ),
    (
        15,
        "facilitation",
        include_str!("../../../migrations/0015_facilitation.sql"),
    ),
    (
        16,
        "outcome_photos",
        include_str!("../../../migrations/0016_outcome_photos.sql"),
    ),
    (
        17,
        "high_level_track",
        include_str!("../../../migrations/0017_high_level_track.sql"),
    ),
    (
        18,
        "prizes",
        include_str!("../../../migrations/0018_prizes.sql"),
    ),
    (
        19,
        "media_store",
        include_str!("../../../migrations/0019_media_store.sql"),
    ),
    (
        20,
        "photo_contest",
        include_str!("../../../migrations/0020_photo_contest.sql"),
    ),
    (
        21,
        "hackathon",
        include_str!("../../../migrations/0021_hackathon.sql"),
    ),
    (
        22,
        "photo_vote",
        include_str!("../../../migrations/0022_photo_vote.sql"),
    ),
    (
        23,
        "proposal_review",
        include_str!("../../../migrations/0023_proposal_review.sql"),
    ),
    (
        24,
        "speaker_profiles",
        include_str!("../../../migrations/0024_speaker_profiles.sql"),
    ),
    (
        25,
        "forum_messages",
        include_str!("../../../migrations/0025_forum_messages.sql"),
    ),
    (
        26,
        "speaker_photos",
        include_str!("../../../migrations/0026_speaker_photos.sql"),
    ),
    (
        27,
        "forum_translations",
        include_str!("../../../migrations/0027_forum_translations.sql"),
    ),
    (
        28,
        "captions",
        include_str!("../../../migrations/0028_captions.sql"),
    ),
];

/// What [`migrate`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    pub applied: Vec<i64>,
    pub current: i64,
}

/// Applies every pending migration, then seeds reference data (idempotent).
pub async fn migrate(db: &Db) -> Result<MigrationReport> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at BIGINT NOT NULL)",
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;

    let known = MIGRATIONS.last().map(|m| m.0).unwrap_or(0);
    let mut applied = Vec::new();
    for &(version, name, sql) in MIGRATIONS {
        let mut tx = db.begin().await?;
        let done: Option<i64> =
            sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?;
        if done.is_some() {
            continue;
        }
        let sql = dialect::expand_migration(sql, db.backend());
        sqlx::raw_sql(AssertSqlSafe(sql)).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(version)
        .bind(name)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        tracing::info!(version, name, "applied migration");
        applied.push(version);
    }
    let current = current_version(db).await?;
    if current > known {
        return Err(DbError::SchemaTooNew {
            found: current,
            known,
        });
    }
    let mut tx = db.begin().await?;
    reference::seed_if_outdated(&mut tx).await?;
    tx.commit().await?;
    Ok(MigrationReport { applied, current })
}

/// The highest applied migration, 0 on an empty database.
pub async fn current_version(db: &Db) -> Result<i64> {
    let exists = match db.backend() {
        Backend::Sqlite => {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            )
            .fetch_one(db.pool())
            .await?
        }
        Backend::Postgres => {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_name = 'schema_migrations'",
            )
            .fetch_one(db.pool())
            .await?
        }
    };
    if exists == 0 {
        return Ok(0);
    }
    Ok(
        sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(version) FROM schema_migrations")
            .fetch_one(db.pool())
            .await?
            .unwrap_or(0),
    )
}

/// Whether every known migration is applied (for `serve`, which refuses to
/// start on an outdated schema rather than migrating behind the operator's back).
pub async fn is_current(db: &Db) -> Result<bool> {
    Ok(current_version(db).await? == MIGRATIONS.last().map(|m| m.0).unwrap_or(0))
}
