// The result page: copy, the mail link, download, another wording, hand
// edits that survive a reload and are never replaced without asking.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { SCREENSHOTS, expectAccessible, expectClean, expectFocus, openPage, start } from "./harness.mjs";
import { EXECUTIVE, MID_LEVEL, WRITE, cont, fillWizard, noteText, onPage, openNotes } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

const NOTE = "Your email reply to Priya Shah";

/** The notes page of `scenario`, its notes unfolded. */
async function resultPage(options = {}, scenario = MID_LEVEL) {
  const page = await openPage(env, "/", options);
  await fillWizard(page, scenario);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await openNotes(page);
  return page;
}

/** Two people and three channels each: the page that must fit on about two phone screens. */
const TWO_PEOPLE = { ...EXECUTIVE, channels: ["A new email", "A LinkedIn invitation note", "A handwritten card"] };

/** The notes page of `TWO_PEOPLE` at `viewport`, every note folded. */
async function twoPeopleNotes(viewport) {
  const page = await openPage(env, "/", { viewport });
  await fillWizard(page, TWO_PEOPLE);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  return page;
}

test("Copy note copies the message alone, Copy subject the subject, each saying Copied", async () => {
  const page = await resultPage({ permissions: ["clipboard-read", "clipboard-write"] });
  const subject = await page.getByLabel("Subject", { exact: true }).inputValue();
  const body = await noteText(page, NOTE);
  const note = page.getByRole("article", { name: "Email reply" });
  await page.getByRole("button", { name: /^Copy note\W/ }).click();
  await page.getByRole("status").filter({ hasText: "Copied your email reply to Priya Shah." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), body, "the body alone, no Subject line");
  // "Copied" shows beside the button for a few seconds, then goes.
  const copied = note.locator(".button-group > .copied");
  await copied.waitFor();
  assert.equal(await copied.innerText(), "Copied");
  await copied.waitFor({ state: "detached", timeout: 8000 });

  await page.getByRole("button", { name: /^Copy subject\W/ }).click();
  await page.getByRole("status").filter({ hasText: "Copied the subject of your email reply to Priya Shah." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), subject);
  await note.locator(".with-button > .copied").waitFor();
  assert.equal(await note.locator(".button-group > .copied").count(), 0, "only the button used says Copied");
  // Written notes are opened from the home page, not "continued".
  await page.getByRole("link", { name: "Kept in Mind" }).click();
  await page.getByRole("heading", { name: "Kept in this browser" }).waitFor();
  await page.getByRole("link", { name: "Open Product Designer at Northwind Health" }).click();
  await onPage(page, "Your notes");
  expectClean(page);
  await page.context().close();
});

test("the notes page opens with a count and advice, each note folded under its channel, the first to send leading", async () => {
  const page = await twoPeopleNotes({ width: 375, height: 667 });
  const scenario = TWO_PEOPLE;
  await page.getByText("2 people · 6 notes", { exact: true }).waitFor();
  await page.getByText(/^Send one note to each person within a day or two; a LinkedIn invitation or a card can follow a few days later\./).waitFor();
  const [margaret, tomas] = scenario.people;
  for (const person of [margaret, tomas]) {
    const section = page.getByRole("region", { name: `To ${person.name}` });
    const names = await section.locator("summary .note__title").allInnerTexts();
    assert.deepEqual(names, ["New email", "LinkedIn invitation", "Handwritten card"]);
    assert.equal(await section.locator("details[open]").count(), 0, "every note starts folded");
    assert.match(await section.locator("summary").first().innerText(), /Send this first/);
    assert.equal(await section.getByText("Send this first").count(), 1);
  }
  // Two people and three channels fit on about two phone screens.
  const end = await page.locator(".person-notes").last().evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
  assert.ok(end <= 2.2 * 667, `the notes end ${end}px down, more than two screens`);
  await page.screenshot({ path: `${SCREENSHOTS}/notes-folded-375-light.png`, fullPage: true });
  await expectAccessible(page, "the folded notes page");

  // A jump link moves to that person's notes without leaving the page.
  await page.getByRole("navigation", { name: "People" }).getByRole("link", { name: tomas.name }).click();
  await page.waitForFunction((name) => document.activeElement?.innerText === `To ${name}`, tomas.name);
  await onPage(page, "Your notes");

  // Unfolding shows the note, its state and its actions.
  await page.getByRole("region", { name: `To ${tomas.name}` }).locator("summary").first().click();
  await page.getByLabel(`Your new email to ${tomas.name}`, { exact: true }).waitFor();
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "an unfolded note, dark");
  expectClean(page);
  await page.context().close();
});

