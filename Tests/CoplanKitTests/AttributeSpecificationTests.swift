import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanModel
@testable import CoplanSession

/// The attribute specification is the one description of every attribute; these tests hold
/// the promises the rest of the pipeline relies on when it derives from it.
@Suite struct AttributeSpecificationTests {
    /// E300 always has help for what to add.
    @Test func everyRequiredAttributeSaysWhatToAdd() {
        for kind in DeclarationKind.allCases {
            for rule in AttributeSchema.for(kind).rules where rule.required {
                #expect(rule.missingHelp != nil, "\(kind) `\(rule.keyword)` is required but has no help")
            }
        }
    }

    /// An attribute's word means one attribute within its kind (the resolver finds the rule by
    /// spelling), and no attribute word starts a party line.
    @Test func spellingsAreUnambiguousWithinAKind() {
        for kind in DeclarationKind.allCases {
            let schema = AttributeSchema.for(kind)
            for rule in schema.rules {
                for spelling in rule.keyword.spellings {
                    #expect(schema.rule(for: spelling)?.keyword == rule.keyword, "\(kind): `\(spelling)`")
                }
            }
        }
    }

    /// Every attribute whose value names declarations reports what it names, and only names of
    /// the kind its shape says; checked on the shipped plans, where every such attribute is used.
    @Test(arguments: ["dzialdowo-mlw.plan", "lesniowice-liderzy-kooperacji.plan"])
    func referencesFollowTheValueShape(_ name: String) throws {
        let (plan, _) = try ShippedPlansTests.load(name)
        let model = plan.model
        var used: Set<String> = []
        for kind in DeclarationKind.allCases {
            let schema = AttributeSchema.for(kind)
            for rule in schema.rules {
                guard let target = rule.value.referencedKind else { continue }
                #expect(rule.referenced != nil, "\(kind) `\(rule.keyword)` names \(target)s but reports none")
                for index in model.headers(of: kind).indices {
                    let named = rule.references(in: model, index: index)
                    #expect(named.allSatisfy { $0.kind == target }, "\(kind) `\(rule.keyword)`")
                    if !named.isEmpty { used.insert("\(kind).\(rule.keyword)") }
                }
            }
        }
        // The seed plans exercise the reference attributes the REPL's "used by" depends on.
        for expected in ["partner.sector", "person.of", "group.needs", "service.by", "service.for", "service.meets",
                         "agreement.parties", "agreement.signatories", "team.coordinator", "team.members"] {
            #expect(used.contains(expected), "\(expected) never named anything in \(name)")
        }
    }

    /// The formatter and completion read keyword positions from the value shape: each slot's
    /// words are real keywords whose spellings the resolver accepts there.
    @Test func keywordSlotsNameKeywordsOfTheirShape() {
        let capacity = ValueShape.capacity.keywordSlots { _, _ in false }
        #expect(capacity.map(\.position) == [1, 2])
        #expect(capacity[0].candidates == [.per])
        let every = ValueShape.frequency.keywordSlots { index, keyword in index == 0 && keyword == .every }
        #expect(every.map(\.position) == [0, 2] && every[1].countAt == 1)
        let weekly = ValueShape.frequency.keywordSlots { _, _ in false }
        #expect(weekly.map(\.position) == [0])
    }
}
