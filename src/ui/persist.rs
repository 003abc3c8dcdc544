//! The storage adapter: the browser calls that read and write the library
//! in localStorage. What the keys mean, how a value is read back, what to
//! write when, what to make of another tab's change and what each notice
//! says are plain rules in `domain::storage` and `domain::sync`; this file
//! only moves strings and performs the effects `Sync` returns.
//!
//! Storage can be missing (blocked in some iframes and privacy modes: gloo's
//! `LocalStorage::raw()` would throw), full, slow to give a value, or hold
//! something this version cannot read. None of these may stop the app or
//! lose what is there: the app then works from memory, leaves what it cannot
//! read where it is, and says plainly what is and is not being kept.

use std::time::Duration;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

use super::store::{Store, now, random};
use crate::domain::draft::Draft;
use crate::domain::storage::{
    NEARLY_FULL_BYTES, Notice, Read, SETTINGS_KEY, Settings, Shelf, Shelving, is_ours, record_key,
};
use crate::domain::sync::{Command, Sync, WriteError};
use crate::domain::text::char_count;

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

/// What [`Loading`] found.
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
    sizes: Vec<(String, usize)>,
}

/// The library being read: a key at a time, in slices
/// ([`Loading::read_for`]), so that with a long history no one task of the
/// first draw holds the page still for long. Reading comes first and never
/// depends on being able to write; a key that cannot be read is reported,
/// never taken as empty.
pub struct Loading {
    storage: Option<web_sys::Storage>,
    /// Our keys not read yet, in storage's order.
    keys: std::vec::IntoIter<String>,
    shelving: Shelving,
    open: Option<String>,
    settings: Settings,
    sizes: Vec<(String, usize)>,
}

/// Starts reading the library: the names of our keys.
pub fn load() -> Loading {
    let storage = storage();
    let keys: Vec<String> = storage
        .as_ref()
        .map(|storage| {
            (0..storage.length().unwrap_or(0))
                .filter_map(|index| storage.key(index).ok().flatten())
                .filter(|key| is_ours(key) && key != OPEN_KEY)
                .collect()
        })
        .unwrap_or_default();
    Loading {
        storage,
        keys: keys.into_iter(),
        shelving: Shelving::default(),
        open: session().and_then(|s| s.get_item(OPEN_KEY).ok().flatten()),
        settings: Settings::default(),
        sizes: Vec::new(),
    }
}

/// Reads the whole library at once (the app outside its first draw).
pub fn load_all() -> Loaded {
    let mut loading = load();
    loading.read_for(u64::MAX);
    loading.finish()
}

impl Loading {
    /// Reads and parses records for about `budget` ms (at least one), and
    /// says whether every key is read.
    pub fn read_for(&mut self, budget: u64) -> bool {
        let Some(storage) = &self.storage else {
            return true;
        };
        let start = now();
        for key in self.keys.by_ref() {
            match storage.get_item(&key) {
                Ok(Some(raw)) => {
                    self.sizes
                        .push((key.clone(), 2 * (key.len() + char_count(&raw))));
                    if key == SETTINGS_KEY {
                        self.settings = Settings::load(&raw);
                    } else {
                        self.shelving.take(key, Read::Value(raw));
                    }
                }
                // Gone since its name was read.
                Ok(None) => {}
                Err(_) => self.shelving.take(key, Read::Failed),
            }
            if now().saturating_sub(start) >= budget {
                break;
            }
        }
        self.keys.len() == 0
    }

