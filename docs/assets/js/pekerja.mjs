// Module Web Worker: runs the calculators package in Pyodide, off the main thread.
// The page passes the runtime folder, our wheels (one or more "roda" parameters: the tax wheel,
// and on the template builder the contract library's after it) and the memory snapshot (made at
// build time by tools/potret.mjs with the package already imported) as query parameters; all are
// fetched from this site only (explicit indexURL), in parallel. Restoring the snapshot skips
// Python's own start-up; if it cannot be used, Python starts the ordinary way.
const params = new URL(self.location.href).searchParams;
const alamat = (nama) => (params.get(nama) ? new URL(params.get(nama), self.location.href).href : null);
const indexURL = alamat("pyodide");

function ambil(url) {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url} ${r.status}`);
    return r.arrayBuffer();
  });
}

const roda = params.getAll("roda").map((u) => ambil(new URL(u, self.location.href).href));
const potret = alamat("potret") ? ambil(alamat("potret")) : null;
const modul = import(indexURL + "pyodide.mjs");
roda.forEach((r) => r.catch(() => {}));
potret?.catch(() => {});

async function dariPotret(loadPyodide) {
  try {
    return await loadPyodide({ indexURL, fullStdLib: false, _loadSnapshot: potret });
  } catch (e) {
    console.warn("Snapshot tidak dapat dipakai; Python dimulai biasa.", e);
    return null;
  }
}

async function mulai() {
  const { loadPyodide } = await modul;
  let pyodide = potret && (await dariPotret(loadPyodide));
  const dipulihkan = Boolean(pyodide);
  if (!pyodide) pyodide = await loadPyodide({ indexURL, fullStdLib: false });
  // The file system is not part of a snapshot: the wheels are unpacked either way.
  for (const r of roda) pyodide.unpackArchive(new Uint8Array(await r), "wheel", { extractDir: "/lib/bja" });
  if (!dipulihkan) pyodide.runPython("import sys; sys.path.insert(0, '/lib/bja')");
  return { api: pyodide.pyimport("calculators.api"), potret: dipulihkan };
}

const siap = mulai();
siap.then(
  (s) => self.postMessage({ jenis: "siap", potret: s.potret }),
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

self.onmessage = async (ev) => {
  const { id, nama, masukan } = ev.data;
  try {
    const { api } = await siap;
    if (ev.data.jenis) {
      const hasil = await rekap(api, ev.data);
      self.postMessage({ jenis: "hasil", id, hasil }, hasil.bita ? [hasil.bita.buffer] : []);
      return;
    }
    const teks = api.jalankan_json(nama, JSON.stringify(masukan));
    self.postMessage({ jenis: "hasil", id, hasil: JSON.parse(teks) });
  } catch (e) {
    self.postMessage({ jenis: "galat", id, pesan: String(e && e.message ? e.message : e) });
  }
};
