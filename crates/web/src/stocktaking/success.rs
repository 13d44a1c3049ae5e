//! The secretariat's stored Success Stories selection: published entries
//! selected (and deselected) from their pages for a call's year, listed in
//! the publication's order on their own page, where they are reordered or
//! removed. The Success Stories publication compiles from it.

use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wsis_db::stocktaking as st;
use wsis_db::success_stories as ss;
use wsis_i18n::{Arg, format_date};

/// What an entry's page offers the secretariat.
pub struct SelectionView {
    pub action: String,
    /// The years the entry is selected in.
    pub selected: Vec<(i64, String, String)>,
    /// Call years it may still be added to: (year, preselected).
    pub years: Vec<(i64, bool)>,
    pub list_href: String,
}

/// The Success Stories part of an entry's page (secretariat, published entries).
pub async fn view_for_entry(
    conn: &mut wsis_db::AnyConnection,
    page: &Page,
    entry_id: i64,
    call_year: Option<i64>,
) -> AppResult<SelectionView> {
    let selected_years = ss::years_of_entry(&mut *conn, entry_id).await?;
    let calls = st::list_calls(&mut *conn).await?;
    let years = calls
        .iter()
        .filter(|c| !selected_years.contains(&c.year))
        .map(|c| (c.year, Some(c.year) == call_year))
        .collect();
    // A year is a name, not a quantity: no digit grouping.
    let year_arg = |y: i64| [("year", Arg::from(y.to_string()))];
    Ok(SelectionView {
        action: page.href(&format!("/stocktaking/entries/{entry_id}/success-stories")),
        selected: selected_years
            .into_iter()
            .map(|y| {
                (
                    y,
                    crate::I18N.tr_args(page.lang, "success-stories-selected-in", &year_arg(y)),
                    crate::I18N.tr_args(page.lang, "success-stories-remove-from", &year_arg(y)),
                )
            })
            .collect(),
        years,
        list_href: page.href("/stocktaking/success-stories"),
    })
}

#[derive(Debug, Deserialize)]
pub struct EntryChoice {
    pub year: i64,
    pub action: String,
}

async fn is_call_year(state: &AppState, year: i64) -> AppResult<bool> {
    Ok(st::list_calls(&mut *state.db.conn().await?)
        .await?
        .iter()
        .any(|c| c.year == year))
}

/// Adds an entry to a year's selection, or removes it (from its page).
pub async fn choose(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<EntryChoice>,
) -> AppResult<Response> {
    if !is_call_year(&state, input.year).await? {
        return Err(AppError::BadRequest("invalid_form"));
    }
    let mut tx = state.db.begin().await?;
    let (_, published) = wsis_db::entry_images::entry_visibility(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    match input.action.as_str() {
        "add" if !published => return Err(AppError::Conflict("success-stories-not-published")),
        "add" => match ss::add(&mut tx, input.year, id, user.id).await {
            // Selected at the same moment by someone else: it is in the selection.
            Ok(_) | Err(wsis_db::DbError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        },
        "remove" => {
            ss::remove(&mut tx, input.year, id).await?;
        }
        _ => return Err(AppError::BadRequest("invalid_form")),
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/{}/stocktaking/entries/{id}", ctx.lang.code())).into_response())
}

pub struct SelectedView {
    pub id: i64,
    pub title: String,
    pub href: String,
    pub by: String,
}

#[derive(Template)]
#[template(path = "stocktaking/success_stories.html")]
struct SelectionPage {
    page: Page,
    years: Vec<(i64, bool)>,
    rows: Vec<SelectedView>,
    action: String,
    pdf_href: String,
}

#[derive(Debug, Deserialize)]
pub struct YearQuery {
    pub year: Option<i64>,
}

/// The selection of a year (the latest call's by default), in order.
pub async fn list(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let mut conn = state.db.conn().await?;
    let years: Vec<i64> = st::list_calls(&mut conn)
        .await?
        .into_iter()
        .map(|c| c.year)
        .collect();
    let year = q
        .year
        .filter(|y| years.contains(y))
        .or(years.first().copied());
    let mut page = Page::new(&ctx, "success-stories-title", "stocktaking");
    if let Some(y) = year {
        page.title = crate::I18N.tr_args(
            ctx.lang,
            "success-stories-year",
            &[("year", Arg::from(y.to_string()))],
        );
    }
    let tz = jiff::tz::TimeZone::UTC;
    let rows = match year {
        Some(y) => ss::selection(&mut conn, y)
            .await?
            .into_iter()
            .map(|s| SelectedView {
                id: s.entry_id,
                href: page.href(&format!("/stocktaking/entries/{}", s.entry_id)),
                by: crate::I18N.tr_args(
                    ctx.lang,
                    "success-stories-added-by",
                    &[
                        ("name", Arg::from(s.added_by_name.as_str())),
                        (
                            "date",
                            Arg::from(format_date(ctx.lang, s.added_at, &tz).as_str()),
                        ),
                    ],
                ),
                title: s.title,
            })
            .collect(),
        None => Vec::new(),
    };
    let y = year.unwrap_or_default();
    render(&SelectionPage {
        action: page.href(&format!("/stocktaking/success-stories/{y}")),
        pdf_href: page.href(&format!(
            "/stocktaking/reports/success-stories?call={y}&language={}",
            ctx.lang.code()
        )),
        years: years.iter().map(|y| (*y, Some(*y) == year)).collect(),
        rows,
        page,
    })
}

#[derive(Debug, Deserialize)]
pub struct Change {
    pub entry: i64,
    pub action: String,
}

/// Moves an entry up or down in a year's selection, or removes it.
pub async fn change(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<Change>,
) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    let done = match input.action.as_str() {
        "remove" => ss::remove(&mut tx, year, input.entry).await?,
        "up" => ss::shift(&mut tx, year, input.entry, true).await?,
        "down" => ss::shift(&mut tx, year, input.entry, false).await?,
        _ => return Err(AppError::BadRequest("invalid_form")),
    };
    if !done && input.action == "remove" {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!(
        "/{}/stocktaking/success-stories?year={year}",
        ctx.lang.code()
    ))
    .into_response())
}

/// Why the Success Stories of a year cannot be compiled.
#[derive(Debug)]
pub enum SelectionError {
    /// Nothing given and nothing stored.
    Empty,
    /// Some of the given entries are not published.
    NotPublished(Vec<i64>),
    Db(wsis_db::DbError),
}

impl From<wsis_db::DbError> for SelectionError {
    fn from(e: wsis_db::DbError) -> Self {
        SelectionError::Db(e)
    }
}

/// The entries of the Success Stories of `year`: `ids` when given (an
/// override), else the stored selection; each in its published version, in
/// order. Shared by the secretariat's page and `wsis report success-stories`.
pub async fn entries(
    db: &wsis_db::Db,
    year: i64,
    ids: &[i64],
) -> Result<Vec<wsis_docs::ReportEntry>, SelectionError> {
    let mut conn = db.conn().await?;
    let given = !ids.is_empty();
    let ids = if given {
        ids.to_vec()
    } else {
        ss::selected_ids(&mut conn, year).await?
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
        .map(|p| wsis_docs::ReportEntry {
            id: p.id,
            data: p.data,
        })
        .collect())
}
