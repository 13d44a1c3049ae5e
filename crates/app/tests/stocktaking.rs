//! The stocktaking workflow through its services, without HTTP: who may do what to an
//! entry, what each step does to its status and its published version, and which mail
//! it queues.

use std::sync::Arc;
use wsis_app::stocktaking::{self as svc, Action, images, import_file, reads};
use wsis_app::{App, AppConfig, ServiceError};
use wsis_db::accounts::User;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::stocktaking::{EntryData, EntryInput, EntryStatus, Translation};
use wsis_domain::{EntryId, FieldErrors, Language};

struct Fixture {
    app: App,
    outbox: std::path::PathBuf,
    owner: User,
    other: User,
    secretariat: User,
}

async fn user(db: &wsis_db::Db, email: &str, name: &str, roles: &[Role]) -> User {
    let mut conn = db.conn().await.expect("conn");
    let profile = Profile {
        name: name.into(),
        organisation: None,
        stakeholder_type: None,
        country: None,
        language: Language::En,
    };
    let email = Email::parse(email).expect("email");
    let id = wsis_db::accounts::create_user(&mut conn, &email, "x", &profile, roles, true)
        .await
        .expect("user");
    wsis_db::accounts::find_user(&mut conn, id)
        .await
        .expect("read")
        .expect("user")
}

async fn fixture() -> Fixture {
    let db = wsis_db::testing::fresh_db().await;
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let base = std::env::temp_dir().join(format!("wsis-app-st-{}-{n}", std::process::id()));
    let outbox = base.join("outbox");
    let mut config = AppConfig::new("https://wsis.example");
    config.media_dir = base.join("media");
    config.search_recheck = std::time::Duration::ZERO;
    let mailer = wsis_app::mail::Mailer::outbox(&outbox).expect("outbox");
    let search = Arc::new(wsis_search::SearchIndex::in_ram().expect("index"));
    let owner = user(&db, "owner@example.org", "Owner", &[Role::Stakeholder]).await;
    let other = user(&db, "other@example.org", "Other", &[Role::Stakeholder]).await;
    let secretariat = user(&db, "sec@example.org", "Sec", &[Role::Secretariat]).await;
    let app = App::new(db, mailer, config, search);
    Fixture {
        app,
        outbox,
        owner,
        other,
        secretariat,
    }
}

impl Fixture {
    /// The (recipient, subject) of the mail sent since the last call, in order.
    async fn mails(&self) -> Vec<(String, String)> {
        wsis_app::jobs::drain(&self.app).await.expect("drain");
        let mut names: Vec<_> = std::fs::read_dir(&self.outbox)
            .expect("outbox")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        names.sort();
        let mut out = Vec::new();
        for path in names {
            let raw = std::fs::read_to_string(&path).expect("mail");
            let header = |h: &str| {
                raw.lines()
                    .find_map(|l| l.strip_prefix(h))
                    .unwrap_or_default()
                    .trim()
                    .to_owned()
            };
            out.push((header("To: "), header("Subject: ")));
            std::fs::remove_file(&path).expect("remove");
        }
        out
    }

    async fn entry(&self, id: EntryId) -> svc::Entry {
        svc::entry_for(&self.app, &self.secretariat, id)
            .await
            .expect("entry")
            .0
    }

    async fn published_entry(&self) -> EntryId {
        let id = svc::create(&self.app, &self.owner, &data("Rural schools"), true)
            .await
            .expect("create");
        svc::moderate(
            &self.app,
            &self.secretariat,
            id,
            None,
            Action::Publish,
            "",
            &[],
        )
        .await
        .expect("publish");
        self.mails().await;
        id
    }

    async fn search_hits(&self, text: &str) -> Vec<i64> {
        let query = wsis_search::SearchQuery {
            text: Some(text.into()),
            lang: "en".into(),
            limit: 10,
            ..Default::default()
        };
        svc::search::search(&self.app, query, false)
            .await
            .expect("search")
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect()
    }
}

