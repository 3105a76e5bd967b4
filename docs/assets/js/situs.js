// Site-wide small behaviours for every page (no Python here). Framework-free.
// 1. Checklists (task lists) keep their ticks in this browser only (localStorage).
(function () {
  const kunci = "bja-centang:" + location.pathname;
  const kotak = [...document.querySelectorAll(".md-typeset .task-list-item input[type=checkbox]")];
  if (!kotak.length) return;
  let simpan = {};
  try { simpan = JSON.parse(localStorage.getItem(kunci) || "{}"); } catch (e) { simpan = {}; }
  kotak.forEach((k, i) => {
    k.disabled = false;
    const label = k.closest("li").textContent.trim().slice(0, 80);
    if (simpan[i] && simpan[i].t === label) k.checked = simpan[i].c;
    k.addEventListener("change", () => {
      simpan[i] = { c: k.checked, t: label };
      try { localStorage.setItem(kunci, JSON.stringify(simpan)); } catch (e) { /* private mode */ }
    });
  });
})();

// 2. A wide table or chart that scrolls sideways (the theme wraps tables in .md-typeset__scrollwrap)
//    can be focused and scrolled with the keyboard, and is announced by its caption (WCAG 2.1.1).
(function () {
  const pilih = ".md-typeset__scrollwrap, .bja-gambar-grafik, .bja-gulir, .bja-tabel-bungkus";
  function tandai() {
    document.querySelectorAll(pilih).forEach((el) => {
      if (el.scrollWidth <= el.clientWidth + 1 || el.hasAttribute("tabindex")) return;
      el.tabIndex = 0;
      el.setAttribute("role", "region");
      const judul = el.querySelector("caption, figcaption");
      el.setAttribute("aria-label", judul ? judul.textContent.trim().slice(0, 100) : "Tabel lebar; geser ke samping");
    });
  }
  let tertunda = 0;
  const nanti = () => { cancelAnimationFrame(tertunda); tertunda = requestAnimationFrame(tandai); };
  tandai();
  document.addEventListener("DOMContentLoaded", nanti);
  window.addEventListener("load", nanti);
  window.addEventListener("resize", nanti);
  new MutationObserver(nanti).observe(document.body, { childList: true, subtree: true });
})();

// 3. Offline use: a service worker keeps the pages and the calculators this reader has visited
//    (sw.js at the site root; how it stays consistent across builds is explained there).
(function () {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const akar = new URL("../../", document.currentScript.src);
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(new URL("sw.js", akar).href, { scope: akar.pathname, updateViaCache: "none" })
      .catch(() => { /* no offline copy; the site works as before */ });
  });
})();
