# Cross-compiling easyuc-diag for Windows x86-64 with Debian's mingw-w64 (posix threads) against
# the dependency prefix made by scripts/windows-deps.sh (default /opt/easyuc-win64).
#   cmake -S . -B build-win64 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-mingw64.cmake \
#         [-DEASYUC_WIN64_PREFIX=/opt/easyuc-win64]
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(EASYUC_MINGW_TRIPLE x86_64-w64-mingw32)

if(NOT EASYUC_WIN64_PREFIX)
  if(DEFINED ENV{EASYUC_WIN64_PREFIX})
    set(EASYUC_WIN64_PREFIX "$ENV{EASYUC_WIN64_PREFIX}")
  else()
    set(EASYUC_WIN64_PREFIX /opt/easyuc-win64)
  endif()
endif()
# try_compile projects re-read this file: hand the prefix down to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES EASYUC_WIN64_PREFIX)

set(CMAKE_C_COMPILER ${EASYUC_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${EASYUC_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${EASYUC_MINGW_TRIPLE}-windres)

# Libraries, headers and CMake packages come only from the mingw sysroot and the prefix, never
# from the build machine's /usr/include; programs (moc, rcc, lrelease) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${EASYUC_MINGW_TRIPLE} ${EASYUC_WIN64_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_PREFIX_PATH ${EASYUC_WIN64_PREFIX})

# Qt's host tools (same 6.4.2) from Debian's qt6-base-dev / qt6-tools-dev.
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)
set(OPENSSL_ROOT_DIR ${EASYUC_WIN64_PREFIX})

set(ENV{PKG_CONFIG_LIBDIR}
    "${EASYUC_WIN64_PREFIX}/lib/pkgconfig:/usr/${EASYUC_MINGW_TRIPLE}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")

# Tests and tools run through Wine (scripts/test-windows.sh sets WINEPREFIX and friends).
find_program(EASYUC_WINE NAMES wine64 wine PATHS /usr/lib/wine)
if(EASYUC_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${EASYUC_WINE})
endif()
