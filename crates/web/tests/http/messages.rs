//! Issue 11, item 5: the secretariat writes to an edition's speakers, organisers or
//! filtered participants; each person gets the version of their language (else
//! English), through the mail queue, after a count; what was sent is recorded; the
//! speakers who have not answered are reminded with a new link.

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::http::StatusCode;
use wsis_db::forum as fdb;
use wsis_domain::Language;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::forum::AttendanceMode;
use wsis_domain::forum::registration::{Category, RegistrationData, RegistrationStatus};
use wsis_domain::taxonomy::StakeholderType;

/// Four participants: two approved in Kenya (one reading Arabic), one approved in
/// France, one pending in Kenya.
async fn participants(app: &TestApp, edition: i64) {
    let mut conn = app.db.conn().await.unwrap();
    for (i, (country, status, lang)) in [
        ("KE", RegistrationStatus::Approved, Language::En),
        ("KE", RegistrationStatus::Approved, Language::Ar),
        ("FR", RegistrationStatus::Approved, Language::Fr),
        ("KE", RegistrationStatus::Pending, Language::En),
    ]
    .into_iter()
    .enumerate()
    {
        let profile = Profile {
            name: format!("Participant {i}"),
            organisation: None,
            stakeholder_type: None,
            country: None,
            language: lang,
        };
        let user = wsis_db::accounts::create_user(
            &mut conn,
            &Email::parse(&format!("part{i}@example.org")).unwrap(),
            "x",
            &profile,
            &[Role::Participant],
            true,
        )
        .await
        .unwrap();
        let data = RegistrationData {
            mode: AttendanceMode::OnSite,
            category: Category::Ngo,
            stakeholder_type: StakeholderType::CivilSociety,
            organisation: "Org".into(),
            country: country.into(),
            accessibility: String::new(),
        };
        wsis_db::registrations::register(
            &mut conn,
            edition,
            1000,
            user,
            &data,
            status,
            &format!("W2019-{i:020X}"),
        )
        .await
        .unwrap();
    }
}

