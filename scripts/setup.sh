#!/usr/bin/env bash
# Installs the Debian 12 packages docpipe needs to build, test and run.
# Idempotent: packages already present are skipped, and apt is not touched at all
# when everything is installed.
#   --with-browser   also install chromium, which the browser test of the HTML pages runs
#                    (scripts/test.sh and CI pass it; without it that test is skipped)
#   --with-slurm     also install Slurm and munge, which scripts/slurm/submit.sh drives and the Slurm test
#                    runs as a single-node cluster in a temporary directory (scripts/test.sh and CI pass it;
#                    without them that test is skipped)
set -euo pipefail

with_browser=false
with_slurm=false
for argument in "$@"; do
  case "$argument" in
    --with-browser) with_browser=true ;;
    --with-slurm) with_slurm=true ;;
    *) echo "usage: scripts/setup.sh [--with-browser] [--with-slurm]" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential     # g++ 12 (C++20) and make
  cmake               # build system, ctest
  pkg-config          # locates libxml2, poppler-cpp, libzip, ICU
  libboost1.81-dev    # Boost.DLL (plugin loading), PropertyTree (configs), Beast/Asio (docpipe serve)
  libboost-json1.81-dev  # Boost.JSON: output.json, the service's answers, JSON logs
  libboost-url1.81-dev   # Boost.URL: the service's request targets
  libxml2-dev         # XML output, XSD validation, DOCX and OFD parsing, strict config reading
  libpoppler-cpp-dev  # PDF text extraction, and rendering scanned pages for OCR
  libtesseract-dev    # OCR of scanned PDF pages and images (Tesseract 5 C++ API; brings Leptonica)
  tesseract-ocr-chi-sim  # Tesseract's Simplified Chinese model (chi_sim)
  tesseract-ocr-eng   # Tesseract's English model (eng): Latin words and digits in the reports
  poppler-data        # CJK CMaps so Chinese PDFs extract as text
  libzip-dev          # DOCX and OFD packages are zip files
  libgsf-1-dev        # OLE compound files of Word 97-2003 .doc and WPS .wps
  libicu-dev          # encoding detection/conversion, Unicode normalization
  libsqlite3-dev      # output.sqlite's store (docpipe.sqlite) and the corpus stage's history stores
  nettle-dev          # GNU Nettle: the SHA-256 of every input file (the documents' identity)
  sqlite3             # the sqlite3 shell, to query a store by hand (docs/output-formats.md)
  libcli11-dev        # command-line parsing
  libfmt-dev          # formatting (g++ 12 has no std::format)
  googletest          # GoogleTest/GoogleMock sources
  libgtest-dev        # GoogleTest
  libbenchmark-dev    # Google Benchmark for bench/
  ccache              # rebuilds reuse earlier compilations (scripts/build.sh and sanitized-tree.sh use it when present)
  dpkg-dev            # dpkg-shlibdeps: the Debian package's runtime dependencies (cpack -G DEB, scripts/package.sh)
  fakeroot            # scripts/package.sh builds the package as root-owned files without root
  clang               # the sanitized tree: the suite under ASan+UBSan and the fuzz targets (scripts/sanitized-tree.sh, CI)
  libclang-rt-14-dev  # libFuzzer and sanitizer runtimes for clang
)
if [ "$with_browser" = true ]; then
  packages+=(chromium)  # headless browser for tests/e2e/html_browser_test.cpp
fi
if [ "$with_slurm" = true ]; then
  packages+=(
    slurm-wlm  # slurmctld, slurmd, sbatch: the array jobs of scripts/slurm/submit.sh, tests/slurm/slurm_cluster_test.sh
    munge      # Slurm's authentication daemon (the test starts its own with a generated key)
  )
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
