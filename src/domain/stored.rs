//! How the stored structs are read back from JSON.
//!
//! serde's derive writes, for every struct, a reader of JSON objects, one of
//! JSON arrays (which storage never holds) and a visitor for the field
//! names: a few hundred bytes of WebAssembly per struct, for ten structs. All
//! of them read a missing field as its default, so one small reader each
//! does the same: start from the default, set each field found by its name,
//! skip names it does not know (a newer build's additions). Writing stays
//! with serde's derive, so the JSON is the same as before; the tests of the
//! draft, the backup and the v1 fixtures read it back.

/// `Deserialize` for a struct that implements `Default`, listing every field
/// (the compiler checks that none is left out).
///
/// ```ignore
/// read_with_defaults!(CheckIn { due, done });
/// ```
macro_rules! read_with_defaults {
    ($t:ident { $($field:ident),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Fields;

                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $t;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("an object")
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$t, A::Error> {
                        // Destructured without `..`: a field missing from the list does not compile.
                        let $t { $(mut $field),* } = <$t>::default();
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $(stringify!($field) => $field = map.next_value()?,)*
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok($t { $($field),* })
                    }
                }

                deserializer.deserialize_map(Fields)
            }
        }
    };
}

pub(crate) use read_with_defaults;
