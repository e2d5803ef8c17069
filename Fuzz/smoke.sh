#!/usr/bin/env bash
# Fuzz/smoke.sh [SECONDS] — the CI smoke run: every fuzz target for SECONDS (default 30) each.
# Builds the targets first (about 2–3 minutes of debug build with sanitizers on 2 cores).
# Exit 0 when nothing crashed; non-zero with the crashing input under Fuzz/artifacts/.
set -uo pipefail
exec "$(dirname "$0")/run.sh" "${1:-30}" FuzzParse FuzzCheck FuzzFormat FuzzEmit FuzzTemplate FuzzSession
