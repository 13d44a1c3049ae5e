//! The captioner's benchmark (bench/captions.sh): transcribes a recording with a model and
//! prints one line of JSON: the audio's length, the time to load the model, to decode and
//! resample, to recognise, the real-time factor (decoding and recognition over the audio's
//! length), the word error rate against a reference text if given, and the peak resident
//! memory. `wsis-captions-bench MODEL RECORDING LANG [REFERENCE_TEXT_FILE] [THREADS]`

use std::time::Instant;
use wsis_captions::pipeline::transcribe;
use wsis_captions::quality::word_error_rate;

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        return Err("usage: wsis-captions-bench MODEL RECORDING LANG [REFERENCE] [THREADS]".into());
    }
    let lang = (args[3] != "auto").then_some(args[3].as_str());
    let reference = args
        .get(4)
        .filter(|p| !p.is_empty())
        .map(std::fs::read_to_string)
        .transpose()?;
    let threads: usize = args.get(5).map(|t| t.parse()).transpose()?.unwrap_or(2);
    let t = Instant::now();
    let mut whisper = wsis_speech::Whisper::load(std::path::Path::new(&args[1]), threads)?;
    let load = t.elapsed().as_secs_f64();
    let bytes = std::fs::read(&args[2])?;
    let t = Instant::now();
    let audio = wsis_captions::audio::decode(bytes, None)?;
    let decode = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let cues = transcribe(&audio.samples, &mut whisper, lang, |_, _| {})?;
    let recognise = t.elapsed().as_secs_f64();
    let text: Vec<&str> = cues.iter().map(|c| c.text.as_str()).collect();
    let text = text.join(" ");
    let secs = audio.duration_ms() as f64 / 1000.0;
    let out = serde_json::json!({
        "audio_s": secs,
        "load_s": load,
        "decode_s": decode,
        "recognise_s": recognise,
        "rtf": (decode + recognise) / secs.max(0.001),
        "wer": reference.as_deref().map(|r| word_error_rate(r, &text)),
        "peak_rss_mib": peak_rss_mib(),
        "captions": cues.len(),
        "text": text,
    });
    println!("{out}");
    Ok(())
}
