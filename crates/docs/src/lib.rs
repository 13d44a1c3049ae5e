//! Publications of the WSIS Stocktaking process — the yearly Stocktaking
//! Report and the Success Stories — generated from entry data as Typst
//! source and compiled in-process to PDF with embedded OFL Noto fonts
//! (Latin/Cyrillic/Greek, Arabic, Simplified Chinese). The report also has
//! an HTML version built from the same model.
//!
//! User text (titles, descriptions, organisations) never becomes Typst
//! markup: it is passed as Typst string literals inside a data dictionary
//! that a fixed template lays out, so `#`, `*`, `[`, `$`, `<` … appear
//! literally and cannot run code.

mod html;
mod model;
pub mod strings;
mod template;
mod tree;
mod world;

pub use model::markdown_to_paragraphs;
pub use template::lit;
pub use tree::{Block, Document, esc};
pub use world::{ARABIC_FAMILY, CJK_FAMILY, FONT_FILES, LATIN_FAMILY};

use wsis_domain::Language;
use wsis_domain::stocktaking::EntryData;

/// An entry as the publications see it: its id and its published content.
#[derive(Debug, Clone)]
pub struct ReportEntry {
    pub id: i64,
    pub data: EntryData,
}

/// The input of the yearly Stocktaking Report.
#[derive(Debug, Clone)]
pub struct StocktakingReport {
    pub year: i64,
    pub lang: Language,
    pub entries: Vec<ReportEntry>,
}

#[derive(Debug, thiserror::Error)]
pub enum DocsError {
    #[error("typst compilation failed: {0}")]
    Typst(String),
    #[error("PDF export failed: {0}")]
    Pdf(String),
}

/// Typst source of the report (pure; testable without compiling).
pub fn stocktaking_report_source(r: &StocktakingReport) -> String {
    let m = model::Model::build(r.year, r.lang, &r.entries);
    template::report_source(&m)
}

/// The report as PDF.
pub fn stocktaking_report_pdf(r: &StocktakingReport) -> Result<Vec<u8>, DocsError> {
    compile(&stocktaking_report_source(r))
}

/// The report as a self-contained, accessible HTML page (all text escaped).
pub fn stocktaking_report_html(r: &StocktakingReport) -> String {
    let m = model::Model::build(r.year, r.lang, &r.entries);
    html::report_html(&m)
}

/// Typst source of the Success Stories: each entry in depth.
pub fn success_stories_source(year: i64, lang: Language, entries: &[ReportEntry]) -> String {
    let m = model::Model::build(year, lang, entries);
    template::stories_source(&m)
}

/// The Success Stories as PDF: each selected entry in depth (full
/// description, all links).
pub fn success_stories_pdf(
    year: i64,
    lang: Language,
    entries: &[ReportEntry],
) -> Result<Vec<u8>, DocsError> {
    compile(&success_stories_source(year, lang, entries))
}

/// Typst source → PDF, with the embedded fonts only (no files, no packages).
pub fn compile(source: &str) -> Result<Vec<u8>, DocsError> {
    let (doc, _warnings) = world::layout(source)?;
    world::pdf(&doc)
}

/// A document tree as PDF, with its page count.
pub fn tree_pdf(doc: &Document) -> Result<(Vec<u8>, usize), DocsError> {
    let (laid, _warnings) = world::layout(&doc.typst())?;
    let pages = laid.pages().len();
    Ok((world::pdf(&laid)?, pages))
}

/// Laid-out document → PDF.
pub fn document_pdf(doc: &typst_layout::PagedDocument) -> Result<Vec<u8>, DocsError> {
    world::pdf(doc)
}

/// Typst source → laid-out document and warnings, for inspection (tests,
/// page counts).
pub fn layout(source: &str) -> Result<(typst_layout::PagedDocument, Vec<String>), DocsError> {
    world::layout(source)
}

/// A participant's badge: every text already in the badge's language.
pub struct Badge {
    pub lang: Language,
    pub event: String,
    pub dates: String,
    pub venue: String,
    pub name: String,
    pub organisation: String,
    pub details: String,
    /// The code printed under the QR code (what check-in reads).
    pub code: String,
    /// The QR code as SVG.
    pub qr_svg: String,
}

/// The Typst source of a badge (A6, the QR code in the middle).
pub fn badge_source(b: &Badge) -> String {
    use template::lit;
    let fonts = template::fonts(b.lang)
        .iter()
        .map(|f| lit(f))
        .collect::<Vec<_>>()
        .join(", ");
    let dir = if b.lang == Language::Ar { "rtl" } else { "ltr" };
    format!(
        r#"#set page(width: 105mm, height: 148mm, margin: 8mm)
#set text(font: ({fonts}), size: 11pt, lang: {lang}, dir: {dir})
#align(center)[
  #text(size: 14pt, weight: "bold")[#{event}] \
  #text(size: 10pt)[#{dates} \ #{venue}]
  #v(6mm)
  #text(size: 19pt, weight: "bold")[#{name}]
  #v(1mm)
  #{organisation} \
  #text(size: 9pt)[#{details}]
  #v(5mm)
  #image(bytes({qr}), format: "svg", width: 40mm)
  #text(size: 12pt, weight: "bold", dir: ltr)[#{code}]
]
"#,
        lang = lit(b.lang.code()),
        event = lit(&b.event),
        dates = lit(&b.dates),
        venue = lit(&b.venue),
        name = lit(&b.name),
        organisation = lit(&b.organisation),
        details = lit(&b.details),
        qr = lit(&b.qr_svg),
        code = lit(&b.code),
    )
}

/// A badge as a one-page PDF.
pub fn badge_pdf(b: &Badge) -> Result<Vec<u8>, DocsError> {
    compile(&badge_source(b))
}
