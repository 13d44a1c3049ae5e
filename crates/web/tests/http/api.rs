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

/// What the OpenAPI 3.1 schema requires of every response, and what a client (or a
/// fuzzer) needs to send only values the server takes: item 24 of issue 10.
#[tokio::test]
async fn the_openapi_document_describes_every_response_and_each_fixed_set() {
    let mut app = TestApp::new().await;
    let doc = app.get("/api/v1/openapi.json").await.json();
    let six = serde_json::json!(["ar", "zh", "en", "fr", "ru", "es"]);
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            operations += 1;
            let at = format!("{method} {path}");
            let responses = op["responses"].as_object().unwrap();
            assert!(!responses.is_empty(), "{at}: no response");
            for (status, response) in responses {
                let response = match response["$ref"].as_str() {
                    Some(r) => {
                        &doc["components"]["responses"]
                            [r.trim_start_matches("#/components/responses/")]
                    }
                    None => response,
                };
                assert!(
                    response["description"].is_string(),
                    "{at}: response {status} has no description"
                );
            }
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let param = |name: &str| params.iter().find(|p| p["name"] == name);
            for p in &params {
                if p["in"] == "path" {
                    assert_eq!(p["required"], true, "{at}: path parameter {}", p["name"]);
                }
            }
            // A fixed set of values is an enum, inline where the parameter is.
            if let Some(p) = param("lang") {
                assert_eq!(p["schema"]["enum"], six, "{at}: lang");
                assert!(responses.contains_key("422"), "{at}: 422 for a bad lang");
            }
            if let Some(p) = param("format") {
                assert_eq!(
                    p["schema"]["enum"],
                    serde_json::json!(["csv", "json", "jsonl"]),
                    "{at}"
                );
            }
            if let Some(p) = param("file") {
                assert_eq!(
                    p["schema"]["enum"],
                    serde_json::json!([
                        "schedule.json",
                        "schedule.xml",
                        "schedule.ics",
                        "schedule.xcal",
                        "schedule.csv"
                    ]),
                    "{at}"
                );
            }
            // Numbers have the bounds the server holds them to.
            if let Some(p) = param("page") {
                assert_eq!(p["schema"]["minimum"], 1, "{at}: page");
                let last = if at.contains("/outcomes/search") {
                    100
                } else {
                    10_000
                };
                assert_eq!(p["schema"]["maximum"], last, "{at}: page");
            }
            if let Some(p) = param("limit") {
                assert_eq!(p["schema"]["minimum"], 1, "{at}: limit");
                assert_eq!(p["schema"]["maximum"], 100, "{at}: limit");
            }
            // What every route that takes a path value can answer.
            if params.iter().any(|p| p["in"] == "path") {
                for status in ["400", "404"] {
                    assert!(responses.contains_key(status), "{at}: {status}");
                }
            }
            // The public reads answer 304 to a current ETag; the account's routes and the
            // vote (a write) do not.
            if path.starts_with("/api/v1/") && path != "/api/v1/me" && method == "get" {
                assert!(responses.contains_key("304"), "{at}: 304 (ETags)");
            }
        }
    }
    assert_eq!(operations, 31, "every operation checked");
    let export = &doc["paths"]["/api/v1/stocktaking/export/{format}"]["get"]["responses"];
    assert!(export.get("429").is_some(), "the export documents 429");
}

#[tokio::test]
async fn malformed_path_values_are_json_400s_in_the_language_asked_for() {
    let mut app = TestApp::new().await;
    for uri in [
        "/api/v1/stocktaking/entries/9223372036854775808",
        "/api/v1/stocktaking/entries/abc",
        "/api/v1/forums/9223372036854775808/schedule.ics",
        "/api/v1/forums/x/rooms/A/schedule.ics",
        "/api/v1/forums/99999999999999999999/days/2019-04-09/schedule.ics",
    ] {
        let r = app.get(&format!("{uri}?lang=fr")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(
            r.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{uri}"
        );
        let j = r.json();
        assert_eq!(j["error"], "bad_request", "{uri}");
        assert!(
            j["message"].as_str().unwrap().contains("requête"),
            "{uri}: {j}"
        );
    }
    // The largest id is a number like any other: not found.
    let r = app
        .get("/api/v1/stocktaking/entries/9223372036854775807")
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["error"], "not_found");
}

