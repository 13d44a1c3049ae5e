//! What the home page says is live: the forum edition to look at now (the current or
//! next one, else the latest) and the approved outcomes of the latest edition that has
//! some. Read from the database at most every [`FRESH`] per node, so the home page, the
//! busiest page, costs no query on most requests. (The published entries come from the
//! search index's kept answers.)

use crate::{App, ServiceResult};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wsis_db::forum as fdb;

/// How long a node trusts its copy.
pub const FRESH: Duration = Duration::from_secs(5);

/// An edition as the home page names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionFacts {
    pub year: i64,
    pub starts_on: String,
    pub ends_on: String,
    pub venue: String,
    /// Whether its agenda is published.
    pub published: bool,
}

/// The home page's live facts about the forum.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HomeFacts {
    /// The current or next edition (ending today or later, the earliest), else the latest.
    pub edition: Option<EditionFacts>,
    /// (year, approved outcomes) of the latest edition with approved outcomes.
    pub outcomes: Option<(i64, i64)>,
}

/// This node's copy.
#[derive(Debug, Default)]
pub struct HomeCache(Mutex<Option<(Instant, Arc<HomeFacts>)>>);

/// The home page's facts, as of at most [`FRESH`] ago; `today` is `YYYY-MM-DD`.
pub async fn facts(app: &App, today: &str) -> ServiceResult<Arc<HomeFacts>> {
    if let Some((at, f)) = app
        .0
        .home
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
        && at.elapsed() < FRESH
    {
        return Ok(f.clone());
    }
    let mut conn = app.db().conn().await?;
    let editions = fdb::editions(&mut conn).await?;
    let chosen = editions
        .iter()
        .filter(|e| e.ends_on.as_str() >= today)
        .min_by(|a, b| a.starts_on.cmp(&b.starts_on))
        .or_else(|| editions.iter().max_by_key(|e| e.year));
    let edition = match chosen {
        Some(e) => Some(EditionFacts {
            year: e.year,
            starts_on: e.starts_on.clone(),
            ends_on: e.ends_on.clone(),
            venue: e.venue.clone(),
            published: fdb::latest_version(&mut conn, e.id).await? > 0,
        }),
        None => None,
    };
    let outcomes = fdb::approved_counts(&mut conn)
        .await?
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(year, _)| *year);
    let f = Arc::new(HomeFacts { edition, outcomes });
    *app.0.home.0.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), f.clone()));
    Ok(f)
}
