extension ResearchExport.Table {
    /// RFC 4180 CSV: a header row, the given delimiter, fields quoted when they hold a
    /// delimiter, a quote or a line break, CRLF line ends (what SPSS, R and Excel expect).
    ///
    /// Safe to open in a spreadsheet (OWASP, "CSV Injection"): a field that starts with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return and is not a plain number (`-1`, `+0.29`,
    /// `1e-3` stay numbers) is written with a single quote in front and in double quotes
    /// (`"'=HYPERLINK(…)"`), so that a spreadsheet shows it as text instead of running it as
    /// a formula. A field holding `,`, `;` or a tab is quoted whatever the delimiter, so that
    /// a spreadsheet that splits on another character does not start a cell inside it.
    public func csv(delimiter: Character = ",") -> String {
        String(decoding: csvBytes(delimiter: delimiter), as: UTF8.self)
    }

    /// The CSV as UTF-8 bytes, written straight into one buffer (a research export has
    /// hundreds of thousands of rows); `header: false` leaves the header row out, for the
    /// tables after the first when a large export is written a part at a time.
    public func csvBytes(delimiter: Character = ",", header: Bool = true) -> [UInt8] {
        let separator = Array(String(delimiter).utf8)
        var out: [UInt8] = []
        out.reserveCapacity((rows.count + 1) * columns.count * 8)
        for row in (header ? [columns] : []) + rows {
            for (index, field) in row.enumerated() {
                if index > 0 { out += separator }
                CSVField.append(field, separator: separator, to: &out)
            }
            out += [13, 10]
        }
        return out
    }
}

/// One CSV field, quoted and neutralised as ``ResearchExport/Table/csv(delimiter:)`` describes.
enum CSVField {
    static func append(_ field: String, separator: [UInt8], to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            let isFormula = startsFormula(bytes)
            guard isFormula || needsQuotes(bytes, separator: separator) else { return out.append(contentsOf: bytes) }
            out.append(34)
            if isFormula { out.append(39) }
            for byte in bytes {
                out.append(byte)
                if byte == 34 { out.append(34) }
            }
            out.append(34)
        }
    }

    /// A quote, a line break, a tab, `,`, `;` or the delimiter anywhere in the field.
    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, separator: [UInt8]) -> Bool {
        if bytes.contains(where: { $0 == 34 || $0 == 10 || $0 == 13 || $0 == 9 || $0 == 44 || $0 == 59 }) { return true }
        if separator.count == 1 { return bytes.contains(separator[0]) }
        return String(decoding: bytes, as: UTF8.self).contains(String(decoding: separator, as: UTF8.self))
    }

    /// Whether a spreadsheet would take the field for a formula: its first character is one
    /// that starts a formula (`=`, `+`, `-`, `@`, tab, carriage return) and it is not a number.
    static func startsFormula(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case 61, 64, 9, 13: return true
        case 43, 45: return !isNumber(bytes.dropFirst())
        default: return false
        }
    }

    /// Digits with at most one decimal point and an optional exponent (`1`, `0.29`, `.5`, `2e-3`).
    private static func isNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = bytes.startIndex
        var digits = 0
        func skipDigits() {
            while index < bytes.endIndex, (48...57).contains(bytes[index]) {
                index += 1
                digits += 1
            }
        }
        skipDigits()
        if index < bytes.endIndex, bytes[index] == 46 {
            index += 1
            skipDigits()
        }
        guard digits > 0 else { return false }
        if index < bytes.endIndex, bytes[index] == 69 || bytes[index] == 101 {
            index += 1
            if index < bytes.endIndex, bytes[index] == 43 || bytes[index] == 45 { index += 1 }
            digits = 0
            skipDigits()
            guard digits > 0 else { return false }
        }
        return index == bytes.endIndex
    }
}
