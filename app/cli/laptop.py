"""``verifield`` commands that keep a laptop's data safe: backups, restore, encryption, profiles.

    verifield backup [--out F] [--keep K]  back the store up: to F, or as a rotating backup in <data>/backups/
    verifield restore F                    check backup F, keep the current store aside, put F's content in its place
    verifield encrypt --passphrase-file P [--no-recovery-key]   encrypt the data folder (all or nothing, backup first)
    verifield change-passphrase --passphrase-file OLD --new-passphrase-file NEW   re-wrap the data key
    verifield --passphrase-file P COMMAND  open an encrypted data folder for any command
    verifield --profile NAME [COMMAND]     the data folder of that person's profile (the GUI too)
    verifield profile add NAME [--folder F] | profile list
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import read_passphrase, unlocked
from app.domain.kernel.text import DomainError, Text

DEFAULT_KEEP = 10


def global_options(parser: argparse.ArgumentParser) -> None:
    """The options of every command: an encrypted data folder's passphrase, a person's profile."""
    parser.add_argument("--passphrase-file", dest="folder_passphrase_file", metavar="P",
                        help="file whose first line is the passphrase of an encrypted data folder")
    parser.add_argument("--profile", action=_Profile, metavar="NAME", help="use this person's profile (its data folder)")


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
    profile = commands.add_parser("profile", help="the profiles of the people using this laptop, each with a data folder")
    profile.add_argument("action", choices=["add", "list"])
    profile.add_argument("name", nargs="?", default="")
    profile.add_argument("--folder", help="the new profile's data folder (default: profiles/NAME in the data folder)")
    backup = commands.add_parser("backup", help="back the store up (SQLite's backup API), with the evidence it needs listed beside it")
    backup.add_argument("--out", help="backup file to write (default: a rotating backup in the data folder's backups/)")
    backup.add_argument("--keep", type=int, default=DEFAULT_KEEP, help=f"rotating backups kept besides one a day for a week (default {DEFAULT_KEEP})")
    restore = commands.add_parser("restore", help="restore the store from a backup (checked first; the current store is kept aside)")
    restore.add_argument("file")
    encrypt = commands.add_parser("encrypt", help="encrypt the data folder: store, backups and evidence (all or nothing, backup first)")
    encrypt.add_argument("--passphrase-file", required=True, help="file whose first line is the new passphrase")
    encrypt.add_argument("--no-recovery-key", action="store_true", help="make no recovery key (a forgotten passphrase then loses the data)")
    change = commands.add_parser("change-passphrase", help="change the data folder's passphrase (re-wraps its key; nothing is re-encrypted)")
    change.add_argument("--passphrase-file", required=True, help="file whose first line is the current passphrase")
    change.add_argument("--new-passphrase-file", required=True, help="file whose first line is the new passphrase")
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


class _Profile(argparse.Action):
    """``--profile NAME``: the data folder becomes the profile's (an unknown name is a usage error)."""

    def __call__(self, parser, namespace, value, option_string=None) -> None:
        from app import profiles

        try:
            namespace.data_dir = str(profiles.choose(value).folder)
        except DomainError as error:
            raise argparse.ArgumentError(self, error.message.both()) from None


def _backup(args: argparse.Namespace) -> int:
    from app.storage import backups

    store = unlocked(args)
    if args.out:
        made = backups.write_backup(store, Path(args.out))
    else:
        made = backups.back_up(store, store.parent / backups.FOLDER, max(args.keep, 1))
    print(f"{made.path}: {len(made.evidence)} evidence files needed, listed in {backups.manifest_path(made.path).name}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.storage import backups

    store = unlocked(args)
    restored = backups.restore(Path(args.file), store, store.parent / backups.EVIDENCE_FOLDER)
    _print(restored.said())
    return 1 if restored.missing else 0


def _encrypt(args: argparse.Namespace) -> int:
    from app.paths import data_dir
    from app.storage.encrypt_folder import encrypt_folder

    done = encrypt_folder(data_dir(args.data_dir), read_passphrase(args.passphrase_file), not args.no_recovery_key)
    _print(Text(f"数据文件夹已加密：{done.stores} 个数据文件、{done.evidence} 个证据文件。",
                f"The data folder is encrypted: {done.stores} store files and {done.evidence} evidence files."))
    if done.recovery:
        _print(Text(f"恢复密钥（只显示这一次；请抄下并与电脑分开保存，忘记口令时用它打开）：\n{done.recovery}",
                    f"Recovery key (shown this once only; write it down and keep it apart from the laptop, it opens the "
                    f"folder if the passphrase is forgotten):\n{done.recovery}"))
    return 0


def _change_passphrase(args: argparse.Namespace) -> int:
    from app.paths import data_dir
    from app.storage import data_key

    data_key.change_passphrase(data_dir(args.data_dir), read_passphrase(args.passphrase_file), read_passphrase(args.new_passphrase_file))
    _print(Text("口令已更换（只重新封装了数据密钥，数据本身未重新加密）。", "The passphrase is changed (only the data key was re-wrapped; no data was re-encrypted)."))
    return 0


def _profile(args: argparse.Namespace) -> int:
    from app import profiles

    if args.action == "add":
        made = profiles.add(args.name, args.folder)
        _print(Text(f"已新建配置文件“{made.name}”，数据文件夹 {made.folder}。", f"Profile “{made.name}” made; its data folder is {made.folder}."))
    for listed in profiles.profiles() if args.action == "list" else ():
        print(f"{listed.name}\t{listed.folder}")
    return 0


def _print(text: Text) -> None:
    print(f"{text.en}\n\n{text.zh}")


_RUN = {"backup": _backup, "restore": _restore, "encrypt": _encrypt, "change-passphrase": _change_passphrase,
        "profile": _profile}
