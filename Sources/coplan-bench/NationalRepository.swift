import CoplanKit
import CoplanTesting
import Foundation

/// Times `coplan check` on a repository the size of the whole country: 2,477 gmina plans, each
/// importing one of 380 powiat registries, generated in memory (`MemorySourceProvider`), checked
/// on one core and on `cores` cores (best of three runs each, as other work on the machine
/// makes single runs noisy). Returns the figure lines for the caller to print.
func runNationalRepositoryBenchmark(cores: Int) -> String {
    let clock = ContinuousClock()
    var files: [String: String] = [:]
    let generation = clock.measure { files = NationalRepository(gminy: 2_477, powiaty: 380).files() }
    let bytes = files.values.reduce(0) { $0 + $1.utf8.count }
    let lines = files.values.reduce(0) { $0 + $1.utf8.count { $0 == 0x0A } }
    let provider = MemorySourceProvider(files: files, root: "/kraj")
    let paths = files.keys.sorted()
    var out: [String] = []
    out.append(String(format: "national repository: 2,477 gmina plans + 380 powiat registries, %.1f MB, %d lines (generated in %.2f s)",
                      Double(bytes) / 1_048_576, lines, NationalRepository.seconds(generation)))
    var times: [Int: Double] = [:]
    var reference: String?
    for count in Array(Set([1, max(1, cores)])).sorted() {
        var options = Checker.Options()
        options.cores = count
        var report: CheckReport!
        let elapsed = (0..<3).map { _ in
            NationalRepository.seconds(clock.measure { report = Checker(options: options).check(paths: paths, provider: provider) })
        }.min()!
        times[count] = elapsed
        let summary = "\(report.files.count) files, \(report.plans.count) plans: \(report.errors) errors, \(report.warnings) warnings, \(report.gaps) gaps"
        out.append(String(format: "check on %d core%@: %6.2f s (best of 3)  %6.1f MB/s  (%@)",
                          count, count == 1 ? "" : "s", elapsed, Double(bytes) / 1_048_576 / elapsed, summary))
        // The report must not depend on the number of cores.
        let json = report.json.serialized()
        if let reference, reference != json { out.append("ERROR: the report on \(count) cores differs from the report on 1 core") }
        reference = reference ?? json
    }
    if let one = times[1], let many = times[max(1, cores)], cores > 1 {
        out.append(String(format: "speed-up on %d cores: %.2fx; target under 5 s: %@", cores, one / many, many < 5 ? "met" : "NOT met"))
    }
    return out.joined(separator: "\n")
}


/// A deterministic, realistic national plan repository: per powiat a registry like
/// `Plans/powiat-dzialdowski/powiat.plan` (six powiat partners, their signatories, the shared
/// vocabulary of needs), and per gmina a plan like `ilowo-osada.plan` (five to nine local
/// partners, four groups, ten to fourteen services, five or six agreements, a team and a goal).
/// Identifiers carry valid checksums, so the benchmark measures clean checking, not error paths.
struct NationalRepository {
    var gminy: Int
    var powiaty: Int

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    func files() -> [String: String] {
        var files: [String: String] = [:]
        for powiat in 0..<powiaty {
            files[registryPath(powiat)] = registry(powiat)
        }
        for gmina in 0..<gminy {
            let powiat = gmina % powiaty
            files["/kraj/\(voivodeshipCode(powiat))/\(powiatCode(powiat))/gmina-\(gmina).plan"] = plan(gmina, powiat: powiat)
        }
        return files
    }

    func registryPath(_ powiat: Int) -> String {
        "/kraj/\(voivodeshipCode(powiat))/\(powiatCode(powiat))/powiat.plan"
    }

    /// 16 voivodeships with even codes 02–32; powiaty spread over them.
    func voivodeshipCode(_ powiat: Int) -> String { pad(2 + 2 * (powiat % 16), 2) }
    func powiatCode(_ powiat: Int) -> String { voivodeshipCode(powiat) + pad(1 + powiat / 16, 2) }

