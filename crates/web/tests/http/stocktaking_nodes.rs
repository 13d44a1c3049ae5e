//! Several `serve` nodes on one database, each with its own search index: what one node
//! publishes is found on the others, which follow the database's change log.

use crate::common::TestApp;
use crate::stocktaking::{as_secretariat, publish, submit, version_of};

use axum::http::StatusCode;
use std::time::Duration;

async fn total(app: &mut TestApp, query: &str) -> serde_json::Value {
    let r = app
        .get(&format!("/api/v1/stocktaking/entries?{query}"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.json()["total"].clone()
}

#[tokio::test]
async fn what_one_node_publishes_is_found_on_another() {
    let mut a = TestApp::new().await;
    // Node B asks the database before every search; node C only once an hour.
    let mut b = a.other_node(|c| c.search_recheck = Duration::ZERO);
    let mut c = a.other_node(|c| c.search_recheck = Duration::from_secs(3600));
    // C looks once now (nothing published yet) and then trusts its index for an hour.
    assert_eq!(total(&mut c, "q=lighthouse").await, 0);

    let id = submit(&mut a, "Lighthouse libraries", "Reading rooms with Wi-Fi.").await;
    as_secretariat(&mut a).await;
    assert_eq!(total(&mut b, "q=lighthouse").await, 0, "not published yet");
    publish(&mut a, id).await;
    assert_eq!(
        total(&mut a, "q=lighthouse").await,
        1,
        "on the node that wrote"
    );
    assert_eq!(total(&mut b, "q=lighthouse").await, 1, "on another node");
    assert_eq!(
        total(&mut b, "f=country:KE&f=action_line:C2").await,
        1,
        "with its facets"
    );
    assert_eq!(
        total(&mut c, "q=lighthouse").await,
        0,
        "a node that does not look again yet answers from its index"
    );

    // A translation the secretariat adds on node A (the entry stays published) reaches B.
    let v = version_of(&a, id).await;
    let r = a
        .post_form(
            &format!("/en/stocktaking/entries/{id}/translations"),
            &[
                ("language", "fr"),
                ("title", "Bibliothèques phares"),
                ("description", "Des salles de lecture avec Wi-Fi."),
                ("translator", "Service de traduction"),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(total(&mut b, "q=bibliotheques").await, 1, "accents folded");

    // A node started later builds everything from the log.
    let mut d = a.other_node(|c| c.search_recheck = Duration::ZERO);
    assert_eq!(total(&mut d, "q=phares").await, 1);
}

#[tokio::test]
async fn each_committed_change_takes_the_next_number_and_a_rolled_back_one_none() {
    let a = TestApp::new().await;
    let mut c = a.db.conn().await.unwrap();
    let head = wsis_db::stocktaking::search_head(&mut c).await.unwrap();
    drop(c);
    let mut tx = a.db.begin().await.unwrap();
    let first = wsis_db::stocktaking::mark_search_changes(&mut tx, &[])
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(first, head + 1);
    // A change rolled back takes no number.
    let mut tx = a.db.begin().await.unwrap();
    wsis_db::stocktaking::mark_search_changes(&mut tx, &[])
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    let mut c = a.db.conn().await.unwrap();
    assert_eq!(
        wsis_db::stocktaking::search_head(&mut c).await.unwrap(),
        first
    );
    assert!(
        wsis_db::stocktaking::search_changes_since(&mut c, first, 10)
            .await
            .unwrap()
            .is_empty()
    );
}
