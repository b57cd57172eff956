"""The document head office sends back on sync, checked on the laptop: signed with head office's receipt key it is
read; unsigned, signed by another key, altered, or about another engagement it is refused, in both languages."""

import json

import pytest

from app.domain.kernel.text import DomainError
from app.sync import downloads, receipts

ENGAGEMENT = "9f19ffac-2c87-4d6a-84c6-a86ac10f6580"
BODY = {"kind": downloads.KIND, "version": 1, "engagement_id": ENGAGEMENT, "review": {}, "decisions": [], "certificate": None}


@pytest.fixture
def key(tmp_path):
    return receipts.signing_key(tmp_path)


def test_a_document_signed_by_head_office_is_read(key):
    assert downloads.check(receipts.sign(key, BODY), receipts.public_pem(key), ENGAGEMENT) == BODY


@pytest.mark.parametrize("forge", ["unsigned", "other key", "altered"])
def test_an_unsigned_foreign_or_altered_document_is_refused(key, tmp_path, forge):
    pinned = receipts.public_pem(key)
    if forge == "unsigned":
        text = json.dumps({"receipt": BODY})
    elif forge == "other key":
        (tmp_path / "someone").mkdir()
        text = receipts.sign(receipts.signing_key(tmp_path / "someone"), BODY)
    else:
        text = receipts.sign(key, BODY).replace('"decisions":[]', '"decisions":[{}]').replace('"decisions": []', '"decisions": [{}]')
        assert text != receipts.sign(key, BODY)
    with pytest.raises(DomainError) as refused:
        downloads.check(text, pinned, ENGAGEMENT)
    assert "tampered" in refused.value.message.en and "篡改" in refused.value.message.zh and refused.value.field == "returns"


def test_a_document_of_another_engagement_is_refused(key):
    with pytest.raises(DomainError) as refused:
        downloads.check(receipts.sign(key, BODY), receipts.public_pem(key), "11111111-2c87-4d6a-84c6-a86ac10f6580")
    assert "not this engagement's" in refused.value.message.en


def test_no_path_is_made_of_an_id_that_is_not_an_engagement_id(tmp_path):
    assert downloads.path_of(tmp_path, "../receipt-key") is None
    assert downloads.path_of(tmp_path, ENGAGEMENT) == tmp_path / "returns" / f"{ENGAGEMENT}.json"
