#!/usr/bin/env bash
# Makes the Windows x86-64 dependency prefix that scripts/build-windows.sh cross-builds against
# (DESIGN §7): Qt 6.4.2 base/websockets/svg, OpenSSL 3.0, GLib 2.74 (+ libffi, pcre2, a
# pass-through libintl), libnice 0.1.21, GoogleTest 1.12, fmt + spdlog, QtKeychain — all from
# Debian's own source packages (apt-get source) and Debian's mingw-w64 (posix threads).
#
#   scripts/windows-deps.sh [--prefix DIR] [--rebuild]
#
# Default prefix /opt/easyuc-win64 (or $EASYUC_WIN64_PREFIX). When a prebuilt prefix exists in
# $EASYUC_WIN64_CACHE, /work/shared/win64/prefix or ../shared/win64/prefix (relative to the
# repository) and its MANIFEST names the same versions as this script and SHA256SUMS verifies,
# it is unpacked instead (seconds instead of an hour or more on 2 cores). --rebuild always
# builds from source. Needs root for apt-get and for writing /opt.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${EASYUC_WIN64_PREFIX:-/opt/easyuc-win64}"
rebuild=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "windows-deps: unknown argument $1" >&2; exit 3 ;;
  esac
done

# The versions this script builds; a prebuilt prefix is used only when its MANIFEST agrees.
declare -A want=(
  [qtbase]=6.4.2 [qtwebsockets]=6.4.2 [qtsvg]=6.4.2 [openssl]=3.0.20 [pcre2]=10.42
  [libffi]=3.4.4 [glib]=2.74.6 [libnice]=0.1.21 [googletest]=1.12.1 [fmt]=9.1.0
  [spdlog]=1.10.0 [qtkeychain]=0.13.2
)
triple=x86_64-w64-mingw32
jobs=$(nproc 2>/dev/null || echo 2)

manifest_matches() { # FILE
  local f="$1" c
  [[ -f "$f" ]] || return 1
  for c in "${!want[@]}"; do
    awk -v c="$c" -v v="${want[$c]}" '$1 == c && $2 == v { found = 1 } END { exit !found }' \
      "$f" || { echo "windows-deps: $f: $c is not ${want[$c]}" >&2; return 1; }
  done
}

if [[ $rebuild -eq 0 ]] && manifest_matches "$prefix/MANIFEST" 2>/dev/null; then
  echo "windows-deps: $prefix is ready"
  exit 0
fi

# 1. A prebuilt prefix.
if [[ $rebuild -eq 0 ]]; then
  for cache in "${EASYUC_WIN64_CACHE:-}" /work/shared/win64/prefix "$here/../shared/win64/prefix"; do
    [[ -n "$cache" && -f "$cache/easyuc-win64.tar.xz" ]] || continue
    if ! manifest_matches "$cache/MANIFEST"; then
      echo "windows-deps: $cache holds other versions; not used" >&2
      continue
    fi
    if ! (cd "$cache" && sha256sum --quiet -c SHA256SUMS); then
      echo "windows-deps: $cache/easyuc-win64.tar.xz fails its checksum; not used" >&2
      continue
    fi
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    tar -C "$tmp" -xJf "$cache/easyuc-win64.tar.xz"
    [[ -d "$tmp/easyuc-win64" ]] || { echo "windows-deps: unexpected archive layout" >&2; exit 4; }
    rm -rf "$prefix"
    mkdir -p "$(dirname "$prefix")"
    mv "$tmp/easyuc-win64" "$prefix"
    cp "$cache/MANIFEST" "$prefix/MANIFEST"
    echo "windows-deps: unpacked $cache into $prefix"
    exit 0
  done
fi

# 2. From Debian's sources (an hour or more on 2 cores).
echo "windows-deps: building $prefix from Debian sources"
export DEBIAN_FRONTEND=noninteractive
if ! grep -rqs '^deb-src .*bookworm' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  # apt-get source needs source entries; this file is the script's own and names itself.
  echo 'deb-src http://deb.debian.org/debian bookworm main' \
    >/etc/apt/sources.list.d/easyuc-win64-deb-src.list
  echo 'deb-src http://deb.debian.org/debian-security bookworm-security main' \
    >>/etc/apt/sources.list.d/easyuc-win64-deb-src.list
  echo 'deb-src http://deb.debian.org/debian bookworm-updates main' \
    >>/etc/apt/sources.list.d/easyuc-win64-deb-src.list
fi
apt-get update -qq
"$here/scripts/install-deps.sh" --windows
apt-get install -y -qq --no-install-recommends dpkg-dev xz-utils perl make python3 \
  autoconf automake libtool gettext

