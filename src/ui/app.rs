//! The frame every page shares (skip link, header, main, footer, live
//! region) and the choice of page from `location.hash`.

use leptos::prelude::*;

use super::ask::{Question, ask};
use super::browser::{download, focus_later};
use super::first_draw::{self, Later};
use super::home::Home;
use super::pages::*;
use super::persist;
use super::questions::*;
use super::store::{Store, use_store};
use crate::domain::library::latest;
use crate::domain::progress::{Step, document_title};
use crate::domain::route::{Page, Route};
use crate::domain::storage::Unreadable;
use crate::domain::validate::first_incomplete_page;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_state(persist::load_all());
    view! { <Frame/> }
}

/// Makes the [`Store`] and [`persist::Persist`] of a library already read
/// the current owner's context, for a [`Frame`] mounted under it.
/// [`super::start`] does this a task before the frame is drawn.
pub(super) fn provide_state(mut loaded: persist::Loaded) {
    let route = Route::parse(&current_hash());
    // What storage holds is noted first; the records then move to the store
    // (a copy of a long library was a long part of the first draw).
    let known = persist::known(&loaded);
    let records = std::mem::take(&mut loaded.shelf.records);
    // A wizard page reached without this tab's own record (a bookmark, a
    // new tab) opens the most recent one.
    let open = loaded.open.clone().or_else(|| {
        (route.page != Page::Home)
            .then(|| latest(&records).map(|r| r.id.clone()))
            .flatten()
    });
    let store = Store::new(records, open, route);
    store.notices.set(loaded.notices.clone());
    store.unreadable.set(loaded.shelf.unreadable.clone());
    provide_context(store);
    provide_context(persist::sync(store, &loaded, known));
    store.settings.set(loaded.settings.clone());
}

/// The frame every page shares, and the page `location.hash` names.
#[component]
pub(super) fn Frame() -> impl IntoView {
    let store = use_store();
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        store.arrive(Route::parse(&current_hash()));
    });
    on_cleanup(move || on_hash.remove());

    Effect::new(move |_| {
        let route = store.route.get();
        // Pasting an email can leave pages out while one is open.
        let step = store.draft.with(|d| Step::of(route.page, d));
        // The check page shows its own summary while answers are missing.
        let has_errors = store.errors.with(|e| !e.is_empty())
            || (route.page == Page::Check
                && store
                    .draft
                    .with(|d| first_incomplete_page(&d.answers).is_some()));
        // The title starts with the page's heading, read once the page is
        // drawn (the people pages' headings depend on the answers), and
        // again a frame later: a page opened by its address may be drawn
        // a frame after the route is set.
        let sync = move || {
            let heading = document()
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|h| h.text_content())
                .unwrap_or_default();
            let title = document_title(&heading, step, has_errors);
            // The record changes at every keystroke; the title seldom.
            if document().title() != title {
                document().set_title(&title);
            }
        };
        request_animation_frame(move || {
            sync();
            request_animation_frame(sync);
        });
    });

    // The question pages share one `QuestionView` call: one copy of its
    // code here instead of one per page.
    let page = move || {
        let question = match store.route.get().page {
            Page::Home => return view! { <Home/> }.into_any(),
            Page::People => return view! { <PeoplePage/> }.into_any(),
            Page::Person(id) => return view! { <PersonPage id=id/> }.into_any(),
            Page::StoodOut => return view! { <StoodOutPage/> }.into_any(),
            Page::Style => return view! { <StylePage/> }.into_any(),
            Page::Check => return view! { <CheckPage/> }.into_any(),
            Page::Notes => return view! { <NotesPage/> }.into_any(),
            Page::Job => &JOB,
            Page::Found => &FOUND,
            Page::Stage => &STAGE,
            Page::Arrival => &ARRIVAL,
            Page::Details => &DETAILS,
            Page::AboutYou => &ABOUT_YOU,
            Page::KeepInMind => &KEEP_IN_MIND,
            Page::Extras => &EXTRAS,
        };
        view! { <QuestionView question=question/> }.into_any()
    };

    let drawn = first_draw::stages();

    view! {
        <div class="app page">
            <a class="skip-link" href="#main" on:click=|ev| { ev.prevent_default(); focus_later("#main"); }>"Skip to main content"</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a class="site-name" href="#/">"Kept in Mind"</a>
                </div>
            </header>
            <main class="main" id="main" tabindex="-1">
                <StorageNotices/>
                {move || drawn.page.get().then(page)}
            </main>
            <div class="visually-hidden" role="status" aria-live="polite">{move || store.status.get()}</div>
            <Later><Footer/></Later>
        </div>
    }
}

/// Every lasting storage message, what another tab changed, and each stored
/// value this version cannot read, with Download and Discard: they may still
/// hold the user's words, so they are offered on every visit until handled.
#[component]
fn StorageNotices() -> impl IntoView {
    let store = use_store();
    let persist = expect_context::<persist::Persist>();
    let notices = move || {
        store
            .notices
            .get()
            .into_iter()
            .map(|notice| view! { <div class="notice notice--warning" role="alert"><p>{notice.message()}</p></div> })
            .collect_view().into_any()
    };
    let unreadable = move || {
        store.unreadable.get().into_iter().enumerate().map(|(n, item)| {
            let Unreadable { key, raw } = item;
            let file = format!("kept-in-mind-unreadable-{}.txt", n + 1);
            let save = move |_| match download(&file, &raw) {
                Ok(()) => store.announce(format!("Downloaded {file}.")),
                Err(_) => store.announce("This browser did not allow the download."),
            };
            // Discarding cannot be undone, so it asks first, in the page.
            let asking = RwSignal::new(false);
            let answered = Callback::new(move |discard: bool| {
                asking.set(false);
                if discard && persist.remove(&key) {
                    let gone = key.clone();
                    store.unreadable.update(|u| u.retain(|x| x.key != gone));
                    store.announce("Discarded.");
                }
                focus_later("main h1");
            });
            let question = move || asking.get().then(|| ask(Question {
                id: format!("discard-{n}"),
                text: "Discard this saved text for good? Download it first if it may hold words you want.",
                yes: "Discard it for good",
                no: "Keep it",
                about: String::new(),
            }, answered));
            view! {
                <div class="notice notice--warning" role="alert">
                    <p>"Some saved text could not be read by this version of Kept in Mind. It is left as it is in this browser, not deleted. You can download it to open in any text editor, or discard it."</p>
                    <div class="button-group">
                        <button type="button" class="button button--secondary button--small" on:click=save>"Download the saved text"</button>
                        <button type="button" class="link-button" on:click=move |_| asking.set(true)>"Discard it"</button>
                    </div>
                    {question}
                </div>
            }
        }).collect_view().into_any()
    };
    // A memo, as `<Show>` would use: the notice is rebuilt only when it
    // comes or goes, not each time the flag is set again.
    let changed = Memo::new(move |_| store.changed_elsewhere.get());
    view! {
        {notices}
        {unreadable}
        {move || changed.get().then(|| view! {
            <div class="notice" role="status">
                <p>
                    "This No was also changed in another tab. What you see now includes those changes. "
                    <button type="button" class="link-button" on:click=move |_| store.changed_elsewhere.set(false)>"OK"</button>
                </p>
            </div>
        }.into_any())}
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>
                    <strong>"Everything you type stays in this browser. Nothing is sent anywhere."</strong>
                </p>
                <p class="muted">
                    "Your answers are saved on this device only, so you can close the page and come back later."
                </p>
            </div>
        </footer>
    }
}
