/// A typed identifier: a stable, typable id that is never confused with another kind of id.
///
/// `ItemID` and `ScaleID` are both strings underneath, but the compiler keeps them apart.
public struct Identifier<Kind>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public enum InstrumentIDKind {}
public enum SectionIDKind {}
public enum ItemIDKind {}
public enum IndicatorIDKind {}
public enum ScaleIDKind {}
public enum FieldIDKind {}
public enum ProfileIDKind {}
public enum RoleIDKind {}
public enum OptionIDKind {}

public typealias InstrumentID = Identifier<InstrumentIDKind>
public typealias SectionID = Identifier<SectionIDKind>
public typealias ItemID = Identifier<ItemIDKind>
public typealias IndicatorID = Identifier<IndicatorIDKind>
public typealias ScaleID = Identifier<ScaleIDKind>
public typealias FieldID = Identifier<FieldIDKind>
public typealias ProfileID = Identifier<ProfileIDKind>
public typealias RoleID = Identifier<RoleIDKind>
public typealias OptionID = Identifier<OptionIDKind>
