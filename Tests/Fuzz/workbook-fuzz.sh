#!/usr/bin/env bash
# Builds the workbook fuzzer (Tests/Fuzz/WorkbookFuzz.swift) with libFuzzer and AddressSanitizer
# and runs it: workbook-fuzz.sh [SECONDS] [extra libFuzzer flags]. The seed corpus is the
# committed workbooks, DEFLATE vectors, sample CSVs and the sheet XML inside the workbooks.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"; shift || true
out="$root/.build/fuzz-workbooks"
mkdir -p "$out/modules" "$out/corpus" "$out/findings"
flags=(-O -g -sanitize=fuzzer,address -parse-as-library -I "$out/modules" -L "$out/modules")
module() {  # name, sources…; instrumented static libraries so coverage reaches the readers
  local name="$1"; shift
  swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
    -emit-library -static -o "$out/modules/lib$name.a" "$@"
}
module WardZip "$root"/Sources/WardZip/*.swift
module WardCSV "$root"/Sources/WardCSV/*.swift
module WardXLSX "$root"/Sources/WardXLSX/*.swift
swiftc "${flags[@]}" -lWardXLSX -lWardCSV -lWardZip "$root/Tests/Fuzz/WorkbookFuzz.swift" -o "$out/workbook-fuzz"

find "$root/Tests/WardKitTests/Fixtures/Workbooks" "$root/Tests/WardZipTests/Vectors/small" \
     "$root/content" -type f \( -name '*.xlsx' -o -name '*.deflate' -o -name '*.csv' \) -size -200k \
     -exec cp {} "$out/corpus/" \;
python3 - "$root/Tests/WardKitTests/Fixtures/Workbooks" "$out/corpus" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
for sub in ("libreoffice", "openpyxl"):
    for dirpath, _, names in os.walk(os.path.join(src, sub)):
        for n in names:
            with zipfile.ZipFile(os.path.join(dirpath, n)) as z:
                for part in z.namelist():
                    if part.startswith("xl/worksheets/") or part == "xl/sharedStrings.xml":
                        data = z.read(part)[:60000]
                        open(os.path.join(dst, "%s-%s" % (n, part.replace("/", "_"))), "wb").write(data)
PY
cd "$out/findings"
LSAN_OPTIONS="suppressions=$root/Tests/Fuzz/workbook-fuzz.lsan:${LSAN_OPTIONS:-}" "$out/workbook-fuzz" -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2048 -timeout=20 "$@" "$out/corpus"
