//! The publications compiled from published entries: the Stocktaking Report of a call and
//! the Success Stories of a year (the secretariat's stored selection, or a list given).

use crate::{App, ServiceError, ServiceResult};
use wsis_db::stocktaking as st;
use wsis_db::success_stories as ss;
use wsis_docs::ReportEntry;
use wsis_domain::Language;

pub use wsis_db::stocktaking::Call;

/// The calls for entries, the latest first.
pub async fn calls(app: &App) -> ServiceResult<Vec<Call>> {
    Ok(st::list_calls(&mut *app.db().conn().await?).await?)
}

/// Whether a call for entries of `year` exists.
pub async fn is_call_year(app: &App, year: i64) -> ServiceResult<bool> {
    Ok(calls(app).await?.iter().any(|c| c.year == year))
}

/// The published entries of a call (every published entry when `call` is `None`), in id
/// order, for the publications.
pub async fn report_entries(app: &App, call: Option<i64>) -> ServiceResult<Vec<ReportEntry>> {
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let batch = st::published_batch(&mut *app.db().conn().await?, after, 2_000).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        out.extend(
            batch
                .into_iter()
                .filter(|p| call.is_none() || p.call_year == call)
                .map(|p| ReportEntry {
                    id: p.id,
                    data: p.data,
                }),
        );
    }
    Ok(out)
}

/// A format of the Stocktaking Report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Pdf,
    Html,
}

/// The Stocktaking Report of the call of `year` in `lang`, and the number of entries in it.
pub async fn stocktaking_report(
    app: &App,
    year: i64,
    lang: Language,
    format: ReportFormat,
) -> ServiceResult<(usize, Vec<u8>)> {
    let entries = report_entries(app, Some(year)).await?;
    let n = entries.len();
    let report = wsis_docs::StocktakingReport {
        year,
        lang,
        entries,
    };
    let bytes = match format {
        ReportFormat::Html => wsis_docs::stocktaking_report_html(&report).into_bytes(),
        ReportFormat::Pdf => {
            tokio::task::spawn_blocking(move || wsis_docs::stocktaking_report_pdf(&report))
                .await
                .map_err(|e| ServiceError::internal(format!("report task: {e}")))?
                .map_err(|e| ServiceError::internal(format!("report: {e}")))?
        }
    };
    Ok((n, bytes))
}

/// Why the Success Stories of a year cannot be compiled.
#[derive(Debug)]
pub enum SelectionError {
    /// Nothing given and nothing stored.
    Empty,
    /// Some of the given entries are not published.
    NotPublished(Vec<i64>),
    Service(ServiceError),
}

impl From<wsis_db::DbError> for SelectionError {
    fn from(e: wsis_db::DbError) -> Self {
        SelectionError::Service(e.into())
    }
}

impl From<SelectionError> for ServiceError {
    fn from(e: SelectionError) -> Self {
        match e {
            SelectionError::Empty => ServiceError::Conflict("success-stories-empty"),
            SelectionError::NotPublished(_) => ServiceError::NotFound,
            SelectionError::Service(e) => e,
        }
    }
}

/// The entries of the Success Stories of `year`: `ids` when given (an override), else the
/// stored selection; each in its published version, in order.
pub async fn success_entries(
    app: &App,
    year: i64,
    ids: &[i64],
) -> Result<Vec<ReportEntry>, SelectionError> {
    let mut conn = app.db().conn().await.map_err(SelectionError::from)?;
    let given = !ids.is_empty();
    let ids = if given {
        ids.to_vec()
    } else {
        // The secretariat's selection, then the year's prize Winners and Champions.
        let mut ids = ss::selected_ids(&mut conn, year).await?;
        for (entry, _) in ss::prize_entries(&mut conn, year).await? {
            if !ids.contains(&entry) {
                ids.push(entry);
            }
        }
        ids
    };
    if ids.is_empty() {
        return Err(SelectionError::Empty);
    }
    let published = st::published_by_ids(&mut conn, &ids).await?;
    if given && published.len() != ids.len() {
        let missing = ids
            .iter()
            .filter(|id| !published.iter().any(|p| p.id == **id))
            .copied()
            .collect();
        return Err(SelectionError::NotPublished(missing));
    }
    if published.is_empty() {
        return Err(SelectionError::Empty);
    }
    Ok(published
        .into_iter()
        .map(|p| ReportEntry {
            id: p.id,
            data: p.data,
        })
        .collect())
}

/// The Success Stories of `year` as PDF (see [`success_entries`]), and the number of
/// entries in it.
pub async fn success_stories_pdf(
    app: &App,
    year: i64,
    ids: &[i64],
    lang: Language,
) -> Result<(usize, Vec<u8>), SelectionError> {
    let entries = success_entries(app, year, ids).await?;
    let n = entries.len();
    let pdf =
        tokio::task::spawn_blocking(move || wsis_docs::success_stories_pdf(year, lang, &entries))
            .await
            .map_err(|e| {
                SelectionError::Service(ServiceError::internal(format!("report task: {e}")))
            })?
            .map_err(|e| SelectionError::Service(ServiceError::internal(format!("report: {e}"))))?;
    Ok((n, pdf))
}
