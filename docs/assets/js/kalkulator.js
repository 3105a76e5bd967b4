// Calculator pages: the one custom script of the site (framework-free).
// The form, the wording and the build-time result come from the page; every figure comes from
// the Python package running in a module Web Worker (pekerja.mjs). Nothing leaves the browser.
const skrip = document.currentScript || document.querySelector("script[data-pekerja]");
const BATAS_WAKTU_MS = 60000;

function urlDari(atribut) {
  return new URL(skrip.getAttribute(atribut), document.baseURI).href;
}

function mulaiPekerja() {
  const url = new URL(urlDari("data-pekerja"));
  url.searchParams.set("pyodide", urlDari("data-pyodide"));
  for (const roda of skrip.getAttribute("data-roda").split(" ")) url.searchParams.append("roda", new URL(roda, document.baseURI).href);
  // The snapshot costs ~5 MB more on a first visit and saves Python's start-up (seconds of CPU).
  // A reader who asked the browser to save data gets the smaller download instead.
  const hemat = navigator.connection && navigator.connection.saveData;
  if (skrip.getAttribute("data-potret") && !hemat) url.searchParams.set("potret", urlDari("data-potret"));
  return new Worker(url.href, { type: "module" });
}

function pasang(wadah, pekerja, indeks) {
  const nama = wadah.dataset.kalkulator;
  const form = wadah.querySelector("form");
  const status = wadah.querySelector(".bja-status");
  const hasil = wadah.querySelector(".bja-hasil");
  const contoh = JSON.parse(wadah.dataset.contoh || "{}");
  let siap = false;
  let gagal = false;
  let nomor = 0;
  let tunda = null;
  let menunggu = false;

  const medan = () => [...form.querySelectorAll(".bja-medan")];
  const kunciDari = (m) => m.dataset.kunci;

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

  function simpanKeURL() {
    const url = new URL(location.href);
    url.search = "";
    Object.entries(masukanTerlihat()).forEach(([k, v]) => url.searchParams.set(k, v));
    history.replaceState(null, "", url.href);
  }

  function hitung() {
    simpanKeURL();
    if (gagal) return;
    if (!siap) {
      menunggu = true;
      return;
    }
    nomor += 1;
    pekerja.postMessage({ id: `${indeks}:${nomor}`, nama, masukan: masukanTerlihat() });
  }

  function jadwalkan() {
    clearTimeout(tunda);
    tunda = setTimeout(hitung, 120);
  }

  function terima(pesan) {
    if (pesan.id !== `${indeks}:${nomor}`) return; // an older answer: a newer question is on its way
    const h = pesan.hasil;
    if (h.ok) {
      if (!performance.getEntriesByName("bja:hasil-pertama").length) performance.mark("bja:hasil-pertama");
      tampilkanGalat([]);
      hasil.innerHTML = h.html;
      hasil.dataset.basi = "";
      pasangUnduhan(h.hasil);
      // The status line (role=status) announces the headline figures, not the whole table.
      const utama = [...hasil.querySelectorAll(".bja-utama")]
        .map((tr) => tr.textContent.replace(/\s+/g, " ").trim()).slice(0, 3).join("; ");
      tulisStatus(utama ? `Hasil diperbarui: ${utama}.` : "Hasil diperbarui sesuai isian Anda.", "ok");
      wadah.dispatchEvent(new CustomEvent("bja:hasil", { detail: h.hasil }));
      return;
    }
    const umum = tampilkanGalat(h.kesalahan);
    if (h.html) hasil.innerHTML = h.html;
    else hasil.dataset.basi = "ya";
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

  // Values from a shared link fill the form before the first computation.
  // A shared link describes the whole form: fields it leaves out start empty, not with the example.
  const dariURL = new URL(location.href).searchParams;
  const adaIsianURL = medan().some((m) => dariURL.has(kunciDari(m)));
  medan().forEach((m) => {
    const k = kunciDari(m);
    if (dariURL.has(k)) setNilai(m, dariURL.get(k));
    else if (adaIsianURL && m.querySelector("input[type=text], textarea")) setNilai(m, "");
  });
  if ([...dariURL.keys()].some((k) => form.querySelector(`.bja-medan[data-kunci="${CSS.escape(k)}"]`))) {
    menunggu = true;
    hasil.dataset.basi = "ya";
  }

  form.addEventListener("input", jadwalkan);
  form.addEventListener("change", jadwalkan);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    hitung();
  });
  form.addEventListener("click", async (e) => {
    const aksi = e.target.closest("[data-aksi]");
    if (!aksi) return;
    if (aksi.dataset.aksi === "cetak") window.print();
    if (aksi.dataset.aksi === "ulang") {
      medan().forEach((m) => setNilai(m, contoh[kunciDari(m)] ?? ""));
      hitung();
    }
    if (aksi.dataset.aksi === "salin") {
      simpanKeURL();
      try {
        await navigator.clipboard.writeText(location.href);
        tulisStatus("Tautan ke hasil ini sudah disalin.", "ok");
      } catch {
        tulisStatus(`Salin tautan ini: ${location.href}`, "");
      }
    }
  });

  const waktuHabis = setTimeout(() => {
    if (siap) return;
    gagal = true;
    tulisStatus(
      "Mesin hitung tidak bisa dimuat dalam 60 detik. Hasil di bawah tetap benar untuk isian contoh; " +
        "muat ulang halaman untuk mencoba lagi.",
      "galat",
    );
  }, BATAS_WAKTU_MS);

  pekerja.addEventListener("message", (ev) => {
    const pesan = ev.data;
    if (pesan.jenis === "siap") {
      if (gagal) return;
      siap = true;
      performance.mark("bja:siap");
      clearTimeout(waktuHabis);
      wadah.dataset.siap = "ya";
      wadah.dataset.potret = pesan.potret ? "ya" : "tidak";
      tulisStatus("Mesin hitung siap. Hasil dihitung ulang setiap kali isian berubah.", "ok");
      if (menunggu) hitung();
      // On a first visit the worker started before the service worker took over: ask it to keep
      // the runtime now (mostly from the browser's HTTP cache), so the next visit works offline.
      const simpan = pesan.potret ? "simpan-runtime" : "simpan-runtime-tanpa-potret";
      if (navigator.serviceWorker) navigator.serviceWorker.ready.then((r) => r.active?.postMessage(simpan));
    } else if (pesan.jenis === "hasil") {
      terima(pesan);
    } else if (pesan.jenis === "gagal" || pesan.jenis === "galat") {
      if (pesan.jenis === "gagal") {
        gagal = true;
        clearTimeout(waktuHabis);
      }
      tulisStatus(
        "Mesin hitung mengalami gangguan, jadi hasil tidak diperbarui. Hasil contoh tetap benar; " +
          "muat ulang halaman untuk mencoba lagi.",
        "galat",
      );
      console.warn("Kalkulator:", pesan.pesan);
    }
  });
  pekerja.addEventListener("error", () => {
    gagal = true;
    tulisStatus("Mesin hitung tidak bisa dijalankan di peramban ini. Hasil contoh di bawah tetap benar.", "galat");
  });
}

// Start Python at once (this module runs from the head, before the page is parsed); attach the
// forms when the document is ready. Messages that arrive before that are kept and replayed.
performance.mark("bja:pekerja-dibuat");
const pekerja = mulaiPekerja();
const antrean = [];
const tampung = (ev) => antrean.push(ev.data);
pekerja.addEventListener("message", tampung);

function pasangSemua() {
  document.querySelectorAll(".bja-kalkulator").forEach((w, i) => pasang(w, pekerja, i));
  pekerja.removeEventListener("message", tampung);
  antrean.splice(0).forEach((data) => pekerja.dispatchEvent(new MessageEvent("message", { data })));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", pasangSemua);
else pasangSemua();
