mod common;

use common::{all_runs, entries, entry};
use std::io::Write;
use wsis_docs::*;
use wsis_domain::Language;

fn report(lang: Language, n: usize) -> StocktakingReport {
    StocktakingReport {
        year: 2025,
        lang,
        entries: entries(n),
    }
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{FB50}'..='\u{FEFF}').contains(&c)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3000}'..='\u{303F}').contains(&c)
}

#[test]
fn every_language_compiles_to_pdf_without_warnings() {
    for lang in Language::ALL {
        let r = report(lang, 14);
        let source = stocktaking_report_source(&r);
        let (_, pages, warnings) = all_runs(&source);
        assert!(warnings.is_empty(), "{lang}: {warnings:?}");
        assert!(pages >= 5, "{lang}: {pages} pages");
        let pdf = stocktaking_report_pdf(&r).unwrap();
        assert!(pdf.starts_with(b"%PDF"), "{lang}");
    }
}

#[test]
fn the_source_carries_localised_title_and_outline() {
    let fr = stocktaking_report_source(&report(Language::Fr, 3));
    assert!(fr.contains("Rapport sur l'inventaire du SMSI 2025"));
    assert!(fr.contains("#outline("));
    let ar = stocktaking_report_source(&report(Language::Ar, 3));
    assert!(ar.contains("dir: rtl"));
    assert!(ar.contains("تقرير حصر أنشطة القمة العالمية لمجتمع المعلومات"));
    // The fallback list always holds all three families.
    for lang in Language::ALL {
        let s = stocktaking_report_source(&report(lang, 1));
        for f in [LATIN_FAMILY, ARABIC_FAMILY, CJK_FAMILY] {
            assert!(s.contains(&format!("\"{f}\"")), "{lang} {f}");
        }
    }
}

/// Missing glyphs give no error in Typst, only .notdef boxes: check every
/// shaped run, and that Arabic and Chinese are set in the Noto fonts.
#[test]
fn arabic_and_chinese_are_shaped_with_their_fonts_and_no_glyph_is_missing() {
    for lang in Language::ALL {
        let (runs, _, _) = all_runs(&stocktaking_report_source(&report(lang, 12)));
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
        // Entries in Arabic and Chinese appear in every report.
        assert!(arabic > 0 && han > 0, "{lang}: {arabic} {han}");
    }
}

/// Needs `pdffonts` (Debian poppler-utils): `.ci/run` installs it and runs
/// the ignored tests of this crate.
#[test]
#[ignore = "needs pdffonts (poppler-utils); .ci/run installs it and runs this test"]
fn the_pdf_embeds_the_arabic_and_cjk_fonts() {
    let pdf = stocktaking_report_pdf(&report(Language::Ar, 12)).unwrap();
    let path = std::env::temp_dir().join(format!("wsis-docs-fonts-{}.pdf", std::process::id()));
    std::fs::File::create(&path)
        .unwrap()
        .write_all(&pdf)
        .unwrap();
    let out = std::process::Command::new("pdffonts")
        .arg(&path)
        .output()
        .expect("pdffonts is installed (poppler-utils)");
    let _ = std::fs::remove_file(&path);
    let list = String::from_utf8_lossy(&out.stdout);
    for name in ["NotoNaskhArabic", "NotoSansCJK", "NotoSans-"] {
        assert!(list.contains(name), "{name} not embedded:\n{list}");
    }
    assert!(!list.lines().skip(2).any(|l| l.contains(" no  ")), "{list}");
}

#[test]
fn user_text_is_literal_and_cannot_run_code() {
    let mut e = entry(0);
    let nasty = r##"#panic() *x* [y] $z$ <l> @r _u_ \ "q" // c"##;
    e.data.title = nasty.to_owned();
    e.data.organisation = "#set page(width: 1cm)".to_owned();
    e.data.description = "Text with `#import \"x.typ\"` and ] ) } /* unclosed".to_owned();
    let r = StocktakingReport {
        year: 2025,
        lang: Language::En,
        entries: vec![e],
    };
    let source = stocktaking_report_source(&r);
    let (runs, _, warnings) = all_runs(&source);
    assert!(warnings.is_empty(), "{warnings:?}");
    let all: String = runs.iter().map(|r| r.1.as_str()).collect::<String>();
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    assert!(squash(&all).contains(&squash(nasty)), "{all}");
    assert!(squash(&all).contains(&squash("#set page(width: 1cm)")));
    assert!(squash(&all).contains(&squash("#import \"x.typ\"")));
    assert!(stocktaking_report_pdf(&r).unwrap().starts_with(b"%PDF"));

    let html = stocktaking_report_html(&StocktakingReport {
        entries: vec![{
            let mut e = entry(2);
            e.data.title = "<script>alert('x')</script> & co".into();
            e
        }],
        ..r
    });
    assert!(!html.contains("<script>"));
    // Escaped as the site's pages are (askama's numeric references).
    assert!(
        html.contains("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; co"),
        "{html}"
    );
}

