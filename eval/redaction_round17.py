"""Round 17 of the redaction evaluation: OUTSIDE15's name classes (two given names joined by "&", a lone given
name opening an action item or a note in another language, given names that are English words alone in a person's
slot, nicknames, hyphenated names alone, sign-offs), each frame also filled with things.

Written by the NAMES helper in session 17 before any rule of that session, from the tester's classes in words
(names in :mod:`eval.redaction_round17_names`, frames and fillers in :mod:`eval.redaction_round17_data`). Split,
figures and printing as round 13 (:mod:`eval.redaction_round13`, whose helpers this reuses): names at even
positions and frames at even positions make the TUNE half, odd and odd the HELD-OUT half (totals only); a frame's
filler belongs to the frame's half.

``python -m eval.redaction_round17`` prints both halves; ``-v`` adds the tune half's misses, inexact texts and false
redactions.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from eval import redaction_round13 as round13
from eval.redaction_round13 import Batch
from eval.redaction_round17_data import CLASSES, GROUPS


def summary(redact: Batch) -> list[str]:
    """One line per half (aggregate only), as round 13's, on this round's classes and names."""
    return round13.summary(redact, CLASSES, GROUPS)


def main(argv: Sequence[str]) -> None:
    round13.main(argv, CLASSES, GROUPS)


if __name__ == "__main__":
    main(sys.argv[1:])
