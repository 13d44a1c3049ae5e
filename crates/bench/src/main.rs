//! `wsis-bench-pg-search`: the baseline of the search benchmark, a binary of its own
//! so that the production `wsis` does not carry it.
//! It answers the same `/api/v1/stocktaking/entries?q=…&f=…` requests as
//! `wsis serve`, with PostgreSQL full-text search (a GIN-indexed tsvector)
//! and facet counts by GROUP BY over `entry_facets`, so that wrk can load
//! both with the same request list (see bench/search.sh).

use anyhow::{Context, Result};
use axum::extract::{RawQuery, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use sqlx::Row;
use sqlx::postgres::{PgPool, PgPoolOptions};
use std::net::SocketAddr;

#[derive(Serialize)]
struct FacetCounts {
    facet: String,
    values: Vec<(String, i64)>,
}

#[derive(Serialize)]
struct Answer {
    total: i64,
    hits: Vec<i64>,
    facets: Vec<FacetCounts>,
}

fn params(raw: Option<&str>) -> (String, Vec<(String, String)>) {
    let pairs: Vec<(String, String)> = raw
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let q = pairs
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let filters = pairs
        .iter()
        .filter(|(k, _)| k == "f")
        .filter_map(|(_, v)| v.split_once(':').map(|(a, b)| (a.to_owned(), b.to_owned())))
        .collect();
    (q, filters)
}

async fn search(
    State(pool): State<PgPool>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Answer>, String> {
    let (q, filters) = params(raw.as_deref());
    // WHERE clause: the text query, then one EXISTS per filter ($2/$3, $4/$5, …).
    let mut cond = String::from("($1 = '' OR d.tsv @@ plainto_tsquery('simple', $1))");
    for i in 0..filters.len() {
        cond.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM entry_facets f WHERE f.entry_id = d.id AND f.facet = ${} AND f.value = ${})",
            2 + 2 * i,
            3 + 2 * i
        ));
    }
    let bind = |sql: String| {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(q.clone());
        for (f, v) in &filters {
            query = query.bind(f.clone()).bind(v.clone());
        }
        query
    };
    let hits = bind(format!(
        "SELECT d.id FROM bench_docs d WHERE {cond}
         ORDER BY ts_rank(d.tsv, plainto_tsquery('simple', $1)) DESC, d.id LIMIT 20"
    ))
    .fetch_all(&pool)
    .await
    .map_err(|e| e.to_string())?
    .iter()
    .map(|r| r.get::<i64, _>(0))
    .collect();
    let total: i64 = bind(format!("SELECT COUNT(*) FROM bench_docs d WHERE {cond}"))
        .fetch_one(&pool)
        .await
        .map_err(|e| e.to_string())?
        .get(0);
    let rows = bind(format!(
        "SELECT f.facet, f.value, COUNT(*) FROM entry_facets f
         WHERE f.entry_id IN (SELECT d.id FROM bench_docs d WHERE {cond})
         GROUP BY f.facet, f.value ORDER BY f.facet, COUNT(*) DESC"
    ))
    .fetch_all(&pool)
    .await
    .map_err(|e| e.to_string())?;
    let mut facets: Vec<FacetCounts> = Vec::new();
    for r in rows {
        let (facet, value, n): (String, String, i64) = (r.get(0), r.get(1), r.get(2));
        match facets.last_mut() {
            Some(last) if last.facet == facet => last.values.push((value, n)),
            _ => facets.push(FacetCounts {
                facet,
                values: vec![(value, n)],
            }),
        }
    }
    Ok(Json(Answer {
        total,
        hits,
        facets,
    }))
}

/// The PostgreSQL full-text baseline of the search benchmark (bench/search.sh).
#[derive(clap::Parser)]
struct Args {
    /// The PostgreSQL database `wsis demo-data --database-url` filled.
    #[arg(long)]
    database_url: String,
    #[arg(long, default_value = "127.0.0.1:18600")]
    listen: SocketAddr,
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = <Args as clap::Parser>::parse();
    serve_pg_search(&args.database_url, args.listen).await
}

/// Builds `bench_docs` (id, tsvector of title, description and organisation
/// of the published revision) with a GIN index, then serves the baseline.
async fn serve_pg_search(url: &str, listen: SocketAddr) -> Result<()> {
    let pool = PgPoolOptions::new()
        .max_connections(16)
        .connect(url)
        .await
        .context("cannot reach PostgreSQL")?;
    let exists: bool = sqlx::query_scalar("SELECT to_regclass('bench_docs') IS NOT NULL")
        .fetch_one(&pool)
        .await?;
    if !exists {
        sqlx::raw_sql(
            "CREATE TABLE bench_docs AS
               SELECT e.id, to_tsvector('simple', (r.data::json->>'title') || ' ' || (r.data::json->>'description')
                 || ' ' || (r.data::json->>'organisation')) AS tsv
               FROM entries e JOIN entry_revisions r ON r.entry_id = e.id AND r.number = e.published_revision
               WHERE e.published_revision IS NOT NULL;
             ALTER TABLE bench_docs ADD PRIMARY KEY (id);
             CREATE INDEX bench_docs_tsv ON bench_docs USING GIN (tsv);
             ANALYZE bench_docs; ANALYZE entry_facets;",
        )
        .execute(&pool)
        .await
        .context("cannot build bench_docs")?;
    }
    let app = Router::new()
        .route("/api/v1/stocktaking/entries", get(search))
        .with_state(pool);
    let listener = tokio::net::TcpListener::bind(listen).await?;
    println!("PostgreSQL search baseline on http://{listen}");
    axum::serve(listener, app).await?;
    Ok(())
}
