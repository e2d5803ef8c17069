-- Headless Neovim 0.7 driving coplan lsp through Editors/nvim (vim.lsp.start_client).
-- Run by Tests/lsp/run-nvim.sh with COPLAN_BIN and COPLAN_WORKSPACE set; exits non-zero on
-- the first failed check.
local coplan = os.getenv("COPLAN_BIN")
local folder = os.getenv("COPLAN_WORKSPACE")
local failures = 0

local function check(condition, what)
  if condition then
    io.stdout:write("ok   " .. what .. "\n")
  else
    failures = failures + 1
    io.stdout:write("FAIL " .. what .. "\n")
  end
end

require("coplan").setup({ cmd = { coplan, "lsp", "--today", "2020-01-01", "--debounce-ms", "50" } })

vim.cmd("edit " .. folder .. "/plan.plan")
local buf = vim.api.nvim_get_current_buf()
check(vim.bo[buf].filetype == "coplan", "filetype coplan")
local attached = vim.wait(10000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20)
check(attached, "client attached")

local function lines() return vim.api.nvim_buf_get_lines(buf, 0, -1, false) end
local function text() return table.concat(lines(), "\n") .. "\n" end

-- The 0-based line and UTF-16 column of the n-th occurrence of `needle`.
local function find(needle, occurrence, offset)
  occurrence = occurrence or 1
  local seen = 0
  for number, line in ipairs(lines()) do
    local start = 1
    while true do
      local at = line:find(needle, start, true)
      if not at then break end
      seen = seen + 1
      if seen == occurrence then
        local byte = at - 1 + (offset or 0)
        return number - 1, vim.str_utfindex(line, byte)
      end
      start = at + 1
    end
  end
  error("not found: " .. needle)
end

local function params(needle, occurrence, offset)
  local line, character = find(needle, occurrence, offset)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
end

local function request(method, p)
  local answers = vim.lsp.buf_request_sync(buf, method, p, 10000) or {}
  for _, answer in pairs(answers) do
    if answer.err then return nil, answer.err end
    return answer.result
  end
end

local function wait_diagnostics(predicate)
  return vim.wait(10000, function() return predicate(vim.diagnostic.get(buf)) end, 20)
end

