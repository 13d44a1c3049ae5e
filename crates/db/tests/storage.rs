//! The storage suite. Runs on SQLite by default and on PostgreSQL when
//! `WSIS_TEST_DATABASE_URL` is set (as `.ci/run` does).

use wsis_db::accounts::{self, TokenPurpose};
use wsis_db::testing::{fresh_db, test_backend};
use wsis_db::{Backend, DbError, migrate, rate_limit, reference, sessions};
use wsis_domain::Language;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::taxonomy::FacilitatorRole;

fn profile(name: &str) -> Profile {
    Profile {
        name: name.into(),
        organisation: Some("ITU".into()),
        stakeholder_type: None,
        country: Some("CH".into()),
        language: Language::Fr,
    }
}

#[tokio::test]
async fn migrating_twice_applies_nothing_the_second_time() {
    let db = fresh_db().await;
    let again = migrate::migrate(&db).await.unwrap();
    assert!(again.applied.is_empty());
    assert_eq!(again.current, migrate::MIGRATIONS.last().unwrap().0);
}

#[tokio::test]
async fn reference_data_is_seeded_with_all_codes() {
    let db = fresh_db().await;
    let mut c = db.conn().await.unwrap();
    let count = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql);
    assert_eq!(
        count("SELECT COUNT(*) FROM action_lines")
            .fetch_one(&mut *c)
            .await
            .unwrap(),
        19
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM action_lines WHERE prize_number IS NOT NULL")
            .fetch_one(&mut *c)
            .await
            .unwrap(),
        18
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM sdg_goals")
            .fetch_one(&mut *c)
            .await
            .unwrap(),
        17
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM sdg_targets")
            .fetch_one(&mut *c)
            .await
            .unwrap(),
        169
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM stakeholder_types")
            .fetch_one(&mut *c)
            .await
            .unwrap(),
        6
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM languages")
            .fetch_one(&mut *c)
            .await
            .unwrap(),
        6
    );
    assert!(
        count("SELECT COUNT(*) FROM countries")
            .fetch_one(&mut *c)
            .await
            .unwrap()
            >= 245
    );
    let e_health: String =
        sqlx::query_scalar("SELECT name_fr FROM action_lines WHERE prize_number = 10")
            .fetch_one(&mut *c)
            .await
            .unwrap();
    assert_eq!(e_health, "Cybersanté");
}

#[tokio::test]
async fn facilitators_are_editable_and_unique_per_line_and_agency() {
    let db = fresh_db().await;
    let mut c = db.conn().await.unwrap();
    let before = reference::list_facilitators(&mut c).await.unwrap();
    assert!(
        before
            .iter()
            .any(|f| f.action_line == "C7.4" && f.agency == "WHO" && f.role == "lead")
    );
    let id = reference::add_facilitator(&mut c, "C9", "UNDP", FacilitatorRole::Partner)
        .await
        .unwrap();
    let dup = reference::add_facilitator(&mut c, "C9", "UNDP", FacilitatorRole::Lead).await;
    assert!(matches!(dup, Err(DbError::Conflict(_))), "{dup:?}");
    assert!(reference::remove_facilitator(&mut c, id).await.unwrap());
    assert!(!reference::remove_facilitator(&mut c, id).await.unwrap());
    // A refresh of reference data keeps the secretariat's edits.
    reference::seed(&mut c).await.unwrap();
    assert_eq!(
        reference::list_facilitators(&mut c).await.unwrap().len(),
        before.len()
    );
}

#[tokio::test]
async fn one_account_per_address_whatever_the_case() {
    let db = fresh_db().await;
    let mut tx = db.begin().await.unwrap();
    let email = Email::parse("Ana@Example.org").unwrap();
    let id = accounts::create_user(
        &mut tx,
        &email,
        "hash",
        &profile("Ana"),
        &Role::SIGN_UP,
        false,
    )
    .await
    .unwrap();
    let upper = Email::parse("ANA@example.org").unwrap();
    let dup = accounts::create_user(&mut tx, &upper, "hash", &profile("Ana 2"), &[], false).await;
    assert!(matches!(dup, Err(DbError::Conflict(_))));
    tx.rollback().await.unwrap();

    // The rollback undid the first insert too: nothing half-written.
    let mut c = db.conn().await.unwrap();
    assert!(accounts::find_user(&mut c, id).await.unwrap().is_none());
}

