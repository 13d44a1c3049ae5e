//! Entry descriptions are Markdown: the search index and the exports read them as
//! plain text.

use pulldown_cmark::{Event, Parser, TagEnd};

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
    fn plain_text_drops_markup() {
        assert_eq!(
            to_plain_text("# Title\n\nSome *emphasis* and `code`."),
            "Title\n\nSome emphasis and code."
        );
    }
}
