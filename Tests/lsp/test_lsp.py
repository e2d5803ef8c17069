"""coplan lsp driven by pytest-lsp, replaying the real client capabilities of VS Code and
Neovim 0.7 (both speak UTF-16 positions)."""
import asyncio
import os
import subprocess
import urllib.parse

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

import workspace

CLIENTS = ["visual-studio-code", "neovim@v0.7.0"]


@pytest_lsp.fixture(params=CLIENTS, config=ClientServerConfig(server_command=workspace.SERVER))
async def client(request, lsp_client: LanguageClient):
    folder = workspace.make()
    lsp_client.folder = folder
    params = types.InitializeParams(capabilities=client_capabilities(request.param),
                                    root_uri=folder.as_uri(), locale="en")
    result = await lsp_client.initialize_session(params)
    assert result.capabilities.position_encoding in (None, "utf-16")
    yield
    await lsp_client.shutdown_session()
    workspace.remove(folder)


def uri(client, name):
    return (client.folder / name).as_uri()


async def open_and_wait(client, name, text):
    doc = uri(client, name)
    client.diagnostics.pop(doc, None)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=doc, language_id="coplan", version=1, text=text)))
    return await wait_diagnostics(client, doc)


async def change_and_wait(client, name, text, version):
    doc = uri(client, name)
    client.diagnostics.pop(doc, None)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=doc, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    return await wait_diagnostics(client, doc)


async def wait_diagnostics(client, doc, until=lambda diagnostics: True):
    for _ in range(50):
        if doc in client.diagnostics and until(client.diagnostics[doc]):
            return client.diagnostics[doc]
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    raise AssertionError("no such diagnostics for " + doc)


def at(client, name, text, needle, occurrence=0, offset=0):
    line, character = workspace.position(text, needle, occurrence, offset)
    return types.TextDocumentIdentifier(uri=uri(client, name)), types.Position(line=line, character=character)


async def test_diagnostics_with_code_link_and_utf16_columns(client):
    text = workspace.PLAN.replace("parties gops, szkoła", "parties szkoła, gopż")
    diagnostics = await open_and_wait(client, "plan.plan", text)
    unknown = next(d for d in diagnostics if d.code == "E200")
    assert unknown.severity == types.DiagnosticSeverity.Error
    # The link leads to this checkout's language reference, section 5 (the codes).
    href = unknown.code_description.href
    assert href.startswith("file://") and href.endswith("/docs/LANGUAGE.md#5-checks-and-their-codes")
    assert os.path.exists(urllib.parse.unquote(href[len("file://"):].split("#")[0]))
    assert unknown.source == "coplan"
    # `  parties szkoła, ` is 18 UTF-16 units (19 bytes); `gopż` is 4 units.
    assert (unknown.range.start.character, unknown.range.end.character) == (18, 22)
    assert "did you mean `gops`" in unknown.message


async def test_clean_plan_has_no_errors_and_registry_change_rechecks_importer(client):
    diagnostics = await open_and_wait(client, "plan.plan", workspace.PLAN)
    assert [d.code for d in diagnostics if d.severity == types.DiagnosticSeverity.Error] == []
    await open_and_wait(client, "registry.plan", workspace.REGISTRY)
    doc = uri(client, "plan.plan")
    await change_and_wait(client, "registry.plan", workspace.REGISTRY.replace("szkoła", "liceum"), 2)
    plan = await wait_diagnostics(client, doc, lambda found: "E200" in [d.code for d in found])
    assert any("unknown partner `szkoła`" in d.message for d in plan)


async def test_related_information_and_unnecessary_tag(client):
    text = workspace.PLAN.replace("need activation {", "need activation { # coplan: allow W400\n") \
        + 'partner gops "Again" { sector culture }\n'
    diagnostics = await open_and_wait(client, "plan.plan", text)
    duplicate = next(d for d in diagnostics if d.code == "E201")
    assert duplicate.related_information[0].location.range.start == types.Position(line=6, character=8)
    stale = next(d for d in diagnostics if d.code == "W403")
    assert list(stale.tags) == [types.DiagnosticTag.Unnecessary]


async def test_quick_fix_did_you_mean_and_silence(client):
    text = workspace.PLAN.replace("parties gops, szkoła", "parties gops, szkla")
    diagnostics = await open_and_wait(client, "plan.plan", text)
    document, position = at(client, "plan.plan", text, "szkla")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=document, range=types.Range(start=position, end=position),
        context=types.CodeActionContext(diagnostics=diagnostics)))
    fix = next(a for a in actions if "szkoła" in a.title)
    fixed = workspace.apply_edits(text, fix.edit.changes[document.uri])
    assert "parties gops, szkoła" in fixed
    after = await change_and_wait(client, "plan.plan", fixed, 2)
    assert "E200" not in [d.code for d in after]


async def test_completion_names_of_the_right_kind(client):
    text = workspace.PLAN + "team t {\n  members \n}\n"
    await open_and_wait(client, "plan.plan", text)
    document, position = at(client, "plan.plan", text, "members ", offset=8)
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=document, position=position,
        context=types.CompletionContext(trigger_kind=types.CompletionTriggerKind.TriggerCharacter, trigger_character=" ")))
    items = result.items if hasattr(result, "items") else result
    assert [i.label for i in items] == ["gops", "szkoła"]


