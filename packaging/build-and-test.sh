#!/usr/bin/env bash
# Fresh machine to green suite: installs the dependencies, builds everything and runs the whole test suite, then
# builds a second tree with clang's AddressSanitizer and UndefinedBehaviorSanitizer (no benchmarks) and runs the
# suite there too, so that a memory-safety defect or undefined behaviour fails CI. TFP_SKIP_SANITIZE=1 skips
# the second tree (for a quick local run; CI never sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
started=$SECONDS
stage() { echo "build-and-test: $* (after $((SECONDS - started)) s)"; }

stage "building build/"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
cmake --build build --parallel "$jobs"
stage "running the suite in build/"
ctest --test-dir build --output-on-failure --parallel "$jobs" --timeout 900

if [ "${TFP_SKIP_SANITIZE:-0}" = 1 ]; then
  stage "TFP_SKIP_SANITIZE=1: the sanitizer tree is skipped"
  exit 0
fi
stage "building build-asan/ (clang, AddressSanitizer + UndefinedBehaviorSanitizer)"
CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
  -DTFP_SANITIZE=ON -DTFP_BUILD_BENCH=OFF "${launcher[@]}"
cmake --build build-asan --parallel "$jobs"
stage "running the suite in build-asan/"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure --parallel "$jobs" --timeout 1800 -E '^i18n:'
stage "done"
