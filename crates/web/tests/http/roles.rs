//! Every protected route, refused and allowed: anonymous visitors are sent
//! to sign in (pages) or get 401 (API); accounts without the role get 403;
//! accounts with it get through.

use crate::common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::TestApp;
use wsis_domain::account::Role;

/// (method, path, required role; `None` = any signed-in account)
const PROTECTED: &[(&str, &str, Option<Role>)] = &[
    ("GET", "/en/account", None),
    ("POST", "/en/account", None),
    ("POST", "/en/account/password", None),
    ("GET", "/en/admin/users", Some(Role::Administrator)),
    ("GET", "/en/admin/users/{target}", Some(Role::Administrator)),
    (
        "POST",
        "/en/admin/users/{target}",
        Some(Role::Administrator),
    ),
    ("GET", "/en/admin/facilitators", Some(Role::Secretariat)),
    ("POST", "/en/admin/facilitators", Some(Role::Secretariat)),
    (
        "POST",
        "/en/admin/facilitators/remove",
        Some(Role::Secretariat),
    ),
    ("GET", "/api/v1/me", None),
    ("PATCH", "/api/v1/me", None),
    ("GET", "/en/stocktaking/new", Some(Role::Stakeholder)),
    ("POST", "/en/stocktaking/new", Some(Role::Stakeholder)),
    ("GET", "/en/stocktaking/mine", Some(Role::Stakeholder)),
    ("GET", "/en/stocktaking/moderation", Some(Role::Secretariat)),
    (
        "POST",
        "/en/stocktaking/moderation",
        Some(Role::Secretariat),
    ),
    ("GET", "/en/stocktaking/calls", Some(Role::Secretariat)),
    ("POST", "/en/stocktaking/calls", Some(Role::Secretariat)),
    ("GET", "/en/stocktaking/import", Some(Role::Secretariat)),
    ("GET", "/en/stocktaking/reports", Some(Role::Secretariat)),
    (
        "GET",
        "/en/stocktaking/success-stories",
        Some(Role::Secretariat),
    ),
    (
        "GET",
        "/en/stocktaking/reports/stocktaking?call=2019&format=html",
        Some(Role::Secretariat),
    ),
];
// The entry-specific routes (edit, review) depend on who owns the entry:
// tests/stocktaking.rs `entry_routes_are_for_their_owner_and_the_secretariat`;
// the import upload (multipart) is checked both ways in
// `the_secretariat_imports_a_checked_file_and_a_bad_file_writes_nothing`;
// entry images in tests/stocktaking_images.rs and the Success Stories
// selection in tests/stocktaking_success.rs.

/// A valid body for each POST, so that an allowed request succeeds.
fn form_for(path: &str) -> Vec<(&'static str, String)> {
    match path {
        "/en/account" => vec![("name", "Someone".into()), ("language", "en".into())],
        "/en/account/password" => vec![
            ("current_password", "a long test password".into()),
            ("password", "a long test password".into()),
            ("password_confirm", "a long test password".into()),
        ],
        "/en/admin/facilitators" => vec![
            ("action_line", "C9".into()),
            ("agency", "UNDP".into()),
            ("role", "partner".into()),
        ],
        "/en/stocktaking/new" => [
            ("title", "T"),
            ("description", "D"),
            ("language", "en"),
            ("activity_type", "project"),
            ("status", "ongoing"),
            ("organisation", "O"),
            ("stakeholder_type", "government"),
            ("coverage", "international"),
            ("al", "C1"),
            ("sdg", "1"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_owned()))
        .collect(),
        // An allowed bulk action on no entries is answered with the form's own error.
        "/en/stocktaking/moderation" => vec![("action", "publish".into())],
        "/en/stocktaking/calls" => vec![
            ("year", "2030".into()),
            ("title", "Call".into()),
            ("opens", "2030-01-01".into()),
            ("closes", "2030-06-30".into()),
        ],
        _ if path.starts_with("/en/admin/users/") => vec![("role", "organiser".into())],
        _ => vec![],
    }
}

async fn call(app: &mut TestApp, method: &str, path: &str) -> common::TestResponse {
    if path.starts_with("/api/") {
        let token = app.csrf().await;
        let body = r#"{"name":"Someone","language":"en"}"#;
        let m = Method::from_bytes(method.as_bytes()).unwrap();
        let b = if m == Method::GET {
            Body::empty()
        } else {
            Body::from(body)
        };
        return app
            .request(
                m,
                path,
                &[
                    ("content-type", "application/json"),
                    ("x-csrf-token", &token),
                ],
                b,
            )
            .await;
    }
    if method == "GET" {
        return app.get(path).await;
    }
    let mut fields = form_for(path);
    if path == "/en/admin/facilitators/remove" {
        let mut c = app.db.conn().await.unwrap();
        let id = wsis_db::reference::list_facilitators(&mut c).await.unwrap()[0].id;
        fields.push(("id", id.to_string()));
    }
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(path, &f).await
}

