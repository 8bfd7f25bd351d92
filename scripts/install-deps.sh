#!/usr/bin/env bash
# Installs every Debian 12 package easyuc-diag needs to build, test and run its lab.
# Idempotent: packages already present are left alone; apt-get update runs only when needed.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-websockets-dev qt6-svg-dev libqt6svg6 qt6-translations-l10n
  libgl-dev libglx-dev libxkbcommon-dev
  libnice-dev libglib2.0-dev libspdlog-dev libfmt-dev libssl-dev openssl ca-certificates
  libgtest-dev libgmock-dev
  qtkeychain-qt6-dev
)
# The sanitizer and fuzzing builds (scripts/test-sanitize.sh, scripts/fuzz.sh): clang, its
# sanitizer and libFuzzer runtimes, and llvm-symbolizer for readable reports.
CHECK_PKGS=( clang libclang-rt-14-dev llvm )
RUN_PKGS=( xvfb xauth poppler-utils fonts-dejavu-core )
LAB_PKGS=(
  iproute2 iptables nftables kmod procps psmisc jq
  nginx-light coturn dnsmasq-base
  kamailio kamailio-websocket-modules kamailio-tls-modules
  faketime
  tinyproxy-bin socat
)
# Only for the Windows cross build and its Wine tests (scripts/windows-deps.sh,
# build-windows.sh, test-windows.sh): `install-deps.sh --windows`. The Linux stages never pull
# Wine or mingw.
WIN_PKGS=(
  g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 libz-mingw-w64-dev
  wine64 nsis meson zip unzip xvfb xauth
)

# Building and checking the .deb packages (scripts/test-packages.sh).
PACKAGE_PKGS=( dpkg-dev fakeroot lintian desktop-file-utils appstream )

want=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}")
case "${1:-}" in
  --no-lab) ;;
  --windows) want+=("${WIN_PKGS[@]}") ;;
  *) want+=("${LAB_PKGS[@]}" "${CHECK_PKGS[@]}" "${PACKAGE_PKGS[@]}") ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The machine's own services (nginx, coturn, kamailio, dnsmasq…) are left exactly as they are:
# the lab starts its own instances, with their own configuration, pid and log files, inside its
# own network namespaces, so it neither needs them stopped nor collides with them.
