#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit tests, UI tests and the network
# lab (the lab needs root and ip netns; without them its tests report themselves skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DEASYUC_BUILD_TESTS=ON -DEASYUC_LAB_TESTS=ON
cd build
ctest --output-on-failure --timeout 600 "$@"
