// embed.js: puts Kept in Mind on a blog page (README, "Embedding on a blog").
// No dependencies. It turns each `<div data-kept-in-mind>` into a small card
// (a heading, one line, a button) and loads the app's frame only when the reader asks for it (or, with
// data-load="visible", when the card scrolls near), so a page that carries
// the embed pays for this file alone. The card lives in a shadow root, so the
// blog's CSS cannot break it. The frame tells the card its height, from the
// app's origin only, and that is all it tells: nothing the reader types ever
// reaches the blog.
(() => {
  const script = document.currentScript;
  const app = new URL("./", script.src);
  const frames = new Set();

  // The accent, darkened (or lightened) until white (or the dark theme's
  // text) on it reads at WCAG AA: relative luminance at most 0.18 (at least 0.22).
  const lum = (c) =>
    c
      .map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const safe = (hex, dark) => {
    let c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    while (dark ? lum(c) < 0.22 : lum(c) > 0.18) c = c.map((v) => v + ((dark ? 255 : 0) - v) * 0.1);
    return `rgb(${c.map(Math.round)})`;
  };

  const CSS = `:host{display:block}
.c{all:initial;--a:var(--al);display:block;margin:16px 0;padding:16px 20px;border:1px solid #7b868b;border-left:6px solid var(--a);border-radius:8px;background:#fff;color:#1f2328;font:16px/1.5 system-ui,sans-serif}
.c.d{background:#1a2124;color:#e9ecec;--a:var(--ad)}
@media(prefers-color-scheme:dark){.c.auto{background:#1a2124;color:#e9ecec;--a:var(--ad)}}
.t{margin:0;font-size:18px;font-weight:700;line-height:1.4}
p{margin:4px 0 12px}
button{font:inherit;font-weight:600;min-height:44px;margin:0;padding:8px 20px;border:0;border-radius:6px;background:var(--a);color:#fff;cursor:pointer}
.d button{color:#0c1b20}
@media(prefers-color-scheme:dark){.auto button{color:#0c1b20}}
button:focus-visible{outline:3px solid #f0b43c;box-shadow:0 0 0 6px #0b0c0c}
.f{padding:0;border:0}
iframe{display:block;width:100%;height:640px;border:0}`;

  function mount(host) {
    const d = host.dataset;
    const theme = ["light", "dark"].includes(d.theme) ? d.theme : "auto";
    const accent = /^#[0-9a-f]{6}$/i.test(d.accent) ? d.accent : "#1d5566";
    const root = host.attachShadow({ mode: "open" });
    const card = document.createElement("div");
    card.className = "c " + { light: "", dark: "d", auto: "auto" }[theme];
    card.style.setProperty("--al", safe(accent, false));
    // Without a preset, the app's own dark accent.
    card.style.setProperty("--ad", d.accent ? safe(accent, true) : "#8fd0e0");
    if (d.lang) card.lang = d.lang;
    const style = document.createElement("style");
    style.textContent = CSS;
    // A heading, at the level that fits the blog's outline (data-level, 2 to 6).
    const title = document.createElement("h" + (/^[2-6]$/.test(d.level) ? d.level : 2));
    title.className = "t";
    title.textContent = d.title || "Turned down after an interview?";
    const text = document.createElement("p");
    text.textContent = d.text || "A few calm questions, then a short thank-you for each person you met. Everything stays in your browser.";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = d.cta || "Write a thank-you for the No";
    card.append(title, text, button);
    root.append(style, card);

    // Opened by the reader's press, the frame starts at the first question
    // (`start`) and takes the focus: they already chose to begin. Opened as
    // the card scrolls near, it shows the app's home page and leaves the focus.
    const open = (focus) => {
      const query = new URLSearchParams({ embed: "", host: location.origin });
      if (focus) query.set("start", "");
      if (theme !== "auto") query.set("theme", theme);
      if (d.accent) query.set("accent", accent);
      if (["warm", "formal", "concise"].includes(d.tone)) query.set("tone", d.tone);
      const frame = document.createElement("iframe");
      frame.src = `${app.href}?${query}`;
      frame.title = "Kept in Mind: write a thank-you for the No";
      frame.allow = "clipboard-write";
      frame.referrerPolicy = "no-referrer";
      frames.add(frame);
      card.className += " f";
      card.replaceChildren(frame);
      if (focus) frame.addEventListener("load", () => frame.focus(), { once: true });
    };
    button.addEventListener("click", () => open(true));
    if (d.load === "visible") {
      const seen = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          seen.disconnect();
          open(false);
        }
      }, { rootMargin: "200px" });
      seen.observe(host);
    }
  }

  addEventListener("message", (e) => {
    if (e.origin !== app.origin || e.data?.keptInMind !== "height") return;
    for (const frame of frames) {
      if (frame.contentWindow === e.source) frame.style.height = Math.min(Math.max(+e.data.height || 0, 200), 20000) + "px";
    }
  });

  document.querySelectorAll("[data-kept-in-mind]").forEach(mount);
})();
