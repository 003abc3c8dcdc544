// The fast path from a pasted email (issue 19): what the email answered is
// shown together on "Here’s what we found", each answer with Change; the
// pages it answered are left out and only what is missing is asked; the
// style page's choices wait on the check page with their defaults. One
// person and two, by visible labels and roles, axe in both themes.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ROOT, bothThemes, expectClean, expectNoSidewaysScroll, openPage, screenshots, start } from "./harness.mjs";
import { FROM_EMAIL, cont, expectHeadingFocused, fillFromEmail, noteText, onPage, titleOf } from "./journey.mjs";

const email = (name) => readFileSync(join(ROOT, "tests", "data", "emails", "tuned", `${name}.txt`), "utf8");

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

/** Every row of the summary lists on the page: key, value, and the Change link's name. */
const rows = (page) =>
  page.locator("main .summary-list__row").evaluateAll((rows) =>
    rows.map((row) => [
      row.querySelector("dt").textContent,
      row.querySelector("dd:not(.summary-list__action)")?.textContent ?? "",
      row.querySelector("a").textContent,
    ]),
  );

/** The keys of the rows under the heading `title`. */
const keysUnder = (page, title) =>
  page.evaluate((title) => {
    const heading = [...document.querySelectorAll("main h2")].find((h) => h.textContent === title);
    const list = heading?.nextElementSibling;
    return list ? [...list.querySelectorAll("dt")].map((dt) => dt.textContent) : null;
  }, title);

/** The step indicator's line once it reads `expected` (it follows the journey), or as it reads after 2 s. */
async function stepLine(page, expected) {
  const line = page.locator("main .steps__label");
  if (expected) await page.waitForFunction((want) => document.querySelector("main .steps__label")?.textContent === want, expected, { timeout: 2000 }).catch(() => {});
  return line.textContent();
}

/**
 * Whether each chapter's counted pages, in the order seen, read "page 1 of
 * N" to "page N of N" without a gap: the step line counts only the pages
 * the journey shows.
 */
function countsThrough(lines) {
  let [next, count] = [1, null];
  for (const line of lines) {
    const [, at, of] = (line.match(/, page (\d+) of (\d+)$/) ?? []).map(Number);
    if (!at) continue;
    if (at !== next || (count !== null && of !== count)) return false;
    [next, count] = at === of ? [1, null] : [next + 1, of];
  }
  return next === 1;
}

/** Pastes the email on the first page, fills in from it and continues. */
async function pasteAndContinue(page) {
  await page.getByRole("link", { name: "Start now" }).click();
  await onPage(page, "Which job was it?");
  assert.equal(await stepLine(page), "Step 1 of 5: The No, page 1 of 4");
  await page.getByLabel("Paste the email they sent you (optional)").fill(email(FROM_EMAIL.email));
  await page.getByRole("button", { name: "Fill in from this email" }).click();
  await page.getByText("12 answers were filled in from their email. Continue to check them together on the next page.").first().waitFor();
  // The email answered the rest of the chapter: its pages are left out, and no longer counted.
  const first = "Step 1 of 5: The No, page 1 of 2";
  assert.equal(await stepLine(page, first), first);
  await cont(page);
  await onPage(page, "Here’s what we found");
}

