/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const __wbg_chart_free: (a: number, b: number) => void;
export const chart_description: (a: number) => [number, number];
export const chart_draw: (a: number, b: any, c: number, d: number, e: number) => [number, number];
export const chart_empty: (a: number) => [number, number];
export const chart_footer: (a: number) => [number, number];
export const chart_hasNotes: (a: number) => number;
export const chart_hit: (a: number, b: number, c: number) => number;
export const chart_mark: (a: number, b: number) => [number, number, number];
export const chart_markCount: (a: number) => number;
export const chart_new: (a: number, b: number, c: number, d: number) => [number, number, number];
export const chart_preferredHeight: (a: number, b: number) => number;
export const chart_title: (a: number) => [number, number];
export const charts: () => [number, number, number];
export const dataVersion: () => [number, number];
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __wbindgen_exn_store: (a: number) => void;
export const __externref_table_alloc: () => number;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __externref_table_dealloc: (a: number) => void;
export const __externref_drop_slice: (a: number, b: number) => void;
export const __wbindgen_start: () => void;
