//! The search of approved session outcomes (issue 12, item 6): a small index in
//! memory, built from the outcomes on a node and rebuilt when they change, with the
//! stocktaking search's analyzers (one per UN language, CJK characters) and query
//! syntax, and the facets a reader of outcomes filters by: Action Line (a C7
//! sub-line also counts for C7), SDG, year, session type and language.
//!
//! The index holds every approved outcome of every edition (a few hundred a year),
//! so a search visits at most that many documents: its work is bounded whatever the
//! query.

use std::collections::BTreeMap;

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, TantivyDocument, Term};

use crate::analyzers::{CJK_CHARS, analyzer_name};
use crate::schema::lang_index;
use crate::{LANGUAGES, SearchError};

/// What a search of outcomes filters and counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutcomeFacet {
    ActionLine,
    Sdg,
    Year,
    SessionType,
    Language,
}

impl OutcomeFacet {
    pub const ALL: [OutcomeFacet; 5] = [
        OutcomeFacet::ActionLine,
        OutcomeFacet::Sdg,
        OutcomeFacet::Year,
        OutcomeFacet::SessionType,
        OutcomeFacet::Language,
    ];
    /// The query parameter naming it.
    pub fn code(self) -> &'static str {
        match self {
            OutcomeFacet::ActionLine => "action_line",
            OutcomeFacet::Sdg => "sdg",
            OutcomeFacet::Year => "year",
            OutcomeFacet::SessionType => "type",
            OutcomeFacet::Language => "language",
        }
    }
    fn index(self) -> usize {
        self as usize
    }
}

/// An approved outcome as the index sees it.
#[derive(Debug, Clone)]
pub struct OutcomeDoc {
    /// The session's id (what a hit names).
    pub session: i64,
    pub year: i64,
    /// The language code the outcome is written in.
    pub language: String,
    /// The session's title (in whatever language its proposer wrote it).
    pub title: String,
    /// Every section of the outcome, and the reasons of its links.
    pub text: String,
    /// Action Line and sub-line codes; a sub-line also counts for its Action Line.
    pub action_lines: Vec<String>,
    pub sdgs: Vec<u8>,
    pub session_type: String,
}

/// One hit: the session and a highlighted excerpt (escaped HTML, `<b>` marks).
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeHit {
    pub session: i64,
    pub snippet_html: String,
}

/// A page of hits, how many matched, and per facet each value's count among the
/// matches (largest first).
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeResults {
    pub total: usize,
    pub hits: Vec<OutcomeHit>,
    pub facets: Vec<(OutcomeFacet, Vec<(String, usize)>)>,
}

/// The index of approved outcomes.
pub struct OutcomeIndex {
    reader: IndexReader,
    parser: QueryParser,
    session: Field,
    language: Field,
    /// The outcome's text per language, in [`LANGUAGES`] order (stored).
    texts: [Field; 6],
    facets: [Field; 5],
}

impl std::fmt::Debug for OutcomeIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OutcomeIndex")
    }
}

fn text_options(tokenizer: &str, stored: bool) -> TextOptions {
    let o = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored { o.set_stored() } else { o }
}

