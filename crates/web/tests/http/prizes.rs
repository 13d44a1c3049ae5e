//! The WSIS Prizes (issue 13), through the real router: an edition from submission to
//! results (submissions and their rules, the experts' review with a conflict of
//! interest, the vote with every refusal, the sealed tally recounted from the
//! published ballots, the Winner), role checks both ways, and the vote engine under
//! concurrency (one vote per account per category, whatever arrives at once).

use crate::common::{TestApp, TestResponse};
use crate::forum::plain;
use axum::http::{Method, StatusCode};
use wsis_domain::account::Role;

/// `YYYY-MM-DD` of today plus `days` (UTC).
fn day(days: i64) -> String {
    let t = wsis_db::now() + days * 86_400;
    let z = jiff::Timestamp::from_second(t)
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC);
    format!("{:04}-{:02}-{:02}", z.year(), z.month(), z.day())
}

/// The dates of an edition, as offsets from today in days.
fn dates(o: [i64; 5]) -> Vec<(&'static str, String)> {
    vec![
        ("submission_opens", day(o[0])),
        ("submission_closes", day(o[1])),
        ("voting_opens", day(o[2])),
        ("voting_closes", day(o[3])),
        ("announced_at", day(o[4])),
    ]
}

const SUBMISSION: [i64; 5] = [-2, 2, 4, 6, 8];
const REVIEW: [i64; 5] = [-4, -2, 2, 4, 6];
const VOTING: [i64; 5] = [-6, -4, -2, 2, 4];
const SELECTION: [i64; 5] = [-8, -6, -4, -2, 2];
const ANNOUNCED: [i64; 5] = [-10, -8, -6, -4, -2];

async fn post(app: &mut TestApp, uri: &str, fields: &[(&str, String)]) -> TestResponse {
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(uri, &f).await
}

