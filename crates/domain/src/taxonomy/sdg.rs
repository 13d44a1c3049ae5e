//! The 17 Sustainable Development Goals and their 169 targets in the six
//! languages (data: open-sdg/sdg-translations, MIT; see `data/README.md`).

use crate::language::Translated;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Clone, Deserialize)]
pub struct Goal {
    pub number: u8,
    pub short: Translated,
    pub title: Translated,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Target {
    /// `1.1`, `1.a`, …
    pub code: String,
    pub title: Translated,
}

#[derive(Deserialize)]
struct SdgFile {
    goals: Vec<Goal>,
}

static GOALS: LazyLock<Vec<Goal>> = LazyLock::new(|| {
    let file: SdgFile = serde_json::from_str(include_str!("../../../../data/sdg.json"))
        .unwrap_or_else(|e| panic!("data/sdg.json is shipped with the code and must parse: {e}"));
    file.goals
});

/// The 17 goals, in order.
pub fn goals() -> &'static [Goal] {
    &GOALS
}

pub fn goal(number: u8) -> Option<&'static Goal> {
    GOALS.iter().find(|g| g.number == number)
}

/// Looks up a target by code, e.g. `9.c`.
pub fn target(code: &str) -> Option<&'static Target> {
    let (goal_no, _) = code.split_once('.')?;
    goal(goal_no.parse().ok()?)?
        .targets
        .iter()
        .find(|t| t.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    #[test]
    fn there_are_17_goals_and_169_targets_in_six_languages() {
        assert_eq!(goals().len(), 17);
        assert_eq!(goals().iter().map(|g| g.targets.len()).sum::<usize>(), 169);
        for g in goals() {
            for l in Language::ALL {
                assert!(!g.short.get(l).is_empty() && !g.title.get(l).is_empty());
                for t in &g.targets {
                    assert!(!t.title.get(l).is_empty(), "{} {l}", t.code);
                    assert!(t.code.starts_with(&format!("{}.", g.number)));
                }
            }
        }
    }

    #[test]
    fn targets_are_found_by_code() {
        assert_eq!(target("9.c").unwrap().code, "9.c");
        assert!(target("9.9").is_none());
        assert!(target("nonsense").is_none());
        assert_eq!(goal(4).unwrap().short.en, "Quality education");
    }
}
