//! The published schedules in memory, one per edition year: what every
//! public agenda page, export and API answer is built from. A node serves
//! its copy for `AppConfig::forum_recheck` before asking the database
//! whether another node published a newer version (or a session document
//! was added or removed, or an outcome approved or returned), so that every node of a cluster serves the same
//! version. Services that change what is published forget the year on this
//! node at once. The web tier keeps its rendered bodies per snapshot.

use crate::{App, ServiceResult};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::Instant;
use wsis_db::forum as fdb;
use wsis_domain::Language;
use wsis_domain::forum::outcomes::{OutcomeData, OutcomeStatus};
use wsis_domain::forum::schedule::{Document, Schedule};
use wsis_domain::forum::translations::Translations;

pub use wsis_db::forum::Edition;

/// One edition's published schedule, with its sessions' documents.
#[derive(Debug)]
pub struct Snapshot {
    pub edition_id: i64,
    pub year: i64,
    pub schedule: Arc<Schedule>,
    /// Session type code → names by language (for types the secretariat added).
    pub custom_types: HashMap<String, BTreeMap<String, String>>,
    /// The approved outcome of each session that has one, with its photos, by session id.
    pub outcomes: HashMap<i64, Arc<ApprovedOutcome>>,
    /// The session documents' (count, highest id) when this was built.
    docs_stamp: (i64, i64),
    /// The approved outcomes' stamps ([`fdb::approved_stamp`], and of their photos) when
    /// this was built.
    outcomes_stamp: ((i64, i64, i64), (i64, i64)),
    /// The edition's translations (of titles, abstracts, rooms, venue, partners).
    pub translations: Translations,
    /// [`fdb::content_rev`] when this was built.
    content_rev: i64,
    /// The schedule as read in each language (built when first asked for).
    localized: [OnceLock<Arc<Schedule>>; 6],
    /// When this node last asked the database whether a newer version exists.
    checked: Mutex<Instant>,
}

impl Snapshot {
    /// The schedule as read in `lang`: titles, abstracts, room names and the venue
    /// translated where a translation exists, each marked with its language.
    pub fn schedule_in(&self, lang: Language) -> Arc<Schedule> {
        let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.localized[i]
            .get_or_init(|| Arc::new(self.schedule.localized(lang, &self.translations)))
            .clone()
    }

    fn fresh(&self, recheck: std::time::Duration) -> bool {
        self.checked
            .lock()
            .map(|t| t.elapsed() < recheck)
            .unwrap_or(false)
    }
}

/// An approved outcome as the published pages show it.
#[derive(Debug)]
pub struct ApprovedOutcome {
    pub data: OutcomeData,
    pub photos: Vec<wsis_db::forum::OutcomePhoto>,
}

/// The snapshots of this node, per edition year.
#[derive(Debug, Default)]
pub struct Snapshots {
    map: RwLock<HashMap<i64, Arc<Snapshot>>>,
}

impl Snapshots {
    fn get(&self, year: i64) -> Option<Arc<Snapshot>> {
        self.map.read().ok().and_then(|m| m.get(&year).cloned())
    }

    /// Forgets an edition (after a change to what it publishes).
    pub fn invalidate(&self, year: i64) {
        if let Ok(mut m) = self.map.write() {
            m.remove(&year);
        }
    }

    /// Forgets every edition (after a change that all of them show).
    pub fn clear(&self) {
        if let Ok(mut m) = self.map.write() {
            m.clear();
        }
    }
}

/// The name of a session type in `lang`: a built-in type's from the messages, one the
/// secretariat added (`custom`: code → names by language) by its name in `lang`, else
/// in English, else its code.
pub fn type_name(
    custom: &HashMap<String, BTreeMap<String, String>>,
    code: &str,
    lang: wsis_domain::Language,
) -> String {
    if wsis_domain::forum::is_builtin_type(code) {
        return wsis_i18n::I18N.tr(lang, &format!("session-type-{code}"));
    }
    custom
        .get(code)
        .and_then(|n| n.get(lang.code()).or_else(|| n.get("en")))
        .cloned()
        .unwrap_or_else(|| code.to_owned())
}

/// The public address of a session document (`/en/…`: its bytes do not
/// depend on the language).
pub fn document_url(app: &App, year: i64, id: i64, file_name: &str) -> String {
    format!(
        "{}/en/forum/{year}/documents/{id}/{file_name}",
        app.config().public_url
    )
}

/// The latest published schedule of an edition's year, if any, without
/// asking the database when this node checked within the recheck interval.
/// An unknown year is `NotFound`.
pub async fn by_year(app: &App, year: i64) -> ServiceResult<Option<Arc<Snapshot>>> {
    if let Some(p) = app.snapshots().get(year)
        && p.fresh(app.config().forum_recheck)
    {
        return Ok(Some(p));
    }
    let ed = super::schedule::edition(app, year).await?;
    of_edition(app, &ed).await
}

