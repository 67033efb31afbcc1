#!/usr/bin/env bash
# Runs `syllabus-pack lint` on every pack shipped in data/packs and fails on
# any finding, so that the shipped packs stay lint-clean (see "lint" in
# docs/pack-format.md). The findings are printed as TAP diagnostics.
set -uo pipefail

tool=${SYLLABUS_BUILD_DIR:?}/src/syllabus-pack
packs=${SYLLABUS_PACK_DIR:?}
n=0
status=0


echo "TAP version 13"

for pack in "$packs"/*/; do
  pack=${pack%/}
  [ -f "$pack/pack.xml" ] || continue
  n=$((n + 1))
  out=$("$tool" lint "$pack" 2>/dev/null)
  rc=$?
  findings=$(grep -E ': (warning|error): ' <<<"$out" || true)
  if [ -z "$findings" ] && [ $rc -eq 0 ]; then
    echo "ok $n syllabus-pack lint $(basename "$pack"): no findings"
  else
    echo "not ok $n syllabus-pack lint $(basename "$pack") (exit $rc)"
    sed 's/^/# /' <<<"${findings:-$out}"
    status=1
  fi
done

if [ $n -eq 0 ]; then
  n=1
  echo "not ok 1 no pack (folder with pack.xml) in $packs"
  status=1
fi

echo "1..$n"
exit $status
