//! Component tests: real components mounted in headless Chromium.
//!
//! Run with `wasm-bindgen-test-runner` (see `scripts/test`). They check what
//! a unit test cannot: that the view renders the right roles and text.
#![cfg(target_arch = "wasm32")]

use kept_in_mind::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and returns that element.
async fn mount_app() -> web_sys::HtmlElement {
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    leptos::task::tick().await;
    host
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> Option<String> {
    host.query_selector(selector)
        .unwrap()
        .map(|el| el.text_content().unwrap_or_default())
}

#[wasm_bindgen_test]
async fn home_page_has_one_heading_a_start_button_and_the_privacy_promise() {
    let host = mount_app().await;
    assert_eq!(
        text_of(&host, "h1").as_deref(),
        Some("Write a thank-you for the No")
    );
    assert_eq!(host.query_selector_all("h1").unwrap().length(), 1);
    assert_eq!(
        text_of(&host, "a[role=button]").as_deref(),
        Some("Start now")
    );
    assert_eq!(
        host.query_selector_all("ol.reasons li").unwrap().length(),
        4
    );
    assert!(
        text_of(&host, "footer")
            .unwrap()
            .contains("Everything you type stays in this browser.")
    );
    host.remove();
}
