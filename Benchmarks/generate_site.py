#!/usr/bin/env python3
"""Generates a synthetic province site for benchmarks: W wards × G groups, M monthly sheets.
Names are synthetic («Tổ dân phố 1»…); nothing here is real data."""
import argparse, os, random, shutil

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--wards", type=int, default=100)
    ap.add_argument("--groups", type=int, default=100, help="groups per ward")
    ap.add_argument("--months", type=int, default=3)
    ap.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", "content"))
    a = ap.parse_args()
    rnd = random.Random(7)
    c = os.path.join(a.out, "content")
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(os.path.join(c, "progress"))
    for sub in ("news", "themes", "pages"):
        shutil.copytree(os.path.join(a.source, sub), os.path.join(c, sub))
    for f in ("criteria.csv", "hotlines.csv"):
        shutil.copy(os.path.join(a.source, f), c)
    with open(os.path.join(c, "settings.txt"), "w") as f:
        f.write("name: Tỉnh Mẫu\nunit: T\nbase_url: https://example.invalid/\nillustrative: true\ncriteria_set: TDP6\n"
                "public_names: [Trần Văn Minh, Lê Thị Hồng]\n")
    households = {}
    with open(os.path.join(c, "units.csv"), "w") as f:
        f.write("id,name,kind,parent,households,mailbox\nT,Mẫu,Tỉnh,,,\n")
        for w in range(1, a.wards + 1):
            f.write(f"W{w},Phường {w},Phường,T,,\n")
            for g in range(1, a.groups + 1):
                gid = f"W{w}G{g}"
                households[gid] = rnd.randint(60, 300)
                f.write(f"{gid},Tổ dân phố {g},Tổ dân phố,W{w},{households[gid]},\n")
    states = ["đạt", "chưa đạt", "đang thực hiện"]
    recog = ["đã công nhận", "giữ vững", "đăng ký năm nay", "chưa đăng ký"]
    for m in range(1, a.months + 1):
        with open(os.path.join(c, "progress", f"2026-{m:02d}.csv"), "w") as f:
            f.write("group,TC1,TC2,TC3,TC4,TC5,TC6,pledged,board,mailbox,models,recognition,decision_date,decision_number\n")
            for gid, h in households.items():
                r = recog[rnd.randrange(4)]
                dd, dn = ("2026-01-15", "1/QĐ-UBND") if r == "đã công nhận" else ("", "")
                cells = [states[rnd.randrange(3)] for _ in range(6)]
                f.write(",".join([gid] + cells + [str(rnd.randint(0, h)), "có", "có", "1", r, dd, dn]) + "\n")
    # Monthly figures and their year-to-date for every ward: one linked table across wards and
    # months, the largest the disclosure audit meets.
    with open(os.path.join(c, "indicators.csv"), "w") as f:
        f.write("code,text,counts,sensitive,cumulative_of\n")
        f.write("CN,Số người nghiện được đưa đi cai nghiện trong tháng,người,có,\n")
        f.write("CN-LK,Số người nghiện được đưa đi cai nghiện (lũy kế từ đầu năm),người,có,CN\n")
    os.makedirs(os.path.join(c, "statistics"), exist_ok=True)
    ytd = {w: 0 for w in range(1, a.wards + 1)}
    for m in range(1, a.months + 1):
        with open(os.path.join(c, "statistics", f"2026-{m:02d}.csv"), "w") as f:
            f.write("unit,indicator,target,actual\n")
            for w in range(1, a.wards + 1):
                n = rnd.choice([0, 1, 1, 2, 3, 5, 8])
                ytd[w] += n
                f.write(f"W{w},CN,,{n}\nW{w},CN-LK,10,{ytd[w]}\n")
    print(f"{a.out}: {a.wards} wards × {a.groups} groups = {a.wards * a.groups} groups, {a.months} months")

if __name__ == "__main__":
    main()
