// Every screen in light and dark: axe-core's contrast rules in the dark
// theme too, and screenshots at 375 px and 1280 px for a person to look at.
import { after, before, test } from "node:test";
import { expectAccessible, expectClean, openPage, screenshots, start } from "./harness.mjs";
import { EXECUTIVE, WRITE, cont, fillWizard, onPage } from "./journey.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

async function everyTheme(page, name) {
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  await expectAccessible(page, `the ${name} page in the dark theme`);
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await screenshots(page, name);
}

test("every step, the check page, the notes and an error page, light and dark", async () => {
  const page = await openPage(env, "/#/no/job");
  await cont(page);
  await page.getByText("There is a problem").waitFor();
  await everyTheme(page, "00-errors");
  await page.getByRole("link", { name: "Kept in Mind" }).click();
  await onPage(page, "Write a thank-you for the No");

  let n = 1;
  await fillWizard(page, EXECUTIVE, (p, name) => everyTheme(p, `${String(n++).padStart(2, "0")}-${name}`));
  await everyTheme(page, `${n++}-check`);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await everyTheme(page, `${n++}-notes`);
  expectClean(page);
  await page.context().close();
});
