//! The secretariat's home (issue 11, item 1): reached from the header, counts every
//! queue with a link to it, and lists the latest decisions; nobody else sees it.

use crate::common::TestApp;
use crate::forum::plain;
use axum::http::StatusCode;
use wsis_domain::account::Role;

#[tokio::test]
async fn the_secretariat_home_counts_the_queues_and_only_the_secretariat_sees_it() {
    let mut app = TestApp::new().await;
    {
        let mut c = app.db.conn().await.unwrap();
        wsis_db::stocktaking::create_call(&mut c, 2019, "WSIS Stocktaking 2019", 0, i64::MAX / 2)
            .await
            .unwrap();
    }
    // Two entries submitted: two waiting for review.
    crate::stocktaking::submit(&mut app, "Digital literacy in Kenya", "A").await;
    crate::stocktaking::submit(&mut app, "E-health in Uganda", "B").await;
    let mut user = app.twin();
    user.sign_in_as("someone@example.org", &[Role::Stakeholder, Role::Organiser])
        .await;
    assert_eq!(
        user.get("/en/secretariat").await.status,
        StatusCode::FORBIDDEN
    );
    assert!(!user.get("/en").await.body.contains("/en/secretariat\""));
    let mut anonymous = app.twin();
    assert_ne!(
        anonymous.get("/en/secretariat").await.status,
        StatusCode::OK
    );

    let mut sec = app.twin();
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let home = sec.get("/en").await.body;
    assert!(
        home.contains("href=\"/en/secretariat\""),
        "linked from the header"
    );
    let page = sec.get("/en/secretariat").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("href=\"/en/stocktaking/moderation\">Entries waiting for review</a> <span class=\"badge\">2</span>"), "{}", page.body);
    for lang in ["ar", "zh", "fr", "ru", "es"] {
        let r = sec.get(&format!("/{lang}/secretariat")).await;
        assert_eq!(r.status, StatusCode::OK, "{lang}");
    }
    // The latest decisions, newest first, each linked to its thing.
    let text = plain(&sec.get("/en/secretariat").await.body);
    assert!(
        text.contains("submitted for review: Digital literacy in Kenya"),
        "{text}"
    );
}
