//! The app's state, shared through context: the draft, where the user is,
//! the current page's errors and the message for the polite live region.

use leptos::prelude::*;

use crate::domain::draft::Draft;
use crate::domain::model::Recipient;
use crate::domain::route::Route;
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
    pub draft: RwSignal<Draft>,
    pub route: RwSignal<Route>,
    /// The errors the current page showed on its last Continue.
    pub errors: RwSignal<Vec<FieldError>>,
    /// What the polite live region says (saved, copied, restored, …).
    pub status: RwSignal<String>,
    /// A lasting message about storage (blocked, full, unreadable).
    pub storage_notice: RwSignal<Option<String>>,
}

impl Store {
    pub fn new(draft: Draft, route: Route) -> Store {
        Store {
            draft: RwSignal::new(draft),
            route: RwSignal::new(route),
            errors: RwSignal::new(Vec::new()),
            status: RwSignal::new(String::new()),
            storage_notice: RwSignal::new(None),
        }
    }

    /// Goes to `route` by changing `location.hash`, so the browser's history
    /// gets an entry; the `hashchange` listener then updates [`Store::route`].
    pub fn navigate(self, route: Route) {
        let hash = route.to_hash();
        if window().location().hash().unwrap_or_default() == hash {
            self.route.set(route);
        } else {
            let _ = window().location().set_hash(&hash);
        }
    }

    /// Says `message` in the polite live region (and shows it briefly).
    pub fn announce(self, message: impl Into<String>) {
        let message = message.into();
        // Clearing first makes a repeated message ("Copied.") be read again.
        self.status.set(String::new());
        request_animation_frame(move || self.status.set(message));
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

/// What a form control can edit through a lens.
pub trait Lensable: Clone + Default + PartialEq + Send + Sync + 'static {}

impl<T: Clone + Default + PartialEq + Send + Sync + 'static> Lensable for T {}

/// The store provided by [`crate::ui::App`].
pub fn use_store() -> Store {
    expect_context::<Store>()
}
