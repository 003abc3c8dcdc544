//! The Leptos components: thin views over [`crate::domain`].

mod app;
mod backup;
mod browser;
pub mod form;
mod home;
mod pages;
mod paste;
mod persist;
pub mod store;

pub use app::App;

/// Replaces the static shell in `index.html` with the running app.
///
/// ```no_run
/// kept_in_mind::start();
/// ```
pub fn start() {
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
