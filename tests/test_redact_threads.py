"""Redaction gives the same text whatever runs beside it.

Matches run without the write lock and an import redacts its next block on a thread of its own, so one
``Redactor`` (and spaCy's pipeline inside it) is called from several threads at once. A layer that kept
per-call state on the shared object would then leak one text's names into another's decisions; this
compares every concurrent result with the one-at-a-time result.
"""

from __future__ import annotations

import itertools
import random
from concurrent.futures import ThreadPoolExecutor

from memory.redact import Identity, Redactor

NAMES = [
    ("Chidubem", "Okonkwo"),
    ("Wiremu", "Tamihana"),
    ("Priya", "Raghunathan"),
    ("Wanbli", "Spotted Eagle"),
    ("Pau", "Font"),
    ("Nguyễn", "Văn An"),
    ("Siobhán", "Ní Bhriain"),
    ("Jordan", "Lee"),
]
TEMPLATES = [
    "{a} {b} came in for the onsite; {b} walked us through the Kafka migration in Austin.",
    "Phone screen with {a} {b}. {a} explained the Go services; {c} {d} can confirm the dates.",
    "Candidate: {b}, {a} | Data Engineer | Onsite | Hire",
    "NOTE FROM {c}: {a} {b} IS STRONG ON SQL, WEAKER ON KUBERNETES.",
    "Hi {a}, thanks for your time today. Best, {c} {d}, Senior Recruiter at Morgan Stanley",
    "spoke with {b} about the role; {a} seems keen. {d} wants a work sample from {a}.",
]


def _texts() -> list[tuple[str, Identity | None]]:
    out: list[tuple[str, Identity | None]] = []
    for (a, b), (c, d) in itertools.permutations(NAMES, 2):
        for template in TEMPLATES:
            own = Identity.of(names=[f"{a} {b}"]) if len(out) % 3 == 0 else None
            out.append((template.format(a=a, b=b, c=c, d=d), own))
    return out


def test_concurrent_redaction_equals_one_at_a_time() -> None:
    redactor = Redactor()
    texts = _texts()
    alone = [redactor.redact(text, identity) for text, identity in texts]
    order = list(range(len(texts)))
    random.Random(7).shuffle(order)
    blocks = [order[i : i + 9] for i in range(0, len(order), 9)]  # uneven blocks, as imports and matches send

    def run(block: list[int]) -> list[tuple[int, str]]:
        done = redactor.redact_many([texts[i][0] for i in block], [texts[i][1] for i in block])
        return list(zip(block, done, strict=True))

    with ThreadPoolExecutor(max_workers=4) as pool:
        together = dict(pair for result in pool.map(run, blocks * 2) for pair in result)
    assert [together[i] for i in range(len(texts))] == alone
