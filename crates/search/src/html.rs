//! HTML rendering of titles and snippets: escaping and `<b>…</b>` highlights.

use std::ops::Range;

use tantivy::snippet::Snippet;

/// Length (characters) of description snippets.
pub(crate) const SNIPPET_CHARS: usize = 200;

/// The highlighted byte ranges of a snippet, relative to the text it was generated from.
pub(crate) fn absolute_ranges(snippet: &Snippet) -> Vec<Range<usize>> {
    let start = snippet.fragment_range().start;
    snippet
        .highlighted()
        .iter()
        .map(|r| r.start + start..r.end + start)
        .collect()
}

/// HTML of a description snippet: the whole description when it is short, else tantivy's best
/// fragment, extended to the end of its last word (tantivy stops at the last token, dropping
/// trailing punctuation) and marked with ellipses where text was cut.
pub(crate) fn description_html(text: &str, snippet: &Snippet) -> String {
    let ranges = absolute_ranges(snippet);
    if text.chars().count() <= SNIPPET_CHARS + SNIPPET_CHARS / 10 {
        return highlight_html(text, &ranges);
    }
    let fragment = snippet.fragment_range();
    let start = fragment.start.min(text.len());
    let end = text
        .get(fragment.end..)
        .and_then(|rest| rest.find(char::is_whitespace).map(|i| fragment.end + i))
        .unwrap_or(text.len());
    let Some(part) = text.get(start..end) else {
        return snippet.to_html();
    };
    let shifted: Vec<_> = ranges
        .iter()
        .map(|r| r.start.saturating_sub(start)..r.end.saturating_sub(start))
        .collect();
    let mut html = String::new();
    if start > 0 {
        html.push('…');
    }
    html.push_str(&highlight_html(part, &shifted));
    if end < text.len() {
        html.push('…');
    }
    html
}

/// Escapes `&`, `<`, `>`, `"` and `'` like tantivy's snippet HTML.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped `text` with `<b>…</b>` around the (byte) ranges, which may overlap.
pub(crate) fn highlight_html(text: &str, ranges: &[Range<usize>]) -> String {
    let mut sorted: Vec<_> = ranges
        .iter()
        .filter(|r| r.start < r.end && r.end <= text.len())
        .cloned()
        .collect();
    sorted.sort_by_key(|r| (r.start, r.end));
    let mut out = String::new();
    let mut pos = 0;
    for r in sorted {
        let start = r.start.max(pos);
        if start >= r.end {
            continue;
        }
        let (Some(before), Some(inside)) = (text.get(pos..start), text.get(start..r.end)) else {
            continue;
        };
        out.push_str(&escape_html(before));
        out.push_str("<b>");
        out.push_str(&escape_html(inside));
        out.push_str("</b>");
        pos = r.end;
    }
    out.push_str(&escape_html(text.get(pos..).unwrap_or_default()));
    out
}

/// The first `max` characters of `text`, cut at a space when there is one nearby, with an
/// ellipsis when something was cut.
pub(crate) fn truncate_chars(text: &str, max: usize) -> String {
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_owned();
    };
    let head = &text[..cut];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_highlights() {
        assert_eq!(
            highlight_html("a <b> & c", &[0..1, 8..9]),
            "<b>a</b> &lt;b&gt; &amp; <b>c</b>"
        );
        assert_eq!(highlight_html("abc", &[0..2, 1..3]), "<b>ab</b><b>c</b>");
    }

    #[test]
    fn truncates_on_char_boundaries() {
        assert_eq!(truncate_chars("数字包容", 2), "数字…");
        assert_eq!(truncate_chars("short", 10), "short");
        assert_eq!(truncate_chars("hello world again", 13), "hello world…");
    }
}
