//! Filters and disjunctive facet counts.

mod common;

use common::{counts, entry, filtered, ids, sorted_ids};
use wsis_search::{EntryDoc, Facet, SearchIndex};

fn doc(
    id: i64,
    action_lines: &[&str],
    sdgs: &[u8],
    countries: &[&str],
    status: &str,
    year: Option<i32>,
) -> EntryDoc {
    EntryDoc {
        action_lines: action_lines.iter().map(|s| (*s).to_owned()).collect(),
        sdgs: sdgs.to_vec(),
        countries: countries.iter().map(|s| (*s).to_owned()).collect(),
        status: status.to_owned(),
        year,
        call: Some("2019".to_owned()),
        languages: vec!["en".to_owned(), "fr".to_owned()],
        stakeholder_type: "civil_society".to_owned(),
        activity_type: "project".to_owned(),
        ..entry(
            id,
            "en",
            &format!("Water project {id}"),
            "Clean water access.",
        )
    }
}

fn fixture() -> SearchIndex {
    let index = SearchIndex::in_ram().expect("index");
    let docs = vec![
        doc(1, &["C1"], &[4], &["FR", "DE"], "ongoing", Some(2019)),
        doc(
            2,
            &["C7", "C7.4"],
            &[4, 9],
            &["FR"],
            "completed",
            Some(2020),
        ),
        doc(3, &["C7", "C7.1"], &[9], &["KE"], "ongoing", Some(2020)),
        doc(4, &["C1", "C3"], &[1], &["KE", "UG"], "planned", Some(2021)),
        doc(5, &["C3"], &[4, 4], &["DE"], "ongoing", None),
    ];
    index.rebuild(docs.into_iter()).expect("rebuild");
    index
}

fn pairs(v: &[(&str, u64)]) -> Vec<(String, u64)> {
    v.iter().map(|(s, c)| ((*s).to_owned(), *c)).collect()
}

#[test]
fn or_within_a_facet_and_across_facets() {
    let index = fixture();
    assert_eq!(
        sorted_ids(&index, &filtered(&[(Facet::Country, "FR")])),
        vec![1, 2]
    );
    assert_eq!(
        sorted_ids(
            &index,
            &filtered(&[(Facet::Country, "FR"), (Facet::Country, "KE")])
        ),
        vec![1, 2, 3, 4]
    );
    assert_eq!(
        sorted_ids(
            &index,
            &filtered(&[
                (Facet::Country, "FR"),
                (Facet::Country, "KE"),
                (Facet::Status, "ongoing")
            ])
        ),
        vec![1, 3]
    );
    assert_eq!(
        sorted_ids(
            &index,
            &filtered(&[
                (Facet::ActionLine, "C7"),
                (Facet::Sdg, "9"),
                (Facet::Year, "2020")
            ])
        ),
        vec![2, 3]
    );
    assert_eq!(
        sorted_ids(&index, &filtered(&[(Facet::C7Subline, "C7.4")])),
        vec![2]
    );
    // A sub-line is its own facet: a C7 filter and a sub-line filter apply together.
    assert_eq!(
        sorted_ids(
            &index,
            &filtered(&[(Facet::ActionLine, "C7"), (Facet::C7Subline, "C7.1")])
        ),
        vec![3]
    );
    assert!(sorted_ids(&index, &filtered(&[(Facet::Country, "US")])).is_empty());
    // filters combine with text
    let mut q = filtered(&[(Facet::Country, "DE")]);
    q.text = Some("water 5".to_owned());
    assert_eq!(sorted_ids(&index, &q), vec![5]);
}

#[test]
fn facet_counts_without_filters() {
    let index = fixture();
    let r = index.search(&filtered(&[])).expect("search");
    assert_eq!(r.total, 5);
    assert_eq!(r.facets.len(), Facet::SEARCHABLE.len());
    assert_eq!(
        counts(&r, Facet::Country),
        pairs(&[("DE", 2), ("FR", 2), ("KE", 2), ("UG", 1)])
    );
    // a value listed twice in one entry counts once
    assert_eq!(
        counts(&r, Facet::Sdg),
        pairs(&[("4", 3), ("9", 2), ("1", 1)])
    );
    assert_eq!(
        counts(&r, Facet::ActionLine),
        pairs(&[("C1", 2), ("C3", 2), ("C7", 2)])
    );
    assert_eq!(
        counts(&r, Facet::C7Subline),
        pairs(&[("C7.1", 1), ("C7.4", 1)])
    );
    assert_eq!(
        counts(&r, Facet::Year),
        pairs(&[("2020", 2), ("2019", 1), ("2021", 1)])
    );
    assert_eq!(counts(&r, Facet::Call), pairs(&[("2019", 5)]));
    assert_eq!(counts(&r, Facet::Language), pairs(&[("en", 5), ("fr", 5)]));
    assert_eq!(
        counts(&r, Facet::StakeholderType),
        pairs(&[("civil_society", 5)])
    );
    assert_eq!(counts(&r, Facet::ActivityType), pairs(&[("project", 5)]));
    assert!(counts(&r, Facet::Region).is_empty());
}

