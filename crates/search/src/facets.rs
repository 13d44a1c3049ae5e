//! Facet tables: per index segment, every facet value's documents as a bitset and every
//! document's values as a flat list, built once when a segment first becomes searchable.
//!
//! Segments are immutable (deletes live in a separate alive bitset), so a table stays valid
//! for the life of its segment. [`FacetTables`] is a tantivy [`Warmer`]: the reader builds the
//! tables of new segments while it reloads, before the new searcher is published, and drops
//! those of segments no searcher uses any more. A write therefore pays for the table of its
//! own (small) segment, and searches never read tantivy's columnar fast fields.
//!
//! A search ([`Pass`]) then works on bitsets: the text query's matches (or every live
//! document) as one bitset, each filter as the union of its values' bitsets, the hits as
//! their intersection. A facet's counts are taken over the hits, or for a filtered facet over
//! the documents matching the text and every *other* filter (disjunctive counts), either by
//! popcount of the value bitsets (many matches) or by walking the matched documents' value
//! lists (few matches), whichever reads less memory.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use tantivy::index::SegmentId;
use tantivy::query::Weight;
use tantivy::{DocAddress, DocId, Score, Searcher, SearcherGeneration, SegmentReader, Warmer};

use crate::collector::{Candidate, sort_key};
use crate::schema::{ID, PUBLISHED_AT, facet_field_name};
use crate::{Facet, Slot, Sort};

/// The facet tables of the segments in use, by segment id.
#[derive(Default)]
pub(crate) struct FacetTables {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentTable>>>,
}

impl FacetTables {
    /// The table of a segment, built now if the warmer has not built it yet.
    pub(crate) fn of(&self, reader: &SegmentReader) -> tantivy::Result<Arc<SegmentTable>> {
        let id = reader.segment_id();
        if let Some(table) = self.lock().get(&id) {
            return Ok(Arc::clone(table));
        }
        let table = Arc::new(SegmentTable::build(reader)?);
        self.lock().insert(id, Arc::clone(&table));
        Ok(table)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SegmentId, Arc<SegmentTable>>> {
        // The map only caches; a panic while holding it leaves it consistent.
        self.segments
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Warmer for FacetTables {
    fn warm(&self, searcher: &Searcher) -> tantivy::Result<()> {
        for reader in searcher.segment_readers() {
            self.of(reader)?;
        }
        Ok(())
    }

    fn garbage_collect(&self, live_generations: &[&SearcherGeneration]) {
        let live: HashSet<SegmentId> = live_generations
            .iter()
            .flat_map(|generation| generation.segments().keys().copied())
            .collect();
        self.lock().retain(|id, _| live.contains(id));
    }
}

/// One facet in one segment.
pub(crate) struct FacetTable {
    /// Values by term ordinal (byte order, so binary-searchable).
    values: Vec<String>,
    /// Value-major bitsets: value `v`'s documents are `bits[v * words..(v + 1) * words]`.
    bits: Vec<u64>,
    /// Document `d`'s value ordinals are `ords[starts[d]..starts[d + 1]]`.
    starts: Vec<u32>,
    ords: Vec<u32>,
}

/// Everything a search reads of one segment besides the text index.
pub(crate) struct SegmentTable {
    max_doc: u32,
    /// Number of u64 words of a bitset over the segment's documents.
    words: usize,
    ids: Vec<i64>,
    published: Vec<i64>,
    /// Documents by id ascending (relevance order when every score is equal).
    by_id: Vec<DocId>,
    /// Documents newest first (publication time descending, then id descending).
    newest: Vec<DocId>,
    /// In [`Facet::SEARCHABLE`] order.
    facets: Vec<FacetTable>,
}

impl SegmentTable {
    fn build(reader: &SegmentReader) -> tantivy::Result<SegmentTable> {
        let max_doc = reader.max_doc();
        let words = (max_doc as usize).div_ceil(64);
        let fast = reader.fast_fields();
        let id_column = fast.i64(ID)?;
        let published_column = fast.i64(PUBLISHED_AT)?;
        let ids: Vec<i64> = (0..max_doc)
            .map(|d| id_column.first(d).unwrap_or(0))
            .collect();
        let published: Vec<i64> = (0..max_doc)
            .map(|d| published_column.first(d).unwrap_or(0))
            .collect();
        let mut by_id: Vec<DocId> = (0..max_doc).collect();
        by_id.sort_unstable_by_key(|&d| (ids[d as usize], d));
        let mut newest: Vec<DocId> = (0..max_doc).collect();
        newest.sort_unstable_by_key(|&d| {
            std::cmp::Reverse((published[d as usize], ids[d as usize], std::cmp::Reverse(d)))
        });
        let mut facets = Vec::with_capacity(Facet::SEARCHABLE.len());
        for facet in Facet::SEARCHABLE {
            let mut table = FacetTable {
                values: Vec::new(),
                bits: Vec::new(),
                starts: Vec::with_capacity(max_doc as usize + 1),
                ords: Vec::new(),
            };
            table.starts.push(0);
            // A segment where no document has a value for the facet has no column.
            match fast.str(&facet_field_name(facet))? {
                None => table.starts.resize(max_doc as usize + 1, 0),
                Some(column) => {
                    let n = column.num_terms();
                    for ord in 0..n as u64 {
                        let mut value = String::new();
                        column.ord_to_str(ord, &mut value)?;
                        table.values.push(value);
                    }
                    table.bits = vec![0; n * words];
                    for doc in 0..max_doc {
                        for ord in column.term_ords(doc) {
                            let ord = ord as usize;
                            if ord < n {
                                table.ords.push(ord as u32);
                                table.bits[ord * words + doc as usize / 64] |= 1 << (doc % 64);
                            }
                        }
                        table.starts.push(table.ords.len() as u32);
                    }
                }
            }
            facets.push(table);
        }
        Ok(SegmentTable {
            max_doc,
            words,
            ids,
            published,
            by_id,
            newest,
            facets,
        })
    }

    /// Bitset of the documents having any of `values` for `facet`.
    fn union_of(&self, facet: Facet, values: &[String]) -> Vec<u64> {
        let table = &self.facets[facet.index()];
        let mut set = vec![0u64; self.words];
        for value in values {
            if let Ok(v) = table.values.binary_search(value) {
                let bits = &table.bits[v * self.words..(v + 1) * self.words];
                for (s, b) in set.iter_mut().zip(bits) {
                    *s |= b;
                }
            }
        }
        set
    }
}

fn contains(set: &[u64], doc: DocId) -> bool {
    set[doc as usize / 64] & (1 << (doc % 64)) != 0
}

fn insert(set: &mut [u64], doc: DocId) {
    set[doc as usize / 64] |= 1 << (doc % 64);
}

fn len(set: &[u64]) -> u64 {
    set.iter().map(|w| u64::from(w.count_ones())).sum()
}

/// `a ∧ b`, in place in `a`.
fn intersect(a: &mut [u64], b: &[u64]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x &= y;
    }
}

/// The documents of `set`, in order.
fn docs(set: &[u64]) -> impl Iterator<Item = DocId> + '_ {
    set.iter().enumerate().flat_map(|(w, &word)| {
        let mut bits = word;
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let b = bits.trailing_zeros();
                bits &= bits - 1;
                (w * 64) as DocId + b
            })
        })
    })
}

