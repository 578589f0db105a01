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
# TFP_HARDENING=OFF (for a quick look only) builds without Debian's hardening flags and skips their check.
hardening=${TFP_HARDENING:-ON}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTFP_BUILD_TESTS=OFF -DTFP_HARDENING="$hardening" \
  "${launcher[@]}" >/dev/null
rm -f "$build"/themenfeldplaner_*.deb
cmake --build "$build" --target package -j2 >/dev/null
deb=$(ls "$build"/themenfeldplaner_*.deb)
[ -f "$deb" ] || fail "no .deb in $build"
depends=$(dpkg-deb -f "$deb" Depends)
step "$(basename "$deb"): Depends: $depends"
# The Arbeitsplan PDF needs cairo (drawing, tags, outline), fontconfig and qpdf (finishing); the exchange formats
# need libxlsxwriter and minizip; the loader reads through libsqlite3 directly; a server catalog needs the QPSQL
# driver and libpq, which reads its address.
for dep in libqt6widgets6 libqt6printsupport6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libpq5 \
  qt6-translations-l10n libc6 libcairo2 libfontconfig1 libqpdf29 libxlsxwriter libminizip1 libsqlite3-0; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

step "lintian (no error, no warning; the overrides carry their reasons)"
lintian_out=$(lintian --display-info --tag-display-limit 0 "$deb" 2>&1 || true)
[ -z "$lintian_out" ] || printf '%s\n' "$lintian_out"
! grep -qE '^(E|W): ' <<<"$lintian_out" || fail "lintian reports errors or warnings"

if [ "$hardening" = OFF ]; then
  step "NOT checking the hardening: built with TFP_HARDENING=OFF"
else
  step "hardening of the programs (relro, BIND_NOW, PIE, stack protector, fortified calls)"
  unpacked=$(mktemp -d)
  dpkg-deb -x "$deb" "$unpacked"
  # Each readelf output is read whole before grep looks at it: `readelf … | grep -q` fails under pipefail when
  # grep stops early and readelf dies of SIGPIPE.
  for prog in tfp themenfeldplaner; do
    bin="$unpacked/usr/bin/$prog"
    segments=$(readelf -lW "$bin") dynamic=$(readelf -dW "$bin") header=$(readelf -hW "$bin")
    symbols=$(readelf -sW --dyn-syms "$bin")
    grep -q GNU_RELRO <<<"$segments" || fail "$prog has no relro segment"
    grep -qE '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' <<<"$dynamic" || fail "$prog is not linked with -z now"
    grep -q 'DYN (Position-Independent Executable' <<<"$header" || fail "$prog is not a PIE"
    grep -q __stack_chk_fail <<<"$symbols" || fail "$prog has no stack protector"
  done
  # FORTIFY_SOURCE replaces a libc call only where the compiler knows the size of the buffer; the programs are
  # C++ and Qt and make hardly any such call, so lintian says "hardening-no-fortify-functions" (an information,
  # not a warning). That every file was compiled with it is checked instead.
  grep -q -- '-D_FORTIFY_SOURCE=2' "$build/compile_commands.json" || fail "the package was built without FORTIFY_SOURCE"
  ! grep '"command"' "$build/compile_commands.json" | grep -v -- '-D_FORTIFY_SOURCE=2' >/dev/null ||
    fail "a file of the package was compiled without FORTIFY_SOURCE"
  rm -rf "$unpacked"
fi

step "installing with apt-get"
# A copy of the same version left by an earlier run would not be replaced: start from none.
$SUDO apt-get remove -y -qq --purge themenfeldplaner >/dev/null 2>&1 || true
$SUDO apt-get install -y -qq "./$deb" >/dev/null
mapfile -t files < <(dpkg -L themenfeldplaner | while read -r f; do [ -f "$f" ] && echo "$f"; done)
app_id=de.ozgplanung.themenfeldplaner
expected=(/usr/bin/tfp /usr/bin/themenfeldplaner
  /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/$app_id.svg
  /usr/share/themenfeldplaner/translations/themenfeldplaner_de.qm
  /usr/share/themenfeldplaner/translations/themenfeldplaner_en.qm
  /usr/share/themenfeldplaner/help/de/index.html /usr/share/themenfeldplaner/help/en/index.html
  /usr/share/mime/packages/$app_id.xml /usr/share/man/man1/tfp.1.gz /usr/share/man/man1/themenfeldplaner.1.gz
  /usr/share/doc/themenfeldplaner/copyright /usr/share/doc/themenfeldplaner/changelog.gz
  /usr/share/doc/themenfeldplaner/manual.md /usr/share/doc/themenfeldplaner/cli.md
  /usr/share/doc/themenfeldplaner/formats.md)
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

