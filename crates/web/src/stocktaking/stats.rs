//! Statistics of published entries: bar charts and an Action Line × SDG
//! heat map as SVG drawn by the server, each with the same numbers in a
//! table, and overview pages per Action Line, SDG and country.

use super::facet_label;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use wsis_app::stocktaking::reads;
use wsis_domain::Language;
use wsis_domain::taxonomy::{action_lines::CATEGORIES, sdg};
use wsis_i18n::format_number;
use wsis_search::Facet;

/// One bar, with its geometry already mirrored for right-to-left pages.
pub struct Bar {
    pub label: String,
    /// The label cut to fit the chart (see `fit_label`).
    pub short: String,
    pub value: String,
    pub href: String,
    pub y: u32,
    pub x: u32,
    pub width: u32,
    pub label_x: u32,
    pub value_x: u32,
}

pub struct Chart {
    pub id: String,
    pub title: String,
    pub height: u32,
    pub anchor_label: &'static str,
    pub anchor_value: &'static str,
    pub bars: Vec<Bar>,
}

const W: u32 = 720;
const LABEL_W: u32 = 260;
const ROW: u32 = 24;

/// A label as long as the chart's label column allows (about 36 Latin letters; wide CJK
/// characters count twice), cut with an ellipsis; the full label is the SVG title and
/// in the table.
fn fit_label(label: &str) -> String {
    const ROOM: usize = 36;
    let mut used = 0;
    let mut out = String::new();
    for c in label.chars() {
        let w = if ('\u{2E80}'..='\u{9FFF}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c)
        {
            2
        } else {
            1
        };
        if used + w > ROOM {
            out.truncate(out.trim_end().len());
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

pub(crate) fn chart(
    id: &str,
    title: String,
    rows: Vec<(String, i64, String)>,
    lang: Language,
) -> Chart {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1) as f64;
    let rtl = lang.dir() == "rtl";
    let span = W - LABEL_W - 60;
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, n, href))| {
            let width = ((n as f64 / max) * span as f64).round().max(1.0) as u32;
            // Right to left (the SVG inherits the page's direction, so
            // `start` is a text's right end): labels hug the right edge,
            // bars grow leftwards, values sit left of the bars.
            let (x, label_x, value_x) = if rtl {
                (W - LABEL_W - width, W - 4, W - LABEL_W - width - 6)
            } else {
                (LABEL_W, LABEL_W - 8, LABEL_W + width + 6)
            };
            Bar {
                short: fit_label(&label),
                label,
                value: format_number(lang, n),
                href,
                y: i as u32 * ROW + 4,
                x,
                width,
                label_x,
                value_x,
            }
        })
        .collect::<Vec<_>>();
    Chart {
        id: id.to_owned(),
        title,
        height: bars.len() as u32 * ROW + 8,
        anchor_label: if rtl { "start" } else { "end" },
        anchor_value: "start",
        bars,
    }
}

pub struct HeatCell {
    pub x: u32,
    pub y: u32,
    pub shade: String,
    pub title: String,
}

#[derive(Template)]
#[template(path = "stocktaking/stats.html")]
struct StatsPage {
    page: Page,
    total: String,
    charts: Vec<Chart>,
    heat_rows: Vec<(String, Vec<String>)>,
    heat_cols: Vec<String>,
    heat_cells: Vec<HeatCell>,
    /// Row labels (Action Line codes) and column labels (goal numbers) of the SVG: (x or
    /// y of the text, label).
    heat_row_labels: Vec<(u32, String)>,
    heat_col_labels: Vec<(u32, String)>,
    heat_height: u32,
}

