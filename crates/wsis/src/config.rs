//! Configuration: flags, then `WSIS_*` environment variables, then an
//! optional TOML file, then defaults; validated before anything starts.

use anyhow::{Context, Result, bail};
use clap::Args;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;
use wsis_db::{ConnectOptions, Db};

#[derive(Args, Debug, Clone, Default)]
pub struct ConfigArgs {
    /// Address and port to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "WSIS_LISTEN")]
    pub listen: Option<String>,
    /// Directory for the SQLite database, the outbox and files [default: ./wsis-data]
    #[arg(long, env = "WSIS_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Directory for uploaded files, and for files a node derives (ballots) [default: DATA_DIR/media]
    #[arg(long, env = "WSIS_MEDIA_DIR")]
    pub media_dir: Option<PathBuf>,
    /// Keep uploaded files in S3-compatible object storage instead of MEDIA_DIR: s3://BUCKET[/PREFIX]; credentials, region and endpoint from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ENDPOINT, AWS_ALLOW_HTTP
    #[arg(long, env = "WSIS_MEDIA_URL")]
    pub media_url: Option<String>,
    /// Database URL: sqlite:PATH or postgres://… [default: sqlite:DATA_DIR/wsis.db]
    #[arg(long, env = "WSIS_DATABASE_URL")]
    pub database_url: Option<String>,
    /// TOML configuration file (keys as the long flags, with underscores)
    #[arg(long, short = 'c', env = "WSIS_CONFIG")]
    pub config: Option<PathBuf>,
    /// The public address of the platform, for links in e-mails [default: http://LISTEN]
    #[arg(long, env = "WSIS_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// SMTP server URL (smtp://host:25, smtps://user:pass@host); without it, mail goes to DATA_DIR/outbox
    #[arg(long, env = "WSIS_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of the platform's e-mail
    #[arg(long, env = "WSIS_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// How many reverse proxies stand in front, each appending the address it received from to X-Forwarded-For (0: none) [default: 0]
    #[arg(long, env = "WSIS_PROXY_HOPS")]
    pub proxy_hops: Option<usize>,
    /// Seconds a client has to send a request's headers, and an idle connection stays open [default: 10]
    #[arg(long, env = "WSIS_HEADER_TIMEOUT")]
    pub header_timeout: Option<u64>,
    /// Search answers kept per version of the search index; every write starts a new version (0 disables) [default: 1024]
    #[arg(long, env = "WSIS_SEARCH_CACHE")]
    pub search_cache: Option<usize>,
    /// Run a job-queue worker inside `serve` (e-mail, reminders, background work); turn it off when `wsis worker` processes do the work [default: true]
    #[arg(long, env = "WSIS_JOBS")]
    pub jobs: Option<bool>,
    /// A speech model for machine captioning (a ggml file made by `wsis captions convert`): PATH for a multilingual model used for every language, or LANG=PATH for one language (repeat it); a node with models transcribes recordings and captions sessions live
    #[arg(
        long = "captions-model",
        env = "WSIS_CAPTIONS_MODEL",
        value_delimiter = ','
    )]
    pub captions_model: Vec<String>,
    /// Live caption streams (and recordings) this node recognises at once [default: 2]
    #[arg(long, env = "WSIS_CAPTION_STREAMS")]
    pub caption_streams: Option<usize>,
    /// CPU threads per recognition [default: the machine's cores]
    #[arg(long, env = "WSIS_CAPTION_THREADS")]
    pub caption_threads: Option<usize>,
}

/// The TOML file: the same keys as the flags.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    data_dir: Option<PathBuf>,
    media_dir: Option<PathBuf>,
    media_url: Option<String>,
    database_url: Option<String>,
    public_url: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    proxy_hops: Option<usize>,
    header_timeout: Option<u64>,
    search_cache: Option<usize>,
    jobs: Option<bool>,
    captions_model: Option<Vec<String>>,
    caption_streams: Option<usize>,
    caption_threads: Option<usize>,
}

/// `--captions-model` values: `PATH` (every language) or `LANG=PATH`, each file present.
fn parse_models(raw: &[String]) -> Result<Vec<(Option<String>, PathBuf)>> {
    let mut out = Vec::new();
    for v in raw.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let (lang, path) = match v.split_once('=') {
            Some((l, p)) if l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()) => {
                if !wsis_domain::Language::ALL.iter().any(|x| x.code() == l) {
                    bail!(
                        "bad value for captions_model: {v:?} (the language must be one of ar, zh, en, fr, ru, es)"
                    );
                }
                (Some(l.to_owned()), PathBuf::from(p))
            }
            _ => (None, PathBuf::from(v)),
        };
        if !path.is_file() {
            bail!(
                "bad value for captions_model: {} is not a file (make one with `wsis captions convert`)",
                path.display()
            );
        }
        out.push((lang, path));
    }
    Ok(out)
}

