#!/usr/bin/env bash
# Fresh machine to green suite: installs the dependencies, builds everything and runs the whole test suite, then
# builds a second tree with clang's AddressSanitizer and UndefinedBehaviorSanitizer (no benchmarks) and runs the
# core and CLI tests there too (without the GUI, as on a machine without Qt Widgets), so that a memory-safety
# defect or undefined behaviour fails CI. TFP_SKIP_SANITIZE=1 skips
# the second tree (for a quick local run; CI never sets it). A third tree builds the libFuzzer targets
# (tests/fuzz) and gives each a bounded pass of TFP_FUZZ_SECONDS (30) from its seed corpus; TFP_SKIP_FUZZ=1 skips
# it (CI never sets it). That tree is built without the GUI (TFP_BUILD_GUI=OFF), and its tfp is checked to link
# no widget toolkit and to work.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
# The server tests run against a PostgreSQL cluster of their own (tests/support/pgcluster.sh): here they must
# run, and a missing server or QPSQL driver fails them instead of skipping them.
export TFP_REQUIRE_PG=1
started=$SECONDS
stage() { echo "build-and-test: $* (after $((SECONDS - started)) s)"; }

stage "checking the format of every C++ file (clang-format, .clang-format)"
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror

stage "building build/ (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTFP_WERROR=ON "${launcher[@]}"
cmake --build build --parallel "$jobs"
stage "running the suite in build/"
ctest --test-dir build --output-on-failure --parallel "$jobs" --timeout 900

if [ "${TFP_SKIP_SANITIZE:-0}" = 1 ]; then
  stage "TFP_SKIP_SANITIZE=1: the sanitizer tree is skipped"
  exit 0
fi
# The sanitizer tree builds the core, tfp and the core and CLI tests without the GUI, and CMake is told that Qt
# Widgets and PrintSupport are missing, as on a machine without their development packages: the tree is the proof
# that the core and the command line need neither. (The UI tests run in build/ only, which keeps CI's time.)
stage "building build-asan/ (clang, AddressSanitizer + UndefinedBehaviorSanitizer, no GUI, no Qt Widgets)"
CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
  -DTFP_SANITIZE=ON -DTFP_BUILD_BENCH=OFF -DTFP_BUILD_GUI=OFF \
  -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Widgets=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt6PrintSupport=ON "${launcher[@]}"
cmake --build build-asan --parallel "$jobs"
stage "running the suite in build-asan/"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure --parallel "$jobs" --timeout 1800 -E '^i18n:'

if [ "${TFP_SKIP_FUZZ:-0}" = 1 ]; then
  stage "TFP_SKIP_FUZZ=1: the fuzz pass is skipped"
  exit 0
fi
stage "building build-fuzz/ (clang, libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer)"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTFP_FUZZ=ON \
  -DTFP_BUILD_GUI=OFF -DTFP_BUILD_TESTS=OFF "${launcher[@]}"
cmake --build build-fuzz --parallel "$jobs"
# The same tree is the proof that the command line needs no widget toolkit: built without the GUI, tfp links
# neither Widgets nor PrintSupport, creates a catalog and reports on it.
stage "checking tfp built without the GUI (build-fuzz/app/tfp)"
! readelf -d build-fuzz/app/tfp | grep -E 'NEEDED.*libQt6(Widgets|PrintSupport)' || {
  echo "build-and-test: tfp built with TFP_BUILD_GUI=OFF links Qt Widgets or PrintSupport" >&2
  exit 1
}
nogui=$(mktemp -d)
ASAN_OPTIONS=detect_leaks=0 build-fuzz/app/tfp init "$nogui/k.tfplan" >/dev/null
ASAN_OPTIONS=detect_leaks=0 build-fuzz/app/tfp stats "$nogui/k.tfplan" --json | grep -q '"leistungen": *557' || {
  echo "build-and-test: tfp built without the GUI does not count the 557 OZG-Leistungen" >&2
  exit 1
}
rm -rf "$nogui"
seconds=${TFP_FUZZ_SECONDS:-30}
seeds=build-fuzz/tests/fuzz/seeds
# target:seeds:largest input (a seed catalog is 1.6 MB; libFuzzer would cut it at its default 1 MB).
for entry in csv:tests/data/fuzz/csv:65536 dashboard:tests/data/fuzz/dashboard:65536 \
  xlsx:tests/data/fuzz/xlsx:262144 ods:$seeds/ods:262144 planjson:$seeds/planjson:262144 tfplan:$seeds/tfplan:2097152 \
  review:$seeds/review:1048576 mspdi:$seeds/mspdi:262144; do
  IFS=: read -r name corpusSeeds maxLen <<<"$entry"
  target=fuzz_$name
  stage "fuzzing $target for $seconds s"
  corpus=$(mktemp -d)
  log=$(mktemp)
  # New inputs go to the temporary first folder; a crash, leak or hang fails the run and leaves its input in
  # build-fuzz/findings to reproduce with the target alone.
  mkdir -p build-fuzz/findings
  if ! build-fuzz/tests/fuzz/$target "$corpus" "$corpusSeeds" -max_total_time="$seconds" -max_len="$maxLen" \
    -rss_limit_mb=2048 -timeout=60 -artifact_prefix=build-fuzz/findings/ -print_final_stats=1 >"$log" 2>&1; then
    cat "$log"
    exit 1
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+[[:space:]]+DONE)' "$log" || tail -n 5 "$log"
  rm -f "$log"
  rm -rf "$corpus"
done
stage "done"
