// A typed use of the installed packages, checked by `tsc --noEmit` (strict) in
// tests/npm/run.mjs: the types say what each call takes and answers, and the misuses below
// must not compile (each `@ts-expect-error` fails the check if its line compiles).
import init, { Chart, charts, dataVersion, facts, series, zones, choices } from "gansu-zones";
import type { ChartInfo, ChartParams, Fact, MarkView, SeriesPoint, Zone } from "gansu-zones";
import initEmbed, { Chart as EmbedChart } from "gansu-zones-embed";
import type { MarkView as EmbedMarkView } from "gansu-zones-embed";

export async function example(canvas: HTMLCanvasElement): Promise<string[]> {
  await init();
  await initEmbed();
  const version: string = dataVersion();
  const list: ChartInfo[] = charts();
  const params: ChartParams = { period: 2024, lang: "en", zones: ["lanbai", "lanzhou-htz"] };
  const chart = new Chart(list[0].id, params);
  new Chart("gdp-by-zone", "period=2024&lang=en");
  new Chart("gdp-by-zone", { zones: "lanbai,lanzhou-htz", theme: "dark" });
  chart.draw(canvas, 640, chart.preferredHeight(640), devicePixelRatio);
  const i: number | undefined = chart.hit(100, 100);
  const out: string[] = [version];
  if (i !== undefined) {
    const m: MarkView = chart.mark(i);
    const width: number = m.x1 - m.x0;
    const formula: string | null = m.formula;
    out.push(m.full, m.status, m.sources[0].outlet, String(width), formula ?? "");
  }
  const points: SeriesPoint[] = series("lanzhou-htz", "gdp");
  const all: Fact[] = facts();
  const places: Zone[] = zones();
  out.push(points[0].label_en, String(all.length), places[0].kind);
  out.push(choices("gdp-by-zone", { lang: "en" }).zones[0].name);
  const small = new EmbedChart("tax", { lang: "zh" });
  const j = small.hit(1, 1);
  const e: EmbedMarkView | undefined = j === undefined ? undefined : small.mark(j);
  out.push(e?.label ?? "");

  // @ts-expect-error: hit() may answer undefined, which mark() does not take
  chart.mark(chart.hit(1, 1));
  // @ts-expect-error: no such parameter
  new Chart("gdp-by-zone", { colour: "red" });
  // @ts-expect-error: lang is "zh" or "en"
  new Chart("gdp-by-zone", { lang: "fr" });
  // @ts-expect-error: a mark has no field "price"
  out.push(chart.mark(0).price);
  // @ts-expect-error: the embed's package has no series()
  import("gansu-zones-embed").then((m) => m.series);
  return out;
}
