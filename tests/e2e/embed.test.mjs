// embed.js on a hostile career blog: a page from another origin (and another
// site: 127.0.0.2) whose CSS shrinks every font, caps every iframe at 300 px
// and restyles every button and link. The card must still be readable and
// usable, load nothing of the app until the reader opens it, open a frame
// that sizes itself, keep the keyboard, Copy and the storage notice working,
// and tell the blog nothing but its height.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { SCREENSHOTS, SUB_PATH, expectAccessible, expectClean, recordFaults, start } from "./harness.mjs";
import { MID_LEVEL, WRITE, fillWizard, noteText, onPage, openNotes } from "./journey.mjs";

let env;
let blogOrigin;
let blog;
before(async () => {
  env = await start();
  blog = createServer((req, res) => {
    const attributes = new URL(req.url, "http://x").searchParams.get("attrs") ?? "";
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(hostileBlog(`${env.origin}${SUB_PATH}`, attributes));
  });
  await new Promise((ok) => blog.listen(0, "127.0.0.2", ok));
  blogOrigin = `http://127.0.0.2:${blog.address().port}`;
});
after(async () => {
  blog?.closeAllConnections();
  await new Promise((ok) => (blog ? blog.close(ok) : ok()));
  await env?.stop();
});

/** The blog page, with the README's snippet pasted into its article. */
function hostileBlog(app, attributes) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>My career blog</title>
<style>
  * { box-sizing: content-box; font-size: 62.5% }
  iframe { max-width: 300px }
  button { background: hotpink; color: yellow; border: 4px dashed lime; font-family: cursive; text-transform: uppercase }
  a { color: orange; font-family: fantasy; text-decoration: line-through }
  div { padding: 2px; line-height: 0.9 }
  body { max-width: 44rem; margin: 0 auto; padding: 1rem; font-family: Georgia, serif; background: #fff; color: #222 }
  @media (prefers-color-scheme: dark) { body { background: #111; color: #ddd } }
</style></head><body>
<h1>Turned down? Say thank you</h1>
<p>Last week I came second for a job I really wanted. Here is what I did next.</p>
<div data-kept-in-mind ${attributes}><a href="${app}">Write a thank-you for the No</a></div>
<p>I wrote back within a day. Two months later they called.</p>
<script src="${app}embed.js" async></script>
</body></html>`;
}

/**
 * Opens the blog with the card's `data-` attributes. Records faults on both
 * sides, every request for the app's files, and every message the blog gets.
 */
async function openBlog(t, attributes = "", options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  t.after(() => context.close());
  const page = await context.newPage();
  await recordFaults(page, (req) => (req.frame() === page.mainFrame() && !req.url().endsWith("/embed.js") ? blogOrigin : env.origin));
  page.appRequests = [];
  page.on("request", (req) => {
    if (req.url().startsWith(env.origin)) page.appRequests.push(new URL(req.url()).pathname);
  });
  await page.addInitScript(() => {
    window.received = [];
    addEventListener("message", (e) => window.received.push({ origin: e.origin, data: JSON.stringify(e.data) }));
  });
  await page.goto(`${blogOrigin}/?attrs=${encodeURIComponent(attributes)}`);
  return page;
}

const frameOf = (page) => page.frameLocator('iframe[title="Kept in Mind: write a thank-you for the No"]');
const appFrame = (page) => page.frames().find((f) => f.url().startsWith(env.origin));

/** Presses Tab until the focused element in `frame` (or the page) has this text. */
async function tabTo(page, text, where = page) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const focused = await where.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.textContent?.trim();
    });
    if (focused === text) return;
  }
  assert.fail(`Tab never reached "${text}"`);
}

/** Waits until the frame is as tall as the app in it: no gap, no inner scrollbar. */
async function settle(page) {
  await appFrame(page).waitForFunction(
    () => Math.abs(document.documentElement.clientHeight - Math.ceil(document.body.getBoundingClientRect().height)) <= 1,
    null,
    { timeout: 5000 },
  );
  const inner = await appFrame(page).evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
  assert.ok(inner[0] <= inner[1], `no inner scrollbar: ${inner}`);
}

test("the card is readable under hostile CSS and loads nothing of the app until it is opened", async (t) => {
  const page = await openBlog(t);
  const open = page.getByRole("button", { name: "Write a thank-you for the No" });
  await open.waitFor();
  await page.getByRole("heading", { level: 2, name: "Turned down after an interview?" }).waitFor();
  const look = await open.evaluate((el) => {
    const s = getComputedStyle(el);
    return { font: s.fontSize, height: el.getBoundingClientRect().height, transform: s.textTransform };
  });
  assert.deepEqual([look.font, look.transform], ["16px", "none"], "the blog's CSS does not reach the card");
  assert.ok(look.height >= 44, `a full-size target: ${look.height}px`);
  await page.waitForTimeout(300);
  assert.deepEqual(page.appRequests, [`${SUB_PATH}embed.js`], "only embed.js until the reader asks");
  expectClean(page);
});

test("without JavaScript the snippet is a working link to the app", async (t) => {
  const page = await openBlog(t, "", { javaScriptEnabled: false });
  const link = page.getByRole("link", { name: "Write a thank-you for the No" });
  assert.equal(await link.getAttribute("href"), `${env.origin}${SUB_PATH}`);
});

test("by keyboard: the frame opens at full width, sizes itself, keeps focus and says when storage is denied", async (t) => {
  const page = await openBlog(t, 'data-cta="Write your thank-you note"');
  await page.getByRole("button", { name: "Write your thank-you note" }).waitFor();
  await tabTo(page, "Write your thank-you note");
  await page.keyboard.press("Enter");
  const frame = frameOf(page);
  // The reader chose to begin: the frame opens at the first question, its heading focused.
  await onPage(frame, "Which job was it?");
  await appFrame(page).waitForFunction(() => document.activeElement?.matches("main h1") && document.hasFocus(), null, { timeout: 5000 });
  assert.equal(
    await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName),
    "IFRAME",
    "the blog's focus is in the frame",
  );
  const width = await page.evaluate(() => {
    const host = document.querySelector("[data-kept-in-mind]");
    const s = getComputedStyle(host);
    const content = host.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    return [host.shadowRoot.querySelector("iframe").getBoundingClientRect().width, content];
  });
  assert.ok(width[0] > 300 && Math.abs(width[0] - width[1]) < 1, `the frame fills the article: ${width}`);
  assert.ok(page.appRequests.length > 1, "opening it loads the app");
  await settle(page);

  // This Chromium denies storage to another site's frame; the app says so.
  const allowed = await appFrame(page).evaluate(() => {
    try {
      localStorage.setItem("kept-in-mind.probe", "1");
      localStorage.removeItem("kept-in-mind.probe");
      return true;
    } catch {
      return false;
    }
  });
  const notice = frame.getByRole("alert").filter({ hasText: "This browser is not letting Kept in Mind save anything" });
  assert.equal(await notice.count(), allowed ? 0 : 1, `storage allowed: ${allowed}`);

  await frame.getByLabel("Company").focus();
  await page.keyboard.type("Tailspin Toys");
  await settle(page);
  const full = frame.getByRole("link", { name: "Open in a full page" });
  assert.equal(await full.getAttribute("href"), `${SUB_PATH}#/no/job`, "the same page, without the frame's presets");
  assert.equal(await full.getAttribute("target"), "_blank");
  await expectAccessible(page, "the blog with the app opened");

  // Nothing the reader typed reached the blog: only heights, from the app.
  const received = await page.evaluate(() => window.received);
  assert.ok(received.length > 0, "the frame told the blog its height");
  for (const { origin, data } of received) {
    assert.equal(origin, env.origin);
    assert.deepEqual(Object.keys(JSON.parse(data)), ["keptInMind", "height"]);
    assert.ok(!data.includes("Tailspin"), data);
  }
  // A height from any other origin is ignored.
  const before = await page.evaluate(() => document.querySelector("[data-kept-in-mind]").shadowRoot.querySelector("iframe").style.height);
  await page.evaluate(() => window.postMessage({ keptInMind: "height", height: 5 }, "*"));
  await page.waitForTimeout(100);
  const later = await page.evaluate(() => document.querySelector("[data-kept-in-mind]").shadowRoot.querySelector("iframe").style.height);
  assert.equal(later, before);
  expectClean(page);
});

test("presets: dark theme, an accent too dark for it made readable, the default tone; Copy works", async (t) => {
  const page = await openBlog(t, 'data-theme="dark" data-accent="#203040" data-tone="formal"', {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await page.getByRole("button", { name: "Write a thank-you for the No" }).click();
  const frame = frameOf(page);
  await onPage(frame, "Which job was it?");
  const app = appFrame(page);
  const look = await app.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return { theme: document.documentElement.dataset.theme, accent: s.getPropertyValue("--accent").trim(), bg: getComputedStyle(document.body).backgroundColor };
  });
  assert.equal(look.theme, "dark");
  assert.equal(look.bg, "rgb(18, 23, 25)", "the dark theme although the reader's setting is light");
  assert.ok(contrast(look.accent, "#1f2b2f") >= 4.5, `the accent ${look.accent} reads on the dark theme`);

  await fillWizard(frame, MID_LEVEL, async (f, name) => {
    if (name === "style") assert.equal(await f.getByLabel("Formal", { exact: true }).isChecked(), true, "the preset tone");
  });
  await frame.getByRole("button", { name: WRITE }).click();
  await onPage(frame, "Your notes");
  await settle(page);
  const body = await noteText(frame, "Your email reply to Priya Shah");
  await openNotes(frame);
  await frame.getByRole("button", { name: /^Copy note\W/ }).click();
  await frame.getByRole("status").filter({ hasText: "Copied your email reply to Priya Shah." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.endsWith(body), "the note is on the clipboard");
  const received = await page.evaluate(() => window.received.map((m) => m.data).join(" "));
  assert.ok(!received.includes("Priya"), "no answer crossed to the blog");
  expectClean(page);
});

test("data-load=visible opens the frame when the card comes near, without taking focus", async (t) => {
  const page = await openBlog(t, 'data-load="visible"');
  await frameOf(page).getByRole("link", { name: "Start now" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  expectClean(page);
});

test("the embed on the hostile blog at 375 px and 1280 px, light and dark, closed and open", async (t) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [375, 1280]) {
      const page = await openBlog(t, "", { viewport: { width, height: 900 }, colorScheme, reducedMotion: "reduce" });
      await page.getByRole("button", { name: "Write a thank-you for the No" }).waitFor();
      // A viewport as tall as the page: Chromium paints another site's
      // frame only inside the viewport, even for a full-page screenshot.
      const shot = async (state) => {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: join(SCREENSHOTS, `embed-${state}-${width}-${colorScheme}.png`) });
      };
      await shot("card");
      await page.getByRole("button", { name: "Write a thank-you for the No" }).click();
      await onPage(frameOf(page), "Which job was it?");
      await settle(page);
      const overflow = await appFrame(page).evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the frame scrolls sideways by ${overflow}px at ${width}`);
      await shot("open");
      await expectAccessible(page, `the embed opened at its first question, ${width} px, ${colorScheme}`);
      expectClean(page);
      await page.context().close();
    }
  }
});

/** WCAG contrast of two colours given as `#rrggbb` or `rgb(r, g, b)`. */
function contrast(a, b) {
  const channels = (c) => (c.startsWith("#") ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+/g).map(Number));
  const lum = (c) =>
    channels(c)
      .map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
