#!/usr/bin/env bash
# Checks that every file with translatable strings is listed in po/POTFILES
# and that xgettext, run as `meson compile syllabus-pot` runs it, extracts
# strings from each kind of file: C, .ui, desktop, metainfo and schema.
set -euo pipefail

src=${SYLLABUS_SOURCE_DIR:?}
cd "$src"
status=0

echo "TAP version 13"

# 1. Every file that marks strings is in POTFILES.
missing=$( { grep -rlE '\b(N?_|C_|NC_|g_dngettext|ngettext)\s*\(' src --include='*.c' || true
             grep -rl 'translatable="yes"' ui --include='*.ui' || true; } |
           sort -u | while read -r f; do grep -qx "$f" po/POTFILES || echo "$f"; done)
if [ -z "$missing" ]; then
  echo "ok 1 every file with translatable strings is in po/POTFILES"
else
  echo "not ok 1 not in po/POTFILES: $missing"; status=1
fi

# 2. POTFILES is sorted and names only files that exist.
if sort -c po/POTFILES 2>/dev/null && while read -r f; do [ -f "$f" ] || exit 1; done < po/POTFILES; then
  echo "ok 2 po/POTFILES is sorted and every file in it exists"
else
  echo "not ok 2 po/POTFILES is unsorted or names a missing file"; status=1
fi

# 3. xgettext extracts strings of every kind.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
xgettext --package-name=syllabus --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  -f po/POTFILES -o "$tmp/syllabus.pot" 2>"$tmp/err"
n=3
for s in 'msgid "Print the version and exit"' 'msgid "Dashboard"' 'msgid "Exam Trainer"' \
         'msgid "Prepare for a certification exam"' 'msgid "Daily goal"'; do
  if grep -qF "$s" "$tmp/syllabus.pot"; then
    echo "ok $n pot has $s"
  else
    echo "not ok $n pot lacks $s"; status=1
  fi
  n=$((n + 1))
done
echo "1..$((n - 1))"
exit $status
