//! Sign-up, e-mail verification, sign-in, sign-out, password reset and the
//! profile, through the real router.

use crate::common;

use axum::http::StatusCode;
use common::TestApp;
use wsis_domain::account::Role;

const SIGNUP: &str = "/en/account/signup";

fn signup_fields<'a>(email: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("email", email),
        ("password", password),
        ("password_confirm", password),
        ("name", "Ana Silva"),
        ("organisation", "Universidade de Lisboa"),
        ("stakeholder_type", "academia"),
        ("country", "PT"),
        ("language", "en"),
    ]
}

/// A rate-limit window longer than the test (fixed windows start at multiples of their length).
const ONE_WINDOW: i64 = 100 * 365 * 86_400;
#[tokio::test]
async fn a_visitor_signs_up_verifies_signs_in_and_out() {
    let mut app = TestApp::new().await;
    let form = app.get(SIGNUP).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"csrf\""));

    let res = app
        .post_form(
            SIGNUP,
            &signup_fields("ana@example.org", "a very good password"),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("ana@example.org"));

    // Signing in before confirming the address is refused, with a way to get a new link.
    let early = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "ana@example.org"),
                ("password", "a very good password"),
            ],
        )
        .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.body.contains("Confirm your e-mail address first"));
    assert!(early.body.contains("/en/account/verify/resend"));

    let mails = app.mails().await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].to.contains("ana@example.org"));
    assert_eq!(
        mails[0].subject,
        "Confirm your e-mail address for the WSIS Platform"
    );
    assert!(mails[0].body.starts_with("Dear Ana Silva,"));
    let link = mails[0].link("http://wsis.test/en/account/verify?token=");
    let verify = app.get(link.trim_start_matches("http://wsis.test")).await;
    assert_eq!(verify.status, StatusCode::OK);
    assert!(verify.body.contains("your e-mail address is confirmed"));
    // The link works once.
    let again = app.get(link.trim_start_matches("http://wsis.test")).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);

    let login = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "ANA@example.org"),
                ("password", "a very good password"),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert_eq!(login.location(), "/en/account");
    let cookie = login
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("wsis_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && !cookie.contains("Secure"),
        "{cookie}"
    );

    let account = app.get("/en/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(
        account.body.contains("Ana Silva")
            && account.body.contains("Stakeholder")
            && account.body.contains("Participant")
    );

    let out = app.post_form("/en/account/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(!app.cookies.contains_key("wsis_session"));
    let after = app.get("/en/account").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(after.location(), "/en/account/login?next=%2Fen%2Faccount");
}