impl OutcomeIndex {
    /// Builds the index of these outcomes, in memory.
    pub fn build(docs: &[OutcomeDoc]) -> Result<OutcomeIndex, SearchError> {
        let mut b = Schema::builder();
        let session = b.add_i64_field("session", STORED);
        let language = b.add_text_field("language", STRING | STORED);
        let texts = LANGUAGES
            .map(|l| b.add_text_field(&format!("text_{l}"), text_options(&analyzer_name(l), true)));
        let cjk = b.add_text_field("cjk_chars", text_options(CJK_CHARS, false));
        let facets = OutcomeFacet::ALL
            .map(|f| b.add_text_field(&format!("f_{}", f.code()), STRING | STORED));
        let index = Index::create_in_ram(b.build());
        crate::analyzers::register(index.tokenizers());
        let mut writer: tantivy::IndexWriter<TantivyDocument> = index.writer(15_000_000)?;
        for o in docs {
            let mut d = TantivyDocument::new();
            d.add_i64(session, o.session);
            d.add_text(language, &o.language);
            let body = format!("{}\n\n{}", o.title, o.text);
            let i = lang_index(&o.language).unwrap_or(2);
            d.add_text(texts[i], &body);
            if body.chars().any(crate::analyzers::is_cjk) {
                d.add_text(cjk, &body);
            }
            let mut lines: Vec<String> = Vec::new();
            for c in &o.action_lines {
                lines.push(c.clone());
                if let Some((parent, _)) = c.split_once('.') {
                    lines.push(parent.to_owned());
                }
            }
            lines.sort_unstable();
            lines.dedup();
            for l in lines {
                d.add_text(facets[OutcomeFacet::ActionLine.index()], l);
            }
            for g in &o.sdgs {
                d.add_text(facets[OutcomeFacet::Sdg.index()], g.to_string());
            }
            d.add_text(facets[OutcomeFacet::Year.index()], o.year.to_string());
            d.add_text(facets[OutcomeFacet::SessionType.index()], &o.session_type);
            d.add_text(facets[OutcomeFacet::Language.index()], &o.language);
            writer.add_document(d)?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        let mut fields: Vec<Field> = texts.to_vec();
        fields.push(cjk);
        let mut parser = QueryParser::for_index(&index, fields);
        parser.set_conjunction_by_default();
        Ok(OutcomeIndex {
            reader,
            parser,
            session,
            language,
            texts,
            facets,
        })
    }

    /// How many outcomes it holds.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Searches: `text` in the platform's syntax (words, "phrases", -exclusions, OR),
    /// `filters` (a facet and one of its values each; several values of one facet
    /// are alternatives, different facets all apply), a page of `limit` hits from
    /// `offset`, best first (then newest year, then session).
    pub fn search(
        &self,
        text: Option<&str>,
        filters: &[(OutcomeFacet, String)],
        offset: usize,
        limit: usize,
    ) -> Result<OutcomeResults, SearchError> {
        let searcher = self.reader.searcher();
        let text_query: Option<Box<dyn Query>> = text
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(crate::syntax::to_engine_query)
            .filter(|t| !t.is_empty())
            .map(|t| self.parser.parse_query_lenient(&t).0);
        let mut by_facet: BTreeMap<OutcomeFacet, Vec<&str>> = BTreeMap::new();
        for (f, v) in filters {
            by_facet.entry(*f).or_default().push(v.as_str());
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(q) = &text_query {
            clauses.push((Occur::Must, q.box_clone()));
        }
        for (f, values) in &by_facet {
            let field = self.facets[f.index()];
            let any: Vec<(Occur, Box<dyn Query>)> = values
                .iter()
                .map(|v| {
                    let q: Box<dyn Query> = Box::new(TermQuery::new(
                        Term::from_field_text(field, v),
                        IndexRecordOption::Basic,
                    ));
                    (Occur::Should, q)
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        // Every match, for the facet counts (the index is small by construction).
        let matched = searcher.search(&query, &DocSetCollector)?;
        let total = matched.len();
        let mut counts: [BTreeMap<String, usize>; 5] = Default::default();
        let mut order: Vec<(f32, i64, i64, DocAddress)> = Vec::with_capacity(total);
        let scores: std::collections::HashMap<DocAddress, f32> =
            if text_query.is_some() && total > 0 {
                searcher
                    .search(&query, &TopDocs::with_limit(total).order_by_score())?
                    .into_iter()
                    .map(|(s, a)| (a, s))
                    .collect()
            } else {
                Default::default()
            };
        for addr in matched {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let mut year = 0;
            for f in OutcomeFacet::ALL {
                for v in doc.get_all(self.facets[f.index()]) {
                    if let Some(s) = v.as_str() {
                        *counts[f.index()].entry(s.to_owned()).or_default() += 1;
                        if f == OutcomeFacet::Year {
                            year = s.parse().unwrap_or(0);
                        }
                    }
                }
            }
            let session = doc
                .get_first(self.session)
                .and_then(|v| v.as_i64())
                .unwrap_or(0);
            let score = scores.get(&addr).copied().unwrap_or(0.0);
            order.push((score, year, session, addr));
        }
        order.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut hits = Vec::new();
        for (_, _, session, addr) in order.iter().skip(offset).take(limit) {
            let doc: TantivyDocument = searcher.doc(*addr)?;
            let lang = doc
                .get_first(self.language)
                .and_then(|v| v.as_str())
                .unwrap_or("en")
                .to_owned();
            let field = self.texts[lang_index(&lang).unwrap_or(2)];
            let body = doc
                .get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_owned();
            // The text without the title (which the page shows apart).
            let text = body.split_once("\n\n").map_or(body.as_str(), |(_, t)| t);
            let snippet_html = match &text_query {
                Some(q) => {
                    let mut g = SnippetGenerator::create(&searcher, q.as_ref(), field)?;
                    g.set_max_num_chars(crate::html::SNIPPET_CHARS);
                    let s = g.snippet(text);
                    crate::html::description_html(text, &s)
                }
                None => crate::html::escape_html(&excerpt(text)),
            };
            hits.push(OutcomeHit {
                session: *session,
                snippet_html,
            });
        }
        let facets = OutcomeFacet::ALL
            .iter()
            .map(|f| {
                let mut v: Vec<(String, usize)> =
                    std::mem::take(&mut counts[f.index()]).into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                (*f, v)
            })
            .collect();
        Ok(OutcomeResults {
            total,
            hits,
            facets,
        })
    }
}

/// The first characters of a text, cut at a word.
fn excerpt(text: &str) -> String {
    let max = crate::html::SNIPPET_CHARS;
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(
        session: i64,
        year: i64,
        lang: &str,
        text: &str,
        lines: &[&str],
        sdgs: &[u8],
    ) -> OutcomeDoc {
        OutcomeDoc {
            session,
            year,
            language: lang.into(),
            title: format!("Session {session}"),
            text: text.into(),
            action_lines: lines.iter().map(|s| (*s).to_owned()).collect(),
            sdgs: sdgs.to_vec(),
            session_type: "thematic-workshop".into(),
        }
    }

    fn index() -> OutcomeIndex {
        OutcomeIndex::build(&[
            doc(
                1,
                2019,
                "en",
                "Telemedicine and e-health reached rural clinics.",
                &["C7.4"],
                &[3],
            ),
            doc(
                2,
                2019,
                "fr",
                "La santé en ligne dans les hôpitaux ruraux.",
                &["C7.4"],
                &[3, 9],
            ),
            doc(3, 2018, "en", "Digital skills for teachers.", &["C4"], &[4]),
            doc(4, 2019, "zh", "数字医疗服务覆盖农村诊所。", &["C7.4"], &[3]),
            doc(
                5,
                2019,
                "en",
                "<script>alert(1)</script> e-health",
                &["C2"],
                &[9],
            ),
        ])
        .unwrap()
    }

    #[test]
    fn words_find_outcomes_in_their_language_with_facets_counted() {
        let i = index();
        let r = i.search(Some("e-health"), &[], 0, 10).unwrap();
        let found: Vec<i64> = r.hits.iter().map(|h| h.session).collect();
        assert_eq!(r.total, 2);
        assert!(found.contains(&1) && found.contains(&5));
        // French stemming: "santé" finds "santé"; a single Chinese character finds its text.
        assert_eq!(
            i.search(Some("santé"), &[], 0, 10).unwrap().hits[0].session,
            2
        );
        assert_eq!(i.search(Some("医"), &[], 0, 10).unwrap().hits[0].session, 4);
        // Highlights are escaped HTML.
        let h = &i
            .search(
                Some("e-health"),
                &[(OutcomeFacet::ActionLine, "C2".into())],
                0,
                10,
            )
            .unwrap()
            .hits[0];
        assert!(
            h.snippet_html.contains("&lt;script&gt;"),
            "{}",
            h.snippet_html
        );
        assert!(h.snippet_html.contains("<b>"), "{}", h.snippet_html);
    }

    #[test]
    fn facets_filter_and_count_a_subline_under_its_action_line() {
        let i = index();
        let r = i
            .search(
                None,
                &[
                    (OutcomeFacet::ActionLine, "C7".into()),
                    (OutcomeFacet::Year, "2019".into()),
                ],
                0,
                10,
            )
            .unwrap();
        assert_eq!(r.total, 3);
        let sdg = &r
            .facets
            .iter()
            .find(|(f, _)| *f == OutcomeFacet::Sdg)
            .unwrap()
            .1;
        assert_eq!(sdg[0], ("3".to_owned(), 3));
        assert!(sdg.contains(&("9".to_owned(), 1)));
        // Two values of one facet are alternatives.
        let r = i
            .search(
                None,
                &[
                    (OutcomeFacet::Language, "fr".into()),
                    (OutcomeFacet::Language, "zh".into()),
                ],
                0,
                10,
            )
            .unwrap();
        assert_eq!(r.total, 2);
        // Paging.
        let all = i.search(None, &[], 0, 10).unwrap();
        assert_eq!(all.total, 5);
        let page = i.search(None, &[], 4, 10).unwrap();
        assert_eq!(page.hits.len(), 1);
        assert_eq!(page.hits[0].session, all.hits[4].session);
        // The newest year first without a query.
        assert_eq!(all.hits[4].session, 3);
    }
}
