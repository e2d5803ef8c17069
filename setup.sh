#!/usr/bin/env bash
# One-step set-up for a fresh machine with Swift: installs the system packages coplan needs
# (libedit for the REPL, tmux for the REPL's terminal test), builds coplan, and runs the main
# job on a shipped plan. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"

need=()
[ -e /usr/include/histedit.h ] || need+=(libedit-dev)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# The language server's editor test runs headless Neovim (Debian's 0.7).
command -v nvim >/dev/null 2>&1 || need+=(neovim)
# The language-server client tests run in a virtual environment (never the system Python).
python3 -c "import ensurepip" >/dev/null 2>&1 || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Python tools, in .venv (git-ignored; never the system Python): pytest-lsp (replays VS Code's
# and Neovim's client capabilities) and textmate-grammar-python (tokenises the TextMate grammar)
# for Tests/lsp, jsonschema for the SARIF schema test and, with PyYAML, the benchmark's peer
# stack (bench/peer: YAML + JSON Schema).
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import pytest_lsp, textmate_grammar, jsonschema, yaml; yaml.CSafeLoader" >/dev/null 2>&1; then
  echo "setup: creating .venv with pytest-lsp, textmate-grammar-python, jsonschema and pyyaml"
  python3 -m venv .venv
  .venv/bin/pip install -q pytest-lsp textmate-grammar-python jsonschema pyyaml
fi

echo "setup: building coplan"
swift build --product coplan 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
test -x .build/debug/coplan

echo "setup: checking the shipped plans"
.build/debug/coplan check Plans/
if .build/debug/coplan --help | grep -qE "^ +gaps "; then
  echo
  .build/debug/coplan gaps Plans/lesniowice-liderzy-kooperacji.plan
fi
