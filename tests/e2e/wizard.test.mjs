// The wizard, driven by labels and roles as a person would: the journeys,
// validation, navigation, reload and Change from the check page.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { expectAccessible, expectClean, expectFocus, expectNoSidewaysScroll, openPage, start } from "./harness.mjs";
import { EXECUTIVE, MID_LEVEL, WRITE, cont, expectHeadingFocused, fillWizard, noteText, onPage, openNotes, titleOf } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

test("a mid-level candidate after one interview writes to one person by email", async () => {
  const page = await openPage(env, "/");
  const titles = [];
  const steps = [];
  await fillWizard(page, MID_LEVEL, async (p, name) => {
    // Each title starts with the page's heading, then says where it is.
    const heading = (await p.locator("main h1").innerText()).trim();
    const title = await titleOf(p);
    assert.ok(title.startsWith(`${heading} – `), `the ${name} page's title "${title}" starts with its heading "${heading}"`);
    titles.push(title.slice(heading.length));
    steps.push(await p.locator(".steps__label").innerText());
    if (name !== "job") await expectHeadingFocused(p);
    await expectAccessible(p, `the ${name} page`);
  });
  assert.deepEqual(titles, [
    " – Step 1 of 5, page 1 of 4 – Kept in Mind",
    " – Step 1 of 5, page 2 of 4 – Kept in Mind",
    " – Step 1 of 5, page 3 of 4 – Kept in Mind",
    " – Step 1 of 5, page 4 of 4 – Kept in Mind",
    " – Step 2 of 5 – Kept in Mind",
    " – Step 2 of 5 – Kept in Mind",
    " – Step 3 of 5 – Kept in Mind",
    " – Step 4 of 5, page 1 of 4 – Kept in Mind",
    " – Step 4 of 5, page 2 of 4 – Kept in Mind",
    " – Step 4 of 5, page 3 of 4 – Kept in Mind",
    " – Step 4 of 5, page 4 of 4 – Kept in Mind",
  ]);
  // The step indicator moves on with every page of a chapter too.
  assert.deepEqual(steps, [
    "Step 1 of 5: The No, page 1 of 4",
    "Step 1 of 5: The No, page 2 of 4",
    "Step 1 of 5: The No, page 3 of 4",
    "Step 1 of 5: The No, page 4 of 4",
    "Step 2 of 5: Who you’re writing to",
    "Step 2 of 5: Who you’re writing to",
    "Step 3 of 5: What stood out",
    "Step 4 of 5: You and your ask, page 1 of 4",
    "Step 4 of 5: You and your ask, page 2 of 4",
    "Step 4 of 5: You and your ask, page 3 of 4",
    "Step 4 of 5: You and your ask, page 4 of 4",
  ]);
  assert.equal(await titleOf(page), "Check your answers – Step 5 of 5 – Kept in Mind");
  await expectAccessible(page, "the check page");
  // Skipped optional answers stand together, given ones read as typed.
  const row = (key) => page.locator(".summary-list__row", { has: page.getByText(key, { exact: true }) }).locator("dd").first();
  assert.equal(await row("Company").innerText(), "Northwind Health");
  await page.getByRole("heading", { level: 2, name: /^Left blank \(\d+\)$/ }).waitFor();
  const blank = page.locator(".summary-list__row", { has: page.getByText("Their job title (Priya Shah)", { exact: true }) });
  assert.equal(await blank.locator("dd").count(), 1, "a row left blank has its Change link and no value");
  await blank.getByRole("link", { name: "Change their job title (Priya Shah)" }).waitFor();

  // One person, one channel: one note.
  await page.getByRole("button", { name: "Write my note", exact: true }).click();
  await onPage(page, "Your notes");
  assert.equal(await titleOf(page), "Your notes – Kept in Mind");
  const body = await noteText(page, "Your email reply to Priya Shah");
  for (const must of ["Priya", "Northwind Health", "Product Designer", "the redesign of the patient intake flow", "Alex Morgan"]) {
    assert.ok(body.includes(must), `the note mentions ${must}:\n${body}`);
  }
  assert.equal(await page.getByLabel("Subject", { exact: true }).inputValue(), "Re: Your application for Product Designer");
  await page.getByText("1 person · 1 note", { exact: true }).waitFor();
  await page.getByText(/^Send it within a day or two\./).waitFor();
  await openNotes(page);
  await expectAccessible(page, "the result page");
  expectClean(page);
  await page.context().close();
});

