# Windows packaging (DESIGN §7): version resources and icon for each executable, every DLL
# and Qt plugin the executables need deployed by install rules, and CPack's NSIS per-user
# installer plus a portable zip:
#   easyuc-diag-<version>-win64-setup.exe, easyuc-diag-<version>-win64-portable.zip
# Included from the top-level CMakeLists.txt when WIN32 (cross-built by
# scripts/build-windows.sh with cmake/toolchain-mingw64.cmake).

set(EASYUC_WIN_DIR "${CMAKE_CURRENT_LIST_DIR}")
if(NOT EASYUC_WIN64_PREFIX)
  set(EASYUC_WIN64_PREFIX /opt/easyuc-win64)
endif()

# Version resource + icon, one per executable.
function(easyuc_windows_resources target description)
  set(EASYUC_RC_NAME "${target}")
  set(EASYUC_RC_FILENAME "${target}.exe")
  set(EASYUC_RC_DESCRIPTION "${description}")
  set(EASYUC_RC_ICON "${EASYUC_WIN_DIR}/easyuc-diag.ico")
  set(rc "${CMAKE_BINARY_DIR}/packaging/windows/${target}.rc")
  configure_file("${EASYUC_WIN_DIR}/version.rc.in" "${rc}" @ONLY)
  enable_language(RC)
  target_sources(${target} PRIVATE "${rc}")
endfunction()

easyuc_windows_resources(easyuc-diag-cli "easyuc-diag command line")
easyuc_windows_resources(easyuc-reflector "easyuc-diag UDP/SIP reflector")
if(TARGET easyuc-diag)
  easyuc_windows_resources(easyuc-diag "easyuc-diag network diagnostic")
endif()

# Qt plugins (platform, style, TLS, image formats, icons) next to the executables, with a
# qt.conf that points Qt at them.
set(EASYUC_QT_PLUGINS
  platforms/qwindows.dll platforms/qoffscreen.dll platforms/qminimal.dll
  styles/qwindowsvistastyle.dll
  tls/qschannelbackend.dll tls/qcertonlybackend.dll
  imageformats/qsvg.dll imageformats/qico.dll imageformats/qjpeg.dll imageformats/qgif.dll
  iconengines/qsvgicon.dll)
set(EASYUC_PLUGIN_FILES)
foreach(plugin IN LISTS EASYUC_QT_PLUGINS)
  set(file "${EASYUC_WIN64_PREFIX}/plugins/${plugin}")
  if(EXISTS "${file}")
    get_filename_component(dir "${plugin}" DIRECTORY)
    install(FILES "${file}" DESTINATION "bin/${dir}")
    list(APPEND EASYUC_PLUGIN_FILES "${file}")
  else()
    message(WARNING "Qt plugin ${plugin} not found in ${EASYUC_WIN64_PREFIX}/plugins")
  endif()
endforeach()
install(FILES "${EASYUC_WIN_DIR}/qt.conf" DESTINATION bin)
# Qt's own strings (dialog buttons) in Italian, from the host's Qt of the same version.
foreach(qm qtbase_it.qm qt_it.qm)
  foreach(dir /usr/share/qt6/translations "${EASYUC_WIN64_PREFIX}/translations")
    if(EXISTS "${dir}/${qm}")
      install(FILES "${dir}/${qm}" DESTINATION bin/translations)
      break()
    endif()
  endforeach()
endforeach()

# Every DLL the executables and plugins load, found by reading their import tables
# (objdump) and searched only in the prefix and the mingw runtime; what is not found there is
# Windows' own (kernel32, ws2_32, crypt32…) and listed, not shipped.
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
  OUTPUT_VARIABLE EASYUC_LIBSTDCXX OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(EASYUC_GCC_RUNTIME_DIR "${EASYUC_LIBSTDCXX}" DIRECTORY)