    func registry(_ p: Int) -> String {
        var out = "# Rejestr podmiotów powiatowych – powiat \(p) (TERYT \(powiatCode(p)))\n\n"
        let partners: [(String, String, String, String)] = [
            ("pcpr", "Powiatowe Centrum Pomocy Rodzinie", "social_assistance", "dyrektor_pcpr"),
            ("pup", "Powiatowy Urząd Pracy", "employment", "dyrektor_pup"),
            ("ppp", "Poradnia Psychologiczno-Pedagogiczna", "education", "dyrektor_ppp"),
            ("kuratorzy", "Zespół Kuratorskiej Służby Sądowej Sądu Rejonowego", "justice", "prezes_sadu"),
            ("kpp", "Komenda Powiatowa Policji", "police", "komendant_kpp"),
            ("spzoz", "Szpital Powiatowy – Poradnia Terapii Uzależnień", "health", "dyrektor_szpitala"),
        ]
        for (index, (name, title, sector, signer)) in partners.enumerated() {
            let seed = 10_000_000 + p * 100 + index
            out += """
            podmiot \(name) "\(title) w powiecie \(p)" {
              sektor \(sector)
              poziom powiat
              rodzaj public
              regon "\(Checksums.regon(seed))"
              nip "\(Checksums.nip(500_000_000 + seed))"
              adres "ul. Powiatowa \(index + 1), 00-\(pad(p % 1000, 3)) Miasto \(p)"
              role partner, provider
            }

            osoba \(signer) "Osoba \(p)-\(index)" {
              z \(name)
              funkcja "Dyrektor: \(title)"
              podpisuje
              email "\(name)@powiat\(p).example"
            }


            """
        }
        out += """
        potrzeba aktywizacja "Aktywizacja społeczno-zawodowa" { sektory employment, social_assistance }
        potrzeba wsparcie_rodziny "Wsparcie w wypełnianiu ról rodzicielskich" { sektory social_assistance, education }
        potrzeba poradnictwo "Poradnictwo psychologiczno-pedagogiczne" { sektory education }
        potrzeba bezpieczenstwo "Bezpieczeństwo i przeciwdziałanie przemocy" { sektory police, justice }
        potrzeba terapia "Terapia uzależnień i profilaktyka" { sektory health }
        potrzeba czas_wolny "Kultura, sport i czas wolny" { sektory culture, sport }

        """
        return out
    }

