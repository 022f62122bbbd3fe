# Runs `passerelle --dry-run --tour DIR` (the guided tour) and checks that it exits 0 and
# writes ten non-empty pictures: the connection page, the eight steps and step 5's site checks.
file(REMOVE_RECURSE "${TOUR_DIR}")
execute_process(COMMAND "${PASSERELLE}" --dry-run --tour "${TOUR_DIR}" ${TOUR_ARGS}
                RESULT_VARIABLE result TIMEOUT 240)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "passerelle --tour exited with ${result}")
endif()
foreach(name connection step-1 step-2 step-3 step-4 step-5 step-5-sites step-6 step-7 step-8)
    set(picture "${TOUR_DIR}/${name}.png")
    if(NOT EXISTS "${picture}")
        message(FATAL_ERROR "the tour wrote no ${name}.png")
    endif()
    file(SIZE "${picture}" size)
    if(size LESS 1000)
        message(FATAL_ERROR "${name}.png is almost empty (${size} bytes)")
    endif()
endforeach()
message(STATUS "the tour wrote ten pictures into ${TOUR_DIR}")
