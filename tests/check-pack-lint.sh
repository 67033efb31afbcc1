#!/usr/bin/env bash
# Runs `syllabus-pack lint` on every pack shipped in data/packs and fails on
# any finding, so that the shipped packs stay lint-clean (see "lint" in
# docs/pack-format.md). The findings are printed as TAP diagnostics.
set -uo pipefail

tool=${SYLLABUS_BUILD_DIR:?}/src/syllabus-pack
packs=${SYLLABUS_PACK_DIR:?}
n=0
status=0

# ---------------------------------------------------------------------------
# THE ONE EXCEPTION, while the question bank grows (issue 12). The writers
# add a checked <reference> to every question and bring every task
# statement to 20 questions on their own branches; until that has landed,
# these two rules of the shipped pack are reported here but do not fail:
#   SYL_LINT_ALLOW_MISSING_REFERENCES  the rule [no-reference]
#   SYL_LINT_ALLOW_THIN_TASKS          the rule [task-coverage]
# The lead sets both to 0 (or deletes this block and the filter below) when
# the bank is complete. Every other finding fails now.
SYL_LINT_ALLOW_MISSING_REFERENCES=${SYL_LINT_ALLOW_MISSING_REFERENCES:-1}
SYL_LINT_ALLOW_THIN_TASKS=${SYL_LINT_ALLOW_THIN_TASKS:-1}
allowed=()
[ "$SYL_LINT_ALLOW_MISSING_REFERENCES" = 1 ] && allowed+=(-e ' \[no-reference\]$')
[ "$SYL_LINT_ALLOW_THIN_TASKS" = 1 ] && allowed+=(-e ' \[task-coverage\]$')
# ---------------------------------------------------------------------------

echo "TAP version 13"

for pack in "$packs"/*/; do
  pack=${pack%/}
  [ -f "$pack/pack.xml" ] || continue
  n=$((n + 1))
  out=$("$tool" lint "$pack" 2>/dev/null)
  rc=$?
  findings=$(grep -E ': (warning|error): ' <<<"$out" || true)
  if [ ${#allowed[@]} -gt 0 ]; then
    tolerated=$(grep -c "${allowed[@]}" <<<"$findings" || true)
    findings=$(grep -v "${allowed[@]}" <<<"$findings" || true)
  else
    tolerated=0
  fi
  if [ -z "$findings" ] && { [ $rc -eq 0 ] || [ "$tolerated" -gt 0 ]; }; then
    echo "ok $n syllabus-pack lint $(basename "$pack"): no findings${tolerated:+ but the $tolerated the exception above allows}"
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
