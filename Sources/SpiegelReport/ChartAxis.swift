import Foundation

/// A linear axis of a chart: maps values in `lower … upper` onto `start … end` in SVG user
/// units (1 unit ≈ 1 CSS pixel), and gives the ticks worth labelling.
struct ChartAxis: Sendable {
    let lower: Double
    let upper: Double
    let start: Double
    let end: Double

    /// Where `value` lies; values outside the domain are clamped to its ends.
    func position(_ value: Double) -> Double {
        guard upper > lower else { return start }
        let clamped = min(max(value, lower), upper)
        return ChartAxis.rounded(start + (clamped - lower) / (upper - lower) * (end - start))
    }

    /// The multiples of `step` within the domain, lowest first.
    func ticks(step: Double) -> [Double] {
        guard step > 0 else { return [lower, upper] }
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * step == 0 ? 0 : $0 * step }
    }

    /// The smallest of 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, … that cuts `range` into at most
    /// `count` steps.
    static func niceStep(range: Double, count: Int) -> Double {
        guard range > 0, count > 0 else { return 1 }
        let raw = range / Double(count)
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= raw - 1e-12 {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// A coordinate to one decimal: enough for a screen or a printer, and short in the page.
    static func rounded(_ value: Double) -> Double {
        let rounded = (value * 10).rounded() / 10
        return rounded == 0 ? 0 : rounded
    }
}

/// Text measured and wrapped the way a chart lays it out without a browser to ask: a
/// character's width is estimated from the font size (in a sans-serif font capitals average
/// about 0.68 em, other characters about 0.55 em), generously, so text stays inside its room.
enum ChartText {
    static func width(_ text: String, fontSize: Double) -> Double {
        text.reduce(0) { $0 + (($1.isUppercase ? 0.68 : 0.55) * fontSize) }
    }

    /// `text` in lines at most `width` units wide, at most `maximumLines` of them; a word too
    /// long for a line, or a last line that leaves text out, is cut and ends with `…`.
    static func wrap(_ text: String, width: Double, fontSize: Double, maximumLines: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if line.isEmpty || self.width(candidate, fontSize: fontSize) <= width {
                line = candidate
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        let cut = lines.count > maximumLines
        lines = Array(lines.prefix(maximumLines)).map { fit($0, width: width, fontSize: fontSize) }
        if cut, let last = lines.popLast() { lines.append(fit(last + "…", width: width, fontSize: fontSize, ellipsis: true)) }
        return lines
    }

    /// `text`, cut and ended with `…` where it is wider than `width`.
    private static func fit(_ text: String, width: Double, fontSize: Double, ellipsis: Bool = false) -> String {
        guard self.width(text, fontSize: fontSize) > width || ellipsis else { return text }
        var kept = ellipsis ? String(text.dropLast()) : text
        while !kept.isEmpty && self.width(kept + "…", fontSize: fontSize) > width { kept.removeLast() }
        return kept.trimmingCharacters(in: .whitespaces) + "…"
    }
}
