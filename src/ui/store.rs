//! The app's state, shared through context: the library, the record open in
//! this tab, where the user is, the current page's errors, storage notices
//! and the message for the polite live region.

use leptos::prelude::*;

use super::browser::focus_later;
use crate::domain::draft::Draft;
use crate::domain::flow::{Next, after_continue};
use crate::domain::library::{another_job, latest, new_record, record_id, role_opened};
use crate::domain::model::Recipient;
use crate::domain::route::{Page, Route};
use crate::domain::storage::{Notice, Settings, Unreadable};
use crate::domain::validate::FieldError;

/// Handles to the app's signals; `Copy`, so every component can hold one.
///
/// ```no_run
/// use kept_in_mind::ui::store::use_store;
/// let store = use_store();
/// store.announce("Copied.");
/// ```
#[derive(Clone, Copy)]
pub struct Store {
    /// The record open in this tab: what the wizard and the notes page edit.
    pub draft: RwSignal<Draft>,
    /// Every other record, as last saved or read.
    pub records: RwSignal<Vec<Draft>>,
    pub route: RwSignal<Route>,
    /// The errors the current page showed on its last Continue.
    pub errors: RwSignal<Vec<FieldError>>,
    /// What the polite live region says (saved, copied, restored, …).
    pub status: RwSignal<String>,
    /// Lasting messages about storage (blocked, full, newer, …).
    pub notices: RwSignal<Vec<Notice>>,
    /// Stored values this version cannot read, offered for download.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// Set when another tab changed the open record, so a sighted user is
    /// told too, not only the live region.
    pub changed_elsewhere: RwSignal<bool>,
    pub settings: RwSignal<Settings>,
    /// The browser's answer to "keep this data", once asked.
    pub persisted: RwSignal<Option<bool>>,
}

impl Store {
    pub fn new(records: Vec<Draft>, open: Option<String>, route: Route) -> Store {
        let mut records = records;
        let draft = open
            .and_then(|id| records.iter().position(|r| r.id == id))
            .map(|i| records.remove(i))
            .unwrap_or_else(|| fresh_record(latest(&records)));
        Store {
            draft: RwSignal::new(draft),
            records: RwSignal::new(records),
            route: RwSignal::new(route),
            errors: RwSignal::new(Vec::new()),
            status: RwSignal::new(String::new()),
            notices: RwSignal::new(Vec::new()),
            unreadable: RwSignal::new(Vec::new()),
            changed_elsewhere: RwSignal::new(false),
            settings: RwSignal::new(Settings::default()),
            persisted: RwSignal::new(None),
        }
    }

