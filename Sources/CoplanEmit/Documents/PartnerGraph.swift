import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The partner–agreement graph of a plan, for `coplan graph` (Graphviz DOT and Mermaid) and
/// the report's diagram: partners grouped by sector, agreements linked to their parties.
package struct PartnerGraph: Sendable {
    package struct SectorGroup: Sendable {
        package var sector: Ref<Sector>?
        package var label: String
        package var partners: [Ref<Partner>]
    }

    package var model: PlanModel
    /// Sectors in declaration order (standard ones first), partners in declaration order.
    package var sectors: [SectorGroup]

    /// Sector labels follow `language` (the plan's by default): the standard sectors carry
    /// Polish labels, so English output names them from their identifiers.
    package init(model: PlanModel, language: Language? = nil) {
        self.model = model
        let phrases = DocumentPhrases(language ?? model.plan?.language ?? .pl)
        func label(_ sector: Sector) -> String { phrases.sectorLabel(sector) }
        var groups: [SectorGroup] = []
        for index in model.sectors.indices {
            let ref = Ref<Sector>(index)
            let partners = model.partners.indices.map { Ref<Partner>($0) }.filter { model[$0].sector == ref }
            if !partners.isEmpty { groups.append(SectorGroup(sector: ref, label: label(model[ref]), partners: partners)) }
        }
        let unsectored = model.partners.indices.map { Ref<Partner>($0) }.filter { model[$0].sector == nil }
        if !unsectored.isEmpty { groups.append(SectorGroup(sector: nil, label: "—", partners: unsectored)) }
        sectors = groups
    }

    /// Partners in drawing order: sector by sector.
    package var orderedPartners: [Ref<Partner>] { sectors.flatMap(\.partners) }

    // MARK: Graphviz

    /// An undirected DOT graph: one cluster per sector, agreements as ellipses.
    package func dot() -> String {
        var out = "graph \(Self.dotQuote(model.plan?.name ?? "plan")) {\n"
        out += "  graph [rankdir=LR, fontname=\"DejaVu Sans\", label=\(Self.dotQuote(model.plan?.title ?? "")), labelloc=t];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=10];\n  edge [color=\"#555555\"];\n"
        for (index, group) in sectors.enumerated() {
            out += "  subgraph \(Self.dotQuote("cluster_\(index)")) {\n"
            out += "    label=\(Self.dotQuote(group.label)); style=rounded; color=\"\(Self.color(index))\";\n"
            for partner in group.partners {
                out += "    \(Self.dotQuote("p:" + model[partner].name)) [label=\(Self.dotQuote(model[partner].title)), shape=box];\n"
            }
            out += "  }\n"
        }
        for agreement in model.agreements {
            let id = Self.dotQuote("a:" + agreement.name)
            out += "  \(id) [label=\(Self.dotQuote(agreement.title)), shape=ellipse, style=filled, fillcolor=\"#f2f2f2\"];\n"
            for party in agreement.parties {
                out += "  \(id) -- \(Self.dotQuote("p:" + model[party.value].name));\n"
            }
        }
        return out + "}\n"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
    static func dotQuote(_ text: String) -> String {
        "\"" + text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "\""): return "\\\""
            case UInt8(ascii: "\n"): return "\\n"
            case UInt8(ascii: "\r"): return ""
            default: return nil
            }
        } + "\""
    }

    // MARK: Mermaid

    /// A Mermaid flowchart: subgraphs per sector, agreements as stadium nodes.
    package func mermaid() -> String {
        var out = "flowchart LR\n"
        let ids = Dictionary(uniqueKeysWithValues: orderedPartners.enumerated().map { ($1, "p\($0)") })
        for (index, group) in sectors.enumerated() {
            out += "  subgraph s\(index)[\"\(Self.mermaidText(group.label))\"]\n"
            for partner in group.partners {
                out += "    \(ids[partner]!)[\"\(Self.mermaidText(model[partner].title))\"]\n"
            }
            out += "  end\n"
        }
        for (index, agreement) in model.agreements.enumerated() {
            out += "  a\(index)([\"\(Self.mermaidText(agreement.title))\"])\n"
            for party in agreement.parties {
                out += "  a\(index) --- \(ids[party.value]!)\n"
            }
        }
        return out
    }

    /// Mermaid label text inside `"…"`: quotes, markup and entity starts as Mermaid entities.
    static func mermaidText(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "\""): return "#quot;"
            case UInt8(ascii: "#"): return "#35;"
            case UInt8(ascii: "&"): return "#amp;"
            case UInt8(ascii: "<"): return "#lt;"
            case UInt8(ascii: ">"): return "#gt;"
            case UInt8(ascii: "`"): return "#96;"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): return " "
            default: return nil
            }
        }
    }

    // MARK: SVG

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
                          "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#843c39", "#7b4173"]

    static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// An inline SVG: partners on a circle, sector by sector in colour; each agreement a
    /// numbered node at the centre of its parties, joined to them. Laid out by arithmetic only,
    /// so the same plan always draws the same picture.
    package func svg(language: Language) -> String {
        let partners = orderedPartners
        let size = 860.0, centre = size / 2, radius = 280.0
        var position: [Ref<Partner>: (Double, Double, Double)] = [:]
        for (i, partner) in partners.enumerated() {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(max(1, partners.count))
            position[partner] = (centre + radius * cos(angle), centre + radius * sin(angle), angle)
        }
        var sectorOf: [Ref<Partner>: Int] = [:]
        for (index, group) in sectors.enumerated() { for p in group.partners { sectorOf[p] = index } }
        let legendRows = sectors.count + 1
        let height = size + 20 + Double(legendRows) * 22
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(size)) \(Int(height))\" width=\"100%\" "
            + "role=\"img\" aria-label=\"\(Escaping.html(language == .pl ? "Partnerzy i porozumienia" : "Partners and agreements"))\" "
            + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"15\">\n"
        // Edges first, under the nodes.
        var agreementNodes: [(Int, Double, Double)] = []
        for (index, agreement) in model.agreements.enumerated() {
            let points = agreement.parties.compactMap { position[$0.value] }
            guard !points.isEmpty else { continue }
            var x = points.map(\.0).reduce(0, +) / Double(points.count)
            var y = points.map(\.1).reduce(0, +) / Double(points.count)
            // Pull towards the centre so two-party nodes do not sit on the chord's midpoint
            // together with others, and nudge by index so equal party sets stay apart.
            x = centre + (x - centre) * 0.72 + Double(index % 3 - 1) * 9
            y = centre + (y - centre) * 0.72 + Double((index / 3) % 3 - 1) * 9
            agreementNodes.append((index, x, y))
            for point in points {
                out += "<line x1=\"\(f(x))\" y1=\"\(f(y))\" x2=\"\(f(point.0))\" y2=\"\(f(point.1))\" stroke=\"#9a9a9a\" stroke-width=\"1\"/>\n"
            }
        }
        for partner in partners {
            let (x, y, angle) = position[partner]!
            let colour = Self.color(sectorOf[partner] ?? 0)
            let name = model[partner].title
            let label = model[partner].short ?? (name.initialism.count >= 2 ? name.initialism : String(name.prefix(18)))
            let lx = centre + (radius + 18) * cos(angle), ly = centre + (radius + 18) * sin(angle) + 5
            let anchor = abs(cos(angle)) < 0.2 ? "middle" : (cos(angle) > 0 ? "start" : "end")
            out += "<g><title>\(Escaping.html(name))</title>"
            out += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"11\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
            out += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" text-anchor=\"\(anchor)\">\(Escaping.html(label))</text></g>\n"
        }
        for (index, x, y) in agreementNodes {
            out += "<g><title>\(Escaping.html(model.agreements[index].title))</title>"
            out += "<rect x=\"\(f(x - 13))\" y=\"\(f(y - 11))\" width=\"26\" height=\"22\" rx=\"4\" fill=\"#ffffff\" stroke=\"#333333\"/>"
            out += "<text x=\"\(f(x))\" y=\"\(f(y + 5))\" text-anchor=\"middle\" font-size=\"13\">\(index + 1)</text></g>\n"
        }
        // Legend: sectors.
        var ly = size + 10
        for (index, group) in sectors.enumerated() {
            out += "<circle cx=\"30\" cy=\"\(f(ly))\" r=\"7\" fill=\"\(Self.color(index))\"/>"
            out += "<text x=\"46\" y=\"\(f(ly + 5))\">\(Escaping.html(group.label)) (\(group.partners.count))</text>\n"
            ly += 22
        }
        out += "<rect x=\"21\" y=\"\(f(ly - 9))\" width=\"18\" height=\"16\" rx=\"3\" fill=\"#ffffff\" stroke=\"#333333\"/>"
        out += "<text x=\"46\" y=\"\(f(ly + 5))\">\(Escaping.html(language == .pl ? "porozumienie (numer z listy porozumień)" : "agreement (number in the list of agreements)"))</text>\n"
        return out + "</svg>"
    }

    /// Coordinates with one decimal: enough for drawing and stable as text.
    func f(_ value: Double) -> String { NumberText.oneDecimal(value) }
}

import Foundation
