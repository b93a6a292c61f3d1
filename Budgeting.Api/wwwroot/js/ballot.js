// The ballot's running total, on top of a form that works without it: what is chosen, what it costs, what is left.
(() => {
  const form = document.getElementById("ballot");
  const total = document.getElementById("ballot-total");
  if (!form || !total) return;
  const approval = form.dataset.kind === "Approval";
  const maxProjects = Number(form.dataset.maxProjects) || null;
  const costLimit = Number(form.dataset.costLimit) || null;
  const points = Number(form.dataset.points) || null;
  const live = document.createElement("p");
  live.className = "running-total";
  total.prepend(live);
  const lang = document.documentElement.lang;
  const won = (n) => lang === "en" ? "₩" + n.toLocaleString("en-US") : n.toLocaleString("ko-KR") + "원";
  const text = {
    ko: {
      approval: (n, cost) => `${n}개 선택${maxProjects ? ` (최대 ${maxProjects}개)` : ""} · 합계 ${won(cost)}` +
        (costLimit ? ` · 남은 한도 ${won(costLimit - cost)}` : ""),
      cumulative: (used) => `${used}점 사용` + (points ? ` · 남은 점수 ${points - used}점` : ""),
    },
    en: {
      approval: (n, cost) => `${n} chosen${maxProjects ? ` (at most ${maxProjects})` : ""} · total ${won(cost)}` +
        (costLimit ? ` · ${won(costLimit - cost)} left` : ""),
      cumulative: (used) => `${used} points used` + (points ? ` · ${points - used} left` : ""),
    },
  }[lang === "en" ? "en" : "ko"];
  const update = () => {
    if (approval) {
      const chosen = [...form.querySelectorAll("input[type=checkbox]:checked")];
      const cost = chosen.reduce((sum, box) => sum + Number(box.dataset.cost || 0), 0);
      live.textContent = text.approval(chosen.length, cost);
    } else {
      const used = [...form.querySelectorAll("input.points")].reduce((sum, box) => sum + (Number(box.value) || 0), 0);
      live.textContent = text.cumulative(used);
    }
  };
  form.addEventListener("input", update);
  update();
})();
