//! The WSIS Stocktaking: entries and their workflow, their images, the import, the
//! publications, the Success Stories selection and the search.

pub mod calls;
pub mod entries;
pub mod export;
pub mod images;
pub mod import;
pub mod import_file;
pub mod markdown;
pub mod reads;
pub mod reports;
pub mod search;
pub mod success;

mod notify;

pub use entries::{
    Entry, actor_for, add_translation, create, edit, entry_for, moderate, publish_in, submit,
};
pub use wsis_db::stocktaking::{
    EntryEvent, EntrySummary, PublishedEntry, RevisionDetail, RevisionInfo,
};
pub use wsis_domain::stocktaking::{Action, Actor};
