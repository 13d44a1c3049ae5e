//! The web shell: languages, redirects, error pages, limits and escaping.

use crate::common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::TestApp;
use wsis_domain::Language;
use wsis_domain::account::Role;

const PUBLIC_PAGES: &[&str] = &[
    "",
    "/stocktaking",
    "/forum",
    "/outcomes",
    "/prizes",
    "/action-lines",
    "/sdgs",
    "/account/signup",
    "/account/login",
    "/account/password/forgot",
    "/account/verify/resend",
];

#[tokio::test]
async fn every_public_page_renders_in_six_languages_with_lang_and_dir() {
    let mut app = TestApp::new().await;
    for lang in Language::ALL {
        for p in PUBLIC_PAGES {
            let url = format!("/{}{p}", lang.code());
            let res = app.get(&url).await;
            assert_eq!(res.status, StatusCode::OK, "{url}");
            assert!(
                res.body.contains(&format!(
                    "<html lang=\"{}\" dir=\"{}\">",
                    lang.code(),
                    lang.dir()
                )),
                "{url}"
            );
            // The switcher links to the same page in every language.
            for other in Language::ALL {
                assert!(
                    res.body.contains(&format!(
                        "href=\"/{}{p}\" lang=\"{}\"",
                        other.code(),
                        other.code()
                    )),
                    "{url} → {other}"
                );
            }
            assert!(res.body.contains("class=\"skip-link\" href=\"#main\""));
            assert!(res.body.contains("<main id=\"main\""));
        }
    }
}

#[tokio::test]
async fn pages_show_their_own_language() {
    let mut app = TestApp::new().await;
    let ar = app.get("/ar").await.body;
    assert!(ar.contains("العربية") && ar.contains("منصة"), "Arabic home");
    let zh = app.get("/zh/sdgs").await.body;
    assert!(zh.contains("无贫穷"), "Chinese SDG names");
    let fr = app.get("/fr/action-lines").await.body;
    assert!(
        fr.contains("Cybersanté") && fr.contains("Catégorie"),
        "French Action Lines"
    );
    let ru = app.get("/ru").await.body;
    assert!(ru.contains("17") && ru.contains("169"));
    let es = app.get("/es/account/login").await.body;
    assert!(
        es.contains("Correo electrónico") || es.contains("correo electrónico"),
        "Spanish form labels"
    );
}

