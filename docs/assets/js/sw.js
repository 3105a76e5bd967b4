// Service worker: pages, the search index and the Python runtime keep working offline once visited.
// hooks/layanan.py writes this file to the site root as /sw.js with the build's values filled in.
//
// Two caches:
//  - "bja-aset": files whose URL changes whenever their content does (Pyodide under its version,
//    our wheels and the Python memory snapshots under their hash, the theme's hashed bundles, our
//    scripts and styles with ?v=<hash>).
//    Served cache-first: a URL always means the same bytes, so pages of two builds never mix.
//  - "bja-halaman-<build>": pages, the search index and other unversioned files. Network first,
//    this cache when offline. A new build's worker refetches every page the reader had kept, and
//    only then replaces the old cache and prunes assets the new build no longer uses (atomic).
const VERSI = "__VERSI__";
const ASET = new Set(__ASET__);
const AWAL = __AWAL__;
// The wheels and memory snapshot of each kind of calculator page (hooks/runtime.py): [{halaman:
// [page paths], aset: [file paths]}]. A page keeps only its own kind's (a tax page never fetches
// the contract library's wheel or the template builder's snapshot, not even into this cache).
const RUNTIME = __RUNTIME__;
const RUNTIME_SEMUA = new Set(RUNTIME.flatMap((r) => r.aset));
const HALAMAN = "bja-halaman-" + VERSI;
const SIMPAN_ASET = "bja-aset";
const CAKUPAN = new URL(self.registration.scope);

function tetap(url) {
  return url.searchParams.has("v") || /\/assets\/(pyodide|roda|potret)\//.test(url.pathname) ||
    /\.[0-9a-f]{8}\.min\.(js|css)$/.test(url.pathname);
}

function relatif(url) {
  // the key of a versioned file: its path and its ?v= only (the worker script carries more parameters)
  const v = url.searchParams.get("v");
  return url.pathname.slice(CAKUPAN.pathname.length) + (v ? "?v=" + v : "");
}

function kunciHalaman(url) {
  // A page is kept and found under its path alone: an old calculator link's ?bruto=... is the
  // same page (kalkulator.js moves those values into the fragment), and a fragment never gets here.
  return url.origin + url.pathname;
}

// What this worker sends to the network for a page's request. An old calculator link carried
// the reader's inputs in its query string: once this worker runs, such a page is fetched as its
// plain address, and the requests the page makes before its script has moved the values into the
// fragment carry only the page's path as their referrer. The query never leaves the browser again.
function tanpaKueri(req, url) {
  if (req.mode === "navigate") {
    return url.search ? new Request(kunciHalaman(url), { credentials: "same-origin", redirect: "manual" }) : req;
  }
  let rujukan;
  try { rujukan = new URL(req.referrer); } catch (err) { return req; }
  if (!rujukan.search || rujukan.origin !== CAKUPAN.origin) return req;
  return new Request(req, { referrer: rujukan.origin + rujukan.pathname });
}

self.addEventListener("install", (e) => {
  e.waitUntil((async () => {
    const cache = await caches.open(HALAMAN);
    await cache.addAll(AWAL.map((u) => new URL(u, CAKUPAN).href));
    const lama = (await caches.keys()).filter((k) => k.startsWith("bja-halaman-") && k !== HALAMAN);
    const urls = new Set();
    for (const k of lama) for (const r of await (await caches.open(k)).keys()) urls.add(r.url);
    await Promise.all([...urls].map(async (u) => {
      try {
        const r = await fetch(u, { cache: "no-cache" });
        if (r.ok) await cache.put(u, r);
      } catch (err) { /* offline during the update: that page is fetched again when visited */ }
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (e) => {
  e.waitUntil((async () => {
    for (const k of await caches.keys()) {
      if (k.startsWith("bja-halaman-") && k !== HALAMAN) await caches.delete(k);
    }
    const aset = await caches.open(SIMPAN_ASET);
    for (const r of await aset.keys()) {
      if (!ASET.has(relatif(new URL(r.url)))) await aset.delete(r);
    }
    await self.clients.claim();
    // The page that installed this worker was loaded before it existed: keep it too.
    const halaman = await caches.open(HALAMAN);
    for (const c of await self.clients.matchAll({ type: "window" })) {
      const url = new URL(c.url);
      if (url.origin !== CAKUPAN.origin || await halaman.match(kunciHalaman(url))) continue;
      try {
        const r = await fetch(kunciHalaman(url));
        if (r.ok && r.status === 200) await halaman.put(kunciHalaman(url), r);
      } catch (err) { /* offline: kept on the next visit */ }
    }
  })());
});

// A calculator page asks for the runtime (and this build's other versioned files: its scripts,
// styles, its wheels) to be kept once Python has started (see kalkulator.js). The memory snapshot
// only if the page used it (not for a reader who asked to save data).
self.addEventListener("message", (e) => {
  if (e.data !== "simpan-runtime" && e.data !== "simpan-runtime-tanpa-potret") return;
  const tanpaPotret = e.data === "simpan-runtime-tanpa-potret";
  const halaman = e.source && e.source.url ? new URL(e.source.url).pathname.slice(CAKUPAN.pathname.length) : null;
  const milik = new Set(RUNTIME.filter((r) => r.halaman.includes(halaman)).flatMap((r) => r.aset));
  e.waitUntil((async () => {
    const cache = await caches.open(SIMPAN_ASET);
    for (const rel of ASET) {
      if (tanpaPotret && rel.startsWith("assets/potret/")) continue;
      if (RUNTIME_SEMUA.has(rel) && !milik.has(rel)) continue;
      const url = new URL(rel, CAKUPAN).href;
      if (await cache.match(url)) continue;
      try { await cache.add(url); } catch (err) { /* offline: kept on a later visit */ }
    }
    // The page's head (overrides/main.html) notes whether the snapshot is kept, for its next choice.
    e.source?.postMessage({ jenis: "runtime-tersimpan" });
  })());
});

async function dariAset(req, kunci) {
  const cache = await caches.open(SIMPAN_ASET);
  const ada = await cache.match(kunci);
  // A response rebuilt without its stored URL: a worker script keeps the URL it was asked for
  // (pekerja.mjs reads its parameters from self.location).
  if (ada) return kunci === req.url ? ada : new Response(ada.body, ada);
  const r = await fetch(tanpaKueri(req, new URL(req.url)));
  if (r.ok && r.status === 200) await cache.put(kunci, r.clone());
  return r;
}

async function jaringanDulu(req, url) {
  const cache = await caches.open(HALAMAN);
  try {
    const r = await fetch(tanpaKueri(req, url));
    if (r.ok && r.status === 200) await cache.put(kunciHalaman(url), r.clone());
    return r;
  } catch (err) {
    const ada = await cache.match(kunciHalaman(url));
    if (ada) return ada;
    if (req.mode === "navigate") {
      const luring = await cache.match(new URL("404.html", CAKUPAN).href);
      if (luring) return luring;
    }
    throw err;
  }
}

self.addEventListener("fetch", (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== CAKUPAN.origin || req.headers.has("range")) return;
  const kunci = relatif(url);
  e.respondWith(tetap(url) && ASET.has(kunci) ? dariAset(req, new URL(kunci, CAKUPAN).href) : jaringanDulu(req, url));
});
