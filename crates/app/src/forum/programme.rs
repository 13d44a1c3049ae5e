//! The printable programme (issue 11, item 6): the published agenda of an edition, or
//! of one of its days, as a PDF (Typst) in any of the six languages, for the printed
//! booklet and for readers who want it on paper.
//!
//! It is a [`wsis_docs::Document`] like the outcome documents: a cover (the edition's
//! theme, dates and venue, the agenda's version and the time zone of its times), a
//! table of contents of days and time slots, and per day every session in agenda order
//! under its time slot: number and title, room, type, organisers, speakers with their
//! organisations and roles, Action Lines and SDGs, languages and accessibility. It is
//! built from the published version every agenda page shows ([`snapshots`]), kept per
//! version, language and day on this node, and typeset one document at a time (the
//! outcome documents' turn), so anonymous requests cannot pile up typesetting work.

use super::publications::{self, Built};
use super::snapshots::{self, Snapshot};
use crate::{App, ServiceError, ServiceResult};
use jiff::tz::TimeZone;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use wsis_docs::{Block, Document};
use wsis_domain::Language;
use wsis_domain::forum::schedule::{Schedule, Session};
use wsis_i18n::{Arg, I18N};

/// A programme: of the whole edition (`None`) or of one day (`YYYY-MM-DD`).
type Key = (i64, Language, Option<String>);
/// A kept programme with the version it was built from.
type Kept = (Arc<Snapshot>, Arc<Built>);

/// The programmes this node keeps, each with the version it was built from.
#[derive(Default)]
pub struct ProgrammeCache {
    kept: Mutex<HashMap<Key, Kept>>,
}

impl std::fmt::Debug for ProgrammeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ProgrammeCache")
    }
}

/// The most programmes a node keeps (six languages × the whole edition and up to
/// eleven days, of two editions; each is 1–3 MB).
const KEPT_MAX: usize = 144;

