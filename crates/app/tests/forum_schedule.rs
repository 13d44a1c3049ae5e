//! Service-level tests of the forum's registration and session documents: the
//! rules (capacity, approval, check-in, who may upload, the documents limit)
//! and that the limits hold under concurrent requests on both engines (run on
//! PostgreSQL with WSIS_TEST_DATABASE_URL set).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::Barrier;
use wsis_app::forum::documents::{self, MAX_DOCUMENTS, TOO_MANY, Upload};
use wsis_app::forum::registration::{self as reg, CheckIn, FULL, Participant, Registered};
use wsis_app::{App, AppConfig, ServiceError};
use wsis_db::Db;
use wsis_domain::access::Principal;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::forum::registration::{Category, RegistrationData, RegistrationStatus};
use wsis_domain::forum::{AttendanceMode, Needs, ProposalData};
use wsis_domain::taxonomy::StakeholderType;
use wsis_domain::{AccountId, Language, RegistrationId, SessionId};

const YEAR: i64 = 2031;

static SEQ: AtomicU64 = AtomicU64::new(0);

/// A database with enough connections for every concurrent request of a
/// test: on PostgreSQL a fresh schema with a pool of 48 (the shared test
/// helper opens 4), on SQLite a fresh file.
async fn wide_db() -> Db {
    match std::env::var("WSIS_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => {
            let schema = format!(
                "t_app_{}_{}",
                std::process::id(),
                SEQ.fetch_add(1, Ordering::Relaxed)
            );
            let db = Db::connect(
                &url,
                wsis_db::ConnectOptions {
                    pg_schema: Some(schema),
                    max_connections: Some(48),
                },
            )
            .await
            .expect("WSIS_TEST_DATABASE_URL is usable");
            wsis_db::migrate::migrate(&db).await.expect("migrations");
            db
        }
        _ => wsis_db::testing::fresh_db().await,
    }
}

async fn app_on(db: Db) -> App {
    let outbox = std::env::temp_dir().join(format!(
        "wsis-app-forum-{}-{}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    ));
    App::new(
        db,
        wsis_app::mail::Mailer::outbox(&outbox).expect("outbox"),
        AppConfig::new("https://forum.example"),
        Arc::new(wsis_search::SearchIndex::in_ram().expect("index")),
    )
}

async fn edition(db: &Db, capacity: i64) -> i64 {
    let mut tx = db.begin().await.expect("tx");
    let id = wsis_db::forum::create_edition(
        &mut tx,
        &wsis_db::forum::Edition {
            id: 0,
            year: YEAR,
            theme: BTreeMap::from([("en".to_owned(), "Test".to_owned())]),
            starts_on: "2031-05-05".into(),
            ends_on: "2031-05-09".into(),
            venue: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            capacity,
            proposals_open: true,
        },
    )
    .await
    .expect("edition");
    // The test accounts write from example.org, accredited as member states' domain.
    wsis_db::registrations::set_accredited_domains(
        &mut tx,
        id,
        &[("member-state".to_owned(), "example.org".to_owned())],
    )
    .await
    .expect("accreditation");
    tx.commit().await.expect("commit");
    id
}

async fn user(db: &Db, n: usize, roles: &[Role]) -> i64 {
    let mut tx = db.begin().await.expect("tx");
    let email = Email::parse(&format!("p{n}@example.org")).expect("email");
    let id = wsis_db::accounts::create_user(
        &mut tx,
        &email,
        "x",
        &Profile {
            name: format!("Participant {n}"),
            organisation: Some("Org".into()),
            stakeholder_type: Some(StakeholderType::Government),
            country: Some("CH".into()),
            language: Language::En,
        },
        roles,
        true,
    )
    .await
    .expect("user");
    tx.commit().await.expect("commit");
    id
}

fn on_site(category: Category) -> RegistrationData {
    RegistrationData {
        mode: AttendanceMode::OnSite,
        category,
        stakeholder_type: StakeholderType::Government,
        organisation: "Org".into(),
        country: "CH".into(),
        accessibility: String::new(),
    }
}

fn who(id: i64, email: &str) -> Participant<'_> {
    Participant {
        id,
        name: "Participant",
        email,
    }
}

async fn on_site_count(db: &Db, edition: i64) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM forum_registrations WHERE edition_id = $1 AND mode = 'on-site' AND status <> 'declined'",
    )
    .bind(edition)
    .fetch_one(db.pool())
    .await
    .expect("count")
}

