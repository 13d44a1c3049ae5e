//! The secretariat's import page: upload a file, check it (dry run) or
//! import it; every problem is listed by row and field, in the page's language.

use crate::I18N;
use crate::auth::same_token;
use crate::csrf::CsrfToken;
use crate::ctx::{Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use wsis_app::stocktaking::import::ImportReport;
use wsis_app::stocktaking::import_file::{ImportFormat, RowError, parse_file};
use wsis_i18n::Arg;

#[derive(Template)]
#[template(path = "stocktaking/import.html")]
struct ImportPage {
    page: Page,
    outcome: Option<String>,
    problems: Vec<String>,
}

fn show(page: Page, outcome: Option<String>, problems: Vec<String>) -> AppResult<Response> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_with_status(
        &ImportPage {
            page,
            outcome,
            problems,
        },
        status,
    )
}

pub async fn form(WithRole(ctx, ..): WithRole<Secretariat>) -> AppResult<Response> {
    show(
        Page::new(&ctx, "import-title", "stocktaking"),
        None,
        Vec::new(),
    )
}

fn describe(lang: wsis_domain::Language, e: &RowError) -> String {
    let place = if e.row == 0 {
        e.field.clone()
    } else {
        I18N.tr_args(
            lang,
            "import-row",
            &[
                ("row", Arg::Num(e.row as i64)),
                ("field", Arg::from(e.field.as_str())),
            ],
        )
    };
    format!("{place}: {}", I18N.tr(lang, e.key)).replace(['\u{2068}', '\u{2069}'], "")
}

pub async fn upload(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let page = Page::new(&ctx, "import-title", "stocktaking");
    let (mut csrf, mut dry_run, mut file, mut name) = (String::new(), false, None, String::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("invalid_form"))?
    {
        match field.name().unwrap_or("") {
            "csrf" => {
                csrf = field
                    .text()
                    .await
                    .map_err(|_| AppError::BadRequest("invalid_form"))?
            }
            "dry_run" => dry_run = true,
            "file" => {
                name = field.file_name().unwrap_or("").to_lowercase();
                file = Some(field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?);
            }
            _ => {}
        }
    }
    let expected = ctx.csrf.clone();
    if expected.is_empty() || !same_token(&csrf, &expected) {
        return Err(AppError::Csrf);
    }
    let _ = CsrfToken(expected);
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        return show(page, None, vec![I18N.tr(lang, "import-no-file")]);
    };
    let entries = match parse_file(&bytes, ImportFormat::detect(&name, &bytes)) {
        Ok(e) => e,
        Err(problems) => {
            let mut lines = vec![I18N.tr(lang, "import-problems")];
            lines.extend(problems.iter().map(|p| describe(lang, p)));
            return show(page, None, lines);
        }
    };
    let summary = |r: &ImportReport| {
        I18N.tr_args(
            lang,
            "import-summary",
            &[
                ("created", Arg::Num(r.created as i64)),
                ("updated", Arg::Num(r.updated as i64)),
                ("unchanged", Arg::Num(r.unchanged as i64)),
            ],
        )
    };
    if dry_run {
        let report = wsis_app::stocktaking::import::plan(&state.app, &entries).await?;
        let count = Arg::Num(entries.len() as i64);
        return show(
            page,
            Some(format!(
                "{} {}",
                I18N.tr_args(lang, "import-ok", &[("count", count)]),
                summary(&report)
            )),
            Vec::new(),
        );
    }
    let me = wsis_domain::AccountId::new(user.id);
    let report = wsis_app::stocktaking::import::import_entries(
        &state.app,
        me,
        me,
        &entries,
        wsis_app::stocktaking::import::IndexAfter::Follow,
        |_| {},
    )
    .await?;
    let count = Arg::Num((report.created + report.updated) as i64);
    show(
        page,
        Some(format!(
            "{} {}",
            I18N.tr_args(lang, "import-done", &[("count", count)]),
            summary(&report)
        )),
        Vec::new(),
    )
}
