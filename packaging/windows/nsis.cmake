# The Windows installer (NSIS): Qt's runtime deployed by windeployqt (plugins, QtWebEngineProcess.exe,
# its resources and locales, Qt's translations), the DLLs vcpkg copied beside the programs, the
# compiler runtime, a Start menu entry and "Open with" for the article files Copydesk imports.
set(CPACK_NSIS_PACKAGE_NAME Copydesk)
set(CPACK_NSIS_DISPLAY_NAME Copydesk)
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/copydesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/packaging/windows/copydesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\copydesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")

# NSIS text, read twice by CMake on its way (here and in CPackConfig.cmake): \\\\ here is one
# backslash there, \\\" one double quote; `...` quotes a string that holds double quotes.
set(progid "Software\\\\Classes\\\\Copydesk.Article")
set(install_commands
    "WriteRegStr SHCTX '${progid}' '' 'Copydesk article file'"
    "WriteRegStr SHCTX '${progid}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\copydesk.exe,0'"
    "WriteRegStr SHCTX '${progid}\\\\shell\\\\open\\\\command' '' `\\\"$INSTDIR\\\\bin\\\\copydesk.exe\\\" \\\"%1\\\"`")
set(uninstall_commands "DeleteRegKey SHCTX '${progid}'")
foreach(extension .docx .odt .md .txt .html .htm)
    set(key "Software\\\\Classes\\\\${extension}\\\\OpenWithProgids")
    list(APPEND install_commands "WriteRegStr SHCTX '${key}' 'Copydesk.Article' ''")
    list(APPEND uninstall_commands "DeleteRegValue SHCTX '${key}' 'Copydesk.Article'")
endforeach()
list(JOIN install_commands "\n" CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
list(JOIN uninstall_commands "\n" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)

if(WIN32)
    find_program(COPYDESK_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    install(CODE "
        execute_process(COMMAND \"${COPYDESK_WINDEPLOYQT}\" --release --no-compiler-runtime
                                --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                                \"\${CMAKE_INSTALL_PREFIX}/bin/copydesk.exe\"
                                \"\${CMAKE_INSTALL_PREFIX}/bin/copydesk-cli.exe\"
                                \"\${CMAKE_INSTALL_PREFIX}/bin/copydesk-pdf.exe\"
                        COMMAND_ERROR_IS_FATAL ANY)")
    install(DIRECTORY "$<TARGET_FILE_DIR:copydesk>/" DESTINATION bin FILES_MATCHING PATTERN "*.dll")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()
