"""The speakers of a transcript: a column of labels at the lines' starts is a column of people.

"Brad: Thanks for joining.\\nLakisha: I led the migration.\\nBrad: How big was the team?" names its speakers only
by the place: a line's first one to three words and a colon. The rules and the model found a speaker whose name
no list shares with a word, and left one that is also a word ("Hope:", "Will:", "Do:"), or one that speaks once
("Walsh: one more question" after "Brad" and "Lakisha" were found): OUTSIDE15 class 9, the other speakers' labels
caught, that one kept. By layout the column decides, as a table's header does (:mod:`memory.redact_n_columns`):
in a block of three or more such lines with two or more speakers, once one speaker was found a person, every
label that can be a name is one.

A label can be a name when it is one to three words, each a listed given or family name or a word no common-word
list holds, or a role's label around a name ("Interviewer (Brad):"). A block whose labels include a form's key
("Strengths:", "Decision:", "Next steps:") is a form, not a transcript, and nothing of it is decided here; role
labels ("Interviewer:", "Q:", "Candidate:", "Speaker 1:") are neither names nor a form's keys.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import ORGS, PLACES, TITLES, Lexicon
from memory.redact_tokens import MONTHS, Token, mark

# A line's start: a time stamp ("[00:01]", "10:02", "(10:02)") or a bullet, then the label (one to three words, a
# role's label may hold a name in parentheses), a colon and a space (not "10:30", not "http://").
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[-*•>][ \t]*)?(?:\[[^\]\n]{1,16}\][ \t]*|\(?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\)?[ \t]+)?"
    r"(?P<label>[^\W\d_][\w'’.-]*(?:[ \t][^\W_][\w'’.-]*){0,2}(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*:[ \t]",
)
# Labels of a role in an interview, never a name's: the column they stand in is a column of speakers all the same.
_ROLES = frozenset(
    """interviewer interviewers candidate applicant recruiter moderator host panelist panel hm manager speaker q a
    question answer me you us we them team both all everyone interviewee assistant bot system user""".split()
)
_MOST_WORDS = 3
# Lines of a transcript at least, and its speakers: fewer is a form's two fields or a quote.
_LINES = 3
_SPEAKERS = 2


def speaker_column(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the speakers' labels of each transcript block of ``text`` (the module's docstring)."""
    if text.count(":") < _LINES:
        return
    blocks: list[list[tuple[int, int]]] = [[]]  # (label start, label end) per line, per block
    at = 0
    blank = 0
    for line in text.split("\n"):
        match = _LABEL_LINE.match(line)
        if match is not None:
            blocks[-1].append((at + match.start("label"), at + match.end("label")))
            blank = 0
        elif not line.strip() and blank == 0:
            blank = 1  # one empty line between turns keeps the block
        elif blocks[-1]:
            # A turn's text may go on over a line or two: a line with no label closes the block only after a label
            # line's text went on twice (a paragraph, not a turn).
            blank += 1
            if blank > 2:
                blocks.append([])
        at += len(line) + 1
    for block in blocks:
        if len(block) >= _LINES:
            _decide(text, tokens, block, lex)


def _decide(text: str, tokens: list[Token], block: list[tuple[int, int]], lex: Lexicon) -> None:
    labels = [[t for t in tokens if start <= t.start < end] for start, end in block]
    kinds = [_kind(text, words, lex) for words in labels]
    if "form" in kinds and not _dialogue(labels, kinds, lex):
        return
    said = [" ".join(t.key for t in words) for words, kind in zip(labels, kinds, strict=True) if kind != "role"]
    if len(set(said)) + ("role" in kinds) < _SPEAKERS:
        return
    if "found" not in kinds:
        # No speaker found yet ("HOPE: ...\nGRACE: ...\nHOPE: ..."): a dialogue still, when a speaker speaks again
        # and one label is a listed given name.
        named = any(
            t.key in lex.given for words, kind in zip(labels, kinds, strict=True) if kind == "name" for t in words
        )
        if not named or len(set(said)) == len(said):
            return
    for words, kind in zip(labels, kinds, strict=True):
        if kind == "form" and _speaker_word(words, lex):
            kind = "name"  # "Kindness:" in a dialogue (:func:`_dialogue`)
        if kind != "name":
            continue
        for t in _name_words(words):
            if not t.person:
                mark(t, "a speaker's label")


