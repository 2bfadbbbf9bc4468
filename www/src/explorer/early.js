// Blocks the first paint, and only for this: the page in the reader's language and theme, so
// an English reader never first sees the Chinese page and a dark screen never flashes white.
// The explorer itself (app.js) loads without blocking the paint.
import { early } from "./ui.js";

early();
