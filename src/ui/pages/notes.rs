//! The result: a count and one line of advice, then for each person their
//! notes folded under their channel names (the one to send first leads),
//! each editable with live counts, the checker's findings and ways to send
//! it on.
//!
//! A hand edit is stored with the composed text it started from. When later
//! answers change what the composer writes, the edit stays and the user is
//! asked whether to keep it or take the new wording: never replaced silently.

use leptos::prelude::*;

use super::checkins::CheckInPlan;
use super::sent::SentControl;
use crate::domain::check::check_after;
use crate::domain::compose::{Composed, Earlier, Note, compose_all, linkedin_limit};
use crate::domain::counts::Counts;
use crate::domain::date::Date;
use crate::domain::draft::{NoteState, NoteText};
use crate::domain::export::{clipboard_text, file_name, mailto, plain_text};
use crate::domain::labels::channel_name;
use crate::domain::library::earlier_at;
use crate::domain::model::{Channel, Recipient};
use crate::domain::overview::{
    REPLY_KEEPS_SUBJECT, SHOWN_FINDINGS, SharedByNote, advice, count_line, ordered, shared,
    show_more, status,
};
use crate::domain::record::Word;
use crate::domain::route::{Page, Route};
use crate::domain::text::in_sentence;
use crate::domain::validate::first_incomplete_page;
use crate::ui::ask::{Question, ask};
use crate::ui::browser::{copy, download, focus_id, focus_id_later, print_all, print_only};
use crate::ui::store::use_store;

#[component]
pub fn NotesPage() -> impl IntoView {
    let store = use_store();
    let all = all_notes();
    // Memos, so typing in a note does not rebuild (and unfocus) the page.
    let people = Memo::new(move |_| {
        store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .map(|r| (r.id, r.name.trim().to_owned(), ordered(&d.channels_for(r))))
                .collect::<Vec<_>>()
        })
    });
    let has_people = Memo::new(move |_| people.with(|p| !p.is_empty()));
    // Sentences two notes to the company share, held against every note
    // of this record and of earlier records there.
    let shared = Memo::new(move |_| {
        all.with(|(composed, earlier)| store.draft.with(|d| shared(d, composed, earlier)))
    });
    // Reached by a bookmark, Forward or another tab before the answers were complete.
    let incomplete = Memo::new(move |_| {
        store
            .draft
            .with(|d| first_incomplete_page(&d.answers).is_some())
    });
    let overview = move || {
        people.with(|people| {
            let notes = people.iter().map(|p| p.2.len()).sum();
            let channels: Vec<_> = people.iter().map(|p| p.2.clone()).collect();
            (count_line(people.len(), notes), advice(&channels))
        })
    };
    // In-page links: the address's `#` is the route, so a jump moves focus
    // instead of following the link.
    let jump_links = move || {
        people.with(|people| {
            (people.len() > 1).then(|| {
                let links = people
                    .iter()
                    .map(|(id, name, _)| {
                        let target = format!("to-{id}");
                        let href = format!("#{target}");
                        let jump = move |event: leptos::ev::MouseEvent| {
                            event.prevent_default();
                            focus_id(&target);
                        };
                        view! { <li><a href=href on:click=jump>{name.clone()}</a></li> }
                    })
                    .collect_view();
                view! { <nav aria-label="People"><ul class="jump-links">{links}</ul></nav> }
            })
        })
    };
    let another = move |_| store.open_new();
    view! {
        <div class="result">
            <a class="back-link" href=Route::new(Page::Check).to_hash()>"Back to your answers"</a>
            <h1 tabindex="-1">"Your notes"</h1>
            {move || (incomplete.get() && has_people.get()).then(|| view! {
                <div class="notice notice--warning" role="alert">
                    <p>
                        "Some answers are missing or need changing, so these notes may be incomplete. "
                        <a href=Route::new(Page::Check).to_hash()>"Check your answers"</a>
                    </p>
                </div>
            }.into_any())}
            {move || if has_people.get() { view! {
                {move || {
                    let (count, advice) = overview();
                    view! {
                        <p class="notes-count">{count}</p>
                        <p>{advice}</p>
                    }
                    .into_any()
                }}
                <p class="muted not-printed">"Open a note to read, change or send it. Your changes are saved in this browser as you type."</p>
                {jump_links}
                {move || {
                    people.get().into_iter().map(|(id, name, channels)| {
                        let notes = channels.into_iter().enumerate().map(|(n, channel)| view! { <NoteCard recipient=id channel=channel first=n == 0 name=name.clone() all=all shared=shared/> }).collect_view();
                        let heading = format!("to-{id}");
                        view! {
                            <section class="person-notes" aria-labelledby=format!("to-{id}")>
                                <h2 id=heading tabindex="-1">{format!("To {name}")}</h2>
                                {notes}
                            </section>
                        }
                    }).collect_view().into_any()
                }}
                <div class="button-group">
                    <button type="button" class="button button--secondary" on:click=|_| print_all()>"Print all notes"</button>
                </div>
                <div class="not-printed">
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
                </div>
            }.into_any() } else { view! {
                <p class="lede">"There are no notes yet: they are written from your answers, one for each person you met."</p>
                <a class="button" href=Route::new(Page::Job).to_hash()>"Start now"</a>
            }.into_any() }}
        </div>
    }
}

