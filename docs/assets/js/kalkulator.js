// Calculator pages: the one custom script of the site (framework-free).
// The form, the wording and the build-time result come from the page; every figure comes from
// the Python package running in a module Web Worker (pekerja.mjs). Nothing leaves the browser:
// the page keeps the reader's inputs in the address's fragment (#bruto=...&tanggal=...), the one
// part of an address a browser never sends, neither in a request nor in a Referer header.
const skrip = document.currentScript || document.querySelector("script[data-pekerja]");
// How long Python may take to start before the page offers to start it again. A slow link may
// need longer: a "siap" that arrives after this is still used. The page (data-batas-ms on the
// script) or a test (window.bjaBatasWaktuMs, set before this script runs) may shorten it.
const BATAS_WAKTU_MS = Number(skrip.dataset.batasMs || globalThis.bjaBatasWaktuMs) || 60000;
// Once Python runs, a recomputation takes a fraction of a second: the result is marked as not
// yet updated only if the answer takes longer than this (no flicker while the reader types).
const JEDA_TANDA_MS = 500;
// Query parameters of the theme (search term, search highlight): not the reader's inputs.
const KUERI_TEMA = new Set(["q", "h"]);
const TEKS_CONTOH = "Contoh, belum dihitung untuk isian Anda";
const TEKS_LAMA = "Belum diperbarui untuk isian terbaru Anda";

// ---- The page state in the address's fragment -------------------------------------------------

/** The state in the fragment (an anchor such as #langkah is not state). */
function bacaFragmen() {
  const f = location.hash.slice(1);
  return new URLSearchParams(f.includes("=") ? f : "");
}

function tulisAlamat(kueri, fragmen) {
  const url = new URL(location.href);
  const alamat = url.pathname + (kueri ? "?" + kueri : "") + (fragmen ? "#" + fragmen : "");
  if (new URL(alamat, url).href !== url.href) history.replaceState(history.state, "", alamat);
}

// Old links carried the inputs in the query string (?bruto=...), which a reload, a shared link
// and every request's Referer send to the server. Their values move into the fragment at once,
// before the worker starts, without a navigation (the page is not requested again).
function pindahkanKueriLama() {
  const kueri = new URL(location.href).searchParams;
  if (![...kueri.keys()].some((k) => !KUERI_TEMA.has(k))) return;
  const tetap = new URLSearchParams();
  const pindah = new URLSearchParams();
  const fragmen = bacaFragmen();
  for (const [k, v] of kueri) {
    if (KUERI_TEMA.has(k)) tetap.append(k, v);
    else if (!fragmen.has(k)) pindah.append(k, v);
  }
  for (const [k, v] of fragmen) pindah.append(k, v);
  tulisAlamat(tetap.toString(), pindah.toString());
}
pindahkanKueriLama();

// ---- The Python engine (one worker for the page) ----------------------------------------------

function urlDari(atribut) {
  return new URL(skrip.getAttribute(atribut), document.baseURI).href;
}

function buatPekerja() {
  const url = new URL(urlDari("data-pekerja"));
  url.searchParams.set("pyodide", urlDari("data-pyodide"));
  for (const roda of skrip.getAttribute("data-roda").split(" ")) url.searchParams.append("roda", new URL(roda, document.baseURI).href);
  // The snapshot costs ~5 MB more on a first visit and saves Python's start-up (seconds of CPU).
  // A reader who asked the browser to save data gets the smaller download instead.
  const hemat = navigator.connection && navigator.connection.saveData;
  if (skrip.getAttribute("data-potret") && !hemat) url.searchParams.set("potret", urlDari("data-potret"));
  return new Worker(url.href, { type: "module" });
}

// keadaan: "memuat" (starting), "siap", "habis" (still starting after BATAS_WAKTU_MS), "gagal"
const mesin = { pekerja: null, keadaan: "memuat", kabar: null, waktuHabis: 0, pendengar: new Set() };

function siarkan(pesan) {
  mesin.pendengar.forEach((f) => f(pesan));
}

function kabarMesin(pesan) {
  mesin.kabar = pesan;
  siarkan(pesan);
}

