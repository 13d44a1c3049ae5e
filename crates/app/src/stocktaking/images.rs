//! Images of stocktaking entries: up to five per entry, added by the owner or the
//! secretariat.
//!
//! Each upload is checked by its content, never its name or declared type: it must decode
//! as PNG, JPEG or WebP within size, dimension and memory limits (a decompression bomb
//! stops at the limits). It is then re-encoded from its pixels, so that no metadata (EXIF,
//! GPS, comments) survives, at most [`MAX_SIDE`] pixels on its long side, with a thumbnail
//! of at most [`THUMB_SIDE`]. Images with transparency stay PNG; others become JPEG.
//!
//! The files live in the media store (`stocktaking/AB/KEY.EXT` and `KEY-thumb.EXT`, KEY
//! random); the database holds their description. The files are written before the row
//! is committed, and removed again if the row cannot be; a removed image's files go after
//! its row.
//!
//! Images are reviewed like text (the workflow's [`Action::AddImage`]): one the owner adds
//! waits for the secretariat, and adding one to a published entry sends the entry back to
//! review (the published version stays public meanwhile). Publishing the entry approves
//! its waiting images; refusing the edit removes them. Images the secretariat adds are
//! approved at once. Approved images of published entries are public; the others only
//! reach the owner and the secretariat.

use super::entries::{next_status, principal, read, stale};
use super::notify;
use crate::{App, ServiceError, ServiceResult};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;
use wsis_db::accounts::User;
use wsis_db::entry_images::{self as imgs, NewImage};
use wsis_db::stocktaking as st;
use wsis_domain::stocktaking::{Action, Actor, EntryStatus};
use wsis_domain::{AccountId, EntryId, FieldErrors, ImageId};

pub use wsis_db::entry_images::{EntryImage, MAX_IMAGES};
pub use wsis_db::stocktaking::Entry;

/// Largest image file accepted.
pub const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;
/// Largest upload request (the file, its alternative text and the token);
/// a file between [`MAX_IMAGE_BYTES`] and this gets a field error, a larger
/// request a 413.
pub const MAX_REQUEST_BYTES: usize = 10 * 1024 * 1024;
/// Most pixels on a side of an uploaded image.
pub const MAX_INPUT_SIDE: u32 = 8_000;
/// Most pixels of an uploaded image (25 megapixels: a 24-megapixel camera's 6000 × 4000
/// passes). Checked from the header, before any pixel is decoded: decoding takes 3 to 4
/// bytes a pixel, so this bounds one decode to about 100 MB, and [`IMAGE_SLOTS`] bound
/// how many run at once.
pub const MAX_INPUT_PIXELS: u64 = 25_000_000;
/// Images decoded and resized at once, across all requests of a node.
pub const IMAGE_SLOTS: usize = 2;
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
pub(crate) fn fit(
    img: &DynamicImage,
    side: u32,
    filter: image::imageops::FilterType,
) -> DynamicImage {
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
    let img = decode(bytes, MAX_SIDE)?;
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

/// Decodes an upload checked by its content: PNG, JPEG or WebP, within the dimension,
/// pixel and memory limits (checked from the header, before any pixel is decoded), turned
/// as the camera said; a photo larger than twice `side` is averaged down to that first.
/// Nothing of the file but its pixels survives (no EXIF, GPS or comments).
pub(crate) fn decode(bytes: &[u8], side: u32) -> Result<DynamicImage, &'static str> {
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
    // A large photo is first averaged down to twice the stored size (integer box filter,
    // no intermediate buffer) and the decoded pixels freed at once: the filtered resize
    // below then works on at most 3,200 px, whose float intermediate is a fraction of a
    // full photo's (about 180 MB less for 6000 x 4000).
    if img.width().max(img.height()) > 2 * side {
        img = img.thumbnail(2 * side, 2 * side);
    }
    // Turn the pixels as the camera said, since the saying goes with the metadata.
    img.apply_orientation(orientation);
    Ok(img)
}

/// The directory of an image's files under the media directory.
/// The store's keys of an image and its thumbnail (`stocktaking/AB/KEY.EXT`,
/// `…/KEY-thumb.EXT`; outcome photos share the layout).
pub(crate) fn object_keys(key: &str, ext: &str) -> [String; 2] {
    let dir = format!("stocktaking/{}", wsis_media::shard(key));
    [
        format!("{dir}/{key}.{ext}"),
        format!("{dir}/{key}-thumb.{ext}"),
    ]
}

