//! The High-Level Track (issue 12, item 2): the secretariat appoints a High-Level
//! Policy Session's facilitators (one per stakeholder group, by their accounts'
//! e-mail); a facilitator writes the session's outcome (vision, emerging trends,
//! opportunities, challenges) in the session outcome form and adds the statements
//! of its high-level speakers (a text, a PDF, or both: only real PDFs); the
//! secretariat approves the outcome and writes the Chair's executive summary; all of
//! it is public on the track's page and in the API. Every new route refuses and
//! allows as its role says.

use crate::common::{TestApp, TestResponse};
use crate::forum::{forum, plain as isolated};
use axum::http::StatusCode;
use wsis_app::forum::schedule as service;
use wsis_db::forum::{self as fdb, Edition};
use wsis_domain::Language;
use wsis_domain::account::Role;
use wsis_domain::forum::{Needs, ProposalData, SessionStatus, SpeakerData, SpeakerRole};

/// A High-Level Policy Session of the 2019 edition, accepted, placed and published.
/// Returns its number.
async fn policy_session(app: &TestApp, ed: &Edition, admin: i64) -> i64 {
    let data = ProposalData {
        type_code: "high-level-policy".into(),
        title: "Bridging the digital divide".into(),
        abstract_md: "Ministers and leaders on connectivity.".into(),
        organisers: vec!["ITU".into()],
        speakers: vec![SpeakerData {
            name: "Ana Pérez".into(),
            organisation: "Government of Uruguay".into(),
            email: "ana@example.org".into(),
            role: SpeakerRole::HighLevelFacilitator,
        }],
        action_lines: vec!["C2".into()],
        sdgs: vec![9],
        languages: vec![Language::En],
        needs: Needs::default(),
        remote: false,
        expected_audience: 200,
    };
    let tz = service::venue_tz(ed);
    let start = service::local_to_utc(&tz, "2019-04-09", "09:00").unwrap();
    let end = service::local_to_utc(&tz, "2019-04-09", "10:30").unwrap();
    let mut tx = app.db.begin().await.unwrap();
    let rooms = fdb::rooms(&mut tx, ed.id).await.unwrap();
    let (id, _) = fdb::create_session(&mut tx, ed.id, admin, &data, &["t-hl".into()])
        .await
        .unwrap();
    fdb::review(&mut tx, id, 1, SessionStatus::Accepted, None)
        .await
        .unwrap();
    fdb::place(&mut tx, id, 2, Some((rooms[1].id, start, end)))
        .await
        .unwrap();
    let number = fdb::session(&mut tx, id)
        .await
        .unwrap()
        .unwrap()
        .number
        .unwrap();
    tx.commit().await.unwrap();
    service::publish(&app.services, ed, admin, "With the High-Level Track", 1)
        .await
        .unwrap();
    number
}

/// The page's text as a reader sees it: no isolation marks, apostrophes and quotes unescaped.
fn plain(body: &str) -> String {
    isolated(body).replace("&#39;", "'").replace("&quot;", "\"")
}

const B: &str = "XHLTBOUNDARYX";

