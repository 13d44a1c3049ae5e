//! A person's proposals, where each stands, and the calls open now.

use super::{ProposalView, principal, view};
use crate::I18N;
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppResult;
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use wsis_app::forum::proposals as service;
use wsis_i18n::Arg;

#[derive(Template)]
#[template(path = "forum/mine_proposals.html")]
struct MineProposalsPage {
    page: Page,
    proposals: Vec<ProposalView>,
    open: Vec<(String, String)>,
}

const NOTICES: &[&str] = &["forum-proposal-sent", "forum-proposal-saved"];

fn notice(ctx: &Ctx) -> Option<String> {
    ctx.rest
        .split_once("notice=")
        .map(|(_, v)| v.split('&').next().unwrap_or(""))
        .and_then(|v| NOTICES.iter().find(|n| **n == v))
        .map(|k| I18N.tr(ctx.lang, k))
}

pub async fn mine(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let mine = service::mine(&state.app, principal(&user)).await?;
    // Outcomes are written once an edition's agenda is published.
    let mut published = Vec::new();
    for e in &mine.editions {
        if crate::forum::published_by_year(&state, e.year)
            .await?
            .is_some()
        {
            published.push(e.year);
        }
    }
    let proposals = mine
        .proposals
        .iter()
        .map(|(s, year, speakers)| {
            let mut v = view(ctx.lang, *year, s, &mine.types, speakers, true);
            if v.status_code == "accepted" && published.contains(year) {
                v.outcome_href = s
                    .number
                    .map(|n| format!("/{}/forum/{year}/outcomes/{n}/edit", ctx.lang.code()));
            }
            v
        })
        .collect();
    let mut page = Page::new(&ctx, "forum-proposals-title", "forum");
    page.notice = notice(&ctx);
    let open = mine
        .editions
        .iter()
        .filter(|e| e.proposals_open)
        .map(|e| {
            (
                page.href(&format!("/forum/{}/propose", e.year)),
                I18N.tr_args(
                    ctx.lang,
                    "forum-propose-of",
                    &[("year", Arg::from(e.year.to_string().as_str()))],
                ),
            )
        })
        .collect();
    render(&MineProposalsPage {
        page,
        proposals,
        open,
    })
}
