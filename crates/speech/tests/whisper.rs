//! The captioner against real Whisper models and real speech: sentences spoken by
//! espeak-ng (Debian) in English, French and Spanish, transcribed by the models the
//! registry packages ship, converted by `wsis captions convert`. Needs the models
//! (`.ci/whisper-models` prints their directory) in `WSIS_WHISPER_MODELS` and espeak-ng;
//! run with `cargo test -p wsis-speech -- --ignored` (`.ci/run` does).

use std::path::PathBuf;
use std::process::Command;
use wsis_captions::pipeline::{Recognizer, transcribe};
use wsis_captions::quality::word_error_rate;
use wsis_speech::Whisper;

fn model(name: &str) -> PathBuf {
    let dir = std::env::var("WSIS_WHISPER_MODELS")
        .expect("WSIS_WHISPER_MODELS names the directory .ci/whisper-models prints");
    let p = PathBuf::from(dir).join(name);
    assert!(p.is_file(), "{} is missing", p.display());
    p
}

/// `text` spoken by espeak-ng in `voice`, decoded as the captioner decodes recordings.
fn spoken(voice: &str, text: &str) -> Vec<f32> {
    let wav = std::env::temp_dir().join(format!("wsis-speech-{voice}-{}.wav", std::process::id()));
    let ok = Command::new("espeak-ng")
        .args(["-v", voice, "-s", "130", "-w"])
        .arg(&wav)
        .arg(text)
        .status()
        .expect("espeak-ng is installed")
        .success();
    assert!(ok, "espeak-ng failed");
    let bytes = std::fs::read(&wav).unwrap();
    let _ = std::fs::remove_file(&wav);
    wsis_captions::audio::decode(bytes, Some("wav"))
        .unwrap()
        .samples
}

const EN: &str = "Hello world. This is a test of the speech recognition system.";
const FR: &str = "Bonjour à tous. Ceci est un test du système de reconnaissance vocale.";
const ES: &str = "Hola a todos. Esta es una prueba del sistema de reconocimiento de voz.";

#[test]
#[ignore = "needs the Whisper models and espeak-ng (run by .ci/run)"]
fn english_speech_is_transcribed_by_tiny_en_with_its_times() {
    let samples = spoken("en", EN);
    let mut w = Whisper::load(&model("tiny.en.ggml"), 2).unwrap();
    assert!(!w.multilingual());
    let cues = transcribe(&samples, &mut w, Some("en"), |_, _| {}).unwrap();
    let text: String = cues
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let wer = word_error_rate(EN, &text);
    assert!(wer <= 0.35, "WER {wer}: {text}");
    let duration = samples.len() as i64 / 16;
    assert!(
        cues.iter()
            .all(|c| c.start >= 0 && c.start < c.end && c.end <= duration + 500)
    );
}

#[test]
#[ignore = "needs the Whisper models and espeak-ng (run by .ci/run)"]
fn the_multilingual_model_transcribes_french_and_spanish_and_detects_english() {
    let mut w = Whisper::load(&model("base.ggml"), 2).unwrap();
    assert!(w.multilingual());
    for (voice, text) in [("fr", FR), ("es", ES)] {
        let samples = spoken(voice, text);
        let cues = w.recognise(&samples, Some(voice)).unwrap();
        let got: String = cues
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let wer = word_error_rate(text, &got);
        assert!(wer <= 0.5, "{voice}: WER {wer}: {got}");
    }
    // The language not given: detected (espeak-ng's French and Spanish voices are too
    // robotic for the base model to tell their language; its English is not).
    let detected = w.recognise(&spoken("en", EN), None).unwrap();
    let got: String = detected
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(word_error_rate(EN, &got) <= 0.35, "detected: {got}");
}

#[test]
#[ignore = "needs the Whisper models (run by .ci/run)"]
fn silence_gives_no_captions_and_a_damaged_model_is_refused() {
    let mut w = Whisper::load(&model("tiny.en.ggml"), 2).unwrap();
    let cues = transcribe(&vec![0.0; 16_000 * 5], &mut w, None, |_, _| {}).unwrap();
    assert!(cues.is_empty());
    let bytes = std::fs::read(model("tiny.en.ggml")).unwrap();
    let broken = std::env::temp_dir().join(format!("wsis-broken-{}.ggml", std::process::id()));
    std::fs::write(&broken, &bytes[..bytes.len() / 3]).unwrap();
    assert!(Whisper::load(&broken, 1).is_err());
    let _ = std::fs::remove_file(&broken);
    assert!(Whisper::load(std::path::Path::new("/nonexistent/model.ggml"), 1).is_err());
}
