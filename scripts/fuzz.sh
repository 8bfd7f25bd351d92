#!/usr/bin/env bash
# CI stage and local fuzzing: builds the fuzz_* targets in build-asan/ (the sanitizer build,
# scripts/sanitize-build.sh), replays every committed corpus (tests/fuzz/corpus/<target>/), then
# fuzzes each target for FUZZ_SECONDS (default 60 locally; CI sets 20), FUZZ_JOBS at a time.
# New interesting inputs go to build-asan/fuzz/<target>/, never into the committed corpus; a
# crash leaves its input in build-asan/fuzz/artifacts/ and fails the script: add that input to
# the target's corpus, write a unit test for it, and fix the bug.
# Usage: scripts/fuzz.sh [target…]   (names without the fuzz_ prefix; default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-2}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(stun turn sip_message sip_framing http websocket profile supportcode
           reflector_udp reflector_tcp icmp)
fi
start=$(date +%s)
scripts/sanitize-build.sh --target "${targets[@]/#/fuzz_}"
built=$(date +%s)
out=build-asan/fuzz
mkdir -p "$out/artifacts"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

# One target: replay its corpus, then fuzz. -timeout catches a hang on one input.
fuzz_one() {
  local t=$1 bin="build-asan/tests/fuzz/fuzz_$1" corpus="tests/fuzz/corpus/$1"
  local dict="tests/fuzz/dict/$1.dict" log="$out/$1.log"
  mkdir -p "$out/$1"
  if ! "$bin" -runs=0 -timeout=10 "$corpus" >"$log" 2>&1; then
    echo "fuzz_$t: corpus replay FAILED (see $log)"; tail -40 "$log"; return 1
  fi
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -dict="$dict" \
      -artifact_prefix="$out/artifacts/$t-" -print_final_stats=1 "$out/$t" "$corpus" \
      >>"$log" 2>&1; then
    echo "fuzz_$t: FAILED (see $log; input in $out/artifacts/)"; tail -60 "$log"; return 1
  fi
  local runs cov
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  echo "fuzz_$t: corpus $(ls "$corpus" | wc -l) files replayed, ${runs:-?} runs in ${seconds}s, coverage ${cov:-?} edges, clean"
}
export -f fuzz_one
export out seconds
status=0
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'fuzz_one {}' || status=$?
end=$(date +%s)
echo "fuzz: build $((built - start)) s, fuzzing $((end - built)) s (${#targets[@]} targets × ${seconds} s, ${jobs} at a time)"
exit $status
