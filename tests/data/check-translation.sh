#!/bin/bash
# check-translation.sh SRCDIR LANG: po/LANG.po is complete (no untranslated
# or fuzzy messages) and covers every message of the current sources.
#
# Copyright 2026 The IDO Regie authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

srcdir=$1
lang=$2
cd "$srcdir"
po=po/$lang.po

if [ ! -f "$po" ]; then
  echo "FAIL: $po is missing: the $lang translation must exist and be complete" >&2
  echo "      (create it with msginit from po/ido-regie.pot; see HACKING.md)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. Syntax, format strings and statistics.
if ! msgfmt --check --statistics -o /dev/null "$po" 2> "$tmp/stats"; then
  cat "$tmp/stats" >&2
  echo "FAIL: msgfmt --check found errors in $po" >&2
  exit 1
fi
cat "$tmp/stats"
stats=$(grep -E 'translated message' "$tmp/stats" | tail -n 1)
if printf '%s' "$stats" | grep -q -E 'fuzzy|untranslated'; then
  echo "FAIL: $po has fuzzy or untranslated messages:" >&2
  # Show the offending entries, without the header entry.
  for which in --only-fuzzy --untranslated; do
    msgattrib "$which" --no-obsolete --no-wrap "$po" 2>/dev/null |
      awk 'BEGIN { RS = ""; ORS = "\n\n" } !/^(#[^\n]*\n)*msgid ""\nmsgstr ""/' >&2 || true
  done
  exit 1
fi

# 2. Coverage: extract the current messages the way po/meson.build does
# (i18n.gettext preset 'glib') and compare.
xgettext --package-name=ido-regie --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format \
  --directory=. --files-from=po/POTFILES.in --output="$tmp/current.pot"

# msgcmp fails for every message of the sources that LANG.po does not
# translate (missing, untranslated or fuzzy).
if ! msgcmp "$po" "$tmp/current.pot" 2> "$tmp/cmp"; then
  cat "$tmp/cmp" >&2
  echo "FAIL: $po does not translate every message of the current sources;" >&2
  echo "      run: meson compile -C _build ido-regie-update-po, then translate" >&2
  exit 1
fi
# The count includes the header entry.
n=$(grep -c '^msgid ' "$tmp/current.pot")
echo "ok: $po translates all $((n - 1)) messages of the current sources"
