"""Builds the sample site and serves it under a sub-folder on 127.0.0.1.

The site is built into WORK/www/<sub-folder>/ so that the same files can be served either by
`wardkit serve --base-path` (the real thing under test) or, for development only, by Python's
http.server rooted at WORK/www/ — both then answer the same URLs.
"""
import os
import re
import selectors
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

BUILD_DATE = "2026-11-25"  # fixed so every run renders identical pages


def build_site(wardkit: str, site: str, out_dir: str, base_url: str) -> tuple[bool, str]:
    cmd = [wardkit, "build", site, "--output", out_dir, "--base-url", base_url, "--date", BUILD_DATE]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    return proc.returncode == 0, (proc.stdout + proc.stderr).strip()


# wardkit serve prints "… http://127.0.0.1:PORT/base/ …" once it listens; http.server prints
# "Serving HTTP on 127.0.0.1 port PORT …".
_READY = re.compile(r"127\.0\.0\.1(?::| port )(\d+)")


def _await_ready_line(proc: subprocess.Popen, log, timeout: float) -> tuple[int | None, str]:
    """Waits for the server's "listening" line: (port, "") or (None, why not). `wardkit serve`
    builds first and logs that build, so earlier lines are passed over. The line is awaited on
    the pipe (select with a deadline), not polled for with sleeps."""
    deadline = time.monotonic() + timeout
    buffered = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while True:
            for line in buffered.split(b"\n")[:-1]:
                m = _READY.search(line.decode("utf-8", "replace"))
                if m:
                    return int(m.group(1)), ""
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                return None, f"no 'listening' line within {timeout:.0f}s; output so far: {buffered[-400:]!r}"
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                proc.wait(timeout=5)
                return None, f"server exited with status {proc.returncode} before listening"
            buffered += chunk
            log.write(chunk)
            log.flush()


def _drain(proc: subprocess.Popen, log) -> None:
    # The rest of the output goes to the log, so a chatty server never blocks on a full pipe.
    for chunk in iter(lambda: os.read(proc.stdout.fileno(), 65536), b""):
        log.write(chunk)
        log.flush()


def _stop(proc: subprocess.Popen) -> None:
    # Only this process (by its own handle) is stopped; a hung server is killed after 5 s.
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@contextmanager
def serve(wardkit: str, site: str, www_root: str, base_path: str, log_path: str,
          use_python_server: bool = False, base_url: str | None = None):
    """Yields (origin, error). `error` is None when the server answers at origin + base_path.

    Port 0 lets the kernel pick a free port, which the server then prints. `wardkit serve`
    builds before it listens, with the same --base-url and --date as `build_site`, so it serves
    the very files the suite built. No stdbuf: its lines are written unbuffered.
    """
    out_dir = os.path.join(www_root, base_path.strip("/"))
    if use_python_server:
        cmd = [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", www_root]
    else:
        cmd = [wardkit, "serve", site, "--output", out_dir, "--port", "0", "--base-path", base_path,
               "--date", BUILD_DATE, "--no-watch"]
        if base_url:
            cmd += ["--base-url", base_url]
    with running(cmd, log_path, base_path) as result:
        yield result


@contextmanager
def running(cmd: list, log_path: str, base_path: str, ready_timeout: float = 120):
    """Starts `cmd`, a server that prints where it listens; yields (origin, error)."""
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        drain = None
        try:
            port, error = _await_ready_line(proc, log, timeout=ready_timeout)
            origin = f"http://127.0.0.1:{port}"
            if port is not None:
                drain = threading.Thread(target=_drain, args=(proc, log), daemon=True)
                drain.start()
                error = _answers(origin + base_path)
            if error:
                error += f"; command: {' '.join(cmd)}; log: {log_path}"
            yield origin, error
        finally:
            _stop(proc)
            if drain is not None:
                drain.join(timeout=5)


def _answers(url: str) -> str | None:
    """The server said it listens: one request must now get a 200."""
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return None if resp.status == 200 else f"status {resp.status} from {url}"
    except urllib.error.HTTPError as e:
        return f"status {e.code} from {url}"
    except OSError as e:
        return f"{url}: {e}"
