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
use wsis_app::stocktaking::success as svc;
use wsis_domain::EntryId;
use wsis_i18n::{Arg, format_date};

/// What an entry's page offers the secretariat.
pub struct SelectionView {
    pub action: String,
    /// The entry was submitted to no call: no year's Success Stories can take it.
    pub no_call: bool,
    /// The years the entry is selected in.
    pub selected: Vec<(i64, String, String)>,
    /// Call years it may still be added to: (year, preselected).
    pub years: Vec<(i64, bool)>,
    pub list_href: String,
}

/// The Success Stories part of an entry's page (secretariat, published entries).
pub async fn view_for_entry(
    app: &wsis_app::App,
    page: &Page,
    entry_id: i64,
    call_year: Option<i64>,
) -> AppResult<SelectionView> {
    let selected_years = svc::years_of_entry(app, EntryId::new(entry_id)).await?;
    let calls = wsis_app::stocktaking::reports::calls(app).await?;
    // Only the year of the entry's own call is offered.
    let years = calls
        .iter()
        .filter(|c| !selected_years.contains(&c.year) && Some(c.year) == call_year)
        .map(|c| (c.year, true))
        .collect();
    // A year is a name, not a quantity: no digit grouping.
    let year_arg = |y: i64| [("year", Arg::from(y.to_string()))];
    Ok(SelectionView {
        action: page.href(&format!("/stocktaking/entries/{entry_id}/success-stories")),
        no_call: call_year.is_none(),
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

/// Adds an entry to a year's selection, or removes it (from its page).
pub async fn choose(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<EntryChoice>,
) -> AppResult<Response> {
    if !wsis_app::stocktaking::reports::is_call_year(&state.app, input.year).await? {
        return Err(AppError::BadRequest("invalid_form"));
    }
    let select = match input.action.as_str() {
        "add" => true,
        "remove" => false,
        _ => return Err(AppError::BadRequest("invalid_form")),
    };
    svc::choose(&state.app, &user, EntryId::new(id), input.year, select).await?;
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
    let years: Vec<i64> = wsis_app::stocktaking::reports::calls(&state.app)
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
        Some(y) => svc::selection(&state.app, y)
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
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<Change>,
) -> AppResult<Response> {
    let change = match input.action.as_str() {
        "remove" => svc::Change::Remove,
        "up" => svc::Change::Up,
        "down" => svc::Change::Down,
        _ => return Err(AppError::BadRequest("invalid_form")),
    };
    svc::change(&state.app, &user, year, EntryId::new(input.entry), change).await?;
    Ok(Redirect::to(&format!(
        "/{}/stocktaking/success-stories?year={year}",
        ctx.lang.code()
    ))
    .into_response())
}
