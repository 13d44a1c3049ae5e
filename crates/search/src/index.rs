//! [`SearchIndex`]: opening, writing (upsert/delete/rebuild) and searching the index.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tantivy::directory::{Directory, WatchCallback, WatchHandle};
use tantivy::query::{EnableScoring, Query, QueryParser};
use tantivy::schema::{Field, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
    Warmer,
};

use crate::collector::Candidate;
use crate::facets::{FacetTables, Pass};
use crate::html::{
    SNIPPET_CHARS, absolute_ranges, description_html, escape_html, highlight_html, truncate_chars,
};
use crate::schema::{self, Fields, lang_index};
use crate::{Facet, Hit, SearchError, SearchQuery, SearchResults, Slot, Sort, analyzers};

/// Memory budget of the index writer, shared by its indexing threads.
const WRITER_HEAP_BYTES: usize = 128 * 1024 * 1024;
/// Boost of title fields over descriptions.
const TITLE_BOOST: f32 = 3.0;
/// Boost of organisation/partner names over descriptions.
const NAMES_BOOST: f32 = 1.5;
/// Bytes of a compressed block of the document store. A page of hits decompresses one
/// block per hit; tantivy's default (16 KB) made that a tenth of a search's time.
const DOCSTORE_BLOCK: usize = 4096;
/// Marks the commit payload that holds the applied change sequence number.
const PAYLOAD_PREFIX: &str = "wsis-changes-through:";
/// Answers kept for the current index generation, by default.
pub const DEFAULT_ANSWER_CACHE: usize = 1024;

/// Files tantivy writes into an index directory (removed when the schema changed).
const TANTIVY_FILES: [&str; 4] = [
    "meta.json",
    ".managed.json",
    ".tantivy-meta.lock",
    ".tantivy-writer.lock",
];
const TANTIVY_EXTENSIONS: [&str; 8] = [
    "idx",
    "pos",
    "term",
    "store",
    "fast",
    "fieldnorm",
    "del",
    "temp",
];

/// The full-text and facet index. `Send + Sync`: share it behind an `Arc`; writes are
/// serialised on one internal `IndexWriter`, searches run concurrently.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    /// Reloads of the reader, one at a time (see [`Reloader`]).
    reloader: Reloader,
    fields: Fields,
    parser: QueryParser,
    /// Created on the first write and kept (it holds the directory's writer lock).
    writer: Mutex<Option<IndexWriter>>,
    created_fresh: bool,
    /// Facet counts of the unfiltered, text-less search (the landing page), per searcher
    /// generation.
    base_facets: Mutex<Option<(Version, FacetCounts)>>,
    /// Answers computed on the current searcher generation.
    answers: AnswerCache,
    /// Per-segment facet tables, built by the reader's warmer on reload.
    tables: Arc<FacetTables>,
    /// The database's change sequence number this index follows through (kept in the
    /// index's commit payload, so it changes atomically with the content).
    applied: AtomicU64,
}

/// Reloads the reader one at a time, each on the newest committed content, so a reload never
/// publishes older content than the one before it. tantivy's own `OnCommitWithDelay` reloads
/// on a thread of their own that open the segments, then publish the searcher, unlocked: a
/// reload that opened the segments before a write's commit could publish them after the
/// write's reload, and a search would miss the write until the next one. Reloads come from
/// writes (before they return) and from the directory's watcher (commits and merges, which
/// make fewer segments).
struct Reloader {
    reader: IndexReader,
    one_at_a_time: Arc<Mutex<()>>,
    /// Keeps the watch callback registered.
    _watch: WatchHandle,
}

impl Reloader {
    fn new(index: &Index, reader: &IndexReader) -> Result<Reloader, SearchError> {
        let one_at_a_time = Arc::new(Mutex::new(()));
        let watch = {
            let reader = reader.clone();
            let one_at_a_time = Arc::clone(&one_at_a_time);
            index.directory().watch(WatchCallback::new(move || {
                // Nobody waits for this reload: an error shows at the next write's reload.
                let _ = reload_alone(&reader, &one_at_a_time);
            }))?
        };
        Ok(Reloader {
            reader: reader.clone(),
            one_at_a_time,
            _watch: watch,
        })
    }

