//! Storage for the WSIS Platform: one code path over SQLite (embedded,
//! default) and PostgreSQL (scale), through sqlx's `Any` driver.
//!
//! Every query is written once in SQL that both engines accept (`$1`
//! placeholders, `ON CONFLICT`, `RETURNING`). The few dialect differences
//! live in [`dialect`]. Repository functions take a `&mut AnyConnection` so
//! that a caller composes several of them in one transaction.

pub mod accounts;
pub mod dashboard;
pub mod dialect;
pub mod entry_images;
pub mod forum;
pub mod hackathon;
pub mod jobs;
pub mod matrix;
pub mod media;
pub mod migrate;
pub mod photos;
pub mod prizes;
pub mod rate_limit;
pub mod reference;
pub mod registrations;
pub mod schema;
pub mod sessions;
pub mod stocktaking;
pub mod success_stories;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Transaction};
use std::time::Duration;

pub use sqlx::{Any, AnyConnection, Error as SqlxError, Transaction as SqlxTransaction};

/// The database engine behind a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Chooses the engine from the URL scheme.
    pub fn from_url(url: &str) -> Result<Backend, DbError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(DbError::BadUrl)
        }
    }
}

/// Errors from the storage layer. Callers map them to user-facing errors once.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL must start with sqlite: or postgres://")]
    BadUrl,
    #[error("unique constraint violated: {0}")]
    Conflict(String),
    #[error("the database schema is newer ({found}) than this program knows ({known})")]
    SchemaTooNew { found: i64, known: i64 },
    /// The row changed since the caller read it (optimistic locking).
    #[error("the record was changed by someone else")]
    Stale,
    #[error("stored data does not decode: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
}

impl DbError {
    /// Whether the error is a unique-constraint violation.
    pub fn is_conflict(&self) -> bool {
        matches!(self, DbError::Conflict(_))
    }
}

/// Maps a unique violation to [`DbError::Conflict`] so that callers can turn
/// it into a field error ("this e-mail is already registered").
pub(crate) fn map_unique(e: sqlx::Error) -> DbError {
    if let sqlx::Error::Database(db) = &e
        && db.is_unique_violation()
    {
        return DbError::Conflict(db.constraint().unwrap_or("unique").to_owned());
    }
    DbError::Sqlx(e)
}

pub type Result<T, E = DbError> = std::result::Result<T, E>;

/// Connection options beyond the URL.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    /// PostgreSQL only: work inside this schema (created if missing). Tests
    /// use it to get a fresh schema each.
    pub pg_schema: Option<String>,
    /// Most connections the pool opens.
    pub max_connections: Option<u32>,
}

/// A handle on the database: a connection pool and its engine.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

impl Db {
    /// Connects to `url` (`sqlite:PATH` or `postgres://…`). For SQLite the
    /// file is created if missing and every connection runs with WAL,
    /// foreign keys and a busy timeout.
    pub async fn connect(url: &str, opts: ConnectOptions) -> Result<Db> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let schema = opts.pg_schema.clone();
        if let (Backend::Postgres, Some(s)) = (backend, &schema) {
            dialect::check_identifier(s)?;
        }
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") => {
                let sep = if url.contains('?') { '&' } else { '?' };
                format!("{url}{sep}mode=rwc")
            }
            _ => url.to_owned(),
        };
        let max = opts.max_connections.unwrap_or(match backend {
            Backend::Sqlite => 8,
            Backend::Postgres => 16,
        });
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .min_connections(0)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                let schema = schema.clone();
                Box::pin(async move {
                    dialect::prepare_connection(conn, backend, schema.as_deref()).await
                })
            })
            .connect(&url)
            .await?;
        if backend == Backend::Sqlite {
            dialect::sqlite_enable_wal(&mut *pool.acquire().await?).await?;
        }
        Ok(Db { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Starts a transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so that two writers queue on the busy timeout
    /// instead of failing on a lock upgrade.
    pub async fn begin(&self) -> Result<Transaction<'static, Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// A connection of its own (outside the pool) whose commits are on disk when they
    /// return: SQLite syncs the write-ahead log at each commit (`synchronous = FULL`;
    /// the pool's connections use NORMAL, durable across a crash of the process but
    /// not of the machine); PostgreSQL's commits are durable already
    /// (`synchronous_commit` on). The vote writer commits through one.
    pub async fn durable_connection(&self) -> Result<sqlx::AnyConnection> {
        let mut conn = self.pool.acquire().await?.detach();
        if self.backend == Backend::Sqlite {
            sqlx::query("PRAGMA synchronous = FULL")
                .execute(&mut conn)
                .await?;
        }
        Ok(conn)
    }

    /// A connection for reads.
    pub async fn conn(&self) -> Result<sqlx::pool::PoolConnection<Any>> {
        Ok(self.pool.acquire().await?)
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes every connection (graceful shutdown).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The current time as Unix seconds, the platform's one timestamp format in
/// storage (UTC, portable across both engines).
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// Test support shared by the storage and HTTP suites: a fresh, migrated
/// database on the engine named by `WSIS_TEST_DATABASE_URL` (a PostgreSQL
/// URL; each call gets its own schema), or a new SQLite file by default.
pub mod testing {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    static COUNTER: AtomicU64 = AtomicU64::new(0);

    fn unique_suffix() -> String {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        format!(
            "{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            nanos
        )
    }

    /// The engine the suites run against.
    pub fn test_backend() -> Backend {
        match std::env::var("WSIS_TEST_DATABASE_URL") {
            Ok(url) if !url.is_empty() => Backend::from_url(&url).unwrap_or(Backend::Sqlite),
            _ => Backend::Sqlite,
        }
    }

    /// A fresh database without migrations.
    pub async fn empty_db() -> Db {
        match std::env::var("WSIS_TEST_DATABASE_URL") {
            Ok(url) if !url.is_empty() => {
                let schema = format!("t_{}", unique_suffix());
                Db::connect(
                    &url,
                    ConnectOptions {
                        pg_schema: Some(schema),
                        max_connections: Some(4),
                    },
                )
                .await
                .unwrap_or_else(|e| panic!("WSIS_TEST_DATABASE_URL is set but unusable: {e}"))
            }
            _ => {
                let path = std::env::temp_dir().join(format!("wsis-test-{}.db", unique_suffix()));
                Db::connect(
                    &format!("sqlite:{}", path.display()),
                    ConnectOptions::default(),
                )
                .await
                .expect("a SQLite file in the temp directory")
            }
        }
    }

    /// A fresh, migrated database with reference data.
    pub async fn fresh_db() -> Db {
        let db = empty_db().await;
        migrate::migrate(&db).await.expect("migrations apply");
        db
    }
}
