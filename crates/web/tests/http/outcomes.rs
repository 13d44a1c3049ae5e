//! Session outcomes (issue 12, item 1): the organiser writes, saves and sends
//! the outcome of their session; the secretariat returns it with a comment (the
//! organiser is e-mailed, in their language) and approves it; the approved
//! outcome is public on its page, on the session's page, in the edition's list
//! and in the API, each in the language it was written in. Late, stale, empty and
//! foreign edits are refused with the text kept; every route refuses and allows as
//! its role says; the secretariat sees who has not submitted and reminds them, and
//! the scheduler reminds them a week before the deadline.

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::http::StatusCode;
use wsis_app::forum::schedule as service;
use wsis_db::forum::{self as fdb, Edition};
use wsis_domain::Language;
use wsis_domain::account::Role;
use wsis_domain::forum::{Needs, ProposalData, SessionStatus, SpeakerData, SpeakerRole};

/// A fourth session of the 2019 edition proposed by `organiser`, accepted, placed
/// and published (version 2). Returns its number.
async fn organised_session(app: &TestApp, ed: &Edition, admin: i64, organiser: i64) -> i64 {
    let data = ProposalData {
        type_code: "thematic-workshop".into(),
        title: "Open data for rural schools".into(),
        abstract_md: "How schools use open data.".into(),
        organisers: vec!["UNESCO".into()],
        speakers: vec![SpeakerData {
            name: "Awa Diop".into(),
            organisation: "UNESCO".into(),
            email: "awa@example.org".into(),
            role: SpeakerRole::Moderator,
        }],
        action_lines: vec!["C4".into(), "C7.3".into()],
        sdgs: vec![4],
        languages: vec![Language::Fr],
        needs: Needs::default(),
        remote: false,
        expected_audience: 30,
    };
    let tz = service::venue_tz(ed);
    let start = service::local_to_utc(&tz, "2019-04-10", "11:00").unwrap();
    let end = service::local_to_utc(&tz, "2019-04-10", "12:00").unwrap();
    let mut tx = app.db.begin().await.unwrap();
    let rooms = fdb::rooms(&mut tx, ed.id).await.unwrap();
    let (id, _) = fdb::create_session(&mut tx, ed.id, organiser, &data, &["t-4".into()])
        .await
        .unwrap();
    fdb::review(&mut tx, id, 1, SessionStatus::Accepted, None)
        .await
        .unwrap();
    fdb::place(&mut tx, id, 2, Some((rooms[0].id, start, end)))
        .await
        .unwrap();
    let number = fdb::session(&mut tx, id)
        .await
        .unwrap()
        .unwrap()
        .number
        .unwrap();
    tx.commit().await.unwrap();
    service::publish(&app.services, ed, admin, "Second", 1)
        .await
        .unwrap();
    number
}

/// A complete outcome as the form posts it (French text).
fn outcome_form(version: i64, action: &str) -> Vec<(&'static str, String)> {
    [
        ("version", version.to_string()),
        ("action", action.to_owned()),
        ("language", "fr".to_owned()),
        (
            "summary",
            "Les écoles rurales ont partagé leurs données ouvertes.".to_owned(),
        ),
        ("achievements", "Un réseau de 40 enseignants.".to_owned()),
        ("challenges", String::new()),
        ("trends", "Les données ouvertes locales.".to_owned()),
        (
            "recommendations",
            "Former 1 000 enseignants d’ici 2021.".to_owned(),
        ),
        ("al", "C4".to_owned()),
        ("al_rationale_C4", "Formation des enseignants".to_owned()),
        ("al", "C7.3".to_owned()),
        ("al_rationale_C7.3", "Cours en ligne".to_owned()),
        ("sdg", "4".to_owned()),
        ("sdg_targets_4", "4.4, 4.c".to_owned()),
        ("sdg_rationale_4", "Compétences numériques".to_owned()),
        ("participants_onsite", "80".to_owned()),
        ("participants_remote", "1200".to_owned()),
    ]
    .into_iter()
    .collect()
}

