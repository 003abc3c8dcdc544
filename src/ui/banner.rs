//! A visible "done" message on the home page, in the style of GOV.UK's
//! success notification banner: "Archived …", "Your backup was restored",
//! "Downloaded …". The live region alone told only screen reader users.
//!
//! It shows where the action was (above the list, or in "Your data"), so
//! it is on screen, and lasts until the next action or page. When the
//! action took away the control that had the focus (a restore's preview,
//! an archived line), the banner takes the focus and is read from there;
//! otherwise the focus stays put and the live region says it.

use leptos::prelude::*;

use super::browser::focus_id_later;
use super::store::{Store, use_store};

/// Where on the home page a banner shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Above the list of records: archive, bring back.
    List,
    /// In "Your data": download, restore, delete everything.
    YourData,
}

impl Place {
    fn id(self) -> &'static str {
        match self {
            Place::List => "banner-list",
            Place::YourData => "banner-your-data",
        }
    }
}

/// The home page's one banner, shared through context by [`provide`].
#[derive(Clone, Copy)]
pub struct Banner(RwSignal<Option<(Place, String)>>, Store);

/// Gives the home page (and its parts) an empty banner; a new visit to the
/// home page starts without one.
pub fn provide() {
    provide_context(Banner(RwSignal::new(None), use_store()));
}

impl Banner {
    /// Shows `text` at `place`; with `focus`, moves the focus to it instead
    /// of saying it in the live region (which would say it twice).
    pub fn show(self, place: Place, text: String, focus: bool) {
        if focus {
            focus_id_later(place.id().to_owned());
        } else {
            self.1.announce(text.clone());
        }
        self.0.set(Some((place, text)));
    }

    pub fn clear(self) {
        if self.0.with_untracked(Option::is_some) {
            self.0.set(None);
        }
    }
}

/// The banner that belongs at `place`, when there is one.
pub fn banner_at(place: Place) -> impl IntoView {
    let Banner(shown, _) = expect_context::<Banner>();
    move || {
        shown.get().and_then(|(at, text)| {
            (at == place).then(|| {
                let title = format!("{}-title", place.id());
                let labelled_by = title.clone();
                view! {
                    <div class="banner" role="region" id=place.id() tabindex="-1" aria-labelledby=labelled_by>
                        <p class="banner__title" id=title>"Done"</p>
                        <p class="banner__text">{text}</p>
                    </div>
                }.into_any()
            })
        })
    }
}
