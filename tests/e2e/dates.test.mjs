// Dates typed the GOV.UK way (day, month and year boxes), the person page
// that names who it is about, and every hint tied to its control.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { expectAccessible, expectClean, expectFocus, expectNoSidewaysScroll, openPage, screenshots, start } from "./harness.mjs";
import { EXECUTIVE, MID_LEVEL, cont, dateBoxes, fillDate, fillPerson, fillWizard, onPage, openNotes, titleOf } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

/** The stored record's answers (there is one record in these tests). */
const storedRejection = (page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("kept-in-mind.record."));
    return JSON.parse(localStorage.getItem(key)).answers.rejection;
  });

/** Waits until the autosave has written `date` as the No's date. */
async function storedDate(page, date) {
  for (let i = 0; i < 40; i++) {
    if ((await storedRejection(page).catch(() => ({}))).date === date) return;
    await page.waitForTimeout(100);
  }
  assert.equal((await storedRejection(page)).date, date, "the stored date");
}

/** Opens "About their message" after the first three pages. */
async function toDetails(page) {
  await page.getByRole("link", { name: "Start now" }).click();
  await page.getByLabel("Company").fill("Northwind Health");
  await page.getByLabel("Job title").fill("Product Designer");
  await cont(page);
  await page.getByLabel("An interview", { exact: true }).check();
  await cont(page);
  await page.getByLabel("An email from the hiring manager", { exact: true }).check();
  await cont(page);
  await onPage(page, "About their message");
  await page.getByRole("group", { name: "Did they say they would keep you in mind?" }).getByLabel("Yes").check();
}

/** Today and tomorrow in the browser's own time zone, as box texts. */
const days = (page) =>
  page.evaluate(() => {
    const parts = (d) => [String(d.getDate()), String(d.getMonth() + 1), String(d.getFullYear())];
    const now = new Date();
    return { today: parts(now), tomorrow: parts(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)) };
  });

test("the date of the No is typed in three boxes, checked on Continue and kept across a reload", async () => {
  const page = await openPage(env, "/");
  await toDetails(page);
  const group = page.getByRole("group", { name: "When did the No arrive? (optional)" });
  const { tomorrow } = await days(page);
  // What is typed, the message and the box its link leads to.
  const cases = [
    [["27", "3", ""], "The date must include a year", "date-year"],
    [["", "3", "2026"], "The date must include a day", "date-day"],
    [["27", "", ""], "The date must include a month and year", "date-month"],
    [["31", "4", "2026"], "The date must be a real date", "date-day"],
    [["27", "13", "2026"], "The date must be a real date", "date-month"],
    [["27", "3", "26"], "The year must include 4 numbers", "date-year"],
    [tomorrow, "The date must be today or in the past", "date-day"],
  ];
  for (const [typed, message, box] of cases) {
    await fillDate(group, ...typed);
    await cont(page);
    // The summary's link says what is wrong and leads to the box to fix.
    const link = page.locator(`.error-summary a[href="#${box}"]`, { hasText: message });
    await link.waitFor();
    assert.match(await titleOf(page, { error: true }), /^Error: /);
    // The same message beside the boxes, read with the group, and nothing cleared.
    await group.getByText(message).waitFor();
    assert.match(await group.getAttribute("aria-describedby"), /date-hint date-error/);
    assert.equal(await page.locator(`#${box}`).getAttribute("aria-invalid"), "true");
    assert.deepEqual(await dateBoxes(group), typed, "every box keeps what was typed");
    await link.click();
    await expectFocus(page, "id", box, "the link puts the focus in the box to fix");
  }
  await expectAccessible(page, "a date with an error");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "a date with an error, dark");
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "date-error");

  // Half typed, it is stored as typed and comes back after a reload.
  await fillDate(group, "27", "3", "");
  await storedDate(page, "27\n3\n");
  await page.reload();
  await onPage(page, "About their message");
  assert.deepEqual(await dateBoxes(group), ["27", "3", ""], "the half-typed date survives a reload");

  // A real date is stored as YYYY-MM-DD, as it always was, and shown in the boxes.
  await group.getByLabel("Year").fill("2026");
  await storedDate(page, "2026-03-27");
  await page.reload();
  await onPage(page, "About their message");
  assert.deepEqual(await dateBoxes(group), ["27", "3", "2026"]);
  await expectAccessible(page, "the date boxes");
  await expectNoSidewaysScroll(page, "the date boxes");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page, "the date boxes at 320 px");
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshots(page, "date-boxes");
  await cont(page);
  await onPage(page, "Who are you writing to?");
  expectClean(page);
  await page.context().close();
});

