//! Decoding a recording (WAV, FLAC, MP3, Ogg/Vorbis, Ogg/Opus; any sample rate and
//! channel count) into 16 kHz mono `f32` samples.

use crate::SAMPLE_RATE;
use rubato::{FftFixedIn, Resampler};
use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::{CODEC_TYPE_NULL, DecoderOptions};
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::{MediaSourceStream, MediaSourceStreamOptions};
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

/// Why a recording cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AudioError {
    /// Not a recording in a format this reads (or not audio at all).
    #[error("not a recording in a known format")]
    NotAudio,
    /// A format this reads, with a codec it does not (Opus, AAC…).
    #[error("an audio codec this does not decode")]
    UnsupportedCodec,
    /// The recording holds no sound at all.
    #[error("the recording is empty")]
    Empty,
    /// The recording stops in the middle of its data and nothing before could be read.
    #[error("the recording is damaged: {0}")]
    Damaged(String),
    /// Longer than [`MAX_SECONDS`]: refused before it takes more memory.
    #[error("the recording is longer than the longest taken")]
    TooLong,
}

/// The longest recording decoded (three hours: a forum session is at most a few hours,
/// and a small file that decodes to days of audio must not take a node's memory).
pub const MAX_SECONDS: u64 = 3 * 3600;

/// symphonia's codecs and libopus's Opus decoder.
fn codecs() -> &'static symphonia::core::codecs::CodecRegistry {
    static REGISTRY: std::sync::LazyLock<symphonia::core::codecs::CodecRegistry> =
        std::sync::LazyLock::new(|| {
            let mut r = symphonia::core::codecs::CodecRegistry::new();
            symphonia::default::register_enabled_codecs(&mut r);
            r.register_all::<symphonia_adapter_libopus::OpusDecoder>();
            r
        });
    &REGISTRY
}

/// A decoded recording: 16 kHz mono samples, with what the file was.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub samples: Vec<f32>,
    /// The file's own sample rate and channel count.
    pub source_rate: u32,
    pub source_channels: usize,
    /// The decoder stopped at damaged data: what came before is kept.
    pub truncated: bool,
}

impl Decoded {
    /// Its length in milliseconds.
    pub fn duration_ms(&self) -> i64 {
        self.samples.len() as i64 * 1000 / SAMPLE_RATE as i64
    }
}

/// Decodes a recording from its bytes (`extension`: a hint such as "wav" or "mp3", if
/// known) into 16 kHz mono.
pub fn decode(bytes: Vec<u8>, extension: Option<&str>) -> Result<Decoded, AudioError> {
    let mss = MediaSourceStream::new(
        Box::new(std::io::Cursor::new(bytes)),
        MediaSourceStreamOptions::default(),
    );
    let mut hint = Hint::new();
    if let Some(e) = extension {
        hint.with_extension(e);
    }
    let probed = symphonia::default::get_probe()
        .format(
            &hint,
            mss,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        )
        .map_err(|_| AudioError::NotAudio)?;
    let mut format = probed.format;
    let track = format
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
        .ok_or(AudioError::NotAudio)?;
    let track_id = track.id;
    let mut decoder = codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|_| AudioError::UnsupportedCodec)?;
    let mut rate = track.codec_params.sample_rate.unwrap_or(0);
    let mut channels = track.codec_params.channels.map(|c| c.count()).unwrap_or(0);
    let mut mono: Vec<f32> = Vec::new();
    let mut truncated = false;
    loop {
        let packet = match format.next_packet() {
            Ok(p) => p,
            Err(SymphoniaError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                break;
            }
            Err(SymphoniaError::ResetRequired) => break,
            Err(e) => {
                if mono.is_empty() {
                    return Err(AudioError::Damaged(e.to_string()));
                }
                truncated = true;
                break;
            }
        };
        if packet.track_id() != track_id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(d) => d,
            // A damaged packet is skipped; the rest still decodes.
            Err(SymphoniaError::DecodeError(_)) => {
                truncated = true;
                continue;
            }
            Err(e) => {
                if mono.is_empty() {
                    return Err(AudioError::Damaged(e.to_string()));
                }
                truncated = true;
                break;
            }
        };
        let spec = *decoded.spec();
        rate = spec.rate;
        channels = spec.channels.count();
        let mut buf = SampleBuffer::<f32>::new(decoded.capacity() as u64, spec);
        buf.copy_interleaved_ref(decoded);
        let n = channels.max(1);
        if rate > 0 && (mono.len() as u64) > MAX_SECONDS * u64::from(rate) {
            return Err(AudioError::TooLong);
        }
        mono.extend(
            buf.samples()
                .chunks(n)
                .map(|frame| frame.iter().sum::<f32>() / n as f32),
        );
    }
    if mono.is_empty() {
        return Err(AudioError::Empty);
    }
    // A rate no recording has is a crafted header (a 1 Hz "recording" would ask the
    // resampler for sixteen thousand samples per sample).
    if !(4_000..=384_000).contains(&rate) {
        return Err(AudioError::UnsupportedCodec);
    }
    Ok(Decoded {
        samples: resample(&mono, rate, SAMPLE_RATE),
        source_rate: rate,
        source_channels: channels,
        truncated,
    })
}

