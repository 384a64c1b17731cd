"""A tally of pass/fail sub-checks shared by every part of the suite.

Each part records its own sub-checks here instead of raising, so one failing area (say, the
validator) never hides the figures of the others, and the final summary line counts them all.
"""
from dataclasses import dataclass, field


@dataclass
class Check:
    section: str  # "a".."e", the letter of the requirement in issue 6
    name: str
    ok: bool
    detail: str = ""


@dataclass
class Tally:
    checks: list[Check] = field(default_factory=list)

    def record(self, section: str, name: str, ok: bool, detail: str = "") -> bool:
        self.checks.append(Check(section, name, ok, detail))
        mark = "PASS" if ok else "FAIL"
        line = f"  {mark} ({section}) {name}"
        if detail:
            line += f" — {detail}"
        print(line, flush=True)
        return ok

    @property
    def passed(self) -> int:
        return sum(1 for c in self.checks if c.ok)

    @property
    def failed(self) -> int:
        return sum(1 for c in self.checks if not c.ok)

    def summary_line(self) -> str:
        # The project's test script greps for exactly this shape, alone on its line.
        return f"browser: {self.passed} passed, {self.failed} failed"


def heading(text: str) -> None:
    print(f"\n== {text}", flush=True)