/// A message in `lang` without the isolation marks around arguments (a PDF shows them).
fn t(lang: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    I18N.tr_args(lang, key, args)
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// The local date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant in `tz`.
fn local(unix: i64, tz: &TimeZone) -> (String, String) {
    jiff::Timestamp::from_second(unix)
        .map(|ts| {
            let z = ts.to_zoned_datetime(tz.clone());
            (
                z.strftime("%Y-%m-%d").to_string(),
                z.strftime("%H:%M").to_string(),
            )
        })
        .unwrap_or_default()
}

/// The days of a published agenda that hold sessions, in order (`YYYY-MM-DD`).
pub fn days(schedule: &Schedule) -> Vec<String> {
    let tz = zone(schedule);
    let mut days: Vec<String> = schedule
        .sessions
        .iter()
        .map(|s| local(s.starts_at, &tz).0)
        .collect();
    days.sort();
    days.dedup();
    days
}

fn zone(schedule: &Schedule) -> TimeZone {
    TimeZone::get(&schedule.edition.time_zone).unwrap_or(TimeZone::UTC)
}

/// The programme of `year` in `lang`, of one `day` or the whole edition: the one kept
/// for the latest published version, else built now (one document at a time per node).
/// No published agenda, or a day without sessions, is `NotFound`.
pub async fn programme(
    app: &App,
    year: i64,
    lang: Language,
    day: Option<&str>,
) -> ServiceResult<Arc<Built>> {
    let snapshot = snapshots::by_year(app, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if let Some(d) = day
        && !days(&snapshot.schedule).iter().any(|x| x == d)
    {
        return Err(ServiceError::NotFound);
    }
    let key: Key = (year, lang, day.map(str::to_owned));
    let cache = &app.0.programmes;
    let fresh = || {
        cache
            .kept
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .filter(|(s, _)| Arc::ptr_eq(s, &snapshot))
            .map(|(_, b)| b.clone())
    };
    if let Some(b) = fresh() {
        return Ok(b);
    }
    let _turn = publications::building_turn(app).await;
    if let Some(b) = fresh() {
        return Ok(b);
    }
    let doc = document(&snapshot, lang, day);
    let built = tokio::task::spawn_blocking(move || {
        wsis_docs::tree_pdf(&doc)
            .map(|(bytes, pages)| Built { bytes, pages })
            .map_err(|e| ServiceError::internal(format!("programme: {e}")))
    })
    .await
    .map_err(|e| ServiceError::internal(format!("programme task: {e}")))??;
    let built = Arc::new(built);
    let mut kept = cache.kept.lock().unwrap_or_else(|e| e.into_inner());
    // This edition's programmes of older versions go first; when the cache is still
    // full, one programme of another edition makes room (never all at once, so that
    // requests cycling through editions, languages and days cannot make every request
    // typeset again).
    kept.retain(|(y, _, _), (s, _)| *y != year || Arc::ptr_eq(s, &snapshot));
    if kept.len() >= KEPT_MAX
        && !kept.contains_key(&key)
        && let Some(other) = kept.keys().find(|k| k.0 != year).cloned()
    {
        kept.remove(&other);
    }
    if kept.len() < KEPT_MAX || kept.contains_key(&key) {
        kept.insert(key, (snapshot.clone(), built.clone()));
    }
    Ok(built)
}

/// The programme as a document tree (both the PDF and tests read it).
pub fn document(snapshot: &Snapshot, lang: Language, day: Option<&str>) -> Document {
    // Titles, room names and the venue in their translations into `lang` where written.
    let localized = snapshot.schedule_in(lang);
    let s = &*localized;
    let ed = &s.edition;
    let tz = zone(s);
    let year = ed.year.to_string();
    let title = match day {
        None => t(
            lang,
            "programme-title",
            &[("year", Arg::from(year.as_str()))],
        ),
        Some(d) => t(
            lang,
            "programme-day-title",
            &[
                ("year", Arg::from(year.as_str())),
                (
                    "day",
                    Arg::from(wsis_i18n::format_local_date(lang, d).as_str()),
                ),
            ],
        ),
    };
    let mut doc = publications::cover(
        lang,
        &ed.theme,
        &ed.venue,
        &ed.starts_on,
        &ed.ends_on,
        title,
    );
    doc.subtitle.push(t(
        lang,
        "programme-version",
        &[
            ("number", Arg::Num(s.version)),
            (
                "date",
                Arg::from(wsis_i18n::format_date(lang, s.published_at, &tz).as_str()),
            ),
        ],
    ));
    doc.subtitle.push(t(
        lang,
        "forum-times-in-venue-zone",
        &[("zone", Arg::from(ed.time_zone.as_str()))],
    ));
    let sep = t(lang, "list-separator", &[]);
    let mut current_day = String::new();
    let mut current_start = None;
    for sess in &s.sessions {
        let (date, start) = local(sess.starts_at, &tz);
        if day.is_some_and(|d| d != date) {
            continue;
        }
        if date != current_day {
            doc.blocks.push(Block::Heading {
                level: 1,
                text: wsis_i18n::format_local_date(lang, &date),
                id: Some(format!("day-{date}")),
            });
            current_day = date.clone();
            current_start = None;
        }
        // Sessions under the time they start at, as the agenda groups them.
        if current_start != Some(sess.starts_at) {
            doc.blocks.push(Block::Heading {
                level: 2,
                text: start.clone(),
                id: None,
            });
            current_start = Some(sess.starts_at);
        }
        doc.blocks.push(Block::Heading {
            level: 3,
            text: t(
                lang,
                "programme-session",
                &[
                    ("number", Arg::Num(sess.number)),
                    ("title", Arg::from(sess.title.as_str())),
                ],
            ),
            id: None,
        });
        let when = t(
            lang,
            "programme-slot",
            &[
                ("start", Arg::from(start.as_str())),
                ("end", Arg::from(local(sess.ends_at, &tz).1.as_str())),
            ],
        );
        doc.blocks
            .push(Block::Facts(facts(snapshot, s, sess, lang, &sep, when)));
    }
    if doc.blocks.is_empty() {
        doc.blocks
            .push(Block::Note(t(lang, "forum-no-sessions", &[])));
    }
    doc
}

/// What the programme says of a session, label by label (empty ones left out).
fn facts(
    snapshot: &Snapshot,
    s: &Schedule,
    sess: &Session,
    lang: Language,
    sep: &str,
    when: String,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut fact = |key: &str, value: String| {
        if !value.is_empty() {
            out.push((t(lang, key, &[]), value));
        }
    };
    fact("forum-session-when", when);
    fact(
        "forum-session-room",
        s.room(sess.room_id)
            .map(|r| r.name.clone())
            .unwrap_or_default(),
    );
    fact(
        "forum-session-type",
        snapshots::type_name(&snapshot.custom_types, &sess.type_code, lang),
    );
    fact("forum-session-organisers", sess.organisers.join(sep));
    fact(
        "forum-session-speakers",
        sess.speakers
            .iter()
            .map(|sp| {
                t(
                    lang,
                    "programme-speaker",
                    &[
                        ("name", Arg::from(sp.name.as_str())),
                        ("organisation", Arg::from(sp.organisation.as_str())),
                        (
                            "role",
                            Arg::from(
                                t(lang, &format!("speaker-role-{}", sp.role.code()), &[]).as_str(),
                            ),
                        ),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(sep),
    );
    let sdg = t(lang, "pub-sdg-short", &[]);
    let links: Vec<String> = sess
        .action_lines
        .iter()
        .cloned()
        .chain(sess.sdgs.iter().map(|g| format!("{sdg} {g}")))
        .collect();
    fact("forum-session-links", links.join(sep));
    fact(
        "forum-session-languages",
        sess.languages
            .iter()
            .map(|l| l.native_name().to_owned())
            .collect::<Vec<_>>()
            .join(sep),
    );
    let mut access = Vec::new();
    if sess.needs.captioning {
        access.push(t(lang, "forum-access-captioning", &[]));
    }
    if sess.needs.interpretation {
        access.push(t(lang, "forum-access-interpretation", &[]));
    }
    if sess.needs.sign_language {
        access.push(t(lang, "forum-access-sign-language", &[]));
    }
    if sess.remote {
        access.push(t(lang, "forum-access-remote", &[]));
    }
    fact("forum-session-access", access.join(sep));
    out
}
