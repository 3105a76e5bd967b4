// Build step: a Pyodide memory snapshot with the calculators package already imported and warmed up.
// Usage: node tools/potret.mjs <pyodide folder/> <our wheel> <output file>
// The worker (docs/assets/js/pekerja.mjs) restores it with loadPyodide({_loadSnapshot}) instead of
// starting Python from scratch. Only the Python heap is in a snapshot, not the in-memory file system,
// so the worker still unpacks the wheel; all modules and parameter files are already loaded.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [folder, roda, keluaran] = process.argv.slice(2);
// Emscripten copies node's argv into the program (argv, the "_" variable): keep build-machine paths
// out of the published heap.
process.argv.splice(1);
if (!keluaran) {
  console.error("usage: node tools/potret.mjs <pyodide folder/> <wheel> <output>");
  process.exit(2);
}
const indexURL = folder.endsWith("/") ? folder : folder + "/";
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
// Same options as the worker, plus _makeSnapshot. env stays Pyodide's default (no build-machine
// variables end up in the heap that is published).
const pyodide = await loadPyodide({ indexURL, fullStdLib: false, _makeSnapshot: true });
pyodide.unpackArchive(new Uint8Array(readFileSync(roda)), "wheel", { extractDir: "/lib/bja" });
pyodide.runPython(`
import gc, sys
sys.path.insert(0, "/lib/bja")
import calculators.api as api
from calculators.kalkulator import daftar
from calculators.parameter import berkas, daftar_berkas

for nama in daftar_berkas():
    berkas(nama)
for nama, kalk in sorted(daftar().items()):
    hasil = api.jalankan(nama, dict(kalk.contoh))
    if not hasil["ok"]:
        raise SystemExit(f"contoh {nama} gagal: {hasil}")
api.jalankan_json("pph23", '{"bruto": "x"}')
del api, daftar, berkas, daftar_berkas, nama, kalk, hasil
gc.collect()
`);
const potret = pyodide.makeMemorySnapshot();
writeFileSync(keluaran, potret);
console.log(`${keluaran}: ${potret.length} bytes`);
