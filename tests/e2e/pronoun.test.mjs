// A pronoun about the person a note is to, typed where it is asked (issue 21,
// item 6): "She said …" written for her gets a one-click fix into "You
// said …", offered under the box and applied only when clicked.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { bothThemes, expectClean, openPage, screenshots, start } from "./harness.mjs";
import { MID_LEVEL, fillWizard } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

test("a detail about the reader offers to write it to them, and the click does", async () => {
  const page = await openPage(env, "/");
  const person = { ...MID_LEVEL.people[0], detail: undefined };
  let offered = false;
  await fillWizard(page, { ...MID_LEVEL, people: [person] }, async (page, step) => {
    if (step !== "stood-out") return;
    const detail = page.getByLabel(`Something specific you talked about with ${person.name} (optional)`);
    await detail.fill("She said the rota fills up in March");
    const ids = ((await detail.getAttribute("aria-describedby")) ?? "").split(" ");
    const hint = page.locator(`[id="${ids.find((i) => i.endsWith("-typing"))}"]`);
    assert.match(await hint.innerText(), /to this person, so “She” would read as “you”/);
    assert.equal(await detail.inputValue(), "She said the rota fills up in March", "nothing is rewritten silently");
    await bothThemes(page, "the stood-out page with a pronoun fix offered");
    await screenshots(page, "typing-pronoun-fix");
    await page.getByRole("button", { name: "Did you mean You said the rota fills up in March?" }).click();
    assert.equal(await detail.inputValue(), "You said the rota fills up in March");
    assert.equal(await page.locator("[id$='-typing']").count(), 0, "the hint goes once fixed");
    offered = true;
  });
  assert.ok(offered, "the stood-out page was reached");
  expectClean(page);
  await page.context().close();
});
