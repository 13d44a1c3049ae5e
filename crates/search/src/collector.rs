//! One-pass collector: counts matches, keeps the top-k hits in a stable order and counts facet
//! values from the multi-valued fast string fields, disjunctively, in the same pass.
//!
//! The query it runs over is the text query (or every document) restricted to the documents
//! that match all filters but at most one; per document the collector reads the columns of
//! the filtered facets and sorts it out:
//!
//! - a document that matches every filter is a hit: it counts towards the total, the top-k
//!   and the values of every facet;
//! - a document that misses exactly one filter only counts towards the values of that filter's
//!   facet (disjunctive counts: a facet's counts apply every filter but its own).
//!
//! Facet counting works on term ordinals per segment (a `Vec<u32>` per facet) and only turns
//! ordinals into strings once per segment, at merge time, so counting stays cheap even when
//! every document matches.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, RowId, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::schema::{ID, PUBLISHED_AT, facet_field_name};
use crate::{Facet, Sort};

/// A candidate hit. Larger `key` = better; the key embeds the id, so the order is total and
/// does not depend on segment layout.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    key: (u64, u64),
    pub(crate) id: i64,
    pub(crate) score: Score,
    pub(crate) address: DocAddress,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Candidate {}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        // Address only breaks ties between (invalid) duplicate ids; lower address wins.
        self.key
            .cmp(&other.key)
            .then_with(|| other.address.cmp(&self.address))
    }
}

/// Maps an i64 to a u64 with the same order.
fn ordered_i64(v: i64) -> u64 {
    (v as u64) ^ (1 << 63)
}

/// Maps an f32 to a u64 with the same (total) order.
fn ordered_f32(v: f32) -> u64 {
    let bits = v.to_bits();
    let mapped = if bits & 0x8000_0000 != 0 {
        !bits
    } else {
        bits | 0x8000_0000
    };
    u64::from(mapped)
}

fn sort_key(sort: Sort, score: Score, id: i64, published_at: i64) -> (u64, u64) {
    match sort {
        // score desc, then id asc
        Sort::Relevance => (ordered_f32(score), !ordered_i64(id)),
        // published_at desc, then id desc
        Sort::Newest => (ordered_i64(published_at), ordered_i64(id)),
    }
}

/// What a collection pass computes.
pub(crate) struct SearchCollector {
    /// Facets without a filter whose values are counted (over the hits).
    pub(crate) count_facets: Vec<Facet>,
    /// Filtered facets and their selected values (OR within a facet, AND across facets); at
    /// most 32 (one bit each in a `u32`). Their values are always counted, disjunctively.
    pub(crate) filters: Vec<(Facet, Vec<String>)>,
    /// Sort order and number of best hits to keep (0 = none).
    pub(crate) sort: Sort,
    pub(crate) top_k: usize,
}

/// Merged result of a pass.
pub(crate) struct Collected {
    /// Number of documents matching the query and every filter.
    pub(crate) total: usize,
    /// Best `top_k` candidates, best first.
    pub(crate) hits: Vec<Candidate>,
    /// Counts per counted facet (`count_facets`, then the filtered facets).
    pub(crate) counts: Vec<(Facet, HashMap<String, u64>)>,
}

/// Per-segment result.
pub(crate) struct SegmentFruit {
    total: usize,
    hits: Vec<Candidate>,
    counts: Vec<(Facet, StrColumn, Vec<u32>)>,
}

/// Number of documents whose facet values are read together.
const BLOCK: usize = 64;

/// A filtered facet in one segment.
struct SegmentFilter {
    facet: Facet,
    /// None when no document of the segment has a value for the facet (nothing matches).
    column: Option<StrColumn>,
    /// Term ordinals of the selected values present in this segment.
    selected: Vec<u64>,
    /// Counts per term ordinal.
    slots: Vec<u32>,
    /// Scratch of a block: per value row, the position of its document in the block, and
    /// its term ordinal.
    at: Vec<u32>,
    ords: Vec<u64>,
}

/// Per-segment state.
pub(crate) struct SearchSegmentCollector {
    segment_ord: SegmentOrdinal,
    sort: Sort,
    top_k: usize,
    total: usize,
    ids: Column<i64>,
    published: Column<i64>,
    heap: BinaryHeap<Reverse<Candidate>>,
    counts: Vec<(Facet, StrColumn, Vec<u32>)>,
    filters: Vec<SegmentFilter>,
    /// Matched documents (and their scores) not processed yet.
    pending: Vec<DocId>,
    scores: Vec<Score>,
    /// Scratch buffers for block reads of the facet columns.
    masks: Vec<u32>,
    hits: Vec<DocId>,
    docs_out: Vec<DocId>,
    rows: Vec<RowId>,
    ords: Vec<u64>,
}

impl Collector for SearchCollector {
    type Fruit = Collected;
    type Child = SearchSegmentCollector;

