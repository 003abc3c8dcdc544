// Lets Kept in Mind open offline after the first visit (see sw.js). Where a
// browser or an embedding page does not allow service workers, the app still
// works online exactly as before, so a refusal is not an error.
//
// It waits until the app has started, so keeping the files for later never
// competes with loading them now.
function register() {
  navigator.serviceWorker.register("sw.js").catch(() => {});
}

if ("serviceWorker" in navigator) {
  if (window.wasmBindings) {
    register();
  } else {
    window.addEventListener("TrunkApplicationStarted", register, { once: true });
  }
}
