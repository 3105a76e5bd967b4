// The monthly recap page (docs/kalkulator/rekap.md), framework-free. Every figure and every piece of
// result HTML comes from Python in the Web Worker (pekerja.mjs: requests "tabel", "xlsx", "rekap",
// "unduh"; calculators/api.py); this script moves cells, inserts the fragments (rows a few at a time,
// one batch per animation frame, so no task runs long and the progress bar keeps moving), and makes
// downloads as Blob URLs. Nothing leaves the browser. The
// last table is kept in localStorage (this browser only) so that a reload does not lose it.
const skrip = document.querySelector("script[data-pekerja][src*='rekap']");
const akar = document.getElementById("rekap");
const SIMPAN = "bja-rekap-v1";
const BATAS_BYTE = 20 * 1024 * 1024; // calculators/lembar.py BATAS_BYTE_XLSX + 1
const PER_POTONG = 20; // rows inserted at a time
const ANGGARAN_MS = 40; // rows are inserted for at most this long per frame (parsing and layout follow)
const TAMPIL_AWAL = 1000; // rows shown before "show more" (= calculators/api.py HTML_PER_JAWABAN)

const $ = (id) => document.getElementById(id);
const status = $("rekap-status");
const kemajuan = $("rekap-kemajuan");
const tabel = $("rekap-tabel");

function tulisStatus(teks, jenis) {
  status.textContent = teks;
  status.dataset.jenis = jenis || "";
}

function tulisKemajuan(nilai) {
  // null: hidden; undefined: busy without a known fraction; 0..100: that far.
  if (nilai === null) return void (kemajuan.hidden = true);
  kemajuan.hidden = false;
  if (nilai === undefined) kemajuan.removeAttribute("value");
  else kemajuan.value = nilai;
}

const jeda = () => new Promise((r) => setTimeout(r, 0));
// The next frame (a hidden tab gets no frames: then the next task).
const bingkai = () => new Promise((r) => (document.hidden ? setTimeout(r, 0) : requestAnimationFrame(() => r())));
const angka = (n) => new Intl.NumberFormat("id-ID").format(n);

// --- the worker ------------------------------------------------------------------------------

function urlDari(atribut) {
  return new URL(skrip.getAttribute(atribut), document.baseURI).href;
}

function mulaiPekerja() {
  const url = new URL(urlDari("data-pekerja"));
  url.searchParams.set("pyodide", urlDari("data-pyodide"));
  for (const r of skrip.getAttribute("data-roda").split(" ")) url.searchParams.append("roda", new URL(r, document.baseURI).href);
  const hemat = navigator.connection && navigator.connection.saveData;
  if (skrip.getAttribute("data-potret") && !hemat) url.searchParams.set("potret", urlDari("data-potret"));
  return new Worker(url.href, { type: "module" });
}

const pekerja = mulaiPekerja();
const menunggu = new Map();
let nomorPesan = 0;
let siap = false;
let lepasSiap;
const pythonSiap = new Promise((r) => (lepasSiap = r));

pekerja.onmessage = (ev) => {
  const d = ev.data;
  if (d.jenis === "siap") {
    siap = true;
    window.bjaRekapSiap = performance.now();
    lepasSiap();
    return;
  }
  if (d.jenis === "gagal") {
    tulisStatus(`Kalkulator tidak dapat dimuat di peramban ini (${d.pesan}). Contoh di bawah tetap benar.`, "galat");
    return;
  }
  const p = menunggu.get(d.id);
  if (!p) return;
  menunggu.delete(d.id);
  if (d.jenis === "hasil") p.resolve(d.hasil);
  else p.reject(new Error(d.pesan));
};

async function minta(pesan, pindah = []) {
  await pythonSiap;
  const id = ++nomorPesan;
  return new Promise((resolve, reject) => {
    menunggu.set(id, { resolve, reject });
    pekerja.postMessage({ id, ...pesan }, pindah);
  });
}

// --- state ----------------------------------------------------------------------------------

const contoh = JSON.parse(akar.dataset.contoh);
const KOLOM = JSON.parse(akar.dataset.kolom);
let data = { judul: contoh.judul, baris: contoh.baris.map((b) => [...b]), pemetaan: contoh.pemetaan, asal: "contoh" };
let hasil = null; // the last recap (api.rekap_json)
let htmlBaris = []; // the rows' HTML, by row index (from 0); rows past the first 1.000 once asked for
let jumlahBaris = 0; // rows in the last recap (all computed; their HTML comes 1.000 at a time)
let ditampilkan = 0;
let putaran = 0; // the latest recap request; an older answer is dropped

