// Where the WebAssembly's bytes go, for `size-report.mjs --breakdown`: the
// wasm that wasm-bindgen wrote before wasm-opt (it still has function names),
// measured by twiggy and summed by crate and by the app's own modules.
//
// Each function counts under the first path in its name: a generic function
// under its own crate (`tachys::…::<kept_in_mind::…>` is tachys'), a trait
// method under its type's (`<kept_in_mind::… as tachys::Render>::build` is
// the app's). Sizes are raw bytes before wasm-opt, so they show proportions;
// the brotli figures in the size report are what a visitor pays.
//
// twiggy is installed from crates.io into `.tools/` the first time (about
// three minutes); CI never asks for the breakdown.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const TWIGGY_VERSION = "0.8.0";
const APP_CRATE = "kept_in_mind";

/** Prints the breakdown of `wasm`; `root` is the repository (for `.tools/`). */
export function printBreakdown(wasm, root) {
  if (!existsSync(wasm)) {
    console.error(`size-report: no ${wasm}; run the release build first`);
    process.exit(1);
  }
  const items = parseTop(execFileSync(twiggy(root), ["top", "-n", "1000000", "--format", "csv", wasm], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  }));
  const counted = items.filter((item) => !isNameSection(item.name));
  const total = counted.reduce((sum, item) => sum + item.size, 0);
  console.log(`\nWebAssembly before wasm-opt, names section left out: ${kb(total)} KB`);
  table("crate (or section)", sumBy(counted, crateOf), total, 25);
  const own = counted.filter((item) => crateOf(item) === APP_CRATE);
  table(`the app's modules (${APP_CRATE}::…)`, sumBy(own, moduleOf), total, 40);
}

/** The twiggy binary: on PATH, in `.tools/bin`, or installed there now. */
function twiggy(root) {
  const onPath = findOnPath("twiggy");
  if (onPath) return onPath;
  const local = join(root, ".tools", "bin", "twiggy");
  if (existsSync(local)) return local;
  console.error(`size-report: installing twiggy ${TWIGGY_VERSION} into .tools/ (a few minutes, once)`);
  const install = (...flags) =>
    execFileSync("cargo", ["install", "--quiet", ...flags, "--root", join(root, ".tools"), "twiggy", "--version", TWIGGY_VERSION], {
      stdio: "inherit",
    });
  // As in scripts/setup: a locked install can fail when the registry mirror
  // lacks a pinned dependency; the unlocked install is the fallback.
  try {
    install("--locked");
  } catch {
    install();
  }
  return local;
}

function findOnPath(bin) {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, bin))) return join(dir, bin);
  }
  return null;
}

/** twiggy's CSV rows as `{ name, size }` (columns: Name, ShallowSize, …). */
export function parseTop(csv) {
  const [header, ...lines] = csv.trim().split("\n");
  const columns = splitCsv(header);
  const name = columns.indexOf("Name");
  const size = columns.indexOf("ShallowSize");
  if (name < 0 || size < 0) throw new Error(`size-report: unexpected twiggy header: ${header}`);
  return lines.map(splitCsv).map((cells) => ({ name: cells[name], size: Number(cells[size]) }));
}

/** One CSV line, with quoted cells (names hold commas: `Vec<(A, B)>`). */
function splitCsv(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

const isNameSection = (name) => /names?" subsection|^custom section 'name'/.test(name);

/**
 * The crate an item belongs to: the first path in its name, so
 * `<kept_in_mind::domain::model::Answers as serde::Deserialize>::deserialize`
 * is the app's and `tachys::html::…<kept_in_mind::…>` is tachys'. Items with no
 * path are named by their section: `data segment ".rodata"` is static data.
 */
export function crateOf({ name }) {
  const path = plain(name).match(/[a-z_][a-z0-9_]*(?=::)/);
  if (path) return path[0];
  if (name.startsWith("data segment")) return "(static data)";
  const section = name.match(/^[a-z]+(?=\[)/);
  return section ? `(${section[0]})` : "(other)";
}

/** The name without the v0 mangling's crate hashes: `core[6a69…]::fmt` is `core::fmt`. */
const plain = (name) => name.replace(/\[[0-9a-f]+\]/g, "");

/** The app module of one of its items, two levels deep: `ui::pages`, `domain::model`. */
export function moduleOf(item) {
  const name = plain(item.name);
  const rest = name.slice(name.indexOf(`${APP_CRATE}::`) + APP_CRATE.length + 2);
  const segments = [];
  for (const segment of rest.split("::")) {
    if (segments.length === 2 || !/^[a-z_][a-z0-9_]*$/.test(segment)) break;
    segments.push(segment);
  }
  return segments.join("::") || "(crate root)";
}

function sumBy(items, key) {
  const sums = new Map();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + item.size);
  return [...sums].sort((a, b) => b[1] - a[1]);
}

function table(title, rows, total, limit) {
  console.log(`\n| ${title.padEnd(40)} |     KB |      % |`);
  console.log(`|${"-".repeat(42)}|--------|--------|`);
  const shown = rows.slice(0, limit);
  const rest = rows.slice(limit).reduce((sum, [, size]) => sum + size, 0);
  if (rest > 0) shown.push([`(${rows.length - limit} more)`, rest]);
  for (const [label, size] of shown) {
    console.log(`| ${label.padEnd(40)} | ${kb(size).padStart(6)} | ${((100 * size) / total).toFixed(1).padStart(6)} |`);
  }
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
