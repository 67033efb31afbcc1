#!/usr/bin/env bash
# Checks the Flatpak manifest offline: it parses, names the app, builds with
# Meson and grants no network access (the app is offline by design).
set -euo pipefail

manifest=${SYLLABUS_SOURCE_DIR:?}/flatpak/io.github.syllabus.Syllabus.json
echo "TAP version 13"
echo "1..3"

python3 - "$manifest" "${SYLLABUS_APP_ID:?}" "${SYLLABUS_COMMAND:?}" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
# The manifest must name what meson builds: the same app id and binary.
ok = m["id"] == sys.argv[2] and m["command"] == sys.argv[3]
# GNOME supports its two newest releases; 48 reached its end of life in
# 2026. Raise this floor as releases end.
ok = ok and m.get("runtime") == "org.gnome.Platform" and int(m.get("runtime-version", "0")) >= 50
# The Flatpak is an installed build: it must not fall back to a source tree.
opts = [o for mod in m.get("modules", []) if isinstance(mod, dict) and mod.get("name") == "syllabus"
        for o in mod.get("config-opts", [])]
ok = ok and "-Dsource_pack_fallback=false" in opts
# libarchive (QTI packages) is built as a module of its own, pinned by
# checksum, so that the build does not depend on what the runtime ships.
names = [mod.get("name") for mod in m.get("modules", []) if isinstance(mod, dict)]
ok = ok and "libarchive" in names and names.index("libarchive") < names.index("syllabus")
ok = ok and all(src.get("sha256") for mod in m["modules"] if isinstance(mod, dict) and mod.get("name") != "syllabus"
                for src in mod.get("sources", []) if src.get("type") == "archive")
print(("ok" if ok else "not ok") + " 1 manifest names the app id and command meson builds, on a supported GNOME runtime, as an installed build, with its pinned libarchive module")
net = [a for a in m.get("finish-args", []) if a.startswith("--share=network")]
print(("not ok" if net else "ok") + " 2 no network permission")
sys.exit(0 if ok and not net else 1)
PY

if command -v flatpak-builder >/dev/null 2>&1; then
  # flatpak-builder leaves a state folder in the current directory.
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; cd "$tmp"
  G_DEBUG=fatal-warnings flatpak-builder --show-manifest "$manifest" >/dev/null
  echo "ok 3 flatpak-builder reads the manifest without warnings"
else
  echo "ok 3 # SKIP flatpak-builder is not installed"
fi
