// A slider over a subject's recorded moments, on top of the select that works without it: moving it picks the moment.
(() => {
  for (const slider of document.querySelectorAll("input.time-slider")) {
    const select = document.getElementById(slider.dataset.select);
    if (!select) continue;
    slider.hidden = false;
    slider.addEventListener("input", () => { select.selectedIndex = Number(slider.value); });
    slider.addEventListener("change", () => select.form.requestSubmit());
    select.addEventListener("change", () => { slider.value = String(select.selectedIndex); });
  }
})();
