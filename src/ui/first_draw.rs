//! The app's first draw, in short tasks instead of one long one.
//!
//! Drawing the first page used to be one long task on the main thread, and
//! most of it was the browser compiling, on first call, each WebAssembly
//! function the draw touches (Chromium compiles WebAssembly lazily, on the
//! main thread). Split, no one task blocks input for long (Lighthouse's
//! total blocking time) and the page appears as soon. After the static shell
//! of `index.html` has painted once, [`start`] reads the library and parses
//! its records, in slices of [`SLICE_MS`] (with a long history, reading and
//! parsing took a hundred milliseconds), then makes the app's state, then
//! draws the frame, hidden behind the shell; the frame then draws the page
//! in place of the shell, and last whatever is wrapped in [`Later`]. `Later`
//! parts come after everything visible (the footer is one), so nothing on
//! screen moves when they arrive.

use std::time::Duration;

use leptos::prelude::*;

use super::{app, persist};

/// How far the first draw has got: two flags rather than an enum, as
/// signals of a type the app already has cost no new code.
#[derive(Clone, Copy)]
pub struct Drawn {
    /// The page has replaced the static shell (until then the frame is
    /// hidden by the stylesheet: `#shell ~ .app`).
    pub page: RwSignal<bool>,
    /// Everything is drawn, [`Later`] parts too.
    pub all: RwSignal<bool>,
}

/// Replaces the static shell in `index.html` with the running app.
///
/// ```no_run
/// kept_in_mind::start();
/// ```
pub fn start() {
    // After the shell's first paint, its heading is the page's largest paint
    // however fast the WebAssembly arrives.
    request_animation_frame(|| next_task(read_library));
}

/// How long one task of reading the library may take: at most a third of a
/// 1,000-record library on a quiet machine, and never near the 50 ms of a
/// long task, however loaded the machine is.
const SLICE_MS: u64 = 30;

fn read_library() {
    // A task of its own: the first touch of storage in a tab is the
    // browser loading all of it at once (some 90 ms for 4.85 MB under load),
    // which no slice can shorten.
    let loading = persist::load();
    next_task(move || read_records(loading));
}

fn read_records(mut loading: persist::Loading) {
    if loading.read_for(SLICE_MS) {
        let loaded = loading.finish();
        next_task(move || make_state(loaded));
    } else {
        next_task(move || read_records(loading));
    }
}

fn make_state(loaded: persist::Loaded) {
    // The state's effects need the executor that mounting would otherwise
    // start (an error only means it already runs).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| app::provide_state(loaded));
    next_task(move || draw_frame(owner));
}

fn draw_frame(owner: Owner) {
    owner.with(|| leptos::mount::mount_to_body(app::Frame));
    // The app's state lives as long as the page does.
    std::mem::forget(owner);
}

/// Called by the frame as it is drawn: schedules the page and then the
/// [`Later`] parts, each in a task of its own, and gives every part under
/// the frame the stage reached.
///
/// ```ignore
/// let drawn = first_draw::stages();
/// view! { <main>{move || drawn.page.get().then(page)}</main> }
/// ```
pub fn stages() -> Drawn {
    let drawn = Drawn {
        page: RwSignal::new(false),
        all: RwSignal::new(false),
    };
    provide_context(drawn);
    next_task(move || {
        if let Some(shell) = document().get_element_by_id("shell") {
            shell.remove();
        }
        drawn.page.set(true);
        next_task(move || drawn.all.set(true));
    });
    drawn
}

/// Runs `f` in a task of its own, after what the browser already has queued.
fn next_task(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::ZERO);
}

/// Renders `children` once the first draw is done: at once on every page
/// after the first, and anywhere outside the app's frame.
///
/// ```ignore
/// view! { <h1>"Seen first"</h1> <Later><Footer/></Later> }
/// ```
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let drawn = use_context::<Drawn>();
    move || drawn.is_none_or(|d| d.all.get()).then(|| children())
}
