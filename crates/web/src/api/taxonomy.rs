//! Taxonomy endpoints: the reference data of the WSIS process, each in the
//! language asked for.

use super::{ErrorBody, LangQuery};
use crate::error::AppResult;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use wsis_domain::Language;
use wsis_domain::taxonomy::{StakeholderType, action_lines, countries, sdg};

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct FacilitatorDto {
    pub agency: String,
    /// `lead`, `co_facilitator` or `partner`
    pub role: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ActionLineDto {
    /// `C1` … `C11`, or `C7.1` … `C7.8` for the sub-lines of C7
    pub code: String,
    pub name: String,
    /// The WSIS Prize category (1–18); absent for C7 itself, whose sub-lines are categories.
    pub prize_category: Option<u8>,
    pub facilitators: Vec<FacilitatorDto>,
    #[schema(no_recursion)]
    pub sublines: Vec<ActionLineDto>,
}

/// The 11 Action Lines with the 8 sub-lines of C7 and their facilitators.
#[utoipa::path(get, path = "/api/v1/taxonomy/action-lines", tag = "taxonomy", params(LangQuery),
    responses((status = 200, description = "The Action Lines, in the language asked for", body = Vec<ActionLineDto>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed query string (`bad_request`)", body = ErrorBody),
        (status = 422, description = "`lang` is not one of the six codes (`validation_failed`, field error `language-invalid`)", body = ErrorBody)))]
