//! The last page of chapter 4, "You and your ask": how the note should sound and
//! where it goes. The chapter's other pages are data in [`crate::ui::questions`].

use leptos::prelude::*;

use crate::domain::labels::Choice;
use crate::domain::model::{Channel, Length, Tone};
use crate::domain::preset;
use crate::domain::record::Word;
use crate::domain::summary::persons_notes;
use crate::domain::validate::field;
use crate::ui::form::{Checkbox, QuestionPage, RadioGroup};
use crate::ui::questions::options;
use crate::ui::store::{Store, use_store};

#[component]
pub fn StylePage() -> impl IntoView {
    let store = use_store();
    // A blog's embed may preset the tone (web/embed.js); a chosen tone wins.
    let query = window().location().search().unwrap_or_default();
    store
        .draft
        .maybe_update(|d| preset::fill_unset(&mut d.answers, &query));
    let (tone, set_tone) = store.lens(|d| Some(&mut d.answers.style.tone));
    let (length, set_length) = store.lens(|d| Some(&mut d.answers.style.length));
    let (premium, set_premium) = store.lens(|d| Some(&mut d.answers.style.linkedin_premium));
    // The arrival does not change on this page, so the boxes are chosen once.
    let pickable = store
        .draft
        .with_untracked(|d| d.answers.pickable_channels());
    // Premium only changes the invitation's limit, so it sits under that choice.
    let premium_box = move || {
        view! {
            <div class="conditional">
                <Checkbox id=field::PREMIUM label="I have LinkedIn Premium" hint="Invitation notes may then be 300 characters instead of 200.".to_owned() value=premium on_change=set_premium/>
            </div>
        }
    };
    let channel_boxes = boxes(
        store,
        None,
        pickable,
        String::new(),
        Some(ViewFn::from(premium_box)),
    );
    let everyone = channels_fieldset(
        store,
        "Where will you send it?".into(),
        field::CHANNELS.into(),
        channel_boxes,
    );
    let own = own_channels(store);
    view! {
        <QuestionPage heading="How should your note sound, and where will you send it?".to_owned()>
            <RadioGroup
                id=field::TONE.into()
                legend=Signal::from("Tone".to_owned())
                heading=false
                hint=String::new()
                options={options::<Tone>()}
                value=Signal::derive(move || Some(tone.get().unwrap_or_default().value()))
                on_change=Callback::new(move |w| set_tone.run(Tone::from_value(w)))
                reveal=None
                from_email=Signal::default()
            />
            <RadioGroup
                id=field::LENGTH.into()
                legend=Signal::from("Length".to_owned())
                heading=false
                hint=String::new()
                options={options::<Length>()}
                value=Signal::derive(move || Some(length.get().unwrap_or_default().value()))
                on_change=Callback::new(move |w| set_length.run(Length::from_value(w)))
                reveal=None
                from_email=Signal::default()
            />
            {everyone}
            {own}
        </QuestionPage>
    }
}

/// The boxes for where notes go, everyone's (`who` is `None`, with each
/// kind's hint and, under the invitation, `premium`) or one person's
/// (`about` ends each label for screen readers: " for Jen Torres"). One
/// function for both, so its code is there once.
fn boxes(
    store: Store,
    who: Option<u32>,
    pickable: Vec<Channel>,
    about: String,
    premium: Option<ViewFn>,
) -> AnyView {
    let mut premium = premium;
    pickable
        .into_iter()
        .map(|channel| {
            let checked = Signal::derive(move || store.draft.with(|d| d.answers.gets(who, channel)));
            let toggle = Callback::new(move |on: bool| {
                store
                    .draft
                    .update(|d| d.answers.set_channel_for(who, channel, on))
            });
            let hint = who.is_none().then(|| channel.hint()).flatten();
            let below = (channel == Channel::LinkedInInvite)
                .then(|| premium.take())
                .flatten()
                .map(|premium| {
                    // A memo, as `<Show>` would use: the box is rebuilt only
                    // when it comes or goes.
                    let shown = Memo::new(move |_| checked.get());
                    move || shown.get().then(|| premium.run())
                });
            view! {
                <Checkbox id=field::channel(who, channel) label=channel.label() hint=hint.map(str::to_owned).unwrap_or_default() about=about.clone() value=checked on_change=toggle/>
                {below}
            }
        })
        .collect_view()
        .into_any()
}

/// A group of boxes for where notes go, everyone's or one person's, with
/// its error (on `first`, the first box) beside it. The error's line is
/// always there, empty without an error, so the group's description is
/// fixed.
fn channels_fieldset(store: Store, legend: String, first: String, boxes: AnyView) -> AnyView {
    let error = store.error_for(first.clone().into());
    let hint_id = format!("{first}-hint");
    let error_id = format!("{first}-error");
    let described = format!("{hint_id} {error_id}");
    view! {
        <div class=move || if error.get().is_some() { "field field--error" } else { "field" }>
            <fieldset aria-describedby=Some(described)>
                <legend>{legend}</legend>
                <span class="hint" id=hint_id>"Select all that apply."</span>
                <span class="error-message" id=error_id>{move || error.get().map(|m| view! {
                    <span class="visually-hidden">"Error: "</span>{m}
                }.into_any())}</span>
                <div class="choices">{boxes}</div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// With more than one person, what each gets (the choice above, fitted to
/// their part) on a line, and under "Change" their own boxes, offering only
/// what fits their part (`Answers::pickable_for`; never empty: a new email
/// and a card always fit). A person with a choice of their own has their
/// boxes open, so an error in them is in view. The people do not change on
/// this page, so the list is drawn once.
fn own_channels(store: Store) -> Option<AnyView> {
    let people = store.draft.with_untracked(|d| {
        let a = &d.answers;
        (a.recipients.len() > 1).then(|| {
            (a.recipients.iter())
                .map(|r| {
                    (
                        r.id,
                        r.name.trim().to_owned(),
                        a.pickable_for(r),
                        r.channels.is_some(),
                    )
                })
                .collect::<Vec<_>>()
        })
    })?;
    let each = people
        .into_iter()
        .map(|(id, name, pickable, own)| {
            let first = field::channel(Some(id), pickable.first().copied().unwrap_or(Channel::Card));
            let line = move || {
                store.draft.with(|d| {
                    let a = &d.answers;
                    (a.recipients.iter().find(|r| r.id == id))
                        .map(|r| persons_notes(a, r))
                        .unwrap_or_default()
                })
            };
            let about = format!(" for {name}");
            let boxes = boxes(store, Some(id), pickable, about.clone(), None);
            let fieldset = channels_fieldset(store, format!("Notes{about}"), first, boxes);
            // The line is the fold's summary: what they get, then Change.
            view! {
                <li>
                    <details class="own" open=own>
                        <summary><span class="own__line">{name.clone()}": "{line}</span>" "<span class="own__change">"Change"</span></summary>
                        {fieldset}
                    </details>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h2>"Each person’s notes"</h2>
        <p class="muted">"Worked out from your choice above. Change it for anyone who should get something else."</p>
        <ul class="own-list">{each}</ul>
    }.into_any())
}
