//! The WSIS Forum in storage: editions, phases, site pages, partners, rooms,
//! session types, sessions with their speakers, placements, published
//! schedule versions, agenda picks and registrations.

mod captions;
mod documents;
mod editions;
mod high_level;
mod messages;
mod outcomes;
mod published;
mod review;
mod rooms;
mod sessions;
mod translations;

pub use captions::*;
pub use documents::*;
pub use editions::*;
pub use high_level::*;
pub use messages::*;
pub use outcomes::*;
pub use published::*;
pub use review::*;
pub use rooms::*;
pub use sessions::*;
pub use translations::*;

use crate::{DbError, Result};

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| DbError::Corrupt(e.to_string()))
}

fn unjson<T: serde::de::DeserializeOwned>(s: &str, what: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| DbError::Corrupt(format!("{what}: {e}")))
}