#[tokio::test]
async fn registration_approval_and_check_in_follow_the_rules() {
    let db = wsis_db::testing::fresh_db().await;
    let ed = edition(&db, 2).await;
    let app = app_on(db.clone()).await;
    let (a, b, c) = (
        user(&db, 1, &[Role::Participant]).await,
        user(&db, 2, &[Role::Participant]).await,
        user(&db, 3, &[Role::Participant]).await,
    );

    // A member state is approved at once; an NGO waits for the secretariat.
    let Registered::New(ra, sa) = reg::register(
        &app,
        Language::En,
        who(a, "p1@example.org"),
        YEAR,
        &on_site(Category::MemberState),
    )
    .await
    .expect("a") else {
        panic!("a registers")
    };
    assert_eq!(sa, RegistrationStatus::Approved);
    let Registered::New(rb, sb) = reg::register(
        &app,
        Language::En,
        who(b, "p2@example.org"),
        YEAR,
        &on_site(Category::Ngo),
    )
    .await
    .expect("b") else {
        panic!("b registers")
    };
    assert_eq!(sb, RegistrationStatus::Pending);
    // A second registration of one account changes nothing (remote here:
    // on-site, a full edition answers "full" first, as before).
    let mut again = on_site(Category::MemberState);
    again.mode = AttendanceMode::Remote;
    assert_eq!(
        reg::register(&app, Language::En, who(a, "p1@example.org"), YEAR, &again)
            .await
            .expect("again"),
        Registered::Already
    );
    // Two places; a pending registration holds none (issue 10, item 14): c takes the
    // second, and the forum is full on site.
    assert!(matches!(
        reg::register(
            &app,
            Language::En,
            who(c, "p3@example.org"),
            YEAR,
            &on_site(Category::MemberState)
        )
        .await,
        Ok(Registered::New(_, RegistrationStatus::Approved))
    ));
    let e = user(&db, 5, &[Role::Participant]).await;
    assert!(matches!(
        reg::register(&app, Language::En, who(e, "p5@example.org"), YEAR, &on_site(Category::MemberState)).await,
        Err(ServiceError::Conflict(k)) if k == FULL
    ));
    // The waiting one cannot be approved on site now.
    assert!(matches!(
        reg::decide(&app, Language::En, rb, RegistrationStatus::Approved).await,
        Err(ServiceError::Conflict(k)) if k == wsis_app::forum::registration::FULL_ON_APPROVAL
    ));
    // Remote participation has no capacity.
    let mut remote = on_site(Category::MemberState);
    remote.mode = AttendanceMode::Remote;
    assert!(matches!(
        reg::register(&app, Language::En, who(e, "p5@example.org"), YEAR, &remote).await,
        Ok(Registered::New(_, RegistrationStatus::Approved))
    ));
    // The mails were queued with the registrations, and the worker sends them.
    assert_eq!(wsis_app::jobs::drain(&app).await.expect("drain"), 4);

    // Deciding: only approve or decline, once.
    assert!(matches!(
        reg::decide(&app, Language::En, rb, RegistrationStatus::Pending).await,
        Err(ServiceError::Fields(_))
    ));
    assert_eq!(
        reg::decide(&app, Language::En, rb, RegistrationStatus::Declined)
            .await
            .expect("decline"),
        YEAR
    );
    assert!(matches!(
        reg::decide(&app, Language::En, rb, RegistrationStatus::Approved).await,
        Err(ServiceError::Conflict("registration-already-decided"))
    ));
    assert!(matches!(
        reg::decide(
            &app,
            Language::En,
            RegistrationId::new(9_999),
            RegistrationStatus::Approved
        )
        .await,
        Err(ServiceError::NotFound)
    ));
    assert_eq!(wsis_app::jobs::drain(&app).await.expect("drain"), 1);
    // Declining frees no place: the approved ones hold them.
    let d = user(&db, 4, &[Role::Participant]).await;
    assert!(matches!(
        reg::register(
            &app,
            Language::En,
            who(d, "p4@example.org"),
            YEAR,
            &on_site(Category::MemberState)
        )
        .await,
        Err(ServiceError::Conflict(k)) if k == FULL
    ));
    assert_eq!(on_site_count(&db, ed).await, 2);

    // Check-in: unknown, not approved, welcome, then told the first time.
    let ra_row = reg::of_user(&app, ed, AccountId::new(a))
        .await
        .expect("of user")
        .expect("a's");
    assert_eq!(ra_row.id, ra.get());
    assert_eq!(
        reg::check_in(&app, ed, "nothing").await.expect("unknown"),
        CheckIn::Unknown
    );
    let rb_row = reg::of_user(&app, ed, AccountId::new(b))
        .await
        .expect("of user")
        .expect("b's");
    assert!(matches!(
        reg::check_in(&app, ed, &rb_row.badge_code)
            .await
            .expect("b"),
        CheckIn::NotApproved(_)
    ));
    let scanned = format!(
        "https://forum.example/badge?code={}",
        ra_row.badge_code.to_lowercase()
    );
    assert!(
        matches!(reg::check_in(&app, ed, &scanned).await.expect("a"), CheckIn::Welcome(r) if r.id == ra.get())
    );
    assert!(
        matches!(reg::check_in(&app, ed, &ra_row.badge_code).await.expect("a again"), CheckIn::Already(r, _) if r.id == ra.get())
    );

    // Badges for approved registrations only.
    assert!(reg::badge_of(&app, ed, AccountId::new(a)).await.is_ok());
    assert!(matches!(
        reg::badge_of(&app, ed, AccountId::new(b)).await,
        Err(ServiceError::Conflict(_))
    ));
}

