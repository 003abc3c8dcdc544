//! Kept in Mind: writes a gracious "thank you for the No" for every person a
//! job seeker met, entirely in the browser.
//!
//! [`domain`] is the plain-Rust core (answers, composer, checker, storage
//! schema); [`ui`] is the thin Leptos layer over it. See `ARCHITECTURE.md`.

pub mod domain;
pub mod ui;

pub use ui::{App, start};
