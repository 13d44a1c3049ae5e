//! The Photo Contest (issue 14, item 2) through the real router: a contest announced by
//! the secretariat, entrants who confirm their age and rights and submit up to five
//! photos checked by content, the screening, the gallery, the jury and the winners, the
//! files in the media store, the API; role checks both ways; six languages.

use crate::common::{TestApp, TestResponse};
use crate::forum::plain;
use crate::stocktaking_images::{jpeg_with_exif, png};
use axum::body::Body;
use axum::http::{Method, StatusCode};
use wsis_domain::account::Role;

const BOUNDARY: &str = "----wsis-photo-boundary";

/// `YYYY-MM-DD`, `days` from today (UTC).
fn day(days: i64) -> String {
    let t = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(24 * days))
        .unwrap();
    t.strftime("%Y-%m-%d").to_string()
}

/// The contest form with its dates `days` from today.
fn contest_fields(days: [i64; 3]) -> Vec<(&'static str, String)> {
    vec![
        ("year", "2030".into()),
        ("theme_en", "ICTs enabling the SDGs".into()),
        ("theme_fr", "Les TIC au service des ODD".into()),
        ("submission_opens", day(days[0])),
        ("submission_closes", day(days[1])),
        ("announced_at", day(days[2])),
    ]
}

async fn post(app: &mut TestApp, path: &str, fields: &[(&str, String)]) -> TestResponse {
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(path, &f).await
}

/// Moves the contest's dates (the secretariat's form).
async fn dates(secretary: &mut TestApp, days: [i64; 3]) {
    let r = post(
        secretary,
        "/en/photo-contest/2030/manage",
        &contest_fields(days),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
}

struct Photo<'a> {
    title: &'a str,
    alt: &'a str,
    sdgs: &'a [&'a str],
    name: &'a str,
    file: Vec<u8>,
}

