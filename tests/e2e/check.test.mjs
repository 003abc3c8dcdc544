// "Check your answers" and the step indicator: what was left blank stands
// together, every missing answer is listed and leads to its field, the
// button counts the notes, and the steps read the same to everyone.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ROOT, bothThemes, expectClean, expectFocus, openPage, screenshots, start } from "./harness.mjs";
import { EXECUTIVE, FROM_EMAIL, cont, fillFromEmail, fillWizard, onPage, titleOf } from "./journey.mjs";

const email = (name) => readFileSync(join(ROOT, "tests", "data", "emails", "tuned", `${name}.txt`), "utf8");

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

/** The keys of the rows under the heading `title`. */
async function keysUnder(page, title) {
  return page.evaluate((title) => {
    const heading = [...document.querySelectorAll("main h2")].find((h) => h.textContent === title);
    const list = heading?.nextElementSibling;
    return list ? [...list.querySelectorAll("dt")].map((dt) => dt.textContent) : null;
  }, title);
}

/** The error summary's links, in order. */
const problems = (page) =>
  page.locator(".error-summary a").evaluateAll((links) => links.map((a) => a.textContent));

test("skipped answers stand under Left blank, and the button says how many notes it writes", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, EXECUTIVE);
  const [margaret, tomas] = EXECUTIVE.people;
  assert.deepEqual(await keysUnder(page, "Left blank (4)"), [
    "Date of the No",
    `Their job title (${tomas.name})`,
    `Their email address (${tomas.name})`,
    "Strengths to mention",
  ]);
  assert.equal(await page.getByText("Not provided").count(), 0, "no scattered “Not provided” rows");
  assert.deepEqual(await keysUnder(page, tomas.name), ["Their name", "How to greet them", "Their part", "Something specific you talked about"]);
  assert.ok((await keysUnder(page, margaret.name)).includes("Their job title"));
  assert.equal(await page.locator(".error-summary").count(), 0, "nothing is missing");
  // Two people: each Change link names whose answer it changes.
  assert.equal(await page.getByRole("link", { name: "Change their name" }).count(), 0);
  for (const person of [margaret, tomas]) {
    await page.getByRole("link", { name: `Change ${person.name}’s name`, exact: true }).waitFor();
    await page.getByRole("link", { name: `Change how to greet ${person.name}`, exact: true }).waitFor();
  }
  await page.getByRole("link", { name: `Change something specific you talked about with ${tomas.name}`, exact: true }).waitFor();
  await bothThemes(page, "the check page with answers left blank");

  // A blank answer's Change link opens its page and comes back.
  await page.getByRole("link", { name: `Change their job title (${tomas.name})` }).click();
  // (The person's page may be headed with their name: found by its box.)
  await page.getByLabel("Their job title (optional)").fill("Head of Operations");
  await cont(page);
  await onPage(page, /You are writing to/);
  await cont(page);
  await onPage(page, "Check your answers");
  assert.equal(await keysUnder(page, "Left blank (4)"), null);
  assert.equal((await keysUnder(page, "Left blank (3)")).length, 3);

  // Two people; five channels, the call-back lines only for the one who called.
  const button = page.getByRole("button", { name: "Write my 9 notes", exact: true });
  await button.click();
  await onPage(page, "Your notes");
  assert.equal(await page.locator("textarea").count(), 9, "the notes page shows the notes the button counted");
  expectClean(page);
  await page.context().close();
});

test("every missing answer of every page is listed, and each link leads to its field", async () => {
  const page = await openPage(env, "/#/check");
  await onPage(page, "Check your answers");
  assert.deepEqual(await problems(page), [
    "Enter the company’s name",
    "Enter the job title",
    "Select how far you got",
    "Select how the No arrived",
    "Select whether they said they would keep you in mind",
    "Add at least one person to write to",
    "Enter your name",
    "Select the level of the role you were going for",
    "Select what you would like them to keep you in mind for",
  ]);
  assert.equal(await page.getByRole("button", { name: "Write my notes", exact: true }).count(), 1);
  await bothThemes(page, "the check page with every answer missing");
  const follow = async (link, heading, id) => {
    await page.locator(".error-summary").getByRole("link", { name: link, exact: true }).click();
    await onPage(page, heading);
    await expectFocus(page, "id", id, `${link} lands on #${id}`);
  };

  await follow("Select the level of the role you were going for", "About you", "seniority");
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, "Check your answers");
  await follow("Enter the job title", "Which job was it?", "job-title");
  await page.getByLabel("Job title").fill("Operations Lead");
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, "Check your answers");
  assert.ok(!(await problems(page)).includes("Enter the job title"), "a fixed answer leaves the list");

  // A person half filled in: their own problems, by name, on their page.
  await follow("Add at least one person to write to", "Who are you writing to?", "add-person");
  await page.getByRole("button", { name: "Add a person" }).click();
  await page.getByLabel("Their name", { exact: true }).fill("Priya Shah");
  await page.getByLabel("Their email address (optional)").fill("priya@");
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, /You are writing to/);
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, "Check your answers");
  const list = await problems(page);
  assert.ok(!list.includes("Add at least one person to write to"), list.join("\n"));
  assert.ok(list.includes("Priya Shah: Select their part in the process"), list.join("\n"));
  assert.ok(list.includes("Priya Shah: Enter an email address in the correct format, like name@example.com"), list.join("\n"));
  await follow("Priya Shah: Enter an email address in the correct format, like name@example.com", /\S/, "email");
  expectClean(page);
  await page.context().close();
});

