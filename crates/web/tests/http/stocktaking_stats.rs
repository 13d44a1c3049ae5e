//! The statistics page and the pages per Action Line, SDG and country count
//! what is published, through the real router.

use crate::common::TestApp;
use crate::stocktaking::{as_secretariat, entry_form, version_of};

use axum::http::StatusCode;
use wsis_domain::account::Role;

/// Submits an entry from this form as the owner and publishes it as the secretariat.
async fn published(app: &mut TestApp, form: &[(&str, &str)]) -> i64 {
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let r = app.post_form("/en/stocktaking/new", form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    as_secretariat(app).await;
    let v = version_of(app, id).await;
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/review"),
            &[("action", "publish"), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.post_form("/en/account/logout", &[]).await;
    id
}

#[tokio::test]
async fn statistics_and_pages_per_line_sdg_and_country_count_published_entries() {
    let mut app = TestApp::new().await;
    // National (Kenya, Uganda): C2 and C7.3, SDG 4.
    published(&mut app, &entry_form("Schools online", "Schools.")).await;
    // Regional (Eastern Africa): C2, SDG 4.
    let mut regional = entry_form("Regional backbone", "Fibre.");
    regional.retain(|(k, _)| !matches!(*k, "coverage" | "countries" | "al" | "al_rationale_C2"));
    regional.extend([
        ("coverage", "regional"),
        ("regions", "014"),
        ("al", "C2"),
        ("al_rationale_C2", "Backbone"),
    ]);
    published(&mut app, &regional).await;
    // Submitted only: counts nowhere.
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    app.post_form("/en/stocktaking/new", &entry_form("Not yet", "Waiting."))
        .await;
    app.post_form("/en/account/logout", &[]).await;

    let stats = app.get("/en/stocktaking/statistics").await;
    assert_eq!(stats.status, StatusCode::OK);
    let body = &stats.body;
    // Bar chart tables: C2 in both, C7.3 in one; Africa holds both (the regional
    // entry through its parent regions).
    let row = |label: &str, n: &str| {
        format!(
            "{label}</a></th><td>{n}</td>",
            label = label.replace('&', "&#38;")
        )
    };
    assert!(
        body.contains(&row("C2 Information and communication infrastructure", "2")),
        "{body}"
    );
    assert!(body.contains(&row("Africa", "2")), "{body}");
    assert_eq!(body.matches(">Africa</a>").count(), 1, "one row per region");
    // Its own region's page lists both.
    let listed = app.get("/en/stocktaking?f=region:014").await;
    assert!(listed.body.contains("Schools online") && listed.body.contains("Regional backbone"));
    // The heat map's SVG names its rows and columns; its table has the numbers.
    assert!(body.contains(">C7.3</text>"));
    assert!(body.contains(">17</text>"));
    let heat_row = body
        .split("<tr><th scope=\"row\">C2 ")
        .nth(1)
        .expect("heat map row of C2");
    let cells: Vec<&str> = heat_row
        .split("</tr>")
        .next()
        .unwrap()
        .split("<td>")
        .skip(1)
        .map(|c| c.trim_end_matches("</td>"))
        .collect();
    assert_eq!(cells.len(), 17);
    assert_eq!(cells[3], "2", "C2 × SDG 4");
    assert_eq!(cells[0], "0", "C2 × SDG 1");

    let lines = app.get("/en/stocktaking/by/action-lines").await;
    assert_eq!(lines.status, StatusCode::OK);
    assert!(
        lines
            .body
            .contains("href=\"/en/stocktaking?f=c7_subline:C7.3\"")
    );
    let countries = app.get("/ar/stocktaking/by/countries").await;
    assert!(
        countries
            .body
            .contains("href=\"/ar/stocktaking?f=country:KE\"")
    );
    assert!(countries.body.contains("dir=\"rtl\""));
    // Each value's link lists its entries with their count.
    let listed = app.get("/en/stocktaking?f=region:002").await;
    assert!(listed.body.contains("Schools online") && listed.body.contains("Regional backbone"));
    assert!(!listed.body.contains("Not yet"));
    assert_eq!(
        app.get("/en/stocktaking/by/nothing").await.status,
        StatusCode::NOT_FOUND
    );
}
