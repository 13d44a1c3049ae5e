//! User Markdown: rendered to HTML and sanitised (no script, no event
//! handlers, no style, only safe links), or flattened to plain text for the
//! search index and exports.

use pulldown_cmark::{Event, Options, Parser, TagEnd, html};

/// Markdown to sanitised HTML, safe to insert into a page as is.
pub fn to_safe_html(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    );
    let mut raw = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

/// Markdown to plain text (paragraphs separated by blank lines).
pub fn to_plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                out.push_str("\n\n")
            }
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_and_event_handlers_are_inert() {
        let html = to_safe_html(
            "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) **bold**",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("<strong>bold</strong>"));
    }

    #[test]
    fn links_are_marked_as_user_content() {
        let html = to_safe_html("[site](https://example.org)");
        assert!(
            html.contains("rel=\"noopener noreferrer nofollow ugc\""),
            "{html}"
        );
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            to_plain_text("# Title\n\nSome *emphasis* and `code`."),
            "Title\n\nSome emphasis and code."
        );
    }
}