/// Adds the counts of `facet`'s values over the documents of `set` (of `size` documents).
fn count(table: &SegmentTable, facet: Facet, set: &[u64], size: u64, slots: &mut [u32]) {
    let facet = &table.facets[facet.index()];
    if facet.values.is_empty() || size == 0 {
        return;
    }
    let words = table.words;
    // Work either way: a vectorised popcount per word of every value's bitset, or a
    // scattered increment per value of every matched document (measured about sixteen
    // times dearer than a word of popcount).
    let dense = (facet.values.len() * words) as u64;
    let sparse = size * (facet.ords.len() as u64 / u64::from(table.max_doc.max(1)) + 1) * 16;
    if sparse < dense {
        for doc in docs(set) {
            let d = doc as usize;
            for &ord in &facet.ords[facet.starts[d] as usize..facet.starts[d + 1] as usize] {
                slots[ord as usize] += 1;
            }
        }
    } else {
        // Only the words where the set has documents.
        let first = set.iter().position(|&w| w != 0).unwrap_or(words);
        let last = set.iter().rposition(|&w| w != 0).map_or(first, |p| p + 1);
        let set = &set[first..last];
        for (v, slot) in slots.iter_mut().enumerate() {
            *slot += and_count(set, &facet.bits[v * words + first..v * words + last]);
        }
    }
}

/// Number of documents in both sets, with the CPU's population count when it has one.
fn and_count(a: &[u64], b: &[u64]) -> u32 {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 and POPCNT (checked at run time just above).
            return unsafe { and_count_avx2(a, b) };
        }
        if std::arch::is_x86_feature_detected!("popcnt") {
            // SAFETY: the CPU has POPCNT (checked at run time just above).
            return unsafe { and_count_popcnt(a, b) };
        }
    }
    and_count_portable(a, b)
}

