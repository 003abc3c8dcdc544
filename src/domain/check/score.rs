//! The score: the 0–10 rubric of `docs/notes.md`, derived from the findings.
//!
//! Each finding costs points from one rubric item and may cap the total
//! (`Finding::cost`, `Finding::cap`); nothing else moves the score, so a
//! new rule is one function that returns findings, and its cost is one line.

use super::findings::{Concern, Finding};

/// An item of the rubric in `docs/notes.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Greeting,
    Thanks,
    Acceptance,
    Detail,
    InterestValue,
    Ask,
    OptionalAsks,
    LengthChannel,
    Tone,
    MechanicsClose,
}

impl Item {
    /// The items in the rubric's order.
    pub const ALL: [Item; 10] = [
        Item::Greeting,
        Item::Thanks,
        Item::Acceptance,
        Item::Detail,
        Item::InterestValue,
        Item::Ask,
        Item::OptionalAsks,
        Item::LengthChannel,
        Item::Tone,
        Item::MechanicsClose,
    ];

    /// The most points the item gives.
    pub fn max(self) -> f32 {
        match self {
            Item::Detail | Item::InterestValue => 1.5,
            Item::Tone | Item::MechanicsClose => 0.5,
            _ => 1.0,
        }
    }

    /// A short label for the UI.
    pub fn label(self) -> &'static str {
        match self {
            Item::Greeting => "Greeting",
            Item::Thanks => "Thanks",
            Item::Acceptance => "Acceptance",
            Item::Detail => "Specific detail",
            Item::InterestValue => "Interest and value",
            Item::Ask => "The ask",
            Item::OptionalAsks => "Optional asks",
            Item::LengthChannel => "Length and channel",
            Item::Tone => "Tone",
            Item::MechanicsClose => "Mechanics and close",
        }
    }
}

/// A rubric item and the points it earned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    pub item: Item,
    pub points: f32,
}

/// A ceiling the rubric puts on the score, applied after summing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cap {
    /// Hostility, guilt or arguing: at most 2.
    Hostility,
    /// A wrong name, company or role: at most 3.
    WrongSpecifics,
    /// Specifics that are not in the answers: at most 4.
    Invented,
    /// More than twice the length band, or a LinkedIn note over its limit: at most 5.
    Length,
    /// Begging: at most 6.
    Begging,
}

impl Cap {
    /// The highest score the cap allows.
    pub fn limit(self) -> f32 {
        match self {
            Cap::Hostility => 2.0,
            Cap::WrongSpecifics => 3.0,
            Cap::Invented => 4.0,
            Cap::Length => 5.0,
            Cap::Begging => 6.0,
        }
    }
}

/// What a finding costs: the rubric item it takes points from, how many,
/// and a key so that findings of one kind cost once (two placeholders are
/// one untidy text, not two).
struct Cost {
    item: Item,
    points: f32,
    key: &'static str,
}

impl Finding {
    fn cost(&self) -> Option<Cost> {
        let cost = |item, points, key| Some(Cost { item, points, key });
        match self {
            Finding::TooShort { .. } | Finding::TooLong { .. } | Finding::OverLimit { .. } => {
                cost(Item::LengthChannel, 1.0, "length")
            }
            Finding::MissingSubject { .. } | Finding::SubjectNotReply { .. } => {
                cost(Item::LengthChannel, 0.5, "subject")
            }
            Finding::NeverWrite {
                concern: Concern::Begging,
                ..
            } => cost(Item::Tone, 0.5, "tone"),
            Finding::NeverWrite { .. } => cost(Item::Acceptance, 1.0, "arguing"),
            Finding::NoGreeting { .. } | Finding::GreetingName { .. } => {
                cost(Item::Greeting, 1.0, "greeting")
            }
            Finding::GenericGreeting { .. } => cost(Item::Greeting, 0.5, "greeting"),
            Finding::UnknownName { .. } => cost(Item::Detail, 1.5, "invented"),
            Finding::DetailMissing { .. } => cost(Item::Detail, 1.0, "detail"),
            Finding::NoThanks => cost(Item::Thanks, 1.0, "thanks"),
            Finding::NoInterest => cost(Item::InterestValue, 0.75, "interest"),
            Finding::ValueMissing { .. } => cost(Item::InterestValue, 0.75, "value"),
            Finding::NoAsk { .. } => cost(Item::Ask, 1.0, "ask"),
            Finding::TooManyAsks { .. } => cost(Item::OptionalAsks, 1.0, "asks"),
            Finding::FeedbackPressing => cost(Item::OptionalAsks, 0.5, "pressing"),
            Finding::NoSignOff { .. } => cost(Item::MechanicsClose, 0.25, "sign-off"),
            Finding::Placeholder { .. }
            | Finding::StrayPunctuation { .. }
            | Finding::Repetition { .. } => cost(Item::MechanicsClose, 0.25, "tidy"),
            Finding::Exclamations { .. } | Finding::AllCaps { .. } => cost(Item::Tone, 0.5, "tone"),
            Finding::Doubled { .. }
            | Finding::RepeatedWord { .. }
            | Finding::Choppy { .. }
            | Finding::TextSpeak { .. } => cost(Item::MechanicsClose, 0.5, "polish"),
            Finding::ThanksTwice { .. } => cost(Item::Thanks, 0.5, "thanks twice"),
            Finding::LinkedInClash { .. } => cost(Item::LengthChannel, 0.5, "channel"),
            Finding::AskDropped { .. } => cost(Item::OptionalAsks, 0.5, "dropped"),
            Finding::LowerCase { .. } => cost(Item::Greeting, 0.5, "lower case"),
            Finding::AboutThem { .. } | Finding::Shared { .. } => cost(Item::Detail, 1.0, "voice"),
            Finding::Misspelt { .. } | Finding::Missing { .. } => None,
        }
    }