    fn reload(&self) -> Result<(), SearchError> {
        reload_alone(&self.reader, &self.one_at_a_time)
    }
}

fn reload_alone(reader: &IndexReader, one_at_a_time: &Mutex<()>) -> Result<(), SearchError> {
    // The lock guards no data: a panic while holding it leaves nothing inconsistent.
    let _alone = one_at_a_time.lock().unwrap_or_else(PoisonError::into_inner);
    reader.reload()?;
    Ok(())
}

/// The database change a write leaves the index at.
#[derive(Debug, Clone, Copy)]
enum Through {
    /// The one it was at.
    Same,
    /// This one (a rebuild: the content is the database's as of that change).
    Exactly(u64),
    /// This one, and only when it is beyond the one the index is at (else nothing is written).
    Beyond(u64),
}

/// A search request, normalised: what its answer depends on (with the index generation).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct AnswerKey {
    text: Option<String>,
    lang: String,
    /// Selected values per facet, sorted and deduplicated.
    filters: Vec<(Facet, Vec<String>)>,
    sort: Sort,
    offset: usize,
    limit: usize,
}

impl AnswerKey {
    fn of(q: &SearchQuery) -> AnswerKey {
        let text = q
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned);
        let filters: Vec<(Facet, Vec<String>)> = selected_values(q)
            .into_iter()
            .map(|(facet, mut values)| {
                values.sort_unstable();
                (facet, values)
            })
            .collect();
        AnswerKey {
            text,
            lang: q.lang.clone(),
            filters,
            sort: q.sort,
            offset: q.offset,
            limit: q.limit,
        }
    }
}

/// The answers of one searcher generation: a search issued after a write has returned runs
/// on a newer generation (the write reloads the reader before returning), so it never gets an
/// answer computed before the write.
struct AnswerCache {
    /// Most answers kept (0 = no cache).
    capacity: AtomicUsize,
    inner: Mutex<Answers>,
}

#[derive(Default)]
struct Answers {
    version: Version,
    map: HashMap<AnswerKey, Arc<SearchResults>>,
}

/// What a searcher sees: its segments with their deletes, and the reload that made it.
/// Two searchers with the same segments answer alike, whatever their generation: the reader
/// also reloads when nothing changed (tantivy's watcher after a commit that was already
/// reloaded, a merge's metadata), and that must not throw the kept answers away.
#[derive(Debug, Clone, Default)]
struct Version {
    generation: u64,
    segments: Vec<(tantivy::index::SegmentId, Option<u64>)>,
}

impl Version {
    fn of(searcher: &Searcher) -> Version {
        let generation = searcher.generation();
        Version {
            generation: generation.generation_id(),
            segments: generation
                .segments()
                .iter()
                .map(|(id, deletes)| (*id, *deletes))
                .collect(),
        }
    }

    fn same_content(&self, other: &Version) -> bool {
        self.segments == other.segments
    }
}

impl AnswerCache {
    fn new(capacity: usize) -> AnswerCache {
        AnswerCache {
            capacity: AtomicUsize::new(capacity),
            inner: Mutex::new(Answers::default()),
        }
    }

    fn get(&self, version: &Version, key: &AnswerKey) -> Option<Arc<SearchResults>> {
        if self.capacity.load(Ordering::Relaxed) == 0 {
            return None;
        }
        let answers = self.inner.lock().ok()?;
        if !answers.version.same_content(version) {
            return None;
        }
        answers.map.get(key).cloned()
    }

    fn put(&self, version: &Version, key: AnswerKey, results: &SearchResults) {
        let capacity = self.capacity.load(Ordering::Relaxed);
        if capacity == 0 {
            return;
        }
        let value = Arc::new(results.clone());
        let Ok(mut answers) = self.inner.lock() else {
            return;
        };
        if !answers.version.same_content(version) {
            // Generations only grow: an answer from an older searcher is not kept.
            if version.generation < answers.version.generation {
                return;
            }
            answers.version = version.clone();
            answers.map.clear();
        }
        if answers.map.len() >= capacity
            && !answers.map.contains_key(&key)
            && let Some(evicted) = answers.map.keys().next().cloned()
        {
            answers.map.remove(&evicted);
        }
        answers.map.insert(key, value);
    }

