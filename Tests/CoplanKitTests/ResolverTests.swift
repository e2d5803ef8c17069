import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// Names, kinds, forward references and imports.
@Suite struct ResolverTests {
    static let base = """
    plan p "P" { period 2020-01-01 .. 2020-12-31 }

    """

    @Test func forwardReferencesResolve() {
        let text = Self.base + """
        service s "S" { by gops; for g; meets n }
        group g "G" { needs n }
        need n "N" {}
        partner gops "GOPS" { sector social_assistance }
        """
        let (model, diagnostics) = Resolver.resolve([Parser.parse(text)])
        #expect(diagnostics.isEmpty)
        let service = model.services[0]
        #expect(service.provider.map { model[$0].name } == "gops")
        #expect(service.groups.map { model[$0].name } == ["g"])
    }

    @Test func suggestionsPreferTheExpectedKind() {
        // `gopz` is one edit from partner `gops` and from group `gopy`; a partner is expected.
        let text = Self.base + """
        partner gops "GOPS" { sector social_assistance }
        group gopy "G" { needs n }
        need n "N" {}
        person x "X" { of gopz }
        """
        let (_, diagnostics) = Resolver.resolve([Parser.parse(text)])
        #expect(diagnostics.map(\.code) == [.E200])
        #expect(diagnostics.first?.suggestion == "gops")
    }

    @Test func polishStandardNames() {
        let text = Self.base + "podmiot gops \"G\" { sektor pomoc_społeczna; role lider, koordynator }"
        let (model, diagnostics) = Resolver.resolve([Parser.parse(text)])
        #expect(diagnostics.isEmpty)
        #expect(model.partners[0].sector.map { model[$0].name } == "social_assistance")
        #expect(model.partners[0].roles.map { model[$0].name } == ["lead", "coordinator"])
    }

