import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The built-in agreement templates (Mustache producing the `DocumentMarkup` dialect), one per
/// language, kept in the library as text so that no bundle resources are needed.
package enum AgreementTemplates {
    /// Names a plan may give in `template NAME` for the built-in text.
    package static let builtInNames = ["standard", "porozumienie", "agreement"]

    package static func builtIn(_ language: Language) -> String {
        switch language {
        case .pl: return polish
        case .en: return english
        }
    }

    static let polish = #"""
    # {{title}}

    nr {{#number}}{{number}}{{/number}}{{^number}}……………………{{/number}}

    {{#signing}}
    {{doc.concluded}} w dniu {{date}}{{#at}} {{at}}{{/at}} pomiędzy:
    {{/signing}}
    {{^signing}}
    {{doc.concluded}} w dniu ……………………… w ……………………… pomiędzy:
    {{/signing}}

    {{#parties}}
    {{number}}. **{{title}}**{{#address}}, z siedzibą pod adresem: {{address}}{{/address}}{{#identifiers}}, {{identifiers}}{{/identifiers}}{{#has_representatives}}, {{represented}}: {{#representatives}}{{name}}{{#title}} – {{title}}{{/title}}{{#authorisation}} (na podstawie: {{authorisation}}){{/authorisation}}{{^last}}, {{/last}}{{/representatives}}{{/has_representatives}}, {{called}} {{short_quoted}}{{^last}},{{/last}}
    {{/parties}}

    zwane dalej łącznie „Stronami”.

    {{#legal_basis}}Działając na podstawie {{legal_basis}}, Strony{{/legal_basis}}{{^legal_basis}}Strony{{/legal_basis}} postanawiają, co następuje:

    ## § 1. Przedmiot {{doc.gen}}

    1. Przedmiotem {{doc.gen}} jest współpraca Stron{{#plan}} w ramach modelu kooperacji {{title_quoted}}{{#program}} ({{program}}){{/program}}{{/plan}}{{#has_groups}}, w celu wspólnego, kompleksowego wsparcia osób i rodzin z następujących grup:{{/has_groups}}{{^has_groups}}.{{/has_groups}}
    {{#groups}}
       {{number}}) {{title}}{{#size}} (około {{size}} osób){{/size}}{{^last}};{{/last}}{{#last}}.{{/last}}
    {{/groups}}
    2. Współpraca obejmuje {{#has_needs}}następujące obszary wsparcia: {{#needs}}{{title}}{{^last}}, {{/last}}{{/needs}},{{/has_needs}}{{^has_needs}}wymianę informacji i wspólne planowanie działań na rzecz mieszkańców,{{/has_needs}} a także wzajemne informowanie się Stron o osobach i rodzinach wymagających wsparcia.

    ## § 2. Zobowiązania Stron

    {{#parties}}
    {{number}}. {{short}} w ramach {{doc.gen}}:
    {{#obligations}}
       {{number}}) {{text}}
    {{/obligations}}
    {{/parties}}
    {{after_parties}}. Strony zobowiązują się do kierowania osób i rodzin do usług świadczonych przez pozostałe Strony, przekazywania informacji niezbędnych do udzielenia wsparcia oraz udziału we wspólnych konferencjach w sprawie sytuacji osób i rodzin objętych wsparciem.

    ## § 3. Koordynacja współpracy

    {{#has_contacts}}
    1. Osobami do kontaktu w sprawach realizacji {{doc.gen}} są:
    {{#contacts}}
       {{number}}) ze strony: {{party}} – {{name}}{{#title}}, {{title}}{{/title}}{{#email}}, e-mail: {{email}}{{/email}}{{#phone}}, tel. {{phone}}{{/phone}}{{^last}};{{/last}}{{#last}}.{{/last}}
    {{/contacts}}
    {{/has_contacts}}
    {{^has_contacts}}
    1. Strony wyznaczą osoby do kontaktu w sprawach realizacji {{doc.gen}} w terminie 7 dni od dnia {{doc.its}} zawarcia.
    {{/has_contacts}}
    2. {{#meetings}}Przedstawiciele Stron spotykają się {{meetings}} w celu oceny realizacji {{doc.gen}} i omówienia sytuacji osób objętych wsparciem.{{/meetings}}{{^meetings}}Przedstawiciele Stron spotykają się w miarę potrzeb, na wniosek którejkolwiek ze Stron.{{/meetings}}
    3. {{#has_teams}}Strony współpracują w ramach {{#teams}}zespołu {{title_quoted}}{{#coordinator}}, którego pracę koordynuje {{coordinator}}{{#coordinator_title}} ({{coordinator_title}}){{/coordinator_title}}{{/coordinator}}{{#meets}}; zespół spotyka się {{meets}}{{/meets}}{{^last}}, a także {{/last}}{{/teams}}.{{/has_teams}}{{^has_teams}}Strony mogą powoływać wspólne zespoły robocze do rozwiązywania spraw poszczególnych osób i rodzin.{{/has_teams}}

    ## § 4. Ochrona danych osobowych

    {{#data_sharing}}
    1. Strony udostępniają sobie i przetwarzają dane osobowe osób objętych wsparciem wyłącznie w zakresie niezbędnym do realizacji {{doc.gen}}, na podstawie: {{data_sharing}}.
    {{/data_sharing}}
    {{^data_sharing}}
    1. Realizacja {{doc.gen}} nie wymaga udostępniania danych osobowych pomiędzy Stronami. Udostępnienie danych osobowych wymaga odrębnej podstawy prawnej albo zgody osoby, której dane dotyczą.
    {{/data_sharing}}
    2. Każda ze Stron jest odrębnym administratorem przetwarzanych przez siebie danych osobowych i odpowiada za ich zabezpieczenie zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).
    3. Strony zobowiązują się do zachowania w tajemnicy informacji o osobach i rodzinach uzyskanych w związku z realizacją {{doc.gen}}, również po {{doc.its}} rozwiązaniu.

    ## § 5. Finansowanie

    1. {{doc.nom}} nie rodzi zobowiązań finansowych pomiędzy Stronami.
    2. Każda ze Stron pokrywa koszty realizacji swoich zadań we własnym zakresie.

    ## § 6. Czas trwania i rozwiązanie {{doc.gen}}

    1. {{doc.nom}} {{#period}}zostaje {{doc.concluded}} na czas określony {{text}}{{/period}}{{^period}}zostaje {{doc.concluded}} na czas nieokreślony.{{/period}}
    2. {{#notice}}Każda ze Stron może wypowiedzieć {{doc.acc}} z zachowaniem okresu wypowiedzenia wynoszącego {{notice}}.{{/notice}}{{^notice}}{{doc.nom}} może zostać {{doc.terminated}} w każdym czasie za zgodą wszystkich Stron.{{/notice}} Wypowiedzenie {{doc.gen}} przez którąkolwiek ze Stron powoduje {{doc.its}} rozwiązanie.
    3. Wypowiedzenie wymaga formy pisemnej pod rygorem nieważności.

    ## § 7. Postanowienia końcowe

    1. Zmiany {{doc.gen}} wymagają formy pisemnej pod rygorem nieważności.
    2. W sprawach nieuregulowanych {{doc.this_ins}} zastosowanie mają przepisy Kodeksu cywilnego.
    3. Spory wynikłe z realizacji {{doc.gen}} Strony będą rozstrzygać polubownie.
    4. {{doc.nom}} sporządzono w {{copies.words}} jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.

    |{{#signature_columns}} {{.}} |{{/signature_columns}}
    |{{#signature_columns}} :-: |{{/signature_columns}}
    {{#signature_rows}}
    |{{#cells}} {{.}} |{{/cells}}
    {{/signature_rows}}

    """#

    static let english = #"""
    # {{title}}

    No. {{#number}}{{number}}{{/number}}{{^number}}……………………{{/number}}

    {{#signing}}
    Concluded on {{date}}{{#at}} {{at}}{{/at}} between:
    {{/signing}}
    {{^signing}}
    Concluded on ……………………… in ……………………… between:
    {{/signing}}

    {{#parties}}
    {{number}}. **{{title}}**{{#address}}, with its seat at {{address}}{{/address}}{{#identifiers}}, {{identifiers}}{{/identifiers}}{{#has_representatives}}, {{represented}} {{#representatives}}{{name}}{{#title}} – {{title}}{{/title}}{{#authorisation}} (acting under: {{authorisation}}){{/authorisation}}{{^last}}, {{/last}}{{/representatives}}{{/has_representatives}}, {{called}} {{short_quoted}}{{^last}},{{/last}}
    {{/parties}}

    hereinafter jointly referred to as the “Parties”.

    {{#legal_basis}}Acting under {{legal_basis}}, the Parties{{/legal_basis}}{{^legal_basis}}The Parties{{/legal_basis}} agree as follows:

    ## § 1. Subject of the {{doc.nom}}

    1. The subject of the {{doc.nom}} is the cooperation of the Parties{{#plan}} within the cooperation model {{title_quoted}}{{#program}} ({{program}}){{/program}}{{/plan}}{{#has_groups}}, for the joint and comprehensive support of people and families in the following groups:{{/has_groups}}{{^has_groups}}.{{/has_groups}}
    {{#groups}}
       {{number}}) {{title}}{{#size}} (about {{size}} people){{/size}}{{^last}};{{/last}}{{#last}}.{{/last}}
    {{/groups}}
    2. The cooperation covers {{#has_needs}}the following areas of support: {{#needs}}{{title}}{{^last}}, {{/last}}{{/needs}},{{/has_needs}}{{^has_needs}}the exchange of information and joint planning of action for residents,{{/has_needs}} and the Parties informing each other of people and families in need of support.

    ## § 2. Obligations of the Parties

    {{#parties}}
    {{number}}. Under the {{doc.nom}}, {{short}}:
    {{#obligations}}
       {{number}}) {{text}}
    {{/obligations}}
    {{/parties}}
    {{after_parties}}. The Parties undertake to refer people and families to the services of the other Parties, to pass on the information needed to provide support, and to take part in joint case conferences on the people and families supported.

    ## § 3. Coordination

    {{#has_contacts}}
    1. The contact persons for the performance of the {{doc.nom}} are:
    {{#contacts}}
       {{number}}) for {{party}}: {{name}}{{#title}}, {{title}}{{/title}}{{#email}}, e-mail: {{email}}{{/email}}{{#phone}}, tel. {{phone}}{{/phone}}{{^last}};{{/last}}{{#last}}.{{/last}}
    {{/contacts}}
    {{/has_contacts}}
    {{^has_contacts}}
    1. The Parties shall appoint contact persons within 7 days of the conclusion of the {{doc.nom}}.
    {{/has_contacts}}
    2. {{#meetings}}Representatives of the Parties meet {{meetings}} to review the performance of the {{doc.nom}} and the situation of the people supported.{{/meetings}}{{^meetings}}Representatives of the Parties meet as needed, at the request of any Party.{{/meetings}}
    3. {{#has_teams}}The Parties cooperate within {{#teams}}the team {{title_quoted}}{{#coordinator}}, coordinated by {{coordinator}}{{#coordinator_title}} ({{coordinator_title}}){{/coordinator_title}}{{/coordinator}}{{#meets}}, which meets {{meets}}{{/meets}}{{^last}}, and {{/last}}{{/teams}}.{{/has_teams}}{{^has_teams}}The Parties may set up joint working groups to handle the cases of individual people and families.{{/has_teams}}

    ## § 4. Personal data protection

    {{#data_sharing}}
    1. The Parties share and process personal data of the people supported only to the extent necessary to perform the {{doc.nom}}, on the basis of: {{data_sharing}}.
    {{/data_sharing}}
    {{^data_sharing}}
    1. The performance of the {{doc.nom}} does not require the Parties to share personal data. Sharing personal data requires a separate legal basis or the consent of the data subject.
    {{/data_sharing}}
    2. Each Party is a separate controller of the personal data it processes and is responsible for securing it in accordance with Regulation (EU) 2016/679 of the European Parliament and of the Council (GDPR).
    3. The Parties shall keep confidential the information on people and families obtained in connection with the {{doc.nom}}, also after its termination.

    ## § 5. Financing

    1. The {{doc.nom}} creates no financial obligations between the Parties.
    2. Each Party bears the costs of its own tasks.

    ## § 6. Duration and termination

    1. The {{doc.nom}} is {{doc.concluded}} {{#period}}for a fixed term {{text}}.{{/period}}{{^period}}for an indefinite term.{{/period}}
    2. {{#notice}}Each Party may terminate the {{doc.nom}} with a notice period of {{notice}}.{{/notice}}{{^notice}}The {{doc.nom}} may be terminated at any time with the consent of all Parties.{{/notice}} Termination by any Party ends the {{doc.nom}}.
    3. Notice of termination must be given in writing, otherwise it is null and void.

    ## § 7. Final provisions

    1. Any amendment to the {{doc.nom}} must be made in writing, otherwise it is null and void.
    2. Matters not governed by {{doc.this_ins}} are subject to the provisions of the Polish Civil Code.
    3. The Parties shall settle disputes arising from the {{doc.nom}} amicably.
    4. The {{doc.nom}} has been drawn up in {{copies.words}} identical counterparts, one for each Party.

    |{{#signature_columns}} For {{.}}: |{{/signature_columns}}
    |{{#signature_columns}} :-: |{{/signature_columns}}
    {{#signature_rows}}
    |{{#cells}} {{.}} |{{/cells}}
    {{/signature_rows}}

    """#
}
