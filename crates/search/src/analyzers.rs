//! Text analyzers, one per UN language plus a generic one for names.
//!
//! The analyzer names carry a version suffix: changing an analyzer must change its name, which
//! changes the schema and makes [`crate::SearchIndex::open_in_dir`] rebuild the index from
//! scratch instead of mixing old and new tokens.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};
use tantivy_jieba::JiebaTokenizer;

/// Tokens longer than this (bytes) are dropped (URLs, base64 blobs, …).
const MAX_TOKEN_BYTES: usize = 48;

/// Analyzer for organisation/partner names and text in languages outside the six.
pub(crate) const GENERIC: &str = "wsis_generic_v1";

/// Analyzer of the CJK character field: every Han, kana or hangul character is a token of
/// its own, so that a single character, or any run of characters (a phrase of them), finds
/// the text that contains it, whatever words the segmenter cut.
pub(crate) const CJK_CHARS: &str = "wsis_cjk_chars_v1";

/// Name of the analyzer for a language code (one of [`crate::LANGUAGES`]).
pub(crate) fn analyzer_name(lang: &str) -> String {
    format!("wsis_{lang}_v1")
}

/// Builds the analyzer for a language code; unknown codes get the generic analyzer.
fn analyzer_for(lang: &str) -> TextAnalyzer {
    // Folding runs before stemming so that an unaccented query ("education") and the accented
    // text ("éducation") reach the stemmer as the same string.
    let latin = |language| {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(language))
            .build()
    };
    match lang {
        "en" => latin(Language::English),
        "fr" => latin(Language::French),
        "es" => latin(Language::Spanish),
        "ru" => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::Russian))
            .build(),
        "ar" => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::Arabic))
            .build(),
        "zh" => TextAnalyzer::builder(JiebaTokenizer::new())
            .filter(WordsOnly)
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .build(),
        _ => generic(),
    }
}

/// Lower-casing, accent-folding analyzer without stemming.
fn generic() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyzer of the schema on `manager`.
pub(crate) fn register(manager: &TokenizerManager) {
    for lang in crate::LANGUAGES {
        manager.register(&analyzer_name(lang), analyzer_for(lang));
    }
    manager.register(GENERIC, generic());
    manager.register(CJK_CHARS, TextAnalyzer::builder(CjkChars).build());
}

/// Whether a character is written without spaces between words (Han, kana, hangul).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // hiragana, katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7AF    // hangul syllables
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x2FA1F) // CJK extensions B to F, compatibility supplement
}

/// Tokenizer of [`CJK_CHARS`]: one token per CJK character. Positions follow the text, and
/// anything between two CJK characters takes a position too, so that characters apart in
/// the text are never adjacent in a phrase.
#[derive(Clone, Copy)]
struct CjkChars;

impl Tokenizer for CjkChars {
    type TokenStream<'a> = CjkCharsStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CjkCharsStream {
        let mut tokens = Vec::new();
        let mut position = 0;
        let mut gap = false;
        for (at, c) in text.char_indices() {
            if is_cjk(c) {
                if gap {
                    position += 1;
                    gap = false;
                }
                tokens.push(Token {
                    offset_from: at,
                    offset_to: at + c.len_utf8(),
                    position,
                    text: c.to_string(),
                    position_length: 1,
                });
                position += 1;
            } else {
                gap = true;
            }
        }
        CjkCharsStream { tokens, next: 0 }
    }
}

/// Token stream of [`CjkChars`].
struct CjkCharsStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for CjkCharsStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

/// Drops tokens without any letter or digit (jieba emits spaces and punctuation as tokens).
#[derive(Clone, Copy)]
struct WordsOnly;

impl TokenFilter for WordsOnly {
    type Tokenizer<T: Tokenizer> = WordsOnlyTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> WordsOnlyTokenizer<T> {
        WordsOnlyTokenizer { inner: tokenizer }
    }
}

/// Tokenizer wrapper produced by [`WordsOnly`].
#[derive(Clone)]
struct WordsOnlyTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for WordsOnlyTokenizer<T> {
    type TokenStream<'a> = WordsOnlyStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        WordsOnlyStream {
            tail: self.inner.token_stream(text),
        }
    }
}

/// Token stream produced by [`WordsOnlyTokenizer`].
struct WordsOnlyStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for WordsOnlyStream<T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if self.tail.token().text.chars().any(char::is_alphanumeric) {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: &str, text: &str) -> Vec<String> {
        let mut analyzer = analyzer_for(lang);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        stream.process(&mut |t| out.push(t.text.clone()));
        out
    }

    #[test]
    fn french_folds_accents() {
        assert_eq!(tokens("fr", "Éducation"), tokens("fr", "education"));
    }

    #[test]
    fn english_stems() {
        assert_eq!(tokens("en", "connected"), tokens("en", "connecting"));
    }

    #[test]
    fn chinese_segments_and_drops_punctuation() {
        let t = tokens("zh", "推动农村地区的数字包容，ICT");
        assert!(t.contains(&"农村".to_string()), "{t:?}");
        assert!(t.contains(&"ict".to_string()), "{t:?}");
        assert!(!t.iter().any(|s| s == "，"), "{t:?}");
    }

    #[test]
    fn arabic_stems() {
        // "المدارس" (the schools) and "مدارس" (schools) share a stem.
        assert_eq!(tokens("ar", "المدارس"), tokens("ar", "مدارس"));
    }
}