    fn for_segment(
        &self,
        segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SearchSegmentCollector> {
        let fast = segment.fast_fields();
        let mut counts = Vec::with_capacity(self.count_facets.len());
        for &facet in &self.count_facets {
            // A segment where no document has a value for the facet has no column.
            if let Some(column) = fast.str(&facet_field_name(facet))? {
                let slots = vec![0u32; column.num_terms()];
                counts.push((facet, column, slots));
            }
        }
        let mut filters = Vec::with_capacity(self.filters.len());
        for (facet, values) in &self.filters {
            let column = fast.str(&facet_field_name(*facet))?;
            let mut selected = Vec::new();
            let mut slots = Vec::new();
            if let Some(column) = &column {
                for value in values {
                    if let Some(ord) = column.dictionary().term_ord(value)? {
                        selected.push(ord);
                    }
                }
                slots = vec![0u32; column.num_terms()];
            }
            filters.push(SegmentFilter {
                facet: *facet,
                column,
                selected,
                slots,
                at: Vec::new(),
                ords: Vec::new(),
            });
        }
        Ok(SearchSegmentCollector {
            segment_ord,
            sort: self.sort,
            top_k: self.top_k,
            total: 0,
            ids: fast.i64(ID)?,
            published: fast.i64(PUBLISHED_AT)?,
            heap: BinaryHeap::with_capacity(self.top_k.min(4096) + 1),
            counts,
            filters,
            pending: Vec::with_capacity(BLOCK),
            scores: Vec::with_capacity(BLOCK),
            masks: Vec::new(),
            hits: Vec::new(),
            docs_out: Vec::new(),
            rows: Vec::new(),
            ords: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.top_k > 0 && self.sort == Sort::Relevance
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFruit>) -> tantivy::Result<Collected> {
        let mut total = 0;
        let mut hits = Vec::new();
        let mut merged: Vec<(Facet, HashMap<String, u64>)> = self
            .count_facets
            .iter()
            .chain(self.filters.iter().map(|(f, _)| f))
            .map(|&f| (f, HashMap::new()))
            .collect();
        for fruit in fruits {
            total += fruit.total;
            hits.extend(fruit.hits);
            for (facet, column, slots) in fruit.counts {
                let Some((_, target)) = merged.iter_mut().find(|(f, _)| *f == facet) else {
                    continue;
                };
                let ords: Vec<u64> = slots
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| **c > 0)
                    .map(|(ord, _)| ord as u64)
                    .collect();
                let mut nonzero = ords.iter().map(|&o| slots[o as usize]);
                column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
                    let count = nonzero.next().unwrap_or(0);
                    let value = String::from_utf8_lossy(bytes).into_owned();
                    *target.entry(value).or_insert(0) += u64::from(count);
                })?;
            }
        }
        hits.sort_unstable_by(|a, b| b.cmp(a));
        hits.truncate(self.top_k);
        Ok(Collected {
            total,
            hits,
            counts: merged,
        })
    }
}

/// Adds one to the slot of every term ordinal of `docs` in `column` (scratch buffers given).
fn count_values(
    column: &StrColumn,
    slots: &mut [u32],
    docs: &[DocId],
    docs_out: &mut Vec<DocId>,
    rows: &mut Vec<RowId>,
    ords: &mut Vec<u64>,
) {
    let ords_column = column.ords();
    docs_out.clear();
    rows.clear();
    ords_column.row_ids_for_docs(docs, docs_out, rows);
    ords.clear();
    ords.resize(rows.len(), 0);
    ords_column.values.get_vals(rows, ords);
    for &ord in ords.iter() {
        if let Some(slot) = slots.get_mut(ord as usize) {
            *slot += 1;
        }
    }
}