    /// The cap on the score this finding brings, if any.
    fn cap(&self) -> Option<Cap> {
        match self {
            Finding::NeverWrite {
                concern: Concern::Begging,
                ..
            } => Some(Cap::Begging),
            Finding::NeverWrite { .. } => Some(Cap::Hostility),
            Finding::GreetingName { .. } | Finding::Misspelt { .. } => Some(Cap::WrongSpecifics),
            Finding::UnknownName { .. } => Some(Cap::Invented),
            Finding::OverLimit { .. } => Some(Cap::Length),
            Finding::TooLong { count, band, .. } if *count > 2 * band.max => Some(Cap::Length),
            _ => None,
        }
    }
}

impl Finding {
    /// The sort key for "most important first": a finding that caps the
    /// score comes before one that only costs points, and so on by cost.
    fn importance(&self) -> (u32, u32) {
        let cap = self.cap().map_or(10, |c| c.limit() as u32);
        let cost = self.cost().map_or(0, |c| (c.points * 4.0) as u32);
        (cap, u32::MAX - cost)
    }
}

/// What the checker found and how the note scores (0–10).
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// The score out of 10, in steps of a quarter point.
    pub score: f32,
    /// Points per rubric item, before any cap.
    pub items: Vec<Scored>,
    /// The strictest cap that applied, if any.
    pub cap: Option<Cap>,
}

impl Report {
    /// The report for a list of findings: each rubric item keeps its points
    /// less what its findings cost, the sum is capped by the strictest cap
    /// any finding brings. The score follows from the findings alone.
    ///
    /// ```
    /// use kept_in_mind::domain::check::{Finding, Report};
    /// assert_eq!(Report::from_findings(vec![Finding::NoThanks]).score, 9.0);
    /// assert_eq!(Report::from_findings(Vec::new()).score, 10.0);
    /// ```
    pub fn from_findings(mut findings: Vec<Finding>) -> Report {
        // Most important first, for the notes page's first three: what caps
        // the score (the strictest cap first), then what costs most.
        findings.sort_by_key(Finding::importance);
        let mut charged: Vec<&'static str> = Vec::new();
        let mut items: Vec<Scored> = Item::ALL
            .iter()
            .map(|&item| Scored {
                item,
                points: item.max(),
            })
            .collect();
        for cost in findings.iter().filter_map(Finding::cost) {
            if charged.contains(&cost.key) {
                continue;
            }
            charged.push(cost.key);
            if let Some(scored) = items.iter_mut().find(|s| s.item == cost.item) {
                scored.points = f32::max(scored.points - cost.points, 0.0);
            }
        }
        let cap = findings
            .iter()
            .filter_map(Finding::cap)
            .min_by_key(|c| c.limit() as u32);
        let sum: f32 = items.iter().map(|s| s.points).sum();
        let score = cap.map_or(sum, |c| f32::min(sum, c.limit()));
        Report {
            findings,
            score,
            items,
            cap,
        }
    }

    /// The score as people write it: "10", "9.5", "9.25".
    ///
    /// Integer arithmetic, because float formatting would add kilobytes of
    /// WebAssembly for one number.
    pub fn score_text(&self) -> String {
        let hundredths = (self.score * 100.0).round() as u32;
        let (whole, part) = (hundredths / 100, hundredths % 100);
        match part {
            0 => whole.to_string(),
            p if p % 10 == 0 => format!("{whole}.{}", p / 10),
            p => format!("{whole}.{p:02}"),
        }
    }
}
