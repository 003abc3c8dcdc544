//! Keep in touch: the check-in plan offered once a note is sent, the dates
//! to change, and a drafted check-in note for each person that waits for
//! the user's own news.

use leptos::prelude::*;

use crate::domain::check_in::check_in;
use crate::domain::date::entry::Parts;
use crate::domain::draft::NoteText;
use crate::domain::draft::PlanChoice;
use crate::domain::export::mailto;
use crate::domain::ics;
use crate::domain::library::{CHECK_IN_REASONS, first_sent, plan_state, thanked};
use crate::domain::route::{Page, Route};
use crate::domain::validate::{date_field_error, field};
use crate::ui::browser::{copy, download_as, focus_id, focus_id_later};
use crate::ui::form::{TextArea, date_input};
use crate::ui::store::{Store, now, use_store};

/// The ids of the line saying whether the plan is on, and of its Change.
const STATE: &str = "check-in-state";
const PLAN: &str = "check-in-plan";

/// The id of check-in `n`'s date (counted from 0): `check-in-1`.
fn due_id(n: usize) -> String {
    format!("check-in-{}", n + 1)
}

/// Downloads the calendar file for one check-in (`Some(n)`) or all of them,
/// once their dates are real (an empty one is left out); otherwise marks
/// the first date to fix among the page's errors and puts the focus in its box.
fn add_to_calendar(store: Store, which: Option<usize>) {
    let wrong = store.draft.with_untracked(|d| {
        d.checkins
            .dates
            .iter()
            .enumerate()
            .filter(|&(n, _)| which.is_none_or(|w| w == n))
            .find_map(|(n, c)| {
                let error = Parts::from_stored(&c.due).read().err()?;
                Some(date_field_error(&due_id(n), error))
            })
    });
    if let Some(error) = wrong {
        // The date to fix may be folded under Change.
        if let Some(plan) = document().get_element_by_id(PLAN) {
            let _ = plan.set_attribute("open", "");
        }
        focus_id(&error.field);
        store.errors.set(vec![error]);
        return;
    }
    store.errors.set(Vec::new());
    let location = window().location();
    let app = location
        .href()
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let (file, calendar) = store.draft.with_untracked(|d| {
        let reminders = match which {
            Some(n) => ics::reminder(d, n).into_iter().collect(),
            None => ics::reminders(d),
        };
        let due = which.and_then(|_| reminders.first().map(|r| r.due));
        (
            ics::file_name(&d.answers.rejection.company, due),
            ics::calendar(&reminders, now(), &app),
        )
    });
    let Some(calendar) = calendar else {
        store.announce("There is no check-in with a date to add.");
        return;
    };
    match download_as(&file, &calendar, "text/calendar;charset=utf-8") {
        Ok(()) => store.announce(format!(
            "Downloaded {file}. Open it to add it to your calendar."
        )),
        Err(_) => store.announce("This browser did not allow the download."),
    }
}

