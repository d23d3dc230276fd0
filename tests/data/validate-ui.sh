#!/bin/bash
# validate-ui.sh SRCDIR TYPES_MODULE: validate every GtkBuilder file in
# SRCDIR/data/ui with gtk4-builder-tool.
#
# Copyright 2026 The IDO Regie authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# gtk4-builder-tool only knows GTK's own types. TYPES_MODULE is a shared
# module built from ido-ui (and so linked with libadwaita) that is preloaded
# into the tool: the builder then finds adw_*_get_type() and ido_*_get_type()
# by name, and a template of one of our classes is validated against the real
# class (its parent, properties and template children) instead of a fake one.
# The files are found here, at test time, so new ones are always covered.

set -eu

srcdir=$1
module=$(realpath "$2")

if ! command -v gtk4-builder-tool >/dev/null 2>&1; then
  echo "SKIP: gtk4-builder-tool is not installed" >&2
  exit 77
fi

# The tool needs a display.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if [ -z "${IDO_UNDER_XVFB:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
    export IDO_UNDER_XVFB=1
    exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$@"
  fi
  echo "SKIP: no display and no xvfb-run to validate the .ui files" >&2
  exit 77
fi

mapfile -t files < <(find "$srcdir/data/ui" -type f -name '*.ui' 2>/dev/null | LC_ALL=C sort)
if [ "${#files[@]}" = 0 ]; then
  echo "SKIP: no .ui files in $srcdir/data/ui" >&2
  exit 77
fi

# gtk4-builder-tool installs its own log writer, so G_DEBUG=fatal-criticals
# has no effect: a critical or warning in its output (for instance a template
# child that the class binds but the file lacks) fails the file instead.
# The only message ignored is the missing session bus under a bare Xvfb.
noise='Unable to acquire session bus'
# In a sanitizer build (-Db_sanitize) the module needs the ASan runtime loaded
# before everything else, so it is preloaded first; leaks of the tool itself
# are not ours to check.
preload=$module
asan=$(ldd "$module" 2>/dev/null | awk '/libasan\.so/ { print $3; exit }')
if [ -n "$asan" ]; then
  preload=$asan:$module
  export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
fi
failed=0
for f in "${files[@]}"; do
  name=${f#"$srcdir"/}
  status=0
  out=$(LD_PRELOAD="$preload${LD_PRELOAD:+:$LD_PRELOAD}" gtk4-builder-tool validate "$f" 2>&1) ||
    status=$?
  out=$(printf '%s\n' "$out" | grep -v -e '^$' -e "$noise" || true)
  if [ "$status" = 0 ] && ! printf '%s\n' "$out" | grep -q -E -e '-(CRITICAL|WARNING|ERROR)'; then
    echo "ok: $name"
  else
    echo "FAIL: $name" >&2
    failed=1
  fi
  [ -z "$out" ] || printf '%s\n' "$out" | sed 's/^/  /' >&2
done
exit "$failed"
