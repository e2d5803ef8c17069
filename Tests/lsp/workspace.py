"""A throw-away plan repository for the client tests: a plan importing a registry, with a
Polish partner name before a reference and a coplan.toml."""
import os
import pathlib
import shutil
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
COPLAN = os.environ.get("COPLAN_BIN", str(ROOT / ".build" / "debug" / "coplan"))
SERVER = [COPLAN, "lsp", "--today", "2020-01-01"]

REGISTRY = """partner szkoła "Zespół Szkół w Żółkiewce" { sector education }
person dyrektor "Dyrektor" { of szkoła; signs }
"""

PLAN = """import "registry.plan"

plan p "Plan" {
  period 2020-01-01 .. 2020-12-31
}

partner gops "Gminny Ośrodek Pomocy Społecznej" {
  sector social_assistance
}

person kierownik "Kierownik GOPS" {
  of gops
  title "kierownik"
  signs
}

need activation { sectors social_assistance }
group families "Rodziny" { size 10; needs activation }
service work "Praca socjalna" { by gops; for families; meets activation }

# gops is named in this comment and "gops" in this string
agreement a1 "Porozumienie gops" {
  parties gops, szkoła
  period 2020-01-01 .. 2020-12-31
  gops provides work
  szkoła commits "Informuje gops."
  signatories kierownik, dyrektor
}
"""


def make():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="coplan-lsp-"))
    (folder / "coplan.toml").write_text('plans = ["."]\n')
    (folder / "registry.plan").write_text(REGISTRY)
    (folder / "plan.plan").write_text(PLAN)
    return folder.resolve()


def remove(folder):
    shutil.rmtree(folder, ignore_errors=True)


def position(text, needle, occurrence=0, offset=0):
    """(line, UTF-16 character) of the n-th occurrence of needle."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    index += offset
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    return line, len(text[start:index].encode("utf-16-le")) // 2


def apply_edits(text, edits):
    """Applies LSP TextEdits (UTF-16 positions) to text."""
    lines = text.split("\n")

    def offset(pos):
        total = sum(len(l.encode("utf-16-le")) // 2 + 1 for l in lines[: pos.line])
        return total + pos.character

    units = text.encode("utf-16-le")
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start) * 2, offset(edit.range.end) * 2
        units = units[:start] + edit.new_text.encode("utf-16-le") + units[end:]
    return units.decode("utf-16-le")