/// Writes both files to the media store (before the row that names them commits); on
/// any failure nothing of them is left, and the user is told on the form.
pub(crate) async fn write_files(app: &App, key: &str, p: &Processed) -> ServiceResult<()> {
    let [full, thumb] = object_keys(key, p.ext);
    crate::media::put_upload(
        app,
        vec![
            (full, p.full.clone().into()),
            (thumb, p.thumb.clone().into()),
        ],
    )
    .await
}

/// Removes an image's files; a missing file is fine (a failure leaves an orphan for
/// `wsis media gc`).
pub async fn remove_files(app: &App, key: &str, ext: &str) {
    for k in object_keys(key, ext) {
        app.media().delete(&k).await;
    }
}

pub fn ext_of(content_type: &str) -> &'static str {
    if content_type == "image/png" {
        "png"
    } else {
        "jpg"
    }
}

/// The entry, if `user` may change its images (its owner or the secretariat, while it is
/// not rejected).
pub async fn entry_for(app: &App, user: &User, id: EntryId) -> ServiceResult<(Entry, Actor)> {
    let (entry, actor) = super::entries::entry_for(app, user, id).await?;
    if entry.status == EntryStatus::Rejected {
        return Err(ServiceError::Conflict("entry-rejected-final"));
    }
    Ok((entry, actor))
}

/// The images of an entry, in their order (for the owner and the secretariat, or for the
/// entry's page).
pub async fn images_of(app: &App, id: EntryId) -> ServiceResult<Vec<EntryImage>> {
    Ok(imgs::images_of(&mut *app.db().conn().await?, id.get()).await?)
}

/// A random file key (32 hex digits).
pub(crate) fn new_key() -> ServiceResult<String> {
    Ok(wsis_media::new_key()?)
}

