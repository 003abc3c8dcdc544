// Installing the app and updating it: the manifest and its icons, Chromium's
// own verdict that the app can be installed, and a new build reaching an open
// tab as an offer to reload that loses nothing.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/static-server.mjs";
import { ROOT, SUB_PATH, expectAccessible, expectClean, openPage, recordFaults, start } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

/** The manifest as Chromium parsed it, and what it says stops an install. */
async function installability(page) {
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send("Page.getAppManifest");
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  await cdp.detach();
  return { manifest, errors: installabilityErrors.map((e) => e.errorId) };
}

/**
 * A page in a browser with a profile on disk: Chromium never offers to
 * install from an incognito window, and every other context is one.
 */
async function profilePage(t, url) {
  const profile = mkdtempSync(join(tmpdir(), "kept-in-mind-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  t.after(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await recordFaults(page, () => env.origin);
  await page.goto(url);
  await page.locator(".app").waitFor();
  return page;
}

for (const base of ["/", SUB_PATH]) {
  test(`served from ${base}, Chromium can install the app`, async (t) => {
    const page = await profilePage(t, env.origin + base);
    // A service worker is part of what Chromium asks for.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 10_000 });
    const { manifest, errors } = await installability(page);
    assert.deepEqual(manifest.errors, [], "the manifest parses cleanly");
    assert.deepEqual(errors, [], "nothing stops an install");
    const data = JSON.parse(manifest.data);
    assert.equal(data.short_name, "Kept in Mind");
    assert.equal(new URL(data.start_url, manifest.url).href, env.origin + base, "start_url is the app's own folder");
    assert.equal(new URL(data.scope, manifest.url).href, env.origin + base);
    expectClean(page);
  });
}

test("every icon is a PNG of its stated size, one is maskable, and the service worker keeps them", async () => {
  const page = await openPage(env, "/");
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 10_000 });
  const manifest = await (await page.request.get(env.origin + "/manifest.webmanifest")).json();
  const icons = [...manifest.icons, { src: "apple-touch-icon.png", sizes: "180x180" }];
  assert.ok(manifest.icons.some((i) => i.purpose === "maskable" && i.sizes === "512x512"));
  for (const size of ["192x192", "512x512"]) assert.ok(manifest.icons.some((i) => i.sizes === size), size);
  for (const icon of icons) {
    const response = await page.request.get(new URL(icon.src, env.origin + "/").href);
    assert.equal(response.headers()["content-type"], "image/png", icon.src);
    const png = await response.body();
    // Width and height sit in the PNG's IHDR chunk, bytes 16 to 24.
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
  const kept = await page.evaluate(
    (names) => Promise.all(names.map((n) => caches.match(new URL(n, location.href).href).then((r) => r != null))),
    ["manifest.webmanifest", ...icons.map((i) => i.src)],
  );
  assert.deepEqual(kept, kept.map(() => true), "the manifest and every icon are kept for offline use");
  expectClean(page);
  await page.context().close();
});

/**
 * Makes "build B" from the build in `dir`: a new name for its stylesheet (as
 * any change to it would give) and a new worker that keeps that name.
 */
function nextBuild(dir) {
  const css = readdirSync(dir).find((f) => f.endsWith(".css"));
  const renamed = css.replace(/\.css$/, "-b.css");
  renameSync(join(dir, css), join(dir, renamed));
  for (const file of ["index.html", "sw.js"]) {
    const text = readFileSync(join(dir, file), "utf8").replaceAll(css, renamed);
    writeFileSync(join(dir, file), file === "sw.js" ? text.replace(/const BUILD = "(\w+)"/, 'const BUILD = "$1b"') : text);
  }
  return renamed;
}

test("a new build is offered as a reload that keeps every answer, and nothing reloads by itself", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kept-in-mind-build-"));
  cpSync(join(ROOT, "dist"), dir, { recursive: true });
  const server = await serve({ dir, host: "127.0.0.1", port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await openPage({ browser: env.browser, origin }, "/");
  try {
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 10_000 });
    const prompt = page.getByRole("status").filter({ hasText: "A new version is ready" });
    await page.getByRole("link", { name: "Start now" }).click();
    const company = page.getByLabel("Company");
    await company.fill("Tailspin Toys");
    assert.equal(await prompt.count(), 0, "the first visit's worker is not a new version");

    const stylesheet = nextBuild(dir);
    await page.evaluate(() => {
      window.stillTheSamePage = true;
      return navigator.serviceWorker.getRegistration().then((r) => r.update());
    });
    await prompt.waitFor();
    const reload = prompt.getByRole("button", { name: "Reload" });
    await reload.waitFor();
    await company.pressSequentially(" Ltd");
    assert.equal(await company.evaluate((el) => el === document.activeElement), true, "focus stays where it was");
    await expectAccessible(page, "the page with the new-version prompt");
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true, "the page did not reload by itself");

    await Promise.all([page.waitForEvent("load"), reload.click()]);
    await page.getByRole("heading", { level: 1, name: "Which job was it?" }).waitFor();
    assert.equal(await page.getByLabel("Company").inputValue(), "Tailspin Toys Ltd", "every keystroke is kept");
    assert.ok(await page.locator(`link[href$="${stylesheet}"]`).count(), "the page now runs build B");
    assert.equal(await prompt.count(), 0, "the new build is not offered again");
    expectClean(page);
  } finally {
    await page.context().close();
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
});
