#!/usr/bin/env bash
# Smoke-test a BUILT moodlog, on any OS (Git Bash on Windows):
#   bash packaging/smoke-test.sh EXE [WINDOW_EXE]
# EXE runs the commands (moodlog-cli.exe on Windows, where moodlog.exe has no console);
# WINDOW_EXE (default EXE) opens the window offscreen. Every step must exit 0.
# Nothing touches the real journal or settings: everything lives in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

exe=$1
window_exe=${2:-$1}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/share" XDG_STATE_HOME="$tmp/state"
export XDG_CACHE_HOME="$tmp/cache" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME MOODLOG_DATA_DIR DISPLAY WAYLAND_DISPLAY || true
data="$tmp/journal"

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: moodlog $*"; "$exe" "$@" || fail "moodlog $* exited $?"; }

got=$("$exe" --version | tr -d '\r')
[ "$got" = "moodlog $version" ] || fail "--version said '$got', expected 'moodlog $version'"
echo "smoke: $got"

# The demo creates a new journal, which runs the bundled Alembic migrations.
step --data-dir "$data" demo
# The headless commands that must work in the built program.
# A headless PDF is the real test of the bundled Qt, fonts and pyqtgraph.
step --data-dir "$data" export pdf "$tmp/summary.pdf"
head -c 5 "$tmp/summary.pdf" | grep -q '%PDF-' || fail "export pdf did not write a PDF"
step --data-dir "$data" export json "$tmp/out.json"
grep -q '"checkins"' "$tmp/out.json" || fail "the JSON export has no check-ins"
step --data-dir "$data" export csv --table checkins "$tmp/checkins.csv"
[ -s "$tmp/checkins.csv" ] || fail "the CSV export is empty"
step --data-dir "$tmp/copy" import "$tmp/out.json"
step --data-dir "$data" check
step --data-dir "$data" backup
# Encryption: the bundled SQLCipher must work, and a wrong passphrase must be refused.
printf 'a long passphrase\n' > "$tmp/key"
printf 'not the passphrase\n' > "$tmp/wrong"
step --data-dir "$tmp/copy" encrypt --new-passphrase-file "$tmp/key"
step --data-dir "$tmp/copy" --passphrase-file "$tmp/key" check
if "$exe" --data-dir "$tmp/copy" --passphrase-file "$tmp/wrong" info >/dev/null 2>&1; then
    fail "a wrong passphrase opened the encrypted journal"
fi

if [ "$(uname -s)" = Linux ]; then
    step --install-desktop-entry
    for f in "applications/io.github.moodlog.Moodlog.desktop" \
             "icons/hicolor/scalable/apps/io.github.moodlog.Moodlog.svg" \
             "icons/hicolor/256x256/apps/io.github.moodlog.Moodlog.png"; do
        [ -s "$XDG_DATA_HOME/$f" ] || fail "--install-desktop-entry did not write $f"
    done
    entry="$XDG_DATA_HOME/applications/io.github.moodlog.Moodlog.desktop"
    want="$(cd "$(dirname "$exe")" && pwd -P)/$(basename "$exe")"
    case "$want" in *[[:space:]]*) want="\"$want\"" ;; esac  # quoted, as the spec says
    grep -qxF "Exec=$want" "$entry" \
        || fail "the installed desktop entry does not start $exe: $(grep ^Exec= "$entry")"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$entry" || fail "the installed desktop entry is not valid"
    fi
fi

echo "smoke: moodlog --smoke-test (offscreen window)"
"$window_exe" --data-dir "$data" --smoke-test || fail "the window smoke test exited $?"
echo "smoke: ok"
