#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, into build-fuzz/) and runs each for SECONDS (default 60), one after
# the other. Seeds come from tests/data and configs/; what a run adds is kept in build-fuzz/corpus/<target>/.
# A crash, leak, timeout or out-of-memory stops that target and leaves the input in build-fuzz/findings/;
# fix it, then copy the input to tests/data/hostile/ so the suite runs it ever after. Exit 1 on a finding.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOCPIPE_FUZZ=ON \
  -DDOCPIPE_BUILD_TESTS=OFF -DDOCPIPE_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j "$(nproc)" >/dev/null

# Seeds and dictionary of each target.
declare -A seeds=(
  [fuzz_input_txt]="tests/data/reports tests/data/encodings tests/data/bad tests/data/hostile"
  [fuzz_input_docx]="tests/data/docx tests/data/hostile"
  [fuzz_input_pdf]="tests/data/pdf tests/data/hostile"
  [fuzz_input_ofd]="tests/data/ofd tests/data/hostile"
  [fuzz_input_doc]="tests/data/doc tests/data/hostile"
  [fuzz_input_html]="tests/data/html tests/data/hostile"
  [fuzz_analysis_chain]="tests/data/reports tests/data/hostile"
  [fuzz_config]="configs configs/counties"
)
declare -A dictionaries=(
  [fuzz_input_txt]=report.dict [fuzz_input_docx]=docx.dict [fuzz_input_pdf]=pdf.dict
  [fuzz_input_ofd]=docx.dict [fuzz_input_doc]=report.dict [fuzz_input_html]=report.dict
  [fuzz_analysis_chain]=report.dict [fuzz_config]=config.dict
)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_input_txt fuzz_input_docx fuzz_input_pdf fuzz_input_ofd fuzz_input_doc fuzz_input_html
           fuzz_analysis_chain fuzz_config)
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0}"
status=0
for target in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$target"
  mkdir -p "$corpus" build-fuzz/findings
  read -r -a seed_dirs <<<"${seeds[$target]:-}"
  existing=()
  for dir in "${seed_dirs[@]}"; do [ -d "$dir" ] && existing+=("$dir"); done
  echo "fuzz: $target for ${seconds}s"
  if ! "build-fuzz/fuzz/$target" "$corpus" "${existing[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
      -max_len=1048576 -dict="fuzz/dictionaries/${dictionaries[$target]}" \
      -artifact_prefix="build-fuzz/findings/$target-" -print_final_stats=1 2>"build-fuzz/$target.log"; then
    echo "fuzz: $target found a problem; see build-fuzz/$target.log and build-fuzz/findings/" >&2
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "build-fuzz/$target.log" | sed "s/^/fuzz: $target /" || true
done
exit "$status"