work="${EASYUC_WIN64_WORK:-/var/tmp/easyuc-win64-src}"
mkdir -p "$work" "$prefix"
cd "$work"
export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig:/usr/$triple/lib/pkgconfig"
export PKG_CONFIG_PATH=
cross="$work/meson-cross.ini"
sed "s|@PREFIX@|$prefix|g" "$here/cmake/meson-cross-mingw64.ini" >"$cross"
cmake_cross=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix"
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchain-mingw64.cmake" -DEASYUC_WIN64_PREFIX="$prefix")

source_dir() { # PACKAGE → the unpacked source directory (apt-get source, once)
  local pkg="$1" dir
  dir="$(find "$work" -maxdepth 1 -type d -name "${2:-$pkg}-*" | head -1)"
  if [[ -z "$dir" ]]; then
    (cd "$work" && apt-get source -qq --download-only "$pkg" && dpkg-source -x --skip-patches \
      "$(ls -t "$work"/"${pkg}"_*.dsc | head -1)" >/dev/null)
    dir="$(find "$work" -maxdepth 1 -type d -name "${2:-$pkg}-*" | head -1)"
  fi
  echo "$dir"
}

# zlib: Debian's libz-mingw-w64 (runtime DLL copied for deployment).
cp /usr/$triple/lib/zlib1.dll "$prefix/bin/" 2>/dev/null || true

# OpenSSL 3.0
src="$(source_dir openssl)"
(cd "$src" && ./Configure mingw64 --cross-compile-prefix=$triple- --prefix="$prefix" \
  --libdir=lib shared no-tests && make -j"$jobs" && make install_sw)

# pcre2, libffi
src="$(source_dir pcre2)"
cmake -S "$src" -B "$src/build-w64" "${cmake_cross[@]}" -DBUILD_SHARED_LIBS=ON \
  -DBUILD_STATIC_LIBS=ON -DPCRE2_BUILD_TESTS=OFF -DPCRE2_BUILD_PCRE2GREP=OFF
cmake --build "$src/build-w64" -j"$jobs" --target install
src="$(source_dir libffi)"
(cd "$src" && ./configure --host=$triple --prefix="$prefix" --disable-docs \
  && make -j"$jobs" && make install)

# libintl: -Dnls=disabled does not remove GLib's need for it, and the proxy-libintl wrap
# would download. A pass-through stub: gettext returns its argument, ngettext picks by n
# (__format_arg__ keeps -Wformat-nonliteral quiet in GLib).
mkdir -p "$work/intl" && cat >"$work/intl/libintl.h" <<'H'
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
char *gettext(const char *m) __attribute__((__format_arg__(1)));
char *dgettext(const char *d, const char *m) __attribute__((__format_arg__(2)));
char *dcgettext(const char *d, const char *m, int c) __attribute__((__format_arg__(2)));
char *ngettext(const char *s, const char *p, unsigned long n) __attribute__((__format_arg__(1)))
    __attribute__((__format_arg__(2)));
char *dngettext(const char *d, const char *s, const char *p, unsigned long n)
    __attribute__((__format_arg__(2))) __attribute__((__format_arg__(3)));
char *dcngettext(const char *d, const char *s, const char *p, unsigned long n, int c)
    __attribute__((__format_arg__(2))) __attribute__((__format_arg__(3)));
char *textdomain(const char *d);
char *bindtextdomain(const char *d, const char *dir);
char *bind_textdomain_codeset(const char *d, const char *c);
#ifdef __cplusplus
}
#endif
H
cat >"$work/intl/intl.c" <<'C'
#include "libintl.h"
char *gettext(const char *m) { return (char *)m; }
char *dgettext(const char *d, const char *m) { (void)d; return (char *)m; }
char *dcgettext(const char *d, const char *m, int c) { (void)d; (void)c; return (char *)m; }
char *ngettext(const char *s, const char *p, unsigned long n) { return (char *)(n == 1 ? s : p); }
char *dngettext(const char *d, const char *s, const char *p, unsigned long n) { (void)d; return ngettext(s, p, n); }
char *dcngettext(const char *d, const char *s, const char *p, unsigned long n, int c) { (void)d; (void)c; return ngettext(s, p, n); }
char *textdomain(const char *d) { return (char *)d; }
char *bindtextdomain(const char *d, const char *dir) { (void)d; return (char *)dir; }
char *bind_textdomain_codeset(const char *d, const char *c) { (void)d; return (char *)c; }
C
$triple-gcc-posix -O2 -c "$work/intl/intl.c" -o "$work/intl/intl.o"
$triple-ar rcs "$prefix/lib/libintl.a" "$work/intl/intl.o"
cp "$work/intl/libintl.h" "$prefix/include/"

# GLib 2.74, libnice 0.1.21
src="$(source_dir glib2.0 glib2.0)"
meson setup "$src/build-w64" "$src" --cross-file "$cross" --prefix "$prefix" \
  --buildtype release --wrap-mode=nodownload -Dnls=disabled -Dtests=false \
  -Dlibmount=disabled -Dselinux=disabled -Dxattr=false -Dlibelf=disabled -Dman=false \
  -Dgtk_doc=false
