#!/usr/bin/env bash
# Builds the libFuzzer targets (in the sanitized tree, build-san/: scripts/sanitized-tree.sh) and runs each for
# SECONDS (default 60), one after the other. Seeds come from tests/data and configs/; what a run adds is kept
# in build-san/corpus/<target>/.
# A crash, leak, timeout or out-of-memory stops that target and leaves the input in build-san/findings/;
# fix it, then copy the input to tests/data/hostile/ so the suite runs it ever after. Exit 1 on a finding.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

# Seeds and dictionary of each target.
declare -A seeds=(
  [fuzz_input_txt]="tests/data/reports tests/data/encodings tests/data/wrapped tests/data/bad tests/data/hostile"
  [fuzz_input_docx]="tests/data/docx tests/data/hostile"
  [fuzz_input_pdf]="tests/data/pdf tests/data/hostile"
  [fuzz_input_ofd]="tests/data/ofd tests/data/hostile"
  [fuzz_input_doc]="tests/data/doc tests/data/hostile"
  [fuzz_input_html]="tests/data/html tests/data/mhtml tests/data/hostile"
  [fuzz_input_rtf]="tests/data/rtf tests/data/formats tests/data/hostile"
  [fuzz_analysis_chain]="tests/data/reports tests/data/wrapped tests/data/hostile"
  [fuzz_config]="configs configs/counties"
)
declare -A dictionaries=(
  [fuzz_input_txt]=report.dict [fuzz_input_docx]=docx.dict [fuzz_input_pdf]=pdf.dict
  [fuzz_input_ofd]=docx.dict [fuzz_input_doc]=report.dict [fuzz_input_html]=html.dict [fuzz_input_rtf]=report.dict
  [fuzz_analysis_chain]=report.dict [fuzz_config]=config.dict
)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_input_txt fuzz_input_docx fuzz_input_pdf fuzz_input_ofd fuzz_input_doc fuzz_input_html fuzz_input_rtf
           fuzz_analysis_chain fuzz_config)
fi

# Only the targets and what they load: after scripts/sanitize.sh (as in .ci/run) there is nothing left to do.
scripts/sanitized-tree.sh --target "${targets[@]}" >/dev/null

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0}"
status=0
for target in "${targets[@]}"; do
  corpus="build-san/corpus/$target"
  mkdir -p "$corpus" build-san/findings
  read -r -a seed_dirs <<<"${seeds[$target]:-}"
  existing=()
  for dir in "${seed_dirs[@]}"; do [ -d "$dir" ] && existing+=("$dir"); done
  echo "fuzz: $target for ${seconds}s"
  if ! "build-san/fuzz/$target" "$corpus" "${existing[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
      -max_len=1048576 -dict="fuzz/dictionaries/${dictionaries[$target]}" \
      -artifact_prefix="build-san/findings/$target-" -print_final_stats=1 2>"build-san/$target.log"; then
    echo "fuzz: $target found a problem; see build-san/$target.log and build-san/findings/" >&2
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "build-san/$target.log" | sed "s/^/fuzz: $target /" || true
done
exit "$status"
