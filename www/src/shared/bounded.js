// How long a page waits for something it loads (a core, a data file) before it gives up and
// shows its fallback, written once for the explorer and the embed.

// Generous: 15 s is the embed's ~75 KB over a 40 kbit/s link.
export const TIMEOUT = 15000;

/** `promise`, or a rejection naming `what` if it has not settled in TIMEOUT ms. */
export function bounded(promise, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${TIMEOUT / 1000} s`)), TIMEOUT);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
