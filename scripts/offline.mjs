// Trunk post_build hook: tells the service worker which files to keep.
//
// web/sw.js is copied into the build with `FILE_LIST` and `BUILD_ID`
// placeholders. This writes in every file Trunk built (their names carry
// content hashes) and an id made from their contents, so each build gets a
// fresh cache and the browser replaces the old one. A placeholder left, or a
// service worker missing, fails the build.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("offline: TRUNK_STAGING_DIR is not set; run this as a Trunk hook");
  process.exit(1);
}
const worker = join(staging, "sw.js");
const source = readFileSync(worker, "utf8");
for (const placeholder of ['"BUILD_ID"', '"FILE_LIST"']) {
  if (!source.includes(placeholder)) {
    console.error(`offline: ${placeholder} not found in sw.js`);
    process.exit(1);
  }
}

// Every file, in sub-folders too (wasm-bindgen's snippets, copied folders).
const files = readdirSync(staging, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(staging, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/"))
  .filter((name) => name !== "sw.js" && name !== "index.html")
  .sort();
const id = createHash("sha256");
for (const name of [...files, "index.html"]) id.update(name).update(readFileSync(join(staging, name)));
// The page itself is kept as "./", the address a visitor opens.
const list = ["./", ...files];

// Trunk does not minify a copied file: the worker's comments (whole lines
// only, so no code can be touched) are for readers of web/sw.js, not for visitors.
const code = source
  .split("\n")
  .filter((line) => !line.trimStart().startsWith("//"))
  .join("\n");
writeFileSync(
  worker,
  code
    .replace('"BUILD_ID"', JSON.stringify(id.digest("hex").slice(0, 16)))
    .replace('"FILE_LIST"', list.map((f) => JSON.stringify(f)).join(", ")),
);
console.log(`offline: the service worker keeps ${list.length} files`);
