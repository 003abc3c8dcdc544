// How fast the home page opens with a long history: a measurement, not a
// test (issue 18, probe 6). It makes one real record by running the wizard
// in headless Chromium against a release build, copies it into 1,000 (and
// 400) records with their own ids, titles and dates, puts them in
// localStorage, and loads the home page five times for each count, each time
// in a fresh browser profile. It reports, as the median (and range) of the
// five runs:
//   - list: ms from navigation start until the home page shows the records
//     (the first record's line, with its Open or Continue link, is in the
//     DOM: the time of the next animation frame);
//   - longest task: the longest task while the page loads, from a buffered
//     PerformanceObserver of long tasks (tasks over 50 ms; 0 when none),
//     and in how many runs it was over 100 ms.
//
//   node scripts/library-speed.mjs [--runs 5] [--counts 1000,400] [--cold]
//                                  [--builds dist,../old/dist]
//
// --cold loads the page in a new tab of the profile, not in the tab that
// filled storage: a tab's first use of localStorage makes the browser load
// all of it at once (a long task of its own with 1,000 records), which a
// warm tab has already paid, as a user opening the app in a new tab has
// not. --builds alternates the loads of several builds (ABBA order), each
// served on its own port, so a machine busy with other work slows them
// alike; one load of each is made first and not counted (the browser's
// first load of a build is slower).
//
// Build first (`bash -c 'source scripts/setup; release_build'`). The numbers
// depend on the machine and what else it runs; compare runs on one machine.
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { goto, openPage, start } from "../tests/e2e/harness.mjs";
import { EXECUTIVE, WRITE, fillWizard, onPage, openNotes } from "../tests/e2e/journey.mjs";
import { serve } from "./static-server.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    counts: { type: "string", default: "1000,400" },
    cold: { type: "boolean", default: false },
    builds: { type: "string", default: "dist" },
  },
});
const RUNS = Number(values.runs);
const COUNTS = values.counts.split(",").map(Number);
const BUILDS = values.builds.split(",");
const PREFIX = "kept-in-mind.record.";
/** How long after the list shows the load counts as going on (late tasks: the footer, the rest of the list). */
const SETTLE_MS = 1500;

/** The wizard's executive scenario (two people), with two channels. */
const SCENARIO = { ...EXECUTIVE, channels: ["A new email", "A LinkedIn message"] };

/** A record as the app writes it after a person-like run of the wizard. */
async function oneRealRecord() {
  const page = await openPage(env, "/");
  await fillWizard(page, SCENARIO);
  await page.getByRole("button", { name: WRITE }).click();
  await onPage(page, "Your notes");
  await openNotes(page);
  const body = page.getByLabel("Your new email to Margaret O’Neill", { exact: true });
  if (await body.count()) await body.fill(`${await body.inputValue()}\n\nI have since finished the safety audit I mentioned.`);
  const sent = page.getByRole("button", { name: /^I’ve sent this/ }).first();
  if (await sent.count()) await sent.click();
  // The last of those changes is saved within the app's 300 ms pause.
  for (let i = 0; i < 50; i++) {
    const raw = await page.evaluate((prefix) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
      return key ? localStorage.getItem(key) : null;
    }, PREFIX);
    if (raw && raw.includes("safety audit") && raw.includes('"sent":"')) {
      await page.context().close();
      return JSON.parse(raw);
    }
    await page.waitForTimeout(100);
  }
  const raw = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), PREFIX);
  await page.context().close();
  if (!raw.length) throw new Error("the wizard's record was never stored");
  return JSON.parse(raw[0]);
}

const COMPANIES = ["Northwind Health", "Contoso Pharma", "Fabrikam Energy", "Tailspin Toys", "Woodgrove Bank", "Adventure Works", "Litware", "Proseware", "Wide World Importers", "Fourth Coffee", "Alpine Ski House", "Blue Yonder Airlines", "Coho Winery", "Graphic Design Institute", "Lucerne Publishing", "Margie’s Travel", "Trey Research", "VanArsdel", "Wingtip Toys", "Humongous Insurance"];
const JOBS = ["Chief Operating Officer", "Head of Operations", "Operations Director", "VP Supply Chain", "Plant Manager", "Programme Director", "Head of Safety", "General Manager"];
const DAY = 86_400_000;

/**
 * `count` records made from `record`: their own ids, titles and dates,
 * newest first; every tenth archived; every other one without the hand
 * edit, which makes the average record about 4.8 KB as storage counts it,
 * the size of the fault probe's library (1,000 records, 4.8 MB).
 */
