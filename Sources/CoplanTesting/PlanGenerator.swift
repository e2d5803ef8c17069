import CoplanKit
/// Generates valid synthetic plans of any size, for the benchmark, property tests and fuzz
/// seeds. Deterministic: the same parameters give the same text. Every identifier number
/// passes its checksum, so a generated plan checks without errors.
package struct PlanGenerator: Sendable {
    package var partners: Int
    /// Varies names and numbers between otherwise identical runs.
    package var seed: Int

    package init(partners: Int, seed: Int = 1) {
        self.partners = max(2, partners)
        self.seed = seed
    }

    var needCount: Int { max(6, partners / 100) }
    var groupCount: Int { max(3, partners / 50) }

    static let sectors = StandardSector.allCases.map(\.id)

    /// A valid 9-digit REGON derived from `number`.
    package static func regon(_ number: Int) -> String {
        let body = pad(10_000_000 + number % 89_999_999, 8)
        let digits = body.utf8.map { Int($0 - 0x30) }
        let check = zip(digits, [8, 9, 2, 3, 4, 5, 6, 7]).reduce(0) { $0 + $1.0 * $1.1 } % 11 % 10
        return body + String(check)
    }

    package func text() -> String {
        var out = ""
        out.reserveCapacity(partners * 520)
        out += """
        # Synthetic plan: \(partners) partners (seed \(seed))
        plan synthetic_\(seed) "Plan syntetyczny \(partners)" {
          territory gmina "Gmina Testowa" teryt "0603062"
          period 2020-01-01 .. 2022-12-31
          language pl
          budget 1_000_000.00 PLN
          require roles lead = 1, coordinator >= 1
        }


        """
        for n in 0..<needCount {
            out += "need need_\(n) \"Potrzeba \(n)\" { sectors \(Self.sectors[n % Self.sectors.count]), social_assistance }\n"
        }
        out += "\n"
        for g in 0..<groupCount {
            let a = g % needCount, b = (g + 1) % needCount, c = (g + 2) % needCount
            out += "group group_\(g) \"Grupa docelowa \(g)\" {\n  size \(20 + g % 200)\n  needs need_\(a), need_\(b), need_\(c)\n}\n\n"
        }
        for p in 0..<partners {
            let sector = Self.sectors[p % Self.sectors.count]
            out += """
            partner p\(p) "Podmiot numer \(p) w Gminie Testowej" {
            \(p % 5 == 0 ? "  short \"P\(p)\"\n" : "")  sector \(sector)
              level \(p % 3 == 0 ? "powiat" : "gmina")
              kind \(p % 4 == 0 ? "ngo" : "public")
              regon "\(Self.regon(p &* 7919 &+ seed))"
              address "ul. Przykładowa \(p % 200 + 1), 00-\(pad(p % 1000, 3)) Testowo"
            \(p == 0 ? "  roles lead, coordinator\n" : "")}
            person person_\(p) "Osoba \(p)" {
              of p\(p)
              title "Kierownik"
              signs
              email "osoba\(p)@example.org"
            }
            service service_\(p) "Usługa \(p)" {
              by p\(p)
              for group_\(p % groupCount)
              meets need_\(p % groupCount % needCount), need_\((p % groupCount + 1) % needCount)
              capacity \(5 + p % 40) per \(["year", "month", "week"][p % 3])
            }


            """
        }
        for a in 0..<(partners / 2) {
            let x = 2 * a, y = 2 * a + 1
            let startYear = 2020 + a % 2
            out += """
            agreement agreement_\(a) "Porozumienie o współpracy nr \(a)/2020" {
            \(a % 3 == 0 ? "  number \"GOPS.4011.\(a).2020\"\n" : "")  parties p\(x), p\(y)
              period \(startYear)-01-01 .. 2022-12-31
              signed \(startYear - 1)-12-15 at "Testowo"
              p\(x) provides service_\(x)
              p\(y) provides service_\(y)
              p\(y) commits "Informuje partnera o osobach potrzebujących wsparcia w ciągu 7 dni."
              signatories person_\(x), person_\(y)
              data_sharing "art. 6 ust. 1 lit. c i e RODO"
              meetings quarterly
              notice 1 month
            }


            """
        }
        if partners % 2 == 1 {
            out += "team team_extra \"Zespół\" {\n  coordinator person_0\n  members p0, p\(partners - 1)\n  meets monthly\n}\n\n"
        }
        out += """
        goal coordination "Zwiększenie koordynacji usług" {
          indicator agreements >= \(partners / 2)
          indicator partners >= \(partners / 2)
          indicator coverage >= 50%
        }

        """
        return out
    }
}
