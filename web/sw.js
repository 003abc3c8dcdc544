// The service worker: keeps this build's own files so that Kept in Mind opens
// without a network after the first visit.
//
// It caches exactly the files Trunk built (the list and the build id are
// written in by scripts/offline.mjs) and nothing else. It never sees what the
// user types: answers live in localStorage, which a service worker cannot read.
//
// Opening the app goes to the network first, so an online visit always gets
// the newest build, and falls back to the cached page when offline. The
// build's other files have content hashes in their names, so they are served
// from the cache first.
const BUILD = "BUILD_ID";
const FILES = ["FILE_LIST"];
const PREFIX = "kept-in-mind-";
const CACHE = PREFIX + BUILD;

const scope = new URL(self.registration.scope);
const page = new URL("./", scope).href;
const own = new Set(FILES.map((file) => new URL(file, scope).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...own]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  // Only the app's own page: other pages on the same host are left alone.
  if (request.mode === "navigate" && (url.href === page || url.href === page + "index.html")) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(page, copy)));
          }
          return response;
        })
        .catch(() => caches.match(page, { cacheName: CACHE }).then((cached) => cached ?? Response.error())),
    );
  } else if (own.has(url.href)) {
    event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
  }
});
