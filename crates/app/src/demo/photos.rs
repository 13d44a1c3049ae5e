//! The demo Photo Contest 2019 ("ICTs enabling the SDGs"): 200 generated photos by 48
//! photographers (the scenes are drawn: sky, sun, hills, a village, a mast, people; each
//! different), screened by the secretariat (a few refused, with their reason), scored by
//! a jury of two, three winners, announced at the Forum.

use crate::{App, ServiceResult};
use image::{Rgb, RgbImage};
use wsis_db::photos as q;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::photos::{PhotoData, Schedule, status};
use wsis_domain::prizes::utc_midnight;
use wsis_domain::{Language, taxonomy::StakeholderType};

pub const DEMO_PHOTOS: usize = 200;
const PHOTOGRAPHERS: usize = 48;

const THEME: [(&str, &str); 6] = [
    ("en", "ICTs enabling the SDGs"),
    (
        "fr",
        "Les TIC au service des objectifs de développement durable",
    ),
    (
        "es",
        "Las TIC al servicio de los Objetivos de Desarrollo Sostenible",
    ),
    ("ru", "ИКТ на службе целей в области устойчивого развития"),
    (
        "ar",
        "تكنولوجيا المعلومات والاتصالات في خدمة أهداف التنمية المستدامة",
    ),
    ("zh", "信息通信技术助力可持续发展目标"),
];

/// (title, caption, what it shows, SDGs)
const SCENES: [(&str, &str, &str, &[u8]); 10] = [
    (
        "Solar classroom",
        "Pupils learn with tablets charged by the school's solar panels.",
        "Children around a tablet in a classroom under a solar panel",
        &[4, 7],
    ),
    (
        "Mobile money at the market",
        "A fruit seller takes payment by phone; her savings now earn interest.",
        "A market stall with a seller holding a mobile phone",
        &[1, 5, 8],
    ),
    (
        "The village mast",
        "The new mast brought broadband to three valleys last spring.",
        "A telecommunication mast on a green hill above a village",
        &[9],
    ),
    (
        "Telemedicine on Tuesdays",
        "A nurse connects patients with a doctor in the capital every week.",
        "A nurse and a patient in front of a laptop",
        &[3],
    ),
    (
        "Weather by text message",
        "Farmers receive the forecast and market prices by SMS.",
        "A farmer in a field reading a phone",
        &[2, 13],
    ),
    (
        "Coding club",
        "Girls learn to program after school in the community centre.",
        "Young women at computers in a community centre",
        &[4, 5],
    ),
    (
        "Water sensors",
        "Sensors report the level of the well to the village committee.",
        "A well with a small sensor box and an antenna",
        &[6, 9],
    ),
    (
        "Digital library",
        "The library lends e-readers loaded with books in four languages.",
        "A reading room with e-readers on the tables",
        &[4, 10],
    ),
    (
        "Open data for the city",
        "Residents map broken streetlights on an open platform.",
        "People pointing at a map on a large screen in a town square",
        &[11, 16],
    ),
    (
        "Accessible services",
        "A blind student uses a screen reader to file her application online.",
        "A student with headphones at a computer with a braille display",
        &[10, 16],
    ),
];

const PLACES: [(&str, &str); 12] = [
    ("Kisumu, Kenya", "KE"),
    ("Cusco, Peru", "PE"),
    ("Tamale, Ghana", "GH"),
    ("Almaty, Kazakhstan", "KZ"),
    ("Dhaka, Bangladesh", "BD"),
    ("Hanoi, Viet Nam", "VN"),
    ("Tunis, Tunisia", "TN"),
    ("Kigali, Rwanda", "RW"),
    ("Suva, Fiji", "FJ"),
    ("Oaxaca, Mexico", "MX"),
    ("Chengdu, China", "CN"),
    ("Tbilisi, Georgia", "GE"),
];

/// A small deterministic generator (the demo is the same on every machine).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f32 {
        (self.next() % 10_000) as f32 / 10_000.0
    }
}

fn mix(a: [u8; 3], b: [u8; 3], t: f32) -> Rgb<u8> {
    let t = t.clamp(0.0, 1.0);
    Rgb([0, 1, 2].map(|i| (f32::from(a[i]) * (1.0 - t) + f32::from(b[i]) * t) as u8))
}

