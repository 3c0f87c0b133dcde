"""``python -m eval.query_centre``: compute the typical requisition's vector (``memory/query_centre.json``).

The reference population is every O*NET 29.2 occupation written as a requisition the way the dev set
writes its O*NET requisitions (title; description and the first four core tasks), embedded as a match
embeds its query (``memory.query.direction``: full text anchored by the title, unit length).
The centre is the mean of those unit vectors. No label of the dev set is read: the population is fixed
by the data set, not chosen per query, and the postings of ``eval.postings_check`` are not in it.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from embed import Encoder
from embed.encoder import SentenceEncoder
from eval.devset import onet_occupations
from memory.models import Requisition
from memory.query import TITLE_WEIGHT, anchor, direction
from memory.query_centre import CENTRE_FILE
from memory.requisition import understand

OUT = Path(__file__).resolve().parents[1] / "memory" / CENTRE_FILE
COMMAND = "python -m eval.query_centre"


def onet_requisitions(shared: Path) -> list[Requisition]:
    """Every O*NET occupation as a requisition (the dev set's recipe for its 30 O*NET requisitions)."""
    described, tasks = onet_occupations(shared)
    return [
        Requisition(title=row["Title"], description=" ".join([row["Description"], *tasks[code][:4]]))
        for code, row in sorted(described.items())
    ]


def centre(requisitions: list[Requisition], encoder: Encoder) -> np.ndarray:
    """The mean of the requisitions' unit query vectors (uncentred), built as a match builds its query.

    Each text and each title is encoded in a call of its own, as the match encodes them (a batch pads its
    texts to the longest one, which moves the vectors in their last digits).
    """
    queries = []
    for requisition in requisitions:
        text = requisition.query_text()
        title = anchor(text, understand(requisition).title)
        title_vector = encoder.encode([title])[0] if title is not None else None
        queries.append(direction(encoder.encode([text])[0], title_vector))
    mean: np.ndarray = np.mean(queries, axis=0)
    return mean


def main(argv: list[str] | None = None) -> int:
    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write it (default memory/{CENTRE_FILE})")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("query_centre: ../shared/data is absent", file=sys.stderr)
        return 1
    requisitions = onet_requisitions(shared)
    encoder = SentenceEncoder()
    vector = centre(requisitions, encoder)
    document = {
        "model": encoder.model_id,
        "command": COMMAND,
        "date": datetime.now(UTC).date().isoformat(),
        "population": f"{len(requisitions)} O*NET 29.2 occupations as requisitions (title; description, 4 core tasks)",
        "title_weight": TITLE_WEIGHT,
        "vector": [round(float(x), 6) for x in vector],
    }
    args.out.write_text(json.dumps(document) + "\n")
    print(f"query_centre: {len(requisitions)} requisitions, |centre| = {np.linalg.norm(vector):.4f} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