async fn counted(
    state: &AppState,
    facet: Facet,
    lang: Language,
    page: &Page,
    order_by_value: bool,
) -> AppResult<Vec<(String, i64, String)>> {
    let mut rows = reads::facet_counts(&state.app, facet).await?;
    if order_by_value {
        rows.sort_by(|a, b| a.0.cmp(&b.0));
    }
    Ok(rows
        .into_iter()
        .map(|(v, n)| {
            // The statistics count sub-lines with the Action Lines; the search has them apart.
            let key = match facet {
                Facet::ActionLine if v.starts_with("C7.") => Facet::C7Subline.code(),
                _ => facet.code(),
            };
            let href = page.href(&format!("/stocktaking?f={key}:{v}"));
            (facet_label(facet, &v, lang), n, href)
        })
        .collect())
}

pub async fn statistics(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let lang = ctx.lang;
    let page = Page::new(&ctx, "stats-title", "stocktaking");
    let total = reads::count_published(&state.app).await?;
    let mut lines = counted(&state, Facet::ActionLine, lang, &page, false).await?;
    let order = |code: &str| {
        CATEGORIES
            .iter()
            .position(|c| c.code == code.split(' ').next().unwrap_or(""))
            .unwrap_or(99)
    };
    lines.retain(|(l, _, _)| l.split(' ').next() != Some("C7"));
    lines.sort_by_key(|(l, _, _)| order(l));
    let mut sdgs = counted(&state, Facet::Sdg, lang, &page, false).await?;
    sdgs.sort_by_key(|(l, _, _)| {
        l.split('.')
            .next()
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(99)
    });
    // The five M49 regions: a national entry counts in its countries' region, a
    // regional one in the region containing its own (ITU regions would leave those out).
    let continents: Vec<String> = wsis_domain::taxonomy::countries::m49_regions()
        .iter()
        .filter(|r| r.kind == "region")
        .map(|r| {
            page.href(&format!(
                "/stocktaking?f={}:{}",
                Facet::Region.code(),
                r.code
            ))
        })
        .collect();
    let mut regions = counted(&state, Facet::Region, lang, &page, false).await?;
    regions.retain(|(_, _, href)| continents.contains(href));
    let charts = vec![
        chart("by-line", page.t("stats-by-action-line"), lines, lang),
        chart("by-sdg", page.t("stats-by-sdg"), sdgs, lang),
        chart("by-region", page.t("stats-by-region"), regions, lang),
        chart(
            "by-stakeholder",
            page.t("stats-by-stakeholder"),
            counted(&state, Facet::StakeholderType, lang, &page, false).await?,
            lang,
        ),
        chart(
            "by-year",
            page.t("stats-by-year"),
            counted(&state, Facet::Year, lang, &page, true).await?,
            lang,
        ),
    ];
    // The heat map: the 18 categories × 17 goals.
    let pairs = reads::facet_pair_counts(&state.app, Facet::ActionLine, Facet::Sdg).await?;
    let max = pairs.iter().map(|p| p.2).max().unwrap_or(1).max(1) as f64;
    let mut heat_cells = Vec::new();
    let mut heat_rows = Vec::new();
    for (r, c) in CATEGORIES.iter().enumerate() {
        let mut row = Vec::new();
        for g in 1..=17u8 {
            let n = pairs
                .iter()
                .find(|p| p.0 == c.code && p.1 == g.to_string())
                .map(|p| p.2)
                .unwrap_or(0);
            let level = (n as f64 / max * 100.0).round() as u32;
            let col = if lang.dir() == "rtl" {
                17 - g as u32
            } else {
                g as u32 - 1
            };
            heat_cells.push(HeatCell {
                x: 70 + col * 36,
                y: 28 + r as u32 * 22,
                // From white to the brand blue; the numbers are in the table.
                shade: format!("hsl(205, 100%, {}%)", 97 - level * 65 / 100),
                title: wsis_i18n::I18N.tr_args(
                    lang,
                    "stats-heat-cell",
                    &[
                        ("line", wsis_i18n::Arg::from(c.code)),
                        ("goal", wsis_i18n::Arg::Num(i64::from(g))),
                        ("count", wsis_i18n::Arg::Num(n)),
                    ],
                ),
            });
            row.push(format_number(lang, n));
        }
        heat_rows.push((format!("{} {}", c.code, c.name.get(lang)), row));
    }
    let heat_cols = sdg::goals().iter().map(|g| g.number.to_string()).collect();
    let heat_row_labels = CATEGORIES
        .iter()
        .enumerate()
        .map(|(r, c)| (28 + r as u32 * 22 + 15, c.code.to_owned()))
        .collect();
    let heat_col_labels = (1..=17u32)
        .map(|g| {
            let col = if lang.dir() == "rtl" { 17 - g } else { g - 1 };
            (70 + col * 36 + 17, format_number(lang, i64::from(g)))
        })
        .collect();
    render(&StatsPage {
        total: page.tn("stocktaking-results", "count", total),
        charts,
        heat_rows,
        heat_cols,
        heat_cells,
        heat_row_labels,
        heat_col_labels,
        heat_height: 28 + 18 * 22 + 4,
        page,
    })
}

