//! The domain core: plain Rust that knows nothing of Leptos, web-sys or gloo.
//!
//! Everything here is tested with ordinary `cargo test` on the host. The
//! browser-facing code in [`crate::ui`] calls into it and never the reverse;
//! `tests/architecture.rs` fails the build if a file here imports a browser crate.

pub mod backup;
pub mod case;
pub mod check;
pub mod check_in;
pub mod compose;
pub mod counts;
pub mod date;
pub mod draft;
pub mod email_reader;
pub mod export;
pub mod flow;
pub mod ics;
pub mod labels;
pub mod library;
pub mod merge;
pub mod model;
pub mod overview;
pub mod preset;
pub mod progress;
pub mod record;
pub mod repetition;
pub mod route;
pub mod storage;
pub mod summary;
pub mod sync;
pub mod text;
pub mod typing;
pub mod validate;
