"""A large reindex on both cores: a helper process builds part of the notes into an index of
its own while the writer builds the rest, then the writer merges that part in one commit.

Not Whoosh's `procs>1` (an index it built looped forever on `pole*` 1 build in 6, see the
field notes): the helper's index is an ordinary one-process index, and the merge is Whoosh's
ordinary `add_reader`, the code path of every segment merge.
"""

from __future__ import annotations

import logging
import multiprocessing
import shutil
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from ponder.core.index_protocol import Outcome
from ponder.core.model import NotePath

log = logging.getLogger("ponder.index")

PARALLEL_MIN = 4_000
"""Fewer notes than this are read by the writer alone: starting a helper costs ~0.5 s."""
HELPER_SHARE = 0.45  # the writer also answers progress and merges: it takes a bit more


def part_folder(index_dir: Path) -> Path:
    """Beside the index, never inside it (the index folder is wiped on a rebuild)."""
    return index_dir.with_name(index_dir.name + ".part")


def split(paths: Sequence[NotePath]) -> tuple[list[NotePath], list[NotePath]]:
    """(the writer's share, the helper's share); interleaved, so both see every folder."""
    step = round(1 / HELPER_SHARE)
    theirs = [p for i, p in enumerate(paths) if i % step == step - 1]
    mine = [p for i, p in enumerate(paths) if i % step != step - 1]
    return mine, theirs


def build_part(
    conn: Connection, vault_root: str, folder: str, paths: list[NotePath], batch: int
) -> None:
    """The helper: index `paths` into a fresh index in `folder`, then send back its Outcome."""
    from ponder.core.index_keeper import IndexKeeper
    from ponder.core.vault import Vault
    from ponder.core.whoosh_index import WhooshIndex

    target = Path(folder)
    shutil.rmtree(target, ignore_errors=True)
    index = WhooshIndex.open(target, vault_root=Path(vault_root))
    try:
        keeper = IndexKeeper(Vault(Path(vault_root)), index, batch=batch)
        outcome = keeper.reindex(paths, ())
    finally:
        index.close()
    conn.send(outcome)
    conn.close()


class PartBuild:
    """One helper process building a part; `result()` waits for its Outcome."""

    def __init__(
        self, vault_root: Path, index_dir: Path, paths: list[NotePath], batch: int
    ) -> None:
        self.folder = part_folder(index_dir)
        context = multiprocessing.get_context("spawn")
        self._conn, theirs = context.Pipe(duplex=False)
        self._process = context.Process(
            target=build_part,
            args=(theirs, str(vault_root), str(self.folder), paths, batch),
            name="ponder-index-part",
            daemon=True,
        )
        self._process.start()
        theirs.close()

    def result(self) -> Outcome | None:
        """The part's Outcome, or None when the helper failed (the caller reads those notes
        itself then)."""
        try:
            outcome: Outcome = self._conn.recv()
        except (EOFError, OSError):
            log.warning("the helper building part of the index stopped; building it alone")
            return None
        finally:
            self._process.join()
            self._conn.close()
        return outcome

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