def _dialogue(labels: list[list[Token]], kinds: list[str], lex: Lexicon) -> bool:
    """A found speaker speaks twice or more: the block is a dialogue, and a label that is an ordinary word once
    ("Kindness:", "Marvellous:", "Precious:" — given names that are words no name list holds) is a speaker too,
    unless it is a note's section word (:data:`_SECTIONS`)."""
    found = [" ".join(t.key for t in words) for words, kind in zip(labels, kinds, strict=True) if kind == "found"]
    return any(found.count(label) >= 2 for label in found) and all(
        _speaker_word(words, lex) for words, kind in zip(labels, kinds, strict=True) if kind == "form"
    )


def _speaker_word(words: list[Token], lex: Lexicon) -> bool:
    """One word (a hyphenated one too: "Pérez-Gómez:", which a rule may protect as a compound), no section's word, no
    product, place or employer ("Python:", "Berlin:", "Slack:" open a line of notes), no number: what a speaker's
    label may be in a dialogue."""
    if len(words) != 1:
        return False
    key = words[0].key
    if key in _SECTIONS or key in _FORM_KEYS or key in lex.tech or key in PLACES or key in ORGS:
        return False
    return key.replace("-", "").isalpha()


def _name_words(words: list[Token]) -> list[Token]:
    """The words of a label that would be a name: all of them, or those in parentheses after a role."""
    if words and words[0].key in _ROLES:
        return words[1:]
    return words


def _kind(text: str, words: list[Token], lex: Lexicon) -> str:
    """ "found" (a word of the label is a person already), "role", "name" (it can be a name) or "form"."""
    if not words:
        return "form"
    if any(t.person for t in words):
        return "found"
    if words[0].key in _ROLES or any(c.isdigit() for c in text[words[0].start : words[-1].end]):
        inner = _name_words(words)
        if inner and all(_nameish(t, lex) for t in inner) and len(inner) <= _MOST_WORDS:
            return "name"  # "Interviewer (Brad)"
        return "role"
    if len(words) > _MOST_WORDS or not all(_nameish(t, lex) for t in words):
        return "form"
    return "name"


def _nameish(token: Token, lex: Lexicon) -> bool:
    """A listed given or family name (also a word: "Hope", "Will", "Do", "Field"; also a place or a firm a rule
    protected: "chad:", "Chase:" opening a turn), or a word no common-word list holds; never a title, a month or a
    product no name list holds."""
    key = token.key
    if key in TITLES or key in MONTHS:
        return False
    if key in lex.given or key in lex.family:
        # A word a rule protected (a place, a firm) opens a turn as a speaker only when it is a given name.
        return not token.protected or key in lex.given
    if token.protected:
        return False
    # No common word ("Moyo", "Tendai"; a dictionary may hold a rare word), no product, no form's key.
    return key not in lex.common and key not in lex.tech and key not in _FORM_KEYS


# A note's section words and answers, which a dialogue's lines also open with ("Recap:", "Note:", "Answer:").
_SECTIONS = frozenset(
    """note notes summary recap answer answers question questions comment comments feedback decision verdict outcome
    result results action actions next update status pros cons strengths strength weaknesses weakness concerns
    concern risks risk rating score overall takeaway context background edit correction reminder aside also
    conclusion recommendation follow followup observation observations example examples reason reasons goal goals
    problem solution issue issues response reply clarification aside agenda topic topics intro introduction
    quote verbatim translation transcript interruption pause silence laughter crosstalk inaudible""".split()
)
# Keys of a form or a note's sections that no common-word list holds.
_FORM_KEYS = frozenset("rubric takeaways followups todo todos attendees agenda recap tldr tl dr ps nb fyi eta".split())