    fn set_capacity(&self, capacity: usize) {
        self.capacity.store(capacity, Ordering::Relaxed);
        if let Ok(mut answers) = self.inner.lock() {
            answers.map.clear();
        }
    }
}

/// The index settings (a different document store block size rebuilds the index).
fn settings() -> IndexSettings {
    IndexSettings {
        docstore_blocksize: DOCSTORE_BLOCK,
        ..IndexSettings::default()
    }
}

/// The selected values of each filtered facet (deduplicated, in request order).
fn selected_values(q: &SearchQuery) -> BTreeMap<Facet, Vec<String>> {
    let mut selected: BTreeMap<Facet, Vec<String>> = BTreeMap::new();
    for (facet, value) in &q.filters {
        let values = selected.entry(*facet).or_default();
        if !values.contains(value) {
            values.push(value.clone());
        }
    }
    selected
}

/// Facet counts as returned in [`SearchResults::facets`].
type FacetCounts = Vec<(Facet, Vec<(String, u64)>)>;

impl SearchIndex {
    /// open or create an index in this directory (create the dir if missing); if the schema
    /// changed (or the index cannot be opened), wipe and recreate.
    ///
    /// The directory should be dedicated to the index; on a wipe only tantivy's own files are
    /// removed. See [`SearchIndex::created_fresh`] to know whether a rebuild is needed.
    pub fn open_in_dir(path: &Path) -> Result<SearchIndex, SearchError> {
        std::fs::create_dir_all(path)?;
        let (schema, fields) = schema::build();
        let existing = if path.join("meta.json").exists() {
            match Index::open_in_dir(path) {
                Ok(index)
                    if index.schema() == schema
                        && index.settings().docstore_blocksize == DOCSTORE_BLOCK =>
                {
                    Some(index)
                }
                _ => None,
            }
        } else {
            None
        };
        match existing {
            Some(index) => Self::new(index, fields, false),
            None => {
                wipe_dir(path)?;
                let index = Index::builder()
                    .schema(schema)
                    .settings(settings())
                    .create_in_dir(path)?;
                Self::new(index, fields, true)
            }
        }
    }

