//! Images of stocktaking entries: up to five per entry, uploaded by the
//! owner or the secretariat in a plain multipart form (no JavaScript).
//!
//! Each upload is checked by its content, never its name or declared type:
//! it must decode as PNG, JPEG or WebP within size, dimension and memory
//! limits (a decompression bomb stops at the limits). It is then re-encoded
//! from its pixels, so that no metadata (EXIF, GPS, comments) survives, at
//! most [`MAX_SIDE`] pixels on its long side, with a thumbnail of at most
//! [`THUMB_SIDE`]. Images with transparency stay PNG; others become JPEG.
//!
//! The files live under the media directory (`stocktaking/AB/KEY.EXT` and
//! `KEY-thumb.EXT`, KEY random); the database holds their description. The
//! files are written under temporary names and renamed before the row is
//! committed, and removed again if the row cannot be; a removed image's
//! files go after its row.
//!
//! Images are reviewed like text: one the owner adds waits for the
//! secretariat, and adding one to a published entry sends the entry back to
//! review (the published version stays public meanwhile). Publishing the
//! entry approves its waiting images; refusing the edit removes them. Images
//! the secretariat adds are approved at once. Approved images of published
//! entries are public (`/media/stocktaking/KEY.EXT`, cached for a year);
//! the others only reach the owner and the secretariat.

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
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;
use std::path::{Path as FsPath, PathBuf};
use wsis_db::accounts::User;
use wsis_db::entry_images::{self as imgs, EntryImage, MAX_IMAGES, NewImage};
use wsis_db::stocktaking as st;
use wsis_domain::FieldErrors;
use wsis_domain::account::{Role, has_role};
use wsis_domain::stocktaking::EntryStatus;

/// Largest image file accepted.
pub const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;
/// Largest upload request (the file, its alternative text and the token);
/// a file between [`MAX_IMAGE_BYTES`] and this gets a field error, a larger
/// request a 413.
pub const MAX_REQUEST_BYTES: usize = 10 * 1024 * 1024;
/// Most pixels on a side of an uploaded image.
pub const MAX_INPUT_SIDE: u32 = 8_000;
/// Most pixels of an uploaded image (40 megapixels).
pub const MAX_INPUT_PIXELS: u64 = 40_000_000;
/// Most memory a decoder may take.
const MAX_DECODER_ALLOC: u64 = 256 * 1024 * 1024;
/// Long side of the stored image.
pub const MAX_SIDE: u32 = 1_600;
/// Long side of the thumbnail.
pub const THUMB_SIDE: u32 = 320;
/// Longest alternative text.
pub const MAX_ALT_CHARS: usize = 300;

/// An upload, checked and re-encoded.
#[derive(Debug)]
pub struct Processed {
    pub content_type: &'static str,
    pub ext: &'static str,
    pub full: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub thumb: Vec<u8>,
    pub thumb_width: u32,
    pub thumb_height: u32,
}

/// Scales down (never up) to fit `side` on the long side.
fn fit(img: &DynamicImage, side: u32, filter: image::imageops::FilterType) -> DynamicImage {
    if img.width() <= side && img.height() <= side {
        img.clone()
    } else {
        img.resize(side, side, filter)
    }
}

fn encode(img: &DynamicImage, png: bool) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    let written = if png {
        DynamicImage::ImageRgba8(img.to_rgba8())
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
    } else {
        DynamicImage::ImageRgb8(img.to_rgb8()).write_with_encoder(
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85),
        )
    };
    written.map_err(|_| "image-not-image")?;
    Ok(out)
}

/// Checks an upload by its content and re-encodes it (CPU-bound: run it on
/// a blocking thread). The error is the field error's message key.
pub fn process(bytes: &[u8]) -> Result<Processed, &'static str> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err("image-too-large");
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| "image-not-image")?;
    if !matches!(
        reader.format(),
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)
    ) {
        return Err("image-not-image");
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    limits.max_alloc = Some(MAX_DECODER_ALLOC);
    reader.limits(limits);
    let limit_or_bad = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => "image-too-many-pixels",
        _ => "image-not-image",
    };
    let mut decoder = reader.into_decoder().map_err(limit_or_bad)?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err("image-not-image");
    }
    if u64::from(w) * u64::from(h) > MAX_INPUT_PIXELS {
        return Err("image-too-many-pixels");
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(limit_or_bad)?;
    // Turn the pixels as the camera said, since the saying goes with the metadata.
    img.apply_orientation(orientation);
    let png = img.color().has_alpha();
    let full = fit(&img, MAX_SIDE, image::imageops::FilterType::CatmullRom);
    let thumb = fit(&full, THUMB_SIDE, image::imageops::FilterType::Triangle);
    Ok(Processed {
        content_type: if png { "image/png" } else { "image/jpeg" },
        ext: if png { "png" } else { "jpg" },
        width: full.width(),
        height: full.height(),
        thumb_width: thumb.width(),
        thumb_height: thumb.height(),
        full: encode(&full, png)?,
        thumb: encode(&thumb, png)?,
    })
}

