//! Chapter 5, "Check your answers": every answer with a "Change" link that
//! comes back here, the skipped ones under "Left blank (N)", every problem
//! still to fix, and the button that writes the notes. On the fast path
//! from a pasted email, the choices the style page would have asked stand
//! with their defaults under "Suggested for you" (`domain::flow`).

use leptos::prelude::*;

use crate::domain::flow::{back, check_sections};
use crate::domain::route::{Page, Route};
use crate::domain::summary::{error_line, write_button};
use crate::domain::validate::all_errors;
use crate::ui::browser::{focus_id, focus_later};
use crate::ui::form::{StepIndicator, summary_lists};
use crate::ui::store::use_store;

#[component]
pub fn CheckPage() -> impl IntoView {
    let store = use_store();
    let back = move || {
        store
            .draft
            .with(|d| back(Route::new(Page::Check), d).to_hash())
    };
    let errors = Memo::new(move |_| {
        store.draft.with(|d| {
            all_errors(&d.answers)
                .into_iter()
                .map(|(page, error)| (page, error_line(&d.answers, page, &error), error.field))
                .collect::<Vec<_>>()
        })
    });
    let write = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if errors.with_untracked(|e| e.is_empty()) {
            store.navigate(Route::new(Page::Notes));
        } else {
            focus_later(".error-summary");
        }
    };
    let lists = move || summary_lists(store.draft.with(check_sections), Page::Check);
    // Each link opens its page and then the field itself, after the page's
    // own move to its heading.
    let problems = move || {
        errors
            .get()
            .into_iter()
            .map(|(page, line, field)| {
                let route = Route::change(page);
                let open = move |event: leptos::ev::MouseEvent| {
                    event.prevent_default();
                    store.arrive(route);
                    store.navigate(route);
                    let field = field.clone();
                    request_animation_frame(move || focus_id(&field));
                };
                view! { <li><a href=route.to_hash() on:click=open>{line}</a></li> }
            })
            .collect_view()
            .into_any()
    };
    // A memo, as `<Show>` would use: the summary is rebuilt only when it
    // comes or goes.
    let has_errors = Memo::new(move |_| errors.with(|e| !e.is_empty()));
    let button = move || store.draft.with(|d| write_button(d.note_count()));
    view! {
        <a class="back-link" href=back>"Back"</a>
        <StepIndicator/>
        {move || has_errors.get().then(|| view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">"Some answers are missing or need changing"</h2>
                <ul>{problems}</ul>
            </div>
        }.into_any())}
        <h1 tabindex="-1">"Check your answers"</h1>
        <p>"Your notes are written from these answers and nothing else."</p>
        {lists}
        <form novalidate on:submit=write>
            <div class="button-group">
                <button type="submit" class="button">{button}</button>
            </div>
        </form>
    }
}
