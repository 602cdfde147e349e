# Tests of the real charts : `revalo history/career --format svg|html` written to files in the build
# directory, each parsed by tests/svg_check.cpp (well-formed XML, self-contained, its events present), then all
# opened in headless Chromium to PNGs by tests/chart_render.sh (skipped, exit 77, when Chromium is absent).
#
# This file has two uses:
#  - include()d from CMakeLists.txt: defines the svg_check tool and the tests;
#  - run by a test as `cmake -P tests/charts.cmake` (script mode): runs one revalo command into a file, then
#    svg_check on it. CTest cannot redirect a command's output to a file by itself; this keeps it portable (no shell).
#    Lists are passed with '|' between items (a ';' would split the test's command line).

if(CMAKE_SCRIPT_MODE_FILE)
  string(REPLACE "|" ";" args "${ARGS}")
  string(REPLACE "|" ";" expected "${EXPECT}")
  execute_process(COMMAND "${REVALO}" ${args} OUTPUT_FILE "${OUT}" ERROR_VARIABLE err RESULT_VARIABLE rc
                  WORKING_DIRECTORY "${WORKDIR}")
  if(NOT rc EQUAL 0)
    list(JOIN args " " shown)
    message(FATAL_ERROR "revalo ${shown} a échoué (code ${rc}) :\n${err}")
  endif()
  set(check_args "${OUT}")
  foreach(e IN LISTS expected)
    list(APPEND check_args --expect "${e}")
  endforeach()
  execute_process(COMMAND "${SVG_CHECK}" ${check_args} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "svg_check ${OUT} : code ${rc}")
  endif()
  return()
endif()

add_executable(svg_check tests/svg_check.cpp)
add_test(NAME chart.svg_check_self_test COMMAND svg_check --self-test)

set(REVALO_CHART_DIR ${CMAKE_BINARY_DIR}/charts)
file(MAKE_DIRECTORY ${REVALO_CHART_DIR})

# revalo_chart_test(NAME FILE ARGS EXPECT): the test chart.NAME writes `revalo ARGS` to charts/FILE and checks it.
# ARGS and EXPECT are '|'-separated.
function(revalo_chart_test name file args expect)
  add_test(NAME chart.${name}
           COMMAND ${CMAKE_COMMAND} -DREVALO=$<TARGET_FILE:revalo> -DSVG_CHECK=$<TARGET_FILE:svg_check>
                   -DOUT=${REVALO_CHART_DIR}/${file} -DWORKDIR=${CMAKE_SOURCE_DIR} "-DARGS=${args}"
                   "-DEXPECT=${expect}" -P ${CMAKE_SOURCE_DIR}/tests/charts.cmake)
endfunction()

# Sophie's pay 2020-01 → 2026-06 (examples/as-ehpad-public.toml): the CTI of the Ségur from 2020-09-01 (24 points),
# 49 points from 2020-12-01 (grids/segur/segur-cti.toml), the point d'indice 58,2004 € from 2022-07-01 and 59,0734 €
# from 2023-07-01 (grids/net/public.toml). "MONTH —" is how each event starts in the list under the chart (SVG) and
# on the page (HTML): it checks that an event is shown at that month, whatever its wording.
set(history_args "history|--profile|examples/as-ehpad-public.toml|--from|2020-01|--to|2026-06|--format")
set(history_expect "2020-09 —|2020-12 —|2022-07 —|2023-07 —")
revalo_chart_test(history_svg history.svg "${history_args}|svg" "${history_expect}")
revalo_chart_test(history_html history.html "${history_args}|html" "${history_expect}|Tableau")
# A career under the BAD grid, before (old category C) and after avenant 43 (employé D2 E1), 0 to 30 years.
revalo_chart_test(career_svg career.svg
                  "career|--convention|bad|--position-before|C|--position|employe.2.1|--measure|avenant43|--years|0-30|--format|svg"
                  "Ancienneté|30|Brut au 2021-09-30|Brut au 2021-10-01")

add_test(NAME chart.render
         COMMAND sh ${CMAKE_SOURCE_DIR}/tests/chart_render.sh ${REVALO_CHART_DIR}/png ${REVALO_CHART_DIR}/history.svg
                 ${REVALO_CHART_DIR}/history.html ${REVALO_CHART_DIR}/career.svg)
# DEPENDS (not a fixture): it runs after the tests that write the files, and even when one of their checks failed.
set_tests_properties(chart.render PROPERTIES DEPENDS "chart.history_svg;chart.history_html;chart.career_svg"
                                             SKIP_RETURN_CODE 77 TIMEOUT 600)
