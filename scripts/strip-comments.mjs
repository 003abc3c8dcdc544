// Drops the whole-line `//` comments from the staged embed.js. Trunk minifies
// only what it processes; embed.js is copied as it is (its address must stay
// put for blogs), so every reader of a blog that carries the card would
// otherwise download its comments too: about 0.45 KB of its 2 KB brotli.
// Only lines whose first non-blank characters are `//` go, so a `//` inside
// code or a string (an address) is never touched. The source keeps them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const file = join(process.env.TRUNK_STAGING_DIR ?? "dist", "embed.js");
const lines = readFileSync(file, "utf8").split("\n");
writeFileSync(file, lines.filter((line) => !/^\s*\/\//.test(line)).join("\n"));
