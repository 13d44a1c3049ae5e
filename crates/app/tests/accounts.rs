//! The account workflows through their services, without HTTP: sign-up and the
//! confirmation link, sign-in and sessions, the reset link, the password change, and
//! the administration of roles and facilitators. Run on the engine
//! `WSIS_TEST_DATABASE_URL` names (SQLite by default; PostgreSQL in CI).

use std::path::PathBuf;
use std::sync::Arc;
use wsis_app::accounts::{
    self, FacilitatorInput, NewAccount, PasswordChange, ResetInput, SignUpInput, User,
};
use wsis_app::{App, AppConfig, ServiceError};
use wsis_domain::account::{Email, Password, ProfileInput, Role};
use wsis_domain::{AccountId, Language};

const IP: &str = "192.0.2.7";
const PASSWORD: &str = "correct horse battery";

struct Fixture {
    app: App,
    outbox: PathBuf,
}

async fn fixture() -> Fixture {
    let db = wsis_db::testing::fresh_db().await;
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let outbox = std::env::temp_dir().join(format!("wsis-app-acc-{}-{n}", std::process::id()));
    let mut config = AppConfig::new("https://wsis.example");
    config.rate_limits.login_per_account = 4;
    let mailer = wsis_app::mail::Mailer::outbox(&outbox).expect("outbox");
    let search = Arc::new(wsis_search::SearchIndex::in_ram().expect("index"));
    Fixture {
        app: App::new(db, mailer, config, search),
        outbox,
    }
}

/// A mail as the outbox holds it: recipient, subject, the whole message.
struct Mail {
    to: String,
    subject: String,
    raw: String,
}

impl Mail {
    /// The body, decoded (the mailer sends it in base64).
    fn body(&self) -> String {
        use base64::Engine;
        let (_, encoded) = self
            .raw
            .split_once("\r\n\r\n")
            .or_else(|| self.raw.split_once("\n\n"))
            .expect("a body");
        let encoded: String = encoded.split_whitespace().collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .expect("a base64 body");
        String::from_utf8(bytes).expect("UTF-8")
    }

    /// The token of the link in the mail.
    fn token(&self) -> String {
        let text = self.body();
        let at = text
            .find("token=")
            .map(|i| i + "token=".len())
            .unwrap_or_else(|| panic!("no link in the mail:\n{text}"));
        let token: String = text[at..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        assert_eq!(token.len(), 64, "a whole token in {}", self.raw);
        token
    }
}

impl Fixture {
    /// The mail sent since the last call (the queue drained first).
    async fn mails(&self) -> Vec<Mail> {
        wsis_app::jobs::drain(&self.app).await.expect("drain");
        let Ok(dir) = std::fs::read_dir(&self.outbox) else {
            return Vec::new();
        };
        let mut names: Vec<_> = dir
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|path| {
                let raw = std::fs::read_to_string(&path).expect("mail");
                std::fs::remove_file(&path).expect("remove");
                let header = |h: &str| {
                    raw.lines()
                        .find_map(|l| l.strip_prefix(h))
                        .unwrap_or_default()
                        .trim()
                        .to_owned()
                };
                Mail {
                    to: header("To: "),
                    subject: header("Subject: "),
                    raw: raw.clone(),
                }
            })
            .collect()
    }

    /// A confirmed account made as the command line makes one.
    async fn account(&self, email: &str, roles: &[Role]) -> User {
        accounts::create_user(
            &self.app,
            NewAccount {
                email: Email::parse(email).expect("email"),
                password: Password::parse(PASSWORD).expect("password"),
                name: format!("Account {email}"),
                roles: roles.to_vec(),
                language: Language::En,
            },
        )
        .await
        .expect("create the account")
    }
}

fn sign_up_input(email: &str, password: &str, confirm: &str) -> SignUpInput {
    SignUpInput {
        email: email.into(),
        password: password.into(),
        password_confirm: confirm.into(),
        profile: ProfileInput {
            name: "Amina Diallo".into(),
            organisation: String::new(),
            stakeholder_type: String::new(),
            country: "SN".into(),
            language: "fr".into(),
        },
    }
}

