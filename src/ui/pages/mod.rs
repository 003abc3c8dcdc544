//! The wizard pages with behaviour of their own, plus the notes it writes;
//! the plainer question pages are data in [`crate::ui::questions`].

mod check;
mod checkins;
mod notes;
mod people;
mod sent;
mod stood_out;
mod style;

pub use check::CheckPage;
pub use notes::NotesPage;
pub use people::{PeoplePage, PersonPage};
pub use stood_out::StoodOutPage;
pub use style::StylePage;
