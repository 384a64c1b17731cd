# Shared by the scripts: install what is missing, as root with apt-get or through sudo.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '%s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "Cần quyền root để cài gói (chạy với sudo) / root is needed to install packages: $*"; return 1; fi
}

APT_UPDATED=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Đang cài / installing: ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_swift() {
  command -v swift >/dev/null && return 0
  for d in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
    if [ -x "$d/swift" ]; then export PATH="$d:$PATH"; return 0; fi
  done
  # Debian 13 / Ubuntu 24.10 and later package Swift as "swiftlang".
  if apt-cache show swiftlang >/dev/null 2>&1 || { as_root apt-get update -qq && apt-cache show swiftlang >/dev/null 2>&1; }; then
    apt_install swiftlang && command -v swift >/dev/null && return 0
  fi
  say "Không tìm thấy Swift 6. Cài theo hướng dẫn https://www.swift.org/install/linux/ rồi chạy lại."
  say "Swift 6 not found. Install it from https://www.swift.org/install/linux/ and run again."
  return 1
}

build_wardkit() {
  ensure_swift
  apt_install pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
  (cd "$ROOT" && python3 scripts/embed-theme && swift build -c release --product wardkit 2>&1 | tail -n 1) >&2
  WARDKIT="$ROOT/.build/release/wardkit"
}
