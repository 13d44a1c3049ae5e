//! A compiled document as a tree of blocks, independent of its format, and its two
//! renderings: Typst source (compiled to PDF with the embedded fonts) and one
//! self-contained, accessible HTML page. The forum's outcome documents (the Outcome
//! Document, the High-Level Track brief, the Action Lines report, the WSIS–SDG
//! Matrix) are built as such trees by the application layer, which knows what they
//! say; this module only knows how blocks look.
//!
//! Every text reaches Typst as a string literal ([`lit`]) and HTML escaped, so user
//! text never becomes markup. Anchors (`id`) are made here from the caller's ASCII
//! keys. Content written in another language than the document's is a [`Block::Text`]
//! with its own language: its own direction in both formats (Arabic right to left
//! inside a left-to-right document and the other way round).

use crate::markdown_to_paragraphs;
use crate::template::{fonts, lit};
use std::fmt::Write;
use wsis_domain::Language;

/// A document: its cover, its furniture, its blocks.
#[derive(Debug, Clone)]
pub struct Document {
    pub lang: Language,
    /// The line above the title on the cover ("World Summit on the Information Society").
    pub kicker: String,
    pub title: String,
    /// Lines under the title on the cover (edition, theme, dates and venue).
    pub subtitle: Vec<String>,
    /// The heading of the table of contents.
    pub contents: String,
    /// What comes before and after a page number in a reference ("p. 5").
    pub page_prefix: String,
    pub page_suffix: String,
    pub blocks: Vec<Block>,
}

/// One block of a document.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading (levels 1–3; levels 1 and 2 are in the table of contents). `id`:
    /// an anchor other blocks refer to (ASCII letters, digits and `-`).
    Heading {
        level: u8,
        text: String,
        id: Option<String>,
    },
    /// Text in `lang` (Markdown-like: paragraphs, lists flattened to paragraphs),
    /// set in that language's direction (`None`: a text of unknown language, whose
    /// direction follows its own letters in HTML); `label`, in the document's
    /// language, is set above it in bold.
    Text {
        label: Option<String>,
        text: String,
        lang: Option<Language>,
    },
    /// Label–value pairs in the document's language (values may be in any).
    Facts(Vec<(String, String)>),
    /// A table: its caption, column headings, rows; `numeric` columns end-aligned.
    Table {
        caption: String,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<bool>,
    },
    /// A horizontal bar chart of counts (a table underneath in HTML).
    Bars {
        caption: String,
        label_header: String,
        count_header: String,
        rows: Vec<(String, i64)>,
    },
    /// A heat map: rows × columns of counts, darker for more.
    Heat {
        caption: String,
        corner: String,
        columns: Vec<String>,
        rows: Vec<(String, Vec<i64>)>,
    },
    /// References to anchors: `label: a (p. 3), b (p. 9)`.
    Refs {
        label: String,
        refs: Vec<(String, String)>,
    },
    /// An emphasised note ("No outcome yet.").
    Note(String),
}

fn dir(lang: Language) -> &'static str {
    lang.dir()
}

