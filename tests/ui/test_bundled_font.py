"""Chinese on a bare laptop: with no CJK font on the system, the interface draws Chinese with the bundled font.

A child process runs with a fontconfig that knows no CJK font (at most DejaVu),
so the test sees what a laptop without Chinese fonts sees: first that Chinese
comes out as boxes there, then that after ``start()`` the bundled WenQuanYi
Micro Hei is registered, the application font falls back to it, every glyph
of a Chinese label is a real one and two different characters render
differently (boxes would be identical pixels).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

def shown(text):
    # the glyph indexes (0 = the missing-glyph box) and the fonts that draw text in the application font
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    runs = layout.glyphRuns()
    return [i for run in runs for i in run.glyphIndexes()], sorted({run.rawFont().familyName() for run in runs})

def pixels(text):
    label = QLabel(text)
    label.setFont(QApplication.font())
    label.resize(80, 40)
    image = label.grab().toImage()
    return bytes(image.constBits())

app = QApplication([])
report = {"system_cjk": QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese),
          "before": shown("核查员"), "boxes_alike_before": pixels("核") == pixels("查")}
from app.ui.settings import FIRST_START_DONE, Settings
Settings().set(FIRST_START_DONE, True)  # no first-start question: nobody is there to answer it
from app.ui.main import start
application = start(sys.argv[1])
report.update(after=shown("核查员 CO₂ 万 Nm³"), boxes_alike_after=pixels("核") == pixels("查"),
              cjk_after=QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese),
              families=QApplication.font().families())
application.window.close()
print(json.dumps(report, ensure_ascii=False))
"""


def test_a_laptop_without_a_chinese_font_shows_chinese_with_the_bundled_one(tmp_path):
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        + (f"<dir>{dejavu}</dir>" if dejavu.is_dir() else "")
        + f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # the bare laptop: no Chinese font, so Chinese is drawn as boxes
    assert report["system_cjk"] == [] and 0 in report["before"][0] and report["boxes_alike_before"]
    # after start: the bundled font is the fallback and draws every character
    glyphs, fonts = report["after"]
    assert report["cjk_after"] == ["WenQuanYi Micro Hei"] and report["families"][-1] == "WenQuanYi Micro Hei"
    assert glyphs and 0 not in glyphs and "WenQuanYi Micro Hei" in fonts
    assert not report["boxes_alike_after"]
