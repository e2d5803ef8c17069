/// The long explanation of a diagnostic code, in Polish and English, for `coplan explain CODE`
/// and the REPL's `:explain CODE`. The `switch` in `text(_:)` has no `default:`, so a new code
/// does not compile without its explanation. Tests check every wrong example reports its code
/// and every corrected one does not (Tests/CoplanKitTests/ExplainTests.swift).

package struct CodeExplanation: Sendable {
    package struct Text: Sendable {
        package var title: String
        package var meaning: String
        package var whyItMatters: String
        package var wrongExample: String
        package var correctedExample: String
        /// How to silence the finding, or that it cannot be silenced.
        package var silencing: String
    }

    package let code: DiagnosticCode

    package init(_ code: DiagnosticCode) { self.code = code }

    /// A code spelled in any case (`e200`), or nil.
    package init?(code text: String) {
        guard let code = DiagnosticCode(rawValue: text.uppercased()) else { return nil }
        self.code = code
    }

    package func text(_ language: Language) -> Text {
        let parts = Self.parts(code)
        let chosen = language == .pl ? parts.pl : parts.en
        return Text(title: chosen.0, meaning: chosen.1, whyItMatters: chosen.2,
                    wrongExample: chosen.3, correctedExample: chosen.4, silencing: silencing(language))
    }

    func silencing(_ language: Language) -> String {
        let code = code.rawValue
        switch (self.code.isSuppressible, language) {
        case (true, .en):
            return "Write `# coplan: allow \(code)` at the end of the line the finding starts on, or on a line of its own directly above the declaration; to silence it in the whole repository, add it to `allow` in `coplan.toml`. A suppression that silences nothing is reported as W403."
        case (true, .pl):
            return "Dopisz `# coplan: allow \(code)` na końcu wiersza, w którym zaczyna się zgłoszenie, albo w osobnym wierszu bezpośrednio nad deklaracją; aby wyciszyć kod w całym repozytorium, dodaj go do listy `allow` w `coplan.toml`. Wyciszenie, które niczego nie wycisza, jest zgłaszane jako W403."
        case (false, .en):
            return "Cannot be silenced: errors E1xx–E2xx mean the plan cannot be read as written. Fix the plan."
        case (false, .pl):
            return "Tego błędu nie da się wyciszyć: błędy E1xx–E2xx oznaczają, że planu nie można odczytać w obecnej postaci. Trzeba poprawić plan."
        }
    }

    /// The text a terminal shows: wrapped prose, examples as written, within 80 columns.
    package func render(language: Language) -> String {
        let text = text(language)
        let pl = language == .pl
        func paragraph(_ heading: String, _ body: String) -> String {
            heading + "\n" + TextWrap.wrap(body, width: 80, indent: 2, hanging: 2)
        }
        func example(_ heading: String, _ body: String) -> String {
            heading + "\n" + body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
        }
        let severity: String
        switch code.severity {
        case .error: severity = pl ? "błąd" : "error"
        case .warning: severity = pl ? "ostrzeżenie" : "warning"
        case .gap: severity = pl ? "luka w pokryciu" : "coverage gap"
        }
        var out = TextWrap.wrap("\(code.rawValue) (\(severity)): \(text.title)", width: 80, indent: 0, hanging: 2) + "\n"
        out += paragraph(pl ? "Co to znaczy" : "What it means", text.meaning) + "\n"
        out += paragraph(pl ? "Dlaczego to ważne" : "Why it matters", text.whyItMatters) + "\n"
        out += example(pl ? "Źle:" : "Wrong:", text.wrongExample) + "\n"
        out += example(pl ? "Dobrze:" : "Corrected:", text.correctedExample) + "\n"
        out += paragraph(pl ? "Wyciszanie" : "Silencing", text.silencing)
        return out
    }

    /// The same explanation as Markdown (SARIF rule help, where code scanning shows it):
    /// headings, prose unwrapped, the examples as `plan` code blocks.
    package func markdown(language: Language) -> String {
        let text = text(language)
        let pl = language == .pl
        func block(_ body: String) -> String { "```plan\n" + body + "\n```\n" }
        return "**\(code.rawValue): \(text.title)**\n\n"
            + "\(pl ? "**Co to znaczy.**" : "**What it means.**") \(text.meaning)\n\n"
            + "\(pl ? "**Dlaczego to ważne.**" : "**Why it matters.**") \(text.whyItMatters)\n\n"
            + "\(pl ? "Źle:" : "Wrong:")\n\n" + block(text.wrongExample) + "\n"
            + "\(pl ? "Dobrze:" : "Corrected:")\n\n" + block(text.correctedExample) + "\n"
            + "\(pl ? "**Wyciszanie.**" : "**Silencing.**") \(text.silencing)\n"
    }

    typealias Parts = (String, String, String, String, String)

    // swiftlint:disable function_body_length
    static func parts(_ code: DiagnosticCode) -> (pl: Parts, en: Parts) {
        switch code {
        case .E100:
            return (
                ("błąd składni", "Tekstu nie da się odczytać jako planu: brakuje zamykającego nawiasu `}` lub cudzysłowu, albo w danym miejscu stoi nieoczekiwane słowo. Dotyczy to też wartości w złym kształcie (np. okresu bez `..`), zbyt długich nazw, niepoprawnego UTF-8 i bajtów NUL.",
                 "Dopóki plik zawiera błąd składni, coplan nie sprawdzi porozumień ani pokrycia potrzeb w tym miejscu, więc ośrodek nie dowie się, czego brakuje w modelu kooperacji.",
                 "podmiot gops \"Gminny Ośrodek Pomocy Społecznej\" {\n  sektor pomoc_społeczna",
                 "podmiot gops \"Gminny Ośrodek Pomocy Społecznej\" {\n  sektor pomoc_społeczna\n}"),
                ("syntax error", "The text cannot be read as a plan: a closing `}` or quote is missing, or a word stands where it cannot. This also covers values of the wrong shape (a period without `..`), names that are too long, invalid UTF-8 and NUL bytes.",
                 "While a file has a syntax error, coplan cannot check the agreements or the coverage of needs there, so the centre does not learn what its cooperation model lacks.",
                 "partner gops \"Municipal Social Assistance Centre\" {\n  sector social_assistance",
                 "partner gops \"Municipal Social Assistance Centre\" {\n  sector social_assistance\n}"))
        case .E101:
            return (
                ("niepoprawna wartość", "Wartość nie jest poprawną datą, liczbą, kwotą, procentem, czasem trwania ani słowem z zamkniętej listy (np. `poziom`, `rodzaj`, `język`). Gdy da się zgadnąć, o co chodziło, coplan podpowiada poprawną pisownię.",
                 "Z błędną datą lub wartością nie da się policzyć, kiedy porozumienie obowiązuje ani którego szczebla samorządu dotyczy podmiot; dokumenty wygenerowane z planu byłyby niepełne.",
                 "podmiot gops \"GOPS\" {\n  sektor pomoc_społeczna\n  poziom gmnia\n}",
                 "podmiot gops \"GOPS\" {\n  sektor pomoc_społeczna\n  poziom gmina\n}"),
                ("invalid literal", "A value is not a valid date, number, money amount, percentage, duration, or word of a closed list (`level`, `kind`, `language`). Where the intended word is close, coplan suggests it.",
                 "With a wrong date or value coplan cannot tell when an agreement is in force or at which level of local government a partner works, and documents made from the plan would be incomplete.",
                 "partner gops \"GOPS\" {\n  sector social_assistance\n  level gmnia\n}",
                 "partner gops \"GOPS\" {\n  sector social_assistance\n  level gmina\n}"))
        case .E102:
            return (
                ("nieznany lub powtórzony atrybut", "Deklaracja tego rodzaju nie ma takiego atrybutu (często to literówka – coplan podpowie właściwą nazwę) albo atrybut, który może wystąpić tylko raz, podano dwukrotnie. Dotyczy też nieznanej formy `wymagaj`.",
                 "Atrybut z literówką jest po prostu pomijany: adres, okres czy sektor, które wydają się wpisane, nie trafiłyby do modelu ani do dokumentów.",
                 "podmiot gops \"GOPS\" {\n  sektor pomoc_społeczna\n  aders \"Leśniowice 64\"\n}",
                 "podmiot gops \"GOPS\" {\n  sektor pomoc_społeczna\n  adres \"Leśniowice 64\"\n}"),
                ("unknown or repeated attribute", "A declaration of this kind has no such attribute (often a typo; coplan suggests the right name), or an attribute that may appear once is given twice. An unknown `require` form is reported the same way.",
                 "A misspelt attribute would simply be lost: an address, period or sector that seems to be written would reach neither the model nor the documents.",
                 "partner gops \"GOPS\" {\n  sector social_assistance\n  adress \"Leśniowice 64\"\n}",
                 "partner gops \"GOPS\" {\n  sector social_assistance\n  address \"Leśniowice 64\"\n}"))
        case .E200:
            return (
                ("nieznana nazwa", "Plan odwołuje się do nazwy, której nigdzie nie zadeklarowano – ani w tym pliku, ani w importowanych rejestrach. Zwykle to literówka; coplan podpowiada najbliższą nazwę.",
                 "Odwołanie do nieistniejącego podmiotu czy usługi zrywa powiązania w modelu: osoba nie należy do żadnej instytucji, porozumienie nie ma stron, a pokrycie potrzeb jest liczone błędnie.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\nosoba anna \"Maria Wiśniewska\" { z gosp }",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\nosoba anna \"Maria Wiśniewska\" { z gops }"),
                ("unknown name", "The plan refers to a name that is declared nowhere, neither in this file nor in an imported register. Usually a typo; coplan suggests the closest name.",
                 "A reference to a partner or service that does not exist breaks the model: a person belongs to no institution, an agreement lacks a party, coverage is computed wrongly.",
                 "partner gops \"GOPS\" { sector social_assistance }\nperson anna \"Maria Wiśniewska\" { of gosp }",
                 "partner gops \"GOPS\" { sector social_assistance }\nperson anna \"Maria Wiśniewska\" { of gops }"))
        case .E201:
            return (
                ("powtórzona nazwa", "Ta sama nazwa została zadeklarowana dwa razy. Dotyczy też drugiej deklaracji `plan`, ponownej deklaracji standardowego sektora lub roli oraz podmiotu wpisanego dwa razy wśród stron porozumienia.",
                 "Nazwa musi jednoznacznie wskazywać jedną instytucję; inaczej nie wiadomo, którego podmiotu dotyczą porozumienia i usługi.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot gops \"PCPR\" { sektor pomoc_społeczna }",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot pcpr \"PCPR\" { sektor pomoc_społeczna }"),
                ("duplicate name", "The same name is declared twice. This also covers a second `plan` declaration, a standard sector or role declared again, and a partner listed twice among an agreement's parties.",
                 "A name must point at exactly one institution; otherwise nobody can tell which partner an agreement or a service is about.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner gops \"PCPR\" { sector social_assistance }",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner pcpr \"PCPR\" { sector social_assistance }"))
        case .E202:
            return (
                ("nazwa niewłaściwego rodzaju", "Nazwa istnieje, ale oznacza coś innego, niż oczekuje atrybut – na przykład grupę tam, gdzie powinien stać podmiot.",
                 "Usługę realizuje instytucja, a nie grupa odbiorców; pomylenie rodzajów sprawia, że model nie odpowiada rzeczywistości i nie da się policzyć pokrycia.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez rodziny\n  dla rodziny\n  zaspokaja rodzicielstwo\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}"),
                ("name of the wrong kind", "The name exists but means something other than the attribute expects, for example a group where a partner belongs.",
                 "A service is run by an institution, not by the people it serves; mixing kinds makes the model wrong and coverage impossible to compute.",
                 "partner gops \"GOPS\" { sector social_assistance }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by families\n  for families\n  meets parenting\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}"))
        case .E203:
            return (
                ("błędny import", "Importowanego pliku nie ma, importy tworzą cykl (plik pośrednio importuje sam siebie) albo ścieżka wychodzi poza katalog główny repozytorium.",
                 "Wspólne rejestry podmiotów i usług trafiają do planu tylko przez import; bez nich brakuje instytucji, do których odwołują się porozumienia.",
                 "importuj \"rejestr/podmioty.plan\"\nplan p \"Model kooperacji\" {\n  okres 2020-01-01 .. 2020-12-31\n}",
                 "importuj \"rejestry/podmioty.plan\"\nplan p \"Model kooperacji\" {\n  okres 2020-01-01 .. 2020-12-31\n}"),
                ("import problem", "An imported file does not exist, imports form a cycle (a file imports itself through others), or the path leads outside the repository root.",
                 "Shared registers of partners and services reach a plan only through imports; without them the institutions that agreements refer to are missing.",
                 "import \"register/partners.plan\"\nplan p \"Cooperation model\" {\n  period 2020-01-01 .. 2020-12-31\n}",
                 "import \"registers/partners.plan\"\nplan p \"Cooperation model\" {\n  period 2020-01-01 .. 2020-12-31\n}"))
        case .E300:
            return (
                ("brak wymaganego atrybutu", "W deklaracji brakuje atrybutu, bez którego nie ma ona sensu – na przykład podmiot bez `sektor` albo porozumienie bez `okres`. Dotyczy też pliku bez deklaracji `plan` sprawdzanego samodzielnie.",
                 "Sektor decyduje o tym, które potrzeby podmiot może zaspokajać i czy plan ma wymagane sektory; okres porozumienia – o tym, kiedy wsparcie jest dostępne.",
                 "podmiot gops \"GOPS\" {\n  poziom gmina\n}",
                 "podmiot gops \"GOPS\" {\n  sektor pomoc_społeczna\n  poziom gmina\n}"),
                ("missing required attribute", "A declaration lacks an attribute it cannot do without, such as a partner without `sector` or an agreement without `period`. A file with no `plan` declaration checked on its own is reported too.",
                 "The sector decides which needs a partner can meet and whether the plan has its required sectors; an agreement's period decides when support is available.",
                 "partner gops \"GOPS\" {\n  level gmina\n}",
                 "partner gops \"GOPS\" {\n  sector social_assistance\n  level gmina\n}"))
        case .E301:
            return (
                ("porozumienie z mniej niż dwiema stronami", "Porozumienie o współpracy ma tylko jedną stronę (albo żadnej).",
                 "Porozumienie to umowa między co najmniej dwiema instytucjami; z jedną stroną nie ustanawia żadnej współpracy i nie liczy się do modelu kooperacji.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\nporozumienie solo \"Porozumienie\" {\n  strony gops\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Prowadzi pracę socjalną.\"\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła Podstawowa\" { sektor edukacja }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Prowadzi pracę socjalną.\"\n  szkola zobowiązuje \"Zgłasza uczniów potrzebujących wsparcia.\"\n}"),
                ("agreement with fewer than two parties", "A cooperation agreement has only one party (or none).",
                 "An agreement binds at least two institutions; with one party it sets up no cooperation and does not count in the cooperation model.",
                 "partner gops \"GOPS\" { sector social_assistance }\nagreement solo \"Agreement\" {\n  parties gops\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Does social work.\"\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"Primary school\" { sector education }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Does social work.\"\n  school commits \"Reports pupils who need support.\"\n}"))
        case .E302:
            return (
                ("strona porozumienia bez zobowiązań", "Jedna ze stron porozumienia niczego nie zapewnia (`zapewnia`) ani do niczego się nie zobowiązuje (`zobowiązuje`).",
                 "Strona, która nic nie wnosi, jest w porozumieniu tylko na papierze; w modelu kooperacji każdy partner powinien mieć zapisany swój wkład.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę o rodzinach objętych wsparciem.\"\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę o rodzinach objętych wsparciem.\"\n  szkola zobowiązuje \"Zgłasza GOPS uczniów zagrożonych wykluczeniem.\"\n}"),
                ("party that neither provides nor commits", "A party of an agreement neither `provides` a service nor `commits` to anything.",
                 "A party that contributes nothing is in the agreement only on paper; in a cooperation model every partner's contribution should be written down.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school about supported families.\"\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school about supported families.\"\n  school commits \"Reports pupils at risk of exclusion.\"\n}"))
        case .E303:
            return (
                ("strona zapewnia cudzą usługę", "Strona porozumienia `zapewnia` usługę, którą według planu prowadzi inny podmiot (`przez`).",
                 "Porozumienie powinno wiązać tę instytucję, która faktycznie świadczy usługę; inaczej nikt nie odpowiada za jej realizację.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zapewnia asystent\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("party provides a service it does not run", "A party of an agreement `provides` a service that the plan says another partner runs (`by`).",
                 "An agreement should bind the institution that actually delivers the service; otherwise nobody is responsible for delivering it.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school.\"\n  school provides assistant\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}"))
        case .E304:
            return (
                ("okres kończy się przed początkiem", "Data końcowa okresu jest wcześniejsza niż data początkowa – zwykle zamieniono daty miejscami albo pomylono rok.",
                 "Z takiego okresu nie wynika żaden dzień obowiązywania: plan lub porozumienie nie obejmowałoby wsparciem nikogo.",
                 "plan p \"Model kooperacji\" {\n  okres 2021-12-31 .. 2020-01-01\n}",
                 "plan p \"Model kooperacji\" {\n  okres 2020-01-01 .. 2021-12-31\n}"),
                ("period that ends before it starts", "The end date of a period is earlier than its start: usually the dates are swapped or a year is mistyped.",
                 "Such a period has no day in force: the plan or agreement would support nobody.",
                 "plan p \"Cooperation model\" {\n  period 2021-12-31 .. 2020-01-01\n}",
                 "plan p \"Cooperation model\" {\n  period 2020-01-01 .. 2021-12-31\n}"))
        case .E305:
            return (
                ("niewłaściwy sygnatariusz", "Sygnatariusz nie może podpisać porozumienia w imieniu strony: pracuje w podmiocie, który nie jest stroną, albo nie ma `podpisuje`. Zgłaszana jest też strona bez sygnatariusza, gdy podano `sygnatariusze`.",
                 "Porozumienie podpisane przez osobę bez umocowania może być nieważne; każda strona potrzebuje kogoś, kto ją reprezentuje.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nosoba anna \"Maria Wiśniewska\" { z gops }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n  sygnatariusze anna\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nosoba anna \"Maria Wiśniewska\" { z gops; podpisuje }\nosoba jan \"Piotr Zając\" { z szkola; podpisuje }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n  sygnatariusze anna, jan\n}"),
                ("signatory who may not sign", "A signatory may not sign for a party: they work for a partner that is not a party, or have no `signs`. A party without a signatory is reported too when `signatories` is given.",
                 "An agreement signed by someone without authority may be void; every party needs someone who represents it.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nperson anna \"Maria Wiśniewska\" { of gops }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n  signatories anna\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nperson anna \"Maria Wiśniewska\" { of gops; signs }\nperson jan \"Piotr Zając\" { of school; signs }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n  signatories anna, jan\n}"))
        case .E306:
            return (
                ("błędny REGON, NIP, KRS lub TERYT", "Numer ma złą długość, niedozwolone znaki albo niezgodną cyfrę kontrolną.",
                 "Numery identyfikują instytucję w dokumentach i wnioskach o dofinansowanie; literówka w REGON-ie to pierwsza rzecz, którą wychwyci oceniający.",
                 "podmiot gops \"GOPS\" {\n  sektor pomoc_społeczna\n  regon \"110201993\"\n}",
                 "podmiot gops \"GOPS\" {\n  sektor pomoc_społeczna\n  regon \"110201992\"\n}"),
                ("REGON, NIP, KRS or TERYT fails its check", "The number has the wrong length, characters that are not allowed, or a check digit that does not match.",
                 "These numbers identify the institution in documents and funding applications; a typo in a REGON is the first thing an assessor notices.",
                 "partner gops \"GOPS\" {\n  sector social_assistance\n  regon \"110201993\"\n}",
                 "partner gops \"GOPS\" {\n  sector social_assistance\n  regon \"110201992\"\n}"))
        case .E307:
            return (
                ("liczba ról niezgodna z `wymagaj role`", "Plan wymaga określonej liczby podmiotów w danej roli (`wymagaj role lider = 1`), a rolę tę ma więcej lub mniej podmiotów.",
                 "Model kooperacji zwykle ma dokładnie jednego lidera i co najmniej jednego koordynatora; dwóch liderów to niejasny podział odpowiedzialności.",
                 "plan p \"Model kooperacji\" {\n  okres 2020-01-01 .. 2020-12-31\n  wymagaj role lider = 1\n}\npodmiot gops \"GOPS\" { sektor pomoc_społeczna; role lider }\npodmiot pcpr \"PCPR\" { sektor pomoc_społeczna; role lider }",
                 "plan p \"Model kooperacji\" {\n  okres 2020-01-01 .. 2020-12-31\n  wymagaj role lider = 1\n}\npodmiot gops \"GOPS\" { sektor pomoc_społeczna; role lider }\npodmiot pcpr \"PCPR\" { sektor pomoc_społeczna; role koordynator }"),
                ("role count outside `require roles`", "The plan requires a number of partners in a role (`require roles lead = 1`) and more or fewer partners have it.",
                 "A cooperation model usually has exactly one lead and at least one coordinator; two leads means nobody clearly answers for the whole.",
                 "plan p \"Cooperation model\" {\n  period 2020-01-01 .. 2020-12-31\n  require roles lead = 1\n}\npartner gops \"GOPS\" { sector social_assistance; roles lead }\npartner pcpr \"PCPR\" { sector social_assistance; roles lead }",
                 "plan p \"Cooperation model\" {\n  period 2020-01-01 .. 2020-12-31\n  require roles lead = 1\n}\npartner gops \"GOPS\" { sector social_assistance; roles lead }\npartner pcpr \"PCPR\" { sector social_assistance; roles coordinator }"))
        case .W400:
            return (
                ("podmiot poza współpracą", "Podmiot nie jest stroną żadnego porozumienia ani członkiem żadnego zespołu. Zgłaszane tylko dla podmiotów z pliku planu, nie z importowanych rejestrów.",
                 "Instytucja wpisana do planu, ale z nikim niepowiązana, nie wnosi nic do modelu kooperacji; albo brakuje porozumienia, albo zbędny jest wpis.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot gok \"Gminny Ośrodek Kultury\" { sektor kultura }",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot gok \"Gminny Ośrodek Kultury\" { sektor kultura }\nosoba anna \"Maria Wiśniewska\" { z gops }\nzespół zespol \"Zespół kooperacyjny\" {\n  koordynator anna\n  członkowie gops, gok\n}"),
                ("partner in no agreement and no team", "A partner is a party of no agreement and a member of no team. Reported only for partners of the plan's own file, not of imported registers.",
                 "An institution written into the plan but tied to nobody adds nothing to the cooperation model: either an agreement is missing or the entry is not needed.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner gok \"Municipal Culture Centre\" { sector culture }",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner gok \"Municipal Culture Centre\" { sector culture }\nperson anna \"Maria Wiśniewska\" { of gops }\nteam council \"Cooperation team\" {\n  coordinator anna\n  members gops, gok\n}"))
        case .W401:
            return (
                ("usługa bez porozumienia", "Żadne porozumienie nie zapewnia (`zapewnia`) tej usługi. Zgłaszane tylko dla usług z pliku planu.",
                 "Usługa, której nie zapewnia żadne porozumienie, nie liczy się do pokrycia potrzeb: w modelu istnieje tylko na papierze.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("service that no agreement provides", "No agreement `provides` this service. Reported only for services of the plan's own file.",
                 "A service no agreement provides does not count towards coverage of needs: it exists in the model only on paper.",
                 "partner gops \"GOPS\" { sector social_assistance }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}"))
        case .W402:
            return (
                ("porozumienie podpisane po początku okresu", "Data podpisania (`podpisano`) jest późniejsza niż początek okresu obowiązywania porozumienia.",
                 "Porozumienie nie powinno działać wstecz: za czas przed podpisaniem strony nie były niczym związane, co może zakwestionować kontrola projektu.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  podpisano 2020-02-15 w \"Leśniowicach\"\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-03-01 .. 2020-12-31\n  podpisano 2020-02-15 w \"Leśniowicach\"\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("agreement signed after its period starts", "The `signed` date is later than the start of the agreement's period.",
                 "An agreement should not act retroactively: before signing, the parties were bound to nothing, which a project audit may question.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  signed 2020-02-15 at \"Leśniowice\"\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-03-01 .. 2020-12-31\n  signed 2020-02-15 at \"Leśniowice\"\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n}"))
        case .W403:
            return (
                ("wyciszenie, które niczego nie wycisza", "Komentarz `# coplan: allow` nie wycisza żadnego zgłoszenia: kodu nie ma w tym miejscu, kod jest nieznany, nie da się go wyciszyć albo komentarz stoi tam, gdzie do niczego się nie odnosi.",
                 "Nieaktualne wyciszenia się mnożą i ukrywają, co naprawdę sprawdzono; po poprawieniu planu trzeba je usuwać.",
                 "podmiot gok \"GOK\" { sektor kultura }  # coplan: allow W401",
                 "podmiot gok \"GOK\" { sektor kultura }  # coplan: allow W400"),
                ("suppression that suppresses nothing", "A `# coplan: allow` comment silences no finding: the code is not reported there, is unknown or cannot be silenced, or the comment stands where it applies to nothing.",
                 "Stale suppressions pile up and hide what was really checked; once the plan is fixed they should go.",
                 "partner gok \"Culture centre\" { sector culture }  # coplan: allow W401",
                 "partner gok \"Culture centre\" { sector culture }  # coplan: allow W400"))
        case .W404:
            return (
                ("porozumienie poza okresem planu", "Okres porozumienia w ogóle nie pokrywa się z okresem planu (`okres` w deklaracji `plan`).",
                 "Porozumienie, które wygasło przed rozpoczęciem planu lub zaczyna się po jego końcu, nie wspiera nikogo w czasie realizacji modelu; to zwykle stary dokument albo literówka w roku.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie stare \"Porozumienie z 2018 r.\" {\n  strony gops, szkola\n  okres 2018-01-01 .. 2018-12-31\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie nowe \"Porozumienie z 2020 r.\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("agreement outside the plan period", "The agreement's period does not overlap the plan's `period` at all.",
                 "An agreement that ended before the plan starts, or starts after it ends, supports nobody while the model runs; usually an old document or a mistyped year.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement old \"Agreement of 2018\" {\n  parties gops, school\n  period 2018-01-01 .. 2018-12-31\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement current \"Agreement of 2020\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n}"))
        case .W405:
            return (
                ("porozumienie trwa dłużej niż uchylona ustawa", "Okres porozumienia wykracza poza dzień uchylenia ustawy, na podstawie której jest zawarte (ustawa z 20 kwietnia 2004 r. o promocji zatrudnienia została uchylona 1 czerwca 2025 r.; zastąpiła ją ustawa z 20 marca 2025 r., Dz. U. 2025 poz. 620). Porozumienie z własną `podstawa` nie jest sprawdzane.",
                 "Po uchyleniu ustawy porozumienie powołuje się na nieobowiązujące przepisy: potrzebny jest aneks wskazujący nową podstawę prawną albo zakończenie okresu przed uchyleniem.",
                 "plan p \"Model kooperacji\" {\n  okres 2025-01-01 .. 2026-12-31\n}\npodmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot pup \"PUP\" { sektor rynek_pracy }\nporozumienie pai \"Program Aktywizacja i Integracja\" {\n  strony gops, pup\n  okres 2025-05-01 .. 2026-04-30\n  podpisano 2025-04-28\n  gops zobowiązuje \"Kieruje uczestników.\"\n  pup zobowiązuje \"Prowadzi program.\"\n}",
                 "plan p \"Model kooperacji\" {\n  okres 2025-01-01 .. 2026-12-31\n}\npodmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot pup \"PUP\" { sektor rynek_pracy }\nporozumienie pai \"Program Aktywizacja i Integracja\" {\n  strony gops, pup\n  okres 2025-05-01 .. 2025-05-31\n  podpisano 2025-04-28\n  gops zobowiązuje \"Kieruje uczestników.\"\n  pup zobowiązuje \"Prowadzi program.\"\n}"),
                ("agreement runs past the repeal of its act", "The agreement's period runs past the day an act it is concluded under is repealed (the act of 20 April 2004 on employment promotion, repealed on 1 June 2025; its successor is the act of 20 March 2025, Dz. U. 2025 poz. 620). An agreement with a written `basis` is not checked.",
                 "After the repeal the agreement cites law no longer in force: an annex naming the new legal basis is due, or the period should end before the repeal.",
                 "plan p \"Cooperation model\" {\n  period 2025-01-01 .. 2026-12-31\n}\npartner gops \"GOPS\" { sector social_assistance }\npartner pup \"Labour office\" { sector employment }\nagreement pai \"Activation and Integration\" {\n  parties gops, pup\n  period 2025-05-01 .. 2026-04-30\n  signed 2025-04-28\n  gops commits \"Refers participants.\"\n  pup commits \"Runs the programme.\"\n}",
                 "plan p \"Cooperation model\" {\n  period 2025-01-01 .. 2026-12-31\n}\npartner gops \"GOPS\" { sector social_assistance }\npartner pup \"Labour office\" { sector employment }\nagreement pai \"Activation and Integration\" {\n  parties gops, pup\n  period 2025-05-01 .. 2025-05-31\n  signed 2025-04-28\n  gops commits \"Refers participants.\"\n  pup commits \"Runs the programme.\"\n}"))
        case .G500:
            return (
                ("niezaspokojona potrzeba grupy", "Żadna usługa zapewniona w porozumieniu nie zaspokaja tej potrzeby tej grupy w żadnym dniu okresu planu.",
                 "To najważniejsza luka modelu kooperacji: ludzie z tej grupy nie dostaną wsparcia, którego według diagnozy potrzebują.",
                 "potrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny w kryzysie\" { potrzeby rodzicielstwo }",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny w kryzysie\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("uncovered need of a group", "No service provided under an agreement meets this need of this group on any day of the plan period.",
                 "The most important gap of a cooperation model: people in this group will not get the support the diagnosis says they need.",
                 "need parenting \"Parenting support\" {}\ngroup families \"Families in crisis\" { needs parenting }",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families in crisis\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}"))
        case .G501:
            return (
                ("wymagany sektor poza porozumieniami", "Plan wymaga sektora (`wymagaj sektory`), ale żaden podmiot tego sektora nie jest stroną porozumienia obowiązującego w okresie planu. Ta luka powoduje niepowodzenie sprawdzenia.",
                 "Wymagane sektory zwykle wynikają z warunków konkursu; bez porozumienia z np. szkołą model nie spełnia kryteriów projektu.",
                 "plan p \"Model kooperacji\" {\n  okres 2020-01-01 .. 2020-12-31\n  wymagaj sektory edukacja\n}\npodmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }",
                 "plan p \"Model kooperacji\" {\n  okres 2020-01-01 .. 2020-12-31\n  wymagaj sektory edukacja\n}\npodmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("required sector with no partner in an agreement", "The plan requires a sector (`require sectors`) but no partner of that sector is a party of an agreement in force during the plan period. This gap fails the check.",
                 "Required sectors usually come from the call for proposals; without an agreement with, say, a school the model does not meet the project's criteria.",
                 "plan p \"Cooperation model\" {\n  period 2020-01-01 .. 2020-12-31\n  require sectors education\n}\npartner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }",
                 "plan p \"Cooperation model\" {\n  period 2020-01-01 .. 2020-12-31\n  require sectors education\n}\npartner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n}"))
        case .G502:
            return (
                ("przerwa w pokryciu", "Potrzeba grupy jest zaspokojona tylko przez część okresu planu; coplan wymienia dni bez wsparcia i porozumienia, które wtedy wygasają lub dopiero się zaczynają.",
                 "Przerwa między porozumieniami oznacza, że rodziny przez kilka miesięcy zostają bez usługi – trzeba przedłużyć porozumienie albo zawrzeć kolejne na czas.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-06-30\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("time gap in coverage", "A need of a group is met on only part of the plan period; coplan lists the days without support and the agreements ending or starting then.",
                 "A gap between agreements leaves families without the service for months: extend the agreement or conclude the next one in time.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-06-30\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}"))
        case .G503:
            return (
                ("za mała pojemność usług", "Grupa ma podaną liczebność (`liczebność`), każda usługa zaspokajająca jej potrzebę ma `pojemność`, a ich suma w skali roku jest mniejsza niż liczebność grupy.",
                 "Usługa formalnie istnieje, ale nie obsłuży wszystkich: część rodzin trafi na listę oczekujących. Trzeba zwiększyć pojemność albo dodać kolejną usługę.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { liczebność 120; potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n  pojemność 15 na rok\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { liczebność 120; potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n  pojemność 120 na rok\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}"),
                ("capacity shortfall", "The group has a `size`, every service meeting its need has a `capacity`, and their yearly sum is below the group's size.",
                 "The service exists on paper but cannot serve everyone: some families end up on a waiting list. Raise the capacity or add another service.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { size 120; needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n  capacity 15 per year\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { size 120; needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n  capacity 120 per year\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}"))
        case .G504:
            return (
                ("pojedynczy punkt awarii", "Potrzeba grupy jest zaspokojona, ale wycofanie się jednego podmiotu (jego usług i wszystkich porozumień, których jest stroną) pozostawiłoby ją bez wsparcia.",
                 "Gdy cała pomoc zależy od jednej instytucji, odejście jednej osoby czy zerwanie jednego porozumienia przerywa wsparcie; warto mieć drugą usługę w porozumieniu bez udziału tego podmiotu.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\npodmiot pcpr \"PCPR\" { sektor pomoc_społeczna }\npodmiot poradnia \"Poradnia rodzinna\" { sektor ochrona_zdrowia }\npotrzeba rodzicielstwo \"Wsparcie rodziców\" {}\ngrupa rodziny \"Rodziny\" { potrzeby rodzicielstwo }\nusługa asystent \"Asystent rodziny\" {\n  przez gops\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nusługa warsztaty \"Szkoła dla rodziców\" {\n  przez pcpr\n  dla rodziny\n  zaspokaja rodzicielstwo\n}\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zapewnia asystent\n  szkola zobowiązuje \"Informuje GOPS.\"\n}\nporozumienie pcpr_poradnia \"Porozumienie\" {\n  strony pcpr, poradnia\n  okres 2020-01-01 .. 2020-12-31\n  pcpr zapewnia warsztaty\n  poradnia zobowiązuje \"Kieruje rodziców na warsztaty.\"\n}"),
                ("single point of failure", "A need of a group is met, but the withdrawal of one partner (its services and every agreement it is a party to) would leave it uncovered.",
                 "When all support hangs on one institution, one person leaving or one agreement ending stops it; provide a second service under an agreement without that partner.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\npartner pcpr \"PCPR\" { sector social_assistance }\npartner clinic \"Family clinic\" { sector health }\nneed parenting \"Parenting support\" {}\ngroup families \"Families\" { needs parenting }\nservice assistant \"Family assistant\" {\n  by gops\n  for families\n  meets parenting\n}\nservice workshops \"Parenting workshops\" {\n  by pcpr\n  for families\n  meets parenting\n}\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops provides assistant\n  school commits \"Informs GOPS.\"\n}\nagreement pcpr_clinic \"Agreement\" {\n  parties pcpr, clinic\n  period 2020-01-01 .. 2020-12-31\n  pcpr provides workshops\n  clinic commits \"Refers parents to the workshops.\"\n}"))
        case .G505:
            return (
                ("nieosiągnięty wskaźnik celu", "Wskaźnik celu (`wskaźnik`) nie osiąga zapisanej wartości docelowej. Dotyczy też `wymagaj pokrycie`, które nie jest osiągnięte – wtedy sprawdzenie kończy się niepowodzeniem.",
                 "Wskaźniki deklaruje się we wniosku i rozlicza w sprawozdaniach; coplan już na etapie planowania pokazuje, że model ich nie osiągnie.",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\ncel koordynacja \"Lepsza koordynacja usług\" {\n  wskaźnik porozumienia >= 1\n}",
                 "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\npodmiot szkola \"Szkoła\" { sektor edukacja }\nporozumienie gops_szkola \"Porozumienie\" {\n  strony gops, szkola\n  okres 2020-01-01 .. 2020-12-31\n  gops zobowiązuje \"Informuje szkołę.\"\n  szkola zobowiązuje \"Informuje GOPS.\"\n}\ncel koordynacja \"Lepsza koordynacja usług\" {\n  wskaźnik porozumienia >= 1\n}"),
                ("goal indicator not met", "A goal's `indicator` does not reach its target. A `require coverage` that is not reached is reported too, and then the check fails.",
                 "Indicators are accounted for in the application and reports; coplan shows while planning that the model will not reach them.",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\ngoal coordination \"Better coordination\" {\n  indicator agreements >= 1\n}",
                 "partner gops \"GOPS\" { sector social_assistance }\npartner school \"School\" { sector education }\nagreement gops_school \"Agreement\" {\n  parties gops, school\n  period 2020-01-01 .. 2020-12-31\n  gops commits \"Informs the school.\"\n  school commits \"Informs GOPS.\"\n}\ngoal coordination \"Better coordination\" {\n  indicator agreements >= 1\n}"))
        }
    }
}
