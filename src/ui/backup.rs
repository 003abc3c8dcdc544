//! "Your data" on the home page: download a backup, restore one (behind a
//! quiet "Have a backup? Restore it": a button that opens the file picker,
//! or drag and drop), and delete everything on this device.
//!
//! Every check on a backup file is in `domain::backup`; this only reads the
//! file, shows the preview, and writes all or nothing.

use leptos::prelude::*;

use super::ask::{Question, ask};
use super::banner::{Banner, Place, banner_at};
use super::browser::{download_as, focus_later};
use super::persist::Persist;
use super::store::{Store, fresh_record, now, today, use_store};
use crate::domain::backup::{self, Backup, BackupError, Group, Job, Preview};
use crate::domain::draft::Draft;
use crate::domain::library::latest;
use crate::domain::storage::backup_due;

/// Every record this tab knows, the open one included (unless it is blank).
fn everything(store: Store) -> Vec<Draft> {
    let mut all = store.records.get_untracked();
    let open = store.draft.get_untracked();
    if !open.is_blank() {
        all.push(open);
    }
    all
}

/// A file read and checked, waiting for the user to choose how to restore it.
#[derive(Clone)]
struct Pending {
    backup: Backup,
    preview: Preview,
    /// The jobs the preview lists one by one.
    groups: Vec<Group>,
}

