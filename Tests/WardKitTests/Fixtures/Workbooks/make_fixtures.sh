#!/usr/bin/env bash
# Regenerates the committed workbook fixtures from the sample CSVs in content/: LibreOffice
# conversions, an openpyxl workbook, Windows-1258 copies and the damaged-workbook corpus.
# Needs LibreOffice (apt-get install -y libreoffice-calc-nogui) and makes its own Python 3.11
# virtualenv with openpyxl and msoffcrypto-tool. `swift test` needs none of this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
command -v soffice >/dev/null || { echo "soffice missing: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
venv="${WORKBOOK_VENV:-$root/.build/workbook-fixtures-venv}"
if [ ! -x "$venv/bin/python" ]; then
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install -q "openpyxl==3.1.5" "msoffcrypto-tool==6.1.0"
fi
"$venv/bin/python" "$here/make_fixtures.py" --content "$root/content" --out "$here"
