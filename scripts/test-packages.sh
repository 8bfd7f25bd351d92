#!/usr/bin/env bash
# CI stage: the Debian packages, end to end, on this machine (needs root, the lab's packages
# and a build in ./build; .ci/run can call it after the tests):
#   1. cpack -G DEB in ./build: easyuc-diag_*.deb and easyuc-reflector_*.deb
#   2. lintian (no error allowed), desktop-file-validate, appstreamcli validate --no-net
#   3. apt-get install ./both.deb (pulling what they depend on); the service must not start
#   4. the installed easyuc-diag-cli --version, then lab scenarios with the installed CLI and
#      the installed reflector started from its unit's own command lines (reflector: healthy
#      network with the reflector; reflector-redirect: its nftables redirect mode)
#   5. apt-get purge the packages and whatever step 3 pulled in (exactly the packages apt-get's
#      simulation listed), check nothing of them is left
# Refuses to run where either package is already installed (it would be replaced and purged).
set -Eeuo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BUILD_DIR:-$ROOT/build}
OUT=$BUILD/packages
LAB=$ROOT/tests/lab
PKGS=(easyuc-diag easyuc-reflector)
start_ns=$(date +%s%N)

say() { printf '\n== test-packages: %s\n' "$*"; }
die() { printf 'test-packages: ERROR: %s\n' "$*" >&2; exit 1; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

[ "$(id -u)" -eq 0 ] || die "needs root (apt-get install, the lab)"
[ -f "$BUILD/CMakeCache.txt" ] || die "no build in $BUILD (scripts/build.sh first)"
for p in "${PKGS[@]}"; do
  installed "$p" && die "$p is already installed on this machine: not replacing it"
done
for tool in cpack lintian desktop-file-validate appstreamcli dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/install-deps.sh)"
done

STATE=$(mktemp /tmp/easyuc-test-packages.XXXXXX)
ADDED=() # exactly what apt-get installs in step 3 (from its own simulation), purged at the end
cleanup() {
  local rc=$? p left=()
  trap - EXIT INT TERM HUP PIPE
  [ -s "$STATE" ] && "$LAB/ctest-driver.sh" cleanup "$STATE" >/dev/null 2>&1 || true
  for p in "${ADDED[@]}"; do installed "$p" && left+=("$p"); done
  if [ ${#left[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 "${left[@]}" >/dev/null 2>&1 ||
      { echo "test-packages: could not purge: ${left[*]}" >&2; rc=1; }
  fi
  rm -f "$STATE"
  local ms=$((($(date +%s%N) - start_ns) / 1000000))
  printf 'test-packages: wall time %d.%03d s (exit %d)\n' $((ms / 1000)) $((ms % 1000)) "$rc"
  exit "$rc"
}
trap cleanup EXIT INT TERM HUP PIPE

say "cpack -G DEB"
cmake --build "$BUILD" >/dev/null
rm -rf "$OUT"
(cd "$BUILD" && cpack -G DEB -B "$OUT" >/dev/null)
mapfile -t DEBS < <(ls "$OUT"/*.deb)
[ ${#DEBS[@]} -eq 2 ] || die "expected two .deb files in $OUT, found ${#DEBS[@]}"
for d in "${DEBS[@]}"; do
  printf '%-48s %6d KiB  Depends: %s\n' "$(basename "$d")" "$(($(stat -c %s "$d") / 1024))" \
    "$(dpkg-deb -f "$d" Depends)"
done

say "lintian"
lint_ok=1
lintian --tag-display-limit 0 "${DEBS[@]}" >"$OUT/lintian.txt" 2>&1 || lint_ok=0
grep -v "^running with root" "$OUT/lintian.txt" || true
[ "$lint_ok" = 1 ] || die "lintian reports errors"

say "apt-get install ./*.deb"
mapfile -t ADDED < <(apt-get install -s --no-install-recommends "${DEBS[@]}" 2>/dev/null |
  sed -n 's/^Inst \([^ ]*\) .*/\1/p')
echo "installs: ${ADDED[*]}"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 --no-install-recommends "${DEBS[@]}" \
  >/dev/null
# Installed but neither enabled nor started (a network service waits for its administrator).
[ ! -e /etc/systemd/system/multi-user.target.wants/easyuc-reflector.service ] ||
  die "installing the reflector enabled its service"
if [ -d /run/systemd/system ]; then
  ! systemctl --quiet is-active easyuc-reflector || die "installing the reflector started it"
fi
! pgrep -f '^/usr/bin/easyuc-reflector' >/dev/null || die "an easyuc-reflector runs after installation"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
got=$(/usr/bin/easyuc-diag-cli --version)
echo "$got"
[[ $got == *" $version" ]] || die "easyuc-diag-cli --version says '$got', expected $version"
mkdir -p -m 700 "$OUT/runtime"
got=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$OUT/runtime" /usr/bin/easyuc-diag --version)
echo "$got"
[[ $got == *" $version" ]] || die "easyuc-diag --version says '$got', expected $version"
got=$(/usr/bin/easyuc-reflector --version)
echo "$got"
[ "$got" = "easyuc-reflector $version" ] || die "easyuc-reflector --version says '$got'"

say "systemd unit (offline checks: no service is started)"
unit=/lib/systemd/system/easyuc-reflector.service
verify=$(systemd-analyze verify "$unit" 2>&1 || true)
# A machine without man-db cannot resolve Documentation=man:...; anything else is a defect.
if grep -v "Command 'man " <<<"$verify" | grep -q .; then
  printf '%s\n' "$verify"
  die "systemd-analyze verify complains about the unit"
fi
systemd-analyze security --offline=true "$unit" | tail -1

say "desktop entry and AppStream metainfo (installed files)"
grep -q "<release version=\"$version\"" /usr/share/metainfo/*easyucdiag.metainfo.xml ||
  die "the metainfo has no release notes for version $version"
desktop-file-validate /usr/share/applications/easyuc-diag.desktop
appstreamcli validate --no-net /usr/share/metainfo/*easyucdiag.metainfo.xml

say "lab: the installed CLI against the installed reflector (unit command lines)"
export EASYUC_REFLECTOR_UNIT=/lib/systemd/system/easyuc-reflector.service
grep '^Exec' "$EASYUC_REFLECTOR_UNIT"
"$LAB/ctest-driver.sh" setup "$STATE" >/dev/null
for scenario in reflector reflector-redirect; do
  "$LAB/ctest-driver.sh" scenario "$STATE" /usr/bin/easyuc-diag-cli "$scenario" \
    "$OUT/lab" cmake
done
"$LAB/ctest-driver.sh" cleanup "$STATE" >/dev/null
: >"$STATE"

say "apt-get purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 "${PKGS[@]}" >/dev/null
for f in /usr/bin/easyuc-diag /usr/bin/easyuc-reflector /etc/easyuc-reflector.conf \
  /lib/systemd/system/easyuc-reflector.service; do
  [ ! -e "$f" ] || die "$f is left after purge"
done
if ls /var/lib/systemd/deb-systemd-helper-*/*easyuc* /etc/systemd/system/*easyuc* \
  >/dev/null 2>&1; then
  die "systemd state of easyuc-reflector is left after purge"
fi
echo "test-packages: passed"
