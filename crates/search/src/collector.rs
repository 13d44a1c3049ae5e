//! Hit candidates and their sort keys: a total order that does not depend on segment layout.

use std::cmp::Ordering;

use tantivy::{DocAddress, Score};

use crate::Sort;

/// A candidate hit. Larger `key` = better; the key embeds the id, so the order is total and
/// does not depend on segment layout.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    key: (u64, u64),
    pub(crate) id: i64,
    pub(crate) score: Score,
    pub(crate) address: DocAddress,
}

impl Candidate {
    pub(crate) fn new(key: (u64, u64), id: i64, score: Score, address: DocAddress) -> Candidate {
        Candidate {
            key,
            id,
            score,
            address,
        }
    }
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

pub(crate) fn sort_key(sort: Sort, score: Score, id: i64, published_at: i64) -> (u64, u64) {
    match sort {
        // score desc, then id asc
        Sort::Relevance => (ordered_f32(score), !ordered_i64(id)),
        // published_at desc, then id desc
        Sort::Newest => (ordered_i64(published_at), ordered_i64(id)),
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
