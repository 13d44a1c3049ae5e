//! Voice activity and windows: a long recording is cut where nobody speaks into windows
//! a recogniser takes whole (at most [`MAX_WINDOW_MS`]). When speech runs on longer than a
//! window, windows overlap by [`OVERLAP_MS`] and each keeps only the words whose middle
//! falls in its own part (its *core*): the cores tile the recording, so a word at a seam
//! is kept once.

use crate::SAMPLE_RATE;

/// The longest window (Whisper reads 30 s at a time).
pub const MAX_WINDOW_MS: i64 = 30_000;
/// How much two windows cut inside speech share.
pub const OVERLAP_MS: i64 = 2_000;
/// Frames of this length are classed as speech or not.
const FRAME_MS: i64 = 20;
/// Speech this far apart is one region.
const JOIN_GAP_MS: i64 = 500;
/// Speech shorter than this is noise (a click, a cough).
const MIN_SPEECH_MS: i64 = 200;
/// Kept around speech so that no onset or tail is cut.
const PAD_MS: i64 = 200;

/// A span of the recording, in milliseconds from its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: i64,
    pub end: i64,
}

/// A window to recognise, and the part of it whose captions it keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub span: Span,
    pub core: Span,
}

impl Window {
    /// Whether a caption from `start` to `end` (ms) belongs to this window.
    pub fn keeps(&self, start: i64, end: i64) -> bool {
        let mid = (start + end) / 2;
        mid >= self.core.start && mid < self.core.end
    }
}

fn ms_to_samples(ms: i64) -> usize {
    (ms.max(0) as u64 * SAMPLE_RATE as u64 / 1000) as usize
}

/// The spans where someone speaks: frames well above the recording's noise floor (its
/// quietest tenth) and above an absolute floor, joined across short pauses, padded.
pub fn speech(samples: &[f32]) -> Vec<Span> {
    let frame = ms_to_samples(FRAME_MS).max(1);
    let levels: Vec<f32> = samples
        .chunks(frame)
        .map(|c| {
            let rms = (c.iter().map(|s| s * s).sum::<f32>() / c.len() as f32).sqrt();
            20.0 * rms.max(1e-6).log10()
        })
        .collect();
    if levels.is_empty() {
        return Vec::new();
    }
    let mut sorted = levels.clone();
    sorted.sort_by(f32::total_cmp);
    let floor = sorted[sorted.len() / 10];
    let threshold = (floor + 12.0).max(-50.0);
    let total = samples.len() as i64 * 1000 / SAMPLE_RATE as i64;
    let mut spans: Vec<Span> = Vec::new();
    for (i, l) in levels.iter().enumerate() {
        if *l < threshold {
            continue;
        }
        let (s, e) = (i as i64 * FRAME_MS, ((i as i64 + 1) * FRAME_MS).min(total));
        match spans.last_mut() {
            Some(last) if s - last.end <= JOIN_GAP_MS => last.end = e,
            _ => spans.push(Span { start: s, end: e }),
        }
    }
    spans
        .into_iter()
        .filter(|s| s.end - s.start >= MIN_SPEECH_MS)
        .map(|s| Span {
            start: (s.start - PAD_MS).max(0),
            end: (s.end + PAD_MS).min(total),
        })
        .fold(Vec::new(), |mut acc: Vec<Span>, s| {
            match acc.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => acc.push(s),
            }
            acc
        })
}

/// The windows to recognise: speech packed into windows of at most [`MAX_WINDOW_MS`],
/// cut in pauses where it can be; speech longer than a window is cut into windows that
/// overlap by [`OVERLAP_MS`], with cores that meet in the middle of each overlap.
pub fn windows(speech: &[Span]) -> Vec<Window> {
    let mut out: Vec<Window> = Vec::new();
    let mut current: Option<Span> = None;
    let flush = |out: &mut Vec<Window>, s: Span| {
        out.push(Window { span: s, core: s });
    };
    for s in speech {
        if s.end - s.start > MAX_WINDOW_MS {
            if let Some(c) = current.take() {
                flush(&mut out, c);
            }
            // Long speech: overlapping windows.
            let step = MAX_WINDOW_MS - OVERLAP_MS;
            let mut start = s.start;
            loop {
                let end = (start + MAX_WINDOW_MS).min(s.end);
                let core_start = if start == s.start {
                    start
                } else {
                    start + OVERLAP_MS / 2
                };
                let core_end = if end == s.end {
                    end
                } else {
                    end - OVERLAP_MS / 2
                };
                out.push(Window {
                    span: Span { start, end },
                    core: Span {
                        start: core_start,
                        end: core_end,
                    },
                });
                if end == s.end {
                    break;
                }
                start += step;
            }
            continue;
        }
        current = match current {
            Some(c) if s.end - c.start <= MAX_WINDOW_MS => Some(Span {
                start: c.start,
                end: s.end,
            }),
            Some(c) => {
                flush(&mut out, c);
                Some(*s)
            }
            None => Some(*s),
        };
    }
    if let Some(c) = current {
        flush(&mut out, c);
    }
    // Cores of windows that only touch extend to meet, so that they tile what is spoken.
    for i in 1..out.len() {
        if out[i - 1].core.end < out[i].core.start && out[i - 1].span.end <= out[i].span.start {
            let mid = (out[i - 1].span.end + out[i].span.start) / 2;
            out[i - 1].core.end = mid;
            out[i].core.start = mid;
        }
    }
    out
}