#[tokio::test]
async fn every_protected_route_refuses_and_allows_as_its_role_says() {
    for &(method, path_tpl, role) in PROTECTED {
        // A target account for the /admin/users/{id} routes.
        let mut anon = TestApp::new().await;
        let target = anon
            .sign_in_as("target@example.org", &[Role::Participant])
            .await;
        anon.post_form("/en/account/logout", &[]).await;
        let path = path_tpl.replace("{target}", &target.to_string());

        let res = call(&mut anon, method, &path).await;
        if path.starts_with("/api/") {
            assert_eq!(
                res.status,
                StatusCode::UNAUTHORIZED,
                "{method} {path} anonymous"
            );
            assert_eq!(res.json()["error"], "unauthenticated");
        } else if method == "GET" {
            assert_eq!(
                res.status,
                StatusCode::SEE_OTHER,
                "{method} {path} anonymous"
            );
            assert!(
                res.location().starts_with("/en/account/login?next="),
                "{method} {path}: {}",
                res.location()
            );
        } else {
            assert!(
                matches!(res.status, StatusCode::SEE_OTHER | StatusCode::UNAUTHORIZED),
                "{method} {path} anonymous: {}",
                res.status
            );
            assert!(
                res.location().starts_with("/en/account/login"),
                "{method} {path}"
            );
        }

        if let Some(required) = role {
            let others: Vec<Role> = Role::ALL
                .into_iter()
                .filter(|r| {
                    *r != required && !(required == Role::Secretariat && *r == Role::Administrator)
                })
                .collect();
            let mut refused = TestApp::new().await;
            let t = refused
                .sign_in_as("target@example.org", &[Role::Participant])
                .await;
            refused.post_form("/en/account/logout", &[]).await;
            refused.sign_in_as("other@example.org", &others).await;
            let path = path_tpl.replace("{target}", &t.to_string());
            let res = call(&mut refused, method, &path).await;
            assert_eq!(
                res.status,
                StatusCode::FORBIDDEN,
                "{method} {path} with {others:?}"
            );
            assert!(
                res.body.contains("Access denied"),
                "{method} {path}: localised 403 page"
            );
        }

        let mut allowed = TestApp::new().await;
        let t = allowed
            .sign_in_as("target@example.org", &[Role::Participant])
            .await;
        allowed.post_form("/en/account/logout", &[]).await;
        allowed
            .sign_in_as(
                "holder@example.org",
                &[role.unwrap_or(Role::Participant), Role::Participant],
            )
            .await;
        let path = path_tpl.replace("{target}", &t.to_string());
        let res = call(&mut allowed, method, &path).await;
        let ok = match (method, path.as_str()) {
            ("POST", "/en/stocktaking/moderation") => StatusCode::UNPROCESSABLE_ENTITY,
            ("POST", _) => StatusCode::SEE_OTHER,
            _ => StatusCode::OK,
        };
        assert_eq!(
            res.status, ok,
            "{method} {path} with {role:?}: {}",
            res.body
        );
    }
}

#[tokio::test]
async fn administrators_act_as_secretariat() {
    let mut app = TestApp::new().await;
    app.sign_in_as("boss@example.org", &[Role::Administrator])
        .await;
    assert_eq!(
        app.get("/en/admin/facilitators").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn an_administrator_grants_roles_and_cannot_lock_themselves_out() {
    let mut app = TestApp::new().await;
    let target = app.sign_in_as("t@example.org", &[Role::Participant]).await;
    app.post_form("/en/account/logout", &[]).await;
    let me = app
        .sign_in_as(
            "admin@example.org",
            &[Role::Administrator, Role::Participant],
        )
        .await;
    let r = app
        .post_form(
            &format!("/en/admin/users/{target}"),
            &[("role", "organiser"), ("role", "facilitator")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut c = app.db.conn().await.unwrap();
    let u = wsis_db::accounts::find_user(&mut c, target)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        u.roles,
        vec![Role::Facilitator, Role::Organiser, Role::Participant]
    );
    drop(c);
    let bad = app
        .post_form(&format!("/en/admin/users/{target}"), &[("role", "emperor")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose a role from the list"));
    let lockout = app
        .post_form(&format!("/en/admin/users/{me}"), &[("role", "participant")])
        .await;
    assert_eq!(lockout.status, StatusCode::UNPROCESSABLE_ENTITY);
    let list = app.get("/en/admin/users").await;
    assert!(list.body.contains("t@example.org") && list.body.contains("Session organiser"));
}

#[tokio::test]
async fn the_secretariat_edits_facilitators_with_field_errors() {
    let mut app = TestApp::new().await;
    app.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let bad = app
        .post_form(
            "/en/admin/facilitators",
            &[("action_line", "C99"), ("agency", ""), ("role", "boss")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for msg in [
        "Choose an Action Line from the list",
        "Enter the agency",
        "Choose a facilitator role from the list",
    ] {
        assert!(bad.body.contains(msg), "{msg}");
    }
    let ok = app
        .post_form(
            "/en/admin/facilitators",
            &[
                ("action_line", "C7.4"),
                ("agency", "UNICEF"),
                ("role", "partner"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let dup = app
        .post_form(
            "/en/admin/facilitators",
            &[
                ("action_line", "C7.4"),
                ("agency", "UNICEF"),
                ("role", "lead"),
            ],
        )
        .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        dup.body
            .contains("This agency already facilitates this line")
    );
    let public = app.get("/en/action-lines").await;
    assert!(public.body.contains("UNICEF"));
    let api = app.get("/api/v1/taxonomy/action-lines").await.json();
    let c7 = api
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["code"] == "C7")
        .unwrap();
    let health = c7["sublines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "C7.4")
        .unwrap();
    assert!(
        health["facilitators"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["agency"] == "UNICEF" && f["role"] == "partner")
    );
}
