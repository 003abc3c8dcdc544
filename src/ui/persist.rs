//! The storage adapter: the browser calls that read and write the library
//! in localStorage. What the keys mean, how a value is read back, how two
//! tabs' versions merge and what each notice says are plain rules in
//! `domain::storage` and `domain::merge`; this file only moves strings.
//!
//! Storage can be missing (blocked in some iframes and privacy modes: gloo's
//! `LocalStorage::raw()` would throw), full, slow to give a value, or hold
//! something this version cannot read. None of these may stop the app or
//! lose what is there: the app then works from memory, leaves what it cannot
//! read where it is, and says plainly what is and is not being kept.

use rustc_hash::FxHashMap as HashMap;
use std::time::Duration;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

use super::store::{Store, now, random};
use crate::domain::draft::{Draft, LoadError};
use crate::domain::merge::{Received, receive};
use crate::domain::storage::{
    NEARLY_FULL_BYTES, Notice, RECORD_PREFIX, Read, SETTINGS_KEY, Settings, Shelf, V1_KEY, is_ours,
    record_key, shelve,
};

/// How long typing must pause before the open record is written.
const DEBOUNCE: Duration = Duration::from_millis(300);
/// Where this tab remembers which record it has open, so a reload reopens it.
const OPEN_KEY: &str = "kept-in-mind.open";

/// localStorage through gloo, after asking the browser whether there is one:
/// gloo's `LocalStorage::raw()` throws where storage is blocked.
fn storage() -> Option<web_sys::Storage> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .map(|_| LocalStorage::raw())
}

/// What [`load`] found.
pub struct Loaded {
    pub shelf: Shelf,
    /// The record this tab had open before a reload, if any.
    pub open: Option<String>,
    /// Lasting messages to show from the start.
    pub notices: Vec<Notice>,
    /// False when storage cannot be used at all: nothing is ever written.
    pub usable: bool,
    pub settings: Settings,
    /// Bytes each of our keys takes, for the quota warning.
    sizes: HashMap<String, usize>,
}

/// Reads the whole library. Reading comes first and never depends on being
/// able to write; a key that cannot be read is reported, never taken as empty.
///
/// Usage: `let Loaded { shelf, notices, .. } = load();`
pub fn load() -> Loaded {
    let open = session().and_then(|s| s.get_item(OPEN_KEY).ok().flatten());
    let Some(storage) = storage() else {
        return Loaded {
            shelf: Shelf::default(),
            open: None,
            notices: vec![Notice::Blocked],
            usable: false,
            settings: Settings::default(),
            sizes: HashMap::default(),
        };
    };
    let mut entries = Vec::new();
    let mut sizes = HashMap::default();
    let mut settings = Settings::default();
    let count = storage.length().unwrap_or(0);
    for index in 0..count {
        let Some(key) = storage.key(index).ok().flatten() else {
            continue;
        };
        if !is_ours(&key) || key == OPEN_KEY {
            continue;
        }
        let read = match storage.get_item(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            Err(_) => {
                entries.push((key, Read::Failed));
                continue;
            }
        };
        sizes.insert(key.clone(), 2 * (key.len() + read.encode_utf16().count()));
        if key == SETTINGS_KEY {
            settings = serde_json::from_str(&read).unwrap_or_default();
        } else {
            entries.push((key, Read::Value(read)));
        }
    }
    let shelf = shelve(entries, now());
    let mut notices = Vec::new();
    if !shelf.newer.is_empty() {
        notices.push(Notice::Newer);
    }
    if !shelf.failed.is_empty() {
        notices.push(Notice::ReadFailed);
    }
    if !writable(&storage) {
        notices.push(Notice::Full);
    } else if sizes.values().sum::<usize>() >= NEARLY_FULL_BYTES {
        notices.push(Notice::NearlyFull);
    }
    Loaded {
        shelf,
        open,
        notices,
        usable: true,
        settings,
        sizes,
    }
}

/// True when storage accepts a small write now.
fn writable(storage: &web_sys::Storage) -> bool {
    let probe = "kept-in-mind.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    ok
}

/// This tab's own storage; like localStorage, it may be blocked.
fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// Remembers which record this tab has open, for a reload.
fn remember_open(id: &str) {
    if let Some(session) = session() {
        let _ = session.set_item(OPEN_KEY, id);
    }
}

/// Why a write did not happen.
enum WriteError {
    Full,
    /// A newer version (or something unreadable) now holds the key.
    NotOurs,
    ReadFailed,
}

/// What this tab knows of storage, to write without clobbering other tabs.
#[derive(Default)]
struct Saver {
    /// The version of each record this tab last wrote, adopted or read.
    known: HashMap<String, Draft>,
    /// Recent versions of the open record, so another tab's version can be
    /// merged against the one it was made from.
    history: Vec<Draft>,
    sizes: HashMap<String, usize>,
    /// The version 1 draft is still in storage (removed after the first save).
    v1_present: bool,
}