/// The samples of a window.
pub fn slice(samples: &[f32], span: Span) -> &[f32] {
    let a = ms_to_samples(span.start).min(samples.len());
    let b = ms_to_samples(span.end).min(samples.len());
    &samples[a..b.max(a)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Noise at -60 dBFS with bursts of a loud tone at the given (start, end) seconds.
    fn recording(secs: f32, bursts: &[(f32, f32)]) -> Vec<f32> {
        let n = (secs * SAMPLE_RATE as f32) as usize;
        let mut seed = 7u32;
        (0..n)
            .map(|i| {
                seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                let noise = ((seed >> 8) as f32 / (1u32 << 24) as f32 - 0.5) * 0.002;
                let t = i as f32 / SAMPLE_RATE as f32;
                let on = bursts.iter().any(|(a, b)| t >= *a && t < *b);
                noise
                    + if on {
                        0.3 * (t * 2.0 * std::f32::consts::PI * 220.0).sin()
                    } else {
                        0.0
                    }
            })
            .collect()
    }

    #[test]
    fn speech_is_found_between_pauses_and_clicks_are_not() {
        let r = recording(10.0, &[(1.0, 3.0), (3.3, 4.0), (6.0, 6.05), (7.0, 9.0)]);
        let s = speech(&r);
        // 1.0–4.0 is one region (the 0.3 s pause joins), the 50 ms click is dropped.
        assert_eq!(
            s,
            vec![
                Span {
                    start: 800,
                    end: 4200
                },
                Span {
                    start: 6800,
                    end: 9200
                }
            ]
        );
        assert!(
            speech(&recording(5.0, &[])).is_empty(),
            "silence has no speech"
        );
        assert!(speech(&[]).is_empty());
    }

    #[test]
    fn short_speech_is_packed_and_long_speech_overlaps_with_cores_that_tile() {
        let spans = [
            Span {
                start: 0,
                end: 10_000,
            },
            Span {
                start: 12_000,
                end: 25_000,
            },
            Span {
                start: 40_000,
                end: 110_000,
            },
        ];
        let w = windows(&spans);
        assert_eq!(
            w[0].span,
            Span {
                start: 0,
                end: 25_000
            }
        );
        // 70 s of speech without a pause: 30 s windows every 28 s.
        assert_eq!(
            w[1].span,
            Span {
                start: 40_000,
                end: 70_000
            }
        );
        assert_eq!(
            w[2].span,
            Span {
                start: 68_000,
                end: 98_000
            }
        );
        assert_eq!(
            w[3].span,
            Span {
                start: 96_000,
                end: 110_000
            }
        );
        assert!(w.iter().all(|x| x.span.end - x.span.start <= MAX_WINDOW_MS));
        // The cores meet: every moment of speech belongs to exactly one window.
        for t in (0..110_000).step_by(50) {
            let owners = w.iter().filter(|x| x.keeps(t, t)).count();
            let spoken = spans.iter().any(|s| t >= s.start && t < s.end);
            if spoken {
                assert_eq!(owners, 1, "{t} ms");
            }
        }
        // A word across the seam at 69 s (68.8–69.4 s) is kept by one window only.
        assert_eq!(w.iter().filter(|x| x.keeps(68_800, 69_400)).count(), 1);
    }

    #[test]
    fn a_slice_stays_inside_the_recording() {
        let r = vec![0.0; 16_000];
        assert_eq!(
            slice(
                &r,
                Span {
                    start: 500,
                    end: 2000
                }
            )
            .len(),
            8000
        );
        assert!(
            slice(
                &r,
                Span {
                    start: 3000,
                    end: 4000
                }
            )
            .is_empty()
        );
    }
}
