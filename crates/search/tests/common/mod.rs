//! Shared fixtures for the integration tests.

#![allow(dead_code)]

use wsis_search::{EntryDoc, Facet, SearchIndex, SearchQuery, SearchResults, Sort};

/// An entry with one title/description in `lang`.
pub fn entry(id: i64, lang: &str, title: &str, description: &str) -> EntryDoc {
    EntryDoc {
        id,
        language: lang.to_owned(),
        titles: vec![(lang.to_owned(), title.to_owned())],
        descriptions: vec![(lang.to_owned(), description.to_owned())],
        organisation: format!("Organisation {id}"),
        status: "ongoing".to_owned(),
        published_at: 1_600_000_000 + id,
        ..EntryDoc::default()
    }
}

/// A query for `text` in English, first 100 hits.
pub fn text(text: &str) -> SearchQuery {
    SearchQuery {
        text: Some(text.to_owned()),
        lang: "en".to_owned(),
        limit: 100,
        ..SearchQuery::default()
    }
}

/// A match-all query with these filters.
pub fn filtered(filters: &[(Facet, &str)]) -> SearchQuery {
    SearchQuery {
        text: None,
        lang: "en".to_owned(),
        filters: filters.iter().map(|(f, v)| (*f, (*v).to_owned())).collect(),
        sort: Sort::Relevance,
        offset: 0,
        limit: 100,
    }
}

/// Ids of the hits, in order.
pub fn ids(results: &SearchResults) -> Vec<i64> {
    results.hits.iter().map(|h| h.id).collect()
}

/// Ids of the hits for a query, sorted.
pub fn sorted_ids(index: &SearchIndex, q: &SearchQuery) -> Vec<i64> {
    let mut v = ids(&index.search(q).expect("search"));
    v.sort_unstable();
    v
}

/// The counts of one facet.
pub fn counts(results: &SearchResults, facet: Facet) -> Vec<(String, u64)> {
    results
        .facets
        .iter()
        .find(|(f, _)| *f == facet)
        .map(|(_, c)| c.clone())
        .expect("facet present")
}
