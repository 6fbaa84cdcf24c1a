# Two commands do all set-up on a fresh machine: `make run` and `make test`.
.PHONY: run test lint bench dist check-install

.venv/.installed: pyproject.toml scripts/bootstrap.sh
	./scripts/bootstrap.sh

run: .venv/.installed
	.venv/bin/chitieu

test: .venv/.installed
	.venv/bin/python -m pytest

# Style and formatting (ruff), the layers between packages (import-linter, contracts in pyproject.toml), types (mypy).
lint: .venv/.installed
	.venv/bin/ruff check desktop tests benchmarks scripts
	.venv/bin/ruff format --check .
	.venv/bin/lint-imports
	.venv/bin/mypy

bench: .venv/.installed
	.venv/bin/python benchmarks/run.py

# The one-folder application for people without Python: dist/chitieu/ and a .tar.gz of it.
dist:
	./scripts/build_dist.sh

# Every install path (wheel with stock and newest pip, the one-folder build), run as a user would.
check-install:
	./scripts/check_install.sh
