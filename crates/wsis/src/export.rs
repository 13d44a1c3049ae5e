//! `wsis export`: published stocktaking entries as open data, filtered like
//! the search, through the same code as the API's export
//! (`wsis_app::stocktaking::export::export_entries`), so that both give the
//! same bytes for the same filters.

use crate::config::{ConfigArgs, Settings};
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use wsis_app::stocktaking::export::{ExportFormat, SearchParams, export_entries};
use wsis_app::stocktaking::search::{is_current, rebuild_index};
use wsis_search::{Facet, SearchIndex};

#[derive(Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// csv, json or jsonl
    #[arg(long, default_value = "csv")]
    pub format: String,
    /// Free text, as the API's `q`
    #[arg(short = 'q', long = "query")]
    pub query: Option<String>,
    /// A filter FACET:VALUE, as the API's `f` (repeatable), e.g. `-f c7_subline:C7.4`
    #[arg(short = 'f', long = "filter")]
    pub filters: Vec<String>,
    /// Action Line or C7 sub-line (e.g. C2, C7.3); repeatable
    #[arg(long)]
    pub action_line: Vec<String>,
    /// SDG number; repeatable
    #[arg(long)]
    pub sdg: Vec<String>,
    /// SDG target (e.g. 4.a); repeatable
    #[arg(long)]
    pub target: Vec<String>,
    /// Country (ISO 3166 alpha-2); repeatable
    #[arg(long)]
    pub country: Vec<String>,
    /// Region (M49 or ITU code); repeatable
    #[arg(long)]
    pub region: Vec<String>,
    /// Stakeholder type; repeatable
    #[arg(long)]
    pub stakeholder_type: Vec<String>,
    /// Activity type; repeatable
    #[arg(long)]
    pub activity_type: Vec<String>,
    /// Activity status (planned, ongoing, completed); repeatable
    #[arg(long)]
    pub status: Vec<String>,
    /// Start year; repeatable
    #[arg(long)]
    pub year: Vec<String>,
    /// Call (year); repeatable
    #[arg(long)]
    pub call: Vec<String>,
    /// A language the activity works in; repeatable
    #[arg(long)]
    pub language: Vec<String>,
    /// relevance (default) or newest
    #[arg(long)]
    pub sort: Option<String>,
    /// Language of the search's text analysis, as the API's `lang`
    #[arg(long)]
    pub lang: Option<String>,
    /// Where to write (default: standard output)
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
}

impl ExportArgs {
    /// The API query string these options stand for.
    pub fn query_string(&self) -> Result<String> {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(q) = &self.query {
            pairs.push(("q", q.clone()));
        }
        for f in &self.filters {
            let Some((facet, value)) = f.split_once(':') else {
                bail!("bad filter {f:?}: expected FACET:VALUE, e.g. sdg:4");
            };
            if Facet::parse_searchable(facet).is_none() {
                bail!(
                    "unknown facet {facet:?}: use action_line, sdg, target, country, region, \
                     stakeholder_type, activity_type, status, year, call or language"
                );
            }
            if value.is_empty() {
                bail!("bad filter {f:?}: the value is empty");
            }
            pairs.push(("f", f.clone()));
        }
        for (facet, values) in [
            ("action_line", &self.action_line),
            ("sdg", &self.sdg),
            ("target", &self.target),
            ("country", &self.country),
            ("region", &self.region),
            ("stakeholder_type", &self.stakeholder_type),
            ("activity_type", &self.activity_type),
            ("status", &self.status),
            ("year", &self.year),
            ("call", &self.call),
            ("language", &self.language),
        ] {
            for v in values {
                pairs.push(("f", format!("{facet}:{v}")));
            }
        }
        match self.sort.as_deref() {
            None | Some("relevance") => {}
            Some("newest") => pairs.push(("sort", "newest".into())),
            Some(other) => bail!("unknown sort {other:?}: use relevance or newest"),
        }
        if let Some(l) = &self.lang {
            if !wsis_domain::Language::ALL.iter().any(|x| x.code() == l) {
                bail!("unknown language {l:?}: use ar, zh, en, fr, ru or es");
            }
            pairs.push(("lang", l.clone()));
        }
        Ok(serde_urlencoded::to_string(&pairs)?)
    }
}

/// This node's search index when it holds every published entry and has followed every
/// change; otherwise (no `serve` has built it yet, or it is behind) one built in memory from
/// the database. The node's index is only read, never written.
async fn app_for(settings: &Settings, db: &wsis_db::Db) -> Result<wsis_app::App> {
    let dir = settings.data_dir.join("search-index");
    if dir.join("meta.json").exists()
        && let Ok(index) = SearchIndex::open_in_dir(&dir)
    {
        let app = crate::cli_app(settings, db.clone(), Arc::new(index))?;
        if is_current(&app).await? {
            return Ok(app);
        }
    }
    let app = crate::cli_app(settings, db.clone(), Arc::new(SearchIndex::in_ram()?))?;
    rebuild_index(&app, |_| {})
        .await
        .context("cannot index the published entries")?;
    Ok(app)
}

pub async fn run(args: ExportArgs) -> Result<()> {
    let Some(format) = ExportFormat::parse(&args.format) else {
        bail!("unknown format {:?}: use csv, json or jsonl", args.format);
    };
    let query = args.query_string()?;
    let params = SearchParams::parse(Some(&query)).map_err(|errors| {
        let lang = wsis_domain::Language::En;
        let lines: Vec<String> = errors
            .0
            .iter()
            .map(|e| wsis_i18n::I18N.tr(lang, e.key))
            .collect();
        anyhow::anyhow!("{}", lines.join("\n"))
    })?;
    let settings = Settings::load(args.config)?;
    let db = settings.connect().await?;
    wsis_db::migrate::migrate(&db).await?;
    let app = app_for(&settings, &db).await?;
    let bytes = export_entries(&app, &params, format)
        .await
        .map_err(|e| anyhow::anyhow!("cannot export: {e}"))?;
    match &args.output {
        Some(path) => {
            std::fs::write(path, &bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("{} bytes → {}", bytes.len(), path.display());
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(())
}
