#!/usr/bin/env bash
# Installs what is missing, builds, and starts easyuc-diag: the desktop app when a display is
# available, otherwise the command line on the embedded default profile. Arguments are passed on
# (e.g. --pbx pbx.example.com --lang it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --no-lab
scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/easyuc-diag "$@"
fi
echo "No display found: running the command-line diagnosis instead." >&2
exec build/app/easyuc-diag-cli "$@"
