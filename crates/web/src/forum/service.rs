//! The venue's local time, for the forum's pages (the schedule's services
//! are in `wsis_app::forum::schedule`).

pub use wsis_app::forum::schedule::{dates, forum_days, local_to_utc, room_rules, venue_tz};
