import SpiegelCore
import Testing

@Suite("RatingsMatrix")
struct RatingsMatrixTests {
    @Test("rows are units, columns raters; short rows are padded with missing")
    func rows() {
        let m = RatingsMatrix(rows: [[1], [1, 2, 3], []])
        #expect(m.unitCount == 3)
        #expect(m.raterCount == 3)
        #expect(m[0, 0] == 1)
        #expect(m[0, 2] == nil)
        #expect(Array(m.ratings(ofUnit: 1)) == [1, 2, 3])
        #expect(m.ratings(ofRater: 1) == [nil, 2, nil])
        #expect(m.ratingCount == 4)
        #expect(!m.hasNoRatings)
    }

    @Test("non-finite values are stored as missing")
    func nonFinite() {
        let m = RatingsMatrix(rows: [[.nan, .infinity, -.infinity, 2]])
        #expect(Array(m.ratings(ofUnit: 0)) == [nil, nil, nil, 2])
    }

    @Test("empty input")
    func empty() {
        let m = RatingsMatrix(rows: [])
        #expect(m.unitCount == 0 && m.raterCount == 0 && m.hasNoRatings)
    }

    @Test("triples: units and raters in order of first appearance")
    func triples() throws {
        let m = try RatingsMatrix(triples: [
            (unit: "s2·i1", rater: "bob", value: 3.0),
            (unit: "s1·i1", rater: "ann", value: 1.0),
            (unit: "s2·i1", rater: "ann", value: 2.0),
            (unit: "s1·i2", rater: "cy", value: nil),
        ])
        #expect(m.unitCount == 3)
        #expect(m.raterCount == 3)  // "cy" only answered n.v.t. but is still a rater
        #expect(Array(m.ratings(ofUnit: 0)) == [3, 2, nil])
        #expect(Array(m.ratings(ofUnit: 1)) == [nil, 1, nil])
        #expect(Array(m.ratings(ofUnit: 2)) == [nil, nil, nil])
    }

    @Test("triples: a (unit, rater) pair given twice is an error, even as n.v.t.")
    func duplicateTriple() {
        #expect(throws: RatingsMatrix.BuildError.duplicateRating(unit: "u1", rater: "r1")) {
            try RatingsMatrix(triples: [
                (unit: "u1", rater: "r1", value: 1.0), (unit: "u1", rater: "r1", value: nil),
            ])
        }
    }

    @Test("integer unit and rater keys work too")
    func integerKeys() throws {
        let m = try RatingsMatrix(triples: [(unit: 7, rater: 1, value: 2.0), (unit: 7, rater: 2, value: 3.0)])
        #expect(Array(m.ratings(ofUnit: 0)) == [2, 3])
    }
}
