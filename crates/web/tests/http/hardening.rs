//! Issue 10 (hardening for the open internet): each finding tried as an attacker
//! would, through the real router. Every test here failed on the code before its fix.

use crate::common::TestApp;
use axum::http::StatusCode;
use wsis_domain::account::Role;

/// Item 7: after sign-in, only same-origin paths are followed; a `next` with a tab,
/// a backslash, an encoded slash or a line break leads to the account page, and never
/// answers 500.
#[tokio::test]
async fn sign_in_follows_only_same_origin_paths() {
    let mut app = TestApp::new().await;
    app.sign_in_as("next@example.org", &[Role::Participant])
        .await;
    for (next, to) in [
        ("%2F%09%2Fevil.example%2Ffake-login", "/en/account"),
        ("%2F%5Cevil.example", "/en/account"),
        ("%2F%252F%2Fevil.example", "/en/account"),
        ("%2F%2Fevil.example", "/en/account"),
        ("https%3A%2F%2Fevil.example", "/en/account"),
        ("%2Fen%0D%0ASet-Cookie%3A%20x%3D1", "/en/account"),
        ("%2Fen%0A", "/en/account"),
        ("%2Fen%0C", "/en/account"),
        ("%2Fen%00", "/en/account"),
        ("%2Fen%7F", "/en/account"),
        ("%2Ffr%2Fforum%3Fx%3D1", "/fr/forum?x=1"),
    ] {
        let res = app.get(&format!("/en/account/login?next={next}")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{next}: {}", res.body);
        assert_eq!(res.location(), to, "{next}");
    }
    // The same through the form.
    let mut visitor = TestApp::new().await;
    visitor
        .sign_in_as("other@example.org", &[Role::Participant])
        .await;
    visitor.post_form("/en/account/logout", &[]).await;
    let res = visitor
        .post_form(
            "/en/account/login",
            &[
                ("email", "other@example.org"),
                ("password", "a long test password"),
                ("next", "/en\r\nSet-Cookie: x=1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/en/account");
}

/// A sign-in attempt with this `X-Forwarded-For`.
async fn attempt(app: &mut TestApp, email: &str, password: &str, forwarded: &str) -> StatusCode {
    let token = app.csrf().await;
    let body = serde_urlencoded::to_string([
        ("csrf", token.as_str()),
        ("email", email),
        ("password", password),
    ])
    .unwrap();
    app.request(
        axum::http::Method::POST,
        "/en/account/login",
        &[
            ("content-type", "application/x-www-form-urlencoded"),
            ("x-forwarded-for", forwarded),
        ],
        axum::body::Body::from(body),
    )
    .await
    .status
}

/// Item 8: behind one proxy, the client is the entry the proxy appended (the
/// right-most); rotating the entries the client writes bypasses nothing. Without a
/// proxy, the header is not believed at all.
#[tokio::test]
async fn forwarded_addresses_written_by_the_client_do_not_escape_the_limits() {
    let mut app = TestApp::with_config(|c| {
        c.proxy_hops = 1;
        c.rate_limits.login_per_ip = 5;
    })
    .await;
    for i in 0..5 {
        let forwarded = format!("10.0.0.{i}, 203.0.113.9");
        let status = attempt(&mut app, &format!("n{i}@example.org"), "wrong", &forwarded).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {i}");
    }
    let status = attempt(
        &mut app,
        "n9@example.org",
        "wrong",
        "10.0.0.99, 203.0.113.9",
    )
    .await;
    assert_eq!(
        status,
        StatusCode::TOO_MANY_REQUESTS,
        "the same client, other fake entries"
    );
    let status = attempt(&mut app, "n9@example.org", "wrong", "203.0.113.10").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "another client");

    // No proxy: every request is the socket's peer's, whatever the header says.
    let mut direct = TestApp::with_config(|c| c.rate_limits.login_per_ip = 3).await;
    for i in 0..3 {
        let status = attempt(
            &mut direct,
            "d@example.org",
            "wrong",
            &format!("192.0.2.{i}"),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let status = attempt(&mut direct, "d@example.org", "wrong", "192.0.2.200").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

/// Item 9: wrong passwords from one address block that address on that account, not
/// the owner signing in from elsewhere.
#[tokio::test]
async fn nobody_can_lock_an_owner_out_of_their_account() {
    let mut app = TestApp::with_config(|c| {
        c.proxy_hops = 1;
        c.rate_limits.login_per_account = 3;
    })
    .await;
    app.sign_in_as("owner@example.org", &[Role::Participant])
        .await;
    app.post_form("/en/account/logout", &[]).await;
    let mut attacker = app.twin();
    for _ in 0..3 {
        let status = attempt(&mut attacker, "owner@example.org", "guess", "198.51.100.1").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let status = attempt(&mut attacker, "owner@example.org", "guess", "198.51.100.1").await;
    assert_eq!(
        status,
        StatusCode::TOO_MANY_REQUESTS,
        "the attacker's address is stopped"
    );
    let status = attempt(
        &mut app,
        "owner@example.org",
        "a long test password",
        "198.51.100.2",
    )
    .await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the owner signs in from elsewhere"
    );
}

/// Posts the profile form with this CSRF token.
async fn save_profile(app: &mut TestApp, token: &str) -> StatusCode {
    app.post_raw(
        "/en/account",
        &[("csrf", token), ("name", "Mallory"), ("language", "en")],
    )
    .await
    .status
}

/// Item 10: a signed-in visitor's CSRF token is bound to their session: another
/// account's token, or a made-up cookie and field pair, is refused; signing in rotates it.
#[tokio::test]
async fn the_csrf_token_is_bound_to_the_session() {
    let mut alice = TestApp::new().await;
    let anonymous = alice.csrf().await;
    alice
        .sign_in_as("alice@example.org", &[Role::Participant])
        .await;
    let alices = alice.csrf().await;
    assert_ne!(alices, anonymous, "signing in rotates the token");
    let mut bob = alice.twin();
    bob.sign_in_as("bob@example.org", &[Role::Participant])
        .await;
    let bobs = bob.csrf().await;
    assert_ne!(bobs, alices);

    assert_eq!(save_profile(&mut alice, &bobs).await, StatusCode::FORBIDDEN);
    let made_up = "a".repeat(64);
    let mut forged = alice.twin();
    forged.cookies = alice.cookies.clone();
    forged
        .cookies
        .insert("wsis_csrf".to_owned(), made_up.clone());
    assert_eq!(
        save_profile(&mut forged, &made_up).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        save_profile(&mut alice, &anonymous).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        save_profile(&mut alice, &alices).await,
        StatusCode::SEE_OTHER
    );
}

/// Item 12: over https the cookies are `__Host-` and Secure, and every answer carries
/// HSTS; over plain http (a development machine) neither.
#[tokio::test]
async fn over_https_cookies_are_host_only_and_hsts_is_sent() {
    let mut app = TestApp::with_config(|c| c.public_url = "https://wsis.test".into()).await;
    let home = app.get("/en").await;
    assert_eq!(
        home.headers
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some("max-age=31536000; includeSubDomains")
    );
    let csrf = home
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.contains("wsis_csrf"))
        .expect("a CSRF cookie");
    assert!(
        csrf.starts_with("__Host-wsis_csrf=") && csrf.ends_with("; Secure"),
        "{csrf}"
    );
    app.sign_in_as("secure@example.org", &[Role::Participant])
        .await;
    assert!(app.cookies.contains_key("__Host-wsis_session"));
    assert!(!app.cookies.contains_key("wsis_session"));
    let account = app.get("/en/account").await;
    assert_eq!(
        account.status,
        StatusCode::OK,
        "signed in through the __Host- cookie"
    );

    let mut plain = TestApp::new().await;
    let home = plain.get("/en").await;
    assert!(home.headers.get("strict-transport-security").is_none());
}

/// Items 20 and 21: web apps on other origins can read the public API (CORS, no
/// credentials), not the signed-in account's; public answers carry an ETag and
/// revalidate with a 304, and never `Vary: Cookie`.
#[tokio::test]
async fn public_reads_are_cors_readable_and_revalidate() {
    let mut app = TestApp::new().await;
    let origin = ("origin", "https://data.example");
    for uri in [
        "/api/v1/taxonomy/sdgs",
        "/api/v1/taxonomy/action-lines",
        "/api/v1/openapi.json",
        "/api/v1/stocktaking/entries?q=water",
        "/api/v1/stocktaking/export/csv",
        "/api/v1/stocktaking/export/json",
    ] {
        let first = app.get_with(uri, &[origin]).await;
        assert_eq!(first.status, StatusCode::OK, "{uri}: {}", first.body);
        assert_eq!(
            first.headers.get("access-control-allow-origin").unwrap(),
            "*",
            "{uri}"
        );
        assert!(
            first
                .headers
                .get("access-control-allow-credentials")
                .is_none()
        );
        let etag = first
            .headers
            .get("etag")
            .unwrap_or_else(|| panic!("{uri}: no ETag"))
            .to_str()
            .unwrap()
            .to_owned();
        let vary = first
            .headers
            .get_all("vary")
            .iter()
            .map(|v| v.to_str().unwrap().to_lowercase())
            .collect::<Vec<_>>()
            .join(",");
        assert!(!vary.contains("cookie"), "{uri}: Vary {vary}");
        let again = app
            .get_with(uri, &[origin, ("if-none-match", etag.as_str())])
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert!(again.body.is_empty());
    }
    // A preflight for a public read is answered.
    let preflight = app
        .request(
            axum::http::Method::OPTIONS,
            "/api/v1/stocktaking/entries",
            &[
                origin,
                ("access-control-request-method", "GET"),
                ("access-control-request-headers", "if-none-match"),
            ],
            axum::body::Body::empty(),
        )
        .await;
    assert!(preflight.status.is_success(), "{}", preflight.status);
    assert_eq!(
        preflight
            .headers
            .get("access-control-allow-origin")
            .unwrap(),
        "*"
    );
    // The signed-in account is not readable from another origin.
    app.sign_in_as("cors@example.org", &[Role::Participant])
        .await;
    let me = app.get_with("/api/v1/me", &[origin]).await;
    assert_eq!(me.status, StatusCode::OK);
    assert!(me.headers.get("access-control-allow-origin").is_none());
    let preflight = app
        .request(
            axum::http::Method::OPTIONS,
            "/api/v1/me",
            &[origin, ("access-control-request-method", "PATCH")],
            axum::body::Body::empty(),
        )
        .await;
    assert!(
        preflight
            .headers
            .get("access-control-allow-origin")
            .is_none()
    );
}

/// Item 1: search filters are bounded and checked: an unknown facet is refused with a
/// message instead of being ignored (which returned everything); thousands of filters
/// are refused at once; a repeated filter counts once.
#[tokio::test]
async fn search_filters_are_bounded_and_unknown_facets_refused() {
    let mut app = TestApp::new().await;
    let unknown = app.get("/api/v1/stocktaking/entries?f=countries:KE").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.json()["fields"][0]["field"], "f");
    assert_eq!(unknown.json()["fields"][0]["key"], "search-facet-unknown");
    let page = app.get("/en/stocktaking?f=countries:KE").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body
            .contains("A filter names a facet that does not exist."),
        "{}",
        page.body
    );

    let many: Vec<String> = (0..3000).map(|i| format!("f=country:X{i}")).collect();
    let flood = app
        .get(&format!("/api/v1/stocktaking/entries?{}", many.join("&")))
        .await;
    assert_eq!(flood.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(flood.json()["fields"][0]["key"], "search-filters-too-many");
    let flood_page = app
        .get(&format!("/en/stocktaking?{}", many.join("&")))
        .await;
    assert_eq!(flood_page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        flood_page.body.len() < 100_000,
        "a short page, not one link per filter"
    );

    let repeated: Vec<&str> = (0..500).map(|_| "f=sdg:4").collect();
    let same = app
        .get(&format!(
            "/api/v1/stocktaking/entries?{}",
            repeated.join("&")
        ))
        .await;
    assert_eq!(same.status, StatusCode::OK, "{}", same.body);
    let bad = app.get("/api/v1/stocktaking/entries?f=sdg").await;
    assert_eq!(bad.json()["fields"][0]["key"], "search-filter-invalid");
}

/// Item 2: the engine's syntax never reaches it: `field:*` and friends are plain words
/// (no 500, on the page, the API and the export); a text too long is refused with a
/// message instead of silently finding nothing.
#[tokio::test]
async fn any_search_text_is_a_valid_query() {
    let mut app = TestApp::new().await;
    for q in [
        "title_en%3A*",
        "id%3A%3E5",
        "published_at%3A%5B0%20TO",
        "%2Fregex.*%2F",
        "%22unclosed",
        "-only",
    ] {
        for uri in [
            format!("/api/v1/stocktaking/entries?q={q}"),
            format!("/en/stocktaking?q={q}"),
            format!("/api/v1/stocktaking/export/json?q={q}"),
        ] {
            let res = app.get(&uri).await;
            assert_eq!(res.status, StatusCode::OK, "{uri}: {}", res.body);
        }
    }
    let long = "a".repeat(201);
    let res = app
        .get(&format!("/api/v1/stocktaking/entries?q={long}"))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["fields"][0]["key"], "search-query-too-long");
    let page = app.get(&format!("/fr/stocktaking?q={long}")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("Le texte recherché est trop long"));
}

/// Item 13: one rule for free text. Control characters are refused in every field
/// (partners and rationales too), a title is one line, a bidi override is refused in a
/// name; the translation form says what is wrong and keeps what was typed; a form
/// endpoint refuses a body that is not a form.
#[tokio::test]
async fn free_text_is_checked_by_one_rule_everywhere() {
    use crate::stocktaking::{as_secretariat, entry_form, submit, version_of};
    let mut app = TestApp::new().await;
    app.sign_in_as("owner@example.org", &[Role::Stakeholder, Role::Participant])
        .await;
    let with = |field: &'static str, value: &'static str| {
        let mut form = entry_form("Clean title", "Clean description.");
        form.retain(|(k, _)| *k != field);
        form.push((field, value));
        form
    };
    for (field, value, key_text) in [
        ("partners", "ITU\nUNI\u{0}CEF", "a NUL"),
        ("al_rationale_C2", "Infra\u{0}structure", "a NUL"),
        ("sdg_rationale_4", "Schools\u{7}", "a bell"),
        ("title", "Two\nlines", "a line break"),
        ("organisation", "Ministry \u{202E}TCI fo", "a bidi override"),
    ] {
        let res = app
            .post_form("/en/stocktaking/new", &with(field, value))
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            res.body
        );
        assert!(
            res.body
                .contains("Remove the control characters from this text"),
            "{field} {key_text}: {}",
            res.body
        );
    }
    // A name with a bidi override.
    let res = app
        .post_form(
            "/en/account",
            &[("name", "Amina \u{202E}allivoD"), ("language", "en")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A text/plain body never reaches a form handler, whatever it holds.
    let token = app.csrf().await;
    let res = app
        .request(
            axum::http::Method::POST,
            "/en/account",
            &[("content-type", "text/plain")],
            axum::body::Body::from(format!("csrf={token}&name=Mallory&language=en")),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // The translation form: the right message, and the input kept.
    let id = submit(&mut app, "Community networks", "Local networks.").await;
    as_secretariat(&mut app).await;
    let long = "T".repeat(201);
    let res = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/translations"),
            &[
                ("language", "fr"),
                ("title", long.as_str()),
                ("description", "Des réseaux locaux."),
                ("translator", "Service"),
                ("version", &version_of(&app, id).await),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body
            .contains("The title must have at most 200 characters.")
    );
    assert!(!res.body.contains("Enter a title."));
    assert!(
        res.body.contains(&format!("value=\"{long}\"")),
        "the title typed is kept"
    );
    assert!(res.body.contains(">Des réseaux locaux.</textarea>"));
}

/// Item 19: the agenda's exports are compressed once per version, in gzip and Brotli,
/// each encoding with its own ETag (different bytes, different validators).
#[tokio::test]
async fn exports_are_precompressed_with_one_etag_per_encoding() {
    let mut app = TestApp::new().await;
    crate::forum::forum(&app).await;
    let uri = "/api/v1/forums/2019/schedule.json";
    let identity = app.get(uri).await;
    let gzip = app.get_with(uri, &[("accept-encoding", "gzip")]).await;
    let br = app.get_with(uri, &[("accept-encoding", "gzip, br")]).await;
    assert!(identity.headers.get("content-encoding").is_none());
    assert_eq!(gzip.headers["content-encoding"], "gzip");
    assert_eq!(br.headers["content-encoding"], "br");
    let tag = |r: &crate::common::TestResponse| r.headers["etag"].to_str().unwrap().to_owned();
    let (plain, gz, b) = (tag(&identity), tag(&gzip), tag(&br));
    assert!(gz.ends_with("-gzip\"") && b.ends_with("-br\""), "{gz} {b}");
    assert_eq!(gz.trim_end_matches("-gzip\""), plain.trim_end_matches('"'));
    assert_ne!(gz, b);
    // A validator of one encoding does not validate another.
    let other = app
        .get_with(
            uri,
            &[("accept-encoding", "br"), ("if-none-match", gz.as_str())],
        )
        .await;
    assert_eq!(other.status, StatusCode::OK);
    let same = app
        .get_with(
            uri,
            &[("accept-encoding", "br"), ("if-none-match", b.as_str())],
        )
        .await;
    assert_eq!(same.status, StatusCode::NOT_MODIFIED);
    // A personal feed names only sessions that exist: others change nothing.
    let mine = app
        .get("/api/v1/forums/2019/schedule.ics?sessions=1,3")
        .await;
    let padded = app
        .get("/api/v1/forums/2019/schedule.ics?sessions=3,999,1,424242")
        .await;
    assert_eq!(mine.headers["etag"], padded.headers["etag"]);
}

/// Item 18: a document of a session accepted but not yet in the published agenda is not
/// public; the agenda app's offline copy keeps no private page; signing out tells the
/// browser to forget what it kept.
#[tokio::test]
async fn unpublished_documents_and_private_pages_stay_private() {
    use crate::forum_documents::upload;
    use wsis_db::forum as fdb;
    use wsis_domain::forum::SessionStatus;
    let mut app = TestApp::new().await;
    let (mut ed, _) = crate::forum::forum(&app).await;
    ed.proposals_open = true;
    fdb::update_edition(&mut app.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    app.sign_in_as("proposer@example.org", &[Role::Stakeholder])
        .await;
    let csrf = app.csrf().await;
    let r = crate::forum::post(
        &mut app,
        "/en/forum/2019/propose",
        &crate::forum::proposal_form(&csrf, "Open data for all", "maya@example.org"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut conn = app.db.conn().await.unwrap();
    let s = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Proposed))
        .await
        .unwrap()
        .remove(0);
    drop(conn);
    let r = upload(
        &mut app,
        s.id,
        "Background paper",
        "paper.pdf",
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Accepted by the secretariat, not yet published.
    let mut conn = app.db.conn().await.unwrap();
    fdb::review(&mut conn, s.id, s.version, SessionStatus::Accepted, None)
        .await
        .unwrap();
    let doc = fdb::documents_of_session(&mut conn, s.id)
        .await
        .unwrap()
        .remove(0);
    drop(conn);
    let href = format!("/en/forum/2019/documents/{}/{}", doc.id, doc.file_name);
    assert_eq!(
        app.get(&href).await.status,
        StatusCode::OK,
        "the proposer sees it"
    );
    let mut anon = app.twin();
    assert_eq!(anon.get(&href).await.status, StatusCode::NOT_FOUND);

    // Private pages are never stored; the offline app keeps only what may be.
    let account = app.get("/en/account").await;
    assert_eq!(account.headers["cache-control"], "no-store");
    let sw = app.get("/en/forum/2019/sw.js").await;
    assert!(sw.body.contains("no-store"), "{}", sw.body);
    // Signing out clears the browser's caches and storage for the site.
    let out = app.post_form("/en/account/logout", &[]).await;
    assert_eq!(out.headers["clear-site-data"], "\"cache\", \"storage\"");
}

/// Item 15: a proposal that names an existing speaker's address does not rename them
/// (confirmed: never; not confirmed: only their one proposer may correct the name), and
/// a proposal is edited while the call is open, or when the secretariat asked for
/// changes; not otherwise.
#[tokio::test]
async fn speakers_keep_their_names_and_closed_calls_refuse_edits() {
    use crate::forum::{forum, post, proposal_form};
    use wsis_db::forum as fdb;
    use wsis_domain::forum::SessionStatus;
    let mut a = TestApp::new().await;
    let (mut ed, _) = forum(&a).await;
    ed.proposals_open = true;
    fdb::update_edition(&mut a.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    let names = async |app: &TestApp| {
        let mut c = app.db.conn().await.unwrap();
        let mut out = Vec::new();
        for s in fdb::sessions(&mut c, ed.id, None).await.unwrap() {
            for sp in fdb::speakers_of_session(&mut c, s.id).await.unwrap() {
                if sp.email.ends_with("@speakers.test") {
                    out.push((sp.email, sp.name, sp.organisation));
                }
            }
        }
        out.sort();
        out.dedup();
        out
    };
    let with = |csrf: &str, title: &str, email: &str, name: &str| {
        let mut f = proposal_form(csrf, title, email);
        for (k, v) in f.iter_mut() {
            match *k {
                "speaker_name_0" => *v = name.into(),
                "speaker_organisation_0" => *v = format!("{name} Org"),
                _ => {}
            }
        }
        f
    };
    a.sign_in_as("proposer-a@example.org", &[Role::Stakeholder])
        .await;
    let csrf = a.csrf().await;
    let form = with(&csrf, "Opening ceremony", "ana@speakers.test", "Ana Ruiz");
    let r = post(&mut a, "/en/forum/2019/propose", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = with(&csrf, "Open data", "bo@speakers.test", "Bo Li");
    let r = post(&mut a, "/en/forum/2019/propose", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Ana confirms from her link.
    let mail = a
        .mails()
        .await
        .into_iter()
        .find(|m| m.to.contains("ana@speakers.test"))
        .expect("invitation");
    let link = mail.link("http://wsis.test/en/forum/speakers/confirm?token=");
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let r = a
        .post_form(
            "/en/forum/speakers/confirm",
            &[("csrf", &csrf), ("token", &token)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);

    // Another proposer names both with other names: nobody is renamed.
    let mut b = a.twin();
    b.sign_in_as("proposer-b@example.org", &[Role::Stakeholder])
        .await;
    let bcsrf = b.csrf().await;
    for (title, email) in [
        ("Mine", "ana@speakers.test"),
        ("Also mine", "bo@speakers.test"),
    ] {
        let form = with(&bcsrf, title, email, "Mallory");
        let r = post(&mut b, "/en/forum/2019/propose", &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let expected = vec![
        (
            "ana@speakers.test".to_owned(),
            "Ana Ruiz".to_owned(),
            "Ana Ruiz Org".to_owned(),
        ),
        (
            "bo@speakers.test".to_owned(),
            "Bo Li".to_owned(),
            "Bo Li Org".to_owned(),
        ),
    ];
    assert_eq!(names(&a).await, expected);

    // The speaker herself corrects her name from her link; a bad name is refused with
    // its message, and nobody else's link renames her.
    let page = a.get(&link.replace("http://wsis.test", "")).await;
    assert!(page.body.contains("name=\"organisation\""), "{}", page.body);
    let r = a
        .post_form(
            "/en/forum/speakers/name",
            &[
                ("csrf", &csrf),
                ("token", &token),
                ("name", " "),
                ("organisation", "X"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("Give the name of each speaker."),
        "{}",
        r.body
    );
    let r = a
        .post_form(
            "/en/forum/speakers/name",
            &[
                ("csrf", &csrf),
                ("token", &token),
                ("name", "Ana María Ruiz"),
                ("organisation", "UNESCO"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = a
        .post_form(
            "/en/forum/speakers/name",
            &[
                ("csrf", &csrf),
                ("token", "forged"),
                ("name", "X"),
                ("organisation", "Y"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let expected = vec![
        (
            "ana@speakers.test".to_owned(),
            "Ana María Ruiz".to_owned(),
            "UNESCO".to_owned(),
        ),
        expected[1].clone(),
    ];
    assert_eq!(names(&a).await, expected);

    // Renaming a confirmed speaker in one's own proposal changes nothing either.
    let mut c = a.db.conn().await.unwrap();
    let own = fdb::sessions(&mut c, ed.id, Some(SessionStatus::Proposed))
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.data.title == "Opening ceremony")
        .unwrap();
    drop(c);
    let mut form = with(&csrf, "Opening ceremony", "ana@speakers.test", "Ana R.");
    form.retain(|(k, _)| *k != "version");
    form.push(("version", own.version.to_string()));
    let uri = format!("/en/forum/proposals/{}/edit", own.id);
    let r = post(&mut a, &uri, &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(names(&a).await, expected);
    // The one proposer of a speaker who has not confirmed may correct the name.
    let form = with(&csrf, "Skills", "cy@speakers.test", "Cy Doe");
    post(&mut a, "/en/forum/2019/propose", &form).await;
    let form = with(&csrf, "Skills II", "cy@speakers.test", "Cyril Doe");
    post(&mut a, "/en/forum/2019/propose", &form).await;
    assert!(names(&a).await.contains(&(
        "cy@speakers.test".to_owned(),
        "Cyril Doe".to_owned(),
        "Cyril Doe Org".to_owned()
    )));

    // The call closes: the proposal waits for the secretariat and is not edited.
    ed.proposals_open = false;
    fdb::update_edition(&mut a.db.conn().await.unwrap(), &ed)
        .await
        .unwrap();
    let own = fdb::session(&mut a.db.conn().await.unwrap(), own.id)
        .await
        .unwrap()
        .unwrap();
    let mut form = with(
        &csrf,
        "Opening ceremony, changed",
        "ana@speakers.test",
        "Ana Ruiz",
    );
    form.retain(|(k, _)| *k != "version");
    form.push(("version", own.version.to_string()));
    let r = post(&mut a, &uri, &form).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(r.body.contains("The call for sessions is closed."));
    assert_eq!(a.get(&uri).await.status, StatusCode::CONFLICT);
    // Unless the secretariat asks for changes.
    fdb::review(
        &mut a.db.conn().await.unwrap(),
        own.id,
        own.version,
        SessionStatus::ChangesRequested,
        Some("Add a government speaker."),
    )
    .await
    .unwrap();
    let own = fdb::session(&mut a.db.conn().await.unwrap(), own.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.get(&uri).await.status, StatusCode::OK);
    form.retain(|(k, _)| *k != "version");
    form.push(("version", own.version.to_string()));
    let r = post(&mut a, &uri, &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let own = fdb::session(&mut a.db.conn().await.unwrap(), own.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(own.data.title, "Opening ceremony, changed");
}

/// Item 14: the secretariat says which e-mail domains prove an accredited category;
/// a bad line is refused with its message and what was typed stays.
#[tokio::test]
async fn the_secretariat_accredits_categories_by_e_mail_domain() {
    use crate::forum::forum;
    let mut app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    app.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let page = app.get("/fr/forum/2019/manage/edition").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("name=\"member_state\""));
    let csrf = app.csrf().await;
    let r = app
        .post_form(
            "/fr/forum/2019/manage/accreditation",
            &[
                ("csrf", &csrf),
                ("member_state", "gov.ke\nnot a domain"),
                ("un_agency", "un.org"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("Saisissez uniquement des noms de domaine"));
    assert!(r.body.contains("gov.ke\nnot a domain"));
    let stored = async |app: &TestApp| {
        wsis_db::registrations::accredited_domains(&mut app.db.conn().await.unwrap(), ed.id)
            .await
            .unwrap()
    };
    assert!(stored(&app).await.is_empty(), "nothing saved");
    let r = app
        .post_form(
            "/fr/forum/2019/manage/accreditation",
            &[
                ("csrf", &csrf),
                ("member_state", "Gov.KE\n\n@admin.ch"),
                ("un_agency", "un.org"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        stored(&app).await,
        vec![
            ("member-state".to_owned(), "admin.ch".to_owned()),
            ("member-state".to_owned(), "gov.ke".to_owned()),
            ("un-agency".to_owned(), "un.org".to_owned()),
        ]
    );
    let page = app.get("/fr/forum/2019/manage/edition").await;
    assert!(page.body.contains("admin.ch\ngov.ke"), "{}", page.body);
}

/// Item 3: the anonymous export is served per version of the published entries: a
/// re-user polling with the ETag gets 304 until an entry is published, then the new
/// body, streamed (chunked, no length known in advance), with every entry once.
#[tokio::test]
async fn the_export_is_streamed_and_revalidates_per_version_of_the_entries() {
    use crate::stocktaking::{as_secretariat, publish, submit};
    let mut app = TestApp::new().await;
    let first_id = submit(&mut app, "Rural libraries", "Books online.").await;
    as_secretariat(&mut app).await;
    publish(&mut app, first_id).await;
    let mut anon = app.twin();
    let uri = "/api/v1/stocktaking/export/jsonl";
    let first = anon.get(uri).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.headers.get("content-length").is_none(), "streamed");
    assert_eq!(first.body.lines().count(), 1);
    let etag = first.headers["etag"].to_str().unwrap().to_owned();
    let again = anon
        .get_with(uri, &[("if-none-match", etag.as_str())])
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert_eq!(again.headers["etag"].to_str().unwrap(), etag);
    // Another format, another query: another ETag.
    let csv = anon.get("/api/v1/stocktaking/export/csv").await;
    assert_ne!(csv.headers["etag"].to_str().unwrap(), etag);
    // A new entry is published: the old ETag no longer matches.
    let mut owner = app.twin();
    let second_id = submit(&mut owner, "Clinics online", "Health online.").await;
    publish(&mut app, second_id).await;
    let changed = anon
        .get_with(uri, &[("if-none-match", etag.as_str())])
        .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_ne!(changed.headers["etag"].to_str().unwrap(), etag);
    let ids: Vec<i64> = changed
        .body
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&first_id) && ids.contains(&second_id));
    let json = anon.get("/api/v1/stocktaking/export/json").await;
    let all: Vec<serde_json::Value> = serde_json::from_str(&json.body).expect("one JSON array");
    assert_eq!(all.len(), 2);
    assert!(
        all.iter()
            .all(|e| e["uid"].as_str().is_some_and(|u| u.len() == 32))
    );
}
