// The journey with the keyboard alone, and the app's behaviour when storage
// is blocked, full, unreadable or shared with another tab.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { expectAccessible, expectClean, goto, openPage, start } from "./harness.mjs";
import { MID_LEVEL, noteText, onPage } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

/** What has focus: its tag, type, name and visible label. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el.labels?.[0]?.innerText ?? el.innerText ?? "";
    return { tag: el.tagName, type: el.type, name: el.name, label: label.trim() };
  });

/** Presses Tab until `matches(focused)` holds. */
async function tabUntil(page, matches, what) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const tabTo = (page, label) => tabUntil(page, (f) => f.label === label, label);

async function type(page, label, text) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

/** Tabs into the radio group `name` and moves with the arrow keys to `label`. */
async function choose(page, name, label) {
  await tabUntil(page, (f) => f.type === "radio" && f.name === name, `the ${name} radios`);
  for (let i = 0; i < 10; i++) {
    const f = await focused(page);
    if (f.label === label) {
      await page.keyboard.press("Space");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no radio labelled ${label}`);
}

async function tick(page, label) {
  await tabTo(page, label);
  await page.keyboard.press("Space");
}

async function pressContinue(page, next) {
  await tabTo(page, "Continue");
  await page.keyboard.press("Enter");
  await onPage(page, next);
}

test("the whole journey can be completed with the keyboard alone", async () => {
  const page = await openPage(env, "/");
  const s = MID_LEVEL;
  const person = s.people[0];
  await tabTo(page, "Start now");
  await page.keyboard.press("Enter");
  await onPage(page, "Which job was it?");
  await type(page, "Company", s.company);
  await type(page, "Job title", s.jobTitle);
  await pressContinue(page, "How far did you get?");
  await choose(page, "stage", s.stage);
  await pressContinue(page, "How did the No arrive?");
  await choose(page, "arrival", s.arrival);
  await pressContinue(page, "About their message");
  await choose(page, "said-keep", "Yes");
  await pressContinue(page, "Who are you writing to?");
  await type(page, "Their name", person.name);
  await choose(page, "relationship", person.part);
  await pressContinue(page, "You are writing to 1 person");
  await pressContinue(page, "What stood out?");
  await type(page, `Something specific you talked about with ${person.name} (optional)`, person.detail);
  await pressContinue(page, "About you");
  await type(page, "Your name", s.yourName);
  await choose(page, "seniority", s.level);
  await pressContinue(page, "What would you like them to keep you in mind for?");
  await choose(page, "keep-for", s.keepFor);
  await pressContinue(page, "Anything else to ask or offer?");
  await tick(page, "Ask for feedback");
  await pressContinue(page, "How should your note sound, and where will you send it?");
  await pressContinue(page, "Check your answers");
  await tabTo(page, "Write my note");
  await page.keyboard.press("Enter");
  await onPage(page, "Your notes");
  assert.ok((await noteText(page, "Your email reply to Priya Shah")).includes(person.detail));
  expectClean(page);
  await page.context().close();
});

test("blocked storage: the app still works and says exactly what will be lost", async () => {
  const page = await openPage(env, null);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await goto(page, env.origin + "/#/no/job");
  const notice = page.getByRole("alert").filter({ hasText: "not letting Kept in Mind save anything" });
  await notice.waitFor();
  assert.match(await notice.innerText(), /reloading or closing it loses them/);
  await page.getByLabel("Company").fill("Adatum");
  await page.getByLabel("Job title").fill("Analyst");
  await page.getByRole("button", { name: "Continue" }).click();
  await onPage(page, "How far did you get?");
  expectClean(page);
  await page.context().close();
});

test("unreadable saved data stays where it is, is offered on every visit, and can be downloaded or discarded", async () => {
  const page = await openPage(env, null, { acceptDownloads: true });
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("kept-in-mind.draft", "{ this is not json");
      localStorage.setItem("kept-in-mind.record.0123456789abcdef", "[a broken record");
      sessionStorage.setItem("seeded", "yes");
    }
  });
  await goto(page, env.origin + "/");
  const notices = page.getByRole("alert").filter({ hasText: "Some saved text could not be read" });
  await notices.first().waitFor();
  assert.equal(await notices.count(), 2, "each unreadable value has its own notice");
  await page.getByRole("link", { name: "Start now" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the saved text" }).first().click(),
  ]);
  const texts = ["{ this is not json", "[a broken record"];
  assert.ok(texts.includes(await readFile(await download.path(), "utf8")));
  // Still offered after a reload: nothing was moved or dropped.
  await page.reload();
  await notices.first().waitFor();
  assert.equal(await notices.count(), 2);
  assert.equal(await page.evaluate(() => localStorage.getItem("kept-in-mind.draft")), "{ this is not json");
  // Discarding asks first, in the page, then removes just that value.
  await page.getByRole("button", { name: "Discard it" }).first().click();
  const question = page.getByRole("group", { name: /^Discard this saved text for good\?/ });
  await question.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "group");
  await expectAccessible(page, "the question before discarding");
  await question.getByRole("button", { name: "Keep it" }).click();
  await question.waitFor({ state: "detached" });
  assert.equal(await notices.count(), 2);
  await page.getByRole("button", { name: "Discard it" }).first().click();
  await question.getByRole("button", { name: "Discard it for good" }).click();
  await page.getByRole("status").filter({ hasText: "Discarded." }).waitFor({ state: "attached" });
  assert.equal(await notices.count(), 1);
  await page.reload();
  await notices.first().waitFor();
  assert.equal(await notices.count(), 1);
  const left = await page.evaluate(() => [localStorage.getItem("kept-in-mind.draft"), localStorage.getItem("kept-in-mind.record.0123456789abcdef")]);
  assert.equal(left.filter((v) => v !== null).length, 1, "exactly one of the two is gone");
  expectClean(page);
  await page.context().close();
});

test("full storage while typing: the user is told, and nothing typed is lost", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith("kept-in-mind.record.")) throw new DOMException("Quota exceeded", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await page.getByLabel("Company").fill("Wide World Importers");
  await page.getByRole("alert").filter({ hasText: "storage is full" }).waitFor();
  assert.equal(await page.getByLabel("Company").inputValue(), "Wide World Importers", "nothing typed is lost");
  await page.getByLabel("Job title").fill("Buyer");
  await page.getByRole("button", { name: "Continue" }).click();
  await onPage(page, "How far did you get?");
  await page.getByRole("link", { name: "Back" }).click();
  assert.equal(await page.getByLabel("Job title").inputValue(), "Buyer", "it keeps working from memory");
  expectClean(page);
  await page.context().close();
});
