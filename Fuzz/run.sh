#!/usr/bin/env bash
# Fuzz/run.sh [SECONDS] [TARGET…] — builds each fuzz target with libFuzzer + ASan and runs it
# for SECONDS (default 60) on its seed corpus with the dictionary. Exits non-zero when a target
# crashes, hangs (>10 s on one input) or runs out of memory; the input is kept under
# Fuzz/artifacts/ (git-ignored).
#
# Targets: FuzzParse FuzzCheck FuzzFormat FuzzEmit FuzzTemplate FuzzSession FuzzLSP (default: all). A target uses
# Fuzz/<target>.dict when there is one, else Fuzz/coplan.dict (plan keywords).
#
# Environment: FUZZ_BUILD=0 skips the build; FUZZ_CONFIG=debug builds without optimisation
# (release, the default, runs about 5× more inputs per second); FUZZ_MAX_LEN bounds inputs
# (default 8192 bytes: the shipped plans are 2–20 KB); FUZZ_ARGS adds libFuzzer flags.
# Executions per target are appended to Fuzz/artifacts/executions.log.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzParse FuzzCheck FuzzFormat FuzzEmit FuzzTemplate FuzzSession FuzzLSP)
scratch=.build-fuzz
config=${FUZZ_CONFIG:-release}
mkdir -p Fuzz/artifacts Fuzz/work

if [ "${FUZZ_BUILD:-1}" != 0 ]; then
  for target in "${targets[@]}"; do
    echo "== building $target"
    COPLAN_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" --product "$target" \
      --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address || exit 2
  done
fi
bin=$(COPLAN_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" --show-bin-path)

status=0
for target in "${targets[@]}"; do
  mkdir -p "Fuzz/work/$target"
  log="Fuzz/artifacts/$target.log"
  dict=Fuzz/coplan.dict
  [ -f "Fuzz/$target.dict" ] && dict="Fuzz/$target.dict"
  echo "== fuzzing $target for ${seconds}s"
  # Never let a crash start swift-backtrace: it can hang for minutes (SWIFT-NOTES.md).
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 \
    "$bin/$target" "Fuzz/work/$target" "Fuzz/corpus/$target" \
      -dict="$dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len="${FUZZ_MAX_LEN:-8192}" -detect_leaks=0 -print_final_stats=1 \
      -artifact_prefix="Fuzz/artifacts/$target-" ${FUZZ_ARGS:-} >"$log" 2>&1
  code=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  echo "$(date -u +%FT%TZ) $target ${seconds}s executions=${runs:-?} exit=$code" >> Fuzz/artifacts/executions.log
  if [ $code -ne 0 ]; then
    echo "!! $target failed (exit $code); see $log"
    grep -m1 -A12 'ERROR\|Fatal error\|==ERROR' "$log" || tail -20 "$log"
    ls -t Fuzz/artifacts/$target-* 2>/dev/null | grep -v '\.log$' | head -1 | sed 's/^/!! input: /'
    status=1
  else
    echo "   ok: ${runs:-?} executions"
  fi
done
exit $status