fn data(title: &str) -> EntryData {
    let input = EntryInput {
        title: title.into(),
        description: "Connecting **120** rural schools.".into(),
        activity_type: "project".into(),
        organisation: "Ministry of ICT".into(),
        stakeholder_type: "government".into(),
        partners: "ITU".into(),
        coverage: "national".into(),
        countries: vec!["KE".into()],
        regions: vec![],
        action_lines: vec![("C2".into(), "Infrastructure".into())],
        sdgs: vec![("4".into(), "4.a".into(), "Schools".into())],
        start_date: "2018-01-15".into(),
        end_date: "".into(),
        status: "ongoing".into(),
        website: "".into(),
        contact: "".into(),
        languages: vec!["en".into()],
        language: "en".into(),
    };
    let mut errors = FieldErrors::new();
    input.parse(&mut errors).expect("valid entry")
}

fn png() -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(40, 30, image::Rgb([1, 2, 3])))
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("png");
    out
}

#[tokio::test]
async fn a_submitted_entry_is_mailed_to_its_owner_and_to_the_secretariat_through_the_queue() {
    let f = fixture().await;
    let id = svc::create(&f.app, &f.owner, &data("Rural schools"), true)
        .await
        .expect("create");
    assert_eq!(f.entry(id).await.status, EntryStatus::Submitted);
    let mails = f.mails().await;
    let to: Vec<&str> = mails.iter().map(|(to, _)| to.as_str()).collect();
    assert_eq!(
        to,
        vec!["owner@example.org", "sec@example.org"],
        "{mails:?}"
    );
    // A draft mails nobody.
    svc::create(&f.app, &f.owner, &data("Draft"), false)
        .await
        .expect("draft");
    assert!(f.mails().await.is_empty());
}

#[tokio::test]
async fn only_the_secretariat_decides_and_only_on_submitted_entries() {
    let f = fixture().await;
    let id = svc::create(&f.app, &f.owner, &data("Rural schools"), false)
        .await
        .expect("create");
    let refused = svc::moderate(&f.app, &f.owner, id, None, Action::Publish, "", &[]).await;
    assert!(
        matches!(refused, Err(ServiceError::Forbidden)),
        "{refused:?}"
    );
    let draft = svc::moderate(&f.app, &f.secretariat, id, None, Action::Publish, "", &[]).await;
    assert!(
        matches!(
            draft,
            Err(ServiceError::Conflict("entry-action-not-allowed"))
        ),
        "{draft:?}"
    );
    let version = f.entry(id).await.version;
    svc::edit(&f.app, &f.owner, id, version, &data("Rural schools"), true)
        .await
        .expect("submit");
    let no_reason = svc::moderate(&f.app, &f.secretariat, id, None, Action::Reject, " ", &[]).await;
    assert!(
        matches!(
            no_reason,
            Err(ServiceError::Conflict("moderation-comment-required"))
        ),
        "{no_reason:?}"
    );
    svc::moderate(
        &f.app,
        &f.secretariat,
        id,
        None,
        Action::Reject,
        "Off topic",
        &[],
    )
    .await
    .expect("reject");
    assert_eq!(f.entry(id).await.status, EntryStatus::Rejected);
    let version = f.entry(id).await.version;
    let again = svc::edit(&f.app, &f.owner, id, version, &data("Again"), false).await;
    assert!(
        matches!(again, Err(ServiceError::Conflict("entry-rejected-final"))),
        "{again:?}"
    );
}

#[tokio::test]
async fn the_owner_and_the_secretariat_see_the_working_copy_others_do_not() {
    let f = fixture().await;
    let id = svc::create(&f.app, &f.owner, &data("Rural schools"), false)
        .await
        .expect("create");
    assert!(svc::entry_for(&f.app, &f.owner, id).await.is_ok());
    assert!(svc::entry_for(&f.app, &f.secretariat, id).await.is_ok());
    assert!(matches!(
        svc::entry_for(&f.app, &f.other, id).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        reads::entry_page(&f.app, Some(&f.other), id).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        reads::entry_page(&f.app, None, id).await,
        Err(ServiceError::NotFound)
    ));
    let version = f.entry(id).await.version;
    let by_other = svc::edit(&f.app, &f.other, id, version, &data("Mine now"), false).await;
    assert!(
        matches!(by_other, Err(ServiceError::Forbidden)),
        "{by_other:?}"
    );
    let by_sec = svc::edit(&f.app, &f.secretariat, id, version, &data("Ours"), false).await;
    assert!(matches!(by_sec, Err(ServiceError::Forbidden)), "{by_sec:?}");
}

