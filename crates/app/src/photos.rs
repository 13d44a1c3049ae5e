//! The WSIS Photo Contest (issue 14): contests and their phases, entrants' photos (in
//! the media store, in three sizes for `srcset`), the secretariat's screening, the
//! public gallery, the jury's scores and the three winners.
//!
//! A photo is checked by its content like every image (PNG, JPEG or WebP; a script named
//! `.jpg` is refused; dimensions and pixels from the header, so that a decompression bomb
//! is refused before it is decoded), re-encoded from its pixels (no location or camera
//! metadata survives) as JPEG at [`SIZES`] pixels on the long side, written to the store,
//! and only then named by its row.

use crate::prizes::secretariat;
use crate::stocktaking::images as img;
use crate::{App, ServiceError, ServiceResult};
use std::collections::BTreeMap;
use wsis_db::now;
use wsis_db::photos as q;
use wsis_domain::access::Principal;
use wsis_domain::account::Email;
use wsis_domain::photos::{
    MAX_PHOTOS, Phase, PhotoInput, Ranked, SCORE_RANGE, Schedule, WINNERS, parse_theme, status,
};
use wsis_domain::{AccountId, FieldErrors, Language};

pub use wsis_db::photos::{ContestRow, PhotoRow};

/// The long sides of a photo's stored sizes: the gallery's thumbnail, a screen's width,
/// the exhibition's.
pub const SIZES: [u32; 3] = [320, 800, 1600];
/// Largest photo file accepted.
pub const MAX_PHOTO_BYTES: usize = 15 * 1024 * 1024;
/// Photos per gallery page.
pub const PAGE: i64 = 24;

/// A contest as the pages show it.
#[derive(Debug, Clone)]
pub struct Contest {
    pub id: i64,
    pub year: i64,
    pub theme: BTreeMap<String, String>,
    pub schedule: Schedule,
    pub phase: Phase,
    /// The public vote's window, when the contest has one.
    pub vote: Option<(i64, i64)>,
    /// Whether the public vote is open now.
    pub vote_open: bool,
}

impl Contest {
    fn of(r: ContestRow, t: i64) -> Contest {
        Contest {
            id: r.id,
            year: r.year,
            phase: r.schedule.phase_at(t),
            theme: r.theme,
            schedule: r.schedule,
            vote: r.vote,
            vote_open: r.vote.is_some_and(|(a, b)| (a..b).contains(&t)),
        }
    }

    /// The theme in `lang` and the language it is in (English when not translated).
    pub fn theme_in(&self, lang: Language) -> (&str, Language) {
        match self.theme.get(lang.code()) {
            Some(t) => (t, lang),
            None => (
                self.theme.get("en").map(String::as_str).unwrap_or_default(),
                Language::En,
            ),
        }
    }
}

/// The store key of a photo's size.
pub fn object_key(key: &str, size: u32) -> String {
    format!("photos/{}/{key}-{size}.jpg", wsis_media::shard(key))
}

/// The width and height of a photo's size, from its largest size's.
pub fn size_of(width: i64, height: i64, size: u32) -> (i64, i64) {
    let long = width.max(height);
    let size = i64::from(size);
    if long <= size || long == 0 {
        (width, height)
    } else {
        (
            (width * size + long / 2) / long,
            (height * size + long / 2) / long,
        )
    }
}

pub async fn contests(app: &App) -> ServiceResult<Vec<Contest>> {
    let mut conn = app.db().conn().await?;
    let t = now();
    Ok(q::contests(&mut conn)
        .await?
        .into_iter()
        .map(|r| Contest::of(r, t))
        .collect())
}

pub async fn contest(app: &App, year: i64) -> ServiceResult<Contest> {
    let mut conn = app.db().conn().await?;
    contest_in(&mut conn, year).await
}