fn field_error(e: ServiceError, field: &str) -> String {
    match e {
        ServiceError::Fields(f) => f
            .for_field(field)
            .unwrap_or_else(|| panic!("no error on {field}: {f:?}"))
            .to_owned(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

#[tokio::test]
async fn sign_up_checks_every_field_and_writes_nothing_when_one_is_wrong() {
    let f = fixture().await;
    let e = accounts::sign_up(
        &f.app,
        IP,
        &sign_up_input("not-an-address", PASSWORD, PASSWORD),
    )
    .await
    .expect_err("a bad address");
    assert_eq!(field_error(e, "email"), "email-invalid");
    let e = accounts::sign_up(
        &f.app,
        IP,
        &sign_up_input("a@example.org", "short", "short"),
    )
    .await
    .expect_err("a short password");
    assert_eq!(field_error(e, "password"), "password-too-short");
    let e = accounts::sign_up(
        &f.app,
        IP,
        &sign_up_input("a@example.org", PASSWORD, "something else"),
    )
    .await
    .expect_err("confirmation differs");
    assert_eq!(field_error(e, "password_confirm"), "password-mismatch");
    assert!(f.mails().await.is_empty(), "no mail for a refused sign-up");
    // Nothing was written: the address is still free, and signs up.
    accounts::sign_up(
        &f.app,
        IP,
        &sign_up_input("a@example.org", PASSWORD, PASSWORD),
    )
    .await
    .expect("the address was never taken");
}

#[tokio::test]
async fn a_new_account_signs_in_only_after_following_the_mailed_link_once() {
    let f = fixture().await;
    let email = accounts::sign_up(
        &f.app,
        IP,
        &sign_up_input("amina@Example.ORG", PASSWORD, PASSWORD),
    )
    .await
    .expect("sign up");
    assert_eq!(email.as_str(), "amina@example.org");
    let mails = f.mails().await;
    assert_eq!(mails.len(), 1, "one confirmation mail");
    assert!(mails[0].to.contains("amina@example.org"), "{}", mails[0].to);
    let body = mails[0].body();
    assert!(
        body.contains("https://wsis.example/fr/account/verify?token="),
        "a link in the account's language:\n{body}"
    );
    let token = mails[0].token();

    let e = accounts::sign_in(&f.app, IP, "amina@example.org", PASSWORD)
        .await
        .expect_err("unconfirmed");
    assert_eq!(field_error(e, "email"), "login-unverified");

    // The same address signs up once. A second sign-up gets the same answer (nobody
    // learns that the address has an account); its owner is told, with no link token.
    let again = accounts::sign_up(
        &f.app,
        IP,
        &sign_up_input(
            "amina@example.org",
            "another passphrase",
            "another passphrase",
        ),
    )
    .await
    .expect("the same answer as a new sign-up");
    assert_eq!(again.as_str(), "amina@example.org");
    let mails = f.mails().await;
    assert_eq!(mails.len(), 1, "one mail, to the owner");
    let body = mails[0].body();
    assert!(
        body.contains("https://wsis.example/fr/account/password/forgot"),
        "{body}"
    );
    assert!(
        !body.contains("token="),
        "no link that confirms anything: {body}"
    );

    assert!(
        accounts::verify_email(&f.app, &token)
            .await
            .expect("verify")
    );
    assert!(
        !accounts::verify_email(&f.app, &token).await.expect("again"),
        "a link works once"
    );
    assert!(!accounts::verify_email(&f.app, "0000").await.expect("junk"));

    let session = accounts::sign_in(&f.app, IP, "amina@example.org", PASSWORD)
        .await
        .expect("sign in");
    assert!(session.user.email_verified);
    let mut roles = session.user.roles.clone();
    roles.sort_by_key(|r| r.code());
    let mut expected = Role::SIGN_UP.to_vec();
    expected.sort_by_key(|r| r.code());
    assert_eq!(roles, expected, "the roles of a new account, no more");
    let found = accounts::session_user(&f.app, &session.token)
        .await
        .expect("session")
        .expect("a live session");
    assert_eq!(found.id, session.user.id);
    accounts::sign_out(&f.app, &session.token)
        .await
        .expect("sign out");
    assert!(
        accounts::session_user(&f.app, &session.token)
            .await
            .expect("session")
            .is_none()
    );
}

#[tokio::test]
async fn a_new_confirmation_link_goes_only_to_an_unconfirmed_account() {
    let f = fixture().await;
    accounts::sign_up(
        &f.app,
        IP,
        &sign_up_input("new@example.org", PASSWORD, PASSWORD),
    )
    .await
    .expect("sign up");
    f.account("old@example.org", &[]).await;
    f.mails().await;
    for email in ["new@example.org", "old@example.org", "nobody@example.org"] {
        accounts::resend_verification(&f.app, IP, email)
            .await
            .expect("the same answer for every address");
    }
    let mails = f.mails().await;
    assert_eq!(mails.len(), 1, "only the unconfirmed account is mailed");
    assert!(mails[0].to.contains("new@example.org"));
    assert!(
        accounts::verify_email(&f.app, &mails[0].token())
            .await
            .expect("verify")
    );
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_address_get_one_answer_and_attempts_are_limited() {
    let f = fixture().await;
    f.account("user@example.org", &[]).await;
    let e = accounts::sign_in(&f.app, IP, "user@example.org", "wrong password")
        .await
        .expect_err("wrong password");
    assert_eq!(field_error(e, "email"), "login-failed");
    let e = accounts::sign_in(&f.app, IP, "nobody@example.org", PASSWORD)
        .await
        .expect_err("unknown");
    assert_eq!(field_error(e, "email"), "login-failed");
    let e = accounts::sign_in(&f.app, IP, "user@example.org", "")
        .await
        .expect_err("empty");
    assert_eq!(field_error(e, "password"), "password-required");
    // The account allows four attempts in the window (this fixture's setting).
    for _ in 0..3 {
        let _ = accounts::sign_in(&f.app, IP, "user@example.org", "wrong password").await;
    }
    let e = accounts::sign_in(&f.app, IP, "user@example.org", PASSWORD)
        .await
        .expect_err("limited");
    assert!(matches!(e, ServiceError::RateLimited), "{e:?}");
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_ends_every_session() {
    let f = fixture().await;
    f.account("user@example.org", &[]).await;
    let before = accounts::sign_in(&f.app, IP, "user@example.org", PASSWORD)
        .await
        .expect("sign in");
    accounts::request_reset(&f.app, IP, "nobody@example.org")
        .await
        .expect("the same answer for an unknown address");
    assert!(f.mails().await.is_empty(), "no mail to an unknown address");
    let e = accounts::request_reset(&f.app, IP, "not an address")
        .await
        .expect_err("malformed");
    assert_eq!(field_error(e, "email"), "email-invalid");

    accounts::request_reset(&f.app, IP, "user@example.org")
        .await
        .expect("request");
    let mails = f.mails().await;
    assert_eq!(mails.len(), 1);
    assert!(!mails[0].subject.is_empty());
    let token = mails[0].token();
    assert!(
        accounts::reset_link_is_valid(&f.app, &token)
            .await
            .expect("valid")
    );
    let input = |password: &str| ResetInput {
        token: token.clone(),
        password: password.into(),
        password_confirm: password.into(),
    };
    let e = accounts::reset_password(&f.app, &input("short"))
        .await
        .expect_err("too short");
    assert_eq!(field_error(e, "password"), "password-too-short");
    assert!(
        accounts::reset_link_is_valid(&f.app, &token)
            .await
            .expect("valid"),
        "a refused password leaves the link usable"
    );
    assert!(
        accounts::reset_password(&f.app, &input("a brand new passphrase"))
            .await
            .expect("reset")
    );
    assert!(
        !accounts::reset_password(&f.app, &input("another new passphrase"))
            .await
            .expect("again"),
        "the link works once"
    );
    assert!(
        accounts::session_user(&f.app, &before.token)
            .await
            .expect("session")
            .is_none(),
        "the old session ended"
    );
    let e = accounts::sign_in(&f.app, IP, "user@example.org", PASSWORD)
        .await
        .expect_err("old password");
    assert_eq!(field_error(e, "email"), "login-failed");
    accounts::sign_in(&f.app, IP, "user@example.org", "a brand new passphrase")
        .await
        .expect("the new password works");
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_keeps_only_the_new_session() {
    let f = fixture().await;
    let user = f.account("user@example.org", &[]).await;
    let other_device = accounts::sign_in(&f.app, IP, "user@example.org", PASSWORD)
        .await
        .expect("sign in");
    let change = |current: &str, new: &str| PasswordChange {
        current_password: current.into(),
        password: new.into(),
        password_confirm: new.into(),
    };
    let e = accounts::change_password(&f.app, &user, &change("wrong", "a brand new passphrase"))
        .await
        .expect_err("wrong current password");
    assert_eq!(field_error(e, "current_password"), "password-wrong");
    let session =
        accounts::change_password(&f.app, &user, &change(PASSWORD, "a brand new passphrase"))
            .await
            .expect("change");
    assert!(
        accounts::session_user(&f.app, &other_device.token)
            .await
            .expect("session")
            .is_none(),
        "other sessions end"
    );
    assert!(
        accounts::session_user(&f.app, &session.token)
            .await
            .expect("session")
            .is_some(),
        "the new session is live"
    );
}

#[tokio::test]
async fn the_profile_is_checked_before_it_is_saved() {
    let f = fixture().await;
    let user = f.account("user@example.org", &[]).await;
    let mut input = ProfileInput {
        name: String::new(),
        organisation: "ITU".into(),
        stakeholder_type: String::new(),
        country: "CH".into(),
        language: "ar".into(),
    };
    let e = accounts::update_profile(&f.app, &user, &input)
        .await
        .expect_err("no name");
    assert_eq!(field_error(e, "name"), "name-required");
    assert_eq!(
        accounts::account(&f.app, AccountId::new(user.id))
            .await
            .expect("read")
            .profile
            .language,
        Language::En,
        "nothing written"
    );
    input.name = "Layla".into();
    let saved = accounts::update_profile(&f.app, &user, &input)
        .await
        .expect("save");
    assert_eq!(saved.profile.name, "Layla");
    assert_eq!(saved.profile.language, Language::Ar);
    assert_eq!(saved.profile.organisation.as_deref(), Some("ITU"));
}

#[tokio::test]
async fn only_administrators_set_roles_and_none_removes_their_own() {
    let f = fixture().await;
    let admin = f.account("admin@example.org", &[Role::Administrator]).await;
    let secretariat = f.account("sec@example.org", &[Role::Secretariat]).await;
    let user = f.account("user@example.org", &[]).await;
    let uid = AccountId::new(user.id);
    for actor in [&secretariat, &user] {
        assert!(matches!(
            accounts::users(&f.app, actor, 1).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            accounts::set_roles(&f.app, actor, uid, &[Role::Secretariat]).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let page = accounts::users(&f.app, &admin, 1).await.expect("list");
    assert_eq!(page.total, 3);
    assert!(!page.has_next());
    let mut roles = accounts::set_roles(&f.app, &admin, uid, &[Role::Secretariat])
        .await
        .expect("grant");
    roles.sort_by_key(|r| r.code());
    assert_eq!(roles, vec![Role::Participant, Role::Secretariat]);
    let e = accounts::set_roles(&f.app, &admin, AccountId::new(admin.id), &[])
        .await
        .expect_err("own administrator role");
    assert_eq!(field_error(e, "role"), "role-invalid");
    assert!(matches!(
        accounts::set_roles(&f.app, &admin, AccountId::new(999_999), &[]).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn the_secretariat_names_facilitators_once_per_line() {
    let f = fixture().await;
    let secretariat = f.account("sec@example.org", &[Role::Secretariat]).await;
    let user = f.account("user@example.org", &[]).await;
    let input = FacilitatorInput {
        action_line: "C7.3".into(),
        agency: "UNCTAD".into(),
        role: "lead".into(),
    };
    assert!(matches!(
        accounts::add_facilitator(&f.app, &user, &input).await,
        Err(ServiceError::Forbidden)
    ));
    let bad = FacilitatorInput {
        action_line: "C12".into(),
        agency: "A\u{0}gency".into(),
        role: "boss".into(),
    };
    match accounts::add_facilitator(&f.app, &secretariat, &bad).await {
        Err(ServiceError::Fields(errors)) => {
            assert_eq!(errors.for_field("action_line"), Some("action-line-invalid"));
            assert_eq!(errors.for_field("agency"), Some("text-invalid-characters"));
            assert!(errors.for_field("role").is_some());
        }
        other => panic!("expected field errors, got {other:?}"),
    }
    let before = accounts::facilitators(&f.app, &secretariat)
        .await
        .expect("list")
        .len();
    accounts::add_facilitator(&f.app, &secretariat, &input)
        .await
        .expect("add");
    let e = accounts::add_facilitator(&f.app, &secretariat, &input)
        .await
        .expect_err("twice");
    assert_eq!(field_error(e, "agency"), "facilitator-exists");
    let list = accounts::facilitators(&f.app, &secretariat)
        .await
        .expect("list");
    assert_eq!(list.len(), before + 1);
    let added = list
        .iter()
        .find(|r| r.action_line == "C7.3" && r.agency == "UNCTAD")
        .expect("the new facilitator is listed");
    accounts::remove_facilitator(&f.app, &secretariat, added.id)
        .await
        .expect("remove");
    assert!(matches!(
        accounts::remove_facilitator(&f.app, &secretariat, added.id).await,
        Err(ServiceError::NotFound)
    ));
}
