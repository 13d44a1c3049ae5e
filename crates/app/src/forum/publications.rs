//! The compiled outcome documents of an edition (issue 12, item 5), each as PDF
//! (Typst) and HTML, with headings, furniture and charts in the reader's choice of
//! the six languages while every outcome stays in the language it was written in:
//!
//! - the **Outcome Document**: introduction with participation figures and charts
//!   (from approved registrations), the open consultation phases, the approved
//!   session outcomes grouped by session type, and indexes by Action Line and SDG;
//! - the **High-Level Track Outcomes and Executive Brief**: the Chair's summary,
//!   then each High-Level Policy Session (facilitators, outcome, statements);
//! - the **Action Lines report**: per Action Line, its facilitation meeting, then
//!   what the sessions whose approved outcome names it reported;
//! - the **WSIS Forum and SDG Matrix**: the heat map of the edition's matrix and
//!   each Action Line's links with their rationale.
//!
//! Each is built on demand as a [`wsis_docs::Document`] and kept on this node until
//! the data it reads changes (a stamp of that data is compared on every request,
//! a few small queries); one document is typeset at a time per node, so anonymous
//! requests cannot pile up typesetting work, and a waiting request finds the
//! document its predecessor built.

use super::high_level;
use super::outcomes::{OutcomeRow, SessionRow};
use crate::{App, ServiceError, ServiceResult};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use wsis_db::forum as fdb;
use wsis_docs::{Block, Document};
use wsis_domain::Language;
use wsis_domain::forum::outcomes::OutcomeData;
use wsis_domain::forum::{BUILTIN_SESSION_TYPES, is_builtin_type};
use wsis_domain::taxonomy::{StakeholderType, action_lines, countries, sdg};
use wsis_i18n::{Arg, I18N};

/// The four documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Outcome,
    HighLevel,
    ActionLines,
    Matrix,
}

impl DocKind {
    pub const ALL: [DocKind; 4] = [
        DocKind::Outcome,
        DocKind::HighLevel,
        DocKind::ActionLines,
        DocKind::Matrix,
    ];
    /// The name of its files (`outcome-document.pdf`).
    pub fn slug(self) -> &'static str {
        match self {
            DocKind::Outcome => "outcome-document",
            DocKind::HighLevel => "high-level-track",
            DocKind::ActionLines => "action-lines-report",
            DocKind::Matrix => "sdg-matrix",
        }
    }
    /// The message key of its title (with `$year`).
    pub fn title_key(self) -> &'static str {
        match self {
            DocKind::Outcome => "pub-title-outcome",
            DocKind::HighLevel => "pub-title-hlt",
            DocKind::ActionLines => "pub-title-action-lines",
            DocKind::Matrix => "pub-title-matrix",
        }
    }
    /// The kind the command line names (`outcome`, `hlt`, `action-lines`, `matrix`)
    /// or a file's slug.
    pub fn parse(s: &str) -> Option<DocKind> {
        match s {
            "outcome" | "outcome-document" => Some(DocKind::Outcome),
            "hlt" | "high-level-track" => Some(DocKind::HighLevel),
            "action-lines" | "action-lines-report" => Some(DocKind::ActionLines),
            "matrix" | "sdg-matrix" => Some(DocKind::Matrix),
            _ => None,
        }
    }
}

/// The formats of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocFormat {
    Pdf,
    Html,
}

impl DocFormat {
    pub fn parse(s: &str) -> Option<DocFormat> {
        match s {
            "pdf" => Some(DocFormat::Pdf),
            "html" => Some(DocFormat::Html),
            _ => None,
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            DocFormat::Pdf => "pdf",
            DocFormat::Html => "html",
        }
    }
    pub fn content_type(self) -> &'static str {
        match self {
            DocFormat::Pdf => "application/pdf",
            DocFormat::Html => "text/html; charset=utf-8",
        }
    }
}

