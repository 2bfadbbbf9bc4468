// Where the script was loaded from: the chart host's root, which the core and the sheet
// are fetched from. Read while the bundle runs (document.currentScript is set only then).

export const HERE = document.currentScript?.src;
if (!HERE) throw new Error("Gansu Zones: load embed.js with <script src> (it reads its own URL)");
export const ROOT = new URL("../", HERE);
export const SHEET = new URL("embed.css", HERE).href;
