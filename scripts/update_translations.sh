#!/bin/sh
# Regenerate the Vietnamese translation of the window from the sources, keeping
# existing translations, then compile it for Qt.  Translate new or changed
# strings in resources/translations/chitieu_vi.ts (Qt Linguist, or by hand)
# and run this again before committing.  English is the source language:
# chitieu_en.ts holds only its plural forms ("1 record", "2 records").
set -e
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/pyside6-lupdate desktop/app.py desktop/gui/*.py -ts resources/translations/chitieu_vi.ts -no-obsolete
$BIN/pyside6-lupdate desktop/app.py desktop/gui/*.py -ts resources/translations/chitieu_en.ts -no-obsolete -pluralonly
for language in vi en; do
  $BIN/pyside6-lrelease resources/translations/chitieu_$language.ts -qm resources/translations/chitieu_$language.qm
done
