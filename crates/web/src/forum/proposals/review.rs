//! The secretariat's review of an edition's proposals: the queue (searched,
//! filtered by status, type and score, sorted, paged), decisions one by one or in
//! bulk, a CSV of the queue, and each proposal's page with its whole content,
//! every reviewer's scores against the criteria, the reader's own scores, the
//! decision and merge forms, and its history.

use super::principal;
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::{Field, SummaryItem, apply_errors};
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use crate::stocktaking::markdown::to_safe_html;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::forum::review::{self as service, Listed, QueueFilter, Sort};
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::review::{Criterion, MAX_SCORE};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_domain::{FieldErrors, Language, SessionId};
use wsis_i18n::{Arg, format_datetime, format_decimal1};

/// Proposals a page of the queue lists.
const PAGE_SIZE: usize = 100;

#[derive(Template)]
#[template(path = "forum/review.html")]
struct ReviewPage {
    page: Page,
    action: String,
    text: String,
    selects: Vec<crate::forum::agenda::Select>,
    unscored: bool,
    count: String,
    rows: Vec<Row>,
    csv_href: String,
    bulk_action: String,
    back: String,
    prev: Option<String>,
    next: Option<String>,
}

struct Row {
    id: i64,
    title: String,
    href: String,
    type_name: String,
    status: String,
    number: Option<i64>,
    score: String,
    mine: bool,
    version: i64,
    organisers: String,
    speakers: String,
}

/// The queue's filters as the query string names them.
#[derive(Debug, Default, Clone, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct QueueQuery {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub q: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub type_code: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sort: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub min: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unscored: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub page: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl QueueQuery {
    /// The filter these parameters mean: values outside each set are dropped, the
    /// text cut to 100 characters.
    fn filter(&self, types: &[service::SessionType]) -> QueueFilter {
        QueueFilter {
            text: self.q.trim().chars().take(100).collect(),
            status: SessionStatus::parse(&self.status).ok(),
            type_code: types
                .iter()
                .find(|t| t.code == self.type_code)
                .map(|t| t.code.clone()),
            min_score: self
                .min
                .parse::<u8>()
                .ok()
                .filter(|m| (1..=MAX_SCORE).contains(m)),
            unscored_by_me: self.unscored == "1",
            sort: Sort::parse(&self.sort),
        }
    }

    /// The same filters as a query string (`?…`, or empty), at `page`.
    fn query(&self, types: &[service::SessionType], page: i64) -> String {
        let f = self.filter(types);
        let q = QueueQuery {
            q: f.text,
            status: f.status.map(|s| s.code().to_owned()).unwrap_or_default(),
            type_code: f.type_code.unwrap_or_default(),
            sort: if f.sort == Sort::default() {
                String::new()
            } else {
                f.sort.code().to_owned()
            },
            min: f.min_score.map(|m| m.to_string()).unwrap_or_default(),
            unscored: if f.unscored_by_me {
                "1".into()
            } else {
                String::new()
            },
            page,
        };
        match serde_urlencoded::to_string(&q) {
            Ok(s) if !s.is_empty() => format!("?{s}"),
            _ => String::new(),
        }
    }
}

fn type_name(types: &[service::SessionType], lang: Language, code: &str) -> String {
    super::type_choices(types, lang)
        .into_iter()
        .find(|(c, _)| c == code)
        .map(|(_, n)| n)
        .unwrap_or_else(|| code.to_owned())
}

/// "3.8 (2 reviews)", or "Not scored".
fn score_label(lang: Language, score: Option<(f64, usize)>) -> String {
    match score {
        Some((mean, n)) => I18N.tr_args(
            lang,
            "forum-score-summary",
            &[
                ("score", Arg::from(format_decimal1(lang, mean).as_str())),
                ("count", Arg::Num(n as i64)),
            ],
        ),
        None => I18N.tr(lang, "forum-score-none"),
    }
}

