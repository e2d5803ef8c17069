#!/usr/bin/env bash
# Tests/lsp/run-nvim.sh — headless Neovim (Debian's 0.7) using Editors/nvim against coplan lsp
# on a throw-away plan repository. Exit 0 only when every check in nvim_test.lua passed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export COPLAN_BIN="${COPLAN_BIN:-$PWD/.build/debug/coplan}"
COPLAN_WORKSPACE=$(cd Tests/lsp && ../../.venv/bin/python -c 'import workspace; print(workspace.make())')
export COPLAN_WORKSPACE
trap 'rm -rf "$COPLAN_WORKSPACE"' EXIT
out=$(mktemp)
status=0
timeout 120 nvim --headless --clean -u NONE --cmd "set rtp+=$PWD/Editors/nvim" -c "luafile Tests/lsp/nvim_test.lua" >"$out" 2>&1 || status=$?
cat "$out"
# A run that never reached the end (crash, timeout) prints no verdict: that fails too.
grep -q "^all passed" "$out" || status=${status/#0/1}
rm -f "$out"
exit $status
