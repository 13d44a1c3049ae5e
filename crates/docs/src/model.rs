//! What the publications show, computed once from the entries and laid out
//! by both the Typst template and the HTML page.

use crate::ReportEntry;
use crate::strings::{Strings, strings};
use std::collections::{BTreeMap, BTreeSet};
use wsis_domain::Language;
use wsis_domain::stocktaking::CoverageKind;
use wsis_domain::taxonomy::{StakeholderType, action_lines, countries, sdg};

pub struct EntryView {
    pub id: i64,
    pub title: String,
    pub lang: Language,
    pub organisation: String,
    pub partners: Vec<String>,
    pub stakeholder: String,
    pub coverage: String,
    /// Country names, region names or the coverage label.
    pub places: Vec<String>,
    pub action_lines: Vec<(String, String, String)>, // code, name, rationale
    pub sdgs: Vec<(u8, String, Vec<String>, String)>, // goal, name, targets, rationale
    pub period: String,
    pub paragraphs: Vec<String>,
    pub excerpt: String,
    pub links: Vec<String>,
}

pub struct Chapter {
    pub level: u8,
    pub code: String,
    pub name: String,
    /// (region label, count), non-zero only, in a fixed order.
    pub regions: Vec<(String, usize)>,
    pub total: usize,
    /// Indices into `Model::entries`.
    pub entries: Vec<usize>,
}

pub struct Model {
    pub lang: Language,
    pub s: &'static Strings,
    pub year: i64,
    pub title: String,
    pub stories_title: String,
    pub intro: String,
    pub stories_intro: String,
    pub n_countries: usize,
    pub stakeholders: Vec<(String, usize)>,
    /// Entries per Action Line (C1–C11, C7 including its sub-lines).
    pub by_action_line: Vec<(String, String, usize)>,
    /// Action Line × SDG 1–17 counts.
    pub matrix: Vec<(String, [usize; 17])>,
    pub chapters: Vec<Chapter>,
    /// Country name → entry ids.
    pub index: Vec<(String, Vec<i64>)>,
    pub entries: Vec<EntryView>,
}

const EXCERPT_CHARS: usize = 300;

