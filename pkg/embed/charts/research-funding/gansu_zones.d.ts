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



/**
 * A chart bound to its data: draws on a canvas at any size and pixel ratio,
 * and answers which mark lies under a point.
 */
export class Chart {
    free(): void;
    [Symbol.dispose](): void;
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
    title(): string;
    /**
     * Whether the chart has nothing to show (its message is drawn in place).
     */
    readonly empty: string | undefined;
    readonly markCount: number;
}

/**
 * Every chart: `{id, title_zh, title_en, about, params}` (`params`: the ones it reads;
 * `about` in the explorer's build only).
 */
export function charts(): ChartInfo[];

/**
 * The data version this core holds (given so far, for the embed's): the date `data/` last changed (`2026-11-21`).
 */
export function dataVersion(): string;

/**
 * Gives the core data: a data file or one view's part of it (`data/all.txt`,
 * `data/gdp-by-zone.txt` beside the core). Parts add up; charts built afterwards see all
 * of them. Throws on a malformed text or another data version, and keeps what it had.
 */
export function loadData(text: string): void;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly J: WebAssembly.Memory;
    readonly K: (a: number, b: number) => void;
    readonly L: (a: number) => [number, number];
    readonly M: (a: number, b: any, c: number, d: number, e: number) => [number, number];
    readonly N: (a: number) => [number, number];
    readonly O: (a: number, b: number, c: number) => [number, number, number];
    readonly P: (a: number, b: number) => [number, number, number];
    readonly Q: (a: number) => number;
    readonly R: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly S: (a: number, b: number) => number;
    readonly T: (a: number) => [number, number];
    readonly U: () => [number, number, number];
    readonly V: () => [number, number];
    readonly W: (a: number, b: number) => [number, number];
    readonly Z: (a: number, b: number) => number;
    readonly _: (a: number, b: number, c: number, d: number) => number;
    readonly $: (a: number, b: number, c: number) => void;
    readonly aa: (a: number) => void;
    readonly ba: () => number;
    readonly ca: WebAssembly.Table;
    readonly da: (a: number) => void;
    readonly ea: () => void;
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
