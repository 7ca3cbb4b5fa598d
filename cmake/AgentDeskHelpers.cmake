# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Small helpers shared by every target: the compile options we want everywhere, one way to
# declare a library per src/ folder, and one way to register a test with its area label.

# Options every AgentDesk target (library, executable, test) compiles with.
function(agentdesk_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        AGENTDESK_VERSION="${PROJECT_VERSION}"
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# agentdesk_add_library(<name> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# Creates the static library agentdesk_<name> with alias AgentDesk::<Name>. Headers are
# included as <name/header.h>: the parent of the library's folder is its public include dir.
function(agentdesk_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target agentdesk_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    string(SUBSTRING ${name} 0 1 first)
    string(TOUPPER ${first} first)
    string(SUBSTRING ${name} 1 -1 rest)
    add_library(AgentDesk::${first}${rest} ALIAS ${target})
    get_filename_component(parent "${CMAKE_CURRENT_SOURCE_DIR}" DIRECTORY)
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${parent}>")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    agentdesk_target_defaults(${target})
endfunction()

# agentdesk_add_test(<name> LABEL <area> SOURCES ... LIBS ... [GUI] [TIMEOUT s])
# One QtTest executable per unit. Every test runs headless (offscreen), in English unless the
# test itself switches, with QStandardPaths test mode set by the test. GUI tests get the
# WebEngine flags that let Chromium run as root without a GPU.
function(agentdesk_add_test name)
    cmake_parse_arguments(ARG "GUI" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LABEL)
        message(FATAL_ERROR "agentdesk_add_test(${name}) needs a LABEL")
    endif()
    set(target tst_${name})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS})
    agentdesk_target_defaults(${target})
    add_test(NAME ${name} COMMAND ${target})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "LANG=C.UTF-8"
        "LANGUAGE=en"
        "QT_LOGGING_RULES=agentdesk.*.debug=true"
        "AGENTDESK_SIM=$<TARGET_FILE:agentdesk-sim>")
    if(ARG_GUI)
        list(APPEND env
            "QTWEBENGINE_DISABLE_SANDBOX=1"
            "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --use-fake-device-for-media-stream")
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