#[inline(always)]
fn and_count_portable(a: &[u64], b: &[u64]) -> u32 {
    a.iter()
        .zip(b)
        .map(|(x, y)| u64::from((x & y).count_ones()))
        .sum::<u64>() as u32
}

/// The same loop, compiled for AVX2 (vectorised population count).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
fn and_count_avx2(a: &[u64], b: &[u64]) -> u32 {
    and_count_portable(a, b)
}

/// The same loop, compiled with the POPCNT instruction.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "popcnt")]
fn and_count_popcnt(a: &[u64], b: &[u64]) -> u32 {
    and_count_portable(a, b)
}

/// A search over every segment: the hits' total, the top-k and the facet counts.
pub(crate) struct Pass<'a> {
    /// Filtered facets and their selected values (OR within a facet, AND across facets).
    pub(crate) filters: &'a [(Facet, Vec<String>)],
    /// Facets whose values are counted (filtered facets are counted disjunctively).
    pub(crate) counted: [bool; 12],
    pub(crate) sort: Sort,
    /// Number of best hits to keep (0 = none).
    pub(crate) top_k: usize,
}

/// What a pass found.
pub(crate) struct Found {
    pub(crate) total: usize,
    /// Best `top_k` hits, best first.
    pub(crate) hits: Vec<Candidate>,
    /// Counts of the counted facets, in [`Facet::SEARCHABLE`] order (None = not counted).
    pub(crate) counts: Vec<Option<HashMap<String, u64>>>,
}

impl Pass<'_> {
    /// Runs the pass. `text` is the text query's weight (None: every document matches); it
    /// must have been created with scoring enabled when the hits are ranked by relevance.
    pub(crate) fn run(
        &self,
        searcher: &Searcher,
        tables: &FacetTables,
        text: Option<&dyn Weight>,
    ) -> tantivy::Result<Found> {
        let mut total = 0usize;
        let mut hits: Vec<Candidate> = Vec::new();
        let mut per_segment: Vec<(Arc<SegmentTable>, Vec<Vec<u32>>)> = Vec::new();
        for (segment_ord, reader) in searcher.segment_readers().iter().enumerate() {
            let table = tables.of(reader)?;
            let (found, segment_hits, slots) =
                self.segment(segment_ord as u32, reader, &table, text)?;
            total += found;
            hits.extend(segment_hits);
            per_segment.push((table, slots));
        }
        hits.sort_unstable_by(|a, b| b.cmp(a));
        hits.truncate(self.top_k);

        let mut merged: Vec<Option<HashMap<&str, u64>>> =
            self.counted.iter().map(|&c| c.then(HashMap::new)).collect();
        for (table, slots) in &per_segment {
            for (i, counts) in slots.iter().enumerate() {
                let Some(target) = merged[i].as_mut() else {
                    continue;
                };
                for (v, &n) in counts.iter().enumerate() {
                    if n > 0 {
                        *target
                            .entry(table.facets[i].values[v].as_str())
                            .or_insert(0) += u64::from(n);
                    }
                }
            }
        }
        let counts = merged
            .into_iter()
            .map(|m| {
                m.map(|m| {
                    m.into_iter()
                        .map(|(value, n)| (value.to_owned(), n))
                        .collect()
                })
            })
            .collect();
        Ok(Found {
            total,
            hits,
            counts,
        })
    }

    /// One segment: number of hits, its best hits, and per facet the counts by value ordinal
    /// (empty for facets not counted).
    fn segment(
        &self,
        segment_ord: u32,
        reader: &SegmentReader,
        table: &SegmentTable,
        text: Option<&dyn Weight>,
    ) -> tantivy::Result<(usize, Vec<Candidate>, Vec<Vec<u32>>)> {
        let words = table.words;
        let filters: Vec<Vec<u64>> = self
            .filters
            .iter()
            .map(|(facet, values)| table.union_of(*facet, values))
            .collect();
        let alive = reader.alive_bitset();
        let is_alive = |doc: DocId| alive.is_none_or(|a| a.is_alive(doc));
        let candidate = |doc: DocId, score: Score| {
            let id = table.ids[doc as usize];
            let published_at = table.published[doc as usize];
            Candidate::new(
                sort_key(self.sort, score, id, published_at),
                id,
                score,
                DocAddress::new(segment_ord, doc),
            )
        };

        // The documents matching the text (every live document without text); when ranking
        // by relevance, the best of those that also match every filter.
        let mut matched = vec![0u64; words];
        let mut ranked: Option<Vec<Candidate>> = None;
        match text {
            Some(weight) if self.sort == Sort::Relevance && self.top_k > 0 => {
                let mut heap = TopK::new(self.top_k);
                weight.for_each(reader, &mut |doc, score| {
                    if is_alive(doc) {
                        insert(&mut matched, doc);
                        if filters.iter().all(|f| contains(f, doc)) {
                            heap.offer(candidate(doc, score));
                        }
                    }
                })?;
                ranked = Some(heap.into_vec());
            }
            Some(weight) => weight.for_each_no_score(reader, &mut |docs| {
                for &doc in docs {
                    if is_alive(doc) {
                        insert(&mut matched, doc);
                    }
                }
            })?,
            None => {
                for doc in 0..table.max_doc {
                    if is_alive(doc) {
                        insert(&mut matched, doc);
                    }
                }
            }
        }
        let mut hit_set = matched.clone();
        for f in &filters {
            intersect(&mut hit_set, f);
        }
        let total = len(&hit_set);

        // Without scores the order is a precomputed one: walk it until k hits are found.
        let best = match ranked {
            Some(best) => best,
            None if self.top_k == 0 => Vec::new(),
            None => {
                let order = match self.sort {
                    Sort::Newest => &table.newest,
                    Sort::Relevance => &table.by_id,
                };
                order
                    .iter()
                    .copied()
                    .filter(|&doc| contains(&hit_set, doc))
                    .take(self.top_k)
                    .map(|doc| candidate(doc, 0.0))
                    .collect()
            }
        };

        let mut slots: Vec<Vec<u32>> = vec![Vec::new(); Facet::SEARCHABLE.len()];
        for facet in Facet::SEARCHABLE {
            if !self.counted[facet.index()] {
                continue;
            }
            let mut counts = vec![0u32; table.facets[facet.index()].values.len()];
            match self.filters.iter().position(|(f, _)| *f == facet) {
                // A filtered facet: the text and every other filter.
                Some(own) => {
                    let mut set = matched.clone();
                    for (i, f) in filters.iter().enumerate() {
                        if i != own {
                            intersect(&mut set, f);
                        }
                    }
                    let size = len(&set);
                    count(table, facet, &set, size, &mut counts);
                }
                None => count(table, facet, &hit_set, total, &mut counts),
            }
            slots[facet.index()] = counts;
        }
        Ok((total as usize, best, slots))
    }
}

