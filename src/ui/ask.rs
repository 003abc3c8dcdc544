//! A question asked in the page, in place of the browser's `confirm()`:
//! a native dialog cannot be styled, speaks in the browser's voice instead
//! of ours, and is blocked outright in a sandboxed embed. The question takes
//! the focus when it appears, so a screen reader reads it at once; either
//! answer puts it away, and the caller decides where the focus goes next.

use leptos::prelude::*;

use super::browser::focus_id_later;

/// What to ask: the question, the words of the button that goes ahead and
/// of the one that leaves everything as it was.
pub struct Question {
    /// The question's element id, unique on the page (it takes the focus).
    pub id: String,
    pub text: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// Added, visually hidden, to both buttons when several questions could
    /// be open at once (": your email reply to Priya Shah").
    pub about: String,
}

/// Draws `question` and moves the focus to it; `answer` gets `true` for yes.
pub fn ask(question: Question, answer: Callback<bool>) -> AnyView {
    let Question {
        id,
        text,
        yes,
        no,
        about,
    } = question;
    let text_id = format!("{id}-text");
    let labelled_by = text_id.clone();
    focus_id_later(id.clone());
    view! {
        <div class="notice notice--warning ask" role="group" id=id tabindex="-1" aria-labelledby=labelled_by>
            <p id=text_id>{text}</p>
            <div class="button-group">
                <button type="button" class="button button--small button--danger" on:click=move |_| answer.run(true)>
                    {yes}<span class="visually-hidden">{about.clone()}</span>
                </button>
                <button type="button" class="button button--secondary button--small" on:click=move |_| answer.run(false)>
                    {no}<span class="visually-hidden">{about}</span>
                </button>
            </div>
        </div>
    }
    .into_any()
}
