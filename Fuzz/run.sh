#!/usr/bin/env bash
# Fuzz/run.sh [SECONDS] [TARGET…] — builds each fuzz target with libFuzzer + ASan and runs it
# for SECONDS (default 60) on its seeds with the dictionary. Exits non-zero when a target
# crashes, hangs (>10 s on one input) or runs out of memory; the input is kept under
# Fuzz/artifacts/ (git-ignored).
#
# Targets: FuzzParse FuzzCheck FuzzFormat FuzzEmit FuzzTemplate FuzzSession FuzzLSP (default: all). A target uses
# Fuzz/<target>.dict when there is one, else Fuzz/coplan.dict (plan keywords).
#
# Environment: FUZZ_BUILD=0 skips the build; FUZZ_CONFIG=debug builds without optimisation
# (release, the default, runs about 5× more inputs per second); FUZZ_MAX_LEN bounds inputs
# (default 8192 bytes: the shipped plans are 2–20 KB); FUZZ_ARGS adds libFuzzer flags;
# FUZZ_ASAN replaces the ASan options after the fixed ones (default malloc_context_size=0).
# FUZZ_ADDRESS=0 builds without AddressSanitizer (libFuzzer's coverage only, into .build-fuzz-plain):
# about four times the executions a second, for long campaigns; Swift's own bounds and overflow
# checks still trap, and the smoke test keeps ASan.
# Executions per target are appended to Fuzz/artifacts/executions.log.
#
# Seeds are read where they live, never copied: libFuzzer gets Fuzz/work/<target>/ first (the
# git-ignored folder it writes new inputs to), then the committed seeds that exist nowhere else
# (Fuzz/corpus/, written by Fuzz/make-seeds.sh), and the shipped plans, the fixture plans and
# the crash regressions as a list of files (-seed_inputs=@Fuzz/work/<target>.seeds).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzParse FuzzCheck FuzzFormat FuzzEmit FuzzTemplate FuzzSession FuzzLSP)
scratch=.build-fuzz
sanitizers=fuzzer,address
if [ "${FUZZ_ADDRESS:-1}" = 0 ]; then scratch=.build-fuzz-plain; sanitizers=fuzzer; fi
config=${FUZZ_CONFIG:-release}
mkdir -p Fuzz/artifacts Fuzz/work

if [ "${FUZZ_BUILD:-1}" != 0 ]; then
  for target in "${targets[@]}"; do
    echo "== building $target"
    COPLAN_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" --product "$target" \
      --sanitize=fuzzer -Xswiftc -sanitize="$sanitizers" || exit 2
  done
fi
bin=$(COPLAN_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" --show-bin-path)

# The committed seed folder of a target, and the files of the repository it starts from.
corpus_of() {
  case "$1" in
    FuzzTemplate | FuzzSession) echo "Fuzz/corpus/$1" ;;
    *) echo Fuzz/corpus/multi-file ;;  # plans with imports, joined by byte 0x01
  esac
}
seeds_of() {
  case "$1" in
    FuzzTemplate) find Tests/CoplanKitTests/Fixtures/fuzz-regressions -name '*.mustache' ;;
    FuzzSession) ;;  # its seeds are scripts joined with their plans: all in Fuzz/corpus/FuzzSession
    *) find Plans Tests/CoplanKitTests/Fixtures -name '*.plan'
       find Tests/CoplanKitTests/Fixtures/fuzz-regressions -name '*.bin' ;;
  esac | LC_ALL=C sort
}

status=0
for target in "${targets[@]}"; do
  mkdir -p "Fuzz/work/$target"
  seeds="Fuzz/work/$target.seeds"
  # libFuzzer reads the @file as one comma-separated list (a newline would join two names).
  seeds_of "$target" | paste -sd, - | tr -d '\n' > "$seeds"
  seed_flag=()
  [ -s "$seeds" ] && seed_flag=(-seed_inputs="@$seeds")
  log="Fuzz/artifacts/$target.log"
  dict=Fuzz/coplan.dict
  [ -f "Fuzz/$target.dict" ] && dict="Fuzz/$target.dict"
  echo "== fuzzing $target for ${seconds}s"
  # Never let a crash start swift-backtrace (the Swift runtime's crash reporter): under
  # libFuzzer and ASan it can hang for minutes before the process exits. ASan records no
  # allocation stacks (malloc_context_size=0): recording them was a tenth of every execution;
  # to see where a reported block was allocated, rerun its input with FUZZ_ASAN=malloc_context_size=30.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:${FUZZ_ASAN:-malloc_context_size=0} \
    "$bin/$target" "Fuzz/work/$target" "$(corpus_of "$target")" "${seed_flag[@]}" \
      -dict="$dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len="${FUZZ_MAX_LEN:-8192}" -detect_leaks=0 -print_final_stats=1 \
      -artifact_prefix="Fuzz/artifacts/$target-" ${FUZZ_ARGS:-} >"$log" 2>&1
  code=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  echo "$(date -u +%FT%TZ) $target ${seconds}s executions=${runs:-?} exit=$code sanitizers=$sanitizers" >> Fuzz/artifacts/executions.log
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
