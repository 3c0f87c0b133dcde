"""Round 13's runner (eval.redaction_round13): the halves never share a name or a frame, the own-name class is
redacted with the person's identity, and a redactor that does nothing scores no recall and no false redaction."""

from __future__ import annotations

from collections.abc import Sequence

from eval import redaction_round13 as r13
from eval.redaction_round6 import total
from memory.redact_identity import Identity


def test_halves_share_no_frame_and_no_name() -> None:
    tune, held = r13.items(False), r13.items(True)
    assert tune and held
    assert not {(i.kind, i.frame) for i in tune} & {(i.kind, i.frame) for i in held}
    assert not {(i.group, i.words) for i in tune} & {(i.group, i.words) for i in held}
    assert not {t for _, t, _, _ in r13.fillers(False)} & {t for _, t, _, _ in r13.fillers(True)}


def test_own_class_is_redacted_with_the_identity() -> None:
    seen: list[Identity | None] = []

    def batch(texts: Sequence[str], identities: Sequence[Identity | None]) -> list[str]:
        seen.extend(identities)
        return list(texts)

    s, changed = r13.score(batch, False)
    owns = [i for i in r13.items(False) if i.own]
    assert owns and sum(x is not None for x in seen) == 2 * len(owns)  # both passes
    assert total(s.by_class)[0] == 0  # nothing removed: recall 0
    assert changed[0] == 0
    wrong, _ = r13.false_redactions(batch, False)
    assert total(wrong)[0] == 0