async fn post(
    app: &mut TestApp,
    uri: &str,
    fields: &[(&'static str, String)],
) -> crate::common::TestResponse {
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(uri, &f).await
}

#[tokio::test]
async fn an_outcome_goes_from_its_organiser_through_the_secretariat_to_the_public() {
    let mut org = TestApp::new().await;
    let (ed, admin) = forum(&org).await;
    let organiser = org
        .sign_in_as("organiser@example.org", &[Role::Organiser])
        .await;
    let n = organised_session(&org, &ed, admin, organiser).await;
    let edit = format!("/en/forum/2019/outcomes/{n}/edit");

    // The empty form starts from the session's own Action Lines and SDGs.
    let form = org.get(&edit).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(
        form.body
            .contains("id=\"al-C7.3\" name=\"al\" value=\"C7.3\" checked")
    );
    assert!(
        form.body
            .contains("id=\"sdg-4\" name=\"sdg\" value=\"4\" checked")
    );
    assert!(plain(&form.body).contains("Not started"));

    // Bad input: every problem against its field, what was typed kept.
    let mut bad = outcome_form(0, "save");
    bad.retain(|(k, _)| *k != "al_rationale_C4");
    for (k, v) in bad.iter_mut() {
        match *k {
            "summary" => *v = "   ".into(),
            "participants_onsite" => *v = "-4".into(),
            _ => {}
        }
    }
    let r = post(&mut org, &edit, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&r.body);
    assert!(body.contains("Write a summary of the session."), "{body}");
    assert!(body.contains("Give a short reason for each Action Line"));
    assert!(body.contains("Give a whole number from 0 to 100,000"));
    assert!(body.contains("Un réseau de 40 enseignants."), "input kept");
    assert!(
        wsis_app::forum::outcomes::approved(&org.services, 2019)
            .await
            .unwrap()
            .1
            .is_empty()
    );

    // A draft, then sent.
    let r = post(&mut org, &edit, &outcome_form(0, "save")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().ends_with("?notice=outcome-saved"));
    let page = org.get(r.location()).await;
    assert!(plain(&page.body).contains("The outcome has been saved."));
    assert!(page.body.contains("<dd>Draft</dd>"));
    let r = post(&mut org, &edit, &outcome_form(1, "submit")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        org.get(&edit)
            .await
            .body
            .contains("<dd>Sent for review</dd>")
    );
    // Not public yet, and the organiser does not decide.
    let mut public = org.twin();
    assert_eq!(
        public
            .get(&format!("/en/forum/2019/outcomes/{n}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let r = post(
        &mut org,
        &format!("/en/forum/2019/outcomes/{n}/review"),
        &[("decision", "approve".into()), ("version", "2".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The secretariat returns it: a comment is required, and mailed.
    let mut sec = org.twin();
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let review = format!("/en/forum/2019/outcomes/{n}/review");
    let r = post(
        &mut sec,
        &review,
        &[("decision", "return".into()), ("version", "2".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Explain in a comment what the organisers should change."));
    let r = post(
        &mut sec,
        &review,
        &[
            ("decision", "return".into()),
            ("comment", "Add the figures of the online audience.".into()),
            ("version", "2".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    wsis_app::jobs::drain(&org.services).await.unwrap();
    let mails = org.mails().await;
    let m = mails
        .iter()
        .find(|m| m.to == "organiser@example.org" && m.body.contains("online audience"))
        .expect("the organiser is told");
    assert_eq!(
        m.subject,
        format!("WSIS Forum 2019: the outcome of session {n}")
    );
    assert!(m.body.contains("Add the figures of the online audience."));
    assert!(
        m.body
            .contains(&format!("/en/forum/2019/outcomes/{n}/edit"))
    );
    // The organiser sees the comment, corrects and sends it again.
    let form = org.get(&edit).await;
    assert!(
        form.body
            .contains("Add the figures of the online audience.")
    );
    assert!(form.body.contains("<dd>Returned for changes</dd>"));
    let r = post(&mut org, &edit, &outcome_form(3, "submit")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Approved: public, in the language it was written in, everywhere.
    let r = post(
        &mut sec,
        &review,
        &[("decision", "approve".into()), ("version", "4".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().ends_with("?notice=outcome-approved"));
    for lang in Language::ALL {
        let code = lang.code();
        let p = public
            .get(&format!("/{code}/forum/2019/outcomes/{n}"))
            .await;
        assert_eq!(p.status, StatusCode::OK, "{code}");
        assert!(
            p.body
                .contains(&format!("<html lang=\"{code}\" dir=\"{}\"", lang.dir()))
        );
        assert!(
            p.body
                .contains("<div lang=\"fr\" dir=\"ltr\" class=\"outcome\">"),
            "{code}"
        );
        assert!(
            p.body
                .contains("Les écoles rurales ont partagé leurs données ouvertes.")
        );
    }
    let p = public.get(&format!("/en/forum/2019/outcomes/{n}")).await;
    let text = plain(&p.body);
    assert!(text.contains("Key achievements") && text.contains("Emerging trends"));
    assert!(!text.contains("Challenges"), "an empty section is left out");
    assert!(
        text.contains("4.4, 4.c") && text.contains("1,200"),
        "{text}"
    );
    let fr = plain(
        &public
            .get(&format!("/fr/forum/2019/outcomes/{n}"))
            .await
            .body,
    );
    assert!(fr.contains("1\u{202f}200"), "French digit grouping");
    let session = public.get(&format!("/en/forum/2019/sessions/{n}")).await;
    assert!(
        session.body.contains("Les écoles rurales ont partagé"),
        "the session page shows the approved outcome"
    );
    let list = plain(&public.get("/en/forum/2019/outcomes").await.body);
    assert!(
        list.contains("One session outcome has been approved."),
        "{list}"
    );
    assert!(list.contains(&format!(
        "Outcome of session {n}: Open data for rural schools"
    )));
    let api = public.get("/api/v1/forums/2019/outcomes").await;
    assert_eq!(api.status, StatusCode::OK);
    let j = api.json();
    assert_eq!(j["outcomes"][0]["session"], n);
    assert_eq!(j["outcomes"][0]["language"], "fr");
    assert_eq!(j["outcomes"][0]["sdgs"][0]["targets"][1], "4.c");
    assert_eq!(j["outcomes"][0]["participants_remote"], 1200);
    let one = public
        .get(&format!("/api/v1/forums/2019/outcomes/{n}"))
        .await;
    assert_eq!(one.json()["action_lines"][1]["code"], "C7.3");
    assert_eq!(
        public.get("/api/v1/forums/2019/outcomes/1").await.status,
        StatusCode::NOT_FOUND,
        "a session without an approved outcome"
    );
    let home = plain(&public.get("/en/outcomes").await.body);
    assert!(home.contains("WSIS Forum 2019") && home.contains("One session outcome"));
    assert!(
        public
            .get("/en/outcomes")
            .await
            .body
            .contains("href=\"/en/matrix\""),
        "the matrix is reached from the Outcomes section"
    );

    // Approved: the organiser can no longer change it; the secretariat can.
    let r = post(&mut org, &edit, &outcome_form(5, "save")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("only the secretariat can change it now"));
    assert!(r.body.contains("Un réseau de 40 enseignants."));
    let mut changed = outcome_form(5, "save");
    changed[3].1 = "Les écoles rurales ont publié leurs données.".into();
    let r = post(&mut sec, &edit, &changed).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = public.get(&format!("/en/forum/2019/outcomes/{n}")).await;
    assert!(
        p.body.contains("ont publié leurs données"),
        "still approved, as edited"
    );
    assert!(
        public
            .get(&format!("/en/forum/2019/sessions/{n}"))
            .await
            .body
            .contains("ont publié leurs données"),
        "the session page follows"
    );

    // Every save and decision is a revision, newest first.
    let revs = org
        .get(&format!("/en/forum/2019/outcomes/{n}/revisions"))
        .await;
    assert_eq!(revs.status, StatusCode::OK);
    let text = plain(&revs.body);
    for v in 1..=6 {
        assert!(text.contains(&format!("Revision {v}")), "revision {v}");
    }
    assert!(text.find("Revision 6") < text.find("Revision 1"));
    assert!(text.contains("Add the figures of the online audience."));
}

#[tokio::test]
async fn late_stale_and_foreign_edits_are_refused_with_the_text_kept() {
    let mut org = TestApp::new().await;
    let (ed, admin) = forum(&org).await;
    let organiser = org
        .sign_in_as("organiser@example.org", &[Role::Organiser])
        .await;
    let n = organised_session(&org, &ed, admin, organiser).await;
    let edit = format!("/en/forum/2019/outcomes/{n}/edit");

    // Two people start from no outcome: the second save is stale, not an overwrite.
    let mut sec = org.twin();
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    assert_eq!(
        post(&mut org, &edit, &outcome_form(0, "save")).await.status,
        StatusCode::SEE_OTHER
    );
    let mut theirs = outcome_form(0, "save");
    theirs[3].1 = "Another summary".into();
    let r = post(&mut sec, &edit, &theirs).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("Someone else saved this outcome"));
    assert!(r.body.contains("Another summary"), "their text is kept");

    // Someone who does not organise the session neither reads nor writes it.
    let mut stranger = org.twin();
    stranger
        .sign_in_as(
            "stranger@example.org",
            &[Role::Organiser, Role::Stakeholder],
        )
        .await;
    assert_eq!(stranger.get(&edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        post(&mut stranger, &edit, &outcome_form(1, "submit"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        stranger
            .get(&format!("/en/forum/2019/outcomes/{n}/revisions"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Sessions that are not accepted have no outcome.
    assert_eq!(
        org.get("/en/forum/2019/outcomes/99/edit").await.status,
        StatusCode::NOT_FOUND
    );

    // The deadline: a bad date is refused on the form; once passed, the organiser
    // can no longer send (the text is kept), the secretariat still edits.
    let deadline = "/en/forum/2019/manage/outcomes/deadline";
    let r = post(&mut sec, deadline, &[("due_on", "2019-02-30".into())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"2019-02-30\""));
    let r = post(&mut sec, deadline, &[("due_on", "2019-05-10".into())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let manage = plain(&sec.get("/en/forum/2019/manage/outcomes").await.body);
    assert!(manage.contains("10 May 2019"), "{manage}");
    let mut late = outcome_form(1, "submit");
    late[3].1 = "Late but complete".into();
    let r = post(&mut org, &edit, &late).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("The deadline for outcomes has passed."));
    assert!(r.body.contains("Late but complete"));
    assert!(
        org.get(&edit).await.body.contains("<dd>Draft</dd>"),
        "nothing written"
    );
    let r = post(&mut sec, &edit, &late).await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "the secretariat is not bound"
    );
    // Removing the deadline opens it again.
    assert_eq!(
        post(&mut sec, deadline, &[("due_on", String::new())])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        post(&mut org, &edit, &outcome_form(2, "submit"))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // An unknown decision, or approving twice, is a clear refusal.
    let review = format!("/en/forum/2019/outcomes/{n}/review");
    let r = post(
        &mut sec,
        &review,
        &[("decision", "publish".into()), ("version", "3".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Choose to approve or to return the outcome."));
    assert_eq!(
        post(
            &mut sec,
            &review,
            &[("decision", "approve".into()), ("version", "3".into())]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let r = post(
        &mut sec,
        &review,
        &[("decision", "approve".into()), ("version", "4".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("This decision is not possible"));
}

#[tokio::test]
async fn outcome_routes_refuse_and_allow_as_their_roles_say() {
    let mut app = TestApp::new().await;
    let (ed, admin) = forum(&app).await;
    let organiser = app
        .sign_in_as("organiser@example.org", &[Role::Organiser])
        .await;
    let n = organised_session(&app, &ed, admin, organiser).await;
    let secretariat_gets = ["/en/forum/2019/manage/outcomes".to_owned()];
    let secretariat_posts = [
        (
            "/en/forum/2019/manage/outcomes/deadline".to_owned(),
            vec![("due_on", "2030-01-01")],
        ),
        (
            "/en/forum/2019/manage/outcomes/remind".to_owned(),
            vec![("session", "1")],
        ),
        (
            format!("/en/forum/2019/outcomes/{n}/review"),
            vec![("decision", "approve"), ("version", "0")],
        ),
    ];
    let organiser_gets = [
        format!("/en/forum/2019/outcomes/{n}/edit"),
        format!("/en/forum/2019/outcomes/{n}/revisions"),
    ];
    // Anonymous: sent to sign in.
    let mut anon = app.twin();
    for path in secretariat_gets.iter().chain(&organiser_gets) {
        let r = anon.get(path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().starts_with("/en/account/login"), "{path}");
    }
    for (path, fields) in &secretariat_posts {
        let r = anon.post_form(path, fields).await;
        assert!(
            r.location().starts_with("/en/account/login"),
            "{path}: {}",
            r.status
        );
    }
    // The organiser (and every role but the secretariat's): 403 on the secretariat's routes.
    let others: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|r| !matches!(r, Role::Secretariat | Role::Administrator))
        .collect();
    let mut other = app.twin();
    other.sign_in_as("other@example.org", &others).await;
    for path in &secretariat_gets {
        assert_eq!(
            app.get(path).await.status,
            StatusCode::FORBIDDEN,
            "organiser {path}"
        );
        assert_eq!(
            other.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    for (path, fields) in &secretariat_posts {
        assert_eq!(
            app.post_form(path, fields).await.status,
            StatusCode::FORBIDDEN,
            "organiser {path}"
        );
        assert_eq!(
            other.post_form(path, fields).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    for path in &organiser_gets {
        assert_eq!(
            other.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            app.get(path).await.status,
            StatusCode::OK,
            "organiser {path}"
        );
    }
    // The secretariat gets through everywhere.
    let mut sec = app.twin();
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    for path in secretariat_gets.iter().chain(&organiser_gets) {
        assert_eq!(
            sec.get(path).await.status,
            StatusCode::OK,
            "secretariat {path}"
        );
    }
    let (path, fields) = &secretariat_posts[0];
    assert_eq!(
        sec.post_form(path, fields).await.status,
        StatusCode::SEE_OTHER
    );
    let (path, fields) = &secretariat_posts[1];
    assert_eq!(
        sec.post_form(path, fields).await.status,
        StatusCode::SEE_OTHER
    );
    // Review of an outcome that does not exist yet: allowed, and refused by state.
    let (path, fields) = &secretariat_posts[2];
    assert_eq!(
        sec.post_form(path, fields).await.status,
        StatusCode::CONFLICT
    );
}

#[tokio::test]
async fn the_secretariat_sees_who_has_not_submitted_and_organisers_are_reminded() {
    let mut sec = TestApp::new().await;
    let (ed, admin) = forum(&sec).await;
    let mut org = sec.twin();
    let organiser = org
        .sign_in_as("organiser@example.org", &[Role::Organiser])
        .await;
    let n = organised_session(&sec, &ed, admin, organiser).await;
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;

    // Session 1 has sent its outcome (as its proposer, the forum admin); the others have not.
    let mut first = sec.twin();
    let mut c = sec.db.conn().await.unwrap();
    let admin_email = wsis_db::accounts::find_user(&mut c, admin)
        .await
        .unwrap()
        .unwrap()
        .email;
    drop(c);
    first.sign_in_as(&admin_email, &[]).await;
    let r = post(
        &mut first,
        "/en/forum/2019/outcomes/1/edit",
        &outcome_form(0, "submit"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let page = sec.get("/en/forum/2019/manage/outcomes").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = plain(&page.body);
    assert!(
        text.contains("Not started: 3") && text.contains("Sent for review: 1"),
        "{text}"
    );
    let missing = plain(
        &sec.get("/en/forum/2019/manage/outcomes?status=missing")
            .await
            .body,
    );
    assert!(missing.contains("Open data for rural schools"));
    assert!(
        !missing.contains("Digital skills for all"),
        "session 1 has sent its outcome"
    );
    // Only awaited outcomes can be ticked for a reminder.
    assert!(!page.body.contains("id=\"remind-1\""));
    assert!(page.body.contains(&format!("id=\"remind-{n}\"")));

    // Nothing chosen: a clear error.
    let r = sec
        .post_form("/en/forum/2019/manage/outcomes/remind", &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Choose at least one session"));
    // Reminding session 1 (sent) and the organiser's: only the organiser is mailed.
    let r = sec
        .post_form(
            "/en/forum/2019/manage/outcomes/remind",
            &[("session", "1"), ("session", &n.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    wsis_app::jobs::drain(&sec.services).await.unwrap();
    let mails = sec.mails().await;
    let reminders: Vec<_> = mails
        .iter()
        .filter(|m| m.subject.contains("reminder"))
        .collect();
    assert_eq!(
        reminders.len(),
        1,
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert_eq!(reminders[0].to, "organiser@example.org");
    assert_eq!(
        reminders[0].subject,
        format!("WSIS Forum 2019: reminder, the outcome of session {n}")
    );

    // A week before the deadline the scheduler reminds every awaited organiser, once.
    let now = wsis_db::now();
    let due = jiff::Timestamp::from_second(now + 7 * 86_400)
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    let r = sec
        .post_form(
            "/en/forum/2019/manage/outcomes/deadline",
            &[("due_on", &due)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let queued = wsis_app::jobs::schedule_at(&sec.services, now)
        .await
        .unwrap();
    assert!(queued >= 1);
    assert_eq!(
        wsis_app::jobs::schedule_at(&sec.services, now)
            .await
            .unwrap(),
        0,
        "once across the cluster"
    );
    wsis_app::jobs::drain(&sec.services).await.unwrap();
    let mails = sec.mails().await;
    let reminders: Vec<_> = mails
        .iter()
        .filter(|m| m.subject.contains("reminder"))
        .collect();
    // The organiser again, and the admin for sessions 2 and 3 (session 1 was sent).
    assert_eq!(
        reminders.len(),
        4,
        "{:?}",
        reminders
            .iter()
            .map(|m| (&m.to, &m.subject))
            .collect::<Vec<_>>()
    );
    let last = reminders
        .iter()
        .filter(|m| m.to == "organiser@example.org")
        .count();
    assert_eq!(last, 2);
    let dated = reminders
        .iter()
        .find(|m| m.to == "organiser@example.org" && m.body.contains(" by "))
        .expect("the scheduled reminder names the deadline");
    assert!(
        dated
            .body
            .contains(&wsis_i18n::format_local_date(Language::En, &due))
    );
}

async fn upload_photo(
    app: &mut TestApp,
    n: i64,
    alt: &str,
    name: &str,
    content_type: &str,
    file: &[u8],
) -> crate::common::TestResponse {
    use crate::stocktaking_images::{BOUNDARY, multipart};
    let csrf = app.csrf().await;
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    app.request(
        axum::http::Method::POST,
        &format!("/en/forum/2019/outcomes/{n}/photos"),
        &[("content-type", ct.as_str())],
        axum::body::Body::from(multipart(&csrf, alt, name, content_type, file)),
    )
    .await
}

#[tokio::test]
async fn outcome_photos_are_checked_limited_and_public_once_approved() {
    use crate::stocktaking_images::png;
    let mut org = TestApp::new().await;
    let (ed, admin) = forum(&org).await;
    let organiser = org
        .sign_in_as("organiser@example.org", &[Role::Organiser])
        .await;
    let n = organised_session(&org, &ed, admin, organiser).await;
    let edit = format!("/en/forum/2019/outcomes/{n}/edit");
    assert_eq!(
        post(&mut org, &edit, &outcome_form(0, "submit"))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let photos = format!("/en/forum/2019/outcomes/{n}/photos");
    assert!(
        org.get(&edit)
            .await
            .body
            .contains(&format!("href=\"{photos}\""))
    );
    assert_eq!(org.get(&photos).await.status, StatusCode::OK);

    // Not an image, or no alternative text: refused, nothing kept.
    let r = upload_photo(
        &mut org,
        n,
        "A panel",
        "x.png",
        "image/png",
        b"<svg onload=alert(1)>",
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = upload_photo(&mut org, n, " ", "p.png", "image/png", &png(64, 48)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("aria-invalid=\"true\""));
    // Five, then no sixth.
    for i in 0..5 {
        let r = upload_photo(
            &mut org,
            n,
            &format!("Panel {i} on stage"),
            "p.png",
            "image/png",
            &png(64, 48),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let r = upload_photo(&mut org, n, "One more", "p.png", "image/png", &png(64, 48)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        plain(&r.body).contains("This outcome has its five photos"),
        "the page says it is full"
    );
    let page = org.get(&photos).await;
    assert_eq!(page.body.matches("<img ").count(), 5);
    assert!(plain(&page.body).contains("This outcome has its five photos"));
    let src = page
        .body
        .split("src=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    assert!(
        src.starts_with("/media/outcomes/") && src.contains("-thumb."),
        "{src}"
    );

    // Before approval: the organiser sees the files, nobody else.
    assert_eq!(org.get(&src).await.status, StatusCode::OK);
    let mut public = org.twin();
    assert_eq!(public.get(&src).await.status, StatusCode::NOT_FOUND);
    let mut stranger = org.twin();
    stranger
        .sign_in_as("stranger@example.org", &[Role::Organiser])
        .await;
    assert_eq!(stranger.get(&src).await.status, StatusCode::NOT_FOUND);
    assert_eq!(stranger.get(&photos).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        public
            .get("/media/outcomes/..%2F..%2Fetc%2Fpasswd")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Approved: public, on the outcome's page and the session's; no longer the organiser's to change.
    let mut sec = org.twin();
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let r = post(
        &mut sec,
        &format!("/en/forum/2019/outcomes/{n}/review"),
        &[("decision", "approve".into()), ("version", "1".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let file = public.get(&src).await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(
        file.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("image/")
    );
    let out = public.get(&format!("/en/forum/2019/outcomes/{n}")).await;
    assert!(out.body.contains("alt=\"Panel 0 on stage\""));
    assert!(
        public
            .get(&format!("/en/forum/2019/sessions/{n}"))
            .await
            .body
            .contains("alt=\"Panel 4 on stage\"")
    );
    let first_id: i64 = page
        .body
        .split("/photos/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .and_then(|s| s.parse().ok())
        .unwrap();
    let remove = format!("/en/forum/2019/outcomes/{n}/photos/{first_id}/remove");
    assert_eq!(
        org.post_form(&remove, &[]).await.status,
        StatusCode::CONFLICT
    );
    assert!(
        !org.get(&edit)
            .await
            .body
            .contains(&format!("href=\"{photos}\""))
    );
    assert_eq!(
        sec.post_form(&remove, &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(
        !public
            .get(&format!("/en/forum/2019/sessions/{n}"))
            .await
            .body
            .contains("alt=\"Panel 0 on stage\""),
        "the session page follows the removal"
    );
    assert_eq!(
        public.get(&src).await.status,
        StatusCode::NOT_FOUND,
        "its files are gone"
    );
}
