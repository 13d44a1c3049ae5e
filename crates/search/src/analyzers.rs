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
