#!/usr/bin/env python3
"""Writes raw-DEFLATE test vectors made by zlib, for WardZip's decoder to be checked against.

usage: make_vectors.py OUTDIR [--small]

For each input kind (KIND.in), every compression level 0-9 and every zlib strategy, OUTDIR gets
NAME.deflate (zlib's raw stream, wbits -15 or -9), plus streams cut by flushes (sync, full,
block) and damaged streams with zlib's verdict on each (NAME.out when zlib accepts it).
manifest.json lists {"stream": NAME, "expect": FILE or null for "zlib refuses it"}.
--small writes the reduced set committed to the repository. Runs on Python 3.11's stdlib.
"""
import json
import os
import random
import sys
import zlib

STRATEGIES = {
    "default": zlib.Z_DEFAULT_STRATEGY,
    "filtered": zlib.Z_FILTERED,
    "huffman": zlib.Z_HUFFMAN_ONLY,
    "rle": zlib.Z_RLE,
    "fixed": zlib.Z_FIXED,
}


def inputs(small):
    rng = random.Random(1951)
    # Full sizes pass DEFLATE's 64 KiB stored-block limit and its 32 KiB window.
    n = dict(rows=12, text=2, random=1500, zeros=12000, few=1500, chunks=8) if small else \
        dict(rows=600, text=40, random=80000, zeros=300000, few=40000, chunks=200)
    sheet_rows = []
    for i in range(n["rows"]):
        sheet_rows.append(
            '<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d"><v>%d</v></c>'
            '<c r="C%d" t="inlineStr"><is><t>Tổ dân phố Phụ Ổ %d</t></is></c></row>'
            % (i + 2, i + 2, rng.randrange(400), i + 2, rng.randrange(300), i + 2, i)
        )
    text = ("Phường Sông Mây không ma túy — tổ dân phố đạt tiêu chí, hộ gia đình cam kết. " * n["text"]).encode()
    return {
        "empty": b"",
        "one": b"x",
        "random": bytes(rng.getrandbits(8) for _ in range(n["random"])),
        "sheet": "".join(sheet_rows).encode(),
        "vietnamese": text,
        "zeros": bytes(n["zeros"]),
        "fewsymbols": bytes(rng.choice(b"ABCD") for _ in range(n["few"])),
        "mixed": b"".join(
            bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 300))) + b"abcabcabc" * rng.randrange(1, 40)
            for _ in range(n["chunks"])
        ),
    }


def compress(data, level, strategy, wbits=-15, mem=8):
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy)
    return c.compress(data) + c.flush()


def flushed(data, mode, level):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    out = b""
    step = max(1, len(data) // 7)
    for i in range(0, len(data), step):
        out += c.compress(data[i:i + step]) + c.flush(mode)
    return out + c.flush()


def zlib_verdict(stream):
    d = zlib.decompressobj(-15)
    try:
        out = d.decompress(stream)
    except zlib.error:
        return None
    return out if d.eof else None


def main():
    outdir = sys.argv[1]
    small = "--small" in sys.argv
    os.makedirs(outdir, exist_ok=True)
    manifest = []

    def write(name, content):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(content)

    def emit(name, expected, stream):
        write(name + ".deflate", stream)
        manifest.append({"stream": name + ".deflate", "expect": expected})

    data = inputs(small)
    for kind, content in data.items():
        write(kind + ".in", content)
    levels = [0, 1, 6, 9] if small else range(10)
    kinds = ["sheet", "random", "zeros"] if small else list(data)
    for kind in kinds:
        for level in levels:
            for sname, strategy in STRATEGIES.items():
                if small and sname not in ("default", "fixed", "huffman"):
                    continue
                emit("%s-l%d-%s" % (kind, level, sname), kind + ".in", compress(data[kind], level, strategy))
        if not small:
            emit("%s-w9-m1" % kind, kind + ".in", compress(data[kind], 9, zlib.Z_DEFAULT_STRATEGY, -9, 1))
            for fname, mode in (("sync", zlib.Z_SYNC_FLUSH), ("full", zlib.Z_FULL_FLUSH), ("block", zlib.Z_BLOCK)):
                emit("%s-flush-%s" % (kind, fname), kind + ".in", flushed(data[kind], mode, 6))

    # Damage: flip bits, cut the end, splice garbage. zlib's verdict is what we must match.
    rng = random.Random(4)
    sources = [compress(data[k], l, s) for k in ("sheet", "mixed", "vietnamese") for l in (1, 9) for s in (0, 4)]
    for i in range(24 if small else 400):
        stream = bytearray(rng.choice(sources))
        how = rng.randrange(3)
        if how == 0 and stream:
            for _ in range(rng.randrange(1, 4)):
                stream[rng.randrange(len(stream))] ^= 1 << rng.randrange(8)
        elif how == 1:
            del stream[rng.randrange(len(stream)):]
        else:
            at = rng.randrange(len(stream))
            stream[at:at + 8] = bytes(rng.getrandbits(8) for _ in range(8))
        stream = bytes(stream)
        name = "damaged-%03d" % i
        accepted = zlib_verdict(stream)
        if accepted is not None:
            write(name + ".out", accepted)
        emit(name, None if accepted is None else name + ".out", stream)

    with open(os.path.join(outdir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=0, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
