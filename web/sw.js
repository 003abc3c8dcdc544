// The service worker: keeps this build's own files so that Kept in Mind opens
// without a network after the first visit.
//
// It caches exactly the files Trunk built (the list and the build id are
// written in by scripts/offline.mjs) and nothing else. It never sees what the
// user types: answers live in localStorage, which a service worker cannot read.
//
// The page is fetched from the network first, so an online visit gets the
// newest build; offline, or when the network stalls, the cached page is used.
// The cached page is always the one installed with the cached files, so the
// two never come from different builds. The other files have content hashes
// in their names, so they never change and are served from the cache first.
const BUILD = "BUILD_ID";
const FILES = ["FILE_LIST"];
// How long to wait for the network before opening the cached page.
const PATIENCE_MS = 4000;

const scope = self.registration.scope;
// Cache Storage is shared by the whole host: the scope in the name keeps two
// copies of the app (say, at / and at /tools/thank-you/) out of each other's way.
const PREFIX = `kept-in-mind ${scope} `;
const CACHE = PREFIX + BUILD;
const page = new URL("./", scope).href;
const own = new Set(FILES.map((file) => new URL(file, scope).href));

self.addEventListener("install", (event) => {
  // The page is revalidated so it matches this build; hashed files may come
  // from the HTTP cache, where a file of that name is always the same file.
  const requests = [...own].map((url) => (url === page ? new Request(url, { cache: "no-cache" }) : url));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
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

const cachedPage = () => caches.match(page, { cacheName: CACHE }).then((cached) => cached ?? Response.error());

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  // Only the app's own page: other pages on the same host are left alone.
  if (request.mode === "navigate" && (url.href === page || url.href === page + "index.html")) {
    const network = fetch(request, { cache: "no-cache" });
    const patience = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS));
    event.respondWith(
      Promise.race([network, patience.then(() => Promise.reject(new Error("the network is too slow")))]).catch(
        () => cachedPage(),
      ),
    );
  } else if (own.has(url.href)) {
    event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
  }
});
