//! The search of approved session outcomes (issue 12, item 6): words in any of the
//! six languages, filters by Action Line (a C7 sub-line counts for C7), SDG, edition,
//! session type and language with their counts, bad values refused with a message,
//! and a new approval found at once.

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::http::StatusCode;
use wsis_db::forum::{self as fdb, Edition};
use wsis_domain::FieldErrors;
use wsis_domain::forum::outcomes::{OutcomeInput, OutcomeKind, OutcomeStatus};

/// Approves the outcome of session `number`: `lang`, `summary`, one Action Line and one SDG.
async fn approve(
    app: &TestApp,
    ed: &Edition,
    admin: i64,
    number: i64,
    lang: &str,
    summary: &str,
    (line, goal): (&str, &str),
) {
    let mut tx = app.db.begin().await.unwrap();
    let s = fdb::session_by_number(&mut tx, ed.id, number)
        .await
        .unwrap()
        .unwrap();
    let data = OutcomeInput {
        language: lang.into(),
        summary: summary.into(),
        action_lines: vec![(line.into(), "Because".into())],
        sdgs: vec![(goal.into(), String::new(), "Because".into())],
        ..OutcomeInput::default()
    }
    .parse(OutcomeKind::Session, &mut FieldErrors::new())
    .unwrap();
    let v = fdb::save_outcome(
        &mut tx,
        s.id,
        ed.id,
        0,
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
}

fn found(body: &str) -> Vec<String> {
    body.split("<h2><a href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn outcomes_are_found_by_words_and_facets_in_any_language() {
    let mut app = TestApp::new().await;
    let (ed, admin) = forum(&app).await;
    approve(
        &app,
        &ed,
        admin,
        1,
        "fr",
        "La santé en ligne atteint les cliniques <script>rurales</script>.",
        ("C7.4", "3"),
    )
    .await;
    approve(
        &app,
        &ed,
        admin,
        3,
        "ar",
        "تبادلت المدارس الريفية بياناتها.",
        ("C4", "4"),
    )
    .await;

    let all = app.get("/en/outcomes/search").await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    assert!(plain(&all.body).contains("2 outcomes found."));
    // The filters list every value with its count among the matches.
    assert!(
        plain(&all.body).contains("<option value=\"C7\">C7 ICT applications (1)</option>"),
        "{}",
        all.body
    );
    assert!(
        all.body
            .contains("<option value=\"2019\">2019 (2)</option>")
    );

    // Words, stemmed in the outcome's language; highlighted, escaped.
    let r = app.get("/en/outcomes/search?q=sant%C3%A9").await;
    assert_eq!(found(&r.body), ["/en/forum/2019/outcomes/1"]);
    assert!(r.body.contains("<b>santé</b>"), "{}", r.body);
    assert!(r.body.contains("&lt;script&gt;"));
    assert!(r.body.contains("<p lang=\"fr\" dir=\"ltr\">"));
    let r = app
        .get("/ar/outcomes/search?q=%D8%A7%D9%84%D9%85%D8%AF%D8%A7%D8%B1%D8%B3")
        .await;
    assert_eq!(found(&r.body), ["/ar/forum/2019/outcomes/3"]);

    // Facets: a sub-line counts for its Action Line; several facets all apply.
    for (query, expected) in [
        ("action_line=C7", vec!["/en/forum/2019/outcomes/1"]),
        ("action_line=C7.4&sdg=3", vec!["/en/forum/2019/outcomes/1"]),
        ("action_line=C7&sdg=4", vec![]),
        ("language=ar", vec!["/en/forum/2019/outcomes/3"]),
        (
            "type=knowledge-cafe&year=2019",
            vec!["/en/forum/2019/outcomes/3"],
        ),
        ("year=2018", vec![]),
    ] {
        let r = app.get(&format!("/en/outcomes/search?{query}")).await;
        assert_eq!(r.status, StatusCode::OK, "{query}");
        assert_eq!(found(&r.body), expected, "{query}");
    }
    let none = app.get("/en/outcomes/search?year=2018").await;
    assert!(plain(&none.body).contains("No outcome found."));

    // Bad input: a message, never a 500.
    for (query, message) in [
        ("action_line=C99", "This value does not exist"),
        ("sdg=18", "This value does not exist"),
        ("language=de", "This value does not exist"),
        ("page=0", "The page must be a whole number from 1 to 100."),
    ] {
        let r = app.get(&format!("/en/outcomes/search?{query}")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert!(plain(&r.body).contains(message), "{query}");
    }
    let long = "a".repeat(201);
    let r = app.get(&format!("/en/outcomes/search?q={long}")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("at most 200 characters"));

    // A new approval is found at once.
    approve(
        &app,
        &ed,
        admin,
        2,
        "en",
        "Broadband reached remote villages.",
        ("C2", "9"),
    )
    .await;
    let r = app.get("/en/outcomes/search?q=broadband").await;
    assert_eq!(found(&r.body), ["/en/forum/2019/outcomes/2"]);
}

#[tokio::test]
async fn the_api_searches_the_outcomes_with_the_same_filters() {
    let mut app = TestApp::new().await;
    let (ed, admin) = forum(&app).await;
    approve(
        &app,
        &ed,
        admin,
        1,
        "fr",
        "La santé en ligne atteint les cliniques.",
        ("C7.4", "3"),
    )
    .await;
    approve(
        &app,
        &ed,
        admin,
        3,
        "ar",
        "تبادلت المدارس الريفية بياناتها.",
        ("C4", "4"),
    )
    .await;
    let r = app
        .get("/api/v1/outcomes/search?q=sant%C3%A9&action_line=C7")
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v = r.json();
    assert_eq!(v["total"], 1);
    assert_eq!(v["hits"][0]["session"], 1);
    assert_eq!(v["hits"][0]["language"], "fr");
    assert!(
        v["hits"][0]["url"]
            .as_str()
            .unwrap()
            .ends_with("/api/v1/forums/2019/outcomes/1")
    );
    assert_eq!(v["facets"]["sdg"][0]["value"], "3");
    let all = app.get("/api/v1/outcomes/search").await.json();
    assert_eq!(all["total"], 2);
    // The page's form sends "any" as an empty value; the API takes none.
    let form = app
        .get("/en/outcomes/search?q=&action_line=&sdg=&year=&type=&language=")
        .await;
    assert_eq!(form.status, StatusCode::OK);
    let empty = app.get("/api/v1/outcomes/search?type=").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = app.get("/api/v1/outcomes/search?sdg=99&page=0").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let e = bad.json();
    let fields: Vec<&str> = e["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert!(fields.contains(&"sdg") && fields.contains(&"page"), "{e}");
}
