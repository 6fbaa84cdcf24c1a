#!/usr/bin/env bash
# make dist: the one-folder application for people without Python.
#
# Installs the package (not editable) with PyInstaller into build/dist-venv,
# freezes it with packaging/chitieu.spec into dist/chitieu/ (run
# dist/chitieu/chitieu; `dist/chitieu/chitieu desktop-entry` adds it to the
# menu) and packs that folder as dist/chitieu-VERSION-linux-ARCH.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PYTHON=${PYTHON:-python3}
venv=build/dist-venv

rm -rf "$venv" build/pyinstaller dist/chitieu
"$PYTHON" -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check ".[dist]"
(cd packaging && "$root/$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" chitieu.spec)
cp packaging/README.txt dist/chitieu/README.txt

version=$("$venv/bin/python" -c 'import desktop; print(desktop.__version__)')
archive="dist/chitieu-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" chitieu
echo "built dist/chitieu/ ($(du -sh dist/chitieu | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1))"
