#!/usr/bin/env bash
# Configures and builds the instrumented tree build-asan/ (clang, AddressSanitizer +
# UndefinedBehaviorSanitizer, libFuzzer coverage): the unit and UI tests and the fuzz_* targets
# come from one build, so CI compiles the project only once more. -O1 and line tables only
# keep it quick to build; the lab is not built (it runs the normal build's binaries).
# Extra arguments go to the build step, e.g. --target fuzz_stun.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
# gtest_discover_tests runs the test binaries while building: they must not stop on a leak
# report from a test list that is not a test run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DEASYUC_SANITIZE=address,undefined -DEASYUC_FUZZ=ON \
  -DEASYUC_BUILD_TESTS=ON -DEASYUC_LAB_TESTS=OFF -DEASYUC_BUILD_UI=ON >/dev/null
cmake --build build-asan -j "$jobs" "$@"
