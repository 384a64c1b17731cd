"""Random, realistic ward/district sites: a unit tree district → communes → groups, a police team,
indicators with part_of / total_of / cumulative_of, monthly sheets, targets, k in {3, 5, 10}, many
small counts. Also the ground truth (every figure the sheets imply), used only for scoring."""
from __future__ import annotations

import csv
import random
import shutil
from pathlib import Path

# The few files every generated site shares (criteria, hotlines, an about page), kept beside it.
EXAMPLE = Path(__file__).resolve().parent / "example"

INDICATORS = [
    # code, text, counts, sensitive, part_of, total_of, cumulative_of
    ("VU", "Số vụ phạm tội về ma túy bị phát hiện trong tháng", "vụ", "không", "", "", ""),
    ("VU-LK", "Số vụ phạm tội về ma túy bị phát hiện (lũy kế từ đầu năm)", "vụ", "không", "", "", "VU"),
    ("KT", "Số người bị khởi tố về tội phạm ma túy trong tháng", "người", "có", "", "", ""),
    ("KT-LK", "Số người bị khởi tố (lũy kế từ đầu năm)", "người", "có", "", "", "KT"),
    ("HS", "Số người sử dụng trái phép chất ma túy có hồ sơ quản lý", "người", "có", "", "", ""),
    ("HS-CAI", "Trong đó: đang cai nghiện", "người", "có", "HS", "", ""),
    ("NG-TN", "Người nghiện cai nghiện tự nguyện", "người", "có", "", "", ""),
    ("NG-BB", "Người nghiện cai nghiện bắt buộc", "người", "có", "", "", ""),
    ("NG", "Tổng số người nghiện được cai nghiện", "người", "có", "", "NG-TN; NG-BB", ""),
    ("DIEM", "Số điểm nguy cơ về ma túy được triệt xóa", "điểm", "không", "", "", ""),
    ("TT", "Số buổi tuyên truyền ở khu dân cư", "khác", "không", "", "", ""),
]
GROUP_OK = {"TT", "DIEM"}          # non-people, non-sensitive: rows allowed for groups
NAMES = ["An Lạc", "Bình Minh", "Cát Tiên", "Đông Hòa", "Hòa Bình", "Phú Xuân", "Tân Hưng", "Vĩnh Phúc"]
STATUSES = ["đạt", "chưa đạt", "đang thực hiện"]


def small(rng, big_share=0.25):
    r = rng.random()
    if r < 0.3:
        return 0
    if r < 1 - big_share:
        return rng.randint(1, 7)
    return rng.randint(5, 40)


def month_list(last, n):
    y, m = int(last[:4]), int(last[5:])
    out = []
    for _ in range(n):
        out.append(f"{y}-{m:02d}")
        m -= 1
        if m == 0:
            break
    return sorted(out)


