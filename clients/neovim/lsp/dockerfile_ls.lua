-- dockerfile-ls for Neovim 0.11+ (`vim.lsp.config` / `vim.lsp.enable`). With this folder on
-- 'runtimepath', `vim.lsp.enable('dockerfile_ls')` starts the server for Dockerfiles; override
-- any field with `vim.lsp.config('dockerfile_ls', { ... })`, e.g. `cmd` when the launcher is
-- not on PATH. Neovim 0.11 answers the server's `workspace/configuration` requests from
-- `settings`, so the settings live under the server's section, `dockerfile-ls`.
return {
  cmd = { 'dockerfile-ls' },
  filetypes = { 'dockerfile' },
  root_markers = { '.dockerfile-ls.json', '.git' },
  settings = {
    ['dockerfile-ls'] = {},
  },
}
