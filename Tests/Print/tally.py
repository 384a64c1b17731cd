"""Pass/fail bookkeeping, kept apart so every check reports the same way and the last line
is always the one the project's test script (and people) look for."""
import sys
import threading


class Tally:
    def __init__(self, verbose=False):
        self.passed = 0
        self.failed = 0
        self.failures = []
        self.verbose = verbose
        self._lock = threading.Lock()  # checks run on worker threads

    def record(self, name, ok, detail=""):
        with self._lock:
            if ok:
                self.passed += 1
                if self.verbose:
                    print(f"  ok   {name}" + (f" — {detail}" if detail else ""))
            else:
                self.failed += 1
                self.failures.append((name, detail))
                if self.verbose:  # otherwise listed once, together, at the end
                    print(f"  FAIL {name}" + (f" — {detail}" if detail else ""))
            sys.stdout.flush()

    def add(self, results):
        for name, ok, detail in results:
            self.record(name, ok, detail)

    def final_line(self):
        return f"print: {self.passed} passed, {self.failed} failed"