    /// in memory (tests)
    pub fn in_ram() -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema::build();
        let index = Index::builder()
            .schema(schema)
            .settings(settings())
            .create_in_ram()?;
        Self::new(index, fields, true)
    }

    fn new(index: Index, fields: Fields, created_fresh: bool) -> Result<SearchIndex, SearchError> {
        analyzers::register(index.tokenizers());
        let applied = index
            .load_metas()?
            .payload
            .as_deref()
            .and_then(|payload| payload.strip_prefix(PAYLOAD_PREFIX))
            .and_then(|seq| seq.parse().ok())
            .unwrap_or(0);
        let tables = Arc::new(FacetTables::default());
        let warmer: Arc<dyn Warmer> = tables.clone();
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .warmers(vec![Arc::downgrade(&warmer)])
            .try_into()?;
        let reloader = Reloader::new(&index, &reader)?;
        let mut default_fields = Vec::new();
        default_fields.extend(fields.titles);
        default_fields.extend(fields.descriptions);
        default_fields.push(fields.names);
        default_fields.push(fields.other_text);
        default_fields.push(fields.cjk_chars);
        let mut parser = QueryParser::for_index(&index, default_fields);
        parser.set_conjunction_by_default();
        for field in fields.titles {
            parser.set_field_boost(field, TITLE_BOOST);
        }
        parser.set_field_boost(fields.names, NAMES_BOOST);
        Ok(SearchIndex {
            index,
            reader,
            reloader,
            fields,
            parser,
            writer: Mutex::new(None),
            created_fresh,
            base_facets: Mutex::new(None),
            answers: AnswerCache::new(DEFAULT_ANSWER_CACHE),
            tables,
            applied: AtomicU64::new(applied),
        })
    }

    /// Sets how many answers are kept for the current index content (0 disables the
    /// cache; default [`DEFAULT_ANSWER_CACHE`]). Every write changes the content, which
    /// empties the cache. Clears the cache.
    pub fn set_cache_capacity(&self, capacity: usize) {
        self.answers.set_capacity(capacity);
    }

    /// True when this index was just created empty (new directory, schema change, unreadable
    /// index, or in RAM): the caller should [`rebuild`](SearchIndex::rebuild) it from the database.
    pub fn created_fresh(&self) -> bool {
        self.created_fresh
    }

    /// Creates the writer now (it is kept for later writes), taking the directory's writer
    /// lock: `Ok(false)` when another process (a running `wsis serve`) holds that lock, so
    /// a caller can refuse before it changes anything that this index would have to follow.
    pub fn try_lock_writer(&self) -> Result<bool, SearchError> {
        let mut guard = self.writer.lock().unwrap_or_else(|poisoned| {
            let mut guard = poisoned.into_inner();
            *guard = None;
            self.writer.clear_poison();
            guard
        });
        if guard.is_none() {
            match self.index.writer(WRITER_HEAP_BYTES) {
                Ok(writer) => *guard = Some(writer),
                Err(tantivy::TantivyError::LockFailure(
                    tantivy::directory::error::LockError::LockBusy,
                    _,
                )) => {
                    return Ok(false);
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok(true)
    }

    /// The database change (sequence number) this index includes every change through: 0 for
    /// a new index. Set by [`apply`](SearchIndex::apply) and
    /// [`rebuild_through`](SearchIndex::rebuild_through), kept across restarts.
    pub fn applied(&self) -> u64 {
        self.applied.load(Ordering::Acquire)
    }

    /// Runs `op` on the writer, then commits (with `through`, or the sequence number already
    /// applied, as the commit's payload) and reloads the reader. On error the pending changes
    /// are discarded (the writer is dropped and recreated on the next write).
    fn write<T>(
        &self,
        through: Through,
        op: impl FnOnce(&IndexWriter, &Fields) -> Result<T, SearchError>,
    ) -> Result<Option<T>, SearchError> {
        // A panic during an earlier write (e.g. in the caller's rebuild iterator) poisons the
        // lock; its uncommitted changes are dropped with the writer and writing goes on.
        let mut guard: MutexGuard<'_, Option<IndexWriter>> =
            self.writer.lock().unwrap_or_else(|poisoned| {
                let mut guard = poisoned.into_inner();
                *guard = None;
                self.writer.clear_poison();
                guard
            });
        let writer = match &mut *guard {
            Some(writer) => writer,
            slot @ None => slot.insert(self.index.writer(WRITER_HEAP_BYTES)?),
        };
        let through = match through {
            Through::Same => self.applied(),
            Through::Exactly(seq) => seq,
            Through::Beyond(seq) if seq <= self.applied() => return Ok(None),
            Through::Beyond(seq) => seq,
        };
        let result = op(writer, &self.fields).and_then(|value| {
            let mut commit = writer.prepare_commit()?;
            commit.set_payload(&format!("{PAYLOAD_PREFIX}{through}"));
            commit.commit()?;
            Ok(value)
        });
        match result {
            Ok(value) => {
                // Reloaded, then the number recorded, with the writer still held: a caller
                // that finds its change applied (and skips it) can search the content at
                // once.
                self.reloader.reload()?;
                self.applied.store(through, Ordering::Release);
                drop(guard);
                Ok(Some(value))
            }
            Err(err) => {
                *guard = None;
                Err(err)
            }
        }
    }

    /// add or replace the entry with doc.id, commit and reload the reader before returning,
    /// so that a search issued after upsert returns sees it
    pub fn upsert(&self, doc: &crate::EntryDoc) -> Result<(), SearchError> {
        self.write(Through::Same, |writer, fields| {
            writer.delete_term(Term::from_field_i64(fields.id, doc.id));
            writer.add_document(fields.to_document(doc))?;
            Ok(())
        })
        .map(|_| ())
    }

    /// remove an entry (unpublished/rejected), commit and reload
    pub fn delete(&self, id: i64) -> Result<(), SearchError> {
        self.write(Through::Same, |writer, fields| {
            writer.delete_term(Term::from_field_i64(fields.id, id));
            Ok(())
        })
        .map(|_| ())
    }

    /// Applies the database's changes through sequence number `through` in one commit:
    /// `upserts` replace (or add) their entries, `deletes` leave the index. Reloads the reader
    /// before returning. `Ok(false)`, and nothing written, when the index already includes
    /// that change (another caller applied it, with content read no earlier).
    pub fn apply(
        &self,
        upserts: &[crate::EntryDoc],
        deletes: &[i64],
        through: u64,
    ) -> Result<bool, SearchError> {
        self.write(Through::Beyond(through), |writer, fields| {
            for id in deletes {
                writer.delete_term(Term::from_field_i64(fields.id, *id));
            }
            for doc in upserts {
                writer.delete_term(Term::from_field_i64(fields.id, doc.id));
                writer.add_document(fields.to_document(doc))?;
            }
            Ok(())
        })
        .map(|written| written.is_some())
    }

    /// replace the whole index content with these docs (one commit at the end, so searches see
    /// the old content until the new one is complete). Returns the number of documents indexed.
    pub fn rebuild(
        &self,
        docs: impl Iterator<Item = crate::EntryDoc>,
    ) -> Result<usize, SearchError> {
        self.rebuild_inner(Through::Same, docs)
    }

    /// [`rebuild`](SearchIndex::rebuild) from the database as of change `through` (read
    /// before the entries: a change made meanwhile is applied again later, which is harmless).
    pub fn rebuild_through(
        &self,
        docs: impl Iterator<Item = crate::EntryDoc>,
        through: u64,
    ) -> Result<usize, SearchError> {
        self.rebuild_inner(Through::Exactly(through), docs)
    }

    fn rebuild_inner(
        &self,
        through: Through,
        docs: impl Iterator<Item = crate::EntryDoc>,
    ) -> Result<usize, SearchError> {
        self.write(through, |writer, fields| {
            writer.delete_all_documents()?;
            let mut n = 0;
            for doc in docs {
                writer.add_document(fields.to_document(&doc))?;
                n += 1;
            }
            Ok(n)
        })
        .map(|n| n.unwrap_or(0))
    }

    /// Number of entries in the index (as of the last reload).
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Runs a search: hits of the requested page, total and disjunctive facet counts.
    ///
    /// Answers are kept per index content (the searcher's segments and their deletes): every
    /// write reloads the reader before it returns, on new content, so a search issued after a
    /// write has returned always sees that write.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let searcher = self.reader.searcher();
        let version = Version::of(&searcher);
        let key = AnswerKey::of(q);
        if let Some(answer) = self.answers.get(&version, &key) {
            return Ok((*answer).clone());
        }
        let results = self.compute(&searcher, q)?;
        self.answers.put(&version, key, &results);
        Ok(results)
    }

    /// The kept answer to this search, if the current generation has one (cheap: callers
    /// may try it before queueing a computation).
    pub fn cached(&self, q: &SearchQuery) -> Option<SearchResults> {
        let version = Version::of(&self.reader.searcher());
        self.answers
            .get(&version, &AnswerKey::of(q))
            .map(|answer| (*answer).clone())
    }

    /// [`SearchIndex::search`] without the answer cache (for requests unlikely to come again,
    /// like the pages of an export).
    pub fn search_uncached(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        self.compute(&self.reader.searcher(), q)
    }

    /// Computes a search on one searcher, in one collection pass.
    /// The query of a search's text, if it has one. Only words, phrases and exclusions
    /// reach the parser (never fields, ranges or wildcards): any text is a valid query.
    fn text_query(&self, q: &SearchQuery) -> Option<Box<dyn Query>> {
        let text = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let text = text
            .map(crate::syntax::to_engine_query)
            .filter(|t| !t.is_empty());
        text.as_deref()
            .map(|t| self.parser.parse_query_lenient(t).0)
    }

    /// The ids of every entry a query matches, in its order: no page, no texts, no facet
    /// counts (what the open data export needs, in one pass however many entries match).
    pub fn matching_ids(&self, q: &SearchQuery) -> Result<Vec<i64>, SearchError> {
        let searcher = self.reader.searcher();
        let text_query = self.text_query(q);
        let filters: Vec<(Facet, Vec<String>)> = selected_values(q).into_iter().collect();
        let top_k = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
        let scoring = if q.sort == Sort::Relevance && top_k > 0 {
            EnableScoring::enabled_from_searcher(&searcher)
        } else {
            EnableScoring::disabled_from_searcher(&searcher)
        };
        let weight = text_query
            .as_deref()
            .map(|t| t.weight(scoring))
            .transpose()?;
        let main = Pass {
            filters: &filters,
            counted: [false; Facet::SEARCHABLE.len()],
            sort: q.sort,
            top_k,
        }
        .run(&searcher, &self.tables, weight.as_deref())?;
        Ok(main.hits.iter().map(|c| c.id).collect())
    }

    fn compute(&self, searcher: &Searcher, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let text_query = self.text_query(q);
        let selected = selected_values(q);

        // The landing page's counts only change with the index content.
        let base = text_query.is_none() && selected.is_empty();
        let version = Version::of(searcher);
        let cached = if base {
            self.base_facets.lock().ok().and_then(|c| {
                c.as_ref()
                    .filter(|(v, _)| v.same_content(&version))
                    .map(|(_, f)| f.clone())
            })
        } else {
            None
        };

        let top_k = q
            .offset
            .saturating_add(q.limit)
            .min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX));
        let mut counted = [false; Facet::SEARCHABLE.len()];
        if cached.is_none() {
            counted = [true; Facet::SEARCHABLE.len()];
        }
        let filters: Vec<(Facet, Vec<String>)> = selected
            .iter()
            .map(|(facet, values)| (*facet, values.clone()))
            .collect();
        let top_k = if q.limit == 0 { 0 } else { top_k };
        let scoring = if q.sort == Sort::Relevance && top_k > 0 {
            EnableScoring::enabled_from_searcher(searcher)
        } else {
            EnableScoring::disabled_from_searcher(searcher)
        };
        let weight = text_query
            .as_deref()
            .map(|t| t.weight(scoring))
            .transpose()?;
        let main = Pass {
            filters: &filters,
            counted,
            sort: q.sort,
            top_k,
        }
        .run(searcher, &self.tables, weight.as_deref())?;
        let facets = match cached {
            Some(facets) => facets,
            None => {
                let facets = sorted_facets(main.counts, &selected);
                if base && let Ok(mut cache) = self.base_facets.lock() {
                    *cache = Some((version, facets.clone()));
                }
                facets
            }
        };

        let page: Vec<&Candidate> = main.hits.iter().skip(q.offset).take(q.limit).collect();
        let hits = self.render_hits(searcher, text_query.as_deref(), &q.lang, &page)?;
        Ok(SearchResults {
            total: main.total,
            hits,
            facets,
        })
    }

    /// Loads the stored texts of the page's hits and highlights the matched terms.
    fn render_hits(
        &self,
        searcher: &Searcher,
        text_query: Option<&dyn Query>,
        lang: &str,
        page: &[&Candidate],
    ) -> Result<Vec<Hit>, SearchError> {
        let mut generators: HashMap<Field, SnippetGenerator> = HashMap::new();
        let mut hits = Vec::with_capacity(page.len());
        for candidate in page {
            let doc: TantivyDocument = searcher.doc(candidate.address)?;
            let orig = doc
                .get_first(self.fields.orig_lang)
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let title = pick_text(&doc, &self.fields.titles, lang, &orig);
            let description = pick_text(&doc, &self.fields.descriptions, lang, &orig);
            let mut title_html = String::new();
            let mut snippet_html = String::new();
            if let Some((field, text, _)) = &title {
                let snippet = match text_query {
                    Some(query) => Some(generator(&mut generators, searcher, query, *field)?),
                    None => None,
                }
                .map(|g| g.snippet(text));
                title_html = match snippet {
                    Some(s) if !s.is_empty() => highlight_html(text, &absolute_ranges(&s)),
                    _ => escape_html(text),
                };
            }
            if let Some((field, text, _)) = &description {
                let snippet = match text_query {
                    Some(query) => Some(generator(&mut generators, searcher, query, *field)?),
                    None => None,
                }
                .map(|g| g.snippet(text));
                snippet_html = match snippet {
                    Some(s) if !s.is_empty() => description_html(text, &s),
                    _ => escape_html(&truncate_chars(text, SNIPPET_CHARS)),
                };
            }
            hits.push(Hit {
                id: candidate.id,
                score: candidate.score,
                title_html,
                snippet_html,
                title_lang: title.as_ref().map(|t| t.2).unwrap_or(""),
                snippet_lang: description.as_ref().map(|t| t.2).unwrap_or(""),
            });
        }
        Ok(hits)
    }
}