#[component]
pub fn YourData() -> impl IntoView {
    let store = use_store();
    let persist = expect_context::<Persist>();
    let banner = expect_context::<Banner>();
    let pending = RwSignal::new(None::<Pending>);
    let problem = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    // A memo, as `<Show>` would use: what it shows is rebuilt only when
    // it comes or goes, not on every keystroke that changes the draft.
    let has_records = Memo::new(move |_| {
        !store.records.with(Vec::is_empty) || !store.draft.with(Draft::is_blank)
    });
    let reminder = move || {
        let count =
            store.records.with(|r| r.len()) + usize::from(!store.draft.with(Draft::is_blank));
        store
            .settings
            .with(|s| backup_due(count, s, now()))
            .then_some(count)
    };

    let save = move |_| {
        let file = format!("kept-in-mind-backup-{}.json", today());
        match download_as(
            &file,
            &backup::export(&everything(store), now()),
            "application/json",
        ) {
            Ok(()) => {
                store.settings.update(|s| s.last_backup = now());
                persist.save_settings(&store.settings.get_untracked());
                // The focus stays on the button; the live region says it.
                banner.show(
                    Place::YourData,
                    format!("Downloaded {file}. Keep it somewhere safe: it holds all your notes."),
                    false,
                );
            }
            Err(_) => store.announce("This browser did not allow the download."),
        }
    };

    let read = move |file: web_sys::File| {
        banner.clear();
        problem.set(None);
        pending.set(None);
        if let Err(error) = backup::check_size(file.size() as u64) {
            problem.set(Some(error.message()));
            focus_later("#restore-problem");
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let parsed = text
                .ok()
                .and_then(|t| t.as_string())
                .ok_or(BackupError::NotJson)
                .and_then(|t| backup::parse(t.as_bytes()));
            match parsed {
                Ok(backup) => {
                    let here = everything(store);
                    let preview = backup::preview(&here, &backup);
                    let groups = preview.jobs(&here, &backup);
                    pending.set(Some(Pending {
                        backup,
                        preview,
                        groups,
                    }));
                    focus_later("#restore-preview");
                }
                Err(error) => {
                    problem.set(Some(error.message()));
                    focus_later("#restore-problem");
                }
            }
        });
    };
    let picked = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read(file);
        }
        input.set_value("");
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read(file);
        }
    };

    let restore =
        move |replace: bool| {
            // The preview above the buttons says what each does: pressing one is
            // the confirmation.
            let Some(Pending { backup, .. }) = pending.get_untracked() else {
                return;
            };
            let here = everything(store);
            let after = if replace {
                backup::replace_all(&backup)
            } else {
                backup::merge(&here, &backup)
            };
            match apply(store, persist, &here, &after) {
            Ok(()) => {
                // The preview goes, with the focused button: the banner takes the focus.
                pending.set(None);
                banner.show(Place::YourData, "Your backup was restored.".to_owned(), true);
            }
            Err(()) => problem.set(Some(
                "This browser did not let Kept in Mind save the backup, so nothing was changed."
                    .to_owned(),
            )),
        }
        };

    // Nothing brings everything back, so this one asks first, in the page.
    let asking = RwSignal::new(false);
    let delete_all = move || {
        for record in everything(store) {
            persist.delete(&record.id);
        }
        store.records.set(Vec::new());
        store.draft.set(fresh_record(None));
        banner.show(
            Place::YourData,
            "Everything was deleted from this browser.".to_owned(),
            true,
        );
    };
    let answered = Callback::new(move |delete: bool| {
        asking.set(false);
        if delete {
            delete_all();
        } else {
            focus_later("main h1");
        }
    });

    // The file control itself stays hidden: a real button opens it, the
    // same in every browser, instead of "Choose File / No file chosen".
    let choose = move |_| {
        if let Some(input) = document().get_element_by_id("restore-file") {
            wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(input).click();
        }
    };

    view! {
        <section class="your-data">
            // A first visit has nothing to back up: only the quiet way to restore shows.
            {move || has_records.get().then(|| view! {
                <h2>"Your data"</h2>
                <p>"Your notes live only in this browser. A backup is one file with all of them, to keep safe or to open Kept in Mind in another browser."</p>
                <div class="button-group">
                    <button type="button" class="button button--secondary" on:click=save>"Download a backup"</button>
                </div>
            }.into_any())}
            {banner_at(Place::YourData)}
            {move || reminder().map(|count| view! {
                <div class="notice" role="status">
                    <p>{format!("You keep {count} Nos here and have no recent backup. A backup is one file you can keep anywhere, and restore in any browser.")}</p>
                </div>
            }.into_any())}
            <details class="restore">
                <summary>"Have a backup? Restore it"</summary>
                <div class="drop-zone" class:is-dragging=move || dragging.get()
                    on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=dropped>
                    <p class="hint" id="restore-file-hint">"Choose the .json file, or drop it here. You see what would change before anything does."</p>
                    <button type="button" class="button button--secondary button--small" aria-describedby=Some("restore-file-hint") on:click=choose>"Choose a backup file"</button>
                    <input type="file" id="restore-file" hidden accept=".json,application/json" aria-label="Restore from a backup" on:change=picked/>
                </div>
            </details>
            {move || problem.get().map(|message| view! {
                <div class="notice notice--warning" role="alert" id="restore-problem" tabindex="-1"><p>{message}</p></div>
            }.into_any())}
            {move || pending.get().map(|Pending { preview, groups, .. }| {
                let groups = groups.into_iter().map(|Group { heading, jobs }| view! {
                    <h4>{heading}</h4>
                    <ul class="jobs">
                        {jobs.into_iter().map(|Job { title, about }| view! {
                            <li><strong>{title}</strong>" "<span class="caption">{about}</span></li>
                        }).collect_view()}
                    </ul>
                }).collect_view();
                let lines = preview.lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
                let nothing = preview.merge_changes_nothing();
                view! {
                    <div class="notice" role="region" id="restore-preview" tabindex="-1" aria-labelledby="restore-preview-title">
                        <h3 id="restore-preview-title">"What this backup holds"</h3>
                        {groups}
                        <ul>{lines}</ul>
                        {nothing.then(|| view! { <p>"Adding it would change nothing here."</p> })}
                        <p>"Adding keeps everything in this browser, and takes from the backup what is new or was changed there later."</p>
                        {(!preview.only_here.is_empty()).then(|| view! { <p>"Replacing deletes what is only in this browser."</p> })}
                        <div class="button-group">
                            <button type="button" class="button button--small" on:click=move |_| restore(false)>"Add the backup to this browser"</button>
                            <button type="button" class="button button--secondary button--small" on:click=move |_| restore(true)>"Replace everything with the backup"</button>
                            <button type="button" class="link-button" on:click=move |_| pending.set(None)>"Cancel"</button>
                        </div>
                    </div>
                }
            })}
            {move || has_records.get().then(|| view! {
                <p>
                    <button type="button" class="link-button link-button--danger" on:click=move |_| asking.set(true)>"Delete everything on this device"</button>
                </p>
            }.into_any())}
            {move || asking.get().then(|| ask(Question {
                id: "delete-all".to_owned(),
                text: "Delete everything Kept in Mind keeps in this browser? Every No, note and check-in goes. Download a backup first if you may want them.",
                yes: "Delete everything",
                no: "Keep everything",
                about: String::new(),
            }, answered))}
        </section>
    }
}

/// Writes `after` in place of `here`, all or nothing: when a write fails,
/// every key already changed gets its old value back.
fn apply(store: Store, persist: Persist, here: &[Draft], after: &[Draft]) -> Result<(), ()> {
    let changes = backup::changes(here, after);
    let mut done: Vec<&Draft> = Vec::new();
    for record in &changes.write {
        if persist.save(record).is_none() {
            for written in done {
                match here.iter().find(|d| d.id == written.id) {
                    Some(old) => {
                        persist.save(old);
                    }
                    None => {
                        persist.delete(&written.id);
                    }
                }
            }
            return Err(());
        }
        done.push(record);
    }
    for id in &changes.delete {
        persist.delete(id);
    }
    let open = store.draft.with_untracked(|d| d.id.clone());
    let mut rest: Vec<Draft> = after.to_vec();
    let draft = match rest.iter().position(|d| d.id == open) {
        Some(index) => rest.remove(index),
        None => fresh_record(latest(&rest)),
    };
    store.records.set(rest);
    store.draft.set(draft);
    Ok(())
}
