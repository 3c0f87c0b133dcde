"""Session 18's redaction cost cuts change no answer: each cut rule's answers on a fixed, varied corpus have the
digest they had at the cuts' parent (cf0198b), and the redactor freezes what it has loaded once, after its first
call.

The whole redactor's outputs were compared before and after the cuts by ``python -m eval.redaction_cost`` (the
dev resumes, 2,000 notes, every text of ``python -m eval.redaction``); these tests keep the rules' part of that
here, on generated inputs that need no shared data. A deliberate change of a rule's answers changes its digest:
print the new ones with ``python -m tests.test_redact_cost18`` and say why in the commit.
"""

from __future__ import annotations

import gc
import hashlib
import random

from memory import heap
from memory.redact import Redactor
from memory.redact_fp_foreign import _may_be_foreign, foreign
from memory.redact_lexicon import lexicon
from memory.redact_n_caps import shouted_names
from memory.redact_tokens import tokenize

# Words of every case and script a line of a resume or a note is made of: names and words in capitals, Title
# case, lower case (some of them function words of French, Spanish, German, Dutch or Portuguese), accented and
# non-Latin words, bullets, labels and punctuation.
_WORDS = """PATIENCE MWANGI IKER ETXEBERRIA JOSÉ ÁLVAREZ ØRJAN SØRENSEN SU BIN KIM SO YEON RHODRI AP GRUFFUDD
    DREW WILL MARK NEW HOPE SQL AWS IBM NASA REFERENCE REFEREE: Referee: Spoke with met today and the de la
    avec und con het para dans très über für mañana São Paulo Jörg Conceição Müller señora Herr Dr. Ms.
    Python Lagos Priya Okafor • – ● | , ; : ( ) 2019 2021-2023 e-mail über-team ñandú Ωmega Ελένη 李伟
    ok a b c""".split()


# Frames of a person with none to many lower-case letters on the line, ASCII or not, around the threshold of three.
_FRAMES = ["Spoke with {} today.", "Referee: {}", "REFERENCE: {}", "• met {} at the fair", "Gespräch mit {} für"]
_FRAMES += ["Re: {}", "Ref: {}", "Refs: {}", "RÉf: {}", "Réfs: {}", "Ms {}", "Mrs {}", "w/ {}", "Dr. {}"]
# A person's cue with two, three or four ASCII lower-case letters on the line (review SHOULD on 1049758: the ASCII
# count's threshold): "Met PATIENCE MWANGI", "met ...", "with ...".
_FRAMES += ["Met {}", "met {}", "with {}", "MET {}"]


def _line(rng: random.Random) -> str:
    words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12)))
    # Half the lines put two or three of the words in a person's frame, in lower case or in capitals.
    return rng.choice(_FRAMES).format(words if rng.random() < 0.5 else words.upper()) if rng.random() < 0.5 else words


def _lines(count: int, seed: int) -> list[str]:
    """``count`` texts of one to four lines of one to twelve of the words above, the same on every run."""
    rng = random.Random(seed)
    return ["\n".join(_line(rng) for _ in range(rng.randint(1, 4))) for _ in range(count)]


def _digest(values: list[object]) -> str:
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


def _shouted_answers() -> list[tuple[int, ...]]:
    """The tokens ``shouted_names`` marks in each text (it asks ``_mixed_line`` about each word in capitals)."""
    lex = lexicon()
    out = []
    for text in _lines(3000, 18):
        tokens = tokenize(text, lex)
        shouted_names(text, tokens, lex)
        out.append(tuple(i for i, t in enumerate(tokens) if t.person))
    return out


def _foreign_answers() -> list[bool]:
    """``_may_be_foreign`` on generated texts with a third of their spaces made punctuation ("avec,und", "(dans"):
    the test reads punctuation as a space."""
    rng = random.Random(181)
    marks = ",.;:!?()[]\"'’/-"  # the marks it reads as a space, and a hyphen, which it does not
    texts = ["".join(rng.choice(marks) if c == " " and rng.random() < 0.3 else c for c in t) for t in _lines(3000, 180)]
    table = foreign()
    return [_may_be_foreign(text, table) for text in texts]


# At the cuts' parent (cf0198b): _mixed_line counted every line's lower-case letters for each word in capitals,
# _may_be_foreign translated the text character by character and keyed each occurrence of a word.
SHOUTED = "f5e8b3dd4d259647"
FOREIGN = "cb0ed49c2b5efaaa"


def test_shouted_names_marks_what_it_marked_before_its_cost_cut() -> None:
    answers = _shouted_answers()
    assert 0.02 < sum(1 for a in answers if a) / len(answers) < 0.95  # texts with and without a name in capitals
    assert _digest(list(answers)) == SHOUTED


def test_the_foreign_prose_test_answers_as_before_its_cost_cut() -> None:
    answers = _foreign_answers()
    assert 0.05 < sum(answers) / len(answers) < 0.95  # both answers are exercised
    assert _digest(list(answers)) == FOREIGN


def test_the_first_call_freezes_what_redaction_loaded_once() -> None:
    """After the first ``redact_many`` of the process the loaded lists and the tagger are in the collector's
    permanent generation (``memory.heap``), so its full passes stop walking them; later calls freeze nothing
    more (the moment is settled once per process)."""
    Redactor().redact_many(["Met Chidubem Okonkwo in Lagos."], [None])
    assert not heap.settle("redaction loaded")  # already settled by the call
    assert gc.get_freeze_count() > 0


if __name__ == "__main__":
    print("SHOUTED", _digest(list(_shouted_answers())))
    print("FOREIGN", _digest(list(_foreign_answers())))
