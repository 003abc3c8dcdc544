//! The building blocks of every question page, following the GOV.UK
//! patterns: a back link, the step, an error summary, labelled controls with
//! hints and inline errors, and one Continue button; and the summary lists
//! with Change links of the check page and "Here’s what we found".

use leptos::prelude::*;

use super::browser::{focus_id, focus_later};
use super::store::use_store;
use crate::domain::date::entry::{Part, Parts};
use crate::domain::flow;
use crate::domain::progress::Step;
use crate::domain::route::{Page, Route};
use crate::domain::summary::{Section, change_words};
use crate::domain::typing::{Advice, Advise};
use crate::domain::validate::{FieldError, validate};

/// A wizard page: back link, step indicator, error summary, the heading
/// (unless the page's radios carry it as their legend), the controls and
/// Continue. Continue validates the page with [`validate`] and goes where
/// the path leads (`domain::flow`); `on_continue` may decide instead.
#[component]
pub fn QuestionPage(
    /// The `<h1>`; `None` when a fieldset's legend is the heading.
    #[prop(optional, into)]
    heading: Option<Signal<String>>,
    #[prop(optional, into)] button: Option<String>,
    /// Runs after validation passes, instead of going to the next page.
    #[prop(optional)]
    on_continue: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    question_frame(heading, button, on_continue, children)
}

/// [`QuestionPage`] as a plain function, for pages drawn from data.
pub fn question_frame(
    heading: Option<Signal<String>>,
    button: Option<String>,
    on_continue: Option<Callback<()>>,
    children: Children,
) -> AnyView {
    let store = use_store();
    let route = store.route.get_untracked();
    let back = move || store.draft.with(|d| flow::back(route, d).to_hash());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let errors = store
            .draft
            .with_untracked(|d| validate(route.page, &d.answers));
        if errors.is_empty() {
            store.errors.set(Vec::new());
            match on_continue {
                Some(callback) => callback.run(()),
                None => store.go_on(route),
            }
        } else {
            store.errors.set(errors);
            focus_later(".error-summary");
        }
    };

    view! {
        <a class="back-link" href=back>"Back"</a>
        <StepIndicator/>
        <ErrorSummary/>
        {heading.map(|heading| view! { <h1 tabindex="-1">{heading}</h1> })}
        <form novalidate on:submit=submit>
            {children()}
            <div class="button-group">
                <button type="submit" class="button">{button.unwrap_or_else(|| "Continue".into())}</button>
            </div>
        </form>
    }
    .into_any()
}

/// "Step 2 of 5: Who you’re writing to", with a bar of the five chapters:
/// done, current (taller) and to come; on wide screens each chapter's name
/// sits under its part of the bar. The bar is hidden from screen readers,
/// which hear the label alone. The label follows the journey, which pasting
/// an email on the page can shorten.
#[component]
pub fn StepIndicator() -> impl IntoView {
    let store = use_store();
    let page = store.route.get_untracked().page;
    let number = page.chapter().map_or(0, |c| c.number());
    let label = move || {
        let step = store.draft.with(|d| Step::of(page, d));
        step.map(Step::label).unwrap_or_default()
    };
    let segments = crate::domain::route::Chapter::ALL
        .into_iter()
        .map(|chapter| {
            let class = match chapter.number().cmp(&number) {
                std::cmp::Ordering::Less => "is-done",
                std::cmp::Ordering::Equal => "is-current",
                std::cmp::Ordering::Greater => "",
            };
            view! { <li class=class><span>{chapter.name()}</span></li> }
        })
        .collect_view();
    view! {
        <div class="steps">
            <ol class="steps__bar" aria-hidden="true">{segments}</ol>
            <p class="steps__label">{label}</p>
        </div>
    }
}

