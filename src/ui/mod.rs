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
    // The first page is drawn after the browser has painted the static shell
    // once (the next frame, then a task of its own): the shell's heading is
    // then the page's largest paint however fast the WebAssembly arrives,
    // and the main thread gets two shorter turns instead of one long one
    // (Lighthouse's total blocking time).
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::set_timeout(
            || {
                if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
                    shell.remove();
                }
                leptos::mount::mount_to_body(App);
            },
            std::time::Duration::ZERO,
        );
    });
}
