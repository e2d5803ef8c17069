import CoplanCore
import CoplanModel

extension AgreementContext {
    /// What the document calls each party ("zwany dalej „GOPS”", "GOPS w ramach Porozumienia",
    /// the signature columns): its `short`; else its initialism when the agreement's own text
    /// already uses it as a word (the title, a party's name, its people's functions, the
    /// commitments: "Kierownik GOPS") and no other party shares it; else its full name. An
    /// initialism nobody wrote ("PR" for a parish) is never invented.
    func shortNames(_ parties: [Ref<Partner>], in agreement: Agreement) -> [String] {
        let written = writtenWords(agreement, parties: parties)
        let initials = parties.map { model[$0].short == nil ? model[$0].title.initialism : "" }
        return parties.enumerated().map { i, ref in
            if let short = model[ref].short { return short }
            let initial = initials[i]
            let unique = initials.filter { $0 == initial }.count == 1
            guard initial.count >= 2, unique, let asWritten = written[initial] else { return model[ref].title }
            return asWritten
        }
    }

    /// The capitalised words of the texts an agreement is made of, and runs of up to three of
    /// them joined ("SP ZOZ" under "SPZOZ"), each mapped to how it was written.
    private func writtenWords(_ agreement: Agreement, parties: [Ref<Partner>]) -> [String: String] {
        var texts = [agreement.title] + agreement.commitments.map(\.text)
        texts += agreement.provisions.flatMap { $0.services.map { model[$0.value].title } }
        for party in parties { texts.append(model[party].title) }
        for party in parties {
            for person in peopleOf[party.index] ?? [] {
                if let title = model.people[person.index].title { texts.append(title) }
            }
        }
        var result: [String: String] = [:]
        for text in texts {
            let words = text.split { !$0.isLetter }.map(String.init)
            for start in words.indices where words[start].allSatisfy(\.isUppercase) {
                var joined = "", spaced: [String] = []
                for word in words[start..<min(start + 3, words.count)] {
                    guard word.allSatisfy(\.isUppercase) else { break }
                    joined += word
                    spaced.append(word)
                    if result[joined] == nil { result[joined] = spaced.joined(separator: " ") }
                }
            }
        }
        return result
    }
}
