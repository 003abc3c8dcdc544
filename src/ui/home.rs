//! The home page: what this is, why it pays off, and the way in (or back in,
//! when a draft is saved in this browser).

use leptos::prelude::*;

use super::browser::{confirm, focus_later};
use super::store::use_store;
use crate::domain::draft::Draft;
use crate::domain::route::{Page, Route};

#[component]
pub fn Home() -> impl IntoView {
    let store = use_store();
    let saved = Memo::new(move |_| {
        store.draft.with(|d| {
            (!d.is_blank()).then(|| (d.title(), d.resume_route().to_hash(), d.resume_label()))
        })
    });
    let start_again = move |_| {
        if confirm("Start again? This deletes your answers and notes from this browser.") {
            store.draft.set(Draft::default());
            store.announce("Your answers and notes were deleted.");
            // The block holding the focused button is gone: keep focus on the page.
            focus_later("main h1");
        }
    };

    view! {
        <h1 tabindex="-1">"Write a thank-you for the No"</h1>
        <p class="lede">
            "Kept in Mind helps you write a short, gracious note to the people who turned you down, so they think of you when the next chance comes."
        </p>
        {move || saved.get().map(|(title, resume, label)| view! {
            <h2>"Your saved note"</h2>
            <ul class="card-list">
                <li>
                    <span><strong>{title}</strong><span class="caption">"Saved in this browser"</span></span>
                    <span class="button-group">
                        <a class="button button--small" href=resume>{label}</a>
                        <button type="button" class="link-button" on:click=start_again>"Start again"</button>
                    </span>
                </li>
            </ul>
        })}
        <h2>"Why it’s worth sending"</h2>
        <p>"Few people reply to a No, so a kind note is remembered. It keeps the door open when:"</p>
        <ol class="reasons">
            <li><strong>"Their first choice says no or backs out."</strong>" Offers fall through, sometimes weeks later."</li>
            <li><strong>"The hire doesn’t work out."</strong>" Most early departures happen in the first three to six months."</li>
            <li><strong>"Another role needs similar strengths."</strong>" They will think of the person they remember."</li>
            <li><strong>"A role is created for you."</strong>" A strong impression is sometimes enough."</li>
        </ol>
        <p>
            "If you are senior and came second or third, a note is close to expected: the people who interviewed you are now part of your network."
        </p>
        <p>"It takes about five minutes. You can stop at any time and pick up where you left off."</p>
        <Show when=move || saved.get().is_none()>
            <div class="button-group">
                <a class="button" href=Route::new(Page::Job).to_hash()>"Start now"</a>
            </div>
        </Show>
    }
}
