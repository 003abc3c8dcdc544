// The fault probe of issue 18, replayed as a person would meet it: two tabs
// on one record, a storage read that throws, version 1 data this build
// cannot use, and a record deleted or replaced in another tab. Each test
// drives the app by visible labels and roles; "two tabs" are two pages of
// one browser context, which share localStorage and receive each other's
// `storage` events.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ROOT, expectClean, goto, openPage, recordFaults, start } from "./harness.mjs";
import { MID_LEVEL, WRITE, fillWizard, onPage, openNotes } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

const RECORD_PREFIX = "kept-in-mind.record.";
const V1_KEY = "kept-in-mind.draft";
const email = (name) => readFileSync(join(ROOT, "tests", "data", "emails", "tuned", `${name}.txt`), "utf8");

/**
 * Every record in storage, by key, as raw text. Read through the Storage
 * object's named properties, not `getItem`, so it works in a page whose
 * `getItem` a test made throw.
 */
const rawRecords = (page) =>
  page.evaluate((prefix) => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => [k, localStorage[k]])), RECORD_PREFIX);

/** Waits (up to `timeout` ms) until a stored record passes `test`; returns it parsed, or null. */
async function storedRecord(page, test, timeout = 5000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = Object.values(await rawRecords(page)).map((raw) => JSON.parse(raw)).find(test);
    if (found || Date.now() > until) return found ?? null;
    await page.waitForTimeout(100);
  }
}

/**
 * Like `storedRecord`, and fails saying what storage held instead: each
 * record as `show` gives it (by default its answers about the No).
 */
async function mustBeStored(page, test, what, show = (r) => r.answers?.rejection) {
  const found = await storedRecord(page, test);
  if (!found) {
    const all = Object.values(await rawRecords(page)).map((raw) => show(JSON.parse(raw)));
    assert.fail(`storage never held ${what}; it holds ${JSON.stringify(all)}`);
  }
  return found;
}

/** A second tab in the same browser (same context), recording its own faults. */
async function secondTab(first, path) {
  const page = await first.context().newPage();
  await recordFaults(page, () => env.origin);
  if (path !== null) await goto(page, env.origin + path);
  return page;
}

/** One record, made in a first tab with these job answers and saved; the same record then opened in a second tab from its home page. */
async function sameRecordInTwoTabs({ company = "", jobTitle = "" }, init) {
  const first = await openPage(env, null);
  if (init) await first.context().addInitScript(init);
  await goto(first, env.origin + "/#/no/job");
  if (company) await first.getByLabel("Company").fill(company);
  if (jobTitle) await first.getByLabel("Job title").fill(jobTitle);
  await mustBeStored(first, (r) => r.answers.rejection.company === company && r.answers.rejection.job_title === jobTitle, "the record");
  const title = [jobTitle, company].filter(Boolean).join(" at ");
  const second = await secondTab(first, "/");
  await second.getByRole("link", { name: `Continue ${title}` }).click();
  await onPage(second, "Which job was it?");
  return [first, second];
}

/** Moves a page to another route by its address, as a bookmark would. */
async function visit(page, hash, heading) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await onPage(page, heading);
}

// ---------------------------------------------------------------------------
// On screen, not only in the live region.

/**
 * In the page: the text of the first element a sighted user can see whose
 * text matches every pattern (case-insensitive sources), or null. An element
 * inside a visually hidden one (1 px, clipped), or with no size, is not seen.
 */
function seenOnScreen(sources) {
  const patterns = sources.map((s) => new RegExp(s, "i"));
  const matches = (el) => {
    const text = (el.innerText ?? "").replace(/\s+/g, " ");
    return patterns.every((p) => p.test(text));
  };
  const hidden = (el) => {
    const own = el.getBoundingClientRect();
    if (own.width < 20 || own.height < 8) return true;
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) return true;
      const rect = e.getBoundingClientRect();
      const clipped = style.overflow === "hidden" || style.overflow === "clip" || (style.clip && style.clip !== "auto");
      if (clipped && (rect.width < 4 || rect.height < 4)) return true;
      if (style.clipPath && style.clipPath !== "none" && /inset\(50%|circle\(0/.test(style.clipPath)) return true;
    }
    return false;
  };
  const candidates = [...document.body.querySelectorAll("*")].filter(
    (el) => !["SCRIPT", "STYLE", "NOSCRIPT"].includes(el.tagName) && matches(el) && ![...el.children].some(matches),
  );
  const seen = candidates.find((el) => !hidden(el));
  return seen ? seen.innerText.replace(/\s+/g, " ").trim() : null;
}

