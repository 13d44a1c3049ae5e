//! "My agenda": the sessions a visitor picked, in the account or a cookie.

use super::*;

#[derive(Template)]
#[template(path = "forum/mine.html")]
struct MinePage {
    page: Page,
    frame: AgendaFrame,
    days: Vec<DayBlock>,
    ics: Option<String>,
    signed_in: bool,
}

pub async fn my_agenda(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(ed) => return unpublished(&ctx, &ed),
    };
    let days: Vec<DayBlock> = a
        .days()
        .into_iter()
        .map(|(d, t)| DayBlock {
            id: format!("d{d}"),
            label: a.date(t),
            groups: a.groups(
                a.schedule()
                    .sessions
                    .iter()
                    .filter(|s| a.picks.contains(&s.number) && a.local_date(s.starts_at) == d),
            ),
        })
        .filter(|d| !d.groups.is_empty())
        .collect();
    let picked: Vec<String> = a
        .schedule()
        .sessions
        .iter()
        .filter(|s| a.picks.contains(&s.number))
        .map(|s| s.number.to_string())
        .collect();
    let mut page = Page::new(&ctx, "forum-mine-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-mine-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let mut res = render_plain(&MinePage {
        frame: a.frame(None, "/agenda"),
        ics: (!picked.is_empty()).then(|| {
            format!(
                "/api/v1/forums/{year}/schedule.ics?sessions={}&lang={}",
                picked.join(","),
                ctx.lang.code()
            )
        }),
        days,
        signed_in: ctx.user.is_some(),
        page,
    })?;
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    Ok(res)
}

#[derive(serde::Deserialize)]
pub struct PickInput {
    pub number: i64,
    /// `1` adds, `0` removes.
    pub on: String,
    #[serde(default)]
    pub back: String,
}

/// Adds a session to, or removes it from, "my agenda": in the account when
/// signed in, else in a cookie of this browser.
pub async fn toggle_pick(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    OriginCheckedForm(input): OriginCheckedForm<PickInput>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let p = published(&state, &ed).await?.ok_or(AppError::NotFound)?;
    let s = p
        .schedule
        .session_by_number(input.number)
        .ok_or(AppError::BadRequest("unknown_session"))?;
    let on = input.on == "1";
    let base = format!("/{}/forum/{year}", ctx.lang.code());
    let back = if input.back.starts_with(&format!("{base}/")) && !input.back.contains("//") {
        input.back.clone()
    } else {
        format!("{base}/my-agenda")
    };
    // Back to the session's card, where the button was (not the top of a long day).
    let back = if back.contains('#') {
        back
    } else {
        format!("{back}#s{}", s.number)
    };
    let mut res = Redirect::to(&back).into_response();
    match &ctx.user {
        Some(u) => {
            fdb::pick(&state.app, u.id, ed.id, SessionId::new(s.id), on).await?;
        }
        None => {
            let mut picks = cookie_picks(&headers, year, state.config.secure_cookies());
            picks.retain(|n| *n != s.number);
            if on {
                picks.push(s.number);
            }
            picks.sort_unstable();
            let value = picks
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(".");
            let c = cookie(
                &picks_cookie(year),
                &value,
                if picks.is_empty() { 0 } else { 400 * 86_400 },
                state.config.secure_cookies(),
            );
            if let Ok(v) = HeaderValue::from_str(&c) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
        }
    }
    Ok(res)
}
