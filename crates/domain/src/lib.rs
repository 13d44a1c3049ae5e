//! The WSIS domain: reference taxonomy (Action Lines, SDGs, stakeholder types,
//! countries, languages), accounts and roles, and the rules that decide what
//! is valid. Pure: no IO, no async. Everything that crosses into this crate
//! from the outside is parsed into a type that can only hold valid values.

pub mod access;
pub mod account;
pub mod forum;
pub mod hackathon;
pub mod ids;
pub mod language;
pub mod matrix;
pub mod photos;
pub mod prizes;
pub mod stocktaking;
pub mod taxonomy;
pub mod validation;

pub use ids::{AccountId, DocumentId, EntryId, ImageId, RegistrationId, RoomId, SessionId};
pub use language::Language;
pub use validation::{FieldError, FieldErrors};