/** What the page's live regions say now, and every visible notice. */
const whatIsSaid = (page) =>
  page.evaluate(() => ({
    live: [...document.querySelectorAll("[aria-live], [role=status], [role=alert]")].map((el) => el.textContent.trim()).filter(Boolean),
    notices: [...document.querySelectorAll(".notice, [role=alert]")].map((el) => el.innerText.trim()).filter(Boolean),
  }));

/**
 * Waits until a sighted user can read a message matching every pattern
 * (RegExps). Returns null when one is seen, or else what was said instead,
 * as a failure message.
 */
async function notToldOnScreen(page, patterns, what, timeout = 5000) {
  const sources = patterns.map((p) => p.source);
  const handle = await page.waitForFunction(seenOnScreen, sources, { timeout, polling: 100 }).catch(() => null);
  if (handle) return null;
  const said = await whatIsSaid(page);
  return `${what}: nothing on screen matches ${patterns.join(" and ")}; the live region and alerts said ${JSON.stringify(said.live)}, visible notices ${JSON.stringify(said.notices)}`;
}

// ---------------------------------------------------------------------------
// 1. The write loop between two tabs.

/** Counts localStorage.setItem calls on record keys, per page, from the page's start. */
function countRecordWrites() {
  const setItem = Storage.prototype.setItem;
  window.__recordWrites = 0;
  Storage.prototype.setItem = function (key, value) {
    if (String(key).startsWith("kept-in-mind.record.")) window.__recordWrites += 1;
    return setItem.call(this, key, value);
  };
}

const writes = async (pages) => (await Promise.all(pages.map((p) => p.evaluate(() => window.__recordWrites)))).reduce((a, b) => a + b, 0);
const resetWrites = (pages) => Promise.all(pages.map((p) => p.evaluate(() => (window.__recordWrites = 0))));

/** The deliberate wait of probe 1: the window in which writes are counted. */
const WINDOW_MS = 15_000;
const MAX_WRITES = 10;

/** Tab A pastes a rejection email and fills in from it. */
async function fillFromEmail(page) {
  await page.getByLabel("Paste the email they sent you (optional)").fill(email("05-final-round"));
  await page.getByRole("button", { name: "Fill in from this email" }).click();
  await page.getByText(/answers were filled in from their email/).first().waitFor();
}

test("1a. two tabs on one record, an email pasted in one: fewer than 10 storage writes in 15 s with the other tab idle", async (t) => {
  const [a, b] = await sameRecordInTwoTabs({ jobTitle: "Senior Staff Engineer" }, countRecordWrites);
  const tabs = [a, b];
  await resetWrites(tabs);
  const started = Date.now();
  await fillFromEmail(a);
  // The other tab takes in the filled answers ("Contoso" came from the email).
  await b.waitForFunction(() => document.querySelector("#company")?.value === "Contoso", null, { timeout: 5000 });
  await a.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - started)));
  const count = await writes(tabs);
  t.diagnostic(`${count} record writes in ${WINDOW_MS / 1000} s, second tab idle`);
  assert.ok(count < MAX_WRITES, `${count} writes of a record key in ${WINDOW_MS / 1000} s with the second tab idle (fewer than ${MAX_WRITES} expected)`);
  // And both tabs agree, after a reload, on what the email filled in.
  for (const page of tabs) {
    await page.reload();
    await page.locator(".app .site-footer").waitFor();
    assert.equal(await page.getByLabel(/^Company/).inputValue(), "Contoso");
    assert.equal(await page.getByLabel(/^Job title/).inputValue(), "Senior Staff Engineer");
  }
  expectClean(a);
  expectClean(b);
  await a.context().close();
});

