//! The WSIS–SDG Matrix (issue 12, item 4): a facilitator keeps the links of the
//! lines the secretariat gave them (C7 covers its sub-lines) and no other; every
//! change is kept; bad input and stale forms are refused with the text kept; the
//! public matrix counts published sessions, approved outcomes and published entries
//! per cell, by year, as a table in six languages, as JSON and as CSV.

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::http::StatusCode;
use wsis_domain::Language;
use wsis_domain::account::Role;

async fn post(
    app: &mut TestApp,
    uri: &str,
    fields: &[(&str, String)],
) -> crate::common::TestResponse {
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(uri, &f).await
}

/// The form of a line's links: `seen`, then (goal, targets, rationale) for some goals.
fn links(seen: i64, goals: &[(u8, &str, &str)]) -> Vec<(&'static str, String)> {
    let mut f = vec![("seen", seen.to_string())];
    for (g, t, r) in goals {
        let tk: &'static str = Box::leak(format!("targets_{g}").into_boxed_str());
        let rk: &'static str = Box::leak(format!("rationale_{g}").into_boxed_str());
        f.push((tk, (*t).to_owned()));
        f.push((rk, (*r).to_owned()));
    }
    f
}

#[tokio::test]
async fn facilitators_keep_their_lines_and_the_public_reads_the_matrix() {
    let mut sec = TestApp::new().await;
    forum(&sec).await;
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let mut fac = sec.twin();
    fac.sign_in_as("fac@example.org", &[Role::Facilitator])
        .await;

    // Until the secretariat gives them a line, a facilitator keeps nothing.
    assert_eq!(
        fac.get("/en/matrix/C4/edit").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        fac.get("/en/matrix/edit").await.status,
        StatusCode::FORBIDDEN
    );
    // The secretariat gives C4 and C7 (all its sub-lines); an unknown address is refused.
    let r = post(
        &mut sec,
        "/en/matrix/facilitators",
        &[
            ("email", "nobody@example.org".into()),
            ("action_line", "C4".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("No facilitator account has this address"));
    for line in ["C4", "C7"] {
        let r = post(
            &mut sec,
            "/en/matrix/facilitators",
            &[
                ("email", "fac@example.org".into()),
                ("action_line", line.into()),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let mine = plain(&fac.get("/en/matrix/edit").await.body);
    assert!(mine.contains("C4 ") && mine.contains("C7.4 "), "{mine}");
    assert!(!mine.contains("C5 "));

    // Another line is not theirs.
    assert_eq!(
        fac.get("/en/matrix/C5/edit").await.status,
        StatusCode::FORBIDDEN
    );
    let r = post(
        &mut fac,
        "/en/matrix/C5/edit",
        &links(0, &[(9, "", "Mine now")]),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        fac.get("/en/matrix/C12/edit").await.status,
        StatusCode::NOT_FOUND
    );

    // Bad input: each goal's problem on its field, nothing written, the text kept.
    let form = fac.get("/en/matrix/C4/edit").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"seen\" value=\"0\""));
    let r = post(
        &mut fac,
        "/en/matrix/C4/edit",
        &links(
            0,
            &[
                (4, "4.4, 5.1", "Skills"),
                (8, "8.6", ""),
                (17, "", "Partnerships for skills"),
            ],
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = plain(&r.body);
    assert!(
        text.contains("4. Quality education: Give targets of the chosen goal"),
        "{text}"
    );
    assert!(text.contains("8. Decent work and economic growth: Give the rationale of this link"));
    assert!(r.body.contains("Partnerships for skills"), "kept");
    assert_eq!(
        sec.get("/api/v1/matrix").await.json()["cells"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["linked"] == true)
            .count(),
        0,
        "nothing half-saved"
    );

    // A valid save; the public matrix, the cell and the history show it.
    let r = post(
        &mut fac,
        "/en/matrix/C4/edit",
        &links(
            0,
            &[
                (
                    4,
                    "4.4 4.c",
                    "Digital skills for all, and trained teachers.",
                ),
                (8, "8.6", "Skills lead to jobs."),
            ],
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = post(
        &mut fac,
        "/en/matrix/C7.3/edit",
        &links(0, &[(4, "", "E-learning reaches remote schools.")]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "a sub-line of C7");
    let mut public = sec.twin();
    for lang in Language::ALL {
        let code = lang.code();
        let m = public.get(&format!("/{code}/matrix")).await;
        assert_eq!(m.status, StatusCode::OK, "{code}");
        assert!(
            m.body
                .contains(&format!("<html lang=\"{code}\" dir=\"{}\"", lang.dir()))
        );
        assert_eq!(m.body.matches("<th scope=\"row\">").count(), 18, "{code}");
        assert!(m.body.contains(&format!("href=\"/{code}/matrix/C4/4\"")));
    }
    let m = public.get("/en/matrix").await;
    assert!(plain(&m.body).contains("3 links recorded by the facilitators"));
    // Anonymous visitors get one page, built once: a stray parameter changes nothing
    // in it, and a browser revalidating gets a 304.
    let odd = public.get("/en/matrix?x=%22evil").await;
    assert_eq!(odd.body, m.body);
    assert!(!odd.body.contains("evil"));
    let etag = m.headers["etag"].to_str().unwrap().to_owned();
    let again = public
        .get_with("/en/matrix", &[("if-none-match", etag.as_str())])
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    let gz = public
        .get_with("/api/v1/matrix", &[("accept-encoding", "gzip, br")])
        .await;
    assert_eq!(gz.headers["content-encoding"], "br");
    // The test edition's sessions are tagged C4 and C7.3 with SDGs 4 and 17: three
    // published sessions make C4 × 4.
    let cell = public.get("/en/matrix/C4/4").await;
    assert_eq!(cell.status, StatusCode::OK);
    let text = plain(&cell.body);
    assert!(
        text.contains("Digital skills for all, and trained teachers."),
        "{text}"
    );
    assert!(
        text.contains("4.c") && text.contains("3 sessions"),
        "{text}"
    );
    assert!(cell.body.contains("href=\"/en/forum/2019/sessions/1\""));
    assert!(
        cell.body
            .contains("href=\"/en/stocktaking?f=action_line:C4&#38;f=sdg:4\"")
    );
    let none = plain(&public.get("/en/matrix/C9/3").await.body);
    assert!(none.contains("The facilitators have not recorded this link."));
    assert_eq!(
        public.get("/en/matrix/C7/4").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        public.get("/en/matrix/C4/18").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        public.get("/en/matrix?year=1999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        public.get("/en/matrix?year=2019").await.status,
        StatusCode::OK
    );

    // A change and a removal, from the form as it now stands: both kept in the history.
    let form = fac.get("/en/matrix/C4/edit").await;
    assert!(form.body.contains("name=\"seen\" value=\"2\""));
    let r = post(
        &mut fac,
        "/en/matrix/C4/edit",
        &links(2, &[(4, "4.4", "Digital skills for all."), (8, "", "")]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let history = plain(&public.get("/en/matrix/C4/history").await.body);
    assert!(history.contains("Link removed") && history.contains("Skills lead to jobs."));
    assert!(
        history.contains("Digital skills for all.") && history.contains("Test fac@example.org")
    );
    // The form of before is stale now: refused, the text kept.
    let r = post(
        &mut sec,
        "/en/matrix/C4/edit",
        &links(2, &[(4, "", "An older view")]),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("Someone changed these links"));
    assert!(r.body.contains("An older view"));

    // Open data: JSON and CSV.
    let j = public.get("/api/v1/matrix").await;
    assert_eq!(j.status, StatusCode::OK);
    let j = j.json();
    let c4 = j["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["action_line"] == "C4" && c["goal"] == 4)
        .unwrap()
        .clone();
    assert_eq!(c4["linked"], true);
    assert_eq!(c4["targets"], serde_json::json!(["4.4"]));
    assert_eq!(c4["sessions"].as_array().unwrap().len(), 3);
    assert_eq!(
        public.get("/api/v1/matrix?year=abc").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let csv = public.get("/api/v1/matrix.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body
            .starts_with("\u{feff}\"action_line\",\"goal\",\"linked\"")
    );
    assert!(
        csv.body
            .contains("\"C4\",\"4\",\"true\",\"4.4\",\"Digital skills for all.\"")
    );

    // The secretariat takes C7 back: the facilitator no longer keeps C7.3.
    let r = post(
        &mut sec,
        "/en/matrix/facilitators",
        &[
            ("email", "fac@example.org".into()),
            ("action_line", "C7".into()),
            ("action", "remove".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        fac.get("/en/matrix/C7.3/edit").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn matrix_routes_refuse_and_allow_as_their_roles_say() {
    let app = TestApp::new().await;
    let mut anon = app.twin();
    for path in [
        "/en/matrix/edit",
        "/en/matrix/C4/edit",
        "/en/matrix/facilitators",
    ] {
        let r = anon.get(path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().starts_with("/en/account/login"), "{path}");
    }
    for path in ["/en/matrix/C4/edit", "/en/matrix/facilitators"] {
        let r = anon.post_form(path, &[("seen", "0")]).await;
        assert!(r.location().starts_with("/en/account/login"), "{path}");
    }
    // Every role but the secretariat's, facilitator included (given no line): 403.
    let others: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|r| !matches!(r, Role::Secretariat | Role::Administrator))
        .collect();
    let mut other = app.twin();
    other.sign_in_as("other@example.org", &others).await;
    for path in [
        "/en/matrix/edit",
        "/en/matrix/C4/edit",
        "/en/matrix/facilitators",
    ] {
        assert_eq!(
            other.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let r = other
        .post_form(
            "/en/matrix/facilitators",
            &[("email", "other@example.org"), ("action_line", "C4")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        other
            .post_form("/en/matrix/C4/edit", &[("seen", "0")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // The secretariat keeps every line.
    let mut sec = app.twin();
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    for path in [
        "/en/matrix/edit",
        "/en/matrix/C4/edit",
        "/en/matrix/facilitators",
    ] {
        assert_eq!(sec.get(path).await.status, StatusCode::OK, "{path}");
    }
    assert_eq!(
        sec.post_form("/en/matrix/C4/edit", &[("seen", "0")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn facilitators_record_their_lines_meeting_and_the_public_reads_it() {
    let mut sec = TestApp::new().await;
    forum(&sec).await;
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let mut fac = sec.twin();
    fac.sign_in_as("fac@example.org", &[Role::Facilitator])
        .await;
    let r = post(
        &mut sec,
        "/en/matrix/facilitators",
        &[
            ("email", "fac@example.org".into()),
            ("action_line", "C7".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut public = sec.twin();
    let list = plain(&public.get("/en/forum/2019/action-lines").await.body);
    assert!(
        list.contains("C7.4 ICT applications") && list.contains("not recorded yet"),
        "{list}"
    );
    assert!(
        plain(&public.get("/en/forum/2019/action-lines/C7.4").await.body)
            .contains("The facilitators have not recorded this meeting yet.")
    );

    // Not their line; an unknown line; an unknown year.
    let edit = "/en/forum/2019/action-lines/C7.4/edit";
    assert_eq!(
        fac.get("/en/forum/2019/action-lines/C5/edit").await.status,
        StatusCode::FORBIDDEN
    );
    let r = post(
        &mut fac,
        "/en/forum/2019/action-lines/C5/edit",
        &[
            ("version", "0".into()),
            ("language", "en".into()),
            ("priorities", "Mine".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        public.get("/en/forum/2019/action-lines/C7").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        public.get("/en/forum/1999/action-lines").await.status,
        StatusCode::NOT_FOUND
    );

    // Bad input, then a record in Arabic; a stale second form is refused.
    assert_eq!(fac.get(edit).await.status, StatusCode::OK);
    let r = post(
        &mut fac,
        edit,
        &[
            ("version", "0".into()),
            ("language", "ar".into()),
            ("priorities", " ".into()),
            ("challenges", "التمويل".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Write the meeting"));
    assert!(r.body.contains("التمويل"), "kept");
    let r = post(
        &mut fac,
        edit,
        &[
            ("version", "0".into()),
            ("language", "ar".into()),
            ("priorities", "الصحة الرقمية للجميع".into()),
            ("opportunities", "".into()),
            ("challenges", "التمويل المستدام".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = post(
        &mut sec,
        edit,
        &[
            ("version", "0".into()),
            ("language", "en".into()),
            ("priorities", "Older view".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("Someone saved this record") && r.body.contains("Older view"));
    for lang in Language::ALL {
        let code = lang.code();
        let p = public
            .get(&format!("/{code}/forum/2019/action-lines/C7.4"))
            .await;
        assert_eq!(p.status, StatusCode::OK, "{code}");
        assert!(p.body.contains("<div lang=\"ar\" dir=\"rtl\">"), "{code}");
        assert!(p.body.contains("الصحة الرقمية للجميع"));
    }
    let p = plain(&public.get("/en/forum/2019/action-lines/C7.4").await.body);
    assert!(
        p.contains("Key priorities") && p.contains("Challenges") && !p.contains("Opportunities")
    );
    // The secretariat corrects it from the current version.
    let r = post(
        &mut sec,
        edit,
        &[
            ("version", "1".into()),
            ("language", "ar".into()),
            ("priorities", "الصحة الرقمية".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let list = plain(&public.get("/en/forum/2019/action-lines").await.body);
    assert!(
        !list.contains("C7.4 ICT applications – E-health (not recorded yet)"),
        "{list}"
    );
}
