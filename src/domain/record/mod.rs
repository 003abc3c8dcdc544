//! One home for what is stored: how each stored type is read, written and
//! merged, and what came from a pasted email.
//!
//! The stored types themselves are declared where they mean something (the
//! answers in `model`, the record in `draft`); each lists its fields once,
//! in `stored!`, which gives it its reader, its writer and its three-way
//! merge, and stored enums are declared through `stored_enum!` with their
//! words. Every generated piece destructures the struct without `..`, so a
//! new field does not compile until all three handle it. Nothing here
//! names a type of the model, so the model depends on this module and never
//! the reverse.

mod from_email;
pub(crate) mod json;
mod merge;
pub(crate) mod read;
pub(crate) mod word;

pub use from_email::{Answer, Filled, FromEmail};
pub(crate) use merge::merge_fields;
pub use merge::{Entry, Merge};
pub use word::Word;

/// The reader (missing fields start from the struct's `Default`), the
/// writer (in this order, `unless` leaving a field out) and the merge of a
/// stored struct, from one list of its fields.
///
/// ```ignore
/// stored!(CheckIns { choice, dates, update });
/// ```
macro_rules! stored {
    ($t:ident { $($field:ident $(unless $skip:path)?),* $(,)? }) => {
        $crate::domain::record::json::read_with_defaults!($t { $($field),* });
        $crate::domain::record::json::write_in_order!($t { $($field $(unless $skip)?),* });
        $crate::domain::record::merge_fields!($t { $($field),* });
    };
}

pub(crate) use stored;
