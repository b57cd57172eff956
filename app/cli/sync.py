"""``verifield`` commands: syncing with head office, and head office's intake service.

    verifield serve --host H --port N --data-dir D [--database-url URL] [--tls-cert C --tls-key K] [--workers W]
                                          head office's intake service
    verifield intake token NAME --data-dir D [--quota-mb N]   a one-time enrolment token (alone on stdout)
    verifield intake laptops|revoke LAPTOP --data-dir D       the laptops enrolled; revoke one
    verifield intake assign|publish …                         what head office sends down (:mod:`app.cli.sending_down`)
    verifield inbox --data-dir D [--json]                     the packages received, verified
    verifield enrol URL --token T --cert CERT [--name N]      this laptop's credential from head office
    verifield submit ENGAGEMENT --sign ID.p12 --passphrase-file P [--delta]   package the engagement into the outbox
    verifield outbox [--json] [--cancel ID | --retry ID]      what is queued, sending, acknowledged, refused
    verifield sync [--wait S]                                 send the outbox, bring down assignments, signed updates,
                                          review points, decisions and certificates; exit 0 when everything is
                                          acknowledged and brought down
    verifield publish --intake-dir D [ENGAGEMENT]             head office: put its review points, decisions and
                                          certificates where the intake service serves them to the laptops
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from app.cli import sending_down
from app.domain.kernel.text import DomainError, Text
from app.user import default_actor


def register(commands) -> None:
    """Add the commands to the ``verifield`` sub-parsers ``commands``."""
    serve = commands.add_parser("serve", help="run head office's intake service (FastAPI under uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    _intake_folder(serve)
    serve.add_argument("--tls-cert", help="certificate (PEM) to serve TLS with; needed off loopback")
    serve.add_argument("--tls-key", help="its private key (PEM)")
    serve.add_argument("--workers", type=int, default=1)
    intake = commands.add_parser("intake", help="head office: enrolment tokens and laptops")
    intake.add_argument("action", choices=["token", "laptops", "revoke", *sending_down.ACTIONS])
    intake.add_argument("name", nargs="?", help="the verifier (token, assign), the laptop id (revoke) or the update's kind (publish)")
    sending_down.options(intake)
    intake.add_argument("--quota-mb", type=int, default=2048, help="what the verifier may hold at head office (MB)")
    _intake_folder(intake)
    inbox = commands.add_parser("inbox", help="head office: the packages the intake service received")
    inbox.add_argument("--json", action="store_true")
    _intake_folder(inbox)
    enrol = commands.add_parser("enrol", help="enrol this laptop with head office's intake service")
    enrol.add_argument("url")
    enrol.add_argument("--token", required=True)
    enrol.add_argument("--cert", required=True, help="the verifier's signing certificate (.cer beside their identity)")
    enrol.add_argument("--name", default="", help="this laptop's name at head office (default: the machine's)")
    submit = commands.add_parser("submit", help="package an engagement into the outbox for head office")
    submit.add_argument("engagement")
    submit.add_argument("--sign", metavar="ID.p12", required=True)
    submit.add_argument("--passphrase-file", required=True)
    submit.add_argument("--delta", action="store_true", help="ask head office which evidence it holds and leave those files out")
    outbox = commands.add_parser("outbox", help="the outbox: queued, sending, acknowledged, refused")
    outbox.add_argument("--json", action="store_true")
    outbox.add_argument("--cancel", metavar="ID")
    outbox.add_argument("--retry", metavar="ID")
    sync = commands.add_parser("sync", help="send the outbox to head office (exit 0 when everything is acknowledged)")
    sync.add_argument("--wait", type=float, default=0.0, help="keep retrying for up to this many seconds")
    sync.add_argument("--retry-after", type=float, default=None, help="seconds before the first retry (doubling after)")
    sync.add_argument("--chunk-kb", type=int, default=None,
                      help="upload chunk size (KB); without it, chunks start at 1 MiB and grow to 16 MiB while the link holds")
    sync.add_argument("--limit-rate", type=float, default=None, help="at most this many KB a second")
    publish = commands.add_parser("publish", help="head office: send review points, decisions and certificates back on the next sync")
    publish.add_argument("engagement", nargs="?", help="one engagement (default: every one of the inbox with a review)")
    publish.add_argument("--intake-dir", required=True, help="the intake service's data folder")
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


def _intake_folder(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="the intake service's data folder")
    parser.add_argument("--database-url", default=None, help="PostgreSQL URL (postgresql://…); default SQLite in the data folder")


def _intake_dir(args) -> Path:
    if not getattr(args, "data_dir", None):
        raise DomainError(Text("请用 --data-dir 给出总部接收服务的数据文件夹。", "Give the intake service's data folder with --data-dir."), "--data-dir")
    return Path(args.data_dir)


def _serve(args) -> int:
    from app.intake.server import serve

    serve(args.host, args.port, _intake_dir(args), args.database_url, args.tls_cert, args.tls_key, args.workers)
    return 0


def _intake(args) -> int:
    from app.intake import enrolment
    from app.intake.server import prepare

    engine = prepare(_intake_dir(args), args.database_url)
    if args.action in sending_down.ACTIONS:
        return sending_down.run(args, engine, _intake_dir(args))
    if args.action == "laptops":
        for row in enrolment.laptops(engine):
            print(f"{row.id}\t{row.verifier}\t{row.name}\tenrolled {row.enrolled_at}\t" + (f"revoked {row.revoked_at}" if row.revoked_at else "active"))
        return 0
    if not args.name:
        raise DomainError(Text("请给出核查员姓名或笔记本编号。", "Name the verifier or the laptop."), "NAME")
    if args.action == "revoke":
        enrolment.revoke(engine, args.name)
        print(f"{args.name}: revoked", file=sys.stderr)
        return 0
    print(enrolment.issue_token(engine, args.name, args.quota_mb * 1024 * 1024))
    return 0


def _inbox(args) -> int:
    from app.intake.receiving import received
    from app.intake.server import prepare

    rows = received(prepare(_intake_dir(args), args.database_url))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    for row in rows if not args.json else ():
        print(f"{row['received_at']}  {row['verifier']}  {row['engagement_id']} r{row['revision']}  {row['size']} bytes  SHA-256 {row['sha256']}")
    return 0


def _laptop_dir(args) -> Path:
    from app.paths import database_path

    return database_path(args.data_dir).parent


def _enrol(args) -> int:
    import platform

    from app.cli.common import certificate_file
    from app.services import submission

    made = submission.enrol(args.url, args.token, certificate_file(Path(args.cert)), args.name or platform.node(), _laptop_dir(args))
    print(f"enrolled as laptop {made.laptop_id} of {made.verifier} at {made.url}")
    return 0


def _submit(args) -> int:
    from app.cli.common import named_engagement, passphrase
    from app.services import submission

    store, engagement_id = named_engagement(args)
    done = submission.submit(store, engagement_id, Path(args.sign), passphrase(args), args.actor or default_actor(), args.delta)
    item = done.item
    print(f"queued {item.id}: {item.engagement_code}, {item.size} bytes, SHA-256 {item.sha256}"
          + (f", {done.left_out} evidence files held by head office left out" if done.left_out else ""))
    return 0


def _outbox(args) -> int:
    from app.services import outbox

    folder = _laptop_dir(args)
    if args.cancel or args.retry:
        changed = outbox.cancel(folder, args.cancel, _connection(folder, args)) if args.cancel else outbox.retry(folder, args.retry)
        print(f"{changed.id}: {changed.state}")
        return 0
    held = outbox.items(folder)
    if args.json:
        print(json.dumps([asdict(i) | {"percent": round(i.percent, 1)} for i in held], ensure_ascii=False, indent=1))
        return 0
    for item in held:
        print(f"{item.id[:8]}  {item.engagement_code}  {item.state:<12} {item.percent:5.1f} %  " + (item.reason.get("en", "")))
    return 0


def _connection(folder: Path, args, chunk_kb: int | None = None, rate_kb: float | None = None):
    from app.services.submission import connection_of

    return connection_of(folder, chunk_kb * 1024 if chunk_kb else None, rate_kb * 1024 if rate_kb else None)


def _sync(args) -> int:
    from app.cli.common import unlocked
    from app.services import outbox

    unlocked(args)  # an encrypted folder's outbox packages are kept sealed: its key, when a passphrase is given
    folder = _laptop_dir(args)
    connection = _connection(folder, args, args.chunk_kb, args.limit_rate)
    try:
        held = outbox.sync(folder, connection, args.wait, args.retry_after if args.retry_after is not None else outbox.BACKOFF_BASE)
        brought = _brought_down(args, connection)
    finally:
        connection.close()
    for item in held:
        print(f"{item.id[:8]}  {item.engagement_code}  {item.state}" + (f": {item.reason.get('en', '')}" if item.reason else ""))
    for line in brought:
        print(line)
    sent = all(i.state in (outbox.ACKNOWLEDGED, outbox.CANCELLED) for i in held)
    sent = sent and not any(line.startswith("not brought down") for line in brought)
    return 0 if _fetch(args, folder) and sent else 1


def _brought_down(args, connection) -> list[str]:
    """What head office sends down on the same sync (assignments, signed updates), said a line each."""
    from app.cli.common import open_data_store
    from app.services import assignments, library_updates

    store = open_data_store(args)
    try:
        got = assignments.receive(store, connection)
        updated = library_updates.receive(store, connection)
    except DomainError as error:
        return [f"not brought down: {error.message.en} / {error.message.zh}"]
    finally:
        store.close()
    return ([f"assigned by head office: {code} (draft)" for code in got.made]
            + [f"update applied: {said}" for said in updated.applied]
            + [f"not brought down: {reason.en} / {reason.zh}" for reason in got.refused + updated.refused])


def _fetch(args, folder: Path) -> bool:
    """What head office sent back, fetched and stored; False when it could not be fetched or was refused (a store that
    stays locked without its passphrase is said and skipped: the packages were sent all the same)."""
    from app.cli.common import open_data_store, say
    from app.services import downloads
    from app.sync.http_transport import Refused, Unreachable

    try:
        store = open_data_store(args)
    except DomainError as error:
        say(Text(f"未取回总部的评审问题与决定：{error.message.zh}", f"What head office sent back was not fetched: {error.message.en}"))
        return True
    connection = _connection(folder, args)
    try:
        fetched = downloads.fetch(store.uow(), folder, connection, args.actor or default_actor())
        for one in fetched:
            if one.refused:
                say(one.refused.message)
            else:
                _said_back(store, one)
        return not any(one.refused for one in fetched)
    except (Unreachable, Refused) as error:
        say(Text(f"无法取回总部的评审问题与决定：{error}", f"What head office sent back cannot be fetched: {error}"))
        return False
    finally:
        connection.close()
        store.close()


def _said_back(store, one) -> None:
    from app.services import review_points

    held = review_points.returned(store.uow(), one.engagement_id)
    if held.review is not None:
        print(f"{one.code}  review points: {len(held.review.points)}, open {len(held.review.open_points())}"
              + (f"; decision: {held.decision.outcome.value}" if held.decision else "")
              + (f"; certificate {held.certificate.number} issued {held.certificate.issued} valid until {held.certificate.valid_until}"
                 if held.certificate else "")
              + (f"; issued documents: {', '.join(one.documents)}" if one.documents else ""))


def _publish(args) -> int:
    from app.cli.common import open_data_store
    from app.services import downloads
    from app.services import engagements as services

    store = open_data_store(args)
    engagement_id = services.find_engagement(store.uow(), args.engagement) if args.engagement else None
    written = downloads.publish(store.uow(), Path(args.intake_dir), engagement_id, store.path.parent)
    print(f"published {len(written)} engagement(s) for the next sync")
    return 0


_RUN = {"serve": _serve, "intake": _intake, "inbox": _inbox, "enrol": _enrol, "submit": _submit, "outbox": _outbox, "sync": _sync, "publish": _publish}
