//! Session documents: the proposer of a session (or the secretariat)
//! uploads background papers and presentations; each upload is checked by
//! its content (PDF, Office Open XML, OpenDocument), stored in the database
//! in one transaction, and listed on the session's public page and in the
//! exports once the session is accepted.

use crate::I18N;
use crate::auth::same_token;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::accounts::User;
use wsis_app::forum::documents::{
    self as docs, DocumentMeta, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS, SessionRow, Upload,
};
use wsis_domain::access::Principal;
use wsis_domain::{AccountId, DocumentId, Language, SessionId};
use wsis_i18n::{Arg, format_number};

/// The largest upload request (the document and the form around it).
pub const MAX_REQUEST_BYTES: usize = MAX_DOCUMENT_BYTES + 64 * 1024;

#[derive(Template)]
#[template(path = "forum/documents.html")]
struct DocumentsPage {
    page: Page,
    action: String,
    documents: Vec<DocView>,
    title_value: String,
    title_error: Option<String>,
    file_error: Option<String>,
    summary: Vec<(String, String)>,
    notice: Option<String>,
    full: bool,
    back: String,
}

struct DocView {
    title: String,
    href: String,
    about: String,
    remove: String,
}

fn principal(user: &User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

async fn session_for(state: &AppState, user: &User, id: i64) -> AppResult<(SessionRow, i64)> {
    Ok(docs::session_for(&state.app, principal(user), SessionId::new(id)).await?)
}

/// The address of a document (its bytes do not depend on the language;
/// the prefix only chooses the language of an error page).
pub fn document_path(lang: Language, year: i64, d: &DocumentMeta) -> String {
    format!(
        "/{}/forum/{year}/documents/{}/{}",
        lang.code(),
        d.id,
        d.file_name
    )
}

fn kind_label(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "PDF",
        t if t.contains("wordprocessingml") => "DOCX",
        t if t.contains("presentationml") => "PPTX",
        t if t.contains("spreadsheetml") => "XLSX",
        t if t.ends_with(".text") => "ODT",
        t if t.ends_with(".presentation") => "ODP",
        t if t.ends_with(".spreadsheet") => "ODS",
        _ => "",
    }
}

/// "PDF, 1.2 MB" in the page's language.
pub fn about(lang: Language, d: &DocumentMeta) -> String {
    format!(
        "{}, {}",
        kind_label(&d.content_type),
        size_label(lang, d.size)
    )
}

/// "120 KB", "1.2 MB" in the page's language.
pub fn size_label(lang: Language, bytes: i64) -> String {
    let kb = (bytes + 1023) / 1024;
    if kb >= 1024 {
        I18N.tr_args(
            lang,
            "document-size-mb",
            &[(
                "number",
                Arg::from(format!("{:.1}", kb as f64 / 1024.0).as_str()),
            )],
        )
    } else {
        I18N.tr_args(
            lang,
            "document-size-kb",
            &[("number", Arg::from(format_number(lang, kb).as_str()))],
        )
    }
}

#[derive(serde::Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

#[allow(clippy::too_many_arguments)]
async fn show(
    state: &AppState,
    ctx: &Ctx,
    s: &SessionRow,
    year: i64,
    title_value: String,
    errors: (Option<&'static str>, Option<&'static str>),
    notice: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let docs = docs::of_session(&state.app, SessionId::new(s.id)).await?;
    let mut page = Page::new(ctx, "forum-documents-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-documents-of",
        &[("title", Arg::from(s.data.title.as_str()))],
    );
    let base = page.href(&format!("/forum/proposals/{}/documents", s.id));
    let t = |k: &str| I18N.tr(ctx.lang, k);
    let title_error = errors.0.map(t);
    let file_error = errors.1.map(t);
    let mut summary = Vec::new();
    if let Some(e) = &title_error {
        summary.push(("#f-title".to_owned(), e.clone()));
    }
    if let Some(e) = &file_error {
        summary.push(("#f-file".to_owned(), e.clone()));
    }
    render_with_status(
        &DocumentsPage {
            documents: docs
                .iter()
                .map(|d| DocView {
                    title: d.title.clone(),
                    href: document_path(ctx.lang, year, d),
                    about: about(ctx.lang, d),
                    remove: format!("{base}/{}/remove", d.id),
                })
                .collect(),
            full: docs.len() as i64 >= MAX_DOCUMENTS,
            action: base,
            title_value,
            title_error,
            file_error,
            summary,
            notice,
            back: page.href("/forum/proposals"),
            page,
        },
        status,
    )
}

pub async fn page(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let (s, year) = session_for(&state, &user, id).await?;
    let notice = match done.done.as_str() {
        "saved" => Some(I18N.tr(ctx.lang, "forum-document-saved")),
        "removed" => Some(I18N.tr(ctx.lang, "forum-manage-removed")),
        _ => None,
    };
    show(
        &state,
        &ctx,
        &s,
        year,
        String::new(),
        (None, None),
        notice,
        StatusCode::OK,
    )
    .await
}

pub async fn upload(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let (mut csrf, mut title, mut file, mut name) =
        (String::new(), String::new(), None, String::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("invalid_form"))?
    {
        match field.name().unwrap_or("") {
            "csrf" => csrf = field.text().await.unwrap_or_default(),
            "title" => title = field.text().await.unwrap_or_default(),
            "file" => {
                name = field.file_name().unwrap_or("").to_owned();
                file = Some(field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?);
            }
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !same_token(&csrf, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    let (s, year) = session_for(&state, &user, id).await?;
    let bytes = file.unwrap_or_default();
    let up = Upload {
        title: &title,
        file_name: &name,
        bytes: &bytes,
    };
    match docs::add(&state.app, principal(&user), SessionId::new(s.id), up).await {
        Ok(_) => {}
        Err(ServiceError::Fields(f)) => {
            return show(
                &state,
                &ctx,
                &s,
                year,
                title,
                (f.for_field("title"), f.for_field("file")),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        Err(e) => return Err(e.into()),
    }
    state.forum.invalidate(year);
    Ok(Redirect::to(&format!(
        "/{}/forum/proposals/{id}/documents?done=saved",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
pub struct Empty {}

pub async fn remove(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id, doc)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    let (_, year) = session_for(&state, &user, id).await?;
    docs::remove(
        &state.app,
        principal(&user),
        SessionId::new(id),
        DocumentId::new(doc),
    )
    .await?;
    state.forum.invalidate(year);
    Ok(Redirect::to(&format!(
        "/{}/forum/proposals/{id}/documents?done=removed",
        ctx.lang.code()
    ))
    .into_response())
}

/// A document: public once its session is accepted; before that only its
/// proposer and the secretariat see it. Served as what its content is,
/// PDFs inline and sandboxed, the others as attachments.
pub async fn download(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, id, name)): Path<(String, i64, i64, String)>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let who = ctx.user.as_ref().map(principal);
    let docs::Download {
        meta,
        sha256: sha,
        body,
        public,
    } = docs::download(&state.app, who, year, DocumentId::new(id), &name).await?;
    let cache = if public {
        "public, max-age=3600"
    } else {
        "private, no-cache"
    };
    let disposition = if meta.content_type == "application/pdf" {
        "inline"
    } else {
        "attachment"
    };
    crate::media::stored(
        &state,
        body,
        &headers,
        crate::media::Serve {
            etag: format!("\"{}\"", &sha[..24.min(sha.len())]),
            content_type: meta.content_type,
            cache,
            disposition: Some(format!("{disposition}; filename=\"{}\"", meta.file_name)),
            sandbox: true,
        },
    )
    .await
}
