import SpiegelCore

/// The view model of a blank, printable form for one instrument: what
/// `spiegel instrument form` lays out with `Templates/form.html.mustache` or
/// `Templates/form.md.mustache`, and what a user's own `--template` receives.
///
/// It follows the paper form: the title and descriptions, the header fields to fill in, who
/// rates in which role, the scales with their levels, every section with its items in form
/// order (number, prompt, hints, behavioural indicators, and one box per answer), and lines
/// for the strong points and work points. Every text of the instrument is verbatim, in the
/// instrument's language; where the instrument translates it into ``translationLanguage``, the
/// translation rides along as secondary text.
///
/// Nothing is optional: an absent part is an empty array, or an empty string with a `has…`
/// flag. Mustache looks a name it cannot find up in the enclosing objects, so a nil there would
/// print a parent's value (an indicator without a translation would show its item's).
public struct FormView: Sendable, Encodable {
    /// The form's chrome in its language, by ``ReportLabel`` key: `{{labels.raterCode}}`.
    public let labels: [String: String]
    public let instrument: InstrumentInfo
    /// The first 12 hex digits of the content hash, printed at the foot of the form so a
    /// filled-in paper can be matched with the instrument version it was made from.
    public let shortHash: String
    /// `published`, `example` or `draft`.
    public let status: String
    /// The status in the form's language (`voorbeeld`, `ontwerp`); empty when published.
    public let statusText: String
    public let isPublished: Bool
    /// The language of the instrument's texts (`nl`).
    public let language: String
    /// The language of the secondary texts (`en`); empty when translations are not shown.
    public let translationLanguage: String
    public let title: FormText
    public let descriptions: [FormText]
    public let sources: [FormText]
    public let notes: [FormText]
    /// The header fields, in the instrument's order.
    public let header: [HeaderLine]
    /// The roles a rater can tick: the built-in ones, then those the instrument declares.
    public let roles: [Box]
    /// The scales the form's rating items use, in declaration order, as a legend.
    public let scales: [ScaleLegend]
    public let hasScales: Bool
    public let sections: [SectionBlock]
    public let feedback: FeedbackBlock
}

extension FormView {
    /// A text of the instrument and, when there is one, its translation.
    public struct FormText: Hashable, Sendable, Encodable {
        /// Verbatim, in the instrument's language.
        public let text: String
        /// The translation into the form's translation language; empty when there is none.
        public let translation: String
        public let hasTranslation: Bool
    }

    /// A header field with room to write: `Naam* coach ……………`.
    public struct HeaderLine: Hashable, Sendable, Encodable {
        public let id: String
        public let label: FormText
        public let hints: [FormText]
        /// `code`, `text`, `integer` or `date`.
        public let kind: String
        public let isRequired: Bool
        /// The field takes a research code that stands for a person, never a name.
        public let isResearchCode: Bool
        /// A free-text field, which gets a whole line of the form rather than half.
        public let isWide: Bool
    }

    /// One box to tick: a scale level, n.v.t., ja or nee, an option, a number, or a role.
    public struct Box: Hashable, Sendable, Encodable {
        /// What a rater types into Spiegel for this answer (`1`, `nvt`, `ja`, `sturend`, `self`).
        public let code: String
        /// Printed before the label: a level's value (`1`); empty for other answers.
        public let mark: String
        public let hasMark: Bool
        public let label: FormText
        public let hasLabel: Bool
        /// A scale level's description, for the legend; empty elsewhere.
        public let description: FormText
        public let hasDescription: Bool
        public let isNotApplicable: Bool
        /// A scale level's colour (`#c0392b`), printed as a dot; empty where none is declared.
        public let colour: String
        public let hasColour: Bool
    }

    /// A scale as a legend: `1 = Verdient aandacht  2 = Acceptabel  3 = Goed`.
    public struct ScaleLegend: Hashable, Sendable, Encodable {
        public let id: String
        public let title: FormText
        public let hasTitle: Bool
        /// The levels, then the answers that are not a score.
        public let levels: [Box]
        /// Whether any level has a description (the legend then lists them).
        public let hasDescriptions: Bool
    }

    /// One section: its heading and its items in form order.
    public struct SectionBlock: Hashable, Sendable, Encodable {
        public let id: String
        public let number: String
        public let hasNumber: Bool
        public let title: FormText
        public let descriptions: [FormText]
        public let items: [ItemBlock]
    }

    /// One item as the form prints it.
    public struct ItemBlock: Hashable, Sendable, Encodable {
        public let id: String
        /// The number printed on the form (`1`); empty when the instrument gives none.
        public let number: String
        public let hasNumber: Bool
        /// Whether the id differs from the number, so the form shows it for typing it into Spiegel.
        public let showsID: Bool
        public let prompt: FormText
        public let hints: [FormText]
        /// `rating`, `check`, `choice`, `number` or `text`.
        public let kind: String
        public let isRating: Bool
        public let isCheck: Bool
        public let isChoice: Bool
        public let isNumber: Bool
        public let isText: Bool
        /// A short question with a few short answers, laid out on one line with its boxes.
        public let isCompact: Bool
        /// A compact item right after another: the Markdown form continues the same list.
        public let continuesList: Bool
        public let indicators: [IndicatorLine]
        public let hasIndicators: Bool
        /// One box per answer: the scale's levels and n.v.t., ja and nee, the options.
        public let boxes: [Box]
        public let hasBoxes: Bool
        /// For a number item: one row, or two (`now`, `desired`) when it asks for a desired value.
        public let numberRows: [NumberRow]
        /// For a text item: one entry per line to write on (the item's `lines`).
        public let writingLines: [WritingLine]
    }

    /// A behavioural indicator, listed under its item.
    public struct IndicatorLine: Hashable, Sendable, Encodable {
        public let id: String
        public let label: FormText
    }

    /// Where a number is written or ticked.
    public struct NumberRow: Hashable, Sendable, Encodable {
        /// `now` or `desired` for an item that asks both; empty otherwise.
        public let label: String
        public let hasLabel: Bool
        /// A box per value when the range is at most 11 whole steps (`0` … `10`); else empty,
        /// and the form leaves a line.
        public let marks: [Box]
        public let hasMarks: Bool
        /// The range as the rater reads it: `0–10`, or `1–5, step 0.5`.
        public let range: String
    }

    /// A line to write on; `number` counts from 1.
    public struct WritingLine: Hashable, Sendable, Encodable {
        public let number: Int
    }

    /// The instrument's feedback rule as lines to write on ("two strong points and one work point").
    public struct FeedbackBlock: Hashable, Sendable, Encodable {
        public let strengths: FeedbackPart
        public let workPoints: FeedbackPart
        /// Whether the rule asks for anything at all.
        public let hasFeedback: Bool
    }

    /// Strong points or work points: the heading with the number asked for, and its lines.
    public struct FeedbackPart: Hashable, Sendable, Encodable {
        /// `Strong points (2)`, `Work point (1)`.
        public let heading: String
        public let count: Int
        public let lines: [WritingLine]
        public let hasLines: Bool
    }
}
