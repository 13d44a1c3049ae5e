//! The page of one revision of an entry: who, when and what changed, for
//! the owner and the secretariat only.

use crate::common;
use crate::stocktaking::{as_secretariat, entry_form, submit, version_of};

use axum::http::StatusCode;
use common::TestApp;
use wsis_domain::account::Role;

/// The owner saves the entry again with another title and description.
async fn edit(app: &mut TestApp, id: i64, title: &str, description: &str) {
    let v = version_of(app, id).await;
    let mut form = entry_form(title, description);
    form.push(("version", &v));
    let r = app
        .post_form(&format!("/en/stocktaking/entries/{id}/edit"), &form)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

/// The rows of the changes table: the text of each row header.
fn changed_fields(body: &str) -> Vec<String> {
    body.split("<th scope=\"row\">")
        .skip(1)
        .map(|s| s.split("</th>").next().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn a_revision_shows_what_changed_since_the_one_before() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Rural broadband", "Schools online.").await;
    edit(
        &mut app,
        id,
        "Rural broadband for schools",
        "Every school online.",
    )
    .await;

    // The entry page links each version to its page.
    let entry = app.get(&format!("/en/stocktaking/entries/{id}")).await;
    assert!(
        entry.body.contains(&format!(
            "href=\"/en/stocktaking/entries/{id}/revisions/2\""
        )),
        "{}",
        entry.body
    );
    assert!(entry.body.contains(&format!(
        "href=\"/en/stocktaking/entries/{id}/revisions/1\""
    )));

    let r = app
        .get(&format!("/en/stocktaking/entries/{id}/revisions/2"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let body = &r.body;
    assert!(body.contains("<html lang=\"en\" dir=\"ltr\""), "{body}");
    assert!(body.contains("<del>Rural broadband</del>"), "{body}");
    assert!(body.contains("<ins>Rural broadband for schools</ins>"));
    assert!(body.contains("<del>Schools online.</del>"));
    assert!(body.contains("<ins>Every school online.</ins>"));
    assert!(body.contains("<th scope=\"col\">Before</th>"));
    assert!(body.contains("<th scope=\"col\">After</th>"));
    assert!(body.contains("Changes since version"));
    assert!(body.contains("Saved by"));
    // Only the two fields that changed are listed.
    assert_eq!(changed_fields(body), ["Title", "Description"], "{body}");
    assert!(!body.contains("Ministry of ICT"));
    assert!(!body.contains("Organisation"));
    // A link to the version before.
    assert!(body.contains(&format!(
        "href=\"/en/stocktaking/entries/{id}/revisions/1\""
    )));

    // The first version: its values, none compared.
    let first = app
        .get(&format!("/en/stocktaking/entries/{id}/revisions/1"))
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body.contains("First version"), "{}", first.body);
    assert!(first.body.contains("Rural broadband"));
    assert!(first.body.contains("Ministry of ICT"));
    assert!(first.body.contains("Infrastructure"));
    assert!(!first.body.contains("<del>"));
    assert!(!first.body.contains("<ins>"));

    // Localised, with the language's direction.
    let ar = app
        .get(&format!("/ar/stocktaking/entries/{id}/revisions/2"))
        .await;
    assert_eq!(ar.status, StatusCode::OK);
    assert!(ar.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert!(ar.body.contains("<ins>Rural broadband for schools</ins>"));
    assert!(!ar.body.contains("Changes since version"));

    // The secretariat sees it too.
    as_secretariat(&mut app).await;
    let sec = app
        .get(&format!("/en/stocktaking/entries/{id}/revisions/2"))
        .await;
    assert_eq!(sec.status, StatusCode::OK);
    assert!(sec.body.contains("<ins>Rural broadband for schools</ins>"));
}

#[tokio::test]
async fn revisions_are_for_the_owner_and_the_secretariat_and_unknown_ones_are_not_found() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Owned", "x").await;
    let page = format!("/en/stocktaking/entries/{id}/revisions/1");
    assert_eq!(app.get(&page).await.status, StatusCode::OK);
    assert_eq!(
        app.get(&format!("/en/stocktaking/entries/{id}/revisions/2"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/en/stocktaking/entries/{id}/revisions/0"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!(
            "/en/stocktaking/entries/{}/revisions/1",
            id + 1000
        ))
        .await
        .status,
        StatusCode::NOT_FOUND
    );

    // Anonymous: sent to sign in.
    let mut anonymous = app.twin();
    assert!(
        anonymous
            .get(&page)
            .await
            .location()
            .starts_with("/en/account/login")
    );

    // Another stakeholder: refused.
    app.post_form("/en/account/logout", &[]).await;
    app.sign_in_as("other@example.org", &[Role::Stakeholder])
        .await;
    assert_eq!(app.get(&page).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn markup_in_a_revision_is_shown_as_escaped_text() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Safe", "Plain text.").await;
    edit(
        &mut app,
        id,
        "Safe <b>bold</b>",
        "Hi <script>alert(1)</script> **there**",
    )
    .await;
    for n in [1, 2] {
        let body = app
            .get(&format!("/en/stocktaking/entries/{id}/revisions/{n}"))
            .await
            .body;
        assert!(!body.contains("<script>alert"), "{body}");
        assert!(!body.contains("<b>bold</b>"));
    }
    let body = app
        .get(&format!("/en/stocktaking/entries/{id}/revisions/2"))
        .await
        .body;
    assert!(
        body.contains("<ins>Hi &#60;script&#62;alert(1)&#60;/script&#62; **there**</ins>"),
        "{body}"
    );
    assert!(body.contains("<ins>Safe &#60;b&#62;bold&#60;/b&#62;</ins>"));
}

#[tokio::test]
async fn the_same_countries_in_another_order_are_no_change() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Mesh networks", "Villages online.").await;
    let v = version_of(&app, id).await;
    let mut form: Vec<(&str, &str)> = entry_form("Mesh networks in villages", "Villages online.")
        .into_iter()
        .filter(|(k, _)| *k != "countries")
        .collect();
    form.extend([("countries", "UG"), ("countries", "KE"), ("version", &v)]);
    let r = app
        .post_form(&format!("/en/stocktaking/entries/{id}/edit"), &form)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app
        .get(&format!("/en/stocktaking/entries/{id}/revisions/2"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(changed_fields(&page.body), vec!["Title".to_owned()]);
}
