// Runs the calculator test suites inside Pyodide's own Python (3.14, wasm) under Node, offline.
// Equivalent of `pyodide venv` (which needs the internet): the npm Pyodide, the pure-Python wheels of
// pytest and hypothesis (downloaded by `make` into .cache/pyodide-wheels), and OUR two wheels (the tax
// package and the contract library, tests/kontrak needs both), built by the same code as the site's
// (hooks/runtime.py), so what is tested is what ships.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const akar = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const rodaCache = join(akar, ".cache", "pyodide-wheels");
const python = process.env.PYTHON || join(akar, ".venv", "bin", "python");
const folderUji = (process.argv.slice(2).length ? process.argv.slice(2) : ["tests/calculators", "tests/kontrak"])
  .filter((f) => existsSync(join(akar, f)));

const rodaKami = execFileSync(python, ["-c",
  "import sys; sys.path.insert(0, 'hooks'); import runtime, pathlib; print(*runtime.tulis_roda(pathlib.Path('.cache/roda')).values(), sep='\\n')"],
  { cwd: akar, encoding: "utf8" }).trim().split("\n");

const pyodide = await loadPyodide({ indexURL: join(akar, "node_modules", "pyodide") + "/" });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
const roda = readdirSync(rodaCache).filter((f) => f.endsWith(".whl")).map((f) => join(rodaCache, f));
if (!roda.length) throw new Error("no wheels in .cache/pyodide-wheels: run `make test`");
for (const berkas of [...roda, ...rodaKami.map((r) => join(akar, r))]) {
  pyodide.unpackArchive(new Uint8Array(readFileSync(berkas)), "wheel", { extractDir: sitePackages });
}
pyodide.FS.mkdirTree("/repo");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: akar }, "/repo");
pyodide.globals.set("folder_uji", pyodide.toPy(folderUji));
const kode = pyodide.runPython(`
import os, sys
os.chdir("/tmp")
import calculators
assert calculators.__file__.startswith(${JSON.stringify(sitePackages)}), calculators.__file__
print(f"Python {sys.version.split()[0]} on {sys.platform}; calculators from {os.path.dirname(calculators.__file__)}")
import pytest
pytest.main(["-q", "-p", "no:cacheprovider", "--import-mode=importlib", "--rootdir=/repo",
             "-c", "/dev/null", "-W", "ignore::pytest.PytestAssertRewriteWarning",
             *[f"/repo/{f}" for f in folder_uji]])
`);
process.exit(Number(kode));
