/// Which numbers a number item takes, decided on exact decimals (``DecimalNumber``): a value
/// from min to max that is min plus a whole number of steps.
///
/// The one rule for a number answer: typed with `score`, in the walk, read from a rating file,
/// and counted for a printed form.
extension NumberSpec {
    /// Why `value` is not an answer to this item; nil when it is.
    public func problem(with value: DecimalNumber) -> NumberProblem? {
        let number = value.doubleValue
        guard number >= minimum, number <= maximum else { return .outOfRange }
        guard let step else { return nil }
        guard let width = DecimalNumber(step), let origin = DecimalNumber(minimum), value.isOnStep(width, from: origin) else {
            return .offStep(step: InstrumentLimits.format(step), from: InstrumentLimits.format(minimum))
        }
        return nil
    }

    /// Every answer, lowest first, when there are at most `limit`: min, min + step, … up to
    /// max (a step of 1 when none is declared); nil when there are more.
    public func values(atMost limit: Int) -> [DecimalNumber]? {
        guard let origin = DecimalNumber(minimum), let top = DecimalNumber(maximum), let width = DecimalNumber(step ?? 1) else {
            return nil
        }
        return origin.steps(width, through: top, limit: limit)
    }
}

/// Why a number is not an answer to a number item.
public enum NumberProblem: Hashable, Sendable {
    /// Below min or above max.
    case outOfRange
    /// Not min plus a whole number of steps; the step and min as the instrument writes them.
    case offStep(step: String, from: String)
}