    /// What was read, once [`Loading::read_for`] has read every key, with
    /// the notices about it first.
    pub fn finish(self) -> Loaded {
        let Some(storage) = self.storage else {
            return Loaded {
                shelf: Shelf::default(),
                open: None,
                notices: vec![Notice::Blocked],
                usable: false,
                settings: Settings::default(),
                sizes: Vec::new(),
            };
        };
        let shelf = self.shelving.finish(now());
        let mut notices = Vec::new();
        if !shelf.newer.is_empty() {
            notices.push(Notice::Newer);
        }
        if !shelf.failed.is_empty() {
            notices.push(Notice::ReadFailed);
        }
        if !writable(&storage) {
            notices.push(Notice::Full);
        } else if self.sizes.iter().map(|(_, n)| n).sum::<usize>() >= NEARLY_FULL_BYTES {
            notices.push(Notice::NearlyFull);
        }
        Loaded {
            shelf,
            open: self.open,
            notices,
            usable: true,
            settings: self.settings,
            sizes: self.sizes,
        }
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

/// Writes to storage from anywhere in the app, through the same bookkeeping
/// as the autosave, so other tabs merge what it writes correctly.
#[derive(Clone, Copy)]
pub struct Persist {
    sync: StoredValue<Sync>,
    store: Store,
    usable: bool,
}

impl Persist {
    /// Writes `draft` (read-merge-write: what another tab stored since is
    /// merged in first) and performs what [`Sync`] says follows. `None` when
    /// storage refused it.
    fn write(self, draft: &Draft) -> Option<Draft> {
        let storage = storage()?;
        let key = record_key(&draft.id);
        let read = storage.get_item(&key);
        let stored = match &read {
            Ok(value) => Ok(value.as_deref()),
            Err(_) => Err(()),
        };
        let rev = random() as u32;
        let open = self.store.draft.with_untracked(|d| d.id == draft.id);
        let prepared = self
            .sync
            .with_value(|s| s.prepare(draft, stored, rev))
            .and_then(|prepared| {
                let json = prepared.draft.to_json();
                storage
                    .set_item(&key, &json)
                    .map(|()| (prepared, 2 * (key.len() + char_count(&json))))
                    .map_err(|_| WriteError::Full)
            });
        let effects = match prepared {
            Ok((prepared, bytes)) => {
                let effects = self
                    .sync
                    .try_update_value(|s| s.wrote(&prepared, draft, bytes, open))
                    .unwrap_or_default();
                self.perform(effects);
                return Some(prepared.draft);
            }
            Err(error) => self
                .sync
                .try_update_value(|s| s.write_failed(&draft.id, error))
                .unwrap_or_default(),
        };
        self.perform(effects);
        None
    }

    /// Does what [`Sync`] decided.
    fn perform(self, commands: Vec<Command>) {
        let store = self.store;
        for command in commands {
            match command {
                Command::Open(draft) => {
                    store.draft.set(draft);
                    store.changed_elsewhere.set(true);
                }
                Command::Stamp {
                    rev,
                    base_rev,
                    updated,
                } => store.draft.update_untracked(|d| {
                    d.rev = rev;
                    d.base_rev = base_rev;
                    d.updated = updated;
                }),
                Command::Shelve(record) => store.records.update(|records| {
                    match records.iter_mut().find(|r| r.id == record.id) {
                        Some(slot) => *slot = record,
                        None => records.push(record),
                    }
                }),
                Command::Restamp(record) => store.records.update(|records| {
                    if let Some(slot) = records.iter_mut().find(|r| r.id == record.id) {
                        *slot = record;
                    }
                }),
                Command::Unshelve(id) => store.records.update(|r| r.retain(|d| d.id != id)),
                Command::SaveOpen => {
                    self.write(&store.draft.get_untracked());
                }
                Command::Remove(key) => {
                    if let Some(storage) = storage() {
                        let _ = storage.remove_item(&key);
                    }
                }
                Command::Show(notice) => store.show(notice),
                Command::Clear(notice) => store.clear(notice),
                Command::Announce(message) => store.announce(message),
            }
        }
    }

    /// Saves a record the user changed outside the wizard (archived,
    /// restored, put back after a delete was undone) as it is, times
    /// included. `None` when storage refused it.
    pub fn save(self, record: &Draft) -> Option<Draft> {
        if !self.usable {
            return None;
        }
        self.sync.update_value(|s| s.put_back(&record.id));
        self.write(record)
    }

    /// Saves the settings (the last backup's time); false when refused.
    pub fn save_settings(self, settings: &Settings) -> bool {
        self.usable
            && storage().is_some_and(|s| s.set_item(SETTINGS_KEY, &settings.to_json()).is_ok())
    }

    /// Deletes a record: its key goes, and this tab never writes it again
    /// unless [`Persist::save`] puts it back.
    pub fn delete(self, id: &str) -> bool {
        let key = self
            .sync
            .try_update_value(|s| s.delete(id))
            .unwrap_or_default();
        self.usable && storage().is_some_and(|s| s.remove_item(&key).is_ok())
    }

    /// Removes a stored value the user chose to discard.
    pub fn remove(self, key: &str) -> bool {
        let removed = self.usable && storage().is_some_and(|s| s.remove_item(key).is_ok());
        if removed {
            self.sync.update_value(|s| s.removed_key(key));
        }
        removed
    }
}

/// What storage holds, as [`sync`] starts from: made before the records
/// move from `loaded` to the store.
pub fn known(loaded: &Loaded) -> Sync {
    Sync::new(&loaded.shelf, &loaded.sizes)
}

/// Keeps storage in step with the store: the open record is written as the
/// user types (debounced, and at once when the tab is hidden), other tabs'
/// changes are taken in, and every failure becomes a notice. `known` is
/// what [`known`] made of `loaded`.
pub fn sync(store: Store, loaded: &Loaded, known: Sync) -> Persist {
    let persist = Persist {
        sync: StoredValue::new(known),
        store,
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
        if persist.sync.with_value(|s| s.wants_write(&draft)) {
            let mut draft = draft;
            draft.updated = now();
            persist.write(&draft);
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
            // Written in a task of its own: this Effect only schedules, so
            // what the write changes in the store is not changed from here.
            set_timeout(move || write_draft(previous), Duration::ZERO);
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
        let value = event.new_value();
        let effects = store.draft.with_untracked(|open| {
            persist
                .sync
                .try_update_value(|s| s.storage_changed(&key, value.as_deref(), open))
                .unwrap_or_default()
        });
        if effects
            .iter()
            .any(|c| matches!(c, Command::Show(Notice::NewerHere)))
        {
            flush_cancel(pending);
        }
        persist.perform(effects);
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