/// The latest published schedule of an edition, if any (asks the database
/// for the latest version and rebuilds when it changed).
pub async fn of_edition(app: &App, ed: &Edition) -> ServiceResult<Option<Arc<Snapshot>>> {
    let mut conn = app.db().conn().await?;
    let latest = fdb::latest_version(&mut conn, ed.id).await?;
    if latest == 0 {
        return Ok(None);
    }
    let docs_stamp = fdb::documents_stamp(&mut conn, ed.id).await?;
    let outcomes_stamp = (
        fdb::approved_stamp(&mut conn, ed.id).await?,
        fdb::approved_photos_stamp(&mut conn, ed.id).await?,
    );
    let content_rev = fdb::content_rev(&mut conn, ed.id).await?;
    if let Some(p) = app.snapshots().get(ed.year)
        && p.schedule.version == latest
        && p.docs_stamp == docs_stamp
        && p.outcomes_stamp == outcomes_stamp
        && p.content_rev == content_rev
    {
        if let Ok(mut t) = p.checked.lock() {
            *t = Instant::now();
        }
        return Ok(Some(p));
    }
    let Some(mut schedule) = fdb::published(&mut conn, ed.id, latest).await? else {
        return Ok(None);
    };
    schedule.sort();
    // Documents are added at any time, not only with a new version: they
    // join the published sessions here (and on every node by their stamp).
    let docs = fdb::documents_of_edition(&mut conn, ed.id).await?;
    if !docs.is_empty() {
        for sess in &mut schedule.sessions {
            sess.documents = docs
                .iter()
                .filter(|d| d.session_id == sess.id)
                .map(|d| Document {
                    title: d.title.clone(),
                    url: document_url(app, ed.year, d.id, &d.file_name),
                })
                .collect();
        }
    }
    // The languages of the originals, like translations, may be recorded after publication.
    schedule.edition.lang = Some(fdb::edition_lang(&mut conn, ed.id).await?);
    let langs = fdb::session_langs(&mut conn, ed.id).await?;
    for sess in &mut schedule.sessions {
        if let Some(l) = langs.get(&sess.id) {
            sess.lang = Some(*l);
        }
    }
    // Speakers keep their profile (name, organisation, biography, photo) from their link:
    // the published pages show it as it is now.
    let people: HashMap<i64, (String, String, String, String)> =
        fdb::speakers_of_edition(&mut conn, ed.id)
            .await?
            .into_iter()
            .map(|p| {
                let photo = match (&p.photo_key, &p.photo_type) {
                    (Some(k), Some(_)) => {
                        super::proposals::speaker_photo_url(p.speaker_id, k, false)
                    }
                    _ => String::new(),
                };
                (p.speaker_id, (p.name, p.organisation, p.bio, photo))
            })
            .collect();
    for sess in &mut schedule.sessions {
        for sp in &mut sess.speakers {
            if let Some((name, organisation, bio, photo)) = people.get(&sp.id) {
                sp.name.clone_from(name);
                sp.organisation.clone_from(organisation);
                sp.bio.clone_from(bio);
                sp.photo.clone_from(photo);
            }
        }
    }
    let translations = fdb::translations(&mut conn, ed.id).await?;
    // Approved outcomes, like documents, join the published sessions when they change.
    let photos = fdb::photos_of_edition(&mut conn, ed.id).await?;
    let outcomes = fdb::outcomes_of_edition(&mut conn, ed.id)
        .await?
        .into_iter()
        .filter(|o| o.status == OutcomeStatus::Approved)
        .map(|o| {
            let photos = photos
                .iter()
                .filter(|p| p.session_id == o.session_id)
                .cloned()
                .collect();
            (
                o.session_id,
                Arc::new(ApprovedOutcome {
                    data: o.data,
                    photos,
                }),
            )
        })
        .collect();
    let custom_types = fdb::session_types(&mut conn)
        .await?
        .into_iter()
        .filter(|t| !t.names.is_empty())
        .map(|t| (t.code, t.names))
        .collect();
    let p = Arc::new(Snapshot {
        edition_id: ed.id,
        year: ed.year,
        schedule: Arc::new(schedule),
        custom_types,
        outcomes,
        docs_stamp,
        outcomes_stamp,
        translations,
        content_rev,
        localized: Default::default(),
        checked: Mutex::new(Instant::now()),
    });
    if let Ok(mut m) = app.snapshots().map.write() {
        m.insert(ed.year, p.clone());
    }
    Ok(Some(p))
}