test("LinkedIn Premium is asked under the invitation, only while it is chosen", async () => {
  const page = await openPage(env, "/");
  const premium = () => page.getByLabel("I have LinkedIn Premium", { exact: true });
  await fillWizard(page, MID_LEVEL, async (page, step) => {
    if (step !== "style") return;
    const channels = page.getByRole("group", { name: "Where will you send it?" });
    const invitation = channels.getByLabel("A LinkedIn invitation note", { exact: true });
    await invitation.uncheck();
    assert.equal(await premium().count(), 0, "no Premium box without an invitation");
    await invitation.check();
    // Inside the channels' group, right after the invitation's own box.
    assert.equal(await channels.getByLabel("I have LinkedIn Premium", { exact: true }).count(), 1);
    const order = await page.evaluate(() =>
      [...document.querySelectorAll("fieldset input[type=checkbox]")].map((box) => box.id),
    );
    assert.equal(order[order.indexOf("channel-linkedin_invite") + 1], "premium", order.join(", "));
    await premium().check();
    await invitation.uncheck();
    assert.equal(await premium().count(), 0, "unticking the invitation hides Premium again");
  });
  expectClean(page);
});

test("an executive runner-up writes to two people on every channel", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, EXECUTIVE);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  const [margaret, tomas] = EXECUTIVE.people;
  for (const channel of ["new email", "LinkedIn invitation", "LinkedIn message", "handwritten card"]) {
    const first = await noteText(page, `Your ${channel} to ${margaret.name}`);
    const second = await noteText(page, `Your ${channel} to ${tomas.name}`);
    assert.notEqual(first, second, `the two ${channel} notes differ`);
    // Each person's first note, the new email, carries their detail; the
    // notes after it leave it to the email, so none reads as its copy.
    // A detail may open a sentence, its first letter a capital.
    const has = (text, detail) => text.toLowerCase().includes(detail.toLowerCase());
    if (channel === "new email") {
      assert.ok(has(first, margaret.detail), `${channel} to Margaret carries her detail:\n${first}`);
      assert.ok(has(second, tomas.detail), `${channel} to Tomás carries his detail:\n${second}`);
    } else {
      assert.ok(!has(first, margaret.detail) && !has(second, tomas.detail), `the ${channel} leaves the detail to the email`);
    }
    assert.ok(!has(first, tomas.detail) && !has(second, margaret.detail), "no note borrows the other's detail");
    if (channel === "LinkedIn invitation") {
      for (const text of [first, second]) assert.ok([...text].length <= 200, `an invitation fits 200 characters: ${[...text].length}`);
    }
  }
  // The No came by phone from the hiring manager: the lines for calling back
  // are hers alone, the panel member, who did not call, is not thanked for
  // it, and there is no reply "in their thread" after a call.
  assert.equal(await page.getByLabel(`Your email reply to ${margaret.name}`).count(), 0);
  assert.match(await noteText(page, `Your phone script to ${margaret.name}`), /call/i);
  assert.equal(await page.getByLabel(`Your phone script to ${tomas.name}`).count(), 0);
  assert.doesNotMatch(await noteText(page, `Your new email to ${tomas.name}`), /telling me|to call|letting me know/);
  assert.match(await noteText(page, `Your new email to ${margaret.name}`), /^Dear Dr O’Neill,/);
  await openNotes(page);
  await page.getByText("of 200 characters").first().waitFor();
  await expectAccessible(page, "the result page with every channel");
  expectClean(page);
  await page.context().close();
});

test("the phone path: about the call, no subject, a greeting hint for a call, a new email by default, the script only on request", async () => {
  const page = await openPage(env, "/");
  const seen = {};
  // The style page is seen before fillWizard ticks the scenario's channel, so its defaults show.
  await fillWizard(page, { ...MID_LEVEL, arrival: "A phone call", subject: undefined, channels: ["A new email"] }, async (page, step) => {
    if (step === "details") seen.subjectBox = await page.getByLabel("The subject of their email (optional)").count();
    if (step === "person") {
      seen.callHint = await page.getByText("As they introduced themselves on the call.", { exact: true }).count();
      seen.mirrorHint = await page.getByText(/mirror how they wrote/i).count();
    }
    if (step === "style") {
      const channels = page.getByRole("group", { name: "Where will you send it?" });
      seen.ticked = await channels.getByRole("checkbox", { checked: true }).evaluateAll((boxes) => boxes.map((b) => b.labels[0].innerText));
      seen.reply = await channels.getByLabel("An email reply in their thread", { exact: true }).count();
      seen.script = await channels.getByLabel("A few lines to say if you call them back", { exact: true }).count();
    }
  });
  assert.deepEqual(seen, { subjectBox: 0, callHint: 1, mirrorHint: 0, ticked: ["A new email"], reply: 0, script: 1 });
  assert.equal(await page.getByText(/^Subject of their/).count(), 0, "no subject row after a call");
  await page.getByRole("button", { name: /^Write my/ }).click();
  await onPage(page, "Your notes");
  assert.equal(await page.locator("summary .note__title").allInnerTexts().then((t) => t.join()), "New email", "no phone script unless asked for");
  expectClean(page);
  await page.context().close();
});

