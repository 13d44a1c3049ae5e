//! The HTTP suites of wsis-web, linked into one test binary so that the
//! platform (with its embedded fonts) is linked once, not once per file.

mod common;

mod accounts;
mod api;
mod captions;
mod forum;
mod forum_documents;
mod forum_manage;
mod hackathon;
mod hardening;
mod high_level;
mod layering;
mod matrix;
mod media;
mod messages;
mod outcome_search;
mod outcomes;
mod pages;
mod photos;
mod prizes;
mod proposal_review;
mod publications;
mod roles;
mod schedule_grid;
mod secretariat;
mod smtp;
mod stocktaking;
mod stocktaking_images;
mod stocktaking_nodes;
mod stocktaking_revisions;
mod stocktaking_stats;
mod stocktaking_success;
mod stocktaking_workflow;
mod translations;
