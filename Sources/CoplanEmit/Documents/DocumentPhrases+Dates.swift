import CoplanCore

/// Dates in a finding as a document writes them: the plan's `2021-07-01 .. 2021-12-31` becomes
/// "od 1 lipca 2021 r. do 31 grudnia 2021 r." and a lone `2021-06-30` "30 czerwca 2021 r."
/// (English: "from 1 July 2021 to 31 December 2021", "30 June 2021"). Messages are written for
/// the terminal, where ISO dates match what the plan says; a report is read by a council.
extension DocumentPhrases {
    package func spellingDates(_ text: String) -> String {
        let characters = Array(text)
        func day(at index: Int) -> Day? {
            guard index + 10 <= characters.count else { return nil }
            if index > 0, characters[index - 1].isNumber { return nil }
            if index + 10 < characters.count, characters[index + 10].isNumber { return nil }
            return Day(iso: String(characters[index..<index + 10]))
        }
        var out = "", index = 0
        while index < characters.count {
            guard characters[index].isNumber, let first = day(at: index) else {
                out.append(characters[index])
                index += 1
                continue
            }
            let separator = Array(" .. ")
            let after = index + 10
            if after + separator.count <= characters.count, Array(characters[after..<after + separator.count]) == separator,
               let last = day(at: after + separator.count) {
                out += period(DayRange(first, last))
                index = after + separator.count + 10
            } else {
                out += date(first)
                index = after
            }
        }
        return out
    }
}