function library(record, count) {
  const now = Date.now();
  const entries = [];
  for (let i = 0; i < count; i++) {
    const r = structuredClone(record);
    r.id = (0x1000_0000_0000 + i * 7919).toString(16).padStart(16, "0");
    const updated = now - i * 0.9 * DAY - (i % 7) * 3_600_000;
    r.created = updated - 3 * DAY;
    r.updated = updated;
    r.rev = 1 + ((i * 2654435761) >>> 0) % 1_000_000;
    r.base_rev = 0;
    r.answers.rejection.company = `${COMPANIES[i % COMPANIES.length]}${i >= COMPANIES.length ? ` ${Math.floor(i / COMPANIES.length) + 1}` : ""}`;
    r.answers.rejection.job_title = JOBS[i % JOBS.length];
    r.answers.rejection.date = isoDay(updated - 4 * DAY);
    r.archived = i % 10 === 9;
    for (const note of r.notes ?? []) {
      if (note.sent) note.sent = isoDay(updated - DAY);
      if (i % 2 === 1) note.edit = null;
    }
    entries.push([PREFIX + r.id, JSON.stringify(r)]);
  }
  return entries;
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** In the page, before anything runs: long tasks, and when the first record's line is on screen. */
function watchLoad() {
  // A record's line on the home page: its Open or Continue link.
  const RECORD_LINE = ".app main li a.button";
  window.__speed = { tasks: [], listed: null, items: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__speed.tasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  const seen = () => {
    if (window.__speed.listed !== null) return;
    if (document.querySelector(RECORD_LINE)) {
      window.__speed.listed = -1;
      requestAnimationFrame(() => {
        window.__speed.listed = performance.now();
      });
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
}

/** One load of the home page of `origin` in a fresh profile holding `entries`. */
async function measure(origin, entries) {
  let page = await openPage(env, null);
  // Any document of the origin can fill its storage; the favicon is the smallest.
  await page.goto(origin + "/favicon.svg");
  await page.evaluate((all) => {
    for (const [k, v] of all) localStorage.setItem(k, v);
  }, entries);
  const count = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length, PREFIX);
  if (count !== entries.length) throw new Error(`storage took ${count} of ${entries.length} records`);
  if (values.cold) {
    const filler = page;
    page = await filler.context().newPage();
    await filler.close();
  }
  await page.addInitScript(watchLoad);
  await goto(page, origin + "/");
  await page.waitForFunction(() => window.__speed.listed > 0, null, { timeout: 60_000 });
  const listed = await page.evaluate(() => window.__speed.listed);
  await page.waitForTimeout(SETTLE_MS);
  const result = await page.evaluate(() => ({ tasks: window.__speed.tasks, items: document.querySelectorAll(".app main li a.button").length }));
  await page.context().close();
  return {
    listed: Math.round(listed),
    longest: Math.round(Math.max(0, ...result.tasks)),
    tasks: result.tasks.map(Math.round),
    items: result.items,
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Makes the record, measures each count with each build, and prints the table. */
async function main(builds) {
  const record = await oneRealRecord();
  const one = 2 * (PREFIX.length + record.id.length + JSON.stringify(record).length);
  console.log(`one real record (the wizard's executive scenario with two channels, notes written, one edited, one sent): ${one} bytes as storage counts them (UTF-16)`);
  const rows = [];
  const loads = [];
  for (const count of COUNTS) {
    const entries = library(record, count);
    const bytes = entries.reduce((sum, [k, v]) => sum + 2 * (k.length + v.length), 0);
    for (const build of builds) await measure(build.origin, entries);
    const runs = builds.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      for (let i = 0; i < builds.length; i++) {
        const b = run % 2 ? builds.length - 1 - i : i;
        runs[b].push(await measure(builds[b].origin, entries));
      }
      loads.push(loadavg()[0]);
    }
    builds.forEach((build, b) => {
      rows.push({ count, bytes, build: build.name, runs: runs[b] });
      const last = runs[b].at(-1);
      console.log(`${count} records, ${build.name}: ${runs[b].map((r) => `${r.listed} ms / ${r.longest} ms`).join(", ")} (items listed: ${last.items}, long tasks in the last run: ${last.tasks.join(", ") || "none"})`);
    });
  }
  console.log("");
  console.log("| records | stored | build | list shown (median, range) | longest task (median, range) | over 100 ms |");
  console.log("| ---: | ---: | --- | ---: | ---: | ---: |");
  for (const { count, bytes, build, runs } of rows) {
    const list = runs.map((r) => r.listed);
    const long = runs.map((r) => r.longest);
    console.log(`| ${count.toLocaleString("en")} | ${(bytes / 1e6).toFixed(2)} MB | ${build} | ${median(list)} ms (${Math.min(...list)}–${Math.max(...list)}) | ${median(long)} ms (${Math.min(...long)}–${Math.max(...long)}) | ${long.filter((t) => t > 100).length} of ${long.length} |`);
  }
  console.log(`\nmedian of ${RUNS} runs each, headless Chromium, a fresh profile per run${values.cold ? ", the page in a new tab (cold storage)" : ""}; long tasks are those over 50 ms (0: none)`);
  console.log(`load average (1 min) ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} during the runs, on ${cpus().length} cores: other work on the machine slows every figure`);
}

const env = await start();
const builds = [];
try {
  for (const dir of BUILDS) {
    const server = await serve({ dir, host: "127.0.0.1", port: 0 });
    builds.push({ name: dir, server, origin: `http://127.0.0.1:${server.address().port}` });
  }
  await main(builds);
} finally {
  for (const { server } of builds) await new Promise((ok) => server.close(ok));
  await env.stop();
}
