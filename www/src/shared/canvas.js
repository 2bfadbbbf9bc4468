// How a page sizes a chart's canvas, within the limits the core sets (rules.js, generated
// from Rust): the explorer and the embed both use these.
import { SIZE, DPR } from "./rules.js";

/** A width in CSS px as the core draws it: whole, within SIZE. */
export const chartWidth = (px) => Math.max(SIZE[0], Math.min(SIZE[1], Math.round(px)));

/** The pixel ratio to draw at: the screen's, at least 1, at most the core's DPR. */
export const pixelRatio = () => Math.min(DPR[1], Math.max(1, devicePixelRatio || 1));
