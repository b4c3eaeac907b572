#!/usr/bin/env bash
# Set up (with the browser the HTML test runs and the Slurm the cluster test runs), build, and run the whole
# test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-browser --with-slurm
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 900
