// The app's shell: home page, footer promise, static shell, CSP, favicon,
// offline use, embedding in another site, served from `/` and from a sub-path.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { serve } from "../../scripts/static-server.mjs";
import {
  ROOT,
  SUB_PATH,
  expectAccessible,
  expectClean,
  expectNoSidewaysScroll,
  openPage,
  recordFaults,
  screenshots,
  start,
} from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(() => env?.stop());

for (const base of ["/", SUB_PATH]) {
  describe(`served from ${base}`, () => {
    test("the home page says what this is and why it pays off", async () => {
      const page = await openPage(env, base);
      await page.getByRole("heading", { level: 1, name: "Write a thank-you for the No" }).waitFor();
      const reasons = page.getByRole("listitem").filter({ hasText: /./ });
      for (const reason of [
        "Their first choice says no or backs out.",
        "The hire doesn’t work out.",
        "Another role needs similar strengths.",
        "A role is created for you.",
      ]) {
        await reasons.filter({ hasText: reason }).waitFor();
      }
      await page.getByText("If you are senior and came second or third").waitFor();
      await page.getByRole("contentinfo").getByText("Everything you type stays in this browser.").waitFor();
      await page.getByRole("link", { name: "Start now" }).waitFor();
      await expectAccessible(page, `the home page at ${base}`);
      expectClean(page);
      await page.context().close();
    });

    test("after the first visit the app opens offline, with the answers saved", async () => {
      // A server of its own, so it can really go away.
      const server = await serve({ dir: join(ROOT, "dist"), host: "127.0.0.1", port: 0 });
      const origin = `http://127.0.0.1:${server.address().port}`;
      const page = await openPage({ browser: env.browser, origin }, base);
      // The service worker takes over this page once it has kept every file.
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 10_000 });
      await page.getByRole("link", { name: "Start now" }).click();
      await page.getByLabel("Company").fill("Fabrikam");
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      const response = await page.reload();
      assert.ok(response.fromServiceWorker(), "the page came from the service worker");
      await page.getByRole("heading", { level: 1, name: "Which job was it?" }).waitFor();
      assert.equal(await page.getByLabel("Company").inputValue(), "Fabrikam");
      const caches = await page.evaluate(() => caches.keys());
      assert.equal(caches.length, 1, `one cache for this copy of the app: ${caches}`);
      assert.ok(caches[0].includes(origin + base), `the cache is named after its scope: ${caches[0]}`);
      expectClean(page);
      await page.context().close();
    });

    test("the favicon is part of the build", async () => {
      const page = await openPage(env, base);
      const href = await page.locator('link[rel="icon"]').getAttribute("href");
      const response = await page.request.get(new URL(href, page.url()).href);
      assert.equal(response.status(), 200);
      assert.match(response.headers()["content-type"], /svg/);
      await page.context().close();
    });
  });
}

test("the Content Security Policy allows nothing from elsewhere and no inline script but the pinned loader", async () => {
  const page = await openPage(env, "/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const directives = Object.fromEntries(
    csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );
  assert.deepEqual(directives["default-src"], ["'none'"]);
  assert.deepEqual(directives["connect-src"], ["'self'"]);
  const script = directives["script-src"];
  assert.ok(script.includes("'wasm-unsafe-eval'"));
  assert.ok(!script.includes("'unsafe-inline'") && !script.includes("'unsafe-eval'"));
  assert.ok(script.some((s) => s.startsWith("'sha256-") && s !== "'sha256-LOADER'"), "the loader is pinned by hash");
  for (const values of Object.values(directives)) {
    assert.ok(values.every((v) => v.startsWith("'") || v === "data:"), `no other origin may be allowed: ${csp}`);
  }
  expectClean(page);
  await page.context().close();
});

test("before the WebAssembly loads, the static shell already says what this is", async () => {
  const page = await openPage(env, null);
  // Hold the wasm back so the page stays in its pre-mount state.
  await page.route("**/*.wasm", () => {});
  await page.goto(env.origin + "/");
  await page.getByRole("heading", { level: 1, name: "A thank-you for the No" }).waitFor();
  await page.getByText("Kept in Mind helps you write a short, gracious note").waitFor();
  await page.context().close();
});

