//! Typed ids of the main entities. Each wraps the database's 64-bit key, so an
//! entry's id cannot be passed where an account's is expected: the compiler says
//! so. Storage converts at its edge (`.get()`, `From<i64>` is deliberately absent:
//! build one with `EntryId::new` where a raw key is read).

use serde::{Deserialize, Serialize};

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// The id stored under `key`.
            pub const fn new(key: i64) -> Self {
                $name(key)
            }
            /// The database key.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }
    };
}

typed_id!(
    /// An account (a person who signs in).
    AccountId
);
typed_id!(
    /// A stocktaking entry.
    EntryId
);
typed_id!(
    /// An image of a stocktaking entry.
    ImageId
);
typed_id!(
    /// A forum session (a proposal until it is accepted).
    SessionId
);
typed_id!(
    /// A room of a forum edition.
    RoomId
);
typed_id!(
    /// A registration for a forum edition.
    RegistrationId
);
typed_id!(
    /// A document attached to a forum session.
    DocumentId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_parse_and_serialise_as_their_key() {
        let id: EntryId = "42".parse().expect("parse");
        assert_eq!(id, EntryId::new(42));
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_string(&id).expect("json"), "42");
        assert!("x".parse::<AccountId>().is_err());
    }
}
