//! Keeping the draft in localStorage: load at start, autosave as the user
//! types, follow other tabs, and say plainly when any of it cannot happen.
//!
//! Storage can be missing (blocked in some iframes and privacy modes: gloo's
//! `LocalStorage::raw()` would throw), full, or hold a blob this version
//! cannot read. None of these may stop the app or lose what was there: the
//! app then works from memory, keeps an unreadable blob aside under its own
//! key, and puts a notice on screen.

use std::time::Duration;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

use super::store::Store;
use crate::domain::draft::{Draft, LoadError, STORAGE_KEY, unreadable_keys};

/// How long typing must pause before the draft is written.
const DEBOUNCE: Duration = Duration::from_millis(300);

const BLOCKED: &str = "This browser is not letting Kept in Mind save anything, so your answers will be lost when you close this tab. Everything else works as usual.";
const NEWER: &str = "Your saved answers come from a newer version of Kept in Mind, so this page cannot open them. They are left as they are, and nothing you type here will be saved over them.";
const UNREADABLE: &str = "Your saved answers could not be read, so you are starting a fresh draft. They have been kept aside in this browser, not deleted. You can download them to open in any text editor.";
const UNREADABLE_IN_PLACE: &str = "Your saved answers could not be read, so you are starting a fresh draft. They are left as they are, and nothing you type here will be saved over them. You can download them to open in any text editor.";
const FULL: &str = "This browser’s storage is full, so your latest changes are not being saved. Copy your notes before you close this tab.";

/// True when localStorage exists and accepts a write.
fn available() -> bool {
    let Ok(Some(storage)) = window().local_storage() else {
        return false;
    };
    let probe = "kept-in-mind.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    ok
}

/// What [`load`] found in storage.
pub struct Loaded {
    /// The draft to start from.
    pub draft: Draft,
    /// What to tell the user when storage is blocked or holds a newer draft.
    pub notice: Option<String>,
    /// A saved draft this version could not read.
    pub unreadable: Option<Unreadable>,
    /// False when this tab must not write to storage at all.
    pub storage_works: bool,
}

/// A saved draft this version could not read, as it was stored: still the
/// user's words, so the app offers it as a download.
pub struct Unreadable {
    pub raw: String,
    /// What to tell the user: kept aside, or left in place.
    pub message: &'static str,
}

impl Loaded {
    fn fresh(notice: Option<&str>, unreadable: Option<Unreadable>, storage_works: bool) -> Self {
        Loaded {
            draft: Draft::default(),
            notice: notice.map(str::to_owned),
            unreadable,
            storage_works,
        }
    }
}

/// Reads the saved draft.
///
/// Usage: `let Loaded { draft, notice, unreadable, storage_works } = load();`
pub fn load() -> Loaded {
    if !available() {
        return Loaded::fresh(Some(BLOCKED), None, false);
    }
    let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
    let Some(raw) = raw else {
        return Loaded::fresh(None, None, true);
    };
    match Draft::load(&raw) {
        Ok(draft) => Loaded {
            draft,
            ..Loaded::fresh(None, None, true)
        },
        // A newer version's draft stays where it is, untouched: this page
        // works from memory so it cannot overwrite it.
        Err(LoadError::NewerVersion(_)) => Loaded::fresh(Some(NEWER), None, false),
        Err(LoadError::Unreadable) => {
            // Keep the blob aside, in a free slot, before the key is reused;
            // if there is none or the write fails, leave it in place and
            // work from memory.
            let storage = LocalStorage::raw();
            let free = unreadable_keys().find(|key| {
                storage
                    .get_item(key)
                    .is_ok_and(|kept| kept.is_none_or(|kept| kept == raw))
            });
            let kept_aside = free.is_some_and(|key| storage.set_item(&key, &raw).is_ok());
            if kept_aside {
                let _ = storage.remove_item(STORAGE_KEY);
            }
            let message = if kept_aside {
                UNREADABLE
            } else {
                UNREADABLE_IN_PLACE
            };
            Loaded::fresh(None, Some(Unreadable { raw, message }), kept_aside)
        }
    }
}

/// Autosaves the draft (debounced) and follows changes made in other tabs.
pub fn sync(store: Store, storage_works: bool) {
    if !storage_works {
        return;
    }
    // `pending`: a save is scheduled and has not run. `saved`: the JSON that
    // storage holds as far as this tab knows, so an adopted or unchanged
    // draft is never written back (which would make tabs echo each other).
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let saved = StoredValue::new(store.draft.with_untracked(Draft::to_json));
    let write = move || {
        pending.set_value(None);
        let json = store.draft.with_untracked(Draft::to_json);
        if saved.with_value(|s| *s == json) {
            return;
        }
        match LocalStorage::raw().set_item(STORAGE_KEY, &json) {
            Ok(()) => {
                saved.set_value(json);
                if store.storage_notice.get_untracked().as_deref() == Some(FULL) {
                    store.storage_notice.set(None);
                }
            }
            Err(_) => store.storage_notice.set(Some(FULL.into())),
        }
    };

    Effect::new(move |first: Option<()>| {
        store.draft.track();
        // The first run only subscribes: the draft was just loaded.
        if first.is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(write, DEBOUNCE).ok());
    });

    // Save at once when the tab is hidden or closed.
    let flush = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            write();
        }
    };
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });

    // Another tab saved. With nothing unsaved here, adopt its draft; with
    // unsaved typing here, keep that and save it now, so neither tab ever
    // drops keystrokes it has not written yet (the other tab then adopts it).
    let on_storage = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(STORAGE_KEY) {
            return;
        }
        if pending.get_value().is_some() {
            flush();
            store.announce(
                "This draft is also open in another tab. Your latest changes here were kept.",
            );
            return;
        }
        let incoming = match event.new_value() {
            Some(raw) => Draft::load(&raw).ok(),
            None => Some(Draft::default()),
        };
        if let Some(draft) = incoming
            && store.draft.with_untracked(|d| d != &draft)
        {
            saved.set_value(draft.to_json());
            store.draft.set(draft);
            store.announce("Your answers were updated in another tab.");
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
    });
}
