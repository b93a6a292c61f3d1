// A cost estimate's total as its amounts are typed, on top of a form that computes it on the server without this.
(() => {
  for (const table of document.querySelectorAll("table.line-items")) {
    const total = document.getElementById(table.dataset.total);
    const lang = document.documentElement.lang;
    const won = (n) => lang === "en" ? "₩" + n.toLocaleString("en-US") : n.toLocaleString("ko-KR") + "원";
    const update = () => {
      const sum = [...table.querySelectorAll("input.amount")]
        .map((input) => Number(input.value.replace(/[,원₩\s]/g, "")))
        .reduce((a, b) => a + (Number.isSafeInteger(b) && b > 0 ? b : 0), 0);
      total.textContent = won(sum);
    };
    table.addEventListener("input", update);
  }
})();
