@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// A small random valid plan for pipeline property tests (the formatter has its own
/// `RandomPlan`, about syntax): a few partners (each with a signing person),
/// needs, groups, services and agreements with random periods. Kept as data so that tests can
/// render variants: without the last agreement, or without a partner and all that hangs on it.
struct ValidRandomPlan: CustomStringConvertible {
    struct PartnerSpec { var sector: String; var hasPhone: Bool }
    struct ServiceSpec { var by: Int; var group: Int; var needs: [Int]; var capacity: Int? }
    struct AgreementSpec { var parties: [Int]; var first: Day; var last: Day; var provides: [(party: Int, service: Int)] }

    static let sectors = ["social_assistance", "education", "health", "police", "culture", "ngo", "employment"]

    var seed: Int
    var period: (Day, Day)
    var partners: [PartnerSpec] = []
    var needs: [String] = []
    var groups: [(size: Int?, needs: [Int])] = []
    var services: [ServiceSpec] = []
    var agreements: [AgreementSpec] = []

    init(seed: Int) {
        self.seed = seed
        var random = SplitMix(seed: UInt64(truncatingIfNeeded: seed))
        let start = Day(ordinal: Day(iso: "2023-01-01")!.ordinal + random.int(0...700))
        period = (start, start.adding(days: random.int(30...900)))
        for _ in 0..<random.int(2...6) {
            partners.append(PartnerSpec(sector: Self.sectors[random.int(0...Self.sectors.count - 1)], hasPhone: random.bool()))
        }
        for _ in 0..<random.int(1...4) { needs.append(Self.sectors[random.int(0...Self.sectors.count - 1)]) }
        for _ in 0..<random.int(1...3) {
            let chosen = random.subset(of: needs.count, atLeast: 1)
            groups.append((random.bool() ? random.int(1...50) : nil, chosen))
        }
        for partner in partners.indices where random.int(0...3) > 0 {
            for _ in 0..<random.int(1...2) {
                let group = random.int(0...groups.count - 1)
                let meets = random.subset(of: groups[group].needs.count, atLeast: 1).map { groups[group].needs[$0] }
                services.append(ServiceSpec(by: partner, group: group, needs: meets, capacity: random.bool() ? random.int(1...40) : nil))
            }
        }
        for _ in 0..<random.int(0...5) {
            let parties = random.subset(of: partners.count, atLeast: 2).prefix(3)
            // Periods may start before, end after or miss the plan period altogether.
            let first = period.0.adding(days: random.int(-200...600))
            let last = first.adding(days: random.int(0...700))
            var provides: [(Int, Int)] = []
            for party in parties {
                let own = services.indices.filter { services[$0].by == party }
                if let pick = own.isEmpty ? nil : own[random.int(0...own.count - 1)], random.int(0...4) > 0 {
                    provides.append((party, pick))
                }
            }
            agreements.append(AgreementSpec(parties: Array(parties), first: first, last: last, provides: provides))
        }
    }

    var description: String { "ValidRandomPlan(seed: \(seed))" }

    /// The plan text; `agreementCount` keeps only the first agreements, `without` leaves out a
    /// partner with its person, services and every agreement it is a party to.
    func text(agreementCount: Int? = nil, without removed: Int? = nil) -> String {
        var out = """
        plan random_\(seed) "Plan losowy \(seed)" {
          territory gmina "Testowo" teryt "0603062"
          period \(period.0) .. \(period.1)
        }

        """
        for (index, partner) in partners.enumerated() where index != removed {
            out += """
            partner p\(index) "Podmiot \(index)" { sector \(partner.sector) }
            person o\(index) "Osoba Prywatna \(index)" {
              of p\(index)
              title "Dyrektor \(index)"
              signs
              email "osoba\(index)@example.org"
            \(partner.hasPhone ? "  phone \"+48 600 000 \(100 + index)\"\n" : "")}

            """
        }
        for (index, sector) in needs.enumerated() { out += "need n\(index) \"Potrzeba \(index)\" { sectors \(sector) }\n" }
        for (index, group) in groups.enumerated() {
            out += "group g\(index) \"Grupa \(index)\" {\n"
            if let size = group.size { out += "  size \(size)\n" }
            out += "  needs \(group.needs.map { "n\($0)" }.joined(separator: ", "))\n}\n"
        }
        for (index, service) in services.enumerated() where service.by != removed {
            out += "service s\(index) \"Usługa \(index)\" {\n  by p\(service.by)\n  for g\(service.group)\n"
            out += "  meets \(service.needs.map { "n\($0)" }.joined(separator: ", "))\n"
            if let capacity = service.capacity { out += "  capacity \(capacity) per month\n" }
            out += "}\n"
        }
        for (index, agreement) in agreements.prefix(agreementCount ?? agreements.count).enumerated()
        where removed.map({ !agreement.parties.contains($0) }) ?? true {
            out += "agreement a\(index) \"Porozumienie \(index)\" {\n"
            out += "  parties \(agreement.parties.map { "p\($0)" }.joined(separator: ", "))\n"
            out += "  period \(agreement.first) .. \(agreement.last)\n  signed \(agreement.first.adding(days: -10))\n"
            for party in agreement.parties {
                if let provided = agreement.provides.first(where: { $0.party == party }) {
                    out += "  p\(party) provides s\(provided.service)\n"
                } else {
                    out += "  p\(party) commits \"Informuje partnerów w ciągu 7 dni\"\n"
                }
            }
            out += "  signatories \(agreement.parties.map { "o\($0)" }.joined(separator: ", "))\n}\n"
        }
        return out
    }

    /// Checks `text` as one file and returns the report.
    static func check(_ text: String) -> CheckReport {
        var options = Checker.Options()
        options.cores = 1
        return Checker(options: options).check(paths: ["/repo/plan.plan"], provider: MemorySourceProvider(files: ["/repo/plan.plan": text]))
    }
}

/// Helpers for `ValidRandomPlan` on the shared SplitMix generator.
extension SplitMix {
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func bool() -> Bool { next() & 1 == 1 }

    /// Distinct indices below `count` (at least `atLeast`, at most `count`), in random order.
    mutating func subset(of count: Int, atLeast: Int) -> [Int] {
        var indices = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) { indices.swapAt(i, int(0...i)) }
        return Array(indices.prefix(int(min(atLeast, count)...count)))
    }
}
