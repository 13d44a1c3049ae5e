//! The report as one self-contained, accessible HTML page.

use crate::model::Model;
use std::fmt::Write;

/// Escapes text for HTML element content and quoted attribute values.
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

const CSS: &str = "body{font-family:'Noto Sans','Noto Naskh Arabic','Noto Sans CJK SC',sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}\
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .45rem;text-align:start}\
td.n{text-align:end}.bar{display:inline-block;height:.8rem;background:#2b6cb0}\
.matrix td,.matrix th{text-align:center;font-size:.85rem}a{color:#0b5cad}\
article{border-top:1px solid #ddd;padding:.3rem 0}.meta{color:#555}";

pub fn report_html(m: &Model) -> String {
    let s = m.s;
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<header>\n<p>{}</p>\n<h1>{}</h1>\n</header>\n",
        m.lang.code(),
        m.lang.dir(),
        esc(&m.title),
        CSS,
        esc(s.summit),
        esc(&m.title)
    );

    // Contents.
    let _ = write!(
        h,
        "<nav aria-labelledby=\"toc\"><h2 id=\"toc\">{}</h2><ol>\n<li><a href=\"#intro\">{}</a></li>\n",
        esc(s.contents),
        esc(s.introduction)
    );
    for c in m.chapters.iter().filter(|c| c.level == 1) {
        let _ = writeln!(
            h,
            "<li><a href=\"#al-{}\">{} {}</a></li>",
            esc(&c.code),
            esc(&c.code),
            esc(&c.name)
        );
    }
    let _ = write!(
        h,
        "<li><a href=\"#index\">{}</a></li>\n<li><a href=\"#annex\">{}</a></li>\n</ol></nav>\n<main>\n",
        esc(s.index),
        esc(s.annex)
    );

    // Introduction and figures.
    let _ = write!(
        h,
        "<section id=\"intro\"><h2>{}</h2>\n<p>{}</p>\n<h3>{}</h3>\n<table>\n<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>\n<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>\n</table>\n<table><caption>{}</caption>\n",
        esc(s.introduction),
        esc(&m.intro),
        esc(s.figures),
        esc(s.entries),
        m.entries.len(),
        esc(s.countries),
        m.n_countries,
        esc(s.stakeholder_types)
    );
    for (n, k) in &m.stakeholders {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{k}</td></tr>",
            esc(n)
        );
    }
    h.push_str("</table>\n");
    let mx = m
        .by_action_line
        .iter()
        .map(|a| a.2)
        .max()
        .unwrap_or(0)
        .max(1);
    let _ = write!(
        h,
        "<h3 id=\"by-al\">{}</h3>\n<table aria-labelledby=\"by-al\">\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\"></th></tr>\n",
        esc(s.by_action_line),
        esc(s.action_line),
        esc(s.count)
    );
    for (code, name, n) in &m.by_action_line {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\"><abbr title=\"{}\">{}</abbr></th><td class=\"n\">{n}</td><td><span class=\"bar\" style=\"width:{}rem\" aria-hidden=\"true\"></span></td></tr>",
            esc(name),
            esc(code),
            (*n as f64 / mx as f64 * 20.0 * 100.0).round() / 100.0
        );
    }
    h.push_str("</table>\n");
    let _ = write!(
        h,
        "<h3 id=\"matrix\">{}</h3>\n<table class=\"matrix\" aria-labelledby=\"matrix\">\n<tr><th scope=\"col\">{}</th>",
        esc(s.matrix),
        esc(s.sdg_short)
    );
    for g in 1..=17 {
        let _ = write!(h, "<th scope=\"col\">{g}</th>");
    }
    h.push_str("</tr>\n");
    for (code, row) in &m.matrix {
        let _ = write!(h, "<tr><th scope=\"row\">{}</th>", esc(code));
        for n in row {
            let _ = write!(
                h,
                "<td>{}</td>",
                if *n == 0 {
                    String::new()
                } else {
                    n.to_string()
                }
            );
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n</section>\n");

    // Chapters.
    let mut open = false;
    for c in &m.chapters {
        if c.level == 1 {
            if open {
                h.push_str("</section>\n");
            }
            open = true;
            let _ = write!(h, "<section id=\"al-{}\">", esc(&c.code));
        }
        let tag = if c.level == 1 { "h2" } else { "h3" };
        let _ = writeln!(
            h,
            "<{tag} id=\"cat-{}\">{} {}</{tag}>",
            esc(&c.code),
            esc(&c.code),
            esc(&c.name)
        );
        if !c.regions.is_empty() {
            let _ = writeln!(
                h,
                "<table><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>",
                esc(s.region),
                esc(s.count)
            );
            for (r, n) in &c.regions {
                let _ = writeln!(
                    h,
                    "<tr><th scope=\"row\">{}</th><td class=\"n\">{n}</td></tr>",
                    esc(r)
                );
            }
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr></table>",
                esc(s.total),
                c.total
            );
        }
        if c.total == 0 {
            let _ = writeln!(h, "<p><em>{}</em></p>", esc(s.none));
        }
        if !c.entries.is_empty() {
            h.push_str("<ul>\n");
            for &i in &c.entries {
                let e = &m.entries[i];
                let _ = writeln!(
                    h,
                    "<li><a href=\"#e{}\">{}</a> <strong lang=\"{}\" dir=\"auto\">{}</strong> — {}{}</li>",
                    e.id,
                    e.id,
                    e.lang.code(),
                    esc(&e.title),
                    esc(&e.organisation),
                    if e.places.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " <span class=\"meta\">({})</span>",
                            esc(&e.places.join(", "))
                        )
                    }
                );
            }
            h.push_str("</ul>\n");
        }
    }
    if open {
        h.push_str("</section>\n");
    }

    // Index of countries.
    let _ = write!(h, "<section id=\"index\"><h2>{}</h2>\n<dl>\n", esc(s.index));
    for (name, ids) in &m.index {
        let links: Vec<String> = ids
            .iter()
            .map(|i| format!("<a href=\"#e{i}\">{i}</a>"))
            .collect();
        let _ = writeln!(h, "<dt>{}</dt><dd>{}</dd>", esc(name), links.join(", "));
    }
    h.push_str("</dl>\n</section>\n");

    // Annex.
    let _ = writeln!(h, "<section id=\"annex\"><h2>{}</h2>", esc(s.annex));
    for e in &m.entries {
        let als: Vec<&str> = e.action_lines.iter().map(|a| a.0.as_str()).collect();
        let sdgs: Vec<String> = e.sdgs.iter().map(|g| g.0.to_string()).collect();
        let _ = write!(
            h,
            "<article id=\"e{}\" lang=\"{}\" dir=\"{}\"><h3>{}. {}</h3>\n<dl class=\"meta\" lang=\"{}\" dir=\"{}\"><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd></dl>\n<p>{}</p></article>\n",
            e.id,
            e.lang.code(),
            e.lang.dir(),
            e.id,
            esc(&e.title),
            m.lang.code(),
            m.lang.dir(),
            esc(s.organisation),
            esc(&e.organisation),
            esc(s.countries),
            esc(&e.places.join(", ")),
            esc(s.action_lines),
            esc(&als.join(", ")),
            esc(s.sdgs),
            esc(&sdgs.join(", ")),
            esc(&e.excerpt)
        );
    }
    h.push_str("</section>\n</main>\n</body>\n</html>\n");
    h
}
