//! What the WSIS Platform does, without HTTP. The web crate (pages, API) and the
//! `wsis` binary (CLI) are adapters over these services: they parse input into
//! domain types, call a service, and present its answer. Every write transaction
//! is opened here; workflow rules come from `wsis-domain`; e-mail is composed here
//! and sent through the job queue ([`jobs`]); derived stores (the search index, the
//! forum's published snapshots) are brought up to date here after a commit.
//!
//! Services are functions of a feature module that take the [`App`] first. They
//! return [`ServiceError`], which knows nothing of HTTP status codes.

pub mod accounts;
pub mod csv_out;
pub mod dashboard;
pub mod demo;
pub mod error;
pub mod forum;
pub mod hackathon;
pub mod home;
pub mod jobs;
pub mod mail;
pub mod matrix;
pub mod media;
pub mod photos;
pub mod prizes;
pub mod reference;
pub mod stocktaking;

pub use error::{ServiceError, ServiceResult};

use std::sync::Arc;
use std::time::Duration;
use wsis_db::Db;

/// Limits on attempts, per client address and per account, in a window.
#[derive(Debug, Clone)]
pub struct RateLimits {
    pub window_secs: i64,
    pub login_per_ip: i64,
    pub login_per_account: i64,
    pub signup_per_ip: i64,
    pub reset_per_ip: i64,
    /// Speakers an account may invite (each an e-mail) in a day.
    pub invitations_per_day: i64,
    /// Prize votes an account may attempt in the window (it has 18 to cast), counted
    /// on each node.
    pub votes_per_account: i64,
    /// Prize votes from one network address in the window (a household or an office
    /// of twenty voters casting all 18), counted on each node.
    pub votes_per_ip: i64,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            window_secs: 900,
            login_per_ip: 30,
            login_per_account: 10,
            signup_per_ip: 10,
            reset_per_ip: 10,
            invitations_per_day: 40,
            votes_per_account: 60,
            votes_per_ip: 360,
        }
    }
}

/// Settings of the services.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// The address users reach the platform at, used in e-mailed links
    /// (e.g. `https://wsis.example.org`). No trailing slash.
    pub public_url: String,
    pub rate_limits: RateLimits,
    /// Session lifetime in seconds (absolute, from sign-in).
    pub session_ttl_secs: i64,
    /// A session not used for this long ends (seconds).
    pub session_idle_secs: i64,
    /// The sender of the platform's e-mail.
    pub mail_from: String,
    /// How long a node serves its copy of a forum's published agenda before
    /// asking the database whether another node published a newer version.
    pub forum_recheck: Duration,
    /// How long a node searches its index before asking the database whether another node
    /// changed what is published (zero: before every search). Writes on the node itself
    /// are searchable before their request returns.
    pub search_recheck: Duration,
    /// Where uploaded images are kept (`serve` uses DATA_DIR/media; the
    /// default, for tests and tools, is a directory in the system's temp).
    pub media_dir: std::path::PathBuf,
    /// Where uploaded files are kept: `None` is the folder [`AppConfig::media_dir`];
    /// `serve` opens the store its settings name (`--media-url`) and checks it first.
    pub media: Option<wsis_media::MediaStore>,
    /// The bytes an account may hold in uploads (images of entries and documents of
    /// sessions together); the secretariat has no quota.
    pub upload_quota_bytes: i64,
    /// This node's speech models (machine captioning): a node with none leaves the
    /// captioning jobs to nodes that have them.
    pub speech: Option<forum::captions::Speech>,
    /// Live caption streams this node recognises at once.
    pub caption_streams: usize,
}

impl AppConfig {
    pub fn new(public_url: impl Into<String>) -> Self {
        AppConfig {
            public_url: public_url.into().trim_end_matches('/').to_owned(),
            rate_limits: RateLimits::default(),
            session_ttl_secs: 30 * 86_400,
            session_idle_secs: 3 * 86_400,
            mail_from: "WSIS Platform <noreply@localhost>".to_owned(),
            forum_recheck: Duration::from_secs(1),
            search_recheck: Duration::from_secs(1),
            media_dir: std::env::temp_dir().join("wsis-media"),
            media: None,
            upload_quota_bytes: 200 * 1024 * 1024,
            speech: None,
            caption_streams: 2,
        }
    }

