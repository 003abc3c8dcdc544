//! The frame every page shares (skip link, header, main, footer, live
//! region) and the choice of page from `location.hash`.

use leptos::prelude::*;

use super::browser::{download, focus_later};
use super::home::Home;
use super::pages::*;
use super::persist;
use super::store::{Store, use_store};
use crate::domain::route::{Page, Route};
use crate::domain::validate::first_incomplete_page;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let persist::Loaded {
        draft,
        notice,
        unreadable,
        storage_works,
    } = persist::load();
    let store = Store::new(draft, Route::parse(&current_hash()));
    store.storage_notice.set(notice);
    provide_context(store);
    persist::sync(store, storage_works);

    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        store.route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || on_hash.remove());

    // Each new page: clear old errors, drop people left blank, remember the
    // place for "Continue" on the home page, and move focus to the heading.
    // Nothing is written on the first run, so merely opening a second tab
    // never overwrites what another tab is saving.
    Effect::new(move |previous: Option<Route>| {
        let route = store.route.get();
        if previous.is_none_or(|p| p == route) {
            return route;
        }
        store.errors.set(Vec::new());
        focus_later("main h1");
        let editing = match route.page {
            Page::Person(id) => Some(id),
            _ => None,
        };
        let hash = route.to_hash();
        let changes = store.draft.with_untracked(|d| {
            (route.page != Page::Home && d.last_hash != hash) || d.has_blank_people(editing)
        });
        if changes {
            store.draft.update(|d| {
                d.drop_blank_people(editing);
                if route.page != Page::Home {
                    d.last_hash = hash;
                }
            });
        }
        route
    });
    Effect::new(move |_| {
        let route = store.route.get();
        // The check page shows its own summary while answers are missing.
        let has_errors = store.errors.with(|e| !e.is_empty())
            || (route.page == Page::Check
                && store
                    .draft
                    .with(|d| first_incomplete_page(&d.answers).is_some()));
        document().set_title(&route.document_title(has_errors));
    });

    let page = move || match store.route.get().page {
        Page::Home => view! { <Home/> }.into_any(),
        Page::Job => view! { <JobPage/> }.into_any(),
        Page::Stage => view! { <StagePage/> }.into_any(),
        Page::Arrival => view! { <ArrivalPage/> }.into_any(),
        Page::Details => view! { <DetailsPage/> }.into_any(),
        Page::People => view! { <PeoplePage/> }.into_any(),
        Page::Person(id) => view! { <PersonPage id=id/> }.into_any(),
        Page::StoodOut => view! { <StoodOutPage/> }.into_any(),
        Page::AboutYou => view! { <AboutYouPage/> }.into_any(),
        Page::KeepInMind => view! { <KeepInMindPage/> }.into_any(),
        Page::Extras => view! { <ExtrasPage/> }.into_any(),
        Page::Style => view! { <StylePage/> }.into_any(),
        Page::Check => view! { <CheckPage/> }.into_any(),
        Page::Notes => view! { <NotesPage/> }.into_any(),
    };

    view! {
        <div class="app page">
            <a class="skip-link" href="#main" on:click=|ev| { ev.prevent_default(); focus_later("#main"); }>"Skip to main content"</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a class="site-name" href="#/">"Kept in Mind"</a>
                </div>
            </header>
            <main class="main" id="main" tabindex="-1">
                {unreadable.map(|unreadable| view! { <UnreadableNotice unreadable/> })}
                {move || store.storage_notice.get().map(|notice| view! {
                    <div class="notice notice--warning" role="alert"><p>{notice}</p></div>
                })}
                {page}
            </main>
            <div class="visually-hidden" role="status" aria-live="polite">{move || store.status.get()}</div>
            <Footer/>
        </div>
    }
}

/// Says that the saved draft could not be read, and offers it as a file: it
/// still holds the user's words.
#[component]
fn UnreadableNotice(unreadable: persist::Unreadable) -> impl IntoView {
    let store = use_store();
    let persist::Unreadable { raw, message } = unreadable;
    let save = move |_| {
        let file = "kept-in-mind-saved-answers.txt";
        match download(file, &raw) {
            Ok(()) => store.announce(format!("Downloaded {file}.")),
            Err(_) => store.announce("This browser did not allow the download."),
        }
    };
    view! {
        <div class="notice notice--warning" role="alert">
            <p>{message}</p>
            <button type="button" class="button button--secondary button--small" on:click=save>"Download your saved answers"</button>
        </div>
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