local function codes(list)
  local found = {}
  for _, d in ipairs(list) do found[#found + 1] = d.code end
  return table.concat(found, ",")
end

local function set_text(new)
  local split = vim.split(new, "\n", { plain = true })
  if split[#split] == "" then table.remove(split) end
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, split)
end

-- Diagnostics: a clean plan has no errors.
check(wait_diagnostics(function(d) return #d > 0 end), "diagnostics published")
local errors = vim.diagnostic.get(buf, { severity = vim.diagnostic.severity.ERROR })
check(#errors == 0, "clean plan has no errors (" .. codes(errors) .. ")")

-- An unknown name after Polish letters: Neovim turns the UTF-16 column into bytes.
local original = text()
set_text(original:gsub("parties gops, szkoła", "parties szkoła, gopż"))
check(wait_diagnostics(function(d) return codes(d):find("E200") ~= nil end), "E200 after an edit")
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.code == "E200" then
    -- `  parties szkoła, ` is 19 bytes; `gopż` 5 more.
    check(d.col == 19 and d.end_col == 24, "E200 columns in bytes: " .. d.col .. "-" .. d.end_col)
  end
end

-- Incremental sync: Neovim sends only the edited range (the server asks for change = 2). Fix
-- the name in place after the Polish letters, then break it again, and the server follows.
local function replace_in_line(old, new)
  for row, content in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local from, to = content:find(old, 1, true)
    if from then
      vim.api.nvim_buf_set_text(buf, row - 1, from - 1, row - 1, to, { new })
      return true
    end
  end
  return false
end
check(replace_in_line("szkoła, gopż", "szkoła, gops"), "in-line edit made")
check(wait_diagnostics(function(d) return codes(d):find("E200") == nil end), "E200 gone after an in-line edit")
check(replace_in_line("szkoła, gops", "szkoła, gopż"), "in-line edit undone")
check(wait_diagnostics(function(d) return codes(d):find("E200") ~= nil end), "E200 back after a second in-line edit")
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.code == "E200" then
    check(d.col == 19 and d.end_col == 24, "E200 columns after in-line edits: " .. d.col .. "-" .. d.end_col)
  end
end

-- Code action: did you mean.
local line, character = find("gopż")
local actions = request("textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = line, character = character }, ["end"] = { line = line, character = character } },
  context = { diagnostics = {} },
}) or {}
local fix
for _, action in ipairs(actions) do if action.title:find("gops", 1, true) then fix = action end end
check(fix ~= nil, "quick fix offered")
if fix then vim.lsp.util.apply_workspace_edit(fix.edit, "utf-16") end
check(text():find("parties szkoła, gops", 1, true) ~= nil, "quick fix applied")
check(wait_diagnostics(function(d) return codes(d):find("E200") == nil end), "fixed plan re-checked")
set_text(original)
wait_diagnostics(function(d) return codes(d):find("E200") == nil end)

-- Completion after `members `.
set_text(original .. "team t {\n  members \n}\n")
local cline, ccol = find("members ", 1, 8)
local completion = request("textDocument/completion",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = cline, character = ccol } })
local labels = {}
for _, item in ipairs((completion and completion.items) or completion or {}) do labels[#labels + 1] = item.label end
check(table.concat(labels, ",") == "gops,szkoła", "completion: " .. table.concat(labels, ","))
set_text(original)

-- Hover, definition, references.
local hover = request("textDocument/hover", params("szkoła commits", 1, 1))
check(hover and hover.contents.value:find("Zespół Szkół w Żółkiewce", 1, true) ~= nil, "hover on a partner")
check(hover and hover.contents.value:find("365 days left", 1, true) ~= nil, "hover: days left")
local definition = request("textDocument/definition", params("szkoła commits")) or {}
check(definition[1] and definition[1].uri:find("registry.plan", 1, true) ~= nil, "definition in the import")
local p = params("gops", 2)
p.context = { includeDeclaration = true }
local references = request("textDocument/references", p) or {}
check(#references == 5, "references: " .. #references)

-- Rename across the import, then a clean re-check.
local before = codes(vim.diagnostic.get(buf))
local rp = params("gops", 2)
rp.newName = "ops"
local edit = request("textDocument/rename", rp)
check(edit ~= nil, "rename answered")
if edit then vim.lsp.util.apply_workspace_edit(edit, "utf-16") end
check(text():find("parties ops, szkoła", 1, true) and text():find("\"Informuje gops.\"", 1, true), "rename touched names only")
vim.wait(300)
check(wait_diagnostics(function(d) return codes(d) == before end), "clean re-check after rename: " .. codes(vim.diagnostic.get(buf)))
set_text(original)

-- Formatting equals `coplan fmt`.
set_text(original:gsub("  sector social_assistance\n", "      sector    social_assistance\n", 1))
local messy = text()
local edits = request("textDocument/formatting",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, options = { tabSize = 2, insertSpaces = true } }) or {}
vim.lsp.util.apply_text_edits(edits, buf, "utf-16")
local path = folder .. "/messy.plan"
local file = io.open(path, "w"); file:write(messy); file:close()
vim.fn.system({ coplan, "fmt", path })
local formatted = io.open(path):read("*a")
check(text() == formatted, "formatting equals coplan fmt")
set_text(original)

-- Outline, workspace symbols, folding, inlay hints, semantic tokens.
local doc = { textDocument = { uri = vim.uri_from_bufnr(buf) } }
local symbols = request("textDocument/documentSymbol", doc) or {}
check(#symbols == 8 and symbols[3].name == "gops", "document symbols: " .. #symbols)
local found = request("workspace/symbol", { query = "zolkiew" }) or {}
check(#found == 1 and found[1].name == "szkoła", "workspace symbols")
local folds = request("textDocument/foldingRange", doc) or {}
-- The multi-line declarations: plan, gops, kierownik, a1.
check(#folds == 4, "folding ranges: " .. #folds)
local hints = request("textDocument/inlayHint", {
  textDocument = doc.textDocument, range = { start = { line = 0, character = 0 }, ["end"] = { line = 99, character = 0 } } }) or {}
check(#hints == 1 and hints[1].label == "365 days left", "inlay hint")
local tokens = request("textDocument/semanticTokens/full", doc)
check(tokens and #tokens.data > 0 and #tokens.data % 5 == 0, "semantic tokens")

-- An unknown method gets MethodNotFound, and the server goes on.
local client = vim.lsp.buf_get_clients(buf)[next(vim.lsp.buf_get_clients(buf))]
local answer = client.request_sync("coplan/unknown", {}, 5000, buf) or {}
check(answer.err ~= nil and answer.err.code == -32601, "unknown method answered with MethodNotFound")
check(request("textDocument/hover", params("gops", 2)) ~= nil, "still answering")

vim.lsp.stop_client(vim.lsp.get_active_clients())
if failures > 0 then
  io.stdout:write(failures .. " failed\n")
  vim.cmd("cquit 1")
else
  io.stdout:write("all passed\n")
  vim.cmd("qall!")
end
