//! The forum's proposal, review and editor services, without HTTP: who may do
//! what, the workflow's transitions, stale edits, merges and the mail they queue.

use std::sync::Arc;
use wsis_app::forum::{proposals, review, site};
use wsis_app::mail::Mailer;
use wsis_app::{App, AppConfig, ServiceError};
use wsis_db::forum as fdb;
use wsis_domain::access::Principal;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::site::{EditionInput, RoomInput};
use wsis_domain::{AccountId, Language, RoomId, SessionId};

struct World {
    app: App,
    outbox: std::path::PathBuf,
    proposer: (AccountId, Vec<Role>),
    other: (AccountId, Vec<Role>),
    secretariat: (AccountId, Vec<Role>),
}

fn who(p: &(AccountId, Vec<Role>)) -> Principal<'_> {
    Principal::new(p.0, &p.1)
}

async fn user(db: &wsis_db::Db, email: &str, roles: &[Role]) -> (AccountId, Vec<Role>) {
    let profile = Profile {
        name: email.split('@').next().unwrap_or("x").to_owned(),
        organisation: None,
        stakeholder_type: None,
        country: None,
        language: Language::En,
    };
    let id = wsis_db::accounts::create_user(
        &mut db.conn().await.expect("conn"),
        &Email::parse(email).expect("email"),
        "x",
        &profile,
        roles,
        true,
    )
    .await
    .expect("user");
    (AccountId::new(id), roles.to_vec())
}

async fn world(open: bool) -> World {
    let db = wsis_db::testing::fresh_db().await;
    static WORLDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WORLDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let outbox =
        std::env::temp_dir().join(format!("wsis-app-forum-{}-{n}-{nanos}", std::process::id()));
    let mailer = Mailer::outbox(&outbox).expect("outbox");
    let search = Arc::new(wsis_search::SearchIndex::in_ram().expect("index"));
    let proposer = user(&db, "ana@example.org", &[Role::Stakeholder]).await;
    let other = user(&db, "omar@example.org", &[Role::Stakeholder]).await;
    let secretariat = user(&db, "sec@example.org", &[Role::Secretariat]).await;
    let app = App::new(db, mailer, AppConfig::new("http://wsis.test"), search);
    let mut input = edition_input("2030");
    input.proposals_open = if open { "1" } else { "0" }.to_owned();
    site::create_edition(&app, who(&secretariat), &input)
        .await
        .expect("edition");
    World {
        app,
        outbox,
        proposer,
        other,
        secretariat,
    }
}

fn edition_input(year: &str) -> EditionInput {
    EditionInput {
        year: year.to_owned(),
        theme_en: "Digital futures".to_owned(),
        starts_on: format!("{year}-04-08"),
        ends_on: format!("{year}-04-11"),
        venue: "Geneva".to_owned(),
        time_zone: "Europe/Zurich".to_owned(),
        capacity: "2000".to_owned(),
        proposals_open: "1".to_owned(),
        ..Default::default()
    }
}

fn proposal(title: &str, speakers: &[&str]) -> proposals::ProposalInput {
    proposals::ProposalInput {
        type_code: "thematic-workshop".to_owned(),
        title: title.to_owned(),
        abstract_md: "We discuss **skills**.".to_owned(),
        organisers: "ITU\nUNESCO".to_owned(),
        speakers: speakers
            .iter()
            .map(|e| {
                (
                    format!("Speaker {e}"),
                    "ITU".to_owned(),
                    (*e).to_owned(),
                    "speaker".to_owned(),
                )
            })
            .collect(),
        action_lines: vec!["C4".to_owned()],
        sdgs: vec!["4".to_owned()],
        languages: vec!["en".to_owned()],
        ..Default::default()
    }
}

/// Runs the queue and returns the recipients and subjects sent so far.
async fn sent(w: &World) -> Vec<String> {
    wsis_app::jobs::drain(&w.app).await.expect("drain");
    let mut names: Vec<_> = std::fs::read_dir(&w.outbox)
        .expect("outbox")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("mail"))
        .collect()
}

async fn session(w: &World, id: SessionId) -> fdb::SessionRow {
    proposals::mine(&w.app, who(&w.proposer))
        .await
        .expect("mine")
        .proposals
        .into_iter()
        .chain(
            proposals::mine(&w.app, who(&w.other))
                .await
                .expect("mine")
                .proposals,
        )
        .map(|(s, _, _)| s)
        .find(|s| s.id == id.get())
        .expect("session")
}

