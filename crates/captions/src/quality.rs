//! How good captions are: the word error rate of a transcript against what was said.

/// The words of a text as they are compared: lower case, punctuation left out.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// The word error rate: substitutions, deletions and insertions (the fewest that turn
/// the reference into the hypothesis) over the reference's words.
pub fn word_error_rate(reference: &str, hypothesis: &str) -> f64 {
    let (r, h) = (words(reference), words(hypothesis));
    if r.is_empty() {
        return if h.is_empty() { 0.0 } else { 1.0 };
    }
    let mut prev: Vec<usize> = (0..=h.len()).collect();
    for (i, rw) in r.iter().enumerate() {
        let mut cur = vec![i + 1; h.len() + 1];
        for (j, hw) in h.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(rw != hw))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[h.len()] as f64 / r.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_counted_by_word() {
        assert_eq!(word_error_rate("The forum opens.", "the FORUM opens"), 0.0);
        assert_eq!(
            word_error_rate("the forum opens today", "the forum open today"),
            0.25
        );
        assert_eq!(
            word_error_rate("the forum opens", "the forum opens now"),
            1.0 / 3.0
        );
        assert_eq!(word_error_rate("the forum opens", "forum opens"), 1.0 / 3.0);
        assert_eq!(word_error_rate("", ""), 0.0);
        assert_eq!(word_error_rate("", "noise"), 1.0);
        assert_eq!(
            words("L'été à Genève, c'est"),
            vec!["l", "été", "à", "genève", "c", "est"]
        );
    }
}