#[tokio::test]
async fn users_roles_and_profiles_round_trip() {
    let db = fresh_db().await;
    let mut c = db.conn().await.unwrap();
    let email = Email::parse("li@example.cn").unwrap();
    let id = accounts::create_user(
        &mut c,
        &email,
        "h",
        &profile("李"),
        &[Role::Participant],
        false,
    )
    .await
    .unwrap();
    accounts::grant_role(&mut c, id, Role::Organiser)
        .await
        .unwrap();
    accounts::grant_role(&mut c, id, Role::Organiser)
        .await
        .unwrap();
    let u = accounts::find_user_by_email(&mut c, &email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.roles, vec![Role::Organiser, Role::Participant]);
    assert_eq!(u.profile.name, "李");
    assert_eq!(u.profile.language, Language::Fr);
    assert!(!u.email_verified);
    accounts::revoke_role(&mut c, id, Role::Organiser)
        .await
        .unwrap();
    accounts::revoke_role(&mut c, id, Role::Participant)
        .await
        .unwrap();
    let u = accounts::find_user(&mut c, id).await.unwrap().unwrap();
    assert_eq!(
        u.roles,
        vec![Role::Participant],
        "participant cannot be revoked"
    );
    let mut p = u.profile.clone();
    p.name = "Li Wei".into();
    p.country = None;
    accounts::update_profile(&mut c, id, &p).await.unwrap();
    accounts::mark_email_verified(&mut c, id).await.unwrap();
    let u = accounts::find_user(&mut c, id).await.unwrap().unwrap();
    assert_eq!(u.profile, p);
    assert!(u.email_verified);
    assert_eq!(accounts::count_users(&mut c).await.unwrap(), 1);
}

#[tokio::test]
async fn tokens_are_single_use_and_purpose_bound() {
    let db = fresh_db().await;
    let mut c = db.conn().await.unwrap();
    let email = Email::parse("x@example.org").unwrap();
    let id = accounts::create_user(&mut c, &email, "h", &profile("X"), &[], false)
        .await
        .unwrap();
    accounts::store_token(&mut c, "t1", id, TokenPurpose::ResetPassword, 3600)
        .await
        .unwrap();
    accounts::store_token(&mut c, "t2", id, TokenPurpose::ResetPassword, 3600)
        .await
        .unwrap();
    accounts::store_token(&mut c, "old", id, TokenPurpose::VerifyEmail, -1)
        .await
        .unwrap();
    assert_eq!(
        accounts::consume_token(&mut c, "t1", TokenPurpose::VerifyEmail)
            .await
            .unwrap(),
        None
    );
    assert!(
        accounts::token_is_valid(&mut c, "t1", TokenPurpose::ResetPassword)
            .await
            .unwrap()
    );
    assert_eq!(
        accounts::consume_token(&mut c, "t1", TokenPurpose::ResetPassword)
            .await
            .unwrap(),
        Some(id)
    );
    assert_eq!(
        accounts::consume_token(&mut c, "t1", TokenPurpose::ResetPassword)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        accounts::consume_token(&mut c, "t2", TokenPurpose::ResetPassword)
            .await
            .unwrap(),
        None,
        "using one reset link spends the others"
    );
    assert_eq!(
        accounts::consume_token(&mut c, "old", TokenPurpose::VerifyEmail)
            .await
            .unwrap(),
        None,
        "expired"
    );
}

