//! Upsert, delete, rebuild, sorting, pagination and on-disk persistence.

mod common;

use std::path::PathBuf;

use common::{entry, filtered, ids, sorted_ids, text};
use wsis_search::{SearchIndex, SearchQuery, Sort};

#[test]
fn upsert_replaces_and_is_visible_immediately() {
    let index = SearchIndex::in_ram().expect("index");
    index
        .upsert(&entry(1, "en", "Broadband for villages", "First version."))
        .expect("upsert");
    assert_eq!(index.num_docs(), 1);
    assert_eq!(sorted_ids(&index, &text("broadband")), vec![1]);

    index
        .upsert(&entry(1, "en", "Satellite internet", "Second version."))
        .expect("upsert");
    assert_eq!(index.num_docs(), 1);
    assert!(sorted_ids(&index, &text("broadband")).is_empty());
    assert_eq!(sorted_ids(&index, &text("satellite")), vec![1]);
    let all = index.search(&filtered(&[])).expect("search");
    assert_eq!(all.total, 1);
    assert_eq!(ids(&all), vec![1]);
}

#[test]
fn delete_removes() {
    let index = SearchIndex::in_ram().expect("index");
    for id in 1..=3 {
        index
            .upsert(&entry(id, "en", "Telecentre", "Community access."))
            .expect("upsert");
    }
    index.delete(2).expect("delete");
    assert_eq!(index.num_docs(), 2);
    assert_eq!(sorted_ids(&index, &text("telecentre")), vec![1, 3]);
    // deleting an unknown id is not an error
    index.delete(42).expect("delete unknown");
    assert_eq!(index.num_docs(), 2);
}

#[test]
fn rebuild_replaces_everything() {
    let index = SearchIndex::in_ram().expect("index");
    for id in 1..=5 {
        index
            .upsert(&entry(id, "en", "Old content", "Old."))
            .expect("upsert");
    }
    let n = index
        .rebuild((10..13).map(|id| entry(id, "en", "New content", "New.")))
        .expect("rebuild");
    assert_eq!(n, 3);
    assert_eq!(index.num_docs(), 3);
    assert!(sorted_ids(&index, &text("old")).is_empty());
    assert_eq!(sorted_ids(&index, &text("content")), vec![10, 11, 12]);
    // rebuilding with nothing empties the index
    assert_eq!(index.rebuild(std::iter::empty()).expect("rebuild"), 0);
    assert_eq!(index.num_docs(), 0);
    assert_eq!(index.search(&filtered(&[])).expect("search").total, 0);
}

fn sorted_fixture() -> SearchIndex {
    let index = SearchIndex::in_ram().expect("index");
    let docs = (1..=30).map(|id| {
        let mut doc = entry(id, "en", "Digital inclusion", "Same text everywhere.");
        // three entries share each publication time
        doc.published_at = 1_000 + (id % 10);
        doc
    });
    index.rebuild(docs).expect("rebuild");
    // a second segment, so that order does not depend on a single segment's layout
    for id in [31, 32] {
        let mut doc = entry(id, "en", "Digital inclusion", "Same text everywhere.");
        doc.published_at = 1_005;
        index.upsert(&doc).expect("upsert");
    }
    index
}

#[test]
fn newest_first_then_higher_id() {
    let index = sorted_fixture();
    let mut q = filtered(&[]);
    q.sort = Sort::Newest;
    q.limit = 7;
    // published_at 1009: ids 29, 19, 9; then 1008: 28, 18, 8; then 1007: 27
    assert_eq!(
        ids(&index.search(&q).expect("search")),
        vec![29, 19, 9, 28, 18, 8, 27]
    );
    q.offset = 12;
    q.limit = 6;
    // 1005: 32, 31, 25, 15, 5 ...
    assert_eq!(
        ids(&index.search(&q).expect("search")),
        vec![32, 31, 25, 15, 5, 24]
    );
}

#[test]
fn relevance_ties_by_id() {
    let index = sorted_fixture();
    let mut q = text("inclusion");
    q.limit = 5;
    assert_eq!(ids(&index.search(&q).expect("search")), vec![1, 2, 3, 4, 5]);
    // a better match comes first
    index
        .upsert(&entry(
            40,
            "en",
            "Inclusion inclusion",
            "Digital inclusion.",
        ))
        .expect("upsert");
    assert_eq!(ids(&index.search(&q).expect("search"))[0], 40);
}