/// 40 participants at once for the last 5 on-site places: exactly 5 get one.
#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn concurrent_registrations_never_overbook() {
    let db = wide_db().await;
    let ed = edition(&db, 10).await;
    let app = app_on(db.clone()).await;
    for n in 0..5 {
        let u = user(&db, 1000 + n, &[Role::Participant]).await;
        reg::register(
            &app,
            Language::En,
            who(u, "early@example.org"),
            YEAR,
            &on_site(Category::MemberState),
        )
        .await
        .expect("early registration");
    }
    let mut ids = Vec::new();
    for n in 0..40 {
        ids.push(user(&db, n, &[Role::Participant]).await);
    }
    let gate = Arc::new(Barrier::new(ids.len()));
    let tasks: Vec<_> = ids
        .into_iter()
        .map(|id| {
            let (app, gate) = (app.clone(), gate.clone());
            tokio::spawn(async move {
                gate.wait().await;
                reg::register(
                    &app,
                    Language::En,
                    who(id, "late@example.org"),
                    YEAR,
                    &on_site(Category::MemberState),
                )
                .await
            })
        })
        .collect();
    let (mut won, mut full) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(Registered::New(..)) => won += 1,
            Err(ServiceError::Conflict(k)) if k == FULL => full += 1,
            other => panic!("unexpected: {other:?}"),
        }
    }
    assert_eq!((won, full), (5, 35));
    assert_eq!(
        on_site_count(&db, ed).await,
        10,
        "never more than the capacity"
    );
}

/// Two scans of one badge at once: one welcome, one "already".
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_badge_scanned_twice_at_once_checks_in_once() {
    let db = wide_db().await;
    let ed = edition(&db, 10).await;
    let app = app_on(db.clone()).await;
    let u = user(&db, 1, &[Role::Participant]).await;
    reg::register(
        &app,
        Language::En,
        who(u, "p1@example.org"),
        YEAR,
        &on_site(Category::MemberState),
    )
    .await
    .expect("register");
    let code = reg::of_user(&app, ed, AccountId::new(u))
        .await
        .expect("read")
        .expect("row")
        .badge_code;
    let gate = Arc::new(Barrier::new(8));
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let (app, gate, code) = (app.clone(), gate.clone(), code.clone());
            tokio::spawn(async move {
                gate.wait().await;
                reg::check_in(&app, ed, &code).await
            })
        })
        .collect();
    let mut welcomes = 0;
    for t in tasks {
        match t.await.expect("task").expect("check-in") {
            CheckIn::Welcome(_) => welcomes += 1,
            CheckIn::Already(..) => {}
            other => panic!("unexpected: {other:?}"),
        }
    }
    assert_eq!(welcomes, 1);
}

