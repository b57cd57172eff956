"""The installed Qt binding keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 dropped a reference to
True on every signal emitted and to None on every call returning nothing, and the app aborted after a few hundred
(`bool_dealloc … refcount error`).  pyproject pins a version without the bug; this test fails if one slips in."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_signals_and_void_calls_do_not_eat_references_to_true_and_none(qapp):
    emitter = _Emitter()
    emitter.fired.connect(lambda: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
        emitter.setObjectName("emitter")
    assert sys.getrefcount(True) >= true_before - 5 and sys.getrefcount(None) >= none_before - 5
