import CoplanCore
/// The one namespace of a plan: every declared name and what it names. Keyed by `NameIndex`
/// (resolving looks up each name written in the plan), in declaration order.
package struct SymbolTable: Sendable {
    private var index = NameIndex()
    private var symbols: [Symbol] = []

    package init() {}

    package mutating func reserveCapacity(_ capacity: Int) {
        index.reserveCapacity(capacity)
        symbols.reserveCapacity(capacity)
    }

    package subscript(name: String) -> Symbol? {
        get { index.number(of: name).map { symbols[$0] } }
        set {
            guard let newValue else { index.remove(name); return }
            let number = index.add(name)
            if number == symbols.count { symbols.append(newValue) } else { symbols[number] = newValue }
        }
    }

    @discardableResult
    package mutating func removeValue(forKey name: String) -> Symbol? {
        guard let number = index.remove(name) else { return nil }
        return symbols[number]
    }

    package var count: Int { index.count }

    /// The declared names, in declaration order.
    package var names: [String] { index.numbers.compactMap { index.name($0) } }
}

extension SymbolTable: Sequence {
    package func makeIterator() -> AnyIterator<(key: String, value: Symbol)> {
        var numbers = index.numbers.makeIterator()
        return AnyIterator {
            while let number = numbers.next() {
                if let name = index.name(number) { return (name, symbols[number]) }
            }
            return nil
        }
    }
}