// ----------------------------------------------------------------- documents

fn up(bytes: &[u8]) -> Upload<'_> {
    Upload {
        title: "Paper",
        file_name: "paper.pdf",
        bytes,
    }
}

fn pdf(n: usize) -> Vec<u8> {
    format!("%PDF-1.4\n% document {n}\n%%EOF\n").into_bytes()
}

/// A proposed session of `proposer` (set up in storage directly: proposals
/// are another feature's service).
async fn session(db: &Db, edition: i64, proposer: i64, status: &str) -> SessionId {
    let data = ProposalData {
        type_code: "high-level-policy".into(),
        title: "A session".into(),
        abstract_md: "About it.".into(),
        organisers: vec!["Org".into()],
        speakers: vec![],
        action_lines: vec!["C1".into()],
        sdgs: vec![1],
        languages: vec![Language::En],
        needs: Needs::default(),
        remote: false,
        expected_audience: 50,
    };
    let mut tx = db.begin().await.expect("tx");
    let (id, _) = wsis_db::forum::create_session(&mut tx, edition, proposer, &data, &[])
        .await
        .expect("session");
    sqlx::query("UPDATE forum_sessions SET status = $1 WHERE id = $2")
        .bind(status)
        .bind(id)
        .execute(&mut *tx)
        .await
        .expect("status");
    tx.commit().await.expect("commit");
    SessionId::new(id)
}

async fn documents_count(db: &Db, session: SessionId) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM forum_documents WHERE session_id = $1")
        .bind(session.get())
        .fetch_one(db.pool())
        .await
        .expect("count")
}

#[tokio::test]
async fn documents_are_checked_limited_and_only_for_their_organisers() {
    let db = wsis_db::testing::fresh_db().await;
    let ed = edition(&db, 10).await;
    let app = app_on(db.clone()).await;
    let owner = user(&db, 1, &[Role::Organiser]).await;
    let other = user(&db, 2, &[Role::Organiser]).await;
    let sec = user(&db, 3, &[Role::Secretariat]).await;
    let s = session(&db, ed, owner, "proposed").await;
    let (o_roles, x_roles, s_roles) = ([Role::Organiser], [Role::Organiser], [Role::Secretariat]);
    let me = Principal::new(AccountId::new(owner), &o_roles);
    let stranger = Principal::new(AccountId::new(other), &x_roles);
    let secretariat = Principal::new(AccountId::new(sec), &s_roles);

    // Someone else's session: refused; the secretariat may.
    assert!(matches!(
        documents::add(&app, stranger, s, up(&pdf(0))).await,
        Err(ServiceError::Forbidden)
    ));
    documents::add(&app, secretariat, s, up(&pdf(0)))
        .await
        .expect("secretariat adds");
    // Content and title are checked; nothing is written when they fail.
    match documents::add(
        &app,
        me,
        s,
        Upload {
            title: " ",
            file_name: "x.pdf",
            bytes: b"not a document",
        },
    )
    .await
    {
        Err(ServiceError::Fields(f)) => {
            assert!(f.for_field("title").is_some() && f.for_field("file").is_some());
        }
        other => panic!("unexpected: {other:?}"),
    }
    for n in 1..MAX_DOCUMENTS as usize {
        documents::add(&app, me, s, up(&pdf(n)))
            .await
            .expect("within the limit");
    }
    match documents::add(&app, me, s, up(&pdf(99))).await {
        Err(ServiceError::Fields(f)) => assert_eq!(f.for_field("file"), Some(TOO_MANY)),
        other => panic!("unexpected: {other:?}"),
    }
    let docs = documents::of_session(&app, s).await.expect("list");
    assert_eq!(docs.len() as i64, MAX_DOCUMENTS);

    // Before acceptance only the proposer and the secretariat may read one.
    let d = &docs[0];
    let id = wsis_domain::DocumentId::new(d.id);
    assert!(matches!(
        documents::download(&app, None, YEAR, id, &d.file_name).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        documents::download(&app, Some(stranger), YEAR, id, &d.file_name).await,
        Err(ServiceError::NotFound)
    ));
    assert!(
        !documents::download(&app, Some(me), YEAR, id, &d.file_name)
            .await
            .expect("own")
            .public
    );
    assert!(matches!(
        documents::download(&app, Some(me), YEAR, id, "other.pdf").await,
        Err(ServiceError::NotFound)
    ));

    // Removing frees a place; someone else may not remove.
    assert!(matches!(
        documents::remove(&app, stranger, s, id).await,
        Err(ServiceError::Forbidden)
    ));
    documents::remove(&app, me, s, id).await.expect("remove");
    assert!(matches!(
        documents::remove(&app, me, s, id).await,
        Err(ServiceError::NotFound)
    ));
    documents::add(&app, me, s, up(&pdf(100)))
        .await
        .expect("a free place again");

    // A declined session's documents are closed.
    let closed = session(&db, ed, owner, "declined").await;
    assert!(matches!(
        documents::add(&app, me, closed, up(&pdf(1))).await,
        Err(ServiceError::Conflict("document-session-closed"))
    ));
}

