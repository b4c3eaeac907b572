#!/bin/bash
# End-to-end benchmark of docpipe against extraction floors, as issue 18 asks: builds the corpora from
# the example reports, runs each measurement REPS times and prints medians and the ratios.
#   bench/run.sh [--quick] [--reps N] [BUILD_DIR]     (default build/, built with the bench targets)
# --quick: one repetition and smaller corpora (a smoke run; its ratios are indicative only).
# Wall times in seconds; CPU is user+system of the process and its children (the workers).
# Never part of the test suite: the numbers depend on the machine and on what else runs on it.
set -euo pipefail
# docpipe sets this for itself when it is unset (architecture.md); the floors get the same, so that neither side
# pays glibc's stat of /etc/localtime at each of libzip's mktime calls.
export TZ=${TZ:-:/etc/localtime}

source_dir=$(cd "$(dirname "$0")/.." && pwd)
quick=0
reps=3
build_dir=$source_dir/build
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; reps=1 ;;
    --reps) reps=$2; shift ;;
    *) build_dir=$1 ;;
  esac
  shift
done
build_dir=$(cd "$build_dir" && pwd)
docpipe=$build_dir/docpipe
floor_docx=$build_dir/bench/docpipe_floor_docx
floor_pdf=$build_dir/bench/docpipe_floor_pdf
for tool in "$docpipe" "$floor_docx" "$floor_pdf"; do
  [ -x "$tool" ] || { echo "run.sh: $tool is missing: cmake --build $build_dir" >&2; exit 2; }
