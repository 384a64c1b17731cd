"""Exact integer bounds of every hidden cell under the linear equations a reader can write down
from published pages. Shown cells are constants; each hidden cell is an integer variable ≥ 1 (the
site's note: hidden ⇒ ≥ 1, 0 is always shown). For each hidden cell we minimise and maximise it
with scipy.optimize.milp over its connected component; min == max is a pin."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

BIG = 100000


@dataclass
class Claim:
    attack: str
    page: str
    unit: str
    indicator: str
    field: str
    month: str
    lo: int
    hi: int
    how: str = ""

    @property
    def pinned(self):
        return self.lo == self.hi

    def key(self):
        return (self.unit, self.indicator, self.field, self.month)


class System:
    """Linear (in)equalities over hidden cells. A term is an int (shown), a key (hidden) or None
    (not reported)."""

    def __init__(self, upper=None):
        self.rows = []          # (coefs: dict key->float, lo, hi, family)
        self.vars = {}          # key -> page where seen
        self.upper = upper or {}

    def var(self, key, page):
        self.vars.setdefault(key, page)

    def add(self, terms, lo, hi, family):
        """sum(coef*term) in [lo, hi]; constants move to the bounds."""
        coefs, const = {}, 0.0
        for c, t in terms:
            if isinstance(t, (int, float)):
                const += c * t
            else:
                coefs[t] = coefs.get(t, 0.0) + c
        coefs = {k: v for k, v in coefs.items() if v != 0}
        if not coefs:
            return
        self.rows.append((coefs, lo - const, hi - const, family))

    def _components(self, rows):
        parent = {k: k for k in self.vars}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for coefs, *_ in rows:
            ks = list(coefs)
            for k in ks[1:]:
                parent[find(k)] = find(ks[0])
        comps = {}
        for k in self.vars:
            comps.setdefault(find(k), []).append(k)
        return list(comps.values())

    def _solve_comp(self, comp, rows):
        idx = {k: i for i, k in enumerate(comp)}
        crow = [r for r in rows if next(iter(r[0])) in idx]
        n = len(comp)
        lb = np.ones(n)
        ub = np.array([float(self.upper.get(k, BIG)) for k in comp])
        cons = []
        if crow:
            A = np.zeros((len(crow), n))
            lo = np.zeros(len(crow))
            hi = np.zeros(len(crow))
            for r, (coefs, l, h, _) in enumerate(crow):
                for k, c in coefs.items():
                    A[r, idx[k]] = c
                lo[r], hi[r] = l, h
            cons = [LinearConstraint(A, lo, hi)]
        integrality = np.ones(n)
        out = {}
        for k in comp:
            c = np.zeros(n)
            c[idx[k]] = 1
            res = []
            for sign in (1, -1):
                r = milp(sign * c, constraints=cons, integrality=integrality, bounds=Bounds(lb, ub))
                if r.status != 0:
                    return None
                res.append(round(sign * r.fun))
            out[k] = (res[0], res[1])
        return out

    def feasible(self, rows):
        for comp in self._components(rows):
            idx = set(comp)
            crow = [r for r in rows if next(iter(r[0])) in idx]
            if not crow:
                continue
            n = len(comp)
            ix = {k: i for i, k in enumerate(comp)}
            A = np.zeros((len(crow), n))
            for r, (coefs, *_x) in enumerate(crow):
                for k, c in coefs.items():
                    A[r, ix[k]] = c
            res = milp(np.zeros(n), constraints=[LinearConstraint(A, [r[1] for r in crow], [r[2] for r in crow])],
                       integrality=np.ones(n),
                       bounds=Bounds(np.ones(n), [float(self.upper.get(k, BIG)) for k in comp]))
            if res.status != 0:
                return False
        return True

    def bounds(self, families_order=None):
        """Bounds per hidden key. Families whose equations contradict the page (a modelling
        assumption the site does not follow) are dropped, last-added first, and reported."""
        rows = list(self.rows)
        dropped = []
        if not self.feasible(rows):
            fams = families_order or sorted({r[3] for r in rows})
            kept = []
            for f in fams:
                trial = [r for r in rows if r[3] in kept + [f]]
                if self.feasible(trial):
                    kept.append(f)
                else:
                    dropped.append(f)
            rows = [r for r in rows if r[3] in kept]
        out = {}
        for comp in self._components(rows):
            b = self._solve_comp(comp, rows)
            if b is None:
                continue
            out.update(b)
        return out, dropped