async fn contest_in(conn: &mut wsis_db::AnyConnection, year: i64) -> ServiceResult<Contest> {
    let row = q::contest(conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(Contest::of(row, now()))
}

/// Creates the contest of `year` (the secretariat), or changes its theme and dates.
pub async fn save_contest(
    app: &App,
    who: Principal<'_>,
    year: i64,
    theme: &BTreeMap<String, String>,
    dates: [Option<i64>; 3],
    vote: [Option<i64>; 2],
) -> ServiceResult<()> {
    secretariat(who)?;
    let mut errors = FieldErrors::new();
    if !(2000..=2100).contains(&year) {
        errors.add("year", "photo-year-invalid");
    }
    let theme = match parse_theme(theme) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    };
    for (i, d) in dates.iter().enumerate() {
        if d.is_none() {
            errors.add(Schedule::FIELDS[i], "photo-date-required");
        }
    }
    let schedule = match dates {
        [Some(a), Some(b), Some(c)] => match Schedule::parse([a, b, c]) {
            Ok(s) => Some(s),
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        },
        _ => None,
    };
    let window = match &schedule {
        Some(s) => match wsis_domain::photos::parse_vote_window(s, vote[0], vote[1]) {
            Ok(w) => w,
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        },
        None => None,
    };
    let (Some(theme), Some(schedule), true) = (theme, schedule, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    let id = match q::contest(&mut tx, year).await? {
        Some(c) => {
            q::update_contest(&mut tx, c.id, &theme, &schedule).await?;
            c.id
        }
        None => q::create_contest(&mut tx, year, &theme, &schedule).await?,
    };
    q::set_vote_window(&mut tx, id, window).await?;
    tx.commit().await?;
    Ok(())
}

/// Every contest with how many photos wait for screening (the secretariat's home).
pub async fn dashboard(app: &App, who: Principal<'_>) -> ServiceResult<Vec<(Contest, i64)>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let t = now();
    let mut out = Vec::new();
    for row in q::contests(&mut conn).await? {
        let waiting = q::status_counts(&mut conn, row.id)
            .await?
            .into_iter()
            .find(|(s, _)| s == status::SUBMITTED)
            .map_or(0, |(_, n)| n);
        out.push((Contest::of(row, t), waiting));
    }
    Ok(out)
}

/// What an entrant sees: the contest, whether they confirmed, their photos.
pub struct Mine {
    pub contest: Contest,
    pub confirmed: bool,
    pub photos: Vec<PhotoRow>,
}

pub async fn mine(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Mine> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    let confirmed = q::is_entrant(&mut conn, contest.id, who.id.get()).await?;
    let photos = q::photos_of_entrant(&mut conn, contest.id, who.id.get()).await?;
    Ok(Mine {
        contest,
        confirmed,
        photos,
    })
}

/// Records that the entrant is over 18 and holds the rights to what they submit (both
/// boxes ticked; while submissions are open).
pub async fn confirm(
    app: &App,
    who: Principal<'_>,
    year: i64,
    adult: bool,
    rights: bool,
) -> ServiceResult<()> {
    let mut errors = FieldErrors::new();
    if !adult {
        errors.add("adult", "photo-confirm-adult");
    }
    if !rights {
        errors.add("rights", "photo-confirm-rights");
    }
    let mut tx = app.db().begin().await?;
    let contest = contest_in(&mut tx, year).await?;
    if contest.phase != Phase::Submission {
        return Err(ServiceError::Conflict("photo-contest-closed"));
    }
    errors.into_result()?;
    q::confirm_entrant(&mut tx, contest.id, who.id.get()).await?;
    tx.commit().await?;
    Ok(())
}

/// A photo, checked and encoded in its sizes.
pub(crate) struct Encoded {
    width: u32,
    height: u32,
    sizes: Vec<Vec<u8>>,
}

impl Encoded {
    /// Its width, height and bytes in all, and its objects for the store under `key`.
    pub(crate) fn into_objects(self, key: &str) -> (i64, i64, i64, Vec<(String, bytes::Bytes)>) {
        let bytes = self.sizes.iter().map(|s| s.len() as i64).sum();
        let objects = SIZES
            .iter()
            .zip(self.sizes)
            .map(|(side, b)| (object_key(key, *side), b.into()))
            .collect();
        (self.width.into(), self.height.into(), bytes, objects)
    }
}

/// Checks a photo by its content and encodes it in [`SIZES`] (CPU-bound: a blocking
/// thread). The error is the field error's message key.
pub(crate) fn encode_photo(bytes: &[u8]) -> Result<Encoded, &'static str> {
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err("photo-too-large");
    }
    let largest = SIZES[SIZES.len() - 1];
    let img = img::decode(bytes, largest)?;
    let img = image::DynamicImage::ImageRgb8(img.to_rgb8());
    let mut sizes = Vec::with_capacity(SIZES.len());
    let mut current = img::fit(&img, largest, image::imageops::FilterType::CatmullRom);
    let (width, height) = (current.width(), current.height());
    // Largest first; each smaller size from the one before (sharper and cheaper).
    for (i, side) in SIZES.iter().rev().enumerate() {
        if i > 0 {
            current = img::fit(&current, *side, image::imageops::FilterType::Triangle);
        }
        // The thumbnails are what a slow network loads by the dozen: lighter.
        let quality = if *side <= 320 { 70 } else { 82 };
        let mut out = Vec::new();
        current
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
                &mut out, quality,
            ))
            .map_err(|_| "image-not-image")?;
        sizes.push(out);
    }
    sizes.reverse();
    Ok(Encoded {
        width,
        height,
        sizes,
    })
}

