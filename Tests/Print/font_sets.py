"""The font sets a printable must hold its page with, each made the only fonts Chromium sees
through a fontconfig file (FONTCONFIG_FILE) that rejects every installed font but the set's.

- dejavu: what a bare Debian/Ubuntu has (fonts-dejavu-core/-extra);
- liberation: metric-compatible with Times New Roman and Arial, i.e. how a ward office's
  Windows PC lays the same page out.
"""
import os
import subprocess
from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class FontSet:
    name: str
    label: str
    families: tuple      # the families fontconfig may offer, nothing else
    font_prefixes: tuple  # PostScript name prefixes a PDF may embed with this set
    packages: str         # where they come from, for messages


SETS = {
    "dejavu": FontSet("dejavu", "DejaVu only", ("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"),
                      ("DejaVu",), "fonts-dejavu-core fonts-dejavu-extra"),
    "liberation": FontSet("liberation", "Liberation only", ("Liberation Serif", "Liberation Sans", "Liberation Mono"),
                          ("Liberation",), "fonts-liberation2"),
}


def write_config(font_set, folder):
    """A fontconfig file that keeps the system configuration (aliases such as Times New Roman
    → Liberation Serif, rendering settings) and accepts only the set's families."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"fonts-{font_set.name}.conf")
    accept = "\n".join(f"      <pattern><patelt name=\"family\"><string>{escape(f)}</string></patelt></pattern>"
                       for f in font_set.families)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="no">/etc/fonts/fonts.conf</include>
  <cachedir>{escape(os.path.join(folder, "fontconfig-cache"))}</cachedir>
  <selectfont>
    <rejectfont><pattern></pattern></rejectfont>
    <acceptfont>
{accept}
    </acceptfont>
  </selectfont>
</fontconfig>
""")
    return path


def visible_families(config):
    """The families fontconfig offers under `config` (fc-list), to prove the restriction holds."""
    env = dict(os.environ, FONTCONFIG_FILE=config)
    out = subprocess.run(["fc-list", "--format", "%{family[0]}\\n"], env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"fc-list exited {out.returncode}: {out.stderr.strip()[:200]}")
    return sorted({line.strip() for line in out.stdout.splitlines() if line.strip()})


def match(config, pattern):
    env = dict(os.environ, FONTCONFIG_FILE=config)
    out = subprocess.run(["fc-match", "--format", "%{family[0]}", pattern], env=env, capture_output=True, text=True, timeout=60)
    return out.stdout.strip()
