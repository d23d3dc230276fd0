#!/bin/bash
# run-tool.sh TOOL [ARGS...]: run a validator, or skip the test (exit 77)
# when the tool is not installed on this machine.
#
# Copyright 2026 The IDO Regie authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
  echo "SKIP: $tool is not installed" >&2
  exit 77
fi
echo "+ $*"
exec "$@"
