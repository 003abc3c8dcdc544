//! "I've sent this" under each note: the day it went, which drives the
//! record's status, the home page and the check-in plan.

use leptos::prelude::*;

use crate::domain::date::Date;
use crate::domain::date::entry::{Parts, Rule, check};
use crate::domain::library::mark_sent;
use crate::domain::model::Channel;
use crate::domain::record::Word;
use crate::domain::validate::date_field_error;
use crate::ui::browser::{focus_id, focus_id_later};
use crate::ui::form::date_input;
use crate::ui::store::{today, use_store};

/// The day a note went: needed, and not after today.
const SENT_ON: Rule = Rule {
    missing: Some("Enter the day you sent it"),
    past_only: true,
};

/// The id of the day a note was sent, `sent-3-email_reply`.
fn sent_id(recipient: u32, channel: Channel) -> String {
    format!("sent-{recipient}-{}", channel.value())
}

/// "I've sent this", with the day (today unless changed); once sent, the
/// day it went and a way to change or undo it. The day is checked on the
/// button, and an error puts the focus in the box to fix. Either button
/// takes itself away, so the focus moves to what replaces it ("Sent on …",
/// or the button to mark it sent again) instead of falling to the page.
#[component]
pub fn SentControl(recipient: u32, channel: Channel, about: String) -> impl IntoView {
    let store = use_store();
    let sent = Memo::new(move |_| {
        store
            .draft
            .with(|d| d.note(recipient, channel).and_then(|n| n.sent.clone()))
    });
    let day = RwSignal::new(today().to_string());
    let date_id = sent_id(recipient, channel);
    let done_id = format!("{date_id}-done");
    let button_id = format!("{date_id}-button");
    let mark = move |on: Option<Date>| {
        store.draft.update(|d| mark_sent(d, recipient, channel, on));
        store.ask_to_persist();
    };
    let send = move |done_id: String| {
        let typed = day.with_untracked(|d| Parts::from_stored(d));
        match check(&typed, SENT_ON, Some(today())) {
            Ok(Some(on)) => {
                store.errors.set(Vec::new());
                mark(Some(on));
                store.announce(format!("Marked as sent on {}.", on.long()));
                focus_id_later(done_id);
            }
            // The rule needs a day, so there is always one or an error.
            Ok(None) => {}
            Err(problem) => {
                let error = date_field_error(&sent_id(recipient, channel), problem);
                focus_id(&error.field);
                store.errors.set(vec![error]);
            }
        }
    };
    let unsend = move |button_id: String| {
        mark(None);
        store.announce("Marked as not sent.");
        focus_id_later(button_id);
    };
    view! {
        <div class="sent">
            {move || match sent.get().as_deref().and_then(Date::parse) {
                Some(on) => view! {
                    <p class="sent__done">
                        <span class="tag tag--done" id=done_id.clone() tabindex="-1">{format!("Sent on {}", on.long())}</span>
                        " "
                        <button type="button" class="link-button" on:click={ let id = button_id.clone(); move |_| unsend(id.clone()) }>"Mark as not sent"<span class="visually-hidden">{about.clone()}</span></button>
                    </p>
                }.into_any(),
                None => {
                    view! {
                        <div class="sent__form">
                            {date_input(&date_id, "Day you sent it".to_owned(), about.clone(), String::new(), day.into(), Callback::new(move |typed| day.set(typed)), None)}
                            <button type="button" id=button_id.clone() class="button button--secondary button--small" on:click={ let id = done_id.clone(); move |_| send(id.clone()) }>"I’ve sent this"<span class="visually-hidden">{about.clone()}</span></button>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