/// Adds a photo of the entrant (while submissions are open, once they confirmed, at
/// most [`MAX_PHOTOS`]). Problems with the file or the description are field errors;
/// nothing is then kept.
pub async fn add(
    app: &App,
    who: Principal<'_>,
    year: i64,
    input: &PhotoInput,
    bytes: Option<Vec<u8>>,
) -> ServiceResult<i64> {
    let Mine {
        contest,
        confirmed,
        photos,
    } = mine(app, who, year).await?;
    if contest.phase != Phase::Submission {
        return Err(ServiceError::field("file", "photo-contest-closed"));
    }
    if !confirmed {
        return Err(ServiceError::field("file", "photo-confirm-first"));
    }
    let today = jiff::Timestamp::now().strftime("%Y-%m-%d").to_string();
    let mut errors = FieldErrors::new();
    let data = match input.parse(&today) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    };
    if photos.len() as i64 >= MAX_PHOTOS {
        errors.add("file", "photo-limit");
    }
    let encoded = match bytes.filter(|b| !b.is_empty()) {
        None => {
            errors.add("file", "image-required");
            None
        }
        Some(_) if !errors.is_empty() => None,
        Some(b) => {
            let _slot = app
                .0
                .image_slots
                .acquire()
                .await
                .map_err(|e| ServiceError::caused("image slots", e))?;
            match tokio::task::spawn_blocking(move || encode_photo(&b))
                .await
                .map_err(|e| ServiceError::internal(format!("photo task: {e}")))?
            {
                Ok(e) => Some(e),
                Err(key) => {
                    errors.add("file", key);
                    None
                }
            }
        }
    };
    let (Some(data), Some(encoded), true) = (data, encoded, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let key = wsis_media::new_key()?;
    let (width, height, bytes, objects) = encoded.into_objects(&key);
    let keys: Vec<String> = objects.iter().map(|(k, _)| k.clone()).collect();
    crate::media::put_upload(app, objects).await?;
    let saved = async {
        let mut tx = app.db().begin().await?;
        crate::within_upload_quota(&mut tx, app, who, bytes).await?;
        let id = q::insert_photo(
            &mut tx,
            &q::NewPhoto {
                contest_id: contest.id,
                entrant_id: who.id.get(),
                data: &data,
                file_key: &key,
                width,
                height,
                bytes,
            },
        )
        .await
        .map_err(|e| match e {
            wsis_db::DbError::Conflict(_) => ServiceError::field("file", "photo-limit"),
            e => e.into(),
        })?
        .ok_or(ServiceError::field("file", "photo-limit"))?;
        tx.commit().await?;
        Ok::<_, ServiceError>(id)
    }
    .await;
    if saved.is_err() {
        for k in &keys {
            app.media().delete(k).await;
        }
    }
    saved
}

async fn delete_files(app: &App, key: &str) {
    for side in SIZES {
        app.media().delete(&object_key(key, side)).await;
    }
}

/// Removes a photo: the entrant's own while it waits for screening and submissions are
/// open; any photo not awarded, for the secretariat.
pub async fn remove(app: &App, who: Principal<'_>, year: i64, id: i64) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let contest = contest_in(&mut tx, year).await?;
    let photo = q::photo(&mut tx, id)
        .await?
        .filter(|p| p.contest_id == contest.id)
        .ok_or(ServiceError::NotFound)?;
    let entrant = if who.is_secretariat() {
        None
    } else if photo.entrant_id == who.id.get() {
        if contest.phase != Phase::Submission || photo.status != status::SUBMITTED {
            return Err(ServiceError::Conflict("photo-remove-closed"));
        }
        Some(who.id.get())
    } else {
        return Err(ServiceError::NotFound);
    };
    let key = q::delete_photo(&mut tx, id, entrant)
        .await?
        .ok_or(ServiceError::Conflict("photo-remove-closed"))?;
    tx.commit().await?;
    delete_files(app, &key).await;
    Ok(())
}