#[test]
fn pagination_is_stable_and_complete() {
    let index = sorted_fixture();
    for sort in [Sort::Relevance, Sort::Newest] {
        for text in [None, Some("digital")] {
            let mut q = SearchQuery {
                text: text.map(str::to_owned),
                lang: "en".to_owned(),
                sort,
                limit: 100,
                ..SearchQuery::default()
            };
            let everything = ids(&index.search(&q).expect("search"));
            assert_eq!(everything.len(), 32);
            let mut paged = Vec::new();
            q.limit = 7;
            while paged.len() < 40 {
                let page = index.search(&q).expect("search");
                assert_eq!(page.total, 32);
                if page.hits.is_empty() {
                    break;
                }
                // asking twice gives the same page
                assert_eq!(ids(&page), ids(&index.search(&q).expect("search")));
                paged.extend(ids(&page));
                q.offset += 7;
            }
            assert_eq!(paged, everything, "{sort:?} {text:?}");
        }
    }
    // far beyond the end
    let q = SearchQuery {
        offset: usize::MAX,
        limit: usize::MAX,
        ..SearchQuery::default()
    };
    let r = index.search(&q).expect("search");
    assert!(r.hits.is_empty());
    assert_eq!(r.total, 32);
}

#[test]
fn limit_zero_returns_counts_only() {
    let index = sorted_fixture();
    let q = SearchQuery::default();
    let r = index.search(&q).expect("search");
    assert!(r.hits.is_empty());
    assert_eq!(r.total, 32);
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path =
            std::env::temp_dir().join(format!("wsis-search-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn persists_on_disk() {
    let dir = TempDir::new("persist");
    let path = dir.0.join("index");
    {
        let index = SearchIndex::open_in_dir(&path).expect("create");
        assert!(index.created_fresh());
        index
            .upsert(&entry(1, "fr", "Éducation", "Écoles."))
            .expect("upsert");
    }
    let index = SearchIndex::open_in_dir(&path).expect("reopen");
    assert!(!index.created_fresh());
    assert_eq!(index.num_docs(), 1);
    assert_eq!(sorted_ids(&index, &text("ecoles")), vec![1]);
    index
        .upsert(&entry(2, "en", "More", "More."))
        .expect("write after reopen");
    assert_eq!(index.num_docs(), 2);
}

#[test]
fn the_change_applied_is_kept_with_the_content() {
    let dir = TempDir::new("applied");
    let path = dir.0.join("index");
    {
        let index = SearchIndex::open_in_dir(&path).expect("create");
        assert_eq!(index.applied(), 0, "a new index follows nothing yet");
        let docs = [
            entry(1, "en", "Solar", "One."),
            entry(2, "en", "Wind", "Two."),
        ];
        assert_eq!(
            index.rebuild_through(docs.into_iter(), 7).expect("rebuild"),
            2
        );
        assert_eq!(index.applied(), 7);
        // changes 8 and 9: entry 1 edited, entry 2 no longer published
        assert!(
            index
                .apply(&[entry(1, "en", "Solar kiosks", "One.")], &[2], 9)
                .expect("apply")
        );
        assert_eq!(index.applied(), 9);
        // a caller that read the same changes (or older ones) writes nothing
        assert!(
            !index
                .apply(&[entry(1, "en", "Older", "One.")], &[], 9)
                .expect("apply")
        );
        assert!(sorted_ids(&index, &text("older")).is_empty());
        // plain writes keep the number
        index
            .upsert(&entry(3, "en", "Tidal", "Three."))
            .expect("upsert");
        assert_eq!(index.applied(), 9);
    }
    let index = SearchIndex::open_in_dir(&path).expect("reopen");
    assert_eq!(index.applied(), 9, "kept in the index's own commit");
    assert_eq!(sorted_ids(&index, &text("kiosks")), vec![1]);
    assert!(sorted_ids(&index, &text("wind")).is_empty());
    // a rebuild sets the number it was given, even a lower one (a restored database)
    index
        .rebuild_through(std::iter::empty(), 3)
        .expect("rebuild");
    assert_eq!(index.applied(), 3);
    assert_eq!(index.num_docs(), 0);
}

#[test]
fn schema_change_wipes_and_recreates() {
    use tantivy::schema::{STORED, Schema, TEXT};

    let dir = TempDir::new("schema");
    let path = dir.0.clone();
    std::fs::create_dir_all(&path).expect("mkdir");
    std::fs::write(path.join("README.txt"), "not ours").expect("write");
    {
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body", TEXT | STORED);
        let old = tantivy::Index::create_in_dir(&path, builder.build()).expect("old index");
        let mut writer: tantivy::IndexWriter = old.writer(15_000_000).expect("writer");
        let mut doc = tantivy::TantivyDocument::new();
        doc.add_text(body, "old schema");
        writer.add_document(doc).expect("add");
        writer.commit().expect("commit");
    }
    let index = SearchIndex::open_in_dir(&path).expect("open");
    assert!(index.created_fresh());
    assert_eq!(index.num_docs(), 0);
    assert!(path.join("README.txt").exists());
    index
        .upsert(&entry(1, "en", "Fresh", "Fresh."))
        .expect("upsert");
    assert_eq!(index.num_docs(), 1);
}

#[test]
fn concurrent_searches_and_writes() {
    let index = std::sync::Arc::new(sorted_fixture());
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let index = index.clone();
            std::thread::spawn(move || {
                // Enough commits for background merges (and the watcher's reloads) to run
                // alongside: a write is visible when it returns, whatever reloads after it.
                for i in 0..25 {
                    let id = 100 + t * 100 + i;
                    let word = format!("w{id}");
                    index
                        .upsert(&entry(id, "en", &format!("Threaded {word}"), "Concurrent."))
                        .expect("upsert");
                    assert_eq!(
                        index.search(&text(&word)).expect("search").total,
                        1,
                        "{word} is found as soon as its write returned"
                    );
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
    assert_eq!(index.search(&text("threaded")).expect("search").total, 100);
}

#[test]
fn failed_rebuild_keeps_old_content_and_writing_goes_on() {
    let index = SearchIndex::in_ram().expect("index");
    index
        .upsert(&entry(1, "en", "Kept", "Kept."))
        .expect("upsert");
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let docs = (10..20).map(|id| {
            assert!(id < 15, "source failed");
            entry(id, "en", "Partial", "Partial.")
        });
        let _ = index.rebuild(docs);
    }));
    assert!(result.is_err());
    assert_eq!(index.num_docs(), 1);
    assert!(sorted_ids(&index, &text("partial")).is_empty());
    index
        .upsert(&entry(2, "en", "After", "After."))
        .expect("upsert after panic");
    assert_eq!(sorted_ids(&index, &text("kept after")), Vec::<i64>::new());
    assert_eq!(index.num_docs(), 2);
    assert_eq!(sorted_ids(&index, &text("after")), vec![2]);
}

#[test]
fn repeated_searches_see_every_write() {
    let index = SearchIndex::in_ram().expect("index");
    index
        .upsert(&entry(1, "en", "Solar kiosks", "First."))
        .expect("upsert");
    let q = text("solar");
    assert_eq!(sorted_ids(&index, &q), vec![1]);
    // the same request again (answered from the cache) and after each write
    assert!(index.cached(&q).is_some(), "the answer is kept");
    assert_eq!(sorted_ids(&index, &q), vec![1]);
    index
        .upsert(&entry(2, "en", "Solar schools", "Second."))
        .expect("upsert");
    assert!(
        index.cached(&q).is_none(),
        "a write starts a new generation"
    );
    assert_eq!(sorted_ids(&index, &q), vec![1, 2]);
    index.delete(1).expect("delete");
    assert_eq!(sorted_ids(&index, &q), vec![2]);
    index
        .rebuild([entry(3, "en", "Solar clinics", "Third.")].into_iter())
        .expect("rebuild");
    assert_eq!(sorted_ids(&index, &q), vec![3]);
    assert_eq!(index.search(&filtered(&[])).expect("search").total, 1);
}

/// What a search answers, comparable.
fn answer(r: &wsis_search::SearchResults) -> impl PartialEq + std::fmt::Debug {
    let hits: Vec<(i64, String, String)> = r
        .hits
        .iter()
        .map(|h| (h.id, h.title_html.clone(), h.snippet_html.clone()))
        .collect();
    (r.total, hits, r.facets.clone())
}

#[test]
fn cached_and_computed_answers_agree() {
    let index = sorted_fixture();
    let mut newest = text("digital");
    newest.sort = Sort::Newest;
    newest.offset = 3;
    let mut queries = vec![text("inclusion"), filtered(&[]), newest];
    let mut with_filter = text("digital");
    with_filter.filters = vec![(wsis_search::Facet::Status, "ongoing".to_owned())];
    queries.push(with_filter);
    for q in &queries {
        let first = index.search(q).expect("search");
        let again = index.search(q).expect("search");
        let computed = index.search_uncached(q).expect("search");
        let kept = index.cached(q).expect("kept");
        assert_eq!(answer(&first), answer(&kept));
        assert_eq!(answer(&first), answer(&again));
        assert_eq!(answer(&first), answer(&computed));
    }
    index.set_cache_capacity(0);
    for q in &queries {
        assert!(index.cached(q).is_none(), "no cache, nothing kept");
        let a = index.search(q).expect("search");
        let b = index.search_uncached(q).expect("search");
        assert_eq!(answer(&a), answer(&b));
    }
}
