#!/usr/bin/env bash
# Prove every way a user installs Chitieu, as a user would, on this machine:
#
#   1. a wheel, installed into a fresh virtualenv with the interpreter's own pip (no upgrade);
#      with a C compiler here its core is compiled (setup.py), and every record it extracts
#      from the seeds, the dev corpus and 300 generated articles must equal the source's;
#   1b. a wheel built without a C compiler (CC=false): pure Python, and it works;
#   2. the same wheel with the newest pip;
#   2b. `pip install CHECKOUT` run from another folder with the interpreter's own pip;
#   3. the one-folder application (make dist), started with every Python on the machine hidden
#      (when the kernel lets us make a private mount namespace; plainly otherwise).
#
# Each one runs `chitieu import seeds/`, `chitieu export` and `chitieu screenshot` from a
# folder outside the checkout and checks what they wrote.  (The editable install is what
# `make test` uses.)  Prints the installed size of each.  Run by .ci/run after the tests;
# `scripts/check_install.sh wheel` or `... dist` runs one half.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
PYTHON=${PYTHON:-python3}
work=$repo/build/check-install
rm -rf "$work"
mkdir -p "$work"
export CHITIEU_BACKUPS=0 QT_QPA_PLATFORM=offscreen
unset CHITIEU_DB

step() { printf '\n== %s\n' "$*"; }
fail() { echo "check_install: FAILED: $*" >&2; exit 1; }

