// The library: several Nos kept over time, what was sent, the keep-in-touch
// plan, two tabs, and the storage faults a hostile or unlucky user meets.
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { ROOT, expectAccessible, expectClean, expectFocus, goto, openPage, screenshots, start } from "./harness.mjs";
import { MID_LEVEL, WRITE, cont, fillDate, fillWizard, noteText, onPage, openNotes } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

const SECOND = {
  ...MID_LEVEL,
  company: "Contoso Pharma",
  jobTitle: "Service Designer",
  people: [{ ...MID_LEVEL.people[0], name: "Dana Cole", email: "dana@contoso.example" }],
};

/** Every record in storage, by key. */
const records = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith("kept-in-mind.record."))
        .map((k) => [k, JSON.parse(localStorage.getItem(k))]),
    ),
  );

/** Waits until storage holds a record whose answers pass `test`. */
async function stored(page, test, what) {
  for (let i = 0; i < 50; i++) {
    const all = Object.values(await records(page));
    if (all.some(test)) return all.find(test);
    await page.waitForTimeout(100);
  }
  throw new Error(`storage never held ${what}: ${JSON.stringify(await records(page))}`);
}

const home = (page) => page.getByRole("link", { name: "Kept in Mind" }).click();

test("two jobs are kept side by side, survive a reload, and show what was sent", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, MID_LEVEL);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await home(page);
  await fillWizard(page, SECOND);
  // "Write for another job" carried over the user's own details only.
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");

  await openNotes(page);
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Dana Cole$/ }).click();
  await page.getByText(/^Sent on /).first().waitFor();
  await page.getByRole("heading", { name: "Keep in touch" }).waitFor();
  await page.getByRole("button", { name: "Keep these check-ins" }).click();
  await page.getByLabel("What’s new with you since? (optional)").fill("I have since led the launch of a booking app");
  await page.getByText("I have since led the launch of a booking app.").waitFor();
  await screenshots(page, "library-notes-sent");

  await page.reload();
  await home(page);
  const list = page.getByRole("list").filter({ hasText: "Service Designer at Contoso Pharma" });
  await list.waitFor();
  const items = await list.getByRole("listitem").allInnerTexts();
  assert.equal(items.length, 2, items.join("\n---\n"));
  assert.match(items[0], /Service Designer at Contoso Pharma/, "most recent first");
  assert.match(items[0], /1 of 1 note sent/);
  assert.match(items[0], /Next check-in: /);
  assert.match(items[0], /All sent/);
  assert.match(items[1], /Product Designer at Northwind Health/);
  assert.match(items[1], /Priya Shah/);
  assert.match(items[1], /1 to send/);
  await expectAccessible(page, "the home page with two records");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "the home page with two records, dark");
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "library-home");

  // Each opens with its own answers.
  await page.getByRole("link", { name: "Open Product Designer at Northwind Health" }).click();
  await onPage(page, "Your notes");
  await page.getByRole("heading", { name: "To Priya Shah" }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("the list says what is left to send, and a job stopped before its notes is not finished", async () => {
  const page = await openPage(env, "/");
  const twoByTwo = {
    ...MID_LEVEL,
    people: [MID_LEVEL.people[0], { ...MID_LEVEL.people[0], name: "Tomás Álvarez", email: "tomas.alvarez@example.com", part: "Member of the interview panel" }],
    channels: ["An email reply in their thread", "A handwritten card"],
  };
  await oneJob(page, twoByTwo);
  await openNotes(page, /email reply/i);
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Priya Shah$/ }).click();
  await page.getByText(/^Sent on /).first().waitFor();
  await home(page);
  // Carried-over details complete every answer pages before the notes.
  await fillWizard(page, SECOND);
  await home(page);
  const item = (title) => page.getByRole("listitem").filter({ hasText: title });
  const tag = async (title) => (await item(title).locator(".tag").innerText()).trim();
  assert.equal(await tag("Product Designer at Northwind Health"), "3 to send", "1 of 4 notes sent is not Sent");
  assert.match(await item("Product Designer at Northwind Health").innerText(), /1 of 4 notes sent/);
  assert.equal(await tag("Service Designer at Contoso Pharma"), "Not finished", "answers complete, notes not yet written");
  await item("Service Designer at Contoso Pharma").getByRole("link", { name: /^Continue Service Designer at Contoso Pharma/ }).waitFor();
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `the list with statuses, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "library-statuses");
  expectClean(page);
  await page.context().close();
});

test("another job shows the level and strengths it carried over, each with Change", async () => {
  const page = await openPage(env, "/");
  const carried = page.locator(".carried");
  await fillWizard(page, { ...MID_LEVEL, strengths: ["user research"] }, async (p, name) => {
    if (name === "about-you") assert.equal(await carried.count(), 0, "a first job carries nothing");
  });
  await home(page);
  await page.getByRole("link", { name: "Write for another job" }).click();
  await onPage(page, "Which job was it?");
  await page.evaluate(() => (location.hash = "#/you"));
  await onPage(page, "About you");
  await carried.getByRole("heading", { name: "From your last job" }).waitFor();
  assert.match(await carried.innerText(), /Kept from Product Designer at Northwind Health\./);
  const row = (key) => carried.locator(".summary-list__row", { has: page.getByText(key, { exact: true }) });
  assert.equal(await row("Level of the role").locator("dd").first().innerText(), "Mid-level");
  assert.equal(await row("Strengths").locator("dd").first().innerText(), "user research");
  await page.getByRole("button", { name: "Change the level of the role" }).click();
  await expectFocus(page, "id", "seniority", "Change puts the focus on the level");
  await page.getByRole("button", { name: "Change the strengths" }).click();
  await expectFocus(page, "id", "strength-1", "Change puts the focus on the first strength");
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `About you with what was carried over, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "library-carried-over");
  expectClean(page);
  await page.context().close();
});

