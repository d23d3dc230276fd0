#!/bin/bash
# check-flatpak-manifest.sh MANIFEST APP_ID: the Flatpak manifest is valid
# JSON and has what flatpak-builder needs and what the project requires.
#
# Copyright 2026 The IDO Regie authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

manifest=$1
app_id=$2

if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 is not installed" >&2
  exit 77
fi

python3 -m json.tool "$manifest" > /dev/null

python3 - "$manifest" "$app_id" <<'PY'
import json
import sys

path, app_id = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    m = json.load(f)

errors = []

def need(cond, msg):
    if not cond:
        errors.append(msg)

for key in ("app-id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
    need(key in m, "missing key: " + key)

need(m.get("app-id") == app_id, "app-id is %r, expected %r" % (m.get("app-id"), app_id))
need(m.get("runtime") == "org.gnome.Platform", "runtime must be org.gnome.Platform")
need(m.get("sdk") == "org.gnome.Sdk", "sdk must be org.gnome.Sdk")
need(isinstance(m.get("runtime-version"), str), "runtime-version must be a string")
need(m.get("command") == "ido-regie", "command must be ido-regie")

args = m.get("finish-args", [])
for arg in ("--share=ipc", "--socket=fallback-x11", "--socket=wayland",
            "--device=dri", "--share=network"):
    need(arg in args, "finish-args lacks " + arg)
need(not any(a.startswith("--filesystem") for a in args),
     "finish-args must not grant --filesystem: files go through the portal")

modules = m.get("modules", [])
need(isinstance(modules, list) and len(modules) > 0, "modules must be a non-empty list")
if modules:
    main = modules[-1]
    need(isinstance(main, dict), "the last module must be ido-regie itself, not a file name")
    if isinstance(main, dict):
        need(main.get("name") == "ido-regie", "the last module must be named ido-regie")
        need(main.get("buildsystem") == "meson", "ido-regie builds with meson")
        need(main.get("run-tests") is True, "ido-regie must set run-tests: true")
        sources = main.get("sources", [])
        need(any(s.get("type") == "dir" for s in sources if isinstance(s, dict)),
             "ido-regie must build from the repository (a source of type dir)")
for mod in modules:
    if isinstance(mod, dict):
        need("name" in mod, "every module needs a name")
        need("buildsystem" in mod or "sources" in mod, "module %s has nothing to build" % mod.get("name"))

if errors:
    for e in errors:
        print("FAIL: %s: %s" % (path, e), file=sys.stderr)
    sys.exit(1)
print("ok: %s is a valid manifest for %s (runtime %s %s)"
      % (path, app_id, m["runtime"], m["runtime-version"]))
PY
