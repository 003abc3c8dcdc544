//! "I've sent this" under each note: the day it went, which drives the
//! record's status, the home page and the check-in plan.

use leptos::prelude::*;

use crate::domain::date::Date;
use crate::domain::library::mark_sent;
use crate::domain::model::Channel;
use crate::domain::word::Word;
use crate::ui::browser::ask_to_persist;
use crate::ui::store::{today, use_store};

/// "I've sent this", with the day (today unless changed); once sent, the
/// day it went and a way to change or undo it.
#[component]
pub fn SentControl(recipient: u32, channel: Channel, about: String) -> impl IntoView {
    let store = use_store();
    let sent = Memo::new(move |_| {
        store
            .draft
            .with(|d| d.note(recipient, channel).and_then(|n| n.sent.clone()))
    });
    let day = RwSignal::new(today().to_string());
    let date_id = format!("sent-{recipient}-{}", channel.value());
    let error = RwSignal::new(false);
    let mark = move |on: Option<Date>| {
        store.draft.update(|d| mark_sent(d, recipient, channel, on));
        ask_to_persist(store);
    };
    let send = move |_| match Date::parse(&day.get_untracked()) {
        Some(on) => {
            error.set(false);
            mark(Some(on));
            store.announce(format!("Marked as sent on {}.", on.long()));
        }
        None => error.set(true),
    };
    let unsend = move |_| {
        mark(None);
        store.announce("Marked as not sent.");
    };
    view! {
        <div class="sent">
            {move || match sent.get().as_deref().and_then(Date::parse) {
                Some(on) => view! {
                    <p class="sent__done">
                        <span class="tag tag--done">{format!("Sent on {}", on.long())}</span>
                        " "
                        <button type="button" class="link-button" on:click=unsend>"Mark as not sent"<span class="visually-hidden">{about.clone()}</span></button>
                    </p>
                }.into_any(),
                None => {
                    let date_id = date_id.clone();
                    let error_id = format!("{date_id}-error");
                    view! {
                        <div class="sent__form">
                            <div class="field" class:field--error=move || error.get()>
                                <label for=date_id.clone()>"Day you sent it"<span class="visually-hidden">{about.clone()}</span></label>
                                {move || error.get().then(|| view! {
                                    <span class="error-message" id=error_id.clone()>
                                        <span class="visually-hidden">"Error: "</span>"Enter the day you sent it"
                                    </span>
                                })}
                                <input type="date" id=date_id.clone() class="input--short"
                                    aria-describedby=move || error.get().then(|| format!("{date_id}-error"))
                                    prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev))/>
                            </div>
                            <button type="button" class="button button--secondary button--small" on:click=send>"I’ve sent this"<span class="visually-hidden">{about.clone()}</span></button>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