/// The screening queue (the secretariat): photos waiting, oldest first, and the
/// contest's counts per status.
pub async fn screening(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<(Contest, Vec<PhotoRow>, BTreeMap<String, i64>)> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    let waiting = q::photos_with_status(&mut conn, contest.id, status::SUBMITTED, 200).await?;
    let counts = q::status_counts(&mut conn, contest.id)
        .await?
        .into_iter()
        .collect();
    Ok((contest, waiting, counts))
}

/// Accepts a photo into the gallery or refuses it with a reason the entrant sees.
pub async fn screen(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
    accept: bool,
    note: &str,
) -> ServiceResult<()> {
    secretariat(who)?;
    let note = note.trim();
    if !accept && note.is_empty() {
        return Err(ServiceError::field("note", "photo-note-required"));
    }
    if note.chars().count() > 500 || !wsis_domain::validation::text_is_clean(note, true) {
        return Err(ServiceError::field("note", "photo-note-too-long"));
    }
    let mut tx = app.db().begin().await?;
    let contest = contest_in(&mut tx, year).await?;
    let photo = q::photo(&mut tx, id)
        .await?
        .filter(|p| p.contest_id == contest.id)
        .ok_or(ServiceError::NotFound)?;
    let to = if accept {
        status::ACCEPTED
    } else {
        status::REJECTED
    };
    let note = (!note.is_empty()).then_some(note);
    if !q::screen(&mut tx, photo.id, to, note, who.id.get()).await? {
        return Err(ServiceError::Conflict("photo-awarded"));
    }
    if !accept {
        q::drop_votes(&mut tx, photo.id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// One page of the public gallery (accepted photos), filtered by SDG.
pub async fn gallery(
    app: &App,
    year: i64,
    sdg: Option<u8>,
    page: i64,
) -> ServiceResult<(Contest, Vec<PhotoRow>, i64)> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    let page = page.clamp(1, 10_000);
    let (rows, total) = q::gallery(&mut conn, contest.id, sdg, (page - 1) * PAGE, PAGE).await?;
    Ok((contest, rows, total))
}

/// Whether `who` may see a photo that is not public: its entrant, the secretariat, a
/// juror of its contest.
async fn may_see(
    conn: &mut wsis_db::AnyConnection,
    who: Option<Principal<'_>>,
    p: &PhotoRow,
) -> ServiceResult<bool> {
    if p.status == status::ACCEPTED {
        return Ok(true);
    }
    let Some(who) = who else { return Ok(false) };
    Ok(who.owns_or_secretariat(AccountId::new(p.entrant_id))
        || q::is_juror(conn, p.contest_id, who.id.get()).await?)
}

/// A photo's page: public once accepted.
pub async fn photo(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
    id: i64,
) -> ServiceResult<(Contest, PhotoRow, Option<usize>)> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    let p = q::photo(&mut conn, id)
        .await?
        .filter(|p| p.contest_id == contest.id)
        .ok_or(ServiceError::NotFound)?;
    if !may_see(&mut conn, who, &p).await? {
        return Err(ServiceError::NotFound);
    }
    let place = if contest.phase == Phase::Announced {
        q::winners(&mut conn, contest.id)
            .await?
            .iter()
            .position(|w| w.id == p.id)
            .map(|i| i + 1)
    } else {
        None
    };
    Ok((contest, p, place))
}

/// A photo file asked for by its name (`KEY-SIZE.jpg`): its store key, and whether it
/// is public (accepted).
pub struct PhotoFile {
    pub key: String,
    pub public: bool,
}

pub async fn photo_file(
    app: &App,
    who: Option<Principal<'_>>,
    file: &str,
) -> ServiceResult<PhotoFile> {
    let stem = file.strip_suffix(".jpg").ok_or(ServiceError::NotFound)?;
    let (key, size) = stem.rsplit_once('-').ok_or(ServiceError::NotFound)?;
    let size: u32 = size.parse().map_err(|_| ServiceError::NotFound)?;
    if !SIZES.contains(&size) || key.len() != 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ServiceError::NotFound);
    }
    let mut conn = app.db().conn().await?;
    let p = q::photo_by_key(&mut conn, key)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !may_see(&mut conn, who, &p).await? {
        return Err(ServiceError::NotFound);
    }
    Ok(PhotoFile {
        key: object_key(key, size),
        public: p.status == status::ACCEPTED,
    })
}

