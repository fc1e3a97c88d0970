#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors and runs the
# whole suite (ctest). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/packages.sh
# House style (docs/conventions.md#formatting-and-gates): every C++ file as .clang-format says.
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j 2
# Hostile input: the libFuzzer target for a bounded time (its replay runs above as fuzz.replay).
bash .ci/fuzz.sh 60