# A folder outside the checkout holding a copy of the seed articles, as a user would have them.
user_folder() {
  local folder
  folder=$(mktemp -d "$work/user-XXXX")
  mkdir "$folder/seeds"
  cp "$repo"/seeds/*.txt "$folder/seeds/"
  echo "$folder"
}

# Run the three commands with the given chitieu in a fresh user folder, and check their output.
exercise() {
  local chitieu=$1 folder
  folder=$(user_folder)
  (
    cd "$folder"
    "$chitieu" import seeds/ --db corpus.db
    # A web page: its reader (trafilatura) is loaded only now, and needs data files of its own.
    printf '%s\n' '<html><head><title>Tin</title></head><body><article><h1>Thu ngân sách năm 2023</h1>' \
      '<p>Năm 2023, tổng thu ngân sách trên địa bàn tỉnh ước đạt 3.012 tỷ đồng, tăng 7% so với cùng kỳ.</p>' \
      '</article></body></html>' > page.html
    "$chitieu" import page.html --db corpus.db | grep -q "(1 new" || fail "$chitieu did not import a web page"
    "$chitieu" export --db corpus.db --format xlsx --status all --tidy -o dataset.xlsx
    "$chitieu" export --db corpus.db --format jsonl --status all -o - > records.jsonl
    "$chitieu" screenshot window.png --db corpus.db
    records=$(wc -l < records.jsonl)
    [ "$records" -ge 50 ] || fail "$chitieu exported $records records from the seeds"
    [ "$(stat -c %s dataset.xlsx)" -gt 10000 ] || fail "$chitieu wrote a tiny XLSX"
    [ "$(stat -c %s window.png)" -gt 50000 ] || fail "$chitieu wrote a tiny screenshot"
    [ "$(head -c 8 window.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "window.png is not a PNG"
    echo "ok: $records records, dataset.xlsx $(stat -c %s dataset.xlsx) bytes, window.png $(stat -c %s window.png) bytes"
  )
}

# Whether C extensions can be built here, as setup.py needs: a C compiler and Python's headers.
have_compiler() {
  command -v "${CC:-cc}" > /dev/null \
    && [ -f "$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_path("include"))')/Python.h" ]
}

# Whether `$1 --version` (printed) says "compiled core: $2".
says_compiled() {
  local version
  version=$("$1" --version)
  echo "$version"
  grep -q "compiled core: $2" <<< "$version"
}

# The compiled core of the wheel installed in $1 must extract exactly what the pure wheel's Python
# source installed in $2 does (the checkout itself lacks the mapped desktop.resources package).
same_records() {
  local compiled=$1 pure=$2 corpus=$work/same-corpus baseline=$work/same-baseline.json dev=$repo/../shared/corpus/dev
  step "compiled core and Python source: identical records"
  says_compiled "$compiled/bin/chitieu" yes || fail "the wheel's chitieu does not run its compiled core"
  [ -d "$dev" ] || dev=$(mktemp -d "$work/no-dev-XXXX")
  "$pure/bin/python" benchmarks/make_corpus.py 300 "$corpus" > /dev/null
  "$pure/bin/python" benchmarks/check_extract_same.py --installed --save --baseline "$baseline" \
    --corpus "$corpus" --dev "$dev"
  "$compiled/bin/python" benchmarks/check_extract_same.py --installed --baseline "$baseline" --corpus "$corpus" \
    --dev "$dev" || fail "the compiled core extracts other records than the source"
}

check_wheel() {
  step "build the wheel"
  "$PYTHON" -m venv "$work/builder"
  "$work/builder/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps -w "$work/wheel" .
  local wheel
  wheel=$(ls "$work"/wheel/chitieu-*.whl)
  echo "$wheel ($(du -h "$wheel" | cut -f1))"
  local listing
  listing=$("$PYTHON" -m zipfile -l "$wheel")
  for contents in desktop/resources/gazetteer.json desktop/resources/taxonomy.toml desktop/resources/confidence.json \
                  desktop/seeds/ \
                  desktop/docs/data-dictionary.md desktop/resources/icons/chitieu-256.png \
                  desktop/core/extract/pipeline.py; do
    grep -q "$contents" <<< "$listing" || fail "the wheel lacks $contents"
  done
  local compiled
  compiled=$(grep -c '\.so ' <<< "$listing" || true)
  if have_compiler; then
    [ "$compiled" -gt 0 ] || fail "a C compiler works here, but the wheel's core is not compiled"
  fi
  echo "compiled modules in the wheel: $compiled"

  step "a wheel built without a C compiler: pure Python"
  CC=false "$work/builder/bin/python" -m pip wheel -v --disable-pip-version-check --no-deps \
    -w "$work/wheel-pure" . > "$work/wheel-pure.log" 2>&1 || { cat "$work/wheel-pure.log"; fail "no pure wheel"; }
  grep -q "building pure Python" "$work/wheel-pure.log" || fail "the build without a compiler gave no reason"
  if "$PYTHON" -m zipfile -l "$work"/wheel-pure/chitieu-*.whl | grep -q '\.so '; then
    fail "the wheel built without a compiler holds compiled modules"
  fi
  "$PYTHON" -m venv "$work/venv-pure"
  "$work/venv-pure/bin/python" -m pip install -q --disable-pip-version-check "$work"/wheel-pure/chitieu-*.whl
  says_compiled "$work/venv-pure/bin/chitieu" no || fail "the pure wheel says its core is compiled"
  exercise "$work/venv-pure/bin/chitieu"

  for pip in stock newest; do
    local venv=$work/venv-$pip
    step "wheel, $pip pip"
    "$PYTHON" -m venv "$venv"
    if [ "$pip" = newest ]; then
      "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    fi
    "$venv/bin/python" -m pip --version
    "$venv/bin/python" -m pip install -q --disable-pip-version-check "$wheel"
    if "$venv/bin/python" -m pip show -q vietnamadminunits 2>/dev/null; then
      fail "vietnamadminunits was installed: it belongs to the build extra"
    fi
    exercise "$venv/bin/chitieu"
    echo "installed size: $(du -sh "$venv" | cut -f1) (virtualenv with all dependencies)"
    if [ "$pip" = stock ] && [ "$compiled" -gt 0 ]; then
      same_records "$venv" "$work/venv-pure"
    fi
  done

  # `pip install /path/to/checkout` from another folder, with the interpreter's own pip:
  # pip builds the project itself (PEP 517, isolated), as most users install from a clone.
  step "pip install of the checkout from another folder, stock pip"
  local venv=$work/venv-source
  "$PYTHON" -m venv "$venv"
  (cd "$work" && "$venv/bin/python" -m pip install -q --disable-pip-version-check "$repo")
  exercise "$venv/bin/chitieu"
  echo "installed size: $(du -sh "$venv" | cut -f1) (virtualenv with all dependencies)"
}

# The frozen executable also serves the import's worker processes (multiprocessing's
# forkserver re-runs it): import a corpus big enough for a pool of two.
exercise_pool() {
  local chitieu=$1 folder
  folder=$(mktemp -d "$work/user-XXXX")
  (
    cd "$folder"
    "$chitieu" import "$work"/corpus/[0-9]*.txt --db pool.db --workers 2 | tee import.log
    grep -q "^imported 300 articles (300 new" import.log || fail "the import with two workers lost articles"
  )
}

# Run the checks on a command with every Python installation on the machine out of sight.
without_python() {
  local hidden=() path
  for path in "$("$PYTHON" -c 'import sys; print(sys.base_prefix)')" /usr/lib/python3* /usr/local/lib/python3*; do
    [ -d "$path" ] && hidden+=("mount -t tmpfs none '$path'")
  done
  for path in /usr/bin/python3* /usr/local/bin/python3* /usr/lib/*-linux-gnu/libpython3*.so*; do
    [ -f "$path" ] && [ ! -L "$path" ] && hidden+=("mount --bind /dev/null '$path'")
  done
  local setup
  setup=$(IFS=';'; echo "${hidden[*]}")
  if unshare -m --propagation private true 2>/dev/null; then
    unshare -m --propagation private bash -c "set -e; $setup
      if python3 -c pass 2>/dev/null; then echo 'a Python is still visible' >&2; exit 1; fi
      $(declare -f exercise exercise_pool user_folder fail); work='$work' repo='$repo'
      exercise '$1'; exercise_pool '$1'"
    echo "(run with ${#hidden[@]} Python folders and files hidden: python3 did not start)"
  else
    echo "(no private mount namespace here: running with Python installed)"
    exercise "$1"
    exercise_pool "$1"
  fi
}

check_dist() {
  step "one-folder application (make dist)"
  ./scripts/build_dist.sh
  if have_compiler; then
    says_compiled dist/chitieu/chitieu yes || fail "the one-folder build does not run its compiled core"
  fi
  build/dist-venv/bin/python benchmarks/make_corpus.py 300 "$work/corpus" > /dev/null
  without_python "$repo/dist/chitieu/chitieu"
  echo "installed size: $(du -sh dist/chitieu | cut -f1) (the application folder)"
}

case "${1:-all}" in
  wheel) check_wheel ;;
  dist) check_dist ;;
  all) check_wheel; check_dist ;;
  *) fail "unknown part ${1}: wheel, dist or all" ;;
esac
step "every install path works"
