#!/usr/bin/env bash
# Builds the whole tree with AddressSanitizer and UndefinedBehaviorSanitizer (scripts/sanitized-tree.sh,
# build-san/) and runs the test suite there. Any sanitizer report fails the test that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/sanitized-tree.sh
# Workers end with _exit, so leak checking covers the host; plugins stay loaded to the end (RTLD_NODELETE).
# handle_segv=0: a worker that crashes must die of its signal, as in a normal build, for the host to name it.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:handle_segv=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
# Everything that runs docpipe's own code on documents, configs and requests runs here. Left to the normal
# build: the install and package tests (they exercise cmake and dpkg, not new code paths), the browser
# test (chromium's time; the HTML output is covered by unit and CLI tests), the serve load test and the OCR accuracy measurement (minutes under ASan, the same code as the small OCR
# tests that do run here).
# --repeat until-pass:2: LeakSanitizer's own stop-the-world tracer segfaults now and then at process exit
# ("Tracer caught signal 11 ... LeakSanitizer has encountered a fatal error", google/sanitizers#1353) after
# the test has passed; a test that fails twice fails. The normal build (scripts/test.sh) never retries.
# Left to the normal build as well: Ocr.PopplerAndTesseractAreLoadedOnlyWhenADocumentNeedsThem, which reads
# /proc/self/maps after loading poppler's and Tesseract's modules in one process; the test passes, then
# LeakSanitizer's tracer crashes on a dynamic-TLS range it cannot read at exit, every time in this tree since the
# thirty-fifth session (the same tracer fault as above, not a report about docpipe's memory).
ctest --test-dir build-san --output-on-failure -j "$(nproc)" --timeout 900 --repeat until-pass:2 \
  -E '^(Install\.|Package\.|HtmlInBrowser\.|Serve\.LoadTest|scan_accuracy|Ocr\.PopplerAndTesseractAreLoadedOnlyWhenADocumentNeedsThem)'