/// One small button of a note, compiled once for every button of every
/// note: its label, then, for a screen reader's list of buttons, the note
/// it acts on ("Copy note: your email reply to Priya Shah").
fn note_button(
    label: &'static str,
    primary: bool,
    about: &str,
    on_click: Box<dyn Fn()>,
) -> AnyView {
    let class = if primary {
        "button button--small"
    } else {
        "button button--secondary button--small"
    };
    view! {
        <button type="button" class=class on:click=move |_| on_click()>
            {label}<span class="visually-hidden">{about.to_owned()}</span>
        </button>
    }
    .into_any()
}

/// Every note of the open record, composed together ([`compose_all`]) so
/// none repeats another or an earlier No's notes to the same company, and
/// those earlier Nos. Each input is its own memo: typing in a note changes
/// none of them, so nothing is composed again.
fn all_notes() -> Memo<(Vec<Composed>, Vec<Earlier>)> {
    let store = use_store();
    let answers = Memo::new(move |_| store.draft.with(|d| d.answers.clone()));
    let plan = Memo::new(move |_| {
        store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .map(|p| (p.id, d.notes_to_show(p)))
                .collect::<Vec<_>>()
        })
    });
    let company = Memo::new(move |_| {
        store
            .draft
            .with(|d| (d.id.clone(), d.answers.rejection.company.clone()))
    });
    let earlier = Memo::new(move |_| {
        company.track();
        store
            .records
            .with(|records| store.draft.with_untracked(|d| earlier_at(records, d)))
    });
    Memo::new(move |_| {
        let earlier = earlier.get();
        let composed = plan.with(|plan| {
            let notes = |p: &Recipient| {
                plan.iter()
                    .find(|(id, _)| *id == p.id)
                    .map_or_else(Vec::new, |(_, notes)| notes.clone())
            };
            answers.with(|a| compose_all(a, &earlier, notes))
        });
        (composed, earlier)
    })
}