#[tokio::test]
async fn a_proposal_with_field_errors_or_to_a_closed_call_is_not_stored() {
    let w = world(true).await;
    let mut bad = proposal("", &["a@example.org"]);
    bad.type_code = "no-such-type".to_owned();
    let Err(ServiceError::Fields(errors)) =
        proposals::submit(&w.app, who(&w.proposer), 2030, Language::En, &bad).await
    else {
        panic!("field errors expected");
    };
    assert_eq!(errors.for_field("title"), Some("title-required"));
    assert_eq!(errors.for_field("type_code"), Some("session-type-invalid"));
    assert!(
        proposals::mine(&w.app, who(&w.proposer))
            .await
            .expect("mine")
            .proposals
            .is_empty()
    );
    assert!(matches!(
        proposals::submit(&w.app, who(&w.proposer), 1999, Language::En, &bad).await,
        Err(ServiceError::NotFound)
    ));

    let closed = world(false).await;
    assert!(matches!(
        proposals::submit(
            &closed.app,
            who(&closed.proposer),
            2030,
            Language::En,
            &proposal("Skills", &["a@example.org"])
        )
        .await,
        Err(ServiceError::Conflict("forum-proposals-closed"))
    ));
}

#[tokio::test]
async fn speakers_are_invited_and_confirm_and_only_the_proposer_edits_from_the_latest_version() {
    let w = world(true).await;
    let id = proposals::submit(
        &w.app,
        who(&w.proposer),
        2030,
        Language::En,
        &proposal("Skills for the SDGs", &["a@example.org"]),
    )
    .await
    .expect("submit");
    let mails = sent(&w).await;
    assert_eq!(mails.len(), 1, "one invitation");
    assert!(mails[0].contains("To: a@example.org"), "{}", mails[0]);
    let s = session(&w, id).await;
    assert_eq!(s.status, SessionStatus::Proposed);

    // Someone else, even the secretariat, does not edit the proposer's proposal.
    for p in [&w.other, &w.secretariat] {
        assert!(matches!(
            proposals::editable(&w.app, who(p), id).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            proposals::edit(
                &w.app,
                who(p),
                id,
                s.version,
                Language::En,
                &proposal("Taken over", &["a@example.org"])
            )
            .await,
            Err(ServiceError::Forbidden)
        ));
    }
    assert!(matches!(
        proposals::editable(&w.app, who(&w.proposer), SessionId::new(9_999)).await,
        Err(ServiceError::NotFound)
    ));

    // The proposer edits (a new speaker is invited; the first is not asked again).
    proposals::edit(
        &w.app,
        who(&w.proposer),
        id,
        s.version,
        Language::En,
        &proposal("Skills for all", &["a@example.org", "b@example.org"]),
    )
    .await
    .expect("edit");
    let mails = sent(&w).await;
    assert_eq!(mails.len(), 2);
    assert!(mails[1].contains("To: b@example.org"), "{}", mails[1]);
    // An edit from the old version is stale, and changes nothing.
    assert!(matches!(
        proposals::edit(
            &w.app,
            who(&w.proposer),
            id,
            s.version,
            Language::En,
            &proposal("Old form", &["a@example.org"])
        )
        .await,
        Err(ServiceError::Stale("forum-proposal-stale"))
    ));
    assert_eq!(session(&w, id).await.data.title, "Skills for all");
    assert_eq!(sent(&w).await.len(), 2, "nothing queued by a refused edit");

    // A speaker confirms from their link and gives their availability.
    let token = "not-a-token";
    assert!(
        proposals::confirm_speaker(&w.app, token)
            .await
            .expect("confirm")
            .is_none()
    );
    assert!(matches!(
        proposals::set_availability(&w.app, token, &[]).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn reviews_follow_the_workflow_and_need_the_secretariat() {
    let w = world(true).await;
    let id = proposals::submit(
        &w.app,
        who(&w.proposer),
        2030,
        Language::En,
        &proposal("Skills", &["a@example.org"]),
    )
    .await
    .expect("submit");
    let v = session(&w, id).await.version;
    // Not the proposer, not another stakeholder.
    for p in [&w.proposer, &w.other] {
        assert!(matches!(
            review::decide(&w.app, who(p), id, "accept", "", v).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            review::queue_of(&w.app, who(p), 2030).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let sec = who(&w.secretariat);
    // Asking for changes needs a comment; an unknown action is a field error.
    let Err(ServiceError::Fields(f)) =
        review::decide(&w.app, sec, id, "request-changes", " ", v).await
    else {
        panic!("comment required");
    };
    assert_eq!(
        f.for_field("comment"),
        Some("forum-review-comment-required")
    );
    assert!(matches!(
        review::decide(&w.app, sec, id, "shelve", "", v).await,
        Err(ServiceError::Fields(_))
    ));
    sent(&w).await;
    let before = sent(&w).await.len();
    review::decide(&w.app, sec, id, "request-changes", "Add a speaker", v)
        .await
        .expect("changes");
    let s = session(&w, id).await;
    assert_eq!(s.status, SessionStatus::ChangesRequested);
    assert_eq!(s.review_comment.as_deref(), Some("Add a speaker"));
    let mails = sent(&w).await;
    assert_eq!(mails.len(), before + 1, "the proposer is told");
    assert!(mails[before].contains("To: ana@example.org"));
    // A decision from the old version is stale.
    assert!(matches!(
        review::decide(&w.app, sec, id, "accept", "", v).await,
        Err(ServiceError::Stale("forum-proposal-stale"))
    ));
    review::decide(&w.app, sec, id, "accept", "", s.version)
        .await
        .expect("accept");
    let s = session(&w, id).await;
    assert_eq!(s.status, SessionStatus::Accepted);
    assert_eq!(s.number, Some(1), "the edition's first public number");
    // Changes can be asked again of an accepted session, but not declined twice.
    review::decide(&w.app, sec, id, "decline", "Out of scope", s.version)
        .await
        .expect("decline");
    let s = session(&w, id).await;
    assert!(matches!(
        review::decide(&w.app, sec, id, "decline", "Again", s.version).await,
        Err(ServiceError::Conflict("session-review-not-allowed"))
    ));
    let q = review::queue_of(&w.app, sec, 2030).await.expect("queue");
    assert_eq!(q.sessions.len(), 1);
}

#[tokio::test]
async fn merges_fold_a_proposal_into_a_live_one_of_the_same_edition() {
    let w = world(true).await;
    let first = proposals::submit(
        &w.app,
        who(&w.proposer),
        2030,
        Language::En,
        &proposal("Kept", &["a@example.org"]),
    )
    .await
    .expect("first");
    let second = proposals::submit(
        &w.app,
        who(&w.other),
        2030,
        Language::En,
        &proposal("Folded", &["a@example.org", "c@example.org"]),
    )
    .await
    .expect("second");
    let before = sent(&w).await.len();
    let sec = who(&w.secretariat);
    let v2 = session(&w, second).await.version;
    assert!(matches!(
        review::merge(&w.app, who(&w.other), Language::En, second, first, v2).await,
        Err(ServiceError::Forbidden)
    ));
    for into in [second, SessionId::new(9_999)] {
        let Err(ServiceError::Fields(f)) =
            review::merge(&w.app, sec, Language::En, second, into, v2).await
        else {
            panic!("invalid target");
        };
        assert_eq!(f.for_field("into"), Some("forum-merge-target-invalid"));
    }
    assert!(matches!(
        review::merge(&w.app, sec, Language::En, second, first, v2 + 1).await,
        Err(ServiceError::Stale("forum-proposal-stale"))
    ));
    let year = review::merge(&w.app, sec, Language::En, second, first, v2)
        .await
        .expect("merge");
    assert_eq!(year, 2030);
    let merged = session(&w, second).await;
    let kept = session(&w, first).await;
    assert_eq!(merged.status, SessionStatus::Merged);
    assert_eq!(merged.merged_into, Some(first.get()));
    let emails: Vec<&str> = kept
        .data
        .speakers
        .iter()
        .map(|s| s.email.as_str())
        .collect();
    assert_eq!(emails, vec!["a@example.org", "c@example.org"]);
    let mails = sent(&w).await;
    assert_eq!(
        mails.len(),
        before + 1,
        "only the speaker new to the session"
    );
    assert!(mails[before].contains("To: c@example.org"));
    // Nothing merges into a merged proposal, nor is merged twice.
    let Err(ServiceError::Fields(_)) =
        review::merge(&w.app, sec, Language::En, first, second, kept.version).await
    else {
        panic!("into a merged proposal");
    };
}

#[tokio::test]
async fn the_site_editors_are_the_secretariats() {
    let w = world(true).await;
    let sec = who(&w.secretariat);
    let room = RoomInput {
        code: "R1".to_owned(),
        name: "Room 1".to_owned(),
        capacity: "100".to_owned(),
        features: vec!["captioning".to_owned()],
        opens: "09:00".to_owned(),
        closes: "18:00".to_owned(),
    };
    for p in [&w.proposer, &w.other] {
        assert!(matches!(
            site::add_room(&w.app, who(p), 2030, &room).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            site::create_edition(&w.app, who(p), &edition_input("2031")).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            site::update_edition(&w.app, who(p), 2030, &edition_input("2030")).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let id = site::add_room(&w.app, sec, 2030, &room)
        .await
        .expect("room");
    let Err(ServiceError::Fields(f)) = site::add_room(&w.app, sec, 2030, &room).await else {
        panic!("taken code");
    };
    assert_eq!(f.for_field("code"), Some("room-code-taken"));
    assert_eq!(
        site::room(&w.app, 2030, id).await.expect("room").name,
        "Room 1"
    );
    assert!(matches!(
        site::update_room(&w.app, sec, 2030, RoomId::new(9_999), &room).await,
        Err(ServiceError::NotFound)
    ));
    let Err(ServiceError::Fields(f)) =
        site::create_edition(&w.app, sec, &edition_input("2030")).await
    else {
        panic!("year taken");
    };
    assert_eq!(f.for_field("year"), Some("forum-year-taken"));
    let mut bad = edition_input("2031");
    bad.time_zone = "Mars/Olympus".to_owned();
    assert!(matches!(
        site::create_edition(&w.app, sec, &bad).await,
        Err(ServiceError::Fields(_))
    ));
    assert_eq!(
        site::create_edition(&w.app, sec, &edition_input("2031"))
            .await
            .expect("2031"),
        2031
    );
    assert_eq!(site::editions(&w.app).await.expect("editions").len(), 2);
    assert!(matches!(
        site::remove_phase(&w.app, sec, 2030, 9_999).await,
        Err(ServiceError::NotFound)
    ));
}

/// Issue 10, item 16: proposals cannot relay mail. An account invites at most 40
/// speakers a day (a refused proposal writes nothing and mails nobody), and an
/// invitation's subject is the template's alone: the proposer's title is only in the body.
#[tokio::test]
async fn invitations_are_limited_per_account_and_subjects_hold_no_user_text() {
    let w = world(true).await;
    let title = "FREE PRIZE click http://evil.example";
    let mut accepted = 0;
    let refused = loop {
        let speakers: Vec<String> = (0..8)
            .map(|i| format!("s{accepted}-{i}@example.org"))
            .collect();
        let refs: Vec<&str> = speakers.iter().map(String::as_str).collect();
        match proposals::submit(
            &w.app,
            who(&w.proposer),
            2030,
            Language::En,
            &proposal(title, &refs),
        )
        .await
        {
            Ok(_) => accepted += 1,
            Err(e) => break e,
        }
        assert!(accepted < 10, "no limit");
    };
    assert!(matches!(refused, ServiceError::RateLimited), "{refused:?}");
    assert_eq!(
        accepted, 5,
        "5 × 8 = 40 invitations, the sixth proposal refused"
    );
    let mails = sent(&w).await;
    assert_eq!(mails.len(), 40, "the refused proposal mailed nobody");
    for m in &mails {
        let subject = m
            .lines()
            .find_map(|l| l.strip_prefix("Subject: "))
            .expect("a subject");
        assert_eq!(
            subject,
            "WSIS Forum: please confirm that you will speak in a session"
        );
    }
    // Another account is not affected.
    proposals::submit(
        &w.app,
        who(&w.other),
        2030,
        Language::En,
        &proposal("Another session", &["x@example.org"]),
    )
    .await
    .expect("another account invites");
}
