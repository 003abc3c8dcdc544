//! The home page: what this is, the way in, and the way back in to every
//! No kept in this browser, most recent first.

use leptos::prelude::*;

use super::backup::YourData;
use super::banner::{self, Banner, Place, banner_at};
use super::browser::focus_later;
use super::first_draw::Later;
use super::persist::Persist;
use super::store::{Store, today, use_store};
use crate::domain::draft::Draft;
use crate::domain::library::{Entry, List, listing};
use crate::domain::route::{Page, Route};

#[component]
pub fn Home() -> impl IntoView {
    let store = use_store();
    let persist = expect_context::<Persist>();
    banner::provide();
    let banner = expect_context::<Banner>();
    let deleted = RwSignal::new(None::<Draft>);
    let (all, all_archived) = (RwSignal::new(false), RwSignal::new(false));
    let shown = |all: RwSignal<bool>| if all.get() { usize::MAX } else { SHOWN };
    // Read in place: a copy of a thousand records took longer than listing them.
    let lists = Memo::new(move |_| {
        let shown = [shown(all), shown(all_archived)];
        store.records.with(|records| {
            store
                .draft
                .with(|open| listing(records.iter().chain([open]), today(), shown))
        })
    });
    // A memo, as `<Show>` would use: the list's frame is rebuilt only when
    // it comes or goes.
    let has_records =
        Memo::new(move |_| lists.with(|(active, archived)| active.total + archived.total > 0));
    let start = move |_| store.open_new();

    let undo = move |_| {
        if let Some(record) = deleted.get_untracked() {
            let title = record.title();
            let back = persist.save(&record).unwrap_or(record);
            store.records.update(|r| r.push(back));
            deleted.set(None);
            store.announce(format!("{title} is back."));
            focus_later("main h1");
        }
    };
    let actions = Actions {
        store,
        persist,
        deleted,
        banner,
    };

    view! {
        <h1 tabindex="-1">"Write a thank-you for the No"</h1>
        <p class="lede">
            "Kept in Mind helps you write a short, gracious note to the people who turned you down, so they think of you when the next chance comes."
        </p>
        <div class="button-group">
            <a class="button" href=Route::new(Page::Job).to_hash() on:click=start>
                {move || if has_records.get() { "Write for another job" } else { "Start now" }.to_owned()}
            </a>
            // Beside the way in, where a phone shows it without scrolling.
            <span class="start-time">"It takes about 10 minutes for one or two people, or 5 to 7 with their email."</span>
        </div>
        <p class="privacy-line">"Everything you type stays in this browser. Nothing is sent anywhere."</p>
        {banner_at(Place::List)}
        {move || deleted.get().map(|record| view! {
            <div class="notice" role="status">
                <p>{format!("You deleted {}. ", record.title())}
                    <button type="button" id="undo-delete" class="link-button" on:click=undo>"Undo"</button>
                </p>
            </div>
        }.into_any())}
        {move || has_records.get().then(|| view! {
            <h2>"Kept in this browser"</h2>
            {move || actions.list(lists.get().0, false, all)}
            // Closed, and below the list: drawn with the rest that waits.
            <Later>
                {move || {
                    let archived = lists.get().1;
                    (archived.total > 0).then(|| view! {
                        <details class="archived">
                            <summary>{format!("Archived ({})", archived.total)}</summary>
                            {actions.list(archived, true, all_archived)}
                        </details>
                    }.into_any())
                }}
            </Later>
        }.into_any())}
        // After the way in: drawn a task later (see `first_draw`).
        <Later>
            <YourData/>
            <h2>"Why it’s worth sending"</h2>
            <p>"Few people reply to a No, so a kind note is remembered. It keeps the door open when:"</p>
            <ol class="reasons">
                <li><strong>"Their first choice says no or backs out."</strong>" Offers fall through, sometimes weeks later."</li>
                <li><strong>"The hire doesn’t work out."</strong>" Most early departures happen in the first three to six months."</li>
                <li><strong>"Another role needs similar strengths."</strong>" They will think of the person they remember."</li>
                <li><strong>"A role is created for you."</strong>" A strong impression is sometimes enough."</li>
            </ol>
            <p>
                "If you are senior and came second or third, a note is close to expected: the people who interviewed you are now part of your network."
            </p>
            <p>"You can stop at any time and pick up where you left off."</p>
        </Later>
    }
}

/// How many lines a list draws until "Show all": with a long history,
/// drawing every line at once held the page still for most of a second
/// (issue 18). The selectors below name the line after the last of these.
const SHOWN: usize = 25;