    /// Links in e-mails and documents are https.
    pub fn secure(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Refuses, inside the transaction that adds an upload of `adding` bytes, one that would
/// take `who` past the quota (a field error on `file`). Counted under the account's lock.
pub(crate) async fn within_upload_quota(
    conn: &mut wsis_db::AnyConnection,
    app: &App,
    who: wsis_domain::access::Principal<'_>,
    adding: i64,
) -> ServiceResult<()> {
    if who.is_secretariat() {
        return Ok(());
    }
    let held = wsis_db::accounts::lock_uploaded_bytes(conn, who.id.get()).await?;
    if held.saturating_add(adding) > app.config().upload_quota_bytes {
        return Err(ServiceError::field("file", "upload-quota-exceeded"));
    }
    Ok(())
}

/// The platform's services and what they share: the database, the search index,
/// the mailer the job queue sends with, and the settings. Cheap to clone.
#[derive(Clone)]
pub struct App(Arc<Inner>);

pub struct Inner {
    db: Db,
    search: Arc<wsis_search::SearchIndex>,
    /// When the index last followed the database.
    search_follow: stocktaking::search::SearchFollow,
    /// Searches computed at once: one per core.
    search_slots: tokio::sync::Semaphore,
    /// Images decoded at once (each may take a few hundred MB while it is resized).
    image_slots: tokio::sync::Semaphore,
    /// Open data exports streamed at once (each holds one for as long as it streams).
    export_slots: Arc<tokio::sync::Semaphore>,
    mailer: mail::Mailer,
    /// Where uploaded files are kept (a folder, or S3-compatible storage).
    media: wsis_media::MediaStore,
    pub config: AppConfig,
    /// Wakes this node's job worker when a service queued work.
    wake: tokio::sync::Notify,
    /// The forum's published schedules on this node.
    forum: forum::snapshots::Snapshots,
    /// The WSIS–SDG Matrix's counts on this node.
    matrix: matrix::MatrixCache,
    /// The compiled outcome documents on this node.
    documents: forum::publications::DocCache,
    /// The printable programmes on this node.
    programmes: forum::programme::ProgrammeCache,
    /// The index of approved outcomes on this node.
    outcome_search: forum::outcome_search::OutcomeSearchCache,
    /// The home page's live facts on this node.
    home: home::HomeCache,
    /// The prizes' vote engine on this node.
    prizes: prizes::PrizeState,
    /// Live captions' viewers on this node.
    captions: forum::captions::CaptionHub,
}

impl App {
    pub fn new(
        db: Db,
        mailer: mail::Mailer,
        config: AppConfig,
        search: Arc<wsis_search::SearchIndex>,
    ) -> App {
        let media = config.media.clone().unwrap_or_else(|| {
            // The default folder (tests, tools); `serve` opens and checks its store first.
            wsis_media::MediaStore::local(&config.media_dir)
                .unwrap_or_else(|e| panic!("the media folder cannot be used: {e}"))
        });
        App(Arc::new(Inner {
            media,
            db,
            search,
            search_follow: Default::default(),
            search_slots: stocktaking::search::search_slots(),
            image_slots: tokio::sync::Semaphore::new(stocktaking::images::IMAGE_SLOTS),
            export_slots: Arc::new(tokio::sync::Semaphore::new(
                stocktaking::export::EXPORT_SLOTS,
            )),
            mailer,
            config,
            wake: tokio::sync::Notify::new(),
            forum: Default::default(),
            documents: Default::default(),
            programmes: Default::default(),
            outcome_search: Default::default(),
            home: Default::default(),
            matrix: Default::default(),
            prizes: Default::default(),
            captions: Default::default(),
        }))
    }

    /// The settings.
    pub fn config(&self) -> &AppConfig {
        &self.0.config
    }

    /// The database (services only: adapters call services).
    pub(crate) fn db(&self) -> &Db {
        &self.0.db
    }

    /// This node's search index.
    pub(crate) fn search(&self) -> &Arc<wsis_search::SearchIndex> {
        &self.0.search
    }

    /// Where uploaded files are kept.
    pub fn media(&self) -> &wsis_media::MediaStore {
        &self.0.media
    }

    pub(crate) fn mailer(&self) -> &mail::Mailer {
        &self.0.mailer
    }

    /// The forum's published schedules on this node.
    pub fn snapshots(&self) -> &forum::snapshots::Snapshots {
        &self.0.forum
    }

    /// Live captions' viewers on this node.
    pub fn captions(&self) -> &forum::captions::CaptionHub {
        &self.0.captions
    }

    pub fn matrix_cache(&self) -> &matrix::MatrixCache {
        &self.0.matrix
    }

    /// Tells this node's worker that jobs were queued (call after the commit).
    pub fn wake_worker(&self) {
        self.0.wake.notify_one();
    }

    pub(crate) async fn woken(&self) {
        self.0.wake.notified().await;
    }

    /// Checks that the database answers (the health check).
    pub async fn ping(&self) -> ServiceResult<()> {
        Ok(self.0.db.ping().await?)
    }

    /// Closes the database's connections (graceful shutdown; tests of outages).
    pub async fn close(&self) {
        self.0.db.close().await;
    }
}

/// Test support for the adapters' suites: a fresh, migrated database on the engine
/// `WSIS_TEST_DATABASE_URL` names (SQLite by default).
#[doc(hidden)]
pub mod testing {
    pub use wsis_db::testing::{fresh_db, test_backend};
}
