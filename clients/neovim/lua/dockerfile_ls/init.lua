-- dockerfile-ls for Neovim 0.7 and newer: starts the server for every buffer of filetype
-- `dockerfile` (one client per project root), with `vim.lsp.start_client` and a FileType
-- autocmd, so it runs on Debian's 0.7.2 as well as on current releases.
--
--   require('dockerfile_ls').setup({
--     cmd = { '/path/to/dockerfile-ls/server/target/bin/dockerfile-ls' },
--     settings = { rules = { MaintainerDeprecated = 'error' } },
--   })
--
-- Neovim 0.7 neither announces `workspace/configuration` nor sends
-- `workspace/didChangeConfiguration` by itself, so the settings go in twice: as
-- initializationOptions and pushed from on_init (the server takes both; newer Neovims that
-- announce `workspace/configuration` are asked for the `dockerfile-ls` section instead).
local M = {}

M.SECTION = 'dockerfile-ls'

M.defaults = {
  -- The server's launcher, or { 'java', '-jar', '/path/to/dockerfile-ls.jar' }.
  cmd = { 'dockerfile-ls' },
  -- The server's settings object: rules, categories, buildContext, formatting.
  settings = {},
  -- The nearest folder holding one of these is the project root (else the file's folder).
  root_markers = { '.dockerfile-ls.json', '.git' },
  name = 'dockerfile-ls',
  on_attach = nil,
  capabilities = nil,
}

local config = vim.deepcopy(M.defaults)
local clients = {} -- root folder -> client id

--- The project root of `path`: the closest folder upwards that holds a root marker, else the
--- file's own folder. Uses only functions that Neovim 0.7 has (no vim.fs).
function M.root_dir(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local best
  for _, marker in ipairs(markers or config.root_markers) do
    local found = vim.fn.finddir(marker, vim.fn.fnameescape(dir) .. ';')
    if found == '' then
      found = vim.fn.findfile(marker, vim.fn.fnameescape(dir) .. ';')
    end
    if found ~= '' then
      local root = vim.fn.fnamemodify(found, ':p'):gsub('/$', '')
      root = vim.fn.fnamemodify(root, ':h')
      -- The deepest root wins: a project file next to the Dockerfile beats a .git above it.
      if not best or #root > #best then
        best = root
      end
    end
  end
  return best or dir
end

--- The server's settings wrapped in its section, as the server and the LSP expect them.
function M.wrapped_settings(settings)
  return { [M.SECTION] = settings or config.settings }
end

local function start(root)
  local settings = M.wrapped_settings()
  return vim.lsp.start_client({
    name = config.name,
    cmd = config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = { settings = settings },
    settings = settings,
    capabilities = config.capabilities,
    on_attach = config.on_attach,
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    on_exit = function()
      clients[root] = nil
    end,
  })
end

--- Attaches `bufnr` to the client of its project, starting one if needed. Returns the client id.
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil
  end
  local root = M.root_dir(name)
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = start(root)
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Sends new settings to every running client (and to the clients started later).
function M.update_settings(settings)
  config.settings = settings
  for _, id in pairs(clients) do
    local client = vim.lsp.get_client_by_id(id)
    if client then
      client.config.settings = M.wrapped_settings()
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end
  end
end

function M.setup(opts)
  config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  -- Names Neovim 0.7 does not know as Dockerfiles yet.
  pcall(vim.filetype.add, {
    extension = { dockerfile = 'dockerfile', containerfile = 'dockerfile', Dockerfile = 'dockerfile' },
    pattern = { ['Containerfile%..*'] = 'dockerfile', ['.*%.Dockerfile'] = 'dockerfile' },
  })
  local group = vim.api.nvim_create_augroup('dockerfile_ls', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'dockerfile',
    callback = function(args)
      M.attach(args.buf)
    end,
  })
end

return M
