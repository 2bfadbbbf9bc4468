/* tslint:disable */
/* eslint-disable */
export const J: WebAssembly.Memory;
export const K: (a: number, b: number) => void;
export const L: (a: number) => [number, number];
export const M: (a: number, b: any, c: number, d: number, e: number) => [number, number];
export const N: (a: number) => [number, number];
export const O: (a: number) => [number, number];
export const P: (a: number) => number;
export const Q: (a: number, b: number, c: number) => [number, number, number];
export const R: (a: number, b: number) => [number, number, number];
export const S: (a: number) => number;
export const T: (a: number, b: number, c: number, d: number) => [number, number, number];
export const U: (a: number, b: number) => number;
export const V: (a: number) => [number, number];
export const W: () => [number, number, number];
export const X: () => [number, number];
export const _: (a: number, b: number) => number;
export const $: (a: number, b: number, c: number, d: number) => number;
export const aa: (a: number, b: number, c: number) => void;
export const ba: (a: number) => void;
export const ca: () => number;
export const da: WebAssembly.Table;
export const ea: (a: number) => void;
export const fa: (a: number, b: number) => void;
export const ga: () => void;
