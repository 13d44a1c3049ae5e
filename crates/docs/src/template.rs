//! Typst source: a data dictionary (every user text a string literal) and a
//! fixed template that lays it out.

use crate::model::{EntryView, Model};
use crate::world::{ARABIC_FAMILY, CJK_FAMILY, LATIN_FAMILY};
use std::fmt::Write;
use wsis_domain::Language;

/// A Typst string literal: the text appears literally, whatever it holds.
pub fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn arr<I: IntoIterator<Item = String>>(items: I) -> String {
    let v: Vec<String> = items.into_iter().collect();
    match v.len() {
        0 => "()".to_owned(),
        1 => format!("({},)", v[0]),
        _ => format!("({})", v.join(", ")),
    }
}

fn lits<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    arr(items.into_iter().map(|s| lit(s)))
}

/// Font fallback list: the report language's script first, and always all
/// three families so that entries in any of the six languages have glyphs.
pub fn fonts(lang: Language) -> [&'static str; 3] {
    match lang {
        Language::Ar => [ARABIC_FAMILY, LATIN_FAMILY, CJK_FAMILY],
        Language::Zh => [CJK_FAMILY, LATIN_FAMILY, ARABIC_FAMILY],
        _ => [LATIN_FAMILY, ARABIC_FAMILY, CJK_FAMILY],
    }
}

fn dir(lang: Language) -> &'static str {
    if lang == Language::Ar { "rtl" } else { "ltr" }
}

fn entry_dict(e: &EntryView) -> String {
    format!(
        "(id: {}, title: {}, lang: {}, dir: {}, org: {}, partners: {}, stakeholder: {}, coverage: {}, places: {}, als: {}, sdgs: {}, period: {}, paras: {}, excerpt: {}, links: {})",
        e.id,
        lit(&e.title),
        lit(e.lang.code()),
        dir(e.lang),
        lit(&e.organisation),
        lits(&e.partners),
        lit(&e.stakeholder),
        lit(&e.coverage),
        lits(&e.places),
        arr(e.action_lines.iter().map(|(c, n, r)| format!(
            "(code: {}, name: {}, why: {})",
            lit(c),
            lit(n),
            lit(r)
        ))),
        arr(e.sdgs.iter().map(|(g, n, t, r)| format!(
            "(goal: {g}, name: {}, targets: {}, why: {})",
            lit(n),
            lits(t),
            lit(r)
        ))),
        lit(&e.period),
        lits(&e.paragraphs),
        lit(&e.excerpt),
        lits(&e.links),
    )
}

