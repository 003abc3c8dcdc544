//! Chapter 5, "Check your answers": every answer with a "Change" link that
//! comes back here, and the button that writes the notes.

use leptos::prelude::*;

use crate::domain::route::{Page, Route};
use crate::domain::summary::sections;
use crate::domain::text::in_sentence;
use crate::domain::validate::{first_incomplete_page, validate};
use crate::ui::browser::focus_later;
use crate::ui::form::StepIndicator;
use crate::ui::store::use_store;

#[component]
pub fn CheckPage() -> impl IntoView {
    let store = use_store();
    let chapter = Page::Check.chapter().expect("the check page is chapter 5");
    let back = move || {
        store
            .draft
            .with(|d| Route::new(Page::Check).back(&d.answers).to_hash())
    };
    let incomplete = Memo::new(move |_| store.draft.with(|d| first_incomplete_page(&d.answers)));
    let write = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if incomplete.get_untracked().is_some() {
            focus_later(".error-summary");
        } else {
            store.navigate(Route::new(Page::Notes));
        }
    };
    let lists = move || {
        store
            .draft
            .with(|d| sections(&d.answers))
            .into_iter()
            .map(|section| {
                let rows = section
                    .rows
                    .into_iter()
                    .map(|row| {
                        let change = Route::change(row.change).to_hash();
                        let hidden = format!(" {}", in_sentence(&row.key));
                        view! {
                            <div class="summary-list__row">
                                <dt>{row.key}</dt>
                                <dd>{row.value}</dd>
                                <dd class="summary-list__action">
                                    <a href=change>"Change"<span class="visually-hidden">{hidden}</span></a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <h2>{section.title}</h2>
                    <dl class="summary-list">{rows}</dl>
                }
            })
            .collect_view()
    };
    view! {
        <a class="back-link" href=back>"Back"</a>
        <StepIndicator number=chapter.number() label=chapter.label()/>
        {move || incomplete.get().map(|page| view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">"Some answers are missing or need changing"</h2>
                <ul>
                    {store.draft.with(|d| validate(page, &d.answers)).into_iter().map(|error| view! {
                        <li><a href=Route::change(page).to_hash()>{error.message}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        <h1 tabindex="-1">"Check your answers"</h1>
        <p>"Your notes are written from these answers and nothing else."</p>
        {lists}
        <form novalidate on:submit=write>
            <div class="button-group">
                <button type="submit" class="button">"Write my note"</button>
            </div>
        </form>
    }
}
