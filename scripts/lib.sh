# Shared by the scripts: install what is missing, as root with apt-get or through sudo.
# Package names are ones Debian 12 and Ubuntu 24.04 share.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '%s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "Cần quyền root để cài gói (chạy với sudo) / root is needed to install packages: $*"; return 1; fi
}

# Another apt (unattended upgrades on a machine just booted, a second script) may hold dpkg's
# lock: wait for it, up to ten minutes, rather than fail the install.
APT_WAIT=(-o DPkg::Lock::Timeout=600)
APT_UPDATED=0
apt_update_once() {
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get "${APT_WAIT[@]}" update -qq; APT_UPDATED=1; fi
}

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Đang cài / installing: ${missing[*]}"
  apt_update_once
  local log; log="$(mktemp)"
  # apt's own messages are kept back unless it fails: then all of them are shown.
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get "${APT_WAIT[@]}" install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    say "Không cài được / could not install: ${missing[*]}"
    return 1
  fi
  rm -f "$log"
}

# What the Swift toolchain itself needs at run time to compile and link (swift.org's
# "Install required dependencies" lists for Debian 12 and Ubuntu 24.04): the linker and C
# runtime (binutils, gcc/g++ → libgcc-N-dev, libstdc++-N-dev, libc6-dev), the libraries
# swift-driver and swift-build load (libncurses6, libsqlite3, libcurl, libxml2, libedit) and
# what Foundation and the REPL use (ICU, tzdata, zlib, uuid, Python's library).
SWIFT_PREREQUISITES=(binutils gcc g++ libc6-dev libcurl4-openssl-dev libedit-dev libicu-dev libncurses-dev
  libpython3-dev libsqlite3-dev libxml2-dev pkg-config tzdata uuid-dev zlib1g-dev)

# Compiles, links and runs a one-line Foundation program, and starts SwiftPM: the two things
# both scripts need. Sets SWIFT_PROBE_LOG to everything the toolchain printed.
swift_works() {
  local dir status=0
  dir="$(mktemp -d)"
  printf 'import Foundation\nprint("ok", Date() > Date.distantPast)\n' >"$dir/main.swift"
  SWIFT_PROBE_LOG="$( { (cd "$dir" && swiftc main.swift -o probe && ./probe && swift build --version); } 2>&1 )" || status=$?
  rm -rf "$dir"
  [ "$status" = 0 ] && [[ $SWIFT_PROBE_LOG == "ok true"* ]]
}

ensure_swift() {
  if ! command -v swift >/dev/null; then
    for d in /opt/swift/usr/bin /usr/share/swift/usr/bin /usr/local/swift/usr/bin; do
      if [ -x "$d/swift" ]; then export PATH="$d:$PATH"; break; fi
    done
  fi
  if ! command -v swift >/dev/null; then
    # Debian 13 / Ubuntu 24.10 and later package Swift as "swiftlang".
    apt_update_once
    if apt-cache show swiftlang >/dev/null 2>&1; then apt_install swiftlang; fi
  fi
  if ! command -v swift >/dev/null; then
    say "Không tìm thấy Swift 6. Cài theo hướng dẫn https://www.swift.org/install/linux/ rồi chạy lại."
    say "Swift 6 not found. Install it from https://www.swift.org/install/linux/ and run again."
    return 1
  fi
  local version
  version="$(swift --version 2>&1 | sed -n 's/.*Swift version \([0-9][0-9]*\)\..*/\1/p' | head -n 1)" || true
  if [ -n "$version" ] && [ "$version" -lt 6 ]; then
    say "Cần Swift 6 trở lên (đang có Swift $version) / Swift 6 or later is needed (found Swift $version): https://www.swift.org/install/linux/"
    return 1
  fi
  swift_works && return 0
  say "Swift chưa dịch được chương trình một dòng; cài các gói Swift cần / Swift cannot compile a one-line program yet; installing its prerequisites"
  apt_install "${SWIFT_PREREQUISITES[@]}"
  swift_works && return 0
  say "Swift vẫn chưa dịch được chương trình một dòng. Toàn bộ thông báo / Swift still cannot compile a one-line program. Everything it printed:"
  printf '%s\n' "$SWIFT_PROBE_LOG" >&2
  return 1
}

# Runs a SwiftPM command quietly; when it fails, shows everything it printed (the compiler's
# whole error, not its last line).
swiftpm() {
  local log status=0
  log="$(mktemp)"
  (cd "$ROOT" && swift "$@") >"$log" 2>&1 || status=$?
  if [ "$status" != 0 ]; then
    cat "$log" >&2
    say "Lỗi khi chạy / failed: swift $* (exit $status)"
  else
    { grep -E "warning: " "$log" || true; tail -n 1 "$log"; } >&2
  fi
  rm -f "$log"
  return "$status"
}

build_wardkit() {
  ensure_swift
  apt_install pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
  say "Đang dựng wardkit (bản release) / building wardkit (release) …"
  swiftpm build -c release --product wardkit
  WARDKIT="$ROOT/.build/release/wardkit"
}
