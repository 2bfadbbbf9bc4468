/* tslint:disable */
/* eslint-disable */

/** A chart's parameters, as an object; the same as the query string `"zones=a,b&period=2024&lang=en"`. */
export interface ChartParams {
    /** Zone ids (`"lanbai,lanzhou-htz"` or `["lanbai", "lanzhou-htz"]`); none: the chart's default. */
    zones?: string | readonly string[];
    /** An indicator id, for the charts that read one (`ChartInfo.params`). */
    indicator?: string;
    /** A year (`2024`) or a span (`"2021-2025"`). */
    period?: number | string;
    lang?: "zh" | "en";
    theme?: "light" | "dark";
    /** The data version this build holds (`dataVersion()`), for a frozen embed's footer. */
    version?: string;
}

/** One chart of `charts()`. */
export interface ChartInfo {
    id: string;
    title_zh: string;
    title_en: string;
    /** One line on what it shows (in `gansu-zones`, not in the embed's package). */
    about?: string;
    /** The parameters it reads besides `lang` and `theme`. */
    params: string[];
}

/** An article a value was read from, in the chart's language. */
export interface MarkSource {
    id: string;
    outlet: string;
    title: string;
    /** `YYYY-MM-DD` */
    date: string;
    /** As the chart's footer cites it: 新甘肃《标题》2025-02, or Outlet, “Title”, 2025-02. */
    cite: string;
}

/** The status of a value. */
export type Status = "reported" | "estimate" | "target" | "derived";

/** Everything about one mark of a chart (`chart.mark(i)`): its box, value and sources. */
export interface MarkView {
    index: number;
    /** The mark's box in CSS px from the canvas's top left, after `draw` (0 before). */
    x0: number;
    y0: number;
    x1: number;
    y1: number;
    category: string;
    series: string;
    zone: string;
    zone_name: string;
    indicator: string;
    indicator_name: string;
    /** `"2024"`, `"2021-2025"` or `""`. */
    period: string;
    /** When the value holds, by its kind of period (`"2021–2025年年均"`). */
    when: string;
    /** In the unit `unit`: yuan for money, percent numbers for ratios. */
    value: number;
    unit: string;
    /** As drawn on the chart (`"176.25亿元"`). */
    label: string;
    /** As the tooltip writes it. */
    full: string;
    status: Status;
    status_name: string;
    /** A derived value's computation; `null` for values read from an article. */
    formula: string | null;
    /** The range its inputs' rounding allows; `null` where there is none. */
    range: string | null;
    notes: string;
    /** The article's own words (`""` for derived values). */
    quote: string;
    sources: MarkSource[];
}



/** A value of the dataset (`facts()`), typed from an article or derived from such values. */
export interface Fact {
    zone: string;
    indicator: string;
    /** `"2024"`, `"2021-2025"` or `""`. */
    period: string;
    /** In the unit `unit`: yuan for money, percent numbers for ratios. */
    value: number;
    unit: string;
    status: Status;
    /** `""`, `"over"`, `"about"`, `"under"` or `"class"`. */
    qualifier: string;
    label_zh: string;
    label_en: string;
    full_zh: string;
    full_en: string;
    /** A derived value's computation; `null` for values read from an article. */
    formula_zh: string | null;
    formula_en: string | null;
    /** Article ids (`sources()`). */
    sources: string[];
    /** The article's own words (`""` for derived values). */
    quote: string;
}

/** One value of `series(zone, indicator)`, oldest first. */
export type SeriesPoint = Fact;

/** A place of `zones()`: the province, a city, a zone, a group of zones, a park. */
export interface Zone {
    id: string;
    name_zh: string;
    name_en: string;
    short_zh: string;
    short_en: string;
    parent: string | null;
    kind: "province" | "city" | "city-group" | "zone" | "zone-group" | "park";
    city: string | null;
    note_zh: string;
    note_en: string;
}

/** An indicator of `indicators()`. */
export interface Indicator {
    id: string;
    name_zh: string;
    name_en: string;
    unit: string;
    category: string;
    measure: string;
    basis: string;
    period_kind: string;
    evaluation: string;
}