pub async fn review_queue(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(query): Query<QueueQuery>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let queue = service::queue_of(&state.app, principal(&user), year).await?;
    let filter = query.filter(&queue.types);
    let listed = queue.select(&filter, user.id, lang);
    let total = listed.len();
    let last = total.saturating_sub(1) / PAGE_SIZE;
    let page_no = (query.page.clamp(0, 100_000) as usize).min(last);
    let confirmed = |id: i64| {
        let all: Vec<_> = queue
            .speakers
            .iter()
            .filter(|x| x.session_id == id)
            .collect();
        I18N.tr_args(
            lang,
            "forum-speakers-confirmed-of",
            &[
                (
                    "confirmed",
                    Arg::Num(all.iter().filter(|x| x.confirmed_at.is_some()).count() as i64),
                ),
                ("count", Arg::Num(all.len() as i64)),
            ],
        )
    };
    let base = format!("/{}/forum/{year}/manage/proposals", lang.code());
    let rows = listed
        .iter()
        .skip(page_no * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|l: &Listed<'_>| {
            let s = l.session;
            Row {
                id: s.id,
                title: s.data.title.clone(),
                href: format!("{base}/{}", s.id),
                type_name: type_name(&queue.types, lang, &s.data.type_code),
                status: t(&format!("session-status-{}", s.status.code())),
                number: s.number,
                score: score_label(lang, l.score),
                mine: l.mine,
                version: s.version,
                organisers: s.data.organisers.join(&t("list-separator")),
                speakers: confirmed(s.id),
            }
        })
        .collect();
    let any = (String::new(), t("forum-filter-any"));
    let select = |name: &'static str, label: &str, items: Vec<(String, String)>, current: &str| {
        crate::forum::agenda::Select {
            name,
            label: t(label),
            options: std::iter::once(any.clone())
                .chain(items)
                .map(|(v, l)| {
                    let selected = v == current;
                    (v, l, selected)
                })
                .collect(),
        }
    };
    let mut sort_select = select(
        "sort",
        "forum-queue-sort",
        Sort::ALL
            .iter()
            .map(|s| {
                (
                    s.code().to_owned(),
                    t(&format!("forum-queue-sort-{}", s.code())),
                )
            })
            .collect(),
        filter.sort.code(),
    );
    // Sorting has no "any": its first choice is the default order.
    sort_select.options.remove(0);
    let selects = vec![
        select(
            "status",
            "forum-review-status",
            SessionStatus::ALL
                .iter()
                .map(|s| {
                    (
                        s.code().to_owned(),
                        t(&format!("session-status-{}", s.code())),
                    )
                })
                .collect(),
            filter.status.map(|s| s.code()).unwrap_or(""),
        ),
        select(
            "type",
            "forum-field-type",
            super::type_choices(&queue.types, lang),
            filter.type_code.as_deref().unwrap_or(""),
        ),
        select(
            "min",
            "forum-queue-min-score",
            (1..=MAX_SCORE)
                .map(|m| {
                    (
                        m.to_string(),
                        I18N.tr_args(
                            lang,
                            "forum-queue-at-least",
                            &[("score", Arg::Num(m.into()))],
                        ),
                    )
                })
                .collect(),
            &filter.min_score.map(|m| m.to_string()).unwrap_or_default(),
        ),
        sort_select,
    ];
    let mut page = Page::new(&ctx, "forum-review-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-review-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let types = &queue.types;
    render(&ReviewPage {
        action: base.clone(),
        text: filter.text.clone(),
        selects,
        unscored: filter.unscored_by_me,
        count: I18N.tr_args(
            lang,
            "forum-proposal-count",
            &[("count", Arg::Num(total as i64))],
        ),
        rows,
        csv_href: format!("{base}.csv{}", query.query(types, 0)),
        bulk_action: format!("{base}/bulk"),
        back: query
            .query(types, page_no as i64)
            .trim_start_matches('?')
            .to_owned(),
        prev: (page_no > 0).then(|| format!("{base}{}", query.query(types, page_no as i64 - 1))),
        next: (page_no < last).then(|| format!("{base}{}", query.query(types, page_no as i64 + 1))),
        page,
    })
}

