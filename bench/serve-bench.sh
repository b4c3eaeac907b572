#!/usr/bin/env bash
# Benchmarks `docpipe serve` against `docpipe run` on the same files: requests/s and p50/p99 latency for
# TXT and DOCX at 1, 2 and 8 concurrent clients (2 workers), and run's documents/s on the same files.
# Run by hand after scripts/build.sh:  bench/serve-bench.sh [REQUESTS]   (default 200 per row)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-200}
workers=${WORKERS:-2}
build=build
config=configs/default.xml
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

txt=(tests/data/reports/*.txt)
docx=(tests/data/formats/*.docx)

"$build/docpipe" serve --config "$config" --listen 127.0.0.1:0 --workers "$workers" --queue 64 2>"$work/log" &
server=$!
for _ in $(seq 100); do
  port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/log"; exit 1; }

echo "docpipe serve, $workers workers, $requests requests per row ($(nproc) cores)"
for format in txt docx; do
  if [ $format = txt ]; then files=("${txt[@]}"); else files=("${docx[@]}"); fi
  for clients in 1 2 8; do
    printf '%-5s ' "$format"
    "$build/bench/docpipe_serve_load" "$port" "$clients" "$requests" "${files[@]}"
  done
done
kill -TERM "$server"; wait "$server"; server=""

echo "docpipe run -j $workers on the same files, repeated to $requests documents"
for format in txt docx; do
  if [ $format = txt ]; then files=("${txt[@]}"); else files=("${docx[@]}"); fi
  mkdir -p "$work/in-$format"
  for i in $(seq 0 $((requests - 1))); do
    file=${files[$((i % ${#files[@]}))]}
    cp "$file" "$work/in-$format/$(printf '%04d' "$i")-$(basename "$file")"
  done
  start=$(date +%s.%N)
  "$build/docpipe" run --config "$config" --out "$work/out-$format" -j "$workers" "$work/in-$format" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v f=$format -v n="$requests" -v s="$start" -v e="$end" \
    'BEGIN { printf "%-5s run documents=%d seconds=%.2f documents_per_second=%.1f\n", f, n, e - s, n / (e - s) }'
done