done
command -v uconv >/dev/null || { echo "run.sh: uconv (icu-devtools) is missing" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/docpipe-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

# ---- corpora, from the example reports and their DOCX/PDF versions (tests/data/formats)
copies_per_report=20; txt_copies=200; big_mb=10; small_mb=1; long_pages=200; headings=32000
if [ "$quick" = 1 ]; then copies_per_report=4; txt_copies=40; big_mb=4; small_mb=1; long_pages=50; headings=8000; fi
mkdir -p "$work/docx" "$work/pdf" "$work/txt" "$work/one" "$work/lines" "$work/old"
for ((i = 0; i < copies_per_report; i++)); do
  for f in "$source_dir"/tests/data/formats/*.docx; do cp "$f" "$work/docx/${i}_$(basename "$f")"; done
  for f in "$source_dir"/tests/data/formats/*.pdf; do cp "$f" "$work/pdf/${i}_$(basename "$f")"; done
done
for ((i = 0; i < txt_copies; i++)); do
  for f in "$source_dir"/examples/reports/*.txt; do cp "$f" "$work/txt/${i}_$(basename "$f")"; done
done
# One file of about N MB: the reports one after another, as a county's collected volume would be.
make_volume() {
  local target=$(($1 * 1024 * 1024)) out=$2
  : >"$out"
  while [ "$(stat -c %s "$out")" -lt "$target" ]; do cat "$source_dir"/examples/reports/*.txt >>"$out"; done
}
make_volume "$big_mb" "$work/big.txt"
make_volume "$small_mb" "$work/small.txt"
python3 "$source_dir/bench/make_long_pdf.py" "$long_pages" "$work/long.pdf" "$source_dir"/examples/reports/*.txt
# A report with N numbered headings (1. 2. … under 一、), each with a line of text and a figure.
make_headings() {
  python3 - "$1" "$2" <<'PY'
import sys
count, out = int(sys.argv[1]), sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    f.write("某某镇2023年法治政府建设情况报告\n一、主要工作\n")
    for n in range(1, count + 1):
        f.write(f"{n}. 第{n}项工作\n本项工作开展宣传活动{n % 97 + 1}次，参与群众{n % 500 + 20}人。\n")
PY
}
make_headings "$headings" "$work/headings-full.txt"
make_headings $((headings / 2)) "$work/headings-half.txt"
echo "本镇2023年开展法治宣传活动12次。" >"$work/one/one.txt"
for ((i = 0; i < 1000; i++)); do echo "本镇2023年开展法治宣传活动${i}次。" >"$work/lines/line_$i.txt"; done

# ---- measuring
# timed FILE COMMAND...: runs COMMAND and writes "wall user system" in seconds to FILE. GNU time prints
# hundredths, and the DOCX floor takes some 60 ms: its ratio would move by a sixth with one tick.
timed() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
# The command and its waited-for children (the workers), less whatever Python's own start had already
# collected (some installations run helpers there).
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
status = subprocess.call(sys.argv[2:])
wall = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
with open(sys.argv[1], "w") as out:
    out.write(f"{wall:.4f} {user:.4f} {system:.4f}\n")
sys.exit(status)
PY
}
# measure NAME COMMAND...: runs it $reps times; records median wall and CPU seconds in $work/NAME.{wall,cpu}.
measure() {
  local name=$1
  shift
  : >"$work/$name.walls"
  : >"$work/$name.cpus"
  for ((r = 0; r < reps; r++)); do
    # Moved aside, not deleted: ext4 scans recently freed inodes when it creates files, so a run right after
    # deleting the previous one's thousands of files would pay for that deletion (removed at exit).
    [ -e "$work/out" ] && mv "$work/out" "$work/old/$name-$r"
    local status=0
    timed "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
    # 1 is "some documents failed" (none should here); anything above is a broken measurement.
    if [ "$status" -gt 1 ] || grep -q "failed" "$work/stderr"; then
      echo "run.sh: $name: exit $status: $(head -c 400 "$work/stderr")" >&2
    fi
    read -r wall user system <"$work/time"
    echo "$wall" >>"$work/$name.walls"
    echo "$user $system" | awk '{ printf "%.4f\n", $1 + $2 }' >>"$work/$name.cpus"
  done
  sort -g "$work/$name.walls" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' >"$work/$name.wall"
  sort -g "$work/$name.cpus" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' >"$work/$name.cpu"
  printf '  %-22s wall %7.3f s   cpu %7.3f s\n' "$name" "$(cat "$work/$name.wall")" "$(cat "$work/$name.cpu")"
}
dp=("$docpipe" run --plugin-path "$build_dir/lib/docpipe/plugins" --out "$work/out" --quiet)  # then --config CONFIG -j N INPUTS...
default=$source_dir/configs/default.xml
txt_io=$source_dir/bench/configs/txt-io.xml
inputs_xml=$source_dir/bench/configs/inputs-xml.xml  # extraction and XML only, no analyses
inputs_xml_no_ocr=$source_dir/bench/configs/inputs-xml-no-ocr.xml  # the same, input.pdf without OCR

echo "docpipe benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), reps $reps$([ "$quick" = 1 ] && echo ', quick')"
echo "measurements (medians):"
measure floor-docx "$floor_docx" "$work"/docx/*.docx
measure docx-io "${dp[@]}" --config "$inputs_xml" -j 1 "$work/docx"
measure docx-j1 "${dp[@]}" --config "$default" -j 1 "$work/docx"
measure docx-j2 "${dp[@]}" --config "$default" -j 2 "$work/docx"
measure floor-pdf "$floor_pdf" "$work"/pdf/*.pdf
measure pdf-io "${dp[@]}" --config "$inputs_xml" -j 1 "$work/pdf"
# Pages input.pdf OCRs (ocr.pages lists them: "1,2,3") and pages whose text layer is only a page number that it
# finds blank and does not OCR (pdf.blank_pages), counted from the last pdf-io run: the floor renders no page, so
# pdf-io-text (OCR off) is what compares with it when pages are OCR'd.
count_listed() {
  { grep -rho "<entry key=\"$1\">[^<]*" "$work/out/xml" 2>/dev/null || true; } |
    awk -F'>' '{ n += split($2, p, ",") } END { print n + 0 }'
}
ocr_pages=$(count_listed ocr.pages)
blank_pages=$(count_listed pdf.blank_pages)
pdf_count=$(find "$work/pdf" -name '*.pdf' | wc -l)
measure pdf-io-text "${dp[@]}" --config "$inputs_xml_no_ocr" -j 1 "$work/pdf"
measure pdf-j1 "${dp[@]}" --config "$default" -j 1 "$work/pdf"
measure pdf-j2 "${dp[@]}" --config "$default" -j 2 "$work/pdf"
measure txt-j1 "${dp[@]}" --config "$default" -j 1 "$work/txt"
measure txt-j2 "${dp[@]}" --config "$default" -j 2 "$work/txt"
measure uconv-big sh -c "uconv -f utf-8 -t utf-8 -x nfc <'$work/big.txt' >'$work/uconv.out'"
measure txt-io-big "${dp[@]}" --config "$txt_io" -j 1 "$work/big.txt"
measure big "${dp[@]}" --config "$default" -j 1 "$work/big.txt"
measure small "${dp[@]}" --config "$default" -j 1 "$work/small.txt"
measure floor-long-pdf "$floor_pdf" "$work/long.pdf"
measure long-pdf "${dp[@]}" --config "$default" -j 1 "$work/long.pdf"
measure headings-full "${dp[@]}" --config "$default" -j 1 "$work/headings-full.txt"
measure headings-half "${dp[@]}" --config "$default" -j 1 "$work/headings-half.txt"
measure one-line "${dp[@]}" --config "$default" -j 1 "$work/one"
measure lines-1000 "${dp[@]}" --config "$default" -j 1 "$work/lines"
# The same with input.txt and output.xml only: what the framework itself costs per document (reading the file,
# the worker's message, one output file), apart from what the analyses and the five outputs do with it.
measure one-line-io "${dp[@]}" --config "$txt_io" -j 1 "$work/one"
measure lines-1000-io "${dp[@]}" --config "$txt_io" -j 1 "$work/lines"

value() { cat "$work/$1.$2"; }
ratio() { awk -v a="$(value "$1" "$3")" -v b="$(value "$2" "$3")" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "ratios (issue 18 acceptance in brackets):"
echo "  DOCX batch / libzip+libxml2 floor   default pipeline: wall $(ratio docx-j1 floor-docx wall) cpu $(ratio docx-j1 floor-docx cpu);  extraction+XML: wall $(ratio docx-io floor-docx wall) cpu $(ratio docx-io floor-docx cpu)   [<= 2.0]"
echo "  PDF batch / poppler-cpp floor        default pipeline: wall $(ratio pdf-j1 floor-pdf wall) cpu $(ratio pdf-j1 floor-pdf cpu);  extraction+XML: wall $(ratio pdf-io floor-pdf wall) cpu $(ratio pdf-io floor-pdf cpu)   [<= 1.15]"
echo "  PDF text layers only (ocr=false) / poppler-cpp floor   extraction+XML: wall $(ratio pdf-io-text floor-pdf wall) cpu $(ratio pdf-io-text floor-pdf cpu)   (with OCR: $ocr_pages pages OCR'd, $blank_pages blank but for their number, in $pdf_count PDFs)"
echo "  ${long_pages}-page PDF / poppler-cpp floor     default pipeline: wall $(ratio long-pdf floor-long-pdf wall) cpu $(ratio long-pdf floor-long-pdf cpu)"
echo "  TXT ${big_mb} MB in+out / uconv -x nfc      wall $(ratio txt-io-big uconv-big wall)  cpu $(ratio txt-io-big uconv-big cpu)   [<= 1.2]"
echo "  -j2 / -j1 wall: TXT $(ratio txt-j2 txt-j1 wall)  DOCX $(ratio docx-j2 docx-j1 wall)  PDF $(ratio pdf-j2 pdf-j1 wall)   [<= 0.6]"
echo "  ${big_mb} MB / ${small_mb} MB TXT                  wall $(ratio big small wall)  cpu $(ratio big small cpu)   [<= 11 for 10/1]"
echo "  $headings / $((headings / 2)) headings            wall $(ratio headings-full headings-half wall)  cpu $(ratio headings-full headings-half cpu)   [<= 2.2]"
awk -v many="$(value lines-1000 cpu)" -v one="$(value one-line cpu)" \
  'BEGIN { printf "  per-document fixed cost             %.3f ms CPU (1,000 one-line files vs one)   [<= 0.1]\n", (many - one) * 1000 / 999 }'
awk -v many="$(value lines-1000-io cpu)" -v one="$(value one-line-io cpu)" \
  'BEGIN { printf "    of which the framework             %.3f ms CPU (the same, input.txt -> output.xml only)\n", (many - one) * 1000 / 999 }'