/// The directory of an image's files under the media directory.
fn dir_of(media: &FsPath, key: &str) -> PathBuf {
    media.join("stocktaking").join(&key[..2])
}

fn file_names(key: &str, ext: &str) -> [String; 2] {
    [format!("{key}.{ext}"), format!("{key}-thumb.{ext}")]
}

/// Writes both files under temporary names, then renames them into place;
/// on any failure nothing of them is left.
async fn write_files(media: &FsPath, key: &str, p: &Processed) -> std::io::Result<()> {
    let dir = dir_of(media, key);
    let names = file_names(key, p.ext);
    let result = async {
        tokio::fs::create_dir_all(&dir).await?;
        for (name, bytes) in names.iter().zip([&p.full, &p.thumb]) {
            let tmp = dir.join(format!(".{name}.tmp"));
            tokio::fs::write(&tmp, bytes).await?;
            tokio::fs::rename(&tmp, dir.join(name)).await?;
        }
        Ok(())
    }
    .await;
    if result.is_err() {
        remove_files(media, key, p.ext).await;
    }
    result
}

/// Removes an image's files (and any temporary leftovers); a missing file is fine.
pub(super) async fn remove_files(media: &FsPath, key: &str, ext: &str) {
    let dir = dir_of(media, key);
    for name in file_names(key, ext) {
        for path in [dir.join(format!(".{name}.tmp")), dir.join(&name)] {
            if let Err(e) = tokio::fs::remove_file(&path).await
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(path = %path.display(), error = %e, "cannot remove an image file");
            }
        }
    }
}

pub(super) fn ext_of(content_type: &str) -> &'static str {
    if content_type == "image/png" {
        "png"
    } else {
        "jpg"
    }
}

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

/// The entry, if `user` may change its images (its owner or the secretariat,
/// while it is not rejected).
async fn entry_for(
    state: &AppState,
    user: &User,
    id: i64,
) -> AppResult<wsis_db::stocktaking::Entry> {
    let (entry, _) = super::service::load_for(state, user, id).await?;
    if entry.status == EntryStatus::Rejected {
        return Err(AppError::Conflict("entry-rejected-final"));
    }
    Ok(entry)
}

async fn show(
    ctx: &Ctx,
    state: &AppState,
    entry: &wsis_db::stocktaking::Entry,
    alt: &str,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let id = entry.id;
    let images = imgs::images_of(&mut *state.db.conn().await?, id).await?;
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
    let entry = entry_for(&state, &user, id).await?;
    show(&ctx, &state, &entry, "", &FieldErrors::new()).await
}

/// Receives one image with its alternative text.
pub async fn upload(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    mut multipart: Multipart,
) -> AppResult<Response> {
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
    let entry = entry_for(&state, &user, id).await?;
    let by_secretariat = entry.owner_id != user.id;
    let alt = alt.trim().to_owned();
    let mut errors = FieldErrors::new();
    let count = imgs::images_of(&mut *state.db.conn().await?, id)
        .await?
        .len() as i64;
    if count >= MAX_IMAGES {
        errors.add("file", "image-limit");
    }
    if alt.is_empty() || alt.chars().count() > MAX_ALT_CHARS {
        errors.add("alt", "image-alt-required");
    }
    let bytes = file.filter(|b| !b.is_empty());
    if bytes.is_none() && count < MAX_IMAGES {
        errors.add("file", "image-required");
    }
    let processed = match bytes {
        Some(b) if errors.for_field("file").is_none() => {
            match tokio::task::spawn_blocking(move || process(&b))
                .await
                .map_err(|e| AppError::Internal(format!("image task: {e}")))?
            {
                Ok(p) => Some(p),
                Err(key) => {
                    errors.add("file", key);
                    None
                }
            }
        }
        _ => None,
    };
    let (Some(p), true) = (processed, errors.is_empty()) else {
        return show(&ctx, &state, &entry, &alt, &errors).await;
    };
    let key: String = crate::auth::random_token().chars().take(32).collect();
    if key.len() != 32 {
        return Err(AppError::Internal("no random source".into()));
    }
    write_files(&state.config.media_dir, &key, &p)
        .await
        .map_err(|e| AppError::Internal(format!("media directory: {e}")))?;
    let new = NewImage {
        entry_id: id,
        file_key: &key,
        content_type: p.content_type,
        width: p.width.into(),
        height: p.height.into(),
        thumb_width: p.thumb_width.into(),
        thumb_height: p.thumb_height.into(),
        bytes: (p.full.len() + p.thumb.len()) as i64,
        alt: &alt,
        uploaded_by: user.id,
        // The secretariat reviews; what the owner adds waits for it.
        approved: by_secretariat,
    };
    let saved = async {
        let mut tx = state.db.begin().await?;
        let row = imgs::insert(&mut tx, &new).await?;
        let mut to_review = false;
        if row.is_some() {
            // An image added to a published entry sends the entry back to review.
            if !by_secretariat
                && let Some(now) = st::get_entry(&mut tx, id).await?
                && now.status == EntryStatus::Published
            {
                st::change_status(
                    &mut tx,
                    &now,
                    now.version,
                    user.id,
                    "images",
                    EntryStatus::Submitted,
                    None,
                    None,
                )
                .await?;
                to_review = true;
            }
            tx.commit().await?;
        }
        Ok::<_, wsis_db::DbError>(row.map(|_| to_review))
    }
    .await;
    match saved {
        Ok(Some(to_review)) => {
            if to_review {
                super::service::notify(
                    &state,
                    &user,
                    id,
                    &entry.current.title,
                    "mail-entry-submitted",
                    None,
                )
                .await;
            }
            Ok(Redirect::to(&format!(
                "/{}/stocktaking/entries/{id}/images",
                ctx.lang.code()
            ))
            .into_response())
        }
        Ok(None) | Err(wsis_db::DbError::Conflict(_)) => {
            // Full, or another upload took the last place meanwhile.
            remove_files(&state.config.media_dir, &key, p.ext).await;
            errors.add("file", "image-limit");
            show(&ctx, &state, &entry, &alt, &errors).await
        }
        Err(e) => {
            remove_files(&state.config.media_dir, &key, p.ext).await;
            Err(e.into())
        }
    }
}