/// The best k candidates seen.
struct TopK {
    k: usize,
    heap: std::collections::BinaryHeap<std::cmp::Reverse<Candidate>>,
}

impl TopK {
    fn new(k: usize) -> TopK {
        TopK {
            k,
            heap: std::collections::BinaryHeap::with_capacity(k.min(4096) + 1),
        }
    }

    fn offer(&mut self, candidate: Candidate) {
        if self.heap.len() < self.k {
            self.heap.push(std::cmp::Reverse(candidate));
        } else if let Some(mut worst) = self.heap.peek_mut()
            && candidate > worst.0
        {
            *worst = std::cmp::Reverse(candidate);
        }
    }

    fn into_vec(self) -> Vec<Candidate> {
        self.heap.into_iter().map(|c| c.0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_helpers() {
        let mut set = vec![0u64; 3];
        for doc in [0, 5, 63, 64, 130] {
            insert(&mut set, doc);
        }
        assert!(contains(&set, 63) && contains(&set, 130) && !contains(&set, 1));
        assert_eq!(len(&set), 5);
        assert_eq!(docs(&set).collect::<Vec<_>>(), vec![0, 5, 63, 64, 130]);
        let mut other = vec![0u64; 3];
        insert(&mut other, 64);
        insert(&mut other, 5);
        intersect(&mut set, &other);
        assert_eq!(docs(&set).collect::<Vec<_>>(), vec![5, 64]);
    }

    #[test]
    fn and_count_matches_the_portable_loop() {
        let a: Vec<u64> = (0..1000u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        let b: Vec<u64> = (0..1000u64)
            .map(|i| i.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ 0xFFFF)
            .collect();
        let expected: u32 = a.iter().zip(&b).map(|(x, y)| (x & y).count_ones()).sum();
        assert_eq!(and_count(&a, &b), expected);
        assert_eq!(
            and_count(&a[3..997], &b[3..997]),
            and_count_portable(&a[3..997], &b[3..997])
        );
    }
}
