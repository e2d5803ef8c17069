import ArgumentParser
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repl")
}
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run")
}