/// The queue as CSV, with the filters and order of the page: headings in the
/// page's language, one row per proposal with its scores.
pub async fn queue_csv(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(query): Query<QueueQuery>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let queue = service::queue_of(&state.app, principal(&user), year).await?;
    let listed = queue.select(&query.filter(&queue.types), user.id, lang);
    let sep = t("list-separator");
    let mut header = vec![
        t("forum-csv-id"),
        t("forum-session-number"),
        t("forum-field-title"),
        t("forum-field-type"),
        t("forum-review-status"),
        t("forum-field-organisers"),
        t("forum-csv-speakers"),
        t("forum-field-action-lines"),
        t("forum-field-sdgs"),
        t("forum-field-languages"),
        t("forum-csv-score"),
        t("forum-csv-reviews"),
    ];
    header.extend(
        Criterion::ALL
            .iter()
            .map(|c| t(&format!("forum-criterion-{}", c.code()))),
    );
    let body: Vec<Vec<String>> = listed
        .iter()
        .map(|l| {
            let s = l.session;
            let reviews: Vec<_> = queue
                .scores
                .iter()
                .filter(|x| x.session_id == s.id)
                .collect();
            let mut row = vec![
                s.id.to_string(),
                s.number.map(|n| n.to_string()).unwrap_or_default(),
                s.data.title.clone(),
                type_name(&queue.types, lang, &s.data.type_code),
                t(&format!("session-status-{}", s.status.code())),
                s.data.organisers.join(&sep),
                queue
                    .speakers
                    .iter()
                    .filter(|x| x.session_id == s.id)
                    .map(|x| format!("{} ({})", x.name, x.organisation))
                    .collect::<Vec<_>>()
                    .join(&sep),
                s.data.action_lines.join(&sep),
                s.data
                    .sdgs
                    .iter()
                    .map(|g| g.to_string())
                    .collect::<Vec<_>>()
                    .join(&sep),
                s.data
                    .languages
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(&sep),
                l.score.map(|(m, _)| format!("{m:.2}")).unwrap_or_default(),
                reviews.len().to_string(),
            ];
            // The mean of each criterion over the reviews.
            for i in 0..Criterion::ALL.len() {
                row.push(if reviews.is_empty() {
                    String::new()
                } else {
                    let sum: i64 = reviews.iter().map(|x| x.values()[i]).sum();
                    format!("{:.2}", sum as f64 / reviews.len() as f64)
                });
            }
            row
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let csv = wsis_app::csv_out::to_csv(&header, &body)
        .map_err(|e| AppError::Internal(format!("proposals csv: {e}")))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"wsis-forum-{year}-proposals.csv\""),
            ),
            (
                axum::http::header::CACHE_CONTROL,
                "private, no-store".to_owned(),
            ),
        ],
        csv,
    )
        .into_response())
}

/// Accepts or declines the chosen proposals of the queue, then goes back to it
/// (same filters and page) with what happened.
pub async fn bulk(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let value = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    // Each chosen id, with the version its row showed (`v{id}`).
    let ids: Vec<(i64, Option<i64>)> = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .filter_map(|(_, v)| v.parse().ok())
        .map(|id: i64| {
            let version = pairs
                .iter()
                .find(|(k, _)| *k == format!("v{id}"))
                .and_then(|(_, v)| v.parse().ok());
            (id, version)
        })
        .collect();
    let queue_back: QueueQuery = serde_urlencoded::from_str(value("back")).unwrap_or_default();
    let types = wsis_app::forum::proposals::session_types(&state.app).await?;
    let list = format!(
        "/{}/forum/{year}/manage/proposals{}",
        ctx.lang.code(),
        queue_back.query(&types, queue_back.page.clamp(0, 100_000))
    );
    let sep = if list.contains('?') { '&' } else { '?' };
    let notice = match service::decide_many(
        &state.app,
        principal(&user),
        year,
        &ids,
        value("action"),
        value("comment"),
    )
    .await
    {
        Ok(b) if b.skipped > 0 => "proposals-some-skipped",
        Ok(_) => "proposals-decided",
        Err(ServiceError::Fields(f)) if f.for_field("ids") == Some("forum-bulk-too-many") => {
            "proposals-too-many"
        }
        Err(ServiceError::Fields(f)) if f.for_field("comment").is_some() => {
            "proposals-comment-needed"
        }
        // None chosen, or a decline without its comment: nothing was decided.
        Err(ServiceError::Fields(_)) => "proposals-none-chosen",
        Err(e) => return Err(e.into()),
    };
    Ok(Redirect::to(&format!("{list}{sep}notice={notice}")).into_response())
}

