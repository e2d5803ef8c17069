/// A template's text as the front end read it, with the path to show in errors.
public struct TemplateText: Sendable {
    public var text: String
    public var path: String

    public init(text: String, path: String) {
        self.text = text
        self.path = path
    }
}
