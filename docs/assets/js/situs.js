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
