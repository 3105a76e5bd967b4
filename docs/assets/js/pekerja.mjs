// Module Web Worker: runs the calculators package in Pyodide, off the main thread.
// The page passes the runtime folder, our wheels (one or more "roda" parameters: the tax wheel,
// and on the template builder the contract library's after it) and, when the page chose that path,
// the memory snapshot (made at build time by tools/potret.mjs with the package already imported)
// as query parameters; all are fetched from this site only (explicit indexURL).
//
// Two paths:
//  - snapshot: the heap already holds every module and parameter file the calculators use, so the
//    first answer needs neither python_stdlib.zip nor the wheels. Pyodide gets an empty standard
//    library at start; the real one and the wheels are fetched after the first answer (or at once
//    on the recap page, whose XLSX wheels are not in the snapshot) and put in place. A call that
//    still needs a file before then (a module the snapshot did not import) waits for them and runs
//    again.
//  - normal start: standard library, wheels and runtime in parallel, then Python starts.
// If the snapshot cannot be used, Python starts the normal way.
//
// While the runtime downloads, the worker reports the bytes still to come ("unduh" messages),
// from the sizes the build wrote into the page ("ukuran": {file name: [bytes, bytes sent]}), which the
// page posts as the worker's first message (not on the worker's URL).
const params = new URL(self.location.href).searchParams;
const alamat = (nama) => (params.get(nama) ? new URL(params.get(nama), self.location.href).href : null);
const indexURL = alamat("pyodide");
const URL_STDLIB = indexURL + "python_stdlib.zip";
const urlRoda = params.getAll("roda").map((u) => new URL(u, self.location.href).href);
const urlPotret = alamat("potret");
let ukuran = {};

// ---- Downloads, counted ---------------------------------------------------------------------------

const fetchAsli = self.fetch.bind(self);
const unduhan = new Map(); // url -> {terkirim: bytes expected on the wire, baca: fraction read}
let kabarTerakhir = 0;
let selesaiMulai = false;

function kabarUnduh(paksa) {
  if (selesaiMulai) return;
  const sekarang = performance.now();
  if (!paksa && sekarang - kabarTerakhir < 500) return;
  kabarTerakhir = sekarang;
  let total = 0;
  let sisa = 0;
  for (const u of unduhan.values()) {
    total += u.terkirim;
    sisa += u.terkirim * (1 - u.baca);
  }
  if (total) self.postMessage({ jenis: "unduh", sisa: Math.round(sisa), total: Math.round(total) });
}

function namaBerkas(url) {
  return new URL(url).pathname.split("/").pop();
}

/** fetch, with the bytes read counted for the progress line (the body is passed on as it comes). */
async function fetchTerhitung(url, opsi) {
  const href = String(url instanceof Request ? url.url : url);
  const r = await fetchAsli(url, opsi);
  const kenal = ukuran[namaBerkas(href)];
  if (!r.ok || !r.body || !kenal || selesaiMulai) return r;
  const [mentah, terkirim] = kenal;
  // Bytes on the wire: the Content-Length of an encoded response, else the file's own size.
  const panjang = Number(r.headers.get("content-length")) || 0;
  const catatan = { terkirim: r.headers.get("content-encoding") && panjang ? panjang : (panjang || terkirim || mentah), baca: 0 };
  unduhan.set(href, catatan);
  kabarUnduh(true);
  let dibaca = 0;
  const pembaca = r.body.getReader();
  const arus = new ReadableStream({
    async pull(c) {
      const { done, value } = await pembaca.read();
      if (done) {
        catatan.baca = 1;
        kabarUnduh(false);
        c.close();
        return;
      }
      dibaca += value.byteLength;
      catatan.baca = Math.min(1, dibaca / mentah);
      kabarUnduh(false);
      c.enqueue(value);
    },
    cancel(alasan) { return pembaca.cancel(alasan); },
  });
  return new Response(arus, { status: r.status, statusText: r.statusText, headers: r.headers });
}

// Pyodide fetches its own files (wasm, standard library, lock file) with the global fetch. On the
// snapshot path its request for the standard library gets an empty archive until after the first
// answer (the restored heap has everything a calculation needs).
let stdlibKosong = false;
self.fetch = (url, opsi) => {
  const href = String(url instanceof Request ? url.url : url);
  if (stdlibKosong && href === URL_STDLIB) return Promise.resolve(new Response(new Uint8Array(0)));
  return fetchTerhitung(url, opsi);
};

function ambil(url) {
  return fetchTerhitung(url).then((r) => {
    if (!r.ok) throw new Error(`${url} ${r.status}`);
    return r.arrayBuffer();
  });
}

const modul = import(indexURL + "pyodide.mjs");
const potret = urlPotret ? ambil(urlPotret) : null;
potret?.catch(() => {});
// On the normal path the wheels are needed before Python can import anything: fetch them now.
let roda = urlPotret ? null : urlRoda.map(ambil);
roda?.forEach((r) => r.catch(() => {}));