#[derive(Template)]
#[template(path = "stocktaking/by.html")]
struct ByPage {
    page: Page,
    rows: Vec<(String, String, String)>,
    column: String,
}

/// Entries per Action Line, per SDG or per country, with counts; each links
/// to the filtered search.
pub async fn by_facet(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, facet)): Path<(String, String)>,
) -> AppResult<Response> {
    let (facet, title) = match facet.as_str() {
        "action-lines" => (Facet::ActionLine, "stats-by-action-line"),
        "sdgs" => (Facet::Sdg, "stats-by-sdg"),
        "countries" => (Facet::Country, "stats-by-country"),
        _ => return Err(AppError::NotFound),
    };
    let lang = ctx.lang;
    let page = Page::new(&ctx, title, "stocktaking");
    let mut rows = counted(&state, facet, lang, &page, false).await?;
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    if facet == Facet::Sdg {
        rows.sort_by_key(|(l, _, _)| {
            l.split('.')
                .next()
                .and_then(|n| n.parse::<u32>().ok())
                .unwrap_or(99)
        });
    }
    let column = page.t(&format!("facet-{}", facet.code()));
    let rows = rows
        .into_iter()
        .map(|(l, n, h)| (l, format_number(lang, n), h))
        .collect();
    render(&ByPage { page, rows, column })
}

#[cfg(test)]
mod chart_tests {
    use super::*;

    #[test]
    fn long_labels_are_cut_to_the_label_column() {
        assert_eq!(fit_label("C2 Infrastructure"), "C2 Infrastructure");
        let long = "C1 دور السلطات الحكومية وجميع أصحاب المصلحة في النهوض بتكنولوجيا المعلومات";
        let cut = fit_label(long);
        assert!(cut.ends_with('…') && cut.chars().count() <= 37, "{cut}");
        let zh = "C1 政府当局和所有利益攸关方在促进信通技术促进发展方面的作用";
        let cut = fit_label(zh);
        assert!(cut.ends_with('…') && cut.chars().count() < 25, "{cut}");
    }

    #[test]
    fn labels_and_values_stay_clear_of_the_bars_in_both_directions() {
        let rows = vec![
            ("Kenya".to_owned(), 120, String::new()),
            ("Suisse".to_owned(), 30, String::new()),
        ];
        let ltr = chart("c", "t".into(), rows.clone(), Language::En);
        for b in &ltr.bars {
            assert!(b.label_x < b.x, "label left of the bar");
            assert!(b.value_x > b.x + b.width, "value right of the bar");
        }
        assert_eq!((ltr.anchor_label, ltr.anchor_value), ("end", "start"));
        let rtl = chart("c", "t".into(), rows, Language::Ar);
        for b in &rtl.bars {
            assert!(b.label_x > b.x + b.width, "label right of the bar");
            assert!(b.label_x <= W, "label inside the chart");
            assert!(b.value_x < b.x, "value left of the bar");
        }
        // In a right-to-left SVG, `start` is a text's right end.
        assert_eq!((rtl.anchor_label, rtl.anchor_value), ("start", "start"));
    }
}