/// A safe anchor from a caller's key: ASCII letters, digits and `-` only.
fn anchor(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn arr(items: impl IntoIterator<Item = String>) -> String {
    let v: Vec<String> = items.into_iter().collect();
    match v.len() {
        0 => "()".to_owned(),
        1 => format!("({},)", v[0]),
        _ => format!("({})", v.join(", ")),
    }
}

/// The colour of a heat-map cell holding `n` of at most `max` (white to dark blue).
fn heat_rgb(n: i64, max: i64) -> (u8, u8, u8) {
    if n <= 0 || max <= 0 {
        return (255, 255, 255);
    }
    let t = (n as f64 / max as f64).clamp(0.0, 1.0);
    let mix = |a: f64, b: f64| (a + (b - a) * (0.15 + 0.85 * t)).round() as u8;
    (mix(255.0, 23.0), mix(255.0, 76.0), mix(255.0, 140.0))
}

/// Whether text on a heat-map cell must be white to keep its contrast: when white
/// contrasts more with the cell's colour than black does (WCAG relative luminance).
fn heat_dark(n: i64, max: i64) -> bool {
    let (r, g, b) = heat_rgb(n, max);
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    // Contrast with white (1.05 / (l + 0.05)) against black ((l + 0.05) / 0.05).
    1.05 / (l + 0.05) > (l + 0.05) / 0.05
}

const PREAMBLE: &str = r##"
#set page(paper: "a4", margin: (x: 2cm, top: 2.2cm, bottom: 2.4cm), numbering: "1")
#set par(leading: 0.7em)
#show heading.where(level: 1): it => {
  pagebreak(weak: true)
  block(below: 1.1em, text(size: 16pt, it))
}
#show heading.where(level: 2): set text(size: 12.5pt)
#show heading.where(level: 3): set text(size: 10.5pt)
#show heading: set block(above: 1.3em, below: 0.8em)
#show link: set text(fill: rgb("#0b5cad"))
// A reference to a labelled heading, with its page, and an entry of the table of
// contents. Both take the same room whether the label is already laid out or not
// (the first of Typst's layout passes knows no page yet): a link to a label not yet
// laid out is left out of the first pass with everything around it, and the table
// of contents of `outline()` is empty in it; either changed the page count in the
// second pass and made Typst lay the document out a third time to confirm it.
// A reference is not broken across lines.
#let pref(id, body) = context {
  let q = query(label(id))
  let p = if q.len() > 0 { str(q.first().location().page()) } else { "00" }
  box({
    if q.len() > 0 { link(q.first().location(), body) } else { body }
    text(size: 0.85em, fill: luma(90), " (" + PP + p + PS + ")")
  })
}
#let toc(level, id, body) = context {
  let q = query(label(id))
  let entry = {
    body
    [ ]
    box(width: 1fr, repeat(gap: 0.15em)[.])
    box(width: 2.2em, align(end, if q.len() > 0 { str(q.first().location().page()) }))
  }
  // Level 2 indented at the start of the line (the right in Arabic).
  let indent = (level - 1) * 1.2em
  block(spacing: 0.65em, inset: if text.dir == rtl { (right: indent) } else { (left: indent) },
    if q.len() > 0 { link(q.first().location(), text(fill: luma(0), entry)) } else { entry })
}
#let content(lang, dir, label, paras) = block(width: 100%, spacing: 0.9em, {
  if label != none { block(spacing: 0.5em, strong(label)) }
  set text(lang: lang, dir: dir) if lang != auto
  for p in paras { par(p) }
})
#let bars(caption, rows) = block(breakable: false, {
  let mx = calc.max(1, ..rows.map(r => r.at(1)))
  strong(caption)
  v(0.3em)
  grid(
    columns: (auto, 1fr, 3em), column-gutter: 6pt, row-gutter: 4pt, align: horizon,
    ..rows.map(r => (
      text(size: 9pt, r.at(0)),
      rect(width: 100% * r.at(1) / mx, height: 9pt, fill: rgb("#2b6cb0"), stroke: none),
      text(size: 9pt, str(r.at(1))),
    )).flatten(),
  )
})
"##;

