// Module Web Worker: runs the calculators package in Pyodide, off the main thread.
// The page passes the runtime folder and our wheel as query parameters; both are fetched from
// this site only (explicit indexURL), in parallel.
const params = new URL(self.location.href).searchParams;
const indexURL = new URL(params.get("pyodide"), self.location.href).href;
const rodaURL = new URL(params.get("roda"), self.location.href).href;

const roda = fetch(rodaURL).then((r) => {
  if (!r.ok) throw new Error(`wheel ${r.status}`);
  return r.arrayBuffer();
});

async function mulai() {
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL, fullStdLib: false });
  pyodide.unpackArchive(new Uint8Array(await roda), "wheel", { extractDir: "/lib/bja" });
  pyodide.runPython("import sys; sys.path.insert(0, '/lib/bja')");
  return pyodide.pyimport("calculators.api");
}

const siap = mulai();
siap.then(
  () => self.postMessage({ jenis: "siap" }),
  (e) => self.postMessage({ jenis: "gagal", pesan: String(e && e.message ? e.message : e) }),
);

self.onmessage = async (ev) => {
  const { id, nama, masukan } = ev.data;
  try {
    const api = await siap;
    const teks = api.jalankan_json(nama, JSON.stringify(masukan));
    self.postMessage({ jenis: "hasil", id, hasil: JSON.parse(teks) });
  } catch (e) {
    self.postMessage({ jenis: "galat", id, pesan: String(e && e.message ? e.message : e) });
  }
};
