#!/usr/bin/env bash
# Checks the ITS rules of content packs (data/its/pack.its, pack.loc) against
# every pack that has a po-packs/ folder:
#  - POTFILES names pack.xml and every questions/*.xml of the pack;
#  - itstool (which makes the template and merges translations back) and
#    xgettext (GETTEXTDATADIRS=data, as msgfmt and Meson's i18n use it) agree:
#    every xgettext msgid is also an itstool msgid, and the only strings
#    itstool adds are option texts ending in the <_:why-1/> placeholder,
#    which xgettext 0.21 cannot extract;
#  - no service name, alias or id is offered for translation.
set -euo pipefail

src=${SYLLABUS_SOURCE_DIR:?}
cd "$src"
status=0
n=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

ok () { n=$((n + 1)); echo "ok $n $*"; }
fail () { n=$((n + 1)); echo "not ok $n $*"; status=1; }
list () { grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$1" || true; }
# The msgids of a po or pot file, one per line, unwrapped and sorted.
msgids () { msgcat --no-wrap --sort-output "$1" | sed -n 's/^msgid "\(..*\)"$/\1/p' | sort -u; }

echo "TAP version 13"

for dir in po-packs/*/; do
  id=$(basename "$dir")
  pack=data/packs/$id

  expected=$( { echo "$pack/pack.xml"; ls "$pack"/questions/*.xml 2>/dev/null; } | sort)
  if [ "$expected" = "$(list "$dir/POTFILES" | sort)" ]; then
    ok "$id: POTFILES names pack.xml and every questions file"
  else
    fail "$id: POTFILES differs from the pack's files: $(diff <(echo "$expected") <(list "$dir/POTFILES" | sort) | grep '^[<>]' | tr '\n' ' ')"
  fi

  mapfile -t files < <(list "$dir/POTFILES")
  itstool -i data/its/pack.its -o "$tmp/itstool.pot" "${files[@]}"
  GETTEXTDATADIRS=data xgettext --from-code=UTF-8 -o "$tmp/xgettext.pot" "${files[@]}" 2>"$tmp/err" ||
    { fail "$id: xgettext failed: $(cat "$tmp/err")"; continue; }
  if grep -q "unknown" "$tmp/err"; then
    fail "$id: xgettext did not find data/its/pack.loc: $(cat "$tmp/err")"
  else
    ok "$id: xgettext finds the pack ITS rules"
  fi
  msgids "$tmp/itstool.pot" > "$tmp/itstool.ids"
  msgids "$tmp/xgettext.pot" > "$tmp/xgettext.ids"

  only_x=$(comm -23 "$tmp/xgettext.ids" "$tmp/itstool.ids" | wc -l)
  if [ "$only_x" -eq 0 ] && [ -s "$tmp/xgettext.ids" ]; then
    ok "$id: every xgettext msgid ($(wc -l < "$tmp/xgettext.ids")) is an itstool msgid"
  else
    fail "$id: $only_x xgettext msgids differ from itstool's, e.g. $(comm -23 "$tmp/xgettext.ids" "$tmp/itstool.ids" | head -1)"
  fi

  comm -13 "$tmp/xgettext.ids" "$tmp/itstool.ids" > "$tmp/only-itstool"
  odd=$(grep -vc '<_:why-1/>$' "$tmp/only-itstool" || true)
  if [ "$odd" -eq 0 ] && [ -s "$tmp/only-itstool" ]; then
    ok "$id: itstool adds only option texts with their why placeholder ($(wc -l < "$tmp/only-itstool"))"
  else
    fail "$id: itstool adds $odd msgids that are not options, e.g. $(grep -v '<_:why-1/>$' "$tmp/only-itstool" | head -1)"
  fi

  # Service names and aliases are never translated; ids are attributes.
  # itstool notes the element path of every string.
  leaked=$(grep -E '^#\. \(itstool\) path: .*/(name|alias)$' "$tmp/itstool.pot" | sort -u || true)
  if [ -z "$leaked" ] && grep -q '<name>' "$pack/pack.xml"; then
    ok "$id: no service name or alias is offered for translation"
  else
    fail "$id: service names offered for translation: $(echo "$leaked" | tr '\n' ';')"
  fi
  if grep -qE '^msgid "(q[0-9]+|d[0-9]+|[0-9]+\.[0-9]+)"$' "$tmp/itstool.pot"; then
    fail "$id: an id is offered for translation"
  else
    ok "$id: no id is a msgid"
  fi
done

# The strings of the second wave, on tests/packs/second-wave (the shipped
# pack has no references or errata yet): reference titles and errata are
# offered for translation, with the same msgids from xgettext; addresses,
# the report address and the question an erratum names are not.
fixture=tests/packs/second-wave
mapfile -t files < <(ls "$fixture/pack.xml" "$fixture"/questions/*.xml)
itstool -i data/its/pack.its -o "$tmp/second-wave.pot" "${files[@]}"
GETTEXTDATADIRS=data xgettext --from-code=UTF-8 -o "$tmp/second-wave-x.pot" "${files[@]}"
for msgid in "What is AWS CodeBuild?" "Build specification reference for CodeBuild" \
             "The key was B; Make compares times, so A is right." \
             "The why of the wrong option named the wrong tool."; do
  if grep -qxF "msgid \"$msgid\"" "$tmp/second-wave.pot" && grep -qxF "msgid \"$msgid\"" "$tmp/second-wave-x.pot"; then
    ok "second-wave: \"$msgid\" is offered for translation by itstool and xgettext"
  else
    fail "second-wave: \"$msgid\" is not offered for translation by both itstool and xgettext"
  fi
done
if grep -qE '^msgid "(.*(https://|mailto:).*|s1|m1|t1|2|3)"$' "$tmp/second-wave.pot"; then
  fail "second-wave: an address or a question id is offered for translation"
else
  ok "second-wave: no address and no question id is offered for translation"
fi
if grep -q '^#\. s1$' "$tmp/second-wave.pot"; then
  ok "second-wave: an erratum's note names its question"
else
  fail "second-wave: no note names the question of an erratum"
fi

echo "1..$n"
exit $status
