//! Issue 11, item 8: what the public reads of an edition (sessions' titles and
//! abstracts, room names, the venue, partners, site pages) carries translations,
//! written by the secretariat; a text without one in the page's language shows its
//! original marked with the original's `lang` and `dir` (WCAG 3.1.2).

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::http::StatusCode;
use wsis_db::forum as fdb;
use wsis_domain::Language;
use wsis_domain::account::Role;
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::translations::{Field, Kind};

#[tokio::test]
async fn the_secretariat_translates_and_pages_mark_what_stays_in_another_language() {
    let app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    let mut conn = app.db.conn().await.unwrap();
    let partner = fdb::add_partner(
        &mut conn,
        ed.id,
        "gold",
        "Digital Cooperation Coalition",
        "https://example.org",
    )
    .await
    .unwrap();
    fdb::save_page(
        &mut conn,
        ed.id,
        "about",
        "en",
        "About the forum",
        "The forum of 2019.",
        None,
    )
    .await
    .unwrap();
    let rooms = fdb::rooms(&mut conn, ed.id).await.unwrap();
    let sessions = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted))
        .await
        .unwrap();
    drop(conn);
    let room_a = rooms.iter().find(|r| r.code == "A").unwrap().id;
    let russian = sessions
        .iter()
        .find(|s| s.data.title == "Знания для всех")
        .unwrap();
    let (ru_id, ru_number) = (russian.id, russian.number.unwrap());
    let names = "/en/forum/2019/manage/translations";
    let session_page = format!("/en/forum/2019/manage/sessions/{ru_id}/translations");

    // Only the secretariat, on every route.
    let mut anon = app.twin();
    assert_ne!(anon.get(names).await.status, StatusCode::OK);
    let mut part = app.twin();
    part.sign_in_as("someone@example.org", &[Role::Participant, Role::Organiser])
        .await;
    assert_eq!(part.get(names).await.status, StatusCode::FORBIDDEN);
    assert_eq!(part.get(&session_page).await.status, StatusCode::FORBIDDEN);
    let pcsrf = part.csrf().await;
    for uri in [
        session_page.clone(),
        format!("{names}/lang"),
        format!("{names}/room/{room_a}"),
        format!("{names}/edition/0"),
    ] {
        assert_eq!(
            part.post_form(&uri, &[("csrf", &pcsrf), ("lang", "en"), ("title-fr", "x")])
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{uri}"
        );
    }

    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let csrf = sec.csrf().await;
    // The names' page: the venue, both rooms and the partner, then the accepted
    // sessions with the languages they read in (only their original so far).
    let r = sec.get(names).await;
    assert_eq!(r.status, StatusCode::OK);
    for part in [
        "Geneva",
        "Room A",
        "Room B",
        "Digital Cooperation Coalition",
        "Digital skills for all",
        "Знания для всех",
        &format!("name=\"room-{room_a}-fr\""),
        "name=\"edition-0-zh\"",
        &format!("name=\"partner-{partner}-ar\""),
    ] {
        assert!(r.body.contains(part), "{part}");
    }
    // Names are written in English: no English field for them.
    assert!(!r.body.contains("name=\"edition-0-en\""));
    // Every session is read in English (their originals' language unknown: the edition's).
    assert!(plain(&r.body).contains("<td>English</td>"));

    // Rooms, the venue and the partner in other languages.
    let room_name = format!("room-{room_a}-fr");
    let room_ar = format!("room-{room_a}-ar");
    let r = sec
        .post_form(
            &format!("{names}/room/{room_a}"),
            &[
                ("csrf", &csrf),
                (&room_name, " Salle A "),
                (&room_ar, "القاعة أ"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().contains("notice=forum-translations-saved"));
    let r = sec
        .post_form(
            &format!("{names}/edition/0"),
            &[
                ("csrf", &csrf),
                ("edition-0-zh", "日内瓦"),
                ("edition-0-fr", "Genève"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let partner_fr = format!("partner-{partner}-fr");
    let r = sec
        .post_form(
            &format!("{names}/partner/{partner}"),
            &[
                ("csrf", &csrf),
                (&partner_fr, "Coalition pour la coopération numérique"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // A translation too long: the form again with the message and what was typed; nothing
    // of that form saved.
    let long = "x".repeat(201);
    let room_es = format!("room-{room_a}-es");
    let r = sec
        .post_form(
            &format!("{names}/room/{room_a}"),
            &[
                ("csrf", &csrf),
                (&room_name, "Autre salle"),
                (&room_es, &long),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("This translation is too long."));
    assert!(r.body.contains("value=\"Autre salle\""));
    assert!(r.body.contains(&format!("href=\"#f-room-{room_a}-es\"")));
    // Unknown things are not found.
    for uri in [
        format!("{names}/room/999999"),
        format!("{names}/session/{ru_id}"),
        format!("{names}/user/1"),
    ] {
        assert_eq!(
            sec.post_form(&uri, &[("csrf", &csrf)]).await.status,
            StatusCode::NOT_FOUND,
            "{uri}"
        );
    }

    // The Russian session: its original's language, an English and a French version.
    let r = sec.get(&session_page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("name=\"title-fr\""));
    assert!(r.body.contains("lang=\"fr\" dir=\"ltr\""));
    assert!(r.body.contains("name=\"abstract-ar\""));
    let r = sec
        .post_form(
            &session_page,
            &[
                ("csrf", &csrf),
                ("lang", "ru"),
                ("title-en", "Knowledge for all"),
                ("abstract-en", "About knowledge, for everyone."),
                ("title-fr", "Savoirs pour tous"),
                ("title-ru", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // A "translation" into the original's language is refused, with nothing saved.
    let r = sec
        .post_form(
            &session_page,
            &[
                ("csrf", &csrf),
                ("lang", "ru"),
                ("title-en", "Changed"),
                ("title-ru", "Знания"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("This is the language of the original"));
    assert!(r.body.contains("value=\"Знания\""));
    let r = sec
        .post_form(&session_page, &[("csrf", &csrf), ("lang", "xx")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Choose one of the six languages."));
    let mut conn = app.db.conn().await.unwrap();
    let tr = fdb::translations(&mut conn, ed.id).await.unwrap();
    drop(conn);
    assert_eq!(
        tr.get(Kind::Session, ru_id, Field::Title, Language::En),
        Some("Knowledge for all")
    );
    assert_eq!(
        tr.get(Kind::Room, room_a, Field::Name, Language::Fr),
        Some("Salle A")
    );
    assert_eq!(tr.get(Kind::Room, room_a, Field::Name, Language::Es), None);
    // The names' page now reads the session in three languages.
    let r = sec.get(names).await;
    assert!(
        plain(&r.body).contains("<td>Русский, English, Français</td>"),
        "{}",
        r.body
    );

    // The public pages, at once (no new publication).
    let mut visitor = app.twin();
    let r = visitor.get("/fr/forum/2019/agenda?day=2019-04-09").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("dir=\"auto\">Savoirs pour tous</a>"),
        "{}",
        r.body
    );
    let r = visitor.get("/fr/forum/2019/agenda").await;
    // Untranslated: the English original marked English.
    assert!(
        r.body
            .contains("lang=\"en\" dir=\"ltr\">Digital skills for all</a>")
    );
    assert!(r.body.contains(">Salle A</a>"));
    assert!(r.body.contains("lang=\"en\" dir=\"ltr\">Room B</a>"));
    let r = visitor.get("/ar/forum/2019/agenda?day=2019-04-09").await;
    assert!(
        r.body
            .contains("lang=\"ru\" dir=\"ltr\">Знания для всех</a>")
    );
    let r = visitor.get("/ar/forum/2019/agenda").await;
    assert!(r.body.contains(">القاعة أ</a>"));
    let r = visitor
        .get(&format!("/en/forum/2019/sessions/{ru_number}"))
        .await;
    assert!(
        r.body.contains("<h1 dir=\"auto\">Knowledge for all</h1>"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("<div class=\"prose\"><p>About knowledge, for everyone.</p>")
    );
    let r = visitor
        .get(&format!("/es/forum/2019/sessions/{ru_number}"))
        .await;
    assert!(
        r.body
            .contains("<h1 lang=\"ru\" dir=\"ltr\">Знания для всех</h1>")
    );
    assert!(
        r.body
            .contains("<div class=\"prose\" lang=\"ru\" dir=\"ltr\">")
    );
    let r = visitor.get("/ar/forum/2019/rooms/A").await;
    assert!(r.body.contains("<h1>القاعة أ</h1>"));
    let r = visitor.get("/es/forum/2019/rooms/A").await;
    assert!(r.body.contains("<h1 lang=\"en\" dir=\"ltr\">Room A</h1>"));
    let r = visitor.get("/fr/forum/2019/speakers").await;
    assert!(r.body.contains("dir=\"auto\">Savoirs pour tous</a>"));
    assert!(
        r.body
            .contains("lang=\"en\" dir=\"ltr\">Digital skills for all</a>")
    );
    // The edition's home: the venue, the theme (French written, Arabic not) and partners.
    let r = visitor.get("/zh/forum/2019").await;
    assert!(r.body.contains("<dd>日内瓦</dd>"));
    let r = visitor.get("/ar/forum/2019").await;
    assert!(r.body.contains("<dd lang=\"en\" dir=\"ltr\">Geneva</dd>"));
    assert!(
        r.body
            .contains("<p class=\"lead\" lang=\"en\" dir=\"ltr\">ICTs for the SDGs</p>")
    );
    assert!(
        r.body
            .contains("rel=\"noopener\" lang=\"en\" dir=\"ltr\">Digital Cooperation Coalition</a>")
    );
    let r = visitor.get("/fr/forum/2019").await;
    assert!(
        r.body
            .contains("<p class=\"lead\">Les TIC pour les ODD</p>")
    );
    assert!(r.body.contains("<dd>Genève</dd>"));
    assert!(
        r.body
            .contains("rel=\"noopener\">Coalition pour la coopération numérique</a>")
    );
    // A site page written only in English, read in Arabic.
    let r = visitor.get("/ar/forum/2019/pages/about").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("<h1 lang=\"en\" dir=\"ltr\">About the forum</h1>")
    );
    assert!(
        r.body
            .contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\">")
    );
    let r = visitor.get("/en/forum/2019/pages/about").await;
    assert!(r.body.contains("<h1>About the forum</h1>"));

    // Exports in a language carry its translations; the programme too.
    let r = visitor
        .get("/api/v1/forums/2019/schedule.json?lang=fr")
        .await;
    assert!(r.body.contains("Savoirs pour tous") && r.body.contains("Salle A"));
    let r = visitor.get("/api/v1/forums/2019/schedule.json").await;
    assert!(r.body.contains("Knowledge for all") && r.body.contains("Room A"));
    let snap = wsis_app::forum::snapshots::by_year(&app.services, 2019)
        .await
        .unwrap()
        .unwrap();
    let doc = wsis_app::forum::programme::document(&snap, Language::Fr, None);
    let text = format!("{doc:?}");
    assert!(
        text.contains("Savoirs pour tous") && text.contains("Salle A") && text.contains("Genève")
    );

    // The names declared French: the French translations give way to the originals,
    // and English pages mark those as French.
    let r = sec
        .post_form(&format!("{names}/lang"), &[("csrf", &csrf), ("lang", "fr")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = visitor.get("/en/forum/2019/rooms/A").await;
    assert!(r.body.contains("<h1 lang=\"fr\" dir=\"ltr\">Room A</h1>"));
    let r = visitor.get("/fr/forum/2019/rooms/A").await;
    assert!(r.body.contains("<h1>Room A</h1>"));
    let r = sec.get(names).await;
    assert!(r.body.contains("name=\"edition-0-en\""));
    assert!(!r.body.contains("name=\"edition-0-fr\""));
}

/// The same pages in every language answer, and a language's own text is not marked.
#[tokio::test]
async fn translation_pages_read_in_six_languages() {
    let app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    let mut conn = app.db.conn().await.unwrap();
    let sessions = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted))
        .await
        .unwrap();
    drop(conn);
    let id = sessions[0].id;
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    for (lang, heading) in [
        (Language::En, "Translations: WSIS Forum 2019"),
        (Language::Fr, "2019"),
        (Language::Ar, "2019"),
        (Language::Zh, "2019"),
        (Language::Ru, "2019"),
        (Language::Es, "2019"),
    ] {
        let r = sec
            .get(&format!("/{}/forum/2019/manage/translations", lang.code()))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{lang}");
        assert!(
            r.body.contains(&format!(
                "<html lang=\"{}\" dir=\"{}\"",
                lang.code(),
                lang.dir()
            )),
            "{lang}"
        );
        assert!(plain(&r.body).contains(heading), "{lang}");
        let r = sec
            .get(&format!(
                "/{}/forum/2019/manage/sessions/{id}/translations",
                lang.code()
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{lang}");
        // The original's language is not offered as a translation.
        assert!(!r.body.contains("name=\"title-en\""), "{lang}");
        assert!(r.body.contains("name=\"title-ar\""), "{lang}");
    }
    // The proposal's page links to its translations.
    let r = sec
        .get(&format!("/en/forum/2019/manage/proposals/{id}"))
        .await;
    assert!(
        r.body
            .contains(&format!("/en/forum/2019/manage/sessions/{id}/translations"))
    );
}

/// A speaker's profile (name, organisation, biography) saved from their link shows on the
/// published pages at once, without a new publication.
#[tokio::test]
async fn a_speakers_profile_shows_on_the_published_pages_at_once() {
    let app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    let mut conn = app.db.conn().await.unwrap();
    let sessions = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted))
        .await
        .unwrap();
    let digital = sessions
        .iter()
        .find(|s| s.data.title == "Digital skills for all")
        .unwrap();
    let speakers = fdb::speakers_of_session(&mut conn, digital.id)
        .await
        .unwrap();
    let ana = speakers.iter().find(|s| s.name == "Ana Ruiz").unwrap();
    // Her link, confirmed.
    sqlx::query(
        "UPDATE forum_session_speakers SET token_hash = $1, confirmed_at = 1
         WHERE session_id = $2 AND speaker_id = $3",
    )
    .bind(wsis_app::accounts::token_hash("ana-link"))
    .bind(digital.id)
    .bind(ana.speaker_id)
    .execute(&mut *conn)
    .await
    .unwrap();
    drop(conn);
    let page = format!("/en/forum/2019/sessions/{}", digital.number.unwrap());
    let mut visitor = app.twin();
    assert!(!visitor.get(&page).await.body.contains("Ana Ruiz-Ortega"));
    wsis_app::forum::proposals::rename_speaker(
        &app.services,
        "ana-link",
        "Ana Ruiz-Ortega",
        "UNESCO Institute",
        "Ana leads the skills programme.",
    )
    .await
    .unwrap();
    let body = visitor.get(&page).await.body;
    assert!(
        body.contains("<strong>Ana Ruiz-Ortega</strong>, UNESCO Institute"),
        "{body}"
    );
    assert!(body.contains("Ana leads the skills programme."));
    // Everywhere she speaks: the speakers' directory too.
    let body = visitor.get("/en/forum/2019/speakers").await.body;
    assert!(body.contains("Ana Ruiz-Ortega"));
}