#[tokio::test]
async fn an_edit_from_an_old_version_is_stale() {
    let f = fixture().await;
    let id = svc::create(&f.app, &f.owner, &data("Rural schools"), false)
        .await
        .expect("create");
    let version = f.entry(id).await.version;
    svc::edit(&f.app, &f.owner, id, version, &data("First"), false)
        .await
        .expect("first edit");
    let second = svc::edit(&f.app, &f.owner, id, version, &data("Second"), false).await;
    assert!(
        matches!(second, Err(ServiceError::Stale("entry-stale"))),
        "{second:?}"
    );
    assert_eq!(f.entry(id).await.current.title, "First");
}

#[tokio::test]
async fn rejecting_an_edit_of_a_published_entry_keeps_the_published_version() {
    let f = fixture().await;
    let id = f.published_entry().await;
    assert_eq!(f.search_hits("rural").await, vec![id.get()]);
    let version = f.entry(id).await.version;
    svc::edit(
        &f.app,
        &f.owner,
        id,
        version,
        &data("Urban hospitals"),
        false,
    )
    .await
    .expect("edit");
    let entry = f.entry(id).await;
    assert_eq!(entry.status, EntryStatus::Submitted);
    assert_eq!(
        entry.published.as_ref().map(|p| p.title.as_str()),
        Some("Rural schools")
    );
    svc::moderate(
        &f.app,
        &f.secretariat,
        id,
        None,
        Action::Reject,
        "Not this",
        &[],
    )
    .await
    .expect("reject the edit");
    let entry = f.entry(id).await;
    assert_eq!(entry.status, EntryStatus::Published);
    assert_eq!(entry.current.title, "Rural schools");
    assert_eq!(f.search_hits("rural").await, vec![id.get()]);
    assert!(f.search_hits("hospitals").await.is_empty());
    let public = reads::entry_page(&f.app, None, id).await.expect("public");
    assert_eq!(public.data().title, "Rural schools");
    let mails = f.mails().await;
    assert_eq!(
        mails.len(),
        3,
        "submitted to owner and secretariat, rejected: {mails:?}"
    );
}

#[tokio::test]
async fn an_image_from_the_owner_sends_a_published_entry_back_to_review() {
    let f = fixture().await;
    let id = f.published_entry().await;
    images::add(&f.app, &f.owner, id, "A classroom", Some(png()))
        .await
        .expect("image");
    let entry = f.entry(id).await;
    assert_eq!(entry.status, EntryStatus::Submitted);
    let waiting = images::images_of(&f.app, id).await.expect("images");
    assert_eq!(waiting.len(), 1);
    assert!(!waiting[0].is_approved());
    // The public still sees the published entry, without the waiting image.
    let public = reads::entry_page(&f.app, None, id).await.expect("public");
    assert!(public.images.is_empty());
    let to: Vec<String> = f.mails().await.into_iter().map(|m| m.0).collect();
    assert_eq!(to, vec!["owner@example.org", "sec@example.org"]);
    // Publishing approves the images the reviewer saw, and only those: a decision that
    // did not show this one (the queue's bulk publish) is refused and changes nothing.
    let unseen = svc::moderate(&f.app, &f.secretariat, id, None, Action::Publish, "", &[]).await;
    assert!(
        matches!(unseen, Err(ServiceError::Stale("moderation-images-unseen"))),
        "{unseen:?}"
    );
    assert_eq!(f.entry(id).await.status, EntryStatus::Submitted);
    assert!(!images::images_of(&f.app, id).await.expect("images")[0].is_approved());
    let seen = [waiting[0].id];
    svc::moderate(&f.app, &f.secretariat, id, None, Action::Publish, "", &seen)
        .await
        .expect("publish");
    // The secretariat's own images change nothing.
    assert!(images::images_of(&f.app, id).await.expect("images")[0].is_approved());
    images::add(&f.app, &f.secretariat, id, "A map", Some(png()))
        .await
        .expect("secretariat image");
    assert_eq!(f.entry(id).await.status, EntryStatus::Published);
    // Others may not add one.
    let other = images::add(&f.app, &f.other, id, "Mine", Some(png())).await;
    assert!(matches!(other, Err(ServiceError::Forbidden)), "{other:?}");
    // Nor may a file that is not an image.
    let bad = images::add(&f.app, &f.owner, id, "Text", Some(b"hello".to_vec())).await;
    assert!(matches!(bad, Err(ServiceError::Fields(_))), "{bad:?}");
}

