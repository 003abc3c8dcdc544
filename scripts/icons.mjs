// Trunk post_build hook: draws the app's PNG icons from favicon.svg.
//
// Browsers ask for square PNGs to install an app (192 and 512 px, one of them
// "maskable": full-bleed, with the picture inside the central safe circle) and
// iOS for a 180 px touch icon without transparency. They are rendered here
// with resvg (an npm package with a prebuilt binary), so no PNG is kept in
// git and a changed favicon changes every icon. The manifest's `icons` say
// which files to draw; a maskable or touch icon gets the favicon's own
// background colour edge to edge and the favicon at 80 % in the middle (the
// envelope stays well inside the safe circle).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("icons: TRUNK_STAGING_DIR is not set; run this as a Trunk hook");
  process.exit(1);
}
const favicon = readFileSync(new URL("../favicon.svg", import.meta.url), "utf8");
const background = favicon.match(/<rect[^>]*\bfill="(#[0-9a-fA-F]{3,6})"/)?.[1];
if (!background) {
  console.error("icons: favicon.svg should start with a filled <rect>, its background");
  process.exit(1);
}

/** The favicon drawn over a full square of its background colour, inset for a mask. */
function fullBleed() {
  const inset = favicon.replace("<svg ", '<svg x="10" y="10" width="80" height="80" ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${background}"/>${inset}</svg>`;
}

const manifest = JSON.parse(readFileSync(join(staging, "manifest.webmanifest"), "utf8"));
const icons = [
  ...manifest.icons.map(({ src, sizes, purpose }) => ({ src, size: Number(sizes.split("x")[0]), bleed: purpose === "maskable" })),
  { src: "apple-touch-icon.png", size: 180, bleed: true },
];
for (const { src, size, bleed } of icons) {
  const png = new Resvg(bleed ? fullBleed() : favicon, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(join(staging, src), png);
}
console.log(`icons: drew ${icons.map((i) => i.src).join(", ")}`);
