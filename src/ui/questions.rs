//! The plainer question pages as data, drawn by one renderer: among them
//! "Here’s what we found", the fast path's summary of a pasted email.
//!
//! Every `view!` is its own type, and Leptos compiles the code that builds,
//! updates and removes it once per type: seven pages written as seven
//! components cost about 1.4 KB of brotli WebAssembly each. Written as
//! [`Question`]s (labels, hints, choices, lenses as plain functions), each
//! kind of control is compiled once and a page costs only its data. Pages
//! with more behaviour of their own (the people, what stood out, the style)
//! stay components in [`super::pages`].

use leptos::prelude::*;

use super::browser::{focus_id, focus_later};
use super::form::{
    Checkbox, RadioGroup, RadioOption, TextInput, date_input, question_frame, summary_lists,
};
use super::paste::{PasteEmail, choice_mark, text_mark};
use super::store::{Store, today, use_store};
use crate::domain::draft::Draft;
use crate::domain::labels::Choice;
use crate::domain::library::{Carried, carried};
use crate::domain::model::{Answers, Arrival, KeepInMindFor, Seniority, Stage};
use crate::domain::record::{Answer, Word};
use crate::domain::route::Page;
use crate::domain::summary::found;
use crate::domain::typing::{Advise, name_advice, own_words_advice, title_advice};
use crate::domain::validate::{field, no_date_error};

/// One question page: its heading, its controls, and where Continue goes.
pub struct Question {
    /// The `<h1>`, read once from the answers when the page opens; `None`
    /// when the first control's legend is the heading.
    heading: Option<fn(&Answers) -> &'static str>,
    controls: &'static [Control],
    /// Runs after validation instead of going to the next page.
    on_continue: Option<fn(Store)>,
}

/// One control on a question page.
enum Control {
    /// "Paste the email they sent you".
    Paste,
    /// "From your last job": the level and strengths another job carried in.
    Carried,
    /// What the pasted email answered, each with Change, and "Add another
    /// person" when it named someone (no email names more than one).
    Found,
    Paragraph(&'static str),
    Text(Text),
    /// The date the No arrived, in day, month and year boxes.
    Date,
    Pick(Pick),
    Check(Check),
    /// A fieldset of controls under a legend (the page's heading with
    /// `heading`), the controls inside a `choices` list with `choices`.
    /// `id` is the fieldset's, and its hint's is `{id}-hint`.
    Group {
        id: &'static str,
        legend: &'static str,
        heading: bool,
        hint: &'static str,
        choices: bool,
        controls: &'static [Control],
    },
    /// Controls shown while `show` holds, indented with `indent`.
    When {
        show: fn(&Answers) -> bool,
        indent: bool,
        controls: &'static [Control],
    },
}

/// A one-line text box.
struct Text {
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    at: fn(&mut Draft) -> Option<&mut String>,
    autocomplete: Option<&'static str>,
    spellcheck_off: bool,
    /// Marked "(from their email)" while it holds what the email gave.
    from_email: Option<Answer>,
    /// Advice on messy typing (`domain::typing`).
    advice: Option<Advise>,
}

impl Text {
    const fn new(
        id: &'static str,
        label: &'static str,
        at: fn(&mut Draft) -> Option<&mut String>,
    ) -> Self {
        Text {
            id,
            label,
            hint: None,
            at,
            autocomplete: None,
            spellcheck_off: false,
            from_email: None,
            advice: None,
        }
    }

    const fn advice(mut self, advice: Advise) -> Self {
        self.advice = Some(advice);
        self
    }

    const fn hint(mut self, hint: &'static str) -> Self {
        self.hint = Some(hint);
        self
    }

    const fn autocomplete(mut self, token: &'static str) -> Self {
        self.autocomplete = Some(token);
        self
    }

