//! A compiled document is laid out in two passes, not three: its table of contents
//! and its page references take the same room before their pages are known (Typst's
//! first pass) as after, so the second pass confirms the first. Alone in its test
//! binary, as Typst's timing records are global to the process.

use typst::layout::{Frame, FrameItem};
use wsis_docs::{Block, Document};
use wsis_domain::Language;

#[test]
fn a_document_with_contents_and_page_references_needs_two_layout_passes() {
    let mut blocks = Vec::new();
    for chapter in 0..4 {
        blocks.push(Block::Heading {
            level: 1,
            text: format!("Chapter {chapter}"),
            id: Some(format!("c-{chapter}")),
        });
        for n in 0..12 {
            let id = chapter * 100 + n;
            blocks.push(Block::Heading {
                level: 2,
                text: format!("Session {id}: a title long enough to take most of a line"),
                id: Some(format!("s-{id}")),
            });
            blocks.push(Block::Text {
                label: Some("Summary".into()),
                text: "Meaningful connectivity for every person by 2030. ".repeat(12),
                lang: Some(Language::En),
            });
        }
    }
    blocks.push(Block::Heading {
        level: 1,
        text: "Index".into(),
        id: None,
    });
    for chapter in 0..4 {
        blocks.push(Block::Refs {
            label: format!("Chapter {chapter}"),
            refs: (0..12)
                .map(|n| {
                    let id = chapter * 100 + n;
                    (id.to_string(), format!("s-{id}"))
                })
                .collect(),
        });
    }
    let doc = Document {
        lang: Language::En,
        kicker: "World Summit on the Information Society".into(),
        title: "Outcome Document".into(),
        subtitle: vec![],
        contents: "Contents".into(),
        page_prefix: "p. ".into(),
        page_suffix: String::new(),
        blocks,
    };
    typst_timing::enable();
    let (laid, warnings) = wsis_docs::layout(&doc.typst()).expect("compiles");
    typst_timing::disable();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(laid.pages().len() > 10, "{}", laid.pages().len());
    // Each page's text runs, in order.
    fn runs(frame: &Frame, out: &mut Vec<String>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(g) => runs(&g.frame, out),
                FrameItem::Text(t) => out.push(t.text.to_string()),
                _ => {}
            }
        }
    }
    let pages: Vec<Vec<String>> = laid
        .pages()
        .iter()
        .map(|p| {
            let mut v = Vec::new();
            runs(&p.frame, &mut v);
            v
        })
        .collect();
    // Where each session's heading is (the contents are on pages 2 and 3).
    let body_page = |id: usize| {
        let start = format!("Session {id}:");
        pages
            .iter()
            .enumerate()
            .skip(3)
            .find(|(_, r)| r.iter().any(|t| t.starts_with(&start)))
            .map(|(i, _)| i + 1)
            .unwrap_or_else(|| panic!("session {id} not found"))
    };
    let contents: Vec<&String> = pages[1..3].iter().flatten().collect();
    let index = pages.last().unwrap();
    let mut seen_later_page = false;
    for chapter in 0..4 {
        for n in 0..12 {
            let id = chapter * 100 + n;
            let page = body_page(id);
            seen_later_page |= page > 5;
            // In the contents: the entry, its leader dots, then the page.
            let start = format!("Session {id}:");
            let at = contents.iter().position(|t| t.starts_with(&start)).unwrap();
            let number = contents[at + 1..]
                .iter()
                .find(|t| t.chars().all(|c| c.is_ascii_digit()))
                .unwrap();
            assert_eq!(*number, &page.to_string(), "contents, session {id}");
            // In the index: the session's number, then its page.
            let at = index.iter().position(|t| *t == id.to_string()).unwrap();
            assert_eq!(
                index[at + 1],
                format!(" (p. {page})"),
                "index, session {id}"
            );
        }
    }
    assert!(seen_later_page, "sessions spread over several pages");
    let mut json = Vec::new();
    typst_timing::export_json(&mut json, |_| (String::new(), 0)).unwrap();
    let json = String::from_utf8(json).unwrap();
    let passes: std::collections::BTreeSet<&str> =
        ["iter (1)", "iter (2)", "iter (3)", "iter (4)", "iter (5)"]
            .into_iter()
            .filter(|p| json.contains(&format!("\"name\":\"{p}\"")))
            .collect();
    assert_eq!(
        passes,
        ["iter (1)", "iter (2)"].into_iter().collect(),
        "layout passes"
    );
}
