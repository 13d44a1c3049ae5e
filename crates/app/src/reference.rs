//! The reference data of the WSIS process kept in the database (the facilitators of
//! the Action Lines), and the platform's health.

use crate::{App, ServiceResult};

pub use wsis_db::reference::FacilitatorRow as Facilitator;

/// Every facilitator, in Action Line order, leads first.
pub async fn facilitators(app: &App) -> ServiceResult<Vec<Facilitator>> {
    let mut conn = app.db().conn().await?;
    Ok(wsis_db::reference::list_facilitators(&mut conn).await?)
}

/// The database engine the platform runs on: `sqlite` or `postgres`.
pub fn database_engine(app: &App) -> &'static str {
    match app.db().backend() {
        wsis_db::Backend::Sqlite => "sqlite",
        wsis_db::Backend::Postgres => "postgres",
    }
}
