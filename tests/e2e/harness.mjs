// Shared set-up for the end-to-end tests: one headless Chromium, the release
// build served on 127.0.0.1 (at `/` and at a sub-path), and a page that
// records everything that must never happen: console errors, uncaught
// exceptions, native dialogs, requests to another origin and
// Content-Security-Policy violations. `expectClean` turns those records into a failing assertion.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { serve, SUB_PATH } from "../../scripts/static-server.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCREENSHOTS = join(ROOT, "tests", "e2e", "screenshots");
export { SUB_PATH };

/** Starts the server and the browser; call `stop()` when done. */
export async function start() {
  const server = await serve({ dir: join(ROOT, "dist"), host: "127.0.0.1", port: 0 });
  const { port } = server.address();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Opens a fresh context (its own localStorage) and a page that records
 * faults. `options` go to `browser.newContext` (viewport, colorScheme, …).
 */
export async function openPage(env, path = "/", options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await recordFaults(page, () => env.origin);
  if (path !== null) await goto(page, env.origin + path);
  return page;
}

/**
 * Records on `page.faults` every console error, uncaught exception, CSP
 * violation and request to an origin other than `originFor(request)`, the
 * one that request may go to.
 */
export async function recordFaults(page, originFor) {
  const faults = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") faults.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => faults.push(`uncaught exception: ${err.message}`));
  // The app asks in the page, never through the browser's own dialogs
  // (unstyled, in the browser's voice, blocked in a sandboxed embed).
  page.on("dialog", (dialog) => {
    faults.push(`native ${dialog.type()} dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (["data:", "blob:"].includes(url.protocol)) return;
    if (url.origin !== originFor(req)) faults.push(`request to another origin: ${req.url()}`);
  });
  await page.exposeFunction("__reportCsp", (v) => faults.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  page.faults = faults;
}

/** Navigates and waits until the app (not the static shell) is drawn,
 *  down to its footer, the last part of the first draw (src/ui/first_draw.rs). */
export async function goto(page, url) {
  await page.goto(url);
  await page.locator(".app .site-footer").waitFor();
}

/** Fails when the page recorded any fault since it opened. */
export function expectClean(page) {
  assert.deepEqual(page.faults, [], "the page must not log errors, throw, break its CSP or reach another origin");
}

/**
 * Asserts the focus lands on the element whose `key` ("id" or "textContent")
 * matches `expected` (a string or a RegExp). The app moves the focus on the
 * frame after it draws, so this waits up to 2 s before it reads the focus.
 */
export async function expectFocus(page, key, expected, message) {
  const matches = (value) => (expected instanceof RegExp ? expected.test(value ?? "") : value === expected);
  const source = expected instanceof RegExp ? { regex: expected.source, flags: expected.flags } : { text: expected };
  await page
    .waitForFunction(
      ({ key, source }) => {
        const value = document.activeElement?.[key] ?? "";
        return source.regex === undefined ? value === source.text : new RegExp(source.regex, source.flags).test(value);
      },
      { key, source },
      { timeout: 2000 },
    )
    .catch(() => {});
  const actual = await page.evaluate((key) => document.activeElement?.[key] ?? "", key);
  assert.ok(matches(actual), `${message}: the focus is on ${JSON.stringify(actual.slice(0, 80))}`);
}

/** Runs axe-core with the WCAG 2.2 A and AA rules and fails on any violation. */
export async function expectAccessible(page, what) {
  // A theme switched just before (emulateMedia) starts 120 ms colour
  // transitions; axe must see the colours they end on, not a blend.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  assert.deepEqual(summary, [], `axe-core found WCAG 2.2 A/AA violations on ${what}`);
}

/** axe-core in the dark theme and then the light one. */
export async function bothThemes(page, what) {
  for (const colorScheme of ["dark", "light"]) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await expectAccessible(page, `${what} (${colorScheme})`);
  }
}

/** Fails when the page scrolls sideways at its current width. */
export async function expectNoSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow}px`);
}

/**
 * Screenshots the current page at 375 px and 1280 px wide, light and dark,
 * into tests/e2e/screenshots (git ignores it). Restores light at 1280 px.
 */
export async function screenshots(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ["light", "dark"]) {
    // Reduced motion turns transitions off, so no shot catches one half-way.
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}
