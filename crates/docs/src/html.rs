//! The report as one self-contained, accessible HTML page: an askama template
//! (`templates/report.html`, escaped like the site's pages) over the model the
//! PDF is built from.

use crate::model::{Chapter, EntryView, Model};
use crate::strings::Strings;
use askama::Template;

const CSS: &str = "body{font-family:'Noto Sans','Noto Naskh Arabic','Noto Sans CJK SC',sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}\
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .45rem;text-align:start}\
td.n{text-align:end}.bar{display:inline-block;height:.8rem;background:#2b6cb0}\
.matrix td,.matrix th{text-align:center;font-size:.85rem}a{color:#0b5cad}\
article{border-top:1px solid #ddd;padding:.3rem 0}.meta{color:#555}";

/// One bar of the entries-per-Action-Line chart.
struct Bar<'a> {
    code: &'a str,
    name: &'a str,
    count: usize,
    /// Width in rem, the longest bar 20.
    rem: f64,
}

/// A chapter with its entries looked up.
struct ChapterView<'a> {
    tag: &'static str,
    code: &'a str,
    name: &'a str,
    regions: &'a [(String, usize)],
    total: usize,
    entries: Vec<&'a EntryView>,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    m: &'a Model,
    s: &'static Strings,
    css: &'static str,
    bars: Vec<Bar<'a>>,
    /// The chapters, one section per Action Line (its sub-lines inside).
    sections: Vec<Vec<ChapterView<'a>>>,
}

fn chapter<'a>(m: &'a Model, c: &'a Chapter) -> ChapterView<'a> {
    ChapterView {
        tag: if c.level == 1 { "h2" } else { "h3" },
        code: &c.code,
        name: &c.name,
        regions: &c.regions,
        total: c.total,
        entries: c.entries.iter().map(|&i| &m.entries[i]).collect(),
    }
}

pub fn report_html(m: &Model) -> String {
    let longest = m
        .by_action_line
        .iter()
        .map(|a| a.2)
        .max()
        .unwrap_or(0)
        .max(1);
    let bars = m
        .by_action_line
        .iter()
        .map(|(code, name, n)| Bar {
            code,
            name,
            count: *n,
            rem: (*n as f64 / longest as f64 * 20.0 * 100.0).round() / 100.0,
        })
        .collect();
    let mut sections: Vec<Vec<ChapterView>> = Vec::new();
    for c in &m.chapters {
        match sections.last_mut() {
            Some(section) if c.level != 1 => section.push(chapter(m, c)),
            _ => sections.push(vec![chapter(m, c)]),
        }
    }
    ReportPage {
        m,
        s: m.s,
        css: CSS,
        bars,
        sections,
    }
    .render()
    .expect("the report template renders (its data cannot fail)")
}
