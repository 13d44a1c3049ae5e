//! Free-text search in the six languages, query robustness and HTML escaping.

mod common;

use common::{entry, sorted_ids, text};
use wsis_search::{EntryDoc, SearchIndex, SearchQuery};

fn fixture() -> SearchIndex {
    let index = SearchIndex::in_ram().expect("index");
    let docs = vec![
        entry(
            1,
            "en",
            "Rural connectivity for schools",
            "Connecting remote schools to broadband networks.",
        ),
        entry(
            2,
            "fr",
            "Éducation numérique en Afrique",
            "Former les enseignants à l'éducation aux médias.",
        ),
        entry(
            3,
            "ru",
            "Цифровые библиотеки",
            "Проект развивает электронные библиотеки в регионах.",
        ),
        entry(4, "zh", "数字包容项目", "推动农村地区的数字包容"),
        entry(
            5,
            "ar",
            "المدارس الرقمية",
            "مشروع لتوصيل المدارس بالإنترنت في المناطق الريفية",
        ),
        entry(
            6,
            "es",
            "Gobierno electrónico municipal",
            "Servicios públicos digitales para los ciudadanos.",
        ),
    ];
    assert_eq!(index.rebuild(docs.into_iter()).expect("rebuild"), 6);
    index
}

#[test]
fn english_stemming() {
    let index = fixture();
    assert_eq!(sorted_ids(&index, &text("connected")), vec![1]);
    assert_eq!(sorted_ids(&index, &text("connectivity")), vec![1]);
    assert_eq!(sorted_ids(&index, &text("SCHOOL")), vec![1]);
}

#[test]
fn french_without_accents() {
    let index = fixture();
    assert_eq!(sorted_ids(&index, &text("education")), vec![2]);
    assert_eq!(sorted_ids(&index, &text("éducation")), vec![2]);
    assert_eq!(sorted_ids(&index, &text("numerique")), vec![2]);
    assert_eq!(sorted_ids(&index, &text("enseignant")), vec![2]);
}

#[test]
fn russian_stemming() {
    let index = fixture();
    // "библиотека" (singular) finds "библиотеки" (plural)
    assert_eq!(sorted_ids(&index, &text("библиотека")), vec![3]);
    assert_eq!(sorted_ids(&index, &text("цифровой")), vec![3]);
}

#[test]
fn chinese_segmentation() {
    let index = fixture();
    assert_eq!(sorted_ids(&index, &text("农村")), vec![4]);
    assert_eq!(sorted_ids(&index, &text("数字包容")), vec![4]);
    assert_eq!(sorted_ids(&index, &text("地区")), vec![4]);
    assert!(sorted_ids(&index, &text("城市")).is_empty());
}

/// Issue 10, item 2: a single Chinese character finds the entries that contain it, and
/// so does a run of characters that the segmenter cut differently; characters that are
/// not next to each other do not make a phrase.
#[test]
fn chinese_single_characters_and_runs() {
    let index = fixture();
    assert_eq!(sorted_ids(&index, &text("数")), vec![4]);
    assert_eq!(sorted_ids(&index, &text("村")), vec![4]);
    assert_eq!(sorted_ids(&index, &text("字包")), vec![4]);
    assert_eq!(sorted_ids(&index, &text("\"农村地区\"")), vec![4]);
    assert!(sorted_ids(&index, &text("城")).is_empty());
    assert!(sorted_ids(&index, &text("数村")).is_empty());
}

#[test]
fn arabic_words_and_stems() {
    let index = fixture();
    assert_eq!(sorted_ids(&index, &text("المدارس")), vec![5]);
    // without the article
    assert_eq!(sorted_ids(&index, &text("مدارس")), vec![5]);
}

#[test]
fn spanish_stemming_and_accents() {
    let index = fixture();
    assert_eq!(sorted_ids(&index, &text("electronico")), vec![6]);
    assert_eq!(sorted_ids(&index, &text("servicio")), vec![6]);
}

#[test]
fn organisation_is_searchable() {
    let index = fixture();
    let mut q = text("organisation");
    assert_eq!(sorted_ids(&index, &q), vec![1, 2, 3, 4, 5, 6]);
    q.text = Some("organisation 4".to_owned());
    assert_eq!(sorted_ids(&index, &q), vec![4]);
}

