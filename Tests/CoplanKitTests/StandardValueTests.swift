import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel

/// Where a sector or role is expected, the standard values and their Polish names come first
/// (issue #12, item 7), and a name that is none lists them in both spellings (item 6).
@Suite struct StandardValueTests {
    static let base = "plan p \"P\" { okres 2020-01-01 .. 2020-12-31 }\n"

    static func resolve(_ text: String) -> (model: PlanModel, diagnostics: [Diagnostic]) {
        Resolver.resolve([Parser.parse(base + text)])
    }

    @Test func aStandardSectorWinsOverANeedOfTheSameName() {
        let (model, diagnostics) = Self.resolve("""
            potrzeba zdrowie "Zdrowie" { sektory zdrowie }
            grupa g "G" { potrzeby zdrowie }
            podmiot poz "Przychodnia" { sektor zdrowie }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(model.partners[0].sector.map { model[$0].standard } == .health)
        #expect(model.needs[0].sectors.map { model[$0].standard } == [.health])
        // Where a need is expected, the name is still the need.
        #expect(model.groups[0].needs.map { model[$0.value].name } == ["zdrowie"])
    }

    @Test func aStandardRoleWinsOverAPersonOfTheSameName() {
        let (model, diagnostics) = Self.resolve("""
            podmiot gops "GOPS" { sektor pomoc_społeczna; role koordynator, lider }
            osoba koordynator "Anna Nowak" { z gops; podpisuje }
            zespół z1 "Zespół" { koordynator koordynator; członkowie gops }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(model.partners[0].roles.map { model[$0].standard } == [.coordinator, .lead])
        #expect(model.teams[0].coordinator.map { model[$0].name } == "koordynator")
    }

    @Test func aSectorDeclaredUnderAPolishStandardNameIsE201AndTheStandardKeepsTheName() {
        let (model, diagnostics) = Self.resolve("""
            sektor zdrowie "Zdrowie publiczne" {}
            podmiot poz "Przychodnia" { sektor zdrowie }
            """)
        #expect(diagnostics.map(\.code) == [.E201])
        let finding = try! #require(diagnostics.first)
        #expect(finding.message.en == "`zdrowie` is the Polish name of the standard sector `health` and cannot be declared again")
        #expect(finding.message.pl == "`zdrowie` jest polską nazwą sektora standardowego `health` i nie można jej zadeklarować ponownie")
        // The message says exactly what to write.
        #expect(finding.help?.en.contains("`health`") == true)
        #expect(finding.help?.pl.contains("`health`") == true)
        #expect(model.partners[0].sector.map { model[$0].standard } == .health)
    }

    @Test func aRoleDeclaredUnderAPolishStandardNameIsE201() {
        let (_, diagnostics) = Self.resolve("rola lider \"Lider\" {}\n")
        #expect(diagnostics.map(\.code) == [.E201])
        #expect(diagnostics.first?.help?.pl == "aby wskazać rolę standardową, usuń tę deklarację i pisz `lider` lub `lead`; dla własnej roli wybierz inną nazwę")
    }

    @Test func ownSectorsWithOtherNamesStillResolve() {
        let (model, diagnostics) = Self.resolve("""
            sektor mlodziez "Młodzież" {}
            podmiot klub "Klub" { sektor mlodziez }
            """)
        #expect(diagnostics.isEmpty)
        #expect(model.partners[0].sector.map { model[$0].name } == "mlodziez")
    }

    @Test func aStandardValueOfTheOtherKindIsE202NamingIt() {
        let (_, diagnostics) = Self.resolve("podmiot gops \"GOPS\" { sektor lider; role policja }\n")
        #expect(diagnostics.map(\.code) == [.E202, .E202])
        #expect(diagnostics.map(\.message.en) == [
            "`lider` is the standard role `lead`, but a sector is expected here",
            "`policja` is the standard sector `police`, but a role is expected here",
        ])
        #expect(diagnostics.map(\.message.pl) == [
            "`lider` jest rolą standardową `lead`, a tu należy podać sektor",
            "`policja` jest sektorem standardowym `police`, a tu należy podać rolę",
        ])
    }

    /// Elsewhere a Polish standard name is an ordinary name: a partner may be called `policja`.
    @Test func elsewhereAPolishStandardNameIsAnOrdinaryName() {
        let (model, diagnostics) = Self.resolve("""
            podmiot policja "Komenda" { sektor policja }
            usługa u "U" { przez policja; dla g; zaspokaja n }
            grupa g "G" { potrzeby n }
            potrzeba n "N" {}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(model.services[0].provider.map { model[$0].name } == "policja")
        #expect(model.partners[0].sector.map { model[$0].standard } == .police)
    }

    /// Levels and kinds are closed sets, read as words: partners named like them do not interfere.
    @Test func levelsAndKindsAreFoundBesideNamesOfTheirSpelling() {
        let (model, diagnostics) = Self.resolve("""
            podmiot gmina "Gmina" { sektor samorząd; poziom gmina; rodzaj publiczny }
            podmiot publiczny "P" { sektor samorzad; poziom województwo; rodzaj kościelny }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(model.partners.map(\.level) == [.gmina, .wojewodztwo])
        #expect(model.partners.map(\.kind) == [.public, .church])
    }

    @Test func anUnknownSectorListsTheStandardOnesInBothSpellings() {
        let (_, diagnostics) = Self.resolve("podmiot szkola \"Szkoła\" { sektor oswiata }\n")
        #expect(diagnostics.map(\.code) == [.E200])
        let finding = try! #require(diagnostics.first)
        #expect(finding.message.pl == "nieznany sektor `oswiata`")
        #expect(finding.suggestion == nil)
        let help = try! #require(finding.help)
        for sector in StandardSector.allCases {
            let pair = "`\(sector.id)`/`\(sector.polishIdentifiers[0])`"
            #expect(help.en.contains(pair) && help.pl.contains(pair), "\(pair) is not listed")
        }
        // The declaration it offers is spelt in the file's keywords.
        #expect(help.pl.hasSuffix("własny sektor zadeklaruj jako `sektor oswiata \"…\" {}`"))
        #expect(help.en.hasSuffix("for a sector of your own, declare `sektor oswiata \"…\" {}`"))
    }

    @Test func aNearMissGetsDidYouMeanAndTheListAsANote() {
        let (_, diagnostics) = Self.resolve("podmiot szkola \"Szkoła\" { sektor edukacjaa; role koordynatorr }\n")
        #expect(diagnostics.map(\.code) == [.E200, .E200])
        #expect(diagnostics.map(\.suggestion) == ["edukacja", "koordynator"])
        #expect(diagnostics.map { $0.helpText?.pl } == ["czy chodziło o `edukacja`?", "czy chodziło o `koordynator`?"])
        #expect(diagnostics[0].notes.first?.message.en.contains("`education`/`edukacja`") == true)
        #expect(diagnostics[1].notes.first?.message.pl.contains("`coordinator`/`koordynator`, `partner`,") == true)
        #expect(diagnostics.allSatisfy { $0.notes.first?.span == nil })
    }

    @Test func unknownNamesOfOtherKindsListNothing() {
        let (_, diagnostics) = Self.resolve("osoba anna \"Anna\" { z gosp }\npodmiot gops \"GOPS\" { sektor edukacja }\n")
        #expect(diagnostics.map(\.code) == [.E200])
        #expect(diagnostics.first?.notes.isEmpty == true)
        #expect(diagnostics.first?.message.pl == "nieznany podmiot `gosp`")
    }

    @Test func unknownNamesAgreeInGender() {
        let (_, diagnostics) = Self.resolve("""
            porozumienie a "A" { strony x, y; okres 2020-01-01 .. 2020-12-31; x zapewnia u1 }
            grupa g "G" { potrzeby brak }
            """)
        let polish = Set(diagnostics.filter { $0.code == .E200 }.map(\.message.pl))
        #expect(polish.isSuperset(of: ["nieznany podmiot `x`", "nieznana usługa `u1`", "nieznana potrzeba `brak`"]))
    }
}
