#!/bin/bash
# check-potfiles.sh SRCDIR: po/POTFILES.in lists exactly the files that hold
# translatable strings, and every file it lists exists.
#
# Copyright 2026 The IDO Regie authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

srcdir=$1
cd "$srcdir"
potfiles=po/POTFILES.in
[ -f "$potfiles" ] || { echo "FAIL: $potfiles is missing" >&2; exit 1; }

listed=$(mktemp)
needed=$(mktemp)
trap 'rm -f "$listed" "$needed"' EXIT

# Entries without comments, blank lines or surrounding white space.
sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$potfiles" |
  grep -v '^$' | LC_ALL=C sort > "$listed" || true

status=0

dups=$(uniq -d "$listed")
if [ -n "$dups" ]; then
  echo "FAIL: listed more than once in $potfiles:" >&2
  printf '%s\n' "$dups" | sed 's/^/  /' >&2
  status=1
fi

while IFS= read -r f; do
  if [ ! -f "$f" ]; then
    echo "FAIL: $potfiles lists $f, which does not exist" >&2
    status=1
  fi
done < "$listed"

# Sources and templates with translatable strings: _("..."), N_("..."),
# C_(...), NC_(...) in C, translatable="yes" in GtkBuilder files.
{
  if [ -d src ]; then
    find src -type f \( -name '*.c' -o -name '*.h' \) -print0 |
      xargs -0 -r grep -l -E '(^|[^A-Za-z0-9_])(N?_\("|N?C_\()' || true
  fi
  if [ -d data/ui ]; then
    find data/ui -type f -name '*.ui' -print0 |
      xargs -0 -r grep -l -E 'translatable="(yes|true|1)"' || true
  fi
  # Desktop file, metainfo and settings schema are always translated.
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml 2>/dev/null || true
} | LC_ALL=C sort -u > "$needed"

missing=$(LC_ALL=C comm -23 "$needed" "$listed")
if [ -n "$missing" ]; then
  echo "FAIL: these files have translatable strings but are not in $potfiles:" >&2
  printf '%s\n' "$missing" | sed 's/^/  /' >&2
  status=1
fi

if [ "$status" = 0 ]; then
  echo "ok: $potfiles lists all $(wc -l < "$needed") files with translatable strings"
fi
exit "$status"
