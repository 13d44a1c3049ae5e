//! The facets of entries: the dimensions that the search, the statistics and the
//! per-line/SDG/country pages count entries by. One list, so that a facet's code is
//! written once.

/// A dimension entries are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    ActionLine,
    /// The C7 sub-lines (C7.1 … C7.8), apart from the main lines (search only).
    C7Subline,
    Sdg,
    Target,
    Country,
    Region,
    StakeholderType,
    ActivityType,
    Status,
    Year,
    Call,
    Language,
    /// National, regional or international (statistics only).
    Coverage,
}

impl Facet {
    /// Every facet.
    pub const ALL: [Facet; 13] = [
        Facet::ActionLine,
        Facet::C7Subline,
        Facet::Sdg,
        Facet::Target,
        Facet::Country,
        Facet::Region,
        Facet::StakeholderType,
        Facet::ActivityType,
        Facet::Status,
        Facet::Year,
        Facet::Call,
        Facet::Language,
        Facet::Coverage,
    ];

    /// The facets the search index filters and counts (every facet but coverage), in
    /// display order: the first twelve of [`Facet::ALL`].
    pub const SEARCHABLE: [Facet; 12] = [
        Facet::ActionLine,
        Facet::C7Subline,
        Facet::Sdg,
        Facet::Target,
        Facet::Country,
        Facet::Region,
        Facet::StakeholderType,
        Facet::ActivityType,
        Facet::Status,
        Facet::Year,
        Facet::Call,
        Facet::Language,
    ];

    /// Whether the search index filters and counts this facet.
    pub fn is_searchable(self) -> bool {
        self != Facet::Coverage
    }

    /// The searchable facet whose code is `code`, if any (URLs and the API filter by it).
    pub fn parse_searchable(code: &str) -> Option<Facet> {
        Facet::parse(code).filter(|f| f.is_searchable())
    }

    /// The stable code used in URLs, the API, the database and exports.
    pub fn code(self) -> &'static str {
        match self {
            Facet::ActionLine => "action_line",
            Facet::C7Subline => "c7_subline",
            Facet::Sdg => "sdg",
            Facet::Target => "target",
            Facet::Country => "country",
            Facet::Region => "region",
            Facet::StakeholderType => "stakeholder_type",
            Facet::ActivityType => "activity_type",
            Facet::Status => "status",
            Facet::Year => "year",
            Facet::Call => "call",
            Facet::Language => "language",
            Facet::Coverage => "coverage",
        }
    }

    /// The facet whose [`Facet::code`] is `code`, if any.
    pub fn parse(code: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.code() == code)
    }
}

impl std::fmt::Display for Facet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_distinct() {
        for f in Facet::ALL {
            assert_eq!(Facet::parse(f.code()), Some(f));
        }
        let mut codes: Vec<_> = Facet::ALL.iter().map(|f| f.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Facet::ALL.len());
        assert_eq!(Facet::parse("c7_subline"), Some(Facet::C7Subline));
        assert_eq!(Facet::parse("colour"), None);
        assert_eq!(Facet::parse_searchable("coverage"), None);
        assert_eq!(Facet::parse("coverage"), Some(Facet::Coverage));
        assert_eq!(&Facet::ALL[..12], &Facet::SEARCHABLE[..]);
        assert!(Facet::SEARCHABLE.iter().all(|f| f.is_searchable()));
    }
}
