"""Head office's ``verifield`` commands in a separate process against a real data folder: the submitted demo, people,
review points, approval, the decision, the register, suspension and withdrawal, and their refusals."""

import json
from datetime import date, timedelta

from app.domain.kernel.dates import add_years
from tests.integration.test_cli import verifield


def run(data_dir, *args, code: int = 0):
    result = verifield(*args, data_dir=data_dir)
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_people_add_prints_the_new_person_and_the_list_shows_their_engagements(tmp_path):
    run(tmp_path, "demo")
    added = json.loads(run(tmp_path, "people", "add", "刘洋 Liu Yang", "--role", "reviewer", "--json").stdout)
    assert added["name"] == "刘洋 Liu Yang" and added["roles"] == ["reviewer"] and len(added["id"]) == 36
    people = {p["name"]: p for p in json.loads(run(tmp_path, "people", "--json").stdout)}
    assert people["刘洋 Liu Yang"]["id"] == added["id"] and people["刘洋 Liu Yang"]["engagements"] == []
    assert people["王磊 Wang Lei"]["engagements"] == ["DEMO-2026-0001"] and "lead" in people["王磊 Wang Lei"]["roles"]
    bad = run(tmp_path, "people", "add", "某人", "--role", "boss", code=2)
    assert "Unknown role" in bad.stderr and "角色无效" in bad.stderr


def test_submitted_demo_through_review_decision_register_suspension_and_withdrawal(tmp_path):
    made = run(tmp_path, "demo", "--stage", "submitted")
    code = made.stdout.split(": ")[1].split()[0]
    assert json.loads(run(tmp_path, "list", "--json").stdout)[0]["status"] == "submitted"
    refused = run(tmp_path, "review", code, "--reviewer", "王磊 Wang Lei", "--approve", code=2)
    assert "on the team" in refused.stderr and "核查组成员" in refused.stderr
    point_id = run(tmp_path, "review", code, "--reviewer", "赵敏 Zhao Min", "--point", "NC-01 closed how?").stdout.split("\t")[0]
    early = run(tmp_path, "decide", code, "--by", "孙强 Sun Qiang", "--approve", code=2)
    assert "follows the approved technical review" in early.stderr
    assert "review point not closed" in run(tmp_path, "review", code, "--reviewer", "赵敏 Zhao Min", "--approve", code=2).stderr
    run(tmp_path, "answer", code, point_id, "--by", "王磊 Wang Lei", "--text", "service log, see NC-01")
    run(tmp_path, "review", code, "--reviewer", "赵敏 Zhao Min", "--close", point_id)
    run(tmp_path, "review", code, "--reviewer", "赵敏 Zhao Min", "--approve")
    assert "technical reviewer" in run(tmp_path, "decide", code, "--by", "赵敏 Zhao Min", "--approve", code=2).stderr
    assert "needs its reasons" in run(tmp_path, "decide", code, "--by", "孙强 Sun Qiang", "--reject", code=2).stderr
    today = date.today()
    decided = run(tmp_path, "decide", code, "--by", "孙强 Sun Qiang", "--approve", "--on", today.isoformat())
    assert "certificate DEMO-CN-" in decided.stdout
    [row] = json.loads(run(tmp_path, "certificates", "--json").stdout)
    assert row["engagement"] == code and row["status"] == "valid" and row["issued"] == today.isoformat()
    assert date.fromisoformat(row["valid_until"]) == add_years(today, 3) - timedelta(days=1)
    assert date.fromisoformat(row["next_surveillance_due"]) > today
    number = row["number"]
    assert "Unknown reason code 9" in run(tmp_path, "suspend", number, "--reason", "9", "--by", "孙强 Sun Qiang", code=2).stderr
    run(tmp_path, "suspend", number, "--reason", "3", "--by", "孙强 Sun Qiang")
    assert json.loads(run(tmp_path, "certificates", "--json").stdout)[0]["status"] == "suspended"
    follow = run(tmp_path, "follow-up", number, "--kind", "surveillance").stdout.strip()
    assert follow.startswith("DEMO-") and follow != code
    run(tmp_path, "withdraw", number, "--reason", "1", "--by", "孙强 Sun Qiang")
    assert json.loads(run(tmp_path, "certificates", "--json").stdout)[0]["status"] == "withdrawn"
    public = run(tmp_path, "certificates", "--withdrawn").stdout
    assert public.startswith(number) and "常州恒运精密机械有限公司" in public and "1) a serious breach of law" in public
    assert "history chain: intact" in run(tmp_path, "db", "check").stdout
