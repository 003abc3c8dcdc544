//! The Leptos components: thin views over [`crate::domain`].

mod app;
mod backup;
mod browser;
pub mod form;
mod home;
mod pages;
mod paste;
mod persist;
mod questions;
pub mod store;

pub use app::App;

/// Replaces the static shell in `index.html` with the running app.
///
/// ```no_run
/// kept_in_mind::start();
/// ```
pub fn start() {
    // The first page is drawn in a task of its own, after the one that
    // instantiates the WebAssembly: two shorter turns on the main thread
    // instead of one long one (Lighthouse's total blocking time).
    leptos::prelude::set_timeout(
        || {
            if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
                shell.remove();
            }
            leptos::mount::mount_to_body(App);
        },
        std::time::Duration::ZERO,
    );
}
