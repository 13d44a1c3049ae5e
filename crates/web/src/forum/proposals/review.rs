//! The secretariat's review of an edition's proposals: the queue by status,
//! decisions and merges.

use super::{principal, view};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::AppResult;
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::forum::review as service;
use wsis_domain::SessionId;
use wsis_domain::forum::SessionStatus;
use wsis_i18n::Arg;

#[derive(Template)]
#[template(path = "forum/review.html")]
struct ReviewPage {
    page: Page,
    filters: Vec<(String, String, bool)>,
    proposals: Vec<super::ProposalView>,
}

#[derive(serde::Deserialize)]
pub struct StatusQuery {
    #[serde(default)]
    pub status: String,
}

#[derive(serde::Deserialize)]
pub struct ReviewInput {
    pub action: String,
    #[serde(default)]
    pub comment: String,
    pub version: i64,
}

#[derive(serde::Deserialize)]
pub struct MergeInput {
    pub into: String,
    pub version: i64,
}

pub async fn review_queue(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(q): Query<StatusQuery>,
) -> AppResult<Response> {
    let status = SessionStatus::parse(&q.status).ok();
    let queue = service::queue_of(&state.app, principal(&user), year).await?;
    let proposals = queue
        .sessions
        .iter()
        .filter(|s| status.is_none_or(|st| s.status == st))
        .take(200)
        .map(|s| {
            let mut v = view(ctx.lang, year, s, &queue.types, &queue.speakers, false);
            v.session_href = s
                .number
                .map(|n| format!("/{}/forum/{year}/sessions/{n}", ctx.lang.code()));
            v
        })
        .collect();
    let base = format!("/{}/forum/{year}/manage/proposals", ctx.lang.code());
    let filters = std::iter::once((
        base.clone(),
        I18N.tr(ctx.lang, "forum-filter-any"),
        status.is_none(),
    ))
    .chain(SessionStatus::ALL.iter().map(|s| {
        (
            format!("{base}?status={}", s.code()),
            I18N.tr(ctx.lang, &format!("session-status-{}", s.code())),
            status == Some(*s),
        )
    }))
    .collect();
    let mut page = Page::new(&ctx, "forum-review-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-review-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    render(&ReviewPage {
        page,
        filters,
        proposals,
    })
}

fn back_to_queue(lang: wsis_domain::Language, year: i64) -> Response {
    Redirect::to(&format!("/{}/forum/{year}/manage/proposals", lang.code())).into_response()
}

pub async fn review(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<ReviewInput>,
) -> AppResult<Response> {
    let year = service::decide(
        &state.app,
        principal(&user),
        SessionId::new(id),
        &input.action,
        &input.comment,
        input.version,
    )
    .await?;
    Ok(back_to_queue(ctx.lang, year))
}

pub async fn merge(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<MergeInput>,
) -> AppResult<Response> {
    // "12" or "#12"; anything else is no proposal.
    let into = input
        .into
        .trim()
        .trim_start_matches('#')
        .parse()
        .unwrap_or(SessionId::new(0));
    let year = service::merge(
        &state.app,
        principal(&user),
        ctx.lang,
        SessionId::new(id),
        into,
        input.version,
    )
    .await?;
    Ok(back_to_queue(ctx.lang, year))
}
