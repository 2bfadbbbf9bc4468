// Gansu Zones: built by scripts/bundle.sh from www/src/explorer/early.js (read and edit that).
import{early as r}from"./ui.js";r();
