//! One-pass collector: counts matches, keeps the top-k hits in a stable order and counts facet
//! values from the multi-valued fast string fields.
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
    /// Facets whose values are counted in this pass.
    pub(crate) count_facets: Vec<Facet>,
    /// Sort order and number of best hits to keep (0 = none).
    pub(crate) sort: Sort,
    pub(crate) top_k: usize,
}

/// Merged result of a pass.
pub(crate) struct Collected {
    /// Number of matching documents.
    pub(crate) total: usize,
    /// Best `top_k` candidates, best first.
    pub(crate) hits: Vec<Candidate>,
    /// Counts per counted facet (in `count_facets` order).
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
    /// Matched documents whose facet values are not counted yet.
    pending: Vec<DocId>,
    /// Scratch buffers for block reads of the facet columns.
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
        Ok(SearchSegmentCollector {
            segment_ord,
            sort: self.sort,
            top_k: self.top_k,
            total: 0,
            ids: fast.i64(ID)?,
            published: fast.i64(PUBLISHED_AT)?,
            heap: BinaryHeap::with_capacity(self.top_k.min(4096) + 1),
            counts,
            pending: Vec::with_capacity(BLOCK),
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

impl SearchSegmentCollector {
    /// Counts the facet values of a block of matched documents, one column at a time.
    fn count_block(&mut self, docs: &[DocId]) {
        for (_, column, slots) in &mut self.counts {
            let ords_column = column.ords();
            self.docs_out.clear();
            self.rows.clear();
            ords_column.row_ids_for_docs(docs, &mut self.docs_out, &mut self.rows);
            self.ords.clear();
            self.ords.resize(self.rows.len(), 0);
            ords_column.values.get_vals(&self.rows, &mut self.ords);
            for &ord in &self.ords {
                if let Some(slot) = slots.get_mut(ord as usize) {
                    *slot += 1;
                }
            }
        }
    }

    /// Counts the pending documents.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        self.count_block(&pending);
        self.pending = pending;
        self.pending.clear();
    }

    /// Offers a document to the top-k heap.
    fn rank(&mut self, doc: DocId, score: Score) {
        if self.top_k == 0 {
            return;
        }
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
        self.total += 1;
        if !self.counts.is_empty() {
            self.pending.push(doc);
            if self.pending.len() >= BLOCK {
                self.flush();
            }
        }
        self.rank(doc, score);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.total += docs.len();
        if !self.counts.is_empty() {
            self.count_block(docs);
        }
        for &doc in docs {
            self.rank(doc, 0.0);
        }
    }

    fn harvest(mut self) -> SegmentFruit {
        self.flush();
        SegmentFruit {
            total: self.total,
            hits: self.heap.into_iter().map(|Reverse(c)| c).collect(),
            counts: self.counts,
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
