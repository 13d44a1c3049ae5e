//! Submissions: a stakeholder submits a project (new, or prefilled from one of its
//! stocktaking entries) to one category, as a draft first; a checklist says what is
//! missing; submitting it (during the submission phase) checks the 150–200-word
//! description, every answer, that the entity has no other project in the category
//! (the database's unique key) and did not win before, and mails a confirmation
//! (and the owner, when the submitter nominates a project it does not own).

use super::{Edition, SubmissionRow, edition_row};
use crate::accounts::User;
use crate::mail::Letter;
use crate::{App, ServiceError, ServiceResult};
use wsis_db::now;
use wsis_db::prizes as q;
use wsis_domain::access::Principal;
use wsis_domain::prizes::{Phase, Submission, SubmissionInput, status};
use wsis_domain::{AccountId, EntryId};
use wsis_i18n::Arg;

fn principal(user: &User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

/// A submission with what its viewer may do.
#[derive(Debug, Clone)]
pub struct SubmissionView {
    pub edition: Edition,
    pub row: SubmissionRow,
    /// What it lacks before it can be submitted (empty when complete).
    pub missing: wsis_domain::FieldErrors,
    pub can_edit: bool,
}

/// Who may read a submission: its submitter, the secretariat, the experts of its
/// category without a conflict; anyone once it is a published nominee.
async fn may_read(
    conn: &mut wsis_db::AnyConnection,
    who: Option<Principal<'_>>,
    e: &Edition,
    s: &SubmissionRow,
) -> ServiceResult<bool> {
    if s.status == status::NOMINATED && e.nominees_public() {
        return Ok(true);
    }
    let Some(who) = who else { return Ok(false) };
    if who.owns_or_secretariat(AccountId::new(s.submitted_by)) {
        return Ok(true);
    }
    if s.status == status::DRAFT {
        return Ok(false);
    }
    let me = who.id.get();
    Ok(q::expert_categories(conn, e.id, me)
        .await?
        .contains(&s.category)
        && !q::conflicts_of(conn, e.id, me).await?.contains(&s.id))
}

/// One submission of `year`, if `who` may read it (else not found).
pub async fn submission(
    app: &App,
    who: Option<&User>,
    year: i64,
    id: i64,
) -> ServiceResult<SubmissionView> {
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    let edition = Edition::of(&row, now());
    let s = q::submission(&mut conn, id)
        .await?
        .filter(|s| s.edition_id == row.id)
        .ok_or(ServiceError::NotFound)?;
    if !may_read(&mut conn, who.map(principal), &edition, &s).await? {
        return Err(ServiceError::NotFound);
    }
    let missing = as_submission(&s).check_complete().err().unwrap_or_default();
    let can_edit = s.status == status::DRAFT
        && edition.phase <= Phase::Submission
        && who.is_some_and(|u| u.id == s.submitted_by);
    Ok(SubmissionView {
        edition,
        row: s,
        missing,
        can_edit,
    })
}

fn as_submission(s: &SubmissionRow) -> Submission {
    Submission {
        category: s.category,
        title: s.title.clone(),
        organisation: s.organisation.clone(),
        country: s.country.clone(),
        stakeholder_type: s.stakeholder_type.clone(),
        owner_email: s.owner_email.clone(),
        text: s.text.clone(),
    }
}

/// The form of a submission as stored (to edit it).
pub fn input_of(s: &SubmissionRow) -> SubmissionInput {
    SubmissionInput {
        category: s.category.to_string(),
        title: s.title.clone(),
        organisation: s.organisation.clone(),
        country: s.country.clone(),
        stakeholder_type: s.stakeholder_type.clone(),
        website: s.text.website.clone(),
        description: s.text.description.clone(),
        linkage: s.text.linkage.clone(),
        impact: s.text.impact.clone(),
        partnerships: s.text.partnerships.clone(),
        challenges: s.text.challenges.clone(),
        future_plans: s.text.future_plans.clone(),
        owner_email: s.owner_email.clone().unwrap_or_default(),
    }
}

/// A new submission's form prefilled from `user`'s stocktaking entry `entry` (its
/// published text, else its working copy): title, organisation, country, stakeholder
/// type, website, and the first Action Line's category.
pub async fn prefill(app: &App, user: &User, entry: EntryId) -> ServiceResult<SubmissionInput> {
    let (e, _) = crate::stocktaking::entries::entry_for(app, user, entry).await?;
    if e.owner_id != user.id {
        return Err(ServiceError::NotFound);
    }
    let d = e.published.as_ref().unwrap_or(&e.current);
    let category = d
        .action_lines
        .iter()
        .find_map(|l| wsis_domain::prizes::category_number(&l.code))
        .map(|n| n.to_string())
        .unwrap_or_default();
    Ok(SubmissionInput {
        category,
        title: d.title.clone(),
        organisation: d.organisation.clone(),
        country: d.countries.first().cloned().unwrap_or_default(),
        stakeholder_type: d.stakeholder_type.code().to_owned(),
        website: d.website.clone().unwrap_or_default(),
        ..Default::default()
    })
}

fn open_for_submissions(e: &Edition) -> ServiceResult<()> {
    if e.phase == Phase::Submission {
        Ok(())
    } else {
        Err(ServiceError::Conflict("prize-submission-closed"))
    }
}

fn duplicate_entity() -> ServiceError {
    ServiceError::field("organisation", "prize-entity-has-project")
}

/// Saves a draft: a new one (`id` None, optionally from stocktaking entry `entry`), or
/// a change of `user`'s draft at `version`. Returns the submission's id.
pub async fn save(
    app: &App,
    user: &User,
    year: i64,
    id: Option<(i64, i64)>,
    entry: Option<EntryId>,
    input: &SubmissionInput,
) -> ServiceResult<i64> {
    let s = input.parse().map_err(ServiceError::Fields)?;
    if let Some(entry) = entry {
        let (e, _) = crate::stocktaking::entries::entry_for(app, user, entry).await?;
        if e.owner_id != user.id {
            return Err(ServiceError::NotFound);
        }
    }
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    open_for_submissions(&Edition::of(&row, now()))?;
    let id = match id {
        None => {
            match q::insert_submission(&mut tx, row.id, &s, user.id, entry.map(|e| e.get())).await {
                Err(e) if e.is_conflict() => return Err(duplicate_entity()),
                other => other?,
            }
        }
        Some((id, version)) => {
            let mine = q::submission(&mut tx, id)
                .await?
                .filter(|x| x.edition_id == row.id && x.submitted_by == user.id)
                .ok_or(ServiceError::NotFound)?;
            if mine.status != status::DRAFT {
                return Err(ServiceError::Conflict("prize-submission-not-draft"));
            }
            match q::update_submission(&mut tx, id, version, &s).await {
                Err(e) if e.is_conflict() => return Err(duplicate_entity()),
                Ok(false) => return Err(ServiceError::Stale("prize-submission-stale")),
                other => {
                    other?;
                }
            }
            id
        }
    };
    tx.commit().await?;
    Ok(id)
}

/// Submits `user`'s complete draft: refused with the checklist's field errors when
/// something is missing, when the entity won a category before, or outside the phase.
pub async fn submit(app: &App, user: &User, year: i64, id: i64) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    open_for_submissions(&Edition::of(&row, now()))?;
    let s = q::submission(&mut tx, id)
        .await?
        .filter(|x| x.edition_id == row.id && x.submitted_by == user.id)
        .ok_or(ServiceError::NotFound)?;
    if s.status != status::DRAFT {
        return Err(ServiceError::Conflict("prize-submission-not-draft"));
    }
    let sub = as_submission(&s);
    sub.check_complete().map_err(ServiceError::Fields)?;
    if q::won_before(&mut tx, &sub.entity_key(), year).await? {
        return Err(ServiceError::field("organisation", "prize-previous-winner"));
    }
    q::set_status(&mut tx, id, status::DRAFT, status::SUBMITTED).await?;
    let cat = wsis_domain::prizes::category(s.category);
    let lang = user.profile.language;
    let cat_name = cat
        .map(|c| format!("{} {}", c.code, c.name.get(lang)))
        .unwrap_or_default();
    let link = format!(
        "{}/{}/prizes/{year}/submissions/{id}",
        app.config().public_url,
        lang.code()
    );
    let mail = Letter::to(lang, &user.profile.name)
        .say(
            "prize-mail-submitted",
            &[
                ("title", Arg::from(s.title.as_str())),
                ("category", Arg::from(cat_name.as_str())),
                ("year", Arg::from(year.to_string().as_str())),
            ],
        )
        .text(&link)
        .sign(
            &user.email,
            "prize-mail-submitted-subject",
            &[("year", Arg::from(year.to_string().as_str()))],
        );
    crate::mail::queue(&mut tx, &mail).await?;
    if let Some(owner) = s
        .owner_email
        .as_deref()
        .filter(|o| !o.eq_ignore_ascii_case(&user.email))
    {
        // The owner may have no account: the letter is in English, the submission's language.
        let mail = Letter::to(wsis_domain::Language::En, owner)
            .say(
                "prize-mail-nominated-by",
                &[
                    ("title", Arg::from(s.title.as_str())),
                    ("organisation", Arg::from(user.profile.name.as_str())),
                    ("year", Arg::from(year.to_string().as_str())),
                ],
            )
            .sign(
                owner,
                "prize-mail-nominated-by-subject",
                &[("year", Arg::from(year.to_string().as_str()))],
            );
        crate::mail::queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    app.wake_worker();
    Ok(())
}

/// `user`'s submissions, every edition: (year, submission).
pub async fn mine(app: &App, user: &User) -> ServiceResult<Vec<(i64, SubmissionRow)>> {
    let mut conn = app.db().conn().await?;
    Ok(q::submissions_by(&mut conn, user.id).await?)
}

/// The published nominees of `year` (of one category, or all): public once voting opens.
pub async fn nominees(
    app: &App,
    year: i64,
    category: Option<i64>,
) -> ServiceResult<(Edition, Vec<SubmissionRow>)> {
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    let edition = Edition::of(&row, now());
    if !edition.nominees_public() {
        return Ok((edition, Vec::new()));
    }
    let list = q::submissions(&mut conn, row.id, category, &[status::NOMINATED]).await?;
    Ok((edition, list))
}
