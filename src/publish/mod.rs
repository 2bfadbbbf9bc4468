//! What articles paste and what stands in when scripts are blocked: the snippets
//! ([`snippets`]) and the fallback images' views and file names ([`fallback`]).

pub mod fallback;
pub mod snippets;

pub use fallback::{fallback_file, fallback_views};
