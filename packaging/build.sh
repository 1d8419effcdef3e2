#!/usr/bin/env bash
# Build the one-folder app into dist/PressDesk/ (work files in build/), then check the frozen binary:
# `--version` must print the version and `--screenshot` must render the main window offscreen to a PNG.
# Usage: bash packaging/build.sh [--check-only]   (run from anywhere; uses the repo's .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
DIST=${PRESSDESK_DIST:-dist}
WORK=${PRESSDESK_WORK:-build}
APP="$DIST/PressDesk"
EXE="$APP/pressdesk"

if [ "${1:-}" != "--check-only" ]; then
  "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/pressdesk.spec
fi

test -x "$EXE" || { echo "build.sh: $EXE was not built" >&2; exit 1; }

# The checks run in a throw-away data folder, offscreen, with no network needed.
CHECK_DIR=$(mktemp -d)
trap 'rm -rf "$CHECK_DIR"' EXIT
export PRESSDESK_DATA_DIR="$CHECK_DIR/data" QT_QPA_PLATFORM=offscreen

expected=$("$PY" -c 'import desktop_app; print(desktop_app.__version__)')
start=$(date +%s.%N)
version=$("$EXE" --version)
version_s=$(echo "$(date +%s.%N) - $start" | bc)
case "$version" in
  *"$expected"*) ;;
  *) echo "build.sh: --version printed '$version', expected $expected" >&2; exit 1 ;;
esac

start=$(date +%s.%N)
"$EXE" --screenshot "$CHECK_DIR/window.png"
screenshot_s=$(echo "$(date +%s.%N) - $start" | bc)
"$PY" - "$CHECK_DIR/window.png" <<'EOF'
import struct
import sys

data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 400 and height >= 300, f"window image is only {width}x{height}"
EOF

echo "frozen app:  $APP ($(du -sh "$APP" | cut -f1))"
echo "--version:    ${version_s}s  ($version)"
echo "--screenshot: ${screenshot_s}s"
