//! The compiled outcome documents (issue 12, item 5): the four documents of an
//! edition as PDF and HTML, in the language of the path, each outcome in its own
//! language and direction; built once and kept until what they read changes; public,
//! and only for an edition whose agenda is published.

use crate::common::TestApp;
use crate::forum::forum;
use axum::http::StatusCode;
use std::sync::Arc;
use wsis_app::forum::publications::{self as docs, DocFormat, DocKind};
use wsis_db::forum::{self as fdb, Edition};
use wsis_domain::FieldErrors;
use wsis_domain::Language;
use wsis_domain::forum::outcomes::{OutcomeInput, OutcomeKind, OutcomeStatus};

/// Approves an outcome of session `number` written in `lang` with `summary`.
async fn approve(app: &TestApp, ed: &Edition, admin: i64, number: i64, lang: &str, summary: &str) {
    let mut tx = app.db.begin().await.unwrap();
    let s = fdb::session_by_number(&mut tx, ed.id, number)
        .await
        .unwrap()
        .unwrap();
    let data = OutcomeInput {
        language: lang.into(),
        summary: summary.into(),
        recommendations: "Former les enseignants".into(),
        action_lines: vec![("C4".into(), "Capacités".into())],
        sdgs: vec![("4".into(), "4.4".into(), "Compétences".into())],
        participants_onsite: "40".into(),
        ..OutcomeInput::default()
    }
    .parse(OutcomeKind::Session, &mut FieldErrors::new())
    .unwrap();
    let current = fdb::outcome(&mut tx, s.id).await.unwrap();
    let version = current.as_ref().map_or(0, |o| o.version);
    let v = fdb::save_outcome(
        &mut tx,
        s.id,
        ed.id,
        version,
        OutcomeStatus::Submitted,
        &data,
        admin,
    )
    .await
    .unwrap();
    fdb::decide_outcome(&mut tx, s.id, v, OutcomeStatus::Approved, None, admin)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.services.snapshots().invalidate(ed.year);
}

#[tokio::test]
async fn the_outcome_documents_compile_in_the_readers_language_and_follow_the_data() {
    let mut app = TestApp::new().await;
    let (ed, admin) = forum(&app).await;
    approve(
        &app,
        &ed,
        admin,
        1,
        "fr",
        "Les écoles rurales ont partagé leurs données.",
    )
    .await;
    approve(
        &app,
        &ed,
        admin,
        3,
        "ar",
        "تبادلت المدارس الريفية بياناتها.",
    )
    .await;

    // The page lists the four documents in the six languages.
    let page = app.get("/en/forum/2019/outcomes/documents").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    for kind in DocKind::ALL {
        for l in Language::ALL {
            for ext in ["pdf", "html"] {
                let href = format!(
                    "/{}/forum/2019/outcomes/documents/{}.{ext}",
                    l.code(),
                    kind.slug()
                );
                assert!(page.body.contains(&href), "{href}");
            }
        }
    }
    let list = app.get("/en/forum/2019/outcomes").await;
    assert!(list.body.contains("/en/forum/2019/outcomes/documents"));

    // Every document as PDF.
    for kind in DocKind::ALL {
        let r = app
            .get(&format!(
                "/fr/forum/2019/outcomes/documents/{}.pdf",
                kind.slug()
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", kind.slug());
        assert_eq!(
            r.headers.get("content-type").unwrap(),
            "application/pdf",
            "{}",
            kind.slug()
        );
        assert!(r.body.starts_with("%PDF-"));
    }
    // The Outcome Document as HTML: in Arabic, right to left, each outcome in its own
    // language and direction, grouped by type, with its indexes; no script may run.
    let r = app
        .get("/ar/forum/2019/outcomes/documents/outcome-document.html")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
    );
    assert!(r.body.contains(
        "<div lang=\"fr\" dir=\"ltr\"><p>Les écoles rurales ont partagé leurs données.</p></div>"
    ));
    assert!(
        r.body
            .contains("<div lang=\"ar\" dir=\"rtl\"><p>تبادلت المدارس الريفية بياناتها.</p></div>")
    );
    assert!(r.body.contains("id=\"type-thematic-workshop\""));
    assert!(r.body.contains("id=\"index-al\""));
    assert!(
        r.body
            .contains("<a href=\"#s-1\">1</a>, <a href=\"#s-3\">3</a>")
    );
    assert!(
        !r.body.contains("id=\"s-2\""),
        "session 2 has no approved outcome"
    );
    let csp = r
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(!csp.contains("script-src"));

    // Kept: the same bytes without building again; a change of the data builds anew.
    let a = docs::document(
        &app.services,
        2019,
        DocKind::Outcome,
        Language::En,
        DocFormat::Html,
    )
    .await
    .unwrap();
    let b = docs::document(
        &app.services,
        2019,
        DocKind::Outcome,
        Language::En,
        DocFormat::Html,
    )
    .await
    .unwrap();
    assert!(Arc::ptr_eq(&a, &b), "kept, not built again");
    approve(
        &app,
        &ed,
        admin,
        1,
        "fr",
        "Un texte corrigé par le secrétariat.",
    )
    .await;
    let c = docs::document(
        &app.services,
        2019,
        DocKind::Outcome,
        Language::En,
        DocFormat::Html,
    )
    .await
    .unwrap();
    assert!(!Arc::ptr_eq(&a, &c));
    let html = String::from_utf8(c.bytes.clone()).unwrap();
    assert!(html.contains("Un texte corrigé par le secrétariat."));
    assert!(!html.contains("Les écoles rurales"));
}

#[tokio::test]
async fn unknown_documents_and_unpublished_editions_are_not_found() {
    let mut app = TestApp::new().await;
    forum(&app).await;
    for path in [
        "/en/forum/2019/outcomes/documents/outcome-document.docx",
        "/en/forum/2019/outcomes/documents/nothing.pdf",
        "/en/forum/2019/outcomes/documents/outcome-document",
        "/en/forum/1999/outcomes/documents/outcome-document.pdf",
        "/en/forum/1999/outcomes/documents",
    ] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    // An edition whose agenda is not published has no documents yet.
    let mut tx = app.db.begin().await.unwrap();
    let mut next = fdb::edition(&mut tx, 2019).await.unwrap().unwrap();
    next.id = 0;
    next.year = 2020;
    fdb::create_edition(&mut tx, &next).await.unwrap();
    tx.commit().await.unwrap();
    for path in [
        "/en/forum/2020/outcomes/documents",
        "/en/forum/2020/outcomes/documents/outcome-document.pdf",
    ] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
}
