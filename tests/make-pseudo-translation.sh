#!/usr/bin/env bash
# tests/make-pseudo-translation.sh OUTDIR PACKDIR LANG
#
# Builds a pseudo-translation of the folder pack PACKDIR for
# test-pack-translation: a template made from the pack files as they are
# now (pack.xml and questions/*.xml, which po-packs/ID/POTFILES lists for a
# shipped pack; not the committed .pot, which may lag behind), every msgstr
# set to "[x] " + msgid, compiled, and merged by build-aux/translate-pack as
# the real translations are. If every string of the loaded pack comes back
# as "[x] " + its English text, the msgids of itstool, of the build and of
# the core agree for all of them.
set -euo pipefail

out=$(realpath -m "$1") pack=$2 lang=$3
src=${MESON_SOURCE_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$src"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

files=("$pack/pack.xml")
for file in "$pack"/questions/*.xml; do
  [ -e "$file" ] && files+=("$file")
done
itstool -i data/its/pack.its -o "$tmp/pack.pot" "${files[@]}"
msgen -o "$tmp/en.po" "$tmp/pack.pot"
msgfilter --keep-header -i "$tmp/en.po" -o "$tmp/$lang.po" sed -e 's/^/[x] /'
msgfmt -o "$tmp/$lang.mo" "$tmp/$lang.po"
build-aux/translate-pack "$out" data/its/pack.its "$pack" "$lang" "$tmp/$lang.mo"