function pemotong() {
  return { npwp: $("rekap-npwp").value.trim(), nitku: $("rekap-nitku").value.trim(), nama: $("rekap-nama").value.trim() };
}

function hariIni() {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

function permintaan(htmlDari = 0) {
  return JSON.stringify({ judul: data.judul, baris: data.baris, pemetaan: data.pemetaan, pemotong: pemotong(),
    tanggal_acuan: hariIni(), html_dari: htmlDari });
}

// The HTML of the rows from index `dari` (1.000 at most): the same table again, so Python answers from
// the recap it kept (calculators/api.py rekap_json) without computing the month again.
async function ambilHtml(dari) {
  const ke = htmlBaris; // a newer recap replaces the array: a late answer fills the old one
  const h = await minta({ jenis: "rekap", teks: permintaan(dari) });
  if (!h.ok) throw new Error(pesanGalat(h));
  h.html_baris.forEach((html, i) => (ke[h.html_dari + i] = html));
}

function simpan() {
  try {
    if (data.asal === "contoh") localStorage.removeItem(SIMPAN); // the example is in the page already
    else localStorage.setItem(SIMPAN, JSON.stringify({ ...data, pemotong: pemotong() }));
  } catch (e) {
    // Too big for this browser's storage, or storage is off: the page works, a reload starts over.
    return false;
  }
  return true;
}

function pulihkan() {
  let s = null;
  try {
    s = JSON.parse(localStorage.getItem(SIMPAN) || "null");
  } catch (e) {
    s = null;
  }
  if (!s || !Array.isArray(s.judul) || !Array.isArray(s.baris) || !Array.isArray(s.pemetaan)) return false;
  data = { judul: s.judul, baris: s.baris, pemetaan: s.pemetaan, asal: s.asal || "tersimpan" };
  if (s.pemotong) {
    $("rekap-npwp").value = s.pemotong.npwp || "";
    $("rekap-nitku").value = s.pemotong.nitku || "";
    $("rekap-nama").value = s.pemotong.nama || "";
  }
  return true;
}

// --- reading: pasted cells, CSV, XLSX -> the mapping step ------------------------------------

function pesanGalat(h) {
  return (h.kesalahan || []).map((k) => k.pesan).join(" ");
}

let calon = null; // a table read but not yet computed (the table shown is still the last recap's)

function tampilkanPemetaan(tabelBaru, asal) {
  calon = { judul: tabelBaru.judul, baris: tabelBaru.baris, pemetaan: tabelBaru.pemetaan, asal };
  const wadah = $("rekap-pemetaan");
  wadah.replaceChildren();
  tabelBaru.judul.forEach((j, i) => {
    const div = document.createElement("div");
    const label = document.createElement("label");
    label.htmlFor = `rekap-kolom-${i}`;
    label.textContent = j || `(kolom ke-${i + 1} tanpa judul)`;
    const pilih = document.createElement("select");
    pilih.id = `rekap-kolom-${i}`;
    pilih.dataset.indeks = String(i);
    for (const k of ["", ...KOLOM]) {
      const o = document.createElement("option");
      o.value = k;
      o.textContent = k || "(abaikan kolom ini)";
      pilih.append(o);
    }
    pilih.value = tabelBaru.pemetaan[i] || "";
    div.append(label, pilih);
    wadah.append(div);
  });
  $("rekap-pemetaan-bagian").hidden = false;
  const dikenal = tabelBaru.pemetaan.filter(Boolean).length;
  const catatan = (tabelBaru.catatan || []).join(" ");
  tulisStatus(`${angka(tabelBaru.baris.length)} baris dan ${angka(tabelBaru.judul.length)} kolom dibaca; ` +
    `${angka(dikenal)} kolom dikenali. Periksa pencocokan kolom, lalu tekan "Hitung rekap". ${catatan}`.trim(), "ok");
  tulisKemajuan(null);
  $("rekap-pemetaan-bagian").scrollIntoView({ block: "nearest" });
}

async function baca(pesan, pindah, asal) {
  window.bjaRekapDibaca = undefined;
  tulisKemajuan(undefined);
  tulisStatus(siap ? "Membaca isian…" : "Menunggu kalkulator siap, lalu membaca isian…");
  try {
    const h = await minta(pesan, pindah);
    if (!h.ok) {
      tulisKemajuan(null);
      return tulisStatus(pesanGalat(h), "galat");
    }
    tampilkanPemetaan(h, asal);
    window.bjaRekapDibaca = performance.now();
  } catch (e) {
    tulisKemajuan(null);
    tulisStatus(`Isian tidak dapat dibaca: ${e.message}`, "galat");
  }
}

$("rekap-baca").addEventListener("click", () => baca({ jenis: "tabel", teks: $("rekap-tempel").value }, [], "tempelan"));

$("rekap-berkas").addEventListener("change", async (ev) => {
  const berkas = ev.target.files[0];
  ev.target.value = "";
  if (!berkas) return;
  if (berkas.size >= BATAS_BYTE) {
    return tulisStatus(`Berkas “${berkas.name}” berukuran ${angka(Math.round(berkas.size / 104857.6) / 10)} MB; ` +
      "paling besar 20 MB. Bagi per masa pajak atau hapus lembar lain, lalu unggah lagi. Tidak ada yang dibaca.", "galat");
  }
  const isi = await berkas.arrayBuffer();
  const awal = new Uint8Array(isi, 0, Math.min(2, isi.byteLength));
  if (/\.xlsx$/i.test(berkas.name) || (awal[0] === 0x50 && awal[1] === 0x4b)) {
    return baca({ jenis: "xlsx", data: isi }, [isi], berkas.name);
  }
  let teks;
  try {
    teks = new TextDecoder("utf-8", { fatal: true }).decode(isi);
  } catch (e) {
    teks = new TextDecoder("windows-1252").decode(isi);
  }
  return baca({ jenis: "tabel", teks }, [], berkas.name);
});

$("rekap-hitung").addEventListener("click", () => {
  if (calon) data = calon;
  calon = null;
  data.pemetaan = [...$("rekap-pemetaan").querySelectorAll("select")].map((s) => s.value);
  hitung(true);
});

// --- the recap -------------------------------------------------------------------------------

async function hitung(baru) {
  const ini = ++putaran;
  tulisKemajuan(undefined);
  tulisStatus(`Menghitung ${angka(data.baris.length)} baris…`);
  let h;
  const t0 = performance.now();
  try {
    h = await minta({ jenis: "rekap", teks: permintaan() });
  } catch (e) {
    tulisKemajuan(null);
    return tulisStatus(`Rekap gagal: ${e.message}`, "galat");
  }
  if (ini !== putaran) return;
  if (!h.ok) {
    tulisKemajuan(null);
    return tulisStatus(pesanGalat(h), "galat");
  }
  hasil = h;
  const t1 = performance.now();
  await jeda(); // the answer's arrival is one task, the summary the next, then the rows in chunks
  if (ini !== putaran) return;
  $("rekap-ringkasan").innerHTML = h.html_ringkasan; // our own view's HTML (calculators/tampilan/rekap.py)
  tombolXml(h.coretax);
  await jeda();
  await tampilkanBaris(h, baru);
  if (ini !== putaran) return;
  const r = h.ringkasan;
  const tersimpan = simpan();
  $("rekap-asal").textContent = data.asal === "contoh" ? "Contoh: lima pembayaran. Klik sel untuk mengubahnya; barisnya dihitung ulang."
    : `Sumber: ${data.asal}. Klik sel untuk mengubahnya; barisnya dihitung ulang.`;
  tulisStatus(`Selesai: ${angka(r.baris)} baris, ${angka(r.bergalat)} bermasalah, ${angka(r.bukti_potong)} bukti potong.` +
    (tersimpan ? "" : " Isian terlalu besar untuk disimpan di peramban; memuat ulang halaman akan menghapusnya."),
    r.bergalat ? "" : "ok");
  tulisKemajuan(null);
  // For bench/rekap.py and the browser tests: when the last recap was shown, and how long it took.
  window.bjaRekapUkur = { baris: data.baris.length, hitung_ms: t1 - t0, tampil_ms: performance.now() - t1 };
  window.bjaRekapSelesai = performance.now();
}

async function tampilkanBaris(h, baru) {
  const tbody = tabel.tBodies[0];
  const kepala = tabel.tHead;
  if (kepala.outerHTML !== h.html_kepala) {
    kepala.outerHTML = h.html_kepala;
    await bingkai();
  }
  const lama = htmlBaris;
  jumlahBaris = h.baris.length;
  htmlBaris = [];
  h.html_baris.forEach((html, i) => (htmlBaris[h.html_dari + i] = html));
  if (!baru && jumlahBaris === lama.length && ditampilkan === tbody.rows.length) {
    // After an edit: replace only the rows whose HTML changed (the edited one, its duplicates ...);
    // rows shown past the first answer's are asked for again, from the recap Python kept.
    for (let dari = TAMPIL_AWAL; dari < ditampilkan; dari += TAMPIL_AWAL) await ambilHtml(dari);
    for (let i = 0; i < ditampilkan; i++) if (htmlBaris[i] !== lama[i]) tbody.rows[i].outerHTML = htmlBaris[i];
    htmlBaris.length = jumlahBaris;
    return;
  }
  htmlBaris.length = jumlahBaris;
  tbody.replaceChildren();
  ditampilkan = 0;
  await tambahBaris(Math.min(TAMPIL_AWAL, jumlahBaris));
}

// Rows up to index `sampai`, a batch per frame: each frame inserts rows for at most ANGGARAN_MS, so
// the browser parses and lays out a few dozen rows at a time and the progress bar is redrawn between.
async function tambahBaris(sampai) {
  const tbody = tabel.tBodies[0];
  const ini = putaran;
  while (ditampilkan < sampai) {
    if (htmlBaris[ditampilkan] === undefined) {
      await ambilHtml(ditampilkan);
      if (ini !== putaran) return;
    }
    await bingkai();
    if (ini !== putaran) return;
    const t0 = performance.now();
    do {
      let akhir = Math.min(sampai, ditampilkan + PER_POTONG);
      const kosong = htmlBaris.slice(ditampilkan, akhir).findIndex((x) => x === undefined);
      if (kosong >= 0) akhir = ditampilkan + kosong;
      if (akhir === ditampilkan) break;
      tbody.insertAdjacentHTML("beforeend", htmlBaris.slice(ditampilkan, akhir).join(""));
      ditampilkan = akhir;
    } while (ditampilkan < sampai && performance.now() - t0 < ANGGARAN_MS);
    tulisKemajuan(Math.round((100 * ditampilkan) / sampai));
    tulisStatus(`Menampilkan baris ${angka(ditampilkan)} dari ${angka(sampai)}…`);
  }
  tombolLagi();
}

function tombolLagi() {
  let t = $("rekap-lagi");
  const sisa = jumlahBaris - ditampilkan;
  if (sisa <= 0) return t && t.remove();
  if (!t) {
    t = document.createElement("button");
    t.type = "button";
    t.id = "rekap-lagi";
    t.className = "md-button";
    t.addEventListener("click", async () => {
      t.disabled = true;
      try {
        await tambahBaris(Math.min(jumlahBaris, ditampilkan + TAMPIL_AWAL));
        tulisStatus(`${angka(ditampilkan)} dari ${angka(jumlahBaris)} baris ditampilkan.`, "ok");
      } catch (err) {
        tulisStatus(`Baris berikutnya tidak dapat ditampilkan: ${err.message}`, "galat");
      }
      t.disabled = false;
      tulisKemajuan(null);
    });
    tabel.closest(".bja-gulir").after(t);
  }
  t.textContent = `Tampilkan ${angka(Math.min(sisa, TAMPIL_AWAL))} baris berikutnya (${angka(sisa)} belum ditampilkan; semuanya sudah dihitung dan ada di unduhan)`;
}

// --- fixing a cell in place ---------------------------------------------------------------------

function ubahSel(td) {
  if (td.querySelector("input")) return;
  const r = Number(td.closest("tr").dataset.nomor) - 1;
  const k = td.cellIndex - 1; // the row's number is the first cell
  const lama = data.baris[r][k] ?? "";
  const input = document.createElement("input");
  input.type = "text";
  input.value = lama;
  input.setAttribute("aria-label", `${data.judul[k] || "Kolom " + (k + 1)}, baris ${r + 1}`);
  td.replaceChildren(input);
  input.focus();
  input.select();
  let selesai = false;
  const akhiri = (simpanNilai) => {
    if (selesai) return;
    selesai = true;
    const baru = input.value;
    td.textContent = simpanNilai ? baru : lama;
    if (simpanNilai && baru !== lama) {
      data.baris[r][k] = baru;
      hitung(false).then(() => {
        const sel = tabel.querySelector(`tr[data-nomor="${r + 1}"] > :nth-child(${k + 2})`);
        if (sel) sel.focus();
      });
    } else td.focus();
  };
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      akhiri(true);
    } else if (e.key === "Escape") akhiri(false);
  });
  input.addEventListener("blur", () => akhiri(true));
}