/// A built document: its bytes and, for a PDF, its page count.
#[derive(Debug)]
pub struct Built {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

type Key = (i64, DocKind, Language, DocFormat);

struct Kept {
    stamp: u64,
    /// The matrix the document was built from (the matrix cache's own copy: a new
    /// one means it changed).
    matrix: Option<Arc<crate::matrix::Matrix>>,
    built: Arc<Built>,
}

/// This node's built documents, at most [`KEPT_MAX`], and the lock that lets one
/// document be typeset at a time.
#[derive(Default)]
pub struct DocCache {
    kept: Mutex<HashMap<Key, Kept>>,
    building: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for DocCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DocCache")
    }
}

/// The most documents a node keeps (4 kinds × 6 languages × 2 formats of 2 editions).
const KEPT_MAX: usize = 96;

/// A message in `lang`, without the isolation marks placed around arguments (the
/// documents set their text themselves, and a PDF shows no invisible marks).
fn t(lang: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    I18N.tr_args(lang, key, args)
        .replace(['\u{2068}', '\u{2069}'], "")
}

fn year_arg(year: i64) -> String {
    year.to_string()
}

/// The stamp of what a document of `year` reads: any change to it changes the stamp.
async fn stamp(app: &App, year: i64, kind: DocKind) -> ServiceResult<u64> {
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        &ed.theme,
        &ed.starts_on,
        &ed.ends_on,
        &ed.venue,
        fdb::latest_version(&mut conn, ed.id).await?,
        fdb::approved_stamp(&mut conn, ed.id).await?,
    )
        .hash(&mut h);
    match kind {
        DocKind::Outcome => {
            fdb::publication_stamp(&mut conn, ed.id).await?.hash(&mut h);
            for p in fdb::phases(&mut conn, ed.id).await? {
                (p.id, p.title, p.starts_on, p.ends_on).hash(&mut h);
            }
        }
        DocKind::HighLevel => fdb::hlt_stamp(&mut conn, ed.id).await?.hash(&mut h),
        DocKind::ActionLines => wsis_db::matrix::meetings_stamp(&mut conn, ed.id)
            .await?
            .hash(&mut h),
        DocKind::Matrix => {}
    }
    Ok(h.finish())
}

/// The document `kind` of `year` in `lang` and `format`: the one kept when what it
/// reads has not changed, else built now (one at a time per node).
pub async fn document(
    app: &App,
    year: i64,
    kind: DocKind,
    lang: Language,
    format: DocFormat,
) -> ServiceResult<Arc<Built>> {
    let key = (year, kind, lang, format);
    if !available(app, year).await? {
        return Err(ServiceError::NotFound);
    }
    let current = stamp(app, year, kind).await?;
    let matrix = match kind {
        DocKind::Matrix => Some(crate::matrix::matrix(app, Some(year)).await?),
        _ => None,
    };
    let cache = &app.0.documents;
    let fresh = |cache: &DocCache| {
        let kept = cache.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.get(&key).and_then(|k| {
            let same_matrix = match (&k.matrix, &matrix) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            };
            (k.stamp == current && same_matrix).then(|| k.built.clone())
        })
    };
    if let Some(b) = fresh(cache) {
        return Ok(b);
    }
    let _turn = cache.building.lock().await;
    // The request before this one may have built it.
    if let Some(b) = fresh(cache) {
        return Ok(b);
    }
    let doc = build(app, year, kind, lang, matrix.clone()).await?;
    let built = tokio::task::spawn_blocking(move || -> ServiceResult<Built> {
        Ok(match format {
            DocFormat::Html => Built {
                bytes: doc.html().into_bytes(),
                pages: 0,
            },
            DocFormat::Pdf => {
                let (bytes, pages) = wsis_docs::tree_pdf(&doc)
                    .map_err(|e| ServiceError::internal(format!("document: {e}")))?;
                Built { bytes, pages }
            }
        })
    })
    .await
    .map_err(|e| ServiceError::internal(format!("document task: {e}")))??;
    let built = Arc::new(built);
    let mut kept = cache.kept.lock().unwrap_or_else(|e| e.into_inner());
    if kept.len() >= KEPT_MAX && !kept.contains_key(&key) {
        kept.clear();
    }
    kept.insert(
        key,
        Kept {
            stamp: current,
            matrix,
            built: built.clone(),
        },
    );
    Ok(built)
}