test("1b. two tabs on one record, an email pasted in one: fewer than 10 writes in 15 s with the other tab typing its name, which survives a reload of both", async (t) => {
  const [a, b] = await sameRecordInTwoTabs({ jobTitle: "Senior Staff Engineer" }, countRecordWrites);
  const tabs = [a, b];
  await visit(b, "#/you", "About you");
  await resetWrites(tabs);
  const started = Date.now();
  await fillFromEmail(a);
  // Tab B sees the name the email gave ("Chris"), and types its own over it.
  await b.waitForFunction(() => document.querySelector("#your-name")?.value === "Chris", null, { timeout: 5000 });
  const name = b.getByLabel(/^Your name/);
  await name.click();
  await b.keyboard.press("ControlOrMeta+a");
  await b.keyboard.type("Robin Ashdown-Okafor", { delay: 120 });
  await b.getByLabel(/^Phone number or LinkedIn address/).click();
  await b.keyboard.type("linkedin.com/in/robin-ashdown", { delay: 120 });
  await a.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - started)));
  const count = await writes(tabs);
  const shown = await name.inputValue();
  t.diagnostic(`${count} record writes in ${WINDOW_MS / 1000} s, second tab typing`);
  assert.ok(count < MAX_WRITES, `${count} writes of a record key in ${WINDOW_MS / 1000} s with the second tab typing (fewer than ${MAX_WRITES} expected); tab B's name box shows ${JSON.stringify(shown)}`);
  for (const page of tabs) await page.reload();
  await onPage(b, "About you");
  assert.equal(await b.getByLabel(/^Your name/).inputValue(), "Robin Ashdown-Okafor", "tab B's typed name after a reload of both");
  assert.equal(await b.getByLabel(/^Phone number or LinkedIn address/).inputValue(), "linkedin.com/in/robin-ashdown");
  await a.locator(".app .site-footer").waitFor();
  await visit(a, "#/you", "About you");
  assert.equal(await a.getByLabel(/^Your name/).inputValue(), "Robin Ashdown-Okafor", "tab A shows tab B's typed name after a reload");
  expectClean(a);
  expectClean(b);
  await a.context().close();
});

// ---------------------------------------------------------------------------
// 2. Two tabs on one note.

/**
 * Both tabs on the notes page of one record; tab A edits the note's body and
 * tab B its subject 100 ms later. With `editedBefore`, the note was edited
 * once (and saved) before, so storage already holds its state; without, the
 * two edits are the note's first.
 */
async function twoTabsOnOneNote(editedBefore) {
  const a = await openPage(env, "/");
  await fillWizard(a, MID_LEVEL);
  await a.getByRole("button", { name: WRITE }).click();
  await onPage(a, "Your notes");
  await openNotes(a);
  const bodyLabel = "Your email reply to Priya Shah";
  let original = await a.getByLabel(bodyLabel, { exact: true }).inputValue();
  if (editedBefore) {
    original = original.replace(/\n\nWith thanks,/, "\n\nThanks again,");
    await a.getByLabel(bodyLabel, { exact: true }).fill(original);
    await mustBeStored(a, (r) => JSON.stringify(r.notes).includes("Thanks again,"), "the first edit of the note");
  } else {
    await mustBeStored(a, (r) => r.last_hash === "#/notes", "the record, left on its notes");
  }
  const b = await secondTab(a, "/");
  await b.getByRole("link", { name: "Open Product Designer at Northwind Health" }).click();
  await onPage(b, "Your notes");
  await openNotes(b);
  assert.equal(await b.getByLabel(bodyLabel, { exact: true }).inputValue(), original, "tab B opens the same note");
  const body = `${original}\n\nP.S. Edited in tab A.`;
  const subject = "Thank you, from tab B";
  await Promise.all([
    a.getByLabel(bodyLabel, { exact: true }).fill(body),
    // The scenario of the probe: the second edit 100 ms after the first.
    b.waitForTimeout(100).then(() => b.getByLabel("Subject", { exact: true }).fill(subject)),
  ]);
  await mustBeStored(a, (r) => JSON.stringify(r.notes).includes("Edited in tab A.") && JSON.stringify(r.notes).includes(subject), "both edits of the note", (r) =>
    r.notes.map((n) => ({ subject: n.edit?.text?.subject, bodyEnd: n.edit?.text?.body?.slice(-24) })),
  );
  for (const page of [a, b]) await page.reload();
  for (const [tab, page] of [["A", a], ["B", b]]) {
    await onPage(page, "Your notes");
    await openNotes(page);
    assert.equal(await page.getByLabel(bodyLabel, { exact: true }).inputValue(), body, `tab ${tab}: tab A's body after a reload`);
    assert.equal(await page.getByLabel("Subject", { exact: true }).inputValue(), subject, `tab ${tab}: tab B's subject after a reload`);
  }
  expectClean(a);
  expectClean(b);
  await a.context().close();
}