test("validation errors keep every value, say what is wrong and lead to the field", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Job title").fill("Data Analyst");
  await cont(page);
  assert.equal(await titleOf(page, { error: true }), "Error: Which job was it? – Step 1 of 5, page 1 of 4 – Kept in Mind");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await summary.waitFor();
  // Focus moves to the summary on the next frame.
  await page.waitForFunction(() => document.activeElement?.className === "error-summary", null, { timeout: 2000 });
  assert.equal(await page.getByLabel("Job title").inputValue(), "Data Analyst", "typed values are kept");
  // The same message beside the field, and the summary link goes to it.
  await page.locator("#company-error").getByText("Enter the company’s name").waitFor();
  await expectAccessible(page, "a page showing errors");
  await summary.getByRole("link", { name: "Enter the company’s name" }).click();
  await expectFocus(page, "id", "company", "the summary link puts the focus in the box");
  await page.getByLabel("Company").fill("Contoso");
  await cont(page);
  await onPage(page, "How far did you get?");
  assert.equal(await titleOf(page), "How far did you get? – Step 1 of 5, page 2 of 4 – Kept in Mind");
  await cont(page);
  await page.getByRole("link", { name: "Select how far you got" }).waitFor();
  await page.getByLabel("The final round", { exact: true }).check();
  await cont(page);
  await onPage(page, "How did the No arrive?");
  expectClean(page);
  await page.context().close();
});

test("a placeholder such as [Company Name] is an error, even in an optional box, so no note quietly drops it", async () => {
  const page = await openPage(env, "/#/no/job");
  await page.getByLabel("Company").fill("[Company Name]");
  await page.getByLabel("Job title").fill("Data Analyst");
  await cont(page);
  const required = "Enter the company’s real name, not a placeholder";
  await page.getByRole("alert").getByRole("link", { name: required }).waitFor();
  await page.locator("#company-error").getByText(required).waitFor();
  assert.equal(await page.getByLabel("Company").inputValue(), "[Company Name]", "the typed value is kept");
  await page.getByLabel("Company").fill("Contoso");
  await cont(page);
  await onPage(page, "How far did you get?");

  await page.goto(new URL("#/stood-out", page.url()).href);
  await onPage(page, "What stood out?");
  const admire = page.getByLabel(/What do you admire about Contoso/);
  await admire.fill("XXX");
  await cont(page);
  const optional = "This looks like a placeholder, so your note would leave it out. Write the real words, or leave it empty";
  await page.locator("#admire-error").getByText(optional).waitFor();
  assert.equal(await titleOf(page, { error: true }), "Error: What stood out? – Step 3 of 5 – Kept in Mind");
  await expectAccessible(page, "an optional box with a placeholder");
  await admire.fill("");
  await cont(page);
  await onPage(page, "About you");
  expectClean(page);
  await page.context().close();
});

test("the check page with answers missing says so, in the title too, and leads to them", async () => {
  const page = await openPage(env, "/#/check");
  await onPage(page, "Check your answers");
  assert.equal(await titleOf(page, { error: true }), "Error: Check your answers – Step 5 of 5 – Kept in Mind");
  const summary = page.getByRole("alert").filter({ hasText: "Some answers are missing or need changing" });
  await summary.waitFor();
  await page.getByRole("button", { name: WRITE }).click();
  await page.waitForFunction(() => document.activeElement?.className === "error-summary", null, { timeout: 2000 });
  await onPage(page, "Check your answers");
  await expectAccessible(page, "the check page with answers missing");
  await summary.getByRole("link", { name: "Enter the company’s name" }).click();
  await onPage(page, "Which job was it?");
  assert.equal(await titleOf(page), "Which job was it? – Step 1 of 5, page 1 of 4 – Kept in Mind");
  expectClean(page);
  await page.context().close();
});

test("a reload in the middle of the wizard returns to the same step with every value", async () => {
  const page = await openPage(env, "/");
  await page.getByRole("link", { name: "Start now" }).click();
  await page.getByLabel("Company").fill("Tailspin Toys");
  await page.getByLabel("Job title").fill("QA Lead");
  await cont(page);
  await page.getByLabel("A phone or video screening call").check();
  await page.reload();
  await onPage(page, "How far did you get?");
  assert.ok(await page.getByLabel("A phone or video screening call").isChecked());
  await page.getByRole("link", { name: "Back" }).click();
  await onPage(page, "Which job was it?");
  assert.equal(await page.getByLabel("Company").inputValue(), "Tailspin Toys");
  // Typing straight before a reload is kept too: a hidden tab flushes the save.
  await page.getByLabel("Job title").fill("QA Lead, Games");
  await page.reload();
  assert.equal(await page.getByLabel("Job title").inputValue(), "QA Lead, Games");
  expectClean(page);
  await page.context().close();
});