/// The document `kind` of `year` in `lang`, as a tree (for both formats).
pub async fn build(
    app: &App,
    year: i64,
    kind: DocKind,
    lang: Language,
    matrix: Option<Arc<crate::matrix::Matrix>>,
) -> ServiceResult<Document> {
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if fdb::latest_version(&mut conn, ed.id).await? == 0 {
        return Err(ServiceError::NotFound);
    }
    drop(conn);
    let mut doc = frame(lang, &ed, kind);
    match kind {
        DocKind::Outcome => outcome_document(app, &ed, lang, &mut doc.blocks).await?,
        DocKind::HighLevel => hlt_document(app, &ed, lang, &mut doc.blocks).await?,
        DocKind::ActionLines => action_lines_document(app, &ed, lang, &mut doc.blocks).await?,
        DocKind::Matrix => {
            let m = match matrix {
                Some(m) => m,
                None => crate::matrix::matrix(app, Some(year)).await?,
            };
            matrix_document(&ed, lang, &m, &mut doc.blocks)
        }
    }
    Ok(doc)
}

/// The cover and furniture of a document of `ed`.
fn frame(lang: Language, ed: &fdb::Edition, kind: DocKind) -> Document {
    let title = t(
        lang,
        kind.title_key(),
        &[("year", Arg::from(year_arg(ed.year).as_str()))],
    );
    cover(
        lang,
        &ed.theme,
        &ed.venue,
        &ed.starts_on,
        &ed.ends_on,
        title,
    )
}

/// The cover and furniture of a document about an edition: `title`, the edition's
/// theme in `lang` (else English) and its venue and dates.
pub(crate) fn cover(
    lang: Language,
    theme: &std::collections::BTreeMap<String, String>,
    venue: &str,
    starts_on: &str,
    ends_on: &str,
    title: String,
) -> Document {
    let mut subtitle = Vec::new();
    if let Some(theme) = theme.get(lang.code()).or_else(|| theme.get("en")) {
        subtitle.push(t(
            lang,
            "pub-theme",
            &[("theme", Arg::from(theme.as_str()))],
        ));
    }
    subtitle.push(t(
        lang,
        "pub-dates",
        &[
            ("venue", Arg::from(venue)),
            (
                "start",
                Arg::from(wsis_i18n::format_local_date(lang, starts_on).as_str()),
            ),
            (
                "end",
                Arg::from(wsis_i18n::format_local_date(lang, ends_on).as_str()),
            ),
        ],
    ));
    Document {
        lang,
        kicker: t(lang, "pub-summit", &[]),
        title,
        subtitle,
        contents: t(lang, "pub-contents", &[]),
        page_prefix: t(lang, "pub-page-prefix", &[]),
        page_suffix: t(lang, "pub-page-suffix", &[]).trim().to_owned(),
        blocks: Vec::new(),
    }
}

/// This node's turn to typeset a document: one at a time (the outcome documents and
/// the programmes share it).
pub(crate) async fn building_turn(app: &App) -> tokio::sync::MutexGuard<'_, ()> {
    app.0.documents.building.lock().await
}

fn heading(level: u8, text: String, id: Option<String>) -> Block {
    Block::Heading { level, text, id }
}

fn session_heading(lang: Language, s: &SessionRow) -> String {
    t(
        lang,
        "hlt-session-heading",
        &[
            ("number", Arg::Num(s.number.unwrap_or(0))),
            ("title", Arg::from(s.data.title.as_str())),
        ],
    )
}

