//! The experts' pages: their queue (the submissions of their categories they have no
//! conflict with), the scoring form against the published criteria, the declaration
//! of a conflict of interest.

use super::{category_title, principal, year_of};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::forms::{Field, apply_errors};
use crate::pages::account::{FormPage, FormView};
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::prizes::review as service;
use wsis_domain::FieldErrors;
use wsis_domain::prizes::{CRITERIA, SCORE_RANGE};
use wsis_i18n::Arg;

#[derive(Template)]
#[template(path = "prizes/review.html")]
struct QueuePage {
    page: Page,
    back: String,
    intro: String,
    /// (category, title, href, scored)
    rows: Vec<(String, String, String, String)>,
}

/// `GET /{lang}/prizes/{year}/review`: an expert's queue.
pub async fn queue(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let lang = ctx.lang;
    let q = service::queue(&state.app, principal(&user), year).await?;
    let mut page = Page::new(&ctx, "prize-review-link", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-review-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let done = page.t("prize-scored");
    let todo = page.t("prize-not-scored");
    render(&QueuePage {
        back: page.href(&format!("/prizes/{year}")),
        intro: page.t("prize-review-intro"),
        rows: q
            .items
            .iter()
            .map(|(s, scored)| {
                (
                    category_title(s.category, lang),
                    s.title.clone(),
                    page.href(&format!("/prizes/{year}/review/{}", s.id)),
                    if *scored == CRITERIA.len() {
                        done.clone()
                    } else {
                        todo.clone()
                    },
                )
            })
            .collect(),
        page,
    })
}

fn score_fields(page: &Page, current: &std::collections::HashMap<String, String>) -> Vec<Field> {
    let lang = page.lang;
    let mut out = Vec::new();
    for c in CRITERIA {
        out.push(
            Field::new(lang, c, &format!("prize-criterion-{c}"), "select")
                .required()
                .value(current.get(c).cloned().unwrap_or_default())
                .choices(SCORE_RANGE.map(|n| (n.to_string(), wsis_i18n::format_number(lang, n)))),
        );
        let comment: &'static str = match c {
            "impact" => "impact-comment",
            "empowerment" => "empowerment-comment",
            "sdg-relevance" => "sdg-relevance-comment",
            "replicability" => "replicability-comment",
            "sustainability" => "sustainability-comment",
            "partnerships" => "partnerships-comment",
            _ => "wsis-values-comment",
        };
        out.push(
            Field::new(lang, comment, "prize-field-comment", "textarea")
                .value(current.get(comment).cloned().unwrap_or_default()),
        );
    }
    out
}

async fn review_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    year: i64,
    id: i64,
    posted: Option<(&service::ScoreInput, &FieldErrors)>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (s, scores) = service::for_review(&state.app, principal(user), year, id).await?;
    let mut page = Page::new(ctx, "prize-review-link", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-review-one",
        &[("title", Arg::from(s.title.as_str()))],
    );
    let current: std::collections::HashMap<String, String> = match posted {
        Some((input, _)) => input.clone(),
        None => scores
            .iter()
            .flat_map(|(c, n, comment)| {
                [
                    (c.clone(), n.to_string()),
                    (format!("{c}-comment"), comment.clone()),
                ]
            })
            .collect(),
    };
    let mut fields = score_fields(&page, &current);
    let summary = posted
        .map(|(_, e)| apply_errors(lang, &mut fields, e))
        .unwrap_or_default();
    let mut scoring = FormView::new(
        &page,
        "scores",
        &format!("/prizes/{year}/review/{id}"),
        "prize-save-scores",
        fields,
    );
    scoring.heading = Some(page.t("prize-scores-heading"));
    scoring.summary = summary;
    let mut conflict = FormView::new(
        &page,
        "conflict",
        &format!("/prizes/{year}/review/{id}/conflict"),
        "prize-declare-conflict",
        vec![
            Field::new(lang, "reason", "prize-field-reason", "text")
                .required()
                .hint(lang, "prize-conflict-hint"),
        ],
    );
    conflict.heading = Some(page.t("prize-conflict-heading"));
    let status = if posted.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let links = vec![
        (
            page.href(&format!("/prizes/{year}/submissions/{id}")),
            page.t("prize-read-project"),
        ),
        (
            page.href(&format!("/prizes/{year}/review")),
            page.t("prize-back-to-queue"),
        ),
    ];
    let mut fp = FormPage::new(page)
        .intro(I18N.tr_args(
            lang,
            "prize-review-about",
            &[(
                "category",
                Arg::from(category_title(s.category, lang).as_str()),
            )],
        ))
        .form(scoring)
        .form(conflict);
    fp.links = links;
    render_with_status(&fp, status)
}

/// `GET /{lang}/prizes/{year}/review/{id}`.
pub async fn one(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    review_page(&ctx, &state, &user, year, id, None).await
}

/// `POST /{lang}/prizes/{year}/review/{id}`: saves the scores.
pub async fn save(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(input): CsrfForm<service::ScoreInput>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::score(&state.app, principal(&user), year, id, &input).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/review?notice=prize-scores-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            review_page(&ctx, &state, &user, year, id, Some((&input, &f))).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub struct ConflictForm {
    #[serde(default)]
    reason: String,
}

/// `POST …/review/{id}/conflict`: the expert steps aside from this project.
pub async fn conflict(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<ConflictForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::declare_conflict(&state.app, principal(&user), year, id, &f.reason).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/review?notice=prize-conflict-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => Err(AppError::Validation(e)),
        Err(e) => Err(e.into()),
    }
}
