extension Array {
    /// Appends `elements`, taking their buffer when this array is still empty: the first list
    /// an entity reads (most read only one) then costs no allocation or copy.
    mutating func adopt(_ elements: [Element]) {
        if isEmpty { self = elements } else { self += elements }
    }
}
