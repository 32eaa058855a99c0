"""The vault commands of `ponder`: make a vault, open a note in the window, hand requests over."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ponder.core import handover, settings
from ponder.core.library import Library
from ponder.core.note_refs import resolve_note
from ponder.core.vault import VaultError
from ponder.core.welcome import add_welcome_note

if TYPE_CHECKING:
    from ponder.output import Output

EXIT_OK, EXIT_NO_VAULT = 0, 3
DEFAULT_VAULT = "~/Ponder"
NOTE_HELP = "a note: its path (absolute, or in the vault with or without .md), id or title"


class VaultCliError(Exception):
    """A vault command that cannot go on, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_NO_VAULT) -> None:
        super().__init__(message)
        self.code = code


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser("init", help="create a vault with a welcome note; prints its path")
    init.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="the folder (default: --vault, $PONDER_VAULT, the vault setting, or ~/Ponder)",
    )
    opener = sub.add_parser("open", help="open a note in the window (the running one, if any)")
    opener.add_argument("ref", metavar="NOTE", help=NOTE_HELP)


def chosen_vault(flag: str | None, prefs: settings.Settings) -> str | None:
    """The vault the person named (--vault, $PONDER_VAULT, the setting), or None."""
    return flag or os.environ.get("PONDER_VAULT") or prefs.vault or None


def cmd_init(args: argparse.Namespace, out: Output, loaded: settings.LoadedSettings) -> int:
    named = args.path or chosen_vault(args.vault, loaded.settings)
    root = Path(named or DEFAULT_VAULT).expanduser().absolute()
    if root.exists() and not root.is_dir():
        raise VaultCliError(f"{root} is a file; name a folder for the vault.")
    try:
        library = Library.open(root, settings.Dirs.for_user().cache, create=True)
    except VaultError as exc:
        raise VaultCliError(str(exc)) from exc
    with library:
        notes = sum(1 for _ in library.scan())
        if notes:
            out.warn(f"{root} already holds {notes} notes; it is a vault as it is.")
        else:
            add_welcome_note(library, _language())
    if not loaded.settings.vault and not os.environ.get("PONDER_VAULT"):
        prefs = replace(loaded.settings, vault=str(root))
        settings.save(settings.Dirs.for_user().settings_file, prefs)
        out.warn(f"{root} is now your vault (the vault setting).")
    out.line(str(root))
    return EXIT_OK


def missing_vault_message(root: Path) -> str:
    return (
        f"The vault folder {root} does not exist. Create it with `ponder init {root}`, "
        "or pass --vault PATH (or set PONDER_VAULT) to an existing vault."
    )


def open_target(library: Library, ref: str) -> str:
    """The absolute path of the note `ref` names (NoteRefError when none or several do)."""
    return str(library.root / resolve_note(library, ref))


def hand_to_window(message: dict[str, object], out: Output) -> bool:
    """Give `message` to the running window of this user's settings folder, if one listens.
    A channel that fails its checks is reported and not used (the caller does the work)."""
    try:
        path = handover.socket_path(str(settings.Dirs.for_user().config))
    except handover.ChannelError as exc:
        out.warn(f"not handing over to a running window: {exc}")
        return False
    delivery = handover.send(path, message)
    if delivery.outcome is handover.Outcome.UNSAFE:
        out.warn(f"not handing over to a running window: {delivery.reason}")
    return delivery.handed


def handed_quietly(quick_capture: bool) -> bool:
    """Raise the running window (or open its quick capture) without loading Qt; False when
    none takes it. Problems with the channel are left to the window's start to report."""
    try:
        path = handover.socket_path(str(settings.Dirs.for_user().config))
    except handover.ChannelError:
        return False
    message = {"command": "quick-capture" if quick_capture else "raise"}
    return handover.send(path, message).handed


def _language() -> str:
    """The person's language as POSIX says to find it (LC_ALL, LC_MESSAGES, LANG): "de" for
    de_DE.UTF-8, "en" when none is set or it is C/POSIX."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return "en" if code in ("c", "posix") else code
    return "en"
