//! The document tree (the forum's outcome documents) typeset in each of the six
//! languages, with content in the others: no missing glyph, Arabic and Chinese in
//! their fonts, no warning, and user text that stays text.

mod common;

use common::all_runs;
use wsis_docs::{ARABIC_FAMILY, Block, CJK_FAMILY, Document};
use wsis_domain::Language;

fn doc(lang: Language) -> Document {
    let texts = [
        (Language::Ar, "رؤية: توصيلية مجدية لكل فرد بحلول عام 2030."),
        (Language::Zh, "到 2030 年实现人人享有有意义的连通。"),
        (
            Language::Ru,
            "Полноценное подключение для каждого к 2030 году.",
        ),
        (
            Language::Fr,
            "Une connectivité utile pour chacun d’ici à 2030.",
        ),
        (
            Language::Es,
            "Una conectividad significativa para todas las personas.",
        ),
        (
            Language::En,
            "Meaningful connectivity for every person by 2030 #panic() *x*.",
        ),
    ];
    let mut blocks = vec![Block::Heading {
        level: 1,
        text: "Session outcomes — نتائج الجلسات — 会议成果".into(),
        id: Some("outcomes".into()),
    }];
    for (i, (l, t)) in texts.iter().enumerate() {
        blocks.push(Block::Heading {
            level: 2,
            text: format!("Session {i}"),
            id: Some(format!("s-{i}")),
        });
        blocks.push(Block::Text {
            label: Some(l.native_name().into()),
            text: (*t).into(),
            lang: Some(*l),
        });
    }
    blocks.push(Block::Bars {
        caption: "مشاركون 参会".into(),
        label_header: "x".into(),
        count_header: "n".into(),
        rows: vec![("في الموقع".into(), 3), ("现场".into(), 5)],
    });
    blocks.push(Block::Refs {
        label: "C4".into(),
        refs: (0..6).map(|i| (i.to_string(), format!("s-{i}"))).collect(),
    });
    Document {
        lang,
        kicker: "World Summit on the Information Society".into(),
        title: "Outcome Document".into(),
        subtitle: vec!["Geneva".into()],
        contents: "Contents".into(),
        page_prefix: "p. ".into(),
        page_suffix: String::new(),
        blocks,
    }
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

#[test]
fn documents_in_every_language_set_every_script_with_its_font() {
    for lang in Language::ALL {
        let source = doc(lang).typst();
        assert!(
            source.contains("\"Meaningful connectivity for every person by 2030 #panic() x.\"")
        );
        let (runs, pages, warnings) = all_runs(&source);
        assert!(warnings.is_empty(), "{lang}: {warnings:?}");
        assert!(pages >= 3, "{lang}: {pages}");
        let (mut arabic, mut han) = (0, 0);
        for (family, text, glyphs) in &runs {
            assert!(
                !glyphs.contains(&0),
                "{lang}: .notdef in {text:?} ({family})"
            );
            if text.chars().any(is_arabic) {
                arabic += 1;
                assert_eq!(family, ARABIC_FAMILY, "{lang}: {text:?}");
            }
            if text.chars().any(is_han) {
                han += 1;
                assert_eq!(family, CJK_FAMILY, "{lang}: {text:?}");
            }
        }
        assert!(arabic > 0 && han > 0, "{lang}: {arabic} {han}");
        let (pdf, n) = wsis_docs::tree_pdf(&doc(lang)).unwrap();
        assert!(pdf.starts_with(b"%PDF-") && n == pages);
    }
}