#[test]
fn found_in_any_language_of_the_entry() {
    let index = fixture();
    let mut doc = entry(7, "en", "Digital skills", "Training for youth.");
    doc.titles
        .push(("fr".to_owned(), "Compétences numériques".to_owned()));
    doc.descriptions
        .push(("fr".to_owned(), "Formation des jeunes.".to_owned()));
    index.upsert(&doc).expect("upsert");
    assert_eq!(sorted_ids(&index, &text("competences")), vec![7]);
    assert_eq!(sorted_ids(&index, &text("skill")), vec![7]);
    // the interface language picks the title
    let mut q = text("jeunes");
    q.lang = "fr".to_owned();
    let results = index.search(&q).expect("search");
    assert_eq!(results.hits[0].title_html, "Compétences numériques");
    assert_eq!(results.hits[0].snippet_html, "Formation des <b>jeunes</b>.");
    q.lang = "en".to_owned();
    let results = index.search(&q).expect("search");
    assert_eq!(results.hits[0].title_html, "Digital skills");
}

#[test]
fn weird_query_text_never_errors() {
    let index = fixture();
    for weird in [
        "\"AND (( title:",
        "*",
        "AND",
        "OR OR",
        "((",
        ")",
        "title_en:",
        "nofield:foo",
        "[a TO",
        "\"",
        "-",
        "+",
        "~2",
        "^3",
        "connectivity^",
        "/regex.*/",
        "\\",
        "::::",
        "   ",
        "数字包容 AND \"",
        "id:>5",
        "published_at:[0 TO",
    ] {
        let q = text(weird);
        assert!(index.search(&q).is_ok(), "query {weird:?} failed");
    }
    // blank text matches all
    assert_eq!(sorted_ids(&index, &text("   ")).len(), 6);
    let all = SearchQuery {
        limit: 10,
        ..SearchQuery::default()
    };
    assert_eq!(index.search(&all).expect("search").total, 6);
}

#[test]
fn highlighting_and_escaping() {
    let index = SearchIndex::in_ram().expect("index");
    let doc = EntryDoc {
        id: 1,
        language: "en".to_owned(),
        titles: vec![(
            "en".to_owned(),
            "<script>alert('x')</script> Connectivity & \"more\"".to_owned(),
        )],
        descriptions: vec![(
            "en".to_owned(),
            "We connect <img src=x onerror=alert(1)> villages.".to_owned(),
        )],
        ..EntryDoc::default()
    };
    index.upsert(&doc).expect("upsert");

    let results = index.search(&text("connected")).expect("search");
    let hit = &results.hits[0];
    assert!(!hit.title_html.contains("<script>"), "{}", hit.title_html);
    assert_eq!(
        hit.title_html,
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <b>Connectivity</b> &amp; &quot;more&quot;"
    );
    assert!(
        hit.snippet_html.contains("<b>connect</b>"),
        "{}",
        hit.snippet_html
    );
    assert!(hit.snippet_html.contains("&lt;img"), "{}", hit.snippet_html);
    assert!(!hit.snippet_html.contains("<img"), "{}", hit.snippet_html);

    // without a text query: plain escaped title, beginning of the description
    let all = index
        .search(&SearchQuery {
            limit: 1,
            ..SearchQuery::default()
        })
        .expect("search");
    let hit = &all.hits[0];
    assert!(hit.title_html.starts_with("&lt;script&gt;"));
    assert!(!hit.title_html.contains("<b>"));
    assert!(hit.snippet_html.starts_with("We connect &lt;img"));
}

#[test]
fn long_description_snippet() {
    let index = SearchIndex::in_ram().expect("index");
    let filler = "Lorem ipsum dolor sit amet. ".repeat(20);
    let description = format!("{filler}The satellite link reaches islands. {filler}");
    index
        .upsert(&entry(1, "en", "Islands", &description))
        .expect("upsert");
    let hit = &index.search(&text("satellite")).expect("search").hits[0];
    assert!(
        hit.snippet_html.contains("<b>satellite</b>"),
        "{}",
        hit.snippet_html
    );
    assert!(hit.snippet_html.starts_with('…'), "{}", hit.snippet_html);
    assert!(hit.snippet_html.ends_with('…'), "{}", hit.snippet_html);
    assert!(
        hit.snippet_html.chars().count() < 260,
        "{}",
        hit.snippet_html
    );
}

#[test]
fn chinese_snippet_highlights_words() {
    let index = fixture();
    let mut q = text("农村");
    q.lang = "zh".to_owned();
    let results = index.search(&q).expect("search");
    assert_eq!(
        results.hits[0].snippet_html,
        "推动<b>农村</b>地区的数字包容"
    );
}
