//! Picks the best of the six languages from an `Accept-Language` header.

use wsis_domain::Language;

/// The supported language the browser prefers most (by q-value, then
/// order), or `None` if it names none of the six.
pub fn negotiate(accept_language: &str) -> Option<Language> {
    let mut best: Option<(f32, usize, Language)> = None;
    for (pos, item) in accept_language.split(',').enumerate() {
        let mut parts = item.trim().split(';');
        let tag = parts.next().unwrap_or("").trim();
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        if let Some(lang) = Language::from_tag(tag) {
            let better = match best {
                None => true,
                Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
            };
            if better {
                best = Some((q, pos, lang));
            }
        }
    }
    best.map(|(_, _, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_quality_supported_language_wins() {
        assert_eq!(negotiate("de-CH, fr;q=0.8, en;q=0.9"), Some(Language::En));
        assert_eq!(negotiate("zh-CN,zh;q=0.9"), Some(Language::Zh));
        assert_eq!(negotiate("ar-EG;q=0.5, es-419;q=0.5"), Some(Language::Ar));
        assert_eq!(negotiate("de, pt"), None);
        assert_eq!(negotiate("fr;q=0, ru"), Some(Language::Ru));
        assert_eq!(negotiate(""), None);
        assert_eq!(negotiate("*"), None);
    }
}
