//! Small wrappers over browser APIs the views need: focus, the clipboard,
//! downloads and printing. Each returns errors as values or
//! degrades quietly, so a missing API never breaks a page.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Moves focus to the first element matching `selector`, after the DOM has
/// caught up with the latest change.
pub fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Focuses the control with this id (an error summary link's target).
pub fn focus_id(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Focuses the element with this id once the DOM has caught up, without
/// scrolling more than the browser does to show it (an element that has just
/// appeared, such as a question or a status).
pub fn focus_id_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Copies `text`, with the Clipboard API where the page may use it and the
/// older select-and-copy on the given text box otherwise.
pub async fn copy(text: String, fallback_id: String) -> Result<(), String> {
    // `navigator.clipboard` is missing on pages not served securely, where
    // web-sys's accessor would throw: look it up instead.
    let clipboard = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    if let Some(clipboard) = clipboard
        && wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
            .await
            .is_ok()
    {
        return Ok(());
    }
    let element = document().get_element_by_id(&fallback_id);
    if let Some(area) = element
        .as_ref()
        .and_then(|e| e.dyn_ref::<web_sys::HtmlTextAreaElement>())
    {
        area.select();
    } else if let Some(input) = element
        .as_ref()
        .and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>())
    {
        input.select();
    } else {
        return Err("the note's text box is missing".into());
    }
    let html: web_sys::HtmlDocument = document().unchecked_into();
    match html.exec_command("copy") {
        Ok(true) => Ok(()),
        _ => Err("this browser did not allow copying".into()),
    }
}

/// Offers `text` as a plain-text download named `file_name`.
pub fn download(file_name: &str, text: &str) -> Result<(), JsValue> {
    download_as(file_name, text, "text/plain;charset=utf-8")
}

/// Offers `text` as a download of the given media type.
pub fn download_as(file_name: &str, text: &str, media_type: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    document().body().ok_or("no body")?.append_child(&link)?;
    link.click();
    link.remove();
    // Revoke after the click has been handled, or the download can fail.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Prints only the note whose element has this id: the print stylesheet
/// hides everything else while `body.printing` is set.
pub fn print_only(note_id: &str) {
    let Some(body) = document().body() else {
        return;
    };
    let Some(note) = document().get_element_by_id(note_id) else {
        return;
    };
    let _ = body.class_list().add_1("printing");
    let _ = note.class_list().add_1("is-printing");
    let _ = window().print();
    // `print()` returns once the dialog closes (or at once where printing is
    // unavailable); the classes only matter while it is open.
    let _ = body.class_list().remove_1("printing");
    let _ = note.class_list().remove_1("is-printing");
}

/// Prints the whole page, every note unfolded: the print stylesheet hides
/// the controls. The notes the user had folded are folded again after.
pub fn print_all() {
    let folded = document()
        .query_selector_all("details.note__fold:not([open])")
        .ok();
    let each = |open: bool| {
        let Some(folded) = &folded else { return };
        for i in 0..folded.length() {
            if let Some(details) = folded
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = if open {
                    details.set_attribute("open", "")
                } else {
                    details.remove_attribute("open")
                };
            }
        }
    };
    each(true);
    let _ = window().print();
    each(false);
}
