import CoplanDiff
import CoplanKit
import CoplanTesting
import Foundation

/// `coplan diff` of two versions of a generated plan: the second has every tenth agreement
/// removed, every seventh capacity cut and every fifth partner renamed. Prints the time of
/// checking both versions and of the comparison itself (one core, in memory).
func runDiffBenchmark(partners: Int) -> String {
    let old = PlanGenerator(partners: partners).text()
    var new = ""
    new.reserveCapacity(old.utf8.count)
    var skipping = false
    var agreement = 0, capacity = 0, partner = 0
    for line in old.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("agreement ") {
            agreement += 1
            skipping = agreement % 10 == 0
        }
        if skipping {
            if line == "}" { skipping = false }
            continue
        }
        if line.hasPrefix("  capacity ") {
            capacity += 1
            if capacity % 7 == 0 { new += "  capacity 1 per year\n"; continue }
        }
        if line.hasPrefix("partner ") {
            partner += 1
            if partner % 5 == 0 { new += line.replacingOccurrences(of: "Podmiot numer", with: "Podmiot nr") + "\n"; continue }
        }
        new += line + "\n"
    }
    var options = Checker.Options()
    options.cores = 1
    let clock = ContinuousClock()
    var sides: (DiffSide, DiffSide)!
    let check = clock.measure {
        sides = (DiffSide.check(paths: ["/repo/plan.plan"], provider: MemorySourceProvider(files: ["/repo/plan.plan": old]), options: options),
                 DiffSide.check(paths: ["/repo/plan.plan"], provider: MemorySourceProvider(files: ["/repo/plan.plan": new]), options: options))
    }
    var diff: PlanDiff!
    let compare = clock.measure { diff = PlanComparison.compare(old: sides.0, new: sides.1) }
    var markdown = ""
    let render = clock.measure { markdown = DiffMarkdown.render(diff, language: .pl) }
    return String(format: "  %d partners: check both %.3f s, compare %.3f s, markdown %.3f s (%d changes: %d breaking, %d risky; %d pairs; %d KB)",
                  partners, seconds(check), seconds(compare), seconds(render), diff.changes.count, diff.count(.breaking), diff.count(.risky),
                  diff.pairs.count, markdown.utf8.count / 1024)
}