fn data(m: &Model, title: &str, intro: &str) -> String {
    let s = m.s;
    let mut d = String::new();
    d.push_str("#let D = (\n");
    let _ = writeln!(d, "  lang: {}, dir: {},", lit(m.lang.code()), dir(m.lang));
    let _ = writeln!(d, "  fonts: {},", arr(fonts(m.lang).iter().map(|f| lit(f))));
    let _ = writeln!(
        d,
        "  year: {}, title: {}, intro: {},",
        m.year,
        lit(title),
        lit(intro)
    );
    let t = [
        ("summit", s.summit),
        ("contents", s.contents),
        ("introduction", s.introduction),
        ("figures", s.figures),
        ("entries", s.entries),
        ("countries", s.countries),
        ("stakeholder_types", s.stakeholder_types),
        ("by_action_line", s.by_action_line),
        ("matrix", s.matrix),
        ("action_line", s.action_line),
        ("sdg_short", s.sdg_short),
        ("by_region", s.by_region),
        ("region", s.region),
        ("count", s.count),
        ("total", s.total),
        ("index", s.index),
        ("annex", s.annex),
        ("organisation", s.organisation),
        ("action_lines", s.action_lines),
        ("sdgs", s.sdgs),
        ("pp", s.page_prefix),
        ("ps", s.page_suffix),
        ("noentries", s.none),
        ("description", s.description),
        ("links", s.links),
        ("partners", s.partners),
        ("stakeholder", s.stakeholder),
        ("coverage", s.coverage),
        ("period", s.period),
        ("entry", s.entry),
    ];
    let _ = writeln!(
        d,
        "  t: ({}),",
        t.iter()
            .map(|(k, v)| format!("{k}: {}", lit(v)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        d,
        "  n_entries: {}, n_countries: {},",
        m.entries.len(),
        m.n_countries
    );
    let _ = writeln!(
        d,
        "  stakeholders: {},",
        arr(m
            .stakeholders
            .iter()
            .map(|(n, c)| format!("({}, {c})", lit(n))))
    );
    let _ = writeln!(
        d,
        "  al: {},",
        arr(m.by_action_line.iter().map(|(c, n, k)| format!(
            "(code: {}, name: {}, n: {k})",
            lit(c),
            lit(n)
        )))
    );
    let _ = writeln!(
        d,
        "  matrix: {},",
        arr(m.matrix.iter().map(|(c, row)| format!(
            "(code: {}, counts: {})",
            lit(c),
            arr(row.iter().map(|n| n.to_string()))
        )))
    );
    let _ = writeln!(
        d,
        "  chapters: {},",
        arr(m.chapters.iter().map(|c| format!(
            "(level: {}, code: {}, name: {}, total: {}, regions: {}, entries: {})",
            c.level,
            lit(&c.code),
            lit(&c.name),
            c.total,
            arr(c.regions.iter().map(|(n, k)| format!("({}, {k})", lit(n)))),
            arr(c.entries.iter().map(|i| i.to_string()))
        )))
    );
    let _ = writeln!(
        d,
        "  index: {},",
        arr(m.index.iter().map(|(n, ids)| format!(
            "(name: {}, ids: {})",
            lit(n),
            arr(ids.iter().map(|i| i.to_string()))
        )))
    );
    d.push_str("  entries: (\n");
    for e in &m.entries {
        d.push_str("    ");
        d.push_str(&entry_dict(e));
        d.push_str(",\n");
    }
    d.push_str("  ),\n)\n");
    d
}

const PREAMBLE: &str = r##"
#let T = D.t
#set document(title: D.title)
#set page(paper: "a4", margin: (x: 2cm, top: 2.2cm, bottom: 2.4cm), numbering: "1")
#set text(font: D.fonts, lang: D.lang, dir: D.dir, size: 10pt)
#set par(leading: 0.7em)
#show heading.where(level: 1): it => {
  pagebreak(weak: true)
  block(below: 1.1em, text(size: 16pt, it))
}
#show heading.where(level: 2): set text(size: 12.5pt)
#show heading: set block(above: 1.3em, below: 0.8em)
#show link: set text(fill: rgb("#0b5cad"))
#let elabel(id) = label("e" + str(id))
#let eref(id) = {
  link(elabel(id), str(id))
  context {
    let p = locate(elabel(id)).page()
    text(size: 0.85em, fill: luma(90), " (" + T.pp + str(p) + T.ps + ")")
  }
}
#let etext(e, body) = text(lang: e.lang, body)
#let eblock(e, body) = block(width: 100%, {
  set text(lang: e.lang, dir: e.dir)
  body
})
#let cover(title) = page(numbering: none, {
  v(22%)
  text(size: 12pt, fill: luma(70), T.summit)
  v(0.8em)
  block(text(size: 26pt, weight: "bold", title))
  v(1fr)
  line(length: 100%, stroke: 0.5pt + luma(150))
  text(size: 11pt, T.entries + ": " + str(D.n_entries))
})
#let facts(rows) = grid(
  columns: (auto, 1fr), column-gutter: 10pt, row-gutter: 5pt,
  ..rows.filter(r => r.at(1) != none).map(r => (strong(r.at(0)), r.at(1))).flatten()
)
"##;

const REPORT: &str = r##"
#cover(D.title)
#outline(title: T.contents, depth: 2)

= #T.introduction
#D.intro

#heading(level: 2, T.figures)
#table(
  columns: (1fr, auto), stroke: 0.4pt + luma(180), inset: 5pt,
  T.entries, str(D.n_entries),
  T.countries, str(D.n_countries),
  table.cell(colspan: 2, strong(T.stakeholder_types)),
  ..D.stakeholders.map(s => (s.at(0), str(s.at(1)))).flatten(),
)

#heading(level: 2, T.by_action_line)
#{
  let mx = calc.max(1, ..D.al.map(a => a.n))
  grid(
    columns: (auto, 1fr, 2.2em), column-gutter: 6pt, row-gutter: 4pt, align: horizon,
    ..D.al.map(a => (
      text(size: 9pt, a.code),
      rect(width: 100% * a.n / mx, height: 9pt, fill: rgb("#2b6cb0"), stroke: none),
      text(size: 9pt, str(a.n)),
    )).flatten(),
  )
  v(0.6em)
  set text(size: 8pt)
  grid(columns: (auto, 1fr), column-gutter: 6pt, row-gutter: 3pt,
    ..D.al.map(a => (a.code, a.name)).flatten())
}