/// Resamples mono samples from `from` Hz to `to` Hz (band-limited, FFT-based); the
/// result has the length the durations say.
pub fn resample(samples: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || samples.is_empty() {
        return samples.to_vec();
    }
    const CHUNK: usize = 1024;
    let Ok(mut r) = FftFixedIn::<f32>::new(from as usize, to as usize, CHUNK, 2, 1) else {
        return Vec::new();
    };
    let expected = (samples.len() as u64 * to as u64 / from as u64) as usize;
    let delay = r.output_delay();
    let mut out: Vec<f32> = Vec::with_capacity(expected + delay + CHUNK);
    let mut pos = 0;
    while pos + r.input_frames_next() <= samples.len() {
        let n = r.input_frames_next();
        if let Ok(o) = r.process(&[&samples[pos..pos + n]], None) {
            out.extend_from_slice(&o[0]);
        }
        pos += n;
    }
    if pos < samples.len()
        && let Ok(o) = r.process_partial(Some(&[&samples[pos..]]), None)
    {
        out.extend_from_slice(&o[0]);
    }
    // Flush what the filter still holds (some calls give nothing while its blocks fill),
    // then drop its delay.
    for _ in 0..64 {
        if out.len() >= expected + delay {
            break;
        }
        match r.process_partial::<&[f32]>(None, None) {
            Ok(o) => out.extend_from_slice(&o[0]),
            Err(_) => break,
        }
    }
    let mut out: Vec<f32> = out.into_iter().skip(delay).collect();
    out.resize(expected, 0.0);
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A 16-bit PCM WAV file of `channels` interleaved channels.
    pub(crate) fn wav(rate: u32, channels: u16, frames: &[Vec<f32>]) -> Vec<u8> {
        let n = frames.len() as u32 * channels as u32 * 2;
        let mut b = Vec::new();
        b.extend_from_slice(b"RIFF");
        b.extend_from_slice(&(36 + n).to_le_bytes());
        b.extend_from_slice(b"WAVEfmt ");
        b.extend_from_slice(&16u32.to_le_bytes());
        b.extend_from_slice(&1u16.to_le_bytes());
        b.extend_from_slice(&channels.to_le_bytes());
        b.extend_from_slice(&rate.to_le_bytes());
        b.extend_from_slice(&(rate * channels as u32 * 2).to_le_bytes());
        b.extend_from_slice(&(channels * 2).to_le_bytes());
        b.extend_from_slice(&16u16.to_le_bytes());
        b.extend_from_slice(b"data");
        b.extend_from_slice(&n.to_le_bytes());
        for f in frames {
            for s in f {
                b.extend_from_slice(&((s.clamp(-1.0, 1.0) * 32767.0) as i16).to_le_bytes());
            }
        }
        b
    }

    fn tone(rate: u32, hz: f32, secs: f32, amp: f32) -> Vec<f32> {
        (0..(rate as f32 * secs) as usize)
            .map(|i| amp * (2.0 * std::f32::consts::PI * hz * i as f32 / rate as f32).sin())
            .collect()
    }

    #[test]
    fn a_stereo_recording_at_44_1_khz_becomes_16_khz_mono_of_the_same_length() {
        let left = tone(44_100, 440.0, 2.0, 0.5);
        let frames: Vec<Vec<f32>> = left.iter().map(|s| vec![*s, *s]).collect();
        let d = decode(wav(44_100, 2, &frames), Some("wav")).unwrap();
        assert_eq!((d.source_rate, d.source_channels), (44_100, 2));
        assert_eq!(d.samples.len(), 32_000);
        assert_eq!(d.duration_ms(), 2000);
        assert!(!d.truncated);
        // The tone keeps its level: RMS of a 0.5 sine is about 0.354.
        let mid = &d.samples[4000..28_000];
        let rms = (mid.iter().map(|s| s * s).sum::<f32>() / mid.len() as f32).sqrt();
        assert!((rms - 0.354).abs() < 0.02, "{rms}");
        // And its pitch: 440 Hz is about 880 zero crossings in 2 s (1,320 in 1.5 s).
        let crossings = mid.windows(2).filter(|w| w[0] < 0.0 && w[1] >= 0.0).count();
        assert!((650..=670).contains(&crossings), "{crossings}");
    }

    #[test]
    fn opposite_channels_cancel_and_8_khz_is_upsampled() {
        let t = tone(8000, 300.0, 1.0, 0.5);
        let frames: Vec<Vec<f32>> = t.iter().map(|s| vec![*s, -*s]).collect();
        let d = decode(wav(8000, 2, &frames), None).unwrap();
        assert_eq!(d.samples.len(), 16_000);
        assert!(d.samples.iter().all(|s| s.abs() < 1e-3));
    }

    #[test]
    fn odd_rates_keep_their_end_and_impossible_rates_are_refused() {
        for rate in [44_056, 47_952, 22_254, 11_025] {
            let t = tone(rate, 440.0, 1.0, 0.5);
            let frames: Vec<Vec<f32>> = t.iter().map(|s| vec![*s]).collect();
            let d = decode(wav(rate, 1, &frames), Some("wav")).unwrap();
            assert_eq!(d.samples.len(), 16_000, "{rate}");
            // The last tenth of a second is still the tone, not padding.
            let tail = &d.samples[15_000..15_800];
            let rms = (tail.iter().map(|s| s * s).sum::<f32>() / tail.len() as f32).sqrt();
            assert!(rms > 0.3, "{rate}: {rms}");
        }
        let frames = vec![vec![0.5f32]; 10];
        assert_eq!(
            decode(wav(1, 1, &frames), Some("wav")).unwrap_err(),
            AudioError::UnsupportedCodec
        );
    }

    #[test]
    fn what_is_not_audio_or_empty_is_refused() {
        assert_eq!(
            decode(b"%PDF-1.7 not audio at all".to_vec(), None).unwrap_err(),
            AudioError::NotAudio
        );
        assert_eq!(
            decode(Vec::new(), Some("wav")).unwrap_err(),
            AudioError::NotAudio
        );
        assert_eq!(
            decode(wav(16_000, 1, &[]), Some("wav")).unwrap_err(),
            AudioError::Empty
        );
    }

    /// The same spoken sentence (espeak-ng, 22,050 Hz, 2.42 s) encoded by flac, lame,
    /// oggenc and opusenc: each decodes to the same length, with the speech in it.
    #[test]
    fn flac_mp3_vorbis_and_opus_decode() {
        for (file, ext) in [
            ("welcome.flac", "flac"),
            ("welcome.mp3", "mp3"),
            ("welcome.ogg", "ogg"),
            ("welcome.opus", "opus"),
        ] {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
            let bytes = std::fs::read(format!("{path}{file}")).unwrap();
            // Without a hint too: the content says what it is.
            for hint in [Some(ext), None] {
                let d = decode(bytes.clone(), hint).unwrap_or_else(|e| panic!("{file}: {e}"));
                assert!(
                    (2350..=2500).contains(&d.duration_ms()),
                    "{file}: {} ms",
                    d.duration_ms()
                );
                let speech = crate::vad::speech(&d.samples);
                assert_eq!(speech.len(), 1, "{file}: {speech:?}");
            }
        }
    }

    #[test]
    fn a_recording_cut_short_keeps_what_it_has() {
        let t = tone(16_000, 440.0, 1.0, 0.5);
        let frames: Vec<Vec<f32>> = t.iter().map(|s| vec![*s]).collect();
        let mut bytes = wav(16_000, 1, &frames);
        bytes.truncate(bytes.len() / 2);
        let d = decode(bytes, Some("wav")).unwrap();
        assert!(
            d.samples.len() > 7000 && d.samples.len() < 9000,
            "{}",
            d.samples.len()
        );
    }
}
