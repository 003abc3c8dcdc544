//! How the stored structs are read back from JSON, and written.
//!
//! Reading goes through the small reader in `read.rs` (serde_json's reading
//! side and serde's visitors cost about 10 KB of brotli WebAssembly). The
//! structs that read a missing field as its default get one small reader
//! each (`read_with_defaults!`): start from the default, set each field
//! found by its name, skip names it does not know (a newer build's
//! additions). The few with required fields (`read_strict!`) also refuse a
//! missing or repeated field, as serde's derive did. In tests the same
//! macros also generate the serde readers they replaced (`reference`), the
//! reference `read.rs` is checked against.
//!
//! Writing through serde's derive costs a serializer per struct plus
//! serde_json's whole writing side. Storage only ever writes compact JSON to
//! a `String`, so [`WriteJson`] does that with one plain function per struct
//! (`write_in_order!`) and one string escaper. The derive stays on the
//! structs in tests only, as the reference: the tests below check that both
//! write the same bytes, for the v1 fixtures and for records with every
//! field and every awkward character filled in, and that the notes are read
//! as the derive read them.
//!
//! Every macro here destructures the struct without `..` or builds it with
//! every field named, so a field added to a stored struct does not compile
//! until each of them lists it.

/// `ReadJson` and `ReadFields` for a struct that implements `Default`,
/// listing every field (the compiler checks that none is left out); in
/// tests also the serde `Deserialize` this replaced, as the reference.
///
/// ```ignore
/// read_with_defaults!(CheckIn { due, done });
/// ```
macro_rules! read_with_defaults {
    ($t:ident { $($field:ident),* $(,)? }) => {
        impl<'a> $crate::domain::record::read::ReadFields<'a> for $t {
            fn read_field(&mut self, json: &mut $crate::domain::record::read::Json<'a>, name: &str) -> $crate::domain::record::read::Result<bool> {
                // Destructured without `..`: a field missing from the list does not compile.
                let $t { $($field),* } = self;
                match name {
                    $(stringify!($field) => *$field = json.value()?,)*
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }

        impl<'a> $crate::domain::record::read::ReadJson<'a> for $t {
            fn read_json(json: &mut $crate::domain::record::read::Json<'a>) -> $crate::domain::record::read::Result<Self> {
                let mut value = <$t>::default();
                json.object(&mut |json, name| $crate::domain::record::read::ReadFields::read_field(&mut value, json, name))?;
                Ok(value)
            }
        }

        #[cfg(test)]
        $crate::domain::record::json::reference::serde_with_defaults!($t { $($field),* });
    };
}

pub(crate) use read_with_defaults;

/// `ReadJson` as serde's derive read a struct whose fields marked
/// `: required` must be present and whose other fields default when missing
/// (`#[serde(default)]`); a field named twice is refused (`Data`, as soon
/// as its name is read), unknown names are skipped. Only objects are read,
/// never arrays. In tests also the serde `Deserialize` this replaced.
///
/// ```ignore
/// read_strict!(NoteText { subject, body: required });
/// ```
macro_rules! read_strict {
    ($t:ident { $($field:ident $(: $need:ident)?),* $(,)? }) => {
        $crate::domain::record::json::read_strict!(@read $t { $($field $(: $need)?),* });

        #[cfg(test)]
        $crate::domain::record::json::reference::serde_strict!($t { $($field $(: $need)?),* });
    };
    // A struct that borrows from the text (a backup's body): no serde reference.
    ($t:ident <$lt:lifetime> { $($field:ident $(: $need:ident)?),* $(,)? }) => {
        $crate::domain::record::json::read_strict!(@read $t<$lt> { $($field $(: $need)?),* });
    };
    (@read $t:ident $(<$lt:lifetime>)? { $($field:ident $(: $need:ident)?),* }) => {
        impl<'a> $crate::domain::record::read::ReadJson<'a> for $t $(<$lt>)? {
            fn read_json(json: &mut $crate::domain::record::read::Json<'a>) -> $crate::domain::record::read::Result<Self> {
                $(let mut $field = None;)*
                json.object(&mut |json, name| {
                    match name {
                        $(stringify!($field) => {
                            if $field.is_some() {
                                return Err($crate::domain::record::read::Error::Data);
                            }
                            $field = Some(json.value()?);
                        })*
                        _ => return Ok(false),
                    }
                    Ok(true)
                })?;
                Ok($t {
                    $($field: $crate::domain::record::json::finish!($field $(, $need)?),)*
                })
            }
        }
    };
}

pub(crate) use read_strict;

/// A field's value once the whole object is read: a missing required field
/// is an error, any other starts as its type's default.
macro_rules! finish {
    ($field:ident, required) => {
        $field.ok_or($crate::domain::record::read::Error::Data)?
    };
    ($field:ident) => {
        $field.unwrap_or_default()
    };
}

pub(crate) use finish;

/// The serde readers that [`ReadJson`](super::read::ReadJson) replaced,
/// generated in tests alongside it by the same macros: the reference the
/// tests compare the reader with, through serde_json.
#[cfg(test)]
pub(crate) mod reference {
    /// serde's `Deserialize` as `read_with_defaults!` had it.
    macro_rules! serde_with_defaults {
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

    pub(crate) use serde_with_defaults;

    /// serde's `Deserialize` as `read_strict!` had it.
    macro_rules! serde_strict {
        ($t:ident { $($field:ident $(: $need:ident)?),* $(,)? }) => {
            impl<'de> serde::Deserialize<'de> for $t {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    struct Fields;

                    impl<'de> serde::de::Visitor<'de> for Fields {
                        type Value = $t;

                        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                            f.write_str("an object")
                        }

                        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$t, A::Error> {
                            $(let mut $field = None;)*
                            while let Some(key) = map.next_key::<String>()? {
                                match key.as_str() {
                                    $(stringify!($field) => {
                                        if $field.is_some() {
                                            return Err(serde::de::Error::duplicate_field(stringify!($field)));
                                        }
                                        $field = Some(map.next_value()?);
                                    })*
                                    _ => {
                                        map.next_value::<serde::de::IgnoredAny>()?;
                                    }
                                }
                            }
                            Ok($t {
                                $($field: $crate::domain::record::json::reference::serde_finish!($field $(, $need)?),)*
                            })
                        }
                    }

                    deserializer.deserialize_map(Fields)
                }
            }
        };
    }

    pub(crate) use serde_strict;

    macro_rules! serde_finish {
        ($field:ident, required) => {
            match $field {
                Some(value) => value,
                None => return Err(serde::de::Error::missing_field(stringify!($field))),
            }
        };
        ($field:ident) => {
            $field.unwrap_or_default()
        };
    }

    pub(crate) use serde_finish;
}

/// A stored value that writes itself as compact JSON, byte for byte what
/// serde_json's `to_string` writes from the value's derived `Serialize`.
///
/// ```ignore
/// assert_eq!(to_json(&Settings { last_backup: 5 }), r#"{"last_backup":5}"#);
/// ```
pub(crate) trait WriteJson {
    fn write_json(&self, out: &mut String);
}

/// The compact JSON of `value`.
pub(crate) fn to_json(value: &dyn WriteJson) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// A JSON object being written: its fields go in the order they are added.
pub(crate) struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    pub(crate) fn start(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, first: true }
    }

    /// Adds `"name":value`; names are Rust field names, which need no escaping.
    pub(crate) fn field(&mut self, name: &str, value: &dyn WriteJson) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
        value.write_json(self.out);
    }

    pub(crate) fn end(self) {
        self.out.push('}');
    }
}