/// Facet counts in [`Facet::SEARCHABLE`] order, each sorted by count desc then value asc, with the
/// selected values listed even when nothing matches them.
fn sorted_facets(
    mut counts: Vec<Option<HashMap<String, u64>>>,
    selected: &BTreeMap<Facet, Vec<String>>,
) -> FacetCounts {
    Facet::SEARCHABLE
        .into_iter()
        .map(|facet| {
            let mut c = counts
                .get_mut(facet.index())
                .and_then(Option::take)
                .unwrap_or_default();
            for value in selected.get(&facet).into_iter().flatten() {
                c.entry(value.clone()).or_insert(0);
            }
            let mut list: Vec<(String, u64)> = c.into_iter().collect();
            list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            (facet, list)
        })
        .collect()
}

/// The snippet generator of `field` for `query`, created on first use.
fn generator<'a>(
    cache: &'a mut HashMap<Field, SnippetGenerator>,
    searcher: &Searcher,
    query: &dyn Query,
    field: Field,
) -> Result<&'a SnippetGenerator, SearchError> {
    match cache.entry(field) {
        Entry::Occupied(entry) => Ok(entry.into_mut()),
        Entry::Vacant(entry) => {
            let mut generator = SnippetGenerator::create(searcher, query, field)?;
            generator.set_max_num_chars(SNIPPET_CHARS);
            Ok(entry.insert(generator))
        }
    }
}