impl Document {
    /// The Typst source of the document.
    pub fn typst(&self) -> String {
        let mut s = String::with_capacity(64 * 1024);
        let _ = writeln!(s, "#set document(title: {})", lit(&self.title));
        let _ = writeln!(
            s,
            "#set text(font: {}, lang: {}, dir: {}, size: 10pt)",
            arr(fonts(self.lang).iter().map(|f| lit(f))),
            lit(self.lang.code()),
            dir(self.lang)
        );
        let _ = writeln!(
            s,
            "#let PP = {}\n#let PS = {}",
            lit(&self.page_prefix),
            lit(&self.page_suffix)
        );
        s.push_str(PREAMBLE);
        // The cover.
        let _ = writeln!(
            s,
            "#page(numbering: none, {{\n  v(22%)\n  text(size: 12pt, fill: luma(70), {})\n  v(0.8em)\n  block(text(size: 24pt, weight: \"bold\", {}))\n  v(1em)",
            lit(&self.kicker),
            lit(&self.title)
        );
        for line in &self.subtitle {
            let _ = writeln!(
                s,
                "  block(spacing: 0.6em, text(size: 12pt, {}))",
                lit(line)
            );
        }
        s.push_str("})\n");
        // The table of contents: headings of levels 1 and 2 (see `toc` above).
        let _ = writeln!(
            s,
            "#heading(level: 1, outlined: false, {})",
            lit(&self.contents)
        );
        for (i, b) in self.blocks.iter().enumerate() {
            if let Block::Heading { level, text, id } = b
                && *level <= 2
            {
                let _ = writeln!(
                    s,
                    "#toc({}, {}, {})",
                    level.clamp(&1, &2),
                    lit(&toc_label(i, id.as_deref())),
                    lit(text)
                );
            }
        }
        for (i, b) in self.blocks.iter().enumerate() {
            typst_block(&mut s, i, b);
        }
        s
    }

    /// The document as one self-contained HTML page.
    pub fn html(&self) -> String {
        let mut s = String::with_capacity(64 * 1024);
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<p>{}</p>\n<h1>{}</h1>\n",
            self.lang.code(),
            dir(self.lang),
            esc(&self.title),
            esc(&self.kicker),
            esc(&self.title)
        );
        for line in &self.subtitle {
            let _ = writeln!(s, "<p>{}</p>", esc(line));
        }
        s.push_str("</header>\n");
        // The table of contents: headings of levels 1 and 2 with an anchor.
        let _ = write!(
            s,
            "<nav aria-labelledby=\"toc\"><h2 id=\"toc\">{}</h2>\n<ol>",
            esc(&self.contents)
        );
        let mut open = false;
        for b in &self.blocks {
            if let Block::Heading {
                level,
                text,
                id: Some(id),
            } = b
            {
                match level {
                    1 => {
                        if open {
                            s.push_str("</ol></li>");
                        }
                        let _ =
                            write!(s, "\n<li><a href=\"#{}\">{}</a><ol>", anchor(id), esc(text));
                        open = true;
                    }
                    2 => {
                        let _ = write!(s, "<li><a href=\"#{}\">{}</a></li>", anchor(id), esc(text));
                    }
                    _ => {}
                }
            }
        }
        if open {
            s.push_str("</ol></li>");
        }
        s.push_str("\n</ol></nav>\n<main>\n");
        for b in &self.blocks {
            html_block(&mut s, b);
        }
        s.push_str("</main>\n</body>\n</html>\n");
        // Empty sub-lists of the contents are not lists.
        s.replace("<ol></ol>", "")
    }
}

/// The Typst label of the heading that is block `i`: its anchor, or (no anchor)
/// one made from its place, with a `_` that no anchor has.
fn toc_label(i: usize, id: Option<&str>) -> String {
    id.map_or_else(|| format!("h_{i}"), anchor)
}

