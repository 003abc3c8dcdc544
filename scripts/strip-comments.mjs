// Drops comments that only a reader of the source needs from two staged
// files Trunk does not minify:
//
// - embed.js, copied as it is (its address must stay put for blogs): every
//   reader of a blog that carries the card would otherwise download its
//   comments too, about 0.45 KB of its 2 KB brotli. Whole-line `//` comments.
// - wasm-bindgen's JS glue, which every visit loads: its whole-line `//`
//   comments, its JSDoc blocks and its indentation, about 0.5 KB brotli.
//
// Only lines whose first non-blank characters are `//` or `/**` (to the
// line that ends `*/`) go, so a `//` inside code or a string (an address) is
// never touched. A line could only be part of a string if a template literal
// or a string spanned lines; the glue is refused if any line could, rather
// than guessed at. The sources keep their comments.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR ?? "dist";
const read = (name) => readFileSync(join(staging, name), "utf8").split("\n");
const isLineComment = (line) => /^\s*\/\//.test(line);

writeFileSync(join(staging, "embed.js"), read("embed.js").filter((line) => !isLineComment(line)).join("\n"));

const glue = readdirSync(staging).find((name) => name.endsWith("_bg.wasm"))?.replace(/_bg\.wasm$/, ".js");
if (!glue) {
  console.error("strip-comments: no _bg.wasm, so no wasm-bindgen glue, in the build");
  process.exit(1);
}
const lines = read(glue);
const spansLines = (line) => (line.split("`").length - 1) % 2 === 1 || /\\$/.test(line);
if (lines.some(spansLines)) {
  console.error(`strip-comments: a string or template in ${glue} may span lines; left as it is`);
  process.exit(1);
}
const kept = [];
let inDoc = false;
for (const line of lines) {
  if (inDoc || /^\s*\/\*\*/.test(line)) {
    inDoc = !/\*\/\s*$/.test(line);
  } else if (!isLineComment(line)) {
    kept.push(line.trimStart());
  }
}
writeFileSync(join(staging, glue), kept.join("\n"));