#[test]
fn facet_counts_are_disjunctive() {
    let index = fixture();
    let r = index
        .search(&filtered(&[
            (Facet::Country, "FR"),
            (Facet::Country, "KE"),
            (Facet::Status, "ongoing"),
        ]))
        .expect("search");
    assert_eq!(r.total, 2);
    let mut hits = ids(&r);
    hits.sort_unstable();
    assert_eq!(hits, vec![1, 3]);
    // country: only status=ongoing applies (docs 1, 3, 5)
    assert_eq!(
        counts(&r, Facet::Country),
        pairs(&[("DE", 2), ("FR", 1), ("KE", 1)])
    );
    // status: only country in {FR, KE} applies (docs 1, 2, 3, 4)
    assert_eq!(
        counts(&r, Facet::Status),
        pairs(&[("ongoing", 2), ("completed", 1), ("planned", 1)])
    );
    // unfiltered facets: both filters apply (docs 1, 3)
    assert_eq!(
        counts(&r, Facet::ActionLine),
        pairs(&[("C1", 1), ("C7", 1)])
    );
    assert_eq!(counts(&r, Facet::C7Subline), pairs(&[("C7.1", 1)]));
    assert_eq!(counts(&r, Facet::Sdg), pairs(&[("4", 1), ("9", 1)]));
    assert_eq!(counts(&r, Facet::Year), pairs(&[("2019", 1), ("2020", 1)]));
}

#[test]
fn disjunctive_counts_with_text() {
    let index = fixture();
    let mut q = filtered(&[(Facet::Sdg, "9")]);
    q.text = Some("2 OR 3 OR 5".to_owned());
    let r = index.search(&q).expect("search");
    let mut hits = ids(&r);
    hits.sort_unstable();
    assert_eq!(hits, vec![2, 3]);
    // sdg ignores its own filter but keeps the text (docs 2, 3, 5)
    assert_eq!(counts(&r, Facet::Sdg), pairs(&[("4", 2), ("9", 2)]));
    assert_eq!(counts(&r, Facet::Country), pairs(&[("FR", 1), ("KE", 1)]));
}

#[test]
fn selected_value_without_matches_is_listed() {
    let index = fixture();
    let r = index
        .search(&filtered(&[(Facet::Country, "US"), (Facet::Country, "KE")]))
        .expect("search");
    assert_eq!(
        counts(&r, Facet::Country),
        pairs(&[("DE", 2), ("FR", 2), ("KE", 2), ("UG", 1), ("US", 0)])
    );
    assert_eq!(r.total, 2);
}

#[test]
fn facet_keys_round_trip() {
    for facet in Facet::SEARCHABLE {
        assert_eq!(Facet::parse_searchable(facet.code()), Some(facet));
    }
    assert_eq!(Facet::parse_searchable("nope"), None);
    assert_eq!(
        Facet::parse_searchable("stakeholder_type"),
        Some(Facet::StakeholderType)
    );
}

#[test]
fn counts_follow_updates() {
    let index = fixture();
    index.delete(2).expect("delete");
    let r = index.search(&filtered(&[])).expect("search");
    assert_eq!(
        counts(&r, Facet::Country),
        pairs(&[("DE", 2), ("KE", 2), ("FR", 1), ("UG", 1)])
    );
    index
        .upsert(&doc(3, &["C2"], &[17], &["BR"], "completed", None))
        .expect("upsert");
    let r = index.search(&filtered(&[])).expect("search");
    assert_eq!(
        counts(&r, Facet::Country),
        pairs(&[("DE", 2), ("BR", 1), ("FR", 1), ("KE", 1), ("UG", 1)])
    );
    assert_eq!(
        counts(&r, Facet::ActionLine),
        pairs(&[("C1", 2), ("C3", 2), ("C2", 1)])
    );
}

#[test]
fn three_filters_count_disjunctively_in_one_pass() {
    let index = fixture();
    let r = index
        .search(&filtered(&[
            (Facet::Country, "FR"),
            (Facet::Country, "KE"),
            (Facet::Status, "ongoing"),
            (Facet::Sdg, "9"),
        ]))
        .expect("search");
    // country in {FR, KE} (1, 2, 3, 4), ongoing (1, 3, 5), SDG 9 (2, 3)
    assert_eq!(ids(&r), vec![3]);
    assert_eq!(r.total, 1);
    // country: ongoing and SDG 9 apply (doc 3)
    assert_eq!(counts(&r, Facet::Country), pairs(&[("KE", 1), ("FR", 0)]));
    // status: country and SDG 9 apply (docs 2, 3)
    assert_eq!(
        counts(&r, Facet::Status),
        pairs(&[("completed", 1), ("ongoing", 1)])
    );
    // SDG: country and ongoing apply (docs 1, 3)
    assert_eq!(counts(&r, Facet::Sdg), pairs(&[("4", 1), ("9", 1)]));
    // unfiltered facets: every filter applies (doc 3)
    assert_eq!(counts(&r, Facet::ActionLine), pairs(&[("C7", 1)]));
    assert_eq!(counts(&r, Facet::C7Subline), pairs(&[("C7.1", 1)]));
}

#[test]
fn filter_on_a_value_no_entry_has() {
    let index = fixture();
    // no entry has a region: the region filter matches nothing, and its own counts
    // (with the status filter) list only the selected value
    let r = index
        .search(&filtered(&[
            (Facet::Region, "EUR"),
            (Facet::Status, "ongoing"),
        ]))
        .expect("search");
    assert_eq!(r.total, 0);
    assert!(r.hits.is_empty());
    assert_eq!(counts(&r, Facet::Region), pairs(&[("EUR", 0)]));
    // status: only the region filter applies, and nothing is in EUR
    assert_eq!(counts(&r, Facet::Status), pairs(&[("ongoing", 0)]));
    assert!(counts(&r, Facet::Country).is_empty());
}
