//! The secretariat's home: counts and links for every queue waiting for a decision,
//! each edition's state, and the latest decisions (issue 11, item 1).

use crate::{App, ServiceError, ServiceResult};
use wsis_db::dashboard as q;
use wsis_db::now;
use wsis_domain::access::Principal;

pub use wsis_db::dashboard::{Activity, ForumQueues};

/// What the secretariat's home shows.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub entries_waiting: i64,
    pub forums: Vec<ForumQueues>,
    /// (edition, submissions waiting, suspicions waiting)
    pub prizes: Vec<(crate::prizes::Edition, i64, i64)>,
    pub recent: Vec<Activity>,
}

/// The secretariat's home (the secretariat only).
pub async fn dashboard(app: &App, who: Principal<'_>) -> ServiceResult<Dashboard> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut conn = app.db().conn().await?;
    let entries_waiting = q::entries_waiting(&mut conn).await?;
    let forums = q::forum_queues(&mut conn).await?;
    let t = now();
    let editions = wsis_db::prizes::editions(&mut conn).await?;
    let prizes = q::prize_queues(&mut conn)
        .await?
        .into_iter()
        .filter_map(|(year, waiting, suspicions)| {
            editions
                .iter()
                .find(|e| e.year == year)
                .map(|e| (crate::prizes::Edition::of(e, t), waiting, suspicions))
        })
        .collect();
    let recent = q::recent(&mut conn, 15).await?;
    Ok(Dashboard {
        entries_waiting,
        forums,
        prizes,
        recent,
    })
}
