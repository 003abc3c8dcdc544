//! Component tests: real components mounted in headless Chromium.
//!
//! Run with `wasm-bindgen-test-runner` (see `scripts/test`). They check what
//! a unit test cannot: the roles, labels and ARIA wiring a view renders.
#![cfg(target_arch = "wasm32")]

use kept_in_mind::App;
use kept_in_mind::domain::date::Date;
use kept_in_mind::domain::draft::Draft;
use kept_in_mind::domain::labels::Choice;
use kept_in_mind::domain::library::{mark_sent, new_record};
use kept_in_mind::domain::model::{
    Arrival, Channel, KeepInMindFor, Relationship, Seniority, Stage,
};
use kept_in_mind::domain::record::Word;
use kept_in_mind::domain::route::{Page, Route};
use kept_in_mind::domain::storage::record_key;
use kept_in_mind::domain::validate::FieldError;
use kept_in_mind::ui::form::{
    Checkbox, ErrorSummary, RadioGroup, RadioOption, StepIndicator, TextInput,
};
use kept_in_mind::ui::store::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh element and returns that element once drawn:
/// the app draws its first page over two more tasks (`ui::first_draw`).
async fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
    sleep(0).await;
    sleep(0).await;
    leptos::task::tick().await;
    host
}

fn find(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn attr(host: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    find(host, selector).get_attribute(name)
}

#[wasm_bindgen_test]
async fn home_page_has_one_heading_a_start_button_and_the_privacy_promise() {
    let _ = window().location().set_hash("");
    let host = mount(App).await;
    assert_eq!(
        find(&host, "h1").text_content().unwrap(),
        "Write a thank-you for the No"
    );
    assert_eq!(host.query_selector_all("h1").unwrap().length(), 1);
    assert_eq!(find(&host, "a.button").text_content().unwrap(), "Start now");
    assert_eq!(
        host.query_selector_all("ol.reasons li").unwrap().length(),
        4
    );
    assert!(
        find(&host, "footer")
            .text_content()
            .unwrap()
            .contains("Everything you type stays in this browser.")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_step_in_the_hash_opens_that_step_and_names_it_in_the_title() {
    let _ = window().location().set_hash("#/no/stage");
    let host = mount(App).await;
    assert_eq!(
        find(&host, "legend h1").text_content().unwrap(),
        "How far did you get?"
    );
    // The title is set on the next frame and starts with the page's heading
    // once the page is drawn: the end-to-end tests check that part on every
    // page of the real first draw; mounted here, the frame may come first.
    sleep(50).await;
    assert!(
        document()
            .title()
            .ends_with("Step 1 of 5, page 2 of 4 – Kept in Mind"),
        "{}",
        document().title()
    );
    assert_eq!(
        find(&host, ".steps__label").text_content().unwrap(),
        "Step 1 of 5: The No, page 2 of 4"
    );
    assert_eq!(
        find(&host, "a.back-link").get_attribute("href").unwrap(),
        "#/no/job"
    );
    let _ = window().location().set_hash("");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_text_input_is_labelled_and_carries_its_error() {
    let store = Store::new(Vec::new(), None, Route::new(Page::Job));
    store.errors.set(vec![FieldError {
        field: "company".into(),
        message: "Enter the company’s name",
    }]);
    let value = RwSignal::new("Acme".to_owned());
    let host = mount(move || {
        provide_context(store);
        view! {
            <TextInput id="company" label="Company" hint="As in the advert.".to_owned()
                value=value.into() on_input=Callback::new(move |v| value.set(v))/>
        }
    })
    .await;
    assert_eq!(attr(&host, "label", "for").as_deref(), Some("company"));
    assert_eq!(
        attr(&host, "input", "aria-describedby").as_deref(),
        Some("company-hint company-error")
    );
    assert_eq!(
        attr(&host, "input", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        find(&host, "#company-error").text_content().unwrap(),
        "Error: Enter the company’s name"
    );
    let input: web_sys::HtmlInputElement = find(&host, "input").unchecked_into();
    assert_eq!(input.value(), "Acme");

    store.errors.set(Vec::new());
    leptos::task::tick().await;
    assert_eq!(
        attr(&host, "input", "aria-describedby").as_deref(),
        Some("company-hint")
    );
    assert!(host.query_selector("#company-error").unwrap().is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn radios_give_the_group_its_id_and_report_the_choice() {
    let store = Store::new(Vec::new(), None, Route::new(Page::Stage));
    let chosen = RwSignal::new(None::<Stage>);
    let stages: Vec<RadioOption> = Stage::ALL
        .iter()
        .map(|s| RadioOption {
            value: s.value(),
            label: s.label(),
            hint: s.hint(),
        })
        .collect();
    let host = mount(move || {
        provide_context(store);
        view! {
            <RadioGroup id=Oco::from("stage") legend=Signal::from("How far did you get?".to_owned()) heading=true
                hint=String::new() options={stages.clone()}
                value=Signal::derive(move || chosen.get().map(Word::value))
                on_change=Callback::new(move |w| chosen.set(Stage::from_value(w)))
                reveal=None from_email=Signal::default()/>
        }
    })
    .await;
    assert_eq!(
        find(&host, "fieldset legend h1").text_content().unwrap(),
        "How far did you get?"
    );
    let radios = host.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length() as usize, Stage::ALL.len());
    assert_eq!(
        attr(&host, "input[type=radio]", "id").as_deref(),
        Some("stage")
    );
    assert_eq!(attr(&host, "label", "for").as_deref(), Some("stage"));

    find(&host, "#stage-final_round").click();
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), Some(Stage::FinalRound));
    let checked: web_sys::HtmlInputElement = find(&host, "#stage-final_round").unchecked_into();
    assert!(checked.checked());
    host.remove();
}

#[wasm_bindgen_test]
async fn the_error_summary_links_each_error_to_its_field() {
    let store = Store::new(Vec::new(), None, Route::new(Page::Job));
    let host = mount(move || {
        provide_context(store);
        view! {
            <ErrorSummary/>
            <input id="company"/>
        }
    })
    .await;
    assert!(
        host.query_selector(".error-summary").unwrap().is_none(),
        "no errors, no summary"
    );

    store.errors.set(vec![FieldError {
        field: "company".into(),
        message: "Enter the company’s name",
    }]);
    leptos::task::tick().await;
    assert_eq!(
        attr(&host, ".error-summary", "role").as_deref(),
        Some("alert")
    );
    let link = find(&host, ".error-summary a");
    assert_eq!(link.text_content().unwrap(), "Enter the company’s name");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#company"));
    link.click();
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("company")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_checkbox_is_labelled_described_and_reports_its_state() {
    let store = Store::new(Vec::new(), None, Route::new(Page::Extras));
    let on = RwSignal::new(false);
    let host = mount(move || {
        provide_context(store);
        view! {
            <Checkbox id="feedback" label="Ask for feedback" hint="Made easy to decline.".to_owned()
                value=on.into() on_change=Callback::new(move |v| on.set(v))/>
        }
    })
    .await;
    assert_eq!(attr(&host, "label", "for").as_deref(), Some("feedback"));
    assert_eq!(
        attr(&host, "input[type=checkbox]", "aria-describedby").as_deref(),
        Some("feedback-hint")
    );
    assert_eq!(
        find(&host, "#feedback-hint").text_content().unwrap(),
        "Made easy to decline."
    );
    find(&host, "#feedback").click();
    leptos::task::tick().await;
    assert!(on.get_untracked());
    on.set(false);
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = find(&host, "#feedback").unchecked_into();
    assert!(!input.checked(), "the box follows the value");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_step_indicator_marks_the_steps_done_current_and_to_come() {
    let store = Store::new(Vec::new(), None, Route::new(Page::StoodOut));
    let host = mount(move || {
        provide_context(store);
        view! { <StepIndicator/> }
    })
    .await;
    assert_eq!(attr(&host, "ol", "aria-hidden").as_deref(), Some("true"));
    assert_eq!(
        find(&host, ".steps__label").text_content().unwrap(),
        "Step 3 of 5: What stood out"
    );
    let steps = host.query_selector_all("ol li").unwrap();
    let classes: Vec<String> = (0..steps.length())
        .map(|i| {
            steps
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .class_name()
        })
        .collect();
    assert_eq!(classes, ["is-done", "is-done", "is-current", "", ""]);
    let names: Vec<String> = (0..steps.length())
        .map(|i| steps.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "The No",
            "Who you’re writing to",
            "What stood out",
            "You and your ask",
            "Check your answers"
        ]
    );
    assert_eq!(
        find(&host, ".steps__label").text_content().unwrap(),
        "Step 3 of 5: What stood out"
    );
    host.remove();
}

/// Waits `ms` milliseconds, long enough for the autosave (300 ms) to run.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A finished record with two people and one email each, as the wizard leaves it.
fn finished(id: &str, company: &str, role: &str, updated: u64) -> Draft {
    let mut draft = new_record(id.into(), updated);
    let a = &mut draft.answers;
    a.rejection.company = company.into();
    a.rejection.job_title = role.into();
    a.rejection.stage = Some(Stage::Interview);
    a.rejection.arrival = Some(Arrival::HiringManagerEmail);
    a.rejection.said_keep_in_mind = Some(true);
    for name in ["Priya Shah", "Tomás Álvarez"] {
        let person = draft.add_person();
        let p = draft.person_mut(person).unwrap();
        p.name = name.into();
        p.relationship = Some(Relationship::HiringManager);
    }
    let a = &mut draft.answers;
    a.sender.name = "Alex Morgan".into();
    a.sender.seniority = Some(Seniority::Mid);
    a.ask.keep_in_mind_for = Some(KeepInMindFor::FutureOpenings);
    a.style.channels = vec![Channel::EmailReply];
    draft
}

/// Puts `records` in localStorage, `open` as this tab's open record, and
/// mounts the whole app at `hash`.
async fn app_with(records: &[Draft], open: Option<&str>, hash: &str) -> web_sys::HtmlElement {
    let local = window().local_storage().unwrap().unwrap();
    local.clear().unwrap();
    for record in records {
        local
            .set_item(&record_key(&record.id), &record.to_json())
            .unwrap();
    }
    let session = window().session_storage().unwrap().unwrap();
    match open {
        Some(id) => session.set_item("kept-in-mind.open", id).unwrap(),
        None => session.remove_item("kept-in-mind.open").unwrap(),
    }
    let _ = window().location().set_hash(hash);
    let host = mount(App).await;
    leptos::task::tick().await;
    host
}

/// Leaves nothing behind for the next test: the autosave has run, storage is empty.
async fn tidy_up(host: web_sys::HtmlElement) {
    sleep(400).await;
    host.remove();
    let _ = window().location().set_hash("");
    window().local_storage().unwrap().unwrap().clear().unwrap();
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .remove_item("kept-in-mind.open")
        .unwrap();
}

/// Types a date into the day, month and year boxes whose ids start with
/// `id`, box by box, as a person would.
fn type_date(host: &web_sys::HtmlElement, id: &str, [day, month, year]: [&str; 3]) {
    for (part, typed) in [("day", day), ("month", month), ("year", year)] {
        let input: web_sys::HtmlInputElement =
            find(host, &format!("#{id}-{part}")).unchecked_into();
        input.set_value(typed);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    }
}

fn text(element: &web_sys::HtmlElement) -> String {
    element.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_home_page_lists_each_record_with_what_was_sent_and_the_way_back_in() {
    let mut sent = finished("a1", "Northwind Health", "Product Designer", 2_000);
    mark_sent(&mut sent, 1, Channel::EmailReply, Date::parse("2026-11-30"));
    let mut unfinished = new_record("b2".into(), 1_000);
    unfinished.answers.rejection.company = "Contoso Pharma".into();
    let host = app_with(&[unfinished, sent], None, "").await;

    let rows = host.query_selector_all("ul.records > li").unwrap();
    assert_eq!(rows.length(), 2);
    let row = |i| -> web_sys::HtmlElement { rows.item(i).unwrap().unchecked_into() };
    let first = text(&row(0));
    assert!(
        first.contains("Product Designer at Northwind Health"),
        "{first}"
    );
    assert!(first.contains("Priya Shah and Tomás Álvarez"), "{first}");
    assert!(first.contains("1 of 2 notes sent"), "{first}");
    assert_eq!(
        text(&find(&row(0), "a.button")),
        "Open Product Designer at Northwind Health"
    );
    let second = text(&row(1));
    assert!(
        second.contains("Contoso Pharma") && second.contains("Not finished"),
        "{second}"
    );
    assert!(
        !second.contains("sent"),
        "nothing sent, nothing said: {second}"
    );
    assert_eq!(text(&find(&row(1), "a.button")), "Continue Contoso Pharma");
    assert_eq!(text(&find(&host, "main a.button")), "Write for another job");
    tidy_up(host).await;
}

#[wasm_bindgen_test]
async fn the_sent_control_marks_a_note_sent_on_its_day_and_can_undo_it() {
    let record = finished("c3", "Northwind Health", "Product Designer", 1_000);
    let host = app_with(&[record], Some("c3"), "#/notes").await;
    assert!(
        host.query_selector("#keep-in-touch").unwrap().is_none(),
        "no plan before a note is sent"
    );
    assert_eq!(
        attr(&host, "label[for='sent-1-email_reply-day']", "for").as_deref(),
        Some("sent-1-email_reply-day")
    );
    type_date(&host, "sent-1-email_reply", ["30", "11", "2026"]);
    let buttons = host.query_selector_all(".sent button").unwrap();
    let first: web_sys::HtmlElement = buttons.item(0).unwrap().unchecked_into();
    assert_eq!(
        text(&first),
        "I’ve sent this: your email reply to Priya Shah"
    );
    first.click();
    leptos::task::tick().await;
    assert_eq!(
        text(&find(&host, ".sent__done .tag")),
        "Sent on 30 November 2026"
    );
    assert_eq!(
        host.query_selector_all(".sent__form").unwrap().length(),
        1,
        "the other person's note is still to send"
    );
    find(&host, ".sent__done button").click();
    leptos::task::tick().await;
    assert!(
        host.query_selector(".sent__done").unwrap().is_none(),
        "marked as not sent"
    );
    assert_eq!(host.query_selector_all(".sent__form").unwrap().length(), 2);
    tidy_up(host).await;
}

#[wasm_bindgen_test]
async fn the_notes_page_counts_the_notes_and_folds_each_under_its_channel() {
    let mut record = finished("e5", "Northwind Health", "Product Designer", 1_000);
    record.answers.style.channels = vec![Channel::EmailReply, Channel::Card];
    // The second person did not write: with their address, a new email.
    record.answers.recipients[1].email = "tom@example.com".into();
    let host = app_with(&[record], Some("e5"), "#/notes").await;
    assert_eq!(text(&find(&host, ".notes-count")), "2 people · 4 notes");
    assert_eq!(
        host.query_selector_all(".jump-links a").unwrap().length(),
        2
    );
    let sections = host.query_selector_all("section.person-notes").unwrap();
    assert_eq!(sections.length(), 2);
    let first: web_sys::HtmlElement = sections.item(0).unwrap().unchecked_into();
    let titles = first.query_selector_all("summary .note__title").unwrap();
    let title = |i| text(&titles.item(i).unwrap().unchecked_into());
    assert_eq!(
        (title(0), title(1)),
        ("Email reply".to_owned(), "Handwritten card".to_owned())
    );
    assert!(
        first.query_selector("details[open]").unwrap().is_none(),
        "every note starts folded"
    );
    let summary = find(&first, "summary");
    assert!(
        text(&summary).contains("Send this first"),
        "{}",
        text(&summary)
    );
    assert!(
        text(&summary).ends_with("Ready to send"),
        "{}",
        text(&summary)
    );

    // Marking the note sent changes what its folded line says.
    type_date(&host, "sent-1-email_reply", ["30", "11", "2026"]);
    find(&first, ".sent button").click();
    leptos::task::tick().await;
    assert!(
        text(&find(&first, "summary")).ends_with("Sent on 30 November 2026"),
        "{}",
        text(&find(&first, "summary"))
    );
    tidy_up(host).await;
}

#[wasm_bindgen_test]
async fn the_style_page_lets_each_person_have_their_own_notes() {
    // Priya wrote; Tomás did not and has no address: a LinkedIn invitation.
    let record = finished("e6", "Northwind Health", "Product Designer", 1_000);
    let host = app_with(&[record], Some("e6"), "#/ask/style").await;
    let lines = || -> Vec<String> {
        let found = host.query_selector_all(".own__line").unwrap();
        (0..found.length())
            .map(|i| text(&found.item(i).unwrap().unchecked_into()))
            .collect()
    };
    assert_eq!(
        lines(),
        [
            "Priya Shah: Email reply",
            "Tomás Álvarez: LinkedIn invitation"
        ]
    );
    // Each box's label names the person; only what fits their part is offered.
    assert_eq!(
        text(&find(&host, "label[for=channel-2-card]")),
        "A handwritten card for Tomás Álvarez"
    );
    assert!(
        host.query_selector("#channel-2-email_reply")
            .unwrap()
            .is_none()
    );
    assert!(
        host.query_selector("#channel-1-email_reply")
            .unwrap()
            .is_some()
    );
    let summaries = host.query_selector_all(".own summary").unwrap();
    assert_eq!(
        text(&summaries.item(1).unwrap().unchecked_into()),
        "Tomás Álvarez: LinkedIn invitation Change"
    );
    find(&host, "#channel-2-card").click();
    leptos::task::tick().await;
    assert_eq!(
        lines(),
        [
            "Priya Shah: Email reply",
            "Tomás Álvarez: LinkedIn invitation, Handwritten card"
        ]
    );
    let everyone: web_sys::HtmlInputElement = find(&host, "#channel-card").unchecked_into();
    assert!(
        !everyone.checked(),
        "the choice for everyone stays as it was"
    );
    tidy_up(host).await;
}

#[wasm_bindgen_test]
async fn the_check_in_plan_suggests_three_dates_and_can_be_kept_or_turned_off() {
    let mut record = finished("d4", "Northwind Health", "Product Designer", 1_000);
    mark_sent(
        &mut record,
        2,
        Channel::EmailReply,
        Date::parse("2026-12-01"),
    );
    let host = app_with(&[record], Some("d4"), "#/notes").await;
    assert_eq!(text(&find(&host, "#keep-in-touch")), "Keep in touch");
    // Each date in its day, month and year boxes.
    let dates: Vec<String> = (1..=3)
        .map(|n| {
            ["day", "month", "year"]
                .map(|part| {
                    find(&host, &format!("#check-in-{n}-{part}"))
                        .unchecked_into::<web_sys::HtmlInputElement>()
                        .value()
                })
                .join(" ")
        })
        .collect();
    assert_eq!(dates, ["12 1 2027", "1 3 2027", "1 6 2027"]);
    assert!(
        host.query_selector("#check-in-1-done").unwrap().is_none(),
        "nothing to tick before it is kept"
    );
    let button = |label: &str| -> web_sys::HtmlElement {
        let all = host.query_selector_all(".check-ins button").unwrap();
        (0..all.length())
            .map(|i| {
                all.item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::HtmlElement>()
            })
            .find(|b| text(b) == label)
            .unwrap_or_else(|| panic!("no button {label}"))
    };
    button("Keep these check-ins").click();
    leptos::task::tick().await;
    assert!(
        host.query_selector("#check-in-1-done").unwrap().is_some(),
        "each can be ticked off"
    );
    assert_eq!(
        attr(&host, ".check-ins a.button--secondary:last-child", "href").as_deref(),
        Some("#/no/job?from=check"),
        "A role opened there asks only for the new job title, then shows the answers"
    );
    button("Turn check-ins off").click();
    leptos::task::tick().await;
    assert!(
        host.query_selector("#check-in-1-done").unwrap().is_none(),
        "nothing to tick while off"
    );
    assert_eq!(text(&find(&host, "#check-in-state")), "Check-ins are off.");
    tidy_up(host).await;
}