/// A statement as the multipart form posts it, with an optional file.
fn statement_body(csrf: &str, fields: &[(&str, &str)], pdf: Option<&[u8]>) -> Vec<u8> {
    let mut b = Vec::new();
    for (k, v) in [("csrf", csrf)].iter().chain(fields) {
        b.extend_from_slice(
            format!("--{B}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    if let Some(p) = pdf {
        b.extend_from_slice(
            format!("--{B}\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"s.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes(),
        );
        b.extend_from_slice(p);
        b.extend_from_slice(b"\r\n");
    }
    b.extend_from_slice(format!("--{B}--\r\n").as_bytes());
    b
}

async fn add_statement(
    app: &mut TestApp,
    n: i64,
    fields: &[(&str, &str)],
    pdf: Option<&[u8]>,
) -> TestResponse {
    let csrf = app.csrf().await;
    let ct = format!("multipart/form-data; boundary={B}");
    app.request(
        axum::http::Method::POST,
        &format!("/en/forum/2019/outcomes/{n}/statements"),
        &[("content-type", ct.as_str())],
        axum::body::Body::from(statement_body(&csrf, fields, pdf)),
    )
    .await
}

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

#[tokio::test]
async fn the_high_level_track_goes_from_its_facilitators_to_the_public() {
    let mut sec = TestApp::new().await;
    let (ed, admin) = forum(&sec).await;
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let n = policy_session(&sec, &ed, admin).await;
    let mut fac = sec.twin();
    fac.sign_in_as("fac@example.org", &[Role::Participant])
        .await;

    // The secretariat appoints the facilitators: an unknown address is refused
    // against its group, nothing kept.
    let path = format!("/en/forum/2019/outcomes/{n}/facilitators");
    let form = sec.get(&path).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("name=\"government\""));
    assert!(form.body.contains("name=\"private_sector\""));
    let r = sec
        .post_form(
            &path,
            &[
                ("government", "fac@example.org"),
                ("civil_society", "nobody@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("No account has this e-mail address"));
    assert!(r.body.contains("value=\"nobody@example.org\""), "kept");
    let track = sec.get("/en/forum/2019/outcomes/high-level").await;
    assert!(!plain(&track.body).contains("Test fac@example.org"));
    let r = sec
        .post_form(&path, &[("government", "FAC@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let track = fac.get("/en/forum/2019/outcomes/high-level").await;
    assert_eq!(track.status, StatusCode::OK);
    let text = plain(&track.body);
    assert!(text.contains("Test fac@example.org (Government)"), "{text}");
    assert!(text.contains("The facilitators' outcome of this session has not been approved yet."));
    // The facilitator is offered the forms of their session.
    assert!(
        track
            .body
            .contains(&format!("/en/forum/2019/outcomes/{n}/edit"))
    );

    // The facilitator writes the outcome: the High-Level sections, the vision required.
    let edit = format!("/en/forum/2019/outcomes/{n}/edit");
    let form = fac.get(&edit).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("name=\"vision\""));
    assert!(form.body.contains("name=\"opportunities\""));
    assert!(!form.body.contains("name=\"summary\""));
    let r = fac
        .post_form(
            &edit,
            &[
                ("version", "0"),
                ("action", "submit"),
                ("language", "es"),
                ("vision", "  "),
                ("trends", "Redes comunitarias"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Write the session's vision."));
    assert!(
        r.body.contains("Redes comunitarias"),
        "what was typed is kept"
    );
    let r = fac
        .post_form(
            &edit,
            &[
                ("version", "0"),
                ("action", "submit"),
                ("language", "es"),
                ("vision", "Conectividad significativa para todos en 2030"),
                ("trends", "Redes comunitarias"),
                ("opportunities", "Alianzas público-privadas"),
                ("challenges", "El costo de los dispositivos"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Someone who is neither facilitator nor organiser may not.
    let mut other = sec.twin();
    other
        .sign_in_as("other@example.org", &[Role::Organiser])
        .await;
    assert_eq!(other.get(&edit).await.status, StatusCode::FORBIDDEN);

    // Not public until approved; then on the track's page, in its language.
    let track = sec.get("/en/forum/2019/outcomes/high-level").await;
    assert!(!track.body.contains("Conectividad significativa"));
    let r = sec
        .post_form(
            &format!("/en/forum/2019/outcomes/{n}/review"),
            &[("decision", "approve"), ("version", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let track = sec.twin().get("/en/forum/2019/outcomes/high-level").await;
    assert!(
        track
            .body
            .contains("<div lang=\"es\" dir=\"ltr\" class=\"outcome\">")
    );
    let text = plain(&track.body);
    for s in ["Vision", "Emerging trends", "Opportunities", "Challenges"] {
        assert!(text.contains(s), "{s}: {text}");
    }
    assert!(text.contains("Conectividad significativa para todos en 2030"));

    // Statements: a text; a file that is not a PDF refused; a PDF alone.
    let r = add_statement(
        &mut fac,
        n,
        &[("speaker", ""), ("language", "fr"), ("body", "")],
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = plain(&r.body);
    assert!(t.contains("Give the speaker's name."), "{t}");
    assert!(t.contains("Write the statement's text or attach it as a PDF."));
    let r = add_statement(
        &mut fac,
        n,
        &[
            ("speaker", "Amina Diallo"),
            ("position", "Ministre, Sénégal"),
            ("language", "fr"),
            ("body", "Le numérique doit être un levier d'inclusion."),
        ],
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = add_statement(
        &mut fac,
        n,
        &[("speaker", "Houlin Zhao"), ("language", "en"), ("body", "")],
        Some(b"<html><script>alert(1)</script></html>"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("This file is not a PDF."));
    let r = add_statement(
        &mut fac,
        n,
        &[("speaker", "Houlin Zhao"), ("language", "en"), ("body", "")],
        Some(PDF),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut anon = sec.twin();
    let track = anon.get("/en/forum/2019/outcomes/high-level").await;
    assert!(
        track
            .body
            .contains("<div class=\"prose\" lang=\"fr\" dir=\"ltr\">")
    );
    assert!(
        track
            .body
            .contains("<bdi>Amina Diallo</bdi></strong>, <bdi>Ministre, Sénégal</bdi>")
    );
    let pdf_href = track
        .body
        .split("href=\"")
        .find(|s| s.contains("/pdf\""))
        .and_then(|s| s.split('"').next())
        .expect("a link to the PDF")
        .to_owned();
    let pdf = anon.get(&pdf_href).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(
        pdf.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/pdf")
    );
    assert!(pdf.body.starts_with("%PDF-1.4"));
    assert_eq!(
        pdf.headers
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok()),
        Some("sandbox"),
        "an uploaded PDF runs nothing on this origin"
    );
    // The facilitator removes one; it is gone.
    let list = fac
        .get(&format!("/en/forum/2019/outcomes/{n}/statements"))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    let remove = list
        .body
        .split("action=\"")
        .find(|s| s.contains("/remove\""))
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let r = fac.post_form(&remove, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let track = anon.get("/en/forum/2019/outcomes/high-level").await;
    assert!(!plain(&track.body).contains("Amina Diallo"));

    // The Chair's summary: required fields, then saved, then a stale edit refused.
    let summary = "/en/forum/2019/outcomes/high-level/summary";
    let r = sec
        .post_form(summary, &[("version", "0"), ("language", "en")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Name the Chair."));
    assert!(plain(&r.body).contains("Write the executive summary."));
    let fields = [
        ("version", "0"),
        ("language", "en"),
        ("chair", "H.E. Mustafa Jabbar"),
        ("body", "The Forum **concluded**.\n\n- one\n- two"),
    ];
    let r = sec.post_form(summary, &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = sec.post_form(summary, &fields).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("Someone else saved the summary"));
    let track = anon.get("/en/forum/2019/outcomes/high-level").await;
    assert!(track.body.contains("<strong>concluded</strong>"));
    assert!(plain(&track.body).contains("H.E. Mustafa Jabbar"));
    // In Arabic the page is right to left, the English summary marked as such.
    let ar = anon.get("/ar/forum/2019/outcomes/high-level").await;
    assert!(ar.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert!(
        ar.body
            .contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\">")
    );

    // The API says the same.
    let api = anon.get("/api/v1/forums/2019/high-level").await;
    assert_eq!(api.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(v["chair_summary"]["chair"], "H.E. Mustafa Jabbar");
    let s = &v["sessions"][0];
    assert_eq!(s["session"], n);
    assert_eq!(s["facilitators"][0]["stakeholder_type"], "government");
    assert_eq!(
        s["outcome"]["vision"],
        "Conectividad significativa para todos en 2030"
    );
    assert_eq!(s["statements"].as_array().unwrap().len(), 1);
    assert!(
        s["statements"][0]["pdf_url"]
            .as_str()
            .unwrap()
            .ends_with("/pdf")
    );
}

#[tokio::test]
async fn high_level_track_routes_refuse_and_allow_as_their_roles_say() {
    let mut sec = TestApp::new().await;
    let (ed, admin) = forum(&sec).await;
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let n = policy_session(&sec, &ed, admin).await;
    let secretariat_gets = [
        "/en/forum/2019/outcomes/high-level/summary".to_owned(),
        format!("/en/forum/2019/outcomes/{n}/facilitators"),
    ];
    let secretariat_posts = [
        (
            "/en/forum/2019/outcomes/high-level/summary".to_owned(),
            vec![
                ("version", "0"),
                ("language", "en"),
                ("chair", "Chair"),
                ("body", "Text"),
            ],
        ),
        (
            format!("/en/forum/2019/outcomes/{n}/facilitators"),
            vec![("academia", "fac@example.org")],
        ),
    ];
    let statements = format!("/en/forum/2019/outcomes/{n}/statements");
    // Anonymous: sent to sign in.
    let mut anon = sec.twin();
    for path in secretariat_gets.iter().chain([&statements]) {
        let r = anon.get(path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().starts_with("/en/account/login"), "{path}");
    }
    for (path, fields) in &secretariat_posts {
        let r = anon.post_form(path, fields).await;
        assert!(r.location().starts_with("/en/account/login"), "{path}");
    }
    // Every other role: 403, on the secretariat's routes and on the statements.
    let others: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|r| !matches!(r, Role::Secretariat | Role::Administrator))
        .collect();
    let mut other = sec.twin();
    other.sign_in_as("other@example.org", &others).await;
    for path in secretariat_gets.iter().chain([&statements]) {
        assert_eq!(
            other.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    for (path, fields) in &secretariat_posts {
        assert_eq!(
            other.post_form(path, fields).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let r = add_statement(
        &mut other,
        n,
        &[("speaker", "X"), ("language", "en"), ("body", "Y")],
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The secretariat gets through everywhere.
    for path in secretariat_gets.iter().chain([&statements]) {
        assert_eq!(sec.get(path).await.status, StatusCode::OK, "{path}");
    }
    let mut fac = sec.twin();
    fac.sign_in_as("fac@example.org", &[Role::Participant])
        .await;
    for (path, fields) in &secretariat_posts {
        assert_eq!(
            sec.post_form(path, fields).await.status,
            StatusCode::SEE_OTHER,
            "{path}"
        );
    }
    // A statement's removal: the secretariat's (and facilitators'), no one else's.
    let r = add_statement(
        &mut sec,
        n,
        &[("speaker", "Ana"), ("language", "es"), ("body", "Texto")],
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let list = sec.get(&statements).await;
    let remove = list
        .body
        .split("action=\"")
        .find(|s| s.contains("/remove\""))
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    assert!(
        anon.post_form(&remove, &[])
            .await
            .location()
            .starts_with("/en/account/login")
    );
    assert_eq!(
        other.post_form(&remove, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        sec.post_form(&remove, &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        sec.post_form(&remove, &[]).await.status,
        StatusCode::NOT_FOUND,
        "gone"
    );
    // Once appointed, the facilitator reaches the statements (not the secretariat's forms).
    assert_eq!(fac.get(&statements).await.status, StatusCode::OK);
    assert_eq!(
        fac.get(&secretariat_gets[1]).await.status,
        StatusCode::FORBIDDEN
    );
    // Statements of a session that is not a High-Level Policy Session: not found.
    let r = sec.get("/en/forum/2019/outcomes/1/statements").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // The public page and the API need no account.
    assert_eq!(
        anon.get("/en/forum/2019/outcomes/high-level").await.status,
        StatusCode::OK
    );
    assert_eq!(
        anon.get("/api/v1/forums/2019/high-level").await.status,
        StatusCode::OK
    );
    assert_eq!(
        anon.get("/api/v1/forums/1999/high-level").await.status,
        StatusCode::NOT_FOUND
    );
}
