//! Gansu Zones: the economy of Gansu's development zones as data and charts.
//!
//! - [`dataset`]: every figure of the five source articles, with sources, and derived values;
//! - [`chart`]: the charts, drawn on any plotters backend;
//! - [`embed`]: the snippets articles paste;
//! - `find` (finder feature): the figure finder, articles into proposed rows of data;
//! - [`format`]: numbers as people read them, in Chinese and English;
//! - `web` (wasm only): the browser bindings.

pub mod chart;
pub mod dataset;
pub mod embed;
#[cfg(feature = "finder")]
pub mod find;
pub mod format;
mod sort;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use dataset::{Dataset, Fact, QueryError};
pub use format::Lang;

// Talc instead of std's dlmalloc: a smaller allocator for single-threaded wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
