#!/usr/bin/env bash
# Build moodlog for Linux on Debian or Ubuntu, then smoke-test the built program.
#   bash packaging/build-linux.sh             # dist/moodlog/ + dist/moodlog-<version>-linux-<arch>.tar.gz
#   bash packaging/build-linux.sh --onefile   # dist/onefile/moodlog + ...-onefile.tar.gz
# Installs what a fresh Debian machine lacks (as root or with sudo) and fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
# Qt's runtime libraries; the X11 ones too, so that PyInstaller bundles them with the xcb
# platform plugin; binutils, whose objdump PyInstaller uses to read binaries.
DEBS=(binutils libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
      fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
missing=()
for pkg in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "build: installing ${missing[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
if ! command -v uv >/dev/null 2>&1; then
    echo "build: installing uv"
    python3 -m pip install --quiet uv || python3 -m pip install --quiet --break-system-packages uv
    export PATH="$HOME/.local/bin:$PATH"
fi

started=$(date +%s)
uv sync --frozen --group build
uv run --frozen --group build python packaging/build.py "$@"
built=$(date +%s)

if [ "${1:-}" = "--onefile" ]; then
    exe=dist/onefile/moodlog
else
    exe=dist/moodlog/moodlog
    echo "build: dist/moodlog is $(du -sh dist/moodlog | cut -f1) unpacked"
fi
bash packaging/smoke-test.sh "$exe"
echo "build: built in $((built - started)) s, smoke-tested in $(($(date +%s) - built)) s"
