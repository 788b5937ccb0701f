-- Manual check of replylint-language-server in Neovim (0.7 and later), headless:
--
--   cd some/folder && nvim --headless -u /path/to/nvim-check.lua draft.txt
--
-- Starts the server with Neovim's built-in LSP client, waits for the
-- diagnostics of the draft, prints them, applies the preferred quick fix of
-- each diagnostic that has one, prints the diagnostics again, and quits
-- (exit code 0 when diagnostics arrived, 1 otherwise). Not part of the test
-- suite: CI machines have no Neovim. Set REPLYLINT_LS to use another server
-- command (default: the bin next to this script, run with `node`).

local script = debug.getinfo(1, 'S').source:sub(2)
local bin = vim.fn.fnamemodify(script, ':p:h:h') .. '/bin/replylint-language-server.js'
local cmd = vim.env.REPLYLINT_LS and { vim.env.REPLYLINT_LS, '--stdio' } or { 'node', bin, '--stdio' }

local function out(line)
  io.stdout:write(line .. '\n')
end

local severities = { 'Error', 'Warning', 'Information', 'Hint' }

local function show(bufnr)
  local diagnostics = vim.diagnostic.get(bufnr)
  table.sort(diagnostics, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  for _, d in ipairs(diagnostics) do
    local lsp = (d.user_data or {}).lsp or {}
    local code = d.code or lsp.code or '-'
    out(string.format('%d:%d-%d:%d %s %s [%s] %s', d.lnum + 1, d.col + 1, (d.end_lnum or d.lnum) + 1,
      (d.end_col or d.col) + 1, severities[d.severity] or '?', tostring(d.source or lsp.source), code,
      (d.message:gsub('\n.*', ''))))
  end
  return #diagnostics
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local root = vim.fn.getcwd()
  local id = vim.lsp.start_client({
    name = 'replylint',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
  })
  vim.lsp.buf_attach_client(bufnr, id)
  out('server: ' .. table.concat(cmd, ' '))
  out('file: ' .. vim.api.nvim_buf_get_name(bufnr) .. ' (filetype ' .. vim.bo[bufnr].filetype .. ')')

  local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  if not got then
    out('no diagnostics within 15 s')
    vim.cmd('qall!')
    os.exit(1)
  end
  out('diagnostics:')
  local before = show(bufnr)

  -- Ask for the quick fixes of every diagnostic, and apply the preferred ones.
  local client = vim.lsp.get_client_by_id(id)
  -- Neovim 0.7 keeps only code and data of the LSP diagnostic: rebuild it as its own code_action() does.
  local lsp_diagnostics = vim.tbl_map(function(d)
    return vim.tbl_extend('force', (d.user_data or {}).lsp or {}, {
      range = {
        start = { line = d.lnum, character = d.col },
        ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
      },
      message = d.message,
      severity = d.severity,
      source = d.source,
    })
  end, vim.diagnostic.get(bufnr))
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } },
    context = { diagnostics = lsp_diagnostics },
  }
  local response = client.request_sync('textDocument/codeAction', params, 5000, bufnr)
  for _, action in ipairs((response and response.result) or {}) do
    out('quick fix: ' .. action.title .. (action.isPreferred and ' (preferred)' or ''))
    if action.isPreferred and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
    end
  end

  vim.wait(15000, function() return #vim.diagnostic.get(bufnr) < before end, 50)
  out('after quick fixes:')
  show(bufnr)
  out('first lines now:')
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, 3, false)) do out('  ' .. line) end
  vim.lsp.stop_client(id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function() vim.schedule(run) end })