set(EASYUC_DLL_DIRS "${EASYUC_WIN64_PREFIX}/bin" "${EASYUC_GCC_RUNTIME_DIR}"
  /usr/x86_64-w64-mingw32/lib /usr/lib/gcc/x86_64-w64-mingw32/12-posix)
find_program(EASYUC_OBJDUMP NAMES x86_64-w64-mingw32-objdump REQUIRED)
find_program(EASYUC_STRIP NAMES x86_64-w64-mingw32-strip REQUIRED)
set(EASYUC_DEPLOY_EXES "$<TARGET_FILE:easyuc-diag-cli>" "$<TARGET_FILE:easyuc-reflector>")
if(TARGET easyuc-diag)
  list(APPEND EASYUC_DEPLOY_EXES "$<TARGET_FILE:easyuc-diag>")
endif()
install(CODE "
  cmake_policy(SET CMP0057 NEW)
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL objdump)
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${EASYUC_OBJDUMP}\")
  # Windows names are case-insensitive and CMake lower-cases them (qt6core.dll), while the
  # prefix on Linux holds Qt6Core.dll: match by lower-case name, and repeat until every DLL
  # found has its own dependencies resolved.
  set(known)
  foreach(dir ${EASYUC_DLL_DIRS})
    file(GLOB dlls \"\${dir}/*.dll\")
    list(APPEND known \${dlls})
  endforeach()
  set(libraries)
  set(shipped)
  foreach(round RANGE 5)
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES ${EASYUC_DEPLOY_EXES}
      LIBRARIES \${libraries}
      MODULES ${EASYUC_PLUGIN_FILES}
      DIRECTORIES ${EASYUC_DLL_DIRS}
      RESOLVED_DEPENDENCIES_VAR resolved
      UNRESOLVED_DEPENDENCIES_VAR system)
    set(added FALSE)
    set(windows)
    foreach(name IN LISTS system)
      set(match)
      foreach(candidate IN LISTS known)
        get_filename_component(base \"\${candidate}\" NAME)
        string(TOLOWER \"\${base}\" lower)
        if(lower STREQUAL name)
          set(match \"\${candidate}\")
          break()
        endif()
      endforeach()
      if(match)
        if(NOT match IN_LIST libraries)
          list(APPEND libraries \"\${match}\")
          set(added TRUE)
        endif()
      else()
        list(APPEND windows \${name})
      endif()
    endforeach()
    set(shipped \${resolved} \${libraries})
    if(NOT added)
      break()
    endif()
  endforeach()
  list(REMOVE_DUPLICATES shipped)
  list(SORT windows)
  message(STATUS \"Windows' own DLLs (not shipped): \${windows}\")
  foreach(dll IN LISTS shipped)
    file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
    get_filename_component(name \"\${dll}\" NAME)
    # The prefix and the toolchain ship symbols nobody on Windows can use: a third the size.
    execute_process(COMMAND \"${EASYUC_STRIP}\" --strip-unneeded
      \"\${CMAKE_INSTALL_PREFIX}/bin/\${name}\")
  endforeach()
  file(GLOB_RECURSE plugins \"\${CMAKE_INSTALL_PREFIX}/bin/*/*.dll\")
  foreach(plugin IN LISTS plugins)
    execute_process(COMMAND \"${EASYUC_STRIP}\" --strip-unneeded \"\${plugin}\")
  endforeach()
")

# CPack: NSIS per-user installer (no administrator rights) and a portable zip.
set(CPACK_PACKAGE_NAME "easyuc-diag")
set(CPACK_PACKAGE_VENDOR "Easy UC")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Network diagnostic for the Easy UC app")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "easyuc-diag")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "easyuc-diag")
set(CPACK_PACKAGE_FILE_NAME "easyuc-diag-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES "easyuc-diag" "Easy UC Diag")
set(CPACK_NSIS_PACKAGE_NAME "easyuc-diag ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "easyuc-diag")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
set(CPACK_NSIS_MUI_ICON "${EASYUC_WIN_DIR}/easyuc-diag.ico")
set(CPACK_NSIS_MUI_UNIICON "${EASYUC_WIN_DIR}/easyuc-diag.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\easyuc-diag.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "easyuc-diag.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\Easy UC Diag.lnk'")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_BINARY_DIR}/packaging/windows/cpack-options.cmake")
# The zip is named -portable; the installer -setup.
file(WRITE "${CPACK_PROJECT_CONFIG_FILE}" "
if(CPACK_GENERATOR STREQUAL \"ZIP\")
  set(CPACK_PACKAGE_FILE_NAME \"easyuc-diag-${PROJECT_VERSION}-win64-portable\")
  set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
elseif(CPACK_GENERATOR STREQUAL \"NSIS\")
  set(CPACK_PACKAGE_FILE_NAME \"easyuc-diag-${PROJECT_VERSION}-win64-setup\")
endif()
")

# CMake's own NSIS template, made per-user: RequestExecutionLevel user, every registry key
# and shortcut under the current user (HKCU, SetShellVarContext current), the default folder
# %LOCALAPPDATA%\Programs, English and Italian pages (a language choice at start), and an
# optional desktop shortcut on the finish page.
file(READ "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in" EASYUC_NSIS)
string(REPLACE "RequestExecutionLevel admin" "RequestExecutionLevel user" EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "HKLM \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall"
  "HKCU \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "SetShellVarContext all" "SetShellVarContext current" EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "StrCpy $SV_ALLUSERS \"AllUsers\"" "StrCpy $SV_ALLUSERS \"JustMe\"" EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "StrCpy $INSTDIR \"$DOCUMENTS\\@CPACK_PACKAGE_INSTALL_DIRECTORY@\""
  "StrCpy $INSTDIR \"@CPACK_NSIS_INSTALL_ROOT@\\@CPACK_PACKAGE_INSTALL_DIRECTORY@\""
  EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "!insertmacro MUI_LANGUAGE \"English\" ;first language is the default language"
  "@EASYUC_LANGUAGES@" EASYUC_NSIS "${EASYUC_NSIS}")
string(REGEX REPLACE "  !insertmacro MUI_LANGUAGE \"[A-Za-z]+\"[^\n]*\n" "" EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "@EASYUC_LANGUAGES@" "!insertmacro MUI_LANGUAGE \"English\"
  !insertmacro MUI_LANGUAGE \"Italian\"
  LangString EasyucDesktop \${LANG_ENGLISH} \"Create a shortcut on the desktop\"
  LangString EasyucDesktop \${LANG_ITALIAN} \"Crea un collegamento sul desktop\"
  !insertmacro MUI_RESERVEFILE_LANGDLL" EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "  !insertmacro MUI_PAGE_FINISH" "  !define MUI_FINISHPAGE_SHOWREADME \"\"
  !define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
  !define MUI_FINISHPAGE_SHOWREADME_TEXT \"$(EasyucDesktop)\"
  !define MUI_FINISHPAGE_SHOWREADME_FUNCTION EasyucDesktopShortcut
  !insertmacro MUI_PAGE_FINISH" EASYUC_NSIS "${EASYUC_NSIS}")
string(REPLACE "Function .onInit
" "Function EasyucDesktopShortcut
  CreateShortCut \"$DESKTOP\\Easy UC Diag.lnk\" \"$INSTDIR\\bin\\easyuc-diag.exe\"
FunctionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
" EASYUC_NSIS "${EASYUC_NSIS}")
# A 64-bit installer (Debian's nsis ships the amd64-unicode stubs): it runs wherever the app
# does, including Wine without 32-bit support.
string(REPLACE "; CPack install script designed for a nmake build"
  "; CPack install script designed for a nmake build\nTarget amd64-unicode"
  EASYUC_NSIS "${EASYUC_NSIS}")
file(WRITE "${CMAKE_BINARY_DIR}/packaging/windows/nsis/NSIS.template.in" "${EASYUC_NSIS}")
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_BINARY_DIR}/packaging/windows/nsis")
include(CPack)