/// What each line of the list can do, shared by every line.
#[derive(Clone, Copy)]
struct Actions {
    store: Store,
    persist: Persist,
    deleted: RwSignal<Option<Draft>>,
    banner: Banner,
}

impl Actions {
    /// Changes one record, open in this tab or not, and saves it.
    fn change(self, id: &str, change: impl Fn(&mut Draft)) {
        if self.store.draft.with_untracked(|d| d.id == id) {
            self.store.draft.update(change);
            return;
        }
        let Some(mut record) = self
            .store
            .records
            .with_untracked(|r| r.iter().find(|d| d.id == id).cloned())
        else {
            return;
        };
        change(&mut record);
        record.updated = super::store::now();
        let saved = self.persist.save(&record).unwrap_or(record);
        self.store.records.update(|r| {
            if let Some(slot) = r.iter_mut().find(|d| d.id == id) {
                *slot = saved;
            }
        });
    }

    fn archive(self, id: &str, archived: bool, title: &str) {
        self.change(id, |d| d.archived = archived);
        // The line moved away with the focused button: the banner takes the focus.
        let text = if archived {
            format!("Archived {title}. It is under “Archived”, below your list.")
        } else {
            format!("{title} is back in your list.")
        };
        self.banner.show(Place::List, text, true);
    }

    /// Deletes at once, without asking: the notice that follows offers Undo,
    /// which a question beforehand would only duplicate.
    fn delete(self, id: &str, title: &str) {
        let store = self.store;
        // Never written again in this tab (unless the delete is undone): the
        // autosave would otherwise put the open record back.
        self.persist.delete(id);
        let record = if store.draft.with_untracked(|d| d.id == id) {
            let record = store.draft.get_untracked();
            store.open_new();
            store.records.update(|r| r.retain(|d| d.id != id));
            Some(record)
        } else {
            store
                .records
                .try_update(|r| {
                    let index = r.iter().position(|d| d.id == id)?;
                    Some(r.remove(index))
                })
                .flatten()
        };
        self.banner.clear();
        self.deleted.set(record);
        store.announce(format!("Deleted {title}."));
        focus_later("#undo-delete");
    }

    /// The lines of `list` (its first [`SHOWN`] until `all`), and "Show
    /// all" while any are left, which moves the focus to the first line it
    /// adds.
    fn list(self, list: List, archived: bool, all: RwSignal<bool>) -> impl IntoView {
        let all_shown = list.entries.len() == list.total;
        let rows = list
            .entries
            .into_iter()
            .map(|entry| self.row(entry, archived))
            .collect_view();
        let more = move |_| {
            all.set(true);
            focus_later(if archived {
                ".archived li:nth-child(26) a"
            } else {
                "main > ul > li:nth-child(26) a"
            });
        };
        view! {
            <ul class="card-list records">{rows}</ul>
            {(!all_shown).then(|| view! {
                <button type="button" class="button button--secondary" on:click=more>"Show all"</button>
            })}
        }
    }

    // Kept out of line: inlined into `list`, the WebAssembly compressed
    // 0.4 KB worse.
    #[inline(never)]
    fn row(self, entry: Entry, archived: bool) -> impl IntoView + use<> {
        let Entry {
            id,
            title,
            date,
            people,
            sent,
            next_check_in,
            status,
            action,
            resume,
        } = entry;
        let open = {
            let id = id.clone();
            move |_| self.store.open(&id)
        };
        let (for_archive, for_delete) = (id.clone(), id);
        let (t1, t2) = (title.clone(), title.clone());
        let hidden = format!(" {title}");
        let details = [date, people, sent, next_check_in]
            .into_iter()
            .flatten()
            .map(|line| view! { <span class="caption">{line}</span> })
            .collect_view();
        view! {
            <li>
                <div>
                    <strong>{title}</strong>
                    {details}
                    <span class="tag">{status.label()}</span>
                </div>
                <div class="button-group">
                    <a class="button button--small" href=resume on:click=open>{action}<span class="visually-hidden">{hidden.clone()}</span></a>
                    <button type="button" class="link-button" on:click=move |_| self.archive(&for_archive, !archived, &t1)>
                        {if archived { "Bring back" } else { "Archive" }}<span class="visually-hidden">{hidden.clone()}</span>
                    </button>
                    <button type="button" class="link-button" on:click=move |_| self.delete(&for_delete, &t2)>
                        "Delete"<span class="visually-hidden">{hidden}</span>
                    </button>
                </div>
            </li>
        }
    }
}
