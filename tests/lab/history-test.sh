#!/usr/bin/env bash
# Issue 16 in the lab: two CLI runs (healthy, then webcti-reject), then --history lists both,
# --compare names R6 as the requirement that changed, and --repeat makes a three-point summary.
#   history-test.sh STATE CLI OUTDIR
# STATE holds the prefix of the world brought up by the lab.setup fixture (ctest-driver.sh).
# The history folder is a temporary folder in the world's run directory (EASYUC_HISTORY_DIR),
# removed with the world. The --repeat floor is lowered to 2 s through the CLI's test-only
# EASYUC_TEST_MIN_INTERVAL_S (it cannot go below 1 s); the 60 s floor is proven in unit tests.
set -Eeuo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB=$LAB_DIR/lab.sh
SKIP=77
fail() { echo "FAILED: $*" >&2; exit 1; }

state=${1:-} cli=${2:-} outdir=${3:-}
[ "$(id -u)" -eq 0 ] || { echo "SKIPPED: the network lab needs root"; exit "$SKIP"; }
[ -x "$cli" ] || fail "CLI not built: $cli"
[ -s "$state" ] || fail "the lab world is not up (the lab.setup fixture failed?)"
command -v jq >/dev/null || fail "jq is not installed"
prefix=$(cat "$state")
run=$("$LAB" rundir "$prefix")
[ -d "$run" ] || fail "the lab world $prefix is gone ($run)"
home=$run/home
history=$(mktemp -d "$run/history.XXXXXX")
mkdir -p "$outdir"

# The CLI in the client namespace, its data and its history inside the run directory.
cli() {
  "$LAB" exec "$prefix" env HOME="$home" XDG_DATA_HOME="$home/.local/share" \
    XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home" \
    EASYUC_HISTORY_DIR="$history" "$@" timeout 80 "$cli" --lang en "${CLI_ARGS[@]}"
}

one_run() { # scenario expected-exit report
  "$LAB" scenario "$prefix" "$1"
  CLI_ARGS=(--profile "$run/profile.json" --json "$3")
  set +e; cli >/dev/null 2>&1; local rc=$?; set -e
  [ "$rc" -eq "$2" ] || fail "$1: the CLI exited $rc, expected $2"
  jq -r .runId "$3"
}

id1=$(one_run healthy 0 "$outdir/history-healthy.json")
id2=$(one_run webcti-reject 2 "$outdir/history-webcti-reject.json")
echo "runs: healthy $id1, webcti-reject $id2"

CLI_ARGS=(--history)
cli >"$outdir/history-list.txt"
cat "$outdir/history-list.txt"
[ "$(wc -l <"$outdir/history-list.txt")" -eq 2 ] || fail "--history does not list two runs"
head -1 "$outdir/history-list.txt" | grep -q "$id2.*Failed" || fail "newest (failing) run not first"
sed -n 2p "$outdir/history-list.txt" | grep -q "$id1.*pbx.lab.test.*OK" || fail "healthy run missing"

CLI_ARGS=(--compare "${id1:0:8}" "${id2:0:8}")
cli >"$outdir/history-compare.txt"
cat "$outdir/history-compare.txt"
# The first row after "Changed: N row(s)" is R6, OK before and Failed after.
changed=$(grep -A1 '^Changed:' "$outdir/history-compare.txt" | tail -1)
echo "$changed" | grep -Eq '^R6 .*OK +✗ Failed +← changed$' || fail "--compare does not lead with R6: $changed"
grep -q '^Changed: 1 ' "$outdir/history-compare.txt" || fail "--compare: more than R6 changed"

"$LAB" scenario "$prefix" healthy
CLI_ARGS=(--profile "$run/profile.json" --repeat 2s --count 3 --json "$outdir/history-monitor.json")
set +e; cli env EASYUC_TEST_MIN_INTERVAL_S=2 >"$outdir/history-monitor.txt" 2>&1; rc=$?; set -e
cat "$outdir/history-monitor.txt"
[ "$rc" -eq 0 ] || fail "--repeat exited $rc"
[ "$(jq '.runs | length' "$outdir/history-monitor.json")" -eq 3 ] || fail "summary without 3 points"
jq -e '[.runs[] | .overall == "pass" and (.rttMs | type == "number")] | all' \
  "$outdir/history-monitor.json" >/dev/null || fail "a monitored run is not pass with an RTT"
CLI_ARGS=(--history)
[ "$(cli | wc -l)" -eq 5 ] || fail "the history does not hold the five runs"
CLI_ARGS=(--history-clear)
cli | grep -q "5 run" || fail "--history-clear did not say 5 runs"
echo "history lab test passed"
