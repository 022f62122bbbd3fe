# Fails when the engine depends on QtGui or QtWidgets (docs/architecture.md, "The layers").
# Usage: cmake -DCORE_DIR=<dir> -DCORE_LINK_LIBS=<a|b|...> -P CheckCoreGuiFree.cmake
# CORE_LINK_LIBS is the '|'-separated closure of what the core targets link, gathered at configure time.

if(NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "CORE_DIR '${CORE_DIR}' is not a directory")
endif()

# Class headers of QtGui/QtWidgets the engine must never include, and the modules themselves.
set(gui_classes
    QWidget QApplication QGuiApplication QColor QPixmap QImage QIcon QPainter QFont QDialog QMessageBox
    QClipboard QDesktopServices QPdfWriter QTextDocument QWindow QScreen QAction QKeySequence QPalette
    QValidator QStandardItemModel)
list(JOIN gui_classes "|" gui_alternatives)
string(TOLOWER "${gui_alternatives}" gui_alternatives_lower)
set(include_prefix "^[ \t]*#[ \t]*include[ \t]*[<\"]")
set(gui_include_regex
    "${include_prefix}(QtGui|QtWidgets|QtPrintSupport|QtOpenGL|QtSvg)[/>\"]"
    "${include_prefix}(${gui_alternatives})[A-Za-z]*[>\"]"
    "${include_prefix}(${gui_alternatives_lower})[a-z]*\\.h[>\"]")

file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.cc")
list(LENGTH sources source_count)
if(source_count EQUAL 0)
    message(FATAL_ERROR "no source found under ${CORE_DIR}: the check would prove nothing")
endif()

set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        foreach(regex IN LISTS gui_include_regex)
            if(line MATCHES "${regex}")
                file(RELATIVE_PATH relative "${CORE_DIR}" "${source}")
                string(STRIP "${line}" line)
                list(APPEND offenders "${relative}: ${line}")
                break()
            endif()
        endforeach()
    endforeach()
endforeach()

string(REPLACE "|" ";" link_libs "${CORE_LINK_LIBS}")
set(gui_links "")
foreach(lib IN LISTS link_libs)
    if(lib MATCHES "^Qt[0-9]*::(Gui|GuiPrivate|Widgets|WidgetsPrivate|OpenGL|OpenGLWidgets|PrintSupport|Svg|SvgWidgets|Quick|Qml)$"
       OR lib MATCHES "(^|/)libQt[0-9]*(Gui|Widgets)")
        list(APPEND gui_links "${lib}")
    endif()
endforeach()

list(LENGTH link_libs link_count)
message(STATUS "Scanned ${source_count} core sources and ${link_count} linked libraries")
if(offenders OR gui_links)
    list(JOIN offenders "\n  " offender_text)
    list(JOIN gui_links ", " gui_link_text)
    message(FATAL_ERROR "core is not GUI-free\n"
        "GUI header includes:\n  ${offender_text}\n"
        "GUI libraries linked: ${gui_link_text}")
endif()
