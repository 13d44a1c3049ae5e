//! Whisper models run in process by whisper.cpp (issue 15): a model file made by `wsis
//! captions convert` is loaded once; each window of audio is recognised with greedy
//! decoding and a timestamp per word, in the language asked for or the one detected.
//! See docs/ARCHITECTURE.md for why whisper.cpp rather than candle.

use std::path::Path;
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};
use wsis_captions::cues::Cue;
use wsis_captions::pipeline::{RecogniseError, Recognizer};

/// A loaded Whisper model.
pub struct Whisper {
    ctx: WhisperContext,
    threads: i32,
    multilingual: bool,
    /// Live captioning: short utterances are encoded with a context cut to their
    /// length (whisper.cpp's `audio_ctx`) instead of a whole 30 s window.
    short: bool,
}

impl Whisper {
    /// Loads a ggml model file (`threads`: CPU threads per recognition).
    pub fn load(path: &Path, threads: usize) -> Result<Whisper, RecogniseError> {
        if !path.is_file() {
            return Err(RecogniseError::Model(format!(
                "{} is not a file",
                path.display()
            )));
        }
        whisper_rs::install_logging_hooks();
        let ctx = WhisperContext::new_with_params(path, WhisperContextParameters::default())
            .map_err(|e| RecogniseError::Model(format!("{}: {e}", path.display())))?;
        let multilingual = ctx.is_multilingual();
        Ok(Whisper {
            ctx,
            threads: threads.clamp(1, 64) as i32,
            multilingual,
            short: false,
        })
    }

    /// Tunes it for live captioning: a short utterance is encoded for its own length
    /// plus 8 s rather than for 30 s.
    pub fn for_short_utterances(mut self) -> Whisper {
        self.short = true;
        self
    }

    /// Whether the model knows other languages than English.
    pub fn multilingual(&self) -> bool {
        self.multilingual
    }
}

impl Recognizer for Whisper {
    fn recognise(
        &mut self,
        samples: &[f32],
        lang: Option<&str>,
    ) -> Result<Vec<Cue>, RecogniseError> {
        let failed = |e: whisper_rs::WhisperError| RecogniseError::Failed(e.to_string());
        let mut state = self.ctx.create_state().map_err(failed)?;
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(self.threads);
        // An English-only model is told English; otherwise the language asked for, or
        // the one it detects.
        let lang = if self.multilingual { lang } else { Some("en") };
        params.set_language(Some(lang.unwrap_or("auto")));
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_special(false);
        params.set_print_timestamps(false);
        // Windows are independent: no text carried from one into the next.
        params.set_no_context(true);
        params.set_suppress_blank(true);
        // A segment per word, with its own times: the pipeline keeps each word by where it
        // is (windows overlap) and makes the caption lines itself.
        params.set_token_timestamps(true);
        params.set_max_len(1);
        params.set_split_on_word(true);
        if self.short {
            // 1500 encoder positions are 30 s. A margin of 8 s (400 positions) keeps the
            // accuracy of a whole window (2 s lost words at the start of an utterance) at
            // two thirds of its cost (bench/captions-live.mjs, docs/benchmarks.md).
            let positions = samples.len() as u64 * 50 / 16_000 + 400;
            params.set_audio_ctx(positions.min(1500) as i32);
        }
        state.full(params, samples).map_err(failed)?;
        let mut out = Vec::new();
        for seg in state.as_iter() {
            // The space before a word is kept: the pipeline joins words as they come.
            let text = seg.to_str_lossy().map_err(failed)?.into_owned();
            if text.trim().is_empty() {
                continue;
            }
            // whisper.cpp times segments in hundredths of a second.
            out.push(Cue {
                start: seg.start_timestamp() * 10,
                end: seg.end_timestamp() * 10,
                text,
            });
        }
        Ok(out)
    }
}
