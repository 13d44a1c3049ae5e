//! Session documents through the real router: uploaded in a multipart form
//! by the session's proposer or the secretariat, checked by content,
//! private until the session is accepted, then listed on the session page
//! and in the exports.

use crate::common::{TestApp, TestResponse};
use crate::forum::{forum, plain, post, proposal_form};
use axum::body::Body;
use axum::http::{Method, StatusCode};
use wsis_db::forum as fdb;
use wsis_domain::account::Role;

const BOUNDARY: &str = "----wsis-forum-doc-boundary";
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

fn multipart(csrf: &str, title: &str, name: &str, file: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    for (k, v) in [("csrf", csrf), ("title", title)] {
        b.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    b.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    b.extend_from_slice(file);
    b.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    b
}

pub(crate) async fn upload(
    app: &mut TestApp,
    session: i64,
    title: &str,
    name: &str,
    file: &[u8],
) -> TestResponse {
    let csrf = app.csrf().await;
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    app.request(
        Method::POST,
        &format!("/en/forum/proposals/{session}/documents"),
        &[("content-type", ct.as_str())],
        Body::from(multipart(&csrf, title, name, file)),
    )
    .await
}

#[tokio::test]
async fn proposers_upload_documents_checked_by_content_and_private_until_accepted() {
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
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut conn = app.db.conn().await.unwrap();
    let id = fdb::sessions(
        &mut conn,
        ed.id,
        Some(wsis_domain::forum::SessionStatus::Proposed),
    )
    .await
    .unwrap()[0]
        .id;
    drop(conn);
    let path = format!("/en/forum/proposals/{id}/documents");
    assert!(app.get("/en/forum/proposals").await.body.contains(&path));

    // Visitors sign in first; other stakeholders are refused, both ways.
    let mut anon = app.twin();
    let r = anon.get(&path).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut stranger = app.twin();
    stranger
        .sign_in_as("stranger@example.org", &[Role::Stakeholder])
        .await;
    assert_eq!(stranger.get(&path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        upload(&mut stranger, id, "Mine now", "x.pdf", PDF)
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    assert!(page.body.contains("No documents yet."));

    // Bad uploads: named .pdf but HTML inside; no title; no file.
    let r = upload(
        &mut app,
        id,
        "Slides",
        "slides.pdf",
        b"<html><script>alert(1)</script></html>",
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("This file is not a PDF, Office or OpenDocument document."));
    assert!(r.body.contains("value=\"Slides\""), "the title is kept");
    let r = upload(&mut app, id, " ", "paper.pdf", PDF).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Give the document a title."));
    let r = upload(&mut app, id, "Empty", "", b"").await;
    assert!(plain(&r.body).contains("Choose a file."));
    // A form without its token is refused.
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    let forged = app
        .request(
            Method::POST,
            &path,
            &[("content-type", ct.as_str())],
            Body::from(multipart("forged", "Paper", "p.pdf", PDF)),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let mut conn = app.db.conn().await.unwrap();
    assert!(
        fdb::documents_of_session(&mut conn, id)
            .await
            .unwrap()
            .is_empty()
    );
    drop(conn);

    let r = upload(
        &mut app,
        id,
        "Background paper",
        "../Background paper (v2).pdf",
        PDF,
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get(r.location()).await;
    assert!(plain(&page.body).contains("The document is added."));
    let href = "/en/forum/2019/documents/1/Background-paper-v2.pdf".to_owned();
    assert!(page.body.contains(&href), "{}", page.body);
    assert!(plain(&page.body).contains("PDF, 1 KB"));

    // Before acceptance: only the proposer (and the secretariat) see it.
    assert_eq!(anon.get(&href).await.status, StatusCode::NOT_FOUND);
    assert_eq!(stranger.get(&href).await.status, StatusCode::NOT_FOUND);
    let mine = app.get(&href).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.headers["content-type"], "application/pdf");
    assert_eq!(mine.headers["content-security-policy"], "sandbox");
    assert!(
        mine.headers["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("private")
    );
    assert!(mine.body.starts_with("%PDF-1.4"));
    // A wrong name or year is not the document.
    assert_eq!(
        app.get("/en/forum/2019/documents/1/other.pdf").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/en/forum/2020/documents/1/Background-paper-v2.pdf")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Removal: refused to others, done for the proposer.
    let remove = format!("{path}/1/remove");
    assert_eq!(
        stranger.post_form(&remove, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let r = app.post_form(&remove, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get(&href).await.status, StatusCode::NOT_FOUND);

    // At most ten documents per session.
    for i in 0..10 {
        let r = upload(&mut app, id, &format!("Paper {i}"), "p.pdf", PDF).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{i}");
    }
    let r = upload(&mut app, id, "One too many", "p.pdf", PDF).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut conn = app.db.conn().await.unwrap();
    assert_eq!(
        fdb::documents_of_session(&mut conn, id)
            .await
            .unwrap()
            .len(),
        10
    );
    drop(conn);
    assert!(plain(&app.get(&path).await.body).contains("A session holds at most 10 documents."));
}

#[tokio::test]
async fn documents_of_accepted_sessions_are_public_on_the_session_page_and_in_exports() {
    let mut app = TestApp::new().await;
    forum(&app).await;
    // Session 1 is accepted and published; the secretariat adds a document.
    app.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let r = upload(&mut app, 1, "Outcome draft", "outcome.pdf", PDF).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let href = "/en/forum/2019/documents/1/outcome.pdf";

    let mut anon = app.twin();
    let s = anon.get("/fr/forum/2019/sessions/1").await;
    assert!(
        s.body.contains("Outcome draft"),
        "shown without a new version"
    );
    assert!(
        s.body
            .contains("http://wsis.test/fr/forum/2019/documents/1/outcome.pdf")
    );
    let json = anon.get("/api/v1/forums/2019/schedule.json").await;
    assert!(json.body.contains(&format!("http://wsis.test{href}")));
    let doc = anon.get(href).await;
    assert_eq!(doc.status, StatusCode::OK, "{}", doc.body);
    assert!(
        doc.headers["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("public")
    );
    let etag = doc.headers["etag"].to_str().unwrap().to_owned();
    let again = anon.get_with(href, &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);

    // Removed: gone from the page too.
    let r = app
        .post_form("/en/forum/proposals/1/documents/1/remove", &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        !anon
            .get("/fr/forum/2019/sessions/1")
            .await
            .body
            .contains("Outcome draft")
    );
}