/// `WriteJson` for a struct, with its fields in declaration order (the
/// order serde's derive writes); `field unless skip` leaves the field out
/// when `skip(&field)` is true, as `skip_serializing_if` does.
///
/// ```ignore
/// write_in_order!(Rejection { company, job_title, follows unless Option::is_none });
/// ```
macro_rules! write_in_order {
    ($t:ident $(<$lt:lifetime>)? { $($field:ident $(unless $skip:path)?),* $(,)? }) => {
        impl $crate::domain::record::json::WriteJson for $t $(<$lt>)? {
            fn write_json(&self, out: &mut String) {
                let $t { $($field),* } = self;
                let mut object = $crate::domain::record::json::Object::start(out);
                $(
                    if true $(&& !$skip($field))? {
                        object.field(stringify!($field), $field);
                    }
                )*
                object.end();
            }
        }
    };
}

pub(crate) use write_in_order;

/// A JSON string, escaped as serde_json escapes it: `"`, `\` and control
/// characters only, with the short forms where JSON has them.
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    let mut rest = s;
    while let Some(at) = rest.find(|c: char| c < ' ' || c == '"' || c == '\\') {
        out.push_str(&rest[..at]);
        let byte = rest.as_bytes()[at];
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\x08' => out.push_str("\\b"),
            b'\x0c' => out.push_str("\\f"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 0xf)] as char);
            }
        }
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out.push('"');
}

