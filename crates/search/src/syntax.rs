//! The query syntax users get: words (all must match), `"phrases"`, `-word` or
//! `-"phrase"` to exclude, and `OR` between two words or phrases for either. Nothing else of the engine's syntax reaches it: field names,
//! ranges, wildcards, boosts, regular expressions and operators become plain words, so
//! any text a user types is a valid query of the same meaning.

/// The most words (and phrases) a query keeps.
pub const MAX_TERMS: usize = 32;

/// One part of a user's query.
#[derive(Debug, PartialEq, Eq)]
enum Part {
    Word {
        text: String,
        exclude: bool,
    },
    Phrase {
        text: String,
        exclude: bool,
    },
    /// `OR` between two parts.
    Or,
}

impl Part {
    fn required(&self) -> bool {
        matches!(
            self,
            Part::Word { exclude: false, .. } | Part::Phrase { exclude: false, .. }
        )
    }
}

/// Keeps letters, digits and every non-ASCII character (the analyzers drop
/// punctuation of other scripts); ASCII punctuation, which is the engine's syntax,
/// separates words.
fn words_of(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && w.chars().any(char::is_alphanumeric))
        .map(|w| match w {
            // The engine's operators, typed as words, are words.
            "AND" | "OR" | "NOT" | "IN" | "TO" => w.to_lowercase(),
            _ => w.to_owned(),
        })
        .collect()
}

fn parts(input: &str) -> Vec<Part> {
    let mut out = Vec::new();
    let mut rest = input;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        let exclude = rest.starts_with('-');
        let body = if exclude { &rest[1..] } else { rest };
        if let Some(inner) = body.strip_prefix('"')
            && let Some(end) = inner.find('"')
        {
            let words = words_of(&inner[..end]);
            if !words.is_empty() {
                out.push(Part::Phrase {
                    text: words.join(" "),
                    exclude,
                });
            }
            rest = &inner[end + 1..];
            continue;
        }
        let end = body.find(char::is_whitespace).unwrap_or(body.len());
        if !exclude && &body[..end] == "OR" {
            out.push(Part::Or);
            rest = &body[end..];
            continue;
        }
        let words = words_of(&body[..end]);
        // `-e-health` excludes both halves; `e-health` needs both.
        for w in words {
            out.push(Part::Word { text: w, exclude });
        }
        rest = &body[end..];
    }
    out
}

/// The user's query rewritten into the engine's syntax, with only words, phrases and
/// exclusions; at most [`MAX_TERMS`] of them. A query of exclusions only keeps none
/// (it would match nothing: an empty query matches everything instead).
pub fn to_engine_query(input: &str) -> String {
    let parts = parts(input);
    let any_required = parts.iter().any(Part::required);
    let kept: Vec<Part> = parts
        .into_iter()
        .filter(|p| any_required || matches!(p, Part::Or))
        .take(MAX_TERMS)
        .collect();
    let mut out: Vec<String> = Vec::with_capacity(kept.len());
    for (i, p) in kept.iter().enumerate() {
        let text = match p {
            Part::Word { text, exclude } => format!("{}{text}", if *exclude { "-" } else { "" }),
            Part::Phrase { text, exclude } => {
                format!("{}\"{text}\"", if *exclude { "-" } else { "" })
            }
            // Only between two required parts; anywhere else it is nothing.
            Part::Or => {
                let before = i > 0 && kept[i - 1].required();
                let after = kept.get(i + 1).is_some_and(Part::required);
                if !(before && after) {
                    continue;
                }
                "OR".to_owned()
            }
        };
        out.push(text);
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::to_engine_query as q;

    #[test]
    fn words_phrases_and_exclusions_pass() {
        assert_eq!(q("broadband schools"), "broadband schools");
        assert_eq!(q("\"digital skills\" -youth"), "\"digital skills\" -youth");
        assert_eq!(q("-\"rural areas\" women"), "-\"rural areas\" women");
        assert_eq!(q("e-health"), "e health");
        assert_eq!(q("数字 الرقمية"), "数字 الرقمية");
    }

    #[test]
    fn the_engines_syntax_becomes_words() {
        assert_eq!(q("title_en:*"), "title en");
        assert_eq!(q("id:>5"), "id 5");
        assert_eq!(q("published_at:[0 TO 9]"), "published at 0 to 9");
        assert_eq!(q("connectivity^3 ~2 /regex.*/"), "connectivity 3 2 regex");
        assert_eq!(q("a AND b OR NOT c"), "a and b OR not c");
        assert_eq!(
            q("broadband OR \"rural areas\""),
            "broadband OR \"rural areas\""
        );
        assert_eq!(q("OR a OR OR b OR"), "a b");
        assert_eq!(q("a OR -b"), "a -b");
        assert_eq!(q("\"unclosed phrase"), "unclosed phrase");
        assert_eq!(q("*"), "");
        assert_eq!(q("-only -excluded"), "");
        assert_eq!(q("(( \\ :::: +"), "");
    }

    #[test]
    fn long_queries_keep_their_first_terms() {
        let long = (0..100)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(q(&long).split(' ').count(), super::MAX_TERMS);
    }
}
