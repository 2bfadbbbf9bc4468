// Draws with whichever build the page loaded (window.echarts).
import { run } from "./common.js";

await run({
  create(box, d, w, h) {
    const chart = echarts.init(box, null, { renderer: "canvas", width: w, height: h });
    chart.setOption({
      animation: false, title: { text: d.title }, grid: { left: 50, right: 20, top: 60, bottom: 40 },
      xAxis: { type: "category", data: d.labels }, yAxis: { type: "value", name: d.unit },
      series: [{ type: "bar", data: d.values, itemStyle: { color: "#0072b2" } }],
    });
    return { box, chart };
  },
  resize: (h, w, ht) => h.chart.resize({ width: w, height: ht }),
});
