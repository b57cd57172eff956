"""Interface language: installs the Qt translator and tells the domain which half of a Text to show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.kernel.text import Text
from app.domain.kernel.unit_text import shown_unit
from app.paths import resources_dir

_state = {"language": "en", "translator": None, "qt": None}


def install(language: str) -> None:
    """Switch the interface to ``language`` ("zh" or "en") for windows built from now on."""
    app = QCoreApplication.instance()
    for key in ("translator", "qt"):
        if _state[key] is not None:
            app.removeTranslator(_state[key])
            _state[key] = None
    if language == "zh":
        translator = QTranslator(app)
        if not translator.load(str(resources_dir() / "translations" / "verifield_zh_CN.qm")):
            raise FileNotFoundError("resources/translations/verifield_zh_CN.qm is missing: run `make translations`")
        app.installTranslator(translator)
        _state["translator"] = translator
        qt = QTranslator(app)  # Qt's own buttons and dialogs (OK, Cancel, Yes, …), where Qt ships them
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _state["qt"] = qt
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _state["language"] = language


def language() -> str:
    return _state["language"]


def show(text: Text) -> str:
    """A domain phrase in the interface language."""
    return text.in_(_state["language"])


def counted(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many``, with %1 replaced by ``n``: "Paste 1 record", "Paste 3 records"."""
    return (one if n == 1 else many).replace("%1", str(n))


def unit(symbol: str) -> str:
    """A stored unit symbol as the interface shows it (``10^4 Nm3`` → ``10⁴ Nm³``, in Chinese ``万 Nm³``)."""
    return shown_unit(symbol, _state["language"])
