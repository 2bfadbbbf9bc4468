// Draws with whichever build the page loaded (window.Chart).
import { run } from "./common.js";

await run({
  create(box, d, w, h) {
    const canvas = document.createElement("canvas");
    box.append(canvas);
    const chart = new Chart(canvas, {
      type: "bar",
      data: { labels: d.labels, datasets: [{ data: d.values, backgroundColor: "#0072b2" }] },
      options: { animation: false, responsive: false, maintainAspectRatio: false, events: [],
        plugins: { title: { display: true, text: d.title }, legend: { display: false } },
        scales: { y: { title: { display: true, text: d.unit } } } },
    });
    chart.resize(w, h);
    return { box, chart };
  },
  resize: (h, w, ht) => h.chart.resize(w, ht),
});
