/// A small plan with a Polish partner name before a reference, an import, and deliberate findings.
enum Fixture {
    static let registry = """
    partner szkoła "Zespół Szkół w Żółkiewce" { sector education }
    person dyrektor "Dyrektor" { of szkoła; signs }

    """

    static let plan = """
    import "registry.plan"

    plan p "Plan" {
      period 2020-01-01 .. 2020-12-31
    }

    partner gops "Gminny Ośrodek Pomocy Społecznej" {
      sector social_assistance
    }

    person kierownik "Kierownik GOPS" {
      of gops
      title "kierownik"
    }

    need activation { sectors social_assistance }
    group families "Rodziny" { size 10; needs activation }
    service work "Praca socjalna" { by gops; for families; meets activation }

    # gops is named in this comment and "gops" in this string
    agreement a1 "Porozumienie gops" {
      parties gops, szkoła
      period 2019-06-01 .. 2020-06-30
      gops provides work
      szkoła commits "Informuje gops."
      signatories kierownik, dyrektor
    }

    """

    static let files = ["/repo/plan.plan": plan, "/repo/registry.plan": registry]
}
