import SpiegelCore

extension SessionReport {
    /// The comparison as one CSV table: one row per item and one per mean (section and
    /// overall), with every column's answer, the peers' median, the differences and the flag.
    /// Numbers are exact (not rounded); empty cells mean "no value".
    public var table: ResearchExport.Table {
        let answerColumns = columns.map { "\($0.id) (\($0.rater))" }
        let header =
            ["row", "section", "item", "number"] + answerColumns + [
                "peers_median", "self_minus_supervisor", "self_minus_peers_median", "spread", "threshold", "flagged", "in_profile",
            ]
        var rows: [[String]] = []
        for section in sections {
            for row in section.items {
                rows.append(
                    ["item", section.id, row.item.id, row.item.number] + row.cells.map(\.text)
                        + [row.peersMedian, row.selfMinusSupervisor, row.selfMinusPeersMedian, row.spread, row.threshold].map(\.exactText)
                        + [row.isFlagged ? "1" : "0", row.inProfile ? "1" : "0"])
            }
            rows.append(Self.meansCells("section-mean", section.id, section.means))
        }
        rows.append(Self.meansCells("overall-mean", "", overall))
        return ResearchExport.Table(columns: header, rows: rows)
    }

    private static func meansCells(_ kind: String, _ section: String, _ means: MeansRow) -> [String] {
        [kind, section, "", ""] + means.means.map(\.mean.exactText)
            + [means.peersMedian, means.selfMinusSupervisor, means.selfMinusPeersMedian].map(\.exactText) + ["", "", "", ""]
    }
}
