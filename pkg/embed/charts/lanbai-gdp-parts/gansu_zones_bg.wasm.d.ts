/* tslint:disable */
/* eslint-disable */
export const J: WebAssembly.Memory;
export const K: (a: number, b: number) => void;
export const L: (a: number) => [number, number];
export const M: (a: number, b: any, c: number, d: number, e: number) => [number, number];
export const N: (a: number) => [number, number];
export const O: (a: number, b: number, c: number) => [number, number, number];
export const P: (a: number, b: number) => [number, number, number];
export const Q: (a: number) => number;
export const R: (a: number, b: number, c: number, d: number) => [number, number, number];
export const S: (a: number, b: number) => number;
export const T: (a: number) => [number, number];
export const U: () => [number, number, number];
export const V: () => [number, number];
export const W: (a: number, b: number) => [number, number];
export const Z: (a: number, b: number) => number;
export const _: (a: number, b: number, c: number, d: number) => number;
export const $: (a: number, b: number, c: number) => void;
export const aa: (a: number) => void;
export const ba: () => number;
export const ca: WebAssembly.Table;
export const da: (a: number) => void;
export const ea: () => void;