/** The WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Each step's part of the bar as drawn: height, fill, outline, and its name. */
const bar = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".steps__bar li")].map((li) => {
      const part = getComputedStyle(li, "::before");
      const name = li.querySelector("span");
      return {
        height: parseFloat(part.height),
        fill: part.backgroundColor,
        outline: part.borderTopColor,
        page: getComputedStyle(document.body).backgroundColor,
        name: name.checkVisibility() ? name.textContent : null,
        weight: Number(getComputedStyle(name).fontWeight),
      };
    }),
  );

test("the step indicator: the current step stands out by shape, names on wide screens, one label for screen readers", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, EXECUTIVE, async (p, step) => {
    if (step !== "about-you") return;
    for (const colorScheme of ["light", "dark"]) {
      await p.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      for (const width of [375, 1280]) {
        await p.setViewportSize({ width, height: 900 });
        const parts = await bar(p);
        const [done, current, next] = [parts[0], parts[3], parts[4]];
        assert.ok(current.height >= 1.5 * done.height, `${colorScheme} ${width}: the current step is taller (${current.height} vs ${done.height})`);
        assert.equal(done.height, next.height);
        assert.notEqual(done.fill, next.fill, "a finished step is filled, one to come is not");
        for (const [what, colour] of [["a finished step", done.fill], ["the current step", current.fill], ["a step to come", next.outline]]) {
          const ratio = contrast(colour, done.page);
          assert.ok(ratio >= 3, `${colorScheme}: ${what} has ${ratio.toFixed(2)}:1 against the page`);
        }
        const names = parts.map((p) => p.name);
        if (width === 375) {
          assert.deepEqual(names, [null, null, null, null, null], "no names at 375 px");
        } else {
          assert.deepEqual(names, ["The No", "Who you’re writing to", "What stood out", "You and your ask", "Check your answers"]);
          assert.ok(current.weight > parts[2].weight, "the current step's name is emphasised");
        }
        await p.getByText("Step 4 of 5: You and your ask, page 1 of 4", { exact: true }).waitFor();
      }
    }
    await p.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
    // Screen readers hear the label once; the bar and its names are hidden.
    const heard = await p.locator(".steps").ariaSnapshot();
    assert.equal(heard.split("You and your ask").length - 1, 1, heard);
    assert.match(heard, /Step 4 of 5: You and your ask/);
    assert.equal(await titleOf(p), "About you – Step 4 of 5, page 1 of 4 – Kept in Mind");
    await bothThemes(p, "a step-4 page");
    await screenshots(p, "steps-about-you");
  });
  await screenshots(page, "steps-check");
  expectClean(page);
  await page.context().close();
});

// How long the journey takes a person, from what they read, type and
// choose on a phone. Assumptions (README, "How long it takes"):
const READ_WPM = 240; // silent reading of English non-fiction: 238 words a minute (Brysbaert, 2019)
const TYPE_CPM = 36 * 5; // typing on a phone: 36 words a minute (Palin et al., 2019), 5 characters a word
const DECIDE_S = 5; // each box filled or choice made: deciding what to put, and reaching it
const PAGE_S = 2; // each page: reaching Continue and the next page appearing

/** Minutes from the counts of what a person does (see the constants above). */
const minutes = ({ wordsRead, characters, answers, pages }) =>
  wordsRead / READ_WPM + characters / TYPE_CPM + (answers * DECIDE_S + pages * PAGE_S) / 60;

