#!/usr/bin/env bash
# Set up, build, and run the default pipeline on the bundled example reports into ./out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
./build/docpipe run --config configs/default.xml --out out examples/reports
echo "docpipe: wrote $(ls out/*.csv | wc -l) CSV tables, $(ls out/xml | wc -l) XML files and the review pages (open out/html/index.html) to out/"