#[component]
pub fn CheckInPlan() -> impl IntoView {
    let store = use_store();
    let started = Memo::new(move |_| store.draft.with(|d| first_sent(d).is_some()));
    let choice = Memo::new(move |_| store.draft.with(|d| d.checkins.choice));
    let count = Memo::new(move |_| store.draft.with(|d| d.checkins.dates.len()));
    // The pressed button goes with the old state: the focus moves to the
    // line that says the new one, which a screen reader then reads.
    let choose = move |choice: PlanChoice| {
        move |_| {
            store.draft.update(|d| d.checkins.choice = choice);
            // The plan folds again: Leptos keeps the same <details>, open.
            if let Some(plan) = document().get_element_by_id(PLAN) {
                let _ = plan.remove_attribute("open");
            }
            focus_id_later(STATE.to_owned());
        }
    };
    let (news, set_news) = store.lens(|d| Some(&mut d.checkins.update));
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let done_id = format!("check-in-{}-done", i + 1);
                let due = Signal::derive(move || store.draft.with(|d| d.checkins.dates.get(i).map(|c| c.due.clone()).unwrap_or_default()));
                let set_due = Callback::new(move |typed: String| {
                    store.draft.update(|d| if let Some(c) = d.checkins.dates.get_mut(i) { c.due = typed });
                });
                let done = move || store.draft.with(|d| d.checkins.dates.get(i).is_some_and(|c| c.done));
                let reason = CHECK_IN_REASONS.get(i).copied().unwrap_or("");
                view! {
                    <li class="check-in">
                        {date_input(&due_id(i), format!("Check-in {}", i + 1), String::new(), reason.to_owned(), due, set_due, None)}
                        <button type="button" class="button button--secondary button--small" on:click=move |_| add_to_calendar(store, Some(i))>
                            "Add to my calendar"<span class="visually-hidden">{format!(": check-in {}", i + 1)}</span>
                        </button>
                        {move || (choice.get() == PlanChoice::Accepted).then(|| view! {
                            <div class="choice">
                                <input type="checkbox" id=done_id.clone() prop:checked=done
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        store.draft.update(|d| if let Some(c) = d.checkins.dates.get_mut(i) { c.done = on });
                                    }/>
                                <div><label for=done_id.clone()>"Done"</label></div>
                            </div>
                        }.into_any())}
                    </li>
                }
            })
            .collect_view().into_any()
    };
    // A check-in follows a thank-you: people with no note sent get none.
    let people = Memo::new(move |_| {
        store.draft.with(|d| {
            d.answers
                .recipients
                .iter()
                .map(|r| r.id)
                .filter(|&id| thanked(d, id))
                .collect::<Vec<_>>()
        })
    });
    let notes = move || {
        people
            .get()
            .into_iter()
            .map(|id| {
                let note = Memo::new(move |_| {
                    store.draft.with(|d| {
                        let person = d.answers.recipients.iter().find(|r| r.id == id)?;
                        Some((person.name.trim().to_owned(), person.email.clone(), check_in(&d.answers, person, &d.checkins.update)))
                    })
                });
                move || {
                    note.get().map(|(name, email, note)| {
                        let link = mailto(&email, &NoteText { subject: Some(note.subject.clone()), body: note.body.clone() });
                        let ready = !note.needs_news;
                        let about = format!(": your check-in note to {name}");
                        let text = note.body.clone();
                        let copy_note = move |_| {
                            let text = text.clone();
                            leptos::task::spawn_local(async move {
                                match copy(text, String::new()).await {
                                    Ok(()) => store.announce("Copied your check-in note."),
                                    Err(_) => store.announce("Could not copy. Select the text and copy it yourself."),
                                }
                            });
                        };
                        view! {
                            <article class="note">
                                <h3>{format!("A check-in note to {name}")}</h3>
                                <pre class="note-preview">{note.body}</pre>
                                {ready.then(|| view! {
                                    <div class="button-group">
                                        <button type="button" class="button button--small" on:click=copy_note>"Copy note"<span class="visually-hidden">{about.clone()}</span></button>
                                        {link.map(|href| view! {
                                            <a class="button button--secondary button--small" href=href>"Open in email"<span class="visually-hidden">{about.clone()}</span></a>
                                        })}
                                    </div>
                                })}
                            </article>
                        }
                    })
                }
            })
            .collect_view().into_any()
    };

    view! {
        {move || started.get().then(|| view! {
            <section class="check-ins" aria-labelledby="keep-in-touch">
                <h2 id="keep-in-touch">"Keep in touch"</h2>
                <p>"A short note later keeps you in mind when things change. Here is a plan from the day you sent your first note: change the dates, or turn it off."</p>
                {move || store.persisted.get().map(|kept| view! {
                    <p class="muted">{if kept {
                        "Your browser has agreed to keep these notes even when space runs low."
                    } else {
                        "Your browser may clear these notes if space runs low, so download a backup from the home page now and then."
                    }}</p>
                }.into_any())}
                {move || {
                    let current = choice.get();
                    // The plan itself: its dates, and the choices not taken yet.
                    let plan = view! {
                        <ol class="check-in-list">{rows}</ol>
                        <div class="button-group">
                            {(current != PlanChoice::Accepted).then(|| view! {
                                <button type="button" class="button button--small" on:click=choose(PlanChoice::Accepted)>"Keep these check-ins"</button>
                            })}
                            {(current != PlanChoice::Off).then(|| view! {
                                <button type="button" class="link-button" on:click=choose(PlanChoice::Off)>
                                    {if current == PlanChoice::Offered { "No check-ins, thanks" } else { "Turn check-ins off" }}
                                </button>
                            })}
                        </div>
                    };
                    view! {
                        <p class="plan-state" id=STATE tabindex="-1"><strong>{move || store.draft.with(plan_state)}</strong></p>
                        // Offered, the plan is the question; once answered, it folds under Change.
                        {if current == PlanChoice::Offered {
                            plan.into_any()
                        } else {
                            view! {
                                <details class="plan" id=PLAN>
                                    <summary>"Change"<span class="visually-hidden">" the check-ins"</span></summary>
                                    {plan}
                                </details>
                            }.into_any()
                        }}
                        {(current != PlanChoice::Off).then(|| view! {
                            <div class="button-group">
                                <button type="button" class="button button--secondary button--small" on:click=move |_| add_to_calendar(store, None)>"Add all to my calendar"</button>
                            </div>
                            <h3>"When you check in"</h3>
                            <p>"Every check-in should bring something new, so the note below waits for your news. It never asks how the person they hired is doing."</p>
                            <TextArea id=field::CHECK_IN_NEWS label="What’s new with you since? (optional)" hint="One real update in your own words: a result, a course, a new project, or congratulations on their news.".to_owned() value=news on_input=set_news rows=3/>
                            {notes}
                        })}
                    }
                }}
                <h3>"When a new role opens"</h3>
                <p>"Start a note to the same people about the new role. It mentions this conversation, and you give the new job title."</p>
                <a class="button button--secondary" href=Route::change(Page::Job).to_hash() on:click=move |_| store.open_role_opened()>"A role opened there"</a>
            </section>
        }.into_any())}
    }
}
