import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// A script's `:assert` condition: a measure of the session's plan compared with a target.
/// `no gaps` is `gaps == 0`, so every assertion reads and reports the same way.
package struct Assertion: Sendable, Equatable {
    package enum Measure: Sendable, Equatable {
        /// Coverage in percent (docs/LANGUAGE.md §4).
        case coverage
        case errors, warnings, gaps
        /// Gaps (G5xx) found on a group's pairs.
        case gapsFor(group: String)
    }

    package var measure: Measure
    package var comparison: Comparison
    package var target: Double

    package init(measure: Measure, comparison: Comparison, target: Double) {
        self.measure = measure
        self.comparison = comparison
        self.target = target
    }

    static let usage = "usage: :assert coverage >= 90% | no gaps | no errors | no warnings | gaps for GROUP == 0 | errors <= N"

    /// Parses the words after `:assert`.
    static func parse(_ words: [String]) throws(LocatedProblem) -> Assertion {
        // `>=90%` written without spaces is split into operator and value.
        let words = words.flatMap(splitOperator)
        guard let first = words.first else { throw LocatedProblem(usage) }
        if first == "no" {
            guard words.count == 2, let measure = countMeasure(words[1]) else {
                throw LocatedProblem(usage, suggestion: words.count == 2 ? Suggestion.closest(to: words[1], preferred: ["gaps", "errors", "warnings"]).map { "no " + $0 } : nil)
            }
            return Assertion(measure: measure, comparison: .equal, target: 0)
        }
        var rest = words.dropFirst()
        let measure: Measure
        if first == "coverage" {
            measure = .coverage
        } else if first == "gaps", rest.first == "for" {
            guard rest.count >= 2 else { throw LocatedProblem("`gaps for` needs a group name") }
            measure = .gapsFor(group: rest[rest.startIndex + 1])
            rest = rest.dropFirst(2)
        } else if let count = countMeasure(first) {
            measure = count
        } else {
            throw LocatedProblem("unknown measure `\(first)`",
                               suggestion: Suggestion.closest(to: first, preferred: ["coverage", "gaps", "errors", "warnings", "no"]))
        }
        guard rest.count == 2 else { throw LocatedProblem(usage) }
        let operatorWord = rest[rest.startIndex], valueWord = rest[rest.startIndex + 1]
        guard let comparison = operatorWord == "==" ? .equal : Comparison(rawValue: operatorWord) else {
            throw LocatedProblem("expected a comparison (`>=`, `<=`, `==`, `>`, `<`), found `\(operatorWord)`")
        }
        var number = Substring(valueWord)
        if number.hasSuffix("%") {
            guard measure == .coverage else { throw LocatedProblem("only `coverage` is a percentage") }
            number = number.dropLast()
        }
        guard let target = Double(number.replacing("_", with: "")), target >= 0 else {
            throw LocatedProblem("expected a number, found `\(valueWord)`")
        }
        return Assertion(measure: measure, comparison: comparison, target: target)
    }

    static func countMeasure(_ word: String) -> Measure? {
        switch word {
        case "errors": return .errors
        case "warnings": return .warnings
        case "gaps": return .gaps
        default: return nil
        }
    }

    static func splitOperator(_ word: String) -> [String] {
        let operators = [">=", "<=", "==", ">", "<", "="]
        if operators.contains(word) { return [word] }
        for op in [">=", "<=", "==", ">", "<", "="] where word.hasPrefix(op) && word.count > op.count {
            return [op, String(word.dropFirst(op.count))]
        }
        for op in [">=", "<=", "==", ">", "<", "="] {
            if let range = word.firstRange(of: op), range.lowerBound != word.startIndex {
                let rest = String(word[range.upperBound...])
                return [String(word[..<range.lowerBound]), op] + (rest.isEmpty ? [] : [rest])
            }
        }
        return [word]
    }

    /// How the assertion reads in messages.
    package var description: String {
        let value = measure == .coverage ? NumberText.percent(target) : NumberText.plain(target)
        let op = comparison == .equal ? "==" : comparison.rawValue
        if comparison == .equal, target == 0 {
            switch measure {
            case .errors: return "no errors"
            case .warnings: return "no warnings"
            case .gaps: return "no gaps"
            default: break
            }
        }
        switch measure {
        case .coverage: return "coverage \(op) \(value)"
        case .errors: return "errors \(op) \(value)"
        case .warnings: return "warnings \(op) \(value)"
        case .gaps: return "gaps \(op) \(value)"
        case .gapsFor(let group): return "gaps for \(group) \(op) \(value)"
        }
    }
}