/** A source article of `sources()`. */
export interface Source {
    id: string;
    outlet_zh: string;
    outlet_en: string;
    title_zh: string;
    title_en: string;
    date: string;
    /** As the charts cite it, in each language. */
    cite_zh: string;
    cite_en: string;
    seed: string;
    note: string;
}

/** A problem `explore()` dropped from a query. */
export interface QueryProblem {
    kind: string;
    id: string;
    message: string;
}

/** A URL's query read leniently (`explore(chart, query)`). */
export interface ExploreState {
    chart: string;
    zones: string[];
    indicator: string | null;
    period: string | null;
    lang: "zh" | "en";
    theme: "light" | "dark";
    errors: QueryProblem[];
}

/** An id with its name in the chart's language. */
export interface Named {
    id: string;
    name: string;
}

/** What the explorer's controls offer for a chart (`choices(chart, params)`). */
export interface Choices {
    params: string[];
    zones: Named[];
    periods: string[];
    indicators: Named[];
}



/**
 * A chart bound to its data: draws on a canvas at any size and pixel ratio,
 * and answers which mark lies under a point.
 */
export class Chart {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The chart's data as CSV (same columns as the whole dataset).
     */
    csv(): string;
    /**
     * A text description for screen readers: what it shows, extremes, trend.
     */
    description(): string;
    /**
     * Draws at `width` × `height` CSS pixels with `dpr` device pixels per CSS pixel, in
     * the canvas's top-left corner: everything is scaled, so text and lines are sharp on
     * high-DPI screens. The canvas's CSS size is set to its bitmap's (one bitmap pixel per
     * device pixel), which can be larger than the chart: a bitmap up to 1.5 times the size
     * needed each way is kept, and the page clips the canvas to `width` × `height`.
     * Setting a canvas's size drops its bitmap, and allocating the next one was most of a
     * redraw at a new width (1.6 of 2.8 ms at 640 × 400 px, ratio 2).
     */
    draw(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): void;
    /**
     * The name of this view's fallback SVG in `pkg/fallback/`, if the build renders one
     * (views with the chart's default zones); `undefined` otherwise.
     */
    fallbackFile(): string | undefined;
    /**
     * Source and note lines, as drawn in the footer. (The explorer's API only: the embed
     * draws them and never reads them, and its bytes are budgeted.)
     */
    footer(): string[];
    /**
     * The index of the mark under (x, y) in CSS pixels from the canvas's top left;
     * `undefined` where there is none (and before the first `draw`).
     */
    hit(x: number, y: number): number | undefined;
    /**
     * Everything about mark `i`: its box (after `draw`), value, status, formula, sources.
     * Throws for an index that is not one of `0 … markCount - 1` (`undefined` included:
     * check what `hit` returns before asking for its mark).
     */
    mark(i: number): MarkView;
    /**
     * `new Chart("gdp-by-zone", "period=2024&lang=en")` or
     * `new Chart("gdp-by-zone", {period: 2024, lang: "en"})`. Throws an `Error` naming
     * an unknown chart, zone, indicator or parameter, and the valid ones. The glue writes an
     * object as the query string it stands for, and any other value with `String()`
     * (`scripts/npm-package.mjs`: a tenth of the bytes in JS), so both forms get the same
     * checks and the same messages from the one parser.
     */
    constructor(id: string, params?: string | ChartParams);
    /**
     * The height this chart needs at `width` CSS pixels, whole, within `render::PREFERRED`
     * (200–1600): pages use it as it is (`render::page_height`, which snippets reserve too).
     */
    preferredHeight(width: number): number;
    /**
     * The snippet an article pastes for this view: the `<gansu-zones-chart>` element with
     * its `<noscript>` fallback or, with `iframe`, the iframe. `base` is the site's root
     * URL; `frozen` pins this build's data version; `theme` is `light` (the default),
     * `dark` or `auto` (follows the reader's dark mode).
     */
    snippet(base: string, iframe: boolean, frozen: boolean, theme: string): string;
    /**
     * The chart as a standalone SVG (the same drawing, through plotters' SVG backend).
     */
    svg(width: number, height: number): string;
    title(): string;
    /**
     * Whether the chart has nothing to show (its message is drawn in place).
     */
    readonly empty: string | undefined;
    /**
     * Whether any mark is an estimate, target or derived value. (The explorer's API only.)
     */
    readonly hasNotes: boolean;
    readonly markCount: number;
}

