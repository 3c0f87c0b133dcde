"""Round 18 of the redaction evaluation: OUTSIDE16's name classes (a given name alone in a person's slot, full
names of two words in record lines, a lone given name as the subject of another language's sentence or the object of
a lower-case request, hyphenated names alone, a list of people opening with a lone given name, a name no list holds
after "assignee:" or a handover's "to"), each frame also filled with things.

Written by the NAMES helper in session 18 before any rule of that session, from the tester's classes in words
(names in :mod:`eval.redaction_round18_names`, frames and fillers in :mod:`eval.redaction_round18_data`). The tune
and held-out halves differ by METHOD as well as by name: hand-written frames at even positions, frames built from
the demo notes' sentences at odd positions (see the data module), names at even and odd positions as round 13's.
Split, figures and printing as round 13 (:mod:`eval.redaction_round13`, whose helpers this reuses); the held-out
half is printed as totals only.

``python -m eval.redaction_round18`` prints both halves; ``-v`` adds the tune half's misses, inexact texts and false
redactions.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from eval import redaction_round13 as round13
from eval.redaction_round13 import Batch
from eval.redaction_round18_data import CLASSES, GROUPS


def summary(redact: Batch) -> list[str]:
    """One line per half (aggregate only), as round 13's, on this round's classes and names."""
    return round13.summary(redact, CLASSES, GROUPS)


def main(argv: Sequence[str]) -> None:
    round13.main(argv, CLASSES, GROUPS)


if __name__ == "__main__":
    main(sys.argv[1:])
