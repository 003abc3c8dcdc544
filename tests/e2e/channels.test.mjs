// Channels per person: the style page shows what each person gets, and
// under each one's Change, boxes for them alone; the check page and the
// notes page follow each person's own choice.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { bothThemes, expectClean, expectFocus, expectNoSidewaysScroll, openPage, screenshots, start } from "./harness.mjs";
import { MID_LEVEL, WRITE, cont, fillWizard, onPage, titleOf } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

const STYLE = "How should your note sound, and where will you send it?";

/** Jen wrote; Sam, on the panel, did not, but their address is known. */
const TWO = {
  ...MID_LEVEL,
  people: [
    { name: "Jen Torres", greet: "By their first name", part: "Hiring manager", email: "jen.torres@example.com" },
    { name: "Sam Lee", greet: "By their first name", part: "Member of the interview panel", email: "sam.lee@example.com" },
  ],
  channels: ["An email reply in their thread"],
};

/** The line saying what each person gets, in the page's order. */
const lines = (page) => page.locator(".own__line").allInnerTexts();

/** Opens a person's Change (the fold under their line) from the keyboard. */
async function openChange(page, name) {
  const summary = page.locator("summary", { hasText: `${name}:` });
  assert.match(await summary.innerText(), /Change$/);
  await summary.focus();
  await page.keyboard.press("Enter");
  return page.getByRole("group", { name: `Notes for ${name}` });
}

/** Ticks or unticks a box from the keyboard. */
async function toggle(box) {
  await box.focus();
  await box.press("Space");
}

test("two people get different notes, each chosen for them alone, and the notes page shows each one's", async () => {
  const page = await openPage(env);
  await fillWizard(page, TWO);
  assert.equal(await page.getByText("Each person’s notes").count(), 0, "no row while everyone has the usual choice");
  await page.getByRole("link", { name: "Change send it as" }).click();
  await onPage(page, STYLE);

  // What each gets from the choice above: the reply to whoever wrote, a new email to the other.
  assert.deepEqual(await lines(page), ["Jen Torres: Email reply", "Sam Lee: New email"]);
  await bothThemes(page, "the style page with two people");
  await screenshots(page, "channels-style");

  const sam = await openChange(page, "Sam Lee");
  // Only what fits their part: Sam did not write, so there is no thread to reply in.
  assert.equal(await sam.getByRole("checkbox", { name: /email reply/ }).count(), 0);
  const samNew = sam.getByRole("checkbox", { name: "A new email for Sam Lee" });
  assert.ok(await samNew.isChecked(), "Sam's boxes start from what Sam gets");
  await toggle(sam.getByRole("checkbox", { name: "A LinkedIn message for Sam Lee" }));
  await toggle(samNew);
  const jen = await openChange(page, "Jen Torres");
  await toggle(jen.getByRole("checkbox", { name: "A handwritten card for Jen Torres" }));
  assert.deepEqual(await lines(page), ["Jen Torres: Email reply, Handwritten card", "Sam Lee: LinkedIn message"]);
  // The choice for everyone stays as it was.
  const everyone = page.getByRole("group", { name: "Where will you send it?" });
  assert.ok(await everyone.getByLabel("An email reply in their thread", { exact: true }).isChecked());
  assert.ok(!(await everyone.getByLabel("A handwritten card", { exact: true }).isChecked()));
  await bothThemes(page, "the style page with each person's boxes open");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page, "the style page with each person's boxes open at 320 px");
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshots(page, "channels-style-open");

  // Someone left with nothing: said on Continue, and the link leads to their first box.
  await toggle(sam.getByRole("checkbox", { name: "A LinkedIn message for Sam Lee" }));
  assert.deepEqual(await lines(page), ["Jen Torres: Email reply, Handwritten card", "Sam Lee: Not answered yet"]);
  await cont(page);
  const message = "Select at least one way to send your note to each person";
  const summary = page.getByRole("alert");
  await summary.getByRole("link", { name: message }).waitFor();
  assert.match(await titleOf(page, { error: true }), /^Error: /);
  assert.equal(await sam.getByText(message).count(), 1, "the same words beside Sam's boxes");
  await bothThemes(page, "the style page with an error in a person's boxes");
  await summary.getByRole("link", { name: message }).click();
  await expectFocus(page, "id", /^channel-\d+-email_new$/, "the error's link lands on Sam's first box");
  await toggle(sam.getByRole("checkbox", { name: "A LinkedIn message for Sam Lee" }));
  await cont(page);

  await onPage(page, "Check your answers");
  const row = page.locator(".summary-list__row", { hasText: "Each person’s notes" });
  assert.equal(
    await row.locator("dd").first().innerText(),
    "Jen Torres: Email reply, Handwritten card\nSam Lee: LinkedIn message",
  );
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await page.getByText("2 people · 3 notes", { exact: true }).waitFor();
  const shown = async () => {
    const out = [];
    for (const name of ["Jen Torres", "Sam Lee"]) {
      out.push(await page.getByRole("region", { name: `To ${name}` }).locator("summary .note__title").allInnerTexts());
    }
    return out;
  };
  const want = [["Email reply", "Handwritten card"], ["LinkedIn message"]];
  assert.deepEqual(await shown(), want);
  await bothThemes(page, "the notes page with each person's own notes");
  await screenshots(page, "channels-notes");
  // Kept: a reload shows the same notes.
  await page.reload();
  await onPage(page, "Your notes");
  assert.deepEqual(await shown(), want);
  expectClean(page);
  await page.context().close();
});
