// Tierwise's service worker: after one visit the app loads and works offline.
//
// scripts/post_build.mjs (a trunk post_build hook) writes the list of every built file and a
// version (a hash of their contents) into the two placeholders below. Each build gets its own
// cache, filled completely before the new worker takes over, so new js never meets old wasm;
// the old cache is deleted once the new worker is active. The page asks before switching
// (see register-sw.js): "A new version is available. Reload".
//
// Paths are relative to this file, so the site works from any sub-path. Nothing but the
// page's own origin is ever fetched or cached.
const VERSION = '__TIERWISE_VERSION__';
const FILES = /*__TIERWISE_FILES__*/ [];
const CACHE = `tierwise-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: straight from the network, never from the HTTP cache of an older build.
      cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tierwise-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'tierwise-skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit =
        (await cache.match(request, { ignoreSearch: true })) ||
        (request.mode === 'navigate' ? await cache.match('./index.html') : undefined);
      return hit || fetch(request);
    }),
  );
});
