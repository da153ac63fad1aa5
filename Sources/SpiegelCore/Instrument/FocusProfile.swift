/// A named subset of items that matter for one goal or phase of a conversation
/// ("In de eerste fase zal de nadruk … liggen op het opbouwen van de relatie").
public struct FocusProfile: Hashable, Sendable, Codable {
    public var id: ProfileID
    public var title: LocalizedText
    public var description: LocalizedText?
    /// What the profile includes, in the order the file lists it.
    public var includes: [Inclusion]

    public enum Inclusion: Hashable, Sendable, Codable {
        case section(SectionID)
        case item(ItemID)
    }

    public init(id: ProfileID, title: LocalizedText, description: LocalizedText? = nil, includes: [Inclusion]) {
        self.id = id
        self.title = title
        self.description = description
        self.includes = includes
    }
}
