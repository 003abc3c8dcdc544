// The app's side of embed.js: runs only in a frame that embed.js opened
// (`?embed&host=<the blog's origin>&theme=…&accent=…&tone=…&start`). Plain JS, so
// the full page pays no WebAssembly for it.
//
// - The blog's presets: theme (light, dark, or the reader's setting) and an
//   accent colour, made dark or light enough to keep every text pair at
//   WCAG AA contrast. The tone is read by the app itself (src/ui/presets.rs).
// - The compact layout (`data-embed`, style/main.css) and "Open in a full page".
// - With `start`, the first question at once instead of the home page.
// - The page's height, posted to the blog so the frame has no inner scrollbar.
//   Only to the blog's origin, and only a number: nothing the reader types
//   ever reaches the blog.

const params = new URLSearchParams(location.search);
const host = params.get("host");

// Light and dark: the surfaces an accent colour sits on or is read on, the
// text drawn on an accent background, and the way to move for more contrast.
const THEMES = {
  light: { surfaces: ["#fbfaf7", "#ffffff", "#eef4f5"], on: "#ffffff", toward: [0, 0, 0] },
  dark: { surfaces: ["#121719", "#1a2124", "#1f2b2f"], on: "#0c1b20", toward: [255, 255, 255] },
};
const AA = 4.5;

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hex = (c) => "#" + c.map((v) => v.toString(16).padStart(2, "0")).join("");
const mix = (c, to, t) => c.map((v, i) => Math.round(v + (to[i] - v) * t));

function luminance(c) {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The accent nearest to `colour` that reads at AA on every surface and under its text. */
function safeAccent(colour, theme) {
  const { surfaces, on, toward } = THEMES[theme];
  const pairs = [...surfaces, on].map(rgb);
  for (let step = 0; step <= 20; step++) {
    const c = mix(rgb(colour), toward, step / 20);
    if (pairs.every((p) => contrast(c, p) >= AA)) return { accent: hex(c), hover: hex(mix(c, toward, 0.25)) };
  }
  return { accent: hex(toward), hover: hex(toward) };
}

function validOrigin(value) {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

function applyAccent(colour, theme) {
  const root = document.documentElement;
  const scheme = matchMedia("(prefers-color-scheme: dark)");
  const paint = () => {
    const { accent, hover } = safeAccent(colour, theme ?? (scheme.matches ? "dark" : "light"));
    for (const name of ["--accent", "--link"]) root.style.setProperty(name, accent);
    root.style.setProperty("--accent-hover", hover);
  };
  paint();
  scheme.addEventListener("change", paint);
}

// The app draws its first page a moment after it has started.
function addOpenLink(tries = 50) {
  const header = document.querySelector(".app .site-header__inner");
  if (!header) {
    if (tries > 0) setTimeout(() => addOpenLink(tries - 1), 20);
    return;
  }
  const link = document.createElement("a");
  link.className = "open-full";
  link.target = "_blank";
  link.textContent = "Open in a full page";
  // The same page of the app, without the frame's presets.
  const follow = () => (link.href = location.pathname + location.hash);
  follow();
  addEventListener("hashchange", follow);
  header.append(link);
}

// Opened by the card's button (`start`): the reader chose to begin, so the
// app's own way in is taken for them, as if they had pressed it. That opens
// a new record (carrying over their details, as the home page does) at the
// first question, and the app moves the focus to its heading.
function startHere(tries = 50) {
  const way = document.querySelector('.app main a.button[href="#/no/job"]');
  if (way) way.click();
  else if (tries > 0) setTimeout(() => startHere(tries - 1), 20);
}

function postHeight() {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  parent.postMessage({ keptInMind: "height", height }, host);
}

if (params.has("embed") && window.parent !== window && validOrigin(host)) {
  const root = document.documentElement;
  root.dataset.embed = "";
  const theme = ["light", "dark"].find((t) => t === params.get("theme"));
  if (theme) root.dataset.theme = theme;
  const accent = params.get("accent");
  if (/^#[0-9a-f]{6}$/i.test(accent ?? "")) applyAccent(accent, theme);
  new ResizeObserver(postHeight).observe(document.body);
  const started = () => {
    addOpenLink();
    if (params.has("start") && !location.hash) startHere();
  };
  if (window.wasmBindings) started();
  else addEventListener("TrunkApplicationStarted", started, { once: true });
}