class Site:
    def __init__(self, seed):
        rng = self.rng = random.Random(seed)
        self.seed = seed
        self.k = rng.choice([3, 5, 5, 10])
        ncom = rng.randint(2, 5)
        self.communes = [f"X{i + 1}" for i in range(ncom)]
        self.groups = {}
        self.units = [("H", "Sông Mây", "Huyện", "", "")]
        names = rng.sample(NAMES, ncom)
        for i, x in enumerate(self.communes):
            kind = rng.choice(["Xã", "Xã", "Phường", "Thị trấn"])
            self.units.append((x, names[i], kind, "H", ""))
            ng = rng.choice([1, 1, 2, 2, 3, 4])
            self.groups[x] = []
            for j in range(ng):
                g = f"T{i + 1}{j + 1}"
                self.groups[x].append(g)
                self.units.append((g, f"Thôn {j + 1}", "Thôn", x, str(rng.randint(60, 220))))
        self.police = rng.random() < 0.6
        if self.police:
            self.units.append(("DCS", "Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện", "Đội", "H", ""))
        codes = {c[0] for c in INDICATORS}
        drop = set(rng.sample(sorted(codes), rng.randint(0, 3)))
        for a, b in (("VU-LK", "VU"), ("KT-LK", "KT"), ("HS-CAI", "HS"), ("NG", "NG-TN"), ("NG", "NG-BB")):
            if b in drop:
                drop.add(a)
        if "NG" in drop:
            drop |= {"NG-TN", "NG-BB"} if rng.random() < 0.5 else set()
        self.indicators = [c for c in INDICATORS if c[0] not in drop]
        self.codes = [c[0] for c in self.indicators]
        start_jan = rng.random() < 0.2
        last = rng.randint(3, 11)
        n = last if start_jan else rng.randint(2, min(4, last))
        self.months = month_list(f"2026-{last:02d}", n)
        self.targeted = {c for c in self.codes if c in ("VU-LK", "KT-LK", "NG", "DIEM", "HS") and rng.random() < 0.6}
        self.group_people_row = rng.random() < 0.12
        self.news = rng.random() < 0.4
        self.parent_rows = rng.random() < 0.5
        self.rows = {}       # (unit, code, month) -> [target, actual]
        self._fill()

    def _fill(self):
        rng = self.rng
        reporters = list(self.communes)
        base = {}
        for m in self.months:
            for u in reporters + (["DCS"] if self.police else []):
                vals = {}
                if u == "DCS":
                    for c in ("KT",):
                        if c in self.codes:
                            vals[c] = small(rng, 0.4)
                else:
                    for c in ("VU", "KT", "HS", "NG-TN", "NG-BB", "DIEM"):
                        if c in self.codes:
                            vals[c] = small(rng)
                    if "HS" in vals and "HS-CAI" in self.codes:
                        vals["HS-CAI"] = rng.randint(0, vals["HS"])
                    if "NG" in self.codes:
                        if "NG-TN" in self.codes:
                            vals["NG"] = vals["NG-TN"] + vals["NG-BB"]
                        else:
                            vals["NG"] = small(rng)
                for c, b in (("VU-LK", "VU"), ("KT-LK", "KT")):
                    if c in self.codes and b in vals:
                        prev = base.get((u, c))
                        if prev is None:
                            prev = 0 if m.endswith("-01") else rng.randint(0, 25)
                        base[(u, c)] = prev + vals[b]
                        vals[c] = base[(u, c)]
                for c, v in vals.items():
                    t = None
                    if c in self.targeted and u != "DCS":
                        t = self._target(u, c)
                    self.rows[(u, c, m)] = [t, v]
                if u != "DCS" and "TT" in self.codes:
                    s = 0
                    for g in self.groups[u]:
                        v = rng.randint(0, 8)
                        self.rows[(g, "TT", m)] = [None, v]
                        s += v
                    self.rows[(u, "TT", m)] = [None, s]
        if self.parent_rows:
            for m in self.months:
                for c in self.codes:
                    kids = [(u, c, m) for u in self.communes + ["DCS"] if (u, c, m) in self.rows]
                    if not kids:
                        continue
                    all_t = all(self.rows[k][0] is not None for k in kids)
                    t = sum(self.rows[k][0] for k in kids) if all_t and c in self.targeted else None
                    self.rows[("H", c, m)] = [t, sum(self.rows[k][1] for k in kids)]

    def _target(self, u, c):
        key = (u, c)
        if not hasattr(self, "_targets"):
            self._targets = {}
        if key not in self._targets:
            self._targets[key] = small(self.rng, 0.5) if self.rng.random() < 0.8 else self.rng.randint(1, 4)
        return self._targets[key]

    def truth(self):
        """Every figure a table can show: given rows plus parents' sums where a parent has none."""
        t = {}
        for (u, c, m), (tg, ac) in self.rows.items():
            if tg is not None:
                t[(u, c, "target", m)] = tg
            t[(u, c, "actual", m)] = ac
        children = {}
        for u, _n, _k, parent, _h in self.units:
            if parent:
                children.setdefault(parent, []).append(u)
        for m in self.months:
            for c in self.codes:
                for f in ("actual", "target"):
                    for p in ["H"] + self.communes:
                        if (p, c, f, m) in t:
                            continue
                        ks = [(u, c, f, m) for u in children.get(p, [])]
                        if ks and all(k in t for k in ks):
                            t[(p, c, f, m)] = sum(t[k] for k in ks)
        return t

    def write(self, site_dir: Path, unit="H", upto=None, with_news=True, with_group_people=None):
        content = site_dir / "content"
        if content.exists():
            shutil.rmtree(content)
        (content / "statistics").mkdir(parents=True)
        for f in ("criteria.csv", "hotlines.csv"):
            shutil.copy(EXAMPLE / f, content / f)
        (content / "pages").mkdir()
        shutil.copy(EXAMPLE / "pages/gioi-thieu.md", content / "pages/gioi-thieu.md")
        name = "Huyện Sông Mây" if unit == "H" else next(f"{k} {n}" for i, n, k, *_ in self.units if i == unit)
        (content / "settings.txt").write_text(
            f"name: {name}\nunit: {unit}\ndescription: Tiến độ xây dựng địa bàn không ma túy năm 2026.\n"
            f"base_url: https://site{self.seed}.example.vn/\nillustrative: true\n"
            f"small_count_threshold: {self.k}\ncriteria_set: TDP6\noffice_address: Trụ sở Ủy ban nhân dân\n"
            "news_per_page: 5\npublic_names: [Trần Văn Minh]\n", encoding="utf-8")
        with open(content / "units.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "name", "kind", "parent", "households"])
            w.writerows(self.units)
        with open(content / "indicators.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            # The sheet declares its k (column k), so every site built from it hides at least
            # what that k hides; a site's settings may only raise it.
            w.writerow(["code", "text", "counts", "sensitive", "part_of", "total_of", "cumulative_of", "k"])
            w.writerows([*row, self.k if n == 0 else ""] for n, row in enumerate(self.indicators))
        months = [m for m in self.months if upto is None or m <= upto]
        gp = self.group_people_row if with_group_people is None else with_group_people
        for m in months:
            with open(content / "statistics" / f"{m}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(["don_vi", "chi_tieu", "ke_hoach", "ket_qua"])
                for (u, c, mm), (tg, ac) in sorted(self.rows.items()):
                    if mm == m:
                        w.writerow([u, c, "" if tg is None else tg, ac])
                if gp and "HS" in self.codes:
                    g = self.groups[self.communes[0]][0]
                    w.writerow([g, "HS", "", 2])
        self._progress(content, months, unit)
        if with_news and self.news and unit == "H":
            self._news(content, months[-1])
        return content

    def _progress(self, content, months, unit):
        rng = random.Random(self.seed * 7 + 1)
        (content / "progress").mkdir()
        groups = [g for x in self.communes for g in self.groups[x] if unit in ("H", x)]
        hh = {u: int(h) for u, _n, _k, _p, h in self.units if h}
        with open(content / "targets.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["year", "group"])
            for g in groups[::2]:
                w.writerow(["2026", g])
        state = {}
        for m in months[-2:]:
            with open(content / "progress" / f"{m}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(["group", "TC1", "TC2", "TC3", "TC4", "TC5", "TC6", "pledged", "board", "mailbox",
                            "models", "recognition", "decision_date", "decision_number"])
                for g in groups:
                    if rng.random() < 0.2:
                        w.writerow([g] + ["đạt"] * 6 + [hh[g], "có", "có", 1, "đã công nhận", f"{m}-05", "25/QĐ-UBND"])
                        continue
                    tcs = [rng.choice(STATUSES) for _ in range(6)]
                    if all(t == "đạt" for t in tcs):
                        tcs[4] = "chưa đạt"
                    w.writerow([g] + tcs + [rng.randint(hh[g] // 2, hh[g]), "có", rng.choice(["có", "không"]),
                                            0, "đăng ký năm nay", "", ""])
                    state[g] = tcs

    def _news(self, content, last):
        """A monthly summary stating a few real figures, with the counter nouns news writers use."""
        (content / "news").mkdir(exist_ok=True)
        t = self.truth()
        full = {u: f"{k} {n}" for u, n, k, *_ in self.units}
        mo = int(last[5:])
        templates = {
            "KT": "{u} khởi tố {v} {n} về tội phạm ma túy trong tháng {m}.",
            "HS": "{u} hiện có {v} {n} sử dụng trái phép chất ma túy có hồ sơ quản lý.",
            "NG-BB": "Trong tháng {m}, {u} đưa {v} {n} nghiện đi cai nghiện bắt buộc.",
            "NG-TN": "Trong tháng {m}, {u} có {v} {n} nghiện cai nghiện tự nguyện.",
        }
        lines = []
        v = t.get(("H", "KT", "actual", last))
        if v is not None:
            lines.append(f"Trong tháng, toàn huyện khởi tố {v} người về tội phạm ma túy.")
        for _ in range(2):
            x = self.rng.choice(self.communes)
            code = self.rng.choice(sorted(templates))
            v = t.get((x, code, "actual", last))
            if v is None:
                continue
            noun = self.rng.choice(["người", "đối tượng", "ca", "cá nhân", "công dân", "trường hợp"])
            lines.append(templates[code].format(u=full[x], v=v, n=noun, m=mo))
        if not lines:
            return
        (content / "news" / f"{last}-15-so-ket.md").write_text(
            f"---\ntitle: Sơ kết công tác phòng, chống ma túy\ndate: {last}-15\nsummary: Sơ kết tháng.\n---\n"
            + " ".join(lines) + "\n", encoding="utf-8")


def month_end(m):
    y, mo = int(m[:4]), int(m[5:])
    days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return f"{m}-{days}"


def truth_from_content(content: Path):
    """Ground truth of an existing site (the example sites): rows of every sheet plus parent sums."""
    t = {}
    for f in sorted((content / "statistics").glob("*.csv")):
        m = f.stem
        with open(f, encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                u, c = r["don_vi"], r["chi_tieu"]
                if r.get("ke_hoach"):
                    t[(u, c, "target", m)] = int(r["ke_hoach"])
                if r.get("ket_qua"):
                    t[(u, c, "actual", m)] = int(r["ket_qua"])
    children = {}
    with open(content / "units.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if r["parent"]:
            children.setdefault(r["parent"], []).append(r["id"])
    order = sorted(children, key=lambda p: -_depth(p, rows))
    keys = {(c, f, m) for (_u, c, f, m) in t}
    for p in order:
        for c, f, m in keys:
            if (p, c, f, m) in t:
                continue
            ks = [(u, c, f, m) for u in children[p]]
            if all(k in t for k in ks):
                t[(p, c, f, m)] = sum(t[k] for k in ks)
    return t


def _depth(u, rows):
    par = {r["id"]: r["parent"] for r in rows}
    d = 0
    while par.get(u):
        u = par[u]
        d += 1
    return d
