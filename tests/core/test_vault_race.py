"""Saves raced against thousands of outside writes: an outside edit is never overwritten unseen.

A writer thread (standing for a sync client or another editor) writes the note again and
again, half the time Syncthing's way (temp file, rename over) and half in place (open "w"),
each time with a unique text, and then waits until the note holds something else. Meanwhile
the main thread reads and saves the note as autosave does; each save's text names the version
it was based on. File calls release the GIL, so the two really interleave. An outside version
is lost when the saves that followed it were based on another version and it survives nowhere
(not in the note, not in a conflict copy).
"""

from __future__ import annotations

import random
import sys
import threading
import time
from pathlib import Path

import pytest

from ponder.core.model import NotePath
from ponder.core.vault import ChangedOnDiskError, Vault, VaultWriteError
from ponder.core.vault_swap import ASIDE_PREFIX

NOTE = NotePath("note.md")
WRITES = 2000


def outside(number: int) -> str:
    return f"outside {number}\n" * 40


class Race:
    """The shared state: Ponder's save attempts and what the writer saw follow each write."""

    def __init__(self, root: Path, writes: int) -> None:
        self.root = root
        self.note = root / NOTE
        self.writes = writes
        self.attempt = threading.Lock()  # held by Ponder for each read+save
        self.attempts = 0
        self.successors: dict[int, str] = {}  # outside write -> the stable text that followed
        self.done = threading.Event()

    def write_outside(self) -> None:
        rng = random.Random(7)
        for i in range(self.writes):
            text = outside(i)
            if i % 2:
                tmp = self.root / f".syncthing.note.md.{i}.tmp"
                tmp.write_text(text, "utf-8")
                tmp.replace(self.note)
            else:
                with self.note.open("w", encoding="utf-8") as file:
                    file.write(text)
            self.successors[i] = self._successor(text)
            time.sleep(rng.uniform(0, 0.001))
        self.done.set()

    def _successor(self, text: str) -> str:
        """The note's first line once it holds something else, seen between two attempts
        (a save that is undone is only seen in the middle of one)."""
        start = self.attempts
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            time.sleep(0.0002)
            if self.attempts < start + 2:
                continue
            with self.attempt:
                now = self.note.read_text("utf-8")
            if now != text:
                return now.splitlines()[0] if now else ""
        return "timeout"


def run_race(root: Path, writes: int) -> dict[str, int]:
    (root / NOTE).write_text("start\n", "utf-8")
    vault = Vault.open(root)
    race = Race(root, writes)
    writer = threading.Thread(target=race.write_outside)
    based_on: dict[str, str] = {}  # a Ponder save's first line -> first line it was based on
    counts = dict.fromkeys(("saves", "conflicts", "overtaken"), 0)
    writer.start()
    j = 0
    while not race.done.is_set():
        with race.attempt:
            text, stamp = vault.read(NOTE)
            j += 1
            based_on[f"ponder {j}"] = text.splitlines()[0] if text else ""
            try:
                vault.save(NOTE, f"ponder {j}\n", expected=stamp)
                counts["saves"] += 1
            except ChangedOnDiskError:
                counts["conflicts"] += 1
            except VaultWriteError:  # saved, then replaced by the writer before the read-back
                counts["overtaken"] += 1
            race.attempts += 1
        time.sleep(0.0001 * (j % 4))
    writer.join()
    kept = {p.read_text("utf-8") for p in root.glob("note (conflicted copy *).md")}
    final = race.note.read_text("utf-8")
    lost = 0
    for number, successor in race.successors.items():
        base = successor
        while base.startswith("ponder "):  # back through Ponder's saves to the version read
            base = based_on[base]
        survived = base == f"outside {number}" or outside(number) in kept | {final}
        lost += not survived
    assert not list(root.glob(f"{ASIDE_PREFIX}*")), "no swap file stays behind"
    return {"outside writes": len(race.successors), **counts, "kept": len(kept), "lost": lost}


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.skipif(sys.platform != "linux", reason="the atomic swap is Linux's renameat2")
def test_thousands_of_outside_writes_raced_against_saves_lose_nothing(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    root.mkdir()
    counts = run_race(root, WRITES)
    print(counts)  # the numbers for the issue note (pytest -s shows them)
    assert counts["outside writes"] == WRITES
    assert counts["saves"] > WRITES // 10, "the saves really raced the writes"
    assert counts["conflicts"] > 0, "some writes really landed inside a save"
    assert counts["lost"] == 0
