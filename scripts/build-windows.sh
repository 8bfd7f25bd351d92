#!/usr/bin/env bash
# Cross-builds easyuc-diag for Windows x86-64 (GUI, CLI, reflector and, unless --no-tests, the
# unit tests) into build-win64/ with Debian's mingw-w64, then packages it with CPack:
#   build-win64/easyuc-diag-<version>-win64-setup.exe     (NSIS, per user, no admin rights)
#   build-win64/easyuc-diag-<version>-win64-portable.zip
# Needs the dependency prefix (scripts/windows-deps.sh; $EASYUC_WIN64_PREFIX, default
# /opt/easyuc-win64). Extra arguments go to the configure step.
#   scripts/build-windows.sh [--no-tests] [--no-package] [cmake args…]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${EASYUC_WIN64_PREFIX:-/opt/easyuc-win64}"
tests=ON
package=1
args=()
for a in "$@"; do
  case "$a" in
    --no-tests) tests=OFF ;;
    --no-package) package=0 ;;
    *) args+=("$a") ;;
  esac
done
if [[ ! -f "$prefix/MANIFEST" ]]; then
  echo "build-windows: no dependency prefix in $prefix; run scripts/windows-deps.sh" >&2
  exit 3
fi
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build-win64 -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/toolchain-mingw64.cmake" -DEASYUC_WIN64_PREFIX="$prefix" \
  -DEASYUC_BUILD_TESTS="$tests" -DEASYUC_LAB_TESTS=OFF "${args[@]}" >/dev/null
cmake --build build-win64 -j "$jobs"
if [[ $package -eq 1 ]]; then
  (cd build-win64 && cpack -G "NSIS;ZIP" >cpack.log 2>&1) || {
    tail -40 build-win64/cpack.log >&2
    exit 4
  }
  grep -h "Windows' own DLLs" build-win64/cpack.log | head -1 || true
  ls -l build-win64/easyuc-diag-*-win64-setup.exe build-win64/easyuc-diag-*-win64-portable.zip
fi
