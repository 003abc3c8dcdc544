//! Chapter 3, "What stood out": one real detail per person, and what the
//! user admires about the company. All optional, with a nudge, because one
//! concrete detail is what makes a note remembered.

use leptos::prelude::*;

use crate::domain::labels::person_name;
use crate::domain::typing::{detail_advice, own_words_advice};
use crate::domain::validate::field;
use crate::ui::form::{QuestionPage, TextArea};
use crate::ui::store::use_store;

#[component]
pub fn StoodOutPage() -> impl IntoView {
    let store = use_store();
    let company = move || {
        store
            .draft
            .with(|d| d.answers.rejection.company.trim().to_owned())
    };
    let (admire, set_admire) = store.lens(|d| Some(&mut d.answers.sender.admire));
    // A memo, so typing in a box does not rebuild (and unfocus) the boxes.
    let ids = Memo::new(move |_| {
        store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .map(|r| r.id)
                .collect::<Vec<_>>()
        })
    });
    let people = move || {
        ids.get()
            .into_iter()
            .map(|id| {
                let (detail, set_detail) = store.person_lens(id, |p| &mut p.detail);
                let name = store.draft.with_untracked(|d| {
                    d.answers
                        .recipients
                        .iter()
                        .find(|r| r.id == id)
                        .map(|r| person_name(r).to_owned())
                        .unwrap_or_default()
                });
                let label = format!("Something specific you talked about with {name} (optional)");
                view! { <TextArea id=field::detail(id) label=label value=detail on_input=set_detail rows=3 advice=Some(detail_advice)/> }
            })
            .collect_view().into_any()
    };
    view! {
        <QuestionPage heading="What stood out?".to_owned()>
            <p>"One real detail makes a note memorable, such as a question they asked. Write it as you would say it to them: “your question about the data pipeline”."</p>
            <p class="muted">"If nothing comes to mind, leave a box empty: the note stays honestly general."</p>
            {people}
            <TextArea
                id=field::ADMIRE
                label=Signal::derive(move || match company().as_str() {
                    "" => "What do you admire about the company? (optional)".to_owned(),
                    name => format!("What do you admire about {name}? (optional)"),
                })
                hint="For example, their product, their mission or how they treat people.".to_owned()
                value=admire
                on_input=set_admire
                rows=3
                advice=Some(own_words_advice)
            />
        </QuestionPage>
    }
}
