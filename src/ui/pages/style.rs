//! The last page of chapter 4, "You and your ask": how the note should sound and
//! where it goes. The chapter's other pages are data in [`crate::ui::questions`].

use leptos::prelude::*;

use crate::domain::labels::Choice;
use crate::domain::model::{Channel, Length, Tone};
use crate::domain::preset;
use crate::domain::record::Word;
use crate::domain::validate::field;
use crate::ui::form::{Checkbox, QuestionPage, RadioGroup};
use crate::ui::questions::options;
use crate::ui::store::use_store;

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
            // Premium only changes the invitation's limit, so it sits under that choice.
            let premium_box = (channel == Channel::LinkedInInvite).then(|| view! {
                <Show when=move || checked.get()>
                    <div class="conditional">
                        <Checkbox id=field::PREMIUM label="I have LinkedIn Premium" hint="Invitation notes may then be 300 characters instead of 200.".to_owned() value=premium on_change=set_premium/>
                    </div>
                </Show>
            });
            view! {
                <Checkbox id=id label=channel.label() hint=channel.hint().map(str::to_owned).unwrap_or_default() value=checked on_change=toggle/>
                {premium_box}
            }
        })
        .collect_view();
    let channels_error = store.error_for(field::CHANNELS.into());
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
        </QuestionPage>
    }
}