test("a role opened there: the same people, a note that refers back, both records kept", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, MID_LEVEL);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await openNotes(page);
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Priya Shah$/ }).click();
  await page.getByRole("heading", { name: "Keep in touch" }).waitFor();

  await page.getByRole("link", { name: "A role opened there" }).click();
  await onPage(page, "Which job was it?");
  assert.equal(await page.getByLabel("Company").inputValue(), "Northwind Health");
  assert.equal(await page.getByLabel("Job title").inputValue(), "", "the new role is the user's to give");
  await expectAccessible(page, "the new role's job page");
  await page.getByLabel("Job title").fill("Design Lead");
  await cont(page);
  await onPage(page, "Check your answers");
  await page.getByText("Priya Shah", { exact: true }).first().waitFor();
  await page.getByText("Alex Morgan", { exact: true }).first().waitFor();
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await page.getByRole("heading", { name: "To Priya Shah" }).waitFor();
  const body = await noteText(page, "Your email reply to Priya Shah");
  assert.match(body, /^Hi Priya,/);
  assert.match(body, /We spoke about the Product Designer role at Northwind Health\./, body);
  assert.match(body, /The Design Lead role is now open/, body);
  assert.doesNotMatch(body, /letting me know|decision/, body);
  await expectAccessible(page, "the notes of a role that opened");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "the notes of a role that opened, dark");
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "library-role-opened");

  await home(page);
  const list = page.getByRole("list").filter({ hasText: "Design Lead at Northwind Health" });
  await list.waitFor();
  const items = await list.getByRole("listitem").allInnerTexts();
  assert.equal(items.length, 2, items.join("\n---\n"));
  assert.match(items[0], /Design Lead at Northwind Health/, "the new one is the most recent");
  assert.match(items[0], /Priya Shah/);
  assert.match(items[1], /Product Designer at Northwind Health/);
  assert.match(items[1], /1 of 1 note sent/);
  const saved = await stored(page, (r) => r.answers.rejection.job_title === "Design Lead", "the new record");
  assert.equal(saved.answers.rejection.follows.job_title, "Product Designer", "the earlier No is kept with the new record");
  await expectAccessible(page, "the home page with a role that opened");
  expectClean(page);
  await page.context().close();
});