// ------------------------------------------------------------ one proposal

#[derive(Template)]
#[template(path = "forum/proposal.html")]
struct ProposalPage {
    page: Page,
    queue_href: String,
    session_href: Option<String>,
    documents_href: String,
    translations_href: String,
    documents: String,
    facts: Vec<(String, String)>,
    abstract_html: String,
    speakers: Vec<(String, String, String, String)>,
    criteria: Vec<String>,
    overall: String,
    reviews: Vec<ReviewRow>,
    score_fields: Vec<Field>,
    score_action: String,
    decide: bool,
    decide_fields: Vec<Field>,
    review_action: String,
    merge_action: String,
    merge_field: Field,
    version: i64,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    history: Vec<(String, String, String, Option<String>)>,
    comment: Option<String>,
}

struct ReviewRow {
    reviewer: String,
    values: Vec<i64>,
    mean: String,
    comment: String,
    when: String,
}

/// What the forms on a proposal's page were sent with, to show them again.
#[derive(Default)]
struct Typed {
    scores: Option<[String; 4]>,
    score_comment: Option<String>,
    action: String,
    comment: String,
    into: String,
}

async fn proposal_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    id: i64,
    typed: Typed,
    errors: &FieldErrors,
) -> AppResult<ProposalPage> {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let p = service::proposal(&state.app, principal(user), year, SessionId::new(id)).await?;
    let s = &p.session;
    let tz = wsis_app::forum::schedule::venue_tz(&p.edition);
    let sep = t("list-separator");
    let yes_no = |b: bool| t(if b { "forum-yes" } else { "forum-no" });
    let needs: Vec<String> = [
        (s.data.needs.interpretation, "forum-access-interpretation"),
        (s.data.needs.captioning, "forum-access-captioning"),
        (s.data.needs.sign_language, "forum-access-sign-language"),
    ]
    .iter()
    .filter(|(b, _)| *b)
    .map(|(_, k)| t(k))
    .collect();
    let mut facts = vec![
        (
            t("forum-review-status"),
            t(&format!("session-status-{}", s.status.code())),
        ),
        (
            t("forum-field-type"),
            type_name(&p.types, lang, &s.data.type_code),
        ),
    ];
    // Name and address apart: "Name <address>" reads backwards in a right-to-left line.
    if let Some((name, email)) = &p.proposer {
        facts.push((t("forum-proposer"), name.clone()));
        facts.push((t("field-email"), email.clone()));
    }
    facts.extend([
        (t("forum-field-organisers"), s.data.organisers.join(&sep)),
        (
            t("forum-field-action-lines"),
            s.data
                .action_lines
                .iter()
                .map(|c| {
                    action_lines::category(c)
                        .map(|x| format!("{} {}", x.code, x.name.get(lang)))
                        .unwrap_or_else(|| c.clone())
                })
                .collect::<Vec<_>>()
                .join(&sep),
        ),
        (
            t("forum-field-sdgs"),
            s.data
                .sdgs
                .iter()
                .filter_map(|g| sdg::goal(*g))
                .map(|g| format!("{}. {}", g.number, g.short.get(lang)))
                .collect::<Vec<_>>()
                .join(&sep),
        ),
        (
            t("forum-field-languages"),
            s.data
                .languages
                .iter()
                .map(|l| l.native_name())
                .collect::<Vec<_>>()
                .join(&sep),
        ),
        (
            t("forum-field-needs"),
            if needs.is_empty() {
                t("forum-none")
            } else {
                needs.join(&sep)
            },
        ),
        (t("forum-field-remote"), yes_no(s.data.remote)),
        (
            t("forum-field-audience"),
            wsis_i18n::format_number(lang, i64::from(s.data.expected_audience)),
        ),
    ]);
    let speakers = p
        .speakers
        .iter()
        .map(|x| {
            (
                x.name.clone(),
                x.organisation.clone(),
                t(&format!("speaker-role-{}", x.role)),
                t(if x.declined_at.is_some() {
                    "forum-speaker-has-declined"
                } else if x.confirmed_at.is_some() {
                    "forum-speaker-is-confirmed"
                } else {
                    "forum-speaker-not-confirmed"
                }),
            )
        })
        .collect();
    let reviews: Vec<ReviewRow> = p
        .scores
        .iter()
        .map(|r| {
            let values = r.values();
            ReviewRow {
                reviewer: r.reviewer_name.clone(),
                values: values.to_vec(),
                mean: format_decimal1(lang, values.iter().sum::<i64>() as f64 / 4.0),
                comment: r.comment.clone(),
                when: format_datetime(lang, r.updated_at, &tz),
            }
        })
        .collect();
    let all: Vec<[u8; 4]> = p
        .scores
        .iter()
        .map(|r| r.values().map(|v| v.clamp(0, 255) as u8))
        .collect();
    let overall = score_label(lang, wsis_domain::forum::review::overall(&all));
    let mine = p.scores.iter().find(|r| r.reviewer_id == user.id);
    let current: [String; 4] = typed.scores.clone().unwrap_or_else(|| {
        mine.map(|r| r.values().map(|v| v.to_string()))
            .unwrap_or_default()
    });
    let choices: Vec<(String, String)> = (1..=MAX_SCORE)
        .map(|n| (n.to_string(), t(&format!("forum-score-{n}"))))
        .collect();
    let mut score_fields: Vec<Field> = Criterion::ALL
        .iter()
        .zip(current)
        .map(|(c, v)| {
            Field::new(
                lang,
                c.field(),
                &format!("forum-criterion-{}", c.code()),
                "select",
            )
            .required()
            .hint(lang, &format!("forum-criterion-{}-hint", c.code()))
            .value(v)
            .choices(choices.clone())
        })
        .collect();
    score_fields.push(
        Field::new(lang, "score-comment", "forum-score-comment", "textarea")
            .hint(lang, "forum-score-comment-hint")
            .value(
                typed
                    .score_comment
                    .clone()
                    .or_else(|| mine.map(|r| r.comment.clone()))
                    .unwrap_or_default(),
            ),
    );
    let mut decide_fields = vec![
        Field::new(lang, "action", "forum-review-action", "select")
            .required()
            .value(typed.action.clone())
            .choices([
                ("accept".to_owned(), t("forum-review-accept")),
                (
                    "request-changes".to_owned(),
                    t("forum-review-request-changes"),
                ),
                ("decline".to_owned(), t("forum-review-decline")),
            ]),
        Field::new(lang, "comment", "forum-review-comment", "textarea")
            .hint(lang, "forum-review-comment-hint")
            .value(typed.comment.clone()),
    ];
    let mut merge_field = Field::new(lang, "into", "forum-merge-into", "text").value(typed.into);
    let mut summary = apply_errors(lang, &mut score_fields, errors);
    summary.retain(|x| x.href != "#main");
    let mut more = apply_errors(lang, &mut decide_fields, errors);
    more.retain(|x| x.href != "#main");
    summary.extend(more);
    let mut more = apply_errors(lang, std::slice::from_mut(&mut merge_field), errors);
    more.retain(|x| x.href != "#main");
    summary.extend(more);
    let summary_heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(summary.len() as i64))],
    );
    let history = p
        .events
        .iter()
        .map(|e| {
            (
                format_datetime(lang, e.at, &tz),
                e.actor_name.clone().unwrap_or_default(),
                t(&format!("forum-event-{}", e.kind)),
                // A move keeps the slot before (for undo), not a comment.
                e.comment.clone().filter(|_| e.kind != "moved"),
            )
        })
        .collect();
    let mut page = Page::new(ctx, "forum-review-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-proposal-heading",
        &[
            ("id", Arg::from(s.id.to_string().as_str())),
            ("title", Arg::from(s.data.title.as_str())),
        ],
    );
    let base = format!("/{}/forum/{year}/manage/proposals", lang.code());
    Ok(ProposalPage {
        queue_href: base.clone(),
        session_href: s
            .number
            .filter(|_| s.status == SessionStatus::Accepted)
            .map(|n| format!("/{}/forum/{year}/sessions/{n}", lang.code())),
        documents_href: format!("/{}/forum/proposals/{}/documents", lang.code(), s.id),
        translations_href: format!(
            "/{}/forum/{year}/manage/sessions/{}/translations",
            lang.code(),
            s.id
        ),
        documents: I18N.tr_args(
            lang,
            "forum-documents-count",
            &[("count", Arg::Num(p.documents as i64))],
        ),
        facts,
        abstract_html: to_safe_html(&s.data.abstract_md),
        speakers,
        criteria: Criterion::ALL
            .iter()
            .map(|c| t(&format!("forum-criterion-{}", c.code())))
            .collect(),
        overall,
        reviews,
        score_fields,
        score_action: format!("{base}/{}/score", s.id),
        decide: s.status != SessionStatus::Merged,
        decide_fields,
        review_action: format!("/{}/forum/manage/proposals/{}/review", lang.code(), s.id),
        merge_action: format!("/{}/forum/manage/proposals/{}/merge", lang.code(), s.id),
        merge_field,
        version: s.version,
        summary,
        summary_heading,
        history,
        comment: s.review_comment.clone(),
        page,
    })
}