#[tokio::test]
async fn sessions_expire_and_end() {
    let db = fresh_db().await;
    let mut c = db.conn().await.unwrap();
    let email = Email::parse("s@example.org").unwrap();
    let id = accounts::create_user(&mut c, &email, "h", &profile("S"), &[], true)
        .await
        .unwrap();
    const IDLE: i64 = 3 * 86_400;
    sessions::create(&mut c, "live", id, 30 * 86_400)
        .await
        .unwrap();
    sessions::create(&mut c, "dead", id, -5).await.unwrap();
    assert_eq!(
        sessions::user_of(&mut c, "live", IDLE).await.unwrap(),
        Some(id)
    );
    assert_eq!(sessions::user_of(&mut c, "dead", IDLE).await.unwrap(), None);
    // Used within the idle timeout, a session lives on: each use moves the timeout on.
    let t = wsis_db::now();
    let two_days = 2 * 86_400;
    let used = sessions::user_of_at(&mut c, "live", IDLE, t + two_days).await;
    assert_eq!(used.unwrap(), Some(id));
    let later = sessions::user_of_at(&mut c, "live", IDLE, t + 2 * two_days).await;
    assert_eq!(later.unwrap(), Some(id), "used two days ago, not idle");
    // Not used for longer than the timeout, it ends, and the purge removes it.
    let idle = sessions::user_of_at(&mut c, "live", IDLE, t + 2 * two_days + IDLE + 1).await;
    assert_eq!(idle.unwrap(), None, "idle for longer than the timeout");
    assert_eq!(
        sessions::purge_expired(&mut c, IDLE).await.unwrap(),
        1,
        "the expired one"
    );
    let purged = sessions::purge_expired_at(&mut c, IDLE, t + 2 * two_days + IDLE + 1).await;
    assert_eq!(purged.unwrap(), 1, "the idle one");
    sessions::create(&mut c, "again", id, 3600).await.unwrap();
    sessions::delete_for_user(&mut c, id).await.unwrap();
    assert_eq!(
        sessions::user_of(&mut c, "again", IDLE).await.unwrap(),
        None
    );
}

#[tokio::test]
async fn rate_limits_count_per_bucket() {
    let db = fresh_db().await;
    let mut c = db.conn().await.unwrap();
    // a fixed time, 20 s into a minute: a window boundary mid-test would reset the count
    let t = 1_800_000_000 - 40;
    for _ in 0..3 {
        assert!(
            rate_limit::hit_at(&mut c, "login:1.2.3.4", 3, 60, t)
                .await
                .unwrap()
        );
    }
    assert!(
        !rate_limit::hit_at(&mut c, "login:1.2.3.4", 3, 60, t + 39)
            .await
            .unwrap()
    );
    assert!(
        rate_limit::hit_at(&mut c, "login:5.6.7.8", 3, 60, t + 39)
            .await
            .unwrap()
    );
    // the next window counts afresh
    assert!(
        rate_limit::hit_at(&mut c, "login:1.2.3.4", 3, 60, t + 40)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn the_engine_under_test_is_the_one_asked_for() {
    let db = fresh_db().await;
    assert_eq!(db.backend(), test_backend());
}

/// Needs both engines: run by `.ci/run` with WSIS_TEST_DATABASE_URL set and
/// `--include-ignored`.
#[tokio::test]
#[ignore = "needs PostgreSQL: set WSIS_TEST_DATABASE_URL to a postgres:// URL"]
async fn sqlite_and_postgres_schemas_do_not_drift_apart() {
    assert_eq!(
        test_backend(),
        Backend::Postgres,
        "WSIS_TEST_DATABASE_URL must name PostgreSQL"
    );
    let pg = fresh_db().await;
    let path = std::env::temp_dir().join(format!("wsis-drift-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let lite = wsis_db::Db::connect(&format!("sqlite:{}", path.display()), Default::default())
        .await
        .unwrap();
    migrate::migrate(&lite).await.unwrap();
    let a = wsis_db::schema::snapshot(&lite).await.unwrap();
    let b = wsis_db::schema::snapshot(&pg).await.unwrap();
    assert!(a.len() > 50);
    let only_lite: Vec<_> = a.iter().filter(|c| !b.contains(c)).collect();
    let only_pg: Vec<_> = b.iter().filter(|c| !a.contains(c)).collect();
    assert!(
        only_lite.is_empty() && only_pg.is_empty(),
        "SQLite only: {only_lite:?}\nPostgreSQL only: {only_pg:?}"
    );
}
