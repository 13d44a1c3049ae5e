//! The stored Success Stories selection: the secretariat selects published
//! entries from their pages, orders and removes them on the selection's
//! page, and the publication compiles from it; nobody else can.

use crate::common::TestApp;
use crate::stocktaking::{as_secretariat, publish, submit};

use axum::http::StatusCode;
use wsis_domain::account::Role;

async fn call_2019(app: &TestApp) {
    let mut c = app.db.conn().await.unwrap();
    wsis_db::stocktaking::create_call(&mut c, 2019, "WSIS Stocktaking 2019", 0, i64::MAX / 2)
        .await
        .unwrap();
}

/// Without Fluent's isolation marks around placeables.
fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

async fn selected(app: &TestApp) -> Vec<i64> {
    wsis_db::success_stories::selected_ids(&mut app.db.conn().await.unwrap(), 2019)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_secretariat_keeps_an_ordered_selection_that_the_publication_uses() {
    let mut app = TestApp::new().await;
    call_2019(&app).await;
    let a = submit(&mut app, "Digital literacy in Kenya", "A").await;
    let b = submit(&mut app, "E-health in Uganda", "B").await;
    let draft = submit(&mut app, "Not yet published", "C").await;
    as_secretariat(&mut app).await;
    publish(&mut app, a).await;
    publish(&mut app, b).await;

    // The entry page offers the call's year, preselected.
    let page = app.get(&format!("/en/stocktaking/entries/{a}")).await;
    assert!(
        page.body.contains("Add to the Success Stories"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("<option value=\"2019\" selected>2019</option>")
    );
    for id in [b, a] {
        let r = app
            .post_form(
                &format!("/en/stocktaking/entries/{id}/success-stories"),
                &[("year", "2019"), ("action", "add")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    // Adding twice changes nothing; a draft cannot be selected.
    app.post_form(
        &format!("/en/stocktaking/entries/{a}/success-stories"),
        &[("year", "2019"), ("action", "add")],
    )
    .await;
    assert_eq!(selected(&app).await, vec![b, a]);
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{draft}/success-stories"),
            &[("year", "2019"), ("action", "add")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("Only published entries can be selected"));
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{a}/success-stories"),
            &[("year", "1999"), ("action", "add")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "no such call");
    let page = plain(app.get(&format!("/en/stocktaking/entries/{a}")).await.body);
    assert!(page.contains("Selected for the Success Stories 2019."));

    // The selection's page: in order, with who; reordered and trimmed there.
    let list = app.get("/en/stocktaking/success-stories").await;
    assert_eq!(list.status, StatusCode::OK);
    let list_text = plain(list.body.clone());
    assert!(list_text.contains("Success Stories 2019"));
    let (pb, pa) = (
        list.body.find("E-health in Uganda").unwrap(),
        list.body.find("Digital literacy in Kenya").unwrap(),
    );
    assert!(pb < pa, "in the order selected");
    assert!(list_text.contains("selected by Test sec@example.org on "));
    let r = app
        .post_form(
            "/en/stocktaking/success-stories/2019",
            &[("entry", &a.to_string()), ("action", "up")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(selected(&app).await, vec![a, b]);
    let fr = app.get("/fr/stocktaking/success-stories?year=2019").await;
    assert!(fr.body.contains("Monter") && fr.body.contains("Retirer"));

    // The publication compiles from the stored selection, with ids as an override.
    let pdf = app
        .get("/en/stocktaking/reports/success-stories?call=2019&language=en")
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert!(pdf.body.starts_with("%PDF"));

    // Removal from the list and from the entry's page.
    let r = app
        .post_form(
            "/en/stocktaking/success-stories/2019",
            &[("entry", &b.to_string()), ("action", "remove")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{a}/success-stories"),
            &[("year", "2019"), ("action", "remove")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(selected(&app).await.is_empty());
    let empty = app
        .get("/en/stocktaking/reports/success-stories?call=2019&language=en")
        .await;
    assert_eq!(empty.status, StatusCode::CONFLICT);
    assert!(empty.body.contains("No published entry is selected"));
}

#[tokio::test]
async fn only_the_secretariat_selects_success_stories() {
    let mut app = TestApp::new().await;
    call_2019(&app).await;
    let id = submit(&mut app, "Open data portal", "A").await;
    as_secretariat(&mut app).await;
    publish(&mut app, id).await;
    app.post_form(
        &format!("/en/stocktaking/entries/{id}/success-stories"),
        &[("year", "2019"), ("action", "add")],
    )
    .await;
    assert_eq!(selected(&app).await, vec![id]);

    // The owner (a stakeholder) sees no control and is refused.
    app.post_form("/en/account/logout", &[]).await;
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let page = app.get(&format!("/en/stocktaking/entries/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Add to the Success Stories"));
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/success-stories"),
            &[("year", "2019"), ("action", "remove")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/en/stocktaking/success-stories").await.status,
        StatusCode::FORBIDDEN
    );
    let r = app
        .post_form(
            "/en/stocktaking/success-stories/2019",
            &[("entry", &id.to_string()), ("action", "remove")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Anonymous visitors are sent to sign in.
    app.post_form("/en/account/logout", &[]).await;
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/success-stories"),
            &[("year", "2019"), ("action", "remove")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("/account/login"));
    let r = app.get("/en/stocktaking/success-stories").await;
    assert!(r.location().contains("/account/login"));
    assert_eq!(selected(&app).await, vec![id], "nothing changed");
}

/// Issue 11, item 15: a year's Success Stories take only entries of that year's call;
/// an entry of no call is offered no year and refused.
#[tokio::test]
async fn only_entries_of_a_years_call_join_its_success_stories() {
    let mut app = TestApp::new().await;
    // An entry submitted before any call exists belongs to none.
    let outside = submit(&mut app, "Before any call", "A").await;
    call_2019(&app).await;
    let mut c = app.db.conn().await.unwrap();
    wsis_db::stocktaking::create_call(
        &mut c,
        2020,
        "WSIS Stocktaking 2020",
        i64::MAX / 2 + 1,
        i64::MAX - 1,
    )
    .await
    .unwrap();
    drop(c);
    let inside = submit(&mut app, "In the 2019 call", "B").await;
    as_secretariat(&mut app).await;
    publish(&mut app, outside).await;
    publish(&mut app, inside).await;
    let page = plain(
        app.get(&format!("/en/stocktaking/entries/{outside}"))
            .await
            .body,
    );
    assert!(page.contains("was not submitted to a call"), "{page}");
    assert!(!page.contains("Add to the Success Stories"));
    let page = app
        .get(&format!("/en/stocktaking/entries/{inside}"))
        .await
        .body;
    assert!(page.contains("<option value=\"2019\" selected>2019</option>"));
    assert!(
        !page.contains("<option value=\"2020\""),
        "another call's year is not offered"
    );
    for (id, year) in [(outside, "2019"), (inside, "2020")] {
        let r = app
            .post_form(
                &format!("/en/stocktaking/entries/{id}/success-stories"),
                &[("year", year), ("action", "add")],
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{id} {year}");
        assert!(plain(r.body).contains("entries that belong to that year"));
    }
    assert!(selected(&app).await.is_empty());
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{inside}/success-stories"),
            &[("year", "2019"), ("action", "add")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(selected(&app).await, vec![inside]);
}
