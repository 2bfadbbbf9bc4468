// When charts draw: within a time budget per task, once per frame however often they resize.

// Draws run one chart at a time until BUDGET ms of a task are used, so a page of twenty
// charts never blocks input for long: the rest wait for the next frames. The frame's commit
// of the new canvases joins the task that drew them: in headless Chromium, 8 ms of drawing
// plus the commit ran just over 50 ms in about one load in five; 4 ms, never in 20.
// A chart resized many times in a frame draws once. A chart whose core has just loaded
// draws in a task of its own: not the one that instantiated the core (the two together made
// one task of 50–126 ms in about half the loads of a one-chart page, issue 17), nor a
// frame's, whose commit of the new canvas would join the first draw and its fonts (twenty
// charts: a 51–70 ms task in every load, measured with bench/run.mjs).
const BUDGET = 4;
const dirty = new Set();
let pumping = false;
let soon = false;

/** Draws what is dirty until BUDGET ms of this task are used. */
function drawSome() {
  const end = performance.now() + BUDGET;
  for (const el of dirty) {
    if (performance.now() >= end) break;
    dirty.delete(el);
    el.draw();
  }
}
function pump() {
  drawSome();
  if (dirty.size) requestAnimationFrame(pump);
  else pumping = false;
}
/** Draws `el` in the next frame (once, however often it is asked). */
export function schedule(el) {
  dirty.add(el);
  if (!pumping) (pumping = true), requestAnimationFrame(pump);
}
/** Draws `el`, whose core has just loaded, in a task of its own (the rest in frames). */
export function scheduleSoon(el) {
  dirty.add(el);
  if (soon) return;
  soon = true;
  setTimeout(() => {
    soon = false;
    drawSome();
    if (dirty.size && !pumping) (pumping = true), requestAnimationFrame(pump);
  });
}

/** A chart leaving the page draws no more. */
export const unschedule = (el) => dirty.delete(el);