// --------------------------------------------------------------------- the jury

/// The jurors of a contest (the secretariat): (id, name, e-mail).
pub async fn jurors(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<Vec<(i64, String, String)>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    Ok(q::jurors(&mut conn, contest.id).await?)
}

/// Appoints (or, with `add` false, removes) the account of `email` as a juror.
pub async fn set_juror(
    app: &App,
    who: Principal<'_>,
    year: i64,
    email: &str,
    add: bool,
) -> ServiceResult<()> {
    secretariat(who)?;
    let email = Email::parse(email).map_err(|k| ServiceError::field("email", k))?;
    let mut tx = app.db().begin().await?;
    let contest = contest_in(&mut tx, year).await?;
    let user = wsis_db::accounts::find_user_by_email(&mut tx, &email)
        .await?
        .ok_or(ServiceError::field("email", "photo-account-unknown"))?;
    if add {
        q::add_juror(&mut tx, contest.id, user.id).await?;
    } else {
        q::remove_juror(&mut tx, contest.id, user.id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// What a juror scores: the accepted photos and their own scores so far.
pub async fn jury(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<(Contest, Vec<PhotoRow>, BTreeMap<i64, i64>)> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    if !q::is_juror(&mut conn, contest.id, who.id.get()).await? {
        return Err(ServiceError::Forbidden);
    }
    let photos = q::photos_with_status(&mut conn, contest.id, status::ACCEPTED, 2_000).await?;
    let scores = q::scores_of(&mut conn, contest.id, who.id.get()).await?;
    Ok((contest, photos, scores))
}

/// A juror scores an accepted photo (1–10) once submissions have closed and until the
/// winners are announced.
pub async fn score(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
    score: &str,
) -> ServiceResult<()> {
    let score: i64 = score
        .trim()
        .parse()
        .ok()
        .filter(|s| SCORE_RANGE.contains(s))
        .ok_or(ServiceError::field("score", "photo-score-invalid"))?;
    let mut tx = app.db().begin().await?;
    let contest = contest_in(&mut tx, year).await?;
    if !q::is_juror(&mut tx, contest.id, who.id.get()).await? {
        return Err(ServiceError::Forbidden);
    }
    if contest.phase != Phase::Judging {
        return Err(ServiceError::Conflict("photo-jury-closed"));
    }
    q::photo(&mut tx, id)
        .await?
        .filter(|p| p.contest_id == contest.id && p.status == status::ACCEPTED)
        .ok_or(ServiceError::NotFound)?;
    q::score(&mut tx, id, who.id.get(), score).await?;
    tx.commit().await?;
    Ok(())
}

/// The jury's ranking of the accepted photos (the secretariat), best first, and the
/// winners chosen so far.
pub async fn ranking(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<(Contest, Vec<(PhotoRow, Ranked)>, Vec<i64>)> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    let mut ranked: Vec<Ranked> = q::score_totals(&mut conn, contest.id)
        .await?
        .into_iter()
        .map(|(photo, sum, n)| Ranked {
            photo,
            mean: if n == 0 { 0.0 } else { sum as f64 / n as f64 },
            scores: n,
        })
        .collect();
    wsis_domain::photos::rank(&mut ranked);
    let photos: BTreeMap<i64, PhotoRow> =
        q::photos_with_status(&mut conn, contest.id, status::ACCEPTED, 2_000)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
    let winners = q::winners(&mut conn, contest.id)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let rows = ranked
        .into_iter()
        .filter_map(|r| photos.get(&r.photo).cloned().map(|p| (p, r)))
        .collect();
    Ok((contest, rows, winners))
}

/// The secretariat awards three different accepted photos (first, second, third) before
/// the announcement.
pub async fn choose_winners(
    app: &App,
    who: Principal<'_>,
    year: i64,
    chosen: [&str; WINNERS],
) -> ServiceResult<()> {
    secretariat(who)?;
    let mut errors = FieldErrors::new();
    let fields = ["first", "second", "third"];
    let mut ids = Vec::with_capacity(WINNERS);
    for (raw, field) in chosen.iter().zip(fields) {
        match raw.trim().parse::<i64>() {
            Ok(id) if !ids.contains(&id) => ids.push(id),
            Ok(_) => errors.add(field, "photo-winner-twice"),
            Err(_) => errors.add(field, "photo-winner-required"),
        }
    }
    let mut tx = app.db().begin().await?;
    let contest = contest_in(&mut tx, year).await?;
    if contest.phase != Phase::Judging {
        return Err(ServiceError::Conflict("photo-jury-closed"));
    }
    for (id, field) in ids.iter().zip(fields) {
        let ok = q::photo(&mut tx, *id)
            .await?
            .is_some_and(|p| p.contest_id == contest.id && p.status == status::ACCEPTED);
        if !ok {
            errors.add(field, "photo-winner-required");
        }
    }
    errors.into_result()?;
    q::set_winners(&mut tx, contest.id, &ids).await?;
    tx.commit().await?;
    Ok(())
}

/// The winners: public once announced (the secretariat sees them before).
pub async fn winners(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
) -> ServiceResult<(Contest, Vec<PhotoRow>)> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    if contest.phase != Phase::Announced && !who.is_some_and(|w| w.is_secretariat()) {
        return Ok((contest, Vec::new()));
    }
    let rows = q::winners(&mut conn, contest.id).await?;
    Ok((contest, rows))
}

// --------------------------------------------------------------- public vote

/// Casts `voter`'s vote for an accepted photo while the contest's public vote is open:
/// one vote per account and contest, never for one's own photo. The checks of the
/// prizes' vote engine apply (a verified address, no blocked e-mail domain, its rate
/// limits per account and network address). Refused: `photo-vote-closed`,
/// `prize-vote-unverified`, `prize-vote-blocked-domain`, `photo-vote-own`,
/// `photo-vote-already` (conflicts); a photo not in the gallery: not found.
pub async fn vote(
    app: &App,
    voter: &crate::prizes::votes::Voter,
    client_ip: &str,
    year: i64,
    id: i64,
) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    if !contest.vote_open {
        return Err(ServiceError::Conflict("photo-vote-closed"));
    }
    if !voter.verified {
        return Err(ServiceError::Conflict("prize-vote-unverified"));
    }
    if wsis_db::prizes::blocked_domains(&mut conn)
        .await?
        .contains(&voter.domain)
    {
        return Err(ServiceError::Conflict("prize-vote-blocked-domain"));
    }
    let photo = q::photo(&mut conn, id)
        .await?
        .filter(|p| p.contest_id == contest.id && p.status == status::ACCEPTED)
        .ok_or(ServiceError::NotFound)?;
    if photo.entrant_id == voter.id {
        return Err(ServiceError::Conflict("photo-vote-own"));
    }
    if !app.prizes().allow(app, voter.id, client_ip) {
        return Err(ServiceError::RateLimited);
    }
    if !q::cast_vote(&mut conn, contest.id, voter.id, photo.id, client_ip).await? {
        return Err(ServiceError::Conflict("photo-vote-already"));
    }
    Ok(())
}

/// The photo `who` voted for in the contest of `year`, if any.
pub async fn my_vote(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Option<i64>> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    Ok(q::vote_of(&mut conn, contest.id, who.id.get()).await?)
}

/// The public vote's counts (photo → votes, most first): for the secretariat at any
/// time, for everyone once the winners are announced.
pub async fn vote_counts(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
) -> ServiceResult<Vec<(i64, i64)>> {
    let mut conn = app.db().conn().await?;
    let contest = contest_in(&mut conn, year).await?;
    if contest.vote.is_none()
        || (contest.phase != Phase::Announced && !who.is_some_and(|w| w.is_secretariat()))
    {
        return Ok(Vec::new());
    }
    Ok(q::vote_counts(&mut conn, contest.id).await?)
}

/// The people's choice once announced: the photo with the most public votes (ties: the
/// earlier photo) and its votes.
pub async fn peoples_choice(app: &App, year: i64) -> ServiceResult<Option<(PhotoRow, i64)>> {
    let Some((id, n)) = vote_counts(app, None, year).await?.first().copied() else {
        return Ok(None);
    };
    let mut conn = app.db().conn().await?;
    Ok(q::photo(&mut conn, id).await?.map(|p| (p, n)))
}
