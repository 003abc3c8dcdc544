// Lets Kept in Mind open offline after the first visit (see sw.js), and says
// so when a new version has been deployed. Where a browser or an embedding
// page does not allow service workers, the app still works online exactly as
// before, so a refusal is not an error.
//
// It waits until the app has started and drawn its first page (a task after
// the start), so keeping the files for later never competes with loading them now.
//
// A new build's worker takes over open tabs at once (sw.js), but a tab keeps
// running the code it loaded: it is told "A new version is ready" and offered
// a Reload button. Nothing reloads by itself, and focus stays where it is.
// Reloading loses nothing: answers are saved as they are typed and on
// `pagehide`, and the page is in the address's #fragment.

// How often an open tab asks whether a new version has been deployed (the
// browser also asks on every visit, and this page asks when it is shown again).
const CHECK_EVERY_MS = 30 * 60 * 1000;

function register() {
  navigator.serviceWorker.register("sw.js").then(watch, () => {});
}

function watch(registration) {
  const check = () => registration.update().catch(() => {});
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    activated(navigator.serviceWorker.controller)
      .then(outdated)
      .then((old) => old && offerReload(), () => {});
  });
}

// A new worker controls the page as soon as it starts activating; it drops
// the old build's files by the time it is activated.
function activated(worker) {
  return new Promise((done) => {
    const check = () => worker?.state !== "activating" && done();
    worker?.addEventListener("statechange", check);
    check();
  });
}

// The worker that just took over keeps only its own build's files. If any
// file this page runs on is not among them, the page is from an older build.
// (On a first visit the new worker keeps exactly this page's files: no offer.)
async function outdated() {
  const files = [...document.querySelectorAll("script[src], link[rel=stylesheet], link[rel=preload], link[rel=modulepreload]")];
  const kept = await Promise.all(files.map((el) => caches.match(el.src || el.href)));
  return kept.some((response) => !response);
}

function offerReload() {
  if (document.querySelector(".update")) return;
  const box = document.createElement("div");
  box.className = "update";
  box.setAttribute("role", "status");
  document.body.append(box);
  // Filled once it is in the page, so screen readers announce it (politely).
  requestAnimationFrame(() => {
    const text = document.createElement("p");
    text.textContent = "A new version is ready. Reloading keeps your answers.";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button button--small";
    button.textContent = "Reload";
    button.addEventListener("click", () => location.reload());
    box.append(text, button);
  });
}

if ("serviceWorker" in navigator) {
  if (window.wasmBindings) {
    register();
  } else {
    window.addEventListener("TrunkApplicationStarted", () => setTimeout(register), { once: true });
  }
}