#[tokio::test]
async fn sign_up_errors_are_field_level_localised_and_keep_the_input() {
    let mut app = TestApp::new().await;
    let res = app
        .post_form(
            "/fr/account/signup",
            &[
                ("email", "pas-un-email"),
                ("password", "court"),
                ("password_confirm", "court"),
                ("name", ""),
                ("organisation", "<b>ONG</b>"),
                ("country", "ZZ"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let b = &res.body;
    assert!(b.contains("lang=\"fr\""));
    assert!(b.contains("class=\"error-summary\""));
    assert!(
        b.contains("href=\"#f-email\""),
        "the summary links to the field"
    );
    assert!(b.contains("id=\"f-email-error\"") && b.contains("aria-describedby=\"f-email-error\""));
    assert!(b.contains("aria-invalid=\"true\""));
    assert!(
        b.contains("value=\"pas-un-email\""),
        "what the user typed is kept"
    );
    assert!(
        b.contains("value=\"&#60;b&#62;ONG&#60;/b&#62;\"")
            || b.contains("value=\"&lt;b&gt;ONG&lt;/b&gt;\""),
        "and escaped"
    );
    assert!(!b.contains("value=\"court\""), "passwords are never echoed");
    // The French messages, not the English ones.
    assert!(!b.contains("Enter an e-mail address like"));
    assert_eq!(app.mails().await.len(), 0);
    let mut conn = app.db.conn().await.unwrap();
    assert_eq!(
        wsis_db::accounts::count_users(&mut conn).await.unwrap(),
        0,
        "nothing written"
    );
}

/// Issue 10, item 11: signing up again with a registered address answers exactly as a
/// new sign-up does (the page says nothing about the address), creates nothing, and
/// tells the owner instead.
#[tokio::test]
async fn an_address_is_registered_once_and_a_second_sign_up_reveals_nothing() {
    let mut app = TestApp::new().await;
    let first = app
        .post_form(
            SIGNUP,
            &signup_fields("dup@example.org", "a very good password"),
        )
        .await;
    let again = app
        .post_form(
            SIGNUP,
            &signup_fields("Dup@Example.org", "another good password"),
        )
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(
        first.body.replace("dup@example.org", "ADDRESS"),
        again.body.replace("Dup@example.org", "ADDRESS"),
        "the same page either way"
    );
    let mails = app.mails().await;
    assert_eq!(
        mails.len(),
        2,
        "the confirmation, then the note to the owner"
    );
    assert!(mails[1].to.contains("dup@example.org"));
    assert_eq!(mails[1].subject, "Your WSIS Platform account");
    assert!(
        mails[1]
            .body
            .contains("http://wsis.test/en/account/password/forgot")
    );
    assert!(!mails[1].body.contains("token="));
    // The first password is the account's.
    let login = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "dup@example.org"),
                ("password", "another good password"),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        login
            .body
            .contains("The e-mail address or the password is not correct.")
    );
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let mut app = TestApp::new().await;
    app.csrf().await;
    let res = app
        .post_raw(
            SIGNUP,
            &signup_fields("x@example.org", "a very good password"),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.body.contains("The form has expired"));
    let forged = app
        .post_raw(
            "/en/account/login",
            &[
                ("csrf", &"0".repeat(64)),
                ("email", "x@example.org"),
                ("password", "x"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn wrong_passwords_get_one_message_and_login_is_rate_limited() {
    let mut app = TestApp::with_config(|c| {
        c.rate_limits.login_per_account = 3;
        // one window for the whole test: a window boundary mid-test would reset the count
        c.rate_limits.window_secs = ONE_WINDOW;
    })
    .await;
    app.sign_in_as("victim@example.org", &[Role::Participant])
        .await;
    app.post_form("/en/account/logout", &[]).await;
    let unknown = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "whatever it is"),
            ],
        )
        .await;
    let wrong = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "victim@example.org"),
                ("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown
            .body
            .contains("The e-mail address or the password is not correct")
    );
    assert!(
        wrong
            .body
            .contains("The e-mail address or the password is not correct")
    );
    let mut last = wrong;
    for _ in 0..3 {
        last = app
            .post_form(
                "/en/account/login",
                &[
                    ("email", "victim@example.org"),
                    ("password", "not the password"),
                ],
            )
            .await;
    }
    assert_eq!(last.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(last.body.contains("Too many attempts"));
}

#[tokio::test]
async fn sign_up_is_rate_limited_per_address() {
    let mut app = TestApp::with_config(|c| {
        c.rate_limits.signup_per_ip = 2;
        c.rate_limits.window_secs = ONE_WINDOW;
    })
    .await;
    for i in 0..2 {
        let email = format!("u{i}@example.org");
        let r = app
            .post_form(SIGNUP, &signup_fields(&email, "a very good password"))
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let r = app
        .post_form(
            SIGNUP,
            &signup_fields("u9@example.org", "a very good password"),
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_the_mailed_link() {
    let mut app = TestApp::new().await;
    app.sign_in_as("reset@example.org", &[Role::Participant])
        .await;
    let other_session = app.cookies["wsis_session"].clone();
    app.post_form("/en/account/logout", &[]).await;
    app.cookies.insert("wsis_session".into(), other_session);

    let res = app
        .post_form(
            "/en/account/password/forgot",
            &[("email", "reset@example.org")],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let unknown = app
        .post_form(
            "/en/account/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    assert_eq!(
        unknown.body.replace("nobody", "reset"),
        res.body.replace("nobody", "reset"),
        "no hint whether an account exists"
    );
    let mails = app.mails().await;
    assert_eq!(mails.len(), 1);
    let link = mails[0].link("http://wsis.test/en/account/password/reset?token=");
    let path = link.trim_start_matches("http://wsis.test");
    let token = path.split("token=").nth(1).unwrap().to_owned();
    assert_eq!(app.get(path).await.status, StatusCode::OK);

    let mismatch = app
        .post_form(
            "/en/account/password/reset",
            &[
                ("token", &token),
                ("password", "brand new password"),
                ("password_confirm", "other"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mismatch.body.contains("The two passwords are not the same"));
    let ok = app
        .post_form(
            "/en/account/password/reset",
            &[
                ("token", &token),
                ("password", "brand new password"),
                ("password_confirm", "brand new password"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    // Other sessions are signed out; the old password no longer works; the new one does.
    assert_eq!(app.get("/en/account").await.status, StatusCode::SEE_OTHER);
    let old = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "reset@example.org"),
                ("password", "a long test password"),
            ],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "reset@example.org"),
                ("password", "brand new password"),
            ],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
    let reuse = app
        .post_form(
            "/en/account/password/reset",
            &[
                ("token", &token),
                ("password", "third password!!"),
                ("password_confirm", "third password!!"),
            ],
        )
        .await;
    assert_eq!(reuse.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_profile_is_edited_with_field_errors_and_saved() {
    let mut app = TestApp::new().await;
    app.sign_in_as("me@example.org", &[Role::Participant]).await;
    let bad = app
        .post_form(
            "/ar/account",
            &[("name", ""), ("language", "xx"), ("country", "CH")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("dir=\"rtl\""));
    assert!(
        bad.body.contains("id=\"f-name-error\"") && bad.body.contains("id=\"f-language-error\"")
    );
    let ok = app
        .post_form(
            "/en/account",
            &[
                ("name", "Meera Rao"),
                ("organisation", "NIC"),
                ("stakeholder_type", "government"),
                ("country", "IN"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), "/en/account?notice=account-saved");
    let page = app.get("/en/account?notice=account-saved").await;
    assert!(page.body.contains("Your profile has been saved.") && page.body.contains("Meera Rao"));
    assert!(
        page.body
            .contains("<option value=\"IN\" selected>India</option>")
    );
}

#[tokio::test]
async fn the_password_is_changed_with_the_current_one() {
    let mut app = TestApp::new().await;
    app.sign_in_as("pw@example.org", &[Role::Participant]).await;
    let wrong = app
        .post_form(
            "/en/account/password",
            &[
                ("current_password", "nope"),
                ("password", "new password here"),
                ("password_confirm", "new password here"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("The current password is not correct"));
    let ok = app
        .post_form(
            "/en/account/password",
            &[
                ("current_password", "a long test password"),
                ("password", "new password here"),
                ("password_confirm", "new password here"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/en/account").await.status,
        StatusCode::OK,
        "this session stays signed in"
    );
}

#[tokio::test]
async fn sign_in_returns_to_the_page_asked_for_but_never_off_site() {
    let mut app = TestApp::new().await;
    let hash = wsis_web::auth::hash_password("a long test password".into())
        .await
        .unwrap();
    {
        let mut c = app.db.conn().await.unwrap();
        let p = wsis_domain::account::Profile {
            name: "N".into(),
            organisation: None,
            stakeholder_type: None,
            country: None,
            language: wsis_domain::Language::En,
        };
        wsis_db::accounts::create_user(
            &mut c,
            &wsis_domain::account::Email::parse("n@example.org").unwrap(),
            &hash,
            &p,
            &[Role::Participant],
            true,
        )
        .await
        .unwrap();
    }
    let r = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "n@example.org"),
                ("password", "a long test password"),
                ("next", "//evil.example/x"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/en/account");
    app.post_form("/en/account/logout", &[]).await;
    let r = app
        .post_form(
            "/en/account/login",
            &[
                ("email", "n@example.org"),
                ("password", "a long test password"),
                ("next", "/fr/sdgs"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/fr/sdgs");
}