/// The hidden fingerprint of what a count was of, from the counted page.
fn counted_of(body: &str) -> String {
    let marker = "name=\"counted\" value=\"";
    let at = body.find(marker).expect("a count") + marker.len();
    body[at..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_secretariat_writes_to_speakers_organisers_and_filtered_participants() {
    let app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    participants(&app, ed.id).await;
    let page = "/en/forum/2019/manage/messages";

    // Only the secretariat.
    let mut visitor = app.twin();
    assert_ne!(visitor.get(page).await.status, StatusCode::OK);
    let mut part = app.twin();
    part.sign_in_as("someone@example.org", &[Role::Participant])
        .await;
    assert_eq!(part.get(page).await.status, StatusCode::FORBIDDEN);
    let pcsrf = part.csrf().await;
    let r = part
        .post_form(
            page,
            &[
                ("csrf", &pcsrf),
                ("audience", "speakers"),
                ("body-en", "Hi"),
                ("step", "send"),
                ("expected", "2"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        part.post_form(&format!("{page}/remind-speakers"), &[("csrf", &pcsrf)])
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let csrf = sec.csrf().await;
    let r = sec.get(page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(plain(&r.body).contains("No message has been sent yet."));
    // Each version's label names its language in itself, in the page's parentheses.
    assert!(
        r.body
            .contains("Text (<span lang=\"fr\" dir=\"ltr\">Français</span>)")
    );
    let zh = sec.get("/zh/forum/2019/manage/messages").await.body;
    assert!(
        zh.contains("（<span lang=\"ar\" dir=\"rtl\">العربية</span>）"),
        "{zh}"
    );
    // The edition's page and the secretariat's home link here.
    assert!(
        sec.get("/en/forum/2019")
            .await
            .body
            .contains("/en/forum/2019/manage/messages")
    );
    assert!(
        sec.get("/en/secretariat")
            .await
            .body
            .contains("/en/forum/2019/manage/messages")
    );

    // No text: a field error, nothing sent.
    let before = app.mails().await.len();
    let r = sec
        .post_form(
            page,
            &[
                ("csrf", &csrf),
                ("audience", "speakers"),
                ("body-en", "  "),
                ("step", "preview"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Write the message in at least one language."));
    let r = sec
        .post_form(
            page,
            &[
                ("csrf", &csrf),
                ("audience", "everyone"),
                ("body-en", "Hi"),
                ("step", "preview"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Choose who receives the message."));
    assert!(r.body.contains(">Hi</textarea>"), "the text stays");

    // Speakers: counted first (Ana Ruiz speaks twice: once), then sent in the right
    // language; the count shown must be the count sent.
    let fields = |step: &'static str, expected: &'static str, counted: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("audience", "speakers".to_owned()),
            ("body-en", "Please send your slides by Friday.".to_owned()),
            (
                "body-fr",
                "Merci d'envoyer vos diapositives vendredi.".to_owned(),
            ),
            ("step", step.to_owned()),
            ("expected", expected.to_owned()),
            ("counted", counted.to_owned()),
        ]
    };
    let r = crate::forum::post(&mut sec, page, &fields("preview", "", "")).await;
    assert_eq!(r.status, StatusCode::OK);
    let counted = counted_of(&r.body);
    let body = plain(&r.body);
    assert!(body.contains("This message will go to 3 people."), "{body}");
    assert!(body.contains("name=\"expected\" value=\"3\""));
    assert!(body.contains("Merci d&#39;envoyer") || body.contains("Merci d'envoyer"));
    assert_eq!(app.mails().await.len(), before, "counting sends nothing");
    let r = crate::forum::post(&mut sec, page, &fields("send", "4", &counted)).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("The number of recipients has changed"));
    // The same number for other recipients than those counted (the organisers).
    let mut other = fields("send", "3", &counted);
    other[1].1 = "organisers".to_owned();
    let r = crate::forum::post(&mut sec, page, &other).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(app.mails().await.len(), before);
    let r = crate::forum::post(&mut sec, page, &fields("send", "3", &counted)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().ends_with("?notice=forum-message-sent"));
    let mails = app.mails().await;
    let new = &mails[before..];
    assert_eq!(new.len(), 3);
    let mut to: Vec<&str> = new.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(to.len(), 3);
    for m in new {
        assert_eq!(
            m.subject,
            "WSIS Forum 2019: a message to the speakers from the secretariat"
        );
        assert!(m.body.contains("Please send your slides by Friday."));
        assert!(m.body.contains("http://wsis.test/en/forum/2019"));
    }

    // Participants: approved ones in Kenya; the Arabic reader gets the Arabic version,
    // the French-reading one is not in Kenya, the pending one is not approved.
    let before = mails.len();
    let r = sec
        .post_form(
            page,
            &[
                ("csrf", &csrf),
                ("audience", "participants"),
                ("status", "approved"),
                ("country", "KE"),
                ("body-en", "The venue opens at 8:00."),
                ("body-ar", "يفتح المكان أبوابه في الساعة 8:00."),
                ("step", "preview"),
            ],
        )
        .await;
    assert!(plain(&r.body).contains("This message will go to 2 people."));
    let counted = counted_of(&r.body);
    let r = sec
        .post_form(
            page,
            &[
                ("csrf", &csrf),
                ("audience", "participants"),
                ("status", "approved"),
                ("country", "KE"),
                ("body-en", "The venue opens at 8:00."),
                ("body-ar", "يفتح المكان أبوابه في الساعة 8:00."),
                ("step", "send"),
                ("expected", "2"),
                ("counted", &counted),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mails = app.mails().await;
    let new = &mails[before..];
    assert_eq!(new.len(), 2);
    let ar = new.iter().find(|m| m.to.contains("part1@")).unwrap();
    assert!(ar.body.contains("يفتح المكان"));
    assert!(ar.body.contains("http://wsis.test/ar/forum/2019"));
    assert!(
        !ar.subject.contains("WSIS Forum"),
        "the Arabic frame: {}",
        ar.subject
    );
    let en = new.iter().find(|m| m.to.contains("part0@")).unwrap();
    assert!(en.body.contains("The venue opens at 8:00."));
    assert!(
        !new.iter()
            .any(|m| m.to.contains("part2@") || m.to.contains("part3@"))
    );

    // Organisers: the proposer of the accepted sessions, once.
    let r = sec
        .post_form(
            page,
            &[
                ("csrf", &csrf),
                ("audience", "organisers"),
                ("body-es", "Hola"),
                ("step", "preview"),
            ],
        )
        .await;
    assert!(plain(&r.body).contains("This message will go to 1 person."));

    // The record: newest first, each message's page with its versions.
    let body = plain(&sec.get(page).await.body);
    assert!(body.contains("Registered participants, as chosen below"));
    assert!(
        body.contains("Status: Approved · Country or area: Kenya"),
        "{body}"
    );
    assert!(body.contains("2 people") && body.contains("3 people"));
    let mut conn = app.db.conn().await.unwrap();
    let sent = fdb::messages_of_edition(&mut conn, ed.id, 10)
        .await
        .unwrap();
    drop(conn);
    assert_eq!(sent.len(), 2);
    let r = sec.get(&format!("{page}/{}", sent[1].id)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"fr\" dir=\"ltr\""));
    assert!(plain(&r.body).contains("Please send your slides by Friday."));
    assert_eq!(
        sec.get(&format!("/en/forum/2020/manage/messages/{}", sent[1].id))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        part.get(&format!("{page}/{}", sent[1].id)).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn speakers_who_have_not_answered_are_reminded_with_a_new_link_once_a_week() {
    let app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    // The sessions were created a week and a day ago.
    let mut conn = app.db.conn().await.unwrap();
    sqlx::query("UPDATE forum_sessions SET created_at = created_at - 8 * 86400")
        .execute(&mut *conn)
        .await
        .unwrap();
    sqlx::query("UPDATE forum_session_speakers SET invited_at = invited_at - 8 * 86400")
        .execute(&mut *conn)
        .await
        .unwrap();
    drop(conn);
    let before = app.mails().await.len();
    let n = wsis_app::forum::messages::remind_speakers(&app.services, ed.id)
        .await
        .unwrap();
    // Ana Ruiz (two sessions), Li Wei and Omar Haddad: four invitations unanswered.
    assert_eq!(n, 4);
    let mails = app.mails().await;
    let new = &mails[before..];
    assert_eq!(new.len(), 4);
    let li = new
        .iter()
        .find(|m| m.to.contains("li@example.org"))
        .unwrap();
    assert_eq!(
        li.subject,
        "WSIS Forum 2019: please answer your speaker invitation"
    );
    assert!(li.body.contains("Digital skills for all"));
    // The new link works; the old one (from the forum's seed) does not.
    let link = li.link("http://wsis.test/en/forum/speakers/confirm?token=");
    let path = link.trim_start_matches("http://wsis.test");
    let mut visitor = app.twin();
    let body = plain(&visitor.get(path).await.body);
    assert!(body.contains("You are invited as Panellist"), "{body}");
    let vcsrf = visitor.csrf().await;
    let token = path.split("token=").nth(1).unwrap();
    let r = visitor
        .post_form(
            "/en/forum/speakers/confirm",
            &[("csrf", &vcsrf), ("token", token)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let token_of = |m: &crate::common::Mail| {
        m.link("http://wsis.test/en/forum/speakers/confirm?token=")
            .split("token=")
            .nth(1)
            .unwrap()
            .to_owned()
    };
    let omar_first = token_of(
        new.iter()
            .find(|m| m.to.contains("omar@example.org"))
            .unwrap(),
    );
    // Not again within the week; the one who confirmed never again.
    assert_eq!(
        wsis_app::forum::messages::remind_speakers(&app.services, ed.id)
            .await
            .unwrap(),
        0
    );
    let mut conn = app.db.conn().await.unwrap();
    sqlx::query("UPDATE forum_session_speakers SET reminded_at = reminded_at - 8 * 86400")
        .execute(&mut *conn)
        .await
        .unwrap();
    drop(conn);
    let before = app.mails().await.len();
    assert_eq!(
        wsis_app::forum::messages::remind_speakers(&app.services, ed.id)
            .await
            .unwrap(),
        3
    );
    // Each reminder renews the link: the earlier one stops working.
    let mails = app.mails().await;
    let omar_second = token_of(
        mails[before..]
            .iter()
            .find(|m| m.to.contains("omar@example.org"))
            .unwrap(),
    );
    assert_ne!(omar_first, omar_second);
    let r = visitor
        .post_form(
            "/en/forum/speakers/confirm",
            &[("csrf", &vcsrf), ("token", &omar_first)],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = visitor
        .post_form(
            "/en/forum/speakers/confirm",
            &[("csrf", &vcsrf), ("token", &omar_second)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    // The secretariat's button does the same (nothing due now).
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let csrf = sec.csrf().await;
    let r = sec
        .post_form(
            "/en/forum/2019/manage/messages/remind-speakers",
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("notice=forum-speakers-reminded"));
}

/// Issue 11, item 5: an account that opened the registration form and did not send it
/// is reminded a day later, once, in its language; one that registered is not.
#[tokio::test]
async fn those_who_did_not_finish_registering_are_reminded_once() {
    let app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    let mut started = app.twin();
    started
        .sign_in_as("started@example.org", &[Role::Participant])
        .await;
    assert_eq!(
        started.get("/en/forum/2019/register").await.status,
        StatusCode::OK
    );
    let mut finished = app.twin();
    finished
        .sign_in_as("finished@example.org", &[Role::Participant])
        .await;
    assert_eq!(
        finished.get("/en/forum/2019/register").await.status,
        StatusCode::OK
    );
    let csrf = finished.csrf().await;
    let r = finished
        .post_form(
            "/en/forum/2019/register",
            &[
                ("csrf", &csrf),
                ("mode", "remote"),
                ("category", "ngo"),
                ("stakeholder_type", "civil_society"),
                ("organisation", "Digital Bridge"),
                ("country", "KE"),
                ("accessibility", ""),
                ("consent", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut recent = app.twin();
    recent
        .sign_in_as("recent@example.org", &[Role::Participant])
        .await;
    assert_eq!(
        recent.get("/en/forum/2019/register").await.status,
        StatusCode::OK
    );
    // The first two opened the form two days ago; the one who did not finish reads French.
    let mut conn = app.db.conn().await.unwrap();
    sqlx::query(
        "UPDATE forum_registration_starts SET started_at = started_at - 172800
         WHERE user_id IN (SELECT id FROM users WHERE email IN ('started@example.org', 'finished@example.org'))",
    )
    .execute(&mut *conn)
    .await
    .unwrap();
    sqlx::query("UPDATE users SET language = 'fr' WHERE email = 'started@example.org'")
        .execute(&mut *conn)
        .await
        .unwrap();
    // The one who registered has no start left to remind of (nor a second one noted).
    let starts: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM forum_registration_starts WHERE edition_id = $1")
            .bind(ed.id)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(starts, 3);
    drop(conn);

    let remind = "/en/forum/2019/manage/messages/remind-registrations";
    // The edition has ended (2019): nobody is reminded.
    assert_eq!(
        wsis_app::forum::messages::remind_registrations(&app.services, ed.id)
            .await
            .unwrap(),
        0
    );
    // The same edition still to come.
    let mut ed = ed;
    ed.ends_on = "2099-04-12".into();
    fdb::update_edition(&mut app.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    let pcsrf = started.csrf().await;
    assert_eq!(
        started.post_form(remind, &[("csrf", &pcsrf)]).await.status,
        StatusCode::FORBIDDEN
    );
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let page = sec.get("/en/forum/2019/manage/messages").await;
    assert!(page.body.contains("Registrations not finished"));
    let scsrf = sec.csrf().await;
    let before = app.mails().await.len();
    let r = sec.post_form(remind, &[("csrf", &scsrf)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        r.location()
            .ends_with("?notice=forum-registrations-reminded")
    );
    let mails = app.mails().await;
    let new: Vec<_> = mails[before..]
        .iter()
        .filter(|m| !m.to.contains("secretary"))
        .collect();
    assert_eq!(
        new.len(),
        1,
        "{:?}",
        new.iter().map(|m| &m.to).collect::<Vec<_>>()
    );
    assert_eq!(new[0].to, "started@example.org");
    assert_eq!(
        new[0].subject,
        "Forum du SMSI 2019\u{a0}: votre inscription n’est pas terminée"
    );
    assert!(new[0].body.contains("/fr/forum/2019/register"));
    // Once only, whether by the button or the daily job.
    let n = wsis_app::forum::messages::remind_registrations(&app.services, ed.id)
        .await
        .unwrap();
    assert_eq!(n, 0);
    let r = sec.post_form(remind, &[("csrf", &scsrf)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.mails().await.len(), mails.len());
}
