// Lets Kept in Mind open offline after the first visit (see sw.js). Where a
// browser or an embedding page does not allow service workers, the app still
// works online exactly as before, so a refusal is not an error.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch(() => {});
}
