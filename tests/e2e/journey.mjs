// Filling the wizard the way a person does: by visible labels and roles.
// A scenario is plain data; `fillWizard` walks every page with it.
import assert from "node:assert/strict";

export const MID_LEVEL = {
  company: "Northwind Health",
  jobTitle: "Product Designer",
  stage: "An interview",
  arrival: "An email from the hiring manager",
  saidKeep: "Yes",
  subject: "Your application for Product Designer",
  people: [
    {
      name: "Priya Shah",
      greet: "By their first name",
      part: "Hiring manager",
      email: "priya.shah@example.com",
      detail: "the redesign of the patient intake flow",
    },
  ],
  admire: "how seriously the team takes accessibility",
  yourName: "Alex Morgan",
  level: "Mid-level",
  keepFor: "Future openings",
  extras: ["Ask for feedback"],
  channels: ["An email reply in their thread"],
};

export const EXECUTIVE = {
  company: "Fabrikam Energy",
  jobTitle: "Chief Operating Officer",
  stage: "The final round, and they told me it was close",
  arrival: "A phone call",
  saidKeep: "Yes",
  people: [
    {
      name: "Margaret O’Neill",
      greet: "By title and surname",
      honorific: "Dr",
      title: "Chief Executive Officer",
      part: "Hiring manager",
      email: "m.oneill@example.com",
      detail: "the plan to bring the Aberdeen plant back to full output",
    },
    {
      name: "Tomás Álvarez",
      greet: "By their first name",
      part: "Member of the interview panel",
      detail: "his question about running safety reviews across three time zones",
    },
  ],
  admire: "the commitment to publishing safety data every quarter",
  yourName: "Jordan Ellis-Kaur",
  contact: "+44 7700 900123",
  level: "Executive",
  keepFor: "This role, if anything changes",
  extras: ["Wish the person they hired well", "Ask to connect on LinkedIn"],
  // The No came by phone: there is no thread to reply in, and the lines to
  // say on a call back are asked for.
  channels: [
    "A new email",
    "A LinkedIn invitation note",
    "A LinkedIn message",
    "A handwritten card",
    "A few lines to say if you call them back",
  ],
};

export const cont = (page) => page.getByRole("button", { name: "Continue" }).click();

/** The check page's button, whatever the number of notes it names. */
export const WRITE = /^Write my (note|(\d+ )?notes)$/;

