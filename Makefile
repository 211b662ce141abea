# The two commands of the README: `make run` (demo) and `make test` (everything CI checks).
PY := .venv/bin/python

.PHONY: run test setup demo test-fast lint messages bench

run: setup demo
	$(PY) manage.py runserver 127.0.0.1:8000

test: setup
	scripts/test

setup:
	scripts/setup

demo:
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

test-fast:
	scripts/test --pytest-only -m "not browser"

lint:
	scripts/test --lint-only

messages:
	cd src && ../$(PY) ../manage.py makemessages -l de --no-obsolete --ignore='*/tests/*' && \
		../$(PY) ../manage.py compilemessages -l de

bench: setup
	$(PY) bench/run.py
