import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// Replacing a declaration in place, for the REPL's what-ifs: the new declaration takes the
/// old one's entity slot, so every `Ref` to it stays valid and nothing else is re-resolved.
extension Resolver {
    /// Resets the entity `symbol` names to a fresh one for `declaration` (same kind and name)
    /// and drops the findings the old declaration's lowering reported.
    mutating func redeclare(_ declaration: DeclarationSyntax, as symbol: Symbol, replacing old: SourceSpan) {
        diagnostics.removeAll { diagnostic in
            guard let span = diagnostic.span, span.file === old.file else { return false }
            return span.range.start >= old.range.start && span.range.end <= old.range.end
        }
        let header = EntityHeader(name: declaration.name.text, displayName: declaration.displayName?.text,
                                  span: span(declaration.range), nameSpan: span(declaration.name.range))
        let i = symbol.index
        switch symbol.kind {
        case .plan: model.plan = PlanInfo(header: header)
        case .sector: model.sectors[i] = Sector(header: header)
        case .role: model.roles[i] = Role(header: header)
        case .partner: model.partners[i] = Partner(header: header)
        case .person: model.people[i] = Person(header: header)
        case .need: model.needs[i] = Need(header: header)
        case .group: model.groups[i] = Group(header: header)
        case .service: model.services[i] = Service(header: header)
        case .agreement: model.agreements[i] = Agreement(header: header)
        case .team: model.teams[i] = Team(header: header)
        case .goal: model.goals[i] = Goal(header: header)
        }
    }
}
