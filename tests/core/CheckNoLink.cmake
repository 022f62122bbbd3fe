# Fails when a library's link closure holds a forbidden one.
# Usage: cmake -DLINKS=<a|b|...> -DFORBIDDEN=<library> -P CheckNoLink.cmake
cmake_policy(SET CMP0057 NEW)
string(REPLACE "|" ";" links "${LINKS}")
list(LENGTH links link_count)
if(link_count EQUAL 0)
    message(FATAL_ERROR "no link gathered: the check would prove nothing")
endif()
if(FORBIDDEN IN_LIST links)
    message(FATAL_ERROR "links ${FORBIDDEN}")
endif()
message(STATUS "${link_count} libraries, none is ${FORBIDDEN}")