test("the browser's Back and Forward buttons move between steps", async () => {
  const page = await openPage(env, "/");
  await page.getByRole("link", { name: "Start now" }).click();
  await page.getByLabel("Company").fill("Litware");
  await page.getByLabel("Job title").fill("Engineer");
  await cont(page);
  await onPage(page, "How far did you get?");
  await page.goBack();
  await onPage(page, "Which job was it?");
  assert.equal(await page.getByLabel("Company").inputValue(), "Litware");
  await page.goForward();
  await onPage(page, "How far did you get?");
  await expectHeadingFocused(page);
  await page.goBack();
  await page.goBack();
  await onPage(page, "Write a thank-you for the No");
  await page.getByRole("heading", { name: "Kept in this browser" }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("Change on the check page returns there after the change", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, MID_LEVEL);
  await page.getByRole("link", { name: "Change company" }).click();
  await onPage(page, "Which job was it?");
  await page.getByLabel("Company").fill("Northwind Health Group");
  await cont(page);
  await onPage(page, "Check your answers");
  await page.getByText("Northwind Health Group", { exact: true }).waitFor();
  // A person's Change goes through the list of people and back.
  await page.getByRole("link", { name: "Change Priya Shah’s name" }).click();
  await page.getByLabel("Their name", { exact: true }).fill("Priya Shah-Rao");
  await cont(page);
  await onPage(page, "You are writing to 1 person");
  await cont(page);
  await onPage(page, "Check your answers");
  await page.getByRole("heading", { name: "Priya Shah-Rao" }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("people can be added, removed and the removal undone", async () => {
  const page = await openPage(env, "/");
  await fillWizard(page, EXECUTIVE);
  await page.getByRole("link", { name: "Change Margaret O’Neill’s name" }).click();
  await cont(page);
  await onPage(page, "You are writing to 2 people");
  await page.getByRole("button", { name: "Remove Tomás Álvarez" }).click();
  await onPage(page, "You are writing to 1 person");
  await page.getByRole("button", { name: "Undo" }).click();
  await onPage(page, "You are writing to 2 people");
  await page.getByRole("listitem").filter({ hasText: "Tomás Álvarez" }).getByRole("link", { name: "Change Tomás Álvarez" }).waitFor();
  expectClean(page);
  await page.context().close();
});

test("a person left half-filled stops Continue on the list and leads back to them", async () => {
  const page = await openPage(env, "/#/people");
  await page.getByRole("button", { name: "Add a person" }).click();
  await page.getByLabel("Their name", { exact: true }).fill("Half Typed");
  // Leaving the page some other way than Continue (here the address bar).
  await page.goto(new URL("#/people", page.url()).href);
  await onPage(page, "You are writing to 1 person");
  await cont(page);
  const message = "Finish the details of everyone on your list, or remove them";
  await page.getByRole("alert").getByRole("link", { name: message }).click();
  await expectFocus(page, "textContent", "Change Half Typed", "the summary link leads to the half-typed person");
  await page.keyboard.press("Enter");
  await onPage(page, "Who are you writing to?");
  assert.equal(await page.getByLabel("Their name", { exact: true }).inputValue(), "Half Typed");
  expectClean(page);
  await page.context().close();
});

test("the notes page with no answers yet says so and offers a start", async () => {
  const page = await openPage(env, "/#/notes");
  await onPage(page, "Your notes");
  await page.getByText("There are no notes yet").waitFor();
  assert.equal(await page.getByText("Send them within 24 to 48 hours").count(), 0);
  assert.equal(await page.getByRole("heading", { name: "Finished?" }).count(), 0);
  await expectAccessible(page, "the empty notes page");
  await page.getByRole("link", { name: "Start now" }).click();
  await onPage(page, "Which job was it?");
  expectClean(page);
  await page.context().close();
});

test("every step reads well at 320 px without scrolling sideways", async () => {
  const page = await openPage(env, "/", { viewport: { width: 320, height: 700 } });
  await fillWizard(page, EXECUTIVE, async (p, name) => expectNoSidewaysScroll(p, `the ${name} page at 320 px`));
  await expectNoSidewaysScroll(page, "the check page at 320 px");
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await expectNoSidewaysScroll(page, "the result page at 320 px");
  expectClean(page);
  await page.context().close();
});
