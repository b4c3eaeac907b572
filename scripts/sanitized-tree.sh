#!/usr/bin/env bash
# Configures and builds build-san/: the whole tree with clang, AddressSanitizer, UndefinedBehaviorSanitizer
# and libFuzzer's coverage instrumentation (DOCPIPE_FUZZ), tests included. scripts/sanitize.sh runs the suite
# in it and scripts/fuzz.sh the fuzz targets, so CI compiles the instrumented tree once, not twice.
# -O1 with line tables only, as fuzzing builds usually are: reports still name file and line, and the tree
# compiles in about half the time of gcc's -O2 -g with the same sanitizers.
#   scripts/sanitized-tree.sh [cmake --build arguments, e.g. --target fuzz_config]
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
fi
CC=clang CXX=clang++ cmake -S . -B build-san -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
  -DDOCPIPE_FUZZ=ON -DDOCPIPE_SANITIZE=address,undefined -DDOCPIPE_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
cmake --build build-san -j "$(nproc)" "$@"
