import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// Built-in templates of the plan report: HTML (escaped by swift-mustache's HTML escaping; the
/// SVG is generated and escaped by `PartnerGraph`) and Markdown (Markdown-escaped values).
enum ReportTemplates {
    static let markdown = #"""
    # {{l.report}}: {{title}}

    ## {{l.summary}}

    {{#plan}}
    {{#territory}}
    - **{{l.territory}}:** {{territory}}
    {{/territory}}
    {{#period}}
    - **{{l.period}}:** {{period}}
    {{/period}}
    {{#program}}
    - **{{l.program}}:** {{program}}
    {{/program}}
    {{#budget}}
    - **{{l.budget}}:** {{budget}}
    {{/budget}}
    {{/plan}}

    | {{l.figures}} | |
    |---|--:|
    {{#stats}}
    | {{label}} | {{value}} |
    {{/stats}}

    ## {{l.partners}}

    {{#sectors}}
    ### {{label}} ({{count}})

    | {{l.partner}} | {{l.level}} | {{l.kind}} | {{l.roles}} | {{l.agreement_count}} |
    |---|---|---|---|--:|
    {{#partners}}
    | {{title}} | {{level}} | {{kind}} | {{roles}} | {{agreements}} |
    {{/partners}}

    {{/sectors}}
    {{#has_matrix}}
    ## {{l.matrix}}

    {{l.matrix_note}}

    | {{l.group}} |{{#matrix_needs}} {{title}} |{{/matrix_needs}}
    |---|{{#matrix_needs}}:-:|{{/matrix_needs}}
    {{#matrix_rows}}
    | {{group}} |{{#cells}} {{text}} |{{/cells}}
    {{/matrix_rows}}

    {{/has_matrix}}
    ## {{l.gaps}}

    {{#gaps}}
    - **{{code}}** {{message}}{{#location}} ({{location}}){{/location}}
    {{/gaps}}
    {{^has_gaps}}
    {{l.no_gaps}}
    {{/has_gaps}}
    {{#silenced_gaps}}

    {{silenced_gaps}}
    {{/silenced_gaps}}

    {{#has_goals}}
    ## {{l.goals}}

    {{#goals}}
    ### {{title}}

    | {{l.indicator}} | {{l.target}} | {{l.value}} | {{l.result}} |
    |---|--:|--:|---|
    {{#indicators}}
    | {{metric}} | {{target}} | {{value}} | {{mark}} |
    {{/indicators}}

    {{/goals}}
    {{/has_goals}}
    ## {{l.diagram}}

    ```mermaid
    {{{mermaid}}}
    ```

    {{#has_agreements}}
    | # | {{l.agreements}} | {{l.parties}} | {{l.period}} |
    |--:|---|---|---|
    {{#agreements}}
    | {{number}} | {{title}} | {{parties}} | {{period}} |
    {{/agreements}}
    {{/has_agreements}}

    """#

    static let html = #"""
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{l.report}}: {{title}}</title>
    <style>
    @page { size: A4; margin: 18mm 16mm; }
    html { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #111; }
    body { margin: 0; }
    main { max-width: 180mm; margin: 0 auto; padding: 10mm 0; }
    @media print { main { padding: 0; max-width: none; } }
    h1 { font-size: 17pt; margin: 0 0 8pt; }
    h2 { font-size: 13pt; margin: 18pt 0 6pt; border-bottom: 1px solid #999; page-break-after: avoid; break-after: avoid; }
    h3 { font-size: 11pt; margin: 12pt 0 4pt; }
    table { border-collapse: collapse; margin: 4pt 0 10pt; page-break-inside: auto; width: 100%; }
    table.figures { width: auto; min-width: 60%; }
    tr { page-break-inside: avoid; break-inside: avoid; }
    th, td { border: 1px solid #bbb; padding: 2pt 5pt; text-align: left; vertical-align: top; }
    th { background: #eee; }
    td.num { text-align: right; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    .swatch { display: inline-block; width: 9pt; height: 9pt; border-radius: 50%; margin-right: 5pt; vertical-align: middle; }
    table.matrix { font-size: 8.5pt; }
    table.matrix td { text-align: center; white-space: nowrap; }
    table.matrix th:first-child { width: 18%; }
    table.matrix thead { break-inside: avoid; }
    table.matrix td.covered { background: #d9f2d9; }
    table.matrix td.partial { background: #fff1c2; }
    table.matrix td.uncovered { background: #f8d0d0; }
    table.matrix td.none { color: #999; }
    table.matrix th.need { font-weight: normal; font-size: 7.5pt; }
    .met { color: #17631c; } .unmet { color: #a11; font-weight: bold; }
    figure { margin: 0; page-break-inside: avoid; break-inside: avoid; }
    figure svg { max-width: 170mm; display: block; margin: 0 auto; }
    p.note, footer { color: #555; font-size: 8.5pt; }
    </style>
    </head>
    <body>
    <main>
    <h1>{{l.report}}: {{title}}</h1>

    <h2>{{l.summary}}</h2>
    {{#plan}}
    <dl>
    {{#territory}}<dt>{{l.territory}}</dt><dd>{{territory}}</dd>{{/territory}}
    {{#period}}<dt>{{l.period}}</dt><dd>{{period}}</dd>{{/period}}
    {{#program}}<dt>{{l.program}}</dt><dd>{{program}}</dd>{{/program}}
    {{#budget}}<dt>{{l.budget}}</dt><dd>{{budget}}</dd>{{/budget}}
    </dl>
    {{/plan}}
    <table class="figures">
    <thead><tr><th colspan="2">{{l.figures}}</th></tr></thead>
    <tbody>
    {{#stats}}
    <tr><td>{{label}}</td><td class="num">{{value}}</td></tr>
    {{/stats}}
    </tbody>
    </table>

    <h2>{{l.partners}}</h2>
    {{#sectors}}
    <h3><span class="swatch" style="background: {{color}}"></span>{{label}} ({{count}})</h3>
    <table>
    <thead><tr><th>{{l.partner}}</th><th>{{l.level}}</th><th>{{l.kind}}</th><th>{{l.roles}}</th><th>{{l.agreement_count}}</th></tr></thead>
    <tbody>
    {{#partners}}
    <tr><td>{{title}}</td><td>{{level}}</td><td>{{kind}}</td><td>{{roles}}</td><td class="num">{{agreements}}</td></tr>
    {{/partners}}
    </tbody>
    </table>
    {{/sectors}}

    {{#has_matrix}}
    <h2>{{l.matrix}}</h2>
    <p class="note">{{l.matrix_note}}</p>
    <table class="matrix">
    <thead><tr><th>{{l.group}}</th>{{#matrix_needs}}<th class="need">{{title}}</th>{{/matrix_needs}}</tr></thead>
    <tbody>
    {{#matrix_rows}}
    <tr><th>{{group}}{{#size}} ({{size}}){{/size}}</th>{{#cells}}<td class="{{status}}">{{text}}</td>{{/cells}}</tr>
    {{/matrix_rows}}
    </tbody>
    </table>
    {{/has_matrix}}

    <h2>{{l.gaps}}</h2>
    {{#has_gaps}}
    <ul>
    {{#gaps}}
    <li><strong>{{code}}</strong> {{message}}{{#location}} <span class="note">({{location}})</span>{{/location}}</li>
    {{/gaps}}
    </ul>
    {{/has_gaps}}
    {{^has_gaps}}
    <p>{{l.no_gaps}}</p>
    {{/has_gaps}}
    {{#silenced_gaps}}
    <p class="note">{{silenced_gaps}}</p>
    {{/silenced_gaps}}

    {{#has_goals}}
    <h2>{{l.goals}}</h2>
    {{#goals}}
    <h3>{{title}}</h3>
    <table>
    <thead><tr><th>{{l.indicator}}</th><th>{{l.target}}</th><th>{{l.value}}</th><th>{{l.result}}</th></tr></thead>
    <tbody>
    {{#indicators}}
    <tr><td>{{metric}}</td><td class="num">{{target}}</td><td class="num">{{value}}</td><td class="{{#met}}met{{/met}}{{^met}}unmet{{/met}}">{{mark}}</td></tr>
    {{/indicators}}
    </tbody>
    </table>
    {{/goals}}
    {{/has_goals}}

    <h2>{{l.diagram}}</h2>
    <figure>
    {{{svg}}}
    </figure>
    {{#has_agreements}}
    <table>
    <thead><tr><th>#</th><th>{{l.agreements}}</th><th>{{l.parties}}</th><th>{{l.period}}</th></tr></thead>
    <tbody>
    {{#agreements}}
    <tr><td class="num">{{number}}</td><td>{{title}}</td><td>{{parties}}</td><td>{{period}}</td></tr>
    {{/agreements}}
    </tbody>
    </table>
    {{/has_agreements}}
    <footer>{{l.generated}}</footer>
    </main>
    </body>
    </html>

    """#
}
