//! The Hackathon (issue 14, item 3) through the real router: an edition announced by the
//! secretariat with its challenges, teams formed by e-mailed invitations (full teams, one
//! team per challenge), projects with files checked by content in the media store and
//! editable until the deadline, a jury with conflicts of interest and scores, winners per
//! challenge, the public pages and the API; role checks both ways; six languages.

use crate::common::{TestApp, TestResponse};
use crate::forum::plain;
use crate::stocktaking_images::png;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use wsis_domain::account::Role;

const BOUNDARY: &str = "----wsis-hackathon-boundary";
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

/// `YYYY-MM-DD`, `days` from today (UTC).
fn day(days: i64) -> String {
    let t = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(24 * days))
        .unwrap();
    t.strftime("%Y-%m-%d").to_string()
}

fn settings(days: [i64; 3]) -> Vec<(&'static str, String)> {
    vec![
        ("year", "2030".into()),
        ("title_en", "Hacking Solutions for Lifelong Learning".into()),
        (
            "title_fr",
            "Des solutions pour apprendre toute la vie".into(),
        ),
        ("team_min", "2".into()),
        ("team_max", "3".into()),
        ("opens_at", day(days[0])),
        ("closes_at", day(days[1])),
        ("announced_at", day(days[2])),
    ]
}

fn challenge(title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title_en", title.into()),
        (
            "description_en",
            "Build a tool for learners.\n\nIt must work offline.".into(),
        ),
        ("partners", "UNESCO\nUniversity of Geneva".into()),
    ]
}

async fn post(app: &mut TestApp, path: &str, fields: &[(&str, String)]) -> TestResponse {
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(path, &f).await
}

