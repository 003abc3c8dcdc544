//! Chapter 1, "The No": which job, how far the user got, how the No
//! arrived, and a few details of their message.

use leptos::prelude::*;

use crate::domain::draft::Draft;
use crate::domain::model::{Arrival, Stage};
use crate::domain::route::{Page, Route};
use crate::domain::validate::field;
use crate::domain::word::Word;
use crate::ui::form::{QuestionPage, Radios, TextInput};
use crate::ui::paste::{PasteEmail, choice_mark, text_mark};
use crate::ui::store::use_store;

#[component]
pub fn JobPage() -> impl IntoView {
    let store = use_store();
    let (company, set_company) = store.lens(|d| Some(&mut d.answers.rejection.company));
    let (job_title, set_job_title) = store.lens(|d| Some(&mut d.answers.rejection.job_title));
    view! {
        <QuestionPage heading="Which job was it?".to_owned()>
            <PasteEmail/>
            <p>"Write them as they appeared in the advert or their email, so your note gets them exactly right."</p>
            <TextInput id=field::COMPANY label="Company" value=company on_input=set_company autocomplete="off" marked=text_mark(field::COMPANY, None, company)/>
            <TextInput id=field::JOB_TITLE label="Job title" value=job_title on_input=set_job_title autocomplete="off" marked=text_mark(field::JOB_TITLE, None, job_title)/>
        </QuestionPage>
    }
}

#[component]
pub fn StagePage() -> impl IntoView {
    let store = use_store();
    let (stage, set_stage) = store.lens(|d| Some(&mut d.answers.rejection.stage));
    view! {
        <QuestionPage>
            <Radios
                id=field::STAGE
                legend="How far did you get?"
                heading=true
                hint="Your note thanks them for the time they actually gave you.".to_owned()
                options=Stage::ALL.to_vec()
                value=stage
                on_change=Callback::new(move |s| set_stage.run(Some(s)))
                from_email=choice_mark(field::STAGE, None)
            />
        </QuestionPage>
    }
}

#[component]
pub fn ArrivalPage() -> impl IntoView {
    let store = use_store();
    let arrival = Signal::derive(move || store.draft.with(|d| d.answers.rejection.arrival));
    // The channels follow the arrival (a call leaves no thread to reply in).
    let set_arrival = Callback::new(move |a| store.draft.update(|d| d.answers.set_arrival(a)));
    view! {
        <QuestionPage>
            <Radios
                id=field::ARRIVAL
                legend="How did the No arrive?"
                heading=true
                options=Arrival::ALL.to_vec()
                value=arrival
                on_change=set_arrival
                from_email=choice_mark(field::ARRIVAL, None)
            />
        </QuestionPage>
    }
}

/// Yes or No as a tiny [`Choice`](crate::domain::labels::Choice), for the radios.
#[derive(Clone, Copy, PartialEq)]
struct YesNo(bool);

impl Word for YesNo {
    const ALL: &'static [Self] = &[YesNo(true), YesNo(false)];

    fn value(self) -> &'static str {
        if self.0 { "yes" } else { "no" }
    }
}

impl crate::domain::labels::Choice for YesNo {
    fn label(self) -> &'static str {
        if self.0 { "Yes" } else { "No" }
    }
}

/// Whether the No came in writing, read once when a page is built.
fn by_email_now(store: crate::ui::store::Store) -> bool {
    store
        .draft
        .with_untracked(|d| d.answers.rejection.arrival != Some(Arrival::PhoneCall))
}

#[component]
pub fn DetailsPage() -> impl IntoView {
    let store = use_store();
    let (said, set_said) = store.lens(|d| Some(&mut d.answers.rejection.said_keep_in_mind));
    let (date, set_date) = store.lens(|d| Some(&mut d.answers.rejection.date));
    let (subject, set_subject) = store.lens(|d| Some(&mut d.answers.rejection.original_subject));
    let by_email = move || {
        store
            .draft
            .with(|d| d.answers.rejection.arrival != Some(Arrival::PhoneCall))
    };
    // With nobody on the list yet, go straight to adding the first person.
    let on_continue = Callback::new(move |()| {
        let route = store.route.get_untracked();
        let nobody = store
            .draft
            .with_untracked(|d| d.answers.recipients.is_empty());
        if nobody && !route.from_check {
            let id = store
                .draft
                .try_update(Draft::add_person)
                .expect("the draft signal is alive");
            store.navigate(Route::new(Page::Person(id)));
        } else {
            store.navigate(route.after_continue());
        }
    });
    let heading = if by_email_now(store) {
        "About their message"
    } else {
        "About the call"
    };
    view! {
        <QuestionPage heading=heading.to_owned() on_continue=on_continue>
            <Radios
                id=field::SAID_KEEP
                legend="Did they say they would keep you in mind?"
                hint="For example, “we’ll keep your details on file”.".to_owned()
                options=YesNo::ALL.to_vec()
                value=Signal::derive(move || said.get().map(YesNo))
                on_change=Callback::new(move |YesNo(yes)| set_said.run(Some(yes)))
                from_email=choice_mark(field::SAID_KEEP, None)
            />
            <TextInput id=field::DATE label="When did the No arrive? (optional)" kind="date" value=date on_input=set_date short=true marked=text_mark(field::DATE, None, date)/>
            <Show when=by_email>
                <TextInput
                    id=field::SUBJECT
                    label="The subject of their email (optional)"
                    hint="A reply in the same thread keeps it, with “Re:” in front.".to_owned()
                    value=subject
                    on_input=set_subject
                    marked=text_mark(field::SUBJECT, None, subject)
                />
            </Show>
        </QuestionPage>
    }
}