/**
 * Every chart: `{id, title_zh, title_en, about, params}` (`params`: the ones it reads;
 * `about` in the explorer's build only).
 */
export function charts(): ChartInfo[];

/**
 * For the explorer's controls: which parameters a chart reads, and the zones,
 * periods and indicators that have data for it.
 */
export function choices(chart_id: string, params?: string | ChartParams): Choices;

/**
 * The whole dataset as tidy CSV (the same bytes as `gansu-zones csv`).
 */
export function csv(): string;

/**
 * The data version this core holds (given so far, for the embed's): the date `data/` last changed (`2026-11-21`).
 */
export function dataVersion(): string;

/**
 * A URL's query, read leniently for the explorer: `{chart, zones, indicator, period,
 * lang, theme, errors}`. Bad parts are dropped and described in `errors`, each
 * `{kind, id, message}` as a chart's errors are (`message` is for developers); an unknown
 * chart falls back to the first.
 */
export function explore(chart_id: string, query: string): ExploreState;

/**
 * Every value, typed and derived.
 */
export function facts(): Fact[];

/**
 * Every indicator: `{id, name_zh, name_en, unit, category, measure, basis, period_kind, evaluation}`.
 */
export function indicators(): Indicator[];

/**
 * Gives the core data: a data file or one view's part of it (`data/all.txt`,
 * `data/gdp-by-zone.txt` beside the core). Parts add up; charts built afterwards see all
 * of them. Throws on a malformed text or another data version, and keeps what it had.
 */
export function loadData(text: string): void;

/**
 * The values of one indicator for one zone, oldest first. Throws an `Error`
 * naming the bad id and the valid ones.
 */
export function series(zone: string, indicator: string): SeriesPoint[];

/**
 * The source articles: `{id, outlet_zh, outlet_en, title_zh, title_en, date, seed, note}`.
 */
export function sources(): Source[];

/**
 * Every place (zones, groups, parks, cities, the province): `{id, kind, name_zh, name_en,
 * short_zh, short_en, parent, city, note_zh, note_en}`; the note says what a name alone
 * could hide (兰白两区 is two programmes covering four zones).
 */
export function zones(): Zone[];

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly K: WebAssembly.Memory;
    readonly L: (a: number, b: number) => void;
    readonly M: (a: number) => [number, number];
    readonly N: (a: number) => [number, number];
    readonly O: (a: number, b: any, c: number, d: number, e: number) => [number, number];
    readonly P: (a: number) => [number, number];
    readonly Q: (a: number) => [number, number];
    readonly R: (a: number) => [number, number];
    readonly S: (a: number) => number;
    readonly T: (a: number, b: number, c: number) => [number, number, number];
    readonly U: (a: number, b: number) => [number, number, number];
    readonly V: (a: number) => number;
    readonly W: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly X: (a: number, b: number) => number;
    readonly Y: (a: number, b: number, c: number, d: number, e: number, f: number, g: number) => [number, number, number, number];
    readonly Z: (a: number, b: number, c: number) => [number, number, number, number];
    readonly _: (a: number) => [number, number];
    readonly $: () => [number, number, number];
    readonly aa: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly ba: () => [number, number];
    readonly ca: () => [number, number];
    readonly da: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly ea: () => [number, number, number];
    readonly fa: () => [number, number, number];
    readonly ga: (a: number, b: number) => [number, number];
    readonly ha: (a: any, b: any) => [number, number, number];
    readonly ia: () => [number, number, number];
    readonly ja: () => [number, number, number];
    readonly ma: (a: number, b: number) => number;
    readonly na: (a: number, b: number, c: number, d: number) => number;
    readonly oa: (a: number, b: number, c: number) => void;
    readonly pa: (a: number) => void;
    readonly qa: () => number;
    readonly ra: WebAssembly.Table;
    readonly sa: (a: number) => void;
    readonly ta: (a: number, b: number) => void;
    readonly ua: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
