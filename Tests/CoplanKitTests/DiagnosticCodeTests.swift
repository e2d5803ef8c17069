import Testing
@testable import CoplanCore

/// Each code states its severity and suppressibility; the letters users filter by must agree.
@Suite struct DiagnosticCodeTests {
    @Test(arguments: DiagnosticCode.allCases)
    func severityAgreesWithTheLetterUsersFilterBy(_ code: DiagnosticCode) {
        let expected: [Character: Severity] = ["E": .error, "W": .warning, "G": .gap]
        #expect(expected[code.rawValue.first!] == code.severity)
    }

    @Test func onlySyntaxAndNameErrorsAreUnsuppressible() {
        let unsuppressible = DiagnosticCode.allCases.filter { !$0.isSuppressible }
        #expect(unsuppressible == [.E100, .E101, .E102, .E200, .E201, .E202, .E203])
    }
}