/** Waits until the page's `<h1>` reads `name` (a string or RegExp). */
export async function onPage(page, name) {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/** Types `day`, `month` and `year` into the boxes of the date group `group`. */
export async function fillDate(group, day, month, year) {
  for (const [label, text] of [["Day", day], ["Month", month], ["Year", year]]) {
    await group.getByLabel(label, { exact: true }).fill(text);
  }
}

/** What the day, month and year boxes of `group` hold. */
export async function dateBoxes(group) {
  const boxes = [];
  for (const label of ["Day", "Month", "Year"]) boxes.push(await group.getByLabel(label, { exact: true }).inputValue());
  return boxes;
}

/** Fills one person's page. */
export async function fillPerson(page, person) {
  await page.getByLabel("Their name", { exact: true }).fill(person.name);
  await page.getByLabel(person.greet).check();
  if (person.honorific) await page.getByLabel("Their title", { exact: true }).fill(person.honorific);
  if (person.title) await page.getByLabel("Their job title (optional)").fill(person.title);
  await page.getByLabel(person.part, { exact: true }).check();
  if (person.email) await page.getByLabel("Their email address (optional)").fill(person.email);
  await cont(page);
}

/**
 * Walks from the home page to the check page. `onEachPage(page)` runs on
 * every question page after it loads (for axe scans and screenshots).
 */
export async function fillWizard(page, s, onEachPage = async () => {}) {
  // An embed opened by its card's button starts on the first question.
  if (!(await page.getByRole("heading", { level: 1, name: "Which job was it?" }).count())) {
    await page.getByRole("link", { name: /^(Start now|Write for another job)$/ }).click();
  }
  await onPage(page, "Which job was it?");
  await onEachPage(page, "job");
  await page.getByLabel("Company").fill(s.company);
  await page.getByLabel("Job title").fill(s.jobTitle);
  await cont(page);

  await onPage(page, "How far did you get?");
  await onEachPage(page, "stage");
  await page.getByLabel(s.stage, { exact: true }).check();
  await cont(page);

  await onPage(page, "How did the No arrive?");
  await onEachPage(page, "arrival");
  await page.getByLabel(s.arrival, { exact: true }).check();
  await cont(page);

  await onPage(page, s.arrival === "A phone call" ? "About the call" : "About their message");
  await onEachPage(page, "details");
  await page.getByRole("group", { name: "Did they say they would keep you in mind?" }).getByLabel(s.saidKeep).check();
  if (s.subject) await page.getByLabel("The subject of their email (optional)").fill(s.subject);
  await cont(page);

  for (const [i, person] of s.people.entries()) {
    await onPage(page, i === 0 ? "Who are you writing to?" : "Who else are you writing to?");
    if (i === 0) await onEachPage(page, "person");
    await fillPerson(page, person);
    await onPage(page, /You are writing to/);
    if (i + 1 < s.people.length) await page.getByRole("button", { name: "Add another person" }).click();
  }
  await onEachPage(page, "people");
  await cont(page);

  await onPage(page, "What stood out?");
  await onEachPage(page, "stood-out");
  for (const person of s.people) {
    if (person.detail) {
      await page.getByLabel(`Something specific you talked about with ${person.name} (optional)`).fill(person.detail);
    }
  }
  if (s.admire) await page.getByLabel(/What do you admire about/).fill(s.admire);
  await cont(page);

  await onPage(page, "About you");
  await onEachPage(page, "about-you");
  await page.getByLabel("Your name").fill(s.yourName);
  if (s.contact) await page.getByLabel("Phone number or LinkedIn address (optional)").fill(s.contact);
  await page.getByLabel(s.level, { exact: true }).check();
  for (const [i, strength] of (s.strengths ?? []).entries()) {
    await page.getByLabel(i === 0 ? "First strength" : "Second strength").fill(strength);
  }
  await cont(page);

  await onPage(page, "What would you like them to keep you in mind for?");
  await onEachPage(page, "keep-in-mind");
  await page.getByLabel(s.keepFor, { exact: true }).check();
  await cont(page);

  await onPage(page, "Anything else to ask or offer?");
  await onEachPage(page, "extras");
  for (const extra of s.extras) await page.getByLabel(extra, { exact: true }).check();
  await cont(page);

  await onPage(page, "How should your note sound, and where will you send it?");
  await onEachPage(page, "style");
  const channels = page.getByRole("group", { name: "Where will you send it?" });
  // One at a time: unticking the invitation also hides the Premium box under it.
  const ticked = channels.getByRole("checkbox", { checked: true });
  while (await ticked.count()) await ticked.first().uncheck();
  for (const channel of s.channels) await channels.getByLabel(channel, { exact: true }).check();
  await cont(page);

  await onPage(page, "Check your answers");
}

/**
 * Unfolds notes on the result page, as a person does, by clicking their
 * channel names: every note, or only those whose name matches `channel`.
 */
export async function openNotes(page, channel = /./) {
  const folded = page.locator("details.note__fold:not([open]) > summary").filter({ hasText: channel });
  while (await folded.count()) await folded.first().click();
}

/** The text of every note on the result page, by its textarea's label. */
export async function noteText(page, label) {
  return page.getByLabel(label, { exact: true }).inputValue();
}

/** Asserts focus moves to the page's `<h1>` (it moves on the next frame). */
export async function expectHeadingFocused(page) {
  const moved = await page
    .waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 2000 })
    .then(() => true, () => false);
  const tag = await page.evaluate(() => document.activeElement?.tagName);
  assert.ok(moved, `focus moves to the new page's heading, not to ${tag}`);
}

/**
 * The page's title once it starts with the page's `<h1>` (after "Error: "
 * when `error` is set): it is set on the frame after the page is drawn.
 */