test("a note says Ready to send or how many things to look at, the three most important first", async () => {
  const page = await resultPage();
  const note = page.getByRole("article", { name: "Email reply" });
  const status = note.locator(".note__status");
  assert.equal(await status.innerText(), "Ready to send");
  assert.equal(await note.locator("summary .note__state").innerText(), "Ready to send");
  assert.equal(await status.getAttribute("data-score"), "10", "the score stays for tests");
  assert.equal(await page.getByText(/out of 10/).count(), 0, "no grade is shown");

  await page.getByLabel(NOTE, { exact: true }).fill("hey!!! i was the strongest candidate by far, [Name]. PLEASE reconsider");
  await status.filter({ hasText: /^\d+ things to look at$/ }).waitFor();
  const total = Number((await status.innerText()).split(" ")[0]);
  assert.ok(total > 3, `${total} findings`);
  assert.ok(Number(await status.getAttribute("data-score")) < 5);
  assert.equal(await note.locator(".findings li").count(), 3);
  await note.getByRole("button", { name: new RegExp(`^Show ${total - 3} more\\W`) }).click();
  assert.equal(await note.locator(".findings li").count(), total);
  assert.equal(await note.getByRole("button", { name: /^Show \d+ more/ }).count(), 0);
  expectClean(page);
  await page.context().close();
});

test("Open in email carries the address, subject and body, correctly encoded", async () => {
  const page = await resultPage();
  const subject = await page.getByLabel("Subject", { exact: true }).inputValue();
  const body = await noteText(page, NOTE);
  const href = await page.getByRole("link", { name: "Open in email" }).getAttribute("href");
  const url = new URL(href);
  assert.equal(url.protocol, "mailto:");
  assert.equal(url.pathname, "priya.shah@example.com");
  assert.ok(!href.includes(" ") && !href.includes("\n"), "nothing is left unencoded");
  assert.equal(url.searchParams.get("subject"), subject);
  assert.equal(url.searchParams.get("body"), body.replaceAll("\n", "\r\n"));
  // Too long for a mail link: say so and offer Copy.
  await page.getByLabel(NOTE, { exact: true }).fill("A very long note. ".repeat(150));
  await page.getByText("Too long for a mail link: use Copy note instead.").waitFor();
  assert.equal(await page.getByRole("link", { name: "Open in email" }).count(), 0);
  expectClean(page);
  await page.context().close();
});

test("Download saves the note as a text file with a sensible name", async () => {
  const page = await resultPage({ acceptDownloads: true });
  const subject = await page.getByLabel("Subject", { exact: true }).inputValue();
  const body = await noteText(page, NOTE);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  assert.equal(download.suggestedFilename(), "thank-you-priya-shah-email-reply.txt");
  assert.equal(await readFile(await download.path(), "utf8"), `Subject: ${subject}\n\n${body}`);
  expectClean(page);
  await page.context().close();
});

test("ticked requests are always in the note, and what is left out to fit is named until the user edits it", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, {
    ...MID_LEVEL,
    strengths: ["patient-facing research", "accessible design systems"],
    extras: ["Ask for feedback", "Ask to connect on LinkedIn"],
  });
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await openNotes(page);
  const note = page.getByRole("article", { name: "Email reply" });
  const body = await noteText(page, NOTE);
  assert.match(body, /LinkedIn/, "the ticked LinkedIn request is never dropped");
  assert.match(body, /feedback/, "the ticked feedback request is never dropped");
  const leftOut = note.getByText(/^To keep to its usual length, this note leaves out /);
  const said = (await leftOut.count()) > 0 ? await leftOut.innerText() : "";
  assert.equal(said.includes("your strengths"), !body.includes("patient-facing research"), `strengths are named exactly when missing:\n${said}\n${body}`);
  await page.getByLabel(NOTE, { exact: true }).fill(`${body}\n\nP.S. Thank you again.`);
  await page.waitForFunction(() => ![...document.querySelectorAll("article p")].some((p) => p.innerText.startsWith("To keep to its usual length")));
  expectClean(page);
  await page.context().close();
});

test("Try another wording always changes the note", async () => {
  const page = await resultPage();
  const seen = new Set([await noteText(page, NOTE)]);
  for (let i = 0; i < 4; i++) {
    const before = await noteText(page, NOTE);
    await page.getByRole("button", { name: "Try another wording" }).click();
    await page.waitForFunction((b) => document.querySelector("textarea.note-text").value !== b, before);
    seen.add(await noteText(page, NOTE));
  }
  assert.equal(seen.size, 5);
  expectClean(page);
  await page.context().close();
});

test("a hand edit survives a reload and is never replaced without asking", async () => {
  const page = await resultPage();
  const edited = (await noteText(page, NOTE)).replace("Hi Priya,", "Hi Priya,\n\nIt was a pleasure to meet you last week.");
  await page.getByLabel(NOTE, { exact: true }).fill(edited);
  await page.reload();
  await onPage(page, "Your notes");
  assert.equal(await noteText(page, NOTE), edited);
  await openNotes(page);

  // Change an answer the note depends on.
  await page.getByRole("link", { name: "Change your answers" }).click();
  await page.getByRole("link", { name: "Change company" }).click();
  await page.getByLabel("Company").fill("Northwind Care");
  await cont(page);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await openNotes(page);
  assert.equal(await noteText(page, NOTE), edited, "the edit is still shown");
  await page.getByText("You changed your answers after editing this note.").waitFor();
  await page.getByRole("button", { name: "Keep my edited note" }).click();
  await page.getByText("You changed your answers after editing this note.").waitFor({ state: "detached" });
  assert.equal(await noteText(page, NOTE), edited);

  // Another wording asks first, in the page; declining keeps the edit.
  await page.getByRole("button", { name: /^Try another wording/ }).click();
  const question = page.getByRole("group", { name: "Another wording replaces the changes you made to this note." });
  await question.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "group");
  await expectAccessible(page, "the question before another wording");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "the question before another wording, dark");
  await page.emulateMedia({ colorScheme: "light" });
  await question.getByRole("button", { name: /^Keep my changes/ }).click();
  await question.waitFor({ state: "detached" });
  assert.equal(await noteText(page, NOTE), edited);
  await page.getByRole("button", { name: /^Try another wording/ }).click();
  await question.getByRole("button", { name: /^Replace my changes/ }).click();
  await page.waitForFunction((e) => document.querySelector("textarea.note-text").value !== e, edited);
  assert.ok((await noteText(page, NOTE)).includes("Northwind Care"));
  expectClean(page);
  await page.context().close();
});