fn type_name(types: &[fdb::SessionType], code: &str, lang: Language) -> String {
    if is_builtin_type(code) {
        return t(lang, &format!("session-type-{code}"), &[]);
    }
    types
        .iter()
        .find(|x| x.code == code)
        .and_then(|x| x.names.get(lang.code()).or_else(|| x.names.get("en")))
        .cloned()
        .unwrap_or_else(|| code.to_owned())
}

/// The label of a section of an outcome (`summary`, `vision`, …).
fn section_label(lang: Language, field: &str) -> String {
    t(lang, &format!("outcome-field-{field}"), &[])
}

fn category_name(code: &str, lang: Language) -> String {
    action_lines::category(code)
        .map(|c| c.name.get(lang).to_string())
        .or_else(|| action_lines::action_line(code).map(|a| a.name.get(lang).to_string()))
        .unwrap_or_default()
}

/// "SDG 4: Quality education" in `lang`.
fn goal_label(goal: u8, lang: Language) -> String {
    let name = sdg::goal(goal)
        .map(|g| g.short.get(lang).to_string())
        .unwrap_or_default();
    t(
        lang,
        "pub-goal",
        &[
            ("goal", Arg::Num(i64::from(goal))),
            ("name", Arg::from(name.as_str())),
        ],
    )
}

/// The blocks of one outcome: its sections, its links with their reasons, its
/// participation, each text in the outcome's language.
fn outcome_blocks(lang: Language, d: &OutcomeData, blocks: &mut Vec<Block>) {
    let own = Some(d.language);
    let mut facts = vec![(
        t(lang, "outcome-field-language", &[]),
        d.language.native_name().to_owned(),
    )];
    if let Some(n) = d.participants_onsite {
        facts.push((
            t(lang, "outcome-field-participants-onsite", &[]),
            wsis_i18n::format_number(lang, i64::from(n)),
        ));
    }
    if let Some(n) = d.participants_remote {
        facts.push((
            t(lang, "outcome-field-participants-remote", &[]),
            wsis_i18n::format_number(lang, i64::from(n)),
        ));
    }
    blocks.push(Block::Facts(facts));
    for (field, text) in d.sections() {
        blocks.push(Block::Text {
            label: Some(section_label(lang, field)),
            text: text.to_owned(),
            lang: own,
        });
    }
    for l in &d.action_lines {
        blocks.push(Block::Text {
            label: Some(format!("{} {}", l.code, category_name(&l.code, lang))),
            text: l.rationale.clone(),
            lang: own,
        });
    }
    let sep = t(lang, "list-separator", &[]);
    for g in &d.sdgs {
        let mut label = goal_label(g.goal, lang);
        if !g.targets.is_empty() {
            label = format!("{label} ({})", g.targets.join(&sep));
        }
        blocks.push(Block::Text {
            label: Some(label),
            text: g.rationale.clone(),
            lang: own,
        });
    }
}

/// The approved outcomes of `ed` with their sessions, by session number.
async fn approved(app: &App, ed: &fdb::Edition) -> ServiceResult<Vec<(SessionRow, OutcomeRow)>> {
    Ok(super::outcomes::approved(app, ed.year).await?.1)
}