async function dariPotret(loadPyodide) {
  stdlibKosong = true;
  try {
    return await loadPyodide({ indexURL, fullStdLib: false, _loadSnapshot: potret });
  } catch (e) {
    console.warn("Snapshot tidak dapat dipakai; Python dimulai biasa.", e);
    return null;
  } finally {
    stdlibKosong = false;
  }
}

function pasangRoda(pyodide, daftar) {
  return Promise.all(daftar).then((isi) => {
    for (const r of isi) pyodide.unpackArchive(new Uint8Array(r), "wheel", { extractDir: "/lib/bja" });
  });
}

let berkasSiap = null; // resolves once the standard library and the wheels are in the file system
let berkasAda = false;
let mintaBerkas = () => {};

async function mulai() {
  const { loadPyodide } = await modul;
  let pyodide = potret && (await dariPotret(loadPyodide));
  const dipulihkan = Boolean(pyodide);
  if (!pyodide) {
    roda ??= urlRoda.map(ambil);
    pyodide = await loadPyodide({ indexURL, fullStdLib: false });
    await pasangRoda(pyodide, roda);
    pyodide.runPython("import sys; sys.path.insert(0, '/lib/bja')");
    berkasAda = true;
    berkasSiap = Promise.resolve();
  } else {
    // The file system is not part of a snapshot: the standard library and the wheels are written
    // after the first answer (mintaBerkas), the same bytes the snapshot's heap was made with.
    berkasSiap = new Promise((selesai, gagal) => {
      mintaBerkas = () => {
        mintaBerkas = () => {};
        const stdlib = ambil(URL_STDLIB);
        roda = urlRoda.map(ambil);
        Promise.all([stdlib, pasangRoda(pyodide, roda)]).then(([zip]) => {
          // Pyodide wrote the (empty) archive as /lib/python3NN.zip: the same name, the real bytes.
          const nama = pyodide.FS.readdir("/lib").find((n) => /^python\d+\.zip$/.test(n));
          pyodide.FS.writeFile(`/lib/${nama}`, new Uint8Array(zip));
          berkasAda = true;
          selesai();
        }, gagal);
      };
    });
    berkasSiap.catch(() => {});
  }
  return { api: pyodide.pyimport("calculators.api"), potret: dipulihkan };
}

const siap = mulai();
siap.then(
  (s) => {
    selesaiMulai = true;
    self.postMessage({ jenis: "siap", potret: s.potret });
    // Nobody asked within a few seconds: fetch the files anyway, while the reader reads.
    setTimeout(() => mintaBerkas(), 3000);
  },
  (e) => self.postMessage({ jenis: "gagal", pesan: String(e && e.message ? e.message : e) }),
);

// The monthly recap page's requests ({id, jenis, ...}; rekap.js): a table from pasted or CSV text
// ("tabel") or XLSX bytes ("xlsx"), the recap of a confirmed table ("rekap", JSON text both ways),
// and a download ("unduh": XLSX bytes, transferred, or CSV text).
async function rekap(api, d) {
  if (d.jenis === "tabel") return JSON.parse(api.tabel_json(d.teks));
  if (d.jenis === "xlsx") return JSON.parse(api.tabel_xlsx(new Uint8Array(d.data)));
  if (d.jenis === "rekap") return JSON.parse(api.rekap_json(d.teks));
  if (d.jenis === "unduh") {
    const r = api.unduhan_rekap(d.teks || "{}", d.format);
    if (typeof r === "string") return { teks: r };
    const bita = r.toJs();
    r.destroy();
    return { bita };
  }
  throw new Error(`Permintaan tidak dikenal: ${d.jenis}`);
}

/** Run a call; one that fails before the files are in place runs again once they are. */
async function denganBerkas(f) {
  try {
    return f();
  } catch (e) {
    if (berkasAda) throw e;
    mintaBerkas();
    await berkasSiap;
    return f();
  }
}

self.onmessage = async (ev) => {
  if (ev.data && ev.data.jenis === "ukuran") {
    ukuran = ev.data.ukuran && typeof ev.data.ukuran === "object" ? ev.data.ukuran : {};
    return;
  }
  const { id, nama, masukan, hariIni } = ev.data;
  try {
    const { api } = await siap;
    if (ev.data.jenis) {
      // The recap's XLSX wheels are not in the snapshot: its requests wait for the files.
      mintaBerkas();
      await berkasSiap;
      const hasil = await rekap(api, ev.data);
      self.postMessage({ jenis: "hasil", id, hasil }, hasil.bita ? [hasil.bita.buffer] : []);
      return;
    }
    const teks = await denganBerkas(() => api.jalankan_json(nama, JSON.stringify(masukan), hariIni || null));
    if (!performance.getEntriesByName("bja:jawaban-pertama").length) performance.mark("bja:jawaban-pertama");
    self.postMessage({ jenis: "hasil", id, hasil: JSON.parse(teks) });
    mintaBerkas(); // the first answer is out: now the fallback files, in the background
  } catch (e) {
    self.postMessage({ jenis: "galat", id, pesan: String(e && e.message ? e.message : e) });
  }
};
