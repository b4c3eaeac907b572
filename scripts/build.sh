#!/usr/bin/env bash
# Configures and builds docpipe into ./build (Release with debug info). Uses ccache when it is installed,
# so rebuilds after a checkout or in a second worktree reuse what was compiled before.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD"
  # -g embeds the build directory, which would make every worktree miss the cache.
  export CCACHE_NOHASHDIR=true
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
cmake --build build -j "$(nproc)"
