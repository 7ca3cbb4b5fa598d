# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DLUPDATE=... -DSOURCES_FILE=... -DTS_FILES="a.ts;b.ts" -DWORK_DIR=... -P CheckTranslations.cmake
# Runs lupdate on copies of the .ts files with the options the build uses and fails when a copy
# changes (the committed catalogue is stale) or when any entry is unfinished.
file(STRINGS "${SOURCES_FILE}" sources)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -locations none -no-obsolete -silent ${sources} -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_QUIET)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${name}")
        set(failed TRUE)
        continue()
    endif()
    file(READ "${ts}" before)
    file(READ "${copy}" after)
    if(NOT before STREQUAL after)
        message(SEND_ERROR "${name} is stale: run `cmake --build build --target update_translations`, translate, commit")
        set(failed TRUE)
    endif()
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${after}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(SEND_ERROR "${name} has ${count} unfinished translations")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are not up to date")
endif()
message(STATUS "translations up to date: ${TS_FILES}")
