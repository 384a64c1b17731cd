"""Prose: numbers in news, pages, themes, the search index and the Atom feed («toàn huyện khởi tố
13 người», «xã Bình Minh có 6 người …»). Each number is tied to the indicator whose wording it
shares most, the unit it names (or the site's own unit for «toàn huyện/xã/phường») and the month
it names or the post's month, then added as an equation: a hidden cell equal to it, or a total
whose hidden parts it closes."""
import re
import unicodedata

from model import Merged, solve
from public_tables import read_public, unit_names

STOP = {"số", "người", "về", "trong", "tháng", "được", "các", "có", "ma", "túy", "từ", "đầu", "năm",
        "đó:", "đó", "trái", "phép", "chất", "của", "ở", "và", "the"}


def fold(s):
    """Lower case without diacritics: the search index stores text folded this way."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


STOP_F = {fold(w) for w in STOP}
# Counter nouns a news writer uses for people, cases and places (folded), and number words.
NOUNS = [fold(w) for w in ("người", "đối tượng", "ca", "trường hợp", "cá nhân", "công dân", "học viên",
                           "bị can", "lượt", "thanh niên", "vụ", "điểm", "buổi")]
WORDS = {fold(w): i for i, w in enumerate(("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám",
                                            "chín", "mười"))}
WORDS = {w: i for w, i in WORDS.items() if w not in ("nam", "khong")}  # «năm» is also «year»


def _words(s):
    return {w for w in re.findall(r"\w+", fold(s)) if w not in STOP_F and len(w) > 1}


def _root(pub):
    f = pub.root / "tien-do/index.html"
    if f.exists():
        m = re.search(r'class="stat-table [^"]*" data-period="[^"]*" data-unit="([^"]+)"', f.read_text(encoding="utf-8"))
        if m:
            return m.group(1)
    return None


def prose_rows(pub, mg):
    rows = []
    names = unit_names(pub)
    root = _root(pub)
    months = sorted({k[3] for k in mg.state})
    if not months:
        return rows
    for page, text in pub.texts.items():
        if page.startswith(("tien-do/", "in-an/")):
            continue
        pm = re.search(r"(20\d\d)-(\d\d)-\d\d", page + " " + text[:400])
        pd = re.search(r"(\d{1,2})/(\d{1,2})/(20\d\d)", text)
        default = f"{pm.group(1)}-{pm.group(2)}" if pm else (f"{pd.group(3)}-{int(pd.group(2)):02d}" if pd else months[-1])
        for sent in re.split(r"(?<=[.;!?])\s+", text):
            for m in re.finditer(r"(\d+|%s)\s+(?:\(\w+\)\s+)?(%s)\b" % ("|".join(WORDS), "|".join(NOUNS)), fold(sent)):
                n = int(m.group(1)) if m.group(1).isdigit() else WORDS[m.group(1)]
                low = fold(sent)
                unit = None
                for u, nm in sorted(names.items(), key=lambda x: -len(x[1])):
                    if nm and fold(nm) in low:
                        unit = u
                        break
                if unit is None and re.search(r"toan (huyen|xa|phuong|thi tran|quan|tinh|thanh pho)", low):
                    unit = root
                if unit is None:
                    continue
                mm = re.search(r"thang (\d{1,2})(?:/(20\d\d))?", low)
                month = default
                if mm:
                    month = f"{mm.group(2) or default[:4]}-{int(mm.group(1)):02d}"
                sw = _words(sent)
                best, score = None, 0
                for code, a in mg.indicators.items():
                    ks = [k for k in mg.state if k[0] == unit and k[1] == code and k[2] == "actual" and k[3] == month]
                    if not ks:
                        continue
                    txt = pub_text(mg, code)
                    s = len(sw & _words(txt))
                    ytd = "luy ke" in low or "tu dau nam" in low
                    if ("data-year-to-date" in a) != ytd:
                        s -= 1
                    if s > score:
                        best, score = code, s
                    elif s == score:
                        best = None
                if best:
                    rows.append(([(1, mg.term((unit, best, "actual", month)))], n, n, "prose"))
    return [r for r in rows if r[0][0][1] is not None]


_TEXTS = {}


def pub_text(mg, code):
    if code not in _TEXTS:
        _TEXTS[code] = ""
        for p in mg.pubs:
            for f in p.root.rglob("so-lieu-*.html"):
                s = f.read_text(encoding="utf-8")
                m = re.search(r'data-indicator="%s"[^>]*>([^<]+)<' % re.escape(code), s)
                if m:
                    _TEXTS[code] = m.group(1)
                    break
            if _TEXTS[code]:
                break
    return _TEXTS[code]


def attack(publics):
    pubs = [read_public(p) for p in publics[:1]]
    mg = Merged(pubs)
    _TEXTS.clear()
    rows = [r for p in pubs for r in prose_rows(p, mg)]
    if not rows:
        return []
    return solve(mg, {"hierarchy", "relations", "prose"}, "prose", extra_rows=rows)
