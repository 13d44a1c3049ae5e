//! The JSON API: taxonomy, the account, errors and the OpenAPI document.

use crate::common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::TestApp;
use wsis_domain::account::Role;

#[tokio::test]
async fn health_reports_the_database() {
    let mut app = TestApp::new().await;
    let r = app.get("/healthz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["status"], "ok");
    let expected = match wsis_db::testing::test_backend() {
        wsis_db::Backend::Sqlite => "sqlite",
        wsis_db::Backend::Postgres => "postgres",
    };
    assert_eq!(r.json()["database"], expected);
}

#[tokio::test]
async fn taxonomy_endpoints_answer_in_the_language_asked_for() {
    let mut app = TestApp::new().await;
    let lines = app
        .get("/api/v1/taxonomy/action-lines?lang=fr")
        .await
        .json();
    let lines = lines.as_array().unwrap();
    assert_eq!(lines.len(), 11);
    let c7 = lines.iter().find(|l| l["code"] == "C7").unwrap();
    assert_eq!(c7["sublines"].as_array().unwrap().len(), 8);
    assert!(c7["prize_category"].is_null());
    assert_eq!(c7["sublines"][3]["name"], "Cybersanté");
    assert_eq!(c7["sublines"][3]["prize_category"], 10);

    let sdgs = app.get("/api/v1/taxonomy/sdgs?lang=zh").await.json();
    assert_eq!(sdgs.as_array().unwrap().len(), 17);
    let targets: usize = sdgs
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["targets"].as_array().unwrap().len())
        .sum();
    assert_eq!(targets, 169);
    assert_eq!(sdgs[0]["short"], "无贫穷");

    let countries = app.get("/api/v1/taxonomy/countries?lang=ar").await.json();
    let ch = countries
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["alpha2"] == "CH")
        .unwrap();
    assert_eq!(ch["m49"], "756");
    assert_eq!(ch["region"]["code"], "150");
    assert_eq!(ch["itu_region"]["code"], "EUR");
    assert_eq!(ch["name"], "سويسرا");

    let st = app
        .get("/api/v1/taxonomy/stakeholder-types?lang=ru")
        .await
        .json();
    assert_eq!(st.as_array().unwrap().len(), 6);
    assert_eq!(st[0]["name"], "Правительство");
    let regions = app.get("/api/v1/taxonomy/regions?lang=es").await.json();
    assert!(
        regions
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "419")
    );
    let langs = app.get("/api/v1/taxonomy/languages").await.json();
    assert_eq!(langs.as_array().unwrap().len(), 6);
    assert_eq!(langs[0]["direction"], "rtl");
}

#[tokio::test]
async fn a_bad_language_is_a_field_error_with_a_stable_key() {
    let mut app = TestApp::new().await;
    let r = app.get("/api/v1/taxonomy/sdgs?lang=de").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let j = r.json();
    assert_eq!(j["error"], "validation_failed");
    assert_eq!(j["fields"][0]["field"], "lang");
    assert_eq!(j["fields"][0]["key"], "language-invalid");
}

#[tokio::test]
async fn unknown_api_paths_are_json_404s() {
    let mut app = TestApp::new().await;
    let r = app.get("/api/v1/nothing?lang=es").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["error"], "not_found");
    assert!(r.json()["message"].as_str().unwrap().contains("página"));
    let r = app
        .request(Method::DELETE, "/api/v1/taxonomy/sdgs", &[], Body::empty())
        .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.json()["error"], "method_not_allowed");
}

#[tokio::test]
async fn the_profile_is_updated_over_json_with_csrf_and_validation() {
    let mut app = TestApp::new().await;
    app.sign_in_as("api@example.org", &[Role::Participant])
        .await;
    let token = app.csrf().await;
    let json = [
        ("content-type", "application/json"),
        ("x-csrf-token", token.as_str()),
    ];

    let malformed = app
        .request(
            Method::PATCH,
            "/api/v1/me",
            &json,
            Body::from("{\"name\": "),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert_eq!(malformed.json()["error"], "invalid_json");

    let no_csrf = app
        .request(
            Method::PATCH,
            "/api/v1/me",
            &[("content-type", "application/json")],
            Body::from(r#"{"name":"X","language":"en"}"#),
        )
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    assert_eq!(no_csrf.json()["error"], "csrf_failed");

    let invalid = app
        .request(
            Method::PATCH,
            "/api/v1/me?lang=fr",
            &json,
            Body::from(r#"{"name":"","language":"xx","country":"ZZ"}"#),
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    let j = invalid.json();
    let keys: Vec<_> = j["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["key"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        keys,
        ["name-required", "country-invalid", "language-invalid"]
    );
    assert!(
        !j["fields"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Enter your name"),
        "localised in French"
    );

    let ok = app.request(Method::PATCH, "/api/v1/me", &json, Body::from(r#"{"name":"Kofi Mensah","country":"GH","stakeholder_type":"civil_society","language":"fr"}"#)).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(ok.json()["name"], "Kofi Mensah");
    let me = app.get("/api/v1/me").await.json();
    assert_eq!(me["country"], "GH");
    assert_eq!(me["roles"], serde_json::json!(["participant"]));
}

#[tokio::test]
async fn oversize_json_gets_413_as_json() {
    let mut app = TestApp::new().await;
    app.sign_in_as("big@example.org", &[Role::Participant])
        .await;
    let token = app.csrf().await;
    let body = format!(
        "{{\"name\":\"{}\",\"language\":\"en\"}}",
        "x".repeat(wsis_web::MAX_BODY_BYTES)
    );
    let r = app
        .request(
            Method::PATCH,
            "/api/v1/me",
            &[
                ("content-type", "application/json"),
                ("x-csrf-token", token.as_str()),
            ],
            Body::from(body),
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.json()["error"], "payload_too_large");
}

#[tokio::test]
async fn the_openapi_document_describes_every_route_and_matches_the_snapshot() {
    let mut app = TestApp::new().await;
    let r = app.get("/api/v1/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for p in [
        "/healthz",
        "/api/v1/taxonomy/action-lines",
        "/api/v1/taxonomy/sdgs",
        "/api/v1/taxonomy/countries",
        "/api/v1/taxonomy/regions",
        "/api/v1/taxonomy/stakeholder-types",
        "/api/v1/taxonomy/languages",
        "/api/v1/me",
    ] {
        assert!(doc["paths"].get(p).is_some(), "{p} documented");
    }
    let pretty = serde_json::to_string_pretty(&doc).unwrap() + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json");
    if std::env::var("UPDATE_SNAPSHOTS").is_ok() {
        std::fs::write(&path, &pretty).unwrap();
    }
    let snapshot = std::fs::read_to_string(&path)
        .expect("docs/openapi.json (run with UPDATE_SNAPSHOTS=1 to create it)");
    assert_eq!(
        pretty, snapshot,
        "the API changed: review it and run with UPDATE_SNAPSHOTS=1"
    );
}
