#!/usr/bin/env bash
# Hostile input (issue 5): builds the libFuzzer target with Debian's clang (ASan + UBSan on every
# library it links) in build/fuzz and fuzzes the receive path for a bounded time, starting from a
# copy of the committed corpus. A crash, leak, UB report or broken invariant fails the run and the
# crashing input is printed (base64) in the log; reproduce it with
#   build/fuzz/tests/fuzz/fuzz_frames <file>   or   build/h/tests/fuzz/fuzz_frames_replay <file>
# Usage: bash .ci/fuzz.sh [seconds]   (default 60; PILOTHOUSE_FUZZ_SECONDS also works)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-${PILOTHOUSE_FUZZ_SECONDS:-60}}"
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DPILOTHOUSE_FUZZ=ON -DPILOTHOUSE_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
# Only the fuzz target and the libraries it links (protocol, store, models).
cmake --build build/fuzz --target fuzz_frames -j "$(nproc)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/artifacts"
cp tests/fuzz/corpus/* "$work/corpus/"

echo "fuzz: ${seconds} s over a copy of $(ls tests/fuzz/corpus | wc -l) corpus files"
status=0
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  build/fuzz/tests/fuzz/fuzz_frames -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" \
    >"$work/fuzz.log" 2>&1 || status=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/fuzz.log" || true
if [ "$status" -ne 0 ]; then
  tail -n 80 "$work/fuzz.log"
  for artifact in "$work"/artifacts/*; do
    [ -e "$artifact" ] || continue
    echo "fuzz: crashing input $(basename "$artifact") (base64; add it to tests/fuzz/corpus once fixed):"
    base64 -w 0 "$artifact"; echo
  done
  echo "fuzz: FAILED (exit $status)" >&2
  exit "$status"
fi
echo "fuzz: no crash, leak or broken invariant in ${seconds} s; $(($(ls "$work/corpus" | wc -l))) inputs in the working corpus"
