/// Which values were seen, for the handful a service or an agreement has (the pairs a service
/// meets, the services an agreement provides): a linear search while there are few, a `Set`
/// only past `limit`. A `Set` per service and agreement hashed and allocated for two or three
/// values, and was a third of building the coverage index.
struct SmallSet<Element: Hashable> {
    private var few: [Element] = []
    private var many: Set<Element>?
    static var limit: Int { 16 }

    /// Adds `element`; false when it was already there.
    mutating func insert(_ element: Element) -> Bool {
        if many != nil { return many!.insert(element).inserted }
        if few.contains(element) { return false }
        few.append(element)
        if few.count > Self.limit {
            many = Set(few)
            few = []
        }
        return true
    }
}
