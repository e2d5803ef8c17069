"""The language of what coplan lsp says (docs/LANGUAGE.md §9): the client's `locale` stands
where the process's locale would; `--lang` and COPLAN_LANG given to `coplan lsp`, and the
plans' own `language`, come before it."""
import os

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

import workspace
from test_lsp import at, open_and_wait, uri

# None of the test's own language variables reach the server.
ENV = {k: v for k, v in os.environ.items() if k not in ("COPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
UNKNOWN = workspace.PLAN.replace("parties gops, szkoła", "parties szkoła, gopż")


async def session(lsp_client, locale):
    """Initialises with `locale`, yields, then shuts down and removes the workspace."""
    folder = workspace.make()
    lsp_client.folder = folder
    params = types.InitializeParams(capabilities=client_capabilities("visual-studio-code"),
                                    root_uri=folder.as_uri(), locale=locale)
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()
    workspace.remove(folder)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=workspace.SERVER, server_env=ENV))
async def polish(lsp_client: LanguageClient):
    async for _ in session(lsp_client, "pl"):
        yield


@pytest_lsp.fixture(config=ClientServerConfig(server_command=workspace.SERVER + ["--lang", "en"], server_env=ENV))
async def english_flag(lsp_client: LanguageClient):
    async for _ in session(lsp_client, "pl-PL"):
        yield


@pytest_lsp.fixture(config=ClientServerConfig(server_command=workspace.SERVER, server_env=ENV))
async def english_client(lsp_client: LanguageClient):
    async for _ in session(lsp_client, "en-US"):
        yield


async def unknown_partner(client):
    diagnostics = await open_and_wait(client, "plan.plan", UNKNOWN)
    return next(d for d in diagnostics if d.code == "E200")


async def hints(client):
    document = types.TextDocumentIdentifier(uri=uri(client, "plan.plan"))
    found = await client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=document, range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=99, character=0))))
    return [h.label for h in found]


async def test_polish_locale_gives_polish_diagnostics_hover_and_hints(polish):
    unknown = await unknown_partner(polish)
    assert "wskazówka: czy chodziło o `gops`?" in unknown.message, unknown.message
    assert "help:" not in unknown.message and "did you mean" not in unknown.message
    assert unknown.code == "E200"  # codes never change with the language
    await open_and_wait(polish, "plan.plan", workspace.PLAN)
    assert await hints(polish) == ["zostało 365 dni"]
    document, position = at(polish, "plan.plan", workspace.PLAN, "families", 1)
    hover = await polish.text_document_hover_async(types.HoverParams(text_document=document, position=position))
    assert "pokrycie: " in hover.contents.value and "coverage" not in hover.contents.value


async def test_lang_given_to_the_server_wins_over_the_locale(english_flag):
    unknown = await unknown_partner(english_flag)
    assert "help: did you mean `gops`?" in unknown.message, unknown.message
    await open_and_wait(english_flag, "plan.plan", workspace.PLAN)
    assert await hints(english_flag) == ["365 days left"]


async def test_plans_own_language_wins_over_the_client_locale(english_client):
    said = UNKNOWN.replace('plan p "Plan" {\n', 'plan p "Plan" {\n  language pl\n')
    diagnostics = await open_and_wait(english_client, "plan.plan", said)
    unknown = next(d for d in diagnostics if d.code == "E200")
    assert "wskazówka: czy chodziło o `gops`?" in unknown.message, unknown.message
    # The server's own texts follow the client: it has no one plan to go by.
    await open_and_wait(english_client, "plan.plan", workspace.PLAN)
    assert await hints(english_client) == ["365 days left"]