test("once drawn, the app has replaced the static shell: one header, one main, one top heading", async () => {
  for (const [path, heading] of [
    ["/", "Write a thank-you for the No"],
    ["/#/no/job", "Which job was it?"],
  ]) {
    const page = await openPage(env, path);
    assert.equal(await page.locator("#shell").count(), 0, `${path}: the static shell is gone`);
    assert.equal(await page.locator("header.site-header").count(), 1, `${path}: one site header`);
    assert.equal(await page.getByRole("main").count(), 1, `${path}: one main`);
    const h1 = page.getByRole("heading", { level: 1 });
    assert.deepEqual(await h1.allInnerTexts(), [heading], `${path}: one heading 1, the page's own`);
    expectClean(page);
    await page.context().close();
  }
});

test("without JavaScript, a noscript message explains what is needed", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.origin + "/");
  // Playwright's text locators skip <noscript>, so read what a person sees.
  assert.match(await page.locator("main").innerText(), /so it needs JavaScript\. Please turn JavaScript on/);
  await context.close();
});

test("the home page reads well at 320 px and in both colour schemes", async () => {
  const page = await openPage(env, "/", { viewport: { width: 320, height: 800 } });
  await expectNoSidewaysScroll(page, "the home page at 320 px");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "the home page in the dark theme");
  await screenshots(page, "home");
  expectClean(page);
  await page.context().close();
});

/**
 * Opens a "career blog" page that embeds the app in an iframe. The blog is
 * served from `host` (127.0.0.1 on another port is the same site as the app;
 * localhost is another site). Returns the page, which records faults, and the frame.
 */
async function openBlog(t, host) {
  const blog = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><title>My career blog</title>
      <h1>Turned down? Say thank you</h1>
      <iframe src="${env.origin}${SUB_PATH}" title="Kept in Mind: write a thank-you for the No" style="width:100%;height:900px;border:0"></iframe>`);
  });
  await new Promise((ok) => blog.listen(0, "127.0.0.1", ok));
  const blogOrigin = `http://${host}:${blog.address().port}`;
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 1000 } });
  t.after(async () => {
    await context.close();
    blog.closeAllConnections();
    await new Promise((ok) => blog.close(ok));
  });
  const page = await context.newPage();
  // The blog asks its own origin; the app in its frame asks only the app's.
  await recordFaults(page, (req) => (req.frame() === page.mainFrame() ? blogOrigin : env.origin));
  await page.goto(blogOrigin + "/");
  const frame = page.frameLocator('iframe[title="Kept in Mind: write a thank-you for the No"]');
  return { page, frame };
}

/** Starts the wizard in the frame and answers the first question. */
async function firstStep(frame) {
  await frame.getByRole("link", { name: "Start now" }).click();
  await frame.getByRole("heading", { level: 1, name: "Which job was it?" }).waitFor();
  await frame.getByLabel("Company").fill("Wide World Importers");
  await frame.getByLabel("Job title").fill("Buyer");
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.getByRole("heading", { level: 1, name: "How far did you get?" }).waitFor();
}

test("embedded in a page of the same site, the app works and keeps the answers", async (t) => {
  const { page, frame } = await openBlog(t, "127.0.0.1");
  await firstStep(frame);
  // After a reload of the blog the frame opens at home, offering the saved note.
  await page.reload();
  await frame.getByRole("heading", { name: "Kept in this browser" }).waitFor();
  await frame.getByRole("link", { name: "Continue" }).click();
  await frame.getByRole("heading", { level: 1, name: "How far did you get?" }).waitFor();
  await frame.getByRole("link", { name: "Back" }).click();
  assert.equal(await frame.getByLabel("Company").inputValue(), "Wide World Importers");
  assert.equal(await page.title(), "My career blog", "the app names only its own document");
  expectClean(page);
});

test("embedded in another site's page, the app works, and says so when the browser denies it storage", async (t) => {
  const { page, frame } = await openBlog(t, "localhost");
  await frame.getByRole("link", { name: "Start now" }).waitFor();
  // Browsers differ on storage for another site's frame (this Chromium denies it).
  const app = page.frames().find((f) => f.url().startsWith(env.origin));
  const allowed = await app.evaluate(() => {
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
  await firstStep(frame);
  await frame.getByRole("link", { name: "Back" }).click();
  assert.equal(await frame.getByLabel("Company").inputValue(), "Wide World Importers");
  assert.equal(await page.title(), "My career blog");
  expectClean(page);
});