test("a date stored by an older version shows in the boxes", async () => {
  const page = await openPage(env, null);
  const record = {
    version: 2,
    id: "00000000000000d1",
    created: 1,
    updated: 1,
    answers: { rejection: { company: "Old Co", job_title: "Analyst", date: "2026-11-05", said_keep_in_mind: true } },
  };
  await page.addInitScript((r) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(`kept-in-mind.record.${r.id}`, JSON.stringify(r));
      sessionStorage.setItem("seeded", "yes");
    }
  }, record);
  await page.goto(env.origin + "/");
  await page.getByText("No received 5 November 2026").waitFor();
  await page.getByRole("link", { name: /^Continue.*Old Co/ }).click();
  await page.goto(env.origin + "/#/no/details");
  await onPage(page, /^About/);
  assert.deepEqual(await dateBoxes(page.getByRole("group", { name: "When did the No arrive? (optional)" })), ["5", "11", "2026"]);
  expectClean(page);
  await page.context().close();
});

test("a later person's page says who it is about", async () => {
  const page = await openPage(env, "/");
  const titles = new Set();
  await fillWizard(page, EXECUTIVE, async (p, step) => {
    if (step === "people") titles.add(await titleOf(p));
  });
  const [margaret, tomas] = EXECUTIVE.people;
  await page.goto(env.origin + "/#/people");
  await onPage(page, /You are writing to 2 people/);
  // What each person's page is headed with, by how it is reached.
  for (const [link, heading] of [
    [`Change ${margaret.name}`, `About ${margaret.name}`],
    [`Change ${tomas.name}`, `About ${tomas.name}`],
  ]) {
    await page.getByRole("link", { name: link }).click();
    await onPage(page, heading);
    titles.add(await titleOf(page));
    await expectAccessible(page, heading);
    await page.getByRole("link", { name: "Back" }).click();
    await onPage(page, /You are writing to 2 people/);
  }
  await page.getByRole("button", { name: "Add another person" }).click();
  await onPage(page, "Who else are you writing to?");
  titles.add(await titleOf(page));
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "a new later person, dark");
  await page.emulateMedia({ colorScheme: "light" });
  await fillPerson(page, { name: "Sam Lee", greet: "By their first name", part: "Hiring manager" });
  await onPage(page, "You are writing to 3 people");
  await page.getByRole("link", { name: "Change Sam Lee" }).click();
  await onPage(page, "About Sam Lee");
  for (const title of titles) assert.match(title, /^(About .+|Who else are you writing to\?|You are writing to .+) – Step 2 of 5 – Kept in Mind$/, "the title names the page, then the step");
  assert.equal(titles.size, 4, [...titles].join("\n"));
  // What stood out asks about each person by name.
  await page.goto(env.origin + "/#/stood-out");
  await onPage(page, "What stood out?");
  for (const name of [margaret.name, tomas.name, "Sam Lee"]) {
    await page.getByLabel(`Something specific you talked about with ${name} (optional)`).waitFor();
  }
  expectClean(page);
  await page.context().close();
});

/** Every visible hint has an id that some control or fieldset is described by. */
async function expectHintsTied(page, where) {
  const loose = await page.evaluate(() => {
    const described = new Set(
      [...document.querySelectorAll("[aria-describedby]")].flatMap((e) => e.getAttribute("aria-describedby").split(/\s+/)),
    );
    return [...document.querySelectorAll(".hint")]
      .filter((hint) => hint.offsetParent !== null)
      .filter((hint) => !hint.id || !described.has(hint.id))
      .map((hint) => hint.id || hint.textContent.slice(0, 40));
  });
  assert.deepEqual(loose, [], `hints not tied to a control on ${where}`);
  return page.locator(".hint:visible").count();
}

