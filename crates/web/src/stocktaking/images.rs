//! Images of stocktaking entries: the upload form (a plain multipart form, no
//! JavaScript) and the media files. What an upload must be, how it is stored and what it
//! does to its entry are the application's (`wsis_app::stocktaking::images`).

use crate::auth::same_token;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn, session_user};
use crate::error::{AppError, AppResult};
use crate::forms::{Field, SummaryItem, apply_errors};
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use wsis_app::ServiceError;
use wsis_app::stocktaking::images::{self as svc, EntryImage, MAX_IMAGES, ext_of};
use wsis_domain::{EntryId, FieldErrors, ImageId};

pub use wsis_app::stocktaking::images::{
    MAX_ALT_CHARS, MAX_IMAGE_BYTES, MAX_INPUT_PIXELS, MAX_INPUT_SIDE, MAX_REQUEST_BYTES, MAX_SIDE,
    THUMB_SIDE,
};

/// The public address of an image's file.
pub fn image_href(img: &EntryImage, thumb: bool) -> String {
    let ext = ext_of(&img.content_type);
    if thumb {
        format!("/media/stocktaking/{}-thumb.{ext}", img.file_key)
    } else {
        format!("/media/stocktaking/{}.{ext}", img.file_key)
    }
}

/// An image as the pages show it.
pub struct ImageView {
    pub id: i64,
    pub full: String,
    pub thumb: String,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub alt: String,
    pub remove: String,
    /// Waits for the secretariat's review (shown to the owner and the secretariat only).
    pub pending: bool,
}

pub fn views(page: &Page, entry_id: i64, images: &[EntryImage]) -> Vec<ImageView> {
    images
        .iter()
        .map(|i| ImageView {
            id: i.id,
            full: image_href(i, false),
            thumb: image_href(i, true),
            thumb_width: i.thumb_width,
            thumb_height: i.thumb_height,
            alt: i.alt.clone(),
            remove: page.href(&format!(
                "/stocktaking/entries/{entry_id}/images/{}/remove",
                i.id
            )),
            pending: !i.is_approved(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "stocktaking/images.html")]
struct ImagesPage {
    page: Page,
    entry_title: String,
    entry_href: String,
    /// The viewer is the owner: what they add waits for review.
    reviewed: bool,
    action: String,
    images: Vec<ImageView>,
    can_add: bool,
    fields: Vec<Field>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
}

async fn show(
    ctx: &Ctx,
    state: &AppState,
    entry: &svc::Entry,
    alt: &str,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let id = entry.id;
    let images = svc::images_of(&state.app, EntryId::new(id)).await?;
    let page = Page::new(ctx, "images-title", "stocktaking");
    let mut fields = vec![
        Field::new(lang, "file", "image-file", "file").required(),
        Field::new(lang, "alt", "image-alt", "text")
            .required()
            .value(alt)
            .hint(lang, "image-alt-hint"),
    ];
    let summary = apply_errors(lang, &mut fields, errors);
    let summary_heading = page.tn("form-errors-heading", "count", summary.len() as i64);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_with_status(
        &ImagesPage {
            entry_title: entry.current.text_in(lang).0.to_owned(),
            entry_href: page.href(&format!("/stocktaking/entries/{id}")),
            reviewed: ctx.user.as_ref().is_some_and(|u| u.id == entry.owner_id),
            action: page.href(&format!("/stocktaking/entries/{id}/images")),
            can_add: (images.len() as i64) < MAX_IMAGES,
            images: views(&page, id, &images),
            fields,
            summary,
            summary_heading,
            page,
        },
        status,
    )
}

/// The images of an entry with the upload form (owner or secretariat).
pub async fn page(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (entry, _) = svc::entry_for(&state.app, &user, EntryId::new(id)).await?;
    show(&ctx, &state, &entry, "", &FieldErrors::new()).await
}

/// An image upload form's alternative text and file (a plain multipart form), once its
/// CSRF token is checked: shared by the images of entries and the photos of outcomes.
pub(crate) async fn image_form(
    ctx: &Ctx,
    mut multipart: Multipart,
) -> AppResult<(String, Option<axum::body::Bytes>)> {
    let (mut csrf, mut alt, mut file) = (String::new(), String::new(), None);
    let bad = |_| AppError::BadRequest("invalid_form");
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name().unwrap_or("") {
            "csrf" => csrf = field.text().await.map_err(bad)?,
            "alt" => alt = field.text().await.map_err(bad)?,
            "file" => {
                file = Some(field.bytes().await.map_err(|e| {
                    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        AppError::PayloadTooLarge
                    } else {
                        AppError::BadRequest("invalid_form")
                    }
                })?)
            }
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !same_token(&csrf, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    Ok((alt, file))
}

/// Receives one image with its alternative text.
pub async fn upload(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let (alt, file) = image_form(&ctx, multipart).await?;
    let (entry, _) = svc::entry_for(&state.app, &user, EntryId::new(id)).await?;
    let bytes = file.map(|b| b.to_vec());
    match svc::add(&state.app, &user, EntryId::new(id), &alt, bytes).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/stocktaking/entries/{id}/images",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => show(&ctx, &state, &entry, alt.trim(), &errors).await,
        Err(e) => Err(e.into()),
    }
}

/// Removes one image (owner or secretariat).
pub async fn remove(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id, image_id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    svc::remove(&state.app, &user, EntryId::new(id), ImageId::new(image_id)).await?;
    Ok(Redirect::to(&format!(
        "/{}/stocktaking/entries/{id}/images",
        ctx.lang.code()
    ))
    .into_response())
}

/// `/media/…`: outside the pages' layers, so that a public image carries no
/// cookie and can be cached anywhere.
pub fn media_router(state: AppState) -> Router {
    Router::new()
        .route("/media/stocktaking/{file}", get(serve))
        .route(
            "/media/outcomes/{file}",
            get(crate::forum::outcomes::photo_file),
        )
        .route("/media/photos/{file}", get(crate::photos::file))
        .route(
            "/media/speakers/{id}/{size}",
            get(crate::forum::speaker_photo_file),
        )
        .route("/media/hackathon/{file}", get(crate::hackathon::file))
        .with_state(state)
}

/// Serves an image file: to everyone when its entry is published, else only
/// to the entry's owner and the secretariat (others get 404).
pub async fn serve(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    match serve_inner(&state, &file, &headers).await {
        Ok(r) => r,
        Err(e) => e.status().into_response(),
    }
}

async fn serve_inner(state: &AppState, file: &str, headers: &HeaderMap) -> AppResult<Response> {
    let media = svc::media(&state.app, file).await?;
    if !media.public {
        let viewer = session_user(state, headers).await?.map(|(u, _)| u);
        if !media.visible_to(viewer.as_ref()) {
            return Err(AppError::NotFound);
        }
    }
    let cache = crate::media::image_cache(media.public);
    crate::media::object(
        state,
        &svc::media_key(&media),
        headers,
        crate::media::Serve {
            content_type: media.content_type.clone(),
            etag: format!("\"{file}\""),
            cache,
            disposition: Some(format!("inline; filename=\"{file}\"")),
            sandbox: false,
        },
    )
    .await
}
