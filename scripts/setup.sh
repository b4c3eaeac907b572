#!/usr/bin/env bash
# Installs the Debian 12 packages docpipe needs to build, test and run.
# Idempotent: packages already present are skipped, and apt is not touched at all
# when everything is installed.
set -euo pipefail

packages=(
  build-essential     # g++ 12 (C++20) and make
  cmake               # build system, ctest
  pkg-config          # locates libxml2, poppler-cpp, libzip, ICU
  libboost1.81-dev    # Boost.DLL (plugin loading), PropertyTree (configs)
  libxml2-dev         # XML output, XSD validation, DOCX parsing
  libpoppler-cpp-dev  # PDF text extraction
  poppler-data        # CJK CMaps so Chinese PDFs extract as text
  libzip-dev          # DOCX packages are zip files
  libicu-dev          # encoding detection/conversion, Unicode normalization
  libcli11-dev        # command-line parsing
  libfmt-dev          # formatting (g++ 12 has no std::format)
  googletest          # GoogleTest/GoogleMock sources
  libgtest-dev        # GoogleTest
  libbenchmark-dev    # Google Benchmark for bench/
  ccache              # rebuilds reuse earlier compilations (scripts/build.sh uses it when present)
  clang               # libFuzzer targets under fuzz/ (scripts/fuzz.sh, CI)
  libclang-rt-14-dev  # libFuzzer and sanitizer runtimes for clang
)

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
