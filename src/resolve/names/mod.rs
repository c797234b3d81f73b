//! Names: normalised keys, titles stripped from people's names, kinds guessed from
//! the words of a phrase, and the bodies a title or appositive ties a source to.
//! Pure string work; no tables beyond the word lists here.
//!
//! This file re-exports the parts: `keys.rs` (normalised keys and slugs),
//! `words.rs` (the words that mark bodies, outlets and official titles),
//! `parse.rs` (a name phrase read apart into name, title and kind),
//! `offices.rs` ("the RNC chair": an office of a named body) and
//! `countries.rs` (nationality adjectives and the country of an official
//! body).

mod countries;
mod keys;
mod offices;
mod parse;
mod words;

pub use countries::{collective_country, country_of_adjective};
pub use keys::{norm_key, slug};
pub use parse::{parse, ParsedName};
pub use words::{is_body_word, is_official_title};
