#!/bin/bash
# check-icons.sh ICONDIR: the app icon and the symbolic icon are well-formed
# SVG files of the sizes the icon theme expects.
#
# Copyright 2026 The IDO Regie authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

icondir=$1

if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 is not installed" >&2
  exit 77
fi

python3 - "$icondir" <<'PY'
import sys
import xml.etree.ElementTree as ET

icondir = sys.argv[1]
base = "io.github.idoregie.IdoRegie"
expect = {
    "scalable/apps/%s.svg" % base: "0 0 128 128",
    "symbolic/apps/%s-symbolic.svg" % base: "0 0 16 16",
}
failed = False
for rel, viewbox in expect.items():
    path = "%s/hicolor/%s" % (icondir, rel)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        print("FAIL: %s: %s" % (path, e), file=sys.stderr)
        failed = True
        continue
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        print("FAIL: %s: root element is %s, not svg" % (path, root.tag), file=sys.stderr)
        failed = True
    elif root.get("viewBox") != viewbox:
        print("FAIL: %s: viewBox is %r, expected %r" % (path, root.get("viewBox"), viewbox),
              file=sys.stderr)
        failed = True
    else:
        print("ok: %s" % rel)
sys.exit(1 if failed else 0)
PY
