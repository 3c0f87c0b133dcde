"""Find strings in a data directory's bytes, including inside LZ4-compressed payload records.

Qdrant Edge stores payloads compressed (lz4_flex blocks with a 4-byte little-endian size in front), so a
raw ``grep`` can miss a person who is still on disk. ``find`` looks in the raw bytes and in every block
that decompresses to a JSON object; a test proves it sees a live person before it trusts a clean result.
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path

_MAX_RECORD = 5_000_000  # bytes: larger "sizes" in front of a brace are coincidences, not records


def _lz4_block(src: bytes, pos: int, size: int) -> bytes:
    """Decode one LZ4 block of ``size`` bytes starting at ``pos`` (raises ValueError/IndexError if it is not one)."""
    out = bytearray()
    while True:
        token = src[pos]
        pos += 1
        literals = token >> 4
        if literals == 15:
            while True:
                extra = src[pos]
                pos += 1
                literals += extra
                if extra != 255:
                    break
        out += src[pos : pos + literals]
        pos += literals
        if len(out) >= size:
            break
        offset = src[pos] | (src[pos + 1] << 8)
        pos += 2
        if offset == 0 or offset > len(out):
            raise ValueError("not an LZ4 block")
        length = token & 15
        if length == 15:
            while True:
                extra = src[pos]
                pos += 1
                length += extra
                if extra != 255:
                    break
        for _ in range(length + 4):
            out.append(out[-offset])
        if len(out) > size:
            raise ValueError("not an LZ4 block")
    if len(out) != size:
        raise ValueError("not an LZ4 block")
    return bytes(out)


def _records(data: bytes) -> list[bytes]:
    """Every JSON object that some size-prefixed LZ4 block in ``data`` decompresses to."""
    found = []
    for match in re.finditer(rb"\{", data):
        brace = match.start()
        for back in range(5, 9):  # the size, then the token byte (and up to 3 length bytes) before "{"
            start = brace - back
            if start < 0:
                continue
            (size,) = struct.unpack_from("<I", data, start)
            if not 2 <= size <= _MAX_RECORD:
                continue
            try:
                record = _lz4_block(data, start + 4, size)
            except (ValueError, IndexError):
                continue
            if record.startswith(b"{"):
                found.append(record)
                break
    return found


def _written(path: Path) -> bytes:
    """The file's written extents, joined by zeros; its holes are never read.

    Edge pre-allocates page files sparsely (a 32 MiB ``page_0.dat`` may hold 4 KiB of data): reading only
    what was written (SEEK_DATA / SEEK_HOLE) makes a scan of a test store ~400x less I/O. The bytes of a
    hole are zeros by definition, so nothing can hide there. Filesystems without the two seeks report the
    whole file as data, and the scan reads it all.
    """
    parts = []
    with open(path, "rb") as f:
        fd, end, pos = f.fileno(), os.fstat(f.fileno()).st_size, 0
        while pos < end:
            try:
                start = os.lseek(fd, pos, os.SEEK_DATA)
            except OSError:  # ENXIO: no data after pos
                break
            stop = os.lseek(fd, start, os.SEEK_HOLE)
            f.seek(start)
            parts.append(f.read(stop - start))
            pos = stop
    return (b"\0" * 8).join(parts)


def find(root: Path, needles: list[bytes]) -> list[str]:
    """``file: needle`` for each needle found in a file under ``root``, raw or decompressed, case-insensitive."""
    hits = []
    lowered = [n.lower() for n in needles]
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = _written(path)
        texts = [data.lower(), *(r.lower() for r in _records(data.rstrip(b"\0")))] if b"{" in data else [data.lower()]
        for needle, low in zip(needles, lowered, strict=True):
            if any(low in text for text in texts):
                hits.append(f"{path.relative_to(root)}: {needle!r}")
    return hits