    @Test func sectorsAndRolesKnowTheirStandardValue() {
        let text = Self.base + "sector youth \"Młodzież\" {}\nrole mentor \"Mentor\" {}\n"
            + "podmiot gops \"G\" { sektor pomoc_spoleczna; role lider, mentor }\npartner klub \"K\" { sector youth }"
        let (model, diagnostics) = Resolver.resolve([Parser.parse(text)])
        #expect(diagnostics.isEmpty)
        #expect(model.partners[0].sector.map { model[$0].standard } == .socialAssistance)
        #expect(model.partners[0].roles.map { model[$0].standard } == [.lead, nil])
        #expect(model.partners[1].sector.map { model[$0].standard } == .some(nil))
        // Every standard value is predeclared under its id and its Polish label.
        for sector in StandardSector.allCases {
            let symbol = model.symbol(sector.id)
            #expect(symbol?.kind == .sector)
            #expect(symbol.map { model.sectors[$0.index].standard } == sector)
            #expect(symbol.map { model.sectors[$0.index].title } == sector.polishLabel)
            for word in sector.polishIdentifiers { #expect(StandardSector(polishIdentifier: word) == sector) }
        }
        for role in StandardRole.allCases {
            #expect(model.symbol(role.id).map { model.roles[$0.index].standard } == role)
        }
    }

    @Test func standardNamesCannotBeRedeclared() {
        #expect(codes(Self.base + "sector health \"Zdrowie\" {}").contains(.E201))
    }

    @Test func importsShareOneNamespace() {
        let report = checkReport([
            "/repo/gmina.plan": "import \"powiat/registry.plan\"\n" + Self.base + """
            partner gops "GOPS" { sector social_assistance }
            person a "A" { of gops; signs }
            person b "B" { of pup; signs }
            agreement x "X" { parties gops, pup; period 2020-01-01 .. 2020-12-31; gops commits "a"; pup commits "b"; signatories a, b }
            """,
            "/repo/powiat/registry.plan": "partner pup \"PUP\" { sector employment }\npartner pcpr \"PCPR\" { sector social_assistance }\n",
        ], analyse: false)
        #expect(report.errors == 0)
        // The registry is part of the plan, not a plan of its own; its unused partner is no warning.
        #expect(report.plans.count == 1)
        #expect(report.warnings == 0)
        #expect(report.files == ["gmina.plan", "powiat/registry.plan"])
    }

    @Test func sharedRegistryIsParsedOnceAndReportedOnce() {
        let bad = "partner pup \"PUP\" { sector employmnt }\n"
        let plan = { (name: String) in "import \"registry.plan\"\nplan \(name) \"P\" { period 2020-01-01 .. 2020-12-31 }\n" }
        let report = checkReport(["/repo/a.plan": plan("a"), "/repo/b.plan": plan("b"), "/repo/registry.plan": bad], analyse: false)
        #expect(report.plans.count == 2)
        #expect(report.diagnostics.filter { $0.code == .E200 }.count == 1)
    }

    @Test func importOutsideRootAndEtcPasswd() {
        let report = checkReport([
            "/repo/a.plan": "import \"../../etc/passwd\"\nimport \"../etc/passwd\"\n" + Self.base,
            "/etc/passwd": "root:x:0:0:root:/root:/bin/bash\n",
        ], roots: ["/repo/a.plan"], analyse: false)
        #expect(report.diagnostics.map(\.code) == [.E203, .E203])
        #expect(report.diagnostics.allSatisfy { $0.message.en.contains("leaves the repository root") })
        #expect(!report.files.contains { $0.contains("passwd") })
    }

    @Test func importCycleIsReportedOnce() {
        let report = checkReport([
            "/repo/a.plan": "import \"b.plan\"\n" + Self.base,
            "/repo/b.plan": "import \"c.plan\"\n",
            "/repo/c.plan": "import \"a.plan\"\n",
        ], analyse: false)
        #expect(report.diagnostics.filter { $0.code == .E203 }.map(\.message.en) == ["import cycle: `a.plan` → `b.plan` → `c.plan` → `a.plan`"])
    }

    @Test func cycleWithoutAnyRootIsStillChecked() {
        let report = checkReport(["/repo/a.plan": "import \"b.plan\"\n", "/repo/b.plan": "import \"a.plan\"\n"], analyse: false)
        #expect(report.diagnostics.contains { $0.code == .E203 })
    }

    @Test func deepImportChainIsBounded() {
        var files: [String: String] = ["/repo/f0.plan": "import \"f1.plan\"\n" + Self.base]
        for index in 1...100 { files["/repo/f\(index).plan"] = "import \"f\(index + 1).plan\"\n" }
        files["/repo/f101.plan"] = "\n"
        let report = checkReport(files, roots: ["/repo/f0.plan"], analyse: false)
        #expect(report.diagnostics.contains { $0.message.en.contains("deeper than \(Workspace.maxImportDepth)") })
    }
}

@Suite struct SuggestionTests {
    @Test func closestByEditDistanceWithPolishFolding() {
        #expect(Suggestion.closest(to: "szkla", preferred: ["szkoła", "gops"]) == "szkoła")
        #expect(Suggestion.closest(to: "gosp", preferred: ["gops"]) == "gops") // transposition counts once
        #expect(Suggestion.closest(to: "xyz", preferred: ["gops"]) == nil)
    }

    @Test func tiesPreferTheLongerSharedBeginning() {
        #expect(Suggestion.closest(to: "pupp", preferred: ["ppp", "pup"]) == "pup")
        #expect(Suggestion.closest(to: "pupp", preferred: ["pup", "ppp"]) == "pup")
    }

    @Test func expectedKindFirst() {
        #expect(Suggestion.closest(to: "gopz", preferred: ["gops"], others: ["gopy"]) == "gops")
        #expect(Suggestion.closest(to: "gopz", preferred: ["zzz"], others: ["gopy"]) == "gopy")
    }
}

extension SuggestionTests {
    @Test func tiesKeepTheWordIntactAroundTheTypo() {
        #expect(Suggestion.closest(to: "adress", preferred: ["adres", "address"]) == "address")
    }
}