test("2a. two tabs on one note edited before: tab A edits the body, tab B the subject 100 ms later, and a reload shows both", async () => {
  await twoTabsOnOneNote(true);
});

test("2b. two tabs on one note never edited: tab A's first edit of the body, tab B's of the subject 100 ms later, and a reload shows both", async () => {
  await twoTabsOnOneNote(false);
});

// ---------------------------------------------------------------------------
// 3. A read that fails.

/** In a page: getItem throws for every record key until the tab is named "reads-work" (a name survives a reload). */
function recordReadsFail() {
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key) {
    if (window.name !== "reads-work" && String(key).startsWith("kept-in-mind.record.")) {
      throw new DOMException("The read failed", "UnknownError");
    }
    return getItem.call(this, key);
  };
}

test("3. when reading saved records fails, a new No is still saved, and the notice on screen says so plainly", async () => {
  const first = await openPage(env, "/#/no/job");
  await first.getByLabel("Company").fill("Hidden Co");
  await first.getByLabel("Job title").fill("Archivist");
  const saved = await mustBeStored(first, (r) => r.answers.rejection.job_title === "Archivist", "the saved record");
  const savedKey = RECORD_PREFIX + saved.id;
  const savedRaw = (await rawRecords(first))[savedKey];

  // A fresh tab whose reads of records throw.
  const page = await secondTab(first, null);
  await first.close();
  await page.addInitScript(recordReadsFail);
  await goto(page, env.origin + "/");
  await page.getByRole("link", { name: /^(Start now|Write for another job)$/ }).click();
  await onPage(page, "Which job was it?");
  await page.getByLabel("Company").fill("Fresh Start Co");
  await page.getByLabel("Job title").fill("Typed While Reads Failed");

  const problems = [];
  const typed = await storedRecord(page, (r) => r.answers.rejection.company === "Fresh Start Co" && r.answers.rejection.job_title === "Typed While Reads Failed");
  if (!typed) problems.push("what was typed into the new No was never written to storage");

  // Told on screen: what happened to the saved notes, and that this typing is saved.
  const unread = /(could not|couldn.t|cannot|can.t|unable to|failed to) (be )?read/;
  const told = await page.waitForFunction(seenOnScreen, [unread.source], { timeout: 5000, polling: 100 }).then((h) => h.jsonValue(), () => null);
  if (!told) {
    problems.push(`no notice a sighted user can see says saved notes could not be read; said: ${JSON.stringify(await whatIsSaid(page))}`);
  } else {
    const typing = /(you type|typing|you write|\bnew\b|this No|what you|your (answers|words|changes))/i;
    const saved = /\b((is|are|will be|being|gets?|still)\s+(still\s+)?(saved|kept)|saves|keeps|saving|keeping)\b/i;
    const plain = told.split(/(?<=[.!?])\s+/).find((s) => typing.test(s) && saved.test(s));
    if (!plain) problems.push(`the notice does not say plainly that what is typed now is saved: ${JSON.stringify(told)}`);
  }

  // getItem works again: the reload reopens the new No with the typing.
  await page.evaluate(() => {
    window.name = "reads-work";
  });
  await page.reload();
  await onPage(page, "Which job was it?");
  const after = [await page.getByLabel(/^Company/).inputValue(), await page.getByLabel(/^Job title/).inputValue()];
  if (after.join(" / ") !== "Fresh Start Co / Typed While Reads Failed") {
    problems.push(`once reads work again, the reloaded page shows company and job title ${JSON.stringify(after)}`);
  }
  await page.getByRole("link", { name: "Kept in Mind" }).click();
  await page.getByRole("link", { name: "Continue Archivist at Hidden Co" }).waitFor();
  assert.equal((await rawRecords(page))[savedKey], savedRaw, "the saved record is untouched");
  assert.deepEqual(problems, [], problems.join("; "));
  expectClean(page);
  await page.context().close();
});