impl Saver {
    fn remember(&mut self, draft: &Draft) {
        self.known.insert(draft.id.clone(), draft.clone());
        self.history.retain(|d| d.rev != draft.rev);
        self.history.push(draft.clone());
        if self.history.len() > 8 {
            self.history.remove(0);
        }
    }

    fn base_of(&self, theirs: &Draft) -> Option<&Draft> {
        self.history
            .iter()
            .rev()
            .find(|d| d.rev == theirs.base_rev && d.id == theirs.id)
    }

    fn used(&self) -> usize {
        self.sizes.values().sum()
    }

    /// Writes `draft`, first merging in whatever another tab stored since
    /// this tab last saw the key. Returns what was stored.
    fn write(&mut self, draft: &Draft) -> Result<Draft, WriteError> {
        let storage = storage().ok_or(WriteError::Full)?;
        let key = record_key(&draft.id);
        let stored = storage.get_item(&key).map_err(|_| WriteError::ReadFailed)?;
        let known = self.known.get(&draft.id);
        let mut out = draft.clone();
        out.base_rev = known.map_or(0, |k| k.rev);
        if let Some(raw) = stored {
            let theirs = Draft::load(&raw).map_err(|_| WriteError::NotOurs)?;
            if let Received::Adopt(merged) | Received::Merged(merged) =
                receive(draft, known, self.base_of(&theirs), &theirs)
            {
                out = merged;
                out.base_rev = theirs.rev;
            }
        }
        out.rev = (random() as u32).max(1);
        let json = out.to_json();
        storage
            .set_item(&key, &json)
            .map_err(|_| WriteError::Full)?;
        self.sizes
            .insert(key.clone(), 2 * (key.len() + json.encode_utf16().count()));
        self.remember(&out);
        if self.v1_present && storage.remove_item(V1_KEY).is_ok() {
            self.v1_present = false;
        }
        Ok(out)
    }
}

/// Writes to storage from anywhere in the app, through the same bookkeeping
/// as the autosave, so other tabs merge what it writes correctly.
#[derive(Clone, Copy)]
pub struct Persist {
    saver: StoredValue<Saver>,
    usable: bool,
}

impl Persist {
    /// Saves a record that is not open in this tab (archived, restored, put
    /// back after a delete was undone) as it is, times included. `None`
    /// when storage refused it.
    pub fn save(self, record: &Draft) -> Option<Draft> {
        if !self.usable {
            return None;
        }
        self.saver
            .try_update_value(|s| s.write(record).ok())
            .flatten()
    }

    /// Saves the settings (the last backup's time); false when refused.
    pub fn save_settings(self, settings: &Settings) -> bool {
        self.usable
            && storage().is_some_and(|s| s.set_item(SETTINGS_KEY, &settings.to_json()).is_ok())
    }

    /// Removes a record, or a stored value the user chose to discard.
    pub fn remove(self, key: &str) -> bool {
        let removed = self.usable && storage().is_some_and(|s| s.remove_item(key).is_ok());
        if removed {
            self.saver.update_value(|s| {
                s.sizes.remove(key);
                if let Some(id) = key.strip_prefix(RECORD_PREFIX) {
                    s.known.remove(id);
                }
            });
        }
        removed
    }
}