test("every hint is tied to its control for screen readers", async () => {
  let seen = 0;
  for (const scenario of [MID_LEVEL, EXECUTIVE]) {
    const page = await openPage(env, "/");
    await fillWizard(page, scenario, async (p, step) => {
      seen += await expectHintsTied(p, step);
    });
    // The hints that show only for some answers: the page, the box that
    // shows them, and that box as it was.
    const [first] = scenario.people;
    const greetings = ["By title and surname", first.greet];
    for (const [hash, heading, label, was] of [
      ["#/people/1", /^(Who are you writing to\?|About )/, greetings[0], greetings[1]],
      ["#/ask/keep-in-mind", /keep you in mind for/, "Related roles", scenario.keepFor],
      ["#/ask/style", /How should your note sound/, "A LinkedIn invitation note", null],
      ["#/ask/extras", /Anything else/, "Offer to help", null],
    ]) {
      await page.goto(env.origin + "/" + hash);
      await onPage(page, heading);
      const control = page.getByLabel(label, { exact: true });
      if (!(await control.count())) continue; // Offering help is for senior roles only.
      const on = await control.isChecked();
      await control.check();
      seen += await expectHintsTied(page, `${hash} with “${label}”`);
      if (was) await page.getByLabel(was, { exact: true }).check();
      else if (!on) await control.uncheck();
    }
    // The notes page: the day a note was sent, the check-in dates and the news box.
    await page.goto(env.origin + "/#/check");
    await page.getByRole("button", { name: /^Write my/ }).click();
    await onPage(page, "Your notes");
    await openNotes(page);
    seen += await expectHintsTied(page, "the notes page");
    await page.getByRole("button", { name: /^I’ve sent this/ }).first().click();
    await page.getByRole("heading", { name: "Keep in touch" }).waitFor();
    seen += await expectHintsTied(page, "the notes page with check-ins");
    expectClean(page);
    await page.context().close();
  }
  assert.ok(seen >= 30, `hints were found and checked (${seen})`);
});

test("the day a note was sent and the check-in dates are checked on their buttons", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, MID_LEVEL);
  await page.getByRole("button", { name: "Write my note" }).click();
  await onPage(page, "Your notes");
  await openNotes(page);
  const sent = page.getByRole("group", { name: /^Day you sent it\W+your email reply to Priya Shah$/ });
  const button = page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Priya Shah$/ });
  const { today, tomorrow } = await days(page);
  assert.deepEqual(await dateBoxes(sent), today, "today unless changed");
  for (const [typed, message, box] of [
    [["", "", ""], "Enter the day you sent it", "day"],
    [["1", "", "2026"], "The date must include a month", "month"],
    [tomorrow, "The date must be today or in the past", "day"],
  ]) {
    await fillDate(sent, ...typed);
    await button.click();
    await sent.getByText(message).waitFor();
    await expectFocus(page, "id", new RegExp(`^sent-\\d+-email_reply-${box}$`), "the focus goes to the box to fix");
    assert.deepEqual(await dateBoxes(sent), typed, "nothing cleared");
  }
  await expectAccessible(page, "the day sent with an error");
  await screenshots(page, "date-sent-error");
  await fillDate(sent, "1", "12", "2026");
  await button.click();
  await page.locator(".sent").getByText("Sent on 1 December 2026", { exact: true }).waitFor();

  const second = page.getByRole("group", { name: "Check-in 2" });
  await fillDate(second, "10", "", "2027");
  await page.getByRole("button", { name: "Add all to my calendar" }).click();
  await second.getByText("The date must include a month").waitFor();
  await expectFocus(page, "id", "check-in-2-month", "the focus goes to the month to fix");
  await expectAccessible(page, "a check-in date with an error");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "a check-in date with an error, dark");
  await page.emulateMedia({ colorScheme: "light" });
  await screenshots(page, "date-check-in-error");
  await second.getByLabel("Month").fill("3");
  await page.waitForTimeout(600);
  await page.reload();
  await onPage(page, "Your notes");
  assert.deepEqual(await dateBoxes(page.getByRole("group", { name: "Check-in 2" })), ["10", "3", "2027"], "a check-in date is kept");
  expectClean(page);
  await page.context().close();
});
