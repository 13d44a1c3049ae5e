//! Index schema: field handles and the conversion of an [`EntryDoc`] into a tantivy document.

use tantivy::TantivyDocument;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analyzers::{CJK_CHARS, GENERIC, analyzer_name};
use crate::{EntryDoc, Facet, LANGUAGES};

/// Name of the i64 id field (indexed for deletes, fast for sorting).
pub(crate) const ID: &str = "id";
/// Name of the i64 publication time field (fast, for sorting).
pub(crate) const PUBLISHED_AT: &str = "published_at";

/// Handles of every field of the schema.
#[derive(Clone, Debug)]
pub(crate) struct Fields {
    pub(crate) id: Field,
    pub(crate) published_at: Field,
    /// Original language of the entry (stored).
    pub(crate) orig_lang: Field,
    /// Title field per language, in [`LANGUAGES`] order (indexed with positions, stored).
    pub(crate) titles: [Field; 6],
    /// Description field per language, in [`LANGUAGES`] order (indexed with positions, stored).
    pub(crate) descriptions: [Field; 6],
    /// Organisation and partner names.
    pub(crate) names: Field,
    /// Titles/descriptions in languages outside the six (generic analyzer, not stored).
    pub(crate) other_text: Field,
    /// Every title and description again, as CJK characters (not stored): a single
    /// character, or a run of them, finds the texts that contain it.
    pub(crate) cjk_chars: Field,
    /// Facet fields in [`Facet::SEARCHABLE`] order (raw string, indexed, fast, multi-valued).
    pub(crate) facets: [Field; 12],
}

/// Index of a language code in [`LANGUAGES`].
pub(crate) fn lang_index(lang: &str) -> Option<usize> {
    LANGUAGES.iter().position(|l| *l == lang)
}

/// Name of the fast string field holding a facet's values.
pub(crate) fn facet_field_name(facet: Facet) -> String {
    format!("f_{}", facet.code())
}

fn text_options(tokenizer: &str, stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// Builds the schema and its field handles.
pub(crate) fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_i64_field(ID, INDEXED | FAST | STORED);
    let published_at = b.add_i64_field(PUBLISHED_AT, FAST);
    let orig_lang = b.add_text_field("orig_lang", STRING | STORED);
    let titles = LANGUAGES
        .map(|l| b.add_text_field(&format!("title_{l}"), text_options(&analyzer_name(l), true)));
    let descriptions = LANGUAGES
        .map(|l| b.add_text_field(&format!("desc_{l}"), text_options(&analyzer_name(l), true)));
    let names = b.add_text_field("names", text_options(GENERIC, false));
    let other_text = b.add_text_field("other_text", text_options(GENERIC, false));
    let cjk_chars = b.add_text_field("cjk_chars", text_options(CJK_CHARS, false));
    let facets = Facet::SEARCHABLE.map(|f| b.add_text_field(&facet_field_name(f), STRING | FAST));
    let fields = Fields {
        id,
        published_at,
        orig_lang,
        titles,
        descriptions,
        names,
        other_text,
        cjk_chars,
        facets,
    };
    (b.build(), fields)
}

/// The facet values of an entry, deduplicated, in [`Facet::SEARCHABLE`] order.
pub(crate) fn facet_values(doc: &EntryDoc) -> [Vec<String>; 12] {
    let one = |s: &str| -> Vec<String> {
        if s.is_empty() {
            Vec::new()
        } else {
            vec![s.to_owned()]
        }
    };
    let is_subline = |code: &String| code.starts_with("C7.");
    let mut values: [Vec<String>; 12] = Facet::SEARCHABLE.map(|f| match f {
        Facet::ActionLine => doc
            .action_lines
            .iter()
            .filter(|c| !is_subline(c))
            .cloned()
            .collect(),
        Facet::C7Subline => doc
            .action_lines
            .iter()
            .filter(|c| is_subline(c))
            .cloned()
            .collect(),
        Facet::Sdg => doc.sdgs.iter().map(u8::to_string).collect(),
        Facet::Target => doc.targets.clone(),
        Facet::Country => doc.countries.clone(),
        Facet::Region => doc.regions.clone(),
        Facet::StakeholderType => one(&doc.stakeholder_type),
        Facet::ActivityType => one(&doc.activity_type),
        Facet::Status => one(&doc.status),
        Facet::Year => doc.year.iter().map(i32::to_string).collect(),
        Facet::Call => doc.call.as_deref().map(one).unwrap_or_default(),
        Facet::Language => doc.languages.clone(),
        // Not indexed (statistics only): never in SEARCHABLE.
        Facet::Coverage => Vec::new(),
    });
    for v in &mut values {
        v.retain(|s| !s.is_empty());
        v.sort_unstable();
        v.dedup();
    }
    values
}

impl Fields {
    /// Converts an entry into the tantivy document that indexes it.
    pub(crate) fn to_document(&self, doc: &EntryDoc) -> TantivyDocument {
        let mut d = TantivyDocument::new();
        d.add_i64(self.id, doc.id);
        d.add_i64(self.published_at, doc.published_at);
        d.add_text(self.orig_lang, &doc.language);
        for (lang, title) in &doc.titles {
            match lang_index(lang) {
                Some(i) => d.add_text(self.titles[i], title),
                None => d.add_text(self.other_text, title),
            }
        }
        for (lang, text) in &doc.descriptions {
            match lang_index(lang) {
                Some(i) => d.add_text(self.descriptions[i], text),
                None => d.add_text(self.other_text, text),
            }
        }
        let has_cjk = |t: &str| t.chars().any(crate::analyzers::is_cjk);
        for (_, text) in doc.titles.iter().chain(&doc.descriptions) {
            if has_cjk(text) {
                d.add_text(self.cjk_chars, text);
            }
        }
        if !doc.organisation.is_empty() {
            d.add_text(self.names, &doc.organisation);
        }
        for partner in &doc.partners {
            d.add_text(self.names, partner);
        }
        for (field, values) in self.facets.iter().zip(facet_values(doc)) {
            for value in values {
                d.add_text(*field, value);
            }
        }
        d
    }
}