fn photo(title: &'static str, sdgs: &'static [&'static str], file: Vec<u8>) -> Photo<'static> {
    Photo {
        title,
        alt: "Pupils around a tablet under a solar panel",
        sdgs,
        name: "photo.jpg",
        file,
    }
}

async fn upload(app: &mut TestApp, p: &Photo<'_>) -> TestResponse {
    let csrf = app.csrf().await;
    let mut b = Vec::new();
    let mut text = vec![
        ("csrf", csrf.as_str()),
        ("title", p.title),
        ("alt", p.alt),
        (
            "caption",
            "Pupils in Kisumu learn with tablets charged by the sun.",
        ),
        ("place", "Kisumu, Kenya"),
        ("taken_on", "2018-11-02"),
    ];
    for s in p.sdgs {
        text.push(("sdgs", s));
    }
    for (k, v) in text {
        b.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    b.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: image/jpeg\r\n\r\n",
            p.name
        )
        .as_bytes(),
    );
    b.extend_from_slice(&p.file);
    b.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    app.request(
        Method::POST,
        "/en/photo-contest/2030/submit",
        &[("content-type", ct.as_str())],
        Body::from(b),
    )
    .await
}

async fn photo_ids(app: &TestApp) -> Vec<(i64, String)> {
    let mut conn = app.db.conn().await.unwrap();
    sqlx::query_as("SELECT id, file_key FROM photo_entries ORDER BY id")
        .fetch_all(&mut *conn)
        .await
        .unwrap()
}

#[tokio::test]
async fn photo_contest_routes_refuse_and_allow_as_their_roles_say() {
    let mut secretary = TestApp::new().await;
    secretary
        .sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let r = post(
        &mut secretary,
        "/en/photo-contest",
        &contest_fields([-1, 2, 4]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    let mut anon = secretary.twin();
    let mut participant = secretary.twin();
    participant
        .sign_in_as("someone@example.org", &[Role::Participant])
        .await;
    for path in [
        "/en/photo-contest/2030/submit",
        "/en/photo-contest/2030/manage",
        "/en/photo-contest/2030/screening",
        "/en/photo-contest/2030/jury",
    ] {
        let r = anon.get(path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().contains("/account/login"), "{path}");
    }
    for path in [
        "/en/photo-contest/2030/manage",
        "/en/photo-contest/2030/screening",
        "/en/photo-contest/2030/jury",
    ] {
        assert_eq!(
            participant.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            secretary.get(path).await.status == StatusCode::OK,
            path != "/en/photo-contest/2030/jury",
            "{path}"
        );
    }
    assert_eq!(
        participant
            .get("/en/photo-contest/2030/submit")
            .await
            .status,
        StatusCode::OK
    );
    for (path, fields) in [
        ("/en/photo-contest", contest_fields([0, 1, 2])),
        ("/en/photo-contest/2030/manage", contest_fields([0, 1, 2])),
        (
            "/en/photo-contest/2030/jurors",
            vec![("email", "x@example.org".to_owned())],
        ),
        (
            "/en/photo-contest/2030/winners",
            vec![("first", "1".to_owned())],
        ),
        (
            "/en/photo-contest/2030/photos/1/screen",
            vec![("decision", "accept".to_owned())],
        ),
    ] {
        assert_eq!(
            post(&mut participant, path, &fields).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // Reached by clicking: the prizes link the contests, the secretariat's home its queue.
    assert!(
        anon.get("/en/prizes")
            .await
            .body
            .contains("href=\"/en/photo-contest\"")
    );
    assert!(
        anon.get("/en/photo-contest")
            .await
            .body
            .contains("href=\"/en/photo-contest/2030\"")
    );
    let home = secretary.get("/en/secretariat").await;
    assert!(
        home.body
            .contains("href=\"/en/photo-contest/2030/screening\"")
    );
    assert!(plain(&home.body).contains("Photos waiting for screening"));
    // Public pages, in every language.
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        for path in [
            "/photo-contest",
            "/photo-contest/2030",
            "/photo-contest/2030/gallery",
        ] {
            let r = anon.get(&format!("/{lang}{path}")).await;
            assert_eq!(r.status, StatusCode::OK, "/{lang}{path}");
            assert!(
                r.body.contains(&format!("<html lang=\"{lang}\"")),
                "/{lang}{path}"
            );
        }
    }
    let fr = anon.get("/fr/photo-contest/2030").await;
    assert!(
        fr.body
            .contains("lang=\"fr\" dir=\"ltr\">Les TIC au service des ODD")
    );
    let ru = anon.get("/ru/photo-contest/2030").await;
    assert!(
        ru.body
            .contains("lang=\"en\" dir=\"ltr\">ICTs enabling the SDGs"),
        "an untranslated theme is marked as English"
    );
}

#[tokio::test]
async fn entrants_submit_up_to_five_checked_photos_that_the_secretariat_screens_and_the_jury_awards()
 {
    // A store of its own: the collector below looks at everything in it.
    let dir = std::env::temp_dir().join(format!(
        "wsis-photos-test-{}-{}",
        std::process::id(),
        wsis_db::now()
    ));
    let store = wsis_media::MediaStore::local(&dir).unwrap();
    let mut secretary = TestApp::with_config(|c| c.app.media = Some(store)).await;
    secretary
        .sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    // Bad contests first: no English theme, dates out of order.
    let mut bad = contest_fields([2, 1, 3]);
    bad[1].1 = String::new();
    let r = post(&mut secretary, "/en/photo-contest", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = plain(&r.body);
    assert!(
        text.contains("Give the contest a theme in English."),
        "{text}"
    );
    assert!(
        text.contains("This date must come after the one before."),
        "{text}"
    );
    let r = post(
        &mut secretary,
        "/en/photo-contest",
        &contest_fields([-1, 2, 4]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let mut entrant = secretary.twin();
    entrant
        .sign_in_as("amina@example.org", &[Role::Participant])
        .await;
    let page = entrant.get("/en/photo-contest/2030/submit").await;
    assert!(plain(&page.body).contains("I am 18 years old or over."));
    // Not before confirming; then both boxes.
    let r = upload(
        &mut entrant,
        &photo("Solar classroom", &["4", "7"], png(800, 600)),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Confirm your age and your rights first."));
    let r = post(
        &mut entrant,
        "/en/photo-contest/2030/confirm",
        &[("adult", "1".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Confirm that you hold the rights to your photos."));
    let r = post(
        &mut entrant,
        "/en/photo-contest/2030/confirm",
        &[("adult", "1".into()), ("rights", "1".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // A script named .jpg, a photo without its description: refused, nothing kept.
    let mut script = photo("Script", &["4"], b"<script>alert(1)</script>".to_vec());
    script.name = "evil.jpg";
    let r = upload(&mut entrant, &script).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("This file is not a PNG, JPEG or WebP image."));
    let mut no_alt = photo("Blind spot", &["4"], png(400, 300));
    no_alt.alt = " ";
    let r = upload(&mut entrant, &no_alt).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Describe the photo for people who cannot see it."));
    assert!(r.body.contains("value=\"Blind spot\""), "the title is kept");
    let r = upload(&mut entrant, &photo("No goal", &[], png(400, 300))).await;
    assert!(plain(&r.body).contains("Choose at least one Sustainable Development Goal."));
    assert!(photo_ids(&entrant).await.is_empty());

    // Five photos; the first carries EXIF with a location, which does not survive.
    let r = upload(
        &mut entrant,
        &photo("Solar classroom", &["4", "7"], jpeg_with_exif(2400, 1600)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    for (i, sdgs) in [&["4"][..], &["9"], &["9", "17"], &["5"]]
        .iter()
        .enumerate()
    {
        let title: &'static str = ["Village hotspot", "Fibre crew", "Coding club", "Market app"][i];
        let r = upload(&mut entrant, &photo(title, sdgs, png(640, 480))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{title}");
    }
    let r = upload(&mut entrant, &photo("A sixth", &["4"], png(400, 300))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("You have submitted five photos, the most allowed"));
    let ids = photo_ids(&entrant).await;
    assert_eq!(ids.len(), 5);
    // Three sizes in the store; the thumbnail is light; no metadata.
    let media = entrant.services.media().clone();
    for size in [320, 800, 1600] {
        let key = wsis_app::photos::object_key(&ids[0].1, size);
        let bytes = media.read(&key).await.unwrap();
        assert!(!bytes.windows(10).any(|w| w == b"SECRET-GPS"), "{size}");
        if size == 320 {
            assert!(bytes.len() < 30_000, "thumbnail of {} bytes", bytes.len());
        }
    }

    // Before screening: nothing public; the entrant sees their own.
    let mut anon = secretary.twin();
    assert!(plain(&anon.get("/en/photo-contest/2030/gallery").await.body).contains("0 photos"));
    let first = format!("/en/photo-contest/2030/photos/{}", ids[0].0);
    assert_eq!(anon.get(&first).await.status, StatusCode::NOT_FOUND);
    assert_eq!(entrant.get(&first).await.status, StatusCode::OK);
    let thumb = format!("/media/photos/{}-320.jpg", ids[0].1);
    assert_eq!(anon.get(&thumb).await.status, StatusCode::NOT_FOUND);
    assert_eq!(entrant.get(&thumb).await.status, StatusCode::OK);

    // Screening: a refusal needs a reason the entrant reads.
    let screen = |id: i64| format!("/en/photo-contest/2030/photos/{id}/screen");
    let r = post(
        &mut secretary,
        &screen(ids[4].0),
        &[("decision", "reject".into()), ("note", " ".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Say why the photo is refused"));
    let r = post(
        &mut secretary,
        &screen(ids[4].0),
        &[
            ("decision", "reject".into()),
            ("note", "The people shown have not agreed.".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for (id, _) in &ids[..4] {
        let r = post(
            &mut secretary,
            &screen(*id),
            &[("decision", "accept".into())],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    assert!(
        plain(&entrant.get("/en/photo-contest/2030/submit").await.body)
            .contains("The people shown have not agreed.")
    );
    let g = anon.get("/en/photo-contest/2030/gallery").await;
    assert!(plain(&g.body).contains("4 photos"));
    assert!(g.body.contains("loading=\"lazy\"") && g.body.contains(" 800w,"));
    let g = anon.get("/en/photo-contest/2030/gallery?sdg=9").await;
    assert!(plain(&g.body).contains("2 photos"));
    assert_eq!(
        anon.get("/en/photo-contest/2030/gallery?sdg=99")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let (h, body) = anon.request_bytes(&thumb, &[]).await;
    assert_eq!(h["content-type"], "image/jpeg");
    assert!(h["cache-control"].to_str().unwrap().contains("immutable"));
    assert_eq!(&body[..2], &[0xFF, 0xD8]);
    assert_eq!(
        anon.get(&format!("/media/photos/{}-320.jpg", ids[4].1))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Accepted photos stay: the entrant cannot remove them any more.
    let r = post(
        &mut entrant,
        &format!("/en/photo-contest/2030/photos/{}/remove", ids[1].0),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let api = anon.get("/api/v1/photo-contest/2030/photos?sdg=4").await;
    assert_eq!(api.status, StatusCode::OK);
    let j = api.json();
    assert_eq!(j["total"], 2);
    assert_eq!(j["photos"][0]["files"].as_array().unwrap().len(), 3);
    assert_eq!(
        anon.get("/api/v1/photo-contest/2030/photos?sdg=18")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // The jury: appointed by e-mail; scores only once submissions close.
    let r = post(
        &mut secretary,
        "/en/photo-contest/2030/jurors",
        &[("email", "nobody@example.org".into())],
    )
    .await;
    assert!(plain(&r.body).contains("No account uses this e-mail address"));
    let mut juror = secretary.twin();
    juror
        .sign_in_as("juror@example.org", &[Role::Participant])
        .await;
    let r = post(
        &mut secretary,
        "/en/photo-contest/2030/jurors",
        &[("email", "juror@example.org".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let score = |id: i64| format!("/en/photo-contest/2030/photos/{id}/score");
    let r = post(&mut juror, &score(ids[0].0), &[("score", "9".into())]).await;
    assert_eq!(
        r.status,
        StatusCode::CONFLICT,
        "not while submissions are open"
    );
    dates(&mut secretary, [-3, 0, 3]).await;
    assert_eq!(
        entrant.get("/en/photo-contest/2030/jury").await.status,
        StatusCode::FORBIDDEN
    );
    for (i, s) in ["9", "6", "8", "5"].iter().enumerate() {
        let r = post(&mut juror, &score(ids[i].0), &[("score", (*s).into())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let r = post(&mut juror, &score(ids[0].0), &[("score", "11".into())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(&mut juror, &score(ids[4].0), &[("score", "7".into())]).await;
    assert_eq!(
        r.status,
        StatusCode::NOT_FOUND,
        "a refused photo is not scored"
    );
    // The ranking, then the winners: three different accepted photos.
    let m = secretary.get("/en/photo-contest/2030/manage").await;
    let text = plain(&m.body);
    let (a, b) = (
        text.find("Solar classroom").unwrap(),
        text.find("Coding club").unwrap(),
    );
    assert!(a < b, "ranked by mean score");
    let w = |a: i64, b: i64, c: i64| {
        vec![
            ("first", a.to_string()),
            ("second", b.to_string()),
            ("third", c.to_string()),
        ]
    };
    let r = post(
        &mut secretary,
        "/en/photo-contest/2030/winners",
        &w(ids[0].0, ids[0].0, ids[2].0),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("A photo can win only one place."));
    let r = post(
        &mut secretary,
        "/en/photo-contest/2030/winners",
        &w(ids[0].0, ids[4].0, ids[2].0),
    )
    .await;
    assert!(plain(&r.body).contains("Choose a photo accepted into the gallery."));
    let r = post(
        &mut secretary,
        "/en/photo-contest/2030/winners",
        &w(ids[0].0, ids[2].0, ids[1].0),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        !plain(&anon.get("/en/photo-contest/2030").await.body).contains("First place"),
        "not before the announcement"
    );
    dates(&mut secretary, [-4, -2, 0]).await;
    let c = plain(&anon.get("/en/photo-contest/2030").await.body);
    assert!(
        c.contains("First place") && c.contains("Third place"),
        "{c}"
    );
    let p = plain(&anon.get(&first).await.body);
    assert!(p.contains("First place"));
    let ex = anon.get("/en/photo-contest/2030/exhibition").await;
    assert_eq!(ex.status, StatusCode::OK);
    assert!(
        !ex.body.contains("http-equiv=\"refresh\""),
        "not moving by default"
    );
    let auto = anon
        .get("/en/photo-contest/2030/exhibition?i=0&auto=1")
        .await;
    assert!(auto.body.contains("http-equiv=\"refresh\""));
    assert!(auto.body.contains("exhibition?i=1&") && auto.body.contains("auto=1\">"));
    assert!(plain(&ex.body).contains("Solar classroom"));
    let fr = plain(&anon.get("/fr/photo-contest/2030").await.body);
    assert!(
        fr.contains("Premier prix") || fr.contains("1er prix") || fr.contains("Première place"),
        "{fr}"
    );

    // The collector leaves every size of every photo alone.
    let r = wsis_app::media::gc(&secretary.services, 0, true)
        .await
        .unwrap();
    assert!(r.orphans.is_empty(), "{:?}", r.orphans);
    assert_eq!(r.objects, 15);
}

#[tokio::test]
async fn the_public_vote_takes_one_vote_per_account_while_open_and_names_the_peoples_choice() {
    let mut secretary = TestApp::new().await;
    secretary
        .sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let r = post(
        &mut secretary,
        "/en/photo-contest",
        &contest_fields([-1, 2, 4]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut entrant = secretary.twin();
    entrant
        .sign_in_as("amina@example.org", &[Role::Participant])
        .await;
    let r = post(
        &mut entrant,
        "/en/photo-contest/2030/confirm",
        &[("adult", "1".into()), ("rights", "1".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for t in ["Solar classroom", "Village mast"] {
        let r = upload(&mut entrant, &photo(t, &["4"], png(800, 600))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    }
    let ids = photo_ids(&entrant).await;
    for (id, _) in &ids {
        let r = post(
            &mut secretary,
            &format!("/en/photo-contest/2030/photos/{id}/screen"),
            &[("decision", "accept".into())],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    // A vote window must sit between the end of submissions and the announcement.
    let mut bad = contest_fields([-1, 2, 4]);
    bad.push(("vote_opens", day(1)));
    bad.push(("vote_closes", day(3)));
    let r = post(&mut secretary, "/en/photo-contest/2030/manage", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("The public vote must open after submissions close"));
    let mut bad = contest_fields([-1, 2, 4]);
    bad.push(("vote_opens", "not a date".into()));
    let r = post(&mut secretary, "/en/photo-contest/2030/manage", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut open = contest_fields([-3, -1, 3]);
    open.push(("vote_opens", day(-1)));
    open.push(("vote_closes", day(2)));
    let r = post(&mut secretary, "/en/photo-contest/2030/manage", &open).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));

    let photo_page = format!("/en/photo-contest/2030/photos/{}", ids[0].0);
    let vote = format!("{photo_page}/vote");
    let mut anon = secretary.twin();
    let page = anon.get(&photo_page).await;
    assert!(plain(&page.body).contains("Sign in to vote for this photo"));
    let r = post(&mut anon, &vote, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("/account/login"), "{}", r.location());
    let r = post(&mut entrant, &vote, &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("You cannot vote for your own photo."));
    let mut voter = secretary.twin();
    voter
        .sign_in_as("voter@example.org", &[Role::Participant])
        .await;
    assert!(
        voter
            .get(&photo_page)
            .await
            .body
            .contains(&format!("action=\"{vote}\"")),
        "the vote's form"
    );
    let r = post(&mut voter, &vote, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    assert!(r.location().ends_with("?notice=photo-voted"));
    assert!(plain(&voter.get(&photo_page).await.body).contains("You voted for this photo."));
    // One vote per contest: not again, not for another photo.
    let r = post(&mut voter, &vote, &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("You have already voted in this contest."));
    let other = format!("/en/photo-contest/2030/photos/{}/vote", ids[1].0);
    assert_eq!(
        post(&mut voter, &other, &[]).await.status,
        StatusCode::CONFLICT
    );
    // A blocked e-mail domain (the prizes' list) votes no more.
    {
        let mut conn = secretary.db.conn().await.unwrap();
        sqlx::query(
            "INSERT INTO prize_blocked_domains (domain, added_at) VALUES ('spam.example', 0)",
        )
        .execute(&mut *conn)
        .await
        .unwrap();
    }
    let mut spam = secretary.twin();
    spam.sign_in_as("bot@spam.example", &[Role::Participant])
        .await;
    assert_eq!(
        post(&mut spam, &other, &[]).await.status,
        StatusCode::CONFLICT
    );
    let votes = {
        let mut conn = secretary.db.conn().await.unwrap();
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM photo_votes")
            .fetch_one(&mut *conn)
            .await
            .unwrap()
    };
    assert_eq!(votes, 1);
    // The photo voted for is refused after all: its votes go, its voters vote again.
    let r = post(
        &mut secretary,
        &format!("/en/photo-contest/2030/photos/{}/screen", ids[0].0),
        &[
            ("decision", "reject".into()),
            ("note", "A face that can be recognised.".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = post(&mut voter, &other, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    // The secretariat sees the counts; the public, once announced, the people's choice.
    let manage = secretary.get("/en/photo-contest/2030/manage").await;
    assert!(plain(&manage.body).contains("Public votes"));
    assert!(
        !anon
            .get("/en/photo-contest/2030")
            .await
            .body
            .contains("People&#39;s choice")
    );
    let mut done = contest_fields([-5, -3, -1]);
    done.push(("vote_opens", day(-3)));
    done.push(("vote_closes", day(-2)));
    let r = post(&mut secretary, "/en/photo-contest/2030/manage", &done).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    let contest = anon.get("/en/photo-contest/2030").await.body;
    assert!(contest.contains("People&#39;s choice"), "{contest}");
    assert!(plain(&contest).contains("1 vote"), "{contest}");
    let r = post(&mut spam, &vote, &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("The public vote is not open."));
}

#[tokio::test]
async fn a_kept_gallery_page_is_answered_at_the_front_door_without_a_cookie() {
    let mut secretary = TestApp::new().await;
    secretary
        .sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let r = post(
        &mut secretary,
        "/en/photo-contest",
        &contest_fields([-1, 2, 4]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut anon = secretary.twin();
    let first = anon
        .request(
            Method::GET,
            "/en/photo-contest/2030/gallery",
            &[("accept-encoding", "gzip, br")],
            Body::empty(),
        )
        .await;
    assert_eq!(first.status, StatusCode::OK);
    // A browser without cookies: the kept page, compressed, with the pages' security
    // headers and no cookie of its own.
    let mut bare = secretary.twin();
    let again = bare
        .request(
            Method::GET,
            "/en/photo-contest/2030/gallery",
            &[("accept-encoding", "gzip, br")],
            Body::empty(),
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.headers["content-encoding"], "br");
    assert!(again.headers.get("set-cookie").is_none());
    assert!(again.headers.contains_key("content-security-policy"));
    assert_eq!(again.headers["etag"], first.headers["etag"]);
    // Signed in: their own page (their name in the header), not the kept one.
    let mine = secretary.get("/en/photo-contest/2030/gallery").await;
    assert!(mine.body.contains("Test secretary@example.org"));
}
