//! The secretariat's other decisions through the real router: returned with a
//! comment, edited and sent again by the owner, then rejected with a reason,
//! the owner told by e-mail at each step; a rejected entry stays rejected.

use crate::common::TestApp;
use crate::stocktaking::{as_secretariat, entry_form, submit, version_of};

use axum::http::StatusCode;
use wsis_domain::account::Role;
use wsis_domain::stocktaking::EntryStatus;

async fn status(app: &TestApp, id: i64) -> EntryStatus {
    let mut c = app.db.conn().await.unwrap();
    wsis_db::stocktaking::get_entry(&mut c, id)
        .await
        .unwrap()
        .unwrap()
        .status
}

#[tokio::test]
async fn returned_then_sent_again_then_rejected_with_mail_at_each_step() {
    let mut owner = TestApp::new().await;
    let id = submit(&mut owner, "Village kiosks", "Kiosks in villages.").await;
    let mut sec = owner.twin();
    as_secretariat(&mut sec).await;
    let review = format!("/en/stocktaking/entries/{id}/review");

    // Returned with the secretariat's comment.
    let v = version_of(&sec, id).await;
    let r = sec
        .post_form(
            &review,
            &[
                ("action", "return"),
                ("comment", "Add the partners' names"),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(status(&owner, id).await, EntryStatus::Returned);
    let mail = owner.mails().await.into_iter().last().unwrap();
    assert!(
        mail.body.contains("has returned your entry"),
        "{}",
        mail.body
    );
    assert!(mail.body.contains("Add the partners' names"));
    let page = owner.get(&format!("/en/stocktaking/entries/{id}")).await;
    assert!(
        page.body.contains("Add the partners"),
        "the owner sees the comment"
    );

    // A stale review (the version moved on) is refused, not applied.
    let r = sec
        .post_form(&review, &[("action", "publish"), ("version", &v)])
        .await;
    assert_ne!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&owner, id).await, EntryStatus::Returned);

    // Edited and sent again.
    let v = version_of(&owner, id).await;
    let mut form = entry_form("Village kiosks", "Kiosks in villages, with ITU and UNICEF.");
    form.push(("version", &v));
    let r = owner
        .post_form(&format!("/en/stocktaking/entries/{id}/edit"), &form)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(status(&owner, id).await, EntryStatus::Submitted);
    let received = owner
        .mails()
        .await
        .iter()
        .filter(|m| m.body.contains("We have received your entry"))
        .count();
    assert_eq!(received, 2, "submitted twice");
    // The secretariat hears of it too (its account exists since the first review).
    let notices: Vec<_> = owner
        .mails()
        .await
        .into_iter()
        .filter(|m| m.body.contains("waits for your review"))
        .collect();
    assert_eq!(notices.len(), 1, "one notice per reviewer");
    assert!(
        notices[0].to.contains("sec@example.org"),
        "{}",
        notices[0].to
    );
    assert!(
        notices[0]
            .body
            .contains(&format!("/en/stocktaking/entries/{id}"))
    );

    // Rejected with a reason: final.
    let v = version_of(&sec, id).await;
    let r = sec
        .post_form(
            &review,
            &[
                ("action", "reject"),
                ("comment", "Not an ICT activity"),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(status(&owner, id).await, EntryStatus::Rejected);
    let mail = owner.mails().await.into_iter().last().unwrap();
    assert!(
        mail.body.contains("could not accept your entry"),
        "{}",
        mail.body
    );
    assert!(mail.body.contains("Not an ICT activity"));
    let v = version_of(&owner, id).await;
    let mut form = entry_form("Village kiosks again", "x");
    form.push(("version", &v));
    let r = owner
        .post_form(&format!("/en/stocktaking/entries/{id}/edit"), &form)
        .await;
    assert_ne!(
        r.status,
        StatusCode::SEE_OTHER,
        "a rejected entry cannot be edited"
    );
    assert_eq!(status(&owner, id).await, EntryStatus::Rejected);
    assert_eq!(
        owner
            .get("/api/v1/stocktaking/entries?q=kiosks")
            .await
            .json()["total"],
        0,
        "never public"
    );

    // A stakeholder cannot review.
    let mut other = owner.twin();
    other
        .sign_in_as("other@example.org", &[Role::Stakeholder])
        .await;
    let r = other
        .post_form(&review, &[("action", "publish"), ("version", &v)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_queue_filters_by_status_text_and_call_and_returns_in_bulk() {
    let mut owner = TestApp::new().await;
    let kiosks = submit(&mut owner, "Solar kiosks", "Kiosks.").await;
    let radio = submit(&mut owner, "Community radio", "Radio.").await;
    let mut sec = owner.twin();
    as_secretariat(&mut sec).await;

    // Submitted by default; text narrows; another status shows other entries.
    let queue = sec.get("/en/stocktaking/moderation").await;
    assert!(queue.body.contains("Solar kiosks") && queue.body.contains("Community radio"));
    let found = sec.get("/en/stocktaking/moderation?q=radio").await;
    assert!(found.body.contains("Community radio") && !found.body.contains("Solar kiosks"));
    let published = sec.get("/en/stocktaking/moderation?status=published").await;
    assert!(!published.body.contains("Solar kiosks"));
    let in_call = sec.get("/en/stocktaking/moderation?call=2019").await;
    assert!(!in_call.body.contains("Solar kiosks"), "no call was open");

    // Returned in bulk, each with the comment and its own e-mail.
    let r = sec
        .post_form(
            "/en/stocktaking/moderation",
            &[
                ("action", "return"),
                ("comment", "Say where"),
                ("id", &kiosks.to_string()),
                ("id", &radio.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(status(&owner, kiosks).await, EntryStatus::Returned);
    assert_eq!(status(&owner, radio).await, EntryStatus::Returned);
    let returned = owner
        .mails()
        .await
        .iter()
        .filter(|m| m.body.contains("has returned your entry") && m.body.contains("Say where"))
        .count();
    assert_eq!(returned, 2);
    let queue = sec.get("/en/stocktaking/moderation?status=returned").await;
    assert!(queue.body.contains("Solar kiosks") && queue.body.contains("Community radio"));
    // Without a comment a bulk return is refused for each, nothing changes.
    let r = sec
        .post_form(
            "/en/stocktaking/moderation",
            &[
                ("action", "reject"),
                ("comment", ""),
                ("id", &kiosks.to_string()),
            ],
        )
        .await;
    assert_ne!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&owner, kiosks).await, EntryStatus::Returned);
}

/// Issue 11, item 15: returning an entry without a comment shows the entry again with
/// the review form saying what is missing (not a bare 409 page), in the page's language,
/// keeping what was typed; a decision taken is confirmed on the queue.
#[tokio::test]
async fn a_refused_decision_shows_the_form_again_and_a_decision_taken_is_confirmed() {
    let mut app = TestApp::new().await;
    let id = submit(&mut app, "Rural libraries", "Books online.").await;
    as_secretariat(&mut app).await;
    let v = version_of(&app, id).await;
    let r = app
        .post_form(
            &format!("/fr/stocktaking/entries/{id}/review"),
            &[("action", "return"), ("version", &v), ("comment", "   ")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Rural libraries"), "the entry page again");
    assert!(r.body.contains("aria-invalid=\"true\""), "{}", r.body);
    assert!(r.body.contains("id=\"f-comment-error\""));
    assert!(r.body.contains("lang=\"fr\""));
    assert_eq!(status(&app, id).await, EntryStatus::Submitted);
    let r = app
        .post_form(
            &format!("/en/stocktaking/entries/{id}/review"),
            &[
                ("action", "return"),
                ("version", &v),
                ("comment", "Add the partners."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let queue = app.get(r.location()).await;
    assert!(
        queue
            .body
            .contains("The decision has been recorded and the submitter informed."),
        "{}",
        queue.body
    );
    assert_eq!(status(&app, id).await, EntryStatus::Returned);
    // The owner edits it with the secretariat's comment in view.
    let mut owner = app.twin();
    owner
        .sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let edit = owner
        .get(&format!("/en/stocktaking/entries/{id}/edit"))
        .await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(
        edit.body
            .contains("The secretariat returned this entry with these comments"),
        "{}",
        edit.body
    );
    assert!(edit.body.contains("Add the partners."));
}

/// Issue 11, item 15: the links to submit an activity and to one's entries are shown to
/// those who may follow them; a participant without the stakeholder role sees neither
/// (they ended in 403).
#[tokio::test]
async fn only_accounts_that_may_submit_see_the_submit_links() {
    let mut app = TestApp::new().await;
    app.sign_in_as("visitor@example.org", &[Role::Participant])
        .await;
    let page = app.get("/en/stocktaking").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("/en/stocktaking/new"), "{}", page.body);
    assert!(!page.body.contains("/en/stocktaking/mine"));
    assert_eq!(
        app.get("/en/stocktaking/new").await.status,
        StatusCode::FORBIDDEN
    );
    let mut stakeholder = app.twin();
    stakeholder
        .sign_in_as("ngo@example.org", &[Role::Stakeholder])
        .await;
    let page = stakeholder.get("/en/stocktaking").await;
    assert!(page.body.contains("/en/stocktaking/new"));
    assert!(page.body.contains("/en/stocktaking/mine"));
    assert_eq!(
        stakeholder.get("/en/stocktaking/new").await.status,
        StatusCode::OK
    );
}

/// Issue 11, item 15: a saved draft is sent for review from its page (there was no
/// button); only by its owner, from the version they saw.
#[tokio::test]
async fn a_saved_draft_is_submitted_from_its_page() {
    let mut app = TestApp::new().await;
    app.sign_in_as("owner@example.org", &[Role::Stakeholder])
        .await;
    let mut form = entry_form("Draft libraries", "Books online.");
    form.retain(|(k, _)| *k != "action");
    let r = app.post_form("/en/stocktaking/new", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(status(&app, id).await, EntryStatus::Draft);
    let uri = format!("/en/stocktaking/entries/{id}/submit");
    let page = app.get(&format!("/en/stocktaking/entries/{id}")).await;
    assert!(
        page.body.contains(&format!("action=\"{uri}\"")),
        "{}",
        page.body
    );
    assert!(page.body.contains("Submit for review"));
    let v = version_of(&app, id).await;
    // Someone else may not; a stale version is refused; then it goes.
    let mut other = app.twin();
    other
        .sign_in_as("other@example.org", &[Role::Stakeholder])
        .await;
    assert_eq!(
        other.post_form(&uri, &[("version", &v)]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post_form(&uri, &[("version", "999")]).await.status,
        StatusCode::CONFLICT
    );
    let r = app.post_form(&uri, &[("version", &v)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(status(&app, id).await, EntryStatus::Submitted);
    assert!(
        app.mails()
            .await
            .iter()
            .any(|m| m.to.contains("owner@example.org") && m.body.contains("Draft libraries"))
    );
    let page = app.get(&format!("/en/stocktaking/entries/{id}")).await;
    assert!(!page.body.contains(&format!("action=\"{uri}\"")));
    // Submitted already: not again.
    let v = version_of(&app, id).await;
    assert_eq!(
        app.post_form(&uri, &[("version", &v)]).await.status,
        StatusCode::CONFLICT
    );
}