#heading(level: 2, T.matrix)
#block(breakable: false, {
  set text(size: 7.5pt)
  table(
    columns: (auto,) + (1fr,) * 17, align: center + horizon, inset: 3pt,
    stroke: 0.4pt + luma(180),
    table.header(strong(T.sdg_short), ..range(1, 18).map(n => strong(str(n)))),
    ..D.matrix.map(r => (strong(r.code),) + r.counts.map(c => if c == 0 { "" } else { str(c) })).flatten(),
  )
})

#for ch in D.chapters {
  heading(level: ch.level, ch.code + " " + ch.name)
  if ch.regions.len() > 0 {
    block(breakable: false, table(
      columns: (1fr, auto), stroke: 0.4pt + luma(180), inset: 4pt,
      table.header(strong(T.region), strong(T.count)),
      ..ch.regions.map(r => (r.at(0), str(r.at(1)))).flatten(),
      strong(T.total), strong(str(ch.total)),
    ))
  }
  if ch.total == 0 { emph(T.noentries) }
  for i in ch.entries {
    let e = D.entries.at(i)
    block(spacing: 0.7em, {
      eref(e.id)
      h(0.6em)
      etext(e, strong(e.title))
      " — "
      e.org
      if e.places.len() > 0 { text(fill: luma(70), " (" + e.places.join(", ") + ")") }
    })
  }
}

= #T.index
#{
  set par(hanging-indent: 1.5em)
  if D.index.len() == 0 { emph(T.noentries) }
  for c in D.index {
    block(spacing: 0.6em, {
      strong(c.name)
      ": "
      c.ids.map(eref).join(", ")
    })
  }
}

= #T.annex
#for e in D.entries [
  #heading(level: 2, outlined: false, bookmarked: false, etext(e, str(e.id) + ". " + e.title))#elabel(e.id)
  #set text(size: 9pt)
  #facts((
    (T.organisation, e.org),
    (T.countries, if e.places.len() > 0 { e.places.join(", ") }),
    (T.action_lines, if e.als.len() > 0 { e.als.map(a => a.code).join(", ") }),
    (T.sdgs, if e.sdgs.len() > 0 { e.sdgs.map(g => str(g.goal)).join(", ") }),
  ))
  #eblock(e, e.excerpt)
]
"##;

const STORIES: &str = r##"
#cover(D.title)
#D.intro

#outline(title: T.contents, depth: 1)

#for e in D.entries [
  #heading(level: 1, etext(e, e.title))#elabel(e.id)
  #facts((
    (T.entry, str(e.id)),
    (T.organisation, e.org),
    (T.partners, if e.partners.len() > 0 { e.partners.join(", ") }),
    (T.stakeholder, e.stakeholder),
    (T.coverage, e.coverage),
    (T.countries, if e.places.len() > 0 { e.places.join(", ") }),
    (T.period, if e.period != "" { e.period }),
  ))
  #if e.als.len() > 0 [
    #heading(level: 2, T.action_lines)
    #for a in e.als {
      block(spacing: 0.7em, {
        strong(a.code + " " + a.name)
        if a.why != "" { linebreak(); etext(e, a.why) }
      })
    }
  ]
  #if e.sdgs.len() > 0 [
    #heading(level: 2, T.sdgs)
    #for g in e.sdgs {
      block(spacing: 0.7em, {
        strong(T.sdg_short + " " + str(g.goal) + ": " + g.name)
        if g.targets.len() > 0 { " (" + g.targets.join(", ") + ")" }
        if g.why != "" { linebreak(); etext(e, g.why) }
      })
    }
  ]
  #heading(level: 2, T.description)
  #eblock(e, e.paras.map(par).join())
  #if e.links.len() > 0 [
    #heading(level: 2, T.links)
    #for u in e.links { block(spacing: 0.6em, link(u, u)) }
  ]
]
"##;

pub fn report_source(m: &Model) -> String {
    let mut s = data(m, &m.title, &m.intro);
    s.push_str(PREAMBLE);
    s.push_str(REPORT);
    s
}

pub fn stories_source(m: &Model) -> String {
    let mut s = data(m, &m.stories_title, &m.stories_intro);
    s.push_str(PREAMBLE);
    s.push_str(STORIES);
    s
}

#[cfg(test)]
mod tests {
    use super::lit;

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(lit(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(lit("x\ny\u{7}"), "\"x\\ny\\u{7}\"");
        assert_eq!(lit("#panic() *x*"), "\"#panic() *x*\"");
    }
}