/// Keeps storage in step with the store: the open record is written as the
/// user types (debounced, and at once when the tab is hidden), other tabs'
/// changes are taken in, and every failure becomes a notice.
pub fn sync(store: Store, loaded: &Loaded) -> Persist {
    let mut saver = Saver {
        sizes: loaded.sizes.clone(),
        v1_present: loaded.shelf.records.iter().any(|r| r.from_v1)
            || loaded.sizes.contains_key(V1_KEY),
        ..Saver::default()
    };
    for record in &loaded.shelf.records {
        // A record made from the version 1 draft is not stored yet: its
        // first write creates the key.
        if !record.from_v1 || loaded.sizes.contains_key(&record_key(&record.id)) {
            saver.remember(record);
        } else {
            saver.history.push(record.clone());
        }
    }
    let saver = StoredValue::new(saver);
    let persist = Persist {
        saver,
        usable: loaded.usable,
    };
    if !loaded.usable {
        return persist;
    }
    let pending = StoredValue::new(None::<TimeoutHandle>);

    // Writes one version of a record: the open one after a pause in typing,
    // or the one just closed when the user opens another (so switching
    // records never drops the last keystrokes of the one left).
    let write_draft = move |draft: Draft| {
        let unchanged = saver.with_value(|s| {
            s.known
                .get(&draft.id)
                .is_some_and(|k| k.same_content(&draft) && k.last_hash == draft.last_hash)
        });
        let locked = store
            .read_only
            .with_untracked(|ids| ids.contains(&draft.id));
        if unchanged
            || locked
            || (draft.is_blank() && saver.with_value(|s| !s.known.contains_key(&draft.id)))
        {
            return;
        }
        let mut draft = draft;
        draft.updated = now();
        match saver.try_update_value(|s| s.write(&draft)) {
            Some(Ok(stored)) => {
                store.clear(Notice::Full);
                let open = store.draft.with_untracked(|d| d.id == stored.id);
                if !open {
                    store.records.update(|records| {
                        if let Some(slot) = records.iter_mut().find(|r| r.id == stored.id) {
                            *slot = stored;
                        }
                    });
                } else if stored.same_content(&draft) {
                    // Only the stamps changed: no need to redraw anything.
                    store.draft.update_untracked(|d| {
                        d.rev = stored.rev;
                        d.base_rev = stored.base_rev;
                        d.updated = stored.updated;
                    });
                } else {
                    store.draft.set(stored);
                    store.changed_elsewhere.set(true);
                }
                if saver.with_value(Saver::used) >= NEARLY_FULL_BYTES {
                    store.show(Notice::NearlyFull);
                }
            }
            Some(Err(WriteError::Full)) | None => store.show(Notice::Full),
            Some(Err(WriteError::ReadFailed)) => store.show(Notice::ReadFailed),
            Some(Err(WriteError::NotOurs)) => {
                store.read_only.update(|ids| ids.push(draft.id.clone()));
                store.show(Notice::NewerHere);
            }
        }
    };
    let write = move || {
        pending.set_value(None);
        write_draft(store.draft.get_untracked());
    };

    // The version of the open record last seen, to save it when another opens.
    let shown = StoredValue::new(store.draft.get_untracked());
    Effect::new(move |first: Option<()>| {
        let draft = store.draft.get();
        let previous = shown.try_update_value(|s| std::mem::replace(s, draft.clone()));
        // The first run only subscribes: the record was just loaded.
        if first.is_none() {
            return;
        }
        let id = draft.id.clone();
        if let Some(previous) = previous.filter(|p| p.id != id) {
            flush_cancel(pending);
            write_draft(previous);
        }
        remember_open(&id);
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

    let on_storage = window_event_listener(leptos::ev::storage, move |event| {
        let Some(key) = event.key() else {
            return;
        };
        if key == V1_KEY {
            saver.update_value(|s| s.v1_present = event.new_value().is_some());
            return;
        }
        let Some(id) = key.strip_prefix(RECORD_PREFIX).map(str::to_owned) else {
            return;
        };
        let open = store.draft.with_untracked(|d| d.id == id);
        let Some(raw) = event.new_value() else {
            saver.update_value(|s| {
                s.known.remove(&id);
                s.sizes.remove(&key);
            });
            if open {
                // Deleted in another tab: this tab still has the words, and
                // writes them back if the user goes on typing.
                store.announce(
                    "This No was deleted in another tab. It stays here until you leave this page.",
                );
            } else {
                store.records.update(|r| r.retain(|d| d.id != id));
            }
            return;
        };
        saver.update_value(|s| {
            s.sizes
                .insert(key.clone(), 2 * (key.len() + raw.encode_utf16().count()));
        });
        let mut theirs = match Draft::load(&raw) {
            Ok(theirs) => theirs,
            Err(LoadError::NewerVersion(_)) => {
                // Checked on every event, not only at load: this tab must
                // never write over a newer version's record.
                store.read_only.update(|ids| ids.push(id.clone()));
                if open {
                    flush_cancel(pending);
                    store.show(Notice::NewerHere);
                }
                return;
            }
            Err(LoadError::Unreadable) => return,
        };
        theirs.id = id.clone();
        if !open {
            saver.update_value(|s| s.remember(&theirs));
            store
                .records
                .update(|records| match records.iter_mut().find(|r| r.id == id) {
                    Some(slot) => *slot = theirs,
                    None => records.push(theirs),
                });
            return;
        }
        let mine = store.draft.get_untracked();
        let received =
            saver.with_value(|s| receive(&mine, s.known.get(&id), s.base_of(&theirs), &theirs));
        match received {
            Received::Echo => {}
            Received::Adopt(merged) => {
                saver.update_value(|s| s.remember(&merged));
                if !merged.same_content(&mine) {
                    store.draft.set(merged);
                    store.changed_elsewhere.set(true);
                    store.announce("This No was changed in another tab. What you see now includes those changes.");
                }
            }
            Received::Merged(merged) => {
                saver.update_value(|s| s.remember(&theirs));
                store.draft.set(merged);
                store.changed_elsewhere.set(true);
                store
                    .announce("This No is also open in another tab. Both tabs’ changes were kept.");
                write();
            }
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
    });
    persist
}

/// Drops a scheduled save without running it.
fn flush_cancel(pending: StoredValue<Option<TimeoutHandle>>) {
    if let Some(handle) = pending.get_value() {
        handle.clear();
        pending.set_value(None);
    }
}