/// Block `i` as Typst source.
fn typst_block(s: &mut String, i: usize, b: &Block) {
    match b {
        Block::Heading { level, text, id } => {
            let _ = writeln!(
                s,
                "#heading(level: {}, {})#label({})",
                level.clamp(&1, &3),
                lit(text),
                lit(&toc_label(i, id.as_deref()))
            );
        }
        Block::Text { label, text, lang } => {
            let paras = markdown_to_paragraphs(text);
            let _ = writeln!(
                s,
                "#content({}, {}, {}, {})",
                lang.map_or("auto".to_owned(), |l| lit(l.code())),
                lang.map_or("auto", dir),
                label.as_deref().map_or("none".to_owned(), lit),
                arr(paras.iter().map(|p| lit(p)))
            );
        }
        Block::Facts(rows) => {
            let cells = rows
                .iter()
                .map(|(k, v)| format!("strong({}), {}", lit(k), lit(v)))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                s,
                "#block(spacing: 0.8em, grid(columns: (auto, 1fr), column-gutter: 10pt, row-gutter: 5pt, {cells}))"
            );
        }
        Block::Table {
            caption,
            header,
            rows,
            numeric,
        } => {
            let align = arr((0..header.len()).map(|i| {
                if numeric.get(i).copied().unwrap_or(false) {
                    "end".to_owned()
                } else {
                    "start".to_owned()
                }
            }));
            let cells = rows
                .iter()
                .flat_map(|r| r.iter().map(|c| lit(c)))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                s,
                "#figure(kind: table, supplement: none, caption: {}, table(columns: {}, align: {align}, stroke: 0.4pt + luma(180), inset: 4pt, table.header({}), {cells}))",
                lit(caption),
                header.len().max(1),
                header
                    .iter()
                    .map(|h| format!("strong({})", lit(h)))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        Block::Bars { caption, rows, .. } => {
            let _ = writeln!(
                s,
                "#bars({}, {})",
                lit(caption),
                arr(rows.iter().map(|(l, n)| format!("({}, {n})", lit(l))))
            );
        }
        Block::Heat {
            caption,
            corner,
            columns,
            rows,
        } => {
            let max = rows
                .iter()
                .flat_map(|(_, v)| v.iter().copied())
                .max()
                .unwrap_or(0);
            let mut cells = Vec::new();
            for (label, values) in rows {
                cells.push(format!("strong({})", lit(label)));
                for &n in values {
                    let (r, g, b) = heat_rgb(n, max);
                    let fill = if heat_dark(n, max) { "white" } else { "black" };
                    let text = if n == 0 { String::new() } else { n.to_string() };
                    cells.push(format!(
                        "table.cell(fill: rgb({r}, {g}, {b}), text(fill: {fill}, {}))",
                        lit(&text)
                    ));
                }
            }
            let _ = writeln!(
                s,
                "#figure(kind: table, supplement: none, caption: {}, block(breakable: false, {{ set text(size: 7.5pt); table(columns: (auto,) + (1fr,) * {}, align: center + horizon, inset: 3pt, stroke: 0.4pt + luma(180), table.header(strong({})), {}) }}))",
                lit(caption),
                columns.len(),
                std::iter::once(lit(corner))
                    .chain(columns.iter().map(|c| lit(c)))
                    .collect::<Vec<_>>()
                    .join("), strong("),
                cells.join(", ")
            );
        }
        Block::Refs { refs, .. } if refs.is_empty() => {}
        Block::Refs { label, refs } => {
            let list = refs
                .iter()
                .map(|(text, id)| format!("pref({}, {})", lit(&anchor(id)), lit(text)))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                s,
                "#block(spacing: 0.6em, {{ set par(hanging-indent: 1.5em); strong({}); \": \"; ({list},).join(\", \") }})",
                lit(label)
            );
        }
        Block::Note(text) => {
            let _ = writeln!(s, "#emph({})\n", lit(text));
        }
    }
}

const CSS: &str = "body{font-family:'Noto Sans','Noto Naskh Arabic','Noto Sans CJK SC',sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}\
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .45rem;text-align:start}\
td.n{text-align:end}.bar{display:inline-block;height:.8rem;background:#2b6cb0}\
.heat td,.heat th{text-align:center;font-size:.85rem}a{color:#0b5cad}caption{text-align:start;font-weight:bold}\
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}\
.label{font-weight:bold;margin-bottom:0}.note{font-style:italic}";