// ---------------------------------------------------------------------------
// 4. Version 1 data this build cannot use.

/** Seeds `raw` as the version 1 draft before the app first loads (once, not on reloads). */
async function withV1Draft(raw) {
  const page = await openPage(env, null, { acceptDownloads: true });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("probe.seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("probe.seeded", "yes");
      }
    },
    [V1_KEY, raw],
  );
  await goto(page, env.origin + "/");
  return page;
}

/** The offer to download the old draft: a Download button that is not "Download a backup". */
const downloadOffer = (page) => page.getByRole("button", { name: /download/i }).filter({ hasNotText: /backup/i });

const v1Value = (page) => page.evaluate((key) => localStorage.getItem(key), V1_KEY);

async function v1DataIsKeptAndOffered(raw) {
  const page = await withV1Draft(raw);
  const problems = [];
  const offered = async (when) => {
    const seen = await downloadOffer(page).first().waitFor({ timeout: 3000 }).then(() => true, () => false);
    if (!seen) problems.push(`no offer to download the old draft ${when}; notices: ${JSON.stringify((await whatIsSaid(page)).notices)}`);
    return seen;
  };
  await offered("on the first visit");

  // The user types in a new No, which is saved.
  await page.getByRole("link", { name: /^(Start now|Write for another job)$/ }).click();
  await onPage(page, "Which job was it?");
  await page.getByLabel("Company").fill("Woodgrove Bank");
  await page.getByLabel("Job title").fill("Teller");
  await mustBeStored(page, (r) => r.answers.rejection.job_title === "Teller", "the new No");
  const afterSave = await v1Value(page);
  if (afterSave !== raw) problems.push(`after the first save the version 1 draft is ${afterSave === null ? "removed" : `changed to ${JSON.stringify(afterSave)}`}`);

  for (const visit of ["after a reload", "after a second reload"]) {
    await page.reload();
    await page.locator(".app .site-footer").waitFor();
    await offered(visit);
    const now = await v1Value(page);
    if (now !== raw) problems.push(`${visit} the version 1 draft is ${now === null ? "gone" : "changed"}`);
  }
  assert.deepEqual(problems, [], problems.join("; "));

  // Downloading gives the old text as it was; it stays offered until discarded.
  const [download] = await Promise.all([page.waitForEvent("download"), downloadOffer(page).first().click()]);
  assert.equal(await readFile(await download.path(), "utf8"), raw, "the download is the old draft, byte for byte");
  await page.reload();
  await downloadOffer(page).first().waitFor();
  // Discarding asks first, in the page.
  await page.getByRole("button", { name: "Discard it", exact: true }).first().click();
  await page.getByRole("button", { name: "Discard it for good" }).click();
  await page.reload();
  await page.locator(".app .site-footer").waitFor();
  assert.equal(await v1Value(page), null, "discarding removes the old draft");
  assert.equal(await downloadOffer(page).count(), 0, "and it is no longer offered");
  expectClean(page);
  await page.context().close();
}