/// The stored text of the interface language, else of the original language, else of any
/// language, with the field it comes from.
fn pick_text(
    doc: &TantivyDocument,
    fields: &[Field; 6],
    lang: &str,
    orig: &str,
) -> Option<(Field, String, &'static str)> {
    let text_of = |i: usize| {
        let values: Vec<&str> = doc.get_all(fields[i]).filter_map(|v| v.as_str()).collect();
        (!values.is_empty()).then(|| (fields[i], values.join(" "), crate::LANGUAGES[i]))
    };
    [lang_index(lang), lang_index(orig)]
        .into_iter()
        .flatten()
        .chain(0..fields.len())
        .find_map(text_of)
}

/// Removes tantivy's files from `path` (not anything else the directory may contain).
fn wipe_dir(path: &Path) -> Result<(), SearchError> {
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = TANTIVY_FILES.contains(&name.as_ref())
            || name
                .rsplit_once('.')
                .is_some_and(|(_, ext)| TANTIVY_EXTENSIONS.contains(&ext));
        if ours {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<SearchIndex>();
    }

    fn query(text: &str) -> SearchQuery {
        SearchQuery {
            text: Some(text.to_owned()),
            lang: "en".to_owned(),
            filters: Vec::new(),
            sort: Sort::Relevance,
            offset: 0,
            limit: 10,
        }
    }

    /// The reader also reloads when nothing changed (tantivy's watcher, some time after a
    /// commit that the write already reloaded): the kept answers stay; a write drops them.
    #[test]
    fn a_reload_without_changes_keeps_the_answers() {
        let index = SearchIndex::in_ram().expect("index");
        let doc = crate::EntryDoc {
            id: 1,
            language: "en".to_owned(),
            titles: vec![("en".to_owned(), "Solar kiosks".to_owned())],
            ..crate::EntryDoc::default()
        };
        index.upsert(&doc).expect("upsert");
        let q = query("solar");
        assert_eq!(index.search(&q).expect("search").total, 1);
        let before = index.reader.searcher().generation().generation_id();
        index.reloader.reload().expect("reload");
        assert_ne!(
            index.reader.searcher().generation().generation_id(),
            before,
            "a new generation"
        );
        assert!(index.cached(&q).is_some(), "same segments, same answers");
        index
            .upsert(&crate::EntryDoc { id: 2, ..doc })
            .expect("upsert");
        assert!(index.cached(&q).is_none(), "new content");
        assert_eq!(index.search(&q).expect("search").total, 2);
    }
}
