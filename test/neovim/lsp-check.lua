-- Neovim's built-in LSP client against the standalone server, headless. Works on Neovim 0.7 (Debian 12):
-- no vim.lsp.start (0.8+), so start_client + buf_attach_client.
--   PM_FILE=postmortem.md PM_SERVER=server/bin/postmortem-language-server.js \
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/neovim/lsp-check.lua'
-- Optional: PM_COMPLETE_AFTER=<text on a timeline line>: opens a new list item below that line and asks
-- for completions there; PM_COMPLETE_EXPECT=<Lua pattern> one label must match.
-- Prints one line per check and 'neovim: N passed, N failed'; exits non-zero when a check fails.
local file = assert(os.getenv('PM_FILE'), 'PM_FILE is not set')
local server = assert(os.getenv('PM_SERVER'), 'PM_SERVER is not set')
local timeout = tonumber(os.getenv('PM_TIMEOUT_MS') or '20000')
local passed, failed = 0, 0
local function out(line) io.stdout:write(line .. '\n') end
local function check(name, ok, detail)
  if ok then passed = passed + 1 else failed = failed + 1 end
  out(string.format('%s %s%s', ok and 'ok  ' or 'FAIL', name, detail and (': ' .. detail) or ''))
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'markdown'
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'postmortem',
  cmd = { 'node', server, '--stdio' },
  -- The workspace root decides which include globs match (postmortems/**): the folder Neovim started in.
  root_dir = vim.fn.getcwd(),
})
check('server starts', client_id ~= nil)
if not client_id then vim.cmd('cquit 2') end
vim.lsp.buf_attach_client(bufnr, client_id)

-- Diagnostics: each must come from the server and carry a rule id as its code.
local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local arrived = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local diagnostics = vim.diagnostic.get(bufnr)
for _, d in ipairs(diagnostics) do
  out(string.format('  %d:%d [%s] %s', d.lnum + 1, d.col + 1, tostring(code_of(d)), d.message))
end
check('diagnostics arrive', arrived, #diagnostics .. ' diagnostics')
local all_coded = #diagnostics > 0
for _, d in ipairs(diagnostics) do
  local code = code_of(d)
  if d.source ~= 'postmortem' or type(code) ~= 'string' or not code:match('^[a-z-]+/[a-z-]+$') then all_coded = false end
end
check('diagnostics carry source and rule id', all_coded)

local anchor = os.getenv('PM_COMPLETE_AFTER')
if anchor and anchor ~= '' then
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local row
  for i, line in ipairs(lines) do
    if line:find(anchor, 1, true) then row = i; break end
  end
  check('completion anchor found', row ~= nil, anchor)
  if row then
    -- What a person does: open a line below the entry and start a new list item.
    vim.api.nvim_buf_set_lines(bufnr, row, row, false, { '- ' })
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = row, character = 2 },
    }
    local expect = os.getenv('PM_COMPLETE_EXPECT') or '.'
    local labels, matched = {}, false
    -- The server answers for the document's current version: ask until the edit has been analysed.
    vim.wait(timeout, function()
      local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 2000) or {}
      labels = {}
      for _, response in pairs(responses) do
        local result = response.result or {}
        for _, item in ipairs(result.items or result) do
          table.insert(labels, item.label)
          if item.label:match(expect) then matched = true end
        end
      end
      return matched
    end, 100)
    check('completion in the timeline', matched, table.concat(labels, ' | '))
  end
end

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
out(string.format('neovim: %d passed, %d failed', passed, failed))
vim.cmd(failed == 0 and 'qall!' or 'cquit 1')
