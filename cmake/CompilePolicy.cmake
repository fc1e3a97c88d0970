# One INTERFACE target carries the compile policy; every project target links it.
add_library(pilothouse_policy INTERFACE)
add_library(Pilothouse::policy ALIAS pilothouse_policy)

target_compile_features(pilothouse_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(pilothouse_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)

option(PILOTHOUSE_WERROR "Treat warnings as errors (CI turns this on)" OFF)
option(PILOTHOUSE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The libFuzzer target (tests/fuzz) needs clang; every library it links is instrumented for
# coverage, with ASan and UBSan on. Build it in its own directory (.ci/fuzz.sh).
option(PILOTHOUSE_FUZZ "Build the libFuzzer target fuzz_frames (clang only)" OFF)
if(PILOTHOUSE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PILOTHOUSE_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
endif()

if(MSVC)
    target_compile_options(pilothouse_policy INTERFACE /W4 /permissive- /utf-8)
    if(PILOTHOUSE_WERROR)
        target_compile_options(pilothouse_policy INTERFACE /WX)
    endif()
else()
    target_compile_options(pilothouse_policy INTERFACE
        -Wall -Wextra -Wpedantic $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow> -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(PILOTHOUSE_WERROR)
        target_compile_options(pilothouse_policy INTERFACE -Werror)
    endif()
    if(PILOTHOUSE_SANITIZE)
        target_compile_options(pilothouse_policy INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(pilothouse_policy INTERFACE -fsanitize=address,undefined)
    endif()
    if(PILOTHOUSE_FUZZ)
        target_compile_options(pilothouse_policy INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(pilothouse_policy INTERFACE -fsanitize=address,undefined)
    endif()
endif()
