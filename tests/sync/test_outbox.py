"""The outbox's own rules: back-off doubling with jitter up to a cap, Retry and Cancel, and records kept on disk."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.kernel.text import DomainError
from app.services import outbox


def test_backoff_doubles_from_the_base_up_to_the_cap_with_half_jitter_either_way():
    middle = [outbox.backoff(n, base=5, cap=900, rng=lambda: 0.5) for n in range(1, 10)]
    assert middle == [5, 10, 20, 40, 80, 160, 320, 640, 900]
    assert outbox.backoff(3, base=5, rng=lambda: 0.0) == 10 and outbox.backoff(3, base=5, rng=lambda: 0.999) == pytest.approx(29.98)


def _item(folder, **changes) -> outbox.Item:
    item = outbox.Item("0f1e2d3c-0000-4000-8000-000000000001", "e", "VF-2026-0001", "x.vfpkg", "ab" * 32, 100, "2026-12-01T00:00:00+00:00")
    return outbox.save(folder, replace(item, **changes))


def test_retry_sends_a_refused_item_from_its_first_byte_and_a_failed_one_from_where_it_stood(tmp_path):
    _item(tmp_path, state=outbox.REFUSED, upload_url="http://127.0.0.1:1/files/a", offset=60, reason={"zh": "拒", "en": "no"})
    again = outbox.retry(tmp_path, "0f1e2d3c")
    assert (again.state, again.upload_url, again.offset, again.reason) == (outbox.QUEUED, "", 0, {})
    _item(tmp_path, state=outbox.FAILED, upload_url="http://127.0.0.1:1/files/a", offset=60, attempts=4, next_try=9e9)
    resumed = outbox.retry(tmp_path, "0f1e2d3c")
    assert (resumed.state, resumed.upload_url, resumed.offset, resumed.attempts, resumed.next_try) == (
        outbox.QUEUED, "http://127.0.0.1:1/files/a", 60, 0, 0.0)
    assert outbox.items(tmp_path) == [resumed]  # read back from the record on disk


def test_an_acknowledged_item_cannot_be_cancelled(tmp_path):
    _item(tmp_path, state=outbox.ACKNOWLEDGED)
    with pytest.raises(DomainError, match="acknowledged"):
        outbox.cancel(tmp_path, "0f1e2d3c")
    assert outbox.items(tmp_path)[0].state == outbox.ACKNOWLEDGED