/// 40 uploads at once for the last 5 places of a session: exactly 5 are kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn concurrent_uploads_never_exceed_the_documents_limit() {
    let db = wide_db().await;
    let ed = edition(&db, 10).await;
    let app = app_on(db.clone()).await;
    let owner = user(&db, 1, &[Role::Organiser]).await;
    let s = session(&db, ed, owner, "accepted").await;
    let roles: &'static [Role] = &[Role::Organiser];
    let me = Principal::new(AccountId::new(owner), roles);
    let free = 5;
    for n in 0..(MAX_DOCUMENTS as usize - free) {
        documents::add(
            &app,
            me,
            s,
            Upload {
                title: "Early",
                file_name: "e.pdf",
                bytes: &pdf(n),
            },
        )
        .await
        .expect("early upload");
    }
    let gate = Arc::new(Barrier::new(40));
    let tasks: Vec<_> = (0..40)
        .map(|n| {
            let (app, gate) = (app.clone(), gate.clone());
            tokio::spawn(async move {
                let bytes = pdf(1000 + n);
                let me = Principal::new(AccountId::new(owner), roles);
                gate.wait().await;
                documents::add(
                    &app,
                    me,
                    s,
                    Upload {
                        title: "Late",
                        file_name: "l.pdf",
                        bytes: &bytes,
                    },
                )
                .await
            })
        })
        .collect();
    let (mut kept, mut refused) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => kept += 1,
            Err(ServiceError::Fields(f)) if f.for_field("file") == Some(TOO_MANY) => refused += 1,
            Err(e) => panic!("unexpected: {e:?}"),
        }
    }
    assert_eq!((kept, refused), (free, 40 - free));
    assert_eq!(documents_count(&db, s).await, MAX_DOCUMENTS);
}

// ------------------------------------------------------------------ schedule

