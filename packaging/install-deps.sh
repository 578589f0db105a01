#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Themenfeldplaner needs.
# Idempotent and non-interactive; uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev libgl-dev
  fonts-dejavu-core # the charts lay out their text with DejaVu Sans
  catch2
  xvfb xauth poppler-utils sqlite3
  libsqlite3-dev # core/storage reads rows and hardens each SQLite connection through the C API
  libpq-dev libqt6sql6-psql # a catalog on a PostgreSQL server: libpq reads its URL, Qt's QPSQL driver connects
  postgresql # the server tests start a throw-away PostgreSQL 15 cluster (tests/support/pgcluster.sh)
  libxlsxwriter-dev libminizip-dev
  clang libclang-rt-14-dev
  clang-format # build-and-test.sh checks that every source file is formatted as .clang-format says
  dpkg-dev librsvg2-bin appstream desktop-file-utils
  shared-mime-info libglib2.0-bin # test-package.sh checks the file types with gio
  help2man lintian # the man pages are written from --help; test-package.sh runs lintian on the package
  libical-dev # the tests read the milestone calendar back with libical (RFC 5546 check)
  python3-odf # the tests read the .ods export and the Arbeitsplan ODT back with odfpy, an independent reader
  libcairo2-dev libfontconfig-dev libqpdf-dev # the tagged Arbeitsplan PDF: cairo draws it, qpdf finishes it
  python3-pikepdf # the tests walk the PDF's structure tree
)

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
