//! `wsis captions`: converting a Whisper model into the format the captioner loads, and
//! transcribing a recording into captions.

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::path::PathBuf;
use std::time::Instant;
use wsis_captions::cues::{Format, write};

#[derive(Subcommand)]
pub enum CaptionsCommand {
    /// Convert a Whisper model in CTranslate2's format (a directory with `model.bin` and
    /// `vocabulary.txt`, as the registry packages ship it) into the ggml file the
    /// captioner loads: `captions convert DIR -o FILE`.
    Convert {
        /// The CTranslate2 model's directory
        from: PathBuf,
        /// The ggml file to write
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Transcribe a recording (WAV, FLAC, MP3, Ogg/Vorbis or Ogg/Opus; any sample rate and channel
    /// count) into timestamped captions: `captions transcribe FILE --model FILE --lang fr
    /// --format vtt -o OUT`.
    Transcribe {
        /// The recording
        file: PathBuf,
        /// The model file (made by `captions convert`)
        #[arg(long)]
        model: PathBuf,
        /// The language spoken: ar, zh, en, fr, ru, es, or auto (detected)
        #[arg(long, default_value = "auto")]
        lang: String,
        /// vtt, srt, txt or json
        #[arg(long, default_value = "vtt")]
        format: String,
        /// Where to write the captions (standard output without it)
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// CPU threads for recognition (all cores by default)
        #[arg(long)]
        threads: Option<usize>,
    },
}

pub async fn run(command: CaptionsCommand) -> Result<()> {
    tokio::task::spawn_blocking(move || match command {
        CaptionsCommand::Convert { from, output } => convert(from, output),
        CaptionsCommand::Transcribe {
            file,
            model,
            lang,
            format,
            output,
            threads,
        } => transcribe(file, model, &lang, &format, output, threads),
    })
    .await
    .context("the captions task stopped")?
}

fn convert(from: PathBuf, output: PathBuf) -> Result<()> {
    let bin = std::fs::read(from.join("model.bin"))
        .with_context(|| format!("reading {}", from.join("model.bin").display()))?;
    let vocab = std::fs::read_to_string(from.join("vocabulary.txt"))
        .with_context(|| format!("reading {}", from.join("vocabulary.txt").display()))?;
    let tmp = output.with_extension("part");
    let file =
        std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let info = match wsis_captions::convert::convert(&bin, &vocab, &mut w) {
        Ok(i) => i,
        Err(e) => {
            drop(w);
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
    };
    use std::io::Write;
    w.flush()?;
    drop(w);
    std::fs::rename(&tmp, &output)?;
    eprintln!(
        "{}: Whisper, {} model, {} + {} layers of {}, {} tokens",
        output.display(),
        if info.multilingual {
            "multilingual"
        } else {
            "English-only"
        },
        info.encoder_layers,
        info.decoder_layers,
        info.d_model,
        info.n_vocab
    );
    Ok(())
}

fn transcribe(
    file: PathBuf,
    model: PathBuf,
    lang: &str,
    format: &str,
    output: Option<PathBuf>,
    threads: Option<usize>,
) -> Result<()> {
    let Some(format) = Format::parse(format) else {
        bail!("--format must be vtt, srt, txt or json, not {format:?}");
    };
    let lang = match lang {
        "auto" => None,
        l if wsis_domain::Language::ALL.iter().any(|x| x.code() == l) => Some(l),
        l => bail!("--lang must be ar, zh, en, fr, ru, es or auto, not {l:?}"),
    };
    let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
    let ext = file.extension().and_then(|e| e.to_str()).map(str::to_owned);
    let started = Instant::now();
    let audio = wsis_captions::audio::decode(bytes, ext.as_deref())
        .with_context(|| format!("{} cannot be transcribed", file.display()))?;
    if audio.truncated {
        eprintln!(
            "warning: {} is damaged; what could be read is transcribed",
            file.display()
        );
    }
    let threads = threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let mut whisper = wsis_speech::Whisper::load(&model, threads)?;
    if lang.is_some_and(|l| l != "en") && !whisper.multilingual() {
        bail!(
            "{} knows English only: use a multilingual model",
            model.display()
        );
    }
    let bar = indicatif::ProgressBar::new(audio.duration_ms().max(1) as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {percent:>3}% of the speech, {eta} left")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let cues =
        wsis_captions::pipeline::transcribe(&audio.samples, &mut whisper, lang, |done, total| {
            bar.set_length(total.max(1) as u64);
            bar.set_position(done as u64);
        })?;
    bar.finish_and_clear();
    let text = write(&cues, format);
    match &output {
        Some(p) => std::fs::write(p, &text).with_context(|| format!("writing {}", p.display()))?,
        None => print!("{text}"),
    }
    let secs = started.elapsed().as_secs_f64();
    let audio_secs = audio.duration_ms() as f64 / 1000.0;
    eprintln!(
        "{:.1} s of audio ({} Hz, {} channel(s)) in {:.1} s: real-time factor {:.3}; {} captions",
        audio_secs,
        audio.source_rate,
        audio.source_channels,
        secs,
        secs / audio_secs.max(0.001),
        cues.len()
    );
    Ok(())
}

/// The speech models a node was configured with (`--captions-model`), loaded by
/// whisper.cpp for each job.
pub struct Models {
    /// (language, or none for every language; file), as configured.
    pub models: Vec<(Option<String>, std::path::PathBuf)>,
    pub threads: usize,
}

impl wsis_app::forum::captions::SpeechModels for Models {
    fn load(
        &self,
        lang: Option<&str>,
        live: bool,
    ) -> Result<wsis_app::forum::captions::BoxedRecognizer, wsis_captions::pipeline::RecogniseError>
    {
        use wsis_captions::pipeline::RecogniseError;
        let path = lang
            .and_then(|l| self.models.iter().find(|(m, _)| m.as_deref() == Some(l)))
            .or_else(|| self.models.iter().find(|(m, _)| m.is_none()))
            .or_else(|| {
                // Detection without a multilingual model: the one model there is.
                (lang.is_none() && self.models.len() == 1).then(|| &self.models[0])
            })
            .map(|(_, p)| p)
            .ok_or_else(|| {
                RecogniseError::Model(format!("no model for {}", lang.unwrap_or("detection")))
            })?;
        let w = wsis_speech::Whisper::load(path, self.threads)?;
        if let Some(l) = lang
            && l != "en"
            && !w.multilingual()
        {
            return Err(RecogniseError::Model(format!(
                "{} knows English only, not {l}",
                path.display()
            )));
        }
        Ok(Box::new(if live { w.for_short_utterances() } else { w }))
    }
}
