//! What articles paste and what stands in when scripts are blocked: the snippets
//! ([`snippets`]) and the fallback images' views and file names ([`fallback`]); and the
//! rules the pages' JS reads from the core, as a module the build writes ([`js`]).

#[cfg(feature = "explorer")]
pub mod data;
pub mod fallback;
pub mod js;
pub mod snippets;

pub use fallback::{fallback_file, fallback_views};
