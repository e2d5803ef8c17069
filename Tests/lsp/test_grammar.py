"""The TextMate grammar the editors use (Grammar/coplan.tmLanguage.json, which the VS Code
extension references) tokenised with textmate-grammar-python on the shipped plans."""
import json
import pathlib

import logging

import pytest
from textmate_grammar.parsers.base import LanguageParser

# The tokeniser logs every stretch no rule matches (plain names); that is not a failure.
logging.getLogger("textmate_grammar").setLevel(logging.ERROR)
ROOT = pathlib.Path(__file__).resolve().parents[2]
GRAMMAR = json.loads((ROOT / "Grammar" / "coplan.tmLanguage.json").read_text())
PLANS = sorted((ROOT / "Plans").rglob("*.plan"))


@pytest.fixture(scope="module")
def parser():
    return LanguageParser(GRAMMAR)


def tokens(parser, text):
    element = parser.parse_string(text)
    return [(text_, scopes) for (_, text_, scopes) in element.flatten()]


def scopes_of(parser, text, word):
    return [scopes for token, scopes in tokens(parser, text) if token == word]


def test_there_are_shipped_plans():
    assert len(PLANS) >= 4


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_shipped_plan_keywords_strings_and_comments(parser, path):
    text = path.read_text()
    flat = tokens(parser, text)
    all_scopes = {scope for _, scopes in flat for scope in scopes}
    assert any(scope.startswith("keyword") for scope in all_scopes), path
    assert any(scope.startswith("string") for scope in all_scopes), path
    assert any(scope.startswith("comment") for scope in all_scopes), path


def test_english_and_polish_keywords_and_literals(parser):
    text = 'partner gops "GOPS – Leśniowice" { sector social_assistance }\n' \
           'porozumienie a "A" { strony gops, szkoła; okres 2020-01-01 .. 2020-12-31 } # komentarz\n'
    scopes = {token: scopes[-1] for token, scopes in tokens(parser, text)}
    assert scopes["partner"] == "keyword.declaration.coplan"
    assert scopes["porozumienie"] == "keyword.declaration.coplan"
    assert scopes["gops"] == "entity.name.type.coplan"
    assert scopes["GOPS – Leśniowice"] == "string.quoted.double.coplan"
    assert scopes["social_assistance"] == "support.constant.sector.coplan"
    assert scopes["strony"] == "keyword.other.coplan" and scopes["okres"] == "keyword.other.coplan"
    assert scopes["2020-01-01"] == "constant.numeric.date.coplan"
    assert scopes[" komentarz"] == "comment.line.number-sign.coplan"
