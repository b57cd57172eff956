"""A package made again from another one with its ``engagement.json`` edited, and signed again by a trusted lead.

Used by the tests that show what the hash chain (not the signature) catches: the manifest, the Payload-Oxum,
the tag manifest and the signature are all remade, so only the data's own consistency can give the forgery away.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any, Callable

from app.sync.bag import TAG_MANIFEST
from app.sync.signature import sign_detached


def reissued(source: Path, target: Path, identity: Path, passphrase: str, edit: Callable[[dict[str, Any]], None]) -> Path:
    """``source`` with ``edit`` applied to its engagement.json, every tag file made to match, signed by ``identity``."""
    with zipfile.ZipFile(source) as old:
        members = {info.filename: old.read(info) for info in old.infolist()}
    data = json.loads(members["data/engagement.json"])
    edit(data)
    members["data/engagement.json"] = json.dumps(data, ensure_ascii=False).encode()
    payload = {n: d for n, d in members.items() if n.startswith("data/")}
    manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(payload.items())).encode()
    octets = sum(len(d) for d in payload.values())
    info = "".join(f"Payload-Oxum: {octets}.{len(payload)}\n" if line.startswith("Payload-Oxum: ") else line + "\n"
                   for line in members["bag-info.txt"].decode().splitlines()).encode()
    tags = {"bagit.txt": members["bagit.txt"], "bag-info.txt": info, "manifest-sha256.txt": manifest}
    tag_manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in tags.items()).encode()
    members |= tags | {TAG_MANIFEST: tag_manifest, "signature.p7s": sign_detached(tag_manifest, identity, passphrase)}
    with zipfile.ZipFile(target, "w") as new:
        for name, body in members.items():
            new.writestr(name, body)
    return target
