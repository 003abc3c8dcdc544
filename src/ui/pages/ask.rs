//! Chapter 4, "Your ask": who the user is, what to be kept in mind for, the
//! optional asks, and how the note should sound and travel.

use leptos::prelude::*;

use crate::domain::labels::Choice;
use crate::domain::model::{Channel, KeepInMindFor, Length, Seniority, Tone};
use crate::domain::preset;
use crate::domain::validate::field;
use crate::domain::word::Word;
use crate::ui::form::{Checkbox, QuestionPage, Radios, TextInput};
use crate::ui::store::use_store;

#[component]
pub fn AboutYouPage() -> impl IntoView {
    let store = use_store();
    let (name, set_name) = store.lens(|d| Some(&mut d.answers.sender.name));
    let (contact, set_contact) = store.lens(|d| Some(&mut d.answers.sender.contact));
    let (seniority, set_seniority) = store.lens(|d| Some(&mut d.answers.sender.seniority));
    let (first, set_first) = store.lens(|d| Some(&mut d.answers.sender.strengths[0]));
    let (second, set_second) = store.lens(|d| Some(&mut d.answers.sender.strengths[1]));
    view! {
        <QuestionPage heading="About you".to_owned()>
            <TextInput id=field::YOUR_NAME label="Your name" hint="Your full name, as you sign your emails.".to_owned() value=name on_input=set_name autocomplete="name" spellcheck_off=true marked=crate::ui::paste::text_mark(field::YOUR_NAME, None, name)/>
            <TextInput
                id=field::CONTACT
                label="Phone number or LinkedIn address (optional)"
                hint="Added under your name in a new email or a card.".to_owned()
                value=contact
                on_input=set_contact
                autocomplete="off"
                spellcheck_off=true
            />
            <Radios
                id=field::SENIORITY
                legend="What level was the role?"
                hint="Senior notes are brief and peer-to-peer; early-career notes can ask for advice.".to_owned()
                options=Seniority::ALL.to_vec()
                value=seniority
                on_change=Callback::new(move |s| set_seniority.run(Some(s)))
            />
            <fieldset>
                <legend>"Strengths to mention (optional)"</legend>
                <span class="hint">"One short phrase each, such as “building teams from scratch”. The note mentions them once, without a sales pitch."</span>
                <TextInput id=field::STRENGTH_1 label="First strength" value=first on_input=set_first autocomplete="off"/>
                <TextInput id=field::STRENGTH_2 label="Second strength" value=second on_input=set_second autocomplete="off"/>
            </fieldset>
        </QuestionPage>
    }
}

#[component]
pub fn KeepInMindPage() -> impl IntoView {
    let store = use_store();
    let (keep_for, set_keep_for) = store.lens(|d| Some(&mut d.answers.ask.keep_in_mind_for));
    let (related, set_related) = store.lens(|d| Some(&mut d.answers.ask.related_role));
    view! {
        <QuestionPage>
            <Radios
                id=field::KEEP_FOR
                legend="What would you like them to keep you in mind for?"
                heading=true
                hint="Your note leans on this reason, and never on hoping the new hire fails.".to_owned()
                options=KeepInMindFor::ALL.to_vec()
                value=keep_for
                on_change=Callback::new(move |k| set_keep_for.run(Some(k)))
                reveal=(KeepInMindFor::RelatedRoles, ViewFn::from(move || view! {
                    <TextInput id=field::RELATED_ROLE label="Which role? (optional)" hint="For example, Product Designer.".to_owned() value=related on_input=set_related/>
                }))
            />
        </QuestionPage>
    }
}