/// Decimal digits, without the formatting machinery.
fn write_u64(mut n: u64, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[at..].iter().for_each(|&d| out.push(char::from(d)));
}

impl WriteJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl WriteJson for u32 {
    fn write_json(&self, out: &mut String) {
        write_u64(u64::from(*self), out);
    }
}

impl WriteJson for u64 {
    fn write_json(&self, out: &mut String) {
        write_u64(*self, out);
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: WriteJson + ?Sized> WriteJson for Box<T> {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: WriteJson, const N: usize> WriteJson for [T; N] {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

/// A stored enum is written as its one word (see `word.rs`).
pub(crate) fn write_word(word: &str, out: &mut String) {
    write_str(word, out);
}

/// A record with everything filled in, for the reader's tests too.
#[cfg(test)]
pub(crate) use tests::full;

#[cfg(test)]
mod tests {
    //! The writer against serde_json's own output from the derived
    //! `Serialize` (kept on the stored structs in tests only).
    use super::{WriteJson, to_json};
    use crate::domain::backup;
    use crate::domain::draft::{CheckIn, Draft, NoteEdit, NoteState, NoteText, PlanChoice};
    use crate::domain::model::*;
    use crate::domain::record::{Answer, Filled, FromEmail};
    use crate::domain::storage::Settings;

    /// Both writers give the same bytes for `value`.
    fn check<T: WriteJson + serde::Serialize>(value: &T) {
        assert_eq!(to_json(value), serde_json::to_string(value).unwrap());
    }

    /// Every character JSON escapes, and some it does not.
    pub(crate) fn awkward(n: u32) -> String {
        let controls: String = (0u8..0x20).map(char::from).collect();
        format!("{n} \"quoted\" back\\slash /slash {controls}\u{7f} é ’ 😀 \u{2028}")
    }

    fn person(id: u32, relationship: Option<Relationship>) -> Recipient {
        Recipient {
            id,
            name: awkward(id),
            address: AddressForm::TitleAndSurname,
            honorific: "Dr".into(),
            job_title: awkward(id + 1),
            relationship,
            email: "a@example.com".into(),
            detail: String::new(),
            // Every other person has a choice of their own.
            channels: id
                .is_multiple_of(2)
                .then(|| vec![Channel::Card, Channel::EmailNew]),
        }
    }

    /// A record with every field set, every optional part present, and
    /// every enum word used at least once.
    pub(crate) fn full() -> Draft {
        let rejection = Rejection {
            company: awkward(1),
            job_title: awkward(2),
            stage: Some(Stage::RunnerUp),
            arrival: Some(Arrival::PhoneCall),
            said_keep_in_mind: Some(false),
            date: "2026-11-30".into(),
            original_subject: awkward(3),
            follows: None,
            offered_feedback: Some(true),
            offered_call: Some(false),
        };
        let mut draft = Draft {
            id: "00000000000000ab".into(),
            created: u64::MAX,
            updated: 1_764_000_000_000,
            archived: true,
            rev: u32::MAX,
            base_rev: 7,
            from_v1: true,
            next_id: 9,
            last_hash: "#/notes".into(),
            ..Draft::default()
        };
        draft.checkins.choice = PlanChoice::Accepted;
        draft.checkins.dates = vec![
            CheckIn {
                due: "2027-01-01".into(),
                done: true,
            },
            CheckIn::default(),
        ];
        draft.checkins.update = awkward(4);
        draft.answers = Answers {
            rejection: Rejection {
                follows: Some(Box::new(rejection.clone())),
                ..rejection
            },
            recipients: Relationship::ALL
                .into_iter()
                .map(Some)
                .chain([None])
                .zip(1..)
                .map(|(r, id)| person(id, r))
                .collect(),
            sender: Sender {
                name: awkward(5),
                contact: String::new(),
                seniority: Some(Seniority::Executive),
                admire: awkward(6),
                strengths: [awkward(7), String::new()],
            },
            ask: Ask {
                keep_in_mind_for: Some(KeepInMindFor::NewRole),
                related_role: awkward(8),
                feedback: true,
                linkedin: false,
                wish_hire_well: true,
                offer_help: true,
                help_offer: awkward(9),
            },
            style: Style {
                tone: Some(Tone::Concise),
                length: Some(Length::Short),
                channels: Channel::ALL.to_vec(),
                linkedin_premium: true,
            },
        };
        let text = |n| NoteText {
            subject: (n % 2 == 0).then(|| awkward(n)),
            body: awkward(n + 1),
        };
        draft.notes = Channel::ALL
            .into_iter()
            .zip(0..)
            .map(|(channel, n)| NoteState {
                recipient: n + 1,
                channel,
                variant: n * 3,
                edit: (n % 2 == 0).then(|| NoteEdit {
                    text: text(n),
                    base: text(n + 1),
                }),
                sent: (n % 3 == 0).then(|| "2026-12-01".into()),
            })
            .collect();
        draft.from_email = FromEmail {
            keep_text: true,
            text: awkward(10),
            filled: vec![
                Filled {
                    field: Answer::Company,
                    person: None,
                    value: awkward(11),
                },
                Filled {
                    field: Answer::Name,
                    person: Some(2),
                    value: String::new(),
                },
            ],
        };
        draft
    }

    #[test]
    fn a_full_record_is_written_as_serde_wrote_it() {
        let draft = full();
        check(&draft);
        assert_eq!(Draft::load(&draft.to_json()), Ok(draft));
    }

    #[test]
    fn parts_left_out_are_left_out_as_serde_left_them_out() {
        let mut draft = full();
        draft.from_email = FromEmail::default();
        draft.answers.rejection.follows = None;
        draft.answers.rejection.offered_feedback = None;
        draft.answers.rejection.offered_call = None;
        draft.notes.iter_mut().for_each(|n| n.sent = None);
        draft
            .answers
            .recipients
            .iter_mut()
            .for_each(|r| r.channels = None);
        let json = draft.to_json();
        assert!(!json.contains("from_email") && !json.contains("follows"));
        assert_eq!(json.matches("\"channels\"").count(), 1, "only the style's");
        assert!(!json.contains("offered_"));
        assert!(!json.contains("\"sent\""));
        check(&draft);
        // "Kept" text alone still counts as using the email reader.
        draft.from_email.keep_text = true;
        check(&draft);
        check(&Draft::default());
    }

    #[test]
    fn the_v1_fixtures_are_written_as_serde_wrote_them() {
        for raw in [
            include_str!("../../../tests/data/v1/final-round.json"),
            include_str!("../../../tests/data/v1/interview.json"),
            include_str!("../../../tests/data/v1/unfinished.json"),
        ] {
            let draft = Draft::load(raw).unwrap();
            check(&draft);
            assert_eq!(Draft::load(&draft.to_json()), Ok(draft));
        }
    }

    #[test]
    fn a_backup_and_the_settings_are_written_as_serde_wrote_them() {
        #[derive(serde::Serialize)]
        struct Envelope<'a> {
            format: &'a str,
            version: u32,
            exported: u64,
            records: &'a [Draft],
        }
        for records in [vec![], vec![full(), Draft::default()]] {
            let expected = serde_json::to_string(&Envelope {
                format: backup::FORMAT,
                version: backup::VERSION,
                exported: 1_764_000_000_123,
                records: &records,
            })
            .unwrap();
            assert_eq!(backup::export(&records, 1_764_000_000_123), expected);
        }
        for last_backup in [0, 1, u64::MAX] {
            let settings = Settings { last_backup };
            check(&settings);
            assert_eq!(settings.to_json(), to_json(&settings));
        }
    }

    /// The notes' readers accept and refuse what serde's derive did, and
    /// read the same values (twins below carry the derive's attributes).
    #[test]
    fn the_notes_are_read_as_serde_read_them() {
        #[derive(serde::Deserialize, serde::Serialize)]
        struct Note {
            recipient: u32,
            channel: Channel,
            #[serde(default)]
            variant: u32,
            #[serde(default)]
            edit: Option<Edit>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            sent: Option<String>,
        }
        #[derive(serde::Deserialize, serde::Serialize)]
        struct Edit {
            text: Text,
            base: Text,
        }
        #[derive(serde::Deserialize, serde::Serialize)]
        struct Text {
            #[serde(default)]
            subject: Option<String>,
            body: String,
        }
        let text = r#"{"subject":"S","body":"B"}"#;
        for note in [
            format!(r#"{{"recipient":1,"channel":"card","variant":2,"edit":{{"text":{text},"base":{text}}},"sent":"2026-12-01"}}"#),
            r#"{"recipient":1,"channel":"card"}"#.into(),
            r#"{"channel":"card","recipient":1,"edit":null,"sent":null,"other":[1,{"a":2}]}"#.into(),
            r#"{"recipient":1,"channel":"card","edit":{"text":{"body":""},"base":{"body":"x","subject":null}}}"#.into(),
            r#"{"channel":"card"}"#.into(),
            r#"{"recipient":1}"#.into(),
            r#"{"recipient":1,"channel":"card","recipient":2}"#.into(),
            r#"{"recipient":1,"channel":"card","sent":"a","sent":"b"}"#.into(),
            r#"{"recipient":1,"channel":"card","edit":{"text":{"body":""}}}"#.into(),
            r#"{"recipient":1,"channel":"card","edit":{"text":{"subject":"S"},"base":{"body":""}}}"#.into(),
            r#"{"recipient":1,"channel":"card","edit":{"text":{"body":"a","body":"b"},"base":{"body":""}}}"#.into(),
            r#"{"recipient":"1","channel":"card"}"#.into(),
            r#"{"recipient":1,"channel":"fax"}"#.into(),
            r#"{"recipient":1,"channel":"card","variant":null}"#.into(),
        ] {
            let ours = serde_json::from_str::<NoteState>(&note).map(|n| to_json(&n));
            let derived = serde_json::from_str::<Note>(&note).map(|n| serde_json::to_string(&n).unwrap());
            assert_eq!(ours.ok(), derived.ok(), "{note}");
        }
    }

    /// proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod any {
        use super::check;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn text_and_number_is_written_as_serde_writes_it(text in any::<String>(), n in any::<u64>(), m in any::<u32>()) {
                check(&text);
                check(&n);
                check(&m);
            }
        }
    }
}