test("archive hides a record under Archived, and delete asks nothing and can be undone", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Company").fill("Fourth Coffee");
  await page.getByLabel("Job title").fill("Barista Trainer");
  await home(page);
  const title = "Barista Trainer at Fourth Coffee";
  await page.getByRole("button", { name: `Archive ${title}` }).click();
  const banner = page.getByRole("region", { name: "Done" });
  await banner.filter({ hasText: `Archived ${title}.` }).waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains("banner"), null, { timeout: 2000 });
  await expectAccessible(page, "the home page with the archived banner");
  const archived = page.locator("details.archived");
  await archived.getByText("Archived (1)").click();
  await archived.locator("strong", { hasText: title }).waitFor();
  await archived.getByRole("button", { name: `Bring back ${title}` }).click();
  await page.getByRole("button", { name: `Archive ${title}` }).waitFor();

  await page.getByRole("button", { name: `Delete ${title}` }).click();
  await page.getByText(`You deleted ${title}.`).waitFor();
  await expectFocus(page, "textContent", "Undo", "the focus is on Undo");
  assert.deepEqual(await records(page), {}, "gone from storage");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: `Delete ${title}` }).waitFor();
  await page.reload();
  await page.getByRole("button", { name: `Delete ${title}` }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("a long history shows its first 25 lines, and Show all the rest with the focus on the first added", async () => {
  const page = await openPage(env, null);
  // 30 records in view and 27 archived, the highest number changed last.
  const seeded = Array.from({ length: 57 }, (_, i) => ({
    version: 2,
    id: (0xa000 + i).toString(16).padStart(16, "0"),
    created: 1,
    updated: 1000 + i,
    archived: i < 27,
    answers: { rejection: { company: `Company ${i}` } },
  }));
  await page.addInitScript((all) => {
    if (!sessionStorage.getItem("seeded")) {
      for (const r of all) localStorage.setItem(`kept-in-mind.record.${r.id}`, JSON.stringify(r));
      sessionStorage.setItem("seeded", "yes");
    }
  }, seeded);
  await goto(page, env.origin + "/");
  const lines = (list) => list.locator(":scope > li strong").allInnerTexts();
  const active = page.locator("main > ul.records");
  await active.locator("li").first().waitFor();
  const shown = await lines(active);
  assert.equal(shown.length, 25, shown.join(", "));
  assert.deepEqual(shown.slice(0, 2), ["Company 56", "Company 55"], "most recent first");
  await screenshots(page, "library-long-history");
  await page.locator("main > button", { hasText: "Show all" }).click();
  await page.getByRole("link", { name: "Continue Company 31" }).waitFor();
  assert.deepEqual(await lines(active), Array.from({ length: 30 }, (_, i) => `Company ${56 - i}`), "every record in view, none twice");
  await expectFocus(page, "textContent", "Continue Company 31", "Show all moves the focus to the first line it adds");
  assert.equal(await page.locator("main > button", { hasText: "Show all" }).count(), 0, "nothing left to show");

  const archived = page.locator("details.archived");
  await archived.getByText("Archived (27)").click();
  assert.equal((await lines(archived.locator("ul"))).length, 25);
  await archived.getByRole("button", { name: "Show all" }).click();
  await archived.getByRole("link", { name: "Open Company 0" }).waitFor();
  assert.equal((await lines(archived.locator("ul"))).length, 27);
  await expectFocus(page, "textContent", "Open Company 1", "Show all under Archived moves the focus too");
  await expectAccessible(page, "the home page with a long history, all shown");
  expectClean(page);
  await page.context().close();
});

test("delete everything asks in the page first, and keeping everything keeps it", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Company").fill("Fourth Coffee");
  await stored(page, (r) => r.answers.rejection.company === "Fourth Coffee", "the record");
  await home(page);
  const question = page.getByRole("group", { name: /^Delete everything Kept in Mind keeps in this browser\?/ });
  await page.getByRole("button", { name: "Delete everything on this device" }).click();
  await question.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "delete-all");
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `the question before deleting everything, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "library-delete-all-question");
  await question.getByRole("button", { name: "Keep everything" }).click();
  await question.waitFor({ state: "detached" });
  assert.equal(Object.keys(await records(page)).length, 1, "nothing deleted");
  await page.getByRole("button", { name: "Delete everything on this device" }).click();
  await question.getByRole("button", { name: "Delete everything" }).click();
  await page.getByRole("link", { name: "Start now" }).waitFor();
  assert.deepEqual(await records(page), {}, "gone from storage");
  expectClean(page);
  await page.context().close();
});

test("a version 1 draft in storage before this build loads is migrated with nothing lost", async () => {
  const v1 = await readFile(join(ROOT, "tests", "data", "v1", "final-round.json"), "utf8");
  const page = await openPage(env, null);
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("kept-in-mind.draft", raw);
      sessionStorage.setItem("seeded", "yes");
    }
  }, v1.trim());
  await goto(page, env.origin + "/");
  const old = JSON.parse(v1);
  const title = `${old.answers.rejection.job_title} at ${old.answers.rejection.company}`;
  await page.locator("strong", { hasText: title }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("kept-in-mind.draft")) !== null, true, "the old copy is kept");
  await page.getByRole("link", { name: new RegExp(`^(Open|Continue) ${title}`) }).click();
  await page.getByRole("link", { name: "Back to your answers" }).click();
  await onPage(page, "Check your answers");
  for (const person of old.answers.recipients) await page.getByText(person.name, { exact: true }).first().waitFor();
  // The first save under version 2 makes the record its own, and the old copy goes.
  await page.getByRole("link", { name: /Change.*company/i }).first().click();
  await page.getByLabel("Company").fill(old.answers.rejection.company + " Ltd");
  const saved = await stored(page, (r) => r.answers.rejection.company.endsWith(" Ltd"), "the changed company");
  assert.deepEqual(saved.answers.recipients, old.answers.recipients);
  assert.deepEqual(saved.notes, old.notes);
  assert.equal(await page.evaluate(() => localStorage.getItem("kept-in-mind.draft")), null, "the old copy is removed after the first save");
  expectClean(page);
  await page.context().close();
});

test("two tabs on two different records never lose anything", async () => {
  const first = await openPage(env, "/#/no/job");
  const second = await first.context().newPage();
  second.faults = [];
  await goto(second, env.origin + "/#/no/job");
  await first.getByLabel("Company").fill("Alpha Co");
  await second.getByLabel("Company").fill("Beta Ltd");
  await first.getByLabel("Job title").fill("Analyst");
  await second.getByLabel("Job title").fill("Engineer");
  await stored(first, (r) => r.answers.rejection.job_title === "Analyst", "the first tab's record");
  await stored(first, (r) => r.answers.rejection.job_title === "Engineer", "the second tab's record");
  const all = Object.values(await records(first)).map((r) => r.answers.rejection.company).sort();
  assert.deepEqual(all, ["Alpha Co", "Beta Ltd"]);
  assert.equal(await first.getByLabel("Company").inputValue(), "Alpha Co");
  assert.equal(await second.getByLabel("Company").inputValue(), "Beta Ltd");
  expectClean(first);
  await first.context().close();
});

/** Two tabs with the same record open, through the home page's link. */
async function sameRecordTwice() {
  const first = await openPage(env, "/#/no/job");
  await first.getByLabel("Company").fill("Shared Co");
  await stored(first, (r) => r.answers.rejection.company === "Shared Co", "the record");
  const second = await first.context().newPage();
  second.faults = [];
  await goto(second, env.origin + "/");
  await second.getByRole("link", { name: "Continue Shared Co" }).click();
  await onPage(second, "Which job was it?");
  return [first, second];
}

test("two tabs typing in one record within 100 ms keep both fields", async () => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [first, second] = await sameRecordTwice();
    await Promise.all([
      first.getByLabel("Company").fill("Alpha Co"),
      second.waitForTimeout(50).then(() => second.getByLabel("Job title").fill("Designer")),
    ]);
    const both = (r) => r.answers.rejection.company === "Alpha Co" && r.answers.rejection.job_title === "Designer";
    await stored(first, both, "both fields");
    for (const page of [first, second]) {
      await page.waitForFunction(() => document.querySelector("#company")?.value === "Alpha Co");
      await page.waitForFunction(() => document.querySelector("#job-title")?.value === "Designer");
    }
    // A sighted user is told, not only the live region.
    await second.getByText("This No was also changed in another tab.").waitFor();
    await first.reload();
    assert.equal(await first.getByLabel("Company").inputValue(), "Alpha Co");
    assert.equal(await first.getByLabel("Job title").inputValue(), "Designer");
    expectClean(first);
    expectClean(second);
    await first.context().close();
  }
});

test("a record saved by a newer version while open is never written over", async () => {
  const [first] = await sameRecordTwice();
  const key = Object.keys(await records(first))[0];
  const newer = JSON.stringify({ version: 3, id: "x", answers: { rejection: { company: "From the future" } } });
  const other = await first.context().newPage();
  other.faults = [];
  await goto(other, env.origin + "/");
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [key, newer]);
  await first.getByRole("alert").filter({ hasText: "saved by a newer version" }).waitFor();
  await first.getByLabel("Job title").fill("Typed after");
  await first.waitForTimeout(800);
  assert.equal(await first.evaluate((k) => localStorage.getItem(k), key), newer);
  expectClean(first);
  await first.context().close();
});

test("storage full at load still shows everything saved", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Company").fill("Readable Co");
  await stored(page, (r) => r.answers.rejection.company === "Readable Co", "the record");
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    };
  });
  await page.goto(env.origin + "/");
  await page.getByRole("alert").filter({ hasText: "storage is full" }).waitFor();
  await page.getByRole("link", { name: "Continue Readable Co" }).click();
  assert.equal(await page.getByLabel("Company").inputValue(), "Readable Co");
  expectClean(page);
  await page.context().close();
});

test("a read that fails is never taken as nothing saved", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Company").fill("Hidden Co");
  const saved = await stored(page, (r) => r.answers.rejection.company === "Hidden Co", "the record");
  const key = `kept-in-mind.record.${saved.id}`;
  const before = await page.evaluate((k) => localStorage.getItem(k), key);
  await page.addInitScript(() => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (k) {
      if (k.startsWith("kept-in-mind.record.")) throw new DOMException("Read failed", "UnknownError");
      return getItem.call(this, k);
    };
  });
  await page.reload();
  await page.locator(".app").waitFor();
  await page.getByRole("alert").filter({ hasText: "could not be read just now" }).waitFor();
  await page.goto(env.origin + "/#/no/job");
  await page.getByLabel("Company").fill("Something else");
  await page.waitForTimeout(800);
  // Another tab, without the failing reads, sees the record as it was.
  const checker = await page.context().newPage();
  checker.faults = [];
  await goto(checker, env.origin + "/");
  assert.equal(await checker.evaluate((k) => localStorage.getItem(k), key), before, "the saved record is untouched");
  await checker.getByRole("link", { name: "Continue Hidden Co" }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("a stored next_id at the top of the range never reopens or overwrites a person", async () => {
  const page = await openPage(env, null);
  const record = {
    version: 2,
    id: "00000000000000ff",
    created: 1,
    updated: 1,
    next_id: 4294967295,
    answers: { rejection: { company: "Edge Co" }, recipients: [{ id: 1, name: "Ana First" }, { id: 4294967295, name: "Zed Last" }] },
  };
  await page.addInitScript((r) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(`kept-in-mind.record.${r.id}`, JSON.stringify(r));
      sessionStorage.setItem("seeded", "yes");
    }
  }, record);
  await goto(page, env.origin + "/");
  await page.getByRole("link", { name: "Continue Edge Co" }).click();
  await page.goto(env.origin + "/#/people");
  await onPage(page, "You are writing to 2 people");
  await page.getByRole("button", { name: "Add another person" }).click();
  await onPage(page, "Who else are you writing to?");
  assert.equal(await page.getByLabel("Their name", { exact: true }).inputValue(), "", "a new, empty person");
  await page.getByLabel("Their name", { exact: true }).fill("New Person");
  await page.getByLabel("By their first name").check();
  await page.getByLabel("Hiring manager", { exact: true }).check();
  await cont(page);
  await onPage(page, "You are writing to 3 people");
  for (const name of ["Ana First", "Zed Last", "New Person"]) await page.locator("strong", { hasText: name }).waitFor();
  expectClean(page);
  await page.context().close();
});

/** Fills one short job and writes its notes. */
async function oneJob(page, scenario) {
  await fillWizard(page, scenario);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
}

/** The parts of a record a backup must carry unchanged. */
const essence = (r) => ({ id: r.id, created: r.created, updated: r.updated, archived: r.archived, answers: r.answers, notes: r.notes, checkins: r.checkins });

test("check-ins go into a calendar file that a real iCalendar parser reads", async () => {
  const page = await openPage(env, "/", { acceptDownloads: true });
  await oneJob(page, SECOND);
  await openNotes(page);
  await fillDate(page.getByRole("group", { name: /^Day you sent it\W+your email reply to Dana Cole$/ }), "1", "12", "2026");
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Dana Cole$/ }).click();
  await page.getByRole("button", { name: "Keep these check-ins" }).click();
  await page.locator("summary", { hasText: "Change the check-ins" }).click();
  await fillDate(page.getByRole("group", { name: "Check-in 2" }), "10", "3", "2027");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Add all to my calendar" }).click()]);
  assert.equal(download.suggestedFilename(), "check-ins-contoso-pharma.ics");
  const text = await readFile(await download.path(), "utf8");
  const { default: ICAL } = await import("ical.js");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
  assert.deepEqual(events.map((e) => e.startDate.toString()), ["2027-01-12", "2027-03-10", "2027-06-01"]);
  for (const event of events) {
    assert.match(event.summary, /Dana Cole/);
    assert.ok(event.startDate.isDate, "an all-day event");
    assert.equal(event.component.getFirstPropertyValue("url"), env.origin + "/");
    assert.doesNotMatch(event.description, /booking app|dana@contoso/, "no note text or address in a calendar");
    const alarm = event.component.getFirstSubcomponent("valarm");
    assert.equal(alarm?.getFirstPropertyValue("trigger")?.toString(), "PT9H", "a reminder on the morning of the day");
  }
  assert.ok(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75), "folded at 75 octets");
  const [one] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Add to my calendar\W+check-in 1$/ }).click()]);
  const single = new ICAL.Component(ICAL.parse(await readFile(await one.path(), "utf8")));
  assert.equal(single.getAllSubcomponents("vevent").length, 1);
  await expectAccessible(page, "the notes page with a check-in plan");
  expectClean(page);
  await page.context().close();
});

test("one line says whether the plan is on, with Change to turn it on or off", async () => {
  const page = await openPage(env, "/");
  await oneJob(page, MID_LEVEL);
  await openNotes(page);
  await fillDate(page.getByRole("group", { name: /^Day you sent it\W+your email reply to Priya Shah$/ }), "1", "12", "2026");
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Priya Shah$/ }).click();
  const state = page.locator("#check-in-state");
  const change = page.locator("summary", { hasText: "Change the check-ins" });
  const checkIn1 = page.getByRole("group", { name: "Check-in 1" });
  assert.equal(await state.innerText(), "Check-ins are suggested, not planned yet.");
  assert.ok(await checkIn1.isVisible(), "the suggested dates are the question, shown");
  await page.getByRole("button", { name: "Keep these check-ins" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "check-in-state", null, { timeout: 2000 });
  assert.equal(await state.innerText(), "Check-ins are on. The next is on 12 January 2027.");
  assert.ok(!(await checkIn1.isVisible()), "once kept, the dates fold under Change");
  await page.getByLabel("What’s new with you since? (optional)").waitFor();
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `the plan, on, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "library-plan-on");
  await change.click();
  await page.getByRole("listitem").filter({ has: checkIn1 }).getByLabel("Done").check();
  assert.equal(await state.innerText(), "Check-ins are on. The next is on 1 March 2027.");
  await page.getByRole("button", { name: "Turn check-ins off" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "check-in-state", null, { timeout: 2000 });
  assert.equal(await state.innerText(), "Check-ins are off.");
  assert.equal(await page.getByLabel("What’s new with you since? (optional)").count(), 0, "no check-in notes while off");
  await expectAccessible(page, "the plan, off");
  await change.click();
  await page.getByRole("button", { name: "Keep these check-ins" }).click();
  await state.filter({ hasText: "Check-ins are on." }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("check-in notes go only to people thanked, and each can be copied", async () => {
  const page = await openPage(env, "/", { permissions: ["clipboard-read", "clipboard-write"] });
  const two = { ...MID_LEVEL, people: [MID_LEVEL.people[0], { ...MID_LEVEL.people[0], name: "Tomás Álvarez", email: undefined, part: "Member of the interview panel" }] };
  await oneJob(page, two);
  await openNotes(page);
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Priya Shah$/ }).click();
  await page.getByRole("button", { name: "Keep these check-ins" }).click();
  await page.getByLabel("What’s new with you since? (optional)").fill("I have since led the launch of a booking app");
  await page.getByText("I have since led the launch of a booking app.").waitFor();
  const drafts = await page.getByRole("heading", { level: 3, name: /^A check-in note to / }).allInnerTexts();
  assert.deepEqual(drafts, ["A check-in note to Priya Shah"], "Tomás was never thanked, so no check-in for him");
  const note = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "A check-in note to Priya Shah" }) });
  await note.getByRole("button", { name: /^Copy note\W+your check-in note to Priya Shah$/ }).click();
  await page.getByRole("status").filter({ hasText: "Copied your check-in note." }).waitFor({ state: "attached" });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await note.locator("pre").innerText());
  await expectAccessible(page, "the check-in notes with Copy");
  expectClean(page);
  await page.context().close();
});