    func plan(_ g: Int, powiat p: Int) -> String {
        let teryt = powiatCode(p) + pad(1 + g / powiaty, 2) + String([1, 2, 3][g % 3])
        let extra = g % 5 // 0–4 extra local partners: plans differ in size
        var out = """
        # Model kooperacji – gmina \(g) (powiat \(p))

        importuj "powiat.plan"

        plan gmina_\(g) "Model kooperacji – Gmina \(g)" {
          terytorium gmina "Gmina \(g)" teryt "\(teryt)"
          okres 2024-01-01 .. 2026-12-31
          język pl
          wymagaj sektory social_assistance, employment, education, police, justice
          wymagaj role lead = 1, coordinator >= 1
        }


        """
        var local: [(String, String, String)] = [
            ("gops", "Gminny Ośrodek Pomocy Społecznej", "social_assistance"),
            ("urzad", "Urząd Gminy", "local_government"),
            ("szkola", "Szkoła Podstawowa", "education"),
            ("gok", "Gminny Ośrodek Kultury", "culture"),
            ("poz", "Ośrodek Zdrowia", "health"),
        ]
        for index in 0..<extra {
            local.append(("ngo\(index)", "Stowarzyszenie Lokalne nr \(index + 1)", "ngo"))
        }
        for (index, (name, title, sector)) in local.enumerated() {
            let seed = 20_000_000 + g * 10 + index
            out += """
            podmiot \(name) "\(title) w gminie \(g)" {
              sektor \(sector)
              poziom gmina
              rodzaj \(sector == "ngo" ? "ngo" : "public")
              regon "\(Checksums.regon(seed))"
              adres "ul. Główna \(index + 1), 00-\(pad(g % 1000, 3)) Gmina \(g)"
              role \(name == "gops" ? "lead, coordinator" : "partner, provider")
            }

            osoba szef_\(name) "Kierownik \(g)-\(index)" {
              z \(name)
              funkcja "Kierownik: \(title)"
              podpisuje
            }


            """
        }
        out += """
        osoba koordynator "Koordynator \(g)" {
          z gops
          funkcja "Koordynator kooperacji"
        }

        grupa rodziny "Rodziny z trudnościami opiekuńczo-wychowawczymi" {
          liczebność \(20 + g % 40)
          potrzeby wsparcie_rodziny, poradnictwo
        }
        grupa bezrobotni "Osoby długotrwale bezrobotne" {
          liczebność \(40 + g % 90)
          potrzeby aktywizacja
        }
        grupa mlodziez "Młodzież zagrożona wykluczeniem" {
          liczebność \(15 + g % 30)
          potrzeby poradnictwo, bezpieczenstwo, czas_wolny
        }
        grupa uzaleznieni "Osoby uzależnione i ich rodziny" {
          liczebność \(10 + g % 25)
          potrzeby terapia, bezpieczenstwo
        }

        usługa asystent "Asystent rodziny" { przez gops; dla rodziny; zaspokaja wsparcie_rodziny; pojemność 12 na rok }
        usługa poradnictwo_rodzinne "Poradnictwo rodzinne" { przez pcpr; dla rodziny; zaspokaja wsparcie_rodziny; pojemność 30 na rok }
        usługa diagnoza "Diagnoza i terapia w poradni" { przez ppp; dla rodziny, mlodziez; zaspokaja poradnictwo; pojemność 50 na rok }
        usługa pedagog "Pedagog szkolny" { przez szkola; dla rodziny, mlodziez; zaspokaja poradnictwo; pojemność 40 na rok }
        usługa aktywizacja_pup "Aktywizacja i Integracja" { przez pup; dla bezrobotni; zaspokaja aktywizacja; pojemność 90 na rok }
        usługa kontrakt "Kontrakt socjalny" { przez gops; dla bezrobotni; zaspokaja aktywizacja; pojemność 40 na rok }
        usługa dzielnicowy "Dzielnicowy i „Niebieska Karta”" { przez kpp; dla mlodziez, uzaleznieni; zaspokaja bezpieczenstwo; pojemność 40 na rok }
        usługa nadzor "Nadzór kuratorski" { przez kuratorzy; dla mlodziez, uzaleznieni; zaspokaja bezpieczenstwo; pojemność 30 na rok }
        usługa zajecia "Zajęcia pozalekcyjne" { przez gok; dla mlodziez; zaspokaja czas_wolny; pojemność 40 na rok }
        usługa terapia_poz "Wczesna interwencja" { przez poz; dla uzaleznieni; zaspokaja terapia; pojemność 25 na rok }
        usługa terapia_szpital "Terapia odwykowa" { przez spzoz; dla uzaleznieni; zaspokaja terapia; pojemność 20 na rok }

        porozumienie gops_pcpr "Porozumienie GOPS – PCPR" {
          strony gops, pcpr
          okres 2024-01-01 .. 2026-12-31
          podpisano 2023-12-14 w "Gminie \(g)"
          gops zapewnia asystent
          pcpr zapewnia poradnictwo_rodzinne
          sygnatariusze szef_gops, dyrektor_pcpr
          dane_osobowe "art. 6 ust. 1 lit. c i e RODO"
          spotkania kwartalnie
          wypowiedzenie 3 miesiące
        }

        porozumienie gops_pup "Porozumienie GOPS – PUP" {
          strony gops, pup
          okres 2024-01-01 .. 2026-12-31
          podpisano 2023-12-18 w "Gminie \(g)"
          pup zapewnia aktywizacja_pup
          gops zapewnia kontrakt
          gops zobowiązuje "Kieruje do PUP osoby z kontraktem socjalnym w ciągu 14 dni."
          sygnatariusze szef_gops, dyrektor_pup
          spotkania miesięcznie
          wypowiedzenie 3 miesiące
        }

        porozumienie edukacja "Porozumienie GOPS – Szkoła – Poradnia" {
          strony gops, szkola, ppp
          okres 2024-01-01 .. 2026-12-31
          podpisano 2023-12-20 w "Gminie \(g)"
          szkola zapewnia pedagog
          ppp zapewnia diagnoza
          gops zobowiązuje "Informuje szkołę o rodzinach objętych asystą."
          sygnatariusze szef_gops, szef_szkola, dyrektor_ppp
          spotkania kwartalnie
        }

        porozumienie bezpieczenstwo_rodzin "Porozumienie o bezpieczeństwie rodzin" {
          strony gops, kpp, kuratorzy
          okres \(g % 4 == 0 ? "2024-07-01" : "2024-01-01") .. 2026-12-31
          podpisano \(g % 4 == 0 ? "2024-06-20" : "2023-12-21") w "Gminie \(g)"
          kpp zapewnia dzielnicowy
          kuratorzy zapewnia nadzor
          gops zobowiązuje "Zwołuje grupę diagnostyczno-pomocową w ciągu 3 dni."
          sygnatariusze szef_gops, komendant_kpp, prezes_sadu
          spotkania kwartalnie
        }

        porozumienie profilaktyka "Porozumienie o profilaktyce uzależnień" {
          strony urzad, gok, poz, spzoz
          okres 2024-01-01 .. 2026-12-31
          podpisano 2023-12-22 w "Gminie \(g)"
          gok zapewnia zajecia
          poz zapewnia terapia_poz
          spzoz zapewnia terapia_szpital
          urzad zobowiązuje "Finansuje zajęcia z gminnego programu profilaktyki."
          sygnatariusze szef_urzad, szef_gok, szef_poz, dyrektor_szpitala
          spotkania co 2 miesiące
        }


        """
        if extra > 0 {
            let ngos = (0..<extra).map { "ngo\($0)" }
            out += """
            porozumienie organizacje "Porozumienie z organizacjami pozarządowymi" {
              strony gops, \(ngos.joined(separator: ", "))
              okres 2024-01-01 .. 2026-12-31
              podpisano 2023-12-28 w "Gminie \(g)"
            \(ngos.map { "  \($0) zobowiązuje \"Prowadzi wolontariat i zajęcia dla rodzin.\"\n" }.joined())  gops zobowiązuje "Koordynuje działania organizacji."
              sygnatariusze szef_gops, \(ngos.map { "szef_\($0)" }.joined(separator: ", "))
            }


            """
        }
        out += """
        zespół zespol "Zespół kooperacyjny" {
          koordynator koordynator
          członkowie \(local.map(\.0).joined(separator: ", ")), pcpr, pup, ppp, kpp, kuratorzy
          zbiera_się miesięcznie
        }

        cel koordynacja "Koordynacja usług" {
          wskaźnik porozumienia >= 5
          wskaźnik podmioty >= 10
          wskaźnik pokrycie >= 90%
        }

        """
        return out
    }

    func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// Valid REGON and NIP numbers from a seed (check digits as `Identifiers` verifies them).
enum Checksums {
    static func digits(_ value: Int, count: Int) -> [Int] {
        var result: [Int] = []
        var rest = value
        for _ in 0..<count { result.insert(rest % 10, at: 0); rest /= 10 }
        return result
    }

    /// Eight digits of the seed, then the check digit (weights 8 9 2 3 4 5 6 7, 10 → 0).
    static func regon(_ seed: Int) -> String {
        let base = digits(seed % 100_000_000, count: 8)
        let check = zip(base, [8, 9, 2, 3, 4, 5, 6, 7]).reduce(0) { $0 + $1.0 * $1.1 } % 11 % 10
        return (base + [check]).map(String.init).joined()
    }

    /// Nine digits of the seed (moved on while the check would be 10), then the check digit.
    static func nip(_ seed: Int) -> String {
        var value = seed % 1_000_000_000
        while true {
            let base = digits(value, count: 9)
            let check = zip(base, [6, 5, 7, 2, 3, 4, 5, 6, 7]).reduce(0) { $0 + $1.0 * $1.1 } % 11
            if check != 10 { return (base + [check]).map(String.init).joined() }
            value += 1
        }
    }
}