#[tokio::test]
async fn translations_by_the_secretariat_keep_an_entry_published_the_owners_go_to_review() {
    let f = fixture().await;
    let id = f.published_entry().await;
    let french = Translation::parse("fr", "Écoles rurales", "Des écoles.", "Service").unwrap();
    let version = f.entry(id).await.version;
    svc::add_translation(&f.app, &f.secretariat, id, version, french)
        .await
        .expect("translation");
    let entry = f.entry(id).await;
    assert_eq!(entry.status, EntryStatus::Published);
    assert_eq!(
        entry.published.as_ref().map(|p| p.translations.len()),
        Some(1)
    );
    assert_eq!(f.search_hits("écoles").await, vec![id.get()]);
    assert!(f.mails().await.is_empty());
    let spanish = Translation::parse("es", "Escuelas", "Escuelas rurales.", "Owner").unwrap();
    let by_other = svc::add_translation(&f.app, &f.other, id, entry.version, spanish.clone()).await;
    assert!(
        matches!(by_other, Err(ServiceError::Forbidden)),
        "{by_other:?}"
    );
    svc::add_translation(&f.app, &f.owner, id, entry.version, spanish)
        .await
        .expect("owner's translation");
    assert_eq!(f.entry(id).await.status, EntryStatus::Submitted);
}

#[tokio::test]
async fn the_import_refuses_a_translation_without_a_description() {
    let entry = |description: &str| {
        serde_json::json!([{ "id": 1, "data": {
            "title": "Connected schools", "description": "Schools online.",
            "activity_type": "project", "organisation": "Ministry",
            "stakeholder_type": "government", "partners": ["ITU"], "coverage": "national",
            "countries": ["KE"], "regions": [],
            "action_lines": [{"code": "C2", "rationale": "Roads"}],
            "sdgs": [{"goal": 4, "targets": ["4.a"], "rationale": ""}],
            "start_date": "2018-01-15", "end_date": null, "status": "ongoing",
            "website": null, "contact": null, "languages": ["en"], "language": "en",
            "translations": [{"language": "fr", "title": "Écoles connectées",
                "description": description, "translator": "Service"}]
        }}])
        .to_string()
    };
    let problems =
        import_file::parse_file(entry("").as_bytes(), import_file::ImportFormat::Json).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.field == "translations" && p.key == "import-json-bad-item"),
        "{problems:?}"
    );
    let entries = import_file::parse_file(
        entry("Des écoles.").as_bytes(),
        import_file::ImportFormat::Json,
    )
    .expect("valid");
    assert_eq!(entries[0].data.translations.len(), 1);
}

fn rows(data: Vec<EntryData>) -> Vec<import_file::ImportRow> {
    data.into_iter()
        .map(|data| import_file::ImportRow { uid: None, data })
        .collect()
}

#[tokio::test]
async fn imported_entries_are_published_and_searchable() {
    let f = fixture().await;
    let me = wsis_domain::AccountId::new(f.secretariat.id);
    let report = svc::import::import_entries(
        &f.app,
        me,
        me,
        &rows(vec![data("Imported libraries"), data("Imported clinics")]),
        svc::import::IndexAfter::Follow,
        |_| {},
    )
    .await
    .expect("import");
    assert_eq!(report.created, 2);
    let hits = f.search_hits("libraries").await;
    assert_eq!(hits.len(), 1);
    assert_eq!(
        f.entry(EntryId::new(hits[0])).await.status,
        EntryStatus::Published
    );
}

