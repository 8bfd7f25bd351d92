#!/usr/bin/env bash
# ctest front end of the lab (registered by CMakeLists.txt; see README.md).
#   ctest-driver.sh setup    STATE
#   ctest-driver.sh scenario STATE CLI NAME OUTDIR CMAKE
#   ctest-driver.sh cleanup  STATE
# STATE is a file holding the prefix of the world shared by the scenario tests of one ctest run.
# Exit 77 (ctest SKIP_RETURN_CODE) when the lab cannot run here: not root, or no `ip netns`.
set -Eeuo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB=$LAB_DIR/lab.sh
SKIP=77

skip() { echo "SKIPPED: $*"; exit "$SKIP"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

can_run() {
  [ "$(id -u)" -eq 0 ] || skip "the network lab needs root (network namespaces, iptables)"
  command -v ip >/dev/null 2>&1 || skip "iproute2 ('ip') is not installed"
  ip netns list >/dev/null 2>&1 || skip "'ip netns' does not work here"
  # namespaces may be listed yet not creatable (e.g. an unprivileged container)
  local probe="eulabprobe$$"
  ip netns add "$probe" >/dev/null 2>&1 || skip "cannot create network namespaces here"
  ip netns del "$probe" >/dev/null 2>&1 || true
}

cmd=${1:-}
state=${2:-}
[ -n "$state" ] || fail "usage: ctest-driver.sh setup|scenario|cleanup STATE ..."

case $cmd in
  setup)
    can_run
    if [ -s "$state" ]; then   # a previous run of this build tree was killed: clear its world
      old=$(cat "$state")
      echo "clearing the world of an interrupted run: $old"
      "$LAB" down "$old" || true
    fi
    prefix="eu$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
    echo "$prefix" >"$state"   # before `up`, so cleanup finds it even if setup is killed
    "$LAB" up "$prefix"
    ;;

  scenario)
    cli=${3:-} name=${4:-} outdir=${5:-} cmake=${6:-cmake}
    can_run
    [ -x "$cli" ] || fail "CLI not built: $cli"
    [ -s "$state" ] || fail "the lab world is not up (the lab.setup fixture failed?)"
    prefix=$(cat "$state")
    run=$("$LAB" rundir "$prefix")
    [ -d "$run" ] || fail "the lab world $prefix is gone ($run)"
    "$LAB" scenario "$prefix" "$name"
    mkdir -p "$outdir"
    report=$outdir/$name.json
    rm -f "$report"
    home=$run/home
    profile=$run/profile.json   # a scenario may run with a variant (lab.sh start_reflector)
    [ -s "$run/profile-scenario.json" ] && profile=$run/profile-scenario.json
    wrapper=()   # a scenario may run the CLI under a wrapper (clock-wrong: faketime)
    [ -s "$run/cli-wrapper" ] && read -ra wrapper <"$run/cli-wrapper"
    extra=()     # a scenario may add CLI arguments (the call tests: --call-test 10)
    [ -s "$run/cli-args" ] && read -ra extra <"$run/cli-args"
    set +e
    # HOME/XDG_*: the CLI's logs land in the run directory, removed with the world
    "$LAB" exec "$prefix" env HOME="$home" XDG_DATA_HOME="$home/.local/share" \
      XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home" \
      timeout 80 "${wrapper[@]}" "$cli" --profile "$profile" --json "$report" "${extra[@]}"
    rc=$?
    set -e
    echo "easyuc-diag-cli exit code: $rc"
    case $rc in
      0 | 1 | 2) ;;
      124) fail "the CLI did not finish within 80 s" ;;
      *) fail "the CLI failed with exit code $rc (3 = bad profile, 4 = internal error)" ;;
    esac
    "$cmake" -DTABLE="$LAB_DIR/scenarios.tsv" -DSCENARIO="$name" -DREPORT="$report" \
      -DEXIT_CODE="$rc" -P "$LAB_DIR/assert-report.cmake"
    # evidence a scenario promises beside the statuses (lab.sh writes "ID KEY VALUE" lines)
    if [ -s "$run/expect-evidence" ]; then
      while read -r id key value; do
        jq -e --arg id "$id" --arg k "$key" --arg v "$value" \
          '.requirements[] | select(.id == $id) | .evidence[$k]
           | if type == "array" then any(. == $v) else . == $v end' "$report" >/dev/null ||
          fail "$name: evidence \"$key\" of $id is not \"$value\""
        echo "evidence ok: $id $key = $value"
      done <"$run/expect-evidence"
    fi
    # the call test's figures (lab.sh writes one jq condition a line)
    if [ -s "$run/expect-calltest" ]; then
      jq -c '.callTest | del(.series) + {points: (.series | length)}' "$report" || true
      while read -r condition; do
        jq -e "$condition" "$report" >/dev/null || fail "$name: call test: $condition is false"
        echo "call test ok: $condition"
      done <"$run/expect-calltest"
    fi
    # facts beside the requirements (lab.sh writes one jq condition a line: host.path…)
    if [ -s "$run/expect-json" ]; then
      while read -r condition; do
        jq -e "$condition" "$report" >/dev/null ||
          fail "$name: the report does not satisfy: $condition"
        echo "json ok: $condition"
      done <"$run/expect-json"
    fi
    ;;

  cleanup)
    can_run
    [ -s "$state" ] || { echo "no lab world to tear down"; exit 0; }
    prefix=$(cat "$state")
    "$LAB" down "$prefix"
    rm -f "$state"
    # leave nothing behind: no namespace and no process of this world may survive
    if ip netns list | grep -q "^$prefix-"; then fail "namespaces of $prefix survived"; fi
    if pgrep -f "/\.run-$prefix/" >/dev/null; then fail "processes of $prefix survived"; fi
    ;;

  *) fail "unknown command '$cmd'" ;;
esac