#[component]
pub fn ExtrasPage() -> impl IntoView {
    let store = use_store();
    let (feedback, set_feedback) = store.lens(|d| Some(&mut d.answers.ask.feedback));
    let (linkedin, set_linkedin) = store.lens(|d| Some(&mut d.answers.ask.linkedin));
    let (wish, set_wish) = store.lens(|d| Some(&mut d.answers.ask.wish_hire_well));
    let (offer, set_offer) = store.lens(|d| Some(&mut d.answers.ask.offer_help));
    let (offer_what, set_offer_what) = store.lens(|d| Some(&mut d.answers.ask.help_offer));
    let senior = move || {
        store
            .draft
            .with(|d| d.answers.sender.seniority.is_some_and(Seniority::is_senior))
    };
    view! {
        <QuestionPage>
            <fieldset id=field::EXTRAS>
                <legend class="legend--page"><h1 tabindex="-1">"Anything else to ask or offer?"</h1></legend>
                <span class="hint">"Select all that apply, or none. Two asks at most keep a note easy to answer."</span>
                <div class="choices">
                    <Checkbox id="feedback" label="Ask for feedback" hint="Made easy to decline: “if you have a moment”.".to_owned() value=feedback on_change=set_feedback/>
                    <Checkbox id="linkedin" label="Ask to connect on LinkedIn" value=linkedin on_change=set_linkedin/>
                    <Checkbox id="wish" label="Wish the person they hired well" hint="Reads as confident, especially if you came close.".to_owned() value=wish on_change=set_wish/>
                    <Show when=senior>
                        <Checkbox id="offer" label="Offer to help" hint="A resource or an introduction, peer to peer.".to_owned() value=offer on_change=set_offer/>
                        <Show when=move || offer.get()>
                            <div class="conditional">
                                <TextInput id=field::HELP_OFFER label="What could you offer? (optional)" hint="For example, an introduction to a supplier you trust.".to_owned() value=offer_what on_input=set_offer_what/>
                            </div>
                        </Show>
                    </Show>
                </div>
            </fieldset>
        </QuestionPage>
    }
}

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
    let channel_boxes = pickable
        .into_iter()
        .map(|channel| {
            let checked = Signal::derive(move || {
                store
                    .draft
                    .with(|d| d.answers.style.channels.contains(&channel))
            });
            let toggle = Callback::new(move |on: bool| {
                store
                    .draft
                    .update(|d| d.answers.style.set_channel(channel, on))
            });
            let id = format!("channel-{}", channel.value());
            view! { <Checkbox id=id label=channel.label() hint=channel.hint().map(str::to_owned).unwrap_or_default() value=checked on_change=toggle/> }
        })
        .collect_view();
    let channels_error = store.error_for(field::CHANNELS.into());
    view! {
        <QuestionPage heading="How should your note sound, and where will you send it?".to_owned()>
            <Radios
                id=field::TONE
                legend="Tone"
                options=Tone::ALL.to_vec()
                value=Signal::derive(move || Some(tone.get().unwrap_or_default()))
                on_change=Callback::new(move |t| set_tone.run(Some(t)))
            />
            <Radios
                id=field::LENGTH
                legend="Length"
                options=vec![Length::Short, Length::Standard]
                value=Signal::derive(move || Some(length.get().unwrap_or_default()))
                on_change=Callback::new(move |l| set_length.run(Some(l)))
            />
            <div class=move || if store.error_for(field::CHANNELS.into()).get().is_some() { "field field--error" } else { "field" }>
                <fieldset aria-describedby=move || if channels_error.get().is_some() { "channels-hint channels-error" } else { "channels-hint" }>
                    <legend>"Where will you send it?"</legend>
                    <span class="hint" id="channels-hint">"Select all that apply."</span>
                    {move || store.error_for(field::CHANNELS.into()).get().map(|m| view! {
                        <span class="error-message" id="channels-error"><span class="visually-hidden">"Error: "</span>{m}</span>
                    })}
                    <div class="choices">{channel_boxes}</div>
                </fieldset>
            </div>
            <Show when=move || store.draft.with(|d| d.answers.style.channels.contains(&Channel::LinkedInInvite))>
                <Checkbox id=field::PREMIUM label="I have LinkedIn Premium" hint="Invitation notes may then be 300 characters instead of 200.".to_owned() value=premium on_change=set_premium/>
            </Show>
        </QuestionPage>
    }
}
