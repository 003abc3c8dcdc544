// The result page: copy, the mail link, download, another wording, hand
// edits that survive a reload and are never replaced without asking.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { expectClean, openPage, start } from "./harness.mjs";
import { MID_LEVEL, WRITE, cont, fillWizard, noteText, onPage } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

const NOTE = "Your email reply to Priya Shah";

async function resultPage(options = {}) {
  const page = await openPage(env, "/", options);
  await fillWizard(page, MID_LEVEL);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  return page;
}

test("Copy puts the subject and note on the clipboard and says so", async () => {
  const page = await resultPage({ permissions: ["clipboard-read", "clipboard-write"] });
  const subject = await page.getByLabel("Subject", { exact: true }).inputValue();
  const body = await noteText(page, NOTE);
  await page.getByRole("button", { name: "Copy" }).click();
  await page.getByRole("status").filter({ hasText: "Copied your email reply to Priya Shah." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `Subject: ${subject}\n\n${body}`);
  // Written notes are opened from the home page, not "continued".
  await page.getByRole("link", { name: "Kept in Mind" }).click();
  await page.getByRole("heading", { name: "Kept in this browser" }).waitFor();
  await page.getByRole("link", { name: "Open Product Designer at Northwind Health" }).click();
  await onPage(page, "Your notes");
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
  await page.getByText("Too long for a mail link: use Copy instead.").waitFor();
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

  // Change an answer the note depends on.
  await page.getByRole("link", { name: "Change your answers" }).click();
  await page.getByRole("link", { name: "Change company" }).click();
  await page.getByLabel("Company").fill("Northwind Care");
  await cont(page);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  assert.equal(await noteText(page, NOTE), edited, "the edit is still shown");
  await page.getByText("You changed your answers after editing this note.").waitFor();
  await page.getByRole("button", { name: "Keep my edited note" }).click();
  await page.getByText("You changed your answers after editing this note.").waitFor({ state: "detached" });
  assert.equal(await noteText(page, NOTE), edited);

  // Another wording asks first; declining keeps the edit.
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "Try another wording" }).click();
  assert.equal(await noteText(page, NOTE), edited);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Try another wording" }).click();
  await page.waitForFunction((e) => document.querySelector("textarea.note-text").value !== e, edited);
  assert.ok((await noteText(page, NOTE)).includes("Northwind Care"));
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
  await page.getByRole("button", { name: /^Print\s*: your email reply to Priya Shah$/ }).click();
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
