//! Stocktaking storage, on SQLite and (with WSIS_TEST_DATABASE_URL) PostgreSQL.

use wsis_db::stocktaking as st;
use wsis_db::testing::fresh_db;
use wsis_db::{DbError, accounts};
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::stocktaking::{EntryData, EntryInput, EntryStatus};
use wsis_domain::{FieldErrors, Language};

fn data(title: &str) -> EntryData {
    let input = EntryInput {
        title: title.into(),
        description: "Connecting schools.".into(),
        activity_type: "project".into(),
        organisation: "Ministry".into(),
        stakeholder_type: "government".into(),
        coverage: "national".into(),
        countries: vec!["KE".into()],
        action_lines: vec![("C2".into(), "".into())],
        sdgs: vec![("4".into(), "4.a".into(), "".into())],
        status: "ongoing".into(),
        language: "en".into(),
        start_date: "2018-03-01".into(),
        ..Default::default()
    };
    input.parse(&mut FieldErrors::new()).expect("valid")
}

async fn user(db: &wsis_db::Db, email: &str) -> i64 {
    let p = Profile {
        name: email.into(),
        organisation: None,
        stakeholder_type: None,
        country: None,
        language: Language::En,
    };
    accounts::create_user(
        &mut db.conn().await.unwrap(),
        &Email::parse(email).unwrap(),
        "h",
        &p,
        &[Role::Stakeholder],
        true,
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn an_entry_keeps_every_revision_and_its_published_version_while_an_edit_is_reviewed() {
    let db = fresh_db().await;
    let owner = user(&db, "o@example.org").await;
    let sec = user(&db, "s@example.org").await;
    let mut c = db.conn().await.unwrap();
    let call = st::create_call(&mut c, 2019, "WSIS Stocktaking 2019", 0, i64::MAX / 2)
        .await
        .unwrap();
    assert!(
        st::create_call(&mut c, 2019, "again", 0, 1)
            .await
            .unwrap_err()
            .is_conflict()
    );
    assert_eq!(
        st::call_open_at(&mut c, 100).await.unwrap().unwrap().year,
        2019
    );

    let id = st::create_entry(
        &mut c,
        owner,
        &data("First title"),
        EntryStatus::Draft,
        None,
    )
    .await
    .unwrap();
    let e = st::get_entry(&mut c, id).await.unwrap().unwrap();
    assert_eq!(
        (
            e.status,
            e.version,
            e.current_revision,
            e.published_revision
        ),
        (EntryStatus::Draft, 1, 1, None)
    );
    st::change_status(
        &mut c,
        &e,
        1,
        owner,
        "submit",
        EntryStatus::Submitted,
        None,
        Some(call),
    )
    .await
    .unwrap();
    let e = st::get_entry(&mut c, id).await.unwrap().unwrap();
    assert_eq!(e.call_year, Some(2019));
    st::change_status(
        &mut c,
        &e,
        e.version,
        sec,
        "publish",
        EntryStatus::Published,
        None,
        None,
    )
    .await
    .unwrap();
    let e = st::get_entry(&mut c, id).await.unwrap().unwrap();
    assert_eq!(e.published_revision, Some(1));
    assert_eq!(e.published.as_ref().unwrap().title, "First title");

    // An edit of a published entry: a new revision under review, the old one still public.
    st::save_revision(
        &mut c,
        &e,
        e.version,
        owner,
        &data("Second title"),
        EntryStatus::Submitted,
    )
    .await
    .unwrap();
    let e = st::get_entry(&mut c, id).await.unwrap().unwrap();
    assert_eq!(
        (e.status, e.current_revision, e.published_revision),
        (EntryStatus::Submitted, 2, Some(1))
    );
    assert_eq!(e.current.title, "Second title");
    assert_eq!(e.published.as_ref().unwrap().title, "First title");
    assert_eq!(
        st::published_batch(&mut c, 0, 10).await.unwrap()[0]
            .data
            .title,
        "First title"
    );

    // A stale edit (started from an older version) is refused, not silently applied.
    let stale = st::save_revision(
        &mut c,
        &e,
        e.version - 1,
        owner,
        &data("Third"),
        EntryStatus::Submitted,
    )
    .await;
    assert!(matches!(stale, Err(DbError::Stale)));

    // The secretariat refuses the edit: the published version stays, the working copy goes back to it.
    st::change_status(
        &mut c,
        &e,
        e.version,
        sec,
        "reject",
        EntryStatus::Published,
        Some("Not an improvement"),
        None,
    )
    .await
    .unwrap();
    let e = st::get_entry(&mut c, id).await.unwrap().unwrap();
    assert_eq!((e.status, e.current_revision), (EntryStatus::Published, 1));
    let history = st::events(&mut c, id).await.unwrap();
    assert_eq!(
        history
            .iter()
            .map(|h| h.action.as_str())
            .collect::<Vec<_>>(),
        ["submit", "publish", "reject"]
    );
    assert_eq!(history[2].comment.as_deref(), Some("Not an improvement"));
    assert_eq!(st::revisions(&mut c, id).await.unwrap().len(), 2);
}

#[tokio::test]
async fn facets_are_counted_and_the_queue_filters() {
    let db = fresh_db().await;
    let owner = user(&db, "o@example.org").await;
    let mut c = db.conn().await.unwrap();
    for i in 0..3 {
        let d = data(&format!("Entry {i}"));
        let id = st::create_entry(&mut c, owner, &d, EntryStatus::Submitted, None)
            .await
            .unwrap();
        st::set_facets(&mut c, id, &d.facet_values(None))
            .await
            .unwrap();
    }
    let counts = st::facet_counts(&mut c, "country").await.unwrap();
    assert_eq!(counts, vec![("KE".to_owned(), 3)]);
    let (total, rows) = st::queue(
        &mut c,
        Some(EntryStatus::Submitted),
        None,
        Some("entry 1"),
        10,
        0,
    )
    .await
    .unwrap();
    assert_eq!((total, rows.len()), (1, 1));
    assert_eq!(rows[0].title, "Entry 1");
    let (total, _) = st::queue(&mut c, Some(EntryStatus::Draft), None, None, 10, 0)
        .await
        .unwrap();
    assert_eq!(total, 0);
    assert_eq!(st::entries_of_owner(&mut c, owner).await.unwrap().len(), 3);
}
