// Trunk post_build hook: gives the WebAssembly's imports and exports short
// names.
//
// wasm-bindgen names each function the WebAssembly imports from its JS glue
// `__wbg_<method>_<16 hex digits>`, under the module `./<crate>_bg.js`, and
// writes every name twice: in the wasm's import section and as a key of the
// glue's import object. The hex digits do not compress, so the ~140 names
// cost both files a few KB of brotli. This renames them, in both files at
// once, to `a`, `b`, … in the order the glue lists them, and the module to
// `a`. Exports the glue calls as `wasm.<name>` (some are 200 characters of
// mangled closure types) get short names too; exports it never names that
// way keep theirs. The glue's own functions named after those closures get
// short names as well. Nothing else in either file changes. Anything unexpected
// (a name found in one file and not the other, or twice) fails the build
// rather than ship a page that cannot link. Runs before offline.mjs, which
// hashes the files.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR ?? "dist";
const fail = (message) => {
  console.error(`short-imports: ${message}`);
  process.exit(1);
};

const wasmName = readdirSync(staging).find((name) => name.endsWith("_bg.wasm"));
if (!wasmName) fail("no _bg.wasm in the build");
const jsName = wasmName.replace(/_bg\.wasm$/, ".js");
const jsPath = join(staging, jsName);
const wasmPath = join(staging, wasmName);
let js = readFileSync(jsPath, "utf8");

// The import object: `const import0 = { __proto__: null, key: function…, … };`
// and, further down, `"./<crate>_bg.js": import0,`.
const moduleEntry = js.match(/^ +"(\.\/[\w-]+_bg\.js)": import0,$/m);
if (!moduleEntry) fail("the glue's import module was not found");
const moduleName = moduleEntry[1];
const start = js.indexOf("    const import0 = {\n");
const end = js.indexOf("\n    };\n", start);
if (start < 0 || end < 0) fail("the glue's import object was not found");
const keys = [...js.slice(start, end).matchAll(/^ {8}([A-Za-z_$][\w$]*): function/gm)].map((m) => m[1]);
if (keys.length === 0) fail("the glue's import object has no functions");

/** `a` … `z`, `A` … `Z`, then two letters: short, valid JS keys. */
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const shortName = (i) => (i < LETTERS.length ? "" : shortName(Math.floor(i / LETTERS.length) - 1)) + LETTERS[i % LETTERS.length];
const renamed = new Map(keys.map((key, i) => [key, shortName(i)]));

for (const key of keys) {
  const uses = js.split(new RegExp(`\\b${key.replace(/\$/g, "\\$")}\\b`)).length - 1;
  if (uses !== 1) fail(`${key} appears ${uses} times in the glue, not once`);
}
let body = js.slice(start, end);
for (const [key, short] of renamed) body = body.replace(`        ${key}: function`, `        ${short}: function`);
js = js.slice(0, start) + body + js.slice(end).replace(moduleEntry[0], moduleEntry[0].replace(`"${moduleName}"`, '"a"'));

// The wasm's import section (id 2), rebuilt with the new names.
const wasm = readFileSync(wasmPath);
const readU32 = (at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
};
const u32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
};
const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

let at = 8;
const sections = [wasm.subarray(0, 8)];
let imported = false;
let exportsDone = false;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, contentAt] = readU32(at + 1);
  const next = contentAt + size;
  if (id === 2) {
    const [count, first] = readU32(contentAt);
    const parts = [u32(count)];
    let p = first;
    const seen = new Set();
    for (let i = 0; i < count; i++) {
      const [moduleLen, moduleAt] = readU32(p);
      const module = wasm.toString("utf8", moduleAt, moduleAt + moduleLen);
      const [fieldLen, fieldAt] = readU32(moduleAt + moduleLen);
      const field = wasm.toString("utf8", fieldAt, fieldAt + fieldLen);
      const descAt = fieldAt + fieldLen;
      p = descriptorEnd(descAt);
      if (module !== moduleName) fail(`an import from ${module}, which the glue does not provide`);
      const short = renamed.get(field);
      if (!short) fail(`the wasm imports ${field}, which the glue does not list`);
      if (seen.has(field)) fail(`the wasm imports ${field} twice`);
      seen.add(field);
      parts.push(name("a"), name(short), wasm.subarray(descAt, p));
    }
    if (p !== next) fail("the import section did not end where its size said");
    const content = Buffer.concat(parts);
    imported = true;
    sections.push(Buffer.from([2]), u32(content.length), content);
  } else if (id === 7) {
    const [count, first] = readU32(contentAt);
    const entries = [];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [nameLen, nameAt] = readU32(p);
      const field = wasm.toString("utf8", nameAt, nameAt + nameLen);
      p = readU32(nameAt + nameLen + 1)[1];
      entries.push({ field, desc: wasm.subarray(nameAt + nameLen, p) });
    }
    if (p !== next) fail("the export section did not end where its size said");
    const named = new Set([...js.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
    const called = entries.map(({ field }) => field).filter((field) => named.has(field));
    const kept = new Set(entries.map(({ field }) => field).filter((field) => !called.includes(field)));
    const shorts = [];
    for (let i = 0; shorts.length < called.length; i++) if (!kept.has(shortName(i))) shorts.push(shortName(i));
    const exported = new Map(called.map((field, i) => [field, shorts[i]]));
    js = js.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, field) => (exported.has(field) ? `wasm.${exported.get(field)}` : whole));
    const parts = [u32(count)];
    for (const { field, desc } of entries) parts.push(name(exported.get(field) ?? field), desc);
    const content = Buffer.concat(parts);
    sections.push(Buffer.from([7]), u32(content.length), content);
    exportsDone = true;
  } else {
    sections.push(wasm.subarray(at, next));
  }
  at = next;
}
if (!imported) fail("the wasm has no import section");
if (!exportsDone) fail("the wasm has no export section");
const rebuilt = Buffer.concat(sections);

// The glue's own functions that call those closures are named after them;
// they are local to the glue, so they get short names too.
const local = /\bwasm_bindgen_[0-9a-f]{16}_[\w$]*/g;
if (js.includes("$w")) fail("the glue already uses names starting $w");
if (/^export\b.*\bwasm_bindgen_/m.test(js)) fail("the glue exports a closure function by name");
const locals = [...new Set([...js.matchAll(local)].map((m) => m[0]))];
js = js.replace(local, (whole) => `$w${locals.indexOf(whole)}`);

/** Where an import's descriptor (after its two names) ends. */
function descriptorEnd(p) {
  const kind = wasm[p++];
  const limits = (q) => {
    const flags = wasm[q++];
    q = readU32(q)[1];
    return flags & 1 ? readU32(q)[1] : q;
  };
  switch (kind) {
    case 0: // function: type index
      return readU32(p)[1];
    case 1: // table: element type, limits
      return limits(p + 1);
    case 2: // memory: limits
      return limits(p);
    case 3: // global: value type, mutability
      return p + 2;
    default:
      return fail(`an import of kind ${kind}, which this script does not read`);
  }
}

writeFileSync(wasmPath, rebuilt);
writeFileSync(jsPath, js);
