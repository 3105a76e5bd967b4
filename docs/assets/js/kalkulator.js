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
  // The snapshot costs ~5 MB more on a first visit and saves Python's start-up (seconds of CPU):
  // the page's head chose the path (overrides/main.html: snapshot when kept or on a fast link,
  // never for a reader who asked to save data, unless kept) and preloaded its files.
  const hemat = navigator.connection && navigator.connection.saveData;
  const potret = globalThis.bjaJalur ? globalThis.bjaJalur === "potret" : !hemat;
  if (skrip.getAttribute("data-potret") && potret) url.searchParams.set("potret", urlDari("data-potret"));
  const pekerja = new Worker(url.href, { type: "module" });
  // File sizes for the download progress ("unduh" messages from the worker): its first message.
  let ukuran = null;
  try {
    ukuran = JSON.parse(skrip.dataset.ukuran || "null");
  } catch {
    ukuran = null;
  }
  if (ukuran) pekerja.postMessage({ jenis: "ukuran", ukuran });
  return pekerja;
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
  Object.assign(mesin, { pekerja, keadaan: "memuat", kabar: null, unduh: null });
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
    } else if (pesan.jenis === "unduh") {
      mesin.unduh = pesan; // replayed to forms attached later, like the engine's state
      siarkan(pesan);
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

/** "sekitar 3,2 MB dari 7,9 MB" for the runtime still to download, or "" when nothing is left. */
function teksSisaUnduh(u) {
  if (!u || !u.total || u.sisa < 50000) return "";
  const mb = (n) => (n / 1e6).toLocaleString("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `sekitar ${mb(u.sisa)} MB dari ${mb(u.total)} MB`;
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
  // Download progress while Python loads (not a live region: the status line announces the news).
  const muat = document.createElement("p");
  muat.className = "bja-muat";
  muat.hidden = true;
  status.after(muat);
  function tulisMuat() {
    const sisa = mesin.keadaan === "memuat" || mesin.keadaan === "habis" ? teksSisaUnduh(mesin.unduh) : "";
    muat.hidden = !sisa;
    muat.textContent = sisa ? `Mesin hitung sedang diunduh: tinggal ${sisa}.` : "";
  }
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

  // Every displayed answer: the page state. A question that only steers the form (which amount
  // the reader knows: data-hanya-formulir) is part of the state but not an input of the calculator.
  function isianTerlihat() {
    const data = {};
    medan().filter(terlihat).forEach((m) => (data[kunciDari(m)] = nilai(m)));
    return data;
  }

  function masukanTerlihat() {
    const data = {};
    medan().filter((m) => terlihat(m) && !m.hasAttribute("data-hanya-formulir"))
      .forEach((m) => (data[kunciDari(m)] = nilai(m)));
    return data;
  }

  function tulisStatus(teks, jenis) {
    status.textContent = teks;
    status.dataset.jenis = jenis || "";
  }

  // ---- At a glance: the key figures in words, the summary to copy, the print view -------------

  const keluaran = wadah.querySelector(".bja-keluaran") || hasil.parentElement;
  const sekilas = wadah.querySelector(".bja-sekilas");
  const rapi = (t) => t.replace(/\s+/g, " ").trim();
  // "Transfer ke penyedia" inside a sentence: "transfer ke penyedia"; "PPh ..." and "Anda ..." stay.
  const awalKecil = (t) => (/^[A-Z][a-z]/.test(t) && !/^Anda\b/.test(t) ? t[0].toLowerCase() + t.slice(1) : t);

  /** A cell's words, its line breaks (<br>) as " · ". */
  function teksSel(el) {
    let t = "";
    el.childNodes.forEach((n) => {
      t += n.nodeName === "BR" ? " · " : n.nodeType === 1 ? teksSel(n) : n.textContent;
    });
    return t;
  }

  /** One table row in words: "Transfer ke penyedia Rp14.625.000"; a row with several figures names
   *  each by its column: "Per jam: bruto Rp182.750.000, diterima penyedia Rp142.677.868". */
  function barisTeks(tr, pemisah = " ") {
    const sel = [...tr.cells];
    const judul = rapi(teksSel(sel[0] || tr)).replace(/( · )+/g, " · ");
    const nilai = sel.slice(1).map((c) => rapi(teksSel(c)));
    if (nilai.length <= 1) return nilai[0] ? `${judul}${pemisah}${nilai[0]}` : judul;
    const kepala = tr.closest("table")?.tHead?.rows[0];
    const nama = kepala ? [...kepala.cells].slice(1).map((c) => rapi(teksSel(c))) : [];
    return `${judul}: ` + nilai.map((v, i) => (v && nama[i] ? `${awalKecil(nama[i])} ${v}` : v)).filter(Boolean).join(", ");
  }

  /** The result's headline rows (the summary table's key rows; else any key row). */
  function barisUtama() {
    const utama = [...hasil.querySelectorAll("table.bja-ringkasan tr.bja-utama")];
    return utama.length ? utama : [...hasil.querySelectorAll("tr.bja-utama")];
  }

  // The phone's summary bar: the first key figures, and a jump to the full result.
  function perbaruiSekilas() {
    if (!sekilas) return;
    const isi = barisUtama().slice(0, 2).map((tr) => barisTeks(tr));
    sekilas.hidden = !isi.length;
    const contohSaja = hasil.dataset.basi === "ya";
    sekilas.querySelector(".bja-sekilas-isi").textContent = (contohSaja ? "Belum diperbarui: " : "") + isi.join(" · ");
  }

  function labelMedan(m) {
    return rapi(m.querySelector(":scope > label, :scope > legend")?.textContent || kunciDari(m));
  }

  /** The answer as the reader sees it: the option's words, not its code. */
  function nilaiTampil(m) {
    const radio = m.querySelector("input[type=radio]:checked");
    if (radio) return rapi(radio.closest("label")?.textContent || radio.value);
    const pilih = m.querySelector("select");
    if (pilih) return rapi(pilih.selectedOptions[0]?.textContent || "");
    const kontrol = m.querySelector("input, textarea");
    if (!kontrol) return "";
    if (kontrol.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(kontrol.value)) return kontrol.value.split("-").reverse().join("-");
    return kontrol.value.trim();
  }

  /** The legal bases the steps cite, short: "PMK 168/2023 Pasal 12 ayat (3)". */
  function dasarHukum() {
    const semua = [];
    hasil.querySelectorAll(".bja-dasar").forEach((d) => {
      rapi(d.textContent).replace(/^Dasar:\s*/, "").split(/;\s+/).forEach((b) => {
        const inti = b.split(/:\s/)[0].trim();
        if (/^(UU|PP|PMK|KMK|PER|SE|Perpres|Permen\w*|POJK|Peraturan|Keputusan|Undang-Undang|KUH)\b/.test(inti)) semua.push(inti);
      });
    });
    return [...new Set(semua)];
  }

  /** What the summary and the print view show: the reader's answers, the result's tables as shown
   *  (closed sections left out), the warnings and the legal bases. */
  function ringkasanData() {
    const tabel = [...hasil.querySelectorAll("table")]
      .filter((t) => !t.closest("details:not([open])") && !t.closest(".bja-gambar-grafik"))
      .map((t) => ({
        judul: rapi(t.caption?.textContent || "Ringkasan"),
        baris: [...t.querySelectorAll(":scope > tbody > tr, :scope > tfoot > tr")].map((tr) => barisTeks(tr, ": ")),
      }));
    return {
      judul: rapi(document.querySelector(".md-content h1")?.textContent || document.title),
      contoh: hasil.dataset.basi === "ya" ? rapi(hasil.querySelector(".bja-tanda-basi")?.textContent || "") : "",
      isian: medan().filter((m) => terlihat(m)).map((m) => [labelMedan(m), nilaiTampil(m)]).filter(([, v]) => v),
      tabel,
      peringatan: [...hasil.querySelectorAll(".admonition.warning p:not(.admonition-title)")].map((p) => rapi(p.textContent)),
      dasar: dasarHukum(),
    };
  }

  /** Plain text for an e-mail or a chat. */
  function ringkasanTeks() {
    const r = ringkasanData();
    const baris = [`${r.judul}: ringkasan`];
    if (r.contoh) baris.push(`(${r.contoh})`);
    baris.push("", "Isian:", ...r.isian.map(([l, v]) => `- ${l}: ${v}`));
    r.tabel.forEach((t) => baris.push("", `${t.judul}:`, ...t.baris.map((b) => `- ${b}`)));
    if (r.peringatan.length) baris.push("", "Perhatikan:", ...r.peringatan.map((p) => `- ${p}`));
    if (r.dasar.length) baris.push("", `Dasar hukum: ${r.dasar.join("; ")}.`);
    baris.push("", `Dihitung dengan ${r.judul}, ${location.origin}${location.pathname}`);
    return baris.join("\n") + "\n";
  }

  // The print view: the reader's answers before the result, the legal bases after it (the form
  // and the steps are not printed, see situs.css). Shown only in print.
  function perbaruiCetak() {
    if (!sekilas) return; // calculator pages only (the builder prints its contract)
    let isian = keluaran.querySelector(".bja-cetak-isian");
    let dasar = keluaran.querySelector(".bja-cetak-dasar");
    if (!isian) {
      isian = document.createElement("div");
      isian.className = "bja-cetak-isian";
      hasil.before(isian);
      dasar = document.createElement("p");
      dasar.className = "bja-cetak-dasar";
      hasil.after(dasar);
    }
    const r = ringkasanData();
    const tabel = document.createElement("table");
    const cap = tabel.createCaption();
    cap.textContent = "Isian Anda";
    const tb = tabel.createTBody();
    r.isian.forEach(([l, v]) => {
      const tr = tb.insertRow();
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = l;
      tr.append(th);
      tr.insertCell().textContent = v;
    });
    isian.replaceChildren(tabel);
    dasar.textContent = r.dasar.length ? `Dasar hukum: ${r.dasar.join("; ")}.` : "";
  }

  async function salinTeks(teks) {
    try {
      await navigator.clipboard.writeText(teks);
      return true;
    } catch {
      const t = document.createElement("textarea");
      t.value = teks;
      t.setAttribute("readonly", "");
      t.style.position = "fixed";
      t.style.opacity = "0";
      document.body.append(t);
      t.select();
      let ok = false;
      try {
        ok = document.execCommand("copy");
      } catch {
        ok = false;
      }
      t.remove();
      return ok;
    }
  }

  // Where copying is refused: the text in a box the reader can select and copy by hand.
  function tampilkanTeks(teks) {
    let kotak = keluaran.querySelector(".bja-salin-manual");
    if (!kotak) {
      kotak = document.createElement("div");
      kotak.className = "bja-salin-manual";
      const label = document.createElement("label");
      label.htmlFor = `${wadah.dataset.kalkulator}-salin-manual`;
      label.textContent = "Ringkasan untuk disalin (pilih semua, lalu salin)";
      const area = document.createElement("textarea");
      area.id = label.htmlFor;
      area.readOnly = true;
      area.rows = 8;
      kotak.append(label, area);
      status.after(kotak);
    }
    const area = kotak.querySelector("textarea");
    area.value = teks;
    area.focus();
    area.select();
  }

  // A wide table that does not fit (a phone): a visible cue that it scrolls sideways.
  function tandaiGulir() {
    hasil.querySelectorAll(".bja-gulir").forEach((g) => {
      let cue = g.previousElementSibling;
      if (!cue || !cue.classList.contains("bja-geser")) {
        cue = document.createElement("p");
        cue.className = "bja-geser";
        cue.setAttribute("aria-hidden", "true"); // the region's own label says it for screen readers
        cue.textContent = "Geser tabel ke samping untuk melihat semua kolom →";
        g.before(cue);
      }
      const terpotong = g.scrollWidth > g.clientWidth + 1;
      cue.hidden = !terpotong;
      g.toggleAttribute("data-terpotong", terpotong);
    });
  }

  function perbaruiSekilasSemua() {
    perbaruiSekilas();
    perbaruiCetak();
    tandaiGulir();
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
    perbaruiSekilas();
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
    Object.entries(isianTerlihat()).forEach(([k, v]) => baru.append(k, v));
    tulisAlamat(new URL(location.href).searchParams.toString(), baru.toString());
    perbaruiBawa();
  }

  // Links that open another page with these inputs (a[data-bja-bawa-isian="<template>"]: the
  // builder's payment documents) carry them, with the template, in their fragment (set here: the
  // page's own href has none), never in a query string.
  function perbaruiBawa() {
    document.querySelectorAll("a[data-bja-bawa-isian]").forEach((a) => {
      a.hash = new URLSearchParams([["templat", a.dataset.bjaBawaIsian], ...Object.entries(isianTerlihat())]).toString();
    });
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
    // A link made before a question that steers the form existed (e.g. one with net_diterima=...
    // but no "angka_diketahui"): the first answer that shows every field the link fills.
    const diisi = medan().filter((m) => keadaan.get(kunciDari(m)));
    medan().filter((m) => m.hasAttribute("data-hanya-formulir") && !keadaan.has(kunciDari(m))).forEach((m) => {
      const pilihan = [...m.querySelectorAll("option, input[type=radio]")].map((o) => o.value);
      const cocok = pilihan.find((v) => {
        setNilai(m, v);
        return diisi.every(terlihat);
      });
      setNilai(m, cocok ?? pilihan[0]);
    });
    return true;
  }

  function hitung() {
    clearTimeout(tunda);
    tunda = null;
    simpanKeadaan();
    if (mesin.keadaan !== "siap") return; // computed as soon as Python is ready
    nomor += 1;
    // The reader's today (this browser's clock, never sent anywhere): a deadline already past is warned of.
    const t = new Date();
    const hariIni = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
    mesin.pekerja.postMessage({ id: `${indeks}:${nomor}`, nama, masukan: masukanTerlihat(), hariIni });
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
      // Notes on answers that were accepted after a change (e.g. direction controls removed).
      (h.hasil.catatan_isian || []).forEach((c) => {
        const m = form.querySelector(`.bja-medan[data-kunci="${CSS.escape(c.kunci)}"]`);
        if (m) m.querySelector(".bja-galat").textContent = c.pesan;
      });
      hasil.innerHTML = h.html;
      segar = true;
      sumberContoh = false;
      perbaruiTanda();
      pasangUnduhan(h.hasil);
      perbaruiSekilasSemua();
      // The status line (role=status) announces the headline figures as a sentence, not the table.
      const utama = barisUtama().slice(0, 3).map((tr) => awalKecil(barisTeks(tr)));
      tulisStatus(utama.length ? `Hasil diperbarui: ${utama.join(", ")}.` : "Hasil diperbarui sesuai isian Anda.", "ok");
      wadah.dispatchEvent(new CustomEvent("bja:hasil", { detail: h.hasil }));
      return;
    }
    const umum = tampilkanGalat(h.kesalahan);
    // No file of the last good answer is offered while an answer is wrong: it would not be the reader's.
    hasil.querySelectorAll(".bja-unduhan").forEach((e) => e.remove());
    if (h.html) {
      hasil.innerHTML = h.html; // the answer for these inputs (e.g. a date no rule covers)
      segar = true;
      sumberContoh = false;
      perbaruiSekilasSemua();
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
        tulisMuat();
        tulisStatus("Mesin hitung siap. Hasil dihitung ulang setiap kali isian berubah.", "ok");
        // Inputs typed, restored or brought by a link while Python was loading are computed now.
        if (sibuk) hitung();
        perbaruiTanda();
        break;
      case "habis": {
        coba.hidden = false;
        const sisa = teksSisaUnduh(mesin.unduh);
        tulisStatus(
          `Mesin hitung belum siap setelah ${detik} detik, mungkin karena sambungan lambat. Pemuatannya tetap ` +
            "berjalan" + (sisa ? ` (masih perlu diunduh ${sisa})` : "") + ", dan hasil untuk isian Anda dihitung " +
            "begitu mesin siap. Hasil di bawah masih untuk isian contoh. Anda juga dapat memulai pemuatannya dari awal.",
          "galat",
        );
        tulisMuat();
        break;
      }
      case "unduh":
        tulisMuat();
        break;
      case "gagal":
        sibuk = false;
        perbaruiTanda();
        tulisMuat();
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
  perbaruiBawa();

  form.addEventListener("input", berubah);
  form.addEventListener("change", berubah);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    berubah();
  });
  perbaruiSekilasSemua();
  window.addEventListener("beforeprint", perbaruiCetak);
  let tundaGulir = 0;
  window.addEventListener("resize", () => {
    clearTimeout(tundaGulir);
    tundaGulir = setTimeout(tandaiGulir, 200);
  });
  sekilas?.addEventListener("click", (e) => {
    e.preventDefault(); // the fragment holds the page state: no jump by address
    hasil.scrollIntoView({ block: "start" });
    hasil.focus({ preventScroll: true });
  });

  // The buttons: under the form, and the output buttons above the result.
  wadah.addEventListener("click", async (e) => {
    const aksi = e.target.closest("[data-aksi]");
    if (!aksi) return;
    if (aksi.dataset.aksi === "cetak") {
      perbaruiCetak();
      window.print();
    }
    if (aksi.dataset.aksi === "ringkasan") {
      const teks = ringkasanTeks();
      if (await salinTeks(teks)) {
        tulisStatus("Ringkasan sudah disalin. Tempelkan di e-mail atau pesan Anda.", "ok");
      } else {
        tampilkanTeks(teks);
        tulisStatus("Peramban tidak mengizinkan penyalinan otomatis: ringkasannya ada di kotak di bawah, salin dari sana.", "");
      }
    }
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
  tulisMuat();
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
