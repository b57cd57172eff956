"""Power-loss safety: a writer killed with SIGKILL mid-burst leaves a sound store holding every committed edit."""

import os
import signal
import subprocess
import sys
import textwrap

from app.services import engagements as services
from app.storage.store import open_store

WRITER = textwrap.dedent(
    """
    import sys
    from app.services import demo, engagements as services
    from app.domain.engagement.engagement import Site
    from app.storage.store import open_store

    store = open_store(sys.argv[1])
    engagement_id = demo.create_demo(store.uow(), "writer")
    print("ready", engagement_id, flush=True)
    i = 0
    while True:
        i += 1
        services.update_engagement(store.uow(), engagement_id, {"title": f"edit {i}"}, "writer")
        services.add_site(store.uow(), engagement_id, Site(f"site {i}"), "writer")
        print(i, flush=True)
    """
)


def test_kill_9_during_a_burst_of_edits(tmp_path):
    path = tmp_path / "crash.sqlite"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        ready, engagement_id = writer.stdout.readline().split()
        assert ready == "ready"
        confirmed = 0
        while confirmed < 40:
            confirmed = int(writer.stdout.readline())
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    store = open_store(path)
    assert store.integrity_check() == ["ok"]
    assert store.foreign_key_problems() == []
    assert services.verify_history(store.uow()) == []
    engagement, _ = services.load(store.uow(), engagement_id)
    last_title = int(engagement.title.removeprefix("edit "))
    assert last_title >= confirmed
    site_names = [s.name for s in engagement.sites[2:]]
    # Every confirmed edit is there, in order, and nothing half-written beyond the last commit.
    assert site_names[:confirmed] == [f"site {i}" for i in range(1, confirmed + 1)]
    assert len(site_names) in (last_title - 1, last_title)
