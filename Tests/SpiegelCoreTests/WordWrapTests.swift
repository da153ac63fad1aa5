import SpiegelCore
import Testing

@Suite("Text wrapped at word boundaries")
struct WordWrapTests {
    @Test("lines break between words, never inside one, with a hanging indent")
    func breaksBetweenWords() {
        let text = "Neemt de rust en tijd voor het gesprek en heeft zijn volledige aandacht erbij"
        let wrapped = text.wrapped(width: 40, indent: "        ", firstIndent: "    1a  ")
        #expect(
            wrapped == """
                    1a  Neemt de rust en tijd voor het
                        gesprek en heeft zijn volledige
                        aandacht erbij
                """)
        for line in wrapped.split(separator: "\n") { #expect(line.count <= 40) }
    }

    @Test("text that fits stays one line; a word longer than a line is cut")
    func fitsAndLongWords() {
        #expect("kort en goed".wrapped(width: 80) == "kort en goed")
        #expect("abcdefghij".wrapped(width: 4, indent: "  ", firstIndent: "") == "abcd\n  ef\n  gh\n  ij")
    }
}

@Suite("Text wrapped with its spacing")
struct WordWrapSpacingTests {
    @Test("the spaces between words on one line stay as they are; at a break they go")
    func spacingKept() {
        #expect("1 = Slecht   2 = Goed".wrapped(width: 80, indent: "  ", firstIndent: "  ") == "  1 = Slecht   2 = Goed")
        #expect("aaa   bbb   ccc".wrapped(width: 9) == "aaa   bbb\nccc")
    }
}
