//! Machine captioning's audio side and caption formats (issue 15). Recordings of any
//! usual format, sample rate and channel count are decoded and resampled in process to
//! the 16 kHz mono samples speech recognisers take ([`audio`]); long recordings are cut
//! on voice activity into windows that overlap, each with the part of it whose captions
//! are kept, so that no words are lost or doubled at the seams ([`vad`]); captions are
//! written as WebVTT, SRT, plain text or JSON ([`cues`]).

pub mod audio;
pub mod convert;
pub mod cues;
pub mod pipeline;
pub mod quality;
pub mod vad;

/// The sample rate recognisers take (Whisper's).
pub const SAMPLE_RATE: u32 = 16_000;