export async function titleOf(page, { error = false } = {}) {
  await page
    .waitForFunction(
      (error) => {
        const heading = document.querySelector("main h1")?.textContent.replace(/\s+/g, " ").trim();
        const title = document.title;
        return heading && title.startsWith("Error: ") === error && title.replace(/^Error: /, "").startsWith(`${heading} – `);
      },
      error,
      { timeout: 5000 },
    )
    .catch(() => {});
  return page.title();
}

/**
 * A senior engineer turned down after a final round, who pastes the hiring
 * manager's email (tests/data/emails/tuned/05-final-round.txt: Contoso,
 * Rachel Green) and writes to her and, when `people` has two, to a panel
 * member the email does not name.
 */
export const FROM_EMAIL = {
  email: "05-final-round",
  // The email greets "Chris"; the person signs with their full name.
  yourName: "Chris Novak",
  level: "Senior",
  keepFor: "This role, if anything changes",
  extras: ["Ask for feedback"],
  admire: "how openly the team shares its design reviews",
  people: [
    // Named by the email: only the detail is theirs to add.
    { name: "Rachel Green", detail: "the plan to split the billing service" },
    {
      name: "Marcus Lee",
      greet: "By their first name",
      part: "Member of the interview panel",
      detail: "his question about on-call load",
    },
  ],
};

/** Clicks `control` and waits for the page it leads to (a new `location.hash`). */
async function follow(page, control) {
  const hash = await page.evaluate(() => location.hash);
  await control.click();
  await page.waitForFunction((hash) => location.hash !== hash, hash);
  await page.locator("main h1").first().waitFor();
}

/**
 * Walks from the home page to the check page with the email pasted on the
 * first page, as a person does: each page is answered by what its heading
 * asks, and what the email gave is left as it is. Works on any path the
 * app takes (it reads the page, not a script of pages). `onEachPage(page,
 * heading)` runs on every page, the check page included. Returns what was
 * typed and the headings of the pages seen, in order.
 */
export async function fillFromEmail(page, s, text, onEachPage = async () => {}) {
  const typed = [];
  const type = async (box, value) => {
    if ((await box.inputValue()) === value) return;
    await box.fill(value);
    typed.push(value);
  };
  const seen = [];
  let listed = 1; // people on the list: the email names the first
  let next = 1; // the next person to fill in by hand
  await follow(page, page.getByRole("link", { name: /^(Start now|Write for another job)$/ }));
  for (;;) {
    const heading = (await page.locator("main h1").innerText()).replace(/\s+/g, " ").trim();
    seen.push(heading);
    await onEachPage(page, heading);
    const add = page.getByRole("button", { name: "Add another person" });
    if (heading === "Check your answers") break;
    if (heading === "Which job was it?") {
      await page.getByLabel("Paste the email they sent you (optional)").fill(text);
      await page.getByRole("button", { name: "Fill in from this email" }).click();
      await page.getByText(/filled in from their email/).first().waitFor();
    } else if (/^You are writing to|^Here’s what we found/.test(heading) && listed < s.people.length) {
      listed++;
      await follow(page, add);
      continue;
    } else if (await page.getByLabel(/^Their name/).count()) {
      const person = s.people[next++];
      await type(page.getByLabel(/^Their name/), person.name);
      await page.getByLabel(person.greet).check();
      await page.getByLabel(person.part, { exact: true }).check();
    } else if (heading === "What stood out?") {
      for (const person of s.people) {
        await type(page.getByLabel(`Something specific you talked about with ${person.name} (optional)`), person.detail);
      }
      await type(page.getByLabel(/What do you admire about/), s.admire);
    } else if (heading === "About you") {
      await type(page.getByLabel(/^Your name/), s.yourName);
      await page.getByLabel(s.level, { exact: true }).check();
    } else if (heading === "What would you like them to keep you in mind for?") {
      await page.getByLabel(s.keepFor, { exact: true }).check();
    } else if (heading === "Anything else to ask or offer?") {
      for (const extra of s.extras) await page.getByLabel(extra, { exact: true }).check();
    }
    await follow(page, page.getByRole("button", { name: "Continue" }));
  }
  return { typed, seen };
}