impl SearchSegmentCollector {
    /// Processes the pending documents: sorts out which filters each one matches, counts
    /// facet values and offers the hits to the top-k heap.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut pending = std::mem::take(&mut self.pending);
        let mut scores = std::mem::take(&mut self.scores);
        if self.filters.is_empty() {
            self.total += pending.len();
            self.count_hits(&pending);
            if self.top_k > 0 {
                for (&doc, &score) in pending.iter().zip(&scores) {
                    self.rank(doc, score);
                }
            }
        } else {
            self.mark_filters(&pending);
            let all: u32 = (1u32 << self.filters.len()) - 1;
            // A filtered facet's values count for the documents that match every other filter.
            for (bit, filter) in self.filters.iter_mut().enumerate() {
                let others = all & !(1u32 << bit);
                for (&p, &ord) in filter.at.iter().zip(&filter.ords) {
                    if self.masks[p as usize] & others == others
                        && let Some(slot) = filter.slots.get_mut(ord as usize)
                    {
                        *slot += 1;
                    }
                }
            }
            // The hits: documents that match every filter.
            let mut hits = std::mem::take(&mut self.hits);
            hits.clear();
            for (i, (&doc, &score)) in pending.iter().zip(&scores).enumerate() {
                if self.masks[i] == all {
                    hits.push(doc);
                    if self.top_k > 0 {
                        self.rank(doc, score);
                    }
                }
            }
            self.total += hits.len();
            if !hits.is_empty() {
                self.count_hits(&hits);
            }
            self.hits = hits;
        }
        pending.clear();
        scores.clear();
        self.pending = pending;
        self.scores = scores;
    }

    /// Sets, for each document of the block, one bit per filter it matches (`masks`), and
    /// keeps each filter's value rows (document position and term ordinal) for counting.
    fn mark_filters(&mut self, block: &[DocId]) {
        let n = block.len();
        self.masks.clear();
        self.masks.resize(n, 0);
        for (bit, filter) in self.filters.iter_mut().enumerate() {
            filter.at.clear();
            filter.ords.clear();
            let Some(column) = &filter.column else {
                continue;
            };
            let ords_column = column.ords();
            self.docs_out.clear();
            self.rows.clear();
            ords_column.row_ids_for_docs(block, &mut self.docs_out, &mut self.rows);
            filter.ords.resize(self.rows.len(), 0);
            ords_column.values.get_vals(&self.rows, &mut filter.ords);
            // `docs_out` lists documents of the block in block order, once per value.
            let mut p = 0;
            for (row, &doc) in self.docs_out.iter().enumerate() {
                while p < n && block[p] != doc {
                    p += 1;
                }
                if p == n {
                    filter.ords.truncate(row);
                    break;
                }
                filter.at.push(p as u32);
                if filter.selected.contains(&filter.ords[row]) {
                    self.masks[p] |= 1 << bit;
                }
            }
        }
    }

    /// Counts the values of the facets without a filter for these documents.
    fn count_hits(&mut self, docs: &[DocId]) {
        for (_, column, slots) in &mut self.counts {
            count_values(
                column,
                slots,
                docs,
                &mut self.docs_out,
                &mut self.rows,
                &mut self.ords,
            );
        }
    }

    /// Offers a document to the top-k heap.
    fn rank(&mut self, doc: DocId, score: Score) {
        let id = self.ids.first(doc).unwrap_or(0);
        let published_at = match self.sort {
            Sort::Newest => self.published.first(doc).unwrap_or(0),
            Sort::Relevance => 0,
        };
        let candidate = Candidate {
            key: sort_key(self.sort, score, id, published_at),
            id,
            score,
            address: DocAddress::new(self.segment_ord, doc),
        };
        if self.heap.len() < self.top_k {
            self.heap.push(Reverse(candidate));
        } else if let Some(mut worst) = self.heap.peek_mut()
            && candidate > worst.0
        {
            *worst = Reverse(candidate);
        }
    }
}

impl SegmentCollector for SearchSegmentCollector {
    type Fruit = SegmentFruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.pending.push(doc);
        self.scores.push(score);
        if self.pending.len() >= BLOCK {
            self.flush();
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for chunk in docs.chunks(BLOCK) {
            self.pending.extend_from_slice(chunk);
            self.scores.resize(self.pending.len(), 0.0);
            if self.pending.len() >= BLOCK {
                self.flush();
            }
        }
    }

    fn harvest(mut self) -> SegmentFruit {
        self.flush();
        let mut counts = self.counts;
        for filter in self.filters {
            if let Some(column) = filter.column {
                counts.push((filter.facet, column, filter.slots));
            }
        }
        SegmentFruit {
            total: self.total,
            hits: self.heap.into_iter().map(|Reverse(c)| c).collect(),
            counts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordered_mappings_keep_order() {
        let ints = [i64::MIN, -5, -1, 0, 1, 7, i64::MAX];
        for w in ints.windows(2) {
            assert!(ordered_i64(w[0]) < ordered_i64(w[1]));
        }
        let floats = [-3.5f32, -0.0, 0.0, 0.25, 1.0, 12.5];
        for w in floats.windows(2) {
            assert!(ordered_f32(w[0]) <= ordered_f32(w[1]));
        }
        assert!(ordered_f32(0.25) < ordered_f32(1.0));
    }

    #[test]
    fn relevance_ties_prefer_lower_id() {
        assert!(sort_key(Sort::Relevance, 1.0, 3, 0) > sort_key(Sort::Relevance, 1.0, 9, 0));
        assert!(sort_key(Sort::Relevance, 2.0, 9, 0) > sort_key(Sort::Relevance, 1.0, 3, 0));
    }

    #[test]
    fn newest_ties_prefer_higher_id() {
        assert!(sort_key(Sort::Newest, 0.0, 9, 100) > sort_key(Sort::Newest, 0.0, 3, 100));
        assert!(sort_key(Sort::Newest, 0.0, 1, 200) > sort_key(Sort::Newest, 0.0, 9, 100));
    }
}
