// Trunk post_build hook: allow exactly the inline loader script in the CSP.
//
// Trunk 0.21 writes its WebAssembly loader as an inline module script, and the
// page's Content-Security-Policy forbids inline scripts unless pinned by hash.
// The hash can only be known after Trunk has written the final HTML, so this
// hook computes it and puts it where index.html has the `'sha256-LOADER'`
// placeholder. A build with a placeholder left, or an inline script that is not
// covered, fails here rather than producing a page that never mounts.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set; run this as a Trunk hook");
  process.exit(1);
}
const file = join(staging, "index.html");
const html = readFileSync(file, "utf8");

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) {
  console.error("csp-hash: no inline script found; did Trunk's loader change?");
  process.exit(1);
}
const sources = inline.map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);

const placeholder = "'sha256-LOADER'";
if (!html.includes(placeholder)) {
  console.error(`csp-hash: ${placeholder} not found in the CSP meta tag`);
  process.exit(1);
}
writeFileSync(file, html.replace(placeholder, sources.join(" ")));
console.log(`csp-hash: pinned ${sources.length} inline script(s)`);
