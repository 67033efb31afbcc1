#!/usr/bin/env bash
# tests/check-installed.sh BUILD_DIR: installs the build configured in
# BUILD_DIR (by build-aux/test, with its prefix inside BUILD_DIR and
# -Dsource_pack_fallback=false) and starts the installed app from that
# prefix with none of the source tree's variables, the closest offline
# check of the Flatpak build: the schema, desktop file, metainfo, icons,
# packs, translated packs and catalogs must all be found where they were
# installed. Prints TAP.
set -uo pipefail

build=${1:?usage: check-installed.sh BUILD_DIR}
app_id=io.github.syllabus.Syllabus
prefix=$(meson introspect --buildoptions "$build" |
         python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
work=$(mktemp -d)
app_pid=
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"' EXIT

n=0
failed=0
check () {
  local what=$1; shift
  n=$((n + 1))
  if "$@" >"$work/out" 2>&1; then
    echo "ok $n $what"
  else
    echo "not ok $n $what"; sed 's/^/# /' "$work/out" | head -n 20
    failed=$((failed + 1))
  fi
}

echo "TAP version 13"

rm -rf "$prefix"
check "meson install into $prefix" meson install -C "$build" --no-rebuild --quiet

share=$prefix/share
check "the binaries are installed" test -x "$prefix/bin/syllabus" -a -x "$prefix/bin/syllabus-pack"
check "the desktop file is installed and valid" desktop-file-validate "$share/applications/$app_id.desktop"
check "the metainfo is installed and valid" appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
check "the GSettings schema is installed and compiled" \
  test -f "$share/glib-2.0/schemas/$app_id.gschema.xml" -a -f "$share/glib-2.0/schemas/gschemas.compiled"
check "the icons are installed" test -f "$share/icons/hicolor/scalable/apps/$app_id.svg" \
  -a -f "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
check "the installed syllabus-pack validates the installed pack" \
  "$prefix/bin/syllabus-pack" validate "$share/syllabus/packs/aws-dop-c02"
for lang in $(cat "$(dirname "$0")/../po/LINGUAS"); do
  check "the $lang interface catalog is installed" test -f "$share/locale/$lang/LC_MESSAGES/syllabus.mo"
  check "the $lang pack translation is installed" \
    test -f "$share/syllabus/packs/aws-dop-c02/translations/$lang/pack.mo" \
    -a -f "$share/syllabus/packs/aws-dop-c02/translations/$lang/pack.xml"
done

# The installed app, in German, with a clean environment: only what any
# desktop session sets, and XDG_DATA_DIRS naming the prefix as a system
# would (that is how GLib finds the installed schema).
mkdir -p "$work/home" "$work/data"
env -i PATH=/usr/bin:/bin HOME="$work/home" DISPLAY="${DISPLAY:-}" XAUTHORITY="${XAUTHORITY:-}" \
    XDG_DATA_DIRS="$share:/usr/local/share:/usr/share" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work" GSETTINGS_BACKEND=memory \
    LANGUAGE=de LC_ALL=C.UTF-8 G_MESSAGES_DEBUG=all GTK_A11Y=none NO_AT_BRIDGE=1 \
    "$prefix/bin/syllabus" --data-dir "$work/data" >"$work/log" 2>&1 &
app_pid=$!
for _ in $(seq 300); do
  grep -q "Loaded pack aws-dop-c02" "$work/log" && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
sleep 0.5
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; app_pid=

loaded_from () { grep -q "Loaded pack aws-dop-c02 .* from $share/syllabus/packs/aws-dop-c02" "$work/log"; }
check "the installed app loads the installed pack" loaded_from
translated () { grep -q "Using the de translation of aws-dop-c02 from $share/syllabus/packs/aws-dop-c02/translations/de" "$work/log"; }
check "the installed app uses the installed German pack translation" translated
catalogs () { grep -q "Interface catalogs from $share/locale" "$work/log"; }
check "the installed app reads its catalogs from the prefix" catalogs
no_warnings () { ! grep -E "(WARNING|CRITICAL)" "$work/log"; }
check "the installed app starts without warnings" no_warnings
if [ "$failed" -gt 0 ]; then
  echo "# the app's log:"; sed 's/^/# /' "$work/log" | grep -v "DEBUG" | head -n 40
fi

echo "1..$n"
[ "$failed" -eq 0 ]