/// A proposal's page for the secretariat.
pub async fn proposal(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    render(
        &proposal_page(
            &ctx,
            &state,
            &user,
            year,
            id,
            Typed::default(),
            &FieldErrors::new(),
        )
        .await?,
    )
}

#[derive(serde::Deserialize)]
pub struct ScoreInput {
    #[serde(default, rename = "score-relevance")]
    pub relevance: String,
    #[serde(default, rename = "score-quality")]
    pub quality: String,
    #[serde(default, rename = "score-diversity")]
    pub diversity: String,
    #[serde(default, rename = "score-format")]
    pub format: String,
    #[serde(default, rename = "score-comment")]
    pub comment: String,
}

/// Saves the reader's scores of a proposal; wrong values show the page again with
/// each field's message and what was typed.
pub async fn score(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(input): CsrfForm<ScoreInput>,
) -> AppResult<Response> {
    let values = [
        input.relevance.as_str(),
        input.quality.as_str(),
        input.diversity.as_str(),
        input.format.as_str(),
    ];
    match service::score(
        &state.app,
        principal(&user),
        year,
        SessionId::new(id),
        values,
        &input.comment,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/proposals/{id}?notice=proposal-scored",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let typed = Typed {
                scores: Some(values.map(str::to_owned)),
                score_comment: Some(input.comment.clone()),
                ..Typed::default()
            };
            let page = proposal_page(&ctx, &state, &user, year, id, typed, &f).await?;
            render_with_status(&page, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub struct ReviewInput {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub comment: String,
    pub version: i64,
}

#[derive(serde::Deserialize)]
pub struct MergeInput {
    #[serde(default)]
    pub into: String,
    pub version: i64,
}

/// The edition's year of a proposal (for the page shown again after an error).
async fn year_of(
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    id: i64,
) -> AppResult<i64> {
    Ok(service::year_of(&state.app, principal(user), SessionId::new(id)).await?)
}

pub async fn review(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<ReviewInput>,
) -> AppResult<Response> {
    match service::decide(
        &state.app,
        principal(&user),
        SessionId::new(id),
        &input.action,
        &input.comment,
        input.version,
    )
    .await
    {
        Ok(year) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/proposals?notice=proposal-decided",
            ctx.lang.code()
        ))
        .into_response()),
        // A missing comment or a wrong action: the proposal's page again, with the
        // field's message and what was typed.
        Err(ServiceError::Fields(f)) => {
            let year = year_of(&state, &user, id).await?;
            let typed = Typed {
                action: input.action.clone(),
                comment: input.comment.clone(),
                ..Typed::default()
            };
            let page = proposal_page(&ctx, &state, &user, year, id, typed, &f).await?;
            render_with_status(&page, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn merge(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<MergeInput>,
) -> AppResult<Response> {
    // "12" or "#12"; anything else is no proposal.
    let into = input
        .into
        .trim()
        .trim_start_matches('#')
        .parse()
        .unwrap_or(SessionId::new(0));
    match service::merge(
        &state.app,
        principal(&user),
        ctx.lang,
        SessionId::new(id),
        into,
        input.version,
    )
    .await
    {
        Ok(year) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/proposals?notice=proposal-merged",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let year = year_of(&state, &user, id).await?;
            let typed = Typed {
                into: input.into.clone(),
                ..Typed::default()
            };
            let page = proposal_page(&ctx, &state, &user, year, id, typed, &f).await?;
            render_with_status(&page, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}
