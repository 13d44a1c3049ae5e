//! A recording through a recogniser: speech found, cut into windows, each window
//! recognised, its captions moved to the recording's time and kept only in the window's
//! core (so that overlapping windows do not double words).

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
    /// giving captions timed from the start of `samples`.
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
    let mut out: Vec<Cue> = Vec::new();
    for w in &windows {
        let cues = recognizer.recognise(vad::slice(samples, w.span), lang)?;
        out.extend(place(cues, w));
        done += w.span.end - w.span.start;
        progress(done, total);
    }
    Ok(out)
}

/// A window's captions on the recording's clock, those of its core only, clipped to it.
fn place(cues: Vec<Cue>, w: &Window) -> impl Iterator<Item = Cue> + '_ {
    cues.into_iter().filter_map(move |c| {
        let (start, end) = (w.span.start + c.start, w.span.start + c.end.max(c.start));
        let text = c.text.trim().to_owned();
        (w.keeps(start, end) && !text.is_empty()).then(|| Cue {
            start,
            end: end.min(w.span.end),
            text,
        })
    })
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
                        text: format!("w{}", (level * 1000.0).round() as i64),
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
        let words: Vec<&str> = cues.iter().map(|c| c.text.as_str()).collect();
        let expected: Vec<String> = (0..70).map(|s| format!("w{}", 200 + s)).collect();
        // Every word once, in order, across the windows' seams.
        assert_eq!(words, expected);
        assert!(cues.windows(2).all(|p| p[0].start <= p[1].start));
        assert_eq!(seen.last().map(|x| x.0), seen.last().map(|x| x.1));
    }

    #[test]
    fn silence_is_not_sent_to_the_recogniser() {
        let mut rec = Counter { calls: 0 };
        let cues = transcribe(&vec![0.0; 160_000], &mut rec, None, |_, _| {}).unwrap();
        assert!(cues.is_empty());
        assert_eq!(rec.calls, 0);
    }
}
