#!/usr/bin/env bash
# No pack translation holds a fuzzy entry with text in it. msgmerge fills
# a new or changed string with the nearest old translation and marks it
# fuzzy; in a pack that can be the text of another option, and a fuzzy
# string must never be able to put a wrong answer on screen (the
# translation review found eight). A fuzzy entry is emptied instead, so
# that the English shows until a translator has looked at it
# (docs/translating.md).
set -euo pipefail

src=${SYLLABUS_SOURCE_DIR:?}
cd "$src"

echo "TAP version 13"
n=0
status=0
for po in po-packs/*/*.po; do
  n=$((n + 1))
  # Fuzzy, not obsolete, with a translation; the header is not counted.
  entries=$(msgattrib --only-fuzzy --no-obsolete --translated --no-wrap "$po" |
            awk '/^msgid "/ { if ($0 != "msgid \"\"") print }')
  count=$(printf '%s' "$entries" | grep -c '^msgid ' || true)
  if [ "$count" -eq 0 ]; then
    echo "ok $n $po has no fuzzy entry with a translation"
  else
    echo "not ok $n $po has $count fuzzy entries with a translation:"
    printf '%s\n' "$entries" | sed 's/^/# /'
    status=1
  fi
done
echo "1..$n"
exit $status
