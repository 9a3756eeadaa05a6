-- Headless end-to-end test of clients/neovim with the real server, in the real Neovim (0.7+):
--   nvim --headless --clean -u NONE --cmd 'set rtp^=clients/neovim' -l/-c 'luafile test/e2e.lua'
-- (test/run.sh does this). It opens a bad Dockerfile through the module's FileType autocmd and
-- checks, each with its own clear FAIL line: the project root, diagnostics with the settings
-- given at start, settings pushed later, hover, completion after `COPY --from=`, and the quick
-- fix of a diagnostic applied to the buffer. Exit 0 when every step passed, 1 otherwise.
local launcher = assert(os.getenv('DOCKERFILE_LS'), 'DOCKERFILE_LS must name the server launcher')
local TIMEOUT = 30000
local failures, passes = 0, 0

local function say(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end
local function check(ok, what, detail)
  if ok then
    passes = passes + 1
    say('ok   ' .. what)
  else
    failures = failures + 1
    say('FAIL ' .. what .. (detail and (': ' .. detail) or ''))
  end
  return ok
end
local function finish()
  say(string.format('neovim e2e: %d passed, %d failed', passes, failures))
  vim.cmd(failures == 0 and 'qall!' or 'cquit!')
end

-- A workspace whose project file sits above the Dockerfile's folder.
local ws = vim.fn.resolve(vim.fn.tempname())
vim.fn.mkdir(ws .. '/app', 'p')
vim.fn.writefile({ '{ "rules": { "MaintainerDeprecated": "off" } }' }, ws .. '/.dockerfile-ls.json')
vim.fn.writefile({ 'FROM alpine as build', 'RUN echo hello', 'FROM alpine' }, ws .. '/app/Dockerfile')

vim.cmd('filetype on')
local dockerfile_ls = require('dockerfile_ls')
dockerfile_ls.setup({ cmd = { launcher }, settings = { rules = { FromAsCasing = 'error' } } })
vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/app/Dockerfile'))
local buf = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(buf)

if not check(vim.bo[buf].filetype == 'dockerfile', 'filetype is dockerfile', vim.bo[buf].filetype) then
  return finish()
end
local client
check(vim.wait(TIMEOUT, function()
  client = vim.lsp.get_active_clients()[1]
  return client ~= nil and client.initialized
end, 50), 'the server started and initialized', 'see ' .. vim.lsp.get_log_path())
if not client then
  return finish()
end
check(client.config.root_dir == ws, 'the project root is the folder of .dockerfile-ls.json', client.config.root_dir)
check(#vim.lsp.buf_get_clients(buf) == 1, 'the buffer is attached to the client')

local function rule_diagnostic(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == code) then
      return d
    end
  end
end
local function wait_for_severity(code, severity)
  return vim.wait(TIMEOUT, function()
    local d = rule_diagnostic(code)
    return d ~= nil and d.severity == severity
  end, 50)
end

check(wait_for_severity('FromAsCasing', vim.diagnostic.severity.ERROR),
  'diagnostics: FromAsCasing on line 1, an error as the start-up settings say',
  vim.inspect(vim.diagnostic.get(buf)))

dockerfile_ls.update_settings({ rules = { FromAsCasing = 'hint' } })
check(wait_for_severity('FromAsCasing', vim.diagnostic.severity.HINT),
  'settings pushed with workspace/didChangeConfiguration turn FromAsCasing into a hint',
  vim.inspect(vim.diagnostic.get(buf)))

local function request(method, params, capability)
  -- Fail at once, not after a time-out, when the server does not offer the request at all.
  if not (client.server_capabilities or client.resolved_capabilities or {})[capability] then
    return nil, 'the server does not announce ' .. capability .. ' in its capabilities'
  end
  local answers, err = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
  if not answers then
    return nil, err or 'no answer'
  end
  local answer = answers[client.id]
  if not answer then
    return nil, 'no answer from the client'
  end
  if answer.err then
    return nil, vim.inspect(answer.err)
  end
  return answer.result
end

-- Hover on the RUN keyword.
local hover, hover_err = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = 1, character = 1 } }, 'hoverProvider')
local hover_text = hover and hover.contents and vim.inspect(hover.contents) or ''
check(hover ~= nil and hover_text:find('RUN') ~= nil, 'hover on RUN explains RUN',
  hover_err or ('contents: ' .. hover_text))

-- Completion after `COPY --from=`: the earlier stage's name.
vim.api.nvim_buf_set_lines(buf, 3, 3, false, { 'COPY --from=' })
local completion, completion_err = request('textDocument/completion',
  { textDocument = { uri = uri }, position = { line = 3, character = 12 } }, 'completionProvider')
local items = completion and (completion.items or completion) or {}
local labels = {}
for _, item in ipairs(items) do
  table.insert(labels, item.label)
end
check(vim.tbl_contains(labels, 'build'), 'completion after COPY --from= offers the stage build',
  completion_err or ('labels: ' .. vim.inspect(labels)))
vim.api.nvim_buf_set_lines(buf, 3, 4, false, {})

-- The quick fix of FromAsCasing, applied as the client would.
local d = rule_diagnostic('FromAsCasing')
local actions, action_err
if d then
  local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
  local lsp_diagnostic = d.user_data and d.user_data.lsp
    or { range = range, message = d.message, severity = d.severity, code = d.code, source = d.source }
  actions, action_err = request('textDocument/codeAction',
    { textDocument = { uri = uri }, range = range, context = { diagnostics = { lsp_diagnostic } } }, 'codeActionProvider')
end
local fix
for _, action in ipairs(actions or {}) do
  if action.title == "Change 'as' to 'AS'" then
    fix = action
  end
end
local titles = {}
for _, action in ipairs(actions or {}) do
  table.insert(titles, action.title)
end
if check(fix ~= nil and fix.edit ~= nil, "a code action \"Change 'as' to 'AS'\" with an edit",
    action_err or ('titles: ' .. vim.inspect(titles))) then
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
  local line = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
  check(line == 'FROM alpine AS build', 'the code action fixes line 1', line)
  check(vim.wait(TIMEOUT, function() return rule_diagnostic('FromAsCasing') == nil end, 50),
    'the fixed buffer has no FromAsCasing diagnostic left', vim.inspect(vim.diagnostic.get(buf)))
end

vim.lsp.stop_client(client.id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client.id) == nil end, 50)
vim.fn.delete(ws, 'rf')
finish()