test("a backup restores in a fresh browser profile with every record identical", async () => {
  const page = await openPage(env, "/", { acceptDownloads: true });
  await oneJob(page, MID_LEVEL);
  await openNotes(page);
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Priya Shah$/ }).click();
  await page.getByText(/^Sent on /).first().waitFor();
  await home(page);
  await oneJob(page, SECOND);
  await home(page);
  await page.getByRole("button", { name: `Archive Service Designer at Contoso Pharma` }).click();
  await page.waitForTimeout(500);
  const before = Object.values(await records(page)).map(essence).sort((a, b) => a.id.localeCompare(b.id));
  assert.equal(before.length, 2);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download a backup" }).click()]);
  assert.match(download.suggestedFilename(), /^kept-in-mind-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByRole("region", { name: "Done" }).filter({ hasText: `Downloaded ${download.suggestedFilename()}.` }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Download a backup", "the focus stays on the button");
  const file = join(tmpdir(), download.suggestedFilename());
  await download.saveAs(file);
  await page.context().close();

  const fresh = await openPage(env, "/");
  await fresh.getByLabel("Restore from a backup").setInputFiles(file);
  await fresh.getByRole("heading", { name: "What this backup holds" }).waitFor();
  const preview = fresh.getByRole("region", { name: "What this backup holds" });
  await preview.getByRole("heading", { name: "New to this browser (2)" }).waitFor();
  // Each job by name, with its people and the notes sent.
  assert.deepEqual((await preview.locator(".jobs li").allInnerTexts()).sort(), [
    "Product Designer at Northwind Health\nPriya Shah · 1 of 1 note sent",
    "Service Designer at Contoso Pharma\nDana Cole · 0 of 1 note sent",
  ]);
  await expectAccessible(fresh, "the restore preview");
  await fresh.getByRole("button", { name: "Add the backup to this browser" }).click();
  // A sighted user sees it too, and the focus moves to it from the gone preview.
  const restored = fresh.getByRole("region", { name: "Done" }).filter({ hasText: "Your backup was restored." });
  await restored.waitFor();
  assert.ok(await restored.isVisible(), "the banner is visible");
  await fresh.waitForFunction(() => document.activeElement?.classList.contains("banner"), null, { timeout: 2000 });
  for (const colorScheme of ["light", "dark"]) {
    await fresh.emulateMedia({ colorScheme });
    await expectAccessible(fresh, `the restored banner, ${colorScheme}`);
  }
  await fresh.emulateMedia({ colorScheme: "light" });
  await screenshots(fresh, "library-restored-banner");
  const after = Object.values(await records(fresh)).map(essence).sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(after, before, "every record identical");
  await fresh.reload();
  await fresh.locator("strong", { hasText: "Product Designer at Northwind Health" }).waitFor();
  await fresh.getByText("Archived (1)").waitFor();
  await screenshots(fresh, "library-restored");
  expectClean(fresh);
  await fresh.context().close();
});

