# Shortcuts for the scripts in scripts/ (the README commands are the scripts themselves,
# since a fresh machine may not have make).
.PHONY: setup run demo test lint translations build clean

setup:
	bash scripts/setup.sh

run:
	bash scripts/run.sh

demo:
	bash scripts/run.sh --demo

test:
	bash scripts/test.sh

# Only the import-linter contracts (also part of `make test`).
lint: setup
	.venv/bin/lint-imports --no-logo

# Refresh translations/vocdesk_th.ts from the source and compile the .qm files.
translations:
	bash scripts/update_translations.sh

build:
	bash scripts/build.sh

# Build outputs and caches; keeps .venv (delete it by hand to start from scratch).
clean:
	rm -rf build dist translations/*.qm .pytest_cache .import_linter_cache
	find . -path ./.venv -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
