//! Issue 11, item 3: the schedule editor as a grid. Rooms across, half-hours down,
//! placed sessions in their cells with their conflicts; a chosen session is placed
//! with a free cell's button (the keyboard's and no-JavaScript way), moves are undone
//! one by one; the rooms of the previous edition are copied.

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::http::StatusCode;
use wsis_db::forum::{self as fdb, Edition};
use wsis_domain::account::Role;
use wsis_domain::forum::SessionStatus;

fn cell_form(body: &str, room: i64, start: &str) -> bool {
    body.contains(&format!(
        "<input type=\"hidden\" name=\"start\" value=\"{start}\"><input type=\"hidden\" name=\"end\""
    )) && body.contains(&format!("name=\"room\" value=\"{room}\""))
}

#[tokio::test]
async fn the_grid_places_moves_and_undoes_and_rooms_are_copied() {
    let app = TestApp::new().await;
    let (ed, _) = forum(&app).await;
    let grid = "/en/forum/2019/manage/schedule/grid";
    // Only the secretariat.
    let mut part = app.twin();
    part.sign_in_as("someone@example.org", &[Role::Participant])
        .await;
    assert_eq!(part.get(grid).await.status, StatusCode::FORBIDDEN);
    let pcsrf = part.csrf().await;
    for uri in [
        "/en/forum/2019/manage/schedule/undo",
        "/en/forum/2019/manage/rooms/copy",
    ] {
        assert_eq!(
            part.post_form(uri, &[("csrf", &pcsrf)]).await.status,
            StatusCode::FORBIDDEN,
            "{uri}"
        );
    }

    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let csrf = sec.csrf().await;
    let mut conn = app.db.conn().await.unwrap();
    let rooms = fdb::rooms(&mut conn, ed.id).await.unwrap();
    let sessions = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted))
        .await
        .unwrap();
    drop(conn);
    let (a, b) = (rooms[0].id, rooms[1].id);
    let digital = sessions
        .iter()
        .find(|s| s.data.title == "Digital skills for all")
        .unwrap();

    // The first day: both rooms, 08:30 to 18:30 by half-hours, the two sessions of
    // 09:00 in their rooms (90 and 60 minutes), no buttons until a session is chosen.
    let r = sec.get(&format!("{grid}?day=2019-04-08")).await;
    assert_eq!(r.status, StatusCode::OK);
    let body = plain(&r.body);
    assert!(body.contains("<th scope=\"col\">Room A</th><th scope=\"col\">Room B</th>"));
    assert!(
        body.contains("<th scope=\"row\">08:30</th>")
            && body.contains("<th scope=\"row\">18:00</th>")
    );
    assert!(!body.contains("<th scope=\"row\">18:30</th>"));
    assert!(
        body.contains("<td rowspan=\"3\" class=\"grid-block\">"),
        "90 minutes: three rows"
    );
    assert!(
        body.contains("<td rowspan=\"2\" class=\"grid-block\">"),
        "60 minutes: two rows"
    );
    assert!(body.contains("Digital skills for all") && body.contains("09:00–10:30"));
    assert!(!body.contains("Place here"));
    // The list editor and the edition's page link here.
    assert!(
        sec.get("/en/forum/2019/manage/schedule")
            .await
            .body
            .contains(grid)
    );
    assert!(sec.get("/en/forum/2019").await.body.contains(grid));

    // Choose "Digital skills for all" (Move): every free cell gets its button, for the
    // session's own length (90 minutes) or another one chosen.
    let r = sec
        .get(&format!("{grid}?day=2019-04-08&session={}", digital.id))
        .await;
    let body = plain(&r.body);
    assert!(body.contains("Placing: 1 Digital skills for all") || body.contains("Placing: "));
    assert!(body.contains("Place here: Room A, 14:00"));
    assert!(cell_form(&body, a, "14:00"));
    assert!(
        body.contains("name=\"end\" value=\"15:30\""),
        "90 minutes from 14:00"
    );
    let body = plain(
        &sec.get(&format!(
            "{grid}?day=2019-04-08&session={}&len=45",
            digital.id
        ))
        .await
        .body,
    );
    assert!(body.contains("name=\"end\" value=\"14:45\""));

    // Placing with a cell's form: moved to Room B at 14:00, back to the grid's day.
    let v = digital.version.to_string();
    let id = digital.id.to_string();
    let place = |start: &'static str, end: &'static str, room: i64, version: String| {
        vec![
            ("csrf", csrf.clone()),
            ("session", id.clone()),
            ("version", version),
            ("date", "2019-04-08".to_owned()),
            ("start", start.to_owned()),
            ("end", end.to_owned()),
            ("room", room.to_string()),
            ("back", "grid".to_owned()),
        ]
    };
    // Room B has no captioning, which the session needs: the conflict shows before
    // anything is saved, with "Place it anyway", which comes back to the grid.
    let mut fields = place("14:00", "15:30", b, v);
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = sec
        .post_form("/en/forum/2019/manage/schedule/place", &f)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("needs captioning"));
    assert!(r.body.contains(
        "name=\"force\" value=\"1\"><input type=\"hidden\" name=\"back\" value=\"grid\">"
    ));
    fields.push(("force", "1".to_owned()));
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = sec
        .post_form("/en/forum/2019/manage/schedule/place", &f)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{grid}?day=2019-04-08"));
    // The conflict shows in its cell.
    let body = plain(&sec.get(&format!("{grid}?day=2019-04-08")).await.body);
    assert!(body.contains("14:00–15:30"));
    assert!(body.contains("class=\"grid-block in-conflict\""));
    assert!(body.contains("class=\"conflict-note\">The session needs captioning"));
    // Onto the other session of 09:00 in Room B: refused (the room is taken), shown
    // before anything is saved, and the confirmation goes back to the grid.
    let version = |app: &TestApp| {
        let db = app.db.clone();
        let sid = digital.id;
        async move {
            fdb::session(&mut db.conn().await.unwrap(), sid)
                .await
                .unwrap()
                .unwrap()
                .version
                .to_string()
        }
    };
    let fields = place("09:00", "10:30", b, version(&app).await);
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = sec
        .post_form("/en/forum/2019/manage/schedule/place", &f)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A second move, then undo twice: back to 14:00, then back to 09:00 in Room A.
    let fields = place("16:00", "17:30", a, version(&app).await);
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        sec.post_form("/en/forum/2019/manage/schedule/place", &f)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let slot = |app: &TestApp| {
        let db = app.db.clone();
        let sid = digital.id;
        async move {
            let s = fdb::session(&mut db.conn().await.unwrap(), sid)
                .await
                .unwrap()
                .unwrap();
            (s.room_id, s.starts_at)
        }
    };
    let at_16 = slot(&app).await;
    let undo = |day: &'static str| vec![("csrf", csrf.clone()), ("day", day.to_owned())];
    let u = undo("2019-04-08");
    let f: Vec<(&str, &str)> = u.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = sec
        .post_form("/en/forum/2019/manage/schedule/undo", &f)
        .await;
    assert_eq!(
        r.location(),
        format!("{grid}?day=2019-04-08&notice=forum-grid-undone")
    );
    let at_14 = slot(&app).await;
    assert_eq!(at_14.0, Some(b));
    assert_ne!(at_14, at_16);
    sec.post_form("/en/forum/2019/manage/schedule/undo", &f)
        .await;
    assert_eq!(slot(&app).await.0, Some(a), "back in Room A");
    let body = plain(&sec.get(&format!("{grid}?day=2019-04-08")).await.body);
    assert!(body.contains("09:00–10:30"));
    // Nothing left to undo (another secretary's moves are theirs).
    let r = sec
        .post_form("/en/forum/2019/manage/schedule/undo", &f)
        .await;
    assert!(r.location().ends_with("notice=forum-grid-nothing-to-undo"));
    // The history of the proposal lists the moves that stayed (none now).
    // Taking it off from the grid puts it in the unplaced list, with a Choose link.
    let fields = [
        ("csrf", csrf.clone()),
        ("session", id.clone()),
        ("version", version(&app).await),
        ("back", "grid".to_owned()),
        ("day", "2019-04-08".to_owned()),
    ];
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = sec
        .post_form("/en/forum/2019/manage/schedule/unplace", &f)
        .await;
    assert_eq!(r.location(), format!("{grid}?day=2019-04-08"));
    let body = plain(
        &sec.get(&format!("{grid}?day=2019-04-08&type=thematic-workshop"))
            .await
            .body,
    );
    assert!(body.contains("Not yet placed (1)"));
    assert!(body.contains(&format!("session={}\">Choose", digital.id)));
    let body = plain(
        &sec.get(&format!("{grid}?day=2019-04-08&type=knowledge-cafe"))
            .await
            .body,
    );
    assert!(body.contains("Not yet placed (0)"));

    // Copying rooms: a new edition takes the previous one's, once.
    let mut conn = app.db.conn().await.unwrap();
    let next = Edition {
        id: 0,
        year: 2020,
        ..ed.clone()
    };
    fdb::create_edition(&mut conn, &next).await.unwrap();
    drop(conn);
    let r = sec
        .post_form("/en/forum/2020/manage/rooms/copy", &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let body = plain(
        &sec.get("/en/forum/2020/manage/rooms?done=copied")
            .await
            .body,
    );
    assert!(body.contains("Room A") && body.contains("Room B"));
    assert!(body.contains("rooms have been copied"));
    sec.post_form("/en/forum/2020/manage/rooms/copy", &[("csrf", &csrf)])
        .await;
    let mut conn = app.db.conn().await.unwrap();
    let e2020 = fdb::edition(&mut conn, 2020).await.unwrap().unwrap();
    assert_eq!(
        fdb::rooms(&mut conn, e2020.id).await.unwrap().len(),
        2,
        "not twice"
    );
    drop(conn);
    // The first edition has none before it.
    let r = sec
        .post_form("/en/forum/2019/manage/rooms/copy", &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
}
