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
 * Every chart: `{id, title_zh, title_en, about, params}` (`params`: the ones it reads).
 */
export function charts(): any;

/**
 * The data version this build holds: the date `data/` last changed (`2026-11-21`).
 */
export function dataVersion(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly J: WebAssembly.Memory;
    readonly K: (a: number, b: number) => void;
    readonly L: (a: number) => [number, number];
    readonly M: (a: number, b: any, c: number, d: number, e: number) => [number, number];
    readonly N: (a: number) => [number, number];
    readonly O: (a: number) => [number, number];
    readonly P: (a: number) => number;
    readonly Q: (a: number, b: number, c: number) => number;
    readonly R: (a: number, b: number) => [number, number, number];
    readonly S: (a: number) => number;
    readonly T: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly U: (a: number, b: number) => number;
    readonly V: (a: number) => [number, number];
    readonly W: () => [number, number, number];
    readonly X: () => [number, number];
    readonly _: (a: number, b: number) => number;
    readonly $: (a: number, b: number, c: number, d: number) => number;
    readonly aa: (a: number, b: number, c: number) => void;
    readonly ba: (a: number) => void;
    readonly ca: () => number;
    readonly da: WebAssembly.Table;
    readonly ea: (a: number) => void;
    readonly fa: (a: number, b: number) => void;
    readonly ga: () => void;
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
