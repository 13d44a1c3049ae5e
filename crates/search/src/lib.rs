//! Full-text and facet index over PUBLISHED stocktaking entries.
//!
//! The database is the source of truth; this tantivy index is derived from it and can be
//! rebuilt at any time ([`SearchIndex::rebuild`]). Every UN language (ar, zh, en, fr, ru, es)
//! has its own title and description fields with a language-specific analyzer, so an entry is
//! found in any of its languages; facet values (Action Lines, SDGs, countries, …) live in
//! multi-valued fast string fields and are counted disjunctively by a custom collector.

mod analyzers;
mod collector;
mod facets;
mod html;
mod index;
mod outcomes;
mod schema;
mod syntax;

pub use syntax::{MAX_TERMS, to_engine_query};

pub use index::{DEFAULT_ANSWER_CACHE, SearchIndex};
pub use outcomes::{OutcomeDoc, OutcomeFacet, OutcomeHit, OutcomeIndex, OutcomeResults};

/// The six UN languages, in the order used for per-language fields.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// One published entry as the index sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryDoc {
    /// Database id of the entry (unique key in the index).
    pub id: i64,
    /// the language the entry was written in: "ar" | "zh" | "en" | "fr" | "ru" | "es"
    pub language: String,
    /// (language code, title) for the original and every translation
    pub titles: Vec<(String, String)>,
    /// (language code, plain-text description) – markdown already stripped by the caller
    pub descriptions: Vec<(String, String)>,
    /// Lead organisation name (searchable as free text).
    pub organisation: String,
    /// Partner organisation names (searchable as free text).
    pub partners: Vec<String>,
    /// Action Line codes: "C1".."C11" and, for C7 entries, also the sub-line code "C7.1".."C7.8"
    /// (indexed as the [`Facet::C7Subline`] facet).
    pub action_lines: Vec<String>,
    /// SDG goal numbers 1..=17
    pub sdgs: Vec<u8>,
    /// SDG target codes like "9.c"
    pub targets: Vec<String>,
    /// ISO alpha-2 country codes
    pub countries: Vec<String>,
    /// region codes (UN M49 like "150", ITU like "EUR")
    pub regions: Vec<String>,
    /// Stakeholder type key, e.g. "civil_society".
    pub stakeholder_type: String,
    /// Activity type key, e.g. "project".
    pub activity_type: String,
    /// "planned" | "ongoing" | "completed"
    pub status: String,
    /// start year of the activity
    pub year: Option<i32>,
    /// call for entries, e.g. "2019"
    pub call: Option<String>,
    /// languages the activity works in
    pub languages: Vec<String>,
    /// unix seconds, for "newest first"
    pub published_at: i64,
}

/// The facets: one enum for the domain, the database and the index (which filters and
/// counts [`Facet::SEARCHABLE`]).
pub use wsis_domain::stocktaking::Facet;

/// A searchable facet's position in [`Facet::SEARCHABLE`] (the index's per-facet tables).
pub(crate) trait Slot {
    fn index(self) -> usize;
}

impl Slot for Facet {
    fn index(self) -> usize {
        // SEARCHABLE is the start of ALL, in the enum's order (a domain test checks it).
        debug_assert!(self.is_searchable(), "{self} is not indexed");
        self as usize
    }
}

/// Result ordering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// Score descending, ties by id ascending.
    #[default]
    Relevance,
    /// `published_at` descending, ties by id descending.
    Newest,
}

/// A search request.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// free text; None or empty = match all
    pub text: Option<String>,
    /// the interface language ("en", …): snippets prefer this language's title/description when present
    pub lang: String,
    /// AND across different facets, OR among values of the same facet
    pub filters: Vec<(Facet, String)>,
    /// Result ordering.
    pub sort: Sort,
    /// Number of hits to skip.
    pub offset: usize,
    /// Maximum number of hits to return.
    pub limit: usize,
}

/// One search result.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Entry id.
    pub id: i64,
    /// Relevance score (0 when sorting by [`Sort::Newest`]).
    pub score: f32,
    /// HTML-escaped text with <b>…</b> around matched terms (tantivy snippet to_html); plain escaped title when no match
    pub title_html: String,
    /// HTML-escaped snippet of the description with <b>…</b> highlights; when no term matches
    /// the description, its escaped beginning (may be empty)
    pub snippet_html: String,
    /// The language codes of the title's and the snippet's text as shown (the reader's
    /// language's version, else the original's; empty when there is no text), so that
    /// pages mark foreign-language text with its `lang` and `dir`.
    pub title_lang: &'static str,
    pub snippet_lang: &'static str,
}

/// Results of [`SearchIndex::search`].
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// Number of entries matching the text and all filters.
    pub total: usize,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// for every Facet (in [`Facet::SEARCHABLE`] order): (value, count) sorted by count desc then value asc.
    /// Counts are "disjunctive": a facet's counts apply all the OTHER facets' filters and the text
    /// query, but not its own filter. A selected filter value is always listed, with count 0 if
    /// nothing matches it.
    pub facets: Vec<(Facet, Vec<(String, u64)>)>,
}

/// Errors of the search index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// An error reported by tantivy.
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// A query that could not be parsed (only for programmatic queries; user text is lenient).
    #[error("search query: {0}")]
    Query(#[from] tantivy::query::QueryParserError),
    /// File-system error around the index directory.
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
}
