//! A recording through a recogniser: speech found, cut into windows, each window
//! recognised word by word, each word moved to the recording's time and kept only when
//! its middle is in the window's core (so that overlapping windows neither double nor
//! lose a word), then the words joined into caption lines.

use crate::cues::Cue;
use crate::vad::{self, Window};

/// Why recognition failed.
#[derive(Debug, thiserror::Error)]
pub enum RecogniseError {
    /// The model cannot be loaded (missing, not a model, damaged).
    #[error("the model cannot be loaded: {0}")]
    Model(String),
    /// The recogniser failed on some audio.
    #[error("recognition failed: {0}")]
    Failed(String),
}

/// A speech recogniser (the engine behind it is the implementer's).
pub trait Recognizer {
    /// Recognises 16 kHz mono `samples` in `lang` (an ISO 639-1 code; `None`: detect it),
    /// giving its words (or short phrases) timed from the start of `samples`, each with
    /// the space before it where the language writes one.
    fn recognise(
        &mut self,
        samples: &[f32],
        lang: Option<&str>,
    ) -> Result<Vec<Cue>, RecogniseError>;
}

/// Transcribes a whole recording (16 kHz mono); `progress` hears (milliseconds done,
/// milliseconds of speech in all) after each window.
pub fn transcribe(
    samples: &[f32],
    recognizer: &mut dyn Recognizer,
    lang: Option<&str>,
    mut progress: impl FnMut(i64, i64),
) -> Result<Vec<Cue>, RecogniseError> {
    let windows = vad::windows(&vad::speech(samples));
    let total: i64 = windows.iter().map(|w| w.span.end - w.span.start).sum();
    let mut done = 0;
    let mut words: Vec<Cue> = Vec::new();
    for w in &windows {
        let cues = recognizer.recognise(vad::slice(samples, w.span), lang)?;
        words.extend(place(cues, w));
        done += w.span.end - w.span.start;
        progress(done, total);
    }
    Ok(lines(words))
}

/// A window's words on the recording's clock, clipped to it, those of its core only.
fn place(cues: Vec<Cue>, w: &Window) -> impl Iterator<Item = Cue> + '_ {
    cues.into_iter().filter_map(move |c| {
        let start = (w.span.start + c.start).min(w.span.end);
        let end = (w.span.start + c.end.max(c.start)).min(w.span.end);
        (w.keeps(start, end) && !c.text.trim().is_empty()).then_some(Cue {
            start,
            end,
            text: c.text,
        })
    })
}

/// The longest caption line, in characters, and in milliseconds.
const LINE_CHARS: usize = 84;
const LINE_MS: i64 = 7_000;

/// Words joined into caption lines: a line ends after a sentence, before a pause of a
/// second, or when it would be too long to read at once.
pub fn lines(words: Vec<Cue>) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    let mut open = false;
    for w in words {
        let fits = |line: &Cue| {
            line.text.chars().count() + w.text.chars().count() <= LINE_CHARS
                && w.end - line.start <= LINE_MS
                && w.start - line.end <= 1_000
        };
        match out.last_mut() {
            Some(line) if open && fits(line) => {
                line.text.push_str(&w.text);
                line.end = line.end.max(w.end);
            }
            _ => out.push(w),
        }
        let line = out.last().map(|l| l.text.trim_end()).unwrap_or("");
        open =
            !(line.ends_with(['.', '?', '!', '。', '？', '！', '؟']) && line.chars().count() >= 15);
    }
    for line in &mut out {
        line.text = line.text.trim().to_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SAMPLE_RATE;

    /// A recogniser that hears a "word" in each run of one loud level in what it is given
    /// (the level says which word), timed where it is, cut where the audio is: what a
    /// real one does at a window's edges, for checking the seams.
    struct Counter {
        calls: usize,
    }

    impl Recognizer for Counter {
        fn recognise(
            &mut self,
            samples: &[f32],
            _lang: Option<&str>,
        ) -> Result<Vec<Cue>, RecogniseError> {
            self.calls += 1;
            let ms = |i: usize| i as i64 * 1000 / SAMPLE_RATE as i64;
            let mut cues = Vec::new();
            let mut i = 0;
            while i < samples.len() {
                let level = samples[i];
                let mut j = i;
                while j < samples.len() && samples[j] == level {
                    j += 1;
                }
                if level > 0.1 {
                    cues.push(Cue {
                        start: ms(i),
                        end: ms(j),
                        text: format!(" w{}", (level * 1000.0).round() as i64),
                    });
                }
                i = j;
            }
            Ok(cues)
        }
    }

    #[test]
    fn seventy_seconds_of_speech_give_each_word_once() {
        // Silence, then 70 s of "speech" whose level encodes the second (0.2 + s/1000).
        let sr = SAMPLE_RATE as usize;
        let mut samples = vec![0.0f32; 5 * sr];
        for s in 0..70 {
            samples.extend(std::iter::repeat_n(0.2 + s as f32 / 1000.0, sr));
        }
        samples.extend(vec![0.0; 5 * sr]);
        let mut rec = Counter { calls: 0 };
        let mut seen = Vec::new();
        let cues = transcribe(&samples, &mut rec, Some("en"), |d, t| seen.push((d, t))).unwrap();
        assert!(rec.calls >= 3, "{} windows", rec.calls);
        let words: Vec<&str> = cues
            .iter()
            .flat_map(|c| c.text.split_whitespace())
            .collect();
        let expected: Vec<String> = (0..70).map(|s| format!("w{}", 200 + s)).collect();
        // Every word once, in order, across the windows' seams, in lines of at most 7 s.
        assert_eq!(words, expected);
        assert!(
            cues.iter()
                .all(|c| c.end - c.start <= LINE_MS && c.text.len() <= LINE_CHARS)
        );
        assert!(cues.len() >= 10);
        assert!(cues.windows(2).all(|p| p[0].start <= p[1].start));
        assert_eq!(seen.last().map(|x| x.0), seen.last().map(|x| x.1));
    }

    #[test]
    fn words_become_lines_at_sentences_pauses_and_lengths() {
        let w = |start: i64, text: &str| Cue {
            start,
            end: start + 300,
            text: text.into(),
        };
        let lines = lines(vec![
            w(0, " Welcome"),
            w(400, " to"),
            w(800, " the forum."),
            w(1200, " Today"),
            w(1600, " we"),
            w(4000, " speak."),
            w(4400, "欢迎"),
            w(4700, "大家。"),
        ]);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Welcome to the forum.", "Today we", "speak.欢迎大家。"]
        );
        assert_eq!((lines[0].start, lines[0].end), (0, 1100));
    }

    #[test]
    fn a_word_timed_past_its_window_is_clipped_and_kept() {
        let win = Window {
            span: crate::vad::Span {
                start: 0,
                end: 10_000,
            },
            core: crate::vad::Span {
                start: 0,
                end: 10_000,
            },
        };
        // whisper.cpp may end a last segment up to 30 s after it starts.
        let kept: Vec<Cue> = place(
            vec![Cue {
                start: 9_000,
                end: 39_000,
                text: " end".into(),
            }],
            &win,
        )
        .collect();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].end, 10_000);
    }

    #[test]
    fn silence_is_not_sent_to_the_recogniser() {
        let mut rec = Counter { calls: 0 };
        let cues = transcribe(&vec![0.0; 160_000], &mut rec, None, |_, _| {}).unwrap();
        assert!(cues.is_empty());
        assert_eq!(rec.calls, 0);
    }
}
