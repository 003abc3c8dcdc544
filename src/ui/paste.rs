//! "Paste the email they sent you": the box on the first page of "The No",
//! and the "(from their email)" marks on the pages it fills in. The reading
//! itself is [`crate::domain::email_reader`]; nothing leaves the browser.
//! Once it has filled in answers, Continue shows them together on "Here’s
//! what we found" and the path asks only what is missing (`domain::flow`).

use leptos::prelude::*;

use crate::domain::email_reader::{prefill, read};
use crate::domain::record::Answer;
use crate::domain::validate::FieldError;
use crate::ui::form::{Checkbox, TextArea};
use crate::ui::store::use_store;

/// The paste box's id.
const PASTED: &str = "their-email";

/// Whether the text answer in `field` (of `person`) still holds what the email gave.
pub fn text_mark(field: Answer, person: Option<u32>, value: Signal<String>) -> Signal<bool> {
    let store = use_store();
    Signal::derive(move || {
        value.with(|v| store.draft.with(|d| d.from_email.marks(field, person, v)))
    })
}

/// The option the email gave for the choice `field` (of `person`).
pub fn choice_mark(field: Answer, person: Option<u32>) -> Signal<Option<String>> {
    let store = use_store();
    Signal::derive(move || {
        store
            .draft
            .with(|d| d.from_email.value_for(field, person).map(str::to_owned))
    })
}

/// What the last "Fill in" found.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Filled(usize),
    /// Read, but every answer it found was already given.
    AllAnswered,
    Nothing,
}

/// The paste box, its "keep it" choice and "Fill in from this email".
#[component]
pub fn PasteEmail() -> impl IntoView {
    let store = use_store();
    let pasted = RwSignal::new(store.draft.with_untracked(|d| d.from_email.text.clone()));
    let keep = Signal::derive(move || store.draft.with(|d| d.from_email.keep_text));
    let outcome = RwSignal::new(None::<Outcome>);
    let on_input = Callback::new(move |text: String| {
        if keep.get_untracked() {
            store.draft.update(|d| d.from_email.text.clone_from(&text));
        }
        pasted.set(text);
    });
    let on_keep = Callback::new(move |on: bool| {
        store.draft.update(|d| {
            d.from_email.keep_text = on;
            d.from_email.text = if on {
                pasted.get_untracked()
            } else {
                String::new()
            };
        });
    });
    let fill = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            store.errors.set(vec![FieldError {
                field: PASTED.to_owned(),
                message: "Paste the email into the box first, or leave it empty and answer below",
            }]);
            crate::ui::browser::focus_later(".error-summary");
            return;
        }
        store.errors.set(Vec::new());
        let reading = read(&text);
        let count = store
            .draft
            .try_update(|d| prefill::apply(&reading, d))
            .unwrap_or(0);
        let result = match (count, reading.is_empty()) {
            (0, true) => Outcome::Nothing,
            (0, false) => Outcome::AllAnswered,
            (n, _) => Outcome::Filled(n),
        };
        outcome.set(Some(result));
        store.announce(message(result));
    };
    view! {
        <div class="paste">
            <TextArea
                id=PASTED
                label="Paste the email they sent you (optional)"
                hint="It is read in this browser to fill in your answers. Nothing is sent anywhere.".to_owned()
                value=pasted.into()
                on_input=on_input
                rows=6
            />
            <Checkbox
                id="keep-email"
                label="Keep the email with my answers"
                hint="Otherwise only the answers it fills in are kept.".to_owned()
                value=keep
                on_change=on_keep
            />
            <div class="button-group">
                <button type="button" class="button button--secondary" on:click=fill>"Fill in from this email"</button>
            </div>
            {move || outcome.get().map(|o| view! { <div class="notice"><p>{message(o)}</p></div> })}
        </div>
    }
}

fn message(outcome: Outcome) -> String {
    match outcome {
        Outcome::Filled(1) => "1 answer was filled in from their email. Continue to check it on the next page.".to_owned(),
        Outcome::Filled(n) => format!("{n} answers were filled in from their email. Continue to check them together on the next page."),
        Outcome::AllAnswered => "Everything this email mentions is already answered, so nothing was changed.".to_owned(),
        Outcome::Nothing => "We could not find answers to fill in from this email. That is fine: answer the questions yourself below.".to_owned(),
    }
}
