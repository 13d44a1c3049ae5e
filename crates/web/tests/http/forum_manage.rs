//! The secretariat's editors of a forum: editions, rooms, phases, partners,
//! website pages and session types; every route refused to visitors and to
//! other roles, bad input answered field by field with nothing saved.

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::http::StatusCode;
use wsis_db::forum as fdb;
use wsis_domain::account::Role;

const GETS: &[&str] = &[
    "/en/forum/manage/editions",
    "/en/forum/manage/types",
    "/en/forum/2019/manage/edition",
    "/en/forum/2019/manage/rooms",
    "/en/forum/2019/manage/rooms/1",
    "/en/forum/2019/manage/phases",
    "/en/forum/2019/manage/partners",
    "/en/forum/2019/manage/pages",
    "/en/forum/2019/manage/pages/about/fr",
];

const POSTS: &[&str] = &[
    "/en/forum/manage/editions",
    "/en/forum/manage/types",
    "/en/forum/2019/manage/edition",
    "/en/forum/2019/manage/accreditation",
    "/en/forum/2019/manage/rooms",
    "/en/forum/2019/manage/rooms/1",
    "/en/forum/2019/manage/phases",
    "/en/forum/2019/manage/phases/1/remove",
    "/en/forum/2019/manage/partners",
    "/en/forum/2019/manage/partners/1/remove",
    "/en/forum/2019/manage/pages",
    "/en/forum/2019/manage/pages/about/fr",
];

