#!/usr/bin/env bash
# Benchmark of a full CLI run in the lab (issue #3, item 4). Builds nothing.
#   tests/lab/bench.sh PATH/TO/easyuc-diag-cli [RUNS]        (root)
# Brings up a world of its own, then for the healthy and the all-drop scenario (the router drops
# everything but DNS) runs the CLI RUNS times (default 3) in the client namespace and prints the
# wall time and the peak resident memory of each run, and the worst of each scenario against the
# targets: healthy < 3 s, all-drop < 8 s (default 5 s per-check deadline), peak memory < 60 MB.
# The world is torn down on exit, also on failure or Ctrl-C. Peak memory comes from GNU time
# (/usr/bin/time); without it (or with BENCH_SAMPLE_RSS=1) from sampling VmHWM every 20 ms.
set -Eeuo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB=$LAB_DIR/lab.sh
CLI=${1:-}
RUNS=${2:-3}
[ -n "$CLI" ] || { echo "usage: bench.sh PATH/TO/easyuc-diag-cli [RUNS]" >&2; exit 2; }
CLI=$(readlink -f "$CLI")
[ -x "$CLI" ] || { echo "bench: not an executable: $CLI" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (network namespaces)" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]?$ ]] || { echo "bench: RUNS must be 1-99" >&2; exit 2; }

PREFIX="bn$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
trap '"$LAB" down "$PREFIX" >/dev/null 2>&1 || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$LAB" up "$PREFIX"
RUN=$("$LAB" rundir "$PREFIX")
HOME_DIR=$RUN/home
GNU_TIME=""
[ "${BENCH_SAMPLE_RSS:-0}" != 1 ] && [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 && GNU_TIME=/usr/bin/time

# run_once OUT: one CLI run in the client namespace; prints "WALL_MS PEAK_KB EXIT"
run_once() {
  local out=$1 t0 t1 rc peak=0 pid
  t0=$(date +%s%N)
  if [ -n "$GNU_TIME" ]; then
    set +e
    "$LAB" exec "$PREFIX" env HOME="$HOME_DIR" XDG_RUNTIME_DIR="$HOME_DIR" \
      "$GNU_TIME" -f %M -o "$out.rss" "$CLI" --profile "$RUN/profile.json" --json "$out" \
      >/dev/null 2>&1
    rc=$?
    set -e
    t1=$(date +%s%N)
    peak=$(tail -n 1 "$out.rss" 2>/dev/null || echo 0)
  else
    # no GNU time: sample VmHWM (the kernel's peak RSS) until the process exits; ip and env
    # exec, so $! is the CLI itself
    ip netns exec "$PREFIX-client" env HOME="$HOME_DIR" XDG_RUNTIME_DIR="$HOME_DIR" \
      "$CLI" --profile "$RUN/profile.json" --json "$out" >/dev/null 2>&1 &
    pid=$!
    local hwm
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
      sleep 0.02
    done
    set +e
    wait "$pid"
    rc=$?
    set -e
    t1=$(date +%s%N)
  fi
  echo "$(((t1 - t0) / 1000000)) $peak $rc"
}

declare -A LIMIT_MS=([healthy]=3000 [all-drop]=8000)
LIMIT_KB=$((60 * 1024))
summary=()
verdict=0
for scenario in healthy all-drop; do
  "$LAB" scenario "$PREFIX" "$scenario"
  worst_ms=0 worst_kb=0
  for ((i = 1; i <= RUNS; i++)); do
    read -r ms kb rc < <(run_once "$RUN/bench-$scenario-$i.json")
    overall=$(grep -o '"overall": *"[a-z]*"' "$RUN/bench-$scenario-$i.json" 2>/dev/null |
      sed 's/.*"\([a-z]*\)"$/\1/' || true)
    printf 'bench: %-9s run %d: wall %5d ms  peak RSS %6.1f MB  exit %d  overall %s\n' \
      "$scenario" "$i" "$ms" "$(awk "BEGIN {print $kb / 1024}")" "$rc" "${overall:-?}"
    [ "$ms" -gt "$worst_ms" ] && worst_ms=$ms
    [ "$kb" -gt "$worst_kb" ] && worst_kb=$kb
  done
  t_ok=OK m_ok=OK
  [ "$worst_ms" -lt "${LIMIT_MS[$scenario]}" ] || { t_ok=OVER; verdict=1; }
  [ "$worst_kb" -lt "$LIMIT_KB" ] || { m_ok=OVER; verdict=1; }
  summary+=("$(printf '%-9s worst wall %5d ms (target < %d ms: %s)   worst peak RSS %5.1f MB (target < 60 MB: %s)' \
    "$scenario" "$worst_ms" "${LIMIT_MS[$scenario]}" "$t_ok" "$(awk "BEGIN {print $worst_kb / 1024}")" "$m_ok")")
done

echo
echo "Benchmark of $CLI ($RUNS run(s) per scenario; memory by ${GNU_TIME:-VmHWM sampling}):"
printf '  %s\n' "${summary[@]}"
exit "$verdict"
