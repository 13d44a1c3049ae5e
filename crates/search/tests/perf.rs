//! Load test with 100,000 synthetic entries; ignored by default, run in release:
//! `cargo test --release -p wsis-search --test perf -- --ignored --nocapture`

use std::time::{Duration, Instant};

use wsis_search::{EntryDoc, Facet, SearchIndex, SearchQuery, Sort};

/// Deterministic pseudo-random numbers (64-bit LCG).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const EN: &[&str] = &[
    "digital",
    "inclusion",
    "broadband",
    "connectivity",
    "schools",
    "rural",
    "women",
    "youth",
    "skills",
    "training",
    "government",
    "services",
    "health",
    "agriculture",
    "mobile",
    "internet",
    "access",
    "community",
    "network",
    "data",
    "security",
    "privacy",
    "innovation",
    "policy",
    "regulation",
    "education",
    "libraries",
    "open",
    "source",
    "platform",
];
const FR: &[&str] = &[
    "numérique",
    "éducation",
    "accès",
    "réseau",
    "écoles",
    "femmes",
    "jeunes",
    "formation",
    "santé",
    "services",
    "publics",
    "innovation",
];
const ZH: &[&str] = &[
    "数字", "包容", "农村", "地区", "教育", "网络", "发展", "创新", "服务",
];

fn sentence(rng: &mut Rng, words: &[&str], n: usize, sep: &str) -> String {
    (0..n)
        .map(|_| words[rng.below(words.len())])
        .collect::<Vec<_>>()
        .join(sep)
}

fn synthetic(id: i64, rng: &mut Rng) -> EntryDoc {
    let mut titles = vec![("en".to_owned(), sentence(rng, EN, 6, " "))];
    let mut descriptions = vec![("en".to_owned(), sentence(rng, EN, 80, " "))];
    match rng.below(4) {
        0 => {
            titles.push(("fr".to_owned(), sentence(rng, FR, 6, " ")));
            descriptions.push(("fr".to_owned(), sentence(rng, FR, 80, " ")));
        }
        1 => {
            titles.push(("zh".to_owned(), sentence(rng, ZH, 6, "")));
            descriptions.push(("zh".to_owned(), sentence(rng, ZH, 80, "")));
        }
        _ => {}
    }
    let code = |n: usize| {
        let b = [b'A' + (n / 26) as u8 % 26, b'A' + (n % 26) as u8];
        String::from_utf8_lossy(&b).into_owned()
    };
    EntryDoc {
        id,
        language: "en".to_owned(),
        titles,
        descriptions,
        organisation: format!("Organisation {}", rng.below(5000)),
        partners: vec![format!("Partner {}", rng.below(5000))],
        action_lines: (0..1 + rng.below(3))
            .map(|_| format!("C{}", 1 + rng.below(11)))
            .collect(),
        sdgs: (0..1 + rng.below(3))
            .map(|_| 1 + rng.below(17) as u8)
            .collect(),
        targets: vec![format!("{}.{}", 1 + rng.below(17), 1 + rng.below(9))],
        countries: (0..1 + rng.below(3))
            .map(|_| code(rng.below(200)))
            .collect(),
        regions: vec![format!("{}", 100 + rng.below(20))],
        stakeholder_type: ["government", "civil_society", "private_sector", "academia"]
            [rng.below(4)]
        .to_owned(),
        activity_type: ["project", "programme", "event"][rng.below(3)].to_owned(),
        status: ["planned", "ongoing", "completed"][rng.below(3)].to_owned(),
        year: Some(2005 + rng.below(20) as i32),
        call: Some(format!("{}", 2010 + rng.below(15))),
        languages: vec![["en", "fr", "es", "ar", "ru", "zh"][rng.below(6)].to_owned()],
        published_at: 1_300_000_000 + rng.below(400_000_000) as i64,
    }
}

/// Time of a computed search (the answer cache is bypassed).
fn time(label: &str, index: &SearchIndex, q: &SearchQuery) -> Duration {
    let runs = 30;
    let mut total = 0;
    let start = Instant::now();
    for _ in 0..runs {
        total = index.search_uncached(q).expect("search").total;
    }
    let per = start.elapsed() / runs;
    println!("{label}: {per:?} per search, {total} hits");
    per
}

#[test]
#[ignore = "load test; run in release with --ignored"]
fn hundred_thousand_entries() {
    let index = SearchIndex::in_ram().expect("index");
    let mut rng = Rng(42);
    let start = Instant::now();
    let n = index
        .rebuild((1..=100_000).map(|id| synthetic(id, &mut rng)))
        .expect("rebuild");
    println!("rebuild of {n} docs: {:?}", start.elapsed());
    assert_eq!(index.num_docs(), 100_000);

    let base = SearchQuery {
        lang: "en".to_owned(),
        limit: 20,
        ..SearchQuery::default()
    };
    time("match all", &index, &base);
    let text = SearchQuery {
        text: Some("digital inclusion".to_owned()),
        ..base.clone()
    };
    time("text", &index, &text);
    let faceted = SearchQuery {
        filters: vec![
            (Facet::ActionLine, "C7".to_owned()),
            (Facet::Status, "ongoing".to_owned()),
        ],
        ..text.clone()
    };
    time("text + 2 filters", &index, &faceted);
    let newest = SearchQuery {
        sort: Sort::Newest,
        offset: 2000,
        ..faceted.clone()
    };
    time("text + 2 filters, newest, page 101", &index, &newest);
    let filters_only = SearchQuery {
        text: None,
        filters: vec![
            (Facet::Country, "AB".to_owned()),
            (Facet::Country, "CD".to_owned()),
            (Facet::Sdg, "4".to_owned()),
        ],
        ..base.clone()
    };
    time("2 filters, no text", &index, &filters_only);
    let zh = SearchQuery {
        text: Some("农村".to_owned()),
        lang: "zh".to_owned(),
        ..base
    };
    time("zh", &index, &zh);
}
