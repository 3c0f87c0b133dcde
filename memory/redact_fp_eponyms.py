"""Words made from people's names that name no person: adjectival eponyms before a field ("Keynesian economics",
"Newtonian mechanics", "Euclidean geometry"), possessive trade titles ("Gunner's Mate", "Carpenter's Helper"), and
meeting rooms named after people or places ("Room: Lovelace").

- An adjective made from a name ends in "-ian", "-ean", "-ist" or "-esque" and stands before a field, a theory or
  a method in lower case. A given or family name of the lists never passes (Christian, Adrian, Julian, Vivian;
  Armenian family names end in "-ian" too: "Petrosian analysis" is read by the name rules), nor a word after
  a title or before a person's verb.
- A trade title is a dictionary word of a trade, its possessive and a rank ("Mate", "Helper", "Apprentice",
  "Assistant") with no capitalised word before it: "Tom Baker's Assistant" is a person's assistant. A trade word
  that is a name too (Baker, Cooper, Fisher, Gunner) only after "as" or a title label.
- A room's label ("Room:", "Meeting room:", "Conference room:") is followed by the room's name: one word only
  ("Room: Lovelace"; "Room: Tenzin Dorje" is left to the name rules).
- A condition named by its eponym's possessive (``redact_data/eponyms.txt.gz``, from ICD-10-CM: "Alzheimer's",
  "Crohn's", "Barrett's esophagus"), standing alone ("Experience treating Parkinson's.", "Skills: Crohn's, wound
  care") or before its own head or a word of care ("Huntington's disease", "Alzheimer's care", "Raynaud's
  patients"). A person's possessive owns something else ("Parkinson's feedback", "Tom Parkinson's notes"); an
  eponym that is a given name too (George, Todd, Vincent, Nelson) only before a head ICD-10-CM writes after it
  ("Todd's paralysis"; "Todd's." may be a person's).
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

from memory.redact_lexicon import EPONYM_HEADS, PERSON_VERBS_AFTER, TITLES, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token, sentence_start

_ADJECTIVE_ENDINGS = ("ian", "ean", "ist", "esque")
# What such an adjective names: the eponym heads of the lexicon and the fields, theories and methods of teaching,
# economics, psychology and the sciences.
_FIELDS = EPONYM_HEADS | frozenset(
    """economics economy mechanics geometry statistics theory theories thinking tradition framework frameworks logic
    inference selection therapy psychology psychoanalysis philosophy ethics stages stage perspective paradigm
    literature era period style dynamics physics optics conditioning questioning dialogue approach approaches
    coordinates paths path view views evolution synthesis fluid fluids motion gravity calculus paradigm reasoning
    method pedagogy learning""".split()
)


def adjectival_eponym(text: str, tokens: list[Token], index: int) -> int:
    """The end of an adjective made from a name before a field (0 if none; see the module's docstring)."""
    token = tokens[index]
    if token.upper or not token.key.endswith(_ADJECTIVE_ENDINGS) or len(token.key) < 6:
        return 0
    lex = lexicon()
    if token.key in lex.given or token.key in lex.family or possessive_at(text, token) >= 0:
        return 0
    before = tokens[index - 1] if index else None
    if before is not None and (before.key in TITLES or (before.cap and text[before.end : token.start] == " ")):
        return 0
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.cap or text[token.end : after.start] != " " or after.key in PERSON_VERBS_AFTER:
        return 0
    return index + 1 if after.key in _FIELDS else 0


_RANKS = frozenset("mate helper apprentice assistant".split())


def trade_title(text: str, tokens: list[Token], index: int) -> int:
    """The end of "<trade>'s <rank>" opening at ``index`` (0 if none; see the module's docstring)."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.upper or after is None or not after.cap or after.key not in _RANKS:
        return 0
    owner = possessive_at(text, token)
    if owner < 0 or text[owner : after.start] != " " or token.key not in lexicon().english:
        return 0
    before = tokens[index - 1] if index else None
    if before is not None and (before.key in TITLES or (before.cap and text[before.end : token.start] == " ")):
        return 0  # "Tom Baker's Assistant", "Mr. Cooper's Apprentice"
    lex = lexicon()
    if token.key not in lex.family and token.key not in lex.given:
        return index + 2  # "Boatswain's Mate", "Electrician's Mate": no one is named so
    # A trade word that is a surname too (Baker, Cooper, Fisher, Gunner): only in a title's slot, "as" or a title
    # label before it ("Served as Gunner's Mate", "Title: Carpenter's Helper"); "Fisher's Assistant will book the
    # room" is a person's assistant (review M3 on 95418c5).
    line_start = text.rfind("\n", 0, token.start) + 1
    titled = before is not None and before.key in ("as", "certified") and not before.cap
    return index + 2 if titled or _TITLE_LABEL.fullmatch(text, line_start, token.start) else 0


_TITLE_LABEL = re.compile(r"[ \t•*·-]*(?:job[ \t]+)?(?:title|position|role|rank|rating)[ \t]*:[ \t]*", re.I)


_ROOM_END = re.compile(r"[ \t]*(?:$|\n|[(\[,;|/—–-])", re.MULTILINE)
_ROOM_LABEL = re.compile(r"[ \t•*·-]*(?:(?:meeting|conference|interview|huddle)[ \t]+)?room[ \t]*:[ \t]*", re.I)


def room_value(text: str, tokens: list[Token], index: int) -> int:
    """The end of the capitalised run that is a room label's value, up to a separator (0 if none)."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = _ROOM_LABEL.match(text, line_start)
    if label is None or label.end() != tokens[index].start:
        return 0
    closed = _ROOM_END.match(text, tokens[index].end) is not None  # not "Room: Abdiweli van Dijk"
    if not closed or possessive_at(text, tokens[index]) >= 0:
        return 0  # "Room: Tenzin Dorje", "Room: Priya's office": a room of one word only (review M3 on 95418c5)
    return index + 1


@cache
def eponyms() -> dict[str, frozenset[str]]:
    """Eponym key -> the words ICD-10-CM writes right after it (``eval/redaction_round14_fp_lists.py``)."""
    data = resources.files("memory").joinpath("redact_data", "eponyms.txt.gz").read_bytes()
    out: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(data).decode().splitlines():
        key, *heads = line.split()
        out[key] = frozenset(heads)
    return out


# What a condition's possessive stands before in notes and resumes besides its own ICD head: its care, its
# patients, its research ("Alzheimer's care", "Parkinson's patients", "a Crohn's research unit").
_CARE = frozenset(
    """care patients patient research unit units ward wards clinic clinics assessment assessments treatment
    treatments management diagnosis diagnoses screening cases case symptoms medication medications therapy
    therapies support nursing rehabilitation program programme programs services service population study studies
    trial trials awareness education residents cohort cohorts registry registries drug drugs pathway pathways
    protocol protocols disease
    diseases syndrome dementia specialist specialists""".split()
)
# Cues a person's possessive follows ("thanks", "met", "asked"); not "with", "by", "from": a condition follows
# them as often ("patients with Crohn's", "caused by Parkinson's").
_OWNER_CUES = frozenset("met meet meeting cc hi hello hey dear thanks thank ask asked tell told pinged".split())
# Words before a condition's possessive that no person's possessive follows alone: "treating Huntington's",
# "patients with Huntington's", "diagnosed with Huntington's".
_CARE_BEFORE = frozenset("treating treated treat treats managing manage diagnosed with caring".split())
# What closes a condition's possessive standing alone: the clause's end, a list's comma, "and"/"or".
_ALONE_AFTER = re.compile(
    r"(?:['’]s|['’])(?:$|[ \t]*[.,;:!?)\n]|[ \t]+(?:and|or|&|on|in|at|for|with|since|from|to|across|among)[ \t])"
)  # a preposition after it: nothing is owned ("treating Parkinson's on a neurology ward")


def possessive_eponym(text: str, tokens: list[Token], index: int) -> int:
    """The end of a condition named by its eponym's possessive (0 if none; see the module's docstring)."""
    token = tokens[index]
    if token.upper:
        return 0
    heads = eponyms().get(token.key)
    if heads is None:
        return 0
    owner = possessive_at(text, token)
    if owner < 0:
        return 0
    before = tokens[index - 1] if index else None
    if before is not None and (
        before.key in TITLES
        or before.key in _OWNER_CUES
        or (before.cap and text[before.end : token.start] == " " and not sentence_start(text, before))
    ):
        return 0  # "Dr. Parkinson's clinic", "thanks Parkinson's team", "Tom Parkinson's notes"
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    joined = after is not None and not after.cap and text[owner : after.start].strip() == ""
    if joined and after is not None and after.key in heads:
        return index + 1  # "Todd's paralysis", "Barrett's esophagus"
    # "the Huntington's cohort" (session 16, OUTSIDE14's class 15): no article stands before a person's possessive
    the = before is not None and before.key == "the" and not before.cap and joined and after is not None
    the = the and after is not None and after.key in _CARE
    if token.key in lexicon().given and not the and (before is None or before.cap or before.key not in _CARE_BEFORE):
        return 0  # "George's.", "Nelson's care" may be a person's; "treating Huntington's" is not
    if joined and after is not None and (after.key in _CARE or after.key in EPONYM_HEADS):
        return index + 1
    return index + 1 if _ALONE_AFTER.match(text, token.end) else 0
