#!/usr/bin/env bash
# Builds the Debian package, installs it system-wide with apt-get (so that its dependencies resolve), starts the
# installed app headless on a fresh user catalog, runs the installed `tfp stats` on it, validates the desktop
# entry and the AppStream metainfo, and removes the package again, checking that nothing is left behind.
# Installs system-wide (root or sudo), so it is NOT part of .ci/run. Usage: packaging/test-package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TFP_PACKAGE_BUILD_DIR:-build-package}
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }
step() { echo "test-package: $*"; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
step "building the package in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTFP_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
rm -f "$build"/themenfeldplaner_*.deb
cmake --build "$build" --target package -j2 >/dev/null
deb=$(ls "$build"/themenfeldplaner_*.deb)
[ -f "$deb" ] || fail "no .deb in $build"
depends=$(dpkg-deb -f "$deb" Depends)
step "$(basename "$deb"): Depends: $depends"
for dep in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-translations-l10n libc6; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

step "installing with apt-get"
$SUDO apt-get install -y -qq "./$deb" >/dev/null
mapfile -t files < <(dpkg -L themenfeldplaner | while read -r f; do [ -f "$f" ] && echo "$f"; done)
app_id=de.ozgplanung.themenfeldplaner
expected=(/usr/bin/tfp /usr/bin/themenfeldplaner
  /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/$app_id.svg
  /usr/share/themenfeldplaner/translations/themenfeldplaner_de.qm
  /usr/share/themenfeldplaner/translations/themenfeldplaner_en.qm
  /usr/share/themenfeldplaner/help/de/index.html /usr/share/themenfeldplaner/help/en/index.html)
for size in 16 32 48 64 128 256; do expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"); done
for f in "${expected[@]}"; do
  printf '%s\n' "${files[@]}" | grep -qx "$f" || fail "the package does not install $f"
done
step "${#files[@]} files installed"
for size in 16 256; do # a PNG's width and height are bytes 16-23, big-endian
  dims=$(od -An -tu1 -j16 -N8 "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | tr -s ' ')
  [ "$dims" = " 0 0 $((size / 256)) $((size % 256)) 0 0 $((size / 256)) $((size % 256))" ] ||
    fail "the ${size}x${size} icon is not ${size} pixels square ($dims)"
done

step "validating the desktop entry and the AppStream metainfo"
desktop-file-validate /usr/share/applications/$app_id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
step "starting the installed app headless with HOME=$home"
set +e
env -i HOME="$home" PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
  timeout 15 /usr/bin/themenfeldplaner >"$home/app.log" 2>&1
rc=$?
set -e
# 124: still running when the timeout ended it, i.e. it started and kept running.
[ $rc -eq 124 ] || { cat "$home/app.log" >&2; fail "the app exited with $rc instead of running"; }
catalog="$home/.local/share/Themenfeldplaner/Themenfeldplaner/katalog.tfplan"
[ -s "$catalog" ] || fail "the app did not create the default catalog $catalog"

step "running /usr/bin/tfp stats on it"
stats=$(env -i HOME="$home" PATH=/usr/bin:/bin /usr/bin/tfp stats "$catalog" --json)
grep -q '"leistungen": *557' <<<"$stats" || fail "tfp stats does not count 557 OZG-Leistungen: $stats"
grep -q '"themenfelder": *14' <<<"$stats" || fail "tfp stats does not count 14 Themenfelder: $stats"

step "removing the package"
$SUDO apt-get remove -y -qq --purge themenfeldplaner >/dev/null
if dpkg -L themenfeldplaner >/dev/null 2>&1; then fail "dpkg still lists files of themenfeldplaner"; fi
for f in "${files[@]}"; do [ ! -e "$f" ] || fail "$f is left after removal"; done
[ ! -e /usr/share/themenfeldplaner ] || fail "/usr/share/themenfeldplaner is left after removal"
step "OK: built, installed, started, counted, validated and removed cleanly"