test("one person with their email: what it said on one page, only the rest asked, the defaults on the check page", async () => {
  const page = await openPage(env, "/");
  await pasteAndContinue(page);
  await expectHeadingFocused(page);
  assert.equal(await titleOf(page), "Here’s what we found – Step 1 of 5, page 2 of 2 – Kept in Mind");
  assert.equal(await stepLine(page), "Step 1 of 5: The No, page 2 of 2");
  assert.deepEqual(await rows(page), [
    ["Company", "Contoso", "Change company"],
    ["Job title", "Staff Engineer", "Change job title"],
    ["How far you got", "The final round, and they told me it was close", "Change how far you got"],
    ["How the No arrived", "An email from the hiring manager", "Change how the No arrived"],
    ["They said they would keep you in mind", "Yes", "Change they said they would keep you in mind"],
    ["Date of the No", "21 November 2026", "Change date of the No"],
    ["Subject of their email", "Staff Engineer - final round", "Change subject of their email"],
    ["Their name", "Rachel Green", "Change Rachel Green’s name"],
    ["Their job title", "Engineering Director", "Change Rachel Green’s job title"],
    ["Their part", "Hiring manager", "Change Rachel Green’s part"],
    ["Their email address", "rachel.green@contoso.example", "Change Rachel Green’s email address"],
    ["Your name", "Chris", "Change your name"],
  ]);
  assert.deepEqual(await keysUnder(page, "Rachel Green"), ["Their name", "Their job title", "Their part", "Their email address"]);
  await bothThemes(page, "Here’s what we found");
  await expectNoSidewaysScroll(page, "Here’s what we found");
  await screenshots(page, "found");

  // A Change link opens the page, marked as the email gave it, and comes back here.
  await page.getByRole("link", { name: "Change how far you got" }).click();
  await onPage(page, "How far did you get?");
  assert.ok(await page.getByLabel("The final round, and they told me it was close (from their email)", { exact: true }).isChecked());
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, "Here’s what we found");
  await page.getByRole("link", { name: "Change job title" }).click();
  await onPage(page, "Which job was it?");
  await page.getByLabel(/^Job title/).fill("Staff Engineer, Platform");
  await cont(page);
  await onPage(page, "Here’s what we found");
  assert.deepEqual((await rows(page))[1], ["Job title", "Staff Engineer, Platform", "Change job title"], "a changed answer stays, as changed");

  // The first chapter and the person were answered: on to what the email could not say.
  const seen = ["Which job was it?", "Here’s what we found"];
  await cont(page);
  await onPage(page, "What stood out?");
  // Back retraces the path.
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, "Here’s what we found");
  await cont(page);
  await onPage(page, "What stood out?");
  seen.push("What stood out?");
  const [rachel] = FROM_EMAIL.people;
  await page.getByLabel(`Something specific you talked about with ${rachel.name} (optional)`).fill(rachel.detail);
  await cont(page);
  await onPage(page, "About you");
  seen.push("About you");
  assert.equal(await stepLine(page), "Step 4 of 5: You and your ask, page 1 of 3");
  assert.equal(await page.getByLabel("Your name (from their email)").inputValue(), "Chris");
  await page.getByLabel("Your name (from their email)").fill(FROM_EMAIL.yourName);
  await page.getByLabel(FROM_EMAIL.level, { exact: true }).check();
  await cont(page);
  await onPage(page, "What would you like them to keep you in mind for?");
  seen.push("What would you like them to keep you in mind for?");
  await page.getByLabel(FROM_EMAIL.keepFor, { exact: true }).check();
  await cont(page);
  await onPage(page, "Anything else to ask or offer?");
  seen.push("Anything else to ask or offer?");
  // The style page is left out: the chapter's last page shown says so.
  assert.equal(await stepLine(page), "Step 4 of 5: You and your ask, page 3 of 3");
  assert.equal(await titleOf(page), "Anything else to ask or offer? – Step 4 of 5, page 3 of 3 – Kept in Mind");
  await screenshots(page, "extras-fast");
  await page.getByLabel("Ask for feedback", { exact: true }).check();
  await cont(page);
  await onPage(page, "Check your answers");
  seen.push("Check your answers");
  assert.ok(seen.length + 1 <= 8, `${seen.length + 1} pages from the home page to the notes`);

  // The style page was left out: its defaults stand apart, each with Change.
  assert.deepEqual(await keysUnder(page, "Suggested for you"), ["Tone", "Length", "Send it as"]);
  assert.ok(!(await keysUnder(page, "You and your ask")).includes("Tone"));
  const suggested = (await rows(page)).filter(([key]) => ["Tone", "Length", "Send it as"].includes(key));
  assert.deepEqual(suggested, [
    ["Tone", "Warm", "Change tone"],
    ["Length", "Standard", "Change length"],
    ["Send it as", "Email reply", "Change send it as"],
  ]);
  await bothThemes(page, "the check page on the fast path");
  await expectNoSidewaysScroll(page, "the check page on the fast path");
  await screenshots(page, "check-fast");
  await page.getByRole("link", { name: "Change tone" }).click();
  await onPage(page, "How should your note sound, and where will you send it?");
  await page.getByLabel("Formal", { exact: true }).check();
  await cont(page);
  await onPage(page, "Check your answers");
  assert.deepEqual((await rows(page)).find(([key]) => key === "Tone"), ["Tone", "Formal", "Change tone"]);
  // Chosen, they are no longer suggestions: back among the user's answers.
  assert.equal(await keysUnder(page, "Suggested for you"), null);
  assert.ok((await keysUnder(page, "You and your ask")).includes("Tone"));
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, "Anything else to ask or offer?");
  await cont(page);
  await onPage(page, "Check your answers");

  await page.getByRole("button", { name: "Write my note", exact: true }).click();
  await onPage(page, "Your notes");
  const body = await noteText(page, "Your email reply to Rachel Green");
  for (const must of ["Rachel", "Contoso", "Staff Engineer, Platform", rachel.detail, FROM_EMAIL.yourName]) {
    assert.ok(body.includes(must), `the note uses ${must}:\n${body}`);
  }
  assert.equal(await page.getByLabel("Subject", { exact: true }).inputValue(), "Re: Staff Engineer - final round");
  expectClean(page);
  await page.context().close();
});