test("4a. an unreadable version 1 draft stays in storage, unchanged, and is offered for download on every visit until discarded", async () => {
  await v1DataIsKeptAndOffered('{"version":1,"answers":{"rejection":{"company":"Tailspin Toys","job_title":"Pro');
});

test("4b. a version 1 draft key written by a newer version stays in storage, unchanged, and is offered for download on every visit until discarded", async () => {
  await v1DataIsKeptAndOffered(JSON.stringify({ version: 9, answers: { rejection: { company: "From the future", job_title: "Time Traveller" } }, notes: [] }));
});

// ---------------------------------------------------------------------------
// 5. Told on screen when another tab deletes or replaces the open record.

/** Tab B with a saved record open on "About you"; tab A on the home page. */
async function recordOpenInBWhileAIsHome() {
  const b = await openPage(env, "/#/no/job", { acceptDownloads: true });
  await b.getByLabel("Company").fill("Doomed Co");
  await b.getByLabel("Job title").fill("Tester");
  const saved = await mustBeStored(b, (r) => r.answers.rejection.job_title === "Tester", "tab B's record");
  await visit(b, "#/you", "About you");
  const a = await secondTab(b, "/");
  await a.getByRole("button", { name: "Delete Tester at Doomed Co" }).waitFor();
  return { a, b, id: saved.id };
}

/** Tab B types its name, slowly, while `act` runs in tab A; then B's typing must be kept. */
async function typeInBWhile(b, act) {
  const name = "Sam Okafor-Lind";
  await b.getByLabel(/^Your name/).click();
  await b.keyboard.type("Sam ", { delay: 60 });
  await Promise.all([b.keyboard.type("Okafor-Lind", { delay: 120 }), act()]);
  assert.equal(await b.getByLabel(/^Your name/).inputValue(), name, "tab B still shows what it typed");
  return name;
}

async function typingIsKept(b, name, id) {
  const kept = await mustBeStored(b, (r) => r.answers.sender?.name === name, "tab B's typed name");
  assert.equal(kept.id, id, "under the same record");
  assert.equal(kept.answers.rejection.company, "Doomed Co");
  await b.reload();
  await onPage(b, "About you");
  assert.equal(await b.getByLabel(/^Your name/).inputValue(), name, "tab B's typing after a reload");
}

test("5a. a record deleted in tab A while tab B types in it: B's typing is kept, and B is told on screen", async () => {
  const { a, b, id } = await recordOpenInBWhileAIsHome();
  const name = await typeInBWhile(b, async () => {
    await a.getByRole("button", { name: "Delete Tester at Doomed Co" }).click();
    await a.getByText("You deleted Tester at Doomed Co.").waitFor();
  });
  const untold = await notToldOnScreen(b, [/another tab/, /delete|remove/], "tab B after the delete");
  await typingIsKept(b, name, id);
  assert.equal(untold, null, untold);
  expectClean(a);
  expectClean(b);
  await a.context().close();
});

test("5b. a backup that replaces everything restored in tab A while tab B types in a record it drops: B's typing is kept, and B is told on screen", async () => {
  const { a, b, id } = await recordOpenInBWhileAIsHome();
  const backup = JSON.stringify({
    format: "kept-in-mind-backup",
    version: 1,
    exported: Date.now(),
    records: [{ version: 2, id: "00000000000000b1", created: 1, updated: 2, answers: { rejection: { company: "Restored Co", job_title: "Curator" } } }],
  });
  const name = await typeInBWhile(b, async () => {
    await a.getByLabel("Restore from a backup").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup) });
    await a.getByRole("heading", { name: "What this backup holds" }).waitFor();
    await a.getByRole("button", { name: "Replace everything with the backup" }).click();
    await a.getByRole("region", { name: "Done" }).filter({ hasText: "Your backup was restored." }).waitFor();
  });
  const untold = await notToldOnScreen(b, [/another tab/, /delete|remove|replace|restore|backup/], "tab B after the restore");
  await typingIsKept(b, name, id);
  assert.equal(untold, null, untold);
  expectClean(a);
  expectClean(b);
  await a.context().close();
});
