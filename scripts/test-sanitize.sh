#!/usr/bin/env bash
# CI stage: builds build-asan/ (scripts/sanitize-build.sh: clang, ASan + UBSan) and runs the
# unit and UI tests under the sanitizers (not the lab). Any report stops the test at once
# (halt_on_error), leaks are reported at exit, and only third-party frames are suppressed
# (tests/sanitizers/lsan.supp says why for each). Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/sanitize-build.sh
built=$(date +%s)
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
cd build-asan
status=0
ctest -LE lab --output-on-failure --timeout 900 "$@" || status=$?
end=$(date +%s)
echo "test-sanitize: build $((built - start)) s, tests $((end - built)) s, total $((end - start)) s"
exit $status
