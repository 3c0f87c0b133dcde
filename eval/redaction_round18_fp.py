"""Round 18 (FP helper, session 18): OUTSIDE16's false-redaction classes by property, each frame with people in it.

Written at 02:50 UTC before any rule of session 18 from /tmp/coord/OUTSIDE16_FINDINGS.md's classes in words (its
texts were never seen) and session 17's open review SHOULDs on the FP side, and first scored at cf0198b: a place
right after a speaker label before a place's predicate, a place opening a sentence as a modifier, landmarks named
after people (a landmark head noun: Station, Bay, Bridge, Square, Park, Street, in any case), schools in lower-case
lines after "degree from", a feast word before a weekday (a date), hospitals (a hospital head noun or a possessive
hospital name, in any case), a language after a sentence-initial "Speaks", eponymous awards and scholarships alone
at a line start, in a bullet or in lower case, two-word eponymous techniques and a mis-decoded accented word, and
the review's things (a tool label in a dialogue, "Guy's", "<author> on <tool>:", "Ping @handle").

Every frame has a person twin: the same slot (or the nearest a person fills) with people of many origins the helper
wrote, among them people whose names are the class's own words (given names that are places, the family name
Park, weekday family names, a given name that is a feast word), unlisted names, mononyms, and the case of the
frame. Two frame sets per class written by different methods: the tune half is whole sentences written by hand;
the held-out half is composed from separate opener and tail pieces (written for composing, never as sentences)
and printed in three cases (as written, lower case, capitals), with the other half of each kind's things and of
the people. The held-out half is printed as totals only. ``python -m eval.redaction_round18_fp -v`` prints the
tune half's failures. Scored by round 17's scorer (``eval.redaction_fp_rounds``).
"""

from __future__ import annotations

import sys

from eval.redaction_fp_rounds import FpRound, Negative
from eval.redaction_round18_fp_data import PEOPLE, PIECES, PING_HANDLE, THINGS, TUNE

_CASES = (str, str.lower, str.upper)


def _cased(case: int, text: str) -> str:
    return _CASES[case](text)


def _tune_negatives() -> list[Negative]:
    out: list[Negative] = []
    for kind, frame, _ in TUNE:
        for thing in THINGS[kind][0::2]:
            # A frame that names a person beside the slot may hold that person's placeholder: the review's authors,
            # and the speaker "Priya:" (scored as no person at first, so her own [PERSON] counted as the place's
            # false redaction: 8 of the tune half's 34 at 411d80a; fixed after, both figures in the commit).
            beside = kind == "review" or frame.startswith("Priya: ")
            out.append((kind, frame.format(thing), _keep(thing), beside))
    return out


def _hold_negatives() -> list[Negative]:
    out: list[Negative] = []
    for kind, (openers, tails, _, _) in PIECES.items():
        things = THINGS[kind][1::2]
        for number, thing in enumerate(things):
            opener, tail = openers[number % 3], tails[(number // 3) % 3]
            if kind == "review" and opener == "Ping ":
                thing, keep = PING_HANDLE, "Ping"
            else:
                keep = _keep(thing)
            case = 0 if kind == "review" else number % 3
            text = opener + thing + tail
            out.append((kind, _cased(case, text), _cased(case, keep), kind == "review"))
    return out


def _keep(thing: str) -> str:
    """The words of a thing that must stay (its possessive's stem, no punctuation)."""
    words = thing.replace("&", " ").replace("-", " ").split()
    return " ".join(w.rstrip("'").removesuffix("'s") for w in words if w.strip("'"))


def negatives(hold: bool) -> list[Negative]:
    """(kind, text, words that must stay, a person beside): the tune half's hand-written frames with the even
    things of their kind; the held-out half's composed frames with the odd things, in three cases."""
    return _hold_negatives() if hold else _tune_negatives()


def positives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, name words that must go): each person frame of the half with six people, each frame starting at
    a different place in the half's pool, in the case of the frame it twins."""
    out = []
    pool = PEOPLE[int(hold) :: 2]
    if not hold:
        for number, (kind, _, template) in enumerate(TUNE):
            for k in range(6):
                person = pool[(number * 5 + k) % len(pool)]
                out.append((kind, template.format(person), person))
        return out
    number = 0
    for kind, (_, _, openers, tails) in PIECES.items():
        for opener in openers:
            for k in range(3):
                person = pool[(number * 5 + k) % len(pool)]
                case = 0 if kind == "review" else k
                text = opener + person + tails[(number + k) % 3]
                out.append((kind, _cased(case, text), _cased(case, person)))
            number += 1
    return out


ROUND = FpRound(
    paragraph=(
        "Round 18 (`eval/redaction_round18_fp.py`, `python -m eval.redaction_round18_fp -v`): OUTSIDE16's "
        "false-redaction classes by property (a place after a speaker label or opening a sentence, landmarks named "
        "after people, schools in lower-case lines, a feast word before a weekday, hospitals, 'Speaks <language>', "
        "eponymous awards, two-word eponymous techniques, and the review's tool label, 'Guy's', '<author> on "
        "<tool>:' and 'Ping'), each with a person twin filled with people of many origins, some named by the "
        "class's own words. Written in session 18 before its rules and first scored at cf0198b; two frame sets "
        "written by different methods: `tune` hand-written sentences, `held out` composed pieces in three cases "
        "with the other half of the things and people, totals only."
    ),
    negatives=negatives,
    positives=positives,
)
tables = ROUND.tables
false_redactions = ROUND.false_redactions
recall = ROUND.recall


if __name__ == "__main__":
    ROUND.main(sys.argv[1:])