async def test_hover_partner_group_agreement_and_code(client):
    text = workspace.PLAN.replace("need activation {", "need activation { # coplan: allow W401\n")
    await open_and_wait(client, "plan.plan", text)

    async def hover(needle, occurrence=0):
        document, position = at(client, "plan.plan", text, needle, occurrence, offset=1)
        result = await client.text_document_hover_async(types.HoverParams(text_document=document, position=position))
        return result.contents.value

    partner = await hover("szkoła commits")
    assert "Zespół Szkół w Żółkiewce" in partner and "education" in partner and "365 days left" in partner
    assert "coverage: 100%" in await hover("families", 1)
    agreement = await hover("a1")
    assert "2020-01-01 .. 2020-12-31" in agreement and "`gops`, `szkoła`" in agreement
    assert "service that no agreement provides" in await hover("W401")


async def test_definition_references_and_unopened_documents(client):
    await open_and_wait(client, "plan.plan", workspace.PLAN)
    document, position = at(client, "plan.plan", workspace.PLAN, "szkoła commits")
    locations = await client.text_document_definition_async(types.DefinitionParams(text_document=document, position=position))
    assert locations[0].uri == uri(client, "registry.plan")
    assert locations[0].range.start == types.Position(line=0, character=8)
    document, position = at(client, "plan.plan", workspace.PLAN, "gops", 1)
    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=document, position=position, context=types.ReferenceContext(include_declaration=True)))
    assert len(references) == 5  # not the comment, the string or the display name
    never = types.TextDocumentIdentifier(uri=uri(client, "never.plan"))
    assert await client.text_document_hover_async(types.HoverParams(text_document=never, position=position)) is None


async def test_rename_across_import_then_clean_recheck(client):
    before = await open_and_wait(client, "plan.plan", workspace.PLAN)
    await open_and_wait(client, "registry.plan", workspace.REGISTRY)
    document, position = at(client, "plan.plan", workspace.PLAN, "szkoła")
    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(text_document=document, position=position))
    assert prepared is not None
    edit = await client.text_document_rename_async(types.RenameParams(text_document=document, position=position, new_name="liceum"))
    plan = workspace.apply_edits(workspace.PLAN, edit.changes[uri(client, "plan.plan")])
    registry = workspace.apply_edits(workspace.REGISTRY, edit.changes[uri(client, "registry.plan")])
    assert "parties gops, liceum" in plan and '"Informuje gops."' in plan and "# gops is named" in plan
    assert registry.startswith('partner liceum "Zespół Szkół w Żółkiewce"')
    await change_and_wait(client, "registry.plan", registry, 2)
    after = await change_and_wait(client, "plan.plan", plan, 2)
    assert sorted(d.code for d in after) == sorted(d.code for d in before)


async def test_formatting_equals_coplan_fmt(client):
    messy = workspace.PLAN.replace("  sector social_assistance\n", "      sector    social_assistance\n", 1)
    await open_and_wait(client, "plan.plan", messy)
    document = types.TextDocumentIdentifier(uri=uri(client, "plan.plan"))
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=document, options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    path = client.folder / "messy.plan"
    path.write_text(messy)
    subprocess.run([workspace.COPLAN, "fmt", str(path)], check=True, capture_output=True)
    assert workspace.apply_edits(messy, edits) == path.read_text()


async def test_symbols_folding_inlay_hints_and_semantic_tokens(client):
    await open_and_wait(client, "plan.plan", workspace.PLAN)
    document = types.TextDocumentIdentifier(uri=uri(client, "plan.plan"))
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=document))
    assert [s.name for s in symbols] == ["registry.plan", "p", "gops", "kierownik", "activation", "families", "work", "a1"]
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="zolkiew"))
    assert [s.name for s in found] == ["szkoła"]
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=document))
    assert any(f.start_line == 2 and f.end_line == 3 for f in folds)
    hints = await client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=document, range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=99, character=0))))
    assert [h.label for h in hints] == ["365 days left"]
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=document))
    assert list(tokens.data[:3]) == [0, 0, 6]


async def test_server_keeps_answering_after_garbage(client):
    await open_and_wait(client, "plan.plan", workspace.PLAN)
    transport = client.protocol.writer
    for junk in [b"Content-Length: 5\r\n\r\n{{{{{", b"nonsense\r\n\r\n", b"Content-Length: 2\r\n\r\n[]"]:
        transport.write(junk)
    with pytest.raises(Exception) as error:
        await client.protocol.send_request_async("coplan/unknown", {})
    assert type(error.value).__name__ == "JsonRpcMethodNotFound"
    document, position = at(client, "plan.plan", workspace.PLAN, "gops", 1)
    result = await client.text_document_hover_async(types.HoverParams(text_document=document, position=position))
    assert "Gminny Ośrodek Pomocy Społecznej" in result.contents.value
