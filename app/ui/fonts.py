"""The bundled CJK font in the interface: a laptop without a Chinese system font still shows Chinese.

``resources/fonts/wqy-microhei.ttf`` (the font the PDFs embed) is registered
with Qt at start and put after the system's family in the application font,
so every character the system font lacks (Chinese, 万, ₂) is drawn with it
instead of as a box.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import FONT_FILE, resources_dir

BUNDLED_FAMILY = "WenQuanYi Micro Hei"


def use_bundled_font(app: QApplication) -> None:
    """Register the bundled font (once) and make it the application font's fallback for what the system font lacks."""
    if BUNDLED_FAMILY not in QFontDatabase.families():
        path = resources_dir() / FONT_FILE
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise FileNotFoundError(f"{path} is missing or not a font")
    font = app.font()
    families = [f for f in font.families() or [font.family()] if f != BUNDLED_FAMILY]
    font.setFamilies([*families, BUNDLED_FAMILY])
    app.setFont(font)