/// Issue 10, item 25: every export format imports back into another installation as it
/// was (translations and rationales included), and importing it again matches the
/// entries by their stable id: nothing is added, changed ones are updated.
#[tokio::test]
async fn an_export_imports_back_losslessly_and_only_once_in_every_format() {
    use svc::export::{ExportFormat, SearchParams, export_entries};
    use svc::import::{ImportReport, IndexAfter, import_entries, plan};
    let source = fixture().await;
    let me = wsis_domain::AccountId::new(source.secretariat.id);
    let mut translated = data("Connected schools, \"quoted\"; =1+1");
    translated.partners = vec!["ITU".into(), "UNESCO; Geneva".into()];
    translated.translations = vec![Translation {
        language: Language::Fr,
        title: "Écoles connectées".into(),
        description: "Des écoles, en ligne.".into(),
        translator: "Service".into(),
    }];
    let originals = vec![translated, data("Clinics online")];
    import_entries(
        &source.app,
        me,
        me,
        &rows(originals.clone()),
        IndexAfter::Follow,
        |_| {},
    )
    .await
    .expect("import");
    let params = SearchParams::parse(None).expect("no filters");
    for format in [ExportFormat::Csv, ExportFormat::Json, ExportFormat::Jsonl] {
        let file = export_entries(&source.app, &params, format)
            .await
            .expect("export");
        let name = format!("export.{}", format.extension());
        let read = import_file::parse_file(&file, import_file::ImportFormat::detect(&name, &file))
            .unwrap_or_else(|e| panic!("{format:?}: {e:?}"));
        // Into another installation: the same content, the same ids.
        let target = fixture().await;
        let them = wsis_domain::AccountId::new(target.secretariat.id);
        let first = import_entries(&target.app, them, them, &read, IndexAfter::Follow, |_| {})
            .await
            .expect("first import");
        assert_eq!(first.created, 2, "{format:?}");
        let exported_again = export_entries(&target.app, &params, ExportFormat::Json)
            .await
            .expect("export");
        let back: Vec<svc::export::ExportedEntry> =
            serde_json::from_slice(&exported_again).expect("json");
        let mut datas: Vec<EntryData> = back.iter().map(|e| e.data.clone()).collect();
        let mut want = originals.clone();
        datas.sort_by(|a, b| a.title.cmp(&b.title));
        want.sort_by(|a, b| a.title.cmp(&b.title));
        assert_eq!(datas, want, "{format:?}: lossless");
        let mut uids: Vec<&str> = back.iter().map(|e| e.uid.as_str()).collect();
        let mut source_uids: Vec<String> = read.iter().map(|r| r.uid.clone().unwrap()).collect();
        uids.sort();
        source_uids.sort();
        assert_eq!(uids, source_uids, "{format:?}: the same stable ids");
        // Again: nothing new, nothing changed; the dry run says so first.
        let expected = ImportReport {
            created: 0,
            updated: 0,
            unchanged: 2,
        };
        assert_eq!(plan(&target.app, &read).await.expect("plan"), expected);
        let again = import_entries(&target.app, them, them, &read, IndexAfter::Follow, |_| {})
            .await
            .expect("second import");
        assert_eq!(again, expected, "{format:?}");
        assert_eq!(target.search_hits("clinics").await.len(), 1);
        // A changed entry is updated in place.
        let mut changed = read.clone();
        changed[0].data.organisation = "Ministry of Education".into();
        let third = import_entries(
            &target.app,
            them,
            them,
            &changed,
            IndexAfter::Follow,
            |_| {},
        )
        .await
        .expect("third import");
        assert_eq!(third.updated, 1);
        assert_eq!(third.unchanged, 1);
        assert_eq!(target.search_hits("education").await.len(), 1);
    }
}
