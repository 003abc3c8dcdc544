//! One module per chapter of the wizard, plus the notes it writes.

mod ask;
mod check;
mod checkins;
mod notes;
mod people;
mod stood_out;
mod the_no;

pub use ask::{AboutYouPage, ExtrasPage, KeepInMindPage, StylePage};
pub use check::CheckPage;
pub use notes::NotesPage;
pub use people::{PeoplePage, PersonPage};
pub use stood_out::StoodOutPage;
pub use the_no::{ArrivalPage, DetailsPage, JobPage, StagePage};