tabel.addEventListener("click", (e) => {
  const td = e.target.closest("tbody td[tabindex]"); // the reader's cells
  if (td && !e.target.closest("input")) ubahSel(td);
});
tabel.addEventListener("keydown", (e) => {
  const td = e.target.closest && e.target.closest("tbody td[tabindex]");
  if (td && e.target === td && (e.key === "Enter" || e.key === "F2")) {
    e.preventDefault();
    ubahSel(td);
  }
});

// --- downloads ------------------------------------------------------------------------------

function unduhBlob(isi, jenis, nama) {
  const url = URL.createObjectURL(new Blob([isi], { type: jenis }));
  const a = document.createElement("a");
  a.href = url;
  a.download = nama;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function masa() {
  const s = hasil && hasil.setoran && hasil.setoran[0];
  return s ? s.masa_pajak : hariIni().slice(0, 7);
}

function tombolXml(coretax) {
  const wadah = $("rekap-xml");
  wadah.replaceChildren();
  for (const jenis of Object.keys(coretax || {})) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "md-button";
    b.dataset.unduh = `xml-${jenis}`;
    b.textContent = `XML ${jenis.toUpperCase()}`;
    wadah.append(b, " ");
  }
}

const JENIS_BERKAS = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
};

akar.addEventListener("click", async (e) => {
  const tombol = e.target.closest("[data-unduh]");
  if (!tombol) return;
  const apa = tombol.dataset.unduh;
  if (apa.startsWith("xml-")) {
    const jenis = apa.slice(4);
    if (!hasil || !hasil.coretax[jenis]) return tulisStatus("Hitung rekap terlebih dahulu.", "galat");
    return unduhBlob(hasil.coretax[jenis], "application/xml", `bukti-potong-${jenis}-${masa()}.xml`);
  }
  tulisStatus(siap ? "Menyiapkan berkas…" : "Menunggu kalkulator siap…");
  tulisKemajuan(undefined);
  try {
    const templat = apa.startsWith("templat_");
    const h = await minta({ jenis: "unduh", format: apa, teks: templat ? "" : permintaan() });
    const ext = apa.endsWith("xlsx") ? "xlsx" : "csv";
    const nama = templat ? `templat-rekap-pembayaran.${ext}` : `rekap-pembayaran-${masa()}.${ext}`;
    unduhBlob(h.bita || h.teks, JENIS_BERKAS[ext], nama);
    tulisStatus(`Berkas ${nama} diunduh.`, "ok");
  } catch (err) {
    tulisStatus(`Berkas tidak dapat dibuat: ${err.message}`, "galat");
  }
  tulisKemajuan(null);
});

$("rekap-cetak").addEventListener("click", () => window.print());

$("rekap-hapus").addEventListener("click", () => {
  try {
    localStorage.removeItem(SIMPAN);
  } catch (e) {
    /* storage off: nothing was kept */
  }
  $("rekap-tempel").value = "";
  $("rekap-pemetaan-bagian").hidden = true;
  calon = null;
  data = { judul: contoh.judul, baris: contoh.baris.map((b) => [...b]), pemetaan: contoh.pemetaan, asal: "contoh" };
  $("rekap-npwp").value = contoh.pemotong.npwp;
  $("rekap-nitku").value = contoh.pemotong.nitku;
  $("rekap-nama").value = contoh.pemotong.nama;
  hitung(true);
});

// A change of the withholder recomputes (the XML depends on it).
for (const id of ["rekap-npwp", "rekap-nitku", "rekap-nama"]) $(id).addEventListener("change", () => hitung(false));

// --- start -----------------------------------------------------------------------------------

const dipulihkan = pulihkan();
pythonSiap.then(() => hitung(dipulihkan));