/// Summary lists under their `<h2>`s, each row with a "Change" link that
/// returns to the summary page `from`.
pub fn summary_lists(sections: Vec<Section>, from: Page) -> AnyView {
    sections
        .into_iter()
        .map(|section| {
            let whose = section.whose;
            let rows = section
                .rows
                .into_iter()
                .map(|row| {
                    let change = Route::change_from(row.change, from).to_hash();
                    let hidden = format!(" {}", change_words(&row.key, &whose));
                    let value = (!row.value.is_empty()).then(|| view! { <dd>{row.value}</dd> });
                    view! {
                        <div class="summary-list__row">
                            <dt>{row.key}</dt>
                            {value}
                            <dd class="summary-list__action">
                                <a href=change>"Change"<span class="visually-hidden">{hidden}</span></a>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h2>{section.title}</h2>
                <dl class="summary-list">{rows}</dl>
            }
        })
        .collect_view()
        .into_any()
}

/// The list of the page's errors, each linking to its control.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let store = use_store();
    let items = move || {
        store
            .errors
            .get()
            .into_iter()
            .map(|FieldError { field, message }| {
                let href = format!("#{field}");
                let jump = move |event: leptos::ev::MouseEvent| {
                    event.prevent_default();
                    focus_id(&field);
                };
                view! { <li><a href=href on:click=jump>{message}</a></li> }
            })
            .collect_view()
            .into_any()
    };
    // A memo, as `<Show>` would use: the summary is rebuilt only when it
    // comes or goes.
    let shown = Memo::new(move |_| store.errors.with(|e| !e.is_empty()));
    move || {
        shown.get().then(|| view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">"There is a problem"</h2>
                <ul>{items}</ul>
            </div>
        }.into_any())
    }
}

/// The inline error for a control, if any; `id` is the control's id.
fn inline_error(id: Oco<'static, str>) -> impl IntoView {
    let error = use_store().error_for(id.clone());
    move || {
        error.get().map(|message| {
            view! {
                <span class="error-message" id=format!("{id}-error")>
                    <span class="visually-hidden">"Error: "</span>
                    {message}
                </span>
            }
            .into_any()
        })
    }
}