#[test]
fn html_is_localised_and_directional() {
    let r = report(Language::Ar, 8);
    let html = stocktaking_report_html(&r);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("تقرير حصر أنشطة القمة العالمية لمجتمع المعلومات لعام 2025"));
    // Entries carry their own language and direction.
    assert!(html.contains("lang=\"zh\" dir=\"ltr\""));
    for e in &r.entries {
        assert!(html.contains(&format!("id=\"e{}\"", e.id)));
    }
}

#[test]
fn success_stories_show_full_descriptions_and_links() {
    let picked = vec![entry(1), entry(2), entry(4)];
    let source = success_stories_source(2025, Language::Zh, &picked);
    let (runs, pages, warnings) = all_runs(&source);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(pages >= 4, "{pages}");
    let all: String = runs.iter().map(|r| r.1.as_str()).collect();
    assert!(all.contains("https://example.org/activity/4"));
    assert!(
        all.contains("https://example.org/tools"),
        "link from the Markdown"
    );
    assert!(all.contains("合作伙伴共享开源工具"), "full description");
    let pdf = success_stories_pdf(2025, Language::Zh, &picked).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn an_empty_report_still_compiles() {
    let pdf = stocktaking_report_pdf(&report(Language::Ru, 0)).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}

/// Writes the reports to `$WSIS_DOCS_OUT` for looking at them.
#[test]
fn write_samples_when_asked() {
    let Ok(dir) = std::env::var("WSIS_DOCS_OUT") else {
        return;
    };
    for lang in Language::ALL {
        let pdf = stocktaking_report_pdf(&report(lang, 30)).unwrap();
        std::fs::write(format!("{dir}/report-{lang}.pdf"), pdf).unwrap();
        std::fs::write(
            format!("{dir}/report-{lang}.html"),
            stocktaking_report_html(&report(lang, 30)),
        )
        .unwrap();
    }
    let pdf = success_stories_pdf(2025, Language::Ar, &entries(3)).unwrap();
    std::fs::write(format!("{dir}/stories-ar.pdf"), pdf).unwrap();
}

#[test]
#[ignore = "slow in debug builds; run with --release"]
fn a_report_of_1100_entries_compiles() {
    let r = report(Language::En, 1100);
    let t = std::time::Instant::now();
    let source = stocktaking_report_source(&r);
    let (doc, warnings) = layout(&source).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let pages = doc.pages().len();
    let pdf = document_pdf(&doc).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    eprintln!(
        "1100 entries: {pages} pages, {} bytes, {:.1} s (layout + compile)",
        pdf.len(),
        t.elapsed().as_secs_f64()
    );
}

fn badge(lang: Language, name: &str, organisation: &str) -> Badge {
    Badge {
        lang,
        event: "WSIS Forum 2019".into(),
        dates: "8 أبريل 2019 – 12 أبريل 2019".into(),
        venue: "ITU headquarters and CICG, Geneva".into(),
        name: name.into(),
        organisation: format!(
            "{organisation} – Ministry of Posts, Telecommunications and Information Technology"
        ),
        details: "Member state · On site".into(),
        code: "W2019-0123456789ABCDEF0123".into(),
        qr_svg: r##"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5" fill="#000"/></svg>"##.into(),
    }
}

#[test]
fn a_badge_is_one_page_with_every_script_shaped_and_quotes_kept_literal() {
    for (lang, name, org) in [
        (Language::En, "Ana \"Ruiz\" #set", "UNESCO"),
        (Language::Ar, "فاطمة الزهراء", "وزارة الاتصالات"),
        (Language::Zh, "李伟", "中国信息通信研究院"),
    ] {
        let b = badge(lang, name, org);
        let source = badge_source(&b);
        let (runs, pages, warnings) = all_runs(&source);
        assert!(warnings.is_empty(), "{lang}: {warnings:?}");
        assert_eq!(pages, 1, "{lang}");
        for (family, text, glyphs) in &runs {
            assert!(
                !glyphs.contains(&0),
                "{lang}: .notdef in {text:?} ({family})"
            );
        }
        let shown: String = runs.iter().map(|r| r.1.as_str()).collect();
        assert!(
            shown.contains(name.split(' ').next().unwrap()),
            "{lang}: {shown}"
        );
        assert!(badge_pdf(&b).unwrap().starts_with(b"%PDF"));
    }
}