    const fn marked(mut self, answer: Answer) -> Self {
        self.from_email = Some(answer);
        self
    }
}

/// A group of radio buttons, read and written as their stored words.
struct Pick {
    id: &'static str,
    legend: &'static str,
    /// The legend is the page's `<h1>`.
    heading: bool,
    hint: &'static str,
    options: fn() -> Vec<RadioOption>,
    get: fn(&Answers) -> Option<&'static str>,
    set: fn(&mut Draft, &'static str),
    /// The answer the email may have given, marked "(from their email)".
    from_email: Option<Answer>,
    /// Controls shown under the option with this value while it is chosen.
    reveal: Option<(&'static str, &'static [Control])>,
}

/// One checkbox.
struct Check {
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    at: fn(&mut Draft) -> Option<&mut bool>,
}

/// Every option of a [`Choice`], as plain data for [`RadioGroup`].
pub fn options<T: Choice>() -> Vec<RadioOption> {
    T::ALL
        .iter()
        .map(|&o| RadioOption {
            value: o.value(),
            label: o.label(),
            hint: o.hint(),
        })
        .collect()
}

fn yes_no() -> Vec<RadioOption> {
    vec![
        RadioOption {
            value: "yes",
            label: "Yes",
            hint: None,
        },
        RadioOption {
            value: "no",
            label: "No",
            hint: None,
        },
    ]
}

fn by_email(a: &Answers) -> bool {
    a.rejection.arrival != Some(Arrival::PhoneCall)
}

pub static JOB: Question = Question {
    heading: Some(|_| "Which job was it?"),
    controls: &[
        Control::Paste,
        Control::Paragraph(
            "Write them as they appeared in the advert or their email, so your note gets them exactly right.",
        ),
        Control::Text(
            Text::new(field::COMPANY, "Company", |d| {
                Some(&mut d.answers.rejection.company)
            })
            .autocomplete("off")
            .marked(Answer::Company)
            .advice(name_advice),
        ),
        Control::Text(
            Text::new(field::JOB_TITLE, "Job title", |d| {
                Some(&mut d.answers.rejection.job_title)
            })
            .autocomplete("off")
            .marked(Answer::JobTitle)
            .advice(title_advice),
        ),
    ],
    on_continue: None,
};

/// What was found is asked of no one: Continue goes where the path leads
/// (`domain::flow`), past the pages it answered.
pub static FOUND: Question = Question {
    heading: Some(|_| "Here’s what we found"),
    controls: &[
        Control::Paragraph("Change anything that is wrong. We ask only for the rest."),
        Control::Found,
    ],
    on_continue: None,
};

pub static STAGE: Question = Question {
    heading: None,
    controls: &[Control::Pick(Pick {
        id: field::STAGE,
        legend: "How far did you get?",
        heading: true,
        hint: "Your note thanks them for the time they actually gave you.",
        options: options::<Stage>,
        get: |a| a.rejection.stage.map(Word::value),
        set: |d, w| d.answers.rejection.stage = Stage::from_value(w),
        from_email: Some(Answer::Stage),
        reveal: None,
    })],
    on_continue: None,
};

pub static ARRIVAL: Question = Question {
    heading: None,
    controls: &[Control::Pick(Pick {
        id: field::ARRIVAL,
        legend: "How did the No arrive?",
        heading: true,
        hint: "",
        options: options::<Arrival>,
        get: |a| a.rejection.arrival.map(Word::value),
        // The channels follow the arrival (a call leaves no thread to reply in).
        set: |d, w| {
            if let Some(arrival) = Arrival::from_value(w) {
                d.answers.set_arrival(arrival);
            }
        },
        from_email: Some(Answer::Arrival),
        reveal: None,
    })],
    on_continue: None,
};

pub static DETAILS: Question = Question {
    heading: Some(|a| {
        if by_email(a) {
            "About their message"
        } else {
            "About the call"
        }
    }),
    controls: &[
        Control::Pick(Pick {
            id: field::SAID_KEEP,
            legend: "Did they say they would keep you in mind?",
            heading: false,
            hint: "For example, “we’ll keep your details on file”.",
            options: yes_no,
            get: |a| {
                a.rejection
                    .said_keep_in_mind
                    .map(|yes| if yes { "yes" } else { "no" })
            },
            set: |d, w| d.answers.rejection.said_keep_in_mind = Some(w == "yes"),
            from_email: Some(Answer::SaidKeep),
            reveal: None,
        }),
        Control::Date,
        Control::When {
            show: by_email,
            indent: false,
            controls: &[Control::Text(
                Text::new(
                    field::SUBJECT,
                    "The subject of their email (optional)",
                    |d| Some(&mut d.answers.rejection.original_subject),
                )
                .hint("A reply in the same thread keeps it, with “Re:” in front.")
                .marked(Answer::Subject),
            )],
        },
    ],
    on_continue: Some(after_details),
};

/// A date after today stops Continue (the check needs the browser's clock,
/// so `validate` leaves it here).
fn after_details(store: Store) {
    let future = store
        .draft
        .with_untracked(|d| no_date_error(&d.answers.rejection.date, Some(today())));
    if let Some(error) = future {
        store.errors.set(vec![error]);
        focus_later(".error-summary");
        return;
    }
    store.go_on(store.route.get_untracked());
}

pub static ABOUT_YOU: Question = Question {
    heading: Some(|_| "About you"),
    controls: &[
        Control::Carried,
        Control::Text(Text {
            spellcheck_off: true,
            ..Text::new(field::YOUR_NAME, "Your name", |d| {
                Some(&mut d.answers.sender.name)
            })
            .hint("Your full name, as you sign your emails.")
            .autocomplete("name")
            .marked(Answer::YourName)
            .advice(name_advice)
        }),
        Control::Text(Text {
            spellcheck_off: true,
            ..Text::new(
                field::CONTACT,
                "Phone number or LinkedIn address (optional)",
                |d| Some(&mut d.answers.sender.contact),
            )
            .hint("Added under your name in a new email or a card.")
            .autocomplete("off")
        }),
        Control::Pick(Pick {
            id: field::SENIORITY,
            legend: "What level was the role?",
            heading: false,
            hint: "Senior notes are brief and peer-to-peer; early-career notes can ask for advice.",
            options: options::<Seniority>,
            get: |a| a.sender.seniority.map(Word::value),
            set: |d, w| d.answers.sender.seniority = Seniority::from_value(w),
            from_email: None,
            reveal: None,
        }),
        Control::Group {
            id: "strengths",
            legend: "Strengths to mention (optional)",
            heading: false,
            hint: "One short phrase each, such as “building teams from scratch”.",
            choices: false,
            controls: &[
                Control::Text(
                    Text::new(field::STRENGTH_1, "First strength", |d| {
                        Some(&mut d.answers.sender.strengths[0])
                    })
                    .autocomplete("off")
                    .advice(own_words_advice),
                ),
                Control::Text(
                    Text::new(field::STRENGTH_2, "Second strength", |d| {
                        Some(&mut d.answers.sender.strengths[1])
                    })
                    .autocomplete("off")
                    .advice(own_words_advice),
                ),
            ],
        },
    ],
    on_continue: None,
};

pub static KEEP_IN_MIND: Question = Question {
    heading: None,
    controls: &[Control::Pick(Pick {
        id: field::KEEP_FOR,
        legend: "What would you like them to keep you in mind for?",
        heading: true,
        hint: "Your note leans on this reason, and never on hoping the new hire fails.",
        options: options::<KeepInMindFor>,
        get: |a| a.ask.keep_in_mind_for.map(Word::value),
        set: |d, w| d.answers.ask.keep_in_mind_for = KeepInMindFor::from_value(w),
        from_email: None,
        reveal: Some((
            "related_roles",
            &[Control::Text(
                Text::new(field::RELATED_ROLE, "Which role? (optional)", |d| {
                    Some(&mut d.answers.ask.related_role)
                })
                .hint("For example, Product Designer."),
            )],
        )),
    })],
    on_continue: None,
};

pub static EXTRAS: Question = Question {
    heading: None,
    controls: &[Control::Group {
        id: field::EXTRAS,
        legend: "Anything else to ask or offer?",
        heading: true,
        hint: "Select all that apply, or none. Two asks at most keep a note easy to answer.",
        choices: true,
        controls: &[
            Control::Check(Check {
                id: "feedback",
                label: "Ask for feedback",
                hint: Some("Made easy to decline: “if you have a moment”."),
                at: |d| Some(&mut d.answers.ask.feedback),
            }),
            Control::Check(Check {
                id: "linkedin",
                label: "Ask to connect on LinkedIn",
                hint: None,
                at: |d| Some(&mut d.answers.ask.linkedin),
            }),
            Control::Check(Check {
                id: "wish",
                label: "Wish the person they hired well",
                hint: Some("Reads as confident, especially if you came close."),
                at: |d| Some(&mut d.answers.ask.wish_hire_well),
            }),
            Control::When {
                show: |a| a.sender.seniority.is_some_and(Seniority::is_senior),
                indent: false,
                controls: &[
                    Control::Check(Check {
                        id: "offer",
                        label: "Offer to help",
                        hint: Some("A resource or an introduction, peer to peer."),
                        at: |d| Some(&mut d.answers.ask.offer_help),
                    }),
                    Control::When {
                        show: |a| a.ask.offer_help,
                        indent: true,
                        controls: &[Control::Text(
                            Text::new(field::HELP_OFFER, "What could you offer? (optional)", |d| {
                                Some(&mut d.answers.ask.help_offer)
                            })
                            .hint("For example, an introduction to a supplier you trust."),
                        )],
                    },
                ],
            },
        ],
    }],
    on_continue: None,
};

/// Draws `question` in the shared frame.
///
/// ```ignore
/// view! { <QuestionView question=&JOB/> }
/// ```
#[component]
pub fn QuestionView(question: &'static Question) -> impl IntoView {
    let store = use_store();
    let heading = question.heading.map(|heading| {
        Signal::from(
            store
                .draft
                .with_untracked(|d| heading(&d.answers))
                .to_owned(),
        )
    });
    let on_continue = question
        .on_continue
        .map(|then| Callback::new(move |()| then(store)));
    question_frame(
        heading,
        None,
        on_continue,
        Box::new(move || controls(store, question.controls)),
    )
}

/// What another job carried in, read once as the page opens (so the box
/// does not vanish under the user's typing), each with a Change that puts
/// the focus on its control below.
fn carried_view(store: Store) -> AnyView {
    let Some(Carried {
        from,
        level,
        strengths,
    }) = store
        .records
        .with_untracked(|r| store.draft.with_untracked(|d| carried(d, r)))
    else {
        return ().into_any();
    };
    let row = |key: &'static str, value: String, to: &'static str, hidden: &'static str| {
        view! {
            <div class="summary-list__row">
                <dt>{key}</dt>
                <dd>{value}</dd>
                <dd class="summary-list__action">
                    <button type="button" class="link-button" on:click=move |_| focus_id(to)>
                        "Change"<span class="visually-hidden">{hidden}</span>
                    </button>
                </dd>
            </div>
        }
    };
    view! {
        <div class="notice carried">
            <h2>"From your last job"</h2>
            <p>{format!("Kept from {from}. Change them if this job is different.")}</p>
            <dl class="summary-list">
                {level.map(|level| row("Level of the role", level.to_owned(), field::SENIORITY, " the level of the role"))}
                {(!strengths.is_empty()).then(|| row("Strengths", strengths, field::STRENGTH_1, " the strengths"))}
            </dl>
        </div>
    }
    .into_any()
}

fn controls(store: Store, list: &'static [Control]) -> AnyView {
    list.iter()
        .map(|c| control(store, c))
        .collect_view()
        .into_any()
}

fn control(store: Store, control: &'static Control) -> AnyView {
    match control {
        Control::Paste => view! { <PasteEmail/> }.into_any(),
        Control::Carried => carried_view(store),
        Control::Found => {
            // Read once: a Change link leaves the page, and coming back draws it again.
            let mut people = store
                .draft
                .with_untracked(|d| found(&d.answers, &d.from_email));
            // "Add another person" goes right under the person the email
            // named, before the user's own answers.
            let named = people
                .iter()
                .rposition(|s| s.rows.iter().any(|r| matches!(r.change, Page::Person(_))));
            let rest = people.split_off(named.map_or(people.len(), |at| at + 1));
            view! {
                {summary_lists(people, Page::Found)}
                {named.map(|_| view! {
                    <p><button type="button" class="button button--secondary" on:click=move |_| store.add_person()>"Add another person"</button></p>
                })}
                {summary_lists(rest, Page::Found)}
            }
            .into_any()
        }
        Control::Paragraph(text) => view! { <p>{*text}</p> }.into_any(),
        Control::Text(t) => {
            let (value, set) = store.lens(t.at);
            let marked = match t.from_email {
                Some(answer) => text_mark(answer, None, value),
                None => Signal::default(),
            };
            view! {
                <TextInput
                    id=t.id
                    label=t.label
                    hint=t.hint.map(str::to_owned).unwrap_or_default()
                    value=value
                    on_input=set
                    autocomplete=t.autocomplete.unwrap_or("on")
                    spellcheck_off=t.spellcheck_off
                    marked=marked
                    advice=t.advice
                />
            }
            .into_any()
        }
        Control::Date => {
            let (value, set) = store.lens(|d| Some(&mut d.answers.rejection.date));
            let marked = text_mark(Answer::Date, None, value);
            date_input(
                field::DATE,
                "When did the No arrive? (optional)".to_owned(),
                String::new(),
                String::new(),
                value,
                set,
                Some(marked),
            )
        }
        Control::Pick(p) => {
            let value = Signal::derive(move || store.draft.with(|d| (p.get)(&d.answers)));
            let on_change =
                Callback::new(move |w: &'static str| store.draft.update(|d| (p.set)(d, w)));
            let reveal = p
                .reveal
                .map(|(when, list)| (when, ViewFn::from(move || controls(store, list))));
            let from_email = match p.from_email {
                Some(answer) => choice_mark(answer, None),
                None => Signal::default(),
            };
            view! {
                <RadioGroup
                    id=p.id.into()
                    legend=p.legend.to_owned().into()
                    heading=p.heading
                    hint=p.hint.to_owned()
                    options=(p.options)()
                    value=value
                    on_change=on_change
                    reveal=reveal
                    from_email=from_email
                />
            }
            .into_any()
        }
        Control::Check(c) => {
            let (value, set) = store.lens(c.at);
            view! { <Checkbox id=c.id label=c.label hint=c.hint.unwrap_or_default() value=value on_change=set/> }.into_any()
        }
        Control::Group {
            id,
            legend,
            heading,
            hint,
            choices,
            controls: list,
        } => {
            let legend = if *heading {
                view! { <legend class="legend--page"><h1 tabindex="-1">{*legend}</h1></legend> }
                    .into_any()
            } else {
                view! { <legend>{*legend}</legend> }.into_any()
            };
            let inner = controls(store, list);
            let inner = if *choices {
                view! { <div class="choices">{inner}</div> }.into_any()
            } else {
                inner
            };
            let id = *id;
            view! {
                <fieldset id=id aria-describedby=Some(format!("{id}-hint"))>
                    {legend}
                    <span class="hint" id=format!("{id}-hint")>{*hint}</span>
                    {inner}
                </fieldset>
            }
            .into_any()
        }
        Control::When {
            show,
            indent,
            controls: list,
        } => {
            let indent = *indent;
            // A memo, as `<Show>` would use: the controls are rebuilt only
            // when they come or go, not at every keystroke.
            let shown = Memo::new(move |_| store.draft.with(|d| show(&d.answers)));
            let inner = move || {
                let inner = controls(store, list);
                if indent {
                    view! { <div class="conditional">{inner}</div> }.into_any()
                } else {
                    inner
                }
            };
            (move || shown.get().then(inner)).into_any()
        }
    }
}
