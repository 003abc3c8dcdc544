//! Chapter 2, "Who you’re writing to": the list of people, and one page
//! per person with their name, greeting, title, part and email address.

use leptos::prelude::*;

use crate::domain::draft::Removed;
use crate::domain::labels::{Choice, person_name};
use crate::domain::model::{AddressForm, Recipient, Relationship};
use crate::domain::record::{Answer, Word};
use crate::domain::route::{Page, Route};
use crate::domain::typing::name_advice;
use crate::domain::validate::{field, person_errors};
use crate::ui::browser::focus_later;
use crate::ui::form::{QuestionPage, RadioGroup, TextInput};
use crate::ui::paste::{choice_mark, text_mark};
use crate::ui::questions::options;
use crate::ui::store::use_store;

#[component]
pub fn PeoplePage() -> impl IntoView {
    let store = use_store();
    let removed = RwSignal::new(None::<Removed>);
    let people = move || store.draft.with(|d| d.answers.recipients.clone());
    let from = store.route.get_untracked().from;
    let heading = Signal::derive(
        move || match store.draft.with(|d| d.answers.recipients.len()) {
            0 => "Who are you writing to?".to_owned(),
            1 => "You are writing to 1 person".to_owned(),
            n => format!("You are writing to {n} people"),
        },
    );

    let remove = move |person: Recipient| {
        if let Some(gone) = store
            .draft
            .try_update(|d| d.remove_person(person.id))
            .flatten()
        {
            removed.set(Some(gone));
            store.announce(format!("Removed {}.", person_name(&person).to_owned()));
            focus_later("#undo-remove");
        }
    };
    let undo = move |_| {
        if let Some(gone) = removed.get_untracked() {
            let name = person_name(&gone.person).to_owned();
            store.draft.update(|d| d.undo_remove(gone));
            removed.set(None);
            store.announce(format!("{name} is back on your list."));
            focus_later("main h1");
        }
    };

    let rows = move || {
        people()
            .into_iter()
            .map(|person| {
                let id = person.id;
                let incomplete = !person_errors(&person).is_empty();
                let summary = [person.job_title.trim(), person.relationship.map_or("", Choice::label)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                let name = person_name(&person).to_owned();
                let change = Route { page: Page::Person(id), from }.to_hash();
                let for_remove = person.clone();
                view! {
                    <li>
                        <div>
                            <strong>{name.clone()}</strong>
                            <span class="caption">{summary}</span>
                            {incomplete.then(|| view! { <span class="error-message">"Some details are missing"</span> })}
                        </div>
                        <div class="button-group">
                            <a href=change id=field::change_person(id)>"Change"<span class="visually-hidden">{format!(" {name}")}</span></a>
                            <button type="button" class="link-button" on:click=move |_| remove(for_remove.clone())>
                                "Remove"<span class="visually-hidden">{format!(" {name}")}</span>
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view().into_any()
    };

    view! {
        <QuestionPage heading=heading>
            {move || removed.get().map(|gone| view! {
                <div class="notice">
                    <p>{format!("You removed {}. ", person_name(&gone.person).to_owned())}
                        <button type="button" id="undo-remove" class="link-button" on:click=undo>"Undo"</button>
                    </p>
                </div>
            }.into_any())}
            <p>"Write one note for each person you met. Each gets their own, with the detail you shared with them."</p>
            <ul class="card-list">{rows}</ul>
            <p>
                <button type="button" id=field::ADD_PERSON class="button button--secondary" on:click=move |_| store.add_person()>
                    {move || if people().is_empty() { "Add a person" } else { "Add another person" }.to_owned()}
                </button>
            </p>
        </QuestionPage>
    }
}

/// One of a person's choices as its stored word, for [`RadioGroup`]. `get`
/// and `set` are plain functions, so the reactive code behind them is
/// compiled once for every choice instead of once per choice type.
fn person_choice(
    id: u32,
    get: fn(&Recipient) -> Option<&'static str>,
    set: fn(&mut Recipient, &'static str),
) -> (Signal<Option<&'static str>>, Callback<&'static str>) {
    let store = use_store();
    let value = Signal::derive(move || {
        store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .find(|r| r.id == id)
                .and_then(get)
        })
    });
    let change = Callback::new(move |word| {
        store.draft.update(|d| {
            if let Some(person) = d.person_mut(id) {
                set(person, word);
            }
        });
    });
    (value, change)
}

#[component]
pub fn PersonPage(id: u32) -> impl IntoView {
    let store = use_store();
    let (name, set_name) = store.person_lens(id, |p| &mut p.name);
    let (address, set_address) = person_choice(
        id,
        |p| Some(p.address.value()),
        |p, w| p.address = AddressForm::from_value(w).unwrap_or_default(),
    );
    let (honorific, set_honorific) = store.person_lens(id, |p| &mut p.honorific);
    let (job_title, set_job_title) = store.person_lens(id, |p| &mut p.job_title);
    let (relationship, set_relationship) = person_choice(
        id,
        |p| p.relationship.map(Word::value),
        |p, w| p.relationship = Relationship::from_value(w),
    );
    let (email, set_email) = store.person_lens(id, |p| &mut p.email);
    let by_phone = store.draft.with_untracked(|d| {
        d.answers.rejection.arrival == Some(crate::domain::model::Arrival::PhoneCall)
    });
    let greeting_hint = if by_phone {
        "As they introduced themselves on the call."
    } else {
        "Mirror how they wrote to you."
    };
    // A memo, as `<Show>` would use: the page is rebuilt only when the
    // person comes or goes, not at every keystroke.
    let exists = Memo::new(move |_| {
        store
            .draft
            .with(|d| d.answers.recipients.iter().any(|r| r.id == id))
    });
    // Read once as the page opens: with more than one person the heading
    // says whose details these are, and it does not change while the name
    // is typed.
    let heading: Signal<String> = Signal::stored(store.draft.with_untracked(|d| {
        let people = &d.answers.recipients;
        match people.iter().find(|r| r.id == id) {
            Some(person) if people.len() > 1 && !person.name.trim().is_empty() => {
                format!("About {}", person.name.trim())
            }
            _ if people.len() > 1 => "Who else are you writing to?".to_owned(),
            _ => "Who are you writing to?".to_owned(),
        }
    }));

    view! {
        {move || if !exists.get() { view! {
                <h1 tabindex="-1">"This person is no longer on your list"</h1>
                <p><a href=Route::new(Page::People).to_hash()>"Go to the people you are writing to"</a></p>
            }.into_any() } else { view! {
            <QuestionPage heading=heading>
                <TextInput id=field::NAME label="Their name" hint="Spelled as they sign their emails.".to_owned() value=name on_input=set_name autocomplete="off" spellcheck_off=true marked=text_mark(Answer::Name, Some(id), name) advice=Some(name_advice)/>
                <RadioGroup
                    id=field::ADDRESS.into()
                    legend=Signal::from("How should the note greet them?".to_owned())
                    heading=false
                    hint=greeting_hint.to_owned()
                    options={options::<AddressForm>()}
                    value=address
                    on_change=set_address
                    reveal=Some((AddressForm::TitleAndSurname.value(), ViewFn::from(move || view! {
                        <TextInput id=field::HONORIFIC label="Their title" hint="For example, Ms, Mr, Mx or Dr.".to_owned() value=honorific on_input=set_honorific short=true/>
                    })))
                    from_email=Signal::default()
                />
                <TextInput id=field::THEIR_TITLE label="Their job title (optional)" value=job_title on_input=set_job_title autocomplete="off" marked=text_mark(Answer::TheirTitle, Some(id), job_title)/>
                <RadioGroup
                    id=field::RELATIONSHIP.into()
                    legend=Signal::from("What was their part in the process?".to_owned())
                    heading=false
                    hint=String::new()
                    options={options::<Relationship>()}
                    value=relationship
                    on_change=set_relationship
                    reveal=None
                    from_email=choice_mark(Answer::Relationship, Some(id))
                />
                <TextInput
                    id=field::EMAIL
                    label="Their email address (optional)"
                    hint="Used only to open your email app with the note ready to send.".to_owned()
                    kind="email"
                    value=email
                    on_input=set_email
                    marked=text_mark(Answer::Email, Some(id), email)
                    autocomplete="off"
                    spellcheck_off=true
                />
            </QuestionPage>
        }.into_any() }}
    }
}
