//! Outgoing e-mail lives in `wsis-app` (composed there, sent by the job queue).

pub use wsis_app::mail::*;