/// Removes one image (owner or secretariat).
pub async fn remove(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id, image_id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    entry_for(&state, &user, id).await?;
    let mut tx = state.db.begin().await?;
    let removed = imgs::delete(&mut tx, id, image_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    remove_files(
        &state.config.media_dir,
        &removed.file_key,
        ext_of(&removed.content_type),
    )
    .await;
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
    let (stem, ext) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let (key, thumb) = match stem.strip_suffix("-thumb") {
        Some(k) => (k, true),
        None => (stem, false),
    };
    if key.len() != 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let mut conn = state.db.conn().await?;
    let img = imgs::by_key(&mut conn, key)
        .await?
        .ok_or(AppError::NotFound)?;
    if ext != ext_of(&img.content_type) {
        return Err(AppError::NotFound);
    }
    let (owner, published) = imgs::entry_visibility(&mut conn, img.entry_id)
        .await?
        .ok_or(AppError::NotFound)?;
    drop(conn);
    let public = published && img.is_approved();
    if !public {
        let allowed = session_user(state, headers)
            .await?
            .is_some_and(|(u, _)| u.id == owner || has_role(&u.roles, Role::Secretariat));
        if !allowed {
            return Err(AppError::NotFound);
        }
    }
    let name = if thumb {
        format!("{key}-thumb.{ext}")
    } else {
        format!("{key}.{ext}")
    };
    let bytes = tokio::fs::read(dir_of(&state.config.media_dir, key).join(name))
        .await
        .map_err(|_| AppError::NotFound)?;
    // The bytes behind a key never change; a private image stays out of shared caches.
    let cache = if public {
        "public, max-age=31536000, immutable"
    } else {
        "private, max-age=3600"
    };
    Ok((
        [
            (header::CONTENT_TYPE, img.content_type.clone()),
            (header::CACHE_CONTROL, cache.to_owned()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32, alpha: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let img = if alpha {
            DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
                w,
                h,
                image::Rgba([10, 20, 30, 128]),
            ))
        } else {
            DynamicImage::ImageRgb8(image::RgbImage::from_pixel(w, h, image::Rgb([10, 20, 30])))
        };
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn large_images_are_scaled_down_small_ones_kept() {
        let p = process(&png(3200, 1000, false)).unwrap();
        assert_eq!((p.width, p.height), (1600, 500));
        assert_eq!((p.thumb_width, p.thumb_height), (320, 100));
        assert_eq!(p.content_type, "image/jpeg");
        let p = process(&png(200, 100, true)).unwrap();
        assert_eq!((p.width, p.height), (200, 100));
        assert_eq!((p.thumb_width, p.thumb_height), (200, 100));
        assert_eq!(p.content_type, "image/png");
    }

    #[test]
    fn content_decides_not_the_name() {
        assert_eq!(
            process(b"GIF89a not really").unwrap_err(),
            "image-not-image"
        );
        assert_eq!(process(b"hello, world").unwrap_err(), "image-not-image");
        let mut truncated = png(50, 50, false);
        truncated.truncate(60);
        assert_eq!(process(&truncated).unwrap_err(), "image-not-image");
        assert_eq!(
            process(&png(MAX_INPUT_SIDE + 1, 2, false)).unwrap_err(),
            "image-too-many-pixels"
        );
        assert_eq!(
            process(&vec![0u8; MAX_IMAGE_BYTES + 1]).unwrap_err(),
            "image-too-large"
        );
    }
}
