"""The log file: in the data folder, rotating, set up once per folder, and an unexpected error logged without its
message (which may quote client data)."""

import sys
from logging.handlers import RotatingFileHandler

from app import logs


def test_the_log_rotates_and_its_tail_reads_across_the_rotation(tmp_path):
    path = logs.setup(tmp_path)
    assert logs.setup(tmp_path) == path == tmp_path / "logs" / "verifield.log"
    [handler] = [h for h in logs.log.handlers if isinstance(h, RotatingFileHandler)]
    handler.maxBytes = 2000
    for n in range(100):
        logs.log.info("edit stored (engagement %08d)", n)
    assert path.with_name("verifield.log.1").exists()
    tail = logs.tail()
    assert "engagement 00000099" in tail and tail.index("engagement 00000098") < tail.index("engagement 00000099")


def test_an_unexpected_error_is_logged_by_type_and_place_only(tmp_path):
    logs.setup(tmp_path / "other")
    try:
        raise ValueError("常州恒运精密机械有限公司 12345.6 tCO2e")
    except ValueError:
        headline = logs.unexpected(*sys.exc_info())
    written = logs.tail()
    assert headline.startswith("unexpected ValueError at test_logs.py:") and headline in written
    assert "常州" not in written and "12345" not in written
    assert logs.current() == tmp_path / "other" / "logs" / "verifield.log"