impl Model {
    pub fn build(year: i64, lang: Language, input: &[ReportEntry]) -> Model {
        let s = strings(lang);
        let entries: Vec<EntryView> = input.iter().map(|e| view(e, lang, s)).collect();

        let mut country_set = BTreeSet::new();
        let mut index: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for e in input {
            for c in &e.data.countries {
                let name = countries::country(c)
                    .map(|c| c.names.get(lang).clone())
                    .unwrap_or_else(|| c.clone());
                country_set.insert(c.to_uppercase());
                let ids = index.entry(name).or_default();
                if !ids.contains(&e.id) {
                    ids.push(e.id);
                }
            }
        }

        let stakeholders = StakeholderType::ALL
            .iter()
            .map(|t| {
                let n = input
                    .iter()
                    .filter(|e| e.data.stakeholder_type == *t)
                    .count();
                (t.name().get(lang).to_string(), n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();

        let codes: Vec<Vec<String>> = input.iter().map(|e| e.data.action_line_codes()).collect();
        let by_action_line = action_lines::ACTION_LINES
            .iter()
            .map(|a| {
                let n = codes
                    .iter()
                    .filter(|c| c.iter().any(|c| c == a.code))
                    .count();
                (a.code.to_owned(), a.name.get(lang).to_string(), n)
            })
            .collect();
        let matrix = action_lines::ACTION_LINES
            .iter()
            .map(|a| {
                let mut row = [0usize; 17];
                for (e, c) in input.iter().zip(&codes) {
                    if c.iter().any(|c| c == a.code) {
                        let goals: BTreeSet<u8> = e.data.sdgs.iter().map(|s| s.goal).collect();
                        for g in goals {
                            if (1..=17).contains(&g) {
                                row[g as usize - 1] += 1;
                            }
                        }
                    }
                }
                (a.code.to_owned(), row)
            })
            .collect();

        let mut chapters = Vec::new();
        for a in action_lines::ACTION_LINES.iter() {
            let subs: Vec<_> = action_lines::sublines(a.code).collect();
            // Entries linked to the line itself (for C7: not to a sub-line).
            let direct: Vec<usize> = (0..input.len())
                .filter(|&i| {
                    let links = &input[i].data.action_lines;
                    if subs.is_empty() {
                        codes[i].iter().any(|c| c == a.code)
                    } else {
                        links.iter().any(|l| l.code == a.code)
                            && !links
                                .iter()
                                .any(|l| l.code.starts_with(&format!("{}.", a.code)))
                    }
                })
                .collect();
            let all: Vec<usize> = (0..input.len())
                .filter(|&i| codes[i].iter().any(|c| c == a.code))
                .collect();
            chapters.push(Chapter {
                level: 1,
                code: a.code.to_owned(),
                name: a.name.get(lang).to_string(),
                regions: regions(input, &all, lang, s),
                total: all.len(),
                entries: direct,
            });
            for sub in subs {
                let these: Vec<usize> = (0..input.len())
                    .filter(|&i| {
                        input[i]
                            .data
                            .action_lines
                            .iter()
                            .any(|l| l.code == sub.code)
                    })
                    .collect();
                chapters.push(Chapter {
                    level: 2,
                    code: sub.code.to_owned(),
                    name: sub.name.get(lang).to_string(),
                    regions: regions(input, &these, lang, s),
                    total: these.len(),
                    entries: these,
                });
            }
        }

        Model {
            lang,
            s,
            year,
            title: Strings::with_year(s.report_title, year),
            stories_title: Strings::with_year(s.stories_title, year),
            intro: Strings::with_year(s.intro_text, year),
            stories_intro: Strings::with_year(s.stories_intro, year),
            n_countries: country_set.len(),
            stakeholders,
            by_action_line,
            matrix,
            chapters,
            index: index.into_iter().collect(),
            entries,
        }
    }
}

/// Entries by ITU region (national entries, once per region of their
/// countries), then regional and international entries.
fn regions(
    input: &[ReportEntry],
    which: &[usize],
    lang: Language,
    s: &Strings,
) -> Vec<(String, usize)> {
    let itu = countries::itu_regions();
    let mut counts = vec![0usize; itu.len() + 2];
    for &i in which {
        let d = &input[i].data;
        match d.coverage {
            CoverageKind::Regional => counts[itu.len()] += 1,
            CoverageKind::International => counts[itu.len() + 1] += 1,
            CoverageKind::National => {
                let mut seen = BTreeSet::new();
                for c in &d.countries {
                    if let Some(r) = countries::country(c).and_then(|c| c.itu_region.clone()) {
                        seen.insert(r);
                    }
                }
                for (k, r) in itu.iter().enumerate() {
                    if seen.contains(&r.code) {
                        counts[k] += 1;
                    }
                }
            }
        }
    }
    let mut out: Vec<(String, usize)> = itu
        .iter()
        .zip(&counts)
        .map(|(r, n)| (r.names.get(lang).clone(), *n))
        .collect();
    out.push((s.regional.to_owned(), counts[itu.len()]));
    out.push((s.international.to_owned(), counts[itu.len() + 1]));
    out.retain(|(_, n)| *n > 0);
    out
}

fn view(e: &ReportEntry, lang: Language, s: &Strings) -> EntryView {
    let d = &e.data;
    let (title, description, text_lang) = d.text_in(lang);
    let paragraphs = markdown_to_paragraphs(description);
    let places = match d.coverage {
        CoverageKind::National => d
            .countries
            .iter()
            .map(|c| {
                countries::country(c)
                    .map(|c| c.names.get(lang).clone())
                    .unwrap_or_else(|| c.clone())
            })
            .collect(),
        CoverageKind::Regional => {
            let mut v: Vec<String> = d
                .regions
                .iter()
                .map(|r| {
                    countries::m49_region(r)
                        .map(|r| r.names.get(lang).clone())
                        .unwrap_or_else(|| r.clone())
                })
                .collect();
            if v.is_empty() {
                v.push(s.regional.to_owned());
            }
            v
        }
        CoverageKind::International => vec![s.international.to_owned()],
    };
    let coverage = match d.coverage {
        CoverageKind::National => s.national.to_owned(),
        CoverageKind::Regional => s.regional.to_owned(),
        CoverageKind::International => s.international.to_owned(),
    };
    let action_lines = d
        .action_lines
        .iter()
        .map(|l| {
            let name = action_lines::category(&l.code)
                .map(|c| c.name.get(lang).to_string())
                .or_else(|| {
                    action_lines::action_line(&l.code).map(|a| a.name.get(lang).to_string())
                })
                .unwrap_or_default();
            (l.code.clone(), name, l.rationale.clone())
        })
        .collect();
    let sdgs = d
        .sdgs
        .iter()
        .map(|g| {
            let name = sdg::goal(g.goal)
                .map(|x| x.short.get(lang).clone())
                .unwrap_or_default();
            (g.goal, name, g.targets.clone(), g.rationale.clone())
        })
        .collect();
    let mut links: Vec<String> = Vec::new();
    if let Some(w) = d.website.as_deref().filter(|w| !w.trim().is_empty()) {
        links.push(w.trim().to_owned());
    }
    for l in markdown_links(description) {
        if !links.contains(&l) {
            links.push(l);
        }
    }
    let period = match (&d.start_date, &d.end_date) {
        (Some(a), Some(b)) => format!("{a} – {b}"),
        (Some(a), None) => format!("{a} –"),
        (None, Some(b)) => format!("– {b}"),
        (None, None) => String::new(),
    };
    EntryView {
        id: e.id,
        title: title.trim().to_owned(),
        lang: text_lang,
        organisation: d.organisation.clone(),
        partners: d.partners.clone(),
        stakeholder: d.stakeholder_type.name().get(lang).to_string(),
        coverage,
        places,
        action_lines,
        sdgs,
        period,
        excerpt: excerpt(&paragraphs.join(" "), EXCERPT_CHARS),
        paragraphs,
        links,
    }
}

fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > max / 2 => cut[..i].to_owned(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

/// URLs of Markdown links and bare `http(s)://` URLs, in order.
fn markdown_links(md: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |u: &str| {
        let u = u.trim_end_matches(['.', ',', ';', ')', '>', '"', '\'']);
        if (u.starts_with("http://") || u.starts_with("https://"))
            && u.len() > 8
            && !out.iter().any(|x| x == u)
        {
            out.push(u.to_owned());
        }
    };
    for (i, _) in md.match_indices("](") {
        let rest = &md[i + 2..];
        if let Some(end) = rest.find(')') {
            push(rest[..end].split_whitespace().next().unwrap_or(""));
        }
    }
    for word in md.split(|c: char| c.is_whitespace() || c == '(' || c == '<' || c == '[') {
        if word.starts_with("http://") || word.starts_with("https://") {
            push(word);
        }
    }
    out
}

/// Markdown → plain-text paragraphs (a simple approach: block markers,
/// emphasis, code ticks and link targets are dropped; link texts kept).
pub fn markdown_to_paragraphs(md: &str) -> Vec<String> {
    let mut paras = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, paras: &mut Vec<String>| {
        let t = cur.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            paras.push(t);
        }
        cur.clear();
    };
    for line in md.lines() {
        let mut l = line.trim();
        if l.is_empty() || l.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | ' ')) {
            flush(&mut cur, &mut paras);
            continue;
        }
        let is_heading = l.starts_with('#');
        l = l.trim_start_matches('#').trim_start();
        while let Some(r) = l.strip_prefix('>') {
            l = r.trim_start();
        }
        let is_item = if let Some(r) = l
            .strip_prefix("- ")
            .or_else(|| l.strip_prefix("* "))
            .or_else(|| l.strip_prefix("+ "))
        {
            l = r;
            true
        } else {
            let digits = l.chars().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 && (l[digits..].starts_with(". ") || l[digits..].starts_with(") ")) {
                l = l[digits + 2..].trim_start();
                true
            } else {
                false
            }
        };
        if is_heading || is_item {
            flush(&mut cur, &mut paras);
        }
        cur.push_str(&inline_plain(l));
        cur.push(' ');
        if is_heading {
            flush(&mut cur, &mut paras);
        }
    }
    flush(&mut cur, &mut paras);
    paras
}

fn inline_plain(s: &str) -> String {
    // Links and images: keep the text, drop the target.
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '!' && chars.get(i + 1) == Some(&'[') {
            i += 1;
            continue;
        }
        if c == ']'
            && chars.get(i + 1) == Some(&'(')
            && let Some(end) = chars[i + 2..].iter().position(|&c| c == ')')
        {
            i += end + 3;
            continue;
        }
        if c == '[' && chars[i + 1..].contains(&']') {
            i += 1;
            continue;
        }
        if c == '*' || c == '`' || c == '~' && chars.get(i + 1) == Some(&'~') {
            i += if c == '~' { 2 } else { 1 };
            continue;
        }
        if c == '_' {
            let prev = if i == 0 { ' ' } else { chars[i - 1] };
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            if !prev.is_alphanumeric() || !next.is_alphanumeric() {
                i += 1;
                continue;
            }
        }
        if c == '\\' && chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) {
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if c == '<' {
            // Inline HTML tags and autolinks: drop the brackets of tags.
            if let Some(end) = chars[i + 1..].iter().position(|&c| c == '>') {
                let inner: String = chars[i + 1..i + 1 + end].iter().collect();
                if inner.starts_with("http") {
                    out.push_str(&inner);
                    i += end + 2;
                    continue;
                }
                if inner
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
                {
                    i += end + 2;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_plain_paragraphs() {
        let p = markdown_to_paragraphs(
            "# Title\n\nSome **bold** and _em_ text with a [link](https://x.org/a).\nSame para.\n\n- one\n- two\n\n`code` snake_case",
        );
        assert_eq!(
            p,
            vec![
                "Title",
                "Some bold and em text with a link. Same para.",
                "one",
                "two",
                "code snake_case"
            ]
        );
        assert_eq!(
            markdown_links("see [x](https://a.org/b) and https://c.org."),
            vec!["https://a.org/b", "https://c.org"]
        );
    }

    #[test]
    fn excerpts_are_cut_at_a_word() {
        let t = "word ".repeat(100);
        let e = excerpt(&t, 50);
        assert!(e.ends_with('…') && e.chars().count() <= 51, "{e}");
        assert_eq!(excerpt("short", 50), "short");
    }
}
