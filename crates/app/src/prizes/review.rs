//! The experts' review: the secretariat appoints experts per category; an expert
//! declares conflicts of interest (a conflicted expert neither sees nor scores that
//! project) and scores each submission of their categories against the published
//! criteria; the secretariat reads the ranking with each project's spread of scores,
//! nominates or declines, and publishes the nominees.

use super::{Edition, SubmissionRow, edition_row, secretariat};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::now;
use wsis_db::prizes as q;
use wsis_domain::access::Principal;
use wsis_domain::account::Email;
use wsis_domain::prizes::{CRITERIA, Phase, SCORE_RANGE, status};

/// An expert of a category.
#[derive(Debug, Clone)]
pub struct Expert {
    pub category: i64,
    pub account: i64,
    pub name: String,
    pub email: String,
}

/// The experts of an edition (the secretariat).
pub async fn experts(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Vec<Expert>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    Ok(q::experts(&mut conn, row.id)
        .await?
        .into_iter()
        .map(|(category, account, name, email)| Expert {
            category,
            account,
            name,
            email,
        })
        .collect())
}

/// Appoints the account of `email` expert of `category` (or, with `add` false,
/// removes it).
pub async fn set_expert(
    app: &App,
    who: Principal<'_>,
    year: i64,
    category: &str,
    email: &str,
    add: bool,
) -> ServiceResult<()> {
    secretariat(who)?;
    let mut errors = wsis_domain::FieldErrors::new();
    let category = errors.check("category", wsis_domain::prizes::parse_category(category));
    let email = errors.check("email", Email::parse(email));
    let (Some(category), Some(email)) = (category, email) else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    let Some(user) = wsis_db::accounts::find_user_by_email(&mut tx, &email).await? else {
        return Err(ServiceError::field("email", "prize-account-unknown"));
    };
    if add {
        q::add_expert(&mut tx, row.id, category, user.id).await?;
    } else {
        q::remove_expert(&mut tx, row.id, category, user.id).await?;
    }
    q::audit(
        &mut tx,
        row.id,
        Some(who.id.get()),
        if add {
            "expert-added"
        } else {
            "expert-removed"
        },
        &format!("category {category}: account {}", user.id),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// What an expert reviews: each submission of their categories they have no conflict
/// with, with their scores so far (criterion → score).
#[derive(Debug, Clone)]
pub struct ExpertQueue {
    pub edition: Edition,
    pub categories: Vec<i64>,
    pub items: Vec<(SubmissionRow, usize)>,
}

/// `who`'s review queue in `year` (an expert; others: forbidden).
pub async fn queue(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<ExpertQueue> {
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    let me = who.id.get();
    let categories = q::expert_categories(&mut conn, row.id, me).await?;
    if categories.is_empty() {
        return Err(ServiceError::Forbidden);
    }
    let conflicts = q::conflicts_of(&mut conn, row.id, me).await?;
    let scored = q::scored_counts(&mut conn, row.id, me).await?;
    let mut items = Vec::new();
    for s in q::submissions(
        &mut conn,
        row.id,
        None,
        &[status::SUBMITTED, status::NOMINATED, status::DECLINED],
    )
    .await?
    {
        if categories.contains(&s.category) && !conflicts.contains(&s.id) {
            let n = scored.get(&s.id).copied().unwrap_or(0);
            items.push((s, n));
        }
    }
    Ok(ExpertQueue {
        edition: super::Edition::of(&row, now()),
        categories,
        items,
    })
}

/// The categories of `year` that `who` is an expert of (empty: none).
pub async fn expert_categories(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<Vec<i64>> {
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    Ok(q::expert_categories(&mut conn, row.id, who.id.get()).await?)
}

/// The submission `id` as expert `who` reviews it (not found when conflicted or not
/// theirs), with their scores: (criterion, score, comment).
pub async fn for_review(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
) -> ServiceResult<(SubmissionRow, Vec<(String, i64, String)>)> {
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    let s = reviewable(&mut conn, who, &row, id).await?;
    let scores = q::scores_of(&mut conn, id, who.id.get()).await?;
    Ok((s, scores))
}

async fn reviewable(
    conn: &mut wsis_db::AnyConnection,
    who: Principal<'_>,
    row: &super::EditionRow,
    id: i64,
) -> ServiceResult<SubmissionRow> {
    let me = who.id.get();
    let s = q::submission(conn, id)
        .await?
        .filter(|s| s.edition_id == row.id && s.status != status::DRAFT)
        .ok_or(ServiceError::NotFound)?;
    if !q::expert_categories(conn, row.id, me)
        .await?
        .contains(&s.category)
    {
        return Err(ServiceError::Forbidden);
    }
    if q::conflicts_of(conn, row.id, me).await?.contains(&id) {
        return Err(ServiceError::NotFound);
    }
    Ok(s)
}

/// Declares `who`'s conflict of interest with submission `id` (their scores of it go).
pub async fn declare_conflict(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
    reason: &str,
) -> ServiceResult<()> {
    let reason = wsis_domain::validation::checked_text(
        reason,
        500,
        false,
        "prize-reason-required",
        "prize-text-too-long",
    )
    .map_err(|k| ServiceError::field("reason", k))?;
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    reviewable(&mut tx, who, &row, id).await?;
    q::declare_conflict(&mut tx, id, who.id.get(), &reason).await?;
    q::audit(
        &mut tx,
        row.id,
        Some(who.id.get()),
        "conflict-declared",
        &format!("submission {id}"),
        &reason,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Scores as typed: criterion → (score, comment).
pub type ScoreInput = std::collections::HashMap<String, String>;

/// Saves `who`'s scores of submission `id` (every criterion 1–10; a comment each,
/// optional) during the review phase.
pub async fn score(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
    input: &ScoreInput,
) -> ServiceResult<()> {
    let mut errors = wsis_domain::FieldErrors::new();
    let mut scores = Vec::new();
    for c in CRITERIA {
        let raw = input.get(c).map(|s| s.trim()).unwrap_or("");
        let comment = input
            .get(&format!("{c}-comment"))
            .map(|s| s.trim())
            .unwrap_or("");
        let field: &'static str = c;
        match raw.parse::<i64>() {
            Ok(n) if SCORE_RANGE.contains(&n) => {
                if comment.chars().count() > 2000
                    || !wsis_domain::validation::text_is_clean(comment, true)
                {
                    errors.add(field, "prize-text-too-long");
                }
                scores.push((c, n, comment.to_owned()));
            }
            _ if raw.is_empty() => errors.add(field, "prize-score-required"),
            _ => errors.add(field, "prize-score-invalid"),
        }
    }
    errors.into_result().map_err(ServiceError::Fields)?;
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    if row.schedule().phase_at(now()) != Phase::Review {
        return Err(ServiceError::Conflict("prize-review-closed"));
    }
    reviewable(&mut tx, who, &row, id).await?;
    q::set_scores(&mut tx, id, who.id.get(), &scores).await?;
    tx.commit().await?;
    Ok(())
}

/// A submission in the secretariat's ranking: the experts' mean total score (out of
/// 70), the lowest and highest expert total (the spread), how many experts scored it.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub submission: SubmissionRow,
    pub mean: Option<f64>,
    pub low: Option<i64>,
    pub high: Option<i64>,
    pub experts: usize,
}

/// The ranking of `year`'s submissions per category, best mean first (the secretariat).
pub async fn ranking(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<(Edition, Vec<Ranked>)> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    let totals = q::score_totals(&mut conn, row.id).await?;
    let mut per: std::collections::HashMap<i64, Vec<i64>> = Default::default();
    for (submission, _, total, n) in totals {
        if n as usize == CRITERIA.len() {
            per.entry(submission).or_default().push(total);
        }
    }
    let mut out: Vec<Ranked> = q::submissions(
        &mut conn,
        row.id,
        None,
        &[status::SUBMITTED, status::NOMINATED, status::DECLINED],
    )
    .await?
    .into_iter()
    .map(|s| {
        let t = per.get(&s.id).cloned().unwrap_or_default();
        Ranked {
            mean: (!t.is_empty()).then(|| t.iter().sum::<i64>() as f64 / t.len() as f64),
            low: t.iter().min().copied(),
            high: t.iter().max().copied(),
            experts: t.len(),
            submission: s,
        }
    })
    .collect();
    out.sort_by(|a, b| {
        a.submission
            .category
            .cmp(&b.submission.category)
            .then(
                b.mean
                    .partial_cmp(&a.mean)
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(a.submission.id.cmp(&b.submission.id))
    });
    Ok((Edition::of(&row, now()), out))
}

/// Nominates (or declines) a submitted project (the secretariat, before the nominees
/// are published; the expert group's decisions are final after that).
pub async fn decide(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
    nominate: bool,
) -> ServiceResult<()> {
    secretariat(who)?;
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    let row = q::lock_edition(&mut tx, row.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if row.nominees_published_at.is_some() {
        return Err(ServiceError::Conflict("prize-nominees-published"));
    }
    let s = q::submission(&mut tx, id)
        .await?
        .filter(|s| s.edition_id == row.id)
        .ok_or(ServiceError::NotFound)?;
    let to = if nominate {
        status::NOMINATED
    } else {
        status::DECLINED
    };
    if s.status == status::DRAFT || !q::set_status(&mut tx, id, &s.status, to).await? {
        return Err(ServiceError::Conflict("prize-submission-not-submitted"));
    }
    q::audit(
        &mut tx,
        row.id,
        Some(who.id.get()),
        to,
        &format!("submission {id}"),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Publishes the nominees of `year` (the secretariat, before voting opens).
pub async fn publish_nominees(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<()> {
    secretariat(who)?;
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    let row = q::lock_edition(&mut tx, row.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    q::publish_nominees(&mut tx, row.id).await?;
    q::audit(
        &mut tx,
        row.id,
        Some(who.id.get()),
        "nominees-published",
        &year.to_string(),
        "",
    )
    .await?;
    tx.commit().await?;
    app.prizes().forget(year);
    Ok(())
}