function mulaiMesin() {
  if (mesin.pekerja) mesin.pekerja.terminate();
  clearTimeout(mesin.waktuHabis);
  if (!performance.getEntriesByName("bja:pekerja-dibuat").length) performance.mark("bja:pekerja-dibuat");
  const pekerja = buatPekerja();
  Object.assign(mesin, { pekerja, keadaan: "memuat", kabar: null });
  // Counted from the worker's creation, not from when the page was parsed.
  mesin.waktuHabis = setTimeout(() => {
    if (mesin.pekerja !== pekerja || mesin.keadaan !== "memuat") return;
    mesin.keadaan = "habis";
    performance.mark("bja:waktu-habis");
    kabarMesin({ jenis: "habis" });
  }, BATAS_WAKTU_MS);
  pekerja.addEventListener("message", (ev) => {
    if (mesin.pekerja !== pekerja) return; // a worker replaced by "Coba muat lagi"
    const pesan = ev.data;
    if (pesan.jenis === "siap") {
      clearTimeout(mesin.waktuHabis);
      mesin.keadaan = "siap";
      if (!performance.getEntriesByName("bja:siap").length) performance.mark("bja:siap");
      // On a first visit the worker started before the service worker took over: ask it to keep
      // the runtime now (mostly from the browser's HTTP cache), so the next visit works offline.
      // Also after a late "siap": otherwise the next visit downloads everything again.
      const simpan = pesan.potret ? "simpan-runtime" : "simpan-runtime-tanpa-potret";
      if (navigator.serviceWorker) navigator.serviceWorker.ready.then((r) => r.active?.postMessage(simpan));
      kabarMesin(pesan);
    } else if (pesan.jenis === "gagal") {
      clearTimeout(mesin.waktuHabis);
      mesin.keadaan = "gagal";
      kabarMesin(pesan);
      console.warn("Kalkulator:", pesan.pesan);
    } else {
      siarkan(pesan);
    }
  });
  pekerja.addEventListener("error", () => {
    if (mesin.pekerja !== pekerja) return;
    clearTimeout(mesin.waktuHabis);
    mesin.keadaan = "gagal";
    kabarMesin({ jenis: "gagal", peramban: true });
  });
}

function mulaiUlangMesin() {
  mulaiMesin();
  siarkan({ jenis: "memuat-ulang" });
}

// ---- The "not computed for your inputs" mark ----------------------------------------------------

/** Show (teks) or remove (null) the words that say the shown result is not the reader's answer. */
function tulisTanda(hasil, teks) {
  let tanda = hasil.querySelector(":scope > .bja-tanda-basi");
  if (!teks) {
    tanda?.remove();
    hasil.dataset.basi = "";
    hasil.removeAttribute("aria-describedby");
    return;
  }
  if (!tanda) {
    tanda = document.createElement("p");
    tanda.className = "bja-tanda-basi";
    tanda.id = (hasil.closest(".bja-kalkulator")?.dataset.kalkulator || "hasil") + "-tanda-basi";
    hasil.prepend(tanda);
  }
  tanda.textContent = teks;
  hasil.dataset.basi = "ya";
  hasil.setAttribute("aria-describedby", tanda.id);
}

// A reader may type before the document is ready (the theme's scripts still loading): mark the
// example at once; the form is attached, and the value computed, as soon as the document is ready.
function tandaiDini(ev) {
  const wadah = ev.target.closest && ev.target.closest(".bja-kalkulator");
  if (!wadah || wadah.dataset.terpasang) return;
  const hasil = wadah.querySelector(".bja-hasil");
  if (hasil) tulisTanda(hasil, TEKS_CONTOH);
}
document.addEventListener("input", tandaiDini, true);
document.addEventListener("change", tandaiDini, true);

// ---- One calculator -----------------------------------------------------------------------------

