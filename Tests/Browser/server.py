"""Builds the sample site and serves it under a sub-folder on 127.0.0.1.

The site is built into WORK/www/<sub-folder>/ so that the same files can be served either by
`wardkit serve --base-path` (the real thing under test) or, for development only, by Python's
http.server rooted at WORK/www/ — both then answer the same URLs.
"""
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

BUILD_DATE = "2026-11-25"  # fixed so every run renders identical pages


def build_site(wardkit: str, site: str, out_dir: str, base_url: str) -> tuple[bool, str]:
    cmd = [wardkit, "build", site, "--output", out_dir, "--base-url", base_url, "--date", BUILD_DATE]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    return proc.returncode == 0, (proc.stdout + proc.stderr).strip()


def free_port() -> int:
    # Asking the kernel for a free port avoids clashing with other suites running on the machine.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_serving(url: str, proc: subprocess.Popen, timeout: float) -> str | None:
    """Returns None once `url` answers 200, else why not (process exited or timed out)."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return f"server exited with status {proc.returncode} before answering"
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return None
                last = f"status {resp.status}"
        except urllib.error.HTTPError as e:
            last = f"status {e.code}"
        except OSError as e:
            last = str(e)
        time.sleep(0.2)
    return f"no 200 from {url} within {timeout:.0f}s ({last})"


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
          use_python_server: bool = False):
    """Yields (origin, error). `error` is None when the server answers at origin + base_path.

    The log goes to a file, not a pipe: a chatty server writing to an unread pipe would block.
    """
    port = free_port()
    out_dir = os.path.join(www_root, base_path.strip("/"))
    if use_python_server:
        cmd = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
               "--directory", www_root]
    else:
        cmd = [wardkit, "serve", site, "--output", out_dir, "--port", str(port), "--base-path", base_path]
    origin = f"http://127.0.0.1:{port}"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            error = _wait_until_serving(origin + base_path, proc, timeout=20)
            if error:
                error += f"; command: {' '.join(cmd)}; log: {log_path}"
            yield origin, error
        finally:
            _stop(proc)
