"""``verifield`` commands of head office: the person register, the technical review, the decision, the certificate
register, suspension and withdrawal (the use cases of :mod:`app.services.certification`).

    verifield people [--json]                                  everyone, with their id, roles and engagements
    verifield people add NAME --role ROLE [--role …] [--json]  a new person (prints their id)
    verifield review ENGAGEMENT --reviewer PERSON (--point TEXT … | --close POINT … | --approve)
    verifield answer ENGAGEMENT POINT --by PERSON --text T     the lead verifier's answer to a review point
    verifield decide ENGAGEMENT --by PERSON (--approve | --reject --reason R) [--on DATE]
    verifield certificates [--json] [--withdrawn]              the register (or the public list of withdrawn ones)
    verifield follow-up CERTIFICATE --kind surveillance|recertification   a new engagement carried over from it
    verifield suspend CERTIFICATE --reason CODE --by PERSON [--verified DATE] [--on DATE] [--until DATE]
    verifield withdraw CERTIFICATE --reason CODE --by PERSON [--verified DATE] [--on DATE]

A PERSON is named by id or by name.  ``--approve`` on review confirms every check still pending as met (noted so in
the review) and approves; it is refused while a check is not met or a point is open.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from app.cli.common import named_engagement, open_data_store
from app.domain.kernel.text import DomainError, Text
from app.user import default_actor

CONFIRMED = "在命令行通过时确认 / confirmed on approval (command line)"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text}") from None


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
    people = commands.add_parser("people", help="the person register (list, or add NAME --role ROLE)")
    people.add_argument("action", nargs="?", choices=["add"])
    people.add_argument("name", nargs="?")
    people.add_argument("--role", action="append", default=[], help="lead, verifier, expert, trainee, reviewer, decision-maker")
    people.add_argument("--json", action="store_true", help="machine-readable output")
    review = commands.add_parser("review", help="the technical review of a submitted engagement")
    review.add_argument("engagement")
    review.add_argument("--reviewer", required=True)
    what = review.add_mutually_exclusive_group(required=True)
    what.add_argument("--point", nargs="+", help="review points for the lead verifier")
    what.add_argument("--close", nargs="+", metavar="POINT", help="close answered points (their ids)")
    what.add_argument("--approve", action="store_true")
    answer = commands.add_parser("answer", help="the lead verifier's answer to a review point")
    answer.add_argument("engagement")
    answer.add_argument("point")
    answer.add_argument("--by", required=True)
    answer.add_argument("--text", required=True)
    decide = commands.add_parser("decide", help="the certification decision after the approved review")
    decide.add_argument("engagement")
    decide.add_argument("--by", required=True)
    verdict = decide.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", action="store_true")
    verdict.add_argument("--reject", action="store_true")
    decide.add_argument("--reason", default="")
    decide.add_argument("--on", type=_day, default=None, help="the decision date (default today)")
    listing = commands.add_parser("certificates", help="the certificate register")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--withdrawn", action="store_true", help="the public list of withdrawn certificates (§11.2.2)")
    follow = commands.add_parser("follow-up", help="a surveillance or recertification engagement from a certificate")
    follow.add_argument("certificate")
    follow.add_argument("--kind", choices=["surveillance", "recertification"], required=True)
    for name in ("suspend", "withdraw"):
        change = commands.add_parser(name, help=f"{name} a certificate (CICC-ZY/GZ-21 §11)")
        change.add_argument("certificate")
        change.add_argument("--reason", required=True, help="§11.1.1 (1)–(4) for suspend, §11.2.1 1)–6) for withdraw")
        change.add_argument("--by", required=True)
        change.add_argument("--verified", type=_day, default=None, help="the day the information was verified (default today)")
        change.add_argument("--on", type=_day, default=None, help="the decision date (default today)")
        if name == "suspend":
            change.add_argument("--until", type=_day, default=None, help="the last day of the suspension (default 3 months)")
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


def _people(args) -> int:
    from app.domain.engagement.people import Person, person_from_name
    from app.services import certification as ho
    from app.services import people as people_services

    store = open_data_store(args)
    if args.action == "add":
        if not args.name:
            raise DomainError(Text("请给出姓名。", "Give the person's name."), "name_zh")
        named = person_from_name(args.name)
        person = Person(name_zh=named.name_zh, name_en=named.name_en, roles=tuple(args.role))
        people_services.add_person(store.uow(), person, args.actor or default_actor())
        row = {"id": person.id, "name": person.name, "roles": list(person.roles), "engagements": []}
        print(json.dumps(row, ensure_ascii=False) if args.json else f"{person.id}\t{person.name}\t{', '.join(person.roles)}")
        return 0
    rows = [{"id": p.id, "name": p.name, "roles": list(p.roles), "engagements": codes}
            for p, codes in ho.people_with_engagements(store.uow())]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['id']}\t{r['name']}\t{', '.join(r['roles'])}\t{', '.join(r['engagements'])}")
    return 0


def _review(args) -> int:
    from app.domain.certification.review import Result
    from app.services import certification as ho

    store, engagement_id = named_engagement(args)
    actor, today = args.actor or default_actor(), date.today()
    reviewer = ho.find_person(store.uow(), args.reviewer)
    review = ho.review_of(store.uow(), engagement_id)
    if review is None:
        review = ho.start_review(store.uow(), engagement_id, reviewer, actor, today)
    elif review.reviewer_id != reviewer:
        raise DomainError(Text("该项目的技术评审由另一位评审人进行。", "Another reviewer is reviewing this engagement."), "reviewer_id")
    if args.point:
        for text in args.point:
            review = ho.raise_point(store.uow(), engagement_id, text, actor, today)
            print(f"{review.points[-1].id}\t{text}")
    elif args.close:
        for point in args.close:
            ho.close_point(store.uow(), engagement_id, point, actor, today)
            print(f"closed {point}")
    else:
        missing = review.blockers()
        if any(c.result is Result.NOT_MET for c in review.checks) or review.open_points():
            raise DomainError(Text("技术评审尚不能通过：" + "；".join(m.zh for m in missing) + "。",
                                   "The technical review cannot be approved yet: " + "; ".join(m.en for m in missing) + "."), "review")
        for c in review.checks:
            if c.result is Result.PENDING:
                ho.record_check(store.uow(), engagement_id, c.check, Result.MET, CONFIRMED, actor)
        review = ho.approve_review(store.uow(), engagement_id, actor, today)
        print(f"approved on {review.approved_on.isoformat()}")
    return 0


def _answer(args) -> int:
    from app.services import certification as ho

    store, engagement_id = named_engagement(args)
    by = ho.find_person(store.uow(), args.by)
    ho.answer_point(store.uow(), engagement_id, args.point, args.text, by, args.actor or default_actor(), date.today())
    print(f"answered {args.point}")
    return 0


def _decide(args) -> int:
    from app.services import certification as ho

    store, engagement_id = named_engagement(args)
    by = ho.find_person(store.uow(), args.by)
    if args.reject and not args.reason.strip():
        raise DomainError(Text("不予批准须用 --reason 说明理由。", "A rejection needs its reasons (--reason)."), "reasons")
    decision, certificate = ho.decide(store.uow(), engagement_id, by, args.approve, args.reason, args.on or date.today(),
                                      args.actor or default_actor())
    print(f"{decision.outcome.value} on {decision.decided_on.isoformat()}"
          + (f": certificate {certificate.number}, valid until {certificate.valid_until.isoformat()}" if certificate else ""))
    return 0


def _certificates(args) -> int:
    from app.services import certification as ho

    today = date.today()
    if args.withdrawn:
        for c in ho.withdrawn(open_data_store(args).uow()):
            print(f"{c.number}\t{c.client}\t{c.withdrawal.decided_on.isoformat()}\t{c.withdrawal.reason.label.both()}")
        return 0
    rows = [{"number": c.number, "engagement": c.engagement_code, "client": c.client, "status": c.status(today).value,
             "issued": c.issued.isoformat(), "valid_until": c.valid_until.isoformat(),
             "next_surveillance_due": (d.isoformat() if (d := c.next_surveillance_due()) else None),
             "proposals": [p.en for p in c.proposals(today)]}
            for c in ho.certificates(open_data_store(args).uow())]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['number']}\t{r['engagement']}\t{r['status']}\t{r['issued']}\t{r['valid_until']}\t{r['next_surveillance_due'] or '—'}")
    return 0


def _follow_up(args) -> int:
    from app.services import certification as ho
    from app.services import engagements as services

    store = open_data_store(args)
    engagement_id = ho.start_follow_up(store.uow(), args.certificate, args.kind, args.actor or default_actor(), date.today())
    print(services.load(store.uow(), engagement_id)[0].code)
    return 0


def _status_change(args) -> int:
    from app.domain.kernel.dates import add_months
    from app.services import certification as ho

    store = open_data_store(args)
    by = ho.find_person(store.uow(), args.by)
    on = args.on or date.today()
    verified, actor = args.verified or on, args.actor or default_actor()
    if args.command == "suspend":
        c = ho.suspend(store.uow(), args.certificate, args.reason, by, verified, on, on, args.until or add_months(on, 3), actor)
        change = c.suspensions[-1]
        print(f"{c.number} suspended from {change.starts.isoformat()} to {change.ends.isoformat()}", end="")
    else:
        c = ho.withdraw(store.uow(), args.certificate, args.reason, by, verified, on, actor)
        change = c.withdrawal
        print(f"{c.number} withdrawn on {change.decided_on.isoformat()}", end="")
    print(f" (deadline {change.deadline.isoformat()}{', LATE' if change.late else ''})")
    return 0


_RUN = {"people": _people, "review": _review, "answer": _answer, "decide": _decide, "certificates": _certificates,
        "suspend": _status_change, "withdraw": _status_change, "follow-up": _follow_up}
