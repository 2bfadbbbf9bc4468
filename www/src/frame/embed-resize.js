// For pages that embed Gansu Zones charts as iframes: sizes each iframe to the height its
// chart reports. Load once per page: <script src="…/www/embed-resize.js" async></script>.
// Only messages from one of the page's own Gansu Zones iframes, from that iframe's
// origin, are honoured; a frame sandboxed without allow-same-origin has the opaque
// origin "null", which is then the one expected. No globals: loading it twice only sets
// the same height twice.
(() => {
  addEventListener("message", (e) => {
    const h = e.data && e.data["gansu-zones-height"];
    if (typeof h !== "number" || !(h > 0 && h < 10000)) return;
    for (const frame of document.querySelectorAll("iframe[data-gansu-zones]")) {
      if (frame.contentWindow !== e.source) continue;
      const opaque = frame.hasAttribute("sandbox") && !frame.sandbox.contains("allow-same-origin");
      if ((opaque ? "null" : new URL(frame.src, location.href).origin) !== e.origin) return;
      frame.height = String(Math.ceil(h));
    }
  });
  // A frame that drew before this script arrived has already told its height: ask again.
  // The question carries nothing, so any origin (a sandboxed frame's is "null") may hear it.
  for (const frame of document.querySelectorAll("iframe[data-gansu-zones]")) {
    frame.contentWindow?.postMessage({ "gansu-zones-ask": true }, "*");
  }
})();