#[tokio::test]
async fn the_root_redirects_to_the_best_language() {
    let mut app = TestApp::new().await;
    let r = app
        .get_with("/", &[("accept-language", "de-CH, ru;q=0.8, en;q=0.5")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/ru");
    assert_eq!(app.get("/").await.location(), "/en");
    // Visiting a language remembers it in a cookie, which wins over the header.
    app.get("/zh").await;
    assert_eq!(app.cookies.get("wsis_lang").map(String::as_str), Some("zh"));
    let r = app.get_with("/", &[("accept-language", "fr")]).await;
    assert_eq!(r.location(), "/zh");
}

#[tokio::test]
async fn an_unknown_language_prefix_falls_back_cleanly() {
    let mut app = TestApp::new().await;
    let r = app
        .get_with("/de/account/login?next=%2Fx", &[("accept-language", "es")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/es/account/login?next=%2Fx");
    let r = app.get("/pt-BR").await;
    assert_eq!(r.location(), "/en");
}

#[tokio::test]
async fn not_found_pages_are_localised() {
    let mut app = TestApp::new().await;
    let r = app.get("/fr/nulle-part").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(
        r.body.contains("lang=\"fr\"") && r.body.contains("Page introuvable"),
        "{}",
        r.body
    );
    let mut fresh = TestApp::new().await;
    let r = fresh
        .get_with("/nowhere-at-all", &[("accept-language", "ar")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("dir=\"rtl\""));
    app.sign_in_as("admin@example.org", &[Role::Administrator])
        .await;
    let r = app.get("/en/admin/users/not-a-number").await;
    assert!(r.status.is_client_error());
    assert!(
        r.body.contains("<html"),
        "axum's own rejections are dressed as pages too"
    );
}

#[tokio::test]
async fn oversize_bodies_get_413() {
    let mut app = TestApp::new().await;
    let token = app.csrf().await;
    let big = format!(
        "csrf={token}&name={}",
        "x".repeat(wsis_web::MAX_BODY_BYTES + 10)
    );
    let r = app
        .request(
            Method::POST,
            "/en/account/signup",
            &[("content-type", "application/x-www-form-urlencoded")],
            Body::from(big),
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.body.contains("Too much data"));
}

#[tokio::test]
async fn user_text_is_escaped_everywhere() {
    let mut app = TestApp::new().await;
    let id = app
        .sign_in_as("x@example.org", &[Role::Administrator])
        .await;
    app.post_form(
        "/en/account",
        &[
            ("name", "<script>alert(1)</script>"),
            ("organisation", "\" onmouseover=\"x"),
            ("language", "en"),
        ],
    )
    .await;
    let list = app.get("/en/admin/users").await.body;
    assert!(!list.contains("<script>alert(1)"));
    assert!(list.contains("&#60;script&#62;") || list.contains("&lt;script&gt;"));
    let form = app.get(&format!("/en/admin/users/{id}")).await.body;
    assert!(!form.contains("<script>alert(1)"));
    let acct = app.get("/en/account").await.body;
    assert!(!acct.contains("\" onmouseover=\"x"));
}

#[tokio::test]
async fn responses_carry_security_headers_and_are_compressed() {
    let mut app = TestApp::new().await;
    let r = app.get_with("/en", &[("accept-encoding", "gzip")]).await;
    assert_eq!(r.headers.get("content-encoding").unwrap(), "gzip");
    assert!(
        r.headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    assert_eq!(r.headers.get("x-content-type-options").unwrap(), "nosniff");
    let css = app.get("/static/style.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.body.contains("margin-inline"), "logical properties");
    assert!(!css.body.contains("margin-left") && !css.body.contains("padding-right"));
}

#[tokio::test]
async fn cookies_are_secure_when_served_over_https() {
    let mut app = TestApp::with_config(|c| c.public_url = "https://wsis.example.org".into()).await;
    let r = app.get("/en").await;
    let c: Vec<_> = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(c.iter().all(|c| c.contains("; Secure")), "{c:?}");
}

#[tokio::test]
async fn the_home_page_formats_numbers_for_the_locale() {
    let mut app = TestApp::new().await;
    let en = app.get("/en").await.body;
    assert!(
        en.contains("\u{2068}169\u{2069} targets") || en.contains("169 targets"),
        "{en}"
    );
}

/// Issue 11, item 15: the language switcher keeps the search and its filters (it dropped
/// them), but not a one-time notice.
#[tokio::test]
async fn the_language_switcher_keeps_the_search_and_its_filters() {
    let mut app = TestApp::new().await;
    let page = app
        .get("/fr/stocktaking?q=eau&f=sdg:6&sort=newest&notice=account-saved")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for lang in ["ar", "zh", "en", "ru", "es"] {
        let want = format!("href=\"/{lang}/stocktaking?q=eau&#38;f=sdg%3A6&#38;sort=newest\"");
        assert!(page.body.contains(&want), "{want}");
    }
    assert!(!page.body.contains("notice=account-saved\" lang="));
}

/// Issue 11, item 15: "Open data (CSV)" on filtered results exports what is shown (it
/// exported everything).
#[tokio::test]
async fn the_open_data_link_exports_what_the_search_shows() {
    let mut app = TestApp::new().await;
    let page = app
        .get("/en/stocktaking?q=eau&f=sdg:6&sort=newest&page=2")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(
            "href=\"/api/v1/stocktaking/export/csv?q=eau&#38;f=sdg%3A6&#38;sort=newest\""
        ),
        "{}",
        page.body
    );
    let plain = app.get("/en/stocktaking").await;
    assert!(
        plain
            .body
            .contains("href=\"/api/v1/stocktaking/export/csv\"")
    );
}

#[tokio::test]
async fn the_icon_answers_at_favicon_ico_and_pages_name_it() {
    let mut app = TestApp::new().await;
    let r = app.get("/favicon.ico").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers["content-type"], "image/svg+xml");
    let home = app.get("/en").await;
    assert!(
        home.body
            .contains("<link rel=\"icon\" href=\"/static/icon.svg\"")
    );
}

#[tokio::test]
async fn sdg_names_read_as_the_un_writes_them_in_french_and_spanish() {
    let mut app = TestApp::new().await;
    let fr = app.get("/fr/sdgs").await.body;
    assert!(
        fr.contains("Travail décent et croissance économique"),
        "{fr}"
    );
    assert!(fr.contains("Énergie propre et d’un coût abordable"));
    assert!(!fr.contains("Travaux décent") && !fr.contains("Energies propres"));
    let es = app.get("/es/sdgs").await.body;
    assert!(es.contains("Fin de la pobreza") && es.contains("Acción por el clima"));
    assert!(!es.contains("Fin de la Pobreza"));
}

#[tokio::test]
async fn an_edition_links_only_the_site_pages_it_has() {
    let mut app = TestApp::new().await;
    crate::forum::forum(&app).await;
    let page = app.get("/en/forum/2019").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("/forum/2019/pages/about"),
        "no about page written"
    );
    assert!(!page.body.contains("/forum/2019/pages/news"));
    app.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let r = app
        .post_form(
            "/en/forum/2019/manage/pages/about/fr",
            &[("title", "À propos"), ("body", "Le Forum.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get("/en/forum/2019").await;
    assert!(
        page.body.contains("/forum/2019/pages/about"),
        "written in one language"
    );
    let about = app.get("/en/forum/2019/pages/about").await;
    assert_eq!(
        about.status,
        StatusCode::OK,
        "the link leads to the page, in French"
    );
    assert!(about.body.contains("lang=\"fr\"") && about.body.contains("Le Forum."));
    assert_eq!(
        app.get("/en/forum/2019/pages/news").await.status,
        StatusCode::NOT_FOUND
    );
}

/// Issue 11, item 9: the home page shows what is live (it said "Nothing has been published
/// here yet" under every section whatever existed): the count and newest published
/// entries, the current or next forum with its agenda, the approved outcomes; only a
/// section with nothing says so. Counts in the language's plural forms.
#[tokio::test]
async fn the_home_page_shows_what_is_live_in_each_section() {
    let mut app = TestApp::new().await;
    let empty = app.get("/en").await;
    assert_eq!(
        empty
            .body
            .matches("Nothing has been published here yet")
            .count(),
        4,
        "a fresh platform has nothing yet"
    );
    let (ed, admin) = crate::forum::forum(&app).await;
    let form = crate::stocktaking::entry_form("Schools online", "Schools.");
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let r = app.post_form("/en/stocktaking/new", &form).await;
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    crate::stocktaking::as_secretariat(&mut app).await;
    crate::stocktaking::publish(&mut app, id).await;
    {
        use wsis_domain::forum::outcomes::{OutcomeInput, OutcomeKind, OutcomeStatus};
        let mut tx = app.db.begin().await.unwrap();
        let s = wsis_db::forum::session_by_number(&mut tx, ed.id, 1)
            .await
            .unwrap()
            .unwrap();
        let data = OutcomeInput {
            language: "en".into(),
            summary: "Done.".into(),
            action_lines: vec![("C4".into(), "Why".into())],
            sdgs: vec![("4".into(), String::new(), "Why".into())],
            ..OutcomeInput::default()
        }
        .parse(OutcomeKind::Session, &mut wsis_domain::FieldErrors::new())
        .unwrap();
        let v = wsis_db::forum::save_outcome(
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
        wsis_db::forum::decide_outcome(&mut tx, s.id, v, OutcomeStatus::Approved, None, admin)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    // The home page's facts are kept a few seconds per node: a new node reads them.
    let mut fresh = app.other_node(|_| {});
    let home = fresh.get("/en").await;
    let text = crate::forum::plain(&home.body);
    assert!(text.contains("One activity published"), "{text}");
    assert!(text.contains("Schools online"));
    assert!(text.contains(&format!("/en/stocktaking/entries/{id}")));
    assert!(
        text.contains("WSIS Forum 2019: 8 April 2019 – 12 April 2019, Geneva"),
        "{text}"
    );
    assert!(text.contains("href=\"/en/forum/2019/agenda\""));
    assert!(text.contains("One approved session outcome of the WSIS Forum 2019"));
    assert_eq!(
        home.body
            .matches("Nothing has been published here yet")
            .count(),
        1,
        "only the prizes have nothing yet"
    );
    let ar = crate::forum::plain(&fresh.get("/ar").await.body);
    assert!(ar.contains("نشاط واحد منشور"), "{ar}");
}

/// Issue 11, item 12: the country lists follow each language's collation (in French
/// "Égypte" came after "Zimbabwe"; Chinese was not in pinyin order).
#[tokio::test]
async fn country_lists_follow_each_languages_collation() {
    let mut app = TestApp::new().await;
    let pos = |body: &str, value: &str| {
        body.find(&format!("<option value=\"{value}\""))
            .unwrap_or_else(|| panic!("{value} listed"))
    };
    let fr = app.get("/fr/account/signup").await.body;
    assert!(
        pos(&fr, "DK") < pos(&fr, "EG") && pos(&fr, "EG") < pos(&fr, "ES"),
        "Danemark, Égypte, Espagne"
    );
    assert!(pos(&fr, "EG") < pos(&fr, "ZW"));
    let zh = app.get("/zh/account/signup").await.body;
    // 阿富汗 (Afuhan), 巴西 (Baxi), 中国 (Zhongguo).
    assert!(pos(&zh, "AF") < pos(&zh, "BR") && pos(&zh, "BR") < pos(&zh, "CN"));
}

/// Issue 11, item 11: lists join with the language's own separator ("، " in Arabic,
/// "、" in Chinese), not an ASCII comma.
#[tokio::test]
async fn lists_join_with_each_languages_separator() {
    let mut app = TestApp::new().await;
    let form = crate::stocktaking::entry_form("Schools online", "Schools.");
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let r = app.post_form("/en/stocktaking/new", &form).await;
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    crate::stocktaking::as_secretariat(&mut app).await;
    crate::stocktaking::publish(&mut app, id).await;
    let name = |code: &str, lang: Language| {
        wsis_domain::taxonomy::countries::country(code)
            .unwrap()
            .names
            .get(lang)
            .clone()
    };
    for (lang, sep) in [
        (Language::Ar, "، "),
        (Language::Zh, "、"),
        (Language::Fr, ", "),
    ] {
        let page = app
            .get(&format!("/{}/stocktaking/entries/{id}", lang.code()))
            .await;
        let body = crate::forum::plain(&page.body);
        let want = format!("{}{sep}{}", name("KE", lang), name("UG", lang));
        assert!(body.contains(&want), "{lang}: {want}");
    }
}

/// Issue 11, item 14: on the search page a "skip to the results" link comes before the
/// facets, and the facets fold (the first two and any in use stay open), so a phone or
/// a keyboard reaches the first result at once.
#[tokio::test]
async fn the_search_page_skips_to_results_and_folds_its_facets() {
    let mut app = TestApp::new().await;
    let form = crate::stocktaking::entry_form("Schools online", "Schools.");
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let r = app.post_form("/en/stocktaking/new", &form).await;
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    crate::stocktaking::as_secretariat(&mut app).await;
    crate::stocktaking::publish(&mut app, id).await;
    let page = app.get("/en/stocktaking").await.body;
    let skip = page.find("href=\"#results-h\"").expect("a skip link");
    let facets = page.find("class=\"facets\"").expect("facets");
    assert!(skip < facets);
    assert!(page.contains("id=\"results-h\""));
    assert!(
        page.contains("<details class=\"facet\" open>\n<summary><h3 id=\"facet-action_line\">")
    );
    assert!(
        page.contains("<details class=\"facet\">\n<summary><h3 id=\"facet-country\">"),
        "the others fold"
    );
    // A facet in use stays open.
    let filtered = app.get("/en/stocktaking?f=country:KE").await.body;
    assert!(
        filtered.contains("<details class=\"facet\" open>\n<summary><h3 id=\"facet-country\">")
    );
}

/// Issue 11, item 11: the document title says the site's name once on the home page,
/// and carries no bidi isolation marks (plain text in tab strips and screen readers).
#[tokio::test]
async fn document_titles_name_the_site_once_and_carry_no_isolation_marks() {
    let mut app = TestApp::new().await;
    crate::forum::forum(&app).await;
    for (path, title) in [
        ("/en/", "<title>WSIS Platform</title>"),
        ("/fr/", "<title>Plateforme du SMSI</title>"),
        ("/zh/", "<title>信息社会世界峰会平台</title>"),
    ] {
        let r = app.get(path).await;
        assert!(r.body.contains(title), "{path}");
    }
    for path in [
        "/en/forum/2019/changes",
        "/ar/forum/2019/changes",
        "/en/forum/2019/agenda",
    ] {
        let body = app.get(path).await.body;
        let start = body.find("<title>").unwrap();
        let end = body.find("</title>").unwrap();
        let title = &body[start..end];
        assert!(
            !title.contains(['\u{2068}', '\u{2069}']),
            "{path}: {title:?}"
        );
        assert!(title.contains("2019"), "{path}: {title:?}");
    }
}
