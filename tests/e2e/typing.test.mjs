// Messy typing caught where it is typed (issue 21, item 6): a calm hint
// under the box, tied to it with aria-describedby, a one-click fix where
// one is certain, never a block on Continue and never a silent rewrite.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { expectAccessible, expectClean, openPage, screenshots, start } from "./harness.mjs";
import { cont, onPage } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

/** The hint under `box`, found through the box's aria-describedby. */
async function typingHint(page, box) {
  const ids = ((await box.getAttribute("aria-describedby")) ?? "").split(" ");
  const id = ids.find((i) => i.endsWith("-typing"));
  assert.ok(id, `the box is described by its typing hint: ${ids}`);
  return page.locator(`[id="${id}"]`);
}

test("lowercase names, text-speak and a pronoun about the reader get a hint and, where certain, a fix", async () => {
  const page = await openPage(env, "/");
  await page.getByRole("link", { name: "Start now" }).click();
  await onPage(page, "Which job was it?");

  // A company typed in lower case: a hint and a fix, nothing changed yet.
  const company = page.getByLabel("Company");
  await company.fill("eastbrook freight");
  const hint = await typingHint(page, company);
  assert.match(await hint.innerText(), /capitals/);
  assert.equal(await company.inputValue(), "eastbrook freight", "nothing is rewritten silently");
  await expectAccessible(page, "the job page with a typing hint");
  await screenshots(page, "typing-hint");
  await page.getByRole("button", { name: "Did you mean Eastbrook Freight?" }).click();
  assert.equal(await company.inputValue(), "Eastbrook Freight");
  assert.equal(await page.locator("[id$='-typing']").count(), 0, "the hint goes once fixed");
  assert.equal(await company.evaluate((el) => el === document.activeElement), true, "the focus stays in the box");
  assert.equal(await company.getAttribute("aria-describedby"), null);
  // A job title typed in lower case, acronyms and all.
  const title = page.getByLabel("Job title");
  await title.fill("hr business partner");
  assert.match(await (await typingHint(page, title)).innerText(), /Job titles usually read best with capitals/);
  assert.equal(await title.inputValue(), "hr business partner", "nothing is rewritten silently");
  await page.getByRole("button", { name: "Did you mean HR Business Partner?" }).click();
  assert.equal(await title.inputValue(), "HR Business Partner");
  await cont(page);

  await onPage(page, "How far did you get?");
  await page.getByLabel("An interview", { exact: true }).check();
  await cont(page);
  await onPage(page, "How did the No arrive?");
  await page.getByLabel("An email from the hiring manager", { exact: true }).check();
  await cont(page);
  await onPage(page, "About their message");
  await page.getByRole("group", { name: "Did they say they would keep you in mind?" }).getByLabel("No").check();
  await cont(page);

  // Their name in lower case.
  await onPage(page, "Who are you writing to?");
  const name = page.getByLabel("Their name", { exact: true });
  await name.fill("jen torres");
  assert.match(await (await typingHint(page, name)).innerText(), /capitals/);
  await page.getByRole("button", { name: "Did you mean Jen Torres?" }).click();
  assert.equal(await name.inputValue(), "Jen Torres");
  await page.getByLabel("By their first name").check();
  await page.getByLabel("Hiring manager", { exact: true }).check();
  await cont(page);
  await onPage(page, /You are writing to/);
  await cont(page);

  // A detail with text-speak, then a pronoun about the person it is for.
  await onPage(page, "What stood out?");
  const detail = page.getByLabel("Something specific you talked about with Jen Torres (optional)");
  await detail.fill("She rlly helped me w the interview schedule");
  const speak = await typingHint(page, detail);
  assert.match(await speak.innerText(), /“rlly” will read better as “really”/);
  await expectAccessible(page, "the stood-out page with a typing hint");
  await page.getByRole("button", { name: "Did you mean She really helped me with the interview schedule?" }).click();
  assert.equal(await detail.inputValue(), "She really helped me with the interview schedule");
  const pronoun = await typingHint(page, detail);
  assert.match(await pronoun.innerText(), /to this person, so “She” would read as “you”/);
  await pronoun.getByRole("button", { name: "Did you mean You really helped me with the interview schedule?" }).waitFor();

  // Half a sentence: the fix gives it the one subject it can have.
  await detail.fill("talked about the rota app");
  const fragment = await typingHint(page, detail);
  assert.match(await fragment.innerText(), /a whole sentence/);
  await fragment.getByRole("button", { name: "Did you mean We talked about the rota app?" }).click();
  assert.equal(await detail.inputValue(), "We talked about the rota app");

  // A place in lower case: its capital, one click away.
  await detail.fill("opening the leeds store");
  const place = await typingHint(page, detail);
  assert.match(await place.innerText(), /“Leeds” reads best with a capital/);
  assert.equal(await detail.inputValue(), "opening the leeds store", "nothing is rewritten silently");
  await screenshots(page, "typing-place");
  await place.getByRole("button", { name: "Did you mean opening the Leeds store?" }).click();
  assert.equal(await detail.inputValue(), "opening the Leeds store");

  // Someone else named: "she" may be them, so a hint and no fix.
  await detail.fill("Sam said she would call");
  const unsure = await typingHint(page, detail);
  assert.match(await unsure.innerText(), /to this person, so “she” would read as “you”/);
  assert.equal(await unsure.getByRole("button").count(), 0, "no fix is offered where none is certain");

  // The hint never blocks: Continue goes on with the words as typed.
  await cont(page);
  await onPage(page, "About you");
  assert.equal(await page.locator(".error-summary").count(), 0);
  expectClean(page);
  await page.context().close();
});
