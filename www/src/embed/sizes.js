// Heights a snippet reserves before the core loads (`heights="320:560,640:480"`).

/** Reads `heights="320:560,640:480"`: sorted [width, height] pairs, or throws. */
export function parseHeights(text) {
  const pairs = text.split(",").map((p) => p.trim()).filter(Boolean).map((p) => {
    const m = /^(\d{2,4}):(\d{2,4})$/.exec(p);
    if (!m) throw Object.assign(new Error(`heights: "${p}" is not width:height, e.g. 320:560,640:480`), { kind: "size" });
    return [Number(m[1]), Number(m[2])];
  });
  if (!pairs.length) throw Object.assign(new Error("heights: empty; expected width:height pairs, e.g. 320:560,640:480"), { kind: "size" });
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The hinted height at width `w`: linear between the nearest pairs, flat outside. */
export function hinted(pairs, w) {
  let [lo, hi] = [pairs[0], pairs[pairs.length - 1]];
  for (const p of pairs) {
    if (p[0] <= w) lo = p;
    if (p[0] >= w) { hi = p; break; }
  }
  if (hi[0] === lo[0]) return lo[1];
  return Math.round(lo[1] + ((hi[1] - lo[1]) * (w - lo[0])) / (hi[0] - lo[0]));
}
