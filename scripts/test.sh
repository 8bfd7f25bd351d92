#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test, stage by stage:
#   main       unit tests, UI tests and the network lab (ctest; the lab needs root and ip netns,
#              without them its tests report themselves skipped)
#   packages   the .deb packages: built, linted, installed, run in the lab, purged (root)
#   sanitize   the unit and UI tests again under AddressSanitizer + UBSan (clang)
#   fuzz       every fuzz target replays its corpus and fuzzes for FUZZ_SECONDS (default 20)
#   windows    cross-built for Windows and tested under Wine; says plainly when it is skipped
#              (no dependency prefix: scripts/windows-deps.sh prepares it)
# EASYUC_STAGES="main fuzz" runs a selection; extra arguments go to the main stage's ctest.
# Every stage runs even when an earlier one failed; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
stages=${EASYUC_STAGES:-main packages sanitize fuzz windows}
# ccache keys on paths relative to the checkout, so a clone in another folder reuses the cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
logs="$root/build/stage-logs"
mkdir -p "$logs"

run_main() {
  scripts/install-deps.sh &&
    scripts/build.sh -DEASYUC_BUILD_TESTS=ON -DEASYUC_LAB_TESTS=ON &&
    (cd build && ctest --output-on-failure --timeout 600 "$@")
}
run_packages() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "packages: skipped — installing .deb packages and the lab need root"
    return 0
  fi
  scripts/test-packages.sh
}
run_sanitize() { scripts/test-sanitize.sh; }
run_fuzz() { FUZZ_SECONDS="${FUZZ_SECONDS:-20}" scripts/fuzz.sh; }
run_windows() {
  scripts/install-deps.sh --windows && scripts/test-windows.sh
}

declare -A took result
passed=0 failed=0 failed_stages=()
for stage in $stages; do
  case $stage in main | packages | sanitize | fuzz | windows) ;; *)
    echo "test.sh: unknown stage '$stage' (main packages sanitize fuzz windows)" >&2
    exit 3
    ;;
  esac
  echo "==== stage $stage ===="
  t0=$(date +%s)
  if [ "$stage" = main ]; then
    run_main "$@" 2>&1 | tee "$logs/$stage.log"
  else
    "run_$stage" 2>&1 | tee "$logs/$stage.log"
  fi
  rc=${PIPESTATUS[0]}
  took[$stage]=$(($(date +%s) - t0))
  result[$stage]=$([ "$rc" -eq 0 ] && echo passed || echo "FAILED (exit $rc)")
  [ "$rc" -eq 0 ] || failed_stages+=("$stage")
done

# Test counts per stage, read from each stage's own closing lines.
count() { # LOG → "passed failed" (ctest, fuzz targets, gtest under Wine, the package stage)
  local log=$1 p=0 f=0 line wine=0
  # Under Wine ctest counts executables; gtest's own sums count the tests.
  grep -q '^gtest under Wine:' "$log" && wine=1
  while read -r line; do
    if [[ $wine -eq 0 && $line =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
      f=$((f + BASH_REMATCH[1])) p=$((p + BASH_REMATCH[2] - BASH_REMATCH[1]))
    elif [[ $line =~ ^fuzz_[a-z_]+:.*clean$ ]]; then
      p=$((p + 1))
    elif [[ $line =~ ^fuzz_[a-z_]+:.*FAILED ]]; then
      f=$((f + 1))
    elif [[ $line =~ ^gtest\ under\ Wine:\ \[\ +PASSED\ +\]\ ([0-9]+) ]]; then
      p=$((p + BASH_REMATCH[1]))
    elif [[ $line =~ ^gtest\ under\ Wine:\ \[\ +FAILED\ +\]\ ([0-9]+) ]]; then
      f=$((f + BASH_REMATCH[1]))
    elif [[ $line == "test-packages: passed" ]]; then
      p=$((p + 1))
    fi
  done < <(tr -d '\r' <"$log")
  echo "$p $f"
}

echo
echo "==== summary ===="
for stage in $stages; do
  read -r p f < <(count "$logs/$stage.log")
  passed=$((passed + p)) failed=$((failed + f))
  printf '%-9s %-18s %5d s   %d passed, %d failed\n' "$stage" "${result[$stage]}" \
    "${took[$stage]}" "$p" "$f"
done
if [ ${#failed_stages[@]} -gt 0 ] && [ "$failed" -eq 0 ]; then
  failed=${#failed_stages[@]} # a stage that failed before any test ran still counts
fi
echo "logs: $logs"
echo "tests: $passed passed, $failed failed"
[ ${#failed_stages[@]} -eq 0 ]
