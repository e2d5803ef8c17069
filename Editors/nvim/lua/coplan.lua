-- coplan for Neovim 0.7 and later: `.plan` files get the `coplan` filetype, and every buffer
-- of that filetype is attached to one `coplan lsp` per plan repository (the folder holding
-- coplan.toml or .git). Put this folder on 'runtimepath' and call require("coplan").setup().
local M = {}

local clients = {}

local function root_of(path)
  local folder = vim.fn.fnamemodify(path, ":p:h")
  local config = vim.fn.findfile("coplan.toml", folder .. ";")
  if config ~= "" then return vim.fn.fnamemodify(config, ":p:h") end
  local git = vim.fn.finddir(".git", folder .. ";")
  if git ~= "" then return vim.fn.fnamemodify(git, ":p:h:h") end
  return folder
end

--- opts.cmd: the server command (default { "coplan", "lsp" }).
function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "coplan", "lsp" }
  local group = vim.api.nvim_create_augroup("coplan", { clear = true })
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    group = group, pattern = "*.plan", command = "setfiletype coplan",
  })
  vim.api.nvim_create_autocmd("FileType", {
    group = group, pattern = "coplan",
    callback = function(args)
      local root = root_of(vim.api.nvim_buf_get_name(args.buf))
      local id = clients[root]
      if id == nil or vim.lsp.get_client_by_id(id) == nil then
        id = vim.lsp.start_client({ name = "coplan", cmd = cmd, root_dir = root })
        clients[root] = id
      end
      if id then vim.lsp.buf_attach_client(args.buf, id) end
      vim.bo[args.buf].commentstring = "# %s"
    end,
  })
end

return M