/// Draws scene `n`: a sky from dawn to noon, a sun, two ranges of hills, houses, a mast
/// with its signal, and people; colours, shapes and places change with `n`.
pub fn draw(n: u64, w: u32, h: u32) -> RgbImage {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15 ^ (n.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1));
    let skies = [
        ([255, 183, 120], [120, 170, 230]),
        ([250, 215, 160], [90, 150, 220]),
        ([200, 225, 250], [60, 120, 200]),
        ([255, 160, 140], [70, 80, 160]),
    ];
    let (top, bottom) = skies[r.below(skies.len() as u64) as usize];
    let hill_a = [
        40 + r.below(60) as u8,
        110 + r.below(80) as u8,
        40 + r.below(50) as u8,
    ];
    let hill_b = [
        20 + r.below(40) as u8,
        80 + r.below(60) as u8,
        30 + r.below(40) as u8,
    ];
    let (sun_x, sun_y, sun_r) = (
        w as f32 * (0.15 + 0.7 * r.unit()),
        h as f32 * (0.12 + 0.25 * r.unit()),
        h as f32 * (0.05 + 0.05 * r.unit()),
    );
    let (fa, fb, pa, pb) = (
        1.5 + 3.0 * r.unit(),
        3.0 + 5.0 * r.unit(),
        std::f32::consts::TAU * r.unit(),
        std::f32::consts::TAU * r.unit(),
    );
    let mast_x = w as f32 * (0.2 + 0.6 * r.unit());
    let mut img = RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        let far = h as f32 * (0.55 + 0.06 * ((fx / w as f32) * fa + pa).sin());
        let near = h as f32 * (0.72 + 0.05 * ((fx / w as f32) * fb + pb).sin());
        if fy > near {
            mix(hill_b, [10, 40, 20], (fy - near) / (h as f32 - near))
        } else if fy > far {
            mix(hill_a, hill_b, (fy - far) / (near - far + 1.0))
        } else {
            let d = ((fx - sun_x).powi(2) + (fy - sun_y).powi(2)).sqrt();
            if d < sun_r {
                Rgb([255, 236, 160])
            } else {
                let glow = (1.0 - (d - sun_r) / (h as f32 * 0.4)).max(0.0) * 0.35;
                let sky = mix(top, bottom, fy / far);
                mix(sky.0, [255, 240, 200], glow)
            }
        }
    });
    let ground = |x: f32| h as f32 * (0.72 + 0.05 * ((x / w as f32) * fb + pb).sin());
    let mut rect = |x0: f32, y0: f32, x1: f32, y1: f32, c: [u8; 3]| {
        for y in y0.max(0.0) as u32..(y1.min(h as f32) as u32) {
            for x in x0.max(0.0) as u32..(x1.min(w as f32) as u32) {
                img.put_pixel(x, y, Rgb(c));
            }
        }
    };
    // The mast, its dish and its signal.
    let base = ground(mast_x);
    let top_y = h as f32 * 0.18;
    rect(mast_x - 3.0, top_y, mast_x + 3.0, base, [70, 70, 80]);
    for i in 0..6 {
        let y = top_y + (base - top_y) * i as f32 / 6.0;
        rect(
            mast_x - 14.0 + i as f32 * 1.5,
            y,
            mast_x + 14.0 - i as f32 * 1.5,
            y + 3.0,
            [90, 90, 100],
        );
    }
    rect(
        mast_x - 10.0,
        top_y - 8.0,
        mast_x + 10.0,
        top_y,
        [220, 60, 50],
    );
    // Houses along the near hills.
    let houses = 3 + r.below(6);
    for _ in 0..houses {
        let x = w as f32 * r.unit();
        let gy = ground(x);
        let (hw, hh) = (
            w as f32 * (0.04 + 0.03 * r.unit()),
            h as f32 * (0.05 + 0.04 * r.unit()),
        );
        let wall = [
            180 + r.below(70) as u8,
            120 + r.below(100) as u8,
            80 + r.below(80) as u8,
        ];
        rect(x, gy - hh, x + hw, gy + 4.0, wall);
        rect(x - 4.0, gy - hh - 8.0, x + hw + 4.0, gy - hh, [120, 50, 40]);
        rect(
            x + hw * 0.4,
            gy - hh * 0.5,
            x + hw * 0.6,
            gy + 4.0,
            [60, 40, 30],
        );
        // A solar panel on every other roof.
        if r.below(2) == 0 {
            rect(
                x + 2.0,
                gy - hh - 14.0,
                x + hw * 0.6,
                gy - hh - 8.0,
                [30, 50, 110],
            );
        }
    }
    // People: a head and a body, some holding a lit screen.
    let people = 2 + r.below(5);
    for _ in 0..people {
        let x = w as f32 * (0.05 + 0.9 * r.unit());
        let gy = ground(x) + h as f32 * 0.08 * r.unit();
        let s = h as f32 * (0.05 + 0.03 * r.unit());
        let cloth = [
            r.below(200) as u8 + 40,
            r.below(200) as u8 + 40,
            r.below(200) as u8 + 40,
        ];
        rect(x, gy - s, x + s * 0.45, gy, cloth);
        rect(
            x + s * 0.08,
            gy - s * 1.35,
            x + s * 0.37,
            gy - s,
            [120, 80, 55],
        );
        if r.below(2) == 0 {
            rect(
                x + s * 0.45,
                gy - s * 0.75,
                x + s * 0.65,
                gy - s * 0.45,
                [150, 220, 255],
            );
        }
    }
    img
}

