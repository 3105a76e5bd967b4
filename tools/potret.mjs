// Build step: a Pyodide memory snapshot with the calculators package already imported and warmed up.
// Usage: node tools/potret.mjs <pyodide folder/> <output file> <calculator,names> <wheel>...
// The worker (docs/assets/js/pekerja.mjs) restores it with loadPyodide({_loadSnapshot}) instead of
// starting Python from scratch. Only the Python heap is in a snapshot, not the in-memory file system,
// so the worker still unpacks the wheel; all modules and parameter files are already loaded.
// hooks/runtime.py passes the tax wheel alone and the names of the calculators that need nothing
// else (it reads them from the registry in calculators/kalkulator/ and leaves out the template
// builder): so the contract library is not in the heap every calculator page downloads. Each named
// calculator's example is computed once; a name that is not warmed up here still works after a
// restore, its module is just imported on first use (the builder's, from the contract wheel).
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [folder, keluaran, daftarNama, ...roda] = process.argv.slice(2);
// Emscripten copies node's argv into the program (argv, the "_" variable): keep build-machine paths
// out of the published heap.
process.argv.splice(1);
if (!roda.length) {
  console.error("usage: node tools/potret.mjs <pyodide folder/> <output> <calculator,names> <wheel>...");
  process.exit(2);
}
// Reproducible bytes: the same sources must give the same snapshot (the build's output may not depend
// on the day or on chance). What differed between two runs was the entropy Python takes at start-up
// (hash secret, random seeds: node:crypto randomFillSync) and the clock (file times, time.time()).
// Both are fixed while the snapshot is made. This changes nothing for readers' privacy or security:
// every visitor restores the same heap anyway, and calls made after the restore use the browser's
// own crypto and clock.
{
  const nodeCrypto = (await import("node:crypto")).default;
  let x = 12345;
  nodeCrypto.randomFillSync = (view) => {
    const b = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    for (let i = 0; i < b.length; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; b[i] = x >>> 24; }
    return view;
  };
  let detik = 0;
  const awal = Date.UTC(2020, 0, 1);
  Date.now = () => awal + detik++;
  Object.defineProperty(performance, "now", { value: () => detik++ / 1000, configurable: true });
}
const indexURL = folder.endsWith("/") ? folder : folder + "/";
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
// Same options as the worker, plus _makeSnapshot. env stays Pyodide's default (no build-machine
// variables end up in the heap that is published).
const pyodide = await loadPyodide({ indexURL, fullStdLib: false, _makeSnapshot: true });
for (const r of roda) pyodide.unpackArchive(new Uint8Array(readFileSync(r)), "wheel", { extractDir: "/lib/bja" });
pyodide.globals.set("nama_semua", daftarNama);
pyodide.runPython(`
import gc, sys
sys.path.insert(0, "/lib/bja")
import calculators.api as api
from calculators.parameter import berkas, daftar_berkas

for nama in daftar_berkas():
    berkas(nama)
for nama in nama_semua.split(","):
    # "~name": imported with what it loads (the template builder: the contract library and its
    # clause files), its example not run. Rendering a contract grows the heap past the 30 MiB the
    # browser starts with, and a snapshot larger than that does not restore ("offset is out of
    # bounds" in restoreSnapshot): the page then falls back to a normal start.
    hanya_impor = nama.startswith("~")
    nama = nama.lstrip("~")
    kalk = api.kalkulator(nama)
    if hanya_impor:
        from calculators.kontrak import pustaka
        pustaka()
        continue
    hasil = api.jalankan(nama, dict(kalk.contoh))
    if not hasil["ok"]:
        raise SystemExit(f"contoh {nama} gagal: {hasil}")
if "pph23" in nama_semua.split(","):
    api.jalankan_json("pph23", '{"bruto": "x"}')  # the error path too
del api, berkas, daftar_berkas, nama, kalk, nama_semua
gc.collect()
`);
const potret = pyodide.makeMemorySnapshot();
writeFileSync(keluaran, potret);
console.log(`${keluaran}: ${potret.length} bytes`);
