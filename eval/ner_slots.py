"""The slots of :mod:`eval.ner_frames_weak` and :mod:`eval.ner_frames_n1`, filled from :class:`eval.ner_data.Names`
(moved out of :mod:`eval.ner_data` in session 14, which had grown past 400 lines).

A lone name in an N1 frame comes from the origins OUTSIDE12 found weakest (:mod:`eval.ner_origins_more`) more
than half the time, else from any origin; a look-alike from the pools ``Names`` already holds plus the foreign
words, acronyms and codenames of :mod:`eval.ner_frames_n1`.
"""

from __future__ import annotations

from collections.abc import Callable

from eval import ner_lookalikes as looks
from eval.ner_data import Names, Piece
from eval.ner_frames_n1 import lookalike
from eval.ner_names import EMPLOYER_HEADS, HEADINGS, Pool, items
from eval.ner_origins_east import EAST_ORIGINS
from eval.ner_origins_more import MORE_ORIGINS

# How often a lone N1 name comes from the session-14 origins rather than from any origin.
MORE_RATE = 0.55


def weak_slot(slot: str, names: Names) -> list[Piece]:
    """The slots of :mod:`eval.ner_frames_weak`."""
    rng = names.rng
    if slot == "p":
        return [Piece(p.text.lower(), p.label) for p in names.person("full")]
    if slot == "PU":
        return [Piece(p.text.upper(), p.label) for p in names.person("full")]
    if slot in ("GH", "SH", "PT", "WP"):
        return names.shaped(slot)
    if slot == "N":
        return names.shaped()
    if slot == "TTL":
        return [Piece(rng.choice(names.titles), "O")]
    if slot == "LANG" and names.languages:
        return [Piece(rng.choice(names.languages), "LANGUAGE")]
    if slot == "TOOL":
        return [Piece(rng.choice(names.tools), "PRODUCT")]
    if slot == "FIRM":
        head = rng.choice(looks.FIRM_HEADS + items(EMPLOYER_HEADS))
        return [Piece(f"{rng.choice(names.surnames)} {head}", "ORG")]
    if slot == "PROG":
        form = rng.choice(looks.PROGRAMME_FORMS)
        return [Piece(form.format(S=rng.choice(names.surnames), G=rng.choice(names.given)), "O")]
    if slot == "HEADX":
        form = rng.choice(looks.HEADING_FORMS)
        fillers = {
            "PL": names.place(),
            "S": rng.choice(names.surnames),
            "G": rng.choice(names.given),
            "HOL": rng.choice(names.negatives["holiday"]),
            "AWD": names.other("award")[0].text,
        }
        return [Piece(form.format(**fillers).upper(), "O")]
    if slot == "w":
        return [Piece(rng.choice(names.words), "O")]
    if slot == "pl":
        return [Piece(names.place().lower(), "GPE")]
    return n1_slot(slot, names)


def n1_slot(slot: str, names: Names) -> list[Piece]:
    """The pieces of one N1 slot (``Q``, ``QF``, ``QE``, ``QS``, ``QM``, ``QA``, ``q``, ``LK``, ``lk``)."""
    rng = names.rng
    if slot == "QA":
        slot = rng.choice(["Q", "Q", "Q", "QF", "QE", "QS", "QM"])
    if slot in ("Q", "q"):
        text = rng.choice(_pool(names, "").given)
        return [Piece(text.lower() if slot == "q" else text, "PERSON")]
    if slot == "QF":
        pool = _pool(names, "")
        return [Piece(f"{rng.choice(pool.given)} {rng.choice(pool.family)}", "PERSON")]
    if slot in ("QE", "QS", "QM"):
        if slot == "QS" and names.short_east and rng.random() < 0.5:
            return [Piece(rng.choice(names.short_east), "PERSON")]  # Cantonese/Korean/pinyin short syllables
        pool = _pool(names, {"QE": "english-word", "QS": "two-letter", "QM": "mononym"}[slot])
        if slot == "QE" and "word-like" in names.pools and rng.random() < 0.5:
            pool = names.pools["word-like"]  # the SSA/Census word names: the hand list loses most to excluded()
        # English-word and two-letter family names stand alone too ("Strong to send the deck", "Ng (HR)").
        side = pool.family if slot != "QM" and pool.family and rng.random() < 0.3 else pool.given
        return [Piece(rng.choice(side), "PERSON")]
    if slot in ("LK", "lk"):
        text, label = lookalike(rng, _draws(names))
        if slot == "lk":
            text = text.lower()
        return [Piece(text, label)]
    from eval.ner_frames_s15 import s15_slot  # that module's slots build on Names too

    pieces = s15_slot(slot, names)
    if pieces is None:
        raise ValueError(f"unknown slot {slot!r}")
    return pieces


def _pool(names: Names, origin: str) -> Pool:
    rng = names.rng
    if origin and origin in names.pools:
        return names.pools[origin]
    # Session 15: the syllable-built East Asian origins too (session 14's hand-written one lost every family name
    # to excluded() and dropped out of the pools).
    more = [o for o in (*MORE_ORIGINS, *EAST_ORIGINS) if o in names.pools]
    if more and rng.random() < MORE_RATE:
        return names.pools[rng.choice(more)]
    return names.origin()


def _draws(names: Names) -> dict[str, Callable[[], tuple[str, str]]]:
    rng = names.rng
    draws: dict[str, Callable[[], tuple[str, str]]] = {
        "word": lambda: (rng.choice(names.words).capitalize(), "O"),
        "tool": lambda: (rng.choice(names.tools + names.products), "PRODUCT"),
        "firm": lambda: (f"{rng.choice(names.surnames)} {rng.choice(looks.FIRM_HEADS + items(EMPLOYER_HEADS))}", "ORG"),
        "place": lambda: (names.place(), "GPE"),
        "holiday": lambda: (rng.choice(names.negatives["holiday"]), "EVENT"),
        "heading": lambda: (rng.choice(items(HEADINGS)).title(), "O"),
    }
    if names.languages:  # the langcodes gazetteer is a dev extra
        draws["language"] = lambda: (rng.choice(names.languages), "LANGUAGE")
    return draws
