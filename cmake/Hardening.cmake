# Compiler and linker hardening for the project's own targets (never for imported or third-party ones).
#
#   RECALL_HARDENING          stack protector, stack-clash protection, control-flow protection (where the
#                             compiler supports them), full RELRO with immediate binding, PIE, and
#                             -D_FORTIFY_SOURCE=2 in optimised configurations (Release, RelWithDebInfo,
#                             MinSizeRel; it needs -O). Fortify is left out when the build is sanitized
#                             (-fsanitize= in CMAKE_CXX_FLAGS): the sanitizers check those calls themselves.
#   RECALL_GLIBCXX_ASSERTIONS -D_GLIBCXX_ASSERTIONS (bounds and precondition checks in the C++ standard
#                             library, no ABI change): for test builds, on by default when tests are built.
#
# recall_harden_targets(DIRECTORY) applies both to every library and executable defined in DIRECTORY and its
# subdirectories; the top-level CMakeLists.txt calls it once, after all add_subdirectory() calls.
include_guard(GLOBAL)
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)
include(CheckPIESupported)

option(RECALL_HARDENING "Harden the project's binaries (fortify, stack protector, RELRO, PIE)" ON)
option(RECALL_GLIBCXX_ASSERTIONS "Build with -D_GLIBCXX_ASSERTIONS (test builds)" ${RECALL_BUILD_TESTS})

set(recall_hardening_compile_options "")
set(recall_hardening_link_options "")
set(recall_hardening_definitions "")
if(RECALL_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    foreach(flag -fstack-protector-strong -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "RECALL_HAS${flag}" var)
        check_cxx_compiler_flag(${flag} ${var})
        if(${var})
            list(APPEND recall_hardening_compile_options ${flag})
        endif()
    endforeach()
    check_linker_flag(CXX "LINKER:-z,relro,-z,now" RECALL_HAS_RELRO_NOW)
    if(RECALL_HAS_RELRO_NOW)
        list(APPEND recall_hardening_link_options "LINKER:-z,relro,-z,now")
    endif()
    if(NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize=")
        # -U first: a toolchain or CXXFLAGS may already define it, and a redefinition warning is an error.
        set(optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
        list(APPEND recall_hardening_compile_options
            "$<${optimised}:-U_FORTIFY_SOURCE>" "$<${optimised}:-D_FORTIFY_SOURCE=2>")
    endif()
    check_pie_supported(OUTPUT_VARIABLE recall_pie_message LANGUAGES CXX)
    if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
        message(WARNING "PIE is not supported here: ${recall_pie_message}")
    endif()
endif()
if(RECALL_GLIBCXX_ASSERTIONS)
    list(APPEND recall_hardening_definitions _GLIBCXX_ASSERTIONS)
endif()

function(recall_harden target)
    get_target_property(type ${target} TYPE)
    if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
        return()
    endif()
    target_compile_options(${target} PRIVATE ${recall_hardening_compile_options})
    target_compile_definitions(${target} PRIVATE ${recall_hardening_definitions})
    if(RECALL_HARDENING)
        # -fPIE/-fPIC and, for executables, -pie (policy CMP0083).
        set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
        if(type MATCHES "^(EXECUTABLE|SHARED_LIBRARY|MODULE_LIBRARY)$")
            target_link_options(${target} PRIVATE ${recall_hardening_link_options})
        endif()
    endif()
endfunction()

function(recall_harden_targets directory)
    get_property(targets DIRECTORY "${directory}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        recall_harden(${target})
    endforeach()
    get_property(subdirectories DIRECTORY "${directory}" PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        recall_harden_targets("${subdirectory}")
    endforeach()
endfunction()
