//! The Leptos components: thin views over [`crate::domain`].

mod app;
mod ask;
mod backup;
mod banner;
mod browser;
mod first_draw;
pub mod form;
mod home;
mod pages;
mod paste;
mod persist;
mod questions;
pub mod store;

pub use app::App;
pub use first_draw::start;
