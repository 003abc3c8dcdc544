//! The three-way merge of one stored value, field by field.
//!
//! A value changed only in the other tab is taken; one changed here is kept
//! (the person is typing here). Every stored struct gets its merge from the
//! same list as its reader and writer (`stored!`), so a new field is merged
//! from the day it is added. What is special about a whole record (people
//! matched by id, notes by person and channel, times) is `domain::merge`.

/// A stored value that merges another tab's version into this one, both
/// made from `base`.
///
/// ```
/// use kept_in_mind::domain::record::Merge;
/// let base = String::from("Acme");
/// let mut mine = base.clone();
/// mine.merge(&base, &"Acme Ltd".to_string());
/// assert_eq!(mine, "Acme Ltd", "changed only there: theirs is taken");
/// let mut mine = String::from("Acme Inc");
/// mine.merge(&base, &"Acme Ltd".to_string());
/// assert_eq!(mine, "Acme Inc", "changed here too: mine is kept");
/// ```
pub trait Merge: Clone + PartialEq {
    /// By default the value is one leaf: theirs where only they changed it.
    fn merge(&mut self, base: &Self, theirs: &Self) {
        if self == base && theirs != base {
            self.clone_from(theirs);
        }
    }

    /// What to merge against when both tabs made this value where there was
    /// none: by default nothing, so the two are leaves and this tab's wins.
    fn implied_base(&self) -> Option<Self> {
        None
    }

    /// Whether the value is one leaf (the default `merge` and no implied
    /// base): an `Option` of it then merges as one leaf too, without the
    /// code that looks inside.
    const LEAF: bool = false;
}

macro_rules! leaves {
    ($($t:ty),*) => {$(impl Merge for $t {
        const LEAF: bool = true;
    })*};
}

leaves!(String, bool, u32, u64, [String; 2]);

impl<T: Merge> Merge for Option<T> {
    fn merge(&mut self, base: &Self, theirs: &Self) {
        if T::LEAF {
            // Inside or not, the same leaf merge.
            if self == base && theirs != base {
                self.clone_from(theirs);
            }
            return;
        }
        if let (Some(mine), Some(theirs)) = (self.as_mut(), theirs) {
            let implied;
            let base = match base {
                Some(base) => Some(base),
                None => {
                    implied = mine.implied_base();
                    implied.as_ref()
                }
            };
            if let Some(base) = base {
                mine.merge(base, theirs);
                return;
            }
        }
        if self == base && theirs != base {
            self.clone_from(theirs);
        }
    }
}

impl<T: Merge> Merge for Box<T> {
    fn merge(&mut self, base: &Self, theirs: &Self) {
        (**self).merge(base, theirs);
    }
}

/// An item of a stored list. A list of items with a key is merged item by
/// item; any other list is one leaf.
pub trait Entry: Merge {
    /// Whether items are matched by [`Entry::key`].
    const KEYED: bool = false;

    fn key(&self) -> u64 {
        0
    }
}

impl<T: Entry> Merge for Vec<T> {
    fn merge(&mut self, base: &Self, theirs: &Self) {
        if !T::KEYED {
            if self == base && theirs != base {
                self.clone_from(theirs);
            }
            return;
        }
        merge_keyed(self, base, theirs);
    }
}

/// An item removed on one side and left alone on the other goes; one
/// removed on one side and edited on the other stays, edited; one added on
/// either side is added.
fn merge_keyed<T: Entry>(mine: &mut Vec<T>, base: &[T], theirs: &[T]) {
    let find = |list: &[T], key: u64| list.iter().position(|x| x.key() == key);
    mine.retain(
        |item| match (find(base, item.key()), find(theirs, item.key())) {
            (Some(b), None) => *item != base[b],
            _ => true,
        },
    );
    for item in theirs {
        match (find(mine, item.key()), find(base, item.key())) {
            (Some(m), Some(b)) => mine[m].merge(&base[b], item),
            // Added in both: merged against what both started from, if
            // the item knows it, else the other tab's value is taken.
            (Some(m), None) => {
                let base = mine[m].implied_base().unwrap_or_else(|| mine[m].clone());
                mine[m].merge(&base, item);
            }
            (None, Some(b)) if *item != base[b] => mine.push(item.clone()),
            (None, Some(_)) => {}
            (None, None) => mine.push(item.clone()),
        }
    }
}

/// `Merge` for a struct, field by field, each field's own way.
///
/// ```ignore
/// merge_fields!(CheckIn { due, done });
/// ```
macro_rules! merge_fields {
    ($t:ident { $($field:ident),* $(,)? }) => {
        impl $crate::domain::record::Merge for $t {
            fn merge(&mut self, base: &Self, theirs: &Self) {
                let $t { $($field),* } = self;
                $($crate::domain::record::Merge::merge($field, &base.$field, &theirs.$field);)*
            }
        }
    };
}

pub(crate) use merge_fields;