#[tokio::test]
async fn placing_confirms_conflicts_refuses_impossible_slots_and_publishes() {
    use wsis_app::forum::schedule::{self as sched, Placed, Slot};
    use wsis_domain::RoomId;
    use wsis_domain::forum::{Conflict, SessionStatus};

    let db = wsis_db::testing::fresh_db().await;
    let ed_id = edition(&db, 100).await;
    let app = app_on(db.clone()).await;
    let admin = user(&db, 1, &[Role::Secretariat]).await;
    let mut tx = db.begin().await.expect("tx");
    let room = wsis_db::forum::add_room(
        &mut tx,
        ed_id,
        &wsis_db::forum::RoomRow {
            id: 0,
            code: "A".into(),
            name: "Room A".into(),
            capacity: 200,
            interpretation: true,
            captioning: true,
            step_free: true,
            opens: "08:00".into(),
            closes: "20:00".into(),
        },
    )
    .await
    .expect("room");
    tx.commit().await.expect("commit");
    let mut ids = Vec::new();
    for _ in 0..2 {
        let s = session(&db, ed_id, admin, "proposed").await;
        let mut tx = db.begin().await.expect("tx");
        wsis_db::forum::review(&mut tx, s.get(), 1, SessionStatus::Accepted, None)
            .await
            .expect("accept");
        tx.commit().await.expect("commit");
        ids.push(s);
    }
    let ed = sched::edition(&app, YEAR).await.expect("edition");
    let tz = sched::venue_tz(&ed);
    let at = |clock: &str| sched::local_to_utc(&tz, "2031-05-06", clock).expect("time");
    let slot = Slot {
        room: RoomId::new(room),
        starts_at: at("09:00"),
        ends_at: at("10:00"),
    };
    let version = |s: SessionId| {
        let (app, ed) = (app.clone(), ed.clone());
        async move {
            sched::accepted_session(&app, &ed, s)
                .await
                .expect("accepted")
                .version
        }
    };

    let v = version(ids[0]).await;
    assert_eq!(
        sched::place(&app, &ed, ids[0], v, slot, false)
            .await
            .expect("place"),
        Placed::Done
    );
    // The same room at the same time: shown, and saved only when confirmed.
    let v = version(ids[1]).await;
    match sched::place(&app, &ed, ids[1], v, slot, false)
        .await
        .expect("place")
    {
        Placed::Unconfirmed(found) => {
            assert!(
                found
                    .iter()
                    .any(|c| matches!(c, Conflict::RoomDoubleBooked { .. }))
            )
        }
        other => panic!("unexpected: {other:?}"),
    }
    assert_eq!(version(ids[1]).await, v, "nothing saved");
    assert_eq!(
        sched::place(&app, &ed, ids[1], v, slot, true)
            .await
            .expect("place"),
        Placed::Done
    );
    // An impossible slot is refused even when confirmed.
    let v = version(ids[1]).await;
    let backwards = Slot {
        starts_at: at("11:00"),
        ends_at: at("10:00"),
        ..slot
    };
    assert!(matches!(
        sched::place(&app, &ed, ids[1], v, backwards, true)
            .await
            .expect("place"),
        Placed::Blocked(_)
    ));
    // An edit from an old version is stale.
    assert!(matches!(
        sched::unplace(&app, &ed, ids[1], v - 1).await,
        Err(ServiceError::Conflict("forum-schedule-stale"))
    ));
    assert!(matches!(
        sched::place(&app, &ed, SessionId::new(9_999), 1, slot, true).await,
        Err(ServiceError::NotFound)
    ));

    // Publishing: version 1, then a stale base is refused; the snapshot follows.
    assert!(
        wsis_app::forum::snapshots::by_year(&app, YEAR)
            .await
            .expect("snapshot")
            .is_none()
    );
    assert_eq!(
        sched::publish(&app, &ed, admin, "First", 0)
            .await
            .expect("publish"),
        1
    );
    let snap = wsis_app::forum::snapshots::by_year(&app, YEAR)
        .await
        .expect("snapshot")
        .expect("published");
    assert_eq!(
        (snap.schedule.version, snap.schedule.sessions.len()),
        (1, 2)
    );
    assert!(matches!(
        sched::publish(&app, &ed, admin, "Again", 0).await,
        Err(ServiceError::Conflict("forum-publish-stale"))
    ));
    sched::unplace(&app, &ed, ids[1], v).await.expect("unplace");
    assert_eq!(
        sched::publish(&app, &ed, admin, "Second", 1)
            .await
            .expect("publish"),
        2
    );
    let snap = wsis_app::forum::snapshots::by_year(&app, YEAR)
        .await
        .expect("snapshot")
        .expect("published");
    assert_eq!(
        (snap.schedule.version, snap.schedule.sessions.len()),
        (2, 1)
    );
}