/// Adds an image with its alternative text. Problems with the file or the text come back
/// as field errors (`file`, `alt`); nothing is then kept.
pub async fn add(
    app: &App,
    user: &User,
    id: EntryId,
    alt: &str,
    bytes: Option<Vec<u8>>,
) -> ServiceResult<ImageId> {
    let (entry, actor) = entry_for(app, user, id).await?;
    let alt = alt.trim().to_owned();
    let mut errors = FieldErrors::new();
    let count = images_of(app, id).await?.len() as i64;
    if count >= MAX_IMAGES {
        errors.add("file", "image-limit");
    }
    if alt.is_empty() || alt.chars().count() > MAX_ALT_CHARS {
        errors.add("alt", "image-alt-required");
    }
    let bytes = bytes.filter(|b| !b.is_empty());
    if bytes.is_none() && count < MAX_IMAGES {
        errors.add("file", "image-required");
    }
    let processed = match bytes {
        Some(b) if errors.for_field("file").is_none() => {
            // A bounded number at once: memory stays bounded under a burst of uploads.
            let _slot = app
                .0
                .image_slots
                .acquire()
                .await
                .map_err(|e| ServiceError::caused("image slots", e))?;
            match tokio::task::spawn_blocking(move || process(&b))
                .await
                .map_err(|e| ServiceError::internal(format!("image task: {e}")))?
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
        return Err(ServiceError::Fields(errors));
    };
    let key = new_key()?;
    write_files(app, &key, &p).await?;
    let new = NewImage {
        entry_id: entry.id,
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
        approved: actor == Actor::Secretariat,
    };
    let saved = insert(app, user, actor, &new).await;
    match saved {
        Ok(Some(image)) => {
            app.wake_worker();
            Ok(image)
        }
        Ok(None) => {
            // Full, or another upload took the last place meanwhile.
            remove_files(app, &key, p.ext).await;
            Err(ServiceError::field("file", "image-limit"))
        }
        Err(e) => {
            remove_files(app, &key, p.ext).await;
            Err(e)
        }
    }
}

/// The row of a new image, and what it does to its entry, in one transaction (`None`: the
/// entry has all its images).
async fn insert(
    app: &App,
    user: &User,
    actor: Actor,
    new: &NewImage<'_>,
) -> ServiceResult<Option<ImageId>> {
    let mut tx = app.db().begin().await?;
    crate::within_upload_quota(&mut tx, app, super::entries::principal(user), new.bytes).await?;
    let row = match imgs::insert(&mut tx, new).await {
        Ok(row) => row,
        Err(wsis_db::DbError::Conflict(_)) => None,
        Err(e) => return Err(e.into()),
    };
    let Some(row) = row else {
        return Ok(None);
    };
    let entry = read(&mut tx, EntryId::new(new.entry_id)).await?;
    let to = next_status(&entry, Action::AddImage, actor)?;
    if to != entry.status {
        // An image the owner adds to a published entry sends it back to review.
        st::change_status(
            &mut tx,
            &entry,
            entry.version,
            user.id,
            Action::AddImage.code(),
            to,
            None,
            None,
        )
        .await
        .map_err(stale)?;
        if to == EntryStatus::Submitted {
            notify::submitted(&mut tx, app, user, entry.id, &entry.current.title).await?;
        }
    }
    tx.commit().await?;
    Ok(Some(ImageId::new(row.id)))
}

/// Removes one image (owner or secretariat).
pub async fn remove(app: &App, user: &User, id: EntryId, image: ImageId) -> ServiceResult<()> {
    entry_for(app, user, id).await?;
    let mut tx = app.db().begin().await?;
    let removed = imgs::delete(&mut tx, id.get(), image.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    remove_files(app, &removed.file_key, ext_of(&removed.content_type)).await;
    Ok(())
}

/// An image file asked for by its name (`KEY.EXT` or `KEY-thumb.EXT`).
#[derive(Debug, Clone)]
pub struct MediaFile {
    key: String,
    thumb: bool,
    pub content_type: String,
    /// Approved, of a published entry: anyone may see it, and caches may keep it.
    pub public: bool,
    owner: AccountId,
}

impl MediaFile {
    /// Whether `viewer` may see it: anyone when it is public, else the entry's owner and
    /// the secretariat.
    pub fn visible_to(&self, viewer: Option<&User>) -> bool {
        self.public || viewer.is_some_and(|u| principal(u).owns_or_secretariat(self.owner))
    }
}

/// The image a media file name stands for (not found for a malformed name, an unknown key
/// or the wrong extension).
pub async fn media(app: &App, file: &str) -> ServiceResult<MediaFile> {
    let (stem, ext) = file.rsplit_once('.').ok_or(ServiceError::NotFound)?;
    let (key, thumb) = match stem.strip_suffix("-thumb") {
        Some(k) => (k, true),
        None => (stem, false),
    };
    if key.len() != 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ServiceError::NotFound);
    }
    let mut conn = app.db().conn().await?;
    let img = imgs::by_key(&mut conn, key)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if ext != ext_of(&img.content_type) {
        return Err(ServiceError::NotFound);
    }
    let (owner, published) = imgs::entry_visibility(&mut conn, img.entry_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(MediaFile {
        key: key.to_owned(),
        thumb,
        public: published && img.is_approved(),
        content_type: img.content_type,
        owner: AccountId::new(owner),
    })
}

/// The store's key of a media file.
pub fn media_key(file: &MediaFile) -> String {
    let [full, thumb] = object_keys(&file.key, ext_of(&file.content_type));
    if file.thumb { thumb } else { full }
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
        // Past twice the stored size, averaged down first: the same size comes out.
        let p = process(&png(4000, 1000, false)).unwrap();
        assert_eq!((p.width, p.height), (1600, 400));
        let p = process(&png(200, 100, true)).unwrap();
        assert_eq!((p.width, p.height), (200, 100));
        assert_eq!((p.thumb_width, p.thumb_height), (200, 100));
        assert_eq!(p.content_type, "image/png");
    }

    /// A PNG that claims `w` × `h` pixels: its header, and the start of its data.
    fn png_header(w: u32, h: u32) -> Vec<u8> {
        fn crc32(bytes: &[u8]) -> u32 {
            let mut crc = 0xFFFF_FFFFu32;
            for &b in bytes {
                crc ^= u32::from(b);
                for _ in 0..8 {
                    crc = if crc & 1 == 1 {
                        (crc >> 1) ^ 0xEDB8_8320
                    } else {
                        crc >> 1
                    };
                }
            }
            !crc
        }
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend(w.to_be_bytes());
        ihdr.extend(h.to_be_bytes());
        ihdr.extend([8, 2, 0, 0, 0]);
        out.extend(13u32.to_be_bytes());
        out.extend(&ihdr);
        out.extend(crc32(&ihdr).to_be_bytes());
        out.extend(1_000u32.to_be_bytes());
        out.extend(b"IDAT\x78\x9c");
        out
    }

    /// Issue 10, item 5: 8000 × 5000 (40 megapixels, a 162 KB file that took 290 MB to
    /// decode) is refused from its header, before any pixel is decoded; 6000 × 4000 is
    /// within the limit.
    #[test]
    fn too_many_pixels_are_refused_before_decoding() {
        assert_eq!(
            process(&png_header(8000, 5000)).unwrap_err(),
            "image-too-many-pixels"
        );
        // Within the limit the decoder goes on, and finds the data truncated.
        assert_eq!(
            process(&png_header(6000, 4000)).unwrap_err(),
            "image-not-image"
        );
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
