#!/bin/sh
# Runs the headless Neovim end-to-end test against the built server launcher.
# Usage: clients/neovim/test/run.sh   (after `mvn -B -q package -DskipTests` at the root)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
DOCKERFILE_LS=${DOCKERFILE_LS:-$repo/server/target/bin/dockerfile-ls}
[ -x "$DOCKERFILE_LS" ] || { echo "neovim e2e: $DOCKERFILE_LS is missing: run mvn -B -q package -DskipTests" >&2; exit 1; }
command -v nvim >/dev/null || { echo "neovim e2e: nvim not found: apt-get install neovim" >&2; exit 1; }
export DOCKERFILE_LS
# -u NONE: no user config; the module comes from this checkout only.
exec timeout 300 nvim --headless --clean -u NONE -i NONE --cmd "set rtp^=$here/.." -c "luafile $here/e2e.lua"
