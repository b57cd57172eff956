"""What head office refuses, and that a refusal stores nothing: a damaged package (the member named in the signed
receipt), a package signed by a certificate not enrolled for its verifier, a wrong or used token, a revoked laptop, another verifier's engagement, a size over the quota; and a
cancelled upload is terminated (tus termination) with nothing kept."""

from __future__ import annotations

import zipfile

import pytest

from app.sync import receipts
from app.reports.identity import create_identity
from app.services import outbox
from app.sync.http_transport import Connection, enrolment_of
from tests.integration.package_fixture import PASSPHRASE
from tests.intake.servers import verifield


def _nothing_kept(server) -> None:
    assert not server.rows("packages") and not list((server.data_dir / "store").rglob("*.vfpkg"))
    assert not list((server.data_dir / "uploads").iterdir())


def test_a_flipped_byte_is_refused_with_a_receipt_naming_the_member(server, queued_laptop):
    queued_laptop.enrol(server)
    item = queued_laptop.item()
    package = queued_laptop.data_dir / "outbox" / item.package
    with zipfile.ZipFile(package) as bag:
        member = next(i for i in bag.infolist() if i.filename.startswith("data/evidence/"))
    data = bytearray(package.read_bytes())
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    data[start + member.compress_size // 2] ^= 0x01
    package.write_bytes(bytes(data))
    assert verifield("sync", data_dir=queued_laptop.data_dir, check=False).returncode == 1
    refused = queued_laptop.item()
    body = receipts.check(refused.receipt, enrolment_of(queued_laptop.data_dir).receipt_key)
    assert (refused.state, body["status"], body["member"]) == (outbox.REFUSED, "refused", member.filename)
    assert member.filename in refused.reason["en"] and member.filename in refused.reason["zh"]
    assert [u.state for u in server.rows("uploads")] == ["refused"]
    _nothing_kept(server)


def test_a_package_signed_by_a_certificate_not_enrolled_for_the_verifier_is_refused(server, queued_laptop, tmp_path):
    """The laptop enrolled 张伟 with another certificate than the one the package is signed with (a second key of
    the same name): head office trusts only the enrolled one, names the signer it refused, and keeps nothing."""
    other = create_identity(tmp_path / "another-zhang-wei.p12", "张伟", "核查组长", "", "", PASSPHRASE)
    verifield("enrol", server.url, "--token", server.token("张伟 Zhang Wei"), "--cert", str(other.path.with_suffix(".cer")),
              data_dir=queued_laptop.data_dir)
    assert verifield("sync", data_dir=queued_laptop.data_dir, check=False).returncode == 1
    refused = queued_laptop.item()
    body = receipts.check(refused.receipt, enrolment_of(queued_laptop.data_dir).receipt_key)
    assert (refused.state, body["status"]) == (outbox.REFUSED, "refused")
    assert "the signer is not trusted" in refused.reason["en"] and "CN=张伟" in refused.reason["en"] and "签名人不受信任" in refused.reason["zh"]
    assert [u.state for u in server.rows("uploads")] == ["refused"]
    _nothing_kept(server)


def test_a_wrong_or_used_token_enrols_nothing(server, queued_laptop):
    wrong = verifield("enrol", server.url, "--token", "not-a-token", "--cert", str(queued_laptop.certificate),
                      data_dir=queued_laptop.data_dir, check=False)
    assert wrong.returncode == 2 and "unknown or was used" in wrong.stderr and "无效" in wrong.stderr
    token = server.token("张伟 Zhang Wei")
    verifield("enrol", server.url, "--token", token, "--cert", str(queued_laptop.certificate), data_dir=queued_laptop.data_dir)
    again = verifield("enrol", server.url, "--token", token, "--cert", str(queued_laptop.certificate), data_dir=queued_laptop.data_dir, check=False)
    assert again.returncode == 2 and "unknown or was used" in again.stderr
    assert len(server.rows("laptops")) == 1


def test_a_token_works_on_the_command_line_whatever_its_random_part_begins_with(server, queued_laptop, monkeypatch):
    from app.intake import enrolment

    monkeypatch.setattr(enrolment.secrets, "token_urlsafe", lambda _n: "-Zx" + "a" * 40)  # as random bytes sometimes give
    engine = server.engine()
    token = enrolment.issue_token(engine, "张伟 Zhang Wei")
    engine.dispose()
    verifield("enrol", server.url, "--token", token, "--cert", str(queued_laptop.certificate), data_dir=queued_laptop.data_dir)
    assert enrolment_of(queued_laptop.data_dir).verifier == "张伟 Zhang Wei"


def test_a_revoked_laptop_gets_401_and_nothing_is_stored(server, queued_laptop):
    queued_laptop.enrol(server)
    laptop_id = enrolment_of(queued_laptop.data_dir).laptop_id
    verifield("intake", "revoke", laptop_id, "--data-dir", str(server.data_dir), *server.database_arguments())
    assert verifield("sync", data_dir=queued_laptop.data_dir, check=False).returncode == 1
    refused = queued_laptop.item()
    assert refused.state == outbox.REFUSED and "unknown or revoked" in refused.reason["en"] and "已注销" in refused.reason["zh"]
    assert not server.rows("uploads")
    _nothing_kept(server)
    listed = verifield("intake", "laptops", "--data-dir", str(server.data_dir), *server.database_arguments()).stdout
    assert laptop_id in listed and "revoked" in listed


def test_another_verifiers_engagement_is_refused_before_any_byte(server, copy_laptop, tmp_path):
    first, second = copy_laptop(0), copy_laptop(0)  # the same engagement on two verifiers' laptops
    first.enrol(server)
    verifield("sync", data_dir=first.data_dir)
    other = create_identity(tmp_path / "li-na.p12", "李娜", "核查员", "绿源核查有限公司", "", PASSPHRASE)
    verifield("enrol", server.url, "--token", server.token("李娜 Li Na"), "--cert", str(other.path.with_suffix(".cer")), data_dir=second.data_dir)
    assert verifield("sync", data_dir=second.data_dir, check=False).returncode == 1
    refused = second.item()
    assert refused.state == outbox.REFUSED and "another verifier's" in refused.reason["en"]
    assert len(server.rows("uploads")) == 1 and len(server.rows("packages")) == 1  # the first verifier's alone
    connection = Connection(enrolment_of(second.data_dir))
    try:
        with pytest.raises(Exception, match="another verifier"):
            connection.held_evidence(second.engagement_id)
        assert connection.held_receipt(first.item().sha256) is None  # another verifier's receipt is not shown
    finally:
        connection.close()


def test_a_size_over_the_quota_is_refused_before_any_byte_is_sent(server, queued_laptop):
    verifield("enrol", server.url, "--token", server.token("张伟 Zhang Wei", quota_mb=0), "--cert", str(queued_laptop.certificate),
              data_dir=queued_laptop.data_dir)
    connection = Connection(enrolment_of(queued_laptop.data_dir))
    try:
        refused = outbox.send(queued_laptop.data_dir, queued_laptop.item(), connection)
    finally:
        connection.close()
    assert refused.state == outbox.REFUSED and "quota" in refused.reason["en"] and "配额" in refused.reason["zh"]
    assert connection.sent == 0 and not server.rows("uploads")
    _nothing_kept(server)


class _Stop(Exception):
    pass


def test_cancel_terminates_the_upload_at_head_office(server, queued_laptop):
    queued_laptop.enrol(server)
    connection = Connection(enrolment_of(queued_laptop.data_dir), chunk_size=16 * 1024, max_chunk_size=16 * 1024)

    def stop(item):
        if item.offset > 0:
            raise _Stop

    try:
        with pytest.raises(_Stop):
            outbox.send(queued_laptop.data_dir, queued_laptop.item(), connection, on_change=stop)
        assert queued_laptop.item().offset == 16 * 1024 and len(server.rows("uploads")) == 1
        cancelled = outbox.cancel(queued_laptop.data_dir, queued_laptop.item().id, connection)
    finally:
        connection.close()
    assert cancelled.state == outbox.CANCELLED and not server.rows("uploads")
    _nothing_kept(server)
    assert verifield("sync", data_dir=queued_laptop.data_dir).returncode == 0  # nothing waits
    outbox.retry(queued_laptop.data_dir, cancelled.id)
    verifield("sync", data_dir=queued_laptop.data_dir)
    assert queued_laptop.item().state == outbox.ACKNOWLEDGED
