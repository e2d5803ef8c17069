#!/usr/bin/env bash
# Fuzz/smoke.sh [SECONDS] — the CI smoke run: every fuzz target for SECONDS (default 30) each,
# from the same seeds as Fuzz/run.sh with a fixed libFuzzer seed, so a CI run follows the same
# mutations a developer's `Fuzz/smoke.sh` did (a faster machine just gets further along).
# Builds the targets first (about 3–4 minutes of release build with sanitizers on 2 cores).
# Exit 0 when nothing crashed; non-zero with the crashing input under Fuzz/artifacts/.
set -uo pipefail
export FUZZ_ARGS="-seed=1 ${FUZZ_ARGS:-}"
exec "$(dirname "$0")/run.sh" "${1:-30}" FuzzParse FuzzCheck FuzzFormat FuzzEmit FuzzTemplate FuzzSession FuzzLSP