#[tokio::test]
async fn out_of_range_search_parameters_are_localised_field_errors() {
    let mut app = TestApp::new().await;
    for (query, field, key) in [
        ("page=-1", "page", "search-page-invalid"),
        ("page=0", "page", "search-page-invalid"),
        ("page=10001", "page", "search-page-invalid"),
        ("page=true", "page", "search-page-invalid"),
        ("page=", "page", "search-page-invalid"),
        ("limit=0", "limit", "search-limit-invalid"),
        ("limit=101", "limit", "search-limit-invalid"),
        ("limit=1000", "limit", "search-limit-invalid"),
        ("limit=-5", "limit", "search-limit-invalid"),
        ("sort=oldest", "sort", "search-sort-invalid"),
        ("sort=", "sort", "search-sort-invalid"),
        ("lang=de", "lang", "language-invalid"),
    ] {
        for route in [
            "/api/v1/stocktaking/entries",
            "/api/v1/stocktaking/export/csv",
        ] {
            let uri = if field == "lang" {
                format!("{route}?{query}")
            } else {
                format!("{route}?{query}&lang=es")
            };
            let r = app.get(&uri).await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{route}?{query}"
            );
            let j = r.json();
            assert_eq!(j["error"], "validation_failed", "{query}");
            assert_eq!(j["fields"][0]["field"], field, "{query}");
            assert_eq!(j["fields"][0]["key"], key, "{query}");
            let message = j["fields"][0]["message"].as_str().unwrap();
            assert!(!message.is_empty() && message != key, "{query}: {message}");
            if field == "sort" {
                assert!(message.contains("pertinencia"), "in Spanish: {message}");
            } else if field != "lang" {
                assert!(message.contains("entero"), "in Spanish: {message}");
            }
        }
    }
    for query in [
        "page=1&limit=1",
        "page=10000&limit=100",
        "page=2",
        "sort=newest",
        "sort=relevance",
    ] {
        let r = app
            .get(&format!("/api/v1/stocktaking/entries?{query}"))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.body);
    }
}

#[tokio::test]
async fn forum_feeds_take_the_six_language_codes_and_lists_of_numbers_only() {
    let mut app = TestApp::new().await;
    for (query, field) in [
        ("lang=de", "lang"),
        ("lang=fr-CH", "lang"),
        ("lang=", "lang"),
        ("sessions=1,", "sessions"),
        ("sessions=-1", "sessions"),
        ("sessions=%201", "sessions"),
        ("sessions=1,,2", "sessions"),
        ("sessions=9999999999999999999", "sessions"),
    ] {
        let r = app
            .get(&format!("/api/v1/forums/2019/schedule.ics?{query}"))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let j = r.json();
        assert_eq!(j["error"], "validation_failed", "{query}");
        assert_eq!(j["fields"][0]["field"], field, "{query}");
    }
    // Valid parameters reach the schedule (none is published here).
    for query in ["lang=ar&sessions=1,3", "sessions=", "sessions=007"] {
        let r = app
            .get(&format!("/api/v1/forums/2019/schedule.ics?{query}"))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{query}");
        assert_eq!(r.json()["error"], "not_found");
    }
}

#[tokio::test]
async fn an_empty_language_is_refused_like_any_other_outside_the_six() {
    let mut app = TestApp::new().await;
    for uri in [
        "/api/v1/taxonomy/sdgs?lang=",
        "/api/v1/stocktaking/entries?lang=",
        "/api/v1/stocktaking/export/json?lang=",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{uri}");
        assert_eq!(r.json()["fields"][0]["key"], "language-invalid", "{uri}");
    }
}

/// Found by schemathesis: the streamed export, compressed, was polled once more after its
/// end, and the stream panicked (the client got a broken chunked body).
#[tokio::test]
async fn the_streamed_export_survives_compression() {
    use std::io::Read;
    let mut app = TestApp::new().await;
    for format in ["csv", "json", "jsonl"] {
        let (headers, body) = app
            .request_bytes(
                &format!("/api/v1/stocktaking/export/{format}?f=action_line:C1"),
                &[("accept-encoding", "gzip")],
            )
            .await;
        assert_eq!(headers["content-encoding"], "gzip", "{format}");
        let mut text = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut text)
            .unwrap();
        if format == "json" {
            assert_eq!(text.trim(), "[]");
        }
        if format == "csv" {
            assert!(text.contains("uid"), "{text}");
        }
    }
}
