#!/usr/bin/env bash
# Builds the Debian package docpipe_<version>_<arch>.deb into ./build (installs under /usr; see README).
# Needs dpkg-dev (dpkg-shlibdeps computes the runtime dependencies) and fakeroot; scripts/setup.sh has both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cd build
fakeroot cpack -G DEB
ls -1 "$PWD"/docpipe_*.deb