test("two people with their email: the second is added from what was found", async () => {
  const page = await openPage(env, "/");
  const { seen } = await fillFromEmail(page, FROM_EMAIL, email(FROM_EMAIL.email), async (p, heading) => {
    if (heading === "Who else are you writing to?") await bothThemes(p, "a second person's page on the fast path");
  });
  assert.deepEqual(seen, [
    "Which job was it?",
    "Here’s what we found",
    "Who else are you writing to?",
    "You are writing to 2 people",
    "What stood out?",
    "About you",
    "What would you like them to keep you in mind for?",
    "Anything else to ask or offer?",
    "Check your answers",
  ]);
  const [rachel, marcus] = FROM_EMAIL.people;
  assert.deepEqual(await keysUnder(page, marcus.name), ["Their name", "How to greet them", "Their part", "Something specific you talked about"]);
  await page.getByRole("button", { name: "Write my 2 notes", exact: true }).click();
  await onPage(page, "Your notes");
  assert.ok((await noteText(page, `Your email reply to ${rachel.name}`)).includes(rachel.detail));
  // Marcus did not write and has no address here: a LinkedIn invitation, not a reply in Rachel's thread.
  assert.match(await noteText(page, `Your LinkedIn invitation to ${marcus.name}`), /^(Hi|Dear) Marcus/);

  // Back retraces the journey: every page's step line counts only the pages it shows.
  const lines = [];
  while (!(await page.getByRole("heading", { level: 1, name: "Which job was it?" }).count())) {
    const hash = await page.evaluate(() => location.hash);
    const heading = await page.locator("main h1").first().textContent();
    await page.getByRole("link", { name: "Back" }).click();
    // The new page drawn, not only the address changed: on a loaded machine
    // the old page's step line can still be read after the hash moves.
    await page.waitForFunction(
      ([hash, heading]) => location.hash !== hash && document.querySelector("main h1")?.textContent !== heading,
      [hash, heading],
    );
    lines.unshift(await stepLine(page));
    assert.ok(lines.length < 20, lines.join("\n"));
  }
  assert.equal(lines[0], "Step 1 of 5: The No, page 1 of 2");
  assert.ok(countsThrough(lines), lines.join("\n"));
  assert.ok(lines.includes("Step 4 of 5: You and your ask, page 3 of 3"), lines.join("\n"));
  expectClean(page);
  await page.context().close();
});

test("without a pasted email nothing is left out and nothing is found", async () => {
  const page = await openPage(env, "/#/no/found");
  await onPage(page, "Here’s what we found");
  assert.deepEqual(await rows(page), []);
  assert.equal(await page.getByRole("button", { name: "Add another person" }).count(), 0);
  await cont(page);
  await onPage(page, "How far did you get?");
  expectClean(page);
  await page.context().close();
});