test("the focus moves to Sent on after I've sent this, and back to the button after Mark as not sent", async () => {
  const page = await resultPage();
  await page.getByRole("button", { name: /^I’ve sent this\W+your email reply to Priya Shah$/ }).click();
  await expectFocus(page, "textContent", /^Sent on \d+ \w+ \d{4}$/, "the focus is on the note's Sent on status, not the page");
  await expectAccessible(page, "a note just marked sent, its status focused");
  await page.getByRole("button", { name: /^Mark as not sent\W+your email reply to Priya Shah$/ }).click();
  await expectFocus(page, "textContent", /^I’ve sent this/, "the focus is on the button to mark it sent again");
  expectClean(page);
  await page.context().close();
});

test("Print prints only that note", async () => {
  const page = await resultPage();
  // Record what the print stylesheet shows while the print dialog would be open.
  await page.evaluate(() => {
    window.print = () => {
      const shown = (selector) => document.querySelector(selector).checkVisibility();
      window.__printed = {
        heading: shown("main h1"),
        header: shown(".site-header"),
        footer: shown(".site-footer"),
        editor: shown(".note textarea"),
        buttons: shown(".note .button-group"),
        text: shown(".note .print-only"),
        printedText: document.querySelector(".note .print-only").innerText,
      };
    };
  });
  await page.emulateMedia({ media: "print" });
  const subject = await page.getByLabel("Subject", { exact: true }).inputValue();
  // Each card's buttons also name their note, for a screen reader's list of buttons.
  // Print media hides the buttons, so the click is the button's own, as if
  // the page were still on screen.
  await page.getByRole("button", { name: /^Print\s*: your email reply to Priya Shah$/, includeHidden: true }).evaluate((b) => b.click());
  const printed = await page.evaluate(() => window.__printed);
  assert.deepEqual(
    { ...printed, printedText: undefined },
    { heading: false, header: false, footer: false, editor: false, buttons: false, text: true, printedText: undefined },
  );
  assert.ok(printed.printedText.startsWith(`Subject: ${subject}`));
  assert.equal(await page.evaluate(() => document.body.classList.contains("printing")), false, "cleaned up after printing");
  expectClean(page);
  await page.context().close();
});

test("Print all notes prints every note, folded or not, in light colours and without the controls", async () => {
  const page = await twoPeopleNotes({ width: 1280, height: 900 });
  const scenario = TWO_PEOPLE;
  // One note unfolded for each person: their LinkedIn invitation.
  await openNotes(page, "LinkedIn invitation");
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const printedNow = () => {
    const texts = [...document.querySelectorAll(".note .print-only")];
    return {
      notes: texts.filter((e) => e.checkVisibility()).length,
      of: texts.length,
      buttons: [...document.querySelectorAll("main button")].filter((e) => e.checkVisibility()).length,
      editors: [...document.querySelectorAll("main textarea, main input")].filter((e) => e.checkVisibility()).length,
      header: document.querySelector(".site-header").checkVisibility(),
      background: getComputedStyle(document.body).backgroundColor,
      colour: getComputedStyle(document.querySelector(".note__title")).color,
      open: document.querySelectorAll("details.note__fold[open]").length,
    };
  };
  // The browser's own Print already prints every note.
  const now = await page.evaluate(printedNow);
  assert.deepEqual(
    { ...now, of: undefined },
    { notes: 6, buttons: 0, editors: 0, header: false, background: "rgb(255, 255, 255)", colour: "rgb(0, 0, 0)", open: 2, of: undefined },
  );
  assert.equal(now.of, 6);
  await page.screenshot({ path: `${SCREENSHOTS}/notes-print-1280-dark.png`, fullPage: true });

  // The button unfolds them all while printing, then folds back what was folded.
  await page.evaluate(`window.__record = ${printedNow}`);
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = window.__record();
    };
  });
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Print all notes" }).click();
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => window.__printed);
  assert.equal(printed.open, 6, "every note unfolded while printing");
  assert.equal(await page.locator("details.note__fold[open]").count(), 2, "folded back after printing");
  const text = await page.locator(".result").innerText();
  for (const person of scenario.people) assert.ok(text.includes(`To ${person.name}`));
  expectClean(page);
  await page.context().close();
});
