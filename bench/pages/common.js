// The same harness for every library: draw N charts (default 1) of 640×400 CSS px,
// mark when the first is drawn and the frame after, and offer resize cycles.
import { DATA } from "../dist/data.js";

export const W = 640, H = 400;
const n = Number(new URLSearchParams(location.search).get("n") || 1);

export async function run({ create, resize, memory = () => 0 }) {
  const handles = [];
  for (let i = 0; i < n; i++) {
    const box = document.createElement("div");
    box.style.cssText = `width:${W}px;height:${H}px`;
    document.body.append(box);
    handles.push(await create(box, DATA, W, H));
    if (i === 0) performance.mark("drawn");
  }
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark("painted");
    document.documentElement.dataset.done = "true";
  }));
  // Resize-and-redraw cycles, each finished (microtasks drained) before the next: widths
  // alternating, or (`grow`) growing one px at a time up to W.
  window.benchResize = async (cycles, grow = false) => {
    const t0 = performance.now();
    for (let i = 0; i < cycles; i++) {
      const w = grow ? W - cycles + i + 1 : i % 2 ? W : W - 40;
      handles[0].box.style.width = `${w}px`;
      resize(handles[0], w, H);
      await Promise.resolve();
    }
    return performance.now() - t0;
  };
  window.benchWasmBytes = memory;
}
