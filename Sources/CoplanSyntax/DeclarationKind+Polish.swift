/// How Polish messages name a kind of declaration: the noun in the cases messages need and its
/// gender, so adjectives agree ("nieznany podmiot", "nieznana usługa", "nieznane porozumienie").
/// The nouns are the Polish keywords (`podmiot`, not "partner"), so a message uses the words
/// the planner writes.
extension DeclarationKind {
    package enum PolishGender: Sendable {
        case masculine, feminine, neuter

        /// The adjective for this gender from its three forms: `agree("nieznany", "nieznana", "nieznane")`.
        package func agree(_ masculine: String, _ feminine: String, _ neuter: String) -> String {
            switch self {
            case .masculine: return masculine
            case .feminine: return feminine
            case .neuter: return neuter
            }
        }
    }

    package enum PolishCase: Sendable {
        /// kto? co? — "podmiot `gops`"
        case nominative
        /// kogo? czego? — "brak podmiotu `gops`"
        case genitive
        /// kogo? co? — "podaj usługę"
        case accusative
        /// kim? czym? — "jest usługą"
        case instrumental
    }

    package var polishGender: PolishGender {
        switch self {
        case .plan, .sector, .partner, .team, .goal: return .masculine
        case .person, .role, .need, .group, .service: return .feminine
        case .agreement: return .neuter
        }
    }

    /// The kind's noun in `grammaticalCase`, singular.
    package func polishNoun(_ grammaticalCase: PolishCase = .nominative) -> String {
        let forms: (String, String, String, String)
        switch self {
        case .plan: forms = ("plan", "planu", "plan", "planem")
        case .sector: forms = ("sektor", "sektora", "sektor", "sektorem")
        case .partner: forms = ("podmiot", "podmiotu", "podmiot", "podmiotem")
        case .person: forms = ("osoba", "osoby", "osobę", "osobą")
        case .role: forms = ("rola", "roli", "rolę", "rolą")
        case .need: forms = ("potrzeba", "potrzeby", "potrzebę", "potrzebą")
        case .group: forms = ("grupa", "grupy", "grupę", "grupą")
        case .service: forms = ("usługa", "usługi", "usługę", "usługą")
        case .agreement: forms = ("porozumienie", "porozumienia", "porozumienie", "porozumieniem")
        case .team: forms = ("zespół", "zespołu", "zespół", "zespołem")
        case .goal: forms = ("cel", "celu", "cel", "celem")
        }
        switch grammaticalCase {
        case .nominative: return forms.0
        case .genitive: return forms.1
        case .accusative: return forms.2
        case .instrumental: return forms.3
        }
    }
}