    /// Asks the browser, once, to keep this site's data even when space runs
    /// low, and records its answer for the page to show. Asked when the first
    /// note is marked sent: from then on the record is worth coming back to.
    pub fn ask_to_persist(self) {
        if self.persisted.get_untracked().is_some() {
            return;
        }
        let Ok(promise) = window().navigator().storage().persist() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let granted = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .is_ok_and(|answer| answer.as_bool() == Some(true));
            self.persisted.set(Some(granted));
        });
    }

    /// Goes to `route` by changing `location.hash`, so the browser's history
    /// gets an entry; the `hashchange` listener then calls [`Store::arrive`].
    pub fn navigate(self, route: Route) {
        let hash = route.to_hash();
        if window().location().hash().unwrap_or_default() == hash {
            self.arrive(route);
        } else {
            let _ = window().location().set_hash(&hash);
        }
    }

    /// Continues from `route`, whose answers are valid, where the path leads
    /// (`domain::flow`): on an empty list of people, to a new person's page.
    pub fn go_on(self, route: Route) {
        match self.draft.with_untracked(|d| after_continue(route, d)) {
            Next::Go(next) => self.navigate(next),
            Next::AddPerson => self.add_person(),
        }
    }

    /// Adds an empty person and opens their page, returning to the summary
    /// page this one was opened from, if any.
    pub fn add_person(self) {
        let from = self.route.get_untracked().from;
        let id = self
            .draft
            .try_update(Draft::add_person)
            .expect("the draft signal is alive");
        self.navigate(Route {
            page: Page::Person(id),
            from,
        });
    }

    /// What happens on every new page: old errors cleared, people left blank
    /// dropped, the place remembered for "Continue", focus on the heading.
    pub fn arrive(self, route: Route) {
        if self.route.get_untracked() == route {
            return;
        }
        self.errors.set(Vec::new());
        self.changed_elsewhere.set(false);
        let editing = match route.page {
            Page::Person(id) => Some(id),
            _ => None,
        };
        let hash = route.to_hash();
        let changes = self.draft.with_untracked(|d| {
            (route.page != Page::Home && d.last_hash != hash) || d.has_blank_people(editing)
        });
        if changes {
            self.draft.update(|d| {
                d.drop_blank_people(editing);
                if route.page != Page::Home {
                    d.last_hash = hash;
                }
            });
        }
        self.route.set(route);
        focus_later("main h1");
    }

    /// Opens the record with this id in this tab, putting the open one back
    /// on the shelf.
    pub fn open(self, id: &str) {
        if self.draft.with_untracked(|d| d.id == id) {
            return;
        }
        let Some(chosen) = self
            .records
            .try_update(|records| {
                let index = records.iter().position(|r| r.id == id)?;
                Some(records.remove(index))
            })
            .flatten()
        else {
            return;
        };
        let previous = self.draft.get_untracked();
        self.records.update(|records| {
            if !previous.is_blank() {
                records.push(previous);
            }
        });
        self.draft.set(chosen);
    }

    /// Opens a new record for another job, carrying over the user's own
    /// details from the most recent one.
    pub fn open_new(self) {
        let previous = self.draft.get_untracked();
        let template = if previous.is_blank() && previous.answers.sender.name.is_empty() {
            self.records.with_untracked(|r| latest(r).cloned())
        } else {
            Some(previous.clone())
        };
        self.records.update(|records| {
            if !previous.is_blank() {
                records.push(previous);
            }
        });
        self.draft.set(fresh_record(template.as_ref()));
    }

    /// Opens a new record for a role that opened at the open record's
    /// company: the same people, a note that refers back to this one.
    pub fn open_role_opened(self) {
        let previous = self.draft.get_untracked();
        let next = role_opened(&previous, record_id(random()), now());
        self.records.update(|records| records.push(previous));
        self.draft.set(next);
    }

    /// Says `message` in the polite live region (and shows it briefly).
    pub fn announce(self, message: impl Into<String>) {
        let message = message.into();
        // Clearing first makes a repeated message ("Copied.") be read again.
        self.status.set(String::new());
        request_animation_frame(move || self.status.set(message));
    }

    /// Shows `notice` until [`Store::clear`] takes it away.
    pub fn show(self, notice: Notice) {
        if !self.notices.with_untracked(|n| n.contains(&notice)) {
            self.notices.update(|n| n.push(notice));
        }
    }

    pub fn clear(self, notice: Notice) {
        if self.notices.with_untracked(|n| n.contains(&notice)) {
            self.notices.update(|n| n.retain(|&x| x != notice));
        }
    }

    /// The error message for the control `field`, if the page has one.
    pub fn error_for(self, field: Oco<'static, str>) -> Signal<Option<&'static str>> {
        Signal::derive(move || {
            self.errors
                .with(|errors| errors.iter().find(|e| e.field == *field).map(|e| e.message))
        })
    }

    /// A value in the draft as a signal and a setter: the glue between a form
    /// control and one field.
    ///
    /// `at` is a plain function, not a closure, so the reactive code behind
    /// it is compiled once per field type rather than once per field.
    pub fn lens<T: Lensable>(
        self,
        at: fn(&mut Draft) -> Option<&mut T>,
    ) -> (Signal<T>, Callback<T>) {
        self.lens_by(at)
    }

    /// Like [`Store::lens`], for a field of the person with this `id` (who
    /// may have been removed in another tab: then the value reads as empty).
    pub fn person_lens<T: Lensable>(
        self,
        id: u32,
        at: fn(&mut Recipient) -> &mut T,
    ) -> (Signal<T>, Callback<T>) {
        self.lens_by(move |d| d.person_mut(id).map(at))
    }

    fn lens_by<T: Lensable>(
        self,
        at: impl Fn(&mut Draft) -> Option<&mut T> + Copy + Send + Sync + 'static,
    ) -> (Signal<T>, Callback<T>) {
        let draft = self.draft;
        // Reading through `&mut` without notifying keeps one accessor per
        // field instead of a getter and a setter that must agree.
        let value = Signal::derive(move || {
            draft.track();
            draft
                .try_update_untracked(|d| at(d).cloned())
                .flatten()
                .unwrap_or_default()
        });
        let set = Callback::new(move |new: T| {
            draft.update(|d| {
                if let Some(slot) = at(d) {
                    *slot = new;
                }
            });
        });
        (value, set)
    }
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Today in the user's own time zone.
pub fn today() -> crate::domain::date::Date {
    let now = js_sys::Date::new_0();
    crate::domain::date::Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or_else(|| crate::domain::date::Date::from_epoch_ms(self::now()))
}

/// 64 random bits for an id (ids need to be unique, not secret).
pub fn random() -> u64 {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    half() << 32 | half()
}

/// A new record, with the user's own details from `template` if given.
pub fn fresh_record(template: Option<&Draft>) -> Draft {
    let id = record_id(random());
    match template {
        Some(from) => another_job(from, id, now()),
        None => new_record(id, now()),
    }
}

/// What a form control can edit through a lens.
pub trait Lensable: Clone + Default + PartialEq + Send + Sync + 'static {}

impl<T: Clone + Default + PartialEq + Send + Sync + 'static> Lensable for T {}

/// The store provided by [`crate::ui::App`].
pub fn use_store() -> Store {
    expect_context::<Store>()
}