/** Counts every radio button and checkbox the person changes, on `window.choices`. */
async function countChoices(page) {
  await page.evaluate(() => {
    window.choices = 0;
    document.addEventListener("change", (e) => ["radio", "checkbox"].includes(e.target.type) && window.choices++, true);
  });
}

/** The words a person reads on the page now. */
const wordsOn = async (page) => (await page.locator("main").innerText()).split(/\s+/).filter(Boolean).length;

/** Minutes a person takes from Start to their notes with scenario `s`, and the counts it is made of. */
async function measure(s) {
  const page = await openPage(env, "/", { viewport: { width: 375, height: 800 } });
  await countChoices(page);
  const read = {};
  await fillWizard(page, s, async (_, step) => {
    read[step] = await wordsOn(page);
  });
  read.check = await wordsOn(page);
  // fillWizard sees a person's page and the list once; a person reads them once per person.
  const pages = Object.keys(read).length + 2 * (s.people.length - 1);
  const wordsRead = Object.values(read).reduce((a, b) => a + b) + (s.people.length - 1) * (read.person + read.people);
  const texts = [s.company, s.jobTitle, s.subject, s.admire, s.yourName, s.contact, ...(s.strengths ?? [])];
  for (const p of s.people) texts.push(p.name, p.honorific, p.title, p.email, p.detail);
  const typed = texts.filter(Boolean);
  const characters = typed.join("").length;
  const choices = await page.evaluate(() => window.choices);
  const m = { wordsRead, characters, answers: typed.length + choices, pages };
  await page.context().close();
  return { ...m, minutes: minutes(m) };
}

/**
 * The same with the rejection email pasted on the first page: what the
 * email gave is read, not typed, and pasting it with "Fill in" is one
 * answer. `seen` is the headings of the pages, Start's page to the check page.
 */
async function measureWithEmail(s) {
  const page = await openPage(env, "/", { viewport: { width: 375, height: 800 } });
  await countChoices(page);
  let wordsRead = 0;
  const { typed, seen } = await fillFromEmail(page, s, email(s.email), async () => {
    wordsRead += await wordsOn(page);
  });
  const choices = await page.evaluate(() => window.choices);
  const m = { wordsRead, characters: typed.join("").length, answers: typed.length + choices + 1, pages: seen.length };
  await page.context().close();
  return { ...m, minutes: minutes(m), seen };
}

test("the home page's time estimates are what the journeys measure, with and without their email", async (t) => {
  const two = await measure(EXECUTIVE);
  const one = await measure({ ...EXECUTIVE, people: EXECUTIVE.people.slice(0, 1) });
  const twoFast = await measureWithEmail(FROM_EMAIL);
  const oneFast = await measureWithEmail({ ...FROM_EMAIL, people: FROM_EMAIL.people.slice(0, 1) });
  for (const [who, m] of [
    ["two people", two],
    ["one person", one],
    ["two people with their email", twoFast],
    ["one person with their email", oneFast],
  ]) {
    t.diagnostic(`${who}: ${m.wordsRead} words read, ${m.characters} characters typed, ${m.answers} answers, ${m.pages} pages after the home page: ${m.minutes.toFixed(1)} minutes`);
  }
  assert.ok(one.minutes < two.minutes);
  // Issue 19's budget for the fast path: the home page counts as a page.
  assert.ok(oneFast.pages + 1 <= 8, `one person with their email: ${oneFast.pages + 1} pages to the notes (${oneFast.seen.join(" → ")})`);
  assert.ok(oneFast.minutes <= 5, `one person with their email: ${oneFast.minutes.toFixed(1)} minutes`);
  assert.ok(twoFast.minutes <= 7, `two people with their email: ${twoFast.minutes.toFixed(1)} minutes`);
  const page = await openPage(env, "/");
  const said = await page.getByText(/It takes about \d+ minutes/).innerText();
  const [, standard, low, high] = said.match(/about (\d+) minutes for one or two people, or (\d+) to (\d+) with their email/);
  assert.ok(Math.abs(standard - two.minutes) <= 1.5, `the home page says ${standard} minutes; two people measure ${two.minutes.toFixed(1)}`);
  assert.ok(Math.abs(low - oneFast.minutes) <= 1, `the home page says ${low} with their email; one person measures ${oneFast.minutes.toFixed(1)}`);
  assert.ok(Math.abs(high - twoFast.minutes) <= 1, `the home page says ${high} with their email; two people measure ${twoFast.minutes.toFixed(1)}`);
  expectClean(page);
  await page.context().close();
});