ninja -C "$src/build-w64" -j"$jobs" install
src="$(source_dir libnice)"
meson setup "$src/build-w64" "$src" --cross-file "$cross" --prefix "$prefix" \
  --buildtype release -Dgupnp=disabled -Dgstreamer=disabled -Dintrospection=disabled \
  -Dexamples=disabled -Dtests=disabled -Dgtk_doc=disabled -Dcrypto-library=auto
ninja -C "$src/build-w64" -j"$jobs" install

# Qt 6.4.2: qtbase from Debian (Schannel for QtNetwork; Debian drops 3rdparty/wintab, hence
# FEATURE_tabletevent=OFF), qtwebsockets and qtsvg from the upstream v6.4.2 tags (Debian's
# pool lacks their tarballs: ../shared/win64/src).
src="$(source_dir qt6-base qtbase-everywhere-src)"
mkdir -p "$src/build-w64"
(cd "$src/build-w64" && ../configure -prefix "$prefix" -xplatform win32-g++ \
  -device-option CROSS_COMPILE=$triple- -qt-host-path /usr -release -nomake examples \
  -nomake tests -no-opengl -no-dbus -schannel -no-openssl -qt-zlib -qt-pcre -qt-libpng \
  -qt-libjpeg -qt-harfbuzz -qt-freetype -no-icu -no-glib -no-fontconfig -no-zstd \
  -no-feature-vulkan -no-feature-brotli -no-feature-sql -no-feature-printsupport -- \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchain-mingw64.cmake" \
  -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DFEATURE_tabletevent=OFF)
cmake --build "$src/build-w64" -j"$jobs" && cmake --install "$src/build-w64"
for m in qtwebsockets qtsvg; do
  tarball=""
  for d in /work/shared/win64/src "$here/../shared/win64/src"; do
    [[ -f "$d/$m-everywhere-src-6.4.2.tar.xz" ]] && tarball="$d/$m-everywhere-src-6.4.2.tar.xz"
  done
  [[ -n "$tarball" ]] || { echo "windows-deps: $m-everywhere-src-6.4.2.tar.xz not found" >&2; exit 4; }
  tar -C "$work" -xJf "$tarball"
  mkdir -p "$work/$m-everywhere-src-6.4.2/build-w64"
  (cd "$work/$m-everywhere-src-6.4.2/build-w64" && "$prefix/bin/qt-configure-module" ..)
  cmake --build "$work/$m-everywhere-src-6.4.2/build-w64" -j"$jobs"
  cmake --install "$work/$m-everywhere-src-6.4.2/build-w64"
done

# GoogleTest, fmt, spdlog (static; spdlog with wide file names for non-ASCII user folders)
src="$(source_dir googletest)"
cmake -S "$src" -B "$src/build-w64" "${cmake_cross[@]}" -DBUILD_GMOCK=ON
cmake --build "$src/build-w64" -j"$jobs" --target install
src="$(source_dir fmtlib)"
cmake -S "$src" -B "$src/build-w64" "${cmake_cross[@]}" -DFMT_TEST=OFF -DFMT_DOC=OFF
cmake --build "$src/build-w64" -j"$jobs" --target install
src="$(source_dir spdlog)"
cmake -S "$src" -B "$src/build-w64" "${cmake_cross[@]}" -DSPDLOG_FMT_EXTERNAL=ON \
  -DSPDLOG_WCHAR_FILENAMES=ON -DSPDLOG_BUILD_EXAMPLE=OFF -DSPDLOG_BUILD_TESTS=OFF
cmake --build "$src/build-w64" -j"$jobs" --target install

# QtKeychain 0.13.2 (Windows Credential Manager backend)
tarball=""
for d in /work/shared/win64/src "$here/../shared/win64/src"; do
  [[ -f "$d/qtkeychain-0.13.2.tar.xz" ]] && tarball="$d/qtkeychain-0.13.2.tar.xz"
done
if [[ -n "$tarball" ]]; then
  tar -C "$work" -xJf "$tarball"
  cmake -S "$work/qtkeychain-0.13.2" -B "$work/qtkeychain-0.13.2/build-w64" "${cmake_cross[@]}" \
    -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF
  cmake --build "$work/qtkeychain-0.13.2/build-w64" -j"$jobs" --target install
fi

{
  echo "# Windows x86-64 dependency prefix built by scripts/windows-deps.sh on $(date -u +%F)"
  echo "component       version"
  for c in "${!want[@]}"; do printf '%-15s %s\n' "$c" "${want[$c]}"; done
} >"$prefix/MANIFEST"
echo "windows-deps: built $prefix"
