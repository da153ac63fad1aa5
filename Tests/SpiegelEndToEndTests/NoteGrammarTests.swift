import Foundation
import SpiegelTestSupport
import Testing

/// The words between a note's time and its text: read as the user clearly meant, or refused
/// with a hint, never saved as other text; the same for the words and for `note -` lines.
@Suite("The note grammar: id, valence, text (end to end)")
struct NoteGrammarTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.supervisorWorkspace()
    }

    @Test(
        "punctuation or a valence glued to the id, or a valence glued to the text, is read apart",
        arguments: [
            ("1a +x", "1a  +  x"), ("1a+ x", "1a  +  x"), ("1a: x", "1a  =  x"), ("1a:- x", "1a  -  x"), ("1a+x y", "1a  +  x y"),
            ("+x", "-  +  x"), ("1a - Leerling - leraar", "1a  -  Leerling - leraar"), ("= 1a ++ x", "-  =  1a ++ x"),
            ("Dus, x", "-  =  Dus, x"), ("e-mail sturen", "-  =  e-mail sturen"),
        ])
    func readApart(typed: String, saved: String) throws {
        let words = ["note", "2:00"] + typed.split(separator: " ").map(String.init)
        let run = try SpiegelBinary.run(words, in: folder, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "#1 02:00  \(saved)\n")
        let line = try spiegel("note", "-", input: "3:00 \(typed)\n")
        #expect(line.stdout.hasPrefix("#2 03:00  \(saved)\n"), "\(line.stdout)")
    }

    @Test(
        "a doubled valence, a valence glued to a word that is no id, and a valence after the text's first word are refused",
        arguments: [
            ("1a ++ x", "'++' is not a valence: give one of + (strength), - (work point) or = (neutral)"),
            ("1a+- x", "'+-' is not a valence"),
            ("Ia+ x", "'Ia' is not an item or indicator of school2care-reflectie, so '+' cannot be its valence"),
            ("Ia + x", "'+' after 'Ia' would be a valence, but a valence comes right after the time or the item"),
            ("1 a + x", "'a' is not an item or indicator of school2care-reflectie (did you mean 1a?); to keep it as text, put = before it"),
            ("1a a+ x", "'+' after 'a' would be a valence"), ("16: x", "'16' is neither an item nor an indicator"),
            ("1a +3 keer", "'+3' could be a strength '3' or the number +3: write '+ 3' for a strength, or '= +3'"),
            ("+0,5 punt", "'+0,5' could be a strength '0,5' or the number +0,5"),
        ])
    func refused(typed: String, message: String) throws {
        try expectRefusal(["note", "2:00"] + typed.split(separator: " ").map(String.init), message)
        let line = try spiegel("note", "-", input: "3:00 \(typed)\n", expect: 1)
        #expect(line.stderr.hasPrefix("line 1: ") && line.stderr.contains(message), "\(line.stderr)")
    }
}