for prog in tfp themenfeldplaner; do # written from --help: the title, and the program's own description
  man=$(zcat /usr/share/man/man1/$prog.1.gz)
  grep -q "^\.TH ${prog^^} \"1\"" <<<"$man" || fail "the man page of $prog has no title"
  ! grep -q '??' <<<"$man" || fail "the man page of $prog lost its umlauts"
  grep -q "workshop\|Workshop" <<<"$man" || fail "the man page of $prog does not describe it"
done

step "validating the desktop entry and the AppStream metainfo"
desktop-file-validate /usr/share/applications/$app_id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
# The first start asks once for the author's name (a modal dialog); headless, the answer is given beforehand.
mkdir -p "$home/.config/Themenfeldplaner"
printf '[user]\nauthorAsked=true\n' >"$home/.config/Themenfeldplaner/Themenfeldplaner.conf"
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

step "checking the file types and what opens them"
in_home() { env -i HOME="$home" PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen "$@"; }
in_home /usr/bin/tfp review-pack "$catalog" --themenfeld "Familie & Kind" -o "$home/sitzung.tfreview" >/dev/null
cp "$catalog" "$home/plan.tfplan"
cp "$catalog" "$home/umbenannt"         # a renamed catalog: known by its application_id
cp "$catalog" "$home/umbenannt.sqlite"  # the magic is more specific than the SQLite glob
cp "$home/sitzung.tfreview" "$home/paket-umbenannt" # a package is a catalog file: opened the same way
sqlite3 "$home/fremd.db" 'CREATE TABLE t(x);' # an SQLite file that is no catalog
expect_type() {
  local got
  got=$(in_home gio info -a standard::content-type "$home/$1" | sed -n 's/^ *standard::content-type: //p')
  [ "$got" = "$2" ] || fail "gio takes $1 for ${got:-nothing} instead of $2"
}
expect_type plan.tfplan application/x-themenfeldplaner-catalog
expect_type umbenannt application/x-themenfeldplaner-catalog
expect_type umbenannt.sqlite application/x-themenfeldplaner-catalog
expect_type sitzung.tfreview application/x-themenfeldplaner-review
expect_type paket-umbenannt application/x-themenfeldplaner-catalog
expect_type fremd.db application/vnd.sqlite3
for type in application/x-themenfeldplaner-catalog application/x-themenfeldplaner-review; do
  in_home gio mime "$type" | grep -q "^Default application for .*: $app_id.desktop\$" ||
    fail "$app_id.desktop is not the default application for $type: $(in_home gio mime "$type" | head -1)"
done

# A double click: gio starts the desktop entry's Exec line with the package; the app records what it opened.
step "opening the workshop package as a double click would (gio open)"
in_home gio open "$home/sitzung.tfreview"
opened=""
for _ in $(seq 30); do
  grep -qF "lastCatalog=$home/sitzung.tfreview" "$home/.config/Themenfeldplaner/Themenfeldplaner.conf" &&
    opened=yes && break
  sleep 0.5
done
pid=$(pgrep -f "^(/usr/bin/)?themenfeldplaner $home/sitzung.tfreview\$" || true)
[ -n "$pid" ] && kill "$pid"
[ -n "$opened" ] || fail "the app did not open $home/sitzung.tfreview"
[ -n "$pid" ] || fail "gio open did not start themenfeldplaner with the package"

step "removing the package"
$SUDO apt-get remove -y -qq --purge themenfeldplaner >/dev/null
if dpkg -L themenfeldplaner >/dev/null 2>&1; then fail "dpkg still lists files of themenfeldplaner"; fi
for f in "${files[@]}"; do [ ! -e "$f" ] || fail "$f is left after removal"; done
[ ! -e /usr/share/themenfeldplaner ] || fail "/usr/share/themenfeldplaner is left after removal"
# shared-mime-info's trigger rebuilt the MIME database without the two types.
[ ! -e /usr/share/mime/application/x-themenfeldplaner-catalog.xml ] || fail "the MIME database still knows the catalog type"
step "OK: built, installed, started, counted, validated and removed cleanly"
