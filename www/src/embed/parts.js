// Which data file a chart reads beside the core: plain rules, no DOM (tests import it).

/** The data part a view reads (`gdp-by-zone.period-2024.txt`): the build writes one per view
 *  the explorer offers and one per chart's default view, named as Rust's
 *  `publish::data::part_file` names them (tests/e2e/embed.mjs checks that every view with a
 *  fallback image finds its part). A chart with its own zones, or any value a file name
 *  cannot hold, reads the whole file. */
export function part(chart, zones, period, indicator) {
  const ok = (s) => /^[a-z0-9_-]+$/.test(s);
  if (zones || !ok(chart) || (indicator && !ok(indicator)) || (period && !ok(period))) return "all.txt";
  return `${chart}${indicator ? `.indicator-${indicator}` : ""}${period ? `.period-${period}` : ""}.txt`;
}
