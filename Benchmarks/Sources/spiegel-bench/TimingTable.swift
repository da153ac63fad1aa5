import Foundation

/// The human-readable summary of an agreement benchmark: one line per timed step.
enum TimingTable {
    /// Steps in the order they are printed, with what each one times.
    static let steps: [(key: String, label: String)] = [
        ("store_read", "read sessions + ratings (no evidence) from store"),
        ("report_self_supervisor", "AgreementReport, roles self vs supervisor"),
        ("report_all_raters", "AgreementReport, all raters"),
        ("matrices_build", "rebuild overall + total matrices (public API)"),
        ("kappa_unweighted", "Cohen's kappa unweighted (self/supervisor, overall)"),
        ("kappa_linear", "Cohen's kappa linear"),
        ("kappa_quadratic", "Cohen's kappa quadratic"),
        ("alpha_nominal", "Krippendorff's alpha nominal (all raters, overall)"),
        ("alpha_ordinal", "Krippendorff's alpha ordinal"),
        ("alpha_interval", "Krippendorff's alpha interval"),
        ("icc", "ICC(1,1), (2,1), (3,1) in one call (total scores)"),
    ]

    static func render(_ outcome: AgreementBenchmark.Outcome, openMs: Double) -> String {
        var lines = [
            "\(outcome.store): \(outcome.sessions) sessions, \(outcome.ratings) ratings; rater columns (all raters): "
                + outcome.raterColumns.joined(separator: ", "),
            "opening the store: \(format(openMs)) ms",
            pad("step", 54) + pad("runs", 6, left: true) + pad("median", 10, left: true) + pad("q1", 10, left: true)
                + pad("q3", 10, left: true) + pad("min", 10, left: true) + pad("max", 10, left: true) + "  (ms)",
        ]
        for (key, label) in steps {
            guard let t = outcome.timingsMs[key] else { continue }
            let figures = [t.median, t.q1, t.q3, t.min, t.max].map { pad(format($0), 10, left: true) }
            lines.append(pad(label, 54) + pad(String(t.runs), 6, left: true) + figures.joined())
        }
        lines.append("values:")
        for key in outcome.values.keys.sorted() {
            let figure = outcome.values[key]!
            lines.append("  \(pad(key, 18)) \(figure.value.map { String($0) } ?? "undefined")  (n = \(figure.n))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ ms: Double) -> String { String(format: ms < 10 ? "%.3f" : "%.1f", ms) }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return left ? fill + text : text + fill
    }
}
