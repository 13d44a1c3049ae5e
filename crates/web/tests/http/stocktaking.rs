//! The stocktaking workflow end to end through the real router: submit,
//! moderate, search, edit under review, stale edits, exports.

use crate::common;

use axum::http::StatusCode;
use common::TestApp;
use wsis_domain::account::Role;

pub(crate) fn entry_form<'a>(title: &'a str, description: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("description", description),
        ("language", "en"),
        ("activity_type", "project"),
        ("status", "ongoing"),
        ("start_date", "2018-01-15"),
        ("end_date", "2020-12-31"),
        ("website", "https://example.org/x"),
        ("contact", "info@example.org"),
        ("organisation", "Ministry of ICT"),
        ("stakeholder_type", "government"),
        ("partners", "ITU\nUNICEF"),
        ("coverage", "national"),
        ("countries", "KE"),
        ("countries", "UG"),
        ("al", "C2"),
        ("al_rationale_C2", "Infrastructure"),
        ("al", "C7.3"),
        ("sdg", "4"),
        ("sdg_targets_4", "4.a"),
        ("sdg_rationale_4", "Schools"),
        ("languages", "en"),
        ("action", "submit"),
    ]
}

/// Signs in as a stakeholder, submits an entry, returns its id.
pub(crate) async fn submit(app: &mut TestApp, title: &str, description: &str) -> i64 {
    app.sign_in_as("owner@example.org", &[Role::Stakeholder, Role::Participant])
        .await;
    let r = app
        .post_form("/en/stocktaking/new", &entry_form(title, description))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

pub(crate) async fn as_secretariat(app: &mut TestApp) {
    app.post_form("/en/account/logout", &[]).await;
    app.sign_in_as("sec@example.org", &[Role::Secretariat, Role::Participant])
        .await;
}

pub(crate) async fn version_of(app: &TestApp, id: i64) -> String {
    let mut c = app.db.conn().await.unwrap();
    wsis_db::stocktaking::get_entry(&mut c, id)
        .await
        .unwrap()
        .unwrap()
        .version
        .to_string()
}

/// The review form's hidden fields as the entry page shows them to the secretariat:
/// (version, waiting images).
pub(crate) async fn review_form(app: &mut TestApp, id: i64) -> (String, String) {
    let page = app.get(&format!("/en/stocktaking/entries/{id}")).await;
    let field = |name: &str| {
        let marker = format!("name=\"{name}\" value=\"");
        let at = page.body.find(&marker).expect("the review form") + marker.len();
        page.body[at..].split('"').next().unwrap().to_owned()
    };
    (field("version"), field("images"))
}

/// Publishes the entry as the signed-in secretariat, from its page.
pub(crate) async fn publish(app: &mut TestApp, id: i64) {
    let (v, images) = review_form(app, id).await;
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/review"),
            &[("action", "publish"), ("version", &v), ("images", &images)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

#[tokio::test]
async fn an_entry_is_submitted_moderated_published_and_found() {
    let mut app = TestApp::new().await;
    let id = submit(
        &mut app,
        "Rural broadband for schools",
        "Connecting **rural** schools to the Internet.",
    )
    .await;
    let own = app.get(&format!("/en/stocktaking/entries/{id}")).await;
    assert_eq!(own.status, StatusCode::OK);
    assert!(own.body.contains("Awaiting review"));
    assert!(
        app.mails()
            .await
            .iter()
            .any(|m| m.body.contains("We have received your entry"))
    );

    // Not public yet.
    let mut public = TestApp::new().await;
    public.db = app.db.clone();
    public.router = app.router.clone();
    assert_eq!(
        public
            .get(&format!("/en/stocktaking/entries/{id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let found = public
        .get("/api/v1/stocktaking/entries?q=broadband")
        .await
        .json();
    assert_eq!(found["total"], 0);

    as_secretariat(&mut app).await;
    let queue = app.get("/en/stocktaking/moderation").await;
    assert!(queue.body.contains("Rural broadband for schools"));
    let no_comment = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/review"),
            &[
                ("action", "return"),
                ("comment", ""),
                ("version", &version_of(&app, id).await),
            ],
        )
        .await;
    assert_eq!(no_comment.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_comment.body.contains("Give a comment"));
    let v = version_of(&app, id).await;
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/review"),
            &[("action", "publish"), ("comment", ""), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        app.mails()
            .await
            .iter()
            .any(|m| m.body.contains("is now published"))
    );

    // Public, and found at once, in search and facets, by a stemmed word.
    let page = public.get(&format!("/fr/stocktaking/entries/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<strong>rural</strong>"));
    let r = public
        .get("/api/v1/stocktaking/entries?q=school&f=country:KE&f=sdg:4")
        .await
        .json();
    assert_eq!(r["total"], 1, "{r}");
    assert_eq!(r["hits"][0]["id"], id);
    let sdg = r["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["facet"] == "sdg")
        .unwrap();
    assert!(
        sdg["values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["value"] == "4" && v["count"] == 1)
    );
    let html = public.get("/en/stocktaking?q=broadband").await;
    assert!(
        html.body.contains("<b>broadband</b>") || html.body.contains("<b>Broadband</b>"),
        "highlighted"
    );
    let wrong_filter = public
        .get("/api/v1/stocktaking/entries?f=country:FR")
        .await
        .json();
    assert_eq!(wrong_filter["total"], 0);
}

#[tokio::test]
async fn an_edit_of_a_published_entry_waits_for_review_while_the_old_version_stays_public() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Original title", "Text.").await;
    as_secretariat(&mut app).await;
    let v = version_of(&app, id).await;
    app.post_form(
        &format!("/en/stocktaking/entries/{id}/review"),
        &[("action", "publish"), ("version", &v)],
    )
    .await;
    app.post_form("/en/account/logout", &[]).await;
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let v = version_of(&app, id).await;
    let mut form = entry_form("Improved title", "Text.");
    form.push(("version", &v));
    let r = app
        .post_form(&format!("/en/stocktaking/entries/{id}/edit"), &form)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // The same version again: a stale edit is detected, the input is kept.
    let stale = app
        .post_form(&format!("/en/stocktaking/entries/{id}/edit"), &form)
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("Someone else changed this entry"));
    assert!(stale.body.contains("value=\"Improved title\""));

    let api = app
        .get(&format!("/api/v1/stocktaking/entries/{id}"))
        .await
        .json();
    assert_eq!(
        api["data"]["title"], "Original title",
        "the public still sees the published version"
    );
    let r = app
        .get("/api/v1/stocktaking/entries?q=improved")
        .await
        .json();
    assert_eq!(r["total"], 0);

    as_secretariat(&mut app).await;
    let v = version_of(&app, id).await;
    app.post_form(
        &format!("/en/stocktaking/entries/{id}/review"),
        &[("action", "publish"), ("version", &v)],
    )
    .await;
    let api = app
        .get(&format!("/api/v1/stocktaking/entries/{id}"))
        .await
        .json();
    assert_eq!(api["data"]["title"], "Improved title");
    assert_eq!(
        app.get("/api/v1/stocktaking/entries?q=improved")
            .await
            .json()["total"],
        1
    );
    assert_eq!(
        app.get("/api/v1/stocktaking/entries?q=original")
            .await
            .json()["total"],
        0
    );
}

#[tokio::test]
async fn bad_entries_get_field_errors_and_nothing_is_written() {
    let mut app = TestApp::new().await;
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let r = app
        .post_form(
            "/es/stocktaking/new",
            &[
                ("title", ""),
                ("coverage", "national"),
                ("al", "C7"),
                ("sdg", "4"),
                ("sdg_targets_4", "9.1"),
                ("website", "javascript:alert(1)"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("lang=\"es\""));
    for id in [
        "#f-title",
        "#f-countries",
        "#f-action_lines",
        "#f-sdgs",
        "#f-website",
    ] {
        assert!(
            r.body.contains(&format!("href=\"{id}\"")),
            "{id} in the summary"
        );
    }
    let mut c = app.db.conn().await.unwrap();
    assert!(
        wsis_db::stocktaking::entries_of_owner(&mut c, 1)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn script_in_a_description_is_inert() {
    let mut app = TestApp::new().await;
    let id = submit(
        &mut app,
        "<script>alert(1)</script> title",
        "Hi <script>alert(2)</script><img src=x onerror=alert(3)>",
    )
    .await;
    let page = app.get(&format!("/en/stocktaking/entries/{id}")).await.body;
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("onerror"));
}

#[tokio::test]
async fn bulk_moderation_applies_to_each_and_reports_refusals() {
    let mut app = TestApp::new().await;
    let a = submit(&mut app, "Entry A", "x").await;
    let b = submit(&mut app, "Entry B", "x").await;
    as_secretariat(&mut app).await;
    let (a, b) = (a.to_string(), b.to_string());
    let r = app
        .post_form(
            "/en/stocktaking/moderation",
            &[
                ("id", &a),
                ("id", &b),
                ("action", "publish"),
                ("comment", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Publishing again is refused per entry and listed.
    let again = app
        .post_form(
            "/en/stocktaking/moderation",
            &[("id", &a), ("action", "publish")],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains(&format!("#{a}")));
    assert_eq!(
        app.get("/api/v1/stocktaking/entries").await.json()["total"],
        2
    );
}

#[tokio::test]
async fn published_entries_export_as_csv_json_and_json_lines() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Exported entry", "Body, with a comma").await;
    // Issue 10, item 23: a cell a spreadsheet would run as a formula.
    let formula = submit(
        &mut app,
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    )
    .await;
    as_secretariat(&mut app).await;
    for id in [id, formula] {
        let v = version_of(&app, id).await;
        app.post_form(
            &format!("/en/stocktaking/entries/{id}/review"),
            &[("action", "publish"), ("version", &v)],
        )
        .await;
    }
    let csv = app.get("/api/v1/stocktaking/export/csv?f=country:KE").await;
    assert_eq!(
        csv.headers.get("content-type").unwrap(),
        "text/csv; charset=utf-8"
    );
    // A byte-order mark (Excel reads UTF-8), CRLF line ends, quoted cells.
    assert!(
        csv.body
            .starts_with("\u{feff}\"id\",\"uid\",\"call\",\"title\",\"description\"")
    );
    assert!(csv.body.contains("\"\r\n\""), "CRLF between records");
    assert!(csv.body.contains("\"Body, with a comma\""));
    assert!(
        csv.body
            .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")
    );
    assert!(csv.body.contains("\"'@SUM(1+1)*cmd|' /C calc'!A0\""));
    assert!(!csv.body.contains(",\"=HYPERLINK") && !csv.body.contains(",\"@SUM"));
    let json = app.get("/api/v1/stocktaking/export/json").await.json();
    let titles: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["data"]["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Exported entry"), "{titles:?}");
    let jsonl = app.get("/api/v1/stocktaking/export/jsonl").await.body;
    assert_eq!(jsonl.lines().count(), 2);
    assert_eq!(
        app.get("/api/v1/stocktaking/export/csv?f=country:FR")
            .await
            .body
            .lines()
            .count(),
        1,
        "only the header"
    );
    assert_eq!(
        app.get("/api/v1/stocktaking/export/xml").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn entry_routes_are_for_their_owner_and_the_secretariat() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Owned", "x").await;
    app.post_form("/en/account/logout", &[]).await;
    let edit = format!("/en/stocktaking/entries/{id}/edit");
    let review = format!("/en/stocktaking/entries/{id}/review");
    // Anonymous: sent to sign in.
    assert!(
        app.get(&edit)
            .await
            .location()
            .starts_with("/en/account/login")
    );
    // Another stakeholder: refused.
    app.sign_in_as("other@example.org", &[Role::Stakeholder])
        .await;
    assert_eq!(app.get(&edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.post_form(&review, &[("action", "publish"), ("version", "1")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    app.post_form("/en/account/logout", &[]).await;
    // The owner may edit, not review.
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    assert_eq!(app.get(&edit).await.status, StatusCode::OK);
    assert_eq!(
        app.post_form(&review, &[("action", "publish"), ("version", "1")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // The secretariat may review.
    as_secretariat(&mut app).await;
    let v = version_of(&app, id).await;
    assert_eq!(
        app.post_form(&review, &[("action", "publish"), ("version", &v)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_secretariat_opens_calls_and_submissions_in_the_window_belong_to_it() {
    let mut app = TestApp::new().await;
    app.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let bad = app
        .post_form(
            "/en/stocktaking/calls",
            &[
                ("year", "1999"),
                ("title", ""),
                ("opens", "2026-13-01"),
                ("closes", ""),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter a year between 2004 and 2100"));
    let ok = app
        .post_form(
            "/en/stocktaking/calls",
            &[
                ("year", "2026"),
                ("title", "WSIS Stocktaking 2026"),
                ("opens", "2026-01-01"),
                ("closes", "2099-12-31"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let dup = app
        .post_form(
            "/en/stocktaking/calls",
            &[
                ("year", "2026"),
                ("title", "Again"),
                ("opens", "2026-01-01"),
                ("closes", "2026-12-31"),
            ],
        )
        .await;
    assert!(dup.body.contains("There is already a call for this year"));
    // Windows may not overlap: an entry would not know its call.
    let call_2027 = [
        ("year", "2027"),
        ("title", "WSIS Stocktaking 2027"),
        ("opens", "2099-01-01"),
        ("closes", "2099-12-31"),
    ];
    let overlap = app.post_form("/en/stocktaking/calls", &call_2027).await;
    assert_eq!(overlap.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(overlap.body.contains("overlaps another call"));
    let calls = {
        let mut c = app.db.conn().await.unwrap();
        wsis_db::stocktaking::list_calls(&mut c).await.unwrap()
    };
    assert_eq!(calls.len(), 1, "nothing written");
    let page_url = format!("/en/stocktaking/calls/{}", calls[0].id);
    let page = app.get(&page_url).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("value=\"2099-12-31\""),
        "the window's last day"
    );
    // Shortened, the 2026 call leaves room for the next one.
    let r = app
        .post_form(
            &page_url,
            &[
                ("title", "WSIS Stocktaking 2026"),
                ("opens", "2026-01-01"),
                ("closes", "2098-12-31"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app.post_form("/en/stocktaking/calls", &call_2027).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app
        .post_form(
            &page_url,
            &[
                ("title", "WSIS Stocktaking 2026"),
                ("opens", "2026-01-01"),
                ("closes", "2099-06-30"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("overlaps another call"));

    // Others neither see nor change calls.
    let mut other = app.twin();
    other
        .sign_in_as("someone@example.org", &[Role::Stakeholder])
        .await;
    assert_eq!(other.get(&page_url).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        other
            .post_form(&format!("{page_url}/close"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    app.post_form("/en/account/logout", &[]).await;
    let id = submit(&mut app, "In the call", "x").await;
    let mut c = app.db.conn().await.unwrap();
    assert_eq!(
        wsis_db::stocktaking::get_entry(&mut c, id)
            .await
            .unwrap()
            .unwrap()
            .call_year,
        Some(2026)
    );
    drop(c);

    // Closed now: what is submitted from now on belongs to no call.
    as_secretariat(&mut app).await;
    let r = app.post_form(&format!("{page_url}/close"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = app.post_form(&format!("{page_url}/close"), &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let id = submit(&mut app, "After the call", "x").await;
    let mut c = app.db.conn().await.unwrap();
    assert_eq!(
        wsis_db::stocktaking::get_entry(&mut c, id)
            .await
            .unwrap()
            .unwrap()
            .call_year,
        None
    );
}

fn multipart(csrf: &str, file_name: &str, content: &str, dry_run: bool) -> (String, String) {
    let b = "XWSISBOUNDARYX";
    let mut body =
        format!("--{b}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n");
    if dry_run {
        body.push_str(&format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"dry_run\"\r\n\r\n1\r\n"
        ));
    }
    body.push_str(&format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n{content}\r\n--{b}--\r\n"
    ));
    (format!("multipart/form-data; boundary={b}"), body)
}

async fn upload(app: &mut TestApp, content: &str, dry_run: bool) -> common::TestResponse {
    let csrf = app.csrf().await;
    let (ct, body) = multipart(&csrf, "entries.csv", content, dry_run);
    app.request(
        axum::http::Method::POST,
        "/en/stocktaking/import",
        &[("content-type", ct.as_str())],
        axum::body::Body::from(body),
    )
    .await
}

const CSV_HEADER: &str = "title,description,language,activity_type,organisation,stakeholder_type,coverage,countries,action_lines,sdgs,targets,status";

#[tokio::test]
async fn the_secretariat_imports_a_checked_file_and_a_bad_file_writes_nothing() {
    let mut app = TestApp::new().await;
    let good = format!(
        "{CSV_HEADER}\nImported telecentres,Text,fr,project,Ministère,government,national,SN,C2,9,9.c,completed\nSecond one,Text,en,training,NGO,civil_society,international,,C4,4,,ongoing\n"
    );
    let bad = format!(
        "{CSV_HEADER}\nFine,Text,en,project,M,government,international,,C1,1,,planned\nBroken,Text,en,party,M,government,national,ZZ,C1,1,,planned\n"
    );

    // Anonymous and non-secretariat requests are refused.
    assert!(
        upload(&mut app, &good, true)
            .await
            .location()
            .starts_with("/en/account/login")
    );
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    assert_eq!(
        upload(&mut app, &good, true).await.status,
        StatusCode::FORBIDDEN
    );
    as_secretariat(&mut app).await;
    assert_eq!(
        app.get("/en/stocktaking/import").await.status,
        StatusCode::OK
    );

    let dry = upload(&mut app, &good, true).await;
    assert_eq!(dry.status, StatusCode::OK, "{}", dry.body);
    assert!(dry.body.contains("The file is valid"));
    assert_eq!(
        app.get("/api/v1/stocktaking/entries").await.json()["total"],
        0,
        "a dry run writes nothing"
    );

    let refused = upload(&mut app, &bad, false).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("Row 2, activity_type")
            || refused
                .body
                .contains("Row \u{2068}2\u{2069}, \u{2068}activity_type\u{2069}"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Row 2, countries") || refused.body.contains("countries"));
    assert_eq!(
        app.get("/api/v1/stocktaking/entries").await.json()["total"],
        0,
        "nothing of a bad file is written"
    );

    let not_utf8 = {
        let csrf = app.csrf().await;
        let (ct, mut body) = multipart(&csrf, "x.csv", "PLACEHOLDER", false);
        body = body.replace("PLACEHOLDER", "");
        let mut bytes = body.into_bytes();
        let at = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let at = bytes[at + 4..]
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap()
            + at
            + 8;
        bytes.splice(at..at, [0xff, 0xfe, b'a']);
        app.request(
            axum::http::Method::POST,
            "/en/stocktaking/import",
            &[("content-type", ct.as_str())],
            axum::body::Body::from(bytes),
        )
        .await
    };
    assert_eq!(not_utf8.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(not_utf8.body.contains("not UTF-8"));

    let done = upload(&mut app, &good, false).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("entries imported and published"));
    let found = app
        .get("/api/v1/stocktaking/entries?q=telecentres")
        .await
        .json();
    assert_eq!(found["total"], 1);
    assert_eq!(
        app.get("/api/v1/stocktaking/entries").await.json()["total"],
        2
    );
}

#[tokio::test]
async fn translations_are_added_with_their_translator_and_shown_in_their_language() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Community networks", "Local networks.").await;
    as_secretariat(&mut app).await;
    let v = version_of(&app, id).await;
    app.post_form(
        &format!("/en/stocktaking/entries/{id}/review"),
        &[("action", "publish"), ("version", &v)],
    )
    .await;

    let url = format!("/en/stocktaking/entries/{id}/translations");
    let bad = app
        .post_form(
            &url,
            &[
                ("language", "xx"),
                ("title", ""),
                ("description", ""),
                ("translator", ""),
                ("version", &version_of(&app, id).await),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter a title."));

    // The secretariat's translation of a published entry is public at once.
    let v = version_of(&app, id).await;
    let ok = app
        .post_form(
            &url,
            &[
                ("language", "fr"),
                ("title", "Réseaux communautaires"),
                ("description", "Des réseaux locaux."),
                ("translator", "Service de traduction"),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    app.post_form("/en/account/logout", &[]).await;
    let fr = app.get(&format!("/fr/stocktaking/entries/{id}")).await.body;
    assert!(fr.contains("Réseaux communautaires") && fr.contains("Service de traduction"));
    assert!(fr.contains("lang=\"fr\""));
    let en = app.get(&format!("/en/stocktaking/entries/{id}")).await.body;
    assert!(en.contains("Community networks"));
    assert_eq!(
        app.get("/api/v1/stocktaking/entries?q=communautaires")
            .await
            .json()["total"],
        1,
        "found in French"
    );

    // The owner's translation is an edit: it waits for review.
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let v = version_of(&app, id).await;
    app.post_form(
        &url,
        &[
            ("language", "es"),
            ("title", "Redes comunitarias"),
            ("description", "Redes locales."),
            ("translator", "Owner"),
            ("version", &v),
        ],
    )
    .await;
    let mut c = app.db.conn().await.unwrap();
    let e = wsis_db::stocktaking::get_entry(&mut c, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(e.status, wsis_domain::stocktaking::EntryStatus::Submitted);
    assert_eq!(
        e.published.unwrap().translations.len(),
        1,
        "the public version has only the French one"
    );
    let revisions = wsis_db::stocktaking::revisions(&mut c, id).await.unwrap();
    assert_eq!(revisions.len(), 3);
    drop(c);
    let page = app.get(&format!("/en/stocktaking/entries/{id}")).await.body;
    assert!(page.contains("Versions"), "the owner sees every version");
    let received = app
        .mails()
        .await
        .iter()
        .filter(|m| m.body.contains("We have received your entry"))
        .count();
    assert_eq!(
        received, 2,
        "submitted, then back to review with the translation"
    );

    // Editing the original text keeps the translations.
    let v = version_of(&app, id).await;
    let mut form = entry_form(
        "Community networks in towns",
        "Local networks, now in towns.",
    );
    form.push(("version", &v));
    let r = app
        .post_form(&format!("/en/stocktaking/entries/{id}/edit"), &form)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut c = app.db.conn().await.unwrap();
    let e = wsis_db::stocktaking::get_entry(&mut c, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(e.current.title, "Community networks in towns");
    let mut kept: Vec<&str> = e
        .current
        .translations
        .iter()
        .map(|t| t.language.code())
        .collect();
    kept.sort_unstable();
    assert_eq!(kept, vec!["es", "fr"], "translations survive an edit");
}

#[tokio::test]
async fn the_secretariat_downloads_the_report_and_success_stories() {
    let mut app = TestApp::new().await;
    {
        let mut c = app.db.conn().await.unwrap();
        wsis_db::stocktaking::create_call(&mut c, 2019, "WSIS Stocktaking 2019", 0, i64::MAX / 2)
            .await
            .unwrap();
    }
    let id = submit(&mut app, "Reported entry #1 [x] *y*", "Body").await;
    as_secretariat(&mut app).await;
    let v = version_of(&app, id).await;
    app.post_form(
        &format!("/en/stocktaking/entries/{id}/review"),
        &[("action", "publish"), ("version", &v)],
    )
    .await;
    assert_eq!(
        app.get("/en/stocktaking/reports").await.status,
        StatusCode::OK
    );
    let html = app
        .get("/fr/stocktaking/reports/stocktaking?call=2019&format=html&language=ar")
        .await;
    assert_eq!(html.status, StatusCode::OK);
    assert!(
        html.body.contains("dir=\"rtl\""),
        "the report's language, not the page's"
    );
    assert!(html.body.contains("Reported entry #1 [x] *y*"));
    let pdf = app
        .get("/en/stocktaking/reports/stocktaking?call=2019&format=pdf&language=zh")
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.headers.get("content-type").unwrap(), "application/pdf");
    assert!(pdf.body.starts_with("%PDF"));
    let stories = app
        .get(&format!(
            "/en/stocktaking/reports/success-stories?ids={id}&call=2019&language=en"
        ))
        .await;
    assert_eq!(stories.status, StatusCode::OK);
    assert!(stories.body.starts_with("%PDF"));
    assert_eq!(
        app.get("/en/stocktaking/reports/success-stories?ids=99999")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/en/stocktaking/reports/success-stories?ids=")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn an_import_lists_the_problems_of_every_row_and_of_every_json_entry() {
    let mut app = TestApp::new().await;
    as_secretariat(&mut app).await;
    // A record with too few fields in row 2 does not hide the bad code in row 3.
    let csv = format!(
        "{CSV_HEADER}\nFine,Text,en,project,M,government,international,,C1,1,,planned\nShort,Text,en\nBroken,Text,en,party,M,government,international,,C1,1,,planned\n"
    );
    let refused = upload(&mut app, &csv, false).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = refused.body.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        body.contains("Row 2, columns: This row does not have as many fields"),
        "{body}"
    );
    assert!(body.contains("Row 3, activity_type"), "{body}");

    // Two bad JSON entries: the problems of both, by field.
    let entry = |over: serde_json::Value| {
        let mut data = serde_json::json!({
            "title": "Broadband", "description": "Text", "activity_type": "project",
            "organisation": "Ministry", "stakeholder_type": "government", "partners": [],
            "coverage": "national", "countries": ["KE"], "regions": [],
            "action_lines": [{"code": "C2", "rationale": ""}],
            "sdgs": [{"goal": 4, "targets": [], "rationale": ""}],
            "start_date": null, "end_date": null, "status": "ongoing", "website": null,
            "contact": null, "languages": [], "language": "en", "translations": []
        });
        for (k, v) in over.as_object().unwrap() {
            data[k] = v.clone();
        }
        serde_json::json!({ "id": 1, "data": data })
    };
    let json = serde_json::json!([
        entry(serde_json::json!({})),
        entry(serde_json::json!({"activity_type": "party", "title": ["x"]})),
        entry(serde_json::json!({"countries": ["ZZ"], "language": "xx"})),
    ])
    .to_string();
    let refused = upload(&mut app, &json, false).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = refused.body.replace(['\u{2068}', '\u{2069}'], "");
    for want in [
        "Row 2, title: This value must be text.",
        "Row 2, activity_type",
        "Row 3, countries",
        "Row 3, language",
    ] {
        assert!(body.contains(want), "{want}: {body}");
    }
    assert!(!body.contains("Row 1,"), "{body}");
    assert_eq!(
        app.get("/api/v1/stocktaking/entries").await.json()["total"],
        0,
        "nothing of a bad file is written"
    );
    let mut c = app.db.conn().await.unwrap();
    for id in 1..=3 {
        assert!(
            wsis_db::stocktaking::get_entry(&mut c, id)
                .await
                .unwrap()
                .is_none(),
            "not even a draft"
        );
    }
}

/// Issue 11, item 11: an entry's dates read in the page's language (no raw ISO dates),
/// and a session's day and time are joined as each language joins them.
#[tokio::test]
async fn entry_dates_and_session_times_read_in_each_language() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Digital literacy in Kenya", "A").await;
    as_secretariat(&mut app).await;
    publish(&mut app, id).await;
    for (lang, dates) in [
        ("en", "15 January 2018 – 31 December 2020"),
        ("fr", "15 janvier 2018 – 31 décembre 2020"),
        ("zh", "2018年1月15日 – 2020年12月31日"),
    ] {
        let body = app
            .get(&format!("/{lang}/stocktaking/entries/{id}"))
            .await
            .body;
        assert!(body.contains(dates), "{lang}");
        assert!(!body.contains("2018-01-15"), "{lang}");
    }
    crate::forum::forum(&app).await;
    let en = crate::forum::plain(&app.get("/en/forum/2019/sessions/1").await.body);
    assert!(en.contains("8 April 2019, \u{2066}09:00–10:30"), "{en}");
    let zh = crate::forum::plain(&app.get("/zh/forum/2019/sessions/1").await.body);
    assert!(zh.contains("2019年4月8日 \u{2066}09:00–10:30"), "{zh}");
    let ar = crate::forum::plain(&app.get("/ar/forum/2019/sessions/1").await.body);
    assert!(ar.contains("، \u{2066}09:00–10:30"), "{ar}");
    // The session's own text (written in the edition's language, English) is marked as
    // such on an Arabic page; the accessibility list is joined with the Arabic comma.
    assert!(ar.contains("<h1 lang=\"en\" dir=\"ltr\">Digital skills for all</h1>"));
    let t = |k: &str| wsis_i18n::I18N.tr(wsis_domain::Language::Ar, k);
    let both = format!(
        "{}، {}",
        t("forum-access-captioning"),
        t("forum-access-remote")
    );
    assert!(ar.contains(&both), "{both} in {ar}");
}

/// Issue 11, item 14 (and WCAG 3.1.2): a search hit in another language than the page's
/// carries its own `lang` and `dir`, so that its ellipsis and full stop sit at its end.
#[tokio::test]
async fn foreign_language_hits_are_marked_with_their_language() {
    let mut app = TestApp::new().await;
    let id = submit(
        &mut app,
        "Digital literacy in Kenya",
        "Schools in rural Kenya learn online.",
    )
    .await;
    as_secretariat(&mut app).await;
    publish(&mut app, id).await;
    let ar = app.get("/ar/stocktaking?q=literacy").await.body;
    assert!(
        ar.contains(&format!(
            "href=\"/ar/stocktaking/entries/{id}\" lang=\"en\" dir=\"ltr\">"
        )),
        "{ar}"
    );
    assert!(ar.contains("<p class=\"snippet\" lang=\"en\" dir=\"ltr\">"));
    let en = app.get("/en/stocktaking?q=literacy").await.body;
    assert!(en.contains(&format!("href=\"/en/stocktaking/entries/{id}\">")));
    assert!(en.contains("<p class=\"snippet\">"));
}