/// Counts by label, largest first.
fn tally(rows: impl Iterator<Item = (String, i64)>) -> Vec<(String, i64)> {
    let mut m: std::collections::BTreeMap<String, i64> = Default::default();
    for (k, n) in rows {
        *m.entry(k).or_default() += n;
    }
    let mut v: Vec<(String, i64)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

async fn outcome_document(
    app: &App,
    ed: &fdb::Edition,
    lang: Language,
    blocks: &mut Vec<Block>,
) -> ServiceResult<()> {
    let rows = approved(app, ed).await?;
    let mut conn = app.db().conn().await?;
    let types = fdb::session_types(&mut conn).await?;
    let phases = fdb::phases(&mut conn, ed.id).await?;
    let counts = wsis_db::registrations::counts(&mut conn, ed.id).await?;
    let checked_in = wsis_db::registrations::checked_in_count(&mut conn, ed.id).await?;
    drop(conn);
    let year = year_arg(ed.year);
    let count = |key: &str| t(lang, key, &[]);

    // Introduction and participation.
    blocks.push(heading(
        1,
        count("pub-introduction"),
        Some("introduction".into()),
    ));
    blocks.push(Block::Text {
        label: None,
        text: t(
            lang,
            "pub-intro-outcome",
            &[
                ("year", Arg::from(year.as_str())),
                ("count", Arg::Num(rows.len() as i64)),
            ],
        ),
        lang: Some(lang),
    });
    blocks.push(heading(
        2,
        count("pub-participation"),
        Some("participation".into()),
    ));
    let total: i64 = counts.iter().map(|r| r.3).sum();
    let n_countries = {
        let mut c: Vec<&str> = counts.iter().map(|r| r.2.as_str()).collect();
        c.sort_unstable();
        c.dedup();
        c.len() as i64
    };
    blocks.push(Block::Facts(vec![
        (
            count("pub-participants-total"),
            wsis_i18n::format_number(lang, total),
        ),
        (
            count("pub-participants-checked-in"),
            wsis_i18n::format_number(lang, checked_in),
        ),
        (
            count("pub-countries"),
            wsis_i18n::format_number(lang, n_countries),
        ),
    ]));
    let (cat, num) = (count("pub-category"), count("pub-count"));
    let bars = |caption: &str, rows: Vec<(String, i64)>| Block::Bars {
        caption: count(caption),
        label_header: cat.clone(),
        count_header: num.clone(),
        rows,
    };
    blocks.push(bars(
        "forum-participation-by-mode",
        tally(
            counts
                .iter()
                .map(|r| (t(lang, &format!("attendance-{}", r.0), &[]), r.3)),
        ),
    ));
    blocks.push(bars(
        "forum-participation-by-stakeholder",
        tally(counts.iter().map(|r| {
            (
                StakeholderType::parse(&r.1)
                    .map(|s| s.name().get(lang).to_string())
                    .unwrap_or_else(|_| r.1.clone()),
                r.3,
            )
        })),
    ));
    let other = count("forum-participation-other-region");
    blocks.push(bars(
        "forum-participation-by-region",
        tally(counts.iter().map(|r| {
            let region = countries::country(&r.2)
                .and_then(|x| x.itu_region.clone())
                .and_then(|code| countries::itu_regions().iter().find(|x| x.code == code))
                .map(|x| x.names.get(lang).clone())
                .unwrap_or_else(|| other.clone());
            (region, r.3)
        })),
    ));

    // The open consultation process.
    blocks.push(heading(
        1,
        count("pub-consultation"),
        Some("consultation".into()),
    ));
    blocks.push(Block::Text {
        label: None,
        text: t(
            lang,
            "pub-consultation-intro",
            &[("year", Arg::from(year.as_str()))],
        ),
        lang: Some(lang),
    });
    if phases.is_empty() {
        blocks.push(Block::Note(count("pub-consultation-none")));
    } else {
        blocks.push(Block::Table {
            caption: count("pub-consultation"),
            header: vec![count("pub-phase"), count("pub-period")],
            rows: phases
                .iter()
                .map(|p| {
                    let title = p
                        .title
                        .get(lang.code())
                        .or_else(|| p.title.get("en"))
                        .or_else(|| p.title.values().next())
                        .cloned()
                        .unwrap_or_default();
                    let start = wsis_i18n::format_local_date(lang, &p.starts_on);
                    let when = match &p.ends_on {
                        Some(e) if *e != p.starts_on => {
                            format!("{start} – {}", wsis_i18n::format_local_date(lang, e))
                        }
                        _ => start,
                    };
                    vec![title, when]
                })
                .collect(),
            numeric: vec![false, false],
        });
    }

    // The outcomes, by session type in the forum's order.
    let mut order: Vec<String> = BUILTIN_SESSION_TYPES
        .iter()
        .map(|(c, _)| (*c).to_owned())
        .collect();
    for ty in &types {
        if !order.contains(&ty.code) {
            order.push(ty.code.clone());
        }
    }
    blocks.push(heading(1, count("pub-outcomes"), Some("outcomes".into())));
    if rows.is_empty() {
        blocks.push(Block::Note(count("outcomes-none")));
    }
    let sep = t(lang, "list-separator", &[]);
    for code in &order {
        let group: Vec<&(SessionRow, OutcomeRow)> = rows
            .iter()
            .filter(|(s, _)| s.data.type_code == *code)
            .collect();
        if group.is_empty() {
            continue;
        }
        blocks.push(heading(
            1,
            type_name(&types, code, lang),
            Some(format!("type-{code}")),
        ));
        for (s, o) in group {
            let n = s.number.unwrap_or(0);
            blocks.push(heading(2, session_heading(lang, s), Some(format!("s-{n}"))));
            if !s.data.organisers.is_empty() {
                blocks.push(Block::Facts(vec![(
                    count("pub-organisers"),
                    s.data.organisers.join(&sep),
                )]));
            }
            outcome_blocks(lang, &o.data, blocks);
        }
    }

    // The indexes.
    blocks.push(heading(1, count("pub-index-al"), Some("index-al".into())));
    for c in action_lines::CATEGORIES.iter() {
        let refs: Vec<(String, String)> = rows
            .iter()
            .filter(|(_, o)| o.data.action_lines.iter().any(|l| l.code == c.code))
            .map(|(s, _)| {
                let n = s.number.unwrap_or(0);
                (n.to_string(), format!("s-{n}"))
            })
            .collect();
        if !refs.is_empty() {
            blocks.push(Block::Refs {
                label: format!("{} {}", c.code, c.name.get(lang)),
                refs,
            });
        }
    }
    blocks.push(heading(1, count("pub-index-sdg"), Some("index-sdg".into())));
    for g in sdg::goals() {
        let refs: Vec<(String, String)> = rows
            .iter()
            .filter(|(_, o)| o.data.sdgs.iter().any(|l| l.goal == g.number))
            .map(|(s, _)| {
                let n = s.number.unwrap_or(0);
                (n.to_string(), format!("s-{n}"))
            })
            .collect();
        if !refs.is_empty() {
            blocks.push(Block::Refs {
                label: goal_label(g.number, lang),
                refs,
            });
        }
    }
    Ok(())
}

async fn hlt_document(
    app: &App,
    ed: &fdb::Edition,
    lang: Language,
    blocks: &mut Vec<Block>,
) -> ServiceResult<()> {
    let track = high_level::track(app, ed.year, false).await?;
    let year = year_arg(ed.year);
    let count = |key: &str| t(lang, key, &[]);
    blocks.push(heading(1, count("hlt-summary"), Some("summary".into())));
    match &track.summary {
        Some(s) => {
            blocks.push(Block::Facts(vec![(
                count("hlt-summary-chair"),
                s.data.chair.clone(),
            )]));
            blocks.push(Block::Text {
                label: None,
                text: s.data.body.clone(),
                lang: Some(s.data.language),
            });
        }
        None => blocks.push(Block::Note(count("hlt-summary-none"))),
    }
    blocks.push(heading(1, count("hlt-sessions"), Some("sessions".into())));
    blocks.push(Block::Text {
        label: None,
        text: t(lang, "pub-intro-hlt", &[("year", Arg::from(year.as_str()))]),
        lang: Some(lang),
    });
    if track.sessions.is_empty() {
        blocks.push(Block::Note(count("hlt-sessions-none")));
    }
    let sep = t(lang, "list-separator", &[]);
    for ts in &track.sessions {
        let n = ts.session.number.unwrap_or(0);
        blocks.push(heading(
            2,
            session_heading(lang, &ts.session),
            Some(format!("hlp-{n}")),
        ));
        if !ts.facilitators.is_empty() {
            let names = ts
                .facilitators
                .iter()
                .map(|f| {
                    t(
                        lang,
                        "hlt-facilitator-of",
                        &[
                            ("name", Arg::from(f.name.as_str())),
                            (
                                "stakeholder",
                                Arg::from(
                                    StakeholderType::parse(&f.stakeholder)
                                        .map(|s| s.name().get(lang).to_string())
                                        .unwrap_or_else(|_| f.stakeholder.clone())
                                        .as_str(),
                                ),
                            ),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(&sep);
            blocks.push(Block::Facts(vec![(count("hlt-facilitators"), names)]));
        }
        match &ts.outcome {
            Some(o) => outcome_blocks(lang, &o.data, blocks),
            None => blocks.push(Block::Note(count("hlt-outcome-none"))),
        }
        if !ts.statements.is_empty() {
            blocks.push(heading(3, count("hlt-statements"), None));
            for st in &ts.statements {
                let who = if st.data.position.is_empty() {
                    st.data.speaker.clone()
                } else {
                    format!("{}{sep}{}", st.data.speaker, st.data.position)
                };
                if st.data.body.is_empty() {
                    blocks.push(Block::Facts(vec![(who, count("pub-statement-pdf-only"))]));
                } else {
                    blocks.push(Block::Text {
                        label: Some(who),
                        text: st.data.body.clone(),
                        lang: Some(st.data.language),
                    });
                }
            }
        }
    }
    Ok(())
}

async fn action_lines_document(
    app: &App,
    ed: &fdb::Edition,
    lang: Language,
    blocks: &mut Vec<Block>,
) -> ServiceResult<()> {
    let rows = approved(app, ed).await?;
    let meetings = crate::matrix::meetings(app, ed.year).await?;
    let year = year_arg(ed.year);
    let count = |key: &str| t(lang, key, &[]);
    blocks.push(heading(
        1,
        count("pub-introduction"),
        Some("introduction".into()),
    ));
    blocks.push(Block::Text {
        label: None,
        text: t(
            lang,
            "pub-intro-action-lines",
            &[("year", Arg::from(year.as_str()))],
        ),
        lang: Some(lang),
    });
    for al in action_lines::ACTION_LINES.iter() {
        blocks.push(heading(
            1,
            format!("{} {}", al.code, al.name.get(lang)),
            Some(format!("al-{}", al.code)),
        ));
        blocks.push(heading(
            2,
            count("pub-meeting"),
            Some(format!("meeting-{}", al.code)),
        ));
        match meetings.iter().find(|m| m.action_line == al.code) {
            Some(m) => {
                for (key, text) in [
                    ("meeting-priorities", &m.record.priorities),
                    ("meeting-opportunities", &m.record.opportunities),
                    ("meeting-challenges", &m.record.challenges),
                ] {
                    if !text.is_empty() {
                        blocks.push(Block::Text {
                            label: Some(count(key)),
                            text: text.clone(),
                            lang: Some(m.record.language),
                        });
                    }
                }
            }
            None => blocks.push(Block::Note(count("meeting-not-recorded-long"))),
        }
        // What the sessions reported: per category (C7 per sub-line).
        let cats: Vec<&action_lines::Category> = {
            let subs: Vec<_> = action_lines::sublines(al.code).collect();
            if subs.is_empty() {
                action_lines::category(al.code).into_iter().collect()
            } else {
                subs
            }
        };
        for c in cats {
            let label = if c.is_subline() {
                format!("{} {}", c.code, c.name.get(lang))
            } else {
                count("pub-al-sessions")
            };
            blocks.push(heading(2, label, Some(format!("sessions-{}", c.code))));
            let tagged: Vec<&(SessionRow, OutcomeRow)> = rows
                .iter()
                .filter(|(_, o)| o.data.action_lines.iter().any(|l| l.code == c.code))
                .collect();
            if tagged.is_empty() {
                blocks.push(Block::Note(count("pub-al-sessions-none")));
            }
            for (s, o) in tagged {
                blocks.push(heading(3, session_heading(lang, s), None));
                if let Some(l) = o.data.action_lines.iter().find(|l| l.code == c.code) {
                    blocks.push(Block::Text {
                        label: Some(count("pub-al-reason")),
                        text: l.rationale.clone(),
                        lang: Some(o.data.language),
                    });
                }
                if let Some((field, text)) = o.data.sections().first() {
                    blocks.push(Block::Text {
                        label: Some(section_label(lang, field)),
                        text: (*text).to_owned(),
                        lang: Some(o.data.language),
                    });
                }
            }
        }
    }
    Ok(())
}

fn matrix_document(
    ed: &fdb::Edition,
    lang: Language,
    m: &crate::matrix::Matrix,
    blocks: &mut Vec<Block>,
) {
    let year = year_arg(ed.year);
    let count = |key: &str| t(lang, key, &[]);
    blocks.push(heading(
        1,
        count("pub-introduction"),
        Some("introduction".into()),
    ));
    blocks.push(Block::Text {
        label: None,
        text: t(
            lang,
            "pub-intro-matrix",
            &[("year", Arg::from(year.as_str()))],
        ),
        lang: Some(lang),
    });
    let rows: Vec<(String, Vec<i64>)> = wsis_domain::matrix::rows()
        .map(|c| {
            (
                c.code.to_owned(),
                (1..=17u8)
                    .map(|g| m.cell(c.code, g).map_or(0, |x| x.total()))
                    .collect(),
            )
        })
        .collect();
    blocks.push(Block::Heat {
        caption: count("matrix-caption"),
        corner: count("pub-sdg-short"),
        columns: (1..=17).map(|g: u8| g.to_string()).collect(),
        rows,
    });
    blocks.push(Block::Text {
        label: None,
        text: count("pub-matrix-legend"),
        lang: Some(lang),
    });
    let sep = t(lang, "list-separator", &[]);
    for c in wsis_domain::matrix::rows() {
        blocks.push(heading(
            1,
            format!("{} {}", c.code, c.name.get(lang)),
            Some(format!("al-{}", c.code)),
        ));
        let mut table = Vec::new();
        let mut texts = Vec::new();
        for g in 1..=17u8 {
            let Some(cell) = m.cell(c.code, g) else {
                continue;
            };
            if cell.link.is_none() && cell.total() == 0 {
                continue;
            }
            let goal = goal_label(g, lang);
            table.push(vec![
                goal.clone(),
                cell.link
                    .as_ref()
                    .map(|l| l.link.targets.join(&sep))
                    .unwrap_or_default(),
                wsis_i18n::format_number(lang, cell.sessions.len() as i64),
                wsis_i18n::format_number(lang, cell.outcomes.len() as i64),
                wsis_i18n::format_number(lang, cell.entries),
            ]);
            if let Some(l) = &cell.link {
                // The facilitators' rationale carries no language of its own.
                texts.push(Block::Text {
                    label: Some(goal),
                    text: l.link.rationale.clone(),
                    lang: None,
                });
            }
        }
        if table.is_empty() {
            blocks.push(Block::Note(count("pub-matrix-none")));
            continue;
        }
        blocks.push(Block::Table {
            caption: format!("{} {}", c.code, c.name.get(lang)),
            header: vec![
                count("matrix-col-goal"),
                count("matrix-targets"),
                count("pub-col-sessions"),
                count("pub-col-outcomes"),
                count("matrix-entries"),
            ],
            rows: table,
            numeric: vec![false, false, true, true, true],
        });
        if !texts.is_empty() {
            blocks.push(heading(2, count("matrix-link"), None));
            blocks.extend(texts);
        }
    }
}

/// Whether an edition's documents can be built: its agenda is published.
pub async fn available(app: &App, year: i64) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(fdb::latest_version(&mut conn, ed.id).await? > 0)
}