/// `aria-describedby` for a control with an optional hint, an error and
/// advice on what was typed.
fn described_by(
    id: Oco<'static, str>,
    has_hint: bool,
    typed: Option<(Signal<String>, Advise)>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let error = use_store().error_for(id.clone());
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if error.get().is_some() {
            ids.push(format!("{id}-error"));
        }
        if advice(typed).is_some() {
            ids.push(format!("{id}-typing"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The advice on what a box holds, if it takes any.
fn advice(typed: Option<(Signal<String>, Advise)>) -> Option<Advice> {
    typed.and_then(|(value, advise)| value.with(|v| advise(v)))
}

/// Advice on what was typed, under the box: a hint, and a button that
/// applies the fix when one is certain. It never blocks Continue and never
/// changes the answer unless the button is pressed.
fn typing_hint(
    id: Oco<'static, str>,
    typed: Option<(Signal<String>, Advise)>,
    on_input: Callback<String>,
) -> impl IntoView {
    let store = use_store();
    move || {
        advice(typed).map(|advice| {
            let fix = advice.fix().map(|fix| {
                let fix = fix.to_owned();
                let id = id.clone();
                let apply = {
                    let fix = fix.clone();
                    move |_| {
                        on_input.run(fix.clone());
                        store.announce(format!("Changed to “{fix}”."));
                        focus_id(&id);
                    }
                };
                view! {
                    " "
                    <button type="button" class="link-button" on:click=apply>
                        <span class="visually-hidden">"Did you mean "</span>
                        {format!("{fix}?")}
                    </button>
                }
            });
            view! { <p class="hint" id=format!("{id}-typing")>{advice.message()}{fix}</p> }
                .into_any()
        })
    }
}

/// An id as an attribute's value. Every other attribute in the app holds
/// text, so an `Oco` there would compile Leptos's attribute code once more
/// for each attribute it fills.
fn owned(id: &Oco<'static, str>) -> String {
    id.as_str().to_owned()
}

fn field_class(id: Oco<'static, str>) -> impl Fn() -> &'static str + Send + Sync + 'static {
    let error = use_store().error_for(id);
    move || {
        if error.get().is_some() {
            "field field--error"
        } else {
            "field"
        }
    }
}

/// The frame of one labelled control: label, hint, inline error, and the
/// control itself (whose id, hint and error ids must match `id`).
#[component]
fn Field(
    id: Oco<'static, str>,
    label: Signal<String>,
    hint: Option<String>,
    #[prop(optional)] marked: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=field_class(id.clone())>
            <label for=owned(&id)>{label}{from_email_mark(marked)}</label>
            {hint.map(|hint| view! { <span class="hint" id=format!("{id}-hint")>{hint}</span> })}
            {inline_error(id.clone())}
            {children()}
        </div>
    }
}

/// " (from their email)" after a label while `marked` holds: the answer
/// came from the pasted email and the user has not changed it.
fn from_email_mark(marked: Option<Signal<bool>>) -> impl IntoView {
    move || {
        marked
            .is_some_and(|m| m.get())
            .then(|| view! { <span class="from-email">" (from their email)"</span> }.into_any())
    }
}

/// A labelled one-line text box.
#[component]
pub fn TextInput(
    #[prop(into)] id: Oco<'static, str>,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<String>,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] short: bool,
    #[prop(optional)] spellcheck_off: bool,
    /// Whether to mark the answer "(from their email)".
    #[prop(optional)]
    marked: Option<Signal<bool>>,
    /// Advice on what was typed (`domain::typing`), shown under the box.
    #[prop(optional_no_strip)]
    advice: Option<Advise>,
) -> impl IntoView {
    let typed = advice.map(|a| (value, a));
    let hint = hint.filter(|h| !h.is_empty());
    let has_hint = hint.is_some();
    let invalid = use_store().error_for(id.clone());
    view! {
        <Field id=id.clone() label hint marked=marked.unwrap_or_default()>
            <input
                type=kind
                id=owned(&id)
                name=owned(&id)
                class:input--short=move || short
                autocomplete=autocomplete
                spellcheck=spellcheck_off.then_some("false")
                aria-describedby=described_by(id.clone(), has_hint, typed)
                aria-invalid=move || invalid.get().map(|_| "true".to_owned())
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            {typing_hint(id.clone(), typed, on_input)}
        </Field>
    }
}

/// A labelled multi-line text box.
#[component]
pub fn TextArea(
    #[prop(into)] id: Oco<'static, str>,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<String>,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(default = 4)] rows: u32,
    /// Advice on what was typed (`domain::typing`), shown under the box.
    #[prop(optional_no_strip)]
    advice: Option<Advise>,
) -> impl IntoView {
    let typed = advice.map(|a| (value, a));
    let has_hint = hint.is_some();
    let invalid = use_store().error_for(id.clone());
    view! {
        <Field id=id.clone() label hint>
            <textarea
                id=owned(&id)
                name=owned(&id)
                rows=rows
                aria-describedby=described_by(id.clone(), has_hint, typed)
                aria-invalid=move || invalid.get().map(|_| "true".to_owned())
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            {typing_hint(id.clone(), typed, on_input)}
        </Field>
    }
}

/// One radio button's value, label and hint, as plain data.
#[derive(Clone, Copy, PartialEq)]
pub struct RadioOption {
    pub value: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

/// A group of radio buttons, one per option, each a stored word. With
/// `heading`, the legend is the page's `<h1>` (one question on the page).
/// `reveal` shows extra controls under the group while the option it names
/// is chosen. Not generic over the choice type: generic views are copied
/// into the WebAssembly once per type, so every caller speaks in words
/// (`questions::options` turns a [`crate::domain::labels::Choice`] into them).
#[component]
pub fn RadioGroup(
    id: Oco<'static, str>,
    legend: Signal<String>,
    heading: bool,
    hint: String,
    options: Vec<RadioOption>,
    value: Signal<Option<&'static str>>,
    on_change: Callback<&'static str>,
    reveal: Option<(&'static str, ViewFn)>,
    from_email: Signal<Option<String>>,
) -> impl IntoView {
    let hint = (!hint.is_empty()).then_some(hint);
    let has_hint = hint.is_some();
    let legend_view = if heading {
        view! {
            <legend class="legend--page">
                <h1 tabindex="-1">{legend}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend>{legend}</legend> }.into_any()
    };
    let reveal = StoredValue::new(reveal);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            // The first radio carries the group's id, so error links land on it.
            let input_id = if index == 0 {
                id.to_string()
            } else {
                format!("{id}-{}", option.value)
            };
            let hint_id = format!("{id}-{}-hint", option.value);
            let extra = move || {
                reveal.with_value(|reveal| match reveal {
                    Some((when, content))
                        if *when == option.value && value.get() == Some(option.value) =>
                    {
                        Some(view! { <div class="conditional">{content.run()}</div> })
                    }
                    _ => None,
                })
            };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=owned(&id)
                        value=option.value
                        aria-describedby=option.hint.map(|_| hint_id.clone())
                        prop:checked=move || value.get() == Some(option.value)
                        on:change=move |_| on_change.run(option.value)
                    />
                    <div>
                        <label for=input_id>{option.label}{from_email_mark(Some(Signal::derive(move || {
                            value.get() == Some(option.value)
                                && from_email.with(|f| f.as_deref() == Some(option.value))
                        })))}</label>
                        {option.hint.map(|h| view! { <span class="hint" id=hint_id>{h}</span> })}
                    </div>
                </div>
                {extra}
            }
        })
        .collect_view();
    view! {
        <div class=field_class(id.clone())>
            <fieldset aria-describedby=described_by(id.clone(), has_hint, None)>
                {legend_view}
                {hint.map(|hint| view! { <span class="hint" id=format!("{id}-hint")>{hint}</span> })}
                {inline_error(id.clone())}
                <div class="choices">{items}</div>
            </fieldset>
        </div>
    }
}

/// One labelled checkbox, with an optional hint; `about` ends the label
/// for screen readers only (" for Jen Torres").
#[component]
pub fn Checkbox(
    #[prop(into)] id: Oco<'static, str>,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] about: String,
    value: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    let hint_id = format!("{id}-hint");
    view! {
        <div class="choice">
            <input
                type="checkbox"
                id=owned(&id)
                name=owned(&id)
                aria-describedby=hint.as_ref().map(|_| hint_id.clone())
                prop:checked=move || value.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <div>
                <label for=owned(&id)>{label}<span class="visually-hidden">{about}</span></label>
                {hint.map(|h| view! { <span class="hint" id=hint_id>{h}</span> })}
            </div>
        </div>
    }
}

/// A date in three boxes, day, month and year, the GOV.UK way: a fieldset
/// whose legend asks the question, an example as its hint, and the boxes'
/// ids `{id}-day`, `{id}-month`, `{id}-year`, which the page's errors name
/// (the box to fix). `value` is the stored form (see
/// [`crate::domain::date::entry`]); every keystroke goes to `on_input` as
/// the new stored form, so a half-typed date is kept. `about` is read after
/// the legend by screen readers only ("your note to Sam"); `hint` is said
/// before the example. A plain function, not a component: it is drawn in
/// three places and a component's props builder would cost WebAssembly.
///
/// ```ignore
/// date_input("date", "When?".into(), String::new(), String::new(), value, on_input, None)
/// ```
pub fn date_input(
    id: &str,
    legend: String,
    about: String,
    hint: String,
    value: Signal<String>,
    on_input: Callback<String>,
    marked: Option<Signal<bool>>,
) -> AnyView {
    let store = use_store();
    // One signal per box, of the kind every other control uses.
    let errors = Part::ALL.map(|part| store.error_for(part.id(id).into()));
    let message = move || errors.iter().find_map(|e| e.get());
    let error_id = format!("{id}-error");
    let described = format!("{id}-hint {error_id}");
    let boxes = Part::ALL
        .into_iter()
        .zip(errors)
        .map(|(part, error)| {
            let box_id = part.id(id);
            view! {
                <div>
                    <label for=box_id.clone()>{part.label()}</label>
                    <input
                        type="text"
                        inputmode="numeric"
                        id=box_id
                        class=if part == Part::Year { "date-input__year" } else { "" }
                        autocomplete=Some("off")
                        aria-invalid=move || error.get().map(|_| "true".to_owned())
                        prop:value=move || value.with(|v| Parts::from_stored(v).get(part).to_owned())
                        on:input=move |ev| {
                            on_input.run(value.with(|v| Parts::with(v, part, event_target_value(&ev))));
                        }
                    />
                </div>
            }
            .into_any()
        })
        .collect_view();
    // The error id is named even while there is none (a reference to a
    // missing element is ignored): one fixed string costs less than another
    // closure. The error look comes from the marked box, by CSS `:has`.
    view! {
            <fieldset class="field" aria-describedby=Some(described)>
                <legend>{legend}<span class="visually-hidden">{about}</span>{from_email_mark(marked)}</legend>
                <span class="hint" id=format!("{id}-hint")>{hint}" For example, 27 3 2026"</span>
                {move || message().map(|m| view! {
                    <span class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">"Error: "</span>
                        {m}
                    </span>
                }.into_any())}
                <div class="date-input">{boxes}</div>
            </fieldset>
    }
    .into_any()
}
