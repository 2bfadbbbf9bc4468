/* tslint:disable */
/* eslint-disable */

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
     * Source and note lines, as drawn in the footer.
     */
    footer(): string[];
    /**
     * The index of the mark under (x, y) in CSS pixels from the canvas's top left, or -1.
     */
    hit(x: number, y: number): number;
    /**
     * Everything about mark `i`: its box (after `draw`), value, status, formula, sources.
     */
    mark(i: number): any;
    /**
     * `new Chart("gdp-by-zone", "period=2024&lang=en")`. Throws an `Error` naming
     * an unknown chart, zone, indicator or parameter, and the valid ones.
     */
    constructor(id: string, params: string);
    /**
     * The height this chart needs at `width` CSS pixels.
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
     * Whether any mark is an estimate, target or derived value.
     */
    readonly hasNotes: boolean;
    readonly markCount: number;
}

/**
 * An article read by the finder, with the editor's changes and decisions.
 */
export class Finder {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The accepted rows: `{values, indicators, source, problems}`: lines for
     * `data/values.csv` and `data/indicators.csv`, a `data/sources.csv` line when the source
     * is new (`file`: the article's file name), and why rows were left out.
     */
    csv(file: string): any;
    /**
     * Accepts, rejects or resets row `i` (`accepted`, `rejected`, `pending`).
     */
    decide(i: number, decision: string): any;
    /**
     * `new Finder(text, sourceId, date)`: reads the article. `sourceId` is the source the
     * rows are filed under (a new id for a new article), `date` its date (`YYYY-MM-DD`;
     * empty: found in the text, or the known source's). Throws an `Error` saying what is
     * wrong with the text (empty, binary, too long, no figures).
     */
    constructor(text: string, source: string, date: string);
    /**
     * `{source, date, known_source, dropped, annotations, proposals: [...]}`.
     */
    report(): any;
    /**
     * Changes one field of row `i`; returns the row as `report()` shows it. Throws on an
     * unknown row or field, or a status or qualifier not in the vocabulary.
     */
    set(i: number, field: string, value: string): any;
    /**
     * The cleaned text every offset refers to.
     */
    text(): string;
}

/**
 * Every chart: `{id, title_zh, title_en, about, params}` (`params`: the ones it reads).
 */
export function charts(): any;

/**
 * For the explorer's controls: which parameters a chart reads, and the zones,
 * periods and indicators that have data for it.
 */
export function choices(chart_id: string, query: string): any;

/**
 * The whole dataset as tidy CSV (the same bytes as `gansu-zones csv`).
 */
export function csv(): string;

/**
 * The data version this build holds: the date `data/` last changed (`2026-11-21`).
 */
export function dataVersion(): string;

/**
 * A URL's query, read leniently for the explorer: `{chart, zones, indicator, period,
 * lang, theme, errors}`. Bad parts are dropped and described in `errors`, each
 * `{kind, id, message}` as a chart's errors are (`message` is for developers); an unknown
 * chart falls back to the first.
 */
export function explore(chart_id: string, query: string): any;

/**
 * Every value, typed and derived.
 */
export function facts(): any;

/**
 * The sources the finder can file rows under: `[{id, title_zh, title_en, date, seed}]`.
 */
export function findSources(): any;

/**
 * Reads raw file bytes as an article's text: UTF-8, not binary, not too long, not empty.
 * Throws an `Error` with the message for the editor.
 */
export function findText(bytes: Uint8Array | number[]): string;

/**
 * Every indicator: `{id, name_zh, name_en, unit, category, measure, basis, period_kind, evaluation}`.
 */
export function indicators(): any;

/**
 * The values of one indicator for one zone, oldest first. Throws an `Error`
 * naming the bad id and the valid ones.
 */
export function series(zone: string, indicator: string): any;

/**
 * The source articles: `{id, outlet_zh, outlet_en, title_zh, title_en, date, seed, note}`.
 */
export function sources(): any;

/**
 * Every place (zones, groups, parks, cities, the province): `{id, kind, name_zh, name_en,
 * short_zh, short_en, parent, city, note_zh, note_en}`; the note says what a name alone
 * could hide (兰白两区 is two programmes covering four zones).
 */
export function zones(): any;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly J: WebAssembly.Memory;
    readonly K: (a: number, b: number) => void;
    readonly L: (a: number, b: number) => void;
    readonly M: (a: number) => [number, number];
    readonly N: (a: number) => [number, number];
    readonly O: (a: number, b: any, c: number, d: number, e: number) => [number, number];
    readonly P: (a: number) => [number, number];
    readonly Q: (a: number) => [number, number];
    readonly R: (a: number) => [number, number];
    readonly S: (a: number) => number;
    readonly T: (a: number, b: number, c: number) => number;
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
    readonly fa: () => any;
    readonly ga: (a: number, b: number) => [number, number, number, number];
    readonly ha: (a: number, b: number, c: number) => any;
    readonly ia: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly ja: (a: number, b: number, c: number, d: number, e: number, f: number) => [number, number, number];
    readonly ka: (a: number) => any;
    readonly la: (a: number, b: number, c: number, d: number, e: number, f: number) => [number, number, number];
    readonly ma: (a: number) => [number, number];
    readonly na: () => [number, number, number];
    readonly oa: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly pa: () => [number, number, number];
    readonly qa: () => [number, number, number];
    readonly ta: (a: number, b: number) => number;
    readonly ua: (a: number, b: number, c: number, d: number) => number;
    readonly va: (a: number, b: number, c: number) => void;
    readonly wa: (a: number) => void;
    readonly xa: () => number;
    readonly ya: WebAssembly.Table;
    readonly za: (a: number) => void;
    readonly Aa: (a: number, b: number) => void;
    readonly Ba: () => void;
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