pub async fn action_lines(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
) -> AppResult<Json<Vec<ActionLineDto>>> {
    let lang = q.language()?;
    let facilitators = wsis_app::reference::facilitators(&state.app).await?;
    let of = |code: &str| {
        facilitators
            .iter()
            .filter(|f| f.action_line == code)
            .map(|f| FacilitatorDto {
                agency: f.agency.clone(),
                role: f.role.clone(),
            })
            .collect()
    };
    let out = action_lines::ACTION_LINES
        .iter()
        .map(|a| ActionLineDto {
            code: a.code.to_owned(),
            name: a.name.get(lang).to_string(),
            prize_category: action_lines::category(a.code).map(|c| c.prize_number),
            facilitators: of(a.code),
            sublines: action_lines::sublines(a.code)
                .map(|s| ActionLineDto {
                    code: s.code.to_owned(),
                    name: s.name.get(lang).to_string(),
                    prize_category: Some(s.prize_number),
                    facilitators: of(s.code),
                    sublines: Vec::new(),
                })
                .collect(),
        })
        .collect();
    Ok(Json(out))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TargetDto {
    /// e.g. `9.c`
    pub code: String,
    pub title: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct GoalDto {
    pub number: u8,
    pub short: String,
    pub title: String,
    pub targets: Vec<TargetDto>,
}

/// The 17 SDGs with their 169 targets.
#[utoipa::path(get, path = "/api/v1/taxonomy/sdgs", tag = "taxonomy", params(LangQuery),
    responses((status = 200, description = "The SDGs, in the language asked for", body = Vec<GoalDto>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed query string (`bad_request`)", body = ErrorBody),
        (status = 422, description = "`lang` is not one of the six codes (`validation_failed`, field error `language-invalid`)", body = ErrorBody)))]
pub async fn sdgs(Query(q): Query<LangQuery>) -> AppResult<Json<Vec<GoalDto>>> {
    let lang = q.language()?;
    Ok(Json(
        sdg::goals()
            .iter()
            .map(|g| GoalDto {
                number: g.number,
                short: g.short.get(lang).clone(),
                title: g.title.get(lang).clone(),
                targets: g
                    .targets
                    .iter()
                    .map(|t| TargetDto {
                        code: t.code.clone(),
                        title: t.title.get(lang).clone(),
                    })
                    .collect(),
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RegionRefDto {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CountryDto {
    /// ISO 3166-1 alpha-2
    pub alpha2: String,
    pub alpha3: String,
    /// UN M49 numeric code
    pub m49: String,
    pub name: String,
    pub region: Option<RegionRefDto>,
    pub subregion: Option<RegionRefDto>,
    pub intermediate_region: Option<RegionRefDto>,
    pub itu_region: Option<RegionRefDto>,
}

fn region_ref(code: Option<&str>, lang: Language) -> Option<RegionRefDto> {
    let code = code?;
    let r = countries::m49_region(code)
        .or_else(|| countries::itu_regions().iter().find(|r| r.code == code))?;
    Some(RegionRefDto {
        code: r.code.clone(),
        name: r.names.get(lang).clone(),
    })
}

/// Countries and areas (ISO 3166-1) with their UN M49 and ITU regions,
/// sorted by name in the requested language.
#[utoipa::path(get, path = "/api/v1/taxonomy/countries", tag = "taxonomy", params(LangQuery),
    responses((status = 200, description = "The countries and areas, in the language asked for", body = Vec<CountryDto>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed query string (`bad_request`)", body = ErrorBody),
        (status = 422, description = "`lang` is not one of the six codes (`validation_failed`, field error `language-invalid`)", body = ErrorBody)))]
pub async fn countries(Query(q): Query<LangQuery>) -> AppResult<Json<Vec<CountryDto>>> {
    let lang = q.language()?;
    let mut out: Vec<CountryDto> = countries::countries()
        .iter()
        .map(|c| CountryDto {
            alpha2: c.alpha2.clone(),
            alpha3: c.alpha3.clone(),
            m49: c.m49.clone(),
            name: c.names.get(lang).clone(),
            region: region_ref(c.region.as_deref(), lang),
            subregion: region_ref(c.subregion.as_deref(), lang),
            intermediate_region: region_ref(c.intermediate.as_deref(), lang),
            itu_region: region_ref(c.itu_region.as_deref(), lang),
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Json(out))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RegionDto {
    pub code: String,
    /// `world`, `region`, `subregion`, `intermediate` (UN M49) or `itu`
    pub kind: String,
    pub parent: Option<String>,
    pub name: String,
}

/// UN M49 regions and the six ITU regions.
#[utoipa::path(get, path = "/api/v1/taxonomy/regions", tag = "taxonomy", params(LangQuery),
    responses((status = 200, description = "The regions, in the language asked for", body = Vec<RegionDto>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed query string (`bad_request`)", body = ErrorBody),
        (status = 422, description = "`lang` is not one of the six codes (`validation_failed`, field error `language-invalid`)", body = ErrorBody)))]
pub async fn regions(Query(q): Query<LangQuery>) -> AppResult<Json<Vec<RegionDto>>> {
    let lang = q.language()?;
    Ok(Json(
        countries::m49_regions()
            .iter()
            .chain(countries::itu_regions())
            .map(|r| RegionDto {
                code: r.code.clone(),
                kind: r.kind.clone(),
                parent: r.parent.clone(),
                name: r.names.get(lang).clone(),
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StakeholderTypeDto {
    pub code: String,
    pub name: String,
}

/// Stakeholder types.
#[utoipa::path(get, path = "/api/v1/taxonomy/stakeholder-types", tag = "taxonomy", params(LangQuery),
    responses((status = 200, description = "The stakeholder types, in the language asked for", body = Vec<StakeholderTypeDto>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed query string (`bad_request`)", body = ErrorBody),
        (status = 422, description = "`lang` is not one of the six codes (`validation_failed`, field error `language-invalid`)", body = ErrorBody)))]
pub async fn stakeholder_types(
    Query(q): Query<LangQuery>,
) -> AppResult<Json<Vec<StakeholderTypeDto>>> {
    let lang = q.language()?;
    Ok(Json(
        StakeholderType::ALL
            .iter()
            .map(|s| StakeholderTypeDto {
                code: s.code().to_owned(),
                name: s.name().get(lang).to_string(),
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LanguageDto {
    pub code: String,
    pub native_name: String,
    /// `ltr` or `rtl`
    pub direction: String,
}

/// The six UN languages.
#[utoipa::path(get, path = "/api/v1/taxonomy/languages", tag = "taxonomy",
    responses((status = 200, description = "The six languages", body = Vec<LanguageDto>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current")))]
pub async fn languages() -> Json<Vec<LanguageDto>> {
    Json(
        Language::ALL
            .iter()
            .map(|l| LanguageDto {
                code: l.code().to_owned(),
                native_name: l.native_name().to_owned(),
                direction: l.dir().to_owned(),
            })
            .collect(),
    )
}