async fn dates(secretary: &mut TestApp, days: [i64; 3]) {
    let r = post(secretary, "/en/hackathon/2030/manage", &settings(days)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
}

/// The id at the end of a redirect (`…/teams/7`).
fn id_of(r: &TestResponse) -> i64 {
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

async fn ids(app: &TestApp, sql: &str) -> Vec<i64> {
    let mut conn = app.db.conn().await.unwrap();
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_all(&mut *conn)
        .await
        .unwrap()
}

struct Project<'a> {
    title: &'a str,
    repo: &'a str,
    file: Option<(&'a str, Vec<u8>)>,
}

async fn save_project(app: &mut TestApp, team: i64, p: &Project<'_>) -> TestResponse {
    let csrf = app.csrf().await;
    let mut b = Vec::new();
    for (k, v) in [
        ("csrf", csrf.as_str()),
        ("title", p.title),
        ("summary", "Lessons that travel on a USB stick."),
        ("repo_url", p.repo),
        ("video_url", ""),
    ] {
        b.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    if let Some((name, bytes)) = &p.file {
        b.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        b.extend_from_slice(bytes);
        b.extend_from_slice(b"\r\n");
    }
    b.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    app.request(
        Method::POST,
        &format!("/en/hackathon/2030/teams/{team}/project"),
        &[("content-type", ct.as_str())],
        Body::from(b),
    )
    .await
}

fn scores(value: &str) -> Vec<(&'static str, String)> {
    wsis_domain::hackathon::CRITERIA
        .iter()
        .map(|c| (*c, value.to_owned()))
        .collect()
}

#[tokio::test]
async fn hackathon_routes_refuse_and_allow_as_their_roles_say() {
    let mut secretary = TestApp::new().await;
    secretary
        .sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let r = post(&mut secretary, "/en/hackathon", &settings([-1, 2, 4])).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    assert_eq!(r.location(), "/en/hackathon/2030/manage");
    let r = post(
        &mut secretary,
        "/en/hackathon/2030/challenges",
        &challenge("Learning without connectivity"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    let c = ids(&secretary, "SELECT id FROM hackathon_challenges").await[0];
    let mut anon = secretary.twin();
    let mut participant = secretary.twin();
    participant
        .sign_in_as("someone@example.org", &[Role::Participant])
        .await;
    let r = post(
        &mut participant,
        "/en/hackathon/2030/teams",
        &[("name", "Team A".into()), ("challenge", c.to_string())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    let team = id_of(&r);
    let secretariat_only = [
        "/en/hackathon/2030/manage".to_owned(),
        format!("/en/hackathon/2030/challenges/{c}/edit"),
    ];
    let signed_in = [
        "/en/hackathon/2030/participate".to_owned(),
        "/en/hackathon/2030/jury".to_owned(),
        format!("/en/hackathon/2030/teams/{team}/project"),
        format!("/en/hackathon/2030/jury/{team}"),
    ];
    for path in secretariat_only.iter().chain(&signed_in) {
        let r = anon.get(path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().contains("/account/login"), "{path}");
    }
    for path in &secretariat_only {
        assert_eq!(
            participant.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(secretary.get(path).await.status, StatusCode::OK, "{path}");
    }
    // Not a juror: the jury's pages are refused; not a member: the project form too.
    assert_eq!(
        participant.get("/en/hackathon/2030/jury").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        secretary
            .get(&format!("/en/hackathon/2030/teams/{team}/project"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        participant
            .get(&format!("/en/hackathon/2030/teams/{team}/project"))
            .await
            .status,
        StatusCode::OK
    );
    for (path, fields) in [
        ("/en/hackathon".to_owned(), settings([0, 1, 2])),
        ("/en/hackathon/2030/manage".to_owned(), settings([0, 1, 2])),
        (
            "/en/hackathon/2030/challenges".to_owned(),
            challenge("Another"),
        ),
        (
            format!("/en/hackathon/2030/challenges/{c}/edit"),
            challenge("Changed"),
        ),
        (
            "/en/hackathon/2030/jurors".to_owned(),
            vec![("email", "x@example.org".to_owned())],
        ),
        (
            "/en/hackathon/2030/winners".to_owned(),
            vec![("winner-1", team.to_string())],
        ),
    ] {
        assert_eq!(
            post(&mut participant, &path, &fields).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // Only the captain invites; only a juror scores.
    let mut other = secretary.twin();
    other
        .sign_in_as("other@example.org", &[Role::Participant])
        .await;
    assert_eq!(
        post(
            &mut other,
            &format!("/en/hackathon/2030/teams/{team}/invite"),
            &[("email", "x@example.org".into())],
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post(
            &mut other,
            &format!("/en/hackathon/2030/jury/{team}"),
            &scores("5"),
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    // Every other form: anonymous visitors are sent to sign in; accounts that are not the
    // captain, a member or a juror are refused.
    let posts = [
        "/en/hackathon/2030/teams".to_owned(),
        format!("/en/hackathon/2030/teams/{team}/invite"),
        format!("/en/hackathon/2030/teams/{team}/invitations/1/withdraw"),
        "/en/hackathon/2030/invitations/1".to_owned(),
        format!("/en/hackathon/2030/teams/{team}/leave"),
        format!("/en/hackathon/2030/teams/{team}/project"),
        format!("/en/hackathon/2030/teams/{team}/files/1/remove"),
        format!("/en/hackathon/2030/jury/{team}"),
        format!("/en/hackathon/2030/jury/{team}/conflict"),
    ];
    for path in &posts {
        let r = post(&mut anon, path, &[("decision", "accept".into())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().contains("/account/login"), "{path}");
    }
    let r = post(
        &mut participant,
        &format!("/en/hackathon/2030/teams/{team}/invite"),
        &[("email", "other@example.org".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let inv = ids(&secretary, "SELECT id FROM hackathon_invitations").await[0];
    for (path, status) in [
        (
            format!("/en/hackathon/2030/teams/{team}/invitations/{inv}/withdraw"),
            StatusCode::FORBIDDEN,
        ),
        (
            format!("/en/hackathon/2030/teams/{team}/leave"),
            StatusCode::NOT_FOUND,
        ),
        (
            format!("/en/hackathon/2030/teams/{team}/files/1/remove"),
            StatusCode::FORBIDDEN,
        ),
        (
            format!("/en/hackathon/2030/jury/{team}/conflict"),
            StatusCode::FORBIDDEN,
        ),
    ] {
        let r = post(&mut secretary, &path, &[("reason", "x".into())]).await;
        assert_eq!(r.status, status, "{path}");
    }
    // The invitation is for other@: the participant who sent it cannot answer it.
    let r = post(
        &mut participant,
        &format!("/en/hackathon/2030/invitations/{inv}"),
        &[("decision", "accept".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Reached by clicking: the prizes page links the hackathon, the hackathon its edition,
    // the secretariat's home its management.
    assert!(
        anon.get("/en/prizes")
            .await
            .body
            .contains("href=\"/en/hackathon\"")
    );
    assert!(
        anon.get("/en/hackathon")
            .await
            .body
            .contains("href=\"/en/hackathon/2030\"")
    );
    let home = secretary.get("/en/secretariat").await;
    assert!(home.body.contains("href=\"/en/hackathon/2030/manage\""));
    // Public pages, in every language, with their lang and dir.
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        for path in [
            "/hackathon".to_owned(),
            "/hackathon/2030".to_owned(),
            format!("/hackathon/2030/challenges/{c}"),
            format!("/hackathon/2030/teams/{team}"),
        ] {
            let r = anon.get(&format!("/{lang}{path}")).await;
            assert_eq!(r.status, StatusCode::OK, "/{lang}{path}");
            assert!(
                r.body.contains(&format!("<html lang=\"{lang}\"")),
                "/{lang}{path}"
            );
        }
    }
    let fr = anon.get("/fr/hackathon/2030").await;
    assert!(
        fr.body
            .contains("lang=\"fr\" dir=\"ltr\">Des solutions pour apprendre toute la vie")
    );
    let ar = anon
        .get(&format!("/ar/hackathon/2030/challenges/{c}"))
        .await;
    assert!(
        ar.body
            .contains("lang=\"en\" dir=\"ltr\">Learning without connectivity"),
        "an untranslated title is marked as English"
    );
}

#[tokio::test]
async fn teams_form_by_invitation_submit_projects_until_the_deadline_and_the_jury_picks_winners() {
    let dir = std::env::temp_dir().join(format!(
        "wsis-hackathon-test-{}-{}",
        std::process::id(),
        wsis_db::now()
    ));
    let store = wsis_media::MediaStore::local(&dir).unwrap();
    let mut secretary = TestApp::with_config(|c| c.app.media = Some(store)).await;
    secretary
        .sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    // Bad settings: no English title, dates out of order, sizes the wrong way round.
    let mut bad = settings([2, 1, 3]);
    bad[1].1 = String::new();
    bad[4].1 = "1".into();
    let r = post(&mut secretary, "/en/hackathon", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = plain(&r.body);
    for m in [
        "Enter the text in English at least.",
        "This date must come after the one before it.",
        "The largest team cannot be smaller than the smallest.",
    ] {
        assert!(text.contains(m), "{m}: {text}");
    }
    assert!(
        ids(&secretary, "SELECT id FROM hackathons")
            .await
            .is_empty()
    );
    let r = post(&mut secretary, "/en/hackathon", &settings([-1, 2, 4])).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = post(
        &mut secretary,
        "/en/hackathon/2030/challenges",
        &[("title_en", "No partners".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Name at least one partner organisation."));
    for t in ["Learning without connectivity", "Skills for livelihoods"] {
        let r = post(
            &mut secretary,
            "/en/hackathon/2030/challenges",
            &challenge(t),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let cs = ids(
        &secretary,
        "SELECT id FROM hackathon_challenges ORDER BY id",
    )
    .await;
    let (c1, c2) = (cs[0], cs[1]);

    let mut alice = secretary.twin();
    alice
        .sign_in_as("alice@example.org", &[Role::Participant])
        .await;
    let mut bob = secretary.twin();
    bob.sign_in_as("bob@example.org", &[Role::Participant])
        .await;
    let mut carol = secretary.twin();
    carol
        .sign_in_as("carol@example.org", &[Role::Participant])
        .await;
    let mut dave = secretary.twin();
    dave.sign_in_as("dave@example.org", &[Role::Participant])
        .await;
    let r = post(
        &mut alice,
        "/en/hackathon/2030/teams",
        &[
            ("name", "Code for Kisumu".into()),
            ("challenge", c1.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    let team = id_of(&r);
    // A name taken (without regard to case), a second team in the same challenge.
    let r = post(
        &mut bob,
        "/en/hackathon/2030/teams",
        &[
            ("name", "code  FOR kisumu".into()),
            ("challenge", c2.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Another team already has this name."));
    let r = post(
        &mut alice,
        "/en/hackathon/2030/teams",
        &[
            ("name", "Second team".into()),
            ("challenge", c1.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("You are already in a team for this challenge."));

    // Invitations: by e-mail, in the invitee's language, within the team's size.
    let invite = format!("/en/hackathon/2030/teams/{team}/invite");
    let r = post(&mut alice, &invite, &[("email", "not an address".into())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for who in ["bob@example.org", "carol@example.org"] {
        let r = post(&mut alice, &invite, &[("email", who.into())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    }
    let r = post(&mut alice, &invite, &[("email", "bob@example.org".into())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(&mut alice, &invite, &[("email", "dave@example.org".into())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("The team is full"));
    let mails = alice.mails().await;
    let to_bob = mails
        .iter()
        .find(|m| m.to.contains("bob@example.org"))
        .expect("bob is invited by e-mail");
    assert_eq!(
        to_bob.subject,
        "Invitation to a team of the WSIS Hackathon 2030"
    );
    assert!(to_bob.body.contains("“Code for Kisumu”"), "{}", to_bob.body);
    assert!(
        to_bob
            .link("http")
            .ends_with("/en/hackathon/2030/participate")
    );
    let invitations = ids(
        &secretary,
        "SELECT id FROM hackathon_invitations ORDER BY id",
    )
    .await;
    // Dave cannot answer Bob's invitation; Bob sees and accepts it.
    let r = post(
        &mut dave,
        &format!("/en/hackathon/2030/invitations/{}", invitations[0]),
        &[("decision", "accept".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let page = bob.get("/en/hackathon/2030/participate").await;
    assert!(plain(&page.body).contains("Code for Kisumu"));
    let r = post(
        &mut bob,
        &format!("/en/hackathon/2030/invitations/{}", invitations[0]),
        &[("decision", "accept".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    assert_eq!(r.location(), format!("/en/hackathon/2030/teams/{team}"));
    assert!(
        alice
            .mails()
            .await
            .iter()
            .any(|m| m.to.contains("alice@example.org") && m.body.contains("joined the team"))
    );
    // Carol made a team of her own in the same challenge: she cannot join a second.
    let r = post(
        &mut carol,
        "/en/hackathon/2030/teams",
        &[
            ("name", "Carol's crew".into()),
            ("challenge", c1.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = post(
        &mut carol,
        &format!("/en/hackathon/2030/invitations/{}", invitations[1]),
        &[("decision", "accept".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("You are already in a team for this challenge."));
    let members = ids(
        &secretary,
        &format!("SELECT user_id FROM hackathon_members WHERE team_id = {team}"),
    )
    .await;
    assert_eq!(members.len(), 2, "nothing half-saved");
    // The captain withdraws Carol's invitation: the place is free again.
    let r = post(
        &mut alice,
        &format!(
            "/en/hackathon/2030/teams/{team}/invitations/{}/withdraw",
            invitations[1]
        ),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = post(&mut alice, &invite, &[("email", "dave@example.org".into())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));

    // The project: checked, with files checked by their content.
    let bad = Project {
        title: "LessonBox",
        repo: "http://example.org/lessonbox",
        file: None,
    };
    let r = save_project(&mut bob, team, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Enter an address that starts with https://"));
    let script = Project {
        title: "LessonBox",
        repo: "https://example.org/lessonbox",
        file: Some(("slides.pdf", b"#!/bin/sh\nrm -rf /\n".to_vec())),
    };
    let r = save_project(&mut bob, team, &script).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("This file is not a PDF, office document or image."));
    assert!(
        ids(&secretary, "SELECT team_id FROM hackathon_projects")
            .await
            .is_empty(),
        "nothing saved"
    );
    let good = Project {
        title: "LessonBox",
        repo: "https://example.org/lessonbox",
        file: Some(("../../slides.pdf", PDF.to_vec())),
    };
    let r = save_project(&mut bob, team, &good).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    for n in 0..4 {
        let shot = Project {
            file: Some(("screen.png", png(320 + n, 200))),
            ..good
        };
        let r = save_project(&mut alice, team, &shot).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    }
    let r = save_project(&mut alice, team, &good).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("A project may have at most 5 files"));
    let keys: Vec<String> = {
        let mut conn = secretary.db.conn().await.unwrap();
        sqlx::query_scalar("SELECT file_key FROM hackathon_files ORDER BY id")
            .fetch_all(&mut *conn)
            .await
            .unwrap()
    };
    assert_eq!(keys.len(), 5);
    let stored = std::fs::read_dir(&dir)
        .map(|_| walk(&dir.join("hackathon")))
        .unwrap_or_default();
    assert_eq!(stored, 5, "no object without its row");
    let pdf = format!("/media/hackathon/{}", keys[0].rsplit('/').next().unwrap());
    let r = bob.get(&pdf).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(header(&r, "content-type"), "application/pdf");
    assert!(header(&r, "content-disposition").contains("attachment; filename=\"slides.pdf\""));
    assert!(header(&r, "content-security-policy").contains("sandbox"));
    let mut anon = secretary.twin();
    assert_eq!(anon.get(&pdf).await.status, StatusCode::NOT_FOUND);
    let public = anon.get(&format!("/en/hackathon/2030/teams/{team}")).await;
    assert!(
        !public.body.contains("LessonBox"),
        "not public before it wins"
    );
    assert!(
        public.body.contains("Test alice@example.org"),
        "members are"
    );
    // The other challenge's team, for the ranking.
    let r = post(
        &mut dave,
        "/en/hackathon/2030/teams",
        &[
            ("name", "Skill Stack".into()),
            ("challenge", c2.to_string()),
        ],
    )
    .await;
    let other = id_of(&r);
    let skill = Project {
        title: "SkillSteps",
        repo: "https://example.org/skillsteps",
        file: None,
    };
    let r = save_project(&mut dave, other, &skill).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("The team needs at least as many members"));
    // Carol is in a team of the first challenge only: she may join one of the second.
    let r = post(
        &mut dave,
        &format!("/en/hackathon/2030/teams/{other}/invite"),
        &[("email", "carol@example.org".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let inv = ids(
        &secretary,
        &format!("SELECT id FROM hackathon_invitations WHERE team_id = {other}"),
    )
    .await[0];
    let r = post(
        &mut carol,
        &format!("/en/hackathon/2030/invitations/{inv}"),
        &[("decision", "accept".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    let r = save_project(&mut dave, other, &skill).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Dave joins Alice's team too (another challenge), then leaves it; the captain stays.
    let dave_inv = ids(
        &secretary,
        &format!(
            "SELECT id FROM hackathon_invitations WHERE team_id = {team} AND email = 'dave@example.org'"
        ),
    )
    .await[0];
    let r = post(
        &mut dave,
        &format!("/en/hackathon/2030/invitations/{dave_inv}"),
        &[("decision", "accept".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    let leave = format!("/en/hackathon/2030/teams/{team}/leave");
    assert_eq!(
        post(&mut alice, &leave, &[]).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        post(&mut dave, &leave, &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        post(&mut dave, &leave, &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let members = ids(
        &secretary,
        &format!("SELECT user_id FROM hackathon_members WHERE team_id = {team}"),
    )
    .await;
    assert_eq!(members.len(), 2);

    // A juror sees no project before the deadline (they may still change).
    let mut early = secretary.twin();
    early
        .sign_in_as("judge@example.org", &[Role::Participant])
        .await;
    let r = post(
        &mut secretary,
        "/en/hackathon/2030/jurors",
        &[("email", "judge@example.org".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        early
            .get(&format!("/en/hackathon/2030/jury/{team}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !early
            .get("/en/hackathon/2030/jury")
            .await
            .body
            .contains(&format!("/jury/{team}\""))
    );
    // The deadline passes: no more changes; the jury sits.
    dates(&mut secretary, [-3, -1, 2]).await;
    let r = save_project(&mut bob, team, &good).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("only while the hackathon is open"));
    let r = post(&mut alice, &invite, &[("email", "erin@example.org".into())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut judge = secretary.twin();
    judge
        .sign_in_as("judge@example.org", &[Role::Participant])
        .await;
    let mut judge2 = secretary.twin();
    judge2
        .sign_in_as("judge2@example.org", &[Role::Participant])
        .await;
    let r = post(
        &mut secretary,
        "/en/hackathon/2030/jurors",
        &[("email", "nobody@example.org".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for j in ["judge@example.org", "judge2@example.org"] {
        let r = post(
            &mut secretary,
            "/en/hackathon/2030/jurors",
            &[("email", j.into())],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let queue = judge.get("/en/hackathon/2030/jury").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(
        queue
            .body
            .contains(&format!("/en/hackathon/2030/jury/{team}"))
    );
    let mut partial = scores("8");
    partial.pop();
    let r = post(
        &mut judge,
        &format!("/en/hackathon/2030/jury/{team}"),
        &partial,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Choose a score."));
    let r = post(
        &mut judge,
        &format!("/en/hackathon/2030/jury/{team}"),
        &scores("11"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (t, s) in [(team, "8"), (other, "6")] {
        let r = post(
            &mut judge,
            &format!("/en/hackathon/2030/jury/{t}"),
            &scores(s),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    }
    // The juror sees the team's files now.
    assert_eq!(judge.get(&pdf).await.status, StatusCode::OK);
    // The second juror scores, then declares a conflict: the scores go, the project too.
    let r = post(
        &mut judge2,
        &format!("/en/hackathon/2030/jury/{team}"),
        &scores("2"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = post(
        &mut judge2,
        &format!("/en/hackathon/2030/jury/{team}/conflict"),
        &[("reason", " ".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(
        &mut judge2,
        &format!("/en/hackathon/2030/jury/{team}/conflict"),
        &[("reason", "I taught the captain.".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        judge2
            .get(&format!("/en/hackathon/2030/jury/{team}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(judge2.get(&pdf).await.status, StatusCode::NOT_FOUND);
    let manage = secretary.get("/en/hackathon/2030/manage").await;
    let text = plain(&manage.body);
    assert!(
        text.contains("40.0"),
        "the mean total without the conflicted juror: {text}"
    );
    assert!(text.contains("I taught the captain."));
    // Winners: a team of another challenge is refused; then one per challenge.
    let (w1, w2) = (format!("winner-{c1}"), format!("winner-{c2}"));
    let r = secretary
        .post_form(
            "/en/hackathon/2030/winners",
            &[(w1.as_str(), &other.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = secretary
        .post_form(
            "/en/hackathon/2030/winners",
            &[
                (w1.as_str(), &team.to_string()),
                (w2.as_str(), &other.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", plain(&r.body));
    // Not public before the announcement.
    assert!(
        !anon
            .get("/en/hackathon/2030")
            .await
            .body
            .contains("class=\"badge\">Winner<"),
        "winners are secret until announced"
    );
    dates(&mut secretary, [-5, -3, -1]).await;
    let edition = anon.get("/en/hackathon/2030").await;
    let badge =
        format!("<span class=\"badge\">Winner</span> <a href=\"/en/hackathon/2030/teams/{team}\">");
    assert!(edition.body.contains(&badge), "{}", edition.body);
    let public = anon.get(&format!("/en/hackathon/2030/teams/{team}")).await;
    assert!(
        public.body.contains("LessonBox"),
        "the winning project is public"
    );
    assert_eq!(anon.get(&pdf).await.status, StatusCode::OK);
    let api = anon.get("/api/v1/hackathon/2030").await;
    assert_eq!(api.status, StatusCode::OK);
    let j = api.json();
    assert_eq!(j["phase"], "announced");
    assert_eq!(j["challenges"][0]["partners"][1], "University of Geneva");
    assert_eq!(j["challenges"][0]["winner"]["title"], "LessonBox");
    assert_eq!(j["challenges"][0]["teams"].as_array().unwrap().len(), 2);
    assert_eq!(
        anon.get("/api/v1/hackathon/1999").await.status,
        StatusCode::NOT_FOUND
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn walk(dir: &std::path::Path) -> usize {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return 0;
    };
    rd.filter_map(|e| e.ok())
        .map(|e| {
            let p = e.path();
            if p.is_dir() { walk(&p) } else { 1 }
        })
        .sum()
}

fn header(r: &TestResponse, name: &str) -> String {
    r.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn two_invitations_at_once_never_pass_the_team_size() {
    let mut secretary = TestApp::new().await;
    secretary
        .sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let mut s = settings([-1, 2, 4]);
    s[3].1 = "2".into();
    s[4].1 = "2".into();
    assert_eq!(
        post(&mut secretary, "/en/hackathon", &s).await.status,
        StatusCode::SEE_OTHER
    );
    post(
        &mut secretary,
        "/en/hackathon/2030/challenges",
        &challenge("C"),
    )
    .await;
    let c = ids(&secretary, "SELECT id FROM hackathon_challenges").await[0];
    let mut a = secretary.twin();
    a.sign_in_as("alice@example.org", &[Role::Participant])
        .await;
    let r = post(
        &mut a,
        "/en/hackathon/2030/teams",
        &[("name", "Pair".into()), ("challenge", c.to_string())],
    )
    .await;
    let team = id_of(&r);
    let mut b = secretary.twin();
    b.sign_in_as("alice@example.org", &[Role::Participant])
        .await;
    let path = format!("/en/hackathon/2030/teams/{team}/invite");
    for round in 0..5 {
        let (x, y) = (
            format!("x{round}@example.org"),
            format!("y{round}@example.org"),
        );
        let (fx, fy) = ([("email", x)], [("email", y)]);
        let (r1, r2) = tokio::join!(post(&mut a, &path, &fx), post(&mut b, &path, &fy));
        let ok = [r1.status, r2.status]
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count();
        assert!(ok <= 1, "round {round}: both passed the last place");
        let pending = ids(
            &secretary,
            &format!(
                "SELECT id FROM hackathon_invitations WHERE team_id = {team} AND status = 'pending'"
            ),
        )
        .await;
        assert_eq!(pending.len(), 1, "round {round}");
        // Free the place again for the next round.
        let r = post(
            &mut a,
            &format!(
                "/en/hackathon/2030/teams/{team}/invitations/{}/withdraw",
                pending[0]
            ),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
}
