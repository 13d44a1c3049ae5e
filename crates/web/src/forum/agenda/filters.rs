//! The agenda's filters, read from the query string and written back into links: day,
//! session type, Action Line, SDG, language, accessibility and time zone.

use wsis_domain::Language;
use wsis_domain::forum::schedule::{Schedule, Session};

#[derive(Debug, Clone, Default)]
pub(super) struct Filters {
    pub(super) day: Option<String>,
    pub(super) type_code: Option<String>,
    pub(super) action_line: Option<String>,
    pub(super) sdg: Option<u8>,
    pub(super) language: Option<Language>,
    pub(super) access: Option<String>,
    pub(super) tz: Option<String>,
}

pub(super) const ACCESS: &[&str] = &[
    "captioning",
    "interpretation",
    "sign-language",
    "remote",
    "step-free",
];

impl Filters {
    pub(super) fn parse(q: Option<&str>) -> Filters {
        let pairs: Vec<(String, String)> = q
            .and_then(|q| serde_urlencoded::from_str(q).ok())
            .unwrap_or_default();
        let mut f = Filters::default();
        for (k, v) in pairs {
            let v = v.trim().to_owned();
            if v.is_empty() || v.len() > 64 {
                continue;
            }
            match k.as_str() {
                "day" => f.day = Some(v),
                "type" => f.type_code = Some(v),
                "al" => f.action_line = Some(v),
                "sdg" => f.sdg = v.parse().ok(),
                "language" => f.language = Language::from_tag(&v),
                "access" if ACCESS.contains(&v.as_str()) => f.access = Some(v),
                "tz" => f.tz = Some(v),
                _ => {}
            }
        }
        f
    }

    pub(super) fn query(&self, day: Option<&str>) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(d) = day.or(self.day.as_deref()) {
            pairs.push(("day", d.to_owned()));
        }
        if let Some(t) = &self.type_code {
            pairs.push(("type", t.clone()));
        }
        if let Some(a) = &self.action_line {
            pairs.push(("al", a.clone()));
        }
        if let Some(s) = self.sdg {
            pairs.push(("sdg", s.to_string()));
        }
        if let Some(l) = self.language {
            pairs.push(("language", l.code().to_owned()));
        }
        if let Some(a) = &self.access {
            pairs.push(("access", a.clone()));
        }
        if let Some(t) = &self.tz {
            pairs.push(("tz", t.clone()));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!(
                "?{}",
                serde_urlencoded::to_string(&pairs).unwrap_or_default()
            )
        }
    }

    pub(super) fn matches(&self, s: &Session, schedule: &Schedule) -> bool {
        if let Some(t) = &self.type_code
            && &s.type_code != t
        {
            return false;
        }
        if let Some(a) = &self.action_line
            && !s
                .action_lines
                .iter()
                .any(|x| x == a || x.split('.').next() == Some(a.as_str()))
        {
            return false;
        }
        if let Some(g) = self.sdg
            && !s.sdgs.contains(&g)
        {
            return false;
        }
        if let Some(l) = self.language
            && !s.languages.contains(&l)
        {
            return false;
        }
        match self.access.as_deref() {
            Some("captioning") => s.needs.captioning,
            Some("interpretation") => s.needs.interpretation,
            Some("sign-language") => s.needs.sign_language,
            Some("remote") => s.remote,
            Some("step-free") => schedule.room(s.room_id).is_some_and(|r| r.step_free),
            _ => true,
        }
    }
}
