"""Packages in a folder are imported with the numbers in their names in order, so revision 99 arrives before 100
(review finding: by plain name order r100 came first and r99 was then refused as older)."""

from app.sync.folder_transport import incoming


def test_revisions_in_a_folder_arrive_oldest_first(tmp_path):
    for name in ("VF-2026-0001-r100.vfpkg", "VF-2026-0001-r99.vfpkg", "VF-2026-0001-r9.vfpkg", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".VF-2026-0001-r101.vfpkg.1-abcd.partial").write_bytes(b"x")
    assert [p.name for p in incoming(tmp_path)] == ["VF-2026-0001-r9.vfpkg", "VF-2026-0001-r99.vfpkg", "VF-2026-0001-r100.vfpkg"]