/// Seeds the contests unless they exist: 2019 (announced) and 2020, open for
/// submissions from the day before the demo's first start for 60 days. Returns whether it
/// seeded 2019.
pub(super) async fn seed(app: &App, secretariat: i64, jurors: [i64; 2]) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    if q::contest(&mut conn, 2020).await?.is_none() {
        let day = 86_400;
        let today = wsis_db::now() / day * day;
        let theme = THEME
            .iter()
            .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
            .collect();
        let schedule = Schedule {
            submission_opens: today - day,
            submission_closes: today + 60 * day,
            announced_at: today + 90 * day,
        };
        match q::create_contest(&mut conn, 2020, &theme, &schedule).await {
            Ok(id) => {
                // The demo participant has confirmed their age and rights already: their
                // page shows the upload form (the demo stakeholder's, the confirmation).
                let email = Email::parse("participant@wsis.example")
                    .map_err(|k| crate::ServiceError::internal(format!("demo e-mail: {k}")))?;
                if let Some(u) = wsis_db::accounts::find_user_by_email(&mut conn, &email).await? {
                    q::confirm_entrant(&mut conn, id, u.id).await?;
                }
            }
            Err(e) if e.is_conflict() => {}
            Err(e) => return Err(e.into()),
        }
    }
    if q::contest(&mut conn, 2019).await?.is_some() {
        return Ok(false);
    }
    drop(conn);
    // The photos first (CPU-bound, on blocking threads), then the rows in one transaction.
    let mut encoded = Vec::with_capacity(DEMO_PHOTOS);
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..DEMO_PHOTOS as u64 {
        tasks.spawn_blocking(move || {
            let img = image::DynamicImage::ImageRgb8(draw(n, 1200, 800));
            let mut png = Vec::new();
            img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                .map(|_| (n, png))
        });
        // Two at a time: the demo starts on small machines too.
        if tasks.len() >= 2
            && let Some(done) = tasks.join_next().await
        {
            encoded
                .push(done.map_err(|e| crate::ServiceError::internal(format!("demo photo: {e}")))?);
        }
    }
    while let Some(done) = tasks.join_next().await {
        encoded.push(done.map_err(|e| crate::ServiceError::internal(format!("demo photo: {e}")))?);
    }
    let mut pngs: Vec<(u64, Vec<u8>)> = encoded
        .into_iter()
        .map(|r| r.map_err(|e| crate::ServiceError::internal(format!("demo photo: {e}"))))
        .collect::<ServiceResult<_>>()?;
    pngs.sort_by_key(|(n, _)| *n);
    let mut stored = Vec::with_capacity(pngs.len());
    for (n, png) in pngs {
        let key = wsis_media::new_key()?;
        let photo = tokio::task::spawn_blocking(move || crate::photos::encode_photo(&png))
            .await
            .map_err(|e| crate::ServiceError::internal(format!("demo photo: {e}")))?
            .map_err(|k| crate::ServiceError::internal(format!("demo photo: {k}")))?;
        let (width, height, bytes, objects) = photo.into_objects(&key);
        crate::media::put_upload(app, objects).await?;
        stored.push((n, key, width, height, bytes));
    }

    let theme = THEME
        .iter()
        .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
        .collect();
    let schedule = Schedule {
        submission_opens: utc_midnight(2018, 7, 2),
        submission_closes: utc_midnight(2019, 2, 11),
        announced_at: utc_midnight(2019, 4, 9),
    };
    let mut tx = app.db().begin().await?;
    let contest = q::create_contest(&mut tx, 2019, &theme, &schedule).await?;
    let mut photographers = Vec::with_capacity(PHOTOGRAPHERS);
    for i in 0..PHOTOGRAPHERS {
        let (place, country) = PLACES[i % PLACES.len()];
        let email = Email::parse(&format!("photographer{i}@demo.wsis.example"))
            .map_err(|k| crate::ServiceError::internal(format!("demo e-mail: {k}")))?;
        let profile = Profile {
            name: format!("{} {}", FIRST[i % FIRST.len()], LAST[(i * 7) % LAST.len()]),
            organisation: None,
            stakeholder_type: Some(StakeholderType::CivilSociety),
            country: Some(country.to_owned()),
            language: Language::En,
        };
        let id = match wsis_db::accounts::find_user_by_email(&mut tx, &email).await? {
            Some(u) => u.id,
            None => {
                wsis_db::accounts::create_user(
                    &mut tx,
                    &email,
                    "!",
                    &profile,
                    &[Role::Participant],
                    true,
                )
                .await?
            }
        };
        q::confirm_entrant(&mut tx, contest, id).await?;
        photographers.push((id, place));
    }
    for j in jurors {
        q::add_juror(&mut tx, contest, j).await?;
    }
    let mut r = Rng(0xC0FF_EE00_D15E_A5E5);
    let mut ids = Vec::new();
    for (n, key, width, height, bytes) in stored {
        // Photographers 0–31 send five photos (160), the others fewer (40 in all).
        let who = if n < 160 {
            (n / 5) as usize
        } else {
            32 + (n as usize - 160) % 16
        };
        let (entrant, place) = photographers[who];
        let (title, caption, alt, sdgs) = SCENES[(n as usize * 7 + who) % SCENES.len()];
        let data = PhotoData {
            title: format!("{title} ({})", place.split(',').next().unwrap_or(place)),
            caption: caption.to_owned(),
            alt: alt.to_owned(),
            place: place.to_owned(),
            taken_on: format!("2018-{:02}-{:02}", 1 + r.below(12), 1 + r.below(28)),
            sdgs: sdgs.to_vec(),
        };
        let Some(id) = q::insert_photo(
            &mut tx,
            &q::NewPhoto {
                contest_id: contest,
                entrant_id: entrant,
                data: &data,
                file_key: &key,
                width,
                height,
                bytes,
            },
        )
        .await?
        else {
            continue;
        };
        // Every twentieth is refused, with the reason the entrant reads.
        let (to, note) = if n % 20 == 19 {
            (
                status::REJECTED,
                Some(
                    "People can be recognised in this photo and have not agreed to its publication.",
                ),
            )
        } else {
            (status::ACCEPTED, None)
        };
        q::screen(&mut tx, id, to, note, secretariat).await?;
        if to == status::ACCEPTED {
            for j in jurors {
                q::score(&mut tx, id, j, 3 + r.below(7) as i64).await?;
            }
            ids.push(id);
        }
    }
    // The jury's three best.
    let mut ranked: Vec<wsis_domain::photos::Ranked> = q::score_totals(&mut tx, contest)
        .await?
        .into_iter()
        .map(|(photo, sum, n)| wsis_domain::photos::Ranked {
            photo,
            mean: sum as f64 / n.max(1) as f64,
            scores: n,
        })
        .collect();
    wsis_domain::photos::rank(&mut ranked);
    let winners: Vec<i64> = ranked.iter().take(3).map(|x| x.photo).collect();
    q::set_winners(&mut tx, contest, &winners).await?;
    // The public vote (18 February to 24 March 2019): 3,000 of the prizes' voters, one
    // vote each, most of them for a dozen favourites.
    let (opens, closes) = (utc_midnight(2019, 2, 18), utc_midnight(2019, 3, 25));
    q::set_vote_window(&mut tx, contest, Some((opens, closes))).await?;
    let voters = wsis_db::prizes::demo_voter_ids(&mut tx, 3000).await?;
    for (i, v) in voters.iter().enumerate() {
        let pick = if r.below(10) < 7 {
            ids[(r.below(12) as usize * 13) % ids.len()]
        } else {
            ids[r.below(ids.len() as u64) as usize]
        };
        let at = opens + r.below((closes - opens) as u64) as i64;
        let ip = format!("10.9.{}.{}", i / 250, i % 250);
        q::record_vote(&mut tx, contest, *v, pick, at, &ip).await?;
    }
    tx.commit().await?;
    Ok(true)
}

const FIRST: [&str; 12] = [
    "Amina", "Carlos", "Li", "Olga", "Kwame", "Fatima", "Ana", "Tuan", "Nino", "Sara", "Juma",
    "Mei",
];
const LAST: [&str; 12] = [
    "Otieno", "Quispe", "Wei", "Petrova", "Mensah", "Haddad", "Ruiz", "Nguyen", "Beridze", "Lopez",
    "Mwangi", "Chen",
];
