// Pasting their email on the first page of "The No": the answers it holds
// are filled in and marked "(from their email)" on the pages they belong to
// (reached here through Change on "Here’s what we found"), a changed answer
// loses its mark, the notes use what the user confirmed, and the page is
// accessible in its empty, error, "nothing found" and filled states.
// The fast path itself is fast-path.test.mjs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ROOT, expectAccessible, expectClean, expectNoSidewaysScroll, openPage, screenshots, start } from "./harness.mjs";
import { WRITE, cont, dateBoxes, noteText, onPage, titleOf } from "./journey.mjs";

const email = (name) => readFileSync(join(ROOT, "tests", "data", "emails", "tuned", `${name}.txt`), "utf8");
const MARK = "(from their email)";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

/** The accessible name of the control with this id. */
const labelOf = (page, id) => page.locator(`label[for="${id}"]`).innerText();

test("a pasted email fills the first chapter and the first person, marked, and the notes use the confirmed answers", async () => {
  const page = await openPage(env, "/");
  await page.getByRole("link", { name: "Start now" }).click();
  await onPage(page, "Which job was it?");
  await expectAccessible(page, "the first page with the paste box");
  await screenshots(page, "paste-empty");

  // Nothing pasted: an error that says what to do.
  await page.getByRole("button", { name: "Fill in from this email" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await summary.getByRole("link", { name: /Paste the email into the box first/ }).waitFor();
  assert.match(await titleOf(page, { error: true }), /^Error: /);
  await page.locator("#their-email-error").waitFor();
  await expectAccessible(page, "the paste box with its error");
  await screenshots(page, "paste-error");

  // An email in another language: nothing is guessed, and the page says so kindly.
  const paste = page.getByLabel("Paste the email they sent you (optional)");
  await paste.fill(email("13-german"));
  await page.getByRole("button", { name: "Fill in from this email" }).click();
  await page.getByText("We could not find answers to fill in from this email").first().waitFor();
  assert.equal(await page.getByRole("alert").count(), 0, "the error is gone");
  assert.equal(await page.getByLabel("Company").inputValue(), "");
  await expectAccessible(page, "the paste box when nothing was found");
  await screenshots(page, "paste-nothing-found");

  // A real one: the answers are filled and marked; a typed answer is never overwritten.
  await page.getByLabel("Job title").fill("Senior Staff Engineer");
  await paste.fill(email("05-final-round"));
  await page.getByRole("button", { name: "Fill in from this email" }).click();
  await page.getByText(/answers were filled in from their email/).first().waitFor();
  assert.equal(await page.getByLabel("Company").inputValue(), "Contoso");
  assert.equal(await labelOf(page, "company"), `Company ${MARK}`);
  assert.equal(await page.getByLabel("Job title").inputValue(), "Senior Staff Engineer", "what the user typed stays");
  assert.equal(await labelOf(page, "job-title"), "Job title", "and is not marked");
  await expectAccessible(page, "the first page once filled in");
  await expectNoSidewaysScroll(page, "the filled first page");
  await screenshots(page, "paste-filled");

  // Changing a filled answer takes its mark away.
  await page.getByLabel(`Company ${MARK}`).fill("Contoso Ltd");
  assert.equal(await labelOf(page, "company"), "Company");
  await page.getByLabel("Company").fill("Contoso");
  await cont(page);

  // Each filled answer is marked on its own page, reached through Change.
  await onPage(page, "Here’s what we found");
  const change = async (link, heading) => {
    await page.getByRole("link", { name: link }).click();
    await onPage(page, heading);
  };
  const backToFound = async () => {
    await page.getByRole("link", { name: "Back" }).click();
    await onPage(page, "Here’s what we found");
  };
  await change("Change how far you got", "How far did you get?");
  assert.ok(await page.getByLabel(`The final round, and they told me it was close ${MARK}`, { exact: true }).isChecked());
  await expectAccessible(page, "a choice filled in from the email");
  await screenshots(page, "paste-stage");
  await backToFound();

  await change("Change how the No arrived", "How did the No arrive?");
  assert.ok(await page.getByLabel(`An email from the hiring manager ${MARK}`, { exact: true }).isChecked());
  await backToFound();

  await change("Change they said they would keep you in mind", "About their message");
  const keep = page.getByRole("group", { name: "Did they say they would keep you in mind?" });
  assert.ok(await keep.getByLabel(`Yes ${MARK}`).isChecked());
  assert.equal(await page.getByLabel(/The subject of their email/).inputValue(), "Staff Engineer - final round");
  // The date the reader found, stored as 2026-11-21, shows in the three boxes.
  assert.deepEqual(await dateBoxes(page.getByRole("group", { name: `When did the No arrive? (optional) ${MARK}` })), ["21", "11", "2026"]);
  await cont(page);
  await onPage(page, "Here’s what we found");

  // The sender is the first person, with name, title, part and address.
  await change("Change Rachel Green’s name", "Who are you writing to?");
  assert.equal(await page.getByLabel(`Their name ${MARK}`).inputValue(), "Rachel Green");
  assert.equal(await page.getByLabel(`Their job title (optional) ${MARK}`).inputValue(), "Engineering Director");
  assert.equal(await page.getByLabel(`Their email address (optional) ${MARK}`).inputValue(), "rachel.green@contoso.example");
  assert.ok(await page.getByLabel(`Hiring manager ${MARK}`, { exact: true }).isChecked());
  await expectAccessible(page, "the first person filled in from the email");
  await screenshots(page, "paste-person");
  await cont(page);
  await onPage(page, "Here’s what we found");
  await cont(page);

  await onPage(page, "What stood out?");
  await cont(page);

  await onPage(page, "About you");
  assert.equal(await page.getByLabel(`Your name ${MARK}`).inputValue(), "Chris");
  await page.getByLabel(`Your name ${MARK}`).fill("Chris Novak");
  assert.equal(await labelOf(page, "your-name"), "Your name");
  await page.getByLabel("Mid-level", { exact: true }).check();
  await cont(page);

  await onPage(page, "What would you like them to keep you in mind for?");
  await page.getByLabel("Future openings", { exact: true }).check();
  await cont(page);
  await onPage(page, "Anything else to ask or offer?");
  await cont(page);

  await onPage(page, "Check your answers");
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  const body = await noteText(page, "Your email reply to Rachel Green");
  for (const must of ["Rachel", "Contoso", "Senior Staff Engineer", "Chris Novak"]) {
    assert.ok(body.includes(must), `the note uses the confirmed ${must}:\n${body}`);
  }
  assert.ok(!body.includes("Contoso Ltd"), "the abandoned edit is not used");
  assert.equal(await page.getByLabel("Subject", { exact: true }).inputValue(), "Re: Staff Engineer - final round");

  // The email itself was not kept: the box was left unticked.
  const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kept-in-mind.record.")).map((k) => localStorage.getItem(k)).join("\n"));
  assert.ok(!saved.includes("Thank you for coming onsite"), "the pasted email is not stored");
  expectClean(page);
  await page.context().close();
});

test("the pasted email is kept with the answers only when the user ticks the box", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Keep the email with my answers").check();
  await page.getByLabel("Paste the email they sent you (optional)").fill(email("02-hiring-manager-personal"));
  await page.getByRole("button", { name: "Fill in from this email" }).click();
  await page.getByText(/answers were filled in/).first().waitFor();
  await page.waitForFunction(() => (Object.keys(localStorage).filter((k) => k.startsWith("kept-in-mind.record.")).map((k) => localStorage.getItem(k)).join("\n")).includes("patient intake redesign"), null, { timeout: 3000 });
  await page.reload();
  await page.locator(".app").waitFor();
  assert.match(await page.getByLabel("Paste the email they sent you (optional)").inputValue(), /patient intake redesign/);
  // Unticking forgets it.
  await page.getByLabel("Keep the email with my answers").uncheck();
  await page.waitForFunction(() => !(Object.keys(localStorage).filter((k) => k.startsWith("kept-in-mind.record.")).map((k) => localStorage.getItem(k)).join("\n")).includes("patient intake redesign"), null, { timeout: 3000 });
  expectClean(page);
  await page.context().close();
});