test("a first visit at 375 px: the time beside Start, restore behind a quiet link and a real button", async () => {
  const page = await openPage(env, "/", { viewport: { width: 375, height: 667 } });
  const start = page.getByRole("link", { name: "Start now" });
  const time = page.getByText(/^It takes about \d+ minutes/);
  for (const [what, locator] of [["Start", start], ["the time", time]]) {
    const box = await locator.boundingBox();
    assert.ok(box && box.y + box.height <= 667, `${what} is above the fold at 375 px`);
  }
  const [startBox, timeBox] = [await start.boundingBox(), await time.boundingBox()];
  assert.ok(timeBox.y - (startBox.y + startBox.height) < 24, "the time is right beside Start");
  assert.equal(await page.getByRole("heading", { name: "Your data" }).count(), 0, "nothing to back up on a first visit");
  assert.equal(await page.locator("input[type=file]").isVisible(), false, "no bare file control");
  const choose = page.getByRole("button", { name: "Choose a backup file" });
  assert.equal(await choose.isVisible(), false, "the drop zone waits behind the link");
  await page.getByText("Have a backup? Restore it").click();
  await choose.waitFor();
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `the first visit with restore open, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "home-first-visit-restore");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), choose.click()]);
  await chooser.setFiles({ name: "not-json.json", mimeType: "application/json", buffer: Buffer.from("hello") });
  await page.locator("#restore-problem").filter({ hasText: "not a Kept in Mind backup" }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("the restore preview names each job under new, newer in the backup and newer in this browser", async () => {
  const page = await openPage(env, "/", { acceptDownloads: true });
  await oneJob(page, MID_LEVEL);
  await home(page);
  await oneJob(page, SECOND);
  await home(page);
  await page.waitForTimeout(500);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download a backup" }).click()]);
  const file = JSON.parse(await readFile(await download.path(), "utf8"));
  const [northwind, contoso] = ["Northwind Health", "Contoso Pharma"].map((c) => file.records.find((r) => r.answers.rejection.company === c));
  // This browser changed Northwind after the backup; the backup changed
  // Contoso later than this browser did, and holds a job this one lacks.
  northwind.updated -= 60000;
  contoso.updated += 60000;
  contoso.answers.rejection.job_title = "Lead Service Designer";
  file.records.push({ ...northwind, id: "00000000000000cc", answers: { ...northwind.answers, rejection: { ...northwind.answers.rejection, company: "Tailspin Toys" } } });
  await page.getByText("Have a backup? Restore it").click();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Choose a backup file" }).click()]);
  await chooser.setFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  const preview = page.getByRole("region", { name: "What this backup holds" });
  await preview.waitFor();
  const groups = await preview.evaluate((el) =>
    [...el.querySelectorAll("h4")].map((h) => [h.textContent, [...h.nextElementSibling.querySelectorAll("li")].map((li) => li.innerText)]),
  );
  assert.deepEqual(groups, [
    ["New to this browser (1)", ["Product Designer at Tailspin Toys\nPriya Shah · 0 of 1 note sent"]],
    ["Newer in the backup (1)", ["Lead Service Designer at Contoso Pharma\nDana Cole · 0 of 1 note sent"]],
    ["Newer in this browser (1)", ["Product Designer at Northwind Health\nPriya Shah · 0 of 1 note sent"]],
  ]);
  // The labelled preview is a region: aria-labelledby is allowed on it.
  const prohibited = await new AxeBuilder({ page }).withRules(["aria-prohibited-attr"]).analyze();
  assert.deepEqual([...prohibited.violations, ...prohibited.incomplete].flatMap((r) => r.nodes.map((n) => n.target.join(" "))), []);
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `the restore preview, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "library-restore-preview");
  await preview.getByRole("button", { name: "Add the backup to this browser" }).click();
  await page.getByRole("region", { name: "Done" }).filter({ hasText: "Your backup was restored." }).waitFor();
  await page.locator("strong", { hasText: "Lead Service Designer at Contoso Pharma" }).waitFor();
  await page.locator("strong", { hasText: "Product Designer at Tailspin Toys" }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("a hostile backup file gets a clear message and changes nothing", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Company").fill("Keep Me Co");
  await stored(page, (r) => r.answers.rejection.company === "Keep Me Co", "the record");
  await home(page);
  const before = await records(page);
  const nested = "[".repeat(100000) + "]".repeat(100000);
  const markup = JSON.stringify({
    format: "kept-in-mind-backup",
    version: 1,
    exported: 1,
    records: [{ version: 2, id: "00000000000000aa", created: 1, updated: 1, answers: { rejection: { company: "<script>window.__pwned = 1</script>", job_title: "<img src=x onerror=window.__pwned=2>" } } }],
  });
  const cases = [
    ["not-json.json", "hello, world", /not a Kept in Mind backup/],
    ["draft.json", JSON.stringify({ version: 1, answers: {} }), /not a Kept in Mind backup/],
    ["future.json", JSON.stringify({ format: "kept-in-mind-backup", version: 99, exported: 1, records: [] }), /newer version/],
    ["nested.json", nested, /not a Kept in Mind backup/],
    ["dupes.json", JSON.stringify({ format: "kept-in-mind-backup", version: 1, exported: 1, records: [{ version: 2, id: "00000000000000aa" }, { version: 2, id: "00000000000000aa" }] }), /Record 2 /],
  ];
  for (const [name, text, message] of cases) {
    await page.getByLabel("Restore from a backup").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const alert = page.locator("#restore-problem");
    await alert.waitFor();
    assert.match(await alert.innerText(), message, name);
    assert.deepEqual(await records(page), before, `${name} changes nothing`);
  }
  const huge = join(tmpdir(), "kept-in-mind-huge-backup.json");
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 32));
  await page.getByLabel("Restore from a backup").setInputFiles(huge);
  await page.locator("#restore-problem").filter({ hasText: "larger than" }).waitFor();
  // Markup is only ever text: restored, shown as typed, never run.
  await page.getByLabel("Restore from a backup").setInputFiles({ name: "markup.json", mimeType: "application/json", buffer: Buffer.from(markup) });
  await page.getByRole("button", { name: "Add the backup to this browser" }).click();
  await page.locator("strong", { hasText: "<img src=x onerror=window.__pwned=2> at <script>window.__pwned = 1</script>" }).waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing in the file ran");
  expectClean(page);
  await page.context().close();
});