#[component]
fn NoteCard(
    recipient: u32,
    channel: Channel,
    first: bool,
    name: String,
    all: Memo<(Vec<Composed>, Vec<Earlier>)>,
    shared: Memo<SharedByNote>,
) -> impl IntoView {
    let store = use_store();
    let note = Memo::new(move |_| {
        all.with(|(all, _)| {
            all.iter()
                .find(|c| c.recipient == recipient && c.channel == channel)
                .map(|c| c.note.clone())
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
    // Another wording replaces a hand edit, so with one it asks first, in
    // the page; without one there is nothing to lose and nothing to ask.
    let asking = RwSignal::new(false);
    let another = move || {
        if edited() {
            asking.set(true);
        } else {
            update(&|n, _| n.next_wording());
            store.announce("Here is another wording.");
        }
    };
    let keep_edit = move || {
        update(&|n, c| n.keep_edit(c));
        store.announce("Kept your edited note.");
    };
    let use_new = move || {
        update(&|n, _| n.edit = None);
        store.announce("Your note now uses the new wording.");
    };

    let note_name = format!("{} to {name}", in_sentence(channel_name(channel)));
    let your_note = format!("your {note_name}");
    let about = format!(": {your_note}");
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
    // The checker's findings in words, most important first, and the score,
    // which only tests read.
    let checked = Memo::new(move |_| {
        store.draft.with(|d| {
            let person = d.answers.recipients.iter().find(|r| r.id == recipient)?;
            let earlier = all.with(|(_, earlier)| earlier.first().map(|e| e.rejection.clone()));
            let follows = ordered(&d.channels_for(person)).first() != Some(&channel);
            let report = shown.with(|t| {
                let subject = t.subject.as_deref();
                check_after(
                    subject,
                    &t.body,
                    channel,
                    &d.answers,
                    person,
                    earlier.as_ref(),
                    follows,
                )
            });
            let mut messages: Vec<String> = report.findings.iter().map(|f| f.message()).collect();
            shared.with(|all| {
                if let Some((_, mine)) = all.iter().find(|(note, _)| *note == (recipient, channel))
                {
                    messages.extend_from_slice(mine);
                }
            });
            Some((report.score_text(), messages))
        })
    });
    let count_of_findings = move || checked.with(|c| c.as_ref().map_or(0, |c| c.1.len()));

    // Which button last copied (shown as "Copied" beside it for a few
    // seconds), and a count so an older timer does not hide a newer one.
    let copied = RwSignal::new(Copied::Nothing);
    let copies = StoredValue::new(0u32);
    let copy_part = move |part: Copied, what: String| {
        let text = shown.with_untracked(|t| clipboard_text(t, part == Copied::Subject));
        let fallback = format!("{}-{recipient}-{}", part.id_prefix(), channel.value());
        leptos::task::spawn_local(async move {
            match copy(text, fallback).await {
                Ok(()) => {
                    copies.update_value(|n| *n += 1);
                    let mine = copies.get_value();
                    copied.set(part);
                    set_timeout(
                        move || {
                            if copies.try_get_value() == Some(mine) {
                                copied.try_set(Copied::Nothing);
                            }
                        },
                        std::time::Duration::from_secs(4),
                    );
                    store.announce(format!("Copied {what}."));
                }
                Err(why) => store.announce(format!(
                    "Could not copy: {why}. Select the text and copy it yourself."
                )),
            }
        });
    };
    let copied_mark = move |part: Copied| {
        move || {
            (copied.get() == part).then(|| {
                view! { <span class="copied" aria-hidden="true">"Copied"</span> }.into_any()
            })
        }
    };
    let copy_note = {
        let what = your_note.clone();
        move || copy_part(Copied::Note, what.clone())
    };
    let copy_subject = {
        let what = format!("the subject of {your_note}");
        move || copy_part(Copied::Subject, what.clone())
    };
    let save_file = {
        let name = name.clone();
        move || {
            let file = file_name(&name, channel);
            match download(&file, &plain_text(&shown.get_untracked())) {
                Ok(()) => store.announce(format!("Downloaded {file}.")),
                Err(_) => store
                    .announce("This browser did not allow the download. Copy the note instead."),
            }
        }
    };
    let print = {
        let card_id = card_id.clone();
        move || print_only(&card_id)
    };
    let ask_id = format!("ask-{slug}");
    // Either answer leaves the focus in the note's text: the new wording
    // or the user's own, whichever they chose to keep.
    let answered = {
        let body_id = body_id.clone();
        Callback::new(move |replace: bool| {
            asking.set(false);
            if replace {
                update(&|n, _| n.next_wording());
                store.announce("Here is another wording.");
            } else {
                store.announce("Kept your edited note.");
            }
            focus_id_later(body_id.clone());
        })
    };
    let mail = move || {
        let to = store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .find(|r| r.id == recipient)
                .map(|p| p.email.clone())
                .unwrap_or_default()
        });
        shown.with(|t| mailto(&to, t))
    };
    let sent_on = move || {
        state.with(|n| {
            n.as_ref()
                .and_then(|n| n.sent.as_deref().and_then(Date::parse))
        })
    };
    let all_findings = RwSignal::new(false);
    let findings = {
        let about = about.clone();
        move || {
            checked.with(|c| {
                let messages = &c.as_ref()?.1;
                let total = messages.len();
                let listed = if all_findings.get() { total } else { total.min(SHOWN_FINDINGS) };
                let items = messages[..listed]
                    .iter()
                    .map(|m| view! { <li>{m.clone()}</li> })
                    .collect_view();
                let more = (listed < total).then(|| show_more(total)).flatten().map(|label| view! {
                    <button type="button" class="link-button" on:click=move |_| all_findings.set(true)>
                        {label}<span class="visually-hidden">{about.clone()}</span>
                    </button>
                });
                (total > 0).then(|| view! {
                    <ul class="findings" aria-label="Things to look at">{items}</ul>
                    {more}
                }.into_any())
            })
        }
    };

    view! {
        <article class="note note--fold" class:is-card=move || channel == Channel::Card id=card_id aria-labelledby=format!("title-{slug}")>
            <details class="note__fold">
                <summary>
                    <span class="note__title" id=format!("title-{slug}")>{channel_name(channel)}</span>
                    {first.then(|| view! { <span class="tag">"Send this first"</span> })}
                    <span class="note__state">
                        {move || match sent_on() {
                            Some(on) => format!("Sent on {}", on.long()),
                            None => status(count_of_findings()),
                        }}
                    </span>
                </summary>
                {
                    let about = about.clone();
                    move || stale.get().then(|| view! {
                        <div class="notice notice--warning" role="status">
                            <p>"You changed your answers after editing this note. Your edited note is still here."</p>
                            <div class="button-group">
                                {note_button("Keep my edited note", true, &about, Box::new(keep_edit))}
                                {note_button("Use the new wording", false, &about, Box::new(use_new))}
                            </div>
                        </div>
                    }.into_any())
                }
                {channel.is_email().then(|| view! {
                    <div class="field">
                        <label for=subject_id.clone()>"Subject"</label>
                        <div class="with-button">
                            <input type="text" id=subject_id.clone() prop:value=move || shown.with(|t| t.subject.clone().unwrap_or_default()) on:input=on_subject/>
                            {note_button("Copy subject", false, &about, Box::new(copy_subject))}
                            {copied_mark(Copied::Subject)}
                        </div>
                        {move || {
                            let empty = shown.with(|t| t.subject.as_deref().is_none_or(|s| s.trim().is_empty()));
                            (channel == Channel::EmailReply && empty).then(|| view! {
                                <p class="hint">{format!("Empty is fine: {REPLY_KEEPS_SUBJECT}.")}</p>
                            }.into_any())
                        }}
                    </div>
                })}
                <div class="field">
                    <label for=body_id.clone()>{format!("Your {note_name}")}</label>
                    <textarea id=body_id class="note-text" aria-describedby=Some(counts_id.clone()) prop:value=move || shown.with(|t| t.body.clone()) on:input=on_body></textarea>
                    <p id=counts_id class="note__counts" class:note__counts--over=move || counts.with(|c| c.over)>{move || counts.with(|c| c.text.clone())}</p>
                </div>
                <p class="note__status" data-score=move || checked.with(|c| c.as_ref().map(|c| c.0.clone()))>
                    {move || status(count_of_findings())}
                </p>
                {findings}
                {move || left_out().map(|text| view! { <p class="muted">{text}</p> }.into_any())}
                <div class="button-group">
                    {note_button("Copy note", true, &about, Box::new(copy_note))}
                    {copied_mark(Copied::Note)}
                    {channel.is_email().then(|| {
                        let about = about.clone();
                        move || match mail() {
                            Some(link) => view! { <a class="button button--secondary button--small" href=link>"Open in email"<span class="visually-hidden">{about.clone()}</span></a> }.into_any(),
                            None => view! { <span class="muted">"Too long for a mail link: use Copy note instead."</span> }.into_any(),
                        }
                    })}
                    {note_button("Download", false, &about, Box::new(save_file))}
                    {note_button(if channel == Channel::Card { "Print card" } else { "Print" }, false, &about, Box::new(print))}
                    {note_button("Try another wording", false, &about, Box::new(another))}
                </div>
                {
                    let about = about.clone();
                    move || asking.get().then(|| ask(Question {
                        id: ask_id.clone(),
                        text: "Another wording replaces the changes you made to this note.",
                        yes: "Replace my changes",
                        no: "Keep my changes",
                        about: about.clone(),
                    }, answered))
                }
                <SentControl recipient=recipient channel=channel about=about.clone()/>
                <div class="print-only">{move || plain_text(&shown.get())}</div>
            </details>
        </article>
    }
}

/// The part of a note a Copy button takes.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Nothing,
    Note,
    Subject,
}

impl Copied {
    /// The id prefix of the box the older select-and-copy falls back to.
    fn id_prefix(self) -> &'static str {
        match self {
            Copied::Subject => "subject",
            _ => "note",
        }
    }
}
