//! Component tests: real components mounted in headless Chromium.
//!
//! Run with `wasm-bindgen-test-runner` (see `scripts/test`). They check what
//! a unit test cannot: the roles, labels and ARIA wiring a view renders.
#![cfg(target_arch = "wasm32")]

use kept_in_mind::App;
use kept_in_mind::domain::model::Stage;
use kept_in_mind::domain::route::{Page, Route};
use kept_in_mind::domain::validate::FieldError;
use kept_in_mind::ui::form::{Checkbox, ErrorSummary, Radios, StepIndicator, TextInput};
use kept_in_mind::ui::store::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh element and returns that element.
async fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
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
    assert_eq!(document().title(), "Step 1 of 5: The No – Kept in Mind");
    assert_eq!(
        find(&host, ".steps__label").text_content().unwrap(),
        "Step 1 of 5: The No"
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
    let host = mount(move || {
        provide_context(store);
        view! {
            <Radios id="stage" legend="How far did you get?" heading=true options=Stage::ALL.to_vec()
                value=chosen.into() on_change=Callback::new(move |s| chosen.set(Some(s)))/>
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
    let host = mount(
        || view! { <StepIndicator number=3 label="Step 3 of 5: What stood out".to_owned()/> },
    )
    .await;
    assert_eq!(attr(&host, "ol", "aria-hidden").as_deref(), Some("true"));
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
    assert_eq!(
        find(&host, ".steps__label").text_content().unwrap(),
        "Step 3 of 5: What stood out"
    );
    host.remove();
}
