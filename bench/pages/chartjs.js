// Draws with whichever build the page loaded (window.Chart). The build matched to our
// features (`data-features` on its page) also shows them: a subtitle, the legend of the
// bars' status, and tooltips on hover, as ours does.
import { run } from "./common.js";

const rich = "features" in document.documentElement.dataset;

await run({
  create(box, d, w, h) {
    const canvas = document.createElement("canvas");
    box.append(canvas);
    const chart = new Chart(canvas, {
      type: "bar",
      data: { labels: d.labels, datasets: [{ label: d.status, data: d.values, backgroundColor: "#0072b2" }] },
      options: { animation: false, responsive: false, maintainAspectRatio: false, ...(rich ? {} : { events: [] }),
        plugins: { title: { display: true, text: d.title }, subtitle: { display: rich, text: d.subtitle }, legend: { display: rich } },
        scales: { y: { title: { display: true, text: d.unit } } } },
    });
    chart.resize(w, h);
    return { box, chart };
  },
  resize: (h, w, ht) => h.chart.resize(w, ht),
});
