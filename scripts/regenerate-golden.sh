#!/bin/sh
# Regenerates tests/golden/out/, the outputs the golden-output test (tests/e2e/golden_output_test.cpp)
# compares every run against byte for byte. Run it only when an output is meant to change, and commit
# the new files with the change that explains them: the test exists so that performance work cannot
# change a byte unnoticed.
#   scripts/regenerate-golden.sh [BUILD_DIR]   (default: build; build the CLI and the plugins first)
# The command is the test's: from the source tree (sources are recorded as relative paths), the default
# config, -j1, the inputs listed in tests/golden/inputs.txt.
set -eu
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(cd "${1:-$source_dir/build}" && pwd)
cd "$source_dir"
rm -rf tests/golden/out
# shellcheck disable=SC2046  # the list holds plain relative paths, one per line
set +e
"$build_dir/docpipe" run --config configs/default.xml --out tests/golden/out -j 1 --quiet $(cat tests/golden/inputs.txt)
status=$?
set -e
# Some inputs are bad on purpose: 1 (some documents failed) is the expected exit code.
if [ "$status" -ne 1 ]; then
  echo "regenerate-golden: docpipe exited $status, expected 1" >&2
  exit 1
fi
rm -f tests/golden/.out.lock  # the run's lock beside --out
rm -rf tests/golden/out/.docpipe  # the run's state for merge and --skip-unchanged, not an output
echo "tests/golden/out regenerated: $(find tests/golden/out -type f | wc -l) files"
