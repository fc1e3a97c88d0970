# pilothouse_windows_executable(<target> RC <file.rc.in> COMPONENT <component> [QMLDIR <dir>])
#
# Windows only (written, not tried here: installer/README.md). Gives <target>'s .exe its icon and
# version information (<file.rc.in>, configured with @PILOTHOUSE_RC_VERSION@, the project version
# as the four numbers FILEVERSION wants), and at install time, so inside cpack too, deploys the Qt
# runtime beside the installed executable with windeployqt (QML imports found under QMLDIR).
function(pilothouse_windows_executable target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "RC;COMPONENT;QMLDIR" "")
    # FILEVERSION wants four numbers: 0.1.0 -> 0,1,0,0.
    string(REPLACE "." "," PILOTHOUSE_RC_VERSION "${PROJECT_VERSION}.0.0.0")
    string(REGEX MATCH "^[0-9]+,[0-9]+,[0-9]+,[0-9]+" PILOTHOUSE_RC_VERSION "${PILOTHOUSE_RC_VERSION}")
    get_filename_component(_rc "${ARG_RC}" NAME_WLE)
    configure_file(${ARG_RC} ${CMAKE_CURRENT_BINARY_DIR}/${_rc} @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${_rc})

    find_program(PILOTHOUSE_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
        DOC "windeployqt of the Qt the project is built with")
    set(_qmldir "")
    if(ARG_QMLDIR)
        set(_qmldir "--qmldir \"${ARG_QMLDIR}\"")
    endif()
    set(_exe_name "${target}.exe")
    set(_deploy [=[
        set(_exe "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin/@_exe_name@")
        if(NOT EXISTS "@PILOTHOUSE_WINDEPLOYQT@")
            message(FATAL_ERROR "windeployqt not found: set PILOTHOUSE_WINDEPLOYQT to the one in Qt's bin folder")
        endif()
        execute_process(COMMAND "@PILOTHOUSE_WINDEPLOYQT@" @_qmldir@ "${_exe}"
            COMMAND_ECHO STDOUT COMMAND_ERROR_IS_FATAL ANY)
    ]=])
    string(CONFIGURE "${_deploy}" _deploy @ONLY)
    install(CODE "${_deploy}" COMPONENT ${ARG_COMPONENT})
endfunction()
