//! The compiled outcome documents (issue 12, item 5): the page that lists them in
//! the six languages, and each document as PDF or HTML (built on demand and kept
//! until its data changes, by `wsis_app::forum::publications`). Public, like the
//! approved outcomes they compile.

use crate::I18N;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use wsis_app::forum::publications::{self as service, DocFormat, DocKind};
use wsis_domain::Language;
use wsis_i18n::Arg;

#[derive(Template)]
#[template(path = "forum/publications.html")]
struct DocumentsPage {
    page: Page,
    outcomes_href: String,
    documents: Vec<DocRow>,
}

struct DocRow {
    title: String,
    /// Per language: (code, native name, PDF address, HTML address).
    cells: Vec<(&'static str, &'static str, String, String)>,
}

/// The address of a document in `lang`.
pub fn document_path(lang: Language, year: i64, kind: DocKind, format: DocFormat) -> String {
    format!(
        "/{}/forum/{year}/outcomes/documents/{}.{}",
        lang.code(),
        kind.slug(),
        format.extension()
    )
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    if !service::available(&state.app, year).await? {
        return Err(AppError::NotFound);
    }
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "pub-documents", "forum");
    let y = year.to_string();
    page.title = I18N.tr_args(lang, "pub-documents-of", &[("year", Arg::from(y.as_str()))]);
    let documents = DocKind::ALL
        .iter()
        .map(|&kind| DocRow {
            title: I18N.tr_args(lang, kind.title_key(), &[("year", Arg::from(y.as_str()))]),
            cells: Language::ALL
                .iter()
                .map(|&l| {
                    (
                        l.code(),
                        l.native_name(),
                        document_path(l, year, kind, DocFormat::Pdf),
                        document_path(l, year, kind, DocFormat::Html),
                    )
                })
                .collect(),
        })
        .collect();
    render(&DocumentsPage {
        outcomes_href: page.href(&format!("/forum/{year}/outcomes")),
        documents,
        page,
    })
}

/// A document's page as served: it runs no script and loads nothing; its styles are
/// its own.
const DOCUMENT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; \
    frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// One document, `{slug}.{pdf|html}`, in the language of the path.
pub async fn file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, file)): Path<(String, i64, String)>,
) -> AppResult<Response> {
    let (slug, ext) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let kind = DocKind::ALL
        .into_iter()
        .find(|k| k.slug() == slug)
        .ok_or(AppError::NotFound)?;
    let format = DocFormat::parse(ext).ok_or(AppError::NotFound)?;
    let built = service::document(&state.app, year, kind, ctx.lang, format).await?;
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"wsis-forum-{year}-{slug}-{}.{ext}\"",
                    ctx.lang.code()
                ),
            ),
            (header::CONTENT_SECURITY_POLICY, DOCUMENT_CSP.to_owned()),
        ],
        built.bytes.clone(),
    )
        .into_response())
}

/// The printable programme of the whole edition, `programme.pdf`, in the language of the
/// path (built from the published agenda, kept per version).
pub async fn programme(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    programme_file(&state, ctx.lang, year, None).await
}

/// The printable programme of one day, `programme/{YYYY-MM-DD}.pdf`.
pub async fn programme_day(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, file)): Path<(String, i64, String)>,
) -> AppResult<Response> {
    let day = file.strip_suffix(".pdf").ok_or(AppError::NotFound)?;
    if jiff::civil::Date::strptime("%Y-%m-%d", day).is_err() {
        return Err(AppError::NotFound);
    }
    programme_file(&state, ctx.lang, year, Some(day)).await
}

async fn programme_file(
    state: &AppState,
    lang: Language,
    year: i64,
    day: Option<&str>,
) -> AppResult<Response> {
    let built = wsis_app::forum::programme::programme(&state.app, year, lang, day).await?;
    let name = match day {
        None => format!("wsis-forum-{year}-programme-{}.pdf", lang.code()),
        Some(d) => format!("wsis-forum-{year}-programme-{d}-{}.pdf", lang.code()),
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
            (header::CONTENT_SECURITY_POLICY, DOCUMENT_CSP.to_owned()),
            (header::CACHE_CONTROL, "public, no-cache".to_owned()),
        ],
        built.bytes.clone(),
    )
        .into_response())
}
