//! Issue 11, item 2: the secretariat reads each proposal on its own page, reviewers
//! score it against the criteria with comments, the queue shows the scores, sorts
//! and filters by them, searches text, decides in bulk and exports CSV; proposers
//! hear of decisions, and organisers of their session placed, moved or taken off
//! the agenda, each mail with a subject that says what happened.

use crate::common::TestApp;
use crate::forum::{forum, plain, post, proposal_form};
use axum::http::StatusCode;
use wsis_app::forum::schedule as service;
use wsis_db::forum::{self as fdb};
use wsis_domain::RoomId;
use wsis_domain::SessionId;
use wsis_domain::account::Role;
use wsis_domain::forum::SessionStatus;

fn score_form<'a>(csrf: &'a str, v: [&'a str; 4], comment: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("score-relevance", v[0]),
        ("score-quality", v[1]),
        ("score-diversity", v[2]),
        ("score-format", v[3]),
        ("score-comment", comment),
    ]
}

/// The rows of the queue's table, in order: each row's title.
fn titles_in_queue(body: &str) -> Vec<String> {
    body.split("<th scope=\"row\"><a href=")
        .skip(1)
        .map(|chunk| {
            let start = chunk.find("<bdi>").unwrap() + 5;
            let end = chunk.find("</bdi>").unwrap();
            chunk[start..end].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn the_secretariat_scores_sorts_filters_decides_in_bulk_and_exports_proposals() {
    let mut app = TestApp::new().await;
    let (mut ed, admin) = forum(&app).await;
    ed.proposals_open = true;
    fdb::update_edition(&mut app.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    app.sign_in_as("proposer@example.org", &[Role::Stakeholder])
        .await;
    let csrf = app.csrf().await;
    for (title, speaker) in [
        ("Skills for the SDGs", "ana.p1@example.org"),
        ("Broadband in rural areas", "omar.p2@example.org"),
        ("Open data for cities", "zoe.p3@example.org"),
    ] {
        let r = post(
            &mut app,
            "/en/forum/2019/propose",
            &proposal_form(&csrf, title, speaker),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let mut conn = app.db.conn().await.unwrap();
    let proposed = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Proposed))
        .await
        .unwrap();
    drop(conn);
    let id = |title: &str| proposed.iter().find(|s| s.data.title == title).unwrap().id;
    let (p1, p2, p3) = (
        id("Skills for the SDGs"),
        id("Broadband in rural areas"),
        id("Open data for cities"),
    );
    let page = |id: i64| format!("/en/forum/2019/manage/proposals/{id}");

    // Only the secretariat reads, scores, exports and decides.
    assert_eq!(app.get(&page(p1)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/en/forum/2019/manage/proposals.csv").await.status,
        StatusCode::FORBIDDEN
    );
    let r = app
        .post_form(
            &format!("{}/score", page(p1)),
            &score_form(&csrf, ["5", "5", "5", "5"], ""),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let p1s = p1.to_string();
    let r = app
        .post_form(
            "/en/forum/2019/manage/proposals/bulk",
            &[("csrf", &csrf), ("action", "accept"), ("ids", &p1s)],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut anon = app.twin();
    anon.cookies.clear();
    assert_ne!(anon.get(&page(p1)).await.status, StatusCode::OK);

    // The proposal's page: everything the proposer sent, and its history.
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let scsrf = sec.csrf().await;
    let r = sec.get(&page(p1)).await;
    assert_eq!(r.status, StatusCode::OK);
    let body = plain(&r.body);
    for needle in [
        "Proposal #",
        "Skills for the SDGs",
        "<strong>skills</strong>",
        "ITU, UNESCO",
        "Ana Ruiz",
        "Moderator",
        "not yet confirmed",
        "C4 ",
        "4. ",
        "English, Français",
        "Captioning",
        "<dd>Test proposer@example.org</dd>",
        "<dd>proposer@example.org</dd>",
        "Not scored yet",
        "Proposed",
        "Relevance to the Action Lines and the SDGs",
    ] {
        assert!(body.contains(needle), "{needle} missing in {body}");
    }
    // A proposal of another edition's address is not found.
    assert_eq!(
        sec.get(&format!("/en/forum/2020/manage/proposals/{p1}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        sec.get("/en/forum/2019/manage/proposals/999999")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Scores: each 1 to 5; wrong ones are shown with their field, nothing saved.
    let r = sec
        .post_form(
            &format!("{}/score", page(p1)),
            &score_form(&scsrf, ["0", "5", "x", "4"], "Keep me"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&r.body);
    assert!(body.contains("error-summary"));
    assert_eq!(
        body.matches("Choose a score from 1 to 5.").count(),
        4,
        "two fields, summary and inline"
    );
    assert!(body.contains("Keep me"));
    assert!(body.contains("<option value=\"5\" selected>"));
    let mut conn = app.db.conn().await.unwrap();
    assert!(
        fdb::scores_of_session(&mut conn, p1)
            .await
            .unwrap()
            .is_empty()
    );
    drop(conn);
    for (p, v, c) in [
        (p1, ["5", "5", "5", "5"], "Strong panel"),
        (p2, ["2", "2", "2", "2"], "Thin abstract"),
    ] {
        let r = sec
            .post_form(&format!("{}/score", page(p)), &score_form(&scsrf, v, c))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(r.location().ends_with("?notice=proposal-scored"));
    }
    let mut other = app.twin();
    other
        .sign_in_as("reviewer@example.org", &[Role::Secretariat])
        .await;
    let ocsrf = other.csrf().await;
    // A second save replaces the reviewer's first.
    for v in [["1", "1", "1", "1"], ["4", "4", "4", "4"]] {
        let r = other
            .post_form(
                &format!("{}/score", page(p1)),
                &score_form(&ocsrf, v, "Good speakers"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let body = plain(&sec.get(&page(p1)).await.body);
    assert!(body.contains("4.5 (2 reviews)"), "mean of 5 and 4");
    assert!(body.contains("Strong panel") && body.contains("Good speakers"));
    assert!(body.contains("Test reviewer@example.org"));
    // The reader's own scores fill the form again.
    assert!(body.contains("<option value=\"5\" selected>"));

    // The queue: scores, order, filters, text.
    let q = |s: &str| format!("/en/forum/2019/manage/proposals{s}");
    let r = sec.get(&q("?status=proposed&sort=score-high")).await;
    assert_eq!(r.status, StatusCode::OK);
    let body = plain(&r.body);
    assert_eq!(
        titles_in_queue(&body),
        [
            "Skills for the SDGs",
            "Broadband in rural areas",
            "Open data for cities"
        ]
    );
    assert!(body.contains("3 proposals"));
    assert!(body.contains("2.0 (1 review)"));
    let body = plain(&sec.get(&q("?status=proposed&sort=score-low")).await.body);
    assert_eq!(
        titles_in_queue(&body),
        [
            "Broadband in rural areas",
            "Skills for the SDGs",
            "Open data for cities"
        ]
    );
    let body = plain(&sec.get(&q("?min=3")).await.body);
    assert_eq!(titles_in_queue(&body), ["Skills for the SDGs"]);
    assert!(body.contains("1 proposal<"));
    let body = plain(&sec.get(&q("?status=proposed&unscored=1")).await.body);
    assert_eq!(titles_in_queue(&body), ["Open data for cities"]);
    let body = plain(&other.get(&q("?status=proposed&unscored=1")).await.body);
    assert_eq!(
        titles_in_queue(&body),
        ["Broadband in rural areas", "Open data for cities"]
    );
    let body = plain(&sec.get(&q("?q=RURAL+areas")).await.body);
    assert_eq!(titles_in_queue(&body), ["Broadband in rural areas"]);
    let body = plain(&sec.get(&q(&format!("?q=%23{p3}"))).await.body);
    assert_eq!(titles_in_queue(&body), ["Open data for cities"]);
    // The published sessions' speakers are searched too; unknown values are ignored.
    let body = plain(
        &sec.get(&q("?q=omar+haddad&sort=nonsense&min=9&type=nope"))
            .await
            .body,
    );
    assert_eq!(titles_in_queue(&body), ["Broadband, rural &#38; remote"]);
    let body = plain(&sec.get(&q("?status=proposed&sort=title")).await.body);
    assert_eq!(
        titles_in_queue(&body),
        [
            "Broadband in rural areas",
            "Open data for cities",
            "Skills for the SDGs"
        ]
    );
    // The row links to the proposal's page; the CSV link keeps the filters.
    assert!(body.contains(&format!("href=\"/en/forum/2019/manage/proposals/{p1}\"")));
    assert!(body.contains("proposals.csv?status=proposed&#38;sort=title"));

    // CSV: what the filters let through, headings in the page's language.
    let r = sec
        .get("/fr/forum/2019/manage/proposals.csv?status=proposed&sort=score-high")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(r.body.starts_with('\u{feff}'));
    let lines: Vec<&str> = r
        .body
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .collect();
    assert!(lines[0].starts_with("\"Proposition\","), "{}", lines[0]);
    assert_eq!(lines.iter().filter(|l| !l.is_empty()).count(), 4);
    assert!(
        lines[1].contains("Skills for the SDGs") && lines[1].contains("\"4.50\",\"2\",\"4.50\"")
    );
    assert!(lines[3].contains("Open data for cities") && lines[3].contains(",\"\",\"0\","));

    // Bulk: declining needs a comment; nothing is decided without one.
    let p2s = p2.to_string();
    let r = sec
        .post_form(
            "/en/forum/2019/manage/proposals/bulk",
            &[("csrf", &scsrf), ("action", "decline"), ("ids", &p2s)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("notice=proposals-comment-needed"));
    // A proposal changed since the reviewer's page showed it is left as it is.
    let r = sec
        .post_form(
            "/en/forum/2019/manage/proposals/bulk",
            &[
                ("csrf", &scsrf),
                ("action", "accept"),
                ("ids", &p2s),
                (&format!("v{p2}"), "0"),
            ],
        )
        .await;
    assert!(r.location().ends_with("notice=proposals-some-skipped"));
    let too_many: Vec<String> = (1..=201).map(|i| i.to_string()).collect();
    let mut fields: Vec<(&str, &str)> = vec![("csrf", &scsrf), ("action", "accept")];
    fields.extend(too_many.iter().map(|i| ("ids", i.as_str())));
    let r = sec
        .post_form("/en/forum/2019/manage/proposals/bulk", &fields)
        .await;
    assert!(r.location().ends_with("notice=proposals-too-many"));
    let mut conn = app.db.conn().await.unwrap();
    assert_eq!(
        fdb::session(&mut conn, p2).await.unwrap().unwrap().status,
        SessionStatus::Proposed
    );
    drop(conn);
    // Accept two (and a repeated id); the filters come back.
    let r = sec
        .post_form(
            "/en/forum/2019/manage/proposals/bulk",
            &[
                ("csrf", &scsrf),
                ("action", "accept"),
                ("ids", &p1s),
                ("ids", &p2s),
                ("ids", &p2s),
                ("back", "status=proposed&sort=score-high&evil=1"),
            ],
        )
        .await;
    assert_eq!(
        r.location(),
        "/en/forum/2019/manage/proposals?status=proposed&sort=score-high&notice=proposals-decided"
    );
    let mut conn = app.db.conn().await.unwrap();
    for p in [p1, p2] {
        let s = fdb::session(&mut conn, p).await.unwrap().unwrap();
        assert_eq!(s.status, SessionStatus::Accepted);
        assert!(s.number.is_some());
    }
    drop(conn);
    // Accepting them again is skipped, not an error.
    let r = sec
        .post_form(
            "/en/forum/2019/manage/proposals/bulk",
            &[("csrf", &scsrf), ("action", "accept"), ("ids", &p1s)],
        )
        .await;
    assert!(r.location().ends_with("notice=proposals-some-skipped"));
    let mails = app.mails().await;
    let accepted: Vec<_> = mails
        .iter()
        .filter(|m| m.to.contains("proposer@example.org") && m.body.contains("has been accepted"))
        .collect();
    assert_eq!(accepted.len(), 2);
    for m in &accepted {
        assert_eq!(
            m.subject,
            "WSIS Forum 2019: your session proposal has been accepted"
        );
    }

    // A decision without its comment: the page again with the field's message.
    let v3 = {
        let mut conn = app.db.conn().await.unwrap();
        fdb::session(&mut conn, p3)
            .await
            .unwrap()
            .unwrap()
            .version
            .to_string()
    };
    let r = sec
        .post_form(
            &format!("/en/forum/manage/proposals/{p3}/review"),
            &[
                ("csrf", &scsrf),
                ("action", "request-changes"),
                ("version", &v3),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&r.body);
    assert!(body.contains("Explain the decision to the proposer in a comment."));
    assert!(body.contains("Open data for cities"));
    assert!(body.contains("<option value=\"request-changes\" selected>"));
    let r = sec
        .post_form(
            &format!("/en/forum/manage/proposals/{p3}/review"),
            &[
                ("csrf", &scsrf),
                ("action", "request-changes"),
                ("comment", "Name a speaker from a city."),
                ("version", &v3),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("notice=proposal-decided"));
    let mails = app.mails().await;
    let asked = mails
        .iter()
        .find(|m| m.body.contains("Name a speaker from a city."))
        .unwrap();
    assert_eq!(
        asked.subject,
        "WSIS Forum 2019: changes are asked to your session proposal"
    );
    assert!(
        !mails.iter().any(|m| m.subject.contains("Open data")),
        "no user text in subjects"
    );
    // The history says who did what.
    let body = plain(&sec.get(&page(p3)).await.body);
    assert!(body.contains("Changes asked for"));
    assert!(body.contains("Name a speaker from a city."));
    assert!(body.contains("Test secretary@example.org"));
    let body = plain(&sec.get(&page(p1)).await.body);
    assert!(body.contains("Accepted"));

    // Organisers hear when their session is placed, moved or taken off the agenda.
    let ed = service::edition(&app.services, 2019).await.unwrap();
    let rooms = service::rooms(&app.services, &ed).await.unwrap();
    let tz = service::venue_tz(&ed);
    let at = |d: &str, t: &str| service::local_to_utc(&tz, d, t).unwrap();
    let place = |start: i64, room: i64| service::Slot {
        room: RoomId::new(room),
        starts_at: start,
        ends_at: start + 3600,
    };
    let version_of = |app: &TestApp, id: i64| {
        let db = app.db.clone();
        async move {
            let mut conn = db.conn().await.unwrap();
            fdb::session(&mut conn, id).await.unwrap().unwrap().version
        }
    };
    let v = version_of(&app, p1).await;
    let placed = service::place(
        &app.services,
        &ed,
        SessionId::new(p1),
        v,
        place(at("2019-04-10", "11:00"), rooms[0].id),
        true,
    )
    .await
    .unwrap();
    assert_eq!(placed, service::Placed::Done);
    let before = app.mails().await.len();
    service::publish(&app.services, &ed, admin, "Second", 1)
        .await
        .unwrap();
    let mails = app.mails().await;
    // Only the newly placed session's proposer, and its speaker.
    assert_eq!(mails.len() - before, 2);
    assert!(
        mails[before..]
            .iter()
            .any(|m| m.to.contains("ana.p1@example.org"))
    );
    let new: Vec<_> = mails[before..]
        .iter()
        .filter(|m| m.to.contains("proposer@example.org"))
        .collect();
    assert_eq!(new.len(), 1);
    assert_eq!(
        new[0].subject,
        "WSIS Forum 2019: your session is on the agenda"
    );
    assert!(new[0].to.contains("proposer@example.org"));
    assert!(new[0].body.contains("Skills for the SDGs"));
    assert!(new[0].body.contains("11:00") && new[0].body.contains("Room A"));
    assert!(
        new[0]
            .body
            .contains("http://wsis.test/en/forum/2019/sessions/")
    );
    // Moved to another room and time.
    let v = version_of(&app, p1).await;
    service::place(
        &app.services,
        &ed,
        SessionId::new(p1),
        v,
        place(at("2019-04-11", "15:00"), rooms[1].id),
        true,
    )
    .await
    .unwrap();
    service::publish(&app.services, &ed, admin, "Third", 2)
        .await
        .unwrap();
    let mails = app.mails().await;
    let moved = mails
        .iter()
        .rfind(|m| m.to.contains("proposer@example.org"))
        .unwrap();
    assert_eq!(moved.subject, "WSIS Forum 2019: your session has moved");
    assert!(moved.body.contains("15:00") && moved.body.contains("Room B"));
    assert!(moved.body.contains("11:00") && moved.body.contains("Room A"));
    let count = mails.len();
    // Taken off the agenda.
    let v = version_of(&app, p1).await;
    service::unplace(&app.services, &ed, SessionId::new(p1), v)
        .await
        .unwrap();
    service::publish(&app.services, &ed, admin, "Fourth", 3)
        .await
        .unwrap();
    let mails = app.mails().await;
    assert_eq!(mails.len(), count + 2, "the proposer and the speaker");
    let gone = mails
        .iter()
        .rfind(|m| m.to.contains("proposer@example.org"))
        .unwrap();
    assert_eq!(
        gone.subject,
        "WSIS Forum 2019: your session is no longer on the agenda"
    );
    assert!(gone.body.contains("Skills for the SDGs"));
    let speaker = mails.last().unwrap();
    assert!(speaker.to.contains("ana.p1@example.org"));
    assert_eq!(
        speaker.subject,
        "WSIS Forum 2019: a session where you speak is no longer on the agenda"
    );
    assert!(
        !speaker.body.contains("/forum/proposals"),
        "no link a speaker cannot open"
    );
}

#[tokio::test]
async fn the_proposal_pages_read_in_six_languages() {
    let mut app = TestApp::new().await;
    let (mut ed, _) = forum(&app).await;
    ed.proposals_open = true;
    fdb::update_edition(&mut app.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    app.sign_in_as("proposer@example.org", &[Role::Stakeholder])
        .await;
    let csrf = app.csrf().await;
    post(
        &mut app,
        "/en/forum/2019/propose",
        &proposal_form(&csrf, "Skills for the SDGs", "ana@example.org"),
    )
    .await;
    let mut conn = app.db.conn().await.unwrap();
    let p = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Proposed))
        .await
        .unwrap()[0]
        .id;
    drop(conn);
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    for (lang, dir, words) in [
        ("en", "ltr", "Your scores"),
        ("fr", "ltr", "Historique"),
        ("es", "ltr", "Historial"),
        ("ru", "ltr", "История"),
        ("ar", "rtl", "السجل"),
        ("zh", "ltr", "历史"),
    ] {
        let r = sec
            .get(&format!("/{lang}/forum/2019/manage/proposals/{p}"))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{lang}");
        assert!(
            r.body.contains(&format!("lang=\"{lang}\" dir=\"{dir}\"")),
            "{lang}"
        );
        assert!(plain(&r.body).contains(words), "{lang}: {words}");
        let r = sec
            .get(&format!("/{lang}/forum/2019/manage/proposals"))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{lang}");
    }
    // Counts take each language's CLDR forms: four is "few" in Arabic and Russian,
    // one is "one", and an unscored proposal says so.
    let body = plain(&sec.get("/ar/forum/2019/manage/proposals").await.body);
    assert!(body.contains("4 اقتراحات"), "{body}");
    let body = plain(&sec.get("/ru/forum/2019/manage/proposals").await.body);
    assert!(
        body.contains("4 заявки") || body.contains("4 предложения"),
        "{body}"
    );
    let body = plain(
        &sec.get("/ar/forum/2019/manage/proposals?status=proposed")
            .await
            .body,
    );
    assert!(body.contains("اقتراح واحد"), "{body}");
}

/// Issue 11, item 7: the invitation names the session, the forum and the role; the
/// link shows when and where once placed, can be declined (the proposer hears of it,
/// the secretariat sees it, the agenda leaves the speaker out) or confirmed after
/// all; a confirmed speaker writes a biography that the session's page shows.
#[tokio::test]
async fn speakers_see_their_session_decline_or_confirm_and_write_a_biography() {
    let mut app = TestApp::new().await;
    let (mut ed, admin) = forum(&app).await;
    ed.proposals_open = true;
    fdb::update_edition(&mut app.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    app.sign_in_as("proposer@example.org", &[Role::Stakeholder])
        .await;
    let csrf = app.csrf().await;
    let mut form = proposal_form(&csrf, "Skills for the SDGs", "ana.p1@example.org");
    for (k, v) in form.iter_mut() {
        match *k {
            "speaker_name_1" => *v = "Li Wei".into(),
            "speaker_organisation_1" => *v = "ITU".into(),
            "speaker_email_1" => *v = "li.p1@example.org".into(),
            _ => {}
        }
    }
    let r = post(&mut app, "/en/forum/2019/propose", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mails = app.mails().await;
    let link_of = |to: &str| {
        let m = mails
            .iter()
            .find(|m| m.to.contains(to))
            .expect("invitation");
        assert!(m.body.contains("Skills for the SDGs"));
        assert!(m.body.contains("WSIS Forum 2019 takes place"));
        assert!(m.body.contains("Geneva"));
        m.link("http://wsis.test/en/forum/speakers/confirm?token=")
            .trim_start_matches("http://wsis.test")
            .to_owned()
    };
    let (ana, li) = (link_of("ana.p1@example.org"), link_of("li.p1@example.org"));
    let ana_mail = mails
        .iter()
        .find(|m| m.to.contains("ana.p1@example.org"))
        .unwrap();
    assert!(ana_mail.body.contains("Moderator"));
    let token = |path: &str| path.split("token=").nth(1).unwrap().to_owned();

    // The link names the session, the role and the forum; no date yet.
    let mut visitor = app.twin();
    visitor.cookies.clear();
    let r = visitor.get(&li).await;
    assert_eq!(r.status, StatusCode::OK);
    let body = plain(&r.body);
    assert!(
        body.contains("You are invited as Speaker of the session “Skills for the SDGs” at the WSIS Forum 2019."),
        "{body}"
    );
    assert!(body.contains("not set yet"));
    assert!(body.contains("I cannot take part"));
    // Li declines (twice: the proposer hears once).
    let vcsrf = visitor.csrf().await;
    let li_token = token(&li);
    for _ in 0..2 {
        let r = visitor
            .post_form(
                "/en/forum/speakers/decline",
                &[("csrf", &vcsrf), ("token", &li_token)],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        let body = plain(&r.body);
        assert!(body.contains("You have declined this invitation."));
        assert!(body.contains("I can take part after all"));
        assert!(!body.contains("I cannot take part"));
    }
    let r = visitor
        .post_form(
            "/en/forum/speakers/decline",
            &[("csrf", &vcsrf), ("token", "forged")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let told: Vec<_> = app
        .mails()
        .await
        .into_iter()
        .filter(|m| m.to.contains("proposer@example.org") && m.body.contains("Li Wei has declined"))
        .collect();
    assert_eq!(told.len(), 1);
    assert_eq!(
        told[0].subject,
        "WSIS Forum 2019: a speaker has declined your invitation"
    );
    assert!(told[0].body.contains("“Skills for the SDGs”"));

    // Ana confirms, then writes a biography (too long first: refused, kept).
    let ana_token = token(&ana);
    let r = visitor
        .post_form(
            "/en/forum/speakers/confirm",
            &[("csrf", &vcsrf), ("token", &ana_token)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let long = "a".repeat(1_501);
    let r = visitor
        .post_form(
            "/en/forum/speakers/name",
            &[
                ("csrf", &vcsrf),
                ("token", &ana_token),
                ("name", "Ana Ruiz"),
                ("organisation", "UNESCO"),
                ("bio", &long),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("The biography is too long"));
    assert!(r.body.contains(&long));
    let r = visitor
        .post_form(
            "/en/forum/speakers/name",
            &[
                ("csrf", &vcsrf),
                ("token", &ana_token),
                ("name", "Ana Ruiz"),
                ("organisation", "UNESCO"),
                ("bio", "Ana leads <b>UNESCO</b>'s skills programme."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);

    // Her photo: checked by content (a text file is refused), kept in the media store.
    let boundary = crate::stocktaking_images::BOUNDARY;
    let photo_body = |token: &str, name: &str, ct: &str, file: &[u8]| {
        let mut b = Vec::new();
        for (k, v) in [("csrf", vcsrf.as_str()), ("token", token)] {
            b.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        b.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: {ct}\r\n\r\n")
                .as_bytes(),
        );
        b.extend_from_slice(file);
        b.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        b
    };
    let ct = format!("multipart/form-data; boundary={boundary}");
    let r = visitor
        .request(
            axum::http::Method::POST,
            "/en/forum/speakers/photo",
            &[("content-type", ct.as_str())],
            axum::body::Body::from(photo_body(
                &ana_token,
                "me.png",
                "image/png",
                b"not an image",
            )),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("not a PNG, JPEG or WebP image"));
    // Li declined: no photo from that link.
    let r = visitor
        .request(
            axum::http::Method::POST,
            "/en/forum/speakers/photo",
            &[("content-type", ct.as_str())],
            axum::body::Body::from(photo_body(
                &li_token,
                "li.png",
                "image/png",
                &crate::stocktaking_images::png(40, 40),
            )),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = visitor
        .request(
            axum::http::Method::POST,
            "/en/forum/speakers/photo",
            &[("content-type", ct.as_str())],
            axum::body::Body::from(photo_body(
                &ana_token,
                "me.png",
                "image/png",
                &crate::stocktaking_images::png(600, 400),
            )),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(plain(&r.body).contains("Your photo has been saved."));
    let src = {
        let at = r
            .body
            .find("src=\"/media/speakers/")
            .expect("the photo is shown")
            + 5;
        r.body[at..].split('"').next().unwrap().to_owned()
    };
    assert!(
        src.starts_with("/media/speakers/") && src.contains("/thumb?v="),
        "{src}"
    );
    let (headers, bytes) = visitor.request_bytes(&src, &[]).await;
    // Re-encoded by the images' pipeline (a photo without transparency becomes JPEG).
    assert_eq!(headers["content-type"], "image/jpeg");
    assert!(bytes.starts_with(&[0xFF, 0xD8]));
    for bad in [
        "/media/speakers/999999/thumb",
        "/media/speakers/x/thumb",
        "/media/speakers/1/huge",
    ] {
        assert_eq!(
            visitor.get(bad).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }

    // The secretariat sees who declined, and when.
    let mut conn = app.db.conn().await.unwrap();
    let p = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Proposed))
        .await
        .unwrap()[0]
        .clone();
    drop(conn);
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let body = plain(
        &sec.get(&format!("/en/forum/2019/manage/proposals/{}", p.id))
            .await
            .body,
    );
    assert!(body.contains("declined") && body.contains("A speaker declined"));
    assert!(body.contains("Li Wei"));

    // Accepted and placed: the speaker who declined is not on the agenda and hears
    // nothing; the other is told the date, room and role; the page shows her biography.
    let scsrf = sec.csrf().await;
    let r = sec
        .post_form(
            &format!("/en/forum/manage/proposals/{}/review", p.id),
            &[
                ("csrf", &scsrf),
                ("action", "accept"),
                ("version", &p.version.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let ed = service::edition(&app.services, 2019).await.unwrap();
    let rooms = service::rooms(&app.services, &ed).await.unwrap();
    let tz = service::venue_tz(&ed);
    let start = service::local_to_utc(&tz, "2019-04-10", "11:00").unwrap();
    let mut conn = app.db.conn().await.unwrap();
    let s = fdb::session(&mut conn, p.id).await.unwrap().unwrap();
    drop(conn);
    let placed = service::place(
        &app.services,
        &ed,
        SessionId::new(p.id),
        s.version,
        service::Slot {
            room: RoomId::new(rooms[0].id),
            starts_at: start,
            ends_at: start + 3600,
        },
        true,
    )
    .await
    .unwrap();
    assert_eq!(placed, service::Placed::Done);
    let before = app.mails().await.len();
    service::publish(&app.services, &ed, admin, "Second", 1)
        .await
        .unwrap();
    let mails = app.mails().await;
    let new = &mails[before..];
    assert!(!new.iter().any(|m| m.to.contains("li.p1@example.org")));
    let ana_date = new
        .iter()
        .find(|m| m.to.contains("ana.p1@example.org"))
        .expect("the speaker hears the date");
    assert_eq!(
        ana_date.subject,
        "WSIS Forum 2019: the date and room of your session"
    );
    assert!(ana_date.body.contains("where you are Moderator"));
    assert!(ana_date.body.contains("11:00") && ana_date.body.contains("Room A"));
    let number = fdb::session(&mut app.db.conn().await.unwrap(), p.id)
        .await
        .unwrap()
        .unwrap()
        .number
        .unwrap();
    let page = visitor
        .get(&format!("/en/forum/2019/sessions/{number}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Ana leads &#60;b&#62;UNESCO&#60;/b&#62;&#39;s skills programme."),
        "escaped biography"
    );
    assert!(!page.body.contains("Li Wei"));
    assert!(page.body.contains(&format!(
        "<img class=\"speaker-photo\" src=\"{src}\" alt=\"\""
    )));
    // Removed from the link: the file goes too.
    let r = visitor
        .post_form(
            "/en/forum/speakers/photo/remove",
            &[("csrf", &vcsrf), ("token", &ana_token)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(plain(&r.body).contains("Your photo has been removed."));
    assert_eq!(visitor.get(&src).await.status, StatusCode::NOT_FOUND);
    // The link now says when and where.
    let body = plain(&visitor.get(&ana).await.body);
    assert!(body.contains("It takes place") && body.contains("Room A"));
    // Li can still take part after all: the confirmation clears the refusal.
    let r = visitor
        .post_form(
            "/en/forum/speakers/confirm",
            &[("csrf", &vcsrf), ("token", &li_token)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let mut conn = app.db.conn().await.unwrap();
    let li_row = fdb::speakers_of_session(&mut conn, p.id)
        .await
        .unwrap()
        .into_iter()
        .find(|x| x.name == "Li Wei")
        .unwrap();
    assert!(li_row.declined_at.is_none() && li_row.confirmed_at.is_some());
}