function pasang(wadah, indeks) {
  const nama = wadah.dataset.kalkulator;
  const form = wadah.querySelector("form");
  const status = wadah.querySelector(".bja-status");
  const hasil = wadah.querySelector(".bja-hasil");
  const contoh = JSON.parse(wadah.dataset.contoh || "{}");
  wadah.dataset.terpasang = "ya";
  let nomor = 0;
  let tunda = null;
  let tundaTanda = null;
  // segar: the shown result belongs to the inputs now in the form. sumberContoh: the shown
  // result is the example computed at build time. sibuk: an answer for the inputs is awaited.
  let segar = true;
  let sumberContoh = true;
  let sibuk = false;
  let sejakSibuk = 0;

  const medan = () => [...form.querySelectorAll(".bja-medan")];
  const kunciDari = (m) => m.dataset.kunci;

  // "Coba muat lagi": offered when Python did not start in time or failed to start.
  const coba = document.createElement("p");
  coba.className = "bja-coba";
  coba.hidden = true;
  const tombolCoba = document.createElement("button");
  tombolCoba.type = "button";
  tombolCoba.className = "md-button";
  tombolCoba.textContent = "Coba muat lagi mesin hitung";
  coba.append(tombolCoba);
  status.after(coba);
  tombolCoba.addEventListener("click", () => {
    coba.hidden = true;
    status.tabIndex = -1;
    status.focus(); // the button is gone: keep the keyboard where the news is
    mulaiUlangMesin();
  });

  function nilai(m) {
    const radio = m.querySelector("input[type=radio]:checked");
    if (radio) return radio.value;
    const kontrol = m.querySelector("input, select, textarea");
    return kontrol ? kontrol.value : "";
  }

  function setNilai(m, v) {
    const radio = m.querySelectorAll("input[type=radio]");
    if (radio.length) {
      radio.forEach((r) => (r.checked = r.value === v));
      return;
    }
    const kontrol = m.querySelector("input, select, textarea");
    if (kontrol) kontrol.value = v;
  }

  // Has the reader (or the browser restoring a form) changed this question from the page's own
  // value, the example the build-time result was computed for?
  function diubah(m) {
    return [...m.querySelectorAll("input, select, textarea")].some((k) => {
      if (k.type === "radio" || k.type === "checkbox") return k.checked !== k.defaultChecked;
      if (k.tagName === "SELECT") {
        const awal = [...k.options].find((o) => o.defaultSelected) || k.options[0];
        return awal ? k.value !== awal.value : false;
      }
      return k.value !== k.defaultValue;
    });
  }

  // A question that applies only to some answers is hidden by the page's own CSS (made at build
  // time from the front matter's tampil_jika, see macros/formulir.py css_tampil): the browser
  // evaluates the rule, this script only asks whether the question is displayed. Its own display,
  // not checkVisibility(): a question inside a folded group (closed <details>) still counts.
  const terlihat = (m) => getComputedStyle(m).display !== "none";

  function masukanTerlihat() {
    const data = {};
    medan().filter(terlihat).forEach((m) => (data[kunciDari(m)] = nilai(m)));
    return data;
  }

  function tulisStatus(teks, jenis) {
    status.textContent = teks;
    status.dataset.jenis = jenis || "";
  }

  function perbaruiTanda() {
    clearTimeout(tundaTanda);
    wadah.toggleAttribute("data-sibuk", sibuk);
    let tampil = !segar;
    // Python is running and the answer is on its way: say so only if it is slow to come.
    if (tampil && sibuk && mesin.keadaan === "siap" && hasil.dataset.basi !== "ya") {
      const sisa = JEDA_TANDA_MS - (performance.now() - sejakSibuk);
      if (sisa > 0) {
        tampil = false;
        tundaTanda = setTimeout(perbaruiTanda, sisa);
      }
    }
    tulisTanda(hasil, tampil ? (sumberContoh ? TEKS_CONTOH : TEKS_LAMA) : null);
  }

  function tampilkanGalat(kesalahan) {
    medan().forEach((m) => {
      const p = m.querySelector(".bja-galat");
      if (p) p.textContent = "";
      m.querySelectorAll("input, select, textarea").forEach((k) => k.removeAttribute("aria-invalid"));
      m.classList.remove("bja-salah");
    });
    const umum = [];
    (kesalahan || []).forEach((k) => {
      const m = form.querySelector(`.bja-medan[data-kunci="${CSS.escape(k.kunci)}"]`);
      if (m && terlihat(m)) {
        m.querySelector(".bja-galat").textContent = k.pesan;
        m.classList.add("bja-salah");
        m.querySelectorAll("input, select, textarea").forEach((x) => x.setAttribute("aria-invalid", "true"));
      } else {
        umum.push(k.pesan);
      }
    });
    return umum;
  }

  // The inputs go into the fragment: a reload or a copied link keeps them, and no request
  // carries them. The fragment keeps what other calculators of the page wrote there.
  function simpanKeadaan() {
    const milik = new Set(medan().map(kunciDari));
    const lain = new Set([...document.querySelectorAll(".bja-kalkulator .bja-medan")].map(kunciDari));
    const baru = new URLSearchParams();
    for (const [k, v] of bacaFragmen()) if (lain.has(k) && !milik.has(k)) baru.append(k, v);
    Object.entries(masukanTerlihat()).forEach(([k, v]) => baru.append(k, v));
    tulisAlamat(new URL(location.href).searchParams.toString(), baru.toString());
  }

  // Values from a shared link fill the form before the first computation.
  // A shared link describes the whole form: fields it leaves out start empty, not with the example.
  function terapkan(keadaan) {
    const ada = medan().some((m) => keadaan.has(kunciDari(m)));
    if (!ada) return false;
    medan().forEach((m) => {
      const k = kunciDari(m);
      if (keadaan.has(k)) setNilai(m, keadaan.get(k));
      else if (m.querySelector("input[type=text], textarea")) setNilai(m, "");
    });
    return true;
  }

  function hitung() {
    clearTimeout(tunda);
    tunda = null;
    simpanKeadaan();
    if (mesin.keadaan !== "siap") return; // computed as soon as Python is ready
    nomor += 1;
    mesin.pekerja.postMessage({ id: `${indeks}:${nomor}`, nama, masukan: masukanTerlihat() });
  }

  function berubah() {
    segar = false;
    if (!sibuk) sejakSibuk = performance.now();
    sibuk = mesin.keadaan !== "gagal";
    perbaruiTanda();
    clearTimeout(tunda);
    tunda = setTimeout(hitung, 120);
  }

  function terima(pesan) {
    if (pesan.id !== `${indeks}:${nomor}`) return; // an older answer: a newer question is on its way
    if (tunda) return; // the reader changed something since: that question is on its way
    const h = pesan.hasil;
    sibuk = false;
    if (h.ok) {
      if (!performance.getEntriesByName("bja:hasil-pertama").length) performance.mark("bja:hasil-pertama");
      tampilkanGalat([]);
      hasil.innerHTML = h.html;
      segar = true;
      sumberContoh = false;
      perbaruiTanda();
      pasangUnduhan(h.hasil);
      // The status line (role=status) announces the headline figures, not the whole table.
      const utama = [...hasil.querySelectorAll(".bja-utama")]
        .map((tr) => tr.textContent.replace(/\s+/g, " ").trim()).slice(0, 3).join("; ");
      tulisStatus(utama ? `Hasil diperbarui: ${utama}.` : "Hasil diperbarui sesuai isian Anda.", "ok");
      wadah.dispatchEvent(new CustomEvent("bja:hasil", { detail: h.hasil }));
      return;
    }
    const umum = tampilkanGalat(h.kesalahan);
    if (h.html) {
      hasil.innerHTML = h.html; // the answer for these inputs (e.g. a date no rule covers)
      segar = true;
      sumberContoh = false;
    }
    perbaruiTanda();
    tulisStatus(
      umum.length
        ? umum.join(" ")
        : "Ada isian yang perlu diperbaiki (lihat pesan di bawah kolomnya). Hasil di bawah belum diperbarui.",
      "galat",
    );
  }

  // Results may carry files to download (CSV, .docx, Markdown): made in the browser, as blobs.
  function pasangUnduhan(data) {
    const daftar = data && data.unduhan;
    if (!Array.isArray(daftar) || !daftar.length) return;
    const kotak = document.createElement("p");
    kotak.className = "bja-unduhan";
    daftar.forEach((u) => {
      const isi = u.base64
        ? Uint8Array.from(atob(u.base64), (c) => c.charCodeAt(0))
        : u.teks;
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([isi], { type: u.mime || "application/octet-stream" }));
      a.download = u.nama;
      a.className = "md-button";
      a.textContent = u.label || `Unduh ${u.nama}`;
      kotak.append(a, " ");
    });
    hasil.append(kotak);
  }

  const detik = Math.max(1, Math.round(BATAS_WAKTU_MS / 1000));

  function dengar(pesan) {
    switch (pesan.jenis) {
      case "siap":
        wadah.dataset.siap = "ya";
        wadah.dataset.potret = pesan.potret ? "ya" : "tidak";
        coba.hidden = true;
        tulisStatus("Mesin hitung siap. Hasil dihitung ulang setiap kali isian berubah.", "ok");
        // Inputs typed, restored or brought by a link while Python was loading are computed now.
        if (sibuk) hitung();
        perbaruiTanda();
        break;
      case "habis":
        coba.hidden = false;
        tulisStatus(
          `Mesin hitung belum siap setelah ${detik} detik, mungkin karena sambungan lambat. Pemuatannya tetap ` +
            "berjalan, dan hasil untuk isian Anda dihitung begitu mesin siap. Hasil di bawah masih untuk isian " +
            "contoh. Anda juga dapat memulai pemuatannya dari awal.",
          "galat",
        );
        break;
      case "gagal":
        sibuk = false;
        perbaruiTanda();
        coba.hidden = false;
        tulisStatus(
          pesan.peramban
            ? "Mesin hitung tidak bisa dijalankan di peramban ini. Hasil di bawah masih untuk isian contoh."
            : "Mesin hitung tidak dapat dimulai, jadi hasil belum dihitung untuk isian Anda. Hasil di bawah " +
                "masih untuk isian contoh. Coba muat lagi mesin hitungnya, atau muat ulang halaman.",
          "galat",
        );
        break;
      case "memuat-ulang":
        delete wadah.dataset.siap;
        coba.hidden = true;
        if (!segar) sibuk = true;
        perbaruiTanda();
        tulisStatus("Mesin hitung sedang dimuat lagi. Hasil untuk isian Anda dihitung begitu mesin siap.", "");
        break;
      case "hasil":
        terima(pesan);
        break;
      case "galat":
        if (pesan.id && !pesan.id.startsWith(`${indeks}:`)) break;
        if (pesan.id === `${indeks}:${nomor}` && !tunda) sibuk = false;
        perbaruiTanda();
        tulisStatus(
          "Mesin hitung mengalami gangguan, jadi hasil tidak diperbarui. Hasil contoh tetap benar; " +
            "muat ulang halaman untuk mencoba lagi.",
          "galat",
        );
        console.warn("Kalkulator:", pesan.pesan);
        break;
    }
  }

  // The state a link brought (the fragment; an old query string was moved there at start-up) is
  // computed as soon as Python is ready. So is anything the reader typed before the document was
  // ready, or the browser restored: it differs from the page's own values, the example the
  // build-time result belongs to, and that result is marked as the example until then.
  const dariTautan = terapkan(bacaFragmen());
  if (medan().some(diubah)) segar = false;
  if (!segar || dariTautan) {
    sibuk = true;
    sejakSibuk = performance.now();
    simpanKeadaan();
  }
  perbaruiTanda();

  form.addEventListener("input", berubah);
  form.addEventListener("change", berubah);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    berubah();
  });
  form.addEventListener("click", async (e) => {
    const aksi = e.target.closest("[data-aksi]");
    if (!aksi) return;
    if (aksi.dataset.aksi === "cetak") window.print();
    if (aksi.dataset.aksi === "ulang") {
      medan().forEach((m) => setNilai(m, contoh[kunciDari(m)] ?? ""));
      berubah();
    }
    if (aksi.dataset.aksi === "salin") {
      simpanKeadaan();
      try {
        await navigator.clipboard.writeText(location.href);
        tulisStatus("Tautan ke hasil ini sudah disalin.", "ok");
      } catch {
        tulisStatus(`Salin tautan ini: ${location.href}`, "");
      }
    }
  });
  // A link to other inputs opened in this tab changes only the fragment: no new page load.
  window.addEventListener("hashchange", () => {
    if (terapkan(bacaFragmen())) berubah();
  });

  mesin.pendengar.add(dengar);
  if (mesin.kabar) dengar(mesin.kabar); // Python was ready (or gave up) before the document
}

// Start Python at once (this module runs from the head, before the page is parsed); attach the
// forms when the document is ready. The engine's state is replayed to forms attached later.
mulaiMesin();

function pasangSemua() {
  document.querySelectorAll(".bja-kalkulator").forEach((w, i) => pasang(w, i));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", pasangSemua);
else pasangSemua();