/// HTML-escapes text (content and attribute values).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html_block(s: &mut String, b: &Block) {
    match b {
        Block::Heading { level, text, id } => {
            let l = level.clamp(&1, &3) + 1;
            match id {
                Some(id) => {
                    let _ = writeln!(s, "<h{l} id=\"{}\">{}</h{l}>", anchor(id), esc(text));
                }
                None => {
                    let _ = writeln!(s, "<h{l}>{}</h{l}>", esc(text));
                }
            }
        }
        Block::Text { label, text, lang } => {
            if let Some(l) = label {
                let _ = writeln!(s, "<p class=\"label\">{}</p>", esc(l));
            }
            match lang {
                Some(l) => {
                    let _ = write!(s, "<div lang=\"{}\" dir=\"{}\">", l.code(), dir(*l));
                }
                None => s.push_str("<div dir=\"auto\">"),
            }
            for p in markdown_to_paragraphs(text) {
                let _ = write!(s, "<p>{}</p>", esc(&p));
            }
            s.push_str("</div>\n");
        }
        Block::Facts(rows) => {
            s.push_str("<dl class=\"facts\">");
            for (k, v) in rows {
                let _ = write!(s, "<dt>{}</dt><dd>{}</dd>", esc(k), esc(v));
            }
            s.push_str("</dl>\n");
        }
        Block::Table {
            caption,
            header,
            rows,
            numeric,
        } => {
            let _ = write!(s, "<table><caption>{}</caption><tr>", esc(caption));
            for h in header {
                let _ = write!(s, "<th scope=\"col\">{}</th>", esc(h));
            }
            s.push_str("</tr>\n");
            for r in rows {
                s.push_str("<tr>");
                for (i, c) in r.iter().enumerate() {
                    if i == 0 {
                        let _ = write!(s, "<th scope=\"row\">{}</th>", esc(c));
                    } else if numeric.get(i).copied().unwrap_or(false) {
                        let _ = write!(s, "<td class=\"n\">{}</td>", esc(c));
                    } else {
                        let _ = write!(s, "<td>{}</td>", esc(c));
                    }
                }
                s.push_str("</tr>\n");
            }
            s.push_str("</table>\n");
        }
        Block::Bars {
            caption,
            label_header,
            count_header,
            rows,
        } => {
            let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
            let _ = writeln!(
                s,
                "<table><caption>{}</caption><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><td aria-hidden=\"true\"></td></tr>",
                esc(caption),
                esc(label_header),
                esc(count_header)
            );
            for (label, n) in rows {
                let rem = (*n as f64 / max as f64 * 20.0 * 100.0).round() / 100.0;
                let _ = writeln!(
                    s,
                    "<tr><th scope=\"row\">{}</th><td class=\"n\">{n}</td><td aria-hidden=\"true\"><span class=\"bar\" style=\"width:{rem}rem\"></span></td></tr>",
                    esc(label)
                );
            }
            s.push_str("</table>\n");
        }
        Block::Heat {
            caption,
            corner,
            columns,
            rows,
        } => {
            let max = rows
                .iter()
                .flat_map(|(_, v)| v.iter().copied())
                .max()
                .unwrap_or(0);
            let _ = write!(
                s,
                "<table class=\"heat\"><caption>{}</caption><tr><th scope=\"col\">{}</th>",
                esc(caption),
                esc(corner)
            );
            for c in columns {
                let _ = write!(s, "<th scope=\"col\">{}</th>", esc(c));
            }
            s.push_str("</tr>\n");
            for (label, values) in rows {
                let _ = write!(s, "<tr><th scope=\"row\">{}</th>", esc(label));
                for &n in values {
                    let (r, g, b) = heat_rgb(n, max);
                    let color = if heat_dark(n, max) { "#fff" } else { "#000" };
                    if n == 0 {
                        s.push_str("<td></td>");
                    } else {
                        let _ = write!(
                            s,
                            "<td style=\"background:rgb({r},{g},{b});color:{color}\">{n}</td>"
                        );
                    }
                }
                s.push_str("</tr>\n");
            }
            s.push_str("</table>\n");
        }
        Block::Refs { label, refs } => {
            let _ = write!(s, "<p><strong>{}</strong>: ", esc(label));
            for (i, (text, id)) in refs.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                let _ = write!(s, "<a href=\"#{}\">{}</a>", anchor(id), esc(text));
            }
            s.push_str("</p>\n");
        }
        Block::Note(text) => {
            let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            lang: Language::En,
            kicker: "World Summit on the Information Society".into(),
            title: "Outcome Document <2019>".into(),
            subtitle: vec!["Geneva, 8–12 April 2019".into()],
            contents: "Contents".into(),
            page_prefix: "p. ".into(),
            page_suffix: String::new(),
            blocks: vec![
                Block::Heading {
                    level: 1,
                    text: "Introduction".into(),
                    id: Some("intro".into()),
                },
                Block::Bars {
                    caption: "Participants".into(),
                    label_header: "Mode".into(),
                    count_header: "Number".into(),
                    rows: vec![("On site".into(), 30), ("Online".into(), 12)],
                },
                Block::Heading {
                    level: 2,
                    text: "Session 4: #panic() *x*".into(),
                    id: Some("s-4".into()),
                },
                Block::Text {
                    label: Some("Summary".into()),
                    text: "نص عربي.\n\nفقرة ثانية.".into(),
                    lang: Some(Language::Ar),
                },
                Block::Heat {
                    caption: "Matrix".into(),
                    corner: "SDG".into(),
                    columns: vec!["1".into(), "2".into()],
                    rows: vec![("C1".into(), vec![0, 4]), ("C2".into(), vec![1, 2])],
                },
                Block::Refs {
                    label: "C4".into(),
                    refs: vec![("4".into(), "s-4".into())],
                },
            ],
        }
    }

    #[test]
    fn the_typst_source_compiles_with_user_text_as_text() {
        let d = doc();
        let src = d.typst();
        assert!(src.contains("\"Session 4: #panic() *x*\""));
        let (laid, warnings) = crate::layout(&src).expect("compiles");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(laid.pages().len() >= 3, "cover, contents, body");
        let pdf = crate::document_pdf(&laid).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn the_html_is_escaped_with_content_in_its_own_direction() {
        let h = doc().html();
        assert!(h.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
        assert!(h.contains("<title>Outcome Document &lt;2019&gt;</title>"));
        assert!(h.contains("<div lang=\"ar\" dir=\"rtl\"><p>نص عربي.</p><p>فقرة ثانية.</p></div>"));
        assert!(h.contains("<li><a href=\"#intro\">Introduction</a><ol><li><a href=\"#s-4\">Session 4: #panic() *x*</a></li></ol></li>"));
        assert!(h.contains("<td class=\"n\">30</td>"));
        assert!(h.contains("<a href=\"#s-4\">4</a>"));
        // The darkest heat cell has white text; an empty one none.
        assert!(h.contains("color:#fff\">4</td>"));
        assert!(h.contains("<td></td>"));
    }

    #[test]
    fn heat_cells_keep_their_text_readable() {
        // Every shade keeps 4.5:1 with the colour of its text.
        for n in 0..=20 {
            let (r, g, b) = heat_rgb(n, 20);
            let lin = |c: u8| {
                let c = f64::from(c) / 255.0;
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            let l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
            let contrast = if heat_dark(n, 20) {
                1.05 / (l + 0.05)
            } else {
                (l + 0.05) / 0.05
            };
            assert!(contrast >= 4.5, "{n}: {contrast}");
        }
    }

    #[test]
    fn anchors_keep_only_safe_characters() {
        assert_eq!(anchor("al-C7.3"), "al-C7-3");
        assert_eq!(anchor("x\"><script>"), "x---script-");
    }
}