#[tokio::test]
async fn only_the_secretariat_reaches_the_forum_editors() {
    let mut app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    {
        let mut conn = app.db.conn().await.unwrap();
        fdb::add_phase(
            &mut conn,
            ed.id,
            &[("en".to_owned(), "Call".to_owned())].into(),
            "2018-11-01",
            None,
        )
        .await
        .unwrap();
        fdb::add_partner(&mut conn, ed.id, "gold", "ITU", "https://www.itu.int/")
            .await
            .unwrap();
    }
    for path in GETS {
        let r = app.get(path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "anonymous GET {path}");
        assert!(r.location().contains("/account/login"), "{path}");
    }
    for path in POSTS {
        let r = app.post_form(path, &[("name", "x")]).await;
        assert!(
            r.status == StatusCode::SEE_OTHER && r.location().contains("/account/login"),
            "anonymous POST {path}: {}",
            r.status
        );
    }
    for role in [Role::Participant, Role::Stakeholder, Role::Facilitator] {
        let mut other = app.twin();
        other
            .sign_in_as(&format!("{}@example.org", role.code()), &[role])
            .await;
        for path in GETS {
            assert_eq!(
                other.get(path).await.status,
                StatusCode::FORBIDDEN,
                "{role:?} GET {path}"
            );
        }
        for path in POSTS {
            assert_eq!(
                other.post_form(path, &[("name", "x")]).await.status,
                StatusCode::FORBIDDEN,
                "{role:?} POST {path}"
            );
        }
    }
    // Nothing was changed by the refused requests.
    let mut conn = app.db.conn().await.unwrap();
    assert_eq!(fdb::phases(&mut conn, ed.id).await.unwrap().len(), 1);
    assert_eq!(fdb::partners(&mut conn, ed.id).await.unwrap().len(), 1);
    drop(conn);

    app.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    for path in GETS {
        let r = app.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "secretariat GET {path}");
        assert!(r.body.contains("aria-current=\"page\""), "{path}");
    }
    // A form without its token is refused.
    let forged = app
        .post_raw(
            "/en/forum/2019/manage/partners/1/remove",
            &[("csrf", "forged")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_secretariat_edits_the_edition_and_creates_the_next() {
    let mut app = TestApp::new().await;
    forum(&app).await;
    app.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let form = app.get("/fr/forum/2019/manage/edition").await;
    assert!(form.body.contains("value=\"Les TIC pour les ODD\""));
    assert!(form.body.contains("value=\"Europe/Zurich\""));

    let good = |theme: &str, zone: &str, ends: &str| {
        vec![
            ("theme_en", theme.to_owned()),
            ("theme_ar", "تسخير تكنولوجيا المعلومات".to_owned()),
            ("starts_on", "2019-04-08".to_owned()),
            ("ends_on", ends.to_owned()),
            ("venue", "ITU Headquarters, Geneva".to_owned()),
            ("time_zone", zone.to_owned()),
            ("capacity", "2500".to_owned()),
            ("proposals_open", "1".to_owned()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| fields;
    // Bad input: each field says what is wrong, in the page's language.
    let bad = post(good("", "Mars/Olympus", "2019-04-01"));
    let f: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form("/fr/forum/2019/manage/edition", &f).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&r.body);
    assert!(body.contains("error-summary"));
    assert!(body.contains("href=\"#f-theme_en\""));
    assert!(body.contains("href=\"#f-time_zone\""));
    assert!(body.contains("href=\"#f-ends_on\""));
    assert!(body.contains("value=\"Mars/Olympus\""), "input kept");
    let mut conn = app.db.conn().await.unwrap();
    let ed = fdb::edition(&mut conn, 2019).await.unwrap().unwrap();
    assert_eq!(ed.capacity, 100, "nothing saved");
    drop(conn);

    let ok = post(good(
        "Information and Knowledge Societies for SDGs",
        "Europe/Zurich",
        "2019-04-12",
    ));
    let f: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form("/en/forum/2019/manage/edition", &f).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().ends_with("?done=saved"));
    let mut conn = app.db.conn().await.unwrap();
    let ed = fdb::edition(&mut conn, 2019).await.unwrap().unwrap();
    assert_eq!(ed.capacity, 2500);
    assert!(ed.proposals_open);
    assert_eq!(ed.theme.get("fr"), None, "a language left empty is dropped");
    drop(conn);
    let home = app.get("/en/forum/2019").await;
    assert!(
        home.body
            .contains("Information and Knowledge Societies for SDGs")
    );
    let home = app.get("/ar/forum/2019").await;
    assert!(home.body.contains("تسخير تكنولوجيا المعلومات"));
    assert!(app.get(r.location()).await.body.contains("role=\"status\""));

    // A new edition; its year is its address, and a year is taken once.
    let mut next = post(good("Next forum", "America/New_York", "2021-05-21"));
    next.retain(|(k, _)| *k != "starts_on");
    next.push(("starts_on", "2021-05-17".into()));
    next.push(("year", "2021".into()));
    let f: Vec<(&str, &str)> = next.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form("/en/forum/manage/editions", &f).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().starts_with("/en/forum/2021/manage/edition"));
    assert!(app.get("/en/forum/2021").await.body.contains("Next forum"));
    let again = app.post_form("/en/forum/manage/editions", &f).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        plain(&again.body).contains("There is already an edition for this year."),
        "{}",
        again.body
    );
    let list = app.get("/en/forum/manage/editions").await;
    assert!(list.body.contains("/en/forum/2021/manage/edition"));
    assert!(list.body.contains("/en/forum/2019/manage/edition"));
}

#[tokio::test]
async fn rooms_phases_and_partners_are_added_changed_and_removed() {
    let mut app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    app.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;

    // A room: bad input first, then a good one, then a taken code.
    let r = app
        .post_form(
            "/en/forum/2019/manage/rooms",
            &[
                ("code", "K 1/"),
                ("name", "Popov"),
                ("capacity", "0"),
                ("features", "sauna"),
                ("opens", "18:00"),
                ("closes", "09:00"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&r.body);
    assert!(body.contains("Use only letters, digits and hyphens, at most 20."));
    assert!(body.contains("The room must close after it opens."));
    assert!(body.contains("Choose one of the options."));
    let room = [
        ("code", "POPOV"),
        ("name", "Popov Room"),
        ("capacity", "120"),
        ("features", "captioning"),
        ("features", "step-free"),
        ("opens", "08:00"),
        ("closes", "19:00"),
    ];
    let r = app.post_form("/en/forum/2019/manage/rooms", &room).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app.post_form("/en/forum/2019/manage/rooms", &room).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Another room of this edition has this code."));
    let mut conn = app.db.conn().await.unwrap();
    let rooms = fdb::rooms(&mut conn, ed.id).await.unwrap();
    assert_eq!(rooms.len(), 3);
    let popov = rooms.iter().find(|r| r.code == "POPOV").unwrap().clone();
    assert!(popov.captioning && popov.step_free && !popov.interpretation);
    drop(conn);
    // Changed: the form shows what is stored, and saves the change.
    let path = format!("/en/forum/2019/manage/rooms/{}", popov.id);
    let form = app.get(&path).await;
    assert!(form.body.contains("value=\"Popov Room\""));
    assert!(form.body.contains("value=\"captioning\" checked"));
    let r = app
        .post_form(
            &path,
            &[
                ("code", "POPOV"),
                ("name", "Popov Room"),
                ("capacity", "150"),
                ("features", "interpretation"),
                ("opens", "08:00"),
                ("closes", "19:00"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Renaming onto another room's code is refused.
    let r = app
        .post_form(
            &path,
            &[
                ("code", "A"),
                ("name", "Popov Room"),
                ("capacity", "150"),
                ("opens", "08:00"),
                ("closes", "19:00"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.get("/en/forum/2019/manage/rooms/9999").await.status,
        StatusCode::NOT_FOUND
    );
    let mut conn = app.db.conn().await.unwrap();
    let popov = fdb::rooms(&mut conn, ed.id)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.id == popov.id)
        .unwrap();
    assert_eq!(
        (popov.capacity, popov.interpretation, popov.captioning),
        (150, true, false)
    );
    assert_eq!(popov.code, "POPOV");
    drop(conn);

    // A phase shows on the edition's home page, and goes when removed.
    let r = app
        .post_form(
            "/en/forum/2019/manage/phases",
            &[
                ("title_en", "Open consultation"),
                ("title_fr", "Consultation ouverte"),
                ("starts_on", "2018-10-01"),
                ("ends_on", "2018-09-01"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("The end comes before the start."));
    let r = app
        .post_form(
            "/en/forum/2019/manage/phases",
            &[
                ("title_en", "Open consultation"),
                ("title_fr", "Consultation ouverte"),
                ("starts_on", "2018-10-01"),
                ("ends_on", "2018-12-01"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        app.get("/fr/forum/2019")
            .await
            .body
            .contains("Consultation ouverte")
    );
    let mut conn = app.db.conn().await.unwrap();
    let phase = fdb::phases(&mut conn, ed.id).await.unwrap()[0].id;
    drop(conn);
    let r = app
        .post_form(&format!("/en/forum/2019/manage/phases/{phase}/remove"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("?done=removed"));
    assert!(
        !app.get("/fr/forum/2019")
            .await
            .body
            .contains("Consultation ouverte")
    );
    let again = app
        .post_form(&format!("/en/forum/2019/manage/phases/{phase}/remove"), &[])
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    // A partner by tier.
    let r = app
        .post_form(
            "/en/forum/2019/manage/partners",
            &[
                ("tier", "platinum"),
                ("name", "ACME"),
                ("url", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("value=\"ACME\""));
    let r = app
        .post_form(
            "/en/forum/2019/manage/partners",
            &[
                ("tier", "gold-plus"),
                ("name", "ACME & Co"),
                ("url", "https://acme.example/"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let home = app.get("/en/forum/2019").await;
    assert!(home.body.contains("Gold plus partners"));
    assert!(home.body.contains("ACME &#38; Co"));
    let mut conn = app.db.conn().await.unwrap();
    let partner = fdb::partners(&mut conn, ed.id).await.unwrap()[0].id;
    drop(conn);
    let r = app
        .post_form(
            &format!("/en/forum/2019/manage/partners/{partner}/remove"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!app.get("/en/forum/2019").await.body.contains("ACME"));
}

#[tokio::test]
async fn website_pages_are_written_in_each_language_and_sanitised() {
    let mut app = TestApp::new().await;
    forum(&app).await;
    app.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let list = app.get("/en/forum/2019/manage/pages").await;
    assert!(list.body.contains("/en/forum/2019/manage/pages/about/ar"));
    assert!(list.body.contains("Not written yet"));

    // A new page address is checked, then leads to its English version.
    let r = app
        .post_form("/en/forum/2019/manage/pages", &[("slug", "../etc")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Use only lowercase letters, digits and hyphens, at most 40."));
    let r = app
        .post_form("/en/forum/2019/manage/pages", &[("slug", "practical")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/forum/2019/manage/pages/practical/en");

    let r = app
        .post_form(
            "/en/forum/2019/manage/pages/practical/fr",
            &[("title", ""), ("body", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Fill in this field."));
    let r = app
        .post_form(
            "/en/forum/2019/manage/pages/practical/fr",
            &[
                ("title", "Informations pratiques"),
                (
                    "body",
                    "## Accès\n\nVenez **tôt**. <script>alert(1)</script><img src=x onerror=alert(2)>",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let public = app.get("/fr/forum/2019/pages/practical").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("Informations pratiques"));
    assert!(public.body.contains("<strong>tôt</strong>"));
    assert!(!public.body.contains("<script>alert(1)"));
    assert!(!public.body.contains("onerror"));
    // Another language falls back to English, and, as English is not written yet, to
    // the language it is written in, marked as such (the edition links the page).
    let es = app.get("/es/forum/2019/pages/practical").await;
    assert_eq!(es.status, StatusCode::OK);
    assert!(
        es.body
            .contains("<div class=\"prose\" lang=\"fr\" dir=\"ltr\">")
    );
    assert!(
        es.body
            .contains("<h1 lang=\"fr\" dir=\"ltr\">Informations pratiques</h1>")
    );
    assert_eq!(
        app.get("/es/forum/2019/pages/nothing-here").await.status,
        StatusCode::NOT_FOUND
    );
    // The editor shows what is stored; unknown languages are not pages.
    let form = app.get("/en/forum/2019/manage/pages/practical/fr").await;
    assert!(form.body.contains("value=\"Informations pratiques\""));
    assert_eq!(
        app.get("/en/forum/2019/manage/pages/practical/de")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_secretariat_adds_session_types_that_proposers_can_choose() {
    let mut app = TestApp::new().await;
    let (mut ed, _) = forum(&app).await;
    ed.proposals_open = true;
    fdb::update_edition(&mut app.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    app.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let list = app.get("/en/forum/manage/types").await;
    assert!(
        list.body.contains("Knowledge Café"),
        "built-in types listed"
    );
    let r = app
        .post_form(
            "/en/forum/manage/types",
            &[
                ("code", "knowledge-cafe"),
                ("track", "forum"),
                ("name_en", "Café"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("This code is already used by another session type."));
    let r = app
        .post_form(
            "/en/forum/manage/types",
            &[
                ("code", "youth-forum"),
                ("track", "forum"),
                ("name_en", "Youth Forum"),
                ("name_fr", "Forum de la jeunesse"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        app.get("/en/forum/manage/types")
            .await
            .body
            .contains("Youth Forum")
    );
    app.sign_in_as("proposer@example.org", &[Role::Stakeholder])
        .await;
    let form = app.get("/fr/forum/2019/propose").await;
    assert!(form.body.contains("value=\"youth-forum\""));
    assert!(form.body.contains("Forum de la jeunesse"));
}

#[tokio::test]
async fn speakers_give_their_availability_from_their_link() {
    use crate::forum::{post, proposal_form};
    let mut app = TestApp::new().await;
    let (mut ed, _) = forum(&app).await;
    ed.proposals_open = true;
    fdb::update_edition(&mut app.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    app.sign_in_as("proposer@example.org", &[Role::Stakeholder])
        .await;
    let csrf = app.csrf().await;
    let r = post(
        &mut app,
        "/en/forum/2019/propose",
        &proposal_form(&csrf, "Open data for all", "maya@example.org"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mail = app
        .mails()
        .await
        .into_iter()
        .find(|m| m.to.contains("maya@example.org"))
        .expect("speaker mail");
    let link = mail.link("http://wsis.test/en/forum/speakers/confirm?token=");
    let path = link.trim_start_matches("http://wsis.test").to_owned();
    let token = path.split("token=").nth(1).unwrap().to_owned();

    // Before confirming there is only the button.
    let before = app.get(&path).await;
    assert!(!before.body.contains("name=\"day_2019-04-08\""));
    let ok = app
        .post_form("/en/forum/speakers/confirm", &[("token", &token)])
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    // Once confirmed: a choice for each of the five days, all day by default.
    for d in 8..=12 {
        assert!(
            ok.body.contains(&format!("name=\"day_2019-04-{d:02}\"")),
            "{d}"
        );
    }
    assert!(ok.body.contains("<option value=\"all\" selected>"));

    // A choice that is not offered is refused, and nothing is stored.
    let bad = app
        .post_form(
            "/en/forum/speakers/availability",
            &[
                ("token", &token),
                ("day_2019-04-08", "evening"),
                ("day_2019-04-09", "all"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&bad.body).contains("Choose one of the options for every day."));
    let forged = app
        .post_form(
            "/en/forum/speakers/availability",
            &[("token", "forged"), ("day_2019-04-08", "all")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::NOT_FOUND);

    let days = [
        ("day_2019-04-08", "morning"),
        ("day_2019-04-09", "none"),
        ("day_2019-04-10", "afternoon"),
        ("day_2019-04-11", "all"),
        ("day_2019-04-12", "all"),
    ];
    let mut fields = vec![("token", token.as_str())];
    fields.extend(days);
    let saved = app
        .post_form("/en/forum/speakers/availability", &fields)
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    assert!(plain(&saved.body).contains("Your availability is saved."));
    let mut conn = app.db.conn().await.unwrap();
    let windows = fdb::availability(&mut conn, ed.id).await.unwrap();
    // Geneva is UTC+2 in April: 8 April 00:00–13:00 local is 7 April 22:00
    // to 8 April 11:00 UTC.
    let h = 3600;
    let apr8 = 1_554_674_400; // 2019-04-08 00:00 CEST
    let spans: Vec<(i64, i64)> = windows.iter().map(|(_, s, e)| (*s, *e)).collect();
    assert_eq!(
        spans,
        vec![
            (apr8, apr8 + 13 * h),
            (apr8 + 48 * h + 13 * h, apr8 + 72 * h),
            (apr8 + 72 * h, apr8 + 96 * h),
            (apr8 + 96 * h, apr8 + 120 * h),
        ]
    );
    drop(conn);
    // The link shows the stored choices again.
    let again = app.get(&path).await;
    assert!(again.body.contains("name=\"day_2019-04-09\""));
    let day9 = again.body.split("name=\"day_2019-04-09\"").nth(1).unwrap();
    let day9 = &day9[..day9.find("</select>").unwrap()];
    assert!(day9.contains("<option value=\"none\" selected>"), "{day9}");
    // Every day whole again: any time, nothing stored.
    let mut fields = vec![("token", token.as_str())];
    fields.extend(days.map(|(d, _)| (d, "all")));
    app.post_form("/en/forum/speakers/availability", &fields)
        .await;
    let mut conn = app.db.conn().await.unwrap();
    assert!(
        fdb::availability(&mut conn, ed.id)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn the_schedule_review_and_registration_posts_refuse_everyone_but_the_secretariat() {
    let mut app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    let posts: &[(&str, &[(&str, &str)])] = &[
        (
            "/en/forum/manage/proposals/1/merge",
            &[("into", "2"), ("version", "0")],
        ),
        (
            "/en/forum/2019/manage/schedule/place",
            &[
                ("session", "1"),
                ("version", "0"),
                ("room", "1"),
                ("date", "2019-04-08"),
                ("start", "09:00"),
                ("end", "10:00"),
                ("confirm", "1"),
            ],
        ),
        (
            "/en/forum/2019/manage/schedule/unplace",
            &[("session", "1"), ("version", "0")],
        ),
        (
            "/en/forum/manage/registrations/1",
            &[("status", "approved")],
        ),
    ];
    let before = {
        let mut conn = app.db.conn().await.unwrap();
        fdb::sessions(&mut conn, ed.id, None).await.unwrap()
    };
    for (path, fields) in posts {
        let r = app.post_form(path, fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "anonymous {path}");
        assert!(r.location().contains("/account/login"), "{path}");
    }
    for role in [Role::Participant, Role::Stakeholder, Role::Facilitator] {
        let mut other = app.twin();
        other
            .sign_in_as(&format!("{}@example.org", role.code()), &[role])
            .await;
        for (path, fields) in posts {
            assert_eq!(
                other.post_form(path, fields).await.status,
                StatusCode::FORBIDDEN,
                "{role:?} {path}"
            );
        }
    }
    // Nothing moved, merged or unplaced.
    let mut conn = app.db.conn().await.unwrap();
    assert_eq!(fdb::sessions(&mut conn, ed.id, None).await.unwrap(), before);
    drop(conn);

    // The badge is its holder's own: visitors sign in, and an account
    // without an approved registration has no badge.
    let r = app.get("/en/forum/2019/register/badge.pdf").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("/account/login"));
    app.sign_in_as("nobody@example.org", &[Role::Participant])
        .await;
    assert_eq!(
        app.get("/en/forum/2019/register/badge.pdf").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_schedule_editor_checks_a_slot_as_it_is_changed_without_saving() {
    let mut app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    let slot = |date: &'static str, start: &'static str, end: &'static str, room: &'static str| {
        [
            ("session", "3"),
            ("version", "0"),
            ("date", date),
            ("start", start),
            ("end", end),
            ("room", room),
        ]
    };
    let path = "/en/forum/2019/manage/schedule/check";
    let r = app
        .post_form(path, &slot("2019-04-08", "09:00", "10:00", "1"))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "visitors sign in");
    app.sign_in_as("someone@example.org", &[Role::Participant])
        .await;
    let r = app
        .post_form(path, &slot("2019-04-08", "09:00", "10:00", "1"))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    app.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let page = app.get("/en/forum/2019/manage/schedule?session=3").await;
    assert!(page.body.contains("data-slot=\"check-3\""));
    assert!(page.body.contains("/static/schedule-editor.js?v="));
    // Onto session 1's room and time, with a speaker of session 1.
    let r = app
        .post_form(path, &slot("2019-04-08", "09:00", "10:00", "1"))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers["cache-control"], "no-store");
    let v = r.json();
    assert_eq!(v["ok"], false);
    let messages: Vec<String> = v["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| plain(c["message"].as_str().unwrap()))
        .collect();
    assert!(messages.len() >= 2, "{messages:?}");
    assert!(
        v["conflicts"][0]["sessions"][0]["href"]
            .as_str()
            .unwrap()
            .contains("/en/forum/2019/manage/schedule?session=")
    );
    // A free slot; and a day outside the forum.
    let v = app
        .post_form(path, &slot("2019-04-10", "09:00", "10:00", "2"))
        .await
        .json();
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["message"], "No conflict at this slot.");
    let v = app
        .post_form(path, &slot("2019-05-01", "09:00", "10:00", "2"))
        .await
        .json();
    assert_eq!(
        (v["ok"].clone(), v["blocking"].clone()),
        (false.into(), true.into())
    );
    // Nothing was saved by asking.
    let mut conn = app.db.conn().await.unwrap();
    let s3 = fdb::session(&mut conn, 3).await.unwrap().unwrap();
    assert_eq!(s3.room_id, Some(2));
    let _ = ed;
}
