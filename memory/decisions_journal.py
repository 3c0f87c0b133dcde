"""The decision log's journal: entries made durable without holding the GIL, folded into the store later.

Why it exists: every write to the embedded store ends with Edge's flush of the shard (~40 ``msync`` and ~11
``fsync`` calls, ``strace`` of one write), and the binding holds the GIL through all of it: 100-350 ms of wall
per write on this shared disk (session 12, docs/scale.md, "The decision log"), during which every match in the
process stops. Under 20 clients the matches never pause, so the log's batch went to the shard every ~0.8 s.
Appending the same points here costs one ``os.write`` and one ``os.fsync``, and both release the GIL: the
matches run on while the disk works. ``memory.deferred`` writes the journal while matches run and folds it
into the store when they pause (or when a read, an erasure or a close needs the store to hold everything).

Format: one JSON line per point, ``{"c": collection, "id": point id, "p": payload}`` (the log's points carry
no vectors). A crash in the middle of an append leaves a torn last line; it is dropped at replay, as a crash
a moment earlier would have lost that batch from the queue (the documented window, ``LINGER_S``).

Privacy: ``clear`` truncates the file to nothing and syncs, so once a fold has put the entries in the store
they are in no other file; an erasure folds first and then rewrites the store (``DecisionLog._rewrite``), so an
erased person's entries leave the journal with the rest (tests/test_erasure_disk.py scans it).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from memory.store import Collection, StoredPoint

JOURNAL_NAME = "decisions.journal"


class Journal:
    """An append-only file of points, synced on every append; owned by one process (the store's lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # O_APPEND: every write lands at the end, also after ``clear`` truncated the file to zero.
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)

    def holds(self) -> bool:
        """Whether any byte is in the file (points not yet folded, or a torn line)."""
        return os.fstat(self._fd).st_size > 0

    def append(self, batches: Sequence[tuple[Collection, Sequence[StoredPoint]]]) -> None:
        """Write the points and wait until they are on disk (``os.write``/``os.fsync`` release the GIL)."""
        lines = []
        for collection, points in batches:
            for p in points:
                if p.dense is not None or p.sparse:
                    raise ValueError("the journal holds payload-only points (the decision log's)")
                lines.append(json.dumps({"c": collection.value, "id": p.id, "p": p.payload}, separators=(",", ":")))
        if not lines:
            return
        data = ("\n".join(lines) + "\n").encode()
        view = memoryview(data)
        while view:  # a write may be short (a signal, a full pipe of the page cache): write the rest
            view = view[os.write(self._fd, view) :]
        os.fsync(self._fd)

    def read(self) -> list[tuple[Collection, list[StoredPoint]]]:
        """The points in the order written, one batch per run of one collection; a torn last line is dropped."""
        with open(self.path, "rb") as f:
            data = f.read()
        batches: list[tuple[Collection, list[StoredPoint]]] = []
        lines = data.split(b"\n")
        for line in lines[:-1]:  # the part after the last newline is empty, or a torn append
            if not line:
                continue
            row = json.loads(line)
            collection = Collection(row["c"])
            if not batches or batches[-1][0] is not collection:
                batches.append((collection, []))
            batches[-1][1].append(StoredPoint(row["id"], row["p"]))
        return batches

    def clear(self) -> None:
        """Drop every byte (after a fold put the points in the store) and sync the new, empty length."""
        os.ftruncate(self._fd, 0)
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
