//! The result: one editable note per person and channel, with live counts,
//! the checker's findings, and ways to send it on.
//!
//! A hand edit is stored with the composed text it started from. When later
//! answers change what the composer writes, the edit stays and the user is
//! asked whether to keep it or take the new wording: never replaced silently.

use leptos::prelude::*;

use super::checkins::CheckInPlan;
use super::sent::SentControl;
use crate::domain::check::check;
use crate::domain::compose::{Note, compose, linkedin_limit};
use crate::domain::counts::Counts;
use crate::domain::draft::{NoteState, NoteText};
use crate::domain::export::{file_name, mailto, plain_text};
use crate::domain::labels::channel_name;
use crate::domain::model::Channel;
use crate::domain::route::{Page, Route};
use crate::domain::text::in_sentence;
use crate::domain::validate::first_incomplete_page;
use crate::domain::word::Word;
use crate::ui::browser::{confirm, copy, download, print_only};
use crate::ui::store::use_store;

#[component]
pub fn NotesPage() -> impl IntoView {
    let store = use_store();
    // Memos, so typing in a note does not rebuild (and unfocus) the page.
    let people = Memo::new(move |_| {
        store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .map(|r| (r.id, r.name.trim().to_owned(), d.answers.channels_for(r)))
                .collect::<Vec<_>>()
        })
    });
    let has_people = Memo::new(move |_| people.with(|p| !p.is_empty()));
    // Reached by a bookmark, Forward or another tab before the answers were complete.
    let incomplete = Memo::new(move |_| {
        store
            .draft
            .with(|d| first_incomplete_page(&d.answers).is_some())
    });
    let another = move |_| store.open_new();
    view! {
        <div class="result">
            <a class="back-link" href=Route::new(Page::Check).to_hash()>"Back to your answers"</a>
            <h1 tabindex="-1">"Your notes"</h1>
            <Show when=move || incomplete.get() && has_people.get()>
                <div class="notice notice--warning" role="alert">
                    <p>
                        "Some answers are missing or need changing, so these notes may be incomplete. "
                        <a href=Route::new(Page::Check).to_hash()>"Check your answers"</a>
                    </p>
                </div>
            </Show>
            <Show
                when=move || has_people.get()
                fallback=|| view! {
                    <p class="lede">"There are no notes yet: they are written from your answers, one for each person you met."</p>
                    <a class="button" href=Route::new(Page::Job).to_hash()>"Start now"</a>
                }
            >
                <p class="lede">"Send them within 24 to 48 hours. If the No still stings, sleep on it first: a calm note tomorrow beats a tense one today."</p>
                <p>"You can edit every note here. Your changes are saved in this browser as you type."</p>
            </Show>
            {move || {
                people.get().into_iter().map(|(id, name, channels)| {
                    let notes = channels.into_iter().map(|channel| view! { <NoteCard recipient=id channel=channel/> }).collect_view();
                    view! {
                        <h2>{format!("To {name}")}</h2>
                        {notes}
                    }
                }).collect_view()
            }}
            <Show when=move || has_people.get()>
                <CheckInPlan/>
                <h2>"Finished?"</h2>
                <p>
                    "These notes stay in this browser, with the date you sent each one. "
                    <a href=Route::new(Page::Check).to_hash()>"Change your answers"</a>
                    ", go back to "
                    <a href=Route::new(Page::Home).to_hash()>"all your notes"</a>
                    ", or "
                    <a href=Route::new(Page::Job).to_hash() on:click=another>"write for another job"</a>
                    "."
                </p>
            </Show>
        </div>
    }
}

