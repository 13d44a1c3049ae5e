//! Countries and areas (ISO 3166-1) with their UN M49 regions and ITU
//! regions, named in the six languages (see `data/README.md` for sources).

use crate::language::Translated;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    /// UN M49 numeric code, three digits.
    pub m49: String,
    /// M49 region code (e.g. `150` Europe); `None` for Antarctica.
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub intermediate: Option<String>,
    /// ITU region: AFR, ARB, ASP, AMS, CIS or EUR.
    pub itu_region: Option<String>,
    pub names: Translated,
}

/// A UN M49 region (world, region, sub-region, intermediate region) or an
/// ITU region.
#[derive(Debug, Clone, Deserialize)]
pub struct Region {
    /// M49 code (`150`) or ITU code (`EUR`).
    #[serde(alias = "m49")]
    pub code: String,
    pub kind: String,
    #[serde(default)]
    pub parent: Option<String>,
    pub names: Translated,
}

#[derive(Deserialize)]
struct RegionsFile {
    m49: Vec<Region>,
    itu: Vec<Region>,
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../../../data/countries.json")).unwrap_or_else(|e| {
        panic!("data/countries.json is shipped with the code and must parse: {e}")
    })
});

static REGIONS: LazyLock<RegionsFile> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../../../data/regions.json")).unwrap_or_else(|e| {
        panic!("data/regions.json is shipped with the code and must parse: {e}")
    })
});

/// All countries and areas, sorted by alpha-2 code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// Looks up a country by its alpha-2 code (case-insensitive).
pub fn country(alpha2: &str) -> Option<&'static Country> {
    COUNTRIES
        .iter()
        .find(|c| c.alpha2.eq_ignore_ascii_case(alpha2))
}

/// Parses a form or API value into a country code.
pub fn parse_country(alpha2: &str) -> Result<&'static Country, &'static str> {
    country(alpha2.trim()).ok_or("country-invalid")
}

/// M49 regions, sub-regions and intermediate regions (and `001` World).
pub fn m49_regions() -> &'static [Region] {
    &REGIONS.m49
}

/// The six ITU regions.
pub fn itu_regions() -> &'static [Region] {
    &REGIONS.itu
}

pub fn m49_region(code: &str) -> Option<&'static Region> {
    REGIONS.m49.iter().find(|r| r.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    #[test]
    fn every_country_is_named_in_six_languages_and_placed_in_a_region() {
        assert!(countries().len() >= 245, "{}", countries().len());
        for c in countries() {
            for l in Language::ALL {
                assert!(!c.names.get(l).trim().is_empty(), "{} {l}", c.alpha2);
            }
            if c.alpha2 != "AQ" {
                let region = c.region.as_deref().expect("region");
                assert!(m49_region(region).is_some(), "{}", c.alpha2);
                assert!(
                    m49_region(c.subregion.as_deref().unwrap()).is_some(),
                    "{}",
                    c.alpha2
                );
            }
        }
    }

    #[test]
    fn lookups_by_code() {
        let ch = country("ch").unwrap();
        assert_eq!(ch.m49, "756");
        assert_eq!(ch.region.as_deref(), Some("150"));
        assert_eq!(parse_country("XX").unwrap_err(), "country-invalid");
        assert_eq!(itu_regions().len(), 6);
    }
}
