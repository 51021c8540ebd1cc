#!/usr/bin/env bash
# Builds the .deb, checks it with lintian, installs it with apt into a fresh Debian 12 root made by
# debootstrap, runs the installed CLI and GUI there, and uninstalls it again, checking nothing is left.
#   install-test.sh BUILD_DIR VERSION
set -euo pipefail
build="$(cd "$1" && pwd)"
version="$2"
root="$build/packaging-test/bookworm"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
in_root() { as_root chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== cpack"
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
deb="$(ls "$build"/recall-lookup_*_*.deb | head -n 1)"
tgz="$(ls "$build"/recall-lookup_*_*.tar.gz | head -n 1)"
echo "built $(basename "$deb") and $(basename "$tgz")"

echo "== lintian"
lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'root privileges' | tee "$build/lintian.txt" || true
if grep -q '^E:' "$build/lintian.txt"; then echo "lintian reports errors" >&2; exit 1; fi

echo "== a fresh Debian 12 root"
if [ ! -x "$root/usr/bin/apt-get" ]; then
    as_root rm -rf "$root"
    mkdir -p "$(dirname "$root")"
    as_root debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$build/debootstrap.log" 2>&1 \
        || { tail -20 "$build/debootstrap.log" >&2; exit 1; }
fi
cleanup() { as_root umount "$root/proc" 2>/dev/null || true; }
trap cleanup EXIT
as_root mount -t proc proc "$root/proc"
as_root cp "$deb" "$root/tmp/recall-lookup.deb"

echo "== apt-get install ./recall-lookup.deb"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/recall-lookup.deb >/dev/null
touch_marker=/tmp/installed-marker
in_root touch "$touch_marker"

echo "== the installed programs"
# They link only the system's libraries: a search path of their own would only make the loader look elsewhere first.
for program in recall-lookup recall-lookup-cli; do
    dynamic="$(readelf -d "$root/usr/bin/$program")"
    grep -q NEEDED <<<"$dynamic"
    if grep -qE 'RPATH|RUNPATH' <<<"$dynamic"; then echo "$program has a library search path" >&2; exit 1; fi
done
reported="$(in_root recall-lookup-cli --version)"
echo "$reported"
[ "$reported" = "recall-lookup-cli $version" ] || { echo "expected version $version" >&2; exit 1; }
dpkg-deb -f "$deb" Version | grep -qx "$version"
verdict="$(in_root recall-lookup-cli check --model A3130 --colour white --json | grep '"verdict"' | tail -n 1)"
echo "check: $verdict"
grep -q '"not_affected"' <<<"$verdict"
in_root recall-lookup-cli check --jan 4571411205163 --lang ja | head -n 3
in_root install -d -m 700 /tmp/runtime
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime HOME=/root recall-lookup --render-pages /tmp/pages >/dev/null
for page in home-ja product-ja check-en; do
    test -s "$root/tmp/pages/$page.png" || { echo "missing page $page" >&2; exit 1; }
done
echo "GUI rendered $(ls "$root/tmp/pages" | wc -l) pages"
changed="$(in_root find /usr -newer "$touch_marker" -type f | head -n 5)"
if [ -n "$changed" ]; then echo "written under /usr at run time: $changed" >&2; exit 1; fi
test -f "$root/root/.local/share/recall-lookup/catalogue.sqlite"

echo "== desktop integration"
in_root test -f /usr/share/applications/jp.recalllookup.RecallLookup.desktop
in_root test -f /usr/share/icons/hicolor/scalable/apps/jp.recalllookup.RecallLookup.svg
in_root test -f /usr/share/icons/hicolor/48x48/apps/jp.recalllookup.RecallLookup.png
in_root test -f /usr/share/man/man1/recall-lookup-cli.1.gz
grep -q 'Name\[ja\]=リコール検索' "$root/usr/share/applications/jp.recalllookup.RecallLookup.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/jp.recalllookup.RecallLookup.metainfo.xml" >/dev/null
desktop-file-validate "$root/usr/share/applications/jp.recalllookup.RecallLookup.desktop"

echo "== uninstall"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq recall-lookup >/dev/null
if in_root test -e /usr/bin/recall-lookup || in_root test -e /usr/share/applications/jp.recalllookup.RecallLookup.desktop \
    || in_root test -d /usr/share/doc/recall-lookup; then
    echo "files left after uninstalling" >&2; exit 1
fi
echo "packaging test passed"