#[component]
fn NoteCard(recipient: u32, channel: Channel) -> impl IntoView {
    let store = use_store();
    let person = move || {
        store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .find(|r| r.id == recipient)
                .cloned()
        })
    };
    let note = Memo::new(move |_| {
        store.draft.with(|d| {
            let person = d.answers.recipients.iter().find(|r| r.id == recipient)?;
            let variant = d.note(recipient, channel).map_or(0, |n| n.variant);
            Some(compose(&d.answers, person, channel, variant))
        })
    });
    let composed = Memo::new(move |_| {
        note.with(|note| {
            note.as_ref().map(|note| NoteText {
                subject: note.subject.clone(),
                body: note.body.clone(),
            })
        })
    });
    let state = Memo::new(move |_| store.draft.with(|d| d.note(recipient, channel).cloned()));
    let edited = move || state.with(|n| n.as_ref().is_some_and(|n| n.edit.is_some()));
    // Once the user edits the note, what it holds is theirs to judge.
    let left_out = move || {
        (!edited())
            .then(|| note.with(|n| n.as_ref().and_then(Note::left_out_text)))
            .flatten()
    };
    let shown = Memo::new(move |_| {
        let composed = composed.get().unwrap_or_default();
        state.with(|n| {
            n.as_ref()
                .map_or_else(|| composed.clone(), |n| n.shown(&composed))
        })
    });
    let stale = Memo::new(move |_| {
        let composed = composed.get().unwrap_or_default();
        state.with(|n| n.as_ref().is_some_and(|n| n.is_stale(&composed)))
    });
    let update = move |change: &dyn Fn(&mut NoteState, &NoteText)| {
        let composed = composed.get_untracked().unwrap_or_default();
        store
            .draft
            .update(|d| change(d.note_mut(recipient, channel), &composed));
    };
    let on_subject = move |ev| {
        let subject = event_target_value(&ev);
        update(&|n, c| n.edit(c, |t| t.subject = Some(subject.clone())));
    };
    let on_body = move |ev| {
        let body = event_target_value(&ev);
        update(&|n, c| n.edit(c, |t| t.body = body.clone()));
    };
    let another = move |_| {
        if edited() && !confirm("Replace your edited note with another wording?") {
            store.announce("Kept your edited note.");
            return;
        }
        update(&|n, _| n.next_wording());
        store.announce("Here is another wording.");
    };
    let keep_edit = move |_| {
        update(&|n, c| n.keep_edit(c));
        store.announce("Kept your edited note.");
    };
    let use_new = move |_| {
        update(&|n, _| n.edit = None);
        store.announce("Your note now uses the new wording.");
    };

    let name = move || {
        person()
            .map(|p| p.name.trim().to_owned())
            .unwrap_or_default()
    };
    // Every card has the same buttons: for a screen reader's list of
    // buttons, each also names its note ("Copy: your email reply to Priya").
    let context = move || {
        let about = format!(
            ": your {} to {}",
            in_sentence(channel_name(channel)),
            name()
        );
        view! { <span class="visually-hidden">{about}</span> }
    };
    let slug = format!("{recipient}-{}", channel.value());
    let body_id = format!("note-{slug}");
    let subject_id = format!("subject-{slug}");
    let counts_id = format!("counts-{slug}");
    let card_id = format!("card-{slug}");

    let limit = move || {
        (channel == Channel::LinkedInInvite)
            .then(|| store.draft.with(|d| linkedin_limit(&d.answers)))
    };
    let counts = Memo::new(move |_| shown.with(|t| Counts::of(&t.body, limit())));
    let report = move || {
        store.draft.with(|d| {
            let person = d.answers.recipients.iter().find(|r| r.id == recipient)?;
            shown.with(|t| {
                Some(check(
                    t.subject.as_deref(),
                    &t.body,
                    channel,
                    &d.answers,
                    person,
                ))
            })
        })
    };

    let copy_text = {
        let body_id = body_id.clone();
        move |_| {
            let text = plain_text(&shown.get_untracked());
            let body_id = body_id.clone();
            let who = name();
            leptos::task::spawn_local(async move {
                match copy(text, body_id).await {
                    Ok(()) => store.announce(format!(
                        "Copied your {} to {who}.",
                        in_sentence(channel_name(channel))
                    )),
                    Err(why) => store.announce(format!(
                        "Could not copy: {why}. Select the text and copy it yourself."
                    )),
                }
            });
        }
    };
    let save_file = move |_| {
        let file = file_name(&name(), channel);
        match download(&file, &plain_text(&shown.get_untracked())) {
            Ok(()) => store.announce(format!("Downloaded {file}.")),
            Err(_) => {
                store.announce("This browser did not allow the download. Copy the note instead.")
            }
        }
    };
    let print = {
        let card_id = card_id.clone();
        move |_| print_only(&card_id)
    };
    let mail = move || {
        let to = person().map(|p| p.email).unwrap_or_default();
        shown.with(|t| mailto(&to, t))
    };

    view! {
        <article class="note" class:is-card=channel == Channel::Card id=card_id aria-labelledby=format!("title-{slug}")>
            <h3 id=format!("title-{slug}")>{channel_name(channel)}</h3>
            <Show when=move || stale.get()>
                <div class="notice notice--warning" role="status">
                    <p>"You changed your answers after editing this note. Your edited note is still here."</p>
                    <div class="button-group">
                        <button type="button" class="button button--small" on:click=keep_edit>"Keep my edited note"</button>
                        <button type="button" class="button button--secondary button--small" on:click=use_new>"Use the new wording"</button>
                    </div>
                </div>
            </Show>
            {channel.is_email().then(|| view! {
                <div class="field">
                    <label for=subject_id.clone()>"Subject"</label>
                    <input type="text" id=subject_id.clone() prop:value=move || shown.with(|t| t.subject.clone().unwrap_or_default()) on:input=on_subject/>
                </div>
            })}
            <div class="field">
                <label for=body_id.clone()>{move || format!("Your {} to {}", in_sentence(channel_name(channel)), name())}</label>
                <textarea id=body_id.clone() class="note-text" aria-describedby=counts_id.clone() prop:value=move || shown.with(|t| t.body.clone()) on:input=on_body></textarea>
                <p id=counts_id class="note__counts" class:note__counts--over=move || counts.with(|c| c.over)>{move || counts.with(|c| c.text.clone())}</p>
            </div>
            {move || report().map(|report| {
                let score = format!("Quality: {} out of 10", report.score_text());
                let findings = report.findings.iter().map(|f| view! { <li>{f.message()}</li> }).collect_view();
                view! {
                    <p class="score">{score}</p>
                    {if report.findings.is_empty() {
                        view! { <p class="muted">"Nothing to fix: this note follows the guide."</p> }.into_any()
                    } else {
                        view! { <ul class="findings" aria-label="Things to look at">{findings}</ul> }.into_any()
                    }}
                }
            })}
            {move || left_out().map(|text| view! { <p class="muted">{text}</p> })}
            <div class="button-group">
                <button type="button" class="button button--secondary button--small" on:click=another>"Try another wording"{context}</button>
            </div>
            <div class="button-group">
                <button type="button" class="button button--small" on:click=copy_text>"Copy"{context}</button>
                {channel.is_email().then(|| view! {
                    {move || match mail() {
                        Some(link) => view! { <a class="button button--secondary button--small" href=link>"Open in email"{context}</a> }.into_any(),
                        None => view! { <span class="muted">"Too long for a mail link: use Copy instead."</span> }.into_any(),
                    }}
                })}
                <button type="button" class="button button--secondary button--small" on:click=save_file>"Download"{context}</button>
                <button type="button" class="button button--secondary button--small" on:click=print>
                    {if channel == Channel::Card { "Print card" } else { "Print" }}
                    {context}
                </button>
            </div>
            <SentControl recipient=recipient channel=channel about=format!(": your {} to {}", in_sentence(channel_name(channel)), name())/>
            <div class="print-only">{move || plain_text(&shown.get())}</div>
        </article>
    }
}