async fn set_phase(sec: &mut TestApp, year: i64, o: [i64; 5]) {
    let r = post(sec, &format!("/en/prizes/{year}/manage"), &dates(o)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

fn words(n: usize) -> String {
    (0..n)
        .map(|i| ["digital", "skills", "for", "rural", "youth"][i % 5])
        .collect::<Vec<_>>()
        .join(" ")
}

fn project(
    category: &str,
    organisation: &str,
    title: &str,
    description_words: usize,
) -> Vec<(&'static str, String)> {
    vec![
        ("category", category.into()),
        ("title", title.into()),
        ("organisation", organisation.into()),
        ("country", "KE".into()),
        ("stakeholder_type", "government".into()),
        ("website", "https://example.org/p".into()),
        ("description", words(description_words)),
        ("linkage", "C3 and SDG 4".into()),
        ("impact", "12,000 people trained".into()),
        ("partnerships", "Two universities".into()),
        ("challenges", "Power cuts".into()),
        ("future_plans", "Three more regions".into()),
    ]
}

/// Saves a draft and returns its id (from the redirect).
async fn draft(app: &mut TestApp, fields: &[(&'static str, String)]) -> i64 {
    let r = post(app, "/en/prizes/2030/submit", fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .split("/submissions/")
        .nth(1)
        .and_then(|s| s.split('?').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no id in {}", r.location()))
}

async fn vote(app: &mut TestApp, category: i64, nominee: i64) -> TestResponse {
    post(
        app,
        "/en/prizes/2030/vote",
        &[
            ("category", category.to_string()),
            ("nominee", nominee.to_string()),
        ],
    )
    .await
}

#[tokio::test]
async fn an_edition_runs_from_submissions_to_a_result_anyone_can_recount() {
    let mut sec = TestApp::new().await;
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;

    // The secretariat opens the 2030 edition; bad dates are refused field by field.
    let mut bad = dates(SUBMISSION);
    bad[2].1 = day(-30);
    bad.push(("year", "2030".into()));
    let r = post(&mut sec, "/en/prizes", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("Each date must come after the one before"));
    let mut ok = dates(SUBMISSION);
    ok.push(("year", "2030".into()));
    let r = post(&mut sec, "/en/prizes", &ok).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = post(&mut sec, "/en/prizes", &ok).await;
    assert!(plain(&r.body).contains("There is an edition of this year already"));

    // A stakeholder saves drafts; the checklist says what is missing; a 90-word or a
    // 400-word description cannot be submitted.
    let mut kenya = sec.twin();
    kenya
        .sign_in_as("kenya@example.org", &[Role::Stakeholder])
        .await;
    let a = draft(
        &mut kenya,
        &project("3", "ICT Authority, Kenya", "Digital skills", 90),
    )
    .await;
    let page = plain(
        &kenya
            .get(&format!("/en/prizes/2030/submissions/{a}"))
            .await
            .body,
    );
    assert!(
        page.contains("Before you submit") && page.contains("(now 90)"),
        "{page}"
    );
    let r = post(
        &mut kenya,
        &format!("/en/prizes/2030/submissions/{a}/submit"),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("at least 150 words"));
    let page = kenya
        .get(&format!("/en/prizes/2030/submissions/{a}/edit"))
        .await
        .body;
    let version = page
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let mut long = project("3", "ICT Authority, Kenya", "Digital skills", 400);
    long.push(("version", version.clone()));
    let r = post(
        &mut kenya,
        &format!("/en/prizes/2030/submissions/{a}/edit"),
        &long,
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = post(
        &mut kenya,
        &format!("/en/prizes/2030/submissions/{a}/submit"),
        &[],
    )
    .await;
    assert!(plain(&r.body).contains("at most 200 words"));
    // A stale form is refused with its text kept.
    let r = post(
        &mut kenya,
        &format!("/en/prizes/2030/submissions/{a}/edit"),
        &long,
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let page = kenya
        .get(&format!("/en/prizes/2030/submissions/{a}/edit"))
        .await
        .body;
    let version = page
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let mut good = project("3", "ICT Authority, Kenya", "Digital skills", 160);
    good.push(("version", version));
    post(
        &mut kenya,
        &format!("/en/prizes/2030/submissions/{a}/edit"),
        &good,
    )
    .await;
    let r = post(
        &mut kenya,
        &format!("/en/prizes/2030/submissions/{a}/submit"),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Not in English, or a second project of the entity in the category: refused.
    let mut arabic = project("3", "Other", "Digital skills", 160);
    arabic[9].1 = "تم تدريب الآلاف".into();
    let r = post(&mut kenya, "/en/prizes/2030/submit", &arabic).await;
    assert!(plain(&r.body).contains("accepted in English only"));
    let r = post(
        &mut kenya,
        "/en/prizes/2030/submit",
        &project("3", "ict authority  KENYA", "Another", 160),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("already has a project in this category"));
    // Another category is fine; so is another entity in the category.
    let b = draft(
        &mut kenya,
        &project("4", "ICT Authority, Kenya", "Teachers online", 160),
    )
    .await;
    post(
        &mut kenya,
        &format!("/en/prizes/2030/submissions/{b}/submit"),
        &[],
    )
    .await;
    let mut chile = sec.twin();
    chile
        .sign_in_as("chile@example.org", &[Role::Stakeholder])
        .await;
    let c = draft(
        &mut chile,
        &project("3", "Universidad de Chile", "Open data for cities", 170),
    )
    .await;
    post(
        &mut chile,
        &format!("/en/prizes/2030/submissions/{c}/submit"),
        &[],
    )
    .await;
    let mails = kenya.mails().await;
    assert!(mails.iter().any(|m| m.to.contains("kenya@example.org")
        && m.subject == "Your project is submitted to the WSIS Prizes 2030"));
    // Drafts and submissions are private to their submitter (and the secretariat).
    assert_eq!(
        chile
            .get(&format!("/en/prizes/2030/submissions/{a}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        sec.get(&format!("/en/prizes/2030/submissions/{a}"))
            .await
            .status,
        StatusCode::OK
    );

    // Experts: appointed per category; a conflict of interest hides the project.
    let mut expert = sec.twin();
    expert
        .sign_in_as("expert@example.org", &[Role::Participant])
        .await;
    assert_eq!(
        expert.get("/en/prizes/2030/review").await.status,
        StatusCode::FORBIDDEN
    );
    let r = post(
        &mut sec,
        "/en/prizes/2030/manage/experts",
        &[
            ("category", "3".into()),
            ("email", "nobody@example.org".into()),
        ],
    )
    .await;
    assert!(plain(&r.body).contains("No account has this e-mail address"));
    let r = post(
        &mut sec,
        "/en/prizes/2030/manage/experts",
        &[
            ("category", "3".into()),
            ("email", "expert@example.org".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let queue = plain(&expert.get("/en/prizes/2030/review").await.body);
    assert!(queue.contains("Digital skills") && queue.contains("Open data for cities"));
    assert!(
        !queue.contains("Teachers online"),
        "category 4 is not theirs"
    );
    let r = post(
        &mut expert,
        &format!("/en/prizes/2030/review/{a}/conflict"),
        &[("reason", "I advise this authority".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!plain(&expert.get("/en/prizes/2030/review").await.body).contains("Digital skills"));
    assert_eq!(
        expert
            .get(&format!("/en/prizes/2030/review/{a}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let scores: Vec<(&str, String)> = wsis_domain::prizes::CRITERIA
        .iter()
        .map(|c| (*c, "8".to_owned()))
        .collect();
    // Scores are given in the review phase only.
    let r = post(&mut expert, &format!("/en/prizes/2030/review/{c}"), &scores).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    set_phase(&mut sec, 2030, REVIEW).await;
    let mut partial = scores.clone();
    partial[0].1 = "11".into();
    let r = post(
        &mut expert,
        &format!("/en/prizes/2030/review/{c}"),
        &partial,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(&mut expert, &format!("/en/prizes/2030/review/{c}"), &scores).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let ranking = plain(&sec.get("/en/prizes/2030/manage").await.body);
    assert!(
        ranking.contains("56.0") && ranking.contains("56 to 56 (one expert)"),
        "{ranking}"
    );

    // The secretariat nominates and publishes; the public sees nominees from the vote on.
    for id in [a, b, c] {
        let r = post(
            &mut sec,
            "/en/prizes/2030/manage/decide",
            &[
                ("submission", id.to_string()),
                ("decision", "nominate".into()),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    post(&mut sec, "/en/prizes/2030/manage/publish-nominees", &[]).await;
    let r = post(
        &mut sec,
        "/en/prizes/2030/manage/decide",
        &[
            ("submission", a.to_string()),
            ("decision", "decline".into()),
        ],
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::CONFLICT,
        "decisions are final once published"
    );

    // A vote before the phase is refused.
    let mut voter = sec.twin();
    let voter_id = voter
        .sign_in_as("voter@example.org", &[Role::Participant])
        .await;
    let r = vote(&mut voter, 3, a).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("Voting is not open"));
    set_phase(&mut sec, 2030, VOTING).await;
    let mut anonymous = sec.twin();
    let page = anonymous.get("/en/prizes/2030/categories/3").await;
    assert!(
        plain(&page.body).contains("Digital skills")
            && plain(&page.body).contains("Sign in to vote")
    );
    let r = vote(&mut anonymous, 3, a).await;
    assert!(
        r.status == StatusCode::UNAUTHORIZED || r.status == StatusCode::SEE_OTHER,
        "{}",
        r.status
    );
    // Refused: a nominee of another category; a made-up token.
    let r = vote(&mut voter, 3, b).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = voter
        .post_raw(
            "/en/prizes/2030/vote",
            &[
                ("csrf", "forged"),
                ("category", "3"),
                ("nominee", &a.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The vote, once; a second one is refused, the first stays.
    let r = vote(&mut voter, 3, a).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        r.location()
            .ends_with("/en/prizes/2030/categories/3?notice=prize-voted")
    );
    let r = vote(&mut voter, 3, c).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("voted in this category already"));
    let page = plain(&voter.get("/en/prizes/2030/categories/3").await.body);
    assert!(page.contains("You voted for “Digital skills”"), "{page}");
    assert!(!page.contains("votes"), "no running count: {page}");
    let mine = plain(&voter.get("/en/prizes/2030/my-votes").await.body);
    assert!(
        mine.contains("You voted in one of the 18 categories"),
        "{mine}"
    );
    // The API votes the same way (session cookie and X-CSRF-Token).
    let token = voter.csrf().await;
    let body = format!("{{\"category\":4,\"nominee\":{b}}}");
    let r = voter
        .request(
            Method::POST,
            "/api/v1/prizes/2030/votes",
            &[
                ("content-type", "application/json"),
                ("x-csrf-token", &token),
            ],
            body.clone().into(),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = voter
        .request(
            Method::POST,
            "/api/v1/prizes/2030/votes",
            &[
                ("content-type", "application/json"),
                ("x-csrf-token", &token),
            ],
            body.into(),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json()["error"], "prize-vote-already");
    // One confirmation mail lists the votes of its window, queued when the window ends.
    let later = wsis_db::now() + 2 * wsis_app::prizes::votes::MAIL_WINDOW;
    let queued = wsis_app::jobs::schedule_at(&sec.services, later)
        .await
        .unwrap();
    assert!(queued >= 1);
    for _ in 0..3 {
        wsis_app::jobs::run_due_at(&sec.services, "test", later)
            .await
            .unwrap();
    }
    assert_eq!(
        wsis_app::jobs::schedule_at(&sec.services, later)
            .await
            .unwrap(),
        0,
        "each window once"
    );
    let mail = sec
        .mails()
        .await
        .into_iter()
        .find(|m| m.to.contains("voter@example.org"))
        .expect("a confirmation");
    assert_eq!(mail.subject, "Your votes in the WSIS Prizes 2030");
    assert!(
        mail.body.contains("Digital skills") && mail.body.contains("Teachers online"),
        "{}",
        mail.body
    );

    // A blocked domain and a voided voter cannot vote.
    let mut throwaway = sec.twin();
    throwaway
        .sign_in_as("x1@mailinator.com", &[Role::Participant])
        .await;
    let r = post(
        &mut sec,
        "/en/prizes/blocked-domains",
        &[("domain", "mailinator.com".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = vote(&mut throwaway, 3, a).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("at this domain cannot vote"));
    let mut other = sec.twin();
    let other_id = other
        .sign_in_as("other@example.org", &[Role::Participant])
        .await;
    assert_eq!(vote(&mut other, 3, c).await.status, StatusCode::SEE_OTHER);
    let r = post(
        &mut sec,
        "/en/prizes/2030/fraud/void",
        &[("voter", other_id.to_string()), ("reason", "".into())],
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is required"
    );
    let r = post(
        &mut sec,
        "/en/prizes/2030/fraud/void",
        &[
            ("voter", other_id.to_string()),
            ("reason", "Bought account".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = vote(&mut other, 4, b).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("were voided"));
    let audit = plain(&sec.get("/en/prizes/2030/audit").await.body);
    assert!(
        audit.contains("Votes voided") && audit.contains("Bought account"),
        "{audit}"
    );

    // Until voting closes, no result; then the tally is sealed once, its digest shown.
    assert_eq!(
        anonymous.get("/en/prizes/2030/results").await.status,
        StatusCode::NOT_FOUND
    );
    set_phase(&mut sec, 2030, SELECTION).await;
    // The scheduler seals it within a minute, before anyone asks.
    let sealed = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            let mut conn = db.conn().await.unwrap();
            wsis_db::prizes::edition(&mut conn, 2030)
                .await
                .unwrap()
                .unwrap()
                .sealed_at
                .is_some()
        }
    };
    assert!(!sealed(&sec).await);
    wsis_app::jobs::schedule_at(&sec.services, wsis_db::now())
        .await
        .unwrap();
    wsis_app::jobs::drain(&sec.services).await.unwrap();
    assert!(sealed(&sec).await, "sealed by the scheduled job");
    let results = anonymous.get("/en/prizes/2030/results").await;
    assert_eq!(results.status, StatusCode::OK, "{}", results.body);
    let digest = results
        .body
        .split("<code class=\"digest\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .unwrap()
        .to_owned();
    let ballots = anonymous.get("/en/prizes/2030/results/ballots.csv").await;
    assert_eq!(ballots.status, StatusCode::OK);
    assert_eq!(ballots.headers["etag"], format!("\"{digest}\"").as_str());
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(ballots.body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(sha, digest, "the published digest is the file's");
    assert!(
        !ballots.body.contains(&format!(",{voter_id},")),
        "no account ids"
    );
    // The voided voter's vote is not among the ballots: two counted votes.
    assert_eq!(ballots.body.lines().count(), 1 + 2, "{}", ballots.body);
    let recount = wsis_domain::prizes::tally(ballots.body.lines(), false).unwrap();
    let site = anonymous
        .get("/en/prizes/2030/results/tally.txt")
        .await
        .body;
    assert_eq!(wsis_domain::prizes::tally_report(&digest, &recount), site);
    // Dates no longer change, votes are no longer voided.
    let r = post(&mut sec, "/en/prizes/2030/manage", &dates(ANNOUNCED)).await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // The experts choose the Winner among the Champions; it shows once announced.
    let r = post(
        &mut expert,
        "/en/prizes/2030/results/winner",
        &[("category", "3".into()), ("winner", c.to_string())],
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not a Champion: {}",
        r.body
    );
    let r = post(
        &mut expert,
        "/en/prizes/2030/results/winner",
        &[("category", "3".into()), ("winner", a.to_string())],
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "a conflicted expert does not choose that project"
    );
    let r = post(
        &mut voter,
        "/en/prizes/2030/results/winner",
        &[("category", "3".into()), ("winner", a.to_string())],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = post(
        &mut sec,
        "/en/prizes/2030/results/winner",
        &[("category", "3".into()), ("winner", a.to_string())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = anonymous.get("/en/prizes/2030/results").await.body;
    assert!(page.contains("<span class=\"badge\">Champion</span>"));
    assert!(
        !page.contains("<span class=\"badge\">Winner</span>"),
        "not before the announcement"
    );
}

#[tokio::test]
async fn announced_results_reach_the_entries_and_the_success_stories() {
    let mut app = TestApp::new().await;
    {
        let mut c = app.db.conn().await.unwrap();
        wsis_db::stocktaking::create_call(&mut c, 2019, "WSIS Stocktaking 2019", 0, i64::MAX / 2)
            .await
            .unwrap();
    }
    let entry = crate::stocktaking::submit(&mut app, "Digital literacy in Kenya", "A").await;
    crate::stocktaking::as_secretariat(&mut app).await;
    crate::stocktaking::publish(&mut app, entry).await;
    // An edition whose results are announced: a project of that entry got the votes.
    let mut conn = app.db.conn().await.unwrap();
    let t = wsis_db::now();
    let s = wsis_domain::prizes::Schedule::parse([t - 500, t - 400, t - 300, t - 200, t - 100])
        .unwrap();
    let e = wsis_db::prizes::create_edition(&mut conn, 2019, &s, false, "salt")
        .await
        .unwrap();
    let owner: i64 = wsis_db::stocktaking::published_batch(&mut conn, 0, 1)
        .await
        .unwrap()
        .first()
        .map(|_| 1)
        .unwrap();
    let sub = wsis_domain::prizes::SubmissionInput {
        category: "10".into(),
        title: "Digital literacy".into(),
        organisation: "Kenya ICT".into(),
        country: "KE".into(),
        stakeholder_type: "government".into(),
        ..Default::default()
    }
    .parse()
    .unwrap();
    let id = wsis_db::prizes::insert_submission(&mut conn, e, &sub, owner, Some(entry))
        .await
        .unwrap();
    wsis_db::prizes::set_status(&mut conn, id, "draft", "nominated")
        .await
        .unwrap();
    wsis_db::prizes::publish_nominees(&mut conn, e)
        .await
        .unwrap();
    wsis_db::prizes::insert_votes(
        &mut conn,
        &[wsis_db::prizes::NewVote {
            edition_id: e,
            category: 10,
            voter: owner,
            nominee: id,
            at: t - 250,
            client_ip: "x".into(),
        }],
    )
    .await
    .unwrap();
    drop(conn);
    // The first look at the results seals them.
    let page = app.get("/en/prizes/2019/results").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    // The results of one country or type of stakeholder; an unknown one is not found.
    let of_kenya = plain(&app.get("/en/prizes/2019/results?country=KE").await.body);
    assert!(of_kenya.contains("The Champions from Kenya") && of_kenya.contains("Digital literacy"));
    let of_chile = plain(&app.get("/en/prizes/2019/results?country=CL").await.body);
    assert!(!of_chile.contains("Digital literacy"), "{of_chile}");
    assert_eq!(
        app.get("/en/prizes/2019/results?country=XX").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/en/prizes/2019/results?type=robots").await.status,
        StatusCode::NOT_FOUND
    );
    let api = app.get("/api/v1/prizes/2019/results").await.json();
    assert_eq!(api["champions"][0]["nominee"]["id"], id);
    assert_eq!(api["champions"][0]["winner"], false);
    // The experts' Winner shows once announced.
    let mut conn = app.db.conn().await.unwrap();
    assert!(
        wsis_db::prizes::set_winner(&mut conn, e, 10, id)
            .await
            .unwrap()
    );
    drop(conn);
    let page = app.get("/en/prizes/2019/results").await.body;
    assert!(page.contains("<span class=\"badge\">Winner</span>"));
    // The entry's page shows its prize; the year's Success Stories include it (as the
    // Champion it was when the results were announced).
    let entry_page = plain(
        &app.get(&format!("/en/stocktaking/entries/{entry}"))
            .await
            .body,
    );
    assert!(
        entry_page.contains("WSIS Prizes 2019: Winner, Category 10: C7.4"),
        "{entry_page}"
    );
    let stories = wsis_db::success_stories::prize_entries(&mut app.db.conn().await.unwrap(), 2019)
        .await
        .unwrap();
    assert_eq!(stories, vec![(entry, "champion".to_owned())]);
}

#[tokio::test]
async fn prize_pages_keep_their_roles_and_speak_six_languages() {
    let mut sec = TestApp::new().await;
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    let mut ok = dates(VOTING);
    ok.push(("year", "2030".into()));
    assert_eq!(
        post(&mut sec, "/en/prizes", &ok).await.status,
        StatusCode::SEE_OTHER
    );
    let mut user = sec.twin();
    user.sign_in_as(
        "user@example.org",
        &[Role::Stakeholder, Role::Organiser, Role::Facilitator],
    )
    .await;
    let mut anonymous = sec.twin();
    for path in [
        "/en/prizes/2030/manage",
        "/en/prizes/2030/fraud",
        "/en/prizes/2030/audit",
        "/en/prizes/blocked-domains",
    ] {
        assert_eq!(sec.get(path).await.status, StatusCode::OK, "{path}");
        assert_eq!(user.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
        assert_ne!(anonymous.get(path).await.status, StatusCode::OK, "{path}");
    }
    for (path, fields) in [
        ("/en/prizes", dates(VOTING)),
        ("/en/prizes/2030/manage", dates(VOTING)),
        (
            "/en/prizes/2030/manage/experts",
            vec![
                ("category", "1".into()),
                ("email", "user@example.org".into()),
            ],
        ),
        ("/en/prizes/2030/manage/publish-nominees", vec![]),
        ("/en/prizes/2030/fraud/scan", vec![]),
        (
            "/en/prizes/2030/fraud/void",
            vec![("voter", "1".into()), ("reason", "x".into())],
        ),
        (
            "/en/prizes/blocked-domains",
            vec![("domain", "example.com".into())],
        ),
    ] {
        assert_eq!(
            post(&mut user, path, &fields).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // The public pages, in the six languages.
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        for path in ["/prizes", "/prizes/2030", "/prizes/2030/categories/10"] {
            let r = anonymous.get(&format!("/{lang}{path}")).await;
            assert_eq!(r.status, StatusCode::OK, "{lang}{path}");
            assert!(r.body.contains(&format!("<html lang=\"{lang}\"")));
        }
        for path in [
            "/prizes/2030/manage",
            "/prizes/2030/fraud",
            "/prizes/2030/audit",
            "/prizes/blocked-domains",
        ] {
            let r = sec.get(&format!("/{lang}{path}")).await;
            assert_eq!(r.status, StatusCode::OK, "{lang}{path}");
        }
    }
    let zh = plain(&anonymous.get("/zh/prizes/2030/categories/10").await.body);
    assert!(!zh.contains("Category 10"), "translated: {zh}");
    // The API lists the edition and its phase.
    let api = anonymous.get("/api/v1/prizes/2030").await;
    assert_eq!(api.json()["phase"], "voting");
    assert_eq!(
        anonymous
            .get("/api/v1/prizes/2030/nominees?category=19")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

/// An edition in its voting phase with one nominee in each of categories 1 and 2,
/// made through the services (the secretariat's steps).
async fn voting_edition(app: &TestApp) -> (i64, i64) {
    let mut conn = app.db.conn().await.unwrap();
    let t = wsis_db::now();
    let s = wsis_domain::prizes::Schedule::parse([t - 400, t - 300, t - 200, t + 3600, t + 7200])
        .unwrap();
    let e = wsis_db::prizes::create_edition(&mut conn, 2030, &s, false, "salt")
        .await
        .unwrap();
    let owner = wsis_db::accounts::create_user(
        &mut conn,
        &wsis_domain::account::Email::parse("owner@example.org").unwrap(),
        "!",
        &wsis_domain::account::Profile {
            name: "Owner".into(),
            organisation: None,
            stakeholder_type: None,
            country: None,
            language: wsis_domain::Language::En,
        },
        &[Role::Stakeholder],
        true,
    )
    .await
    .unwrap();
    let mut ids = Vec::new();
    for (cat, org) in [(1, "A"), (1, "B")] {
        let sub = wsis_domain::prizes::SubmissionInput {
            category: cat.to_string(),
            title: format!("Project {org}"),
            organisation: org.into(),
            ..Default::default()
        }
        .parse()
        .unwrap();
        let id = wsis_db::prizes::insert_submission(&mut conn, e, &sub, owner, None)
            .await
            .unwrap();
        wsis_db::prizes::set_status(&mut conn, id, "draft", "nominated")
            .await
            .unwrap();
        ids.push(id);
    }
    wsis_db::prizes::publish_nominees(&mut conn, e)
        .await
        .unwrap();
    (ids[0], ids[1])
}

#[tokio::test]
async fn two_votes_at_once_from_one_account_count_once() {
    let app = TestApp::new().await;
    let (a, b) = voting_edition(&app).await;
    let mut voter = app.twin();
    voter
        .sign_in_as("voter@example.org", &[Role::Participant])
        .await;
    // Forty tabs on two nodes, two nominees, at the same instant: one vote is recorded.
    let node2 = app.other_node(|_| {});
    let mut tasks = Vec::new();
    for i in 0..40 {
        let mut tab = if i % 3 == 0 {
            node2.twin()
        } else {
            voter.twin()
        };
        tab.cookies = voter.cookies.clone();
        let nominee = if i % 2 == 0 { a } else { b };
        tasks.push(tokio::spawn(async move {
            vote(&mut tab, 1, nominee).await.status
        }));
    }
    let mut recorded = 0;
    for t in tasks {
        match t.await.unwrap() {
            StatusCode::SEE_OTHER => recorded += 1,
            StatusCode::CONFLICT => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(recorded, 1);
    // An account whose address is not confirmed cannot vote (it cannot sign in either).
    let unverified = wsis_app::prizes::votes::Voter {
        id: voter_id_of(&app, "voter@example.org").await,
        verified: false,
        domain: "example.org".into(),
    };
    let refused = wsis_app::prizes::votes::cast(
        &app.services,
        &unverified,
        "192.0.2.1",
        wsis_app::prizes::votes::Ballot {
            year: 2030,
            category: 2,
            nominee: a,
        },
    )
    .await;
    assert!(
        matches!(
            refused,
            Err(wsis_app::ServiceError::Conflict("prize-vote-unverified"))
        ),
        "{refused:?}"
    );
    let mut conn = app.db.conn().await.unwrap();
    let e = wsis_db::prizes::edition(&mut conn, 2030)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        wsis_db::prizes::vote_totals(&mut conn, e.id)
            .await
            .unwrap()
            .0,
        1
    );
    // The database refuses a second vote even from outside the engine (another node).
    let again = wsis_db::prizes::insert_votes(
        &mut conn,
        &[wsis_db::prizes::NewVote {
            edition_id: e.id,
            category: 1,
            voter: voter_id_of(&app, "voter@example.org").await,
            nominee: b,
            at: wsis_db::now(),
            client_ip: "x".into(),
        }],
    )
    .await
    .unwrap();
    assert!(again.is_empty());
}

async fn voter_id_of(app: &TestApp, email: &str) -> i64 {
    let mut conn = app.db.conn().await.unwrap();
    wsis_db::accounts::find_user_by_email(
        &mut conn,
        &wsis_domain::account::Email::parse(email).unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
    .id
}

#[tokio::test]
async fn many_accounts_from_one_address_go_to_the_review_queue_and_can_be_voided() {
    let app = TestApp::with_config(|c| {
        c.proxy_hops = 1;
    })
    .await;
    let (a, _) = voting_edition(&app).await;
    let mut sec = app.twin();
    sec.sign_in_as("sec@example.org", &[Role::Secretariat])
        .await;
    for i in 0..(wsis_app::prizes::fraud::ADDRESS_ACCOUNTS + 2) {
        let mut v = app.twin();
        v.sign_in_as(&format!("bot{i}@example.org"), &[Role::Participant])
            .await;
        let token = crate::common::form_token(&v.get("/en/prizes").await.body).unwrap();
        let r = v
            .request(
                Method::POST,
                "/en/prizes/2030/vote",
                &[
                    ("content-type", "application/x-www-form-urlencoded"),
                    ("x-forwarded-for", "203.0.113.9"),
                ],
                format!("csrf={token}&category=1&nominee={a}").into(),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    // The worker's scheduled scan finds the pattern (the secretariat's button runs the same).
    let queued = wsis_app::jobs::schedule_at(&app.services, wsis_db::now())
        .await
        .unwrap();
    assert!(queued >= 1);
    wsis_app::jobs::drain(&app.services).await.unwrap();
    let page = sec.get("/en/prizes/2030/fraud").await.body;
    assert!(
        plain(&page).contains("address 203.0.113.9"),
        "{}",
        plain(&page)
    );
    let id: String = page
        .split("/en/prizes/2030/fraud/")
        .filter_map(|s| s.split('"').next())
        .find(|s| s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty())
        .unwrap()
        .to_owned();
    let r = post(
        &mut sec,
        &format!("/en/prizes/2030/fraud/{id}"),
        &[
            ("decision", "void".into()),
            ("reason", "One address".into()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut conn = app.db.conn().await.unwrap();
    let e = wsis_db::prizes::edition(&mut conn, 2030)
        .await
        .unwrap()
        .unwrap();
    let (counted, voided, _) = wsis_db::prizes::vote_totals(&mut conn, e.id).await.unwrap();
    assert_eq!(
        (counted, voided),
        (0, wsis_app::prizes::fraud::ADDRESS_ACCOUNTS + 2)
    );
}
