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
    /// Measured as if these partners withdrew (`--without a,b`), as `:gaps --without` shows.
    package var without: [String] = []
    /// Measured on one day (`--at DATE`).
    package var at: String?

    package init(measure: Measure, comparison: Comparison, target: Double, without: [String] = [], at: String? = nil) {
        self.measure = measure
        self.comparison = comparison
        self.target = target
        self.without = without
        self.at = at
    }

    /// Whether the assertion measures a what-if rather than the plan as written.
    package var isWhatIf: Bool { !without.isEmpty || at != nil }

    /// Parses the words after `:assert`.
    static func parse(_ words: [String]) throws(LocatedProblem) -> Assertion {
        // The what-if options may stand anywhere; the rest is the condition.
        var without: [String] = []
        var at: String?
        var condition: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--without" || word == "--at" {
                guard index + 1 < words.count else { throw LocatedProblem(CommandMessage.optionNeedsValue(option: word)) }
                let value = words[index + 1]
                if word == "--at" {
                    guard Day(iso: value) != nil else { throw LocatedProblem(CommandMessage.atNeedsCalendarDate(text: value)) }
                    at = value
                } else {
                    without += value.split(separator: ",").map(String.init).filter { !$0.isEmpty }
                }
                index += 2
                continue
            }
            if word.hasPrefix("--") {
                throw LocatedProblem(CommandMessage.unknownOption(option: word, command: "assert"),
                                     suggestion: Suggestion.closest(to: word, preferred: ["--without", "--at"]))
            }
            condition.append(word)
            index += 1
        }
        var assertion = try parseCondition(condition)
        assertion.without = without
        assertion.at = at
        return assertion
    }

    static func parseCondition(_ words: [String]) throws(LocatedProblem) -> Assertion {
        // `>=90%` written without spaces is split into operator and value.
        let words = words.flatMap(splitOperator)
        guard let first = words.first else { throw LocatedProblem(CommandMessage.assertUsage) }
        if first == "no" {
            guard words.count == 2, let measure = countMeasure(words[1]) else {
                throw LocatedProblem(CommandMessage.assertUsage, suggestion: words.count == 2 ? Suggestion.closest(to: words[1], preferred: ["gaps", "errors", "warnings"]).map { "no " + $0 } : nil)
            }
            return Assertion(measure: measure, comparison: .equal, target: 0)
        }
        var rest = words.dropFirst()
        let measure: Measure
        if first == "coverage" {
            measure = .coverage
        } else if first == "gaps", rest.first == "for" {
            guard rest.count >= 2 else { throw LocatedProblem(CommandMessage.gapsForNeedsGroup) }
            measure = .gapsFor(group: rest[rest.startIndex + 1])
            rest = rest.dropFirst(2)
        } else if let count = countMeasure(first) {
            measure = count
        } else {
            throw LocatedProblem(CommandMessage.unknownMeasure(word: first),
                               suggestion: Suggestion.closest(to: first, preferred: ["coverage", "gaps", "errors", "warnings", "no"]))
        }
        guard rest.count == 2 else { throw LocatedProblem(CommandMessage.assertUsage) }
        let operatorWord = rest[rest.startIndex], valueWord = rest[rest.startIndex + 1]
        guard let comparison = operatorWord == "==" ? .equal : Comparison(rawValue: operatorWord) else {
            throw LocatedProblem(CommandMessage.expectedComparison(found: operatorWord))
        }
        var number = Substring(valueWord)
        if number.hasSuffix("%") {
            guard measure == .coverage else { throw LocatedProblem(CommandMessage.onlyCoverageIsPercentage) }
            number = number.dropLast()
        }
        guard let target = Double(number.replacing("_", with: "")), target >= 0 else {
            throw LocatedProblem(CommandMessage.expectedNumber(found: valueWord))
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

    /// How the assertion reads in messages, with its what-if.
    package var description: String {
        var text = conditionDescription
        if !without.isEmpty { text += " --without " + without.joined(separator: ",") }
        if let at { text += " --at " + at }
        return text
    }

    var conditionDescription: String {
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
