//! Gansu Zones: the economy of Gansu's development zones as data and charts.
//!
//! The pipeline, a folder a step: [`dataset`] → [`figures`] (what a chart shows) →
//! [`render`] (where it goes: layout, paint) → [`publish`] (what articles paste).
//!
//! - [`dataset`]: every figure of the five source articles, with sources, and derived values;
//! - [`chart`]: the charts' registry: ids, parameters, errors, building and choices;
//! - [`figures`]: the figure model and one builder per family of charts;
//! - [`render`]: layout, text metrics, theme, painting on any plotters backend, SVG;
//! - [`publish`]: the snippets articles paste and their fallback images;
//! - `find` (finder feature): the figure finder, articles into proposed rows of data;
//! - [`format`]: numbers as people read them, in Chinese and English;
//! - [`words`]: the words the core and the pages' JS both show (table columns, punctuation);
//! - `web` (wasm only): the browser bindings.

// An embed one-chart module (feature `chart-ID` without `all-charts`) leaves the other
// charts' code unused: the linker drops it; the compiler need not warn of it.
#![cfg_attr(not(feature = "all-charts"), allow(dead_code, unused_imports))]

pub mod chart;
pub mod dataset;
pub mod figures;
#[cfg(feature = "finder")]
pub mod find;
pub mod format;
pub mod publish;
pub mod render;
mod sort;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod words;

pub use dataset::{Dataset, Fact, QueryError};
pub use format::Lang;

// Talc instead of std's dlmalloc: a smaller allocator for single-threaded wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