/// Validated settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub media_dir: PathBuf,
    /// Where uploaded files are kept (MEDIA_DIR, or the store `--media-url` names).
    pub media: wsis_media::MediaStore,
    pub database_url: String,
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// Reverse proxies in front (their X-Forwarded-For entries are believed).
    pub proxy_hops: usize,
    /// How long a client may take to send a request's headers, or stay idle.
    pub header_timeout: std::time::Duration,
    /// Search answers kept per version of the search index (0: none).
    pub search_cache: usize,
    /// `serve` runs a job-queue worker.
    pub jobs: bool,
    /// Speech models: (language or none for every language, file).
    pub captions_models: Vec<(Option<String>, PathBuf)>,
    pub caption_streams: usize,
    pub caption_threads: usize,
}

impl Settings {
    /// Merges and checks everything that can be checked without the database.
    pub fn load(args: ConfigArgs) -> Result<Settings> {
        let file: FileConfig = match &args.config {
            Some(path) => {
                let text = std::fs::read_to_string(path).with_context(|| {
                    format!("cannot read the configuration file {}", path.display())
                })?;
                toml::from_str(&text)
                    .with_context(|| format!("bad configuration file {}", path.display()))?
            }
            None => FileConfig::default(),
        };
        let listen_raw = args
            .listen
            .or(file.listen)
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let listen: SocketAddr = listen_raw.parse().with_context(|| {
            format!(
                "bad value for listen: {listen_raw:?} (expected ADDRESS:PORT, e.g. 127.0.0.1:8080)"
            )
        })?;
        let data_dir = args
            .data_dir
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("./wsis-data"));
        ensure_writable(&data_dir)?;
        let media_dir = args
            .media_dir
            .or(file.media_dir)
            .unwrap_or_else(|| data_dir.join("media"));
        ensure_writable(&media_dir)?;
        let media_url = args.media_url.or(file.media_url);
        let media =
            wsis_media::MediaStore::open(media_url.as_deref(), &media_dir).with_context(|| {
                format!(
                    "bad value for media_url: {:?} (expected s3://BUCKET[/PREFIX] or file:///PATH)",
                    media_url.as_deref().unwrap_or_default()
                )
            })?;
        let database_url = args
            .database_url
            .or(file.database_url)
            .unwrap_or_else(|| format!("sqlite:{}", data_dir.join("wsis.db").display()));
        if wsis_db::Backend::from_url(&database_url).is_err() {
            bail!(
                "bad value for database_url: {:?} (expected sqlite:PATH or postgres://…)",
                redact(&database_url)
            );
        }
        let public_url = args
            .public_url
            .or(file.public_url)
            .unwrap_or_else(|| format!("http://{listen}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            bail!("bad value for public_url: {public_url:?} (expected http://… or https://…)");
        }
        let smtp_url = args.smtp_url.or(file.smtp_url);
        if let Some(u) = &smtp_url
            && !(u.starts_with("smtp://") || u.starts_with("smtps://"))
        {
            bail!(
                "bad value for smtp_url: {:?} (expected smtp://… or smtps://…)",
                redact(u)
            );
        }
        let captions_raw = if args.captions_model.is_empty() {
            file.captions_model.unwrap_or_default()
        } else {
            args.captions_model
        };
        let captions_models = parse_models(&captions_raw)?;
        Ok(Settings {
            captions_models,
            caption_streams: args
                .caption_streams
                .or(file.caption_streams)
                .unwrap_or(2)
                .clamp(1, 64),
            caption_threads: args
                .caption_threads
                .or(file.caption_threads)
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
                .clamp(1, 64),
            listen,
            data_dir,
            media_dir,
            media,
            database_url,
            public_url: public_url.trim_end_matches('/').to_owned(),
            smtp_url,
            mail_from: args
                .mail_from
                .or(file.mail_from)
                .unwrap_or_else(|| "WSIS Platform <noreply@localhost>".to_owned()),
            proxy_hops: args.proxy_hops.or(file.proxy_hops).unwrap_or(0),
            header_timeout: std::time::Duration::from_secs(
                args.header_timeout
                    .or(file.header_timeout)
                    .unwrap_or(10)
                    .clamp(1, 3600),
            ),
            search_cache: args
                .search_cache
                .or(file.search_cache)
                .unwrap_or(wsis_search::DEFAULT_ANSWER_CACHE),
            jobs: args.jobs.or(file.jobs).unwrap_or(true),
        })
    }

    /// The mailer the job queue sends with: SMTP when configured, else the outbox
    /// directory under the data directory.
    pub fn mailer(&self) -> Result<wsis_app::mail::Mailer> {
        use wsis_app::mail::Mailer;
        match &self.smtp_url {
            Some(url) => Mailer::smtp(url).context("bad SMTP settings"),
            None => {
                let dir = self.data_dir.join("outbox");
                tracing::info!(outbox = %dir.display(), "no SMTP server configured: e-mail goes to the outbox directory");
                Mailer::outbox(&dir)
                    .with_context(|| format!("cannot create the outbox {}", dir.display()))
            }
        }
    }

    /// The services' settings.
    pub fn app_config(&self) -> wsis_app::AppConfig {
        let mut c = wsis_app::AppConfig::new(&self.public_url);
        c.mail_from = self.mail_from.clone();
        c.media_dir = self.media_dir.clone();
        c.media = Some(self.media.clone());
        c.caption_streams = self.caption_streams;
        if !self.captions_models.is_empty() {
            c.speech = Some(wsis_app::forum::captions::Speech(std::sync::Arc::new(
                crate::captions::Models {
                    models: self.captions_models.clone(),
                    threads: self.caption_threads,
                },
            )));
        }
        c
    }

    /// Checks that the media store answers, with a clear message when it does not.
    pub async fn check_media(&self) -> Result<()> {
        self.media
            .check()
            .await
            .with_context(|| format!("cannot use the media store {}", self.media.location()))
    }

    /// Connects to the database, with a clear message when it cannot.
    pub async fn connect(&self) -> Result<Db> {
        let url = redact(&self.database_url);
        let db = tokio::time::timeout(
            Duration::from_secs(15),
            Db::connect(&self.database_url, ConnectOptions::default()),
        )
        .await
        .with_context(|| format!("the database at {url} did not answer within 15 s"))?
        .with_context(|| format!("cannot reach the database at {url}"))?;
        db.ping()
            .await
            .with_context(|| format!("cannot reach the database at {url}"))?;
        Ok(db)
    }
}

/// Creates the directory if needed and proves that it can be written.
fn ensure_writable(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    let probe = dir.join(".wsis-write-test");
    std::fs::write(&probe, b"ok")
        .with_context(|| format!("the data directory {} is not writable", dir.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

/// Hides the password of a URL in messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_in_urls() {
        assert_eq!(redact("postgres://u:secret@db/x"), "postgres://u:***@db/x");
        assert_eq!(redact("sqlite:./a.db"), "sqlite:./a.db");
    }

    #[test]
    fn bad_values_are_refused_with_the_setting_named() {
        let dir = std::env::temp_dir().join(format!("wsis-cfg-{}", std::process::id()));
        let base = ConfigArgs {
            data_dir: Some(dir.clone()),
            ..Default::default()
        };
        let e = Settings::load(ConfigArgs {
            listen: Some("nonsense".into()),
            ..base.clone()
        })
        .unwrap_err();
        assert!(format!("{e:#}").contains("bad value for listen"), "{e:#}");
        let e = Settings::load(ConfigArgs {
            database_url: Some("mysql://x".into()),
            ..base.clone()
        })
        .unwrap_err();
        assert!(format!("{e:#}").contains("database_url"), "{e:#}");
        let s = Settings::load(base.clone()).unwrap();
        assert_eq!(s.listen.port(), 8080);
        assert!(s.database_url.starts_with("sqlite:"));
    }

    #[test]
    fn an_unwritable_data_directory_is_refused() {
        let file = std::env::temp_dir().join(format!("wsis-cfg-file-{}", std::process::id()));
        std::fs::write(&file, b"x").unwrap();
        let e = Settings::load(ConfigArgs {
            data_dir: Some(file.join("sub")),
            ..Default::default()
        })
        .unwrap_err();
        assert!(format!("{e:#}").contains("data directory"), "{e:#}");
    }

    #[test]
    fn a_config_file_is_read_and_flags_win() {
        let dir = std::env::temp_dir().join(format!("wsis-cfg2-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("wsis.toml");
        std::fs::write(&path, format!("listen = \"127.0.0.1:9999\"\ndata_dir = \"{}\"\npublic_url = \"https://wsis.example.org/\"\n", dir.display())).unwrap();
        let s = Settings::load(ConfigArgs {
            config: Some(path.clone()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(s.listen.port(), 9999);
        assert_eq!(s.public_url, "https://wsis.example.org");
        let s = Settings::load(ConfigArgs {
            config: Some(path.clone()),
            listen: Some("127.0.0.1:7000".into()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(s.listen.port(), 7000);
        std::fs::write(&path, "lisen = \"x\"\n").unwrap();
        let e = Settings::load(ConfigArgs {
            config: Some(path),
            ..Default::default()
        })
        .unwrap_err();
        assert!(format!("{e:#}").contains("bad configuration file"), "{e:#}");
    }
}
