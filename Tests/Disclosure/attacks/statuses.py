"""Statuses: criteria about people (TC1–TC4 of TDP6) must not be shown for a single group. Read
every group page, the wards' criteria matrices and the printed check sheets for a people criterion
with a status mark; and derive them from «k/n tiêu chí đạt» when n counts people criteria too
(k − community criteria met = people criteria met; 0 or all pins each one). Claims: field
"status", value 1 = đạt, 0 = not met."""
import html
import re

from public_tables import read_public
from solver import Claim

MARK = {"met": 1, "notMet": 0, "inProgress": 0}


def _people_codes(s):
    m = re.search(r"không công bố theo từng tổ[^:]*:([^<]*)<", s)
    return set(re.findall(r"TC\d+", m.group(1))) if m else set()


def _ident(s):
    crumbs = [html.unescape(x).strip() for x in re.findall(r'<li><a [^>]*>([^<]+)</a></li>', s.split("</nav>")[0])]
    h1 = re.search(r"<h1>([^<]+)</h1>", s)
    return (crumbs[-1] if crumbs else "") + "|" + (html.unescape(h1.group(1)).strip() if h1 else "")


def attack(publics):
    pub = read_public(publics[0])
    claims = []
    for f in sorted(pub.root.glob("tien-do/*/*/index.html")):
        s = f.read_text(encoding="utf-8")
        page = str(f.relative_to(pub.root))
        people = _people_codes(s) or {"TC1", "TC2", "TC3", "TC4"}
        who = _ident(s)
        month = (re.search(r"data-period=\"(\d{4}-\d\d)\"", s) or re.search(r"tháng (\d+)/(\d{4})", s))
        month = month.group(1) if month and month.lastindex == 1 else (f"{month.group(2)}-{int(month.group(1)):02d}" if month else "")
        shown = {}
        for m in re.finditer(r'<li class="(met|notMet|inProgress)">.*?<strong>(TC\d+)</strong>', s):
            shown[m.group(2)] = MARK[m.group(1)]
        for code, v in shown.items():
            if code in people:
                claims.append(Claim("statuses", page, who, code, "status", month, v, v, "listed on group page"))
        kn = re.search(r'<span class="big">(\d+)/(\d+)</span>\s*tiêu chí', s)
        if kn:
            k, n = int(kn.group(1)), int(kn.group(2))
            community_met = sum(v for c, v in shown.items() if c not in people)
            community_n = len([c for c in shown if c not in people])
            if n > community_n:
                pm = k - community_met
                np_ = n - community_n
                if pm in (0, np_):
                    for code in sorted(people - set(shown)):
                        v = 1 if pm == np_ else 0
                        claims.append(Claim("statuses", page, who, code, "status", month, v, v, "k/n minus community"))
    for f in sorted(pub.root.glob("tien-do/*/tieu-chi.html")):
        s = f.read_text(encoding="utf-8")
        page = str(f.relative_to(pub.root))
        ward = html.unescape((re.search(r"<h1>[^<]*— ([^<]+)</h1>", s) or re.search(r"<h1>([^<]+)</h1>", s)).group(1)).strip()
        t = re.search(r"<table.*?</table>", s, re.S)
        if not t:
            continue
        heads = re.findall(r"<th scope=\"col\"[^>]*>(TC\d+)</th>", t.group(0))
        for row in re.findall(r"<tr>(.*?)</tr>", t.group(0), re.S):
            name = re.search(r"<th scope=\"row\">(?:<a [^>]*>)?([^<]+)", row)
            tds = re.findall(r"<td[^>]*class=\"(met|notMet|inProgress)\"", row)
            if not name or len(tds) != len(heads):
                continue
            for code, mk in zip(heads, tds):
                if code in {"TC1", "TC2", "TC3", "TC4"}:
                    claims.append(Claim("statuses", page, ward + "|" + html.unescape(name.group(1)).strip(), code,
                                        "status", "", MARK[mk], MARK[mk], "criteria matrix"))
    return claims
